"""The only code that writes archive files: create, fill, derive, finish.

The viewer never calls this; `kartoteka build-sample`, `generate` and
`import` do. Input is the interchange layout of docs/ARCHIVE.md (one dict per
entity, dates as EDTF text, names/roles/charges/citations nested), already
validated by db.validate. Rows go in with `executemany` inside one
transaction: sqlite-utils' per-row insert is several times slower at scale.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import dates
from db import migrations as schema
from db.attachments import inspect_bytes
from db.errors import ErrorKind, OutputError
from db.names import sort_key
from db.validate import CITED_AS, ENTITY_KEYS, ENTITY_SINCE, FIELDS

Doc = Mapping[str, Any]

META_KEYS = ("title", "publisher", "edition", "edition_date", "languages", "synthetic")


def create_archive(
    path: str | Path, meta: Mapping[str, Any], *, overwrite: bool = False
) -> Database:
    """Create an empty archive at `path` with the current schema and metadata.

    Refuses to overwrite an existing file unless asked, so a typo never
    destroys an archive.
    """
    target = Path(path)
    if target.exists():
        if not overwrite:
            raise OutputError.of(ErrorKind.OUTPUT_EXISTS, target)
        target.unlink()
    if not target.parent.exists():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, target, folder=target.parent)
    try:
        conn = sqlite3.connect(target, isolation_level=None)
    except sqlite3.Error as exc:
        raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, target, reason=exc) from exc
    db = Database(conn)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA foreign_keys = OFF")  # checked once in finish()
    schema.apply(db)
    set_meta(db, meta)
    return db


def set_meta(db: Database, meta: Mapping[str, Any]) -> None:
    """Write archive metadata; `archive_id` is kept stable once set."""
    values: dict[str, str] = {}
    for key in META_KEYS:
        if key in meta and meta[key] is not None:
            value = meta[key]
            if key == "languages":
                value = json.dumps(list(value), ensure_ascii=False)
            elif key == "synthetic":
                value = "1" if value else "0"
            values[key] = str(value)
    existing = db.execute("SELECT value FROM meta WHERE key = 'archive_id'").fetchone()
    if existing is None:
        values["archive_id"] = str(meta.get("archive_id") or uuid.uuid4())
    values.setdefault("synthetic", "0")
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            sorted(values.items()),
        )


COMPUTED: dict[str, tuple[str, ...]] = {
    "attachments": ("byte_size", "width", "height", "sha256"),
}
"""Columns the writer fills from other fields (never given in documents)."""
_BLOB_LAST = {"attachments": "data"}
"""Blob fields written as the table's last column, after the computed ones."""


def table_columns(key: str, *, version: int = schema.SCHEMA_VERSION) -> tuple[str, ...]:
    """The SQL columns an entity's fields fill, in `db.validate.FIELDS` order.

    A date field is three columns (`<name>_edtf`, `_earliest`, `_latest`);
    COMPUTED columns follow. `version` leaves out fields added later, for
    writing archives of an older format (tests build version 1 this way).
    """
    names: list[str] = []
    blob = _BLOB_LAST.get(key)
    for name, spec in FIELDS[key].items():
        if spec.since > version or name == blob:
            continue
        names += [f"{name}{s}" for s in _DATE_SUFFIXES] if spec.kind == "date" else [name]
    names += COMPUTED.get(key, ())
    if blob is not None:
        names.append(blob)
    return tuple(names)


_DATE_SUFFIXES = ("_edtf", "_earliest", "_latest")

# fields the documents may leave out, and what they mean then
_DEFAULTS: dict[str, Callable[[Doc], Any]] = {
    "sort_name": lambda d: sort_name(d["display_name"]),
    "status": lambda d: "unknown",
    "term_kind": lambda d: "prison",
    "qualifier": lambda d: "exact",
    "in_absentia": lambda d: 0,
    "outcome": lambda d: "pending",
    "incommunicado": lambda d: 0,
}


def _attachment_values(doc: Doc) -> dict[str, Any]:
    """media_type (when not given), size, dimensions and digest of an attachment's bytes."""
    data: bytes = doc["data"]
    header = inspect_bytes(data, declared=doc.get("media_type"))
    return {
        "media_type": header.media_type,
        "byte_size": len(data),
        "width": header.width,
        "height": header.height,
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def _rows(key: str, docs: Iterable[Doc], version: int) -> list[list[Any]]:
    """Documents of one entity as rows for `table_columns(key)`."""
    spec = FIELDS[key]
    # each column is filled from a field; a date field fills its three columns at once
    plan: list[tuple[str, bool]] = []  # (field or computed column, is a date)
    for col in table_columns(key, version=version):
        if col.endswith("_edtf") and col[: -len("_edtf")] in spec:
            plan.append((col[: -len("_edtf")], True))
        elif not col.endswith(("_earliest", "_latest")) or col.rsplit("_", 1)[0] not in spec:
            plan.append((col, False))
    out: list[list[Any]] = []
    for doc in docs:
        extra = _attachment_values(doc) if key == "attachments" else {}
        row: list[Any] = []
        for name, is_date in plan:
            if is_date:
                fd = dates.parse_optional(doc.get(name))
                row += [None, None, None] if fd is None else [fd.edtf, fd.earliest, fd.latest]
                continue
            value = extra[name] if name in extra else doc.get(name)
            if value is None and name in _DEFAULTS:
                value = _DEFAULTS[name](doc)
            row.append(int(value) if isinstance(value, bool) else value)
        out.append(row)
    return out


def _insert(
    db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _children(docs: Mapping[str, Sequence[Doc]]) -> dict[str, tuple[list[str], list[Any]]]:
    """Rows of the link tables nested inside the entity documents."""
    people = docs.get("people", ())
    orgs = docs.get("organizations", ())
    sentences = docs.get("sentences", ())
    quotes = docs.get("quotes", ())
    events = docs.get("events", ())
    return {
        "org_names": (
            ["org_id", "name", "lang", "system"],
            [
                (o["id"], n["name"], n["lang"], n.get("system") or "native")
                for o in orgs
                for n in o.get("names") or ()
            ],
        ),
        "person_names": (
            ["person_id", "name", "lang", "system", "note"],
            [
                (p["id"], n["name"], n["lang"], n.get("system") or "native", n.get("note"))
                for p in people
                for n in p.get("names") or ()
            ],
        ),
        "person_roles": (
            ["person_id", "role"],
            [(p["id"], r) for p in people for r in dict.fromkeys(p.get("roles") or ())],
        ),
        "charges": (
            ["sentence_id", "position", "article", "article_text"],
            [
                (s["id"], i, c["article"], c.get("article_text"))
                for s in sentences
                for i, c in enumerate(s.get("charges") or ())
            ],
        ),
        "quote_subjects": (
            ["quote_id", "person_id"],
            [(q["id"], pid) for q in quotes for pid in dict.fromkeys(q.get("about") or ())],
        ),
        "event_people": (
            ["event_id", "person_id", "role"],
            [
                (e["id"], p, None)
                if isinstance(p, str)
                else (e["id"], p["person_id"], p.get("role"))
                for e in events
                for p in e.get("people") or ()
            ],
        ),
    }


def write_documents(
    db: Database, docs: Mapping[str, Sequence[Doc]], *, version: int = schema.SCHEMA_VERSION
) -> None:
    """Insert validated interchange documents; the caller owns the transaction.

    `version` writes an archive of an older format (the fields and entities
    it did not have are left out); only tests ask for that.
    """
    for key in ENTITY_KEYS:
        if ENTITY_SINCE.get(key, 1) > version:
            continue
        rows = _rows(key, docs.get(key, ()), version)
        _insert(db, key, table_columns(key, version=version), rows)
    for table, (names, link_rows) in _children(docs).items():
        _insert(db, table, names, link_rows)
    citations = [
        (c["source_id"], entity_type, doc["id"], c.get("locator"), c.get("confidence") or "high")
        for key, entity_type in CITED_AS.items()
        if ENTITY_SINCE.get(key, 1) <= version
        for doc in docs.get(key, ())
        for c in doc.get("citations") or ()
    ]
    _insert(
        db,
        "citations",
        ["source_id", "entity_type", "entity_id", "locator", "confidence"],
        citations,
    )


def sort_name(display_name: str) -> str:
    """Surname first, in ASCII, case-folded (db.names.sort_key: a register's
    "Surname Given Patronymic" is already surname first)."""
    return sort_key(display_name)


def _plus_months(day: str, months: str) -> str:
    """SQL for `day` + `months`, clamped to the month's end like dates.add_months.

    SQLite's own date(d, '+N months') overflows: 2023-12-31 + 18 months would
    be 2025-07-01 instead of 2025-06-30.
    """
    return (
        f"MIN(date({day}, 'start of month', '+' || ({months}) || ' months', "
        f"'+' || (CAST(strftime('%d', {day}) AS INTEGER) - 1) || ' days'), "
        f"date({day}, 'start of month', '+' || ({months} + 1) || ' months', '-1 day'))"
    )


_TERM = """COALESCE((SELECT a.term_months FROM appeals a
    WHERE a.sentence_id = sentences.id AND a.term_months IS NOT NULL
      AND a.outcome IN ('reduced', 'increased')
    ORDER BY a.date_earliest IS NULL, a.date_earliest DESC, a.pk DESC LIMIT 1),
    sentences.term_months)"""
"""A sentence's term in months as it stands: the last appeal that changed it, else the verdict."""

_ADDED_SENTENCE_END = f"""
    UPDATE sentences SET
        term_end_earliest = {_plus_months("b.term_end_earliest", _TERM)},
        term_end_latest = {_plus_months("b.term_end_latest", _TERM)}
    FROM sentences AS b
    WHERE sentences.adds_to_id = b.id AND sentences.term_months IS NOT NULL
      AND b.term_end_earliest IS NOT NULL AND b.term_end_latest IS NOT NULL
"""

CURRENT_PLACEMENT_SQL = """
    SELECT pl.pk FROM placements pl
    WHERE pl.person_id = {person} AND pl.end_edtf IS NULL
    ORDER BY pl.start_earliest IS NULL, pl.start_earliest DESC, pl.pk DESC LIMIT 1
"""
"""The placement a person is held in now: the latest one without an end (`{person}`: their id)."""

TERM_END_SQL = (
    # end of the term as sentenced = start (custody credited from detention,
    # or else the sentence date) + term (months, as the last appeal left it) ...
    f"""
    UPDATE sentences SET
        term_end_earliest = CASE WHEN term_months IS NOT NULL
            AND COALESCE(start_earliest, date_earliest) IS NOT NULL
            THEN {_plus_months("COALESCE(start_earliest, date_earliest)", "term_months")} END,
        term_end_latest = CASE WHEN term_months IS NOT NULL
            AND COALESCE(start_latest, date_latest) IS NOT NULL
            THEN {_plus_months("COALESCE(start_latest, date_latest)", "term_months")} END
    """,
    # (an appeal that reduced or increased the term changes it; few sentences have one)
    f"""
    UPDATE sentences SET
        term_end_earliest = {_plus_months("COALESCE(start_earliest, date_earliest)", _TERM)},
        term_end_latest = {_plus_months("COALESCE(start_latest, date_latest)", _TERM)}
    WHERE id IN (SELECT sentence_id FROM appeals WHERE term_months IS NOT NULL
                 AND outcome IN ('reduced', 'increased'))
      AND COALESCE(start_earliest, date_earliest) IS NOT NULL
    """,
    # ... but a sentence added to an earlier one runs on from that one's end
    # (three passes cover chains of additions three deep)
    _ADDED_SENTENCE_END,
    _ADDED_SENTENCE_END,
    _ADDED_SENTENCE_END,
    # the timeline's bar ends with the term ...
    "UPDATE sentences SET end_earliest = term_end_earliest, end_latest = term_end_latest",
)

_ADDED_SENTENCE_END_V1 = f"""
    UPDATE sentences SET
        end_earliest = {_plus_months("b.end_earliest", "sentences.term_months")},
        end_latest = {_plus_months("b.end_latest", "sentences.term_months")}
    FROM sentences AS b
    WHERE sentences.adds_to_id = b.id AND sentences.term_months IS NOT NULL
      AND b.end_earliest IS NOT NULL AND b.end_latest IS NOT NULL
"""
TERM_END_SQL_V1 = (
    f"""
    UPDATE sentences SET
        end_earliest = CASE WHEN term_months IS NOT NULL AND date_earliest IS NOT NULL
            THEN {_plus_months("date_earliest", "term_months")} END,
        end_latest = CASE WHEN term_months IS NOT NULL AND date_latest IS NOT NULL
            THEN {_plus_months("date_latest", "term_months")} END
    """,
    _ADDED_SENTENCE_END_V1,
    _ADDED_SENTENCE_END_V1,
    _ADDED_SENTENCE_END_V1,
)
"""Format 1 had no start date and no appeals: a term ran from the sentence date."""

COMMON_DERIVED_SQL = (
    # ... or earlier, with a release/pardon/death after the sentence
    """
    UPDATE sentences SET
        end_earliest = r.rel, end_latest = r.rel
    FROM (
        SELECT s.id AS sid, MIN(e.date_earliest) AS rel
        FROM sentences s
        JOIN event_people ep ON ep.person_id = s.person_id
        JOIN events e ON e.id = ep.event_id
        WHERE e.kind IN ('released', 'pardoned', 'died')
          AND e.date_earliest >= s.date_earliest
        GROUP BY s.id
    ) AS r
    WHERE sentences.id = r.sid
      AND (sentences.end_earliest IS NULL OR r.rel < sentences.end_earliest)
    """,
    """
    UPDATE people SET
        -- the middle of the bounds: "~1982" is 1981-01-01..1983-12-31, year 1982
        birth_year = CAST(strftime('%Y', (julianday(birth_earliest)
                                          + julianday(birth_latest)) / 2) AS INTEGER),
        quote_count = 0, latest_term_months = NULL, latest_event_earliest = NULL
    """,
    """
    UPDATE people SET quote_count = q.n
    FROM (SELECT speaker_id AS pid, COUNT(*) AS n FROM quotes
          WHERE speaker_id IS NOT NULL GROUP BY speaker_id) AS q
    WHERE people.id = q.pid
    """,
    """
    UPDATE people SET latest_term_months = t.months
    FROM (
        SELECT person_id AS pid, term_months AS months,
               ROW_NUMBER() OVER (PARTITION BY person_id
                                  ORDER BY date_earliest DESC, pk DESC) AS rn
        FROM sentences
    ) AS t
    WHERE people.id = t.pid AND t.rn = 1
    """,
    """
    UPDATE people SET latest_event_earliest = le.d
    FROM (SELECT ep.person_id AS pid, MAX(e.date_earliest) AS d
          FROM event_people ep JOIN events e ON e.id = ep.event_id
          GROUP BY ep.person_id) AS le
    WHERE people.id = le.pid
    """,
    "DELETE FROM person_years",
    """
    INSERT OR IGNORE INTO person_years(person_id, year)
    SELECT ep.person_id, CAST(substr(e.date_earliest, 1, 4) AS INTEGER)
    FROM event_people ep JOIN events e ON e.id = ep.event_id
    WHERE e.date_earliest IS NOT NULL
    UNION
    SELECT person_id, CAST(substr(date_earliest, 1, 4) AS INTEGER)
    FROM sentences WHERE date_earliest IS NOT NULL
    """,
    "DELETE FROM person_articles",
    """
    INSERT OR IGNORE INTO person_articles(article, person_id)
    SELECT c.article, s.person_id FROM charges c JOIN sentences s ON s.id = c.sentence_id
    """,
    "DELETE FROM people_order",
    """
    INSERT INTO people_order(person_pk, by_name, by_status, by_birth, by_term,
                             by_latest_event, by_quotes)
    SELECT pk,
        ROW_NUMBER() OVER (ORDER BY sort_name, pk) - 1,
        ROW_NUMBER() OVER (ORDER BY status, sort_name, pk) - 1,
        ROW_NUMBER() OVER (ORDER BY birth_year IS NULL, birth_year, sort_name, pk) - 1,
        ROW_NUMBER() OVER (ORDER BY latest_term_months IS NULL, latest_term_months,
                           sort_name, pk) - 1,
        ROW_NUMBER() OVER (ORDER BY latest_event_earliest IS NULL, latest_event_earliest,
                           sort_name, pk) - 1,
        ROW_NUMBER() OVER (ORDER BY quote_count, sort_name, pk) - 1
    FROM people
    """,
)

LETTERS_SQL = (
    "DELETE FROM letter_recipients",
    # the letters list: people in custody, birthday month and day when known
    f"""
    INSERT INTO letter_recipients(person_pk, birth_month, birth_day, sort_name, placement_pk)
    SELECT p.pk,
        CASE WHEN substr(p.birth_earliest, 1, 7) = substr(p.birth_latest, 1, 7)
             THEN CAST(substr(p.birth_earliest, 6, 2) AS INTEGER) ELSE 13 END,
        CASE WHEN p.birth_earliest = p.birth_latest
             THEN CAST(substr(p.birth_earliest, 9, 2) AS INTEGER) ELSE 0 END,
        p.sort_name,
        ({CURRENT_PLACEMENT_SQL.format(person="p.id")})
    FROM people p WHERE p.status = 'in_custody'
    """,
)

REFRESH_DERIVED_SQL = TERM_END_SQL + COMMON_DERIVED_SQL + LETTERS_SQL
"""Every statement that recomputes the derived columns and tables, in order."""
DERIVED_SQL_BY_VERSION = {1: TERM_END_SQL_V1 + COMMON_DERIVED_SQL, 2: REFRESH_DERIVED_SQL}
"""The same for each format version (format 1 is written only by tests and tools)."""


def refresh_derived(db: Database) -> None:
    """Recompute every derived column and table from the base data."""
    # these modules read what this derives, so they are imported here, not at the top
    from db.facets import store_unfiltered_counts
    from db.shown_names import store_name_order
    from db.summary import store_summaries
    from db.timeline import store_unfiltered_timeline

    for sql in DERIVED_SQL_BY_VERSION[schema.archive_version(db)]:
        db.execute(sql)
    store_summaries(db)  # a separate step's tables (db.derived_schema)
    store_name_order(db)
    store_unfiltered_counts(db)
    store_unfiltered_timeline(db)
    from db.search_index import rebuild_search_index

    rebuild_search_index(db)


def check_references(db: Database) -> list[str]:
    """Dangling references, as plain sentences (empty when all is well)."""
    problems = []
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        table, rowid, parent, _fk = row
        entry = f"{table} row {rowid}" if rowid is not None else f"a row of {table}"
        problems.append(f"{entry} refers to a missing {parent} entry")
    return problems


def finish(db: Database, *, vacuum: bool = True) -> None:
    """Make a freshly written archive compact, indexed and read-only friendly."""
    for table, _cols in schema.FTS_TABLES:
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')")
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode = DELETE")
    if vacuum:  # a file written in one pass has little to reclaim; VACUUM is ~9% of a 1M build
        db.execute("VACUUM")


@contextmanager
def swapped_in(db: Database, tmp: Path, target: Path) -> Iterator[None]:
    """Write into `db` (open on `tmp`); on success finish it and rename it onto `target`.

    Whatever goes wrong (an error, Ctrl+C), `tmp` is removed and `target`
    keeps its bytes: the user never sees a half-written archive.
    """
    try:
        yield
        finish(db)
        db.close()
        os.replace(tmp, target)
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise


def build(
    path: str | Path,
    meta: Mapping[str, Any],
    docs: Mapping[str, Sequence[Doc]],
    *,
    overwrite: bool = False,
) -> None:
    """Write a complete archive to `path` atomically: a temp file, then a rename."""
    target = Path(path)
    if target.exists() and not overwrite:
        raise OutputError.of(ErrorKind.OUTPUT_EXISTS, target)
    partial = target.with_name(f".{target.name}.partial")
    if partial.exists():
        partial.unlink()
    db = create_archive(partial, meta)
    try:
        with db.atomic():
            write_documents(db, docs)
            refresh_derived(db)
        problems = check_references(db)
        if problems:
            raise OutputError.of(
                ErrorKind.DANGLING_REFERENCES, target, problems="; ".join(problems[:5])
            )
        finish(db)
    except BaseException:
        db.close()
        partial.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(partial, target)
