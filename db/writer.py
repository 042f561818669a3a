"""The only code that writes archive files: create, fill, derive, finish.

The viewer never calls this; `kartoteka build-sample`, `generate` and
`import` do. Input is the interchange layout of docs/ARCHIVE.md (one dict per
entity, dates as EDTF text, names/roles/charges/citations nested), already
validated by db.validate. Rows go in with `executemany` inside one
transaction: sqlite-utils' per-row insert is several times slower at scale.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anyascii import anyascii
from sqlite_utils import Database

from db import dates
from db import migrations as schema
from db.errors import OutputError
from db.validate import CITED_AS

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
            raise OutputError(
                f"{target}: a file with this name already exists. "
                "Choose another name or remove the file first.",
                path=target,
            )
        target.unlink()
    if not target.parent.exists():
        raise OutputError(f"{target}: the folder {target.parent} does not exist.", path=target)
    try:
        conn = sqlite3.connect(target, isolation_level=None)
    except sqlite3.Error as exc:
        raise OutputError(f"{target}: cannot create the file ({exc}).", path=target) from exc
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


@dataclass(frozen=True, slots=True)
class _Date:
    """A date field: one EDTF key in the document, three columns in the table."""

    key: str


# entity key -> (table, columns in document order); _Date expands to 3 columns
_ENTITY_COLUMNS: dict[str, tuple[str, tuple[str | _Date, ...]]] = {
    "organizations": (
        "organizations",
        ("id", "name", "kind", "city", "country", "parent_id", "description"),
    ),
    "sources": ("sources", ("id", "title", "publisher_id", "url", _Date("published"), "lang")),
    "people": (
        "people",
        (
            "id",
            "display_name",
            "sort_name",
            "gender",
            "region",
            "city",
            "status",
            "biography",
            _Date("birth"),
            _Date("status_since"),
        ),
    ),
    "relations": (
        "relations",
        (
            "id",
            "person_id",
            "kind",
            "other_person_id",
            "org_id",
            _Date("start"),
            _Date("end"),
            "note",
        ),
    ),
    "sentences": (
        "sentences",
        (
            "id",
            "person_id",
            "court_id",
            "judge_id",
            _Date("date"),
            "term_kind",
            "term_months",
            "term_text",
            "regime",
            "in_absentia",
            "adds_to_id",
            "note",
        ),
    ),
    "quotes": (
        "quotes",
        ("id", "speaker_id", "text", "lang", _Date("date"), "venue", "published_by_id"),
    ),
    "events": (
        "events",
        ("id", "kind", _Date("date"), "place", "org_id", "sentence_id", "description"),
    ),
    "figures": (
        "figures",
        ("id", "org_id", "description", "qualifier", "value", "value_high", "unit", _Date("date")),
    ),
}
# fields the documents may leave out, and what they mean then
_DEFAULTS: dict[str, Callable[[Doc], Any]] = {
    "sort_name": lambda d: sort_name(d["display_name"]),
    "status": lambda d: "unknown",
    "term_kind": lambda d: "prison",
    "qualifier": lambda d: "exact",
    "in_absentia": lambda d: 0,
}


def _column_names(columns: Sequence[str | _Date]) -> list[str]:
    names: list[str] = []
    for col in columns:
        if isinstance(col, _Date):
            names += [f"{col.key}_edtf", f"{col.key}_earliest", f"{col.key}_latest"]
        else:
            names.append(col)
    return names


def _row(doc: Doc, columns: Sequence[str | _Date]) -> list[Any]:
    row: list[Any] = []
    for col in columns:
        if isinstance(col, _Date):
            fd = dates.parse_optional(doc.get(col.key))
            row += [None, None, None] if fd is None else [fd.edtf, fd.earliest, fd.latest]
            continue
        value = doc.get(col)
        if value is None and col in _DEFAULTS:
            value = _DEFAULTS[col](doc)
        row.append(int(value) if isinstance(value, bool) else value)
    return row


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


def write_documents(db: Database, docs: Mapping[str, Sequence[Doc]]) -> None:
    """Insert validated interchange documents; the caller owns the transaction."""
    for key, (table, columns) in _ENTITY_COLUMNS.items():
        rows = [_row(doc, columns) for doc in docs.get(key, ())]
        _insert(db, table, _column_names(columns), rows)
    for table, (names, link_rows) in _children(docs).items():
        _insert(db, table, names, link_rows)
    citations = [
        (c["source_id"], entity_type, doc["id"], c.get("locator"), c.get("confidence") or "high")
        for key, entity_type in CITED_AS.items()
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
    """Surname first, in ASCII, case-folded: Ціханоўскі sorts beside Tsikhanouski."""
    words = anyascii(display_name).casefold().split()
    if len(words) > 1:
        words = [words[-1], *words[:-1]]
    return " ".join(words)


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


_ADDED_SENTENCE_END = f"""
    UPDATE sentences SET
        end_earliest = {_plus_months("b.end_earliest", "sentences.term_months")},
        end_latest = {_plus_months("b.end_latest", "sentences.term_months")}
    FROM sentences AS b
    WHERE sentences.adds_to_id = b.id AND sentences.term_months IS NOT NULL
      AND b.end_earliest IS NOT NULL AND b.end_latest IS NOT NULL
"""

REFRESH_DERIVED_SQL = (
    # sentence end = date + term (months) ...
    f"""
    UPDATE sentences SET
        end_earliest = CASE WHEN term_months IS NOT NULL AND date_earliest IS NOT NULL
            THEN {_plus_months("date_earliest", "term_months")} END,
        end_latest = CASE WHEN term_months IS NOT NULL AND date_latest IS NOT NULL
            THEN {_plus_months("date_latest", "term_months")} END
    """,
    # ... but a sentence added to an earlier one runs on from that one's end
    # (three passes cover chains of additions three deep)
    _ADDED_SENTENCE_END,
    _ADDED_SENTENCE_END,
    _ADDED_SENTENCE_END,
    # a release/pardon/death after the sentence ends the bar early
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


def refresh_derived(db: Database) -> None:
    """Recompute every derived column and table from the base data."""
    # these modules read what this derives, so they are imported here, not at the top
    from db.facets import store_unfiltered_counts
    from db.shown_names import store_name_order
    from db.summary import store_summaries
    from db.timeline import store_unfiltered_timeline

    for sql in REFRESH_DERIVED_SQL:
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
        problems.append(f"{table} row {rowid} refers to a missing {parent} entry")
    return problems


def finish(db: Database, *, vacuum: bool = True) -> None:
    """Make a freshly written archive compact, indexed and read-only friendly."""
    for table, _cols in schema.FTS_TABLES:
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')")
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode = DELETE")
    if vacuum:  # a file written in one pass has little to reclaim; VACUUM is ~9% of a 1M build
        db.execute("VACUUM")


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
        raise OutputError(
            f"{target}: a file with this name already exists. "
            "Choose another name or remove the file first.",
            path=target,
        )
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
            raise OutputError(
                f"{target}: the data refers to entries that do not exist: "
                + "; ".join(problems[:5]),
                path=target,
            )
        finish(db)
    except BaseException:
        db.close()
        partial.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(partial, target)
