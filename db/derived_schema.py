"""Derived tables for the reader's summary and name order: one separate migration step.

These tables hold nothing an archive's publisher wrote: db.writer refills
them from the base tables on every build and import (db.summary and
db.shown_names compute them), so the step does not change the format
version. An archive written before this step lacks them and still opens;
the readers then work the same values out from the base tables.

* `person_summary`: each person's current case, total term, custody start
  and expected end, end of custody and place of custody (db.summary), and
  ranks for sorting by total term and by expected end.
* `person_name_order`: each person's rank in the list sorted by the name
  shown in Belarusian Cyrillic, Russian Cyrillic and Latin, with ICU
  collation for each (db.shown_names).
* `search_person_keys` (a second step): the name index's entries by person
  (db.search_index), so that name search reads a candidate's forms in one
  seek instead of seeking each form of each other query word.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from db.migrations import migrations

DERIVED_SCHEMA = """
CREATE TABLE person_summary (
    person_pk INTEGER PRIMARY KEY REFERENCES people(pk),
    sentence_ids TEXT NOT NULL DEFAULT '[]',
    term_kind TEXT,
    total_term_months INTEGER,
    term_complete INTEGER NOT NULL DEFAULT 0,
    in_absentia INTEGER NOT NULL DEFAULT 0,
    start_edtf TEXT, start_earliest TEXT, start_latest TEXT,
    start_basis TEXT,
    end_edtf TEXT, end_earliest TEXT, end_latest TEXT,
    released_edtf TEXT, released_earliest TEXT, released_latest TEXT,
    place_org_id TEXT,
    place_since_edtf TEXT, place_since_earliest TEXT, place_since_latest TEXT,
    by_total_term INTEGER,
    by_expected_end INTEGER
) STRICT;
CREATE UNIQUE INDEX person_summary_total_term ON person_summary(by_total_term);
CREATE UNIQUE INDEX person_summary_expected_end ON person_summary(by_expected_end);

CREATE TABLE person_name_order (
    person_pk INTEGER PRIMARY KEY REFERENCES people(pk),
    by_name_be INTEGER NOT NULL,
    by_name_ru INTEGER NOT NULL,
    by_name_latin INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX person_name_order_be ON person_name_order(by_name_be);
CREATE UNIQUE INDEX person_name_order_ru ON person_name_order(by_name_ru);
CREATE UNIQUE INDEX person_name_order_latin ON person_name_order(by_name_latin);
"""


@migrations(name="derived_0001_summary_and_name_order")
def derived_0001_summary_and_name_order(db: Database) -> None:
    """Add the derived summary and name-order tables (the format version stays)."""
    for statement in DERIVED_SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)


def source_files() -> tuple[Path, ...]:
    """The modules whose code decides what the derived tables hold (for cache keys)."""
    from db import shown_names, summary

    return (Path(__file__), Path(summary.__file__), Path(shown_names.__file__))


@migrations(name="derived_0002_timeline_spans")
def derived_0002_timeline_spans(db: Database) -> None:
    """Add the timeline's interval index (db.timeline_spans; the format version stays)."""
    from db.timeline_spans import SPANS_SCHEMA

    for statement in SPANS_SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="derived_0003_search_person_keys")
def derived_0003_search_person_keys(db: Database) -> None:
    """The name index by person (the format version stays; search works without it)."""
    from db.search_index import PERSON_KEYS_SQL, fill_person_keys

    db.execute(PERSON_KEYS_SQL)
    fill_person_keys(db)
