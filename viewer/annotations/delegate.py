"""Draws one annotation as wrapped rich text (heading line plus rendered Markdown)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QColor, QPainter, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.annotations.render import AnnotationItem
from viewer.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
SELECTED = QColor("#dbe7fb")
SEPARATOR = QColor("#e0e0e0")
CSS = "p { margin-top: 2px; margin-bottom: 2px; } ul { margin-top: 0; margin-bottom: 2px; }"


class AnnotationDelegate(QStyledItemDelegate):
    """Rich-text rows whose height follows the view's width (the view re-lays out on resize)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

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
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, SELECTED)
        painter.setPen(SEPARATOR)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.translate(rect.topLeft())
        self._document(index, rect.width()).drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width()
        doc = self._document(index, width)
        return QSize(width, int(doc.size().height()) + 1)
