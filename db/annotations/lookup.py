"""Reading the store for the people list: tag use, tagged entries, note search.

The store knows entries, not people: these functions answer in
(entity_type, entity_id) pairs, and `db.entries.people_of_entries` turns
those into people with the archive. Note search folds text the way person
names are folded (`db.names.fold_words`: case, accents, stress marks, script
and spelling variants do not matter), so a note in Cyrillic is found by a
Latin query. It scans the live notes of one archive in Python (about 45 ms
for 10,000 notes on the dev VM; see bench/bench_annotations.py),
so the viewer calls these on its worker thread with a `StoreReader`.
"""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from db.annotations.reader import StoreReader
from db.annotations.records import TagId
from db.annotations.store import AnnotationStore
from db.entries import people_of_entries
from db.names import fold_words
from db.query_language import Term, parse
from db.records import PersonId

Entry = tuple[str, str]  # (entity_type, entity_id)
Reads = AnnotationStore | StoreReader
"""The store itself (its own thread), or a reader of it (a worker thread)."""

TAG_USE_SQL = """
SELECT tag_id, COUNT(*) AS n FROM annotations
WHERE kind = 'tag' AND deleted = 0 AND (:archive_id IS NULL OR archive_id = :archive_id)
GROUP BY tag_id
"""
TAG_LINKS_SQL = """
SELECT a.tag_id, a.entity_type, a.entity_id FROM annotations a
JOIN tags t ON t.id = a.tag_id AND t.deleted = 0
WHERE a.archive_id = :archive_id AND a.kind = 'tag' AND a.deleted = 0
"""
TEXTS_SQL = """
SELECT a.entity_type, a.entity_id,
       CASE WHEN a.kind = 'tag' THEN t.name
            WHEN a.reason IS NOT NULL THEN a.body || char(10) || a.reason
            ELSE a.body END AS text
FROM annotations a
LEFT JOIN tags t ON t.id = a.tag_id AND t.deleted = 0
WHERE a.archive_id = :archive_id AND a.deleted = 0
  AND (a.kind IN ('note', 'correction') OR t.id IS NOT NULL)
"""


def tag_use(store: Reads, archive_id: str | None = None) -> dict[TagId, int]:
    """How many entries carry each live tag (in one archive, or in all)."""
    rows = store._query(TAG_USE_SQL, {"archive_id": archive_id})
    return {TagId(r["tag_id"]): int(r["n"]) for r in rows}


def tagged_entries(store: Reads, archive_id: str) -> dict[TagId, set[Entry]]:
    """The entries of one archive that carry each live tag."""
    found: dict[TagId, set[Entry]] = defaultdict(set)
    for r in store._query(TAG_LINKS_SQL, {"archive_id": archive_id}):
        found[TagId(r["tag_id"])].add((r["entity_type"], r["entity_id"]))
    return dict(found)


def tag_people(
    store: Reads, archive_id: str, archive_db: Database
) -> dict[TagId, frozenset[PersonId]]:
    """The people of the archive each live tag applies to.

    A tag on a person counts for that person; a tag on a sentence, quote,
    event or relation counts for the people that entry concerns.
    """
    by_tag = tagged_entries(store, archive_id)
    people = people_of_entries(archive_db, {e for entries in by_tag.values() for e in entries})
    return {
        tag_id: frozenset(p for e in entries for p in people.get(e, ()))
        for tag_id, entries in by_tag.items()
    }


def _keys(words: tuple[str, ...]) -> list[str]:
    return [k for w in words for k in fold_words(w)]


def _matches(keys: set[str], include: list[str], exclude: list[str]) -> bool:
    if any(k in keys for k in exclude):
        return False
    return all(k in keys or any(have.startswith(k) for have in keys) for k in include)


def _term_keys(terms: tuple[Term, ...]) -> list[str]:
    return [k for t in terms for k in _keys(t.words)]


def matching_entries(store: Reads, archive_id: str, text: str) -> set[Entry]:
    """Entries whose notes, corrections (value or reason) or tag names match a query.

    Words are ANDed (each may be the start of a word), `OR` and `NOT`/`-word`
    work as in the search box. Queries with filters (`status:` …) match no
    notes: a note cannot tell whether its person meets the filter.
    """
    parsed = parse(text)
    if parsed.filters.any():
        return set()
    alternatives = [
        (_term_keys(alt.include), _term_keys(alt.exclude))
        for alt in parsed.alternatives
        if alt.include
    ]
    alternatives = [(inc, exc) for inc, exc in alternatives if inc]
    if not alternatives:
        return set()
    per_entry: dict[Entry, set[str]] = defaultdict(set)
    for r in store._query(TEXTS_SQL, {"archive_id": archive_id}):
        per_entry[(r["entity_type"], r["entity_id"])].update(fold_words(r["text"] or ""))
    return {
        entry
        for entry, keys in per_entry.items()
        if any(_matches(keys, inc, exc) for inc, exc in alternatives)
    }
