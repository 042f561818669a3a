"""The letters list: people in custody, the envelope for each, birthdays first.

Exiled communities write to political prisoners: letters only in Russian or
Belarusian, the facility's postal address in Cyrillic, the recipient's name
with their birth year (prisons sort mail by it), birthdays of the month
first, and a warning where a source says letters are not delivered. The
list is read in keyset pages from the derived `letter_recipients` table
(its index is the list's order), so the first page of a million-person
archive costs the same as that of the sample.

The order starts at a month (this month by default): birthdays from that
month to December, then January up to the month before, then people whose
birthday the sources do not give; within a month by day, then by name.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import dates
from db import migrations as schema
from db.custody import FACILITY_COLUMNS, facility_from
from db.errors import ErrorKind, KartotekaError, OutputError
from db.people import people_filter
from db.records import (
    Facility,
    LetterRow,
    LettersCursor,
    LettersPage,
    PeopleQuery,
    PersonId,
    PersonPk,
)

LANGUAGES = ("ru", "be")
"""Letters reach prisoners only in Russian or Belarusian."""
WARNINGS: dict[str, str] = {
    "incommunicado": "held incommunicado: letters are not delivered",
    "no_facility": "where they are held is not known",
    "no_address": "the facility's postal address is not in the archive",
    "other_language": "the address is only known in the other language",
}
"""Warning code -> English text, most serious first (the viewer translates the codes)."""
FALLBACK_WORDS = {
    "be": "Belarusian address not in the archive; Russian shown",
    "ru": "Russian address not in the archive; Belarusian shown",
}
"""The "other_language" warning said precisely: which address is missing, which is shown."""
BIRTH_YEAR = {"ru": "{name}, {year} г. р.", "be": "{name}, {year} г. н."}
"""The recipient line: prisons sort mail by name and year of birth."""
_NAME_LANG = {"ru": ("ru-Cyrl", "be-Cyrl"), "be": ("be-Cyrl", "ru-Cyrl")}
PAGE_SIZE = 200

_SEGMENTS = (
    "lr.birth_month >= :month AND lr.birth_month <= 12",
    "lr.birth_month < :month",
    "lr.birth_month = 13",
)
"""The three runs of the order (see the module docstring); each is one index range."""
_PAGE_SQL = f"""
SELECT lr.person_pk, lr.birth_month, lr.birth_day, lr.sort_name,
       p.id, p.display_name, p.birth_edtf, p.birth_earliest, p.birth_latest,
       pl.start_edtf, pl.start_earliest, pl.start_latest, pl.incommunicado,
       {FACILITY_COLUMNS}
FROM letter_recipients lr
JOIN people p ON p.pk = lr.person_pk
LEFT JOIN placements pl ON pl.pk = lr.placement_pk
LEFT JOIN organizations o ON o.id = pl.facility_id
WHERE {{segment}} AND {{people}}
  AND (lr.birth_month, lr.birth_day, lr.sort_name, lr.person_pk) > (:m, :d, :n, :pk)
ORDER BY lr.birth_month, lr.birth_day, lr.sort_name, lr.person_pk
LIMIT :limit
"""
_NAMES_SQL = """
SELECT person_id, name, lang FROM person_names
WHERE person_id IN (SELECT value FROM json_each(:ids)) AND lang IN ('ru-Cyrl', 'be-Cyrl')
ORDER BY person_id, system <> 'native', pk
"""


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise KartotekaError.of(ErrorKind.LETTERS_LANGUAGE, None, lang=repr(lang))


def _check_month(month: int | None) -> int:
    if month is None:
        return dt.date.today().month
    if not 1 <= month <= 12:
        raise KartotekaError.of(ErrorKind.LETTERS_MONTH, None, month=month)
    return month


def _people(query: PeopleQuery | None) -> tuple[str, dict[str, Any]]:
    """The WHERE clause (over `people p`) of the people list's filters; "1" for everyone.

    The same clause the people list and the facets use (db.people.people_filter),
    so the letters list is exactly the people in custody among those the
    search and filters select; the query's sort does not matter here.
    """
    return ("1", {}) if query is None else people_filter(query)


RECIPIENT_STATUS = "in_custody"
"""Who gets letters: the people the archive says are in custody (`letter_recipients`)."""


def recipients_query(query: PeopleQuery) -> PeopleQuery:
    """The people of the letters list as a people query: those in custody among `query`'s.

    For panes that select people by a PeopleQuery (the timeline), so that in the
    Letters mode they show the people the list shows, and no one else.
    """
    if query.statuses and RECIPIENT_STATUS not in query.statuses:
        return dataclasses.replace(query, only_ids=())  # a status filter that leaves no one
    return dataclasses.replace(query, statuses=(RECIPIENT_STATUS,))


def count_recipients(db: Database, query: PeopleQuery | None = None) -> int:
    """How many people are in custody (among those `query` selects): the list's length."""
    if schema.archive_version(db) < 2:
        return 0
    where, params = _people(query)
    if where == "1":
        return int(db.execute("SELECT count(*) FROM letter_recipients").fetchone()[0])
    sql = (
        "SELECT count(*) FROM letter_recipients lr "
        f"JOIN people p ON p.pk = lr.person_pk WHERE {where}"
    )
    return int(db.execute(sql, params).fetchone()[0])


def _recipient_names(db: Database, ids: Sequence[str], lang: str) -> dict[str, str]:
    """Each person's name in the envelope's language (else the other Cyrillic one)."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for pid, name, name_lang in db.execute(_NAMES_SQL, {"ids": json.dumps(list(ids))}):
        found[pid].setdefault(name_lang, name)
    out: dict[str, str] = {}
    for pid, by_lang in found.items():
        for wanted in _NAME_LANG[lang]:
            if wanted in by_lang:
                out[pid] = by_lang[wanted]
                break
    return out


def _address(facility: Facility | None, lang: str) -> tuple[str | None, str | None]:
    if facility is None:
        return None, None
    by_lang = {"ru": facility.address_ru, "be": facility.address_be}
    other = "be" if lang == "ru" else "ru"
    for code in (lang, other):
        if by_lang[code]:
            return by_lang[code], code
    return None, None


def _row(r: Sequence[Any], names: dict[str, str], lang: str) -> LetterRow:
    pk, month, day, _sort, pid, display, b_edtf, b_early, b_late = r[:9]
    s_edtf, s_early, s_late, incommunicado = r[9:13]
    facility = facility_from(r[13:19])
    birth = dates.from_columns(b_edtf, b_early, b_late)
    name = names.get(pid, display)
    recipient = (
        BIRTH_YEAR[lang].format(name=name, year=b_early[:4])
        if b_early and b_late and b_early[:4] == b_late[:4]
        else name
    )
    address, address_lang = _address(facility, lang)
    warnings = []
    if incommunicado:
        warnings.append("incommunicado")
    if facility is None:
        warnings.append("no_facility")
    elif address is None:
        warnings.append("no_address")
    elif address_lang != lang:
        warnings.append("other_language")
    return LetterRow(
        person_pk=PersonPk(pk),
        person_id=PersonId(pid),
        display_name=display,
        recipient=recipient,
        birth=birth,
        birth_month=None if month == 13 else month,
        birth_day=None if day == 0 else day,
        facility=facility,
        address=address,
        address_lang=address_lang,
        since=dates.from_columns(s_edtf, s_early, s_late),
        warnings=tuple(warnings),
    )


def letters_page(
    db: Database,
    *,
    lang: str = "ru",
    month: int | None = None,
    after: LettersCursor | None = None,
    limit: int = PAGE_SIZE,
    query: PeopleQuery | None = None,
) -> LettersPage:
    """One page of the letters list, starting after `after` (None: the first page).

    `month` is where the birthday order starts (default: this month); `query`
    narrows the list to the people it selects (the viewer's search and filters). Pass
    the returned `next` to get the following page; it is None at the end.
    Each page is one index range scan per run of the order, never an OFFSET.
    """
    _check_lang(lang)
    start_month = _check_month(month)
    if schema.archive_version(db) < 2 or limit <= 0:
        return LettersPage(rows=(), next=None)
    where, people_params = _people(query)
    rows: list[Sequence[Any]] = []
    segment = after.segment if after is not None else 0
    last: LettersCursor | None = after
    while segment < len(_SEGMENTS) and len(rows) < limit:
        key = (
            (last.birth_month, last.birth_day, last.sort_name, last.person_pk)
            if last is not None and last.segment == segment
            else (-1, -1, "", -1)
        )
        params = {
            **people_params,
            "month": start_month,
            "m": key[0],
            "d": key[1],
            "n": key[2],
            "pk": key[3],
            "limit": limit - len(rows),
        }
        sql = _PAGE_SQL.format(segment=_SEGMENTS[segment], people=where)
        found = list(db.execute(sql, params))
        rows += [(segment, *r) for r in found]
        if len(rows) < limit:
            segment += 1
    names = _recipient_names(db, [r[5] for r in rows], lang)
    out = tuple(_row(r[1:], names, lang) for r in rows)
    next_cursor = None
    if len(rows) == limit:
        seg, pk, m, d, n = rows[-1][:5]
        next_cursor = LettersCursor(seg, m, d, n, pk)
    return LettersPage(rows=out, next=next_cursor)


def iter_letters(
    db: Database,
    *,
    lang: str = "ru",
    month: int | None = None,
    page_size: int = 1000,
    query: PeopleQuery | None = None,
) -> Iterator[LetterRow]:
    """Every row of the letters list (among the people `query` selects), in order."""
    after: LettersCursor | None = None
    while True:
        page = letters_page(db, lang=lang, month=month, after=after, limit=page_size, query=query)
        yield from page.rows
        if page.next is None:
            return
        after = page.next


def envelope(row: LetterRow) -> str | None:
    """The envelope text: recipient line, then the address lines; None without an address."""
    if row.address is None:
        return None
    return "\n".join([row.recipient, *(x.strip() for x in row.address.splitlines() if x.strip())])


def warning_words(code: str, row: LetterRow) -> str:
    """A warning of `row` in English (the "other_language" one names both languages)."""
    if code == "other_language" and row.address_lang in LANGUAGES:
        wanted = "be" if row.address_lang == "ru" else "ru"
        return FALLBACK_WORDS[wanted]
    return WARNINGS.get(code, code.replace("_", " "))


def birthday_text(row: LetterRow) -> str:
    """ "MM-DD", or "MM" when only the month is known, or "" when unknown."""
    if row.birth_month is None:
        return ""
    if row.birth_day is None:
        return f"{row.birth_month:02d}"
    return f"{row.birth_month:02d}-{row.birth_day:02d}"


CSV_COLUMNS = (
    "person_id",
    "name",
    "recipient",
    "birth",
    "birthday",
    "facility",
    "address",
    "address_lang",
    "since",
    "envelope",
    "warnings",
)


def export_letters_csv(
    db: Database,
    out: Path,
    *,
    lang: str = "ru",
    month: int | None = None,
    overwrite: bool = False,
    query: PeopleQuery | None = None,
) -> int:
    """Write the letters list as CSV (UTF-8 with BOM, for spreadsheets); returns the rows.

    The file is written beside `out` and renamed into place when complete.
    """
    from db.exporting import write_atomically  # exporting imports the import layer

    _check_lang(lang)
    out = Path(out)
    if out.exists() and not overwrite:
        raise OutputError.of(ErrorKind.OUTPUT_EXISTS, out)
    if not out.parent.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, out, folder=out.parent)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for row in iter_letters(db, lang=lang, month=month, query=query):
        writer.writerow(
            [
                row.person_id,
                row.display_name,
                row.recipient,
                row.birth.edtf if row.birth else "",
                birthday_text(row),
                row.facility.name if row.facility else "",
                ", ".join(x.strip() for x in (row.address or "").splitlines() if x.strip()),
                row.address_lang or "",
                row.since.edtf if row.since else "",
                envelope(row) or "",
                "; ".join(warning_words(w, row) for w in row.warnings),
            ]
        )
        n += 1
    write_atomically(out, ("\ufeff" + buf.getvalue()).encode("utf-8"))
    return n
