"""A layout that lines its widgets up left to right and wraps them onto new rows.

For button rows in narrow panes: where a QHBoxLayout squeezes buttons over
each other, this one starts another row. A widget wider than the whole row
gets the row's width (its text clips inside it; it never covers another).
Widgets after a `add_stretch()` marker are pushed to the right end of the
last row they share with it, as a QHBoxLayout stretch would.

Its minimum height is that of the rows at its current width, not only a
height for width: a pane in a QSplitter is sized by its minimum, and the
splitter never asks for a height for width.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

_NO_DIRECTION = Qt.Orientation(0)  # made once: layouts ask for it all the time


class FlowLayout(QLayout):
    """Rows of widgets that wrap at the layout's width (height for width)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_at: int | None = None
        self._rows_height: int | None = None  # at the width last laid out
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_stretch(self) -> None:
        """Widgets added from now on go to the right end of their row."""
        self._stretch_at = len(self._items)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put `widget` at `index` in the order (before the stretch if `index` is)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        if self._stretch_at is not None and index <= self._stretch_at:
            self._stretch_at += 1
        self.invalidate()

    # ----- QLayout ----------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._stretch_at is not None and index < self._stretch_at:
            self._stretch_at -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return _NO_DIRECTION

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, apply=True)
        if height != self._rows_height:
            self._rows_height = height
            QTimer.singleShot(0, self, self.invalidate)  # the parent asks again for our minimum

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """As wide as the narrowest widget (they wrap and clip), as tall as the rows now need.

        Not the widest: a box layout lays out a height for at least that width.
        """
        visible = self._visible()
        size = QSize(
            min((i.minimumSize().width() for i in visible), default=0),
            max((i.minimumSize().height() for i in visible), default=0),
        )
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        if self._rows_height is not None:
            size.setHeight(max(size.height(), self._rows_height))
        return size

    # ----- internals ----------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the widgets in rows inside `rect`; returns the height they need."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        rows: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), 1))
            size = QSize(width, hint.height())
            right = self._stretch_at is not None and index >= self._stretch_at
            if rows[-1] and used + gap + width > area.width():
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + width
            rows[-1].append((item, size, right))
        y = area.top()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _, size, _ in row)
            if apply:
                self._place_row(row, area, y, height, gap)
            y += height + gap
        return max(0, y - gap - area.top()) + m.top() + m.bottom()

    @staticmethod
    def _place_row(
        row: list[tuple[QLayoutItem, QSize, bool]], area: QRect, y: int, height: int, gap: int
    ) -> None:
        left = [(item, size) for item, size, right in row if not right]
        right = [(item, size) for item, size, right in row if right]
        x = area.left()
        for item, size in left:
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x += size.width() + gap
        x = area.right() + 1
        for item, size in reversed(right):
            x -= size.width()
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x -= gap
