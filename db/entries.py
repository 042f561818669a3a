"""Which people an archive entry concerns: a sentence, quote, event or relation.

Annotations hang on entries of any type, but the people list filters people.
A tag or note on a sentence, quote, event or relation therefore counts for
the people that entry is about (the sentenced person, the speaker and the
people a quote is about, an event's people, both sides of a relation).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlite_utils import Database

from db.records import PersonId

_IDS = "(SELECT value FROM json_each(:ids))"
ENTRY_PEOPLE_SQL: dict[str, str] = {
    "person": f"SELECT id, id FROM people WHERE id IN {_IDS}",
    "sentence": f"SELECT id, person_id FROM sentences WHERE id IN {_IDS}",
    "quote": (
        f"SELECT id, speaker_id FROM quotes WHERE id IN {_IDS} AND speaker_id IS NOT NULL "
        f"UNION ALL SELECT quote_id, person_id FROM quote_subjects WHERE quote_id IN {_IDS}"
    ),
    "event": f"SELECT event_id, person_id FROM event_people WHERE event_id IN {_IDS}",
    "relation": (
        f"SELECT id, person_id FROM relations WHERE id IN {_IDS} "
        f"UNION ALL SELECT id, other_person_id FROM relations "
        f"WHERE id IN {_IDS} AND other_person_id IS NOT NULL"
    ),
}
"""entity_type -> (entry id, person id) rows; other types concern nobody in particular."""


def people_of_entries(
    db: Database, entries: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], frozenset[PersonId]]:
    """The people each (entity_type, entity_id) concerns; entries not in the archive are left out.

    One query per entity type, ids bound as one JSON array.
    """
    wanted: dict[str, set[str]] = defaultdict(set)
    for entity_type, entity_id in entries:
        if entity_type in ENTRY_PEOPLE_SQL:
            wanted[entity_type].add(entity_id)
    found: dict[tuple[str, str], set[PersonId]] = defaultdict(set)
    for entity_type, ids in wanted.items():
        rows = db.execute(ENTRY_PEOPLE_SQL[entity_type], {"ids": json.dumps(sorted(ids))})
        for entry_id, person_id in rows.fetchall():
            found[(entity_type, str(entry_id))].add(PersonId(str(person_id)))
    return {key: frozenset(people) for key, people in found.items()}


def person_names(db: Database, ids: Iterable[str]) -> dict[PersonId, str]:
    """Display names of people by id (unknown ids are left out); one query.

    For naming the entries annotations are on (the timeline's note tooltips).
    """
    rows = db.execute(
        f"SELECT id, display_name FROM people WHERE id IN {_IDS}", {"ids": json.dumps(sorted(ids))}
    )
    return {PersonId(str(pid)): str(name) for pid, name in rows.fetchall()}


def people_of(db: Database, entries: Iterable[tuple[str, str]]) -> frozenset[PersonId]:
    """Every person any of `entries` concerns, as one set."""
    people: set[PersonId] = set()
    for found in people_of_entries(db, entries).values():
        people |= found
    return frozenset(people)


ENTRY_TABLES: dict[str, str] = {
    "person": "people",
    "sentence": "sentences",
    "quote": "quotes",
    "event": "events",
    "source": "sources",
    "organization": "organizations",
    "relation": "relations",
    "figure": "figures",
}
"""entity_type -> the archive table holding entries of that type by stable id."""
EXISTING_SQL = {
    etype: f"SELECT id FROM {table} WHERE id IN {_IDS}" for etype, table in ENTRY_TABLES.items()
}


def existing_entries(db: Database, entries: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of `entries` that the archive holds (indexed look-ups, not a scan of the archive)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for entity_type, entity_id in entries:
        if entity_type in EXISTING_SQL:
            wanted[entity_type].add(entity_id)
    found: set[tuple[str, str]] = set()
    for entity_type, ids in wanted.items():
        rows = db.execute(EXISTING_SQL[entity_type], {"ids": json.dumps(sorted(ids))})
        found.update((entity_type, str(r[0])) for r in rows.fetchall())
    return found
