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
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from anyascii import anyascii
from sqlite_utils import Database

from db import dates
from db import migrations as schema
from db.errors import OutputError

Doc = Mapping[str, Any]

META_KEYS = ("title", "publisher", "edition", "edition_date", "languages", "synthetic")


def create_archive(path: str | Path, meta: Mapping[str, Any], *, overwrite: bool = False) -> Database:
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
        raise OutputError(
            f"{target}: the folder {target.parent} does not exist.", path=target
        )
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


def _d(doc: Doc, key: str) -> tuple[str | None, str | None, str | None]:
    fd = dates.parse_optional(doc.get(key))
    if fd is None:
        return (None, None, None)
    return (fd.edtf, fd.earliest, fd.latest)


def _citations(entity_type: str, entity_id: str, doc: Doc) -> list[tuple[Any, ...]]:
    return [
        (
            c["source_id"],
            entity_type,
            entity_id,
            c.get("locator"),
            c.get("confidence") or "high",
        )
        for c in doc.get("citations") or ()
    ]


def _insert(db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
    )


def _id_of(entry: Any, key: str) -> str:
    return entry if isinstance(entry, str) else entry[key]


def write_documents(db: Database, docs: Mapping[str, Sequence[Doc]]) -> None:
    """Insert validated interchange documents; the caller owns the transaction."""
    cites: list[tuple[Any, ...]] = []
    orgs = docs.get("organizations", ())
    _insert(
        db,
        "organizations",
        ("id", "name", "kind", "city", "country", "parent_id", "description"),
        (
            (o["id"], o["name"], o["kind"], o.get("city"), o.get("country"),
             o.get("parent_id"), o.get("description"))
            for o in orgs
        ),
    )
    _insert(
        db,
        "org_names",
        ("org_id", "name", "lang", "system"),
        ((o["id"], n["name"], n["lang"], n.get("system", "native")) for o in orgs for n in o.get("names") or ()),
    )
    for o in orgs:
        cites += _citations("organization", o["id"], o)

    sources = docs.get("sources", ())
    _insert(
        db,
        "sources",
        ("id", "title", "publisher_id", "url", "published_edtf", "published_earliest",
         "published_latest", "lang"),
        ((s["id"], s["title"], s.get("publisher_id"), s.get("url"), *_d(s, "published"), s.get("lang"))
         for s in sources),
    )

    people = docs.get("people", ())
    _insert(
        db,
        "people",
        ("id", "display_name", "sort_name", "gender", "region", "city", "status", "biography",
         "birth_edtf", "birth_earliest", "birth_latest",
         "status_since_edtf", "status_since_earliest", "status_since_latest"),
        (
            (p["id"], p["display_name"], p.get("sort_name") or sort_name(p["display_name"]),
             p.get("gender"), p.get("region"), p.get("city"), p.get("status") or "unknown",
             p.get("biography"), *_d(p, "birth"), *_d(p, "status_since"))
            for p in people
        ),
    )
    _insert(
        db,
        "person_names",
        ("person_id", "name", "lang", "system", "note"),
        ((p["id"], n["name"], n["lang"], n.get("system", "native"), n.get("note"))
         for p in people for n in p.get("names") or ()),
    )
    _insert(
        db,
        "person_roles",
        ("person_id", "role"),
        ((p["id"], r) for p in people for r in dict.fromkeys(p.get("roles") or ())),
    )
    for p in people:
        cites += _citations("person", p["id"], p)

    relations = docs.get("relations", ())
    _insert(
        db,
        "relations",
        ("id", "person_id", "kind", "other_person_id", "org_id",
         "start_edtf", "start_earliest", "start_latest", "end_edtf", "end_earliest", "end_latest",
         "note"),
        ((r["id"], r["person_id"], r["kind"], r.get("other_person_id"), r.get("org_id"),
          *_d(r, "start"), *_d(r, "end"), r.get("note")) for r in relations),
    )
    for r in relations:
        cites += _citations("relation", r["id"], r)

    sentences = docs.get("sentences", ())
    _insert(
        db,
        "sentences",
        ("id", "person_id", "court_id", "judge_id", "date_edtf", "date_earliest", "date_latest",
         "term_kind", "term_months", "term_text", "regime", "in_absentia", "adds_to_id", "note"),
        ((s["id"], s["person_id"], s.get("court_id"), s.get("judge_id"), *_d(s, "date"),
          s.get("term_kind") or "prison", s.get("term_months"), s.get("term_text"),
          s.get("regime"), 1 if s.get("in_absentia") else 0, s.get("adds_to_id"), s.get("note"))
         for s in sentences),
    )
    _insert(
        db,
        "charges",
        ("sentence_id", "position", "article", "article_text"),
        ((s["id"], i, c["article"], c.get("article_text"))
         for s in sentences for i, c in enumerate(s.get("charges") or ())),
    )
    for s in sentences:
        cites += _citations("sentence", s["id"], s)

    quotes = docs.get("quotes", ())
    _insert(
        db,
        "quotes",
        ("id", "speaker_id", "text", "lang", "date_edtf", "date_earliest", "date_latest",
         "venue", "published_by_id"),
        ((q["id"], q.get("speaker_id"), q["text"], q["lang"], *_d(q, "date"), q.get("venue"),
          q.get("published_by_id")) for q in quotes),
    )
    _insert(
        db,
        "quote_subjects",
        ("quote_id", "person_id"),
        ((q["id"], pid) for q in quotes for pid in dict.fromkeys(q.get("about") or ())),
    )
    for q in quotes:
        cites += _citations("quote", q["id"], q)

    events = docs.get("events", ())
    _insert(
        db,
        "events",
        ("id", "kind", "date_edtf", "date_earliest", "date_latest", "place", "org_id",
         "sentence_id", "description"),
        ((e["id"], e["kind"], *_d(e, "date"), e.get("place"), e.get("org_id"),
          e.get("sentence_id"), e["description"]) for e in events),
    )
    _insert(
        db,
        "event_people",
        ("event_id", "person_id", "role"),
        ((e["id"], _id_of(p, "person_id"), None if isinstance(p, str) else p.get("role"))
         for e in events for p in e.get("people") or ()),
    )
    for e in events:
        cites += _citations("event", e["id"], e)

    figures = docs.get("figures", ())
    _insert(
        db,
        "figures",
        ("id", "org_id", "description", "qualifier", "value", "value_high", "unit",
         "date_edtf", "date_earliest", "date_latest"),
        ((f["id"], f.get("org_id"), f["description"], f.get("qualifier") or "exact", f["value"],
          f.get("value_high"), f["unit"], *_d(f, "date")) for f in figures),
    )
    for f in figures:
        cites += _citations("figure", f["id"], f)

    _insert(
        db,
        "citations",
        ("source_id", "entity_type", "entity_id", "locator", "confidence"),
        cites,
    )


def sort_name(display_name: str) -> str:
    """Surname first, in ASCII, case-folded: Ціханоўскі sorts beside Tsikhanouski."""
    words = anyascii(display_name).casefold().split()
    if len(words) > 1:
        words = [words[-1], *words[:-1]]
    return " ".join(words)


REFRESH_DERIVED_SQL = (
    # sentence end = date + term (months); release events override below
    """
    UPDATE sentences SET
        end_earliest = CASE WHEN term_months IS NOT NULL AND date_earliest IS NOT NULL
            THEN date(date_earliest, '+' || term_months || ' months') END,
        end_latest = CASE WHEN term_months IS NOT NULL AND date_latest IS NOT NULL
            THEN date(date_latest, '+' || term_months || ' months') END
    """,
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
        birth_year = CAST(substr(birth_earliest, 1, 4) AS INTEGER),
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
    for sql in REFRESH_DERIVED_SQL:
        db.execute(sql)


def check_references(db: Database) -> list[str]:
    """Dangling references, as plain sentences (empty when all is well)."""
    problems = []
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        table, rowid, parent, _fk = row
        problems.append(f"{table} row {rowid} refers to a missing {parent} entry")
    return problems


def finish(db: Database) -> None:
    """Make a freshly written archive compact, indexed and read-only friendly."""
    for table, _cols in schema.FTS_TABLES:
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')")
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("VACUUM")


def build(path: str | Path, meta: Mapping[str, Any], docs: Mapping[str, Sequence[Doc]], *,
          overwrite: bool = False) -> None:
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
