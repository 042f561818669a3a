"""Notes and tags found by the main search box.

The archive search (db.search) cannot see annotations: they live in another
file. So the search job, on the worker thread, also matches the query
against the store through the worker's read-only `StoreReader` (~80 ms at
10,000 notes, too long for the GUI thread), maps the matching entries to
people on the worker's archive connection and adds them to the archive's
result.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from db.annotations import StoreReader
from db.annotations.lookup import Entry, matching_entries
from db.entries import people_of

R = TypeVar("R")


def note_entries(reader: StoreReader | None, archive_id: str | None, text: str) -> frozenset[Entry]:
    """Entries of the archive whose notes, corrections or tag names match `text`.

    Runs on the worker thread; None for a missing store or archive identity.
    """
    if reader is None or archive_id is None or not text.strip():
        return frozenset()
    return frozenset(matching_entries(reader, archive_id, text))


def with_annotated_people(result: R, db: Database, entries: frozenset[Entry]) -> R:
    """`result` (a db.search.SearchResult) with the people of `entries` appended.

    Runs on the worker thread (archive reads only). People already found keep
    their rank; the others follow in id order, and the notice says how many
    came from annotations.
    """
    if not entries:
        return result
    found = tuple(getattr(result, "person_ids", ()))
    extra = sorted(people_of(db, entries) - set(found))
    if not extra:
        return result
    note = QCoreApplication.translate("note_search", "{n} more through notes or tags.").format(
        n=len(extra)
    )
    notice = getattr(result, "notice", None)
    return dataclasses.replace(
        result,  # type: ignore[type-var]
        person_ids=found + tuple(extra),
        notice=f"{notice} {note}" if notice else note,
        suggestion=None,
    )
