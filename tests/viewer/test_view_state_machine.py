"""Random user actions through the window's controllers; what it shows must always agree.

A hypothesis state machine types and clears searches, toggles facets, sets
years, sorts, selects rows, removes chips, clears everything and undoes, in
any order, on the sample archive. After every step (once the background
work has settled) it checks what the issue asks:

- the list is exactly what db/ gives for the chips on screen (search text,
  facet values, years) in the sort on screen, computed here without the
  viewer's own query code, and every check in the facets is a chip;
- the record shown is a person in the list, or nobody when the list is
  empty; the list's current row is that person;
- the annotation target is the entry of the record shown;
- the status bar's count is the list's count.

It also switches to the Letters list mode and back: there the letters list
is exactly the people in custody among those the chips select (db/ on the
chips again), the record is one of its people or nobody, and the status bar
and the list's title count it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.connection import Archive, open_archive
from db.letters import iter_letters
from db.people import get_rows, list_people
from db.query_language import parse
from db.records import NameScript, PeopleQuery, PersonId, SortKey
from db.search import search
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.constraints import Constraint
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role
from viewer.query_note_words import MORE_TEXT
from viewer.query_notes import QueryNotes, notes_text

TEXTS = (
    "Ts",
    "Tsikh",
    "Kalesnikava",
    "Ціханоўскі",
    "Lukashenka",
    "Putin",
    "Tsihanouski",
    "zzq",  # nobody
    "Kellogg Putin",  # nobody has both
    '"humane gesture',  # repaired: a quotation mark without its pair
    "role:xyz Putin",  # an unknown role, ignored
    "role:xyz",  # an unknown role alone: everyone, and the note
    "-lukashenka",  # an exclusion alone: everyone but those the word finds
    "Tsikhanouski",  # in most records: more than SEARCH_LIMIT below
)
FACETS = {
    "statuses": ("in_custody", "released", "in_exile", "unknown"),
    "roles": ("politician", "head_of_state", "prisoner", "activist", "blogger"),
}
PEOPLE = (
    "p-kalesnikava",
    "p-kellogg",
    "p-lukashenka",
    "p-putin",
    "p-trump",
    "p-tsikhanouskaya",
    "p-tsikhanouski",
)
"""The sample's people."""
YEARS = st.one_of(st.none(), st.integers(2019, 2026))
SORTS = (SortKey.NAME, SortKey.STATUS, SortKey.BIRTH, SortKey.QUOTES, SortKey.RELEVANCE)
SEARCH_DELAY_MS = 5
SEARCH_LIMIT = 4
"""The window lists at most this many people found (1,000 in use): the sample's 7 exceed it."""
MACHINE = settings(
    max_examples=15,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def window(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    monkeypatch.setattr("viewer.controllers.browse.SEARCH_LIMIT", SEARCH_LIMIT)
    win = make_main_window(sample_archive_path)
    win.resize(1366, 768)
    win.browse.set_search_delay(SEARCH_DELAY_MS)
    return win


@pytest.fixture
def oracle(sample_archive_path: Path) -> Iterator[Archive]:
    """The test's own connection: db/ evaluated on what the window shows."""
    archive = open_archive(sample_archive_path)
    yield archive
    archive.close()


def _ids(window: MainWindow) -> list[str]:
    model = window.people_model
    return [model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())]


def _letters_mode(window: MainWindow) -> bool:
    return window.browse.state.mode == "letters"


def _letter_ids(window: MainWindow) -> list[str]:
    return [r.person_id for r in window.letters.model.rows()]


def _expected(window: MainWindow, oracle: Archive) -> list[str]:
    """db/ on the chips shown (search, facet values, years) and the sort shown."""
    query = PeopleQuery()
    statuses: list[str] = []
    roles: list[str] = []
    text = ""
    for chip in window.chip_bar.chips():
        key = chip.property("chip_key")
        if key == "search":
            found = re.search(r"“(.*)”", chip.text())
            assert found is not None, chip.text()
            text = found.group(1)
        elif isinstance(key, Constraint) and key.kind == "statuses":
            statuses.append(str(key.value))
        elif isinstance(key, Constraint) and key.kind == "roles":
            roles.append(str(key.value))
        elif isinstance(key, Constraint) and key.kind == "years":
            assert isinstance(key.value, tuple)
            query = PeopleQuery(year_from=key.value[0], year_to=key.value[1])
        else:
            raise AssertionError(f"a chip this machine never made: {key!r}")
    sort = SortKey(window.list_pane.sort_box.currentData())
    descending = window.people_model.query().descending
    # the search box searches as the user types: the last word is also a prefix
    only = search(oracle, text, live=True, limit=SEARCH_LIMIT).person_ids if text else None
    query = PeopleQuery(
        statuses=tuple(statuses),
        roles=tuple(roles),
        year_from=query.year_from,
        year_to=query.year_to,
        only_ids=only,
        sort=sort,
        descending=descending,
        names=window.people_model.query().names,  # View ▸ Show names in: the names' order
    )
    plist = list_people(oracle.db, query)
    return [r.id for r in get_rows(oracle.db, plist.pks(oracle.db, 0, plist.count))]


class ViewMachine(RuleBasedStateMachine):
    """Drives one window; see the module docstring."""

    qtbot: QtBot
    window: MainWindow
    oracle: Archive

    @initialize()
    def start_clean(self) -> None:
        """Every run starts from the opened archive: no search, no filters, no undo history."""
        if _letters_mode(self.window):
            self.window.action_map["letters_mode"].trigger()
        self.window.browse.clear_all()
        self.window.browse.set_sort(SortKey.NAME)
        self.window.browse.forget_undo()
        self._settle()
        self.window.list_pane.select_row(0)
        self._settle()

    def _settle(self) -> None:
        window = self.window
        self.qtbot.waitUntil(
            lambda: (
                window.browse.settled()
                and window.record.settled()
                and window.letters.settled()
                and not window.tasks.is_busy()
            ),
            timeout=WAIT_MS,
        )

    # ----- what a person does -----------------------------------------------------------

    @rule(text=st.sampled_from(TEXTS))
    def type_text(self, text: str) -> None:
        self.window.search_box.setText(text)
        self._settle()

    @rule()
    def clear_search(self) -> None:
        self.qtbot.keyClick(self.window.search_box, Qt.Key.Key_Escape)
        self._settle()

    @rule(data=st.data(), kind=st.sampled_from(sorted(FACETS)))
    def toggle_facet(self, data: st.DataObject, kind: str) -> None:
        """Click a value's check box in the facet, as listed now (counts under the filters)."""
        model = self.window.facets_pane.models[kind]
        listed = [model.data(model.index(r, 0), Role.VALUE) for r in range(model.rowCount())]
        if not listed:
            return
        value = data.draw(st.sampled_from(listed))
        row = listed.index(value)
        index = model.index(row, 0)
        checked = model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
        self._settle()

    @rule(low=YEARS, high=YEARS)
    def change_years(self, low: int | None, high: int | None) -> None:
        pane = self.window.facets_pane
        pane.years_changed.emit((low, high))  # what the boxes say when the user sets them
        self._settle()

    @rule(sort=st.sampled_from(SORTS), descending=st.booleans())
    def sort(self, sort: SortKey, descending: bool) -> None:
        self.window.list_pane.sort_chosen.emit(sort, descending)
        self._settle()

    @rule(share=st.floats(0, 1))
    def select(self, share: float) -> None:
        if _letters_mode(self.window):
            table = self.window.letters_pane.table
            count = table.model().rowCount()
            if count:
                table.selectRow(min(count - 1, int(share * count)))
                self._settle()
            return
        count = self.window.people_model.rowCount()
        if count:
            self.window.list_pane.select_row(min(count - 1, int(share * count)))
            self._settle()

    @rule(person=st.sampled_from(PEOPLE))
    def follow_a_link(self, person: str) -> None:
        """A relation in the record, the timeline, Back, an undo: someone chosen outside the list.

        In the Letters mode this showed the record of someone the letters list did not hold
        (a released person), its current row another."""
        self.window.browse.go_to_person(person)
        self.qtbot.wait(20)  # what the window does in the next turn of the event loop
        self._settle()

    @rule()
    def switch_list_mode(self) -> None:
        """View ▸ Letters: the list of people in custody, or back to the People list."""
        self.window.action_map["letters_mode"].trigger()
        self._settle()

    @rule(data=st.data())
    def remove_a_chip(self, data: st.DataObject) -> None:
        chips = self.window.chip_bar.chips()
        if chips:
            data.draw(st.sampled_from(chips)).click()
            self._settle()

    @rule()
    def clear_all(self) -> None:
        self.window.chip_bar.clear_all_requested.emit()
        self._settle()

    @rule(names=st.sampled_from(list(NameScript)))
    def show_names_in(self, names: NameScript) -> None:
        self.window.output.names_actions[str(names)].trigger()
        self._settle()

    @rule()
    def undo(self) -> None:
        self.window.action_map["undo_filters"].trigger()
        self._settle()

    # ----- what must always hold --------------------------------------------------------------

    @invariant()
    def the_list_is_what_the_chips_say(self) -> None:
        window = self.window
        expected = _expected(window, self.oracle)
        assert _ids(window) == expected
        if _letters_mode(window):
            chosen = set(expected)
            in_custody = [r.person_id for r in iter_letters(self.oracle.db)]
            assert _letter_ids(window) == [p for p in in_custody if p in chosen]
        checked = {
            (field, v)
            for attr, field in (("statuses", "statuses"), ("roles", "roles"))
            for v in window.facets_pane.models[attr].checked()
        }
        chips = {
            (k.kind, k.value)
            for k in (c.property("chip_key") for c in window.chip_bar.chips())
            if isinstance(k, Constraint) and k.kind in ("statuses", "roles")
        }
        assert checked <= chips  # nothing filters that is not a chip
        years = [
            k.value
            for k in (c.property("chip_key") for c in window.chip_bar.chips())
            if isinstance(k, Constraint) and k.kind == "years"
        ]
        assert window.facets_pane.years() == (years[0] if years else (None, None))

    @invariant()
    def the_record_is_in_the_list(self) -> None:
        window = self.window
        ids = _ids(window)
        record = window.detail_pane.record()
        if _letters_mode(window):
            letters = _letter_ids(window)
            assert (record.id if record else None) in (letters or [None])
            return
        if not ids:
            assert record is None
            return
        assert record is not None
        assert record.id in ids
        current = window.list_pane.current_person()
        assert current is not None
        assert current.id == record.id
        assert current.display_name == record.display_name  # named alike, in the script shown
        assert window.people_model.query().names == window.browse.state.names

    @invariant()
    def the_annotation_target_is_the_record(self) -> None:
        window = self.window
        record = window.detail_pane.record()
        pane = window.annotations_pane
        shown = pane.record()
        assert (shown.id if shown else None) == (record.id if record else None)
        entry = pane.current_entry()
        if record is None:
            assert entry is None
            assert window.browse.state.entry is None
        else:
            assert entry is not None
            assert (entry.entity_type, entry.entity_id) == ("person", record.id)
            assert window.browse.state.entry == ("person", record.id)  # the state agrees

    @invariant()
    def the_timeline_shows_the_people_of_the_list(self) -> None:
        """In either list mode: the Letters list once showed 127 people in custody while the
        timeline showed the events of all 300."""
        window = self.window
        listed = _letter_ids(window) if _letters_mode(window) else _ids(window)
        plist = list_people(self.oracle.db, window.timeline_pane.query())
        shown = [r.id for r in get_rows(self.oracle.db, plist.pks(self.oracle.db, 0, plist.count))]
        assert sorted(shown) == sorted(listed)

    @invariant()
    def the_note_above_the_list_is_the_search_s(self) -> None:
        """What reading the query repaired is said above the list, in the window's words,
        for the search shown and no other (it was English, and in the status bar only)."""
        window = self.window
        if _letters_mode(window):
            return
        text = window.browse.state.search_text
        label = window.list_pane.search_label
        expected = notes_text(parse(text).notes) if text else ""
        if text and search(self.oracle, text, live=True, limit=SEARCH_LIMIT).more:
            more = QueryNotes.tr(MORE_TEXT).format(count=SEARCH_LIMIT)
            expected = f"{expected} {more}" if expected else more
        shown = html.unescape(label.text()) if label.isVisibleTo(window.list_pane) else ""
        if expected:
            assert expected in shown, (text, shown)
        elif window.people_model.rowCount():
            assert not shown, (text, shown)

    @invariant()
    def a_list_cut_short_says_so(self) -> None:
        """ "status:in_custody" typed listed the first 1,000 of 1,347 under "1 000 of 3 000
        people", silently: a search that found more than it lists says so above the list."""
        window = self.window
        text = window.browse.state.search_text
        if _letters_mode(window) or not text:
            return
        everyone = search(self.oracle, text, live=True, limit=10_000).person_ids
        listed = window.browse.state.current_search()
        assert listed is not None
        label = window.list_pane.search_label
        shown = html.unescape(label.text()) if label.isVisibleTo(window.list_pane) else ""
        said = QueryNotes.tr(MORE_TEXT).format(count=SEARCH_LIMIT)
        if len(everyone) > len(listed.hits):
            assert said in shown, (text, shown)
        else:
            assert said not in shown, (text, shown)

    @invariant()
    def clear_all_is_offered_when_something_narrows_the_list(self) -> None:
        """Edit ▸ Clear filters and search was enabled with nothing to clear (and did nothing)."""
        window = self.window
        narrowed = window.browse.state.has_constraints()
        assert window.action_map["clear_filters"].isEnabled() == narrowed

    @invariant()
    def the_status_bar_counts_the_list(self) -> None:
        window = self.window
        count = window.people_model.rowCount()
        if _letters_mode(window):
            count = len(_letter_ids(window))
            title = window.letters_pane.title.text()
            assert re.search(rf"\b{count}\b", title), title
        text = window.counts_label.text()
        assert re.match(rf"^{count}\b", text.replace("\u202f", "")), text
        assert not re.search(r"\d+ found", window.statusBar().currentMessage())


def test_random_user_actions_keep_the_window_truthful(
    qtbot: QtBot, window: MainWindow, oracle: Archive
) -> None:
    from hypothesis.stateful import run_state_machine_as_test

    class Bound(ViewMachine):
        pass

    Bound.qtbot, Bound.window, Bound.oracle = qtbot, window, oracle
    run_state_machine_as_test(Bound, settings=MACHINE)


def test_the_machine_can_fail(
    qtbot: QtBot, window: MainWindow, oracle: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The invariants catch a hidden filter: a years range the chips do not show."""
    from viewer import view_state

    real = view_state.query_of

    def hidden_years(state, tag_people=None):  # type: ignore[no-untyped-def]
        query = real(state, tag_people)
        if query is None or state.search_text != "Lukashenka":
            return query
        from dataclasses import replace

        return replace(query, year_from=2024, year_to=2024)

    monkeypatch.setattr("viewer.controllers.browse.query_of", hidden_years)
    machine = ViewMachine.__new__(ViewMachine)
    machine.qtbot, machine.window, machine.oracle = qtbot, window, oracle
    ViewMachine.__init__(machine)
    machine.start_clean()
    machine.type_text("Lukashenka")
    with pytest.raises(AssertionError):
        machine.the_list_is_what_the_chips_say()
    assert PersonId("p-lukashenka") in search(oracle, "Lukashenka").person_ids
