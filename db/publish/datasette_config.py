"""Datasette settings for a publishable copy: `metadata.yml` and `datasette.yml`.

`datasette archive.db -m metadata.yml` (Datasette 0.65, the version the
`[publish]` extra pins) reads everything from metadata.yml: titles and
descriptions, the label column of each table (so a `person_id` shows the
person's name and links to them), facets for status, role, court and year,
the FTS5 table behind each table's search box, the list order the app uses,
and which derived tables to hide. `datasette.yml` holds the same settings in
the layout Datasette 1.x reads with `-c datasette.yml`.

The "find a person by any spelling" query comes from Kartoteka's Datasette
plugin (db/publish/datasette_plugin.py), which also registers the name folding
as SQL functions; see docs/PUBLISHING.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import yaml

from db.migrations import FTS_TABLES

DATABASE = "archive"
"""Datasette names a database after its file: OUT_DIR/archive.db is `archive`."""

_HIDDEN = (
    "people_order",
    "letter_recipients",
    "person_summary",
    "person_name_order",
    "facet_cache",
    "timeline_days",
    "timeline_bounds",
    "timeline_spans",
    "timeline_span_classes",
    "timeline_person_items",
    "search_names",
    "search_keys",
    "search_typos",
    "search_org_names",
    "search_vocab",
    "_sqlite_migrations",
)
"""Derived tables the app keeps for speed; nothing a web reader needs."""

_TABLES: dict[str, dict[str, Any]] = {
    "people": {
        "description": "One row per person. Search finds words in names and biographies; "
        "for any spelling of a name use the query 'find a person by any spelling'.",
        "label_column": "display_name",
        "sort": "sort_name",
        "facets": ["status", "gender", "region", "birth_year"],
    },
    "person_names": {
        "description": "Every spelling of every person's name, with its language and "
        "romanization system.",
        "label_column": "name",
        "facets": ["system", "lang"],
    },
    "person_roles": {
        "description": "What each person is (prisoner, journalist, judge …). Facet by role.",
        "facets": ["role"],
    },
    "person_years": {
        "description": "The years in which an event or sentence concerned each person. "
        "Facet by year.",
        "facets": ["year"],
        "sort_desc": "year",
    },
    "person_articles": {
        "description": "Which people were charged under which article of the criminal code.",
        "facets": ["article"],
    },
    "organizations": {
        "description": "Courts, prisons, media, state bodies and other organizations.",
        "label_column": "name",
        "facets": ["kind", "country"],
    },
    "org_names": {
        "description": "Other spellings of organizations' names.",
        "label_column": "name",
    },
    "sentences": {
        "description": "Court sentences: court, date, term, regime. Facet by court.",
        "label_column": "term_text",
        "facets": ["court_id", "term_kind", "in_absentia"],
        "sort_desc": "date_earliest",
    },
    "charges": {
        "description": "The articles each sentence was given under, in order.",
        "label_column": "article",
        "facets": ["article"],
    },
    "events": {
        "description": "Dated events: detained, sentenced, released, pardoned, exiled …",
        "label_column": "description",
        "facets": ["kind"],
        "sort_desc": "date_earliest",
    },
    "event_people": {"description": "Who each event concerns, and in which role."},
    "relations": {
        "description": "Links between people, and from people to organizations.",
        "facets": ["kind"],
    },
    "quotes": {
        "description": "Who said what, when and where it was published.",
        "label_column": "text",
        "facets": ["lang"],
    },
    "quote_subjects": {"description": "The people each quote is about."},
    "figures": {"description": "Counts reported by sources.", "label_column": "description"},
    "sources": {
        "description": "The sources every fact comes from.",
        "label_column": "title",
        "facets": ["publisher_id", "lang"],
    },
    "citations": {
        "description": "Which source supports which entry (entity_type, entity_id).",
        "facets": ["entity_type", "confidence"],
    },
    "meta": {"description": "About this archive, including what was redacted before publishing."},
    # format 2
    "recognitions": {
        "description": "Who recognized a person as a political prisoner, and when.",
        "facets": ["state", "by_id"],
    },
    "appeals": {
        "description": "Appeals against sentences and their outcome.",
        "facets": ["outcome", "court_id"],
    },
    "placements": {
        "description": "Where a person was held (custody history and transfers).",
        "facets": ["facility_id", "incommunicado"],
        "sort_desc": "start_earliest",
    },
    "attachments": {
        "description": "Portraits and other images kept in the archive.",
        "label_column": "caption",
        "facets": ["media_type"],
    },
}


def _table_settings(present: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
    """Settings per table; with `present`, only for the tables the archive has."""
    tables = {name: dict(settings) for name, settings in _TABLES.items()}
    for table, _columns in FTS_TABLES:
        entry = tables.setdefault(table, {})
        entry["fts_table"] = f"{table}_fts"
        entry["fts_pk"] = "pk"
        entry["searchmode"] = "raw"  # prefixes (tsikh*) and OR work as in the app
    for table in _HIDDEN:
        tables[table] = {"hidden": True}
    for table, _columns in FTS_TABLES:
        tables[f"{table}_fts"] = {"hidden": True}
    for table in ("search_names_fts", "search_org_names_fts", "search_vocab_tri"):
        tables[table] = {"hidden": True}
    for shadow in ("config", "content", "data", "docsize", "idx"):  # not external content
        tables[f"search_vocab_tri_{shadow}"] = {"hidden": True}
    if present is None:
        return tables
    return {table: settings for table, settings in tables.items() if table in present}


_CONFIG_KEYS = (
    "label_column",
    "sort",
    "sort_desc",
    "facets",
    "fts_table",
    "fts_pk",
    "searchmode",
    "hidden",
)


def datasette_metadata(
    meta: Mapping[str, Any], present: Collection[str] | None = None
) -> dict[str, Any]:
    """Everything Datasette 0.65 reads from `-m metadata.yml`."""
    title = str(meta.get("title") or "Kartoteka archive")
    publisher = meta.get("publisher")
    edition = " ".join(str(meta[k]) for k in ("edition", "edition_date") if meta.get(k))
    description = (
        "A publishable copy of this Kartoteka archive"
        + (f" (edition {edition}). " if edition else ". ")
        + "Entries and fields the publisher chose to withhold were removed before it was made; "
        "the meta table's 'redactions' row says what kinds of things were removed."
    )
    doc: dict[str, Any] = {"title": title, "description": description}
    if publisher:
        doc["source"] = str(publisher)
    doc["databases"] = {DATABASE: {"tables": _table_settings(present)}}
    return doc


def datasette_config(present: Collection[str] | None = None) -> dict[str, Any]:
    """The table settings in Datasette 1.x's `datasette.yml` layout (config, not metadata)."""
    tables = {
        name: {k: v for k, v in settings.items() if k in _CONFIG_KEYS}
        for name, settings in _table_settings(present).items()
    }
    return {
        "settings": {
            "default_page_size": 50,
            "sql_time_limit_ms": 2000,
            "facet_time_limit_ms": 500,
        },
        "databases": {DATABASE: {"tables": {n: t for n, t in tables.items() if t}}},
    }


def _table_names(archive_path: Path) -> set[str]:
    """The tables of the copy just written (this build's; read-only, closed at once)."""
    conn = sqlite3.connect(f"{archive_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {str(name) for (name,) in rows}


def _dump(doc: Mapping[str, Any]) -> str:
    return yaml.safe_dump(dict(doc), allow_unicode=True, sort_keys=False, width=100)


def write_datasette_files(folder: Path, archive_path: Path, docs: Mapping[str, Any]) -> list[str]:
    """Write metadata.yml and datasette.yml beside the copy (an exporter of db.publish)."""
    meta = docs.get("meta") or {}
    present = _table_names(archive_path)
    (folder / "metadata.yml").write_text(_dump(datasette_metadata(meta, present)), encoding="utf-8")
    header = "# Datasette 1.x: datasette archive.db -c datasette.yml -m metadata.yml\n"
    (folder / "datasette.yml").write_text(
        header + _dump(datasette_config(present)), encoding="utf-8"
    )
    return ["metadata.yml", "datasette.yml"]
