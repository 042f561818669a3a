"""The tag facet's data: which people each tag applies to, and the query it makes.

Tags live in the annotation store, not in the archive, so the list cannot
filter on them in SQL. The window asks `tag_people` once per change (store
reads plus one archive query per entry type, a few milliseconds), keeps the
result, and turns checked tags into `PeopleQuery.only_ids` here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlite_utils import Database

from db.annotations.lookup import tag_people
from db.records import FacetValue, PeopleQuery, PersonId
from viewer.annotations.session import AnnotationSession


@dataclass(frozen=True, slots=True)
class TagFacet:
    """Facet rows (value = tag id, count = tagged people), colours, and people per tag."""

    values: list[FacetValue] = field(default_factory=list)
    colours: dict[str, str | None] = field(default_factory=dict)
    people: dict[str, frozenset[PersonId]] = field(default_factory=dict)


def tag_facet(session: AnnotationSession, archive_db: Database | None) -> TagFacet:
    """Every live tag with the number of people of the open archive carrying it."""
    store, archive_id = session.store, session.archive_id
    if store is None or archive_id is None or archive_db is None:
        return TagFacet()
    people = {str(k): v for k, v in tag_people(store, archive_id, archive_db).items()}
    tags = store.tags()
    values = [FacetValue(t.id, t.name, len(people.get(t.id, ()))) for t in tags]
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
