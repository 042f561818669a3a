"""The view state's reducer and query: the rules the window used to scatter, as plain values."""

from __future__ import annotations

import dataclasses

import pytest

from db.records import PeopleQuery, PersonId, SortKey
from viewer.constraints import Constraint, chip_text, search_chip_text
from viewer.view_state import (
    ClearAll,
    ClearFilters,
    ClearSearch,
    FocusEntry,
    ListArrived,
    Remove,
    Restore,
    SearchArrived,
    SearchSnapshot,
    Select,
    SetExact,
    SetSort,
    SetText,
    SetYears,
    Toggle,
    ViewState,
    query_of,
    reduce,
)

A, B, C = PersonId("p-a"), PersonId("p-b"), PersonId("p-c")
CUSTODY = Constraint("statuses", "in_custody")


def _searched(state: ViewState, text: str, ids: tuple[PersonId, ...]) -> ViewState:
    state = reduce(state, SetText(text))
    return reduce(state, SearchArrived(SearchSnapshot(text.strip(), state.exact, ids)))


def test_nothing_filters_at_first() -> None:
    assert query_of(ViewState()) == PeopleQuery()


def test_a_search_begins_in_relevance_and_ending_it_returns_to_the_sort_before() -> None:
    state = reduce(ViewState(), SetSort(SortKey.BIRTH, True))
    state = _searched(state, "Tsikh", (C, A))
    assert (state.sort, state.descending) == (SortKey.RELEVANCE, False)
    assert query_of(state) == PeopleQuery(only_ids=(C, A), sort=SortKey.RELEVANCE)
    state = reduce(state, SetText(""))
    assert (state.sort, state.descending) == (SortKey.BIRTH, True)
    assert query_of(state) == PeopleQuery(sort=SortKey.BIRTH, descending=True)


def test_a_sort_chosen_while_searching_is_kept_when_typing_on_and_after() -> None:
    state = _searched(ViewState(), "Ts", (A, B))
    state = reduce(state, SetSort(SortKey.NAME))
    state = _searched(state, "Tsikh", (B,))
    assert state.sort == SortKey.NAME  # refining a search does not force relevance again
    state = reduce(state, SetSort(SortKey.RELEVANCE))
    assert state.sort == SortKey.RELEVANCE  # and the user can return to it
    state = reduce(state, ClearSearch())
    assert state.sort == SortKey.NAME


def test_relevance_needs_a_search() -> None:
    state = reduce(ViewState(), SetSort(SortKey.RELEVANCE))
    assert state == ViewState()


def test_while_the_search_runs_the_list_has_no_query_and_stale_results_are_ignored() -> None:
    state = _searched(ViewState(), "Kal", (A,))
    state = reduce(state, SetText("Kales"))
    assert state.search_pending()
    assert query_of(state) is None
    old = reduce(state, SearchArrived(SearchSnapshot("Kal", False, (A, B))))
    assert old is state  # an answer to an earlier text changes nothing
    exact = reduce(state, SearchArrived(SearchSnapshot("Kales", True, (A,))))
    assert exact is state  # nor one made with the other spelling mode


def test_exact_spelling_is_part_of_the_search() -> None:
    state = _searched(ViewState(), "Kalesnikava", (A,))
    state = reduce(state, SetExact(True))
    assert state.search_pending()
    state = reduce(state, SearchArrived(SearchSnapshot("Kalesnikava", True, ())))
    assert query_of(state) == PeopleQuery(only_ids=(), sort=SortKey.RELEVANCE)


def test_toggle_remove_and_clear_all_change_exactly_the_constraints() -> None:
    state = reduce(ViewState(), Toggle(CUSTODY))
    state = reduce(state, Toggle(Constraint("roles", "blogger")))
    state = reduce(state, SetYears((2021, 2020)))  # either order: from-to
    assert state.constraints[-1] == Constraint("years", (2020, 2021))
    query = query_of(state)
    assert query == PeopleQuery(
        statuses=("in_custody",), roles=("blogger",), year_from=2020, year_to=2021
    )
    state = reduce(state, Toggle(CUSTODY))  # toggled again: off
    assert CUSTODY not in state.constraints
    state = reduce(state, Remove(Constraint("roles", "blogger")))
    state = _searched(state, "x", (A,))
    state = reduce(state, ClearAll())
    assert not state.has_constraints()
    assert query_of(state) == PeopleQuery()


def test_the_filters_pane_clears_its_filters_and_leaves_the_search() -> None:
    state = reduce(_searched(ViewState(), "x", (A,)), Toggle(CUSTODY))
    state = reduce(state, ClearFilters())
    assert state.constraints == ()
    assert state.search_text == "x"


def test_years_are_replaced_not_added_and_none_removes_them() -> None:
    state = reduce(ViewState(), SetYears((2000, None)))
    state = reduce(state, SetYears((None, 2010)))
    assert [c for c in state.constraints if c.kind == "years"] == [
        Constraint("years", (None, 2010))
    ]
    assert reduce(state, SetYears((None, None))).constraints == ()


@pytest.mark.parametrize(
    ("selected", "has", "first", "expected"),
    [
        (A, True, B, A),  # still listed: stays
        (A, False, B, B),  # gone: the first row
        (A, False, None, None),  # an empty list: nobody
        (None, False, B, B),  # nobody yet: the first row
    ],
)
def test_a_new_list_keeps_the_selection_or_takes_its_first_row(
    selected: PersonId | None, has: bool, first: PersonId | None, expected: PersonId | None
) -> None:
    state = reduce(ViewState(), Select(selected))
    after = reduce(state, ListArrived(first, has))
    assert after.selected == expected
    assert after.listed == state.listed + 1
    assert after.entry == (("person", expected) if expected else None)


def test_selecting_points_the_annotation_target_at_the_person() -> None:
    state = reduce(ViewState(), Select(A))
    assert state.entry == ("person", A)
    state = reduce(state, FocusEntry(("sentence", "s-1")))
    assert state.entry == ("sentence", "s-1")
    assert reduce(state, Select(B)).entry == ("person", B)


def test_undo_restores_filters_but_keeps_the_selection() -> None:
    before = reduce(reduce(ViewState(), Toggle(CUSTODY)), Select(A))
    after = reduce(reduce(before, ClearAll()), Select(B))
    restored = reduce(after, Restore(before))
    assert restored.constraints == (CUSTODY,)
    assert restored.selected == B  # the list then keeps B, or moves to its first row


def test_tags_resolve_to_people_keeping_the_search_order() -> None:
    state = reduce(_searched(ViewState(), "x", (C, A, B)), Toggle(Constraint("tags", "t1")))
    query = query_of(state, {"t1": frozenset({A, C})})
    assert query is not None
    assert query.only_ids == (C, A)
    alone = reduce(ViewState(), Toggle(Constraint("tags", "t1")))
    query = query_of(alone, {"t1": frozenset({C, A})})
    assert query is not None
    assert query.only_ids == (A, C)


def test_chips_say_what_filters() -> None:
    labels = {("court_ids", "org-1"): "Homiel Regional Court"}
    assert chip_text(CUSTODY, labels) == "Status: In custody"
    assert chip_text(Constraint("court_ids", "org-1"), labels) == "Court: Homiel Regional Court"
    assert chip_text(Constraint("years", (1989, 1989)), labels) == "Years 1989–1989"
    assert chip_text(Constraint("years", (None, 2000)), labels) == "Years to 2000"
    assert search_chip_text("Ціханоўскі", False) == "Search: “Ціханоўскі”"
    assert "exact" in search_chip_text("Ціханоўскі", True)


def test_the_state_is_a_value() -> None:
    state = ViewState()
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.text = "x"  # type: ignore[misc]
    assert reduce(state, SetText("")) == state  # no change: an equal value
