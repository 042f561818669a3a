"""Facet counts for the filter sidebar: how many people each choice would show.

The usual rule: each facet is counted under all the *other* active filters,
so ticking a second status widens the list and the status counts do not
collapse to the ticked ones. `only_ids` (a search result, or resolved tags)
always applies. Counts are of distinct people; a person with two sentences
at one court counts once there. Values that are ticked but have no people
left are still listed (count 0) so that the sidebar can show them unticked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, TypeVar

from sqlite_utils import Database

from db import migrations as schema
from db.info import ROLE_LABELS, STATUS_LABELS, label
from db.people import people_filter
from db.records import Facets, FacetValue, PeopleQuery, PersonId
from db.untrusted import whole_number

K = TypeVar("K")

# "{where}" filters `people p`; "{member:X}" is "X is one of the filtered people".
_STATUS_SQL = "SELECT p.status, COUNT(*) FROM people p WHERE {where} GROUP BY p.status"
_REGION_SQL = (
    "SELECT p.region, COUNT(*) FROM people p WHERE p.region IS NOT NULL AND {where} "
    "GROUP BY p.region"
)
_ROLE_SQL = "SELECT r.role, COUNT(*) FROM person_roles r WHERE {member} GROUP BY r.role"
_YEAR_SQL = "SELECT y.year, COUNT(*) FROM person_years y WHERE {member} GROUP BY y.year"
_COURT_SQL = (
    "SELECT s.court_id, COALESCE(o.name, s.court_id), COUNT(DISTINCT s.person_id) "
    "FROM sentences s LEFT JOIN organizations o ON o.id = s.court_id "
    "WHERE s.court_id IS NOT NULL AND {member} GROUP BY s.court_id"
)
_ARTICLE_SQL = (
    "SELECT a.article, "
    "(SELECT MIN(c.article_text) FROM charges c WHERE c.article = a.article), COUNT(*) "
    "FROM person_articles a WHERE {member} GROUP BY a.article"
)
_MEMBER_COLUMN = {
    _ROLE_SQL: "r.person_id",
    _YEAR_SQL: "y.person_id",
    _COURT_SQL: "s.person_id",
    _ARTICLE_SQL: "a.person_id",
}
# facet -> its SQL; the unfiltered answers are stored in facet_cache at build time
_FACET_SQL = {
    "statuses": _STATUS_SQL,
    "regions": _REGION_SQL,
    "roles": _ROLE_SQL,
    "years": _YEAR_SQL,
    "court_ids": _COURT_SQL,
    "articles": _ARTICLE_SQL,
}
_LABELLED = ("court_ids", "articles")  # rows are (value, label, count), others (value, count)
_LABELS_SQL = "SELECT id, name FROM organizations WHERE id IN (SELECT value FROM json_each(:ids))"
_AMONG_SQL = (
    "SELECT COUNT(*) FROM people p "
    "WHERE p.id IN (SELECT value FROM json_each(:g_among)) AND {where}"
)


def _counts(db: Database, sql: str, q: PeopleQuery, facet: str) -> list[tuple[Any, ...]]:
    """Rows of a facet's GROUP BY under every filter of `q` but the facet's own."""
    where, params = people_filter(q, exclude=facet)
    if where == "1":
        cached = db.execute(
            "SELECT value, label, count FROM facet_cache WHERE facet = ?", [facet]
        ).fetchall()
        typed = [_from_cache(facet, *row) for row in cached]
        usable = [row for row in typed if row is not None]
        if usable and len(usable) == len(typed):
            return usable
        # an empty cache, or one holding what this build never writes: count afresh
    member = "1"
    if where != "1" and sql in _MEMBER_COLUMN:
        member = f"{_MEMBER_COLUMN[sql]} IN (SELECT p.id FROM people p WHERE {where})"
    rows: list[tuple[Any, ...]] = []
    for row in db.execute(sql.format(where=where, member=member), params):
        text = row[1] if facet in _LABELLED else None
        # base tables are untrusted too: a row of another type is left out
        counted = None if row[0] is None else _from_cache(facet, str(row[0]), text, row[-1])
        if counted is not None:
            rows.append(counted)
    return rows


def _from_cache(facet: str, value: object, text: object, n: object) -> tuple[Any, ...] | None:
    """A facet_cache row as `_counts` gives it, or None if the file holds something else."""
    count = whole_number(n, minimum=0)
    if count is None or not isinstance(value, str) or not (text is None or isinstance(text, str)):
        return None
    if facet in _LABELLED:
        return (value, text, count)
    if facet == "years":
        year = value.lstrip("-")
        return (int(value), count) if year.isascii() and year.isdigit() and len(year) < 6 else None
    return (value, count)


def store_unfiltered_counts(db: Database) -> None:
    """Fill facet_cache with every facet's unfiltered counts (build time only)."""
    db.execute("DELETE FROM facet_cache")
    rows = []
    for facet, sql in _FACET_SQL.items():
        for row in _counts(db, sql, PeopleQuery(), facet):
            value, text = (row[0], row[1]) if facet in _LABELLED else (row[0], None)
            rows.append((facet, str(value), text, row[-1]))
    db.conn.executemany(
        "INSERT INTO facet_cache(facet, value, label, count) VALUES (?, ?, ?, ?)", rows
    )


def _values(
    counted: Iterable[tuple[str, str, int]],
    selected: Iterable[str],
    key: Callable[[FacetValue], Any],
    label_of: Callable[[str], str] = str,
) -> tuple[FacetValue, ...]:
    """FacetValues sorted by `key`, with ticked values that have no people as 0."""
    out = {value: FacetValue(value=value, label=text, count=n) for value, text, n in counted}
    for value in selected:
        if value not in out:
            out[value] = FacetValue(value=value, label=label_of(value), count=0)
    return tuple(sorted(out.values(), key=key))


def _by_count(v: FacetValue) -> tuple[int, str, str]:
    return (-v.count, v.label.casefold(), v.value)


def _article_label(article: str, text: str | None) -> str:
    return f"{article} – {text}" if text else article


def facet_counts(db: Database, q: PeopleQuery) -> Facets:
    """Each facet's values and counts under all the other active filters."""
    status_order = {s: i for i, s in enumerate(schema.PERSON_STATUSES)}
    statuses = _values(
        ((s, label(STATUS_LABELS, s), n) for s, n in _counts(db, _STATUS_SQL, q, "statuses")),
        q.statuses,
        key=lambda v: (status_order.get(v.value, len(status_order)), v.value),
        label_of=lambda code: label(STATUS_LABELS, code),
    )
    courts = _counts(db, _COURT_SQL, q, "court_ids")
    missing = sorted(set(q.court_ids) - {r[0] for r in courts})
    court_names: dict[str, str] = {}
    if missing:
        ids = json.dumps(missing, ensure_ascii=False)
        court_names = {r[0]: r[1] for r in db.execute(_LABELS_SQL, {"ids": ids})}
    articles = _counts(db, _ARTICLE_SQL, q, "articles")
    return Facets(
        statuses=statuses,
        courts=_values(
            ((c, name, n) for c, name, n in courts),
            q.court_ids,
            _by_count,
            label_of=lambda c: court_names.get(c, c),
        ),
        articles=_values(
            ((a, _article_label(a, t), n) for a, t, n in articles), q.articles, _by_count
        ),
        years=_values(
            ((str(y), str(y), n) for y, n in _counts(db, _YEAR_SQL, q, "years")),
            (),
            key=lambda v: int(v.value),
        ),
        regions=_values(
            ((r, r, n) for r, n in _counts(db, _REGION_SQL, q, "regions")), q.regions, _by_count
        ),
        roles=_values(
            ((r, label(ROLE_LABELS, r), n) for r, n in _counts(db, _ROLE_SQL, q, "roles")),
            q.roles,
            _by_count,
            label_of=lambda code: label(ROLE_LABELS, code),
        ),
    )


def counts_among(
    db: Database, q: PeopleQuery, groups: Mapping[K, Collection[PersonId]]
) -> dict[K, int]:
    """How many people of each group match `q`: counts for a facet kept outside the archive.

    Tags live in the annotation store, so the caller resolves each tag to its
    people and asks here; `q` is the list's query without the facet's own
    filter, which gives tags the same rule as the other facets. Groups hold
    people of this archive.
    """
    where, params = people_filter(q)
    counts: dict[K, int] = {}
    for key, people in groups.items():
        if not people or where == "1":
            counts[key] = len(people)
            continue
        among = {**params, "g_among": json.dumps(sorted(people), ensure_ascii=False)}
        counts[key] = int(db.execute(_AMONG_SQL.format(where=where), among).fetchone()[0])
    return counts
