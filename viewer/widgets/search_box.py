"""The search box: what is typed, recent searches offered with Down, Escape to clear.

It says what the user typed (`text_edited`) and nothing else; the browse
controller decides when a search runs. `show_text` puts the view state's
text back (Undo, "Clear all", another archive) without counting as typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class SearchBox(QLineEdit):
    """A line edit for the main search.

    Signals:
        text_edited(str): the text changed by typing, pasting or the clear button.
        escape_pressed(): Escape cleared the box (the list takes the focus).
    """

    text_edited = Signal(str)
    escape_pressed = Signal()

    def __init__(self, recent: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchBox")
        self.setPlaceholderText(self.tr("Search names, quotes, sentences (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.setMaximumWidth(480)
        self._recent = recent
        self._quiet = False
        self.recent_model = QStringListModel(recent(), self)
        completer = QCompleter(self.recent_model, self)
        completer.setObjectName("RecentSearches")
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._completer = completer
        self.textChanged.connect(self._on_text_changed)
        self.installEventFilter(self)

    def show_text(self, text: str) -> None:
        """Show `text` (from the view state) without emitting `text_edited`."""
        if text == self.text():
            return
        self._quiet = True
        try:
            self.setText(text)
        finally:
            self._quiet = False

    def refresh_recent(self) -> None:
        """Reread the recent searches, unless their list is open right now."""
        if not self.recent_shown():
            self.recent_model.setStringList(self._recent())

    def recent_shown(self) -> bool:
        popup = self._completer.popup()
        return popup is not None and popup.isVisible()

    def offer_recent(self) -> None:
        """Recent searches containing what is typed (all of them when the box is empty)."""
        self.recent_model.setStringList(self._recent())
        self._completer.setCompletionPrefix(self.text())
        if self._completer.completionCount():
            self._completer.complete()

    def _on_text_changed(self, text: str) -> None:
        if not self._quiet:
            self.text_edited.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not self.recent_shown():
                self.clear()
                self.escape_pressed.emit()
                return True
            if event.key() == Qt.Key.Key_Down and not self.recent_shown():
                self.offer_recent()
                return True
        return super().eventFilter(watched, event)
