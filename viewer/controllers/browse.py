"""Browsing and searching: the view state, and the list, facets and search it asks for.

Every user action on the list side (typing, a facet, the years, a chip's ×,
"Clear all", a sort, a click on a row, Undo) becomes a `viewer.view_state`
action; `dispatch` reduces it into the next `ViewState` and then makes the
list follow: a search after the typing pauses, the list of the state's query
(`query_of`), the facet and tag counts under it. All of those run on the
task runner; their results come back as new state (`SearchArrived`,
`ListArrived`) or into the people model, never straight into a widget.
Stale answers are dropped by the runner's generations and by checking that
they still answer the state's query.

The rules the window used to break: the list is always the query the chips
describe (nothing filters that is not in the state); when a list arrives the
selection stays on the person if the list holds them, else moves to the
first row, or to nobody; the record and the annotation target follow the
selection (`viewer.controllers.record`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from db.errors import KartotekaError
from db.facets import facet_counts
from db.records import Facets, NameScript, PeopleQuery, PersonId, PersonRow, SortKey
from db.shown_rows import facets_in_script, rows_in_script
from viewer.annotations.note_search import note_entries, with_annotated_people
from viewer.constraints import (
    SEARCH_CHIP,
    Chip,
    Constraint,
    YearRange,
    chip_text,
    search_chip_text,
)
from viewer.controllers.context import AppContext
from viewer.controllers.recent_searches import RecentSearches
from viewer.error_text import error_text
from viewer.list_modes import mode_of
from viewer.models.people import PeopleModel
from viewer.tasks import WorkerContext
from viewer.view_state import (
    UNDOABLE,
    Action,
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
    SetNames,
    SetSort,
    SetText,
    SetYears,
    Toggle,
    ViewState,
    query_of,
    reduce,
)

if TYPE_CHECKING:
    from db.connection import Archive
    from db.people import PeopleList
    from db.search import SearchResult
    from viewer.annotations.session import AnnotationSession
    from viewer.annotations.tag_facet import TagFacet
    from viewer.controllers.open_archive import Opened
    from viewer.settings import Settings

SEARCH_DEBOUNCE_MS = 250
SEARCH_LIMIT = 1000
SEARCH_LIMIT_MS = 5_000
LIST_LIMIT_MS = 60_000
LABELS_LIMIT_MS = 3_000
UNDO_DEPTH = 100
SELECTED_MARGIN = 60
"""Rows either side of the selected one that the list may show when it centres on it
(a tall window shows about 50): their pages are read with the list, on the worker. Only the
selected row's own page was; at a page's end the next page was read on the GUI thread when
the list painted (40-100 ms at 1,000,000 people)."""


@dataclass(frozen=True, slots=True)
class _Listed:
    """A list read on the worker: the query it answers, its first page, the selected row."""

    query: PeopleQuery
    search: SearchSnapshot | None
    plist: PeopleList
    first_page: list[PersonRow]
    selected: PersonId | None
    selected_row: int | None
    selected_pages: Mapping[int, list[PersonRow]] = dataclasses.field(default_factory=dict)
    """Pages around the selected row past the first (the rows the list shows around it)."""


@dataclass(frozen=True, slots=True)
class ListShown:
    """What the people model shows now: its query, the search behind it, the selected row."""

    query: PeopleQuery
    search: SearchSnapshot | None
    selected_row: int | None
    moved: bool = True  # False: the same list again (another search found the same people)


def _db_only_notice(result: SearchResult, archive_problem: str | None = None) -> str | None:
    """db's English notice less what the window words itself: the notes, the time-out and
    why search cannot run in the archive (`SearchSnapshot.unavailable`)."""
    from db.search import TIMED_OUT_NOTICE

    rest = result.notice or ""
    for said in (*(n.text for n in result.notes), TIMED_OUT_NOTICE, archive_problem or ""):
        rest = rest.replace(said, "")
    return " ".join(rest.split()) or None


def filters_of(query: PeopleQuery) -> PeopleQuery:
    """`query` without its order: what decides who is in the list (facets, timeline)."""
    return dataclasses.replace(query, sort=SortKey.NAME, descending=False, names=NameScript.ARCHIVE)


class BrowseController(QObject):
    """The view state and the list it makes; see the module docstring.

    Signals:
        state_changed(object, object): the old and the new ViewState.
        list_shown(object): a `ListShown`: the model holds the state's list now.
        row_selected(int): the list should make this row current (a person shown by a link).
        facets_changed(object): the facet counts (Facets) of the list's filters, or None.
        tags_changed(object): the tag facet (TagFacet) under the list's filters, or None.
        filters_shown(object): the PeopleQuery of the list shown (the timeline follows it).
        search_done(): a search's result arrived (the list follows it).
        search_failed(str): a search could not run; the text says why.
        message(str): a short status line.
        undo_changed(bool): whether Undo has something to take back.
    """

    state_changed = Signal(object, object)
    list_shown = Signal(object)
    row_selected = Signal(int)
    facets_changed = Signal(object)
    tags_changed = Signal(object)
    filters_shown = Signal(object)
    search_done = Signal()
    search_failed = Signal(str)
    message = Signal(str)
    undo_changed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        annotations: AnnotationSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._annotations = annotations
        self.recent_searches = RecentSearches(context.settings)
        self.model = PeopleModel(self)
        self.model.delegate_sort = True
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.state = _initial_state(context)
        self.model.set_list(None, None, self.fresh_query(), 0)
        self._archive: Archive | None = None
        self._requested: PeopleQuery | None = None  # the list asked for (or shown)
        self._shown: ListShown | None = None
        self._facets_for: PeopleQuery | None = None
        self._tags_for: tuple[PeopleQuery, object] | None = None
        self.tag_people: dict[str, frozenset[PersonId]] = {}
        self.labels: dict[tuple[str, str], str] = {}
        self._undo: list[ViewState] = []
        self._typing_undo = False  # the state before the current run of typing is saved
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._run_search)

    # ----- the archive ----------------------------------------------------------

    def archive(self) -> Archive | None:
        return self._archive

    def show_archive(self, opened: Opened) -> None:
        """A newly opened archive: no search, no filters, its first list (read with it)."""
        self._search_timer.stop()
        for key in ("search", "list", "facets", "tags"):
            self._context.tasks.cancel(key)
        self._archive = opened.archive
        self._undo.clear()
        self.undo_changed.emit(False)
        self.tag_people, self.labels = {}, {}
        self._facets_for = self._tags_for = None
        old = self.state
        self.state = dataclasses.replace(
            ViewState(), sort=old.browse_sort[0], descending=old.browse_sort[1],
            browse_sort=old.browse_sort, exact=old.exact, names=old.names,
        )  # fmt: skip
        self.state_changed.emit(old, self.state)
        self._requested = opened.query
        listed = _Listed(opened.query, None, opened.plist, opened.first_page, None, None)
        self._show_list(listed, total=opened.total)
        self.facets_changed.emit(None)
        self.tags_changed.emit(None)
        self._request_counts(opened.query)

    def fresh_query(self) -> PeopleQuery:
        """The query of a newly opened archive's first list: everybody, in the browsing sort."""
        sort, descending = self.state.browse_sort
        return PeopleQuery(sort=sort, descending=descending, names=self.state.names)

    def close_archive(self) -> None:
        """Lock: forget the archive, its list, the search and the filters."""
        self._search_timer.stop()
        for key in ("search", "list", "facets", "tags"):
            self._context.tasks.cancel(key)
        self._archive = None
        self._undo.clear()
        self.undo_changed.emit(False)
        self.tag_people, self.labels = {}, {}
        old = self.state
        self.state = dataclasses.replace(
            ViewState(), sort=old.browse_sort[0], descending=old.browse_sort[1],
            browse_sort=old.browse_sort, exact=old.exact, names=old.names,
        )  # fmt: skip
        self._requested = None
        self._shown = None
        self.model.set_matches(None)
        self.model.set_list(None, None, self.fresh_query(), 0)
        self.state_changed.emit(old, self.state)
        self.facets_changed.emit(None)
        self.tags_changed.emit(None)

    # ----- what users do --------------------------------------------------------

    def dispatch(self, action: Action, *, undoable: bool = True) -> None:
        """Reduce `action` into the state; the list, search and counts follow."""
        old = self.state
        new = reduce(old, action)
        if new == old:
            return
        if undoable and isinstance(action, UNDOABLE):
            self._remember(old, typing=isinstance(action, SetText))
        self.state = new
        self.state_changed.emit(old, new)
        self._follow(old, new)

    def type_text(self, text: str) -> None:
        """The search box changed: search once the typing pauses."""
        self.dispatch(SetText(text))

    def search_now(self, text: str) -> None:
        """Search at once ("Did you mean", a recent search, Enter)."""
        self.dispatch(SetText(text))
        if self.state.search_pending():
            self._search_timer.stop()
            self._run_search()

    def set_exact(self, exact: bool) -> None:
        self._context.settings.set_exact_spelling(exact)
        self.dispatch(SetExact(exact))
        if self.state.search_pending():
            self._search_timer.stop()
            self._run_search()

    def toggle(self, kind: str, value: str, on: bool | None = None) -> None:
        self.dispatch(Toggle(Constraint(kind, value), on))

    def set_years(self, years: YearRange) -> None:
        self.dispatch(SetYears(years))

    def remove(self, constraint: Constraint) -> None:
        self.dispatch(Remove(constraint))

    def clear_search(self) -> None:
        self._search_timer.stop()
        self.dispatch(ClearSearch())

    def clear_all(self) -> None:
        """Empty exactly what the chips show: the search and every filter."""
        self._search_timer.stop()
        self.dispatch(ClearAll())

    def clear_filters(self) -> None:
        """Every filter goes; the search stays (the filters pane's "Clear all")."""
        self.dispatch(ClearFilters())

    def set_sort(self, sort: SortKey, descending: bool = False) -> None:
        self.dispatch(SetSort(sort, descending))

    def set_names(self, names: NameScript) -> None:
        """View ▸ Show names in: saved, and every pane names people in `names` (not undoable)."""
        self._context.settings.set_names_script(str(names))
        self.dispatch(SetNames(NameScript(names)), undoable=False)

    def select(self, person_id: str | None) -> None:
        """A row became current in the list."""
        self.dispatch(Select(PersonId(person_id) if person_id else None))

    def focus_entry(self, entity_type: str, entity_id: str) -> None:
        """The entry new annotations go to (the annotations pane's chooser)."""
        self.dispatch(FocusEntry((entity_type, entity_id)))

    def go_to_person(self, person_id: str) -> bool:
        """Show a person (a link, the timeline, history): selected in the list.

        A person the filters leave out is never shown outside the list: the
        search and filters are cleared first (Undo brings them back). Returns
        False when that was needed.
        """
        pid = PersonId(person_id)
        if self._archive is None:
            return False
        row = self.model.row_of(pid) if not self.state.search_pending() else None
        if row is not None:
            self.dispatch(Select(pid))
            self.row_selected.emit(row)
            return True
        self._search_timer.stop()
        self.dispatch(ClearAll())
        self.dispatch(Select(pid))
        self.message.emit(self.tr("The search and filters were cleared to show this person."))
        return False

    def restore_view(self, earlier: ViewState) -> None:
        """The same archive was opened again (Reopen): its search, filters, sort, list mode
        and selected person come back as they were (no undo step); the search runs again."""
        self._search_timer.stop()
        self.dispatch(Restore(dataclasses.replace(earlier, search=None)), undoable=False)
        if earlier.selected is not None:
            self.dispatch(Select(earlier.selected), undoable=False)
        if self.state.search_pending():
            self._run_search()

    def undo(self) -> None:
        """Take back the last change to the search, filters or sort."""
        if not self._undo:
            return
        earlier = self._undo.pop()
        self._typing_undo = False
        self._search_timer.stop()
        self.dispatch(Restore(earlier), undoable=False)
        self.undo_changed.emit(bool(self._undo))

    def can_undo(self) -> bool:
        return bool(self._undo)

    def forget_undo(self) -> None:
        """Nothing to undo any more (a fresh start)."""
        self._undo.clear()
        self._typing_undo = False
        self.undo_changed.emit(False)

    def connect_actions(self, actions: Mapping[str, QAction]) -> None:
        """Exact spelling, Clear filters and search, Undo filter change."""
        exact = actions["exact_spelling"]
        exact.triggered.connect(lambda: self.set_exact(exact.isChecked()))
        actions["clear_filters"].triggered.connect(self.clear_all)
        actions["undo_filters"].triggered.connect(self.undo)

    def refresh_tags(self) -> None:
        """Annotations changed: new tag counts (a checked tag may cover other people)."""
        self._tags_for = None
        if self._requested is not None:
            self._request_tags(self._requested)

    def set_search_delay(self, ms: int) -> None:
        """How long typing must pause before a search runs (tests make it short)."""
        self._search_timer.setInterval(ms)

    def settled(self) -> bool:
        """Whether the list answers the state and nothing is under way (for tests and tools)."""
        tasks = self._context.tasks
        return (
            not self._search_timer.isActive()
            and not any(tasks.is_pending(k) for k in ("search", "list", "facets", "tags"))
            and self._shown is not None
            and self._shown.query == query_of(self.state, self.tag_people)
        )

    def shown(self) -> ListShown | None:
        return self._shown

    def chips(self) -> list[Chip]:
        """What the chips above the list say: the search, then every constraint.

        While the search's result has not arrived its chip is in italics (the
        list still holds the previous result).
        """
        state = self.state
        chips: list[Chip] = []
        if state.searching():
            text = search_chip_text(state.search_text, state.exact)
            chips.append(Chip(SEARCH_CHIP, text, state.search_pending()))
        for constraint in state.constraints:
            chips.append(Chip(constraint, chip_text(constraint, self.labels)))
        return chips

    def remove_chip(self, key: object) -> None:
        """A chip's ×: the search, or one constraint."""
        if key == SEARCH_CHIP:
            self.clear_search()
        elif isinstance(key, Constraint):
            self.remove(key)

    # ----- following the state -------------------------------------------------------

    def _remember(self, old: ViewState, *, typing: bool) -> None:
        if typing and self._typing_undo:
            return  # one undo step for a run of typing
        self._typing_undo = typing
        self._undo.append(old)
        del self._undo[:-UNDO_DEPTH]
        self.undo_changed.emit(True)

    def _follow(self, old: ViewState, new: ViewState) -> None:
        if (old.search_text, old.exact) != (new.search_text, new.exact):
            self._context.tasks.cancel("search")
            if new.search_pending():
                self._search_timer.start()
            else:
                self._search_timer.stop()
        if self._archive is None:
            return
        query = query_of(new, self.tag_people)
        if query is not None and query != self._requested:
            self._request_list(query)
        elif query is not None and new.current_search() != old.current_search():
            self._reshow_search(new.current_search())  # the same people, found another way

    def _reshow_search(self, search: SearchSnapshot | None) -> None:
        """The list stays; why each person matched (and the highlights) follow the search."""
        shown = self._shown
        if shown is None or shown.query != self._requested:
            return  # the list on its way brings the search along
        self.model.set_matches(
            search.hits if search is not None else None,
            search.languages if search is not None else None,
        )
        self._shown = dataclasses.replace(shown, search=search, moved=False)
        self.list_shown.emit(self._shown)

    def _run_search(self) -> None:
        state, archive = self.state, self._archive
        if archive is None or not state.search_pending():
            return
        text, exact = state.search_text, state.exact
        session = self._annotations
        store, archive_id = session.store, session.archive_id

        def job(context: WorkerContext) -> tuple[SearchSnapshot, str]:
            from db.search import search, spelling_languages  # loaded on the first search

            worker = context.archive(archive)
            reader = context.reader(store) if store is not None else None
            problem = ""
            try:  # notes, corrections and tag names match too
                noted = note_entries(reader, archive_id, text)
            except KartotekaError as exc:
                noted, problem = frozenset(), error_text(exc)
            with worker.time_limit(SEARCH_LIMIT_MS):
                result = search(
                    worker, text, limit=SEARCH_LIMIT, expand_variants=not exact, live=True
                )
                result = with_annotated_people(result, worker.db, noted)
            try:  # "Belarusian (Cyrillic)" beside name matches; the list works without it
                with worker.time_limit(LABELS_LIMIT_MS):
                    languages = spelling_languages(worker, result.hits)
            except KartotekaError:
                languages = {}
            snapshot = SearchSnapshot(
                text=text,
                exact=exact,
                person_ids=result.person_ids,
                hits={hit.person_id: hit for hit in result.hits},
                languages=dict(languages),
                terms=result.terms,
                notice=_db_only_notice(
                    result, worker.search_problem if worker.search_error else None
                ),
                notes=result.notes,
                suggestion=result.suggestion,
                similar_only=getattr(result, "similar_only", False),
                timed_out=result.timed_out,
                unavailable=worker.search_error,
                more=getattr(result, "more", False),
            )
            return snapshot, problem

        self._context.tasks.run(
            job, key="search", on_done=self._on_search_done, on_error=self._on_search_failed
        )

    def _on_search_done(self, result: tuple[SearchSnapshot, str]) -> None:
        snapshot, problem = result
        if problem:
            self.message.emit(problem)
        if snapshot.person_ids:  # a search that found people is offered again later
            self.recent_searches.remember(snapshot.text)
        self.dispatch(SearchArrived(snapshot), undoable=False)
        self.search_done.emit()

    def _on_search_failed(self, exc: KartotekaError) -> None:
        self.search_failed.emit(error_text(exc))

    def _request_list(self, query: PeopleQuery) -> None:
        archive = self._archive
        assert archive is not None
        self._requested = query
        selected = self.state.selected
        search = self.state.current_search()
        mode = mode_of(self.state.mode)
        page = self.model.page_size
        names = query.names

        def job(context: WorkerContext) -> _Listed:
            worker = context.archive(archive)
            with worker.time_limit(LIST_LIMIT_MS):
                plist = mode.list(worker.db, query)
                first = rows_in_script(worker.db, mode.rows(worker.db, plist, 0, page), names)
                row = mode.row_of(worker.db, plist, selected) if selected is not None else None
                more: dict[int, list[PersonRow]] = {}
                if row is not None:  # the list scrolls there: its rows read here, not on the GUI
                    low = max(0, row - SELECTED_MARGIN) // page
                    for number in range(max(1, low), (row + SELECTED_MARGIN) // page + 1):
                        rows = mode.rows(worker.db, plist, number * page, (number + 1) * page)
                        if not rows:
                            break
                        more[number] = rows_in_script(worker.db, rows, names)
            return _Listed(query, search, plist, first, selected, row, more)

        self._context.tasks.run(job, key="list", on_done=self._on_list_done)
        facets_for = self._facets_for
        if (
            facets_for is None
            or filters_of(query) != filters_of(facets_for)
            or query.names != facets_for.names  # the courts are named in the script shown
        ):
            self._request_counts(query)

    def _on_list_done(self, listed: _Listed) -> None:
        if listed.query != self._requested:
            return  # a newer query is on its way
        self._show_list(listed, total=self.model.total())

    def _show_list(self, listed: _Listed, *, total: int) -> None:
        archive = self._archive
        assert archive is not None
        search = listed.search
        self.model.set_list(archive.db, listed.plist, listed.query, total, listed.first_page)
        for number, rows in listed.selected_pages.items():
            self.model.add_page(number, rows)
        self.model.set_matches(
            search.hits if search is not None else None,
            search.languages if search is not None else None,
        )
        selected = self.state.selected
        row = listed.selected_row if listed.selected == selected else None
        if selected is not None and listed.selected != selected:
            row = self.model.row_of(selected)  # chosen while the list was read: a rare lookup
        first = listed.first_page[0].id if listed.first_page else None
        self.dispatch(ListArrived(first, row is not None), undoable=False)
        if row is None and self.state.selected is not None:
            row = 0
        self._shown = ListShown(listed.query, search, row)
        self.list_shown.emit(self._shown)
        self.filters_shown.emit(listed.query)

    def _request_counts(self, query: PeopleQuery) -> None:
        archive = self._archive
        if archive is None:
            return
        self._facets_for = query
        counted = filters_of(query)

        names = query.names

        def job(context: WorkerContext) -> Facets:
            worker = context.archive(archive)
            with worker.time_limit(LIST_LIMIT_MS):
                return facets_in_script(worker.db, facet_counts(worker.db, counted), names)

        self._context.tasks.run(job, key="facets", on_done=self._on_facets_done)
        self._request_tags(query)

    def _on_facets_done(self, facets: Facets) -> None:
        for kind, values in (
            ("court_ids", facets.courts),
            ("articles", facets.articles),
            ("regions", facets.regions),
        ):
            for value in values:
                self.labels[(kind, value.value)] = value.label
        self.facets_changed.emit(facets)

    def _request_tags(self, query: PeopleQuery) -> None:
        """Count the tags under the list's other filters (store and archive, on the worker)."""
        from viewer.annotations.tag_facet import tag_facet

        archive, session = self._archive, self._annotations
        store, archive_id = session.store, session.archive_id
        if archive is None or store is None or archive_id is None:
            self._context.tasks.cancel("tags")
            self.tag_people = {}
            self.tags_changed.emit(None)
            return
        # the tag filter itself is left out; the search still applies
        untagged = [c for c in self.state.constraints if c.kind != "tags"]
        others = query_of(dataclasses.replace(self.state, constraints=tuple(untagged)))
        if others is None:
            return  # the search is still running; its list will ask again
        others = filters_of(others)
        key = (others, store)
        if self._tags_for == key:
            return
        self._tags_for = key

        def job(context: WorkerContext) -> TagFacet:
            worker = context.archive(archive)
            reader = context.reader(store)
            with worker.time_limit(LIST_LIMIT_MS):
                return tag_facet(reader, archive_id, worker.db, others)

        self._context.tasks.run(job, key="tags", on_done=self._on_tags_done)

    def _on_tags_done(self, facet: TagFacet) -> None:
        gone = [
            c for c in self.state.constraints if c.kind == "tags" and c.value not in facet.colours
        ]
        for constraint in gone:  # a tag deleted (or merged away) filters nothing: its chip goes
            self.dispatch(Remove(constraint), undoable=False)
        moved = self.tag_people != facet.people
        self.tag_people = dict(facet.people)
        for value in facet.values:
            self.labels[("tags", value.value)] = value.label
        self.tags_changed.emit(facet)
        if moved and self._archive is not None:
            query = query_of(self.state, self.tag_people)
            if query is not None and query != self._requested:
                self._request_list(query)

    def _on_model_sort_requested(self, sort: SortKey, descending: bool) -> None:
        self.set_sort(sort, descending)


def _initial_state(context: AppContext) -> ViewState:
    key, descending = context.settings.sort()
    try:
        sort = SortKey(key)
    except ValueError:
        sort = SortKey.NAME
    if sort == SortKey.RELEVANCE:
        sort = SortKey.NAME
    exact = context.settings.exact_spelling()
    return ViewState(
        sort=sort,
        descending=descending,
        browse_sort=(sort, descending),
        exact=exact,
        names=names_setting(context.settings),
    )


def names_setting(settings: Settings) -> NameScript:
    """The script chosen in View ▸ Show names in; unset, the interface language's."""
    try:
        return NameScript(settings.names_script())
    except ValueError:
        from PySide6.QtCore import QLocale

        from db.shown_names import script_for_language

        return script_for_language(QLocale().name())  # be and ru read Cyrillic, others Latin
