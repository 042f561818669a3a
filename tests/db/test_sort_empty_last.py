"""Sorting by a column some people have no value in: the empty ones last, either direction.

Ascending already put them last; descending reversed the whole rank order and
put them first (a man with no known sentence topped "Total term, longest
first"). Checked for every sortable column that can be empty, unfiltered (the
precomputed ranks) and filtered (an SQL sort), with and without the derived
summary table.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.connection import Archive, open_archive
from db.generate import generate_archive
from db.people import get_rows, list_people
from db.records import PeopleQuery, PersonPk, SortKey

VALUES = {
    SortKey.TOTAL_TERM: "SELECT person_pk, total_term_months FROM person_summary",
    SortKey.EXPECTED_END: "SELECT person_pk, end_earliest FROM person_summary",
    SortKey.TERM: "SELECT pk, latest_term_months FROM people",
    SortKey.BIRTH: "SELECT pk, birth_year FROM people",
    SortKey.LATEST_EVENT: "SELECT pk, latest_event_earliest FROM people",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = tmp_path_factory.mktemp("sort") / "sort.db"
    generate_archive(path, 400, seed=3)
    with open_archive(path) as opened:
        yield opened


def _order(archive: Archive, q: PeopleQuery) -> list[PersonPk]:
    plist = list_people(archive.db, q)
    pks = plist.pks(archive.db, 0, 150) + plist.pks(archive.db, 150, plist.count)
    assert len(pks) == plist.count
    for row, pk in enumerate(pks[::37]):
        assert plist.index_of(archive.db, pk) == row * 37
    return pks


@pytest.mark.parametrize("sort", list(VALUES))
@pytest.mark.parametrize("filtered", [False, True])
def test_empty_values_sort_last_descending_too(
    archive: Archive, sort: SortKey, filtered: bool
) -> None:
    values = dict(archive.db.execute(VALUES[sort]))
    empty = {pk for pk, value in values.items() if value is None}
    assert empty, "the generated archive has people without this value"
    assert len(empty) < len(values)
    statuses = ("imprisoned", "released") if filtered else ()
    for descending in (False, True):
        q = PeopleQuery(sort=sort, descending=descending, statuses=statuses)
        pks = _order(archive, q)
        flags = [pk in empty for pk in pks]
        first_empty = flags.index(True) if True in flags else len(flags)
        assert all(flags[first_empty:]), f"{sort} descending={descending}: a value after an empty"
        known = [values[pk] for pk in pks[:first_empty]]
        assert known == sorted(known, reverse=descending)
    # the empty ones keep one order (by name) whichever way the values go
    up = _order(archive, PeopleQuery(sort=sort, statuses=statuses))
    down = _order(archive, PeopleQuery(sort=sort, descending=True, statuses=statuses))
    assert [pk for pk in up if pk in empty] == [pk for pk in down if pk in empty]
    assert {r.pk for r in get_rows(archive.db, down[:5])} <= set(values)


def test_without_the_summary_table_the_fallback_order_is_empty_last(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    generate_archive(path, 120, seed=5)
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("UPDATE person_summary SET by_total_term = NULL")  # ranks unusable: fall back
    conn.commit()
    conn.close()
    with open_archive(path) as old:
        values = dict(old.db.execute(VALUES[SortKey.TERM]))
        pks = _order(old, PeopleQuery(sort=SortKey.TOTAL_TERM, descending=True))
        flags = [values[pk] is None for pk in pks]
        assert True in flags
        assert all(flags[flags.index(True) :])
