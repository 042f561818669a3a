"""Draws one annotation as wrapped rich text (heading line plus rendered Markdown).

Measuring a row means laying out a rich-text document, about a quarter of a
millisecond each; a person with 10,000 notes would spend seconds on it every
time the list is refilled (each reload after an edit). So heights are kept
by (item, width): an AnnotationItem is a frozen record of everything drawn
(annotation revision, entry label, tag), so the list measures only rows it
has not measured before.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.annotations.render import AnnotationItem
from viewer.models.roles import Role
from viewer.palette_colours import selection_tint

Index = QModelIndex | QPersistentModelIndex
CSS = "p { margin-top: 2px; margin-bottom: 2px; } ul { margin-top: 0; margin-bottom: 2px; }"
MAX_CACHED_HEIGHTS = 100_000


class AnnotationDelegate(QStyledItemDelegate):
    """Rich-text rows whose height follows the view's width (the view re-lays out on resize)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[object, int, str], int] = {}  # (item, width, font) -> height

    def _document(self, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self._view.font())
        doc.setDefaultStyleSheet(CSS)
        doc.setDocumentMargin(6)
        item = index.data(Role.RECORD)
        doc.setHtml(item.html() if isinstance(item, AnnotationItem) else "")
        doc.setTextWidth(max(width, 80))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect, state = option.rect, option.state
        painter.save()
        palette = option.palette
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, selection_tint(palette))
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        document = self._document(index, rect.width())  # kept: the layout is its child
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width()
        item = index.data(Role.RECORD)
        key = (item, width, self._view.font().key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= MAX_CACHED_HEIGHTS:
                self._heights.clear()
            height = self._heights[key] = int(self._document(index, width).size().height()) + 1
        return QSize(width, height)
