"""The Letters list mode's part of the window: its controller, its pane, and their wiring.

Called from viewer.window_parts (`build_letters` after the layout is built,
`wire_letters` with the rest of the wiring), so the window shell stays thin
and the mode's flow lives in one place. The mode itself is the view state's
(`ViewState.mode`, set by the View ▸ Letters action through `SetMode`); when
it is a mode with a list of its own (viewer.list_modes), that list takes the
people list's place, and leaving the mode brings the people list back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.controllers.letters import LettersController
from viewer.list_modes import LETTERS, PEOPLE, mode_of
from viewer.panes.letters import LettersPane
from viewer.view_state import SetMode, ViewState

if TYPE_CHECKING:
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

    def follow(old: ViewState, new: ViewState) -> None:
        mode = mode_of(new.mode)
        action.setChecked(mode is LETTERS)
        if old.mode == new.mode and (new.mode != LETTERS.name or letters.active()):
            return
        if mode is LETTERS and w.browse.archive() is not None:
            w.layout_.list_stack.setCurrentWidget(pane)
            pane.show_count(None)
            letters.show()
        else:
            letters.hide()
            w.layout_.list_stack.setCurrentWidget(w.list_pane)

    action.setEnabled(True)
    action.triggered.connect(lambda: choose(action.isChecked()))
    w.browse.state_changed.connect(follow)
    letters.listed.connect(pane.show_count)
    letters.listed.connect(lambda _count: pane.select_person(w.browse.state.selected))
    letters.written.connect(lambda text: w.show_status(text, 10_000))
    letters.failed.connect(w.dialogs.show_error)
    pane.person_selected.connect(w.browse.go_to_person)
    pane.language_chosen.connect(letters.set_language)
    pane.export_requested.connect(letters.export)
    w.lock_flow.locked.connect(lambda *_args: letters.clear())
    w.opener.opened.connect(lambda _opened: letters.clear())
