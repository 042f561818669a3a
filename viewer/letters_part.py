"""The Letters list mode's part of the window: its controller, its pane, and their wiring.

Called from viewer.window_parts (`build_letters` after the layout is built,
`wire_letters` with the rest of the wiring), so the window shell stays thin
and the mode's flow lives in one place. The mode itself is the view state's
(`ViewState.mode`, set by the View ▸ Letters action through `SetMode`); when
it is a mode with a list of its own (viewer.list_modes), that list takes the
people list's place, and leaving the mode brings the people list back.

The letters list follows the people list's query (every chip applies to it),
and while it shows, the status bar counts it, as its title does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from viewer.controllers.letters import LettersController
from viewer.list_modes import LETTERS, PEOPLE, mode_of
from viewer.panes.letters import LettersPane
from viewer.view_state import SetMode, ViewState

if TYPE_CHECKING:
    from viewer.controllers.browse import ListShown
    from viewer.controllers.context import AppContext
    from viewer.mainwindow import MainWindow


def build_letters(w: MainWindow, context: AppContext) -> None:
    """Make the letters controller and pane; the pane goes into the list's stack."""
    w.letters = LettersController(context, w.browse.archive, w)
    w.letters_pane = LettersPane(w.letters.model, w)
    w.letters_pane.show_language(w.letters.language())
    w.layout_.list_stack.addWidget(w.letters_pane)


def wire_letters(w: MainWindow) -> None:
    """Connect the mode's action, the pane and the controller."""
    letters, pane, action = w.letters, w.letters_pane, w.action_map["letters_mode"]

    def choose(on: bool) -> None:
        w.browse.dispatch(SetMode(LETTERS.name if on else PEOPLE.name), undoable=False)

    def show_count(count: int | None) -> None:
        """The title and the status bar say the same count (None: still reading)."""
        pane.show_count(count)
        w.counts_label.setText(pane.count_text(count))

    def keep_listed() -> None:
        """Letters shows and a person was chosen elsewhere (a link, the timeline, Back, an
        undo): their row becomes current, or the People list comes back to show them. The
        record showed someone the letters list did not hold, its current row another."""
        selected = w.browse.state.selected
        if mode_of(w.browse.state.mode) is not LETTERS or selected is None:
            return
        if letters.count is None or pane.show_person(selected):
            return  # still reading: `listed` puts the record back in the list
        choose(False)
        w.show_status(letters.not_listed_text(), 10_000)

    def follow(old: ViewState, new: ViewState) -> None:
        mode = mode_of(new.mode)
        action.setChecked(mode is LETTERS)
        if mode is LETTERS and old.mode == new.mode and new.selected != old.selected:
            QTimer.singleShot(0, w, keep_listed)  # not while the state is changing
        if old.mode == new.mode and (new.mode != LETTERS.name or letters.active()):
            return
        shown = w.browse.shown()
        if shown is not None:  # the timeline shows the people of the list in the new mode
            w.presenter.show_filters(shown.query)
        if mode is LETTERS and w.browse.archive() is not None:
            w.layout_.list_stack.setCurrentWidget(pane)
            show_count(None)
            letters.set_query(shown.query if shown is not None else None)
            letters.show()
        else:
            letters.hide()
            w.layout_.list_stack.setCurrentWidget(w.list_pane)
            w.counts_label.setText(w.list_pane.count_label.text())
            first = w.people_model.person_at(0)
            if w.browse.state.selected is None and first is not None:
                w.browse.select(first.id)  # the record follows the list shown
                w.list_pane.select_row(0)

    def follow_list(shown: ListShown) -> None:
        """The people list changed (search, filters, tags): the letters list narrows with it."""
        if letters.set_query(shown.query):
            show_count(None)
        elif letters.active() and letters.count is not None:
            listed(letters.count)  # the same people: the record goes back to the letters list

    def listed(count: int) -> None:
        show_count(count)
        if count:
            chosen = pane.select_person(w.browse.state.selected)
            if chosen is not None and chosen != w.browse.state.selected:
                w.browse.go_to_person(chosen)  # the row was current already: no signal
        elif letters.active():
            w.browse.select(None)  # nobody in the list shown: no record

    action.setEnabled(True)
    action.triggered.connect(lambda: choose(action.isChecked()))
    w.browse.state_changed.connect(follow)
    w.browse.list_shown.connect(follow_list)
    letters.listed.connect(listed)
    letters.written.connect(lambda text: w.show_status(text, 10_000))
    letters.failed.connect(w.dialogs.show_error)
    pane.person_selected.connect(w.browse.go_to_person)
    pane.language_chosen.connect(letters.set_language)
    pane.export_requested.connect(letters.export)
    w.lock_flow.locked.connect(lambda *_args: letters.clear())
    w.opener.opened.connect(lambda _opened: letters.clear())
