"""What changed between two editions of an archive, matched by stable id, in set-based SQL.

Both editions are opened with `open_archive` (checked; read in place or from
a private copy) and attached read-only to one in-memory connection as `old` and `new`. Every
aspect of a person that can change is one `Aspect`: an SQL row source,
written once with `{db}` for the schema, yielding `(person_id, item, category,
label)` rows. For each aspect the difference is two `EXCEPT` queries (rows of
new not in old, and the reverse) into a temporary table; an item whose key
is on both sides changed, one only in new was added, one only in old was
removed. No Python loop runs over the archive's rows: Python only reads the
differences (bench/bench_diff.py measures it at 1M people).

A table that a newer archive format adds becomes one more `Aspect` in
`ASPECTS`; when an edition lacks a table (format 1 beside format 2), that
side contributes no rows and its items count as added or removed.

API for the viewer: `diff_archives(old, new)` -> ArchiveDiff (the report),
`changed_person_ids(old, new)` (the "changed since" filter: added or changed
people of the new edition), `missing_entries(old, new, entries)` (why an
annotated entry of the old edition is not in the new one: orphans).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.cipher import cipher_connect
from db.connection import Archive, archive_key, open_archive, source_path
from db.entries import ENTRY_TABLES
from db.errors import ErrorKind, KartotekaError
from db.records import PersonId

SIDES = ("old", "new")


@dataclass(frozen=True, slots=True)
class Aspect:
    """One thing about a person that an edition can add, remove or change.

    `sql` selects `person_id, item, category, label` from schema `{db}`;
    `(person_id, item)` is the key, and any change of `category` or `label`
    (which should spell out every compared column) makes the item "changed".
    `tables` are the tables the SQL reads: an edition without them has none.
    """

    name: str
    sql: str
    tables: tuple[str, ...]


def _date(col: str) -> str:
    return f"coalesce({col}, '')"


def _join(*exprs: str) -> str:
    """SQL joining values with ' | ' (SQLite 3.40 has no concat_ws); NULL reads as ''."""
    return " || ' | ' || ".join(f"coalesce({e}, '')" for e in exprs)


STATUS_FIELDS = ("status", "status_since_edtf")
PERSON_FIELDS = (
    "display_name",
    "status",
    "status_since_edtf",
    "birth_edtf",
    "gender",
    "region",
    "city",
    "biography",
)
"""Columns of `people` whose change is reported (STATUS_FIELDS in the category "status")."""

_CHARGES = (
    "(SELECT group_concat(article, ', ') FROM (SELECT article FROM {db}.charges c "
    "WHERE c.sentence_id = s.id ORDER BY position))"
)
_RELATION = ("kind", "{other}", "start_edtf", "end_edtf", "note")

ASPECTS: tuple[Aspect, ...] = (
    # one row per person, the fields as a JSON array: _changes names the fields that differ
    Aspect(
        "person",
        f"SELECT id, '', 'details', json_array({', '.join(PERSON_FIELDS)}) FROM {{db}}.people",
        ("people",),
    ),
    Aspect(
        "names",
        "SELECT person_id, name || ' [' || lang || ', ' || system || ']', 'names', "
        "coalesce(note, '') FROM {db}.person_names",
        ("person_names",),
    ),
    Aspect(
        "roles", "SELECT person_id, role, 'roles', '' FROM {db}.person_roles", ("person_roles",)
    ),
    Aspect(
        "sentences",
        "SELECT s.person_id, s.id, 'sentences', "
        + _join(
            "s.date_edtf",
            "s.court_id",
            "s.term_kind",
            "s.term_months",
            "s.term_text",
            "s.regime",
            "s.in_absentia",
            "s.adds_to_id",
            "s.note",
            _CHARGES,
        )
        + " FROM {db}.sentences s",
        ("sentences", "charges"),
    ),
    Aspect(
        "events",
        "SELECT ep.person_id, e.id, "
        "CASE WHEN e.kind IN ('released', 'pardoned') THEN 'releases' "
        "WHEN e.kind = 'transferred' THEN 'transfers' "
        "WHEN e.kind = 'sentenced' THEN 'sentences' ELSE 'events' END, "
        + _join("e.kind", "e.date_edtf", "e.place", "e.org_id", "e.description", "ep.role")
        + " FROM {db}.event_people ep JOIN {db}.events e ON e.id = ep.event_id",
        ("events", "event_people"),
    ),
    Aspect(
        "relations",
        "SELECT person_id, id, 'relations', "
        + _join(*(c.format(other="coalesce(other_person_id, org_id)") for c in _RELATION))
        + " FROM {db}.relations UNION ALL SELECT other_person_id, id, 'relations', "
        + _join(*(c.format(other="person_id") for c in _RELATION))
        + " FROM {db}.relations WHERE other_person_id IS NOT NULL",
        ("relations",),
    ),
    # format 2 (db.migrations 0002): absent from format-1 editions, so they count as added
    Aspect(
        "appeals",
        "SELECT s.person_id, a.id, 'appeals', "
        + _join("a.date_edtf", "a.court_id", "a.outcome", "a.term_months", "a.note")
        + " FROM {db}.appeals a JOIN {db}.sentences s ON s.id = a.sentence_id",
        ("appeals", "sentences"),
    ),
    Aspect(
        "placements",
        "SELECT person_id, id, 'transfers', "
        + _join("facility_id", "start_edtf", "end_edtf", "incommunicado", "note")
        + " FROM {db}.placements",
        ("placements",),
    ),
    Aspect(
        "recognitions",
        "SELECT person_id, id, 'recognitions', "
        + _join("state", "by_id", "date_edtf", "note")
        + " FROM {db}.recognitions",
        ("recognitions",),
    ),
    Aspect(
        "quotes",
        "SELECT speaker_id, id, 'quotes', "
        + _join("text", "date_edtf", "venue")
        + " FROM {db}.quotes WHERE speaker_id IS NOT NULL",
        ("quotes",),
    ),
)
"""Every aspect compared; add one per table a newer format brings."""

CATEGORIES = (
    "status",
    "sentences",
    "appeals",
    "releases",
    "transfers",
    "recognitions",
    "names",
    "roles",
    "details",
    "events",
    "relations",
    "quotes",
)
"""Change categories in the order reports list them."""


class DiffError(KartotekaError):
    """Two files cannot be compared; the message says why."""

    title = "Cannot compare editions"


@dataclass(frozen=True, slots=True)
class ItemChange:
    """One added, removed or changed item of a person (a sentence, a spelling, a field)."""

    category: str  # one of CATEGORIES
    change: str  # "added" | "removed" | "changed"
    item: str  # sentence id, event id, spelling, role, field name
    old: str | None  # what the old edition says (None when added)
    new: str | None  # what the new edition says (None when removed)
    aspect: str = ""  # the ASPECTS row it comes from ("sentences", "events" …): how to read it


@dataclass(frozen=True, slots=True)
class PersonChange:
    """A person in both editions whose entries differ."""

    person_id: PersonId
    display_name: str
    changes: tuple[ItemChange, ...]

    @property
    def categories(self) -> tuple[str, ...]:
        found = {c.category for c in self.changes}
        return tuple(c for c in CATEGORIES if c in found)


@dataclass(frozen=True, slots=True)
class PersonRef:
    person_id: PersonId
    display_name: str


@dataclass(frozen=True, slots=True)
class ArchiveDiff:
    """What changed from `old` to `new` (people matched by stable id)."""

    old: dict[str, str]  # meta of the old edition (title, edition, edition_date, archive_id)
    new: dict[str, str]
    added: tuple[PersonRef, ...]
    removed: tuple[PersonRef, ...]
    changed: tuple[PersonChange, ...]
    counts: dict[str, int] = field(default_factory=dict)  # category -> people changed in it
    others: dict[str, str] = field(default_factory=dict)
    """Names of the people and organizations that changed relations refer to, by id (the
    new edition's name, else the old one's), so a report names them instead of their ids."""

    @property
    def same_archive(self) -> bool:
        """Both editions carry the same archive_id (annotations follow their entries)."""
        return self.old.get("archive_id") == self.new.get("archive_id")

    def changed_ids(self) -> frozenset[PersonId]:
        """People of the new edition that are new or changed (the "changed since" filter)."""
        return frozenset(p.person_id for p in self.added) | frozenset(
            p.person_id for p in self.changed
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "same_archive": self.same_archive,
            "counts": {
                "added": len(self.added),
                "removed": len(self.removed),
                "changed": len(self.changed),
                **self.counts,
            },
            "added": [{"id": p.person_id, "name": p.display_name} for p in self.added],
            "removed": [{"id": p.person_id, "name": p.display_name} for p in self.removed],
            "changed": [
                {
                    "id": p.person_id,
                    "name": p.display_name,
                    "categories": list(p.categories),
                    "changes": [
                        {
                            "category": c.category,
                            "change": c.change,
                            "item": c.item,
                            "old": c.old,
                            "new": c.new,
                        }
                        for c in p.changes
                    ],
                }
                for p in self.changed
            ],
        }


# --- the connection -------------------------------------------------------------------


@contextlib.contextmanager
def _opened(path: Archive | str | Path, passphrase: str | None) -> Iterator[Archive]:
    if isinstance(path, Archive):
        yield path
        return
    with open_archive(path, passphrase) as archive:
        yield archive


def _attach_uri(path: Path) -> str:
    return path.absolute().as_uri() + "?mode=ro"


@contextlib.contextmanager
def attach_paths(
    old: Path, new: Path, keys: tuple[str | None, str | None] = (None, None)
) -> Iterator[sqlite3.Connection]:
    """An in-memory connection with two archive files attached read-only as `old` and `new`.

    Only for files already checked (the files `open_archive` reads,
    or a benchmark's own files): nothing here defends against a hostile file.
    With a key, that file is an SQLCipher copy, attached with its key on an
    SQLCipher connection (the other one, plain, with an empty key).
    """
    if any(k is not None for k in keys):
        conn = cipher_connect(":memory:", None, uri=True)
    else:
        conn = sqlite3.connect(":memory:", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("PRAGMA temp_store = MEMORY")  # nothing decrypted reaches a temp file
        for name, path, key in (("old", old, keys[0]), ("new", new, keys[1])):
            if any(k is not None for k in keys):
                conn.execute(f"ATTACH DATABASE ? AS {name} KEY ?", (_attach_uri(path), key or ""))
            else:
                conn.execute(f"ATTACH DATABASE ? AS {name}", (_attach_uri(path),))
        yield conn
    finally:
        conn.close()


def _key(archive: Archive) -> str | None:
    if not archive.encrypted:
        return None
    key = archive_key(archive)
    if key is None:
        raise DiffError.of(ErrorKind.DIFF_LOCKED, archive.path)
    return key


@contextlib.contextmanager
def attached(old: Archive, new: Archive) -> Iterator[sqlite3.Connection]:
    """Both open editions attached read-only to one in-memory connection (the files they read).

    Encrypted editions work while unlocked: their files are attached with their keys.
    """
    keys = (_key(old), _key(new))
    with attach_paths(source_path(old), source_path(new), keys) as conn:
        yield conn


def _tables(conn: sqlite3.Connection, side: str) -> set[str]:
    return {
        str(r[0])
        for r in conn.execute(f"SELECT name FROM {side}.sqlite_master WHERE type = 'table'")
    }


def _source(aspect: Aspect, side: str, tables: set[str]) -> str:
    if not set(aspect.tables) <= tables:
        return "SELECT NULL, NULL, NULL, NULL WHERE 0"
    return aspect.sql.replace("{db}", side)


Progress = Callable[[str, float], None]
"""(aspect name, share done 0..1), called before each aspect; raising stops the diff."""


def _fill_differences(
    conn: sqlite3.Connection, aspects: Sequence[Aspect], progress: Progress | None = None
) -> None:
    """temp.diff(aspect, side, person_id, item, category, label): rows on one side only."""
    have = {side: _tables(conn, side) for side in SIDES}
    conn.execute(
        "CREATE TEMP TABLE diff (aspect TEXT, side TEXT, person_id TEXT, item TEXT, "
        "category TEXT, label TEXT)"
    )
    for i, aspect in enumerate(aspects):
        if progress is not None:
            progress(aspect.name, i / len(aspects))
        o, n = _source(aspect, "old", have["old"]), _source(aspect, "new", have["new"])
        for side, first, second in (("new", n, o), ("old", o, n)):
            conn.execute(
                f"INSERT INTO temp.diff SELECT ?, ?, * FROM "
                f"(SELECT * FROM ({first}) EXCEPT SELECT * FROM ({second}))",
                (aspect.name, side),
            )
    conn.execute("CREATE INDEX temp.diff_person ON diff(person_id, aspect, item)")


_PEOPLE_ONLY_SQL = (
    "SELECT id, display_name FROM {a}.people WHERE id IN "
    "(SELECT id FROM {a}.people EXCEPT SELECT id FROM {b}.people) ORDER BY sort_name, id"
)


def _people_only(conn: sqlite3.Connection, a: str, b: str) -> list[PersonRef]:
    rows = conn.execute(_PEOPLE_ONLY_SQL.format(a=a, b=b))
    return [PersonRef(PersonId(str(i)), str(n)) for i, n in rows]


_CHANGES_SQL = """
SELECT d.person_id, d.aspect, d.item,
       max(CASE WHEN d.side = 'old' THEN d.category END),
       max(CASE WHEN d.side = 'new' THEN d.category END),
       max(CASE WHEN d.side = 'old' THEN d.label END),
       max(CASE WHEN d.side = 'new' THEN d.label END),
       count(DISTINCT d.side)
FROM temp.diff d
WHERE d.person_id IN (SELECT id FROM old.people) AND d.person_id IN (SELECT id FROM new.people)
GROUP BY d.person_id, d.aspect, d.item
ORDER BY d.person_id, d.aspect, d.item
"""


def _field_changes(old_label: str, new_label: str) -> Iterator[ItemChange]:
    """One ItemChange per person field that differs (labels are JSON arrays of PERSON_FIELDS)."""
    for name, before, after in zip(
        PERSON_FIELDS, json.loads(old_label), json.loads(new_label), strict=True
    ):
        if before != after:
            category = "status" if name in STATUS_FIELDS else "details"
            yield ItemChange(
                category,
                "changed",
                name,
                None if before is None else str(before),
                None if after is None else str(after),
            )


def _changes(conn: sqlite3.Connection) -> dict[str, list[ItemChange]]:
    by_person: dict[str, list[ItemChange]] = defaultdict(list)
    for pid, aspect, item, old_cat, new_cat, old_label, new_label, sides in conn.execute(
        _CHANGES_SQL
    ):
        if aspect == "person":
            by_person[str(pid)].extend(_field_changes(str(old_label), str(new_label)))
            continue
        change = "changed" if sides == 2 else "added" if new_cat is not None else "removed"
        by_person[str(pid)].append(
            ItemChange(
                str(new_cat or old_cat),
                change,
                str(item),
                None if old_label is None else str(old_label),
                None if new_label is None else str(new_label),
                str(aspect),
            )
        )
    return by_person


_NAMES_SQL = """
SELECT id, display_name, sort_name FROM new.people WHERE id IN (SELECT value FROM json_each(?))
"""
_OTHERS_SQL = """
WITH wanted(id) AS (SELECT value FROM json_each(?))
SELECT id, display_name FROM new.people WHERE id IN wanted
UNION ALL SELECT id, display_name FROM old.people
    WHERE id IN wanted AND id NOT IN (SELECT id FROM new.people)
UNION ALL SELECT id, name FROM new.organizations WHERE id IN wanted
UNION ALL SELECT id, name FROM old.organizations
    WHERE id IN wanted AND id NOT IN (SELECT id FROM new.organizations)
"""
RELATION_OTHER = _RELATION.index("{other}")
"""Where a relation's label holds the other person's (or organization's) id."""


def _names(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(display name, sort name) of people of the new edition, by id."""
    rows = conn.execute(_NAMES_SQL, (json.dumps(sorted(ids)),))
    return {str(i): (str(n), str(s or n)) for i, n, s in rows}


def _others(conn: sqlite3.Connection, changes: Iterable[list[ItemChange]]) -> dict[str, str]:
    """Names of whom changed relations refer to (see ArchiveDiff.others)."""
    ids = {
        parts[RELATION_OTHER].strip()
        for items in changes
        for c in items
        if c.aspect == "relations"
        for label in (c.old, c.new)
        if label is not None
        for parts in [label.split(" | ")]
        if len(parts) > RELATION_OTHER
    }
    ids.discard("")
    if not ids:
        return {}
    rows = conn.execute(_OTHERS_SQL, (json.dumps(sorted(ids)),))
    return {str(i): str(n) for i, n in rows}


def _meta(conn: sqlite3.Connection, side: str) -> dict[str, str]:
    keys = ("title", "edition", "edition_date", "archive_id")
    rows = conn.execute(f"SELECT key, value FROM {side}.meta")
    return {str(k): str(v) for k, v in rows if k in keys}


def compare(
    conn: sqlite3.Connection,
    aspects: Sequence[Aspect] = ASPECTS,
    *,
    progress: Progress | None = None,
) -> ArchiveDiff:
    """The difference between the attached `old` and `new` (see `attached`)."""
    _fill_differences(conn, aspects, progress)
    changes = _changes(conn)
    names = _names(conn, changes)

    def listed(pid: str) -> tuple[str, str]:  # surname first, as the list and the other tabs
        return names.get(pid, ("", ""))[1], pid

    changed = tuple(
        PersonChange(PersonId(pid), names.get(pid, (pid, pid))[0], tuple(changes[pid]))
        for pid in sorted(changes, key=listed)
    )
    counts = Counter(cat for p in changed for cat in p.categories)
    return ArchiveDiff(
        old=_meta(conn, "old"),
        new=_meta(conn, "new"),
        added=tuple(_people_only(conn, "new", "old")),
        removed=tuple(_people_only(conn, "old", "new")),
        changed=changed,
        counts={c: counts[c] for c in CATEGORIES if counts[c]},
        others=_others(conn, changes.values()),
    )


def diff_archives(
    old: Archive | str | Path,
    new: Archive | str | Path,
    *,
    old_passphrase: str | None = None,
    new_passphrase: str | None = None,
    progress: Progress | None = None,
) -> ArchiveDiff:
    """What changed from edition `old` to edition `new` (open Archives or paths)."""
    with _opened(old, old_passphrase) as a, _opened(new, new_passphrase) as b, attached(a, b) as c:
        return compare(c, progress=progress)


_CHANGED_IDS_SQL = """
SELECT person_id FROM temp.diff WHERE person_id IN (SELECT id FROM new.people)
UNION SELECT * FROM (SELECT id FROM new.people EXCEPT SELECT id FROM old.people)
"""


def changed_person_ids(old: Archive, new: Archive) -> frozenset[PersonId]:
    """Ids of the people of `new` who are new or differ from `old` (the "changed since" chip).

    Cheaper than `diff_archives`: only the differences' person ids are read.
    """
    with attached(old, new) as conn:
        _fill_differences(conn, ASPECTS)
        return frozenset(PersonId(str(r[0])) for r in conn.execute(_CHANGED_IDS_SQL))


GONE_NOWHERE, GONE_REMOVED, GONE_WITH_PERSON = "nowhere", "removed", "with_person"
GONE_TEXTS = {
    GONE_NOWHERE: "not in either edition",
    GONE_REMOVED: "removed in the new edition",
    GONE_WITH_PERSON: "removed in the new edition, with {name} ({id})",
}
"""Why an annotated entry is not in the new edition, in English (the viewer words it again)."""


class GoneReason(str):
    """Why an entry is gone: its English words (a str), with `kind` and the person it went with."""

    kind: str
    person: str
    person_id: str

    @classmethod
    def of(cls, kind: str, *, person: str = "", person_id: str = "") -> GoneReason:
        reason = cls(GONE_TEXTS[kind].format(name=person, id=person_id))
        reason.kind, reason.person, reason.person_id = kind, person, person_id
        return reason


def missing_entries(
    old: Archive, new: Archive, entries: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], GoneReason]:
    """Why each of `entries` (entity_type, id) of `old` is not in `new`; present ones are left out.

    For the orphaned-annotations list: "removed in the new edition", or, for
    an entry that went with its person, "removed with Maryia Kalesnikava".
    """
    wanted: dict[str, list[str]] = defaultdict(list)
    for entity_type, entity_id in entries:
        if entity_type in ENTRY_TABLES:
            wanted[entity_type].append(entity_id)
    reasons: dict[tuple[str, str], GoneReason] = {}
    with attached(old, new) as conn:
        for entity_type, ids in wanted.items():
            table = ENTRY_TABLES[entity_type]
            gone = conn.execute(
                f"SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM new.{table})",
                (json.dumps(ids),),
            ).fetchall()
            for (entity_id,) in gone:
                known = conn.execute(
                    f"SELECT 1 FROM old.{table} WHERE id = ?", (entity_id,)
                ).fetchone()
                if known is None:
                    reasons[(entity_type, str(entity_id))] = GoneReason.of(GONE_NOWHERE)
                    continue
                reasons[(entity_type, str(entity_id))] = _why_gone(conn, entity_type, entity_id)
    return reasons


_OWNER_SQL = {
    "sentence": "SELECT person_id FROM old.sentences WHERE id = ?",
    "relation": "SELECT person_id FROM old.relations WHERE id = ?",
    "quote": "SELECT speaker_id FROM old.quotes WHERE id = ?",
    "event": "SELECT person_id FROM old.event_people WHERE event_id = ?",
}


def _why_gone(conn: sqlite3.Connection, entity_type: str, entity_id: str) -> GoneReason:
    if entity_type in _OWNER_SQL:
        for (pid,) in conn.execute(_OWNER_SQL[entity_type], (entity_id,)).fetchall():
            if pid is None:
                continue
            row = conn.execute(
                "SELECT o.display_name FROM old.people o WHERE o.id = ? "
                "AND o.id NOT IN (SELECT id FROM new.people)",
                (pid,),
            ).fetchone()
            if row is not None:
                return GoneReason.of(GONE_WITH_PERSON, person=str(row[0]), person_id=str(pid))
    return GoneReason.of(GONE_REMOVED)
