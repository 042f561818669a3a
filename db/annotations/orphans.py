"""Linking a store to an archive: its identity, its entry ids, and orphans.

An annotation whose entry is missing from the archive (say a newer edition
dropped or merged a person) is an orphan. Orphans are listed so a person can
re-attach or delete them; they are never removed automatically.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from db.annotations.errors import AnnotationStoreError
from db.annotations.records import Annotation
from db.annotations.store import AnnotationStore
from db.connection import Archive
from db.entries import ENTRY_TABLES
from db.errors import ErrorKind

ARCHIVE_ID_SQL = "SELECT value FROM meta WHERE key = 'archive_id'"
EXISTING_IDS_SQL = " UNION ALL ".join(
    f"SELECT '{etype}' AS entity_type, id FROM {table}" for etype, table in ENTRY_TABLES.items()
)


def archive_identity(archive: Archive) -> str:
    """The archive's `meta.archive_id`, which stays the same across editions."""
    try:
        row = archive.db.execute(ARCHIVE_ID_SQL).fetchone()
    except sqlite3.Error as exc:
        raise AnnotationStoreError.of(
            ErrorKind.ARCHIVE_ID_UNREADABLE, archive.path, cause=exc
        ) from exc
    if row is None:
        raise AnnotationStoreError.of(ErrorKind.ARCHIVE_NO_ID, archive.path)
    return str(row[0])


def existing_entities(archive: Archive) -> set[tuple[str, str]]:
    """(entity_type, entity_id) of every annotatable entry in the archive."""
    return {(r[0], r[1]) for r in archive.db.execute(EXISTING_IDS_SQL).fetchall()}


def orphans(
    store: AnnotationStore,
    archive_id: str,
    existing: Archive | Collection[tuple[str, str]] | Collection[str],
) -> list[Annotation]:
    """Live annotations of `archive_id` whose entry is not in `existing`.

    `existing` is an open Archive, a set of (entity_type, entity_id) pairs, or
    a plain set of entity ids (when ids are unique across types).
    """
    if isinstance(existing, Archive):
        pairs = existing_entities(existing)
        return [
            a for a in store.annotations(archive_id) if (a.entity_type, a.entity_id) not in pairs
        ]
    items = list(existing)
    if items and isinstance(items[0], tuple):
        pairs = {(str(t), str(i)) for t, i in items}
        return [
            a for a in store.annotations(archive_id) if (a.entity_type, a.entity_id) not in pairs
        ]
    ids = {str(i) for i in items}
    return [a for a in store.annotations(archive_id) if a.entity_id not in ids]
