"""The record's text browser: one Tab stop, arrow keys from link to link inside.

QTextBrowser makes every link a Tab stop (a record has dozens: people,
sources, dates), so Tab took 25 presses to get past it. Here Tab and
Shift+Tab leave the record; Right and Left move to the next and previous
link (wrapping around), Enter follows the link selected, and Up, Down and
the page keys scroll as in any document.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.widgets.line_breaks import breakable_html, strip_breaks

Anchor = tuple[int, int, str]
"""(start, end, href) of a link in the document."""


def document_anchors(browser: QTextBrowser) -> list[Anchor]:
    """Every link of the document, in reading order (a link's fragments joined)."""
    anchors: list[Anchor] = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                if anchors and anchors[-1][2] == href and anchors[-1][1] == start:
                    anchors[-1] = (anchors[-1][0], end, href)
                else:
                    anchors.append((start, end, href))
            it += 1
        block = block.next()
    return anchors


class RecordBrowser(QTextBrowser):
    """A QTextBrowser that is one Tab stop; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def setHtml(self, text: str) -> None:
        """Show `text` with break points in long unbroken runs (viewer.widgets.line_breaks)."""
        super().setHtml(breakable_html(text))

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as copied or dragged, without the break points added for layout."""
        data = QMimeData()
        data.setText(strip_breaks(self.textCursor().selection().toPlainText()))
        return data

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # leave; never step through the links

    def step_link(self, forward: bool) -> str:
        """Select the next (or previous) link, wrapping around; its href ("" when none)."""
        anchors = document_anchors(self)
        if not anchors:
            return ""
        cursor = self.textCursor()
        starts = [a[0] for a in anchors]
        selected = cursor.hasSelection()
        here = cursor.selectionStart() if selected else cursor.position()
        if forward:
            at = bisect.bisect_right(starts, here) if selected else bisect.bisect_left(starts, here)
        else:
            at = bisect.bisect_left(starts, here) - 1
        index = at % len(anchors)
        start, end, href = anchors[index]
        selection = QTextCursor(self.document())
        selection.setPosition(start)
        selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(selection)
        self.ensureCursorVisible()
        return href

    def selected_link(self) -> str:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        for start, end, href in document_anchors(self):
            if start <= cursor.selectionStart() and cursor.selectionEnd() <= end:
                return href
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, plain = event.key(), event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step_link(key == Qt.Key.Key_Right)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            href = self.selected_link()
            if href:
                self.anchorClicked.emit(QUrl(href))
                return
        super().keyPressEvent(event)
