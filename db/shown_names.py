"""Names in the reader's script: which spelling to show, and the order they sort in.

A person (or an organization) has many spellings: Сяргей Ціханоўскі,
Сергей Тихановский, Siarhei Tsikhanouski, Siarhiej Cichanoŭski, a
misspelling from an article. The reader picks a script (`NameScript`):

* Belarusian Cyrillic: a Belarusian Cyrillic spelling; else a Russian one,
  else any Cyrillic one (a Belarusian reader reads those); else the
  archive's display name.
* Russian Cyrillic: the same with Russian first.
* Latin (passport): the passport (ICAO 9303) spelling; else the person's
  own Latin spelling (an English native name), the national romanization,
  BGN/PCGN, Łacinka, the Russian-based media spelling, any other Latin one,
  and an alias or misspelling only when nothing else exists.
* As the archive has it: the display name.

The script of a spelling is read from its letters (a "be-Latn" tag on a
Cyrillic name does not make it Latin) and its language from the tag.
`ShownName.exact` is False when a fallback shows, so a view can mark it.
Free-text places (an event's place, a city) are shown as the archive has
them; places that are organizations (courts, prisons) follow the script.

Sorting follows the shown script with ICU collation (PyICU): in Belarusian
ё follows е and ў follows у as letters of their own, in Russian ё sorts
with е; Latin names sort by the root collation (Ł beside L). Names sort
surname first (the last word), as `people.sort_name` does. For the people
list db.writer stores each person's rank in each script
(`person_name_order`, see `store_name_order`), so a million-person list in
any script pages through an index like the archive's own order does.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlite_utils import Database

from db import names
from db.records import (
    NameScript,
    NameSpelling,
    OrgId,
    OrgRef,
    PersonId,
    PersonPk,
    PersonRecord,
    PersonRef,
    ShownName,
)

_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")

_LATIN_ORDER = (
    "passport",
    "native",
    "national_2007",
    "bgn_pcgn",
    "lacinka",
    "russian_media",
)
"""Latin spellings by preference; any other system follows, aliases come last."""

NAME_ORDER_TABLE = "person_name_order"
NAME_ORDER_COLUMNS: dict[NameScript, str] = {
    NameScript.BELARUSIAN: "by_name_be",
    NameScript.RUSSIAN: "by_name_ru",
    NameScript.LATIN: "by_name_latin",
}
"""`person_name_order` rank column of each script (the archive's own order is people_order)."""

_SCRIPTS = (NameScript.BELARUSIAN, NameScript.RUSSIAN, NameScript.LATIN)
_T = TypeVar("_T")


def script_for_language(language: str) -> NameScript:
    """The default script for a UI language: be and ru read Cyrillic, others Latin."""
    code = language.replace("_", "-").split("-")[0].lower()
    if code == "be":
        return NameScript.BELARUSIAN
    if code == "ru":
        return NameScript.RUSSIAN
    return NameScript.LATIN


def letters_script(text: str) -> str | None:
    """ "Cyrl", "Latn" or None (no letters of either), from the letters of `text`."""
    if _CYRILLIC.search(text):
        return "Cyrl"
    if _LATIN.search(text):
        return "Latn"
    return None


@functools.lru_cache(maxsize=4096)
def _scores(
    lang: str, system: str, script: str | None
) -> tuple[int | None, int | None, int | None]:
    """The spelling's rank for (Belarusian, Russian, Latin); None: not for that script."""
    primary = lang.split("-")[0].lower()
    alias = system == "alias"
    be = ru = latin = None
    if script == "Cyrl":
        own = {"be": 0, "ru": 2}.get(primary, 4)
        be = own + alias
        ru = {"ru": 0, "be": 2}.get(primary, 4) + alias
    elif script == "Latn":
        if alias:
            latin = len(_LATIN_ORDER) + 1
        elif system in _LATIN_ORDER:
            latin = _LATIN_ORDER.index(system)
        else:
            latin = len(_LATIN_ORDER)
    return be, ru, latin


_Best = tuple[int, str, str, str]  # (score, name, lang, system)


def _best(spellings: Iterable[tuple[str, str, str]]) -> list[_Best | None]:
    """The best spelling for each of _SCRIPTS, in one pass (first of equals wins)."""
    best: list[_Best | None] = [None, None, None]
    for name, lang, system in spellings:
        scores = _scores(lang, system, letters_script(name))
        for i, score in enumerate(scores):
            if score is not None:
                current = best[i]
                if current is None or score < current[0]:
                    best[i] = (score, name, lang, system)
    return best


def _exact(lang: str, script: NameScript) -> bool:
    primary = lang.split("-")[0].lower()
    if script is NameScript.BELARUSIAN:
        return primary == "be"
    if script is NameScript.RUSSIAN:
        return primary == "ru"
    return True


def choose(
    spellings: Iterable[tuple[str, str, str]], display_name: str, script: NameScript
) -> ShownName:
    """The name to show in `script` from (name, lang, system) spellings, in archive order.

    Falls back to `display_name` when no spelling is in the script; the
    first of equally good spellings wins.
    """
    best = None if script is NameScript.ARCHIVE else _best(spellings)[_SCRIPTS.index(script)]
    if best is None:
        wanted = {NameScript.LATIN: "Latn", NameScript.ARCHIVE: None}.get(script, "Cyrl")
        exact = script is NameScript.ARCHIVE or letters_script(display_name) == wanted
        return ShownName(text=display_name, lang=None, system=None, exact=exact)
    name, lang, system = best[1:]
    exact = _exact(lang, script) and system != "alias"
    return ShownName(text=name, lang=lang, system=system, exact=exact)


def choose_spelling(
    names: Sequence[NameSpelling], display_name: str, script: NameScript
) -> ShownName:
    """`choose` over a record's NameSpellings."""
    return choose(((n.name, n.lang, n.system) for n in names), display_name, script)


# ------------------------------------------------------------------ lookups


def _json(ids: Iterable[str | int]) -> str:
    return json.dumps(list(ids), ensure_ascii=False)


def _spellings_sql(table: str, key: str, names: str, owner: str, shown: str) -> str:
    """Each entry's shown column and its spellings, for the keys in `:ids` (archive order)."""
    return f"""
SELECT t.{key}, t.{shown}, n.name, n.lang, n.system
FROM json_each(:ids) j
CROSS JOIN {table} t ON t.{key} = j.value
LEFT JOIN {names} n ON n.{owner} = t.id
ORDER BY t.{key}, n.pk
"""


_PERSON_SPELLINGS_SQL = _spellings_sql("people", "id", "person_names", "person_id", "display_name")
_PK_SPELLINGS_SQL = _spellings_sql("people", "pk", "person_names", "person_id", "display_name")
_ORG_SPELLINGS_SQL = _spellings_sql("organizations", "id", "org_names", "org_id", "name")


def _shown(db: Database, sql: str, ids: Sequence[Any], script: NameScript) -> dict[Any, ShownName]:
    spellings: dict[Any, list[tuple[str, str, str]]] = {}
    display: dict[Any, str] = {}
    if ids:
        for key, shown, name, lang, system in db.execute(sql, {"ids": _json(ids)}):
            display[key] = str(shown)
            found = spellings.setdefault(key, [])
            if name is not None:
                found.append((str(name), str(lang), str(system)))
    return {key: choose(spellings[key], display[key], script) for key in display}


def person_names(
    db: Database, ids: Sequence[PersonId], script: NameScript
) -> dict[PersonId, ShownName]:
    """The names to show for people `ids` in `script` (unknown ids are left out)."""
    return _shown(db, _PERSON_SPELLINGS_SQL, list(dict.fromkeys(ids)), script)


def person_names_by_pk(
    db: Database, pks: Sequence[PersonPk], script: NameScript
) -> dict[PersonPk, ShownName]:
    """The same keyed by pk, for a page of the people list (one indexed read)."""
    return _shown(db, _PK_SPELLINGS_SQL, [int(pk) for pk in dict.fromkeys(pks)], script)


def org_names(db: Database, ids: Sequence[OrgId], script: NameScript) -> dict[OrgId, ShownName]:
    """The names to show for organizations `ids` in `script` (courts, prisons, media)."""
    return _shown(db, _ORG_SPELLINGS_SQL, list(dict.fromkeys(ids)), script)


def record_in_script(db: Database, rec: PersonRecord, script: NameScript) -> PersonRecord:
    """`rec` with every person and organization named in `script`.

    The person's own name, everyone the record links to (relations, judges,
    speakers, people of events), courts, publishers and the organizations of
    relations and events. Sources' publishers show in citations by name, so
    those are renamed too. With NameScript.ARCHIVE the record is returned as is.
    """
    if script is NameScript.ARCHIVE:
        return rec
    people: list[PersonId] = [rec.id]
    orgs: list[OrgId] = []

    def person(ref: PersonRef | None) -> None:
        if ref is not None:
            people.append(ref.id)

    def org(ref: OrgRef | None) -> None:
        if ref is not None:
            orgs.append(ref.id)

    for r in rec.relations:
        person(r.other_person)
        org(r.org)
    for s in rec.sentences:
        person(s.person)
        person(s.judge)
        org(s.court)
    for q in rec.quotes:
        person(q.speaker)
        org(q.published_by)
        for p in q.about:
            person(p)
    for e in rec.events:
        org(e.org)
        for p in e.people:
            person(p)
    publishers = _source_publishers(db, [c.source_id for c in rec.citations])
    orgs.extend(OrgId(o) for o in publishers.values() if o is not None)
    pnames = person_names(db, people, script)
    onames = org_names(db, orgs, script)

    def rp(ref: PersonRef) -> PersonRef:
        shown = pnames.get(ref.id)
        return ref if shown is None else dataclasses.replace(ref, name=shown.text)

    def rpo(ref: PersonRef | None) -> PersonRef | None:
        return None if ref is None else rp(ref)

    def ro(ref: OrgRef | None) -> OrgRef | None:
        shown = None if ref is None else onames.get(ref.id)
        return ref if ref is None or shown is None else dataclasses.replace(ref, name=shown.text)

    def publisher(source_id: str, name: str | None) -> str | None:
        org_id = publishers.get(source_id)
        return onames[OrgId(org_id)].text if org_id and OrgId(org_id) in onames else name

    replace = dataclasses.replace
    own = pnames.get(rec.id)
    return replace(
        rec,
        display_name=own.text if own is not None else rec.display_name,
        name_missing_in=script if own is not None and not own.exact else None,
        relations=tuple(
            replace(r, other_person=rpo(r.other_person), org=ro(r.org)) for r in rec.relations
        ),
        sentences=tuple(
            replace(s, person=rp(s.person), judge=rpo(s.judge), court=ro(s.court))
            for s in rec.sentences
        ),
        quotes=tuple(
            replace(
                q,
                speaker=rpo(q.speaker),
                published_by=ro(q.published_by),
                about=tuple(rp(a) for a in q.about),
            )
            for q in rec.quotes
        ),
        events=tuple(
            replace(e, org=ro(e.org), people=tuple(rp(x) for x in e.people)) for e in rec.events
        ),
        citations=tuple(
            replace(c, publisher=publisher(c.source_id, c.publisher)) for c in rec.citations
        ),
    )


def _source_publishers(db: Database, source_ids: Sequence[str]) -> dict[str, str | None]:
    if not source_ids:
        return {}
    sql = "SELECT id, publisher_id FROM sources WHERE id IN (SELECT value FROM json_each(:ids))"
    return {str(r[0]): r[1] for r in db.execute(sql, {"ids": _json(dict.fromkeys(source_ids))})}


# ------------------------------------------------------------------ sorting

_COLLATOR_LOCALES = {
    NameScript.BELARUSIAN: "be",
    NameScript.RUSSIAN: "ru",
    NameScript.LATIN: "en",
    NameScript.ARCHIVE: "en",
}


@functools.cache
def _collator(script: NameScript) -> Any:
    # PyICU is imported with the first name sorted in a script, not with this module
    # (which the window's first list imports: ~15 ms of imports it need not wait for)
    import icu

    return icu.Collator.createInstance(icu.Locale(_COLLATOR_LOCALES[script]))


def surname_first(name: str) -> str:
    """ "Сяргей Ціханоўскі" → "Ціханоўскі Сяргей"; a register's "Иванов Иван Иванович"
    is already surname first (db.names.surname_first)."""
    return names.surname_first(name)


def sort_key(name: str, script: NameScript) -> bytes:
    """The ICU collation key of a shown name in `script` (surname first)."""
    key: bytes = _collator(script).getSortKey(surname_first(name))
    return key


def sorted_by_name(items: Iterable[_T], name: Callable[[_T], str], script: NameScript) -> list[_T]:
    """`items` in the order of their shown names (for short lists: relations, a contents page)."""
    return sorted(items, key=lambda item: sort_key(name(item), script))


_ALL_SPELLINGS_SQL = """
SELECT p.pk, p.display_name, n.name, n.lang, n.system
FROM people p LEFT JOIN person_names n ON n.person_id = p.id
ORDER BY p.pk
"""


def store_name_order(db: Database) -> None:
    """Fill `person_name_order`: each person's rank by shown name in each script.

    db.writer.refresh_derived calls this after sort names are set; the
    caller owns the transaction. Ties keep the archive's order (sort_name, pk).
    """
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [NAME_ORDER_TABLE]
    ).fetchone()
    if exists is None:
        return
    db.execute(f"DELETE FROM {NAME_ORDER_TABLE}")
    # each person's collation keys go to a staging table and SQLite ranks
    # them: its sorts spill to disk, where Python lists of every person's
    # names and keys grew with the archive (hundreds of MB at a million)
    db.execute(f"DROP TABLE IF EXISTS {_ORDER_LOAD}")
    db.execute(f"CREATE TABLE {_ORDER_LOAD} (pk INTEGER PRIMARY KEY, be BLOB, ru BLOB, latin BLOB)")
    collators = [_collator(script) for script in _SCRIPTS]

    def rows() -> Iterable[tuple[int, bytes, bytes, bytes]]:
        current: int | None = None
        display = ""
        spellings: list[tuple[str, str, str]] = []
        for pk, display_name, name, lang, system in db.execute(_ALL_SPELLINGS_SQL):
            if pk != current:
                if current is not None:
                    yield _order_row(current, display, spellings, collators)
                current, display, spellings = int(pk), str(display_name), []
            if name is not None:
                spellings.append((str(name), str(lang), str(system)))
        if current is not None:
            yield _order_row(current, display, spellings, collators)

    db.conn.executemany(
        f"INSERT INTO {_ORDER_LOAD} (pk, be, ru, latin) VALUES (?, ?, ?, ?)", rows()
    )
    # ties keep the archive's order (people_order.by_name, 0 when absent), then pk;
    # BLOBs compare as Python compares bytes (memcmp, then length)
    db.execute(
        f"""INSERT INTO {NAME_ORDER_TABLE} (person_pk, by_name_be, by_name_ru, by_name_latin)
        SELECT k.pk,
            ROW_NUMBER() OVER (ORDER BY k.be, COALESCE(o.by_name, 0), k.pk) - 1,
            ROW_NUMBER() OVER (ORDER BY k.ru, COALESCE(o.by_name, 0), k.pk) - 1,
            ROW_NUMBER() OVER (ORDER BY k.latin, COALESCE(o.by_name, 0), k.pk) - 1
        FROM {_ORDER_LOAD} k LEFT JOIN people_order o ON o.person_pk = k.pk"""
    )
    db.execute(f"DROP TABLE {_ORDER_LOAD}")


_ORDER_LOAD = "person_name_order_load"
"""Staging table of store_name_order (dropped before it returns)."""


def _order_row(
    pk: int, display: str, spellings: list[tuple[str, str, str]], collators: list[Any]
) -> tuple[int, bytes, bytes, bytes]:
    """(pk, the collation key of the shown name in each of _SCRIPTS) as `choose` picks it."""
    be, ru, latin = (
        collator.getSortKey(surname_first(display if best is None else best[1]))
        for collator, best in zip(collators, _best(spellings), strict=True)
    )
    return pk, be, ru, latin


def name_order_stored(db: Database, count: int) -> bool:
    """Whether `person_name_order` ranks all `count` people (an older archive lacks it)."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [NAME_ORDER_TABLE]
    ).fetchone()
    if exists is None:
        return False
    top = db.execute(f"SELECT MAX(by_name_be) FROM {NAME_ORDER_TABLE}").fetchone()[0]
    return top == count - 1 if count else top is None
