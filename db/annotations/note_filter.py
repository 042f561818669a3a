"""Dated notes under the people list's filter: what the timeline's Notes lane shows.

The store knows entries, the archive knows people. `DatedNoteIndex` reads
where every live dated note of an archive lies (one pass over the store's
partial index) and maps the notes' entries to people with the archive
(`db.entries.people_of_entries`), once per store change. `select` then
answers each filter of the list: it asks the archive which of the notes'
people match (`db.people.people_among`, a key look-up per person, so its cost
follows the notes, not the archive's million people) and keeps the notes
on an entry of one of them. Both run on a thread that holds the store
reader and the archive connection.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass

from sqlite_utils import Database

from db.annotations.reader import StoreReader
from db.annotations.store import AnnotationStore
from db.entries import people_of_entries
from db.people import people_among
from db.records import PeopleQuery, PersonId

Reads = AnnotationStore | StoreReader


@dataclass(frozen=True, slots=True)
class NoteSelection:
    """The dated notes a filter keeps: ids and ISO day bounds, oldest first."""

    ids: list[str]
    earliest: list[str]
    latest: list[str]
    reach: list[str]  # running maximum of `latest`, for finding a window's first note

    @classmethod
    def of(cls, ids: list[str], earliest: list[str], latest: list[str]) -> NoteSelection:
        return cls(ids, earliest, latest, list(itertools.accumulate(latest, max)))

    def days(self) -> list[tuple[str, int]]:
        """(ISO day, count) of where the kept notes begin, as `dated_note_days` gives them."""
        return sorted(Counter(self.earliest).items())

    def window(self, start: str, end: str, limit: int) -> list[str]:
        """Ids of the kept notes overlapping [start, end] (ISO days), oldest first, <= `limit`."""
        lo = bisect.bisect_left(self.reach, start)  # before it, every note ended before start
        hi = bisect.bisect_right(self.earliest, end)
        found: list[str] = []
        for i in range(lo, hi):
            if self.latest[i] >= start:
                found.append(self.ids[i])
                if len(found) >= limit:
                    break
        return found


class DatedNoteIndex:
    """Every live dated note of one archive, with the people its entry concerns."""

    def __init__(self, reads: Reads, archive_id: str, archive_db: Database) -> None:
        rows = reads.dated_note_spans(archive_id)
        entries: dict[tuple[str, str], int] = {}
        self._ids = [r[0] for r in rows]
        self._entry_of = [entries.setdefault((r[1], r[2]), len(entries)) for r in rows]
        self._earliest = [r[3] for r in rows]
        self._latest = [r[4] for r in rows]
        people = people_of_entries(archive_db, entries)
        none: frozenset[PersonId] = frozenset()
        self._entry_people = [people.get(entry, none) for entry in entries]
        self.people: list[str] = sorted(set().union(*self._entry_people))

    def __len__(self) -> int:
        return len(self._ids)

    def select(self, archive_db: Database, q: PeopleQuery) -> NoteSelection:
        """The notes on entries of people who match `q` (run it only when `q` filters)."""
        matched = people_among(archive_db, q, self.people) if self.people else frozenset()
        kept_entry = [not matched.isdisjoint(people) for people in self._entry_people]
        keep = [i for i, entry in enumerate(self._entry_of) if kept_entry[entry]]
        return NoteSelection.of(
            [self._ids[i] for i in keep],
            [self._earliest[i] for i in keep],
            [self._latest[i] for i in keep],
        )
