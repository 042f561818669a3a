"""Annotation store schema: the "kartoteka-annotations" migration set.

Separate from the archive's set, so that one SQLite tool can tell the two
kinds of file apart. Each step bumps `PRAGMA user_version`; a store with a
higher version, or with steps this build does not know, is refused rather
than guessed at.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from db.annotations.records import ENTITY_TYPES, KINDS

MIGRATION_SET = "kartoteka-annotations"
SCHEMA_VERSION = 4
"""`PRAGMA user_version` after all known steps; bump in each new step."""

TABLES = ("annotations", "tags", "history", "drafts", "store_meta", "recent")

migrations = Migrations(MIGRATION_SET)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


SCHEMA_V1 = f"""
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE tags (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    colour TEXT,
    merged_into TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    rev TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    archive_id TEXT NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN {_in(ENTITY_TYPES)}),
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {_in(KINDS)}),
    body TEXT NOT NULL DEFAULT '',
    field TEXT,
    original TEXT,
    tag_id TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    rev TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((kind = 'tag') = (tag_id IS NOT NULL)),
    CHECK ((kind = 'correction') = (field IS NOT NULL))
) STRICT;
CREATE INDEX annotations_entity
    ON annotations(archive_id, entity_type, entity_id, created_at, id);
CREATE INDEX annotations_tag ON annotations(tag_id) WHERE tag_id IS NOT NULL;

-- every revision of every annotation and tag, never deleted
CREATE TABLE history (
    seq INTEGER PRIMARY KEY,
    rev TEXT NOT NULL UNIQUE,
    change_id TEXT NOT NULL,
    item_table TEXT NOT NULL CHECK (item_table IN ('annotations', 'tags')),
    item_id TEXT NOT NULL,
    action TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    before TEXT,
    after TEXT
) STRICT;
CREATE INDEX history_item ON history(item_table, item_id, seq);

-- text being typed; one row per open editor, removed when the note is saved
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    archive_id TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    annotation_id TEXT,
    body TEXT NOT NULL,
    saved_at TEXT NOT NULL
) STRICT;
"""


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    """Annotations, tags, their history, drafts and store metadata."""
    for statement in SCHEMA_V1.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute("PRAGMA user_version = 1")


SCHEMA_V2 = """
ALTER TABLE annotations ADD COLUMN date TEXT;
ALTER TABLE annotations ADD COLUMN date_earliest TEXT;
ALTER TABLE annotations ADD COLUMN date_latest TEXT;
ALTER TABLE annotations ADD COLUMN date_span INTEGER;
CREATE INDEX annotations_dated ON annotations(archive_id, date_earliest)
    WHERE date_earliest IS NOT NULL AND kind = 'note' AND deleted = 0;
CREATE INDEX annotations_date_span ON annotations(archive_id, date_span)
    WHERE date_earliest IS NOT NULL AND kind = 'note' AND deleted = 0;
"""


@migrations(name="0002_note_dates")
def m0002_note_dates(db: Database) -> None:
    """The date a note is about (EDTF text, plus its day bounds for the timeline).

    The bounds and the span in days are derived from `date` on every write
    (db.dates.parse). The partial indexes hold only live dated notes: one
    finds the notes of a window, the other the longest span, which bounds
    how far before a window a note overlapping it can begin. Existing notes
    stay undated.
    """
    for statement in SCHEMA_V2.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute("PRAGMA user_version = 2")


SCHEMA_V3 = """
ALTER TABLE annotations ADD COLUMN reason TEXT CHECK (reason IS NULL OR kind = 'correction');
ALTER TABLE drafts ADD COLUMN date TEXT;
"""


@migrations(name="0003_correction_reasons")
def m0003_correction_reasons(db: Database) -> None:
    """A correction's reason in its own row; a draft keeps the date being typed.

    Corrections proposed before this step keep `reason` NULL (their reason,
    if any, is a separate note the viewer still reads). A draft's `date` is
    free text, not checked: it may hold a half-typed date.

    A step of its own rather than part of 0002: stores already migrated by
    0002 (screenshot and test stores, the backups taken of them) would never
    run 0002 again and would then lack these columns.
    """
    for statement in SCHEMA_V3.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute("PRAGMA user_version = 3")


SCHEMA_V4 = """
CREATE TABLE recent (
    kind TEXT NOT NULL CHECK (kind IN ('search', 'file')),
    value TEXT NOT NULL,
    used_at TEXT NOT NULL,
    PRIMARY KEY (kind, value)
) STRICT;
"""


@migrations(name="0004_recent_history")
def m0004_recent_history(db: Database) -> None:
    """Recent searches and opened archives, kept here rather than in the plain settings file.

    The store can be encrypted, and it is where a person's own words already
    live. These rows are no annotations: they have no history, are never
    exported, and backups leave them out (db.annotations.recent).
    """
    for statement in SCHEMA_V4.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute("PRAGMA user_version = 4")


def known_versions() -> list[str]:
    """Names of the migration steps this build knows, in order."""
    return [m.name for m in migrations._migrations]
