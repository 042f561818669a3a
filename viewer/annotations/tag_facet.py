"""The tag facet's data: which people each tag applies to, and the query it makes.

Tags live in the annotation store, not in the archive, so the list cannot
filter on them in SQL. The window runs `tag_facet` on the worker thread
(store reads through the worker's `StoreReader`, archive queries on its
archive connection) whenever the filters or the annotations change, keeps
the people per tag, and turns checked tags into `PeopleQuery.only_ids` here.
Tag counts follow the rule of the other facets (db.facets): people who
match every other active filter and the search, and carry the tag.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlite_utils import Database

from db.annotations import StoreReader
from db.annotations.lookup import tag_people
from db.facets import counts_among
from db.records import FacetValue, PeopleQuery, PersonId


@dataclass(frozen=True, slots=True)
class TagFacet:
    """Facet rows (value = tag id, count = tagged people), colours, and people per tag."""

    values: list[FacetValue] = field(default_factory=list)
    colours: dict[str, str | None] = field(default_factory=dict)
    people: dict[str, frozenset[PersonId]] = field(default_factory=dict)


def tag_facet(
    reader: StoreReader | None, archive_id: str | None, archive_db: Database, query: PeopleQuery
) -> TagFacet:
    """Every live tag with the number of people carrying it among those `query` leaves.

    `query` is the list's query without the tag filter (its `only_ids` the
    search result, not the checked tags' people). Runs on the worker thread.
    """
    if reader is None or archive_id is None:
        return TagFacet()
    people = {str(k): v for k, v in tag_people(reader, archive_id, archive_db).items()}
    tags = reader.tags()
    counts = counts_among(archive_db, dataclasses.replace(query, tags=()), people)
    values = [FacetValue(t.id, t.name, counts.get(t.id, 0)) for t in tags]
    values.sort(key=lambda v: (-v.count, v.label.casefold()))
    return TagFacet(values, {t.id: t.colour for t in tags}, people)


def restrict_to_tags(query: PeopleQuery, people: dict[str, frozenset[PersonId]]) -> PeopleQuery:
    """`query` limited to people carrying any checked tag (and still in `only_ids`)."""
    if not query.tags:
        return query
    tagged: set[PersonId] = set()
    for tag_id in query.tags:
        tagged |= people.get(tag_id, frozenset())
    if query.only_ids is not None:
        tagged &= set(query.only_ids)
    return dataclasses.replace(query, only_ids=tuple(sorted(tagged)))
