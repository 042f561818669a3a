"""db.people against real archive files, checked against a plain-Python oracle."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings

from db import writer
from db.connection import Archive, open_archive
from db.people import (
    get_rows,
    id_for_pk,
    is_filtered,
    list_people,
    people_filter,
    pk_for_id,
    total_people,
)
from db.records import NameScript, PeopleQuery, PersonId, PersonPk, SortKey
from tests.db.builders import (
    ARTICLES,
    COURTS,
    FIXTURE_META,
    STATUSES,
    PersonFacts,
    expected_ids,
    fixture_documents,
    people_queries,
    person_facts,
)

PEOPLE = 14


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[PersonFacts]]:
    docs = fixture_documents(PEOPLE)
    path = tmp_path_factory.mktemp("people") / "fixture.db"
    writer.build(path, FIXTURE_META, docs)
    return path, person_facts(docs)


@pytest.fixture(scope="module")
def archive(built: tuple[Path, list[PersonFacts]]) -> Iterator[Archive]:
    with open_archive(built[0]) as a:
        yield a


@pytest.fixture(scope="module")
def facts(built: tuple[Path, list[PersonFacts]]) -> list[PersonFacts]:
    return built[1]


def _ids(archive: Archive, q: PeopleQuery) -> list[str]:
    people = list_people(archive.db, q)
    return [r.id for r in get_rows(archive.db, people.pks(archive.db, 0, people.count))]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortKey))
def test_unfiltered_order_matches_python(
    archive: Archive, facts: list[PersonFacts], sort: SortKey, descending: bool
) -> None:
    q = PeopleQuery(sort=sort, descending=descending)
    people = list_people(archive.db, q)
    assert people.count == PEOPLE
    assert people.ordered_pks is None  # the rank path, not a materialized list
    assert _ids(archive, q) == expected_ids(facts, q)


@pytest.mark.parametrize("names", list(NameScript))
def test_unfiltered_name_order_in_each_script(
    archive: Archive, facts: list[PersonFacts], names: NameScript
) -> None:
    """Sorting by name follows the script names are shown in, through stored ranks."""
    q = PeopleQuery(names=names)
    people = list_people(archive.db, q)
    assert people.ordered_pks is None
    assert _ids(archive, q) == expected_ids(facts, q)
    filtered = PeopleQuery(names=names, statuses=("in_custody", "released"), descending=True)
    assert _ids(archive, filtered) == expected_ids(facts, filtered)


def test_same_name_ties_break_by_pk(archive: Archive, facts: list[PersonFacts]) -> None:
    twins = [f for f in facts if f.display_name == facts[2].display_name]
    assert len(twins) == 2
    order = _ids(archive, PeopleQuery())
    assert order.index(twins[0].id) + 1 == order.index(twins[1].id)
    back = _ids(archive, PeopleQuery(descending=True))
    assert back.index(twins[1].id) + 1 == back.index(twins[0].id)


_queries = people_queries(PEOPLE)


@settings(max_examples=150, deadline=None)
@given(q=_queries)
def test_filtered_lists_match_python(
    archive: Archive, facts: list[PersonFacts], q: PeopleQuery
) -> None:
    people = list_people(archive.db, q)
    expected = expected_ids(facts, q)
    assert people.count == len(expected)
    assert _ids(archive, q) == expected


@pytest.mark.parametrize(
    "q",
    [
        PeopleQuery(),
        PeopleQuery(sort=SortKey.TERM, descending=True),
        PeopleQuery(roles=("prisoner",), sort=SortKey.BIRTH),
        PeopleQuery(statuses=("released", "in_custody"), descending=True),
    ],
    ids=["unfiltered", "unfiltered-desc", "filtered", "filtered-desc"],
)
def test_every_page_is_a_slice_of_the_whole_list(archive: Archive, q: PeopleQuery) -> None:
    people = list_people(archive.db, q)
    whole = people.pks(archive.db, 0, people.count)
    assert len(whole) == people.count > 0
    for start in range(people.count + 1):
        for stop in range(start, people.count + 2):
            assert people.pks(archive.db, start, stop) == whole[start:stop]
    assert people.pks(archive.db, -5, 2) == whole[:2]
    assert people.pks(archive.db, 3, 1) == []
    assert people.pks(archive.db, people.count + 10, people.count + 20) == []


@pytest.mark.parametrize(
    "q",
    [
        PeopleQuery(),
        PeopleQuery(sort=SortKey.QUOTES, descending=True),
        PeopleQuery(regions=("Minsk",)),
        PeopleQuery(regions=("Minsk",), sort=SortKey.STATUS, descending=True),
    ],
    ids=["unfiltered", "unfiltered-desc", "filtered", "filtered-desc"],
)
def test_index_of_finds_members_only(
    archive: Archive, facts: list[PersonFacts], q: PeopleQuery
) -> None:
    people = list_people(archive.db, q)
    whole = people.pks(archive.db, 0, people.count)
    for row, pk in enumerate(whole):
        assert people.index_of(archive.db, pk) == row
    outside = {f.pk for f in facts} - set(whole)
    assert all(people.index_of(archive.db, PersonPk(pk)) is None for pk in outside)
    assert people.index_of(archive.db, PersonPk(10_000)) is None


def test_empty_results(archive: Archive) -> None:
    for q in (PeopleQuery(only_ids=()), PeopleQuery(statuses=("nonexistent",))):
        people = list_people(archive.db, q)
        assert people.count == 0
        assert people.pks(archive.db, 0, 10) == []
        assert people.index_of(archive.db, PersonPk(1)) is None


def test_only_ids_are_bound_not_spliced(archive: Archive) -> None:
    hostile = PersonId("p-0000000') OR 1=1 --")
    assert list_people(archive.db, PeopleQuery(only_ids=(hostile,))).count == 0
    q = PeopleQuery(only_ids=(PersonId("p-0000003"), hostile, PersonId("p-0000003")))
    assert _ids(archive, q) == ["p-0000003"]


def test_tags_alone_do_not_filter(archive: Archive) -> None:
    """Tags are resolved by the caller into only_ids; db.people ignores them."""
    q = PeopleQuery(tags=("follow-up",))
    assert not is_filtered(q)
    assert list_people(archive.db, q).count == PEOPLE
    assert is_filtered(PeopleQuery(year_to=2020))


def test_get_rows_keeps_the_order_asked_and_skips_unknown(
    archive: Archive, facts: list[PersonFacts]
) -> None:
    asked = [PersonPk(5), PersonPk(999), PersonPk(1), PersonPk(5), PersonPk(12)]
    rows = get_rows(archive.db, asked)
    assert [r.pk for r in rows] == [5, 1, 5, 12]
    assert get_rows(archive.db, []) == []
    by_pk = {f.pk: f for f in facts}
    for row in get_rows(archive.db, [PersonPk(f.pk) for f in facts]):
        f = by_pk[row.pk]
        assert (row.id, row.display_name, row.status) == (f.id, f.display_name, f.status)
        assert row.birth_year == f.birth_year
        assert row.latest_term_months == f.latest_term_months
        assert row.latest_event == f.latest_event
        assert row.quote_count == f.quote_count


def test_ids_and_pks(archive: Archive, facts: list[PersonFacts]) -> None:
    assert total_people(archive.db) == PEOPLE
    for f in facts:
        assert pk_for_id(archive.db, PersonId(f.id)) == f.pk
        assert id_for_pk(archive.db, PersonPk(f.pk)) == f.id
    assert pk_for_id(archive.db, PersonId("p-missing")) is None
    assert id_for_pk(archive.db, PersonPk(0)) is None


def test_a_list_pages_on_another_connection(archive: Archive) -> None:
    q = PeopleQuery(sort=SortKey.LATEST_EVENT)
    people = list_people(archive.db, q)
    other = archive.reopen()
    try:
        assert people.pks(other.db, 2, 9) == people.pks(archive.db, 2, 9)
    finally:
        other.close()


def test_stale_ranks_fall_back_to_the_people_columns(
    built: tuple[Path, list[PersonFacts]], tmp_path: Path
) -> None:
    """An archive whose people_order lost its last rows still lists everyone, in order."""
    path = tmp_path / "stale.db"
    shutil.copy(built[0], path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"DELETE FROM people_order WHERE by_name >= {PEOPLE - 3}")
    conn.close()
    with open_archive(path) as stale:
        for q in (PeopleQuery(sort=SortKey.BIRTH), PeopleQuery(descending=True)):
            people = list_people(stale.db, q)
            assert people.ordered_pks is not None
            assert people.count == PEOPLE
            assert _ids(stale, q) == expected_ids(built[1], q)


def test_empty_archive(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    writer.build(path, FIXTURE_META, {})
    with open_archive(path) as empty:
        people = list_people(empty.db, PeopleQuery())
        assert people.count == 0
        assert people.pks(empty.db, 0, 50) == []
        assert total_people(empty.db) == 0


@pytest.mark.parametrize("field", ["statuses", "regions", "roles", "court_ids", "articles"])
def test_each_filter_value_alone(archive: Archive, facts: list[PersonFacts], field: str) -> None:
    values = {
        "statuses": STATUSES,
        "regions": ("Minsk", "Homiel", "Brest"),
        "roles": ("prisoner", "blogger", "politician", "judge", "lawyer"),
        "court_ids": COURTS,
        "articles": ARTICLES,
    }[field]
    for value in values:
        q = PeopleQuery(**{field: (value,)})  # type: ignore[arg-type]
        expected = expected_ids(facts, q)
        assert expected, f"the fixture has nobody for {field}={value}"
        assert _ids(archive, q) == expected


def test_year_bounds_are_inclusive(archive: Archive, facts: list[PersonFacts]) -> None:
    for low in range(2017, 2027):
        for high in (None, low, low + 1, 2030):
            q = PeopleQuery(year_from=low, year_to=high)
            assert _ids(archive, q) == expected_ids(facts, q), (low, high)
        q = PeopleQuery(year_to=low)
        assert _ids(archive, q) == expected_ids(facts, q), low


def test_unknown_facet_name_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown facet 'status'"):
        people_filter(PeopleQuery(), exclude="status")


def test_relevance_keeps_the_order_of_only_ids(archive: Archive) -> None:
    """A search ranks people; the list keeps that order while filters still apply."""
    ranked = [PersonId(f"p-{n:07d}") for n in (9, 2, 11, 5, 2)]
    q = PeopleQuery(only_ids=tuple(ranked), sort=SortKey.RELEVANCE)
    assert _ids(archive, q) == ["p-0000009", "p-0000002", "p-0000011", "p-0000005"]
    back = PeopleQuery(only_ids=tuple(ranked), sort=SortKey.RELEVANCE, descending=True)
    assert _ids(archive, back) == ["p-0000005", "p-0000011", "p-0000002", "p-0000009"]
    assert _ids(archive, PeopleQuery(sort=SortKey.RELEVANCE)) == _ids(archive, PeopleQuery())


class _CountingCursor:
    """A cursor that counts the rows Python takes from it."""

    def __init__(self, cursor: sqlite3.Cursor, taken: list[int]) -> None:
        self._cursor, self._taken = cursor, taken

    def __iter__(self) -> Iterator[object]:
        for row in self._cursor:
            self._taken.append(1)
            yield row

    def fetchone(self) -> object:
        self._taken.append(1)
        return self._cursor.fetchone()

    def fetchall(self) -> list[object]:
        rows = self._cursor.fetchall()
        self._taken.extend([1] * len(rows))
        return rows


@pytest.mark.parametrize(
    "q",
    [
        PeopleQuery(statuses=("released", "in_custody"), descending=True),
        PeopleQuery(only_ids=tuple(f"p-{n:07d}" for n in range(PEOPLE)), sort=SortKey.RELEVANCE),
    ],
    ids=["filtered", "ranked"],
)
def test_a_list_takes_its_pks_in_one_row_not_one_per_person(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, q: PeopleQuery
) -> None:
    """A row per person held the GIL (450,000 of them at 1M) while the window waited."""
    taken: list[int] = []
    execute = archive.db.execute
    monkeypatch.setattr(
        archive.db, "execute", lambda *a, **k: _CountingCursor(execute(*a, **k), taken)
    )
    people = list_people(archive.db, q)
    monkeypatch.undo()
    assert people.count > 5
    assert len(taken) <= 5  # the count, the rank check: lookups, not a row per person
