"""What the window shows, as one immutable value, and the reducer that changes it.

`ViewState` holds the search text and its result, the active filters
(`viewer.constraints`), the sort, the person selected and the entry
annotations go to. User actions are small frozen `Action` values;
`reduce(state, action)` returns the next state and is the only place the
state changes (STYLE D9; Anki's browser `SearchContext`). Panes render from
the state and keep no filter of their own; the list's query is a function of
it (`query_of`), so what the chips say is what the list holds.

The rules that used to be scattered over the window live here:
- a search that begins orders the list by relevance; ending it (the box
  cleared) returns to the sort used before; Relevance exists only while
  searching, and any other sort chosen meanwhile is kept;
- when a new list arrives, the selection stays if the person is in it, else
  becomes the first row, or nobody in an empty list (`ListArrived`);
- "Clear all" removes exactly what the chips show: the search and every filter.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from db.errors import KartotekaError
from db.query_language import QueryNote
from db.records import NameScript, PeopleQuery, PersonId, SortKey
from viewer.constraints import KINDS, Constraint, YearRange, apply_constraints

if TYPE_CHECKING:
    from db.search import PersonHit

EntryKey = tuple[str, str]
"""(entity_type, entity_id) of an archive entry."""


@dataclass(frozen=True, slots=True)
class SearchSnapshot:
    """The result of one search, as shown: ranked people, why each matched, hints."""

    text: str
    exact: bool
    person_ids: tuple[PersonId, ...]
    hits: Mapping[PersonId, PersonHit] = field(default_factory=dict)
    languages: Mapping[PersonId, str] = field(default_factory=dict)
    terms: tuple[str, ...] = ()
    notice: str | None = None  # db's own words, when no note says it (a damaged index)
    suggestion: str | None = None
    notes: tuple[QueryNote, ...] = ()  # what reading the query repaired (viewer.query_notes)
    similar_only: bool = False  # no one by the name as asked: the people are similar names
    timed_out: bool = False  # cut short by its time limit: the list may be incomplete
    unavailable: KartotekaError | None = None  # search cannot run in this archive: why
    more: bool = False  # the list holds the first people found; more match (db SearchResult)


@dataclass(frozen=True, slots=True)
class ViewState:
    """Everything that decides what the window shows; see the module docstring."""

    text: str = ""  # the search box, as typed
    exact: bool = False  # exact spelling (no variants)
    search: SearchSnapshot | None = None  # the latest result (maybe of an earlier text)
    constraints: tuple[Constraint, ...] = ()
    sort: SortKey = SortKey.NAME
    descending: bool = False
    browse_sort: tuple[SortKey, bool] = (SortKey.NAME, False)  # the sort to return to
    selected: PersonId | None = None
    entry: EntryKey | None = None
    mode: str = "people"  # the list mode (viewer.list_modes)
    listed: int = 0  # moves on with every list shown (ListArrived)
    names: NameScript = NameScript.ARCHIVE  # the script names are shown and sorted in

    @property
    def search_text(self) -> str:
        return self.text.strip()

    def searching(self) -> bool:
        return bool(self.search_text)

    def current_search(self) -> SearchSnapshot | None:
        """The search result for the text shown now, if it has arrived."""
        s = self.search
        if s is None or not self.searching() or (s.text, s.exact) != (self.search_text, self.exact):
            return None
        return s

    def search_pending(self) -> bool:
        """True while the text shown has no result yet (the list still shows the previous one)."""
        return self.searching() and self.current_search() is None

    def has_constraints(self) -> bool:
        """Whether anything narrows the list: what "Clear all" would undo."""
        return self.searching() or bool(self.constraints)


# ----- actions -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetText:
    text: str


@dataclass(frozen=True, slots=True)
class SetExact:
    exact: bool


@dataclass(frozen=True, slots=True)
class SearchArrived:
    snapshot: SearchSnapshot


@dataclass(frozen=True, slots=True)
class Toggle:
    """Check or uncheck one value of a facet."""

    constraint: Constraint
    on: bool | None = None  # None: the opposite of now


@dataclass(frozen=True, slots=True)
class SetYears:
    years: YearRange


@dataclass(frozen=True, slots=True)
class Remove:
    """A chip's ×: one constraint goes."""

    constraint: Constraint


@dataclass(frozen=True, slots=True)
class ClearSearch:
    pass


@dataclass(frozen=True, slots=True)
class ClearAll:
    """The search and every filter (what the chips show)."""


@dataclass(frozen=True, slots=True)
class ClearFilters:
    """Every filter, the search stays (the filters pane's own "Clear all")."""


@dataclass(frozen=True, slots=True)
class SetSort:
    sort: SortKey
    descending: bool = False


@dataclass(frozen=True, slots=True)
class Select:
    person_id: PersonId | None


@dataclass(frozen=True, slots=True)
class ListArrived:
    """A new list is shown: its first person, and whether it holds the selected one."""

    first: PersonId | None
    has_selected: bool


@dataclass(frozen=True, slots=True)
class FocusEntry:
    entry: EntryKey | None


@dataclass(frozen=True, slots=True)
class Restore:
    """Undo: the filters, search and sort of an earlier state (the selection follows the list)."""

    state: ViewState


@dataclass(frozen=True, slots=True)
class SetMode:
    mode: str


@dataclass(frozen=True, slots=True)
class SetNames:
    """View ▸ Show names in: the list, record, timeline and exports name people in this script."""

    names: NameScript


Action = (
    SetText
    | SetExact
    | SearchArrived
    | Toggle
    | SetYears
    | Remove
    | ClearSearch
    | ClearAll
    | ClearFilters
    | SetSort
    | Select
    | ListArrived
    | FocusEntry
    | Restore
    | SetMode
    | SetNames
)

UNDOABLE = (
    SetText,
    SetExact,
    Toggle,
    SetYears,
    Remove,
    ClearSearch,
    ClearAll,
    ClearFilters,
    SetSort,
    SetMode,
)
"""Actions that change what the list holds or its order, which Undo takes back."""


# ----- the reducer ------------------------------------------------------------------


def _end_search(state: ViewState) -> ViewState:
    """No search any more: drop its result; Relevance gives way to the sort used before."""
    sort, descending = state.sort, state.descending
    if sort == SortKey.RELEVANCE:
        sort, descending = state.browse_sort
    return dataclasses.replace(state, search=None, sort=sort, descending=descending)


def _with_text(state: ViewState, text: str, exact: bool) -> ViewState:
    state = dataclasses.replace(state, text=text, exact=exact)
    return state if state.searching() else _end_search(state)


def _toggled(state: ViewState, constraint: Constraint, on: bool | None) -> ViewState:
    present = constraint in state.constraints
    want = not present if on is None else on
    if want == present or constraint.kind not in KINDS:
        return state
    if want:
        kept = state.constraints
        if KINDS[constraint.kind].single:  # one value of the kind: the new one replaces it
            kept = tuple(c for c in kept if c.kind != constraint.kind)
        return dataclasses.replace(state, constraints=(*kept, constraint))
    return _without(state, constraint)


def _without(state: ViewState, constraint: Constraint) -> ViewState:
    kept = tuple(c for c in state.constraints if c != constraint)
    return dataclasses.replace(state, constraints=kept)


def _with_years(state: ViewState, years: YearRange) -> ViewState:
    low, high = years
    if low is not None and high is not None and low > high:
        low, high = high, low
    kept = tuple(c for c in state.constraints if c.kind != "years")
    if low is None and high is None:
        return dataclasses.replace(state, constraints=kept)
    return dataclasses.replace(state, constraints=(*kept, Constraint("years", (low, high))))


def _search_arrived(state: ViewState, s: SearchSnapshot) -> ViewState:
    if (s.text, s.exact) != (state.search_text, state.exact):
        return state  # typed on meanwhile: a newer search is coming
    begins = state.search is None
    state = dataclasses.replace(state, search=s)
    if begins and state.sort != SortKey.RELEVANCE:
        state = dataclasses.replace(state, sort=SortKey.RELEVANCE, descending=False)
    return state


def _sorted(state: ViewState, sort: SortKey, descending: bool) -> ViewState:
    if sort == SortKey.RELEVANCE:
        if not state.searching():
            return state
        return dataclasses.replace(state, sort=sort, descending=descending)
    return dataclasses.replace(
        state, sort=sort, descending=descending, browse_sort=(sort, descending)
    )


def _selected(state: ViewState, person_id: PersonId | None) -> ViewState:
    if person_id == state.selected:
        return state
    entry = ("person", person_id) if person_id is not None else None
    return dataclasses.replace(state, selected=person_id, entry=entry)


def _restored(state: ViewState, earlier: ViewState) -> ViewState:
    return dataclasses.replace(
        earlier,
        selected=state.selected,
        entry=state.entry,
        listed=state.listed,
        names=state.names,  # a display setting, never undone with the filters
    )


def reduce(state: ViewState, action: Action) -> ViewState:
    """The state after `action` (an equal one when nothing changes)."""
    if isinstance(action, SetText):
        return _with_text(state, action.text, state.exact)
    if isinstance(action, SetExact):
        return _with_text(state, state.text, action.exact)
    if isinstance(action, SearchArrived):
        return _search_arrived(state, action.snapshot)
    if isinstance(action, Toggle):
        return _toggled(state, action.constraint, action.on)
    if isinstance(action, SetYears):
        return _with_years(state, action.years)
    if isinstance(action, Remove):
        return _without(state, action.constraint)
    if isinstance(action, ClearSearch):
        return _with_text(state, "", state.exact)
    if isinstance(action, ClearAll):
        return dataclasses.replace(_with_text(state, "", state.exact), constraints=())
    if isinstance(action, ClearFilters):
        return dataclasses.replace(state, constraints=())
    if isinstance(action, SetSort):
        return _sorted(state, action.sort, action.descending)
    if isinstance(action, Select):
        return _selected(state, action.person_id)
    if isinstance(action, ListArrived):
        keep = state.selected if action.has_selected else action.first
        return dataclasses.replace(_selected(state, keep), listed=state.listed + 1)
    if isinstance(action, FocusEntry):
        return dataclasses.replace(state, entry=action.entry)
    if isinstance(action, Restore):
        return _restored(state, action.state)
    if isinstance(action, SetMode):
        return dataclasses.replace(state, mode=action.mode)
    if isinstance(action, SetNames):
        return dataclasses.replace(state, names=NameScript(action.names))
    raise TypeError(f"not an action: {action!r}")


def same_list(a: ViewState, b: ViewState) -> bool:
    """Whether two states list the same people in the same order."""
    return query_of(a) == query_of(b) and a.mode == b.mode


def query_of(
    state: ViewState, tag_people: Mapping[str, frozenset[PersonId]] | None = None
) -> PeopleQuery | None:
    """The list's query for `state`; None while its search result has not arrived.

    `tag_people` resolves checked tags (annotations live outside the archive)
    to the people carrying them; the ranked order of a search is kept.
    """
    if state.search_pending():
        return None
    query = PeopleQuery(sort=state.sort, descending=state.descending, names=state.names)
    query = apply_constraints(query, state.constraints)
    search = state.current_search()
    if search is not None:
        found = search.person_ids
        if query.only_ids is not None:  # a filter by ids ("Changed since"): ranked order kept
            allowed = set(query.only_ids)
            found = tuple(p for p in found if p in allowed)
        query = dataclasses.replace(query, only_ids=found)
    if query.tags and tag_people is not None:
        tagged: set[PersonId] = set()
        for tag in query.tags:
            tagged |= tag_people.get(tag, frozenset())
        if query.only_ids is not None:
            kept = tuple(p for p in query.only_ids if p in tagged)
        else:
            kept = tuple(sorted(tagged))
        query = dataclasses.replace(query, only_ids=kept)
    return query
