"""Removable chips above the list, one per active constraint, with "Clear all" and "Undo".

Datasette shows every active facet and filter as a pill above its table;
this is that bar. The bar only shows what it is given (`show`) and says
what the user asked for by signal; the browse controller decides what the
chips are. Each chip is a button: pressing it (mouse, Space, Enter) removes
its constraint, and its accessible name says so.

Focus stays with the keyboard: a chip removed from the keyboard hands the
focus to the chip that takes its place; when the last one goes (or "Clear
all" does), `focus_left` asks the window to put it back in the list. Before,
the focus went with the deleted button, to nothing, and the next Tab started
over from the window's first control.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from viewer.constraints import Chip
from viewer.widgets.flow_layout import FlowLayout


class ChipBar(QWidget):
    """The chips; hidden when there are none (unless an Undo is offered).

    Signals:
        removed(object): the key of the chip pressed.
        clear_all_requested(): "Clear all" was pressed.
        undo_requested(): "Undo" was pressed.
        focus_left(): the focus was in the bar and nothing there can keep it.
    """

    removed = Signal(object)
    clear_all_requested = Signal()
    undo_requested = Signal()
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChipBar")
        self.setAccessibleName(self.tr("Active filters"))
        self._layout = FlowLayout(self, spacing=4)
        self._layout.setContentsMargins(8, 4, 8, 2)
        self._chips: list[QToolButton] = []
        self._note = QLabel(self)
        self._note.setObjectName("ChipNote")
        # tool buttons, as wide as their words: push buttons are at least 80 px in Fusion, and
        # in Belarusian "Вярнуць" and "Ачысціць усё" wrapped to a second row at 1024 px
        self.clear_button = _text_button(self.tr("Clear all"), "ClearAllChips", self)
        self.clear_button.setAccessibleName(self.tr("Clear all filters and the search"))
        self.clear_button.clicked.connect(self.clear_all_requested)
        self.undo_button = _text_button(self.tr("Undo"), "UndoChips", self)
        self.undo_button.setAccessibleName(self.tr("Undo the last change to the filters"))
        self.undo_button.clicked.connect(self.undo_requested)
        self._layout.addWidget(self._note)
        self._layout.add_stretch()
        self._layout.addWidget(self.undo_button)
        self._layout.addWidget(self.clear_button)
        QWidget.setTabOrder(self.undo_button, self.clear_button)  # Tab goes as the eye reads
        self.hide()

    def chips(self) -> list[QToolButton]:
        """The chip buttons shown, in order (for tests and the Tab order)."""
        return list(self._chips)

    def texts(self) -> list[str]:
        return [chip.text() for chip in self._chips]

    def show_chips(self, chips: Sequence[Chip], *, can_undo: bool, cleared: bool) -> None:
        """Show `chips`; `cleared`: the last change removed the last one (offer Undo)."""
        wanted = [(c.key, c.text, c.pending) for c in chips]
        shown = [(b.property("chip_key"), b.text(), b.font().italic()) for b in self._chips]
        focused = self.window().focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        at = self._chips.index(focused) if focused in self._chips else None
        if wanted != shown:
            self._rebuild(chips)
        self.clear_button.setVisible(bool(chips))
        self.undo_button.setVisible(can_undo and (bool(chips) or cleared))
        self._note.setVisible(not chips and cleared)
        self._note.setText(self.tr("Showing everybody."))
        self.setVisible(bool(chips) or (cleared and can_undo))
        if had_focus:
            self._keep_focus(focused, at)

    def _keep_focus(self, focused: QWidget | None, at: int | None) -> None:
        """The focus was in the bar: keep it on what is still there, or hand it back."""
        kept = (*self._chips, self.undo_button, self.clear_button)
        if focused is not None and focused in kept and focused.isVisibleTo(self):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._chips:
            index = min(at if at is not None else 0, len(self._chips) - 1)
            self._chips[index].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.focus_left.emit()

    def _rebuild(self, chips: Sequence[Chip]) -> None:
        for button in self._chips:
            self._layout.removeWidget(button)
            button.hide()  # now: until its deferred deletion it was drawn under the new chips
            button.deleteLater()
        self._chips = []
        for n, chip in enumerate(chips):
            button = QToolButton(self)
            button.setObjectName("Chip")
            button.setText(chip.text)
            button.setProperty("chip_key", chip.key)
            button.setToolTip(self.tr("Remove this filter"))
            button.setAccessibleName(self.tr("Remove filter: {chip}").format(chip=chip.text))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoRaise(False)
            if chip.pending:
                font = button.font()
                font.setItalic(True)
                button.setFont(font)
            button.clicked.connect(lambda _checked=False, key=chip.key: self.removed.emit(key))
            self._layout.insert_widget(n, button)
            button.show()  # now, not queued by the layout: the focus may be handed to it
            self._chips.append(button)
        # new buttons join the end of the window's Tab chain: put them back where they show,
        # after the Tab stop before this bar (Qt's setTabOrder ignores widgets without focus)
        order = [_tab_stop_before(self), *self._chips, self.undo_button, self.clear_button]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)


def _text_button(text: str, name: str, parent: QWidget) -> QToolButton:
    """A flat button showing `text`, no wider than it, and a Tab stop."""
    button = QToolButton(parent)
    button.setText(text)
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _tab_stop_before(widget: QWidget) -> QWidget:
    """The Tab stop before `widget` and its children in the focus chain (itself if none)."""
    anchor = widget.previousInFocusChain()
    while (
        anchor is not None
        and anchor is not widget
        and (
            widget.isAncestorOf(anchor)
            or anchor.isAncestorOf(widget)
            or not anchor.focusPolicy() & Qt.FocusPolicy.TabFocus
        )
    ):
        anchor = anchor.previousInFocusChain()
    return anchor if anchor is not None else widget
