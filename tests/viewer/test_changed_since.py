"""The "Changed since" constraint: one per list, a chip, and it narrows a search's result."""

from __future__ import annotations

from db.records import PersonId
from viewer.constraints import ChangedSince, Constraint, chip_text
from viewer.view_state import (
    ClearAll,
    Remove,
    SearchArrived,
    SearchSnapshot,
    SetText,
    Toggle,
    ViewState,
    query_of,
    reduce,
)

A, B, C = PersonId("p-a"), PersonId("p-b"), PersonId("p-c")
SINCE_1 = Constraint("changed_since", ChangedSince("1 2026-11-01", frozenset({A, B})))
SINCE_2 = Constraint("changed_since", ChangedSince("2 2026-11-08", frozenset({C})))


def test_the_list_holds_only_the_people_changed_since() -> None:
    state = reduce(ViewState(), Toggle(SINCE_1, True))
    query = query_of(state)
    assert query is not None
    assert query.only_ids == (A, B)
    assert chip_text(SINCE_1, {}) == "Changed since 1 2026-11-01"


def test_a_second_comparison_replaces_the_first() -> None:
    state = reduce(reduce(ViewState(), Toggle(SINCE_1, True)), Toggle(SINCE_2, True))
    assert state.constraints == (SINCE_2,)


def test_a_search_keeps_its_order_within_the_changed_people() -> None:
    state = reduce(ViewState(), Toggle(SINCE_1, True))
    state = reduce(state, SetText("x"))
    state = reduce(state, SearchArrived(SearchSnapshot("x", False, (C, B, A))))
    query = query_of(state)
    assert query is not None
    assert query.only_ids == (B, A)


def test_the_chip_and_clear_all_remove_it() -> None:
    state = reduce(ViewState(), Toggle(SINCE_1, True))
    assert reduce(state, Remove(SINCE_1)).constraints == ()
    assert reduce(state, ClearAll()).constraints == ()
    assert query_of(reduce(state, Remove(SINCE_1))) == query_of(ViewState())
