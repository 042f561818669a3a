"""db.facets: counts under all the other filters, labels and order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import pytest
from hypothesis import given, settings

from db import writer
from db.connection import Archive, open_archive
from db.facets import counts_among, facet_counts
from db.people import list_people
from db.records import FacetValue, PeopleQuery, PersonId
from tests.db.builders import (
    COURTS,
    FIXTURE_META,
    PersonFacts,
    fixture_documents,
    matches,
    people_queries,
    person_facts,
)

PEOPLE = 16
COURT_NAMES = {"org-court-minsk": "Minsk City Court", "org-court-homiel": "Homiel Regional Court"}


@pytest.fixture(scope="module")
def facts() -> list[PersonFacts]:
    return person_facts(fixture_documents(PEOPLE))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = tmp_path_factory.mktemp("facets") / "fixture.db"
    writer.build(path, FIXTURE_META, fixture_documents(PEOPLE))
    with open_archive(path) as a:
        yield a


def _expected(
    facts: list[PersonFacts],
    q: PeopleQuery,
    facet: str,
    values_of: Callable[[PersonFacts], Iterable[object]],
    selected: Iterable[str] = (),
) -> dict[str, int]:
    counts = Counter(
        str(v) for f in facts if matches(f, q, exclude=facet) for v in set(values_of(f))
    )
    for value in selected:
        counts.setdefault(value, 0)
    return dict(counts)


def _got(values: tuple[FacetValue, ...]) -> dict[str, int]:
    return {v.value: v.count for v in values}


@settings(max_examples=120, deadline=None)
@given(q=people_queries(PEOPLE))
def test_each_facet_counts_under_the_other_filters(
    archive: Archive, facts: list[PersonFacts], q: PeopleQuery
) -> None:
    got = facet_counts(archive.db, q)

    def region(f: PersonFacts) -> list[str]:
        return [f.region] if f.region else []

    assert _got(got.statuses) == _expected(facts, q, "statuses", lambda f: [f.status], q.statuses)
    assert _got(got.regions) == _expected(facts, q, "regions", region, q.regions)
    assert _got(got.roles) == _expected(facts, q, "roles", lambda f: f.roles, q.roles)
    assert _got(got.courts) == _expected(facts, q, "court_ids", lambda f: f.courts, q.court_ids)
    assert _got(got.articles) == _expected(facts, q, "articles", lambda f: f.articles, q.articles)
    assert _got(got.years) == _expected(facts, q, "years", lambda f: f.years)


@settings(max_examples=60, deadline=None)
@given(q=people_queries(PEOPLE))
def test_counts_among_groups_follow_every_filter(
    archive: Archive, facts: list[PersonFacts], q: PeopleQuery
) -> None:
    """Tag counts: people of each group (a tag's people) who match the list's query."""
    ids = [PersonId(f.id) for f in facts]
    groups = {"odd": ids[1::2], "first": ids[:3], "none": []}
    got = counts_among(archive.db, q, groups)
    by_id = {f.id: f for f in facts}
    expected = {k: sum(matches(by_id[p], q) for p in g) for k, g in groups.items()}
    assert got == expected


def test_a_facet_ignores_its_own_filter_only(archive: Archive) -> None:
    q = PeopleQuery(statuses=("released",))
    narrowed = facet_counts(archive.db, q)
    everyone = facet_counts(archive.db, PeopleQuery())
    assert narrowed.statuses == everyone.statuses
    assert sum(v.count for v in narrowed.roles) < sum(v.count for v in everyone.roles)
    # the status counts add up to the list each choice would show
    for v in everyone.statuses:
        assert v.count == list_people(archive.db, PeopleQuery(statuses=(v.value,))).count


def test_labels_and_order(archive: Archive) -> None:
    got = facet_counts(archive.db, PeopleQuery())
    assert [v.value for v in got.statuses] == [
        "in_custody",
        "released",
        "in_exile",
        "deceased",
        "unknown",
    ]
    assert [v.label for v in got.statuses][:2] == ["In custody", "Released"]
    assert {v.value: v.label for v in got.courts} == COURT_NAMES
    prisoner = next(v for v in got.roles if v.value == "prisoner")
    assert prisoner.label == "Political prisoner"
    article = next(v for v in got.articles if v.value == "411")
    assert article.label == "411 – disobedience to prison administration"
    years = [int(v.value) for v in got.years]
    assert years == sorted(years)
    for facet in (got.courts, got.articles, got.regions, got.roles):
        counts = [v.count for v in facet]
        assert counts == sorted(counts, reverse=True)
        assert all(v.count > 0 for v in facet)


def test_ticked_values_without_people_stay_listed(archive: Archive) -> None:
    q = PeopleQuery(
        court_ids=(COURTS[0], "org-gone"),
        roles=("envoy",),
        regions=("Nowhere",),
        only_ids=(PersonId("p-missing"),),
    )
    got = facet_counts(archive.db, q)
    courts = {v.value: v for v in got.courts}
    assert courts[COURTS[0]] == FacetValue(COURTS[0], COURT_NAMES[COURTS[0]], 0)
    assert courts["org-gone"] == FacetValue("org-gone", "org-gone", 0)
    assert got.roles == (FacetValue("envoy", "Envoy", 0),)
    assert got.regions == (FacetValue("Nowhere", "Nowhere", 0),)
    assert got.years == ()


def test_sample_archive_facets(sample_archive: Archive) -> None:
    got = facet_counts(sample_archive.db, PeopleQuery())
    statuses = {v.value: v.count for v in got.statuses}
    assert sum(statuses.values()) == list_people(sample_archive.db, PeopleQuery()).count
    assert statuses["released"] >= 1
    assert "411" in {v.value for v in got.articles}
    assert all(not v.label.startswith("org-") for v in got.courts)
