"""Paints the search "Match" column as rich text, the matched words in bold.

The model gives the cell's HTML in `Role.HTML` (escaped text, `<b>` around
the matched words); a QTextDocument lays it out on one line. Everything else
(background, selection, focus) is the style's ordinary item painting.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex


TEXT_MARGIN = 3
"""The style's text margin in a cell (QStyle::PM_FocusFrameHMargin + 1 in Fusion)."""
ELLIPSIS = "…"
DOCUMENTS_KEPT = 256
"""Laid-out documents kept: a repaint of the visible rows lays none out again."""


class MatchDelegate(QStyledItemDelegate):
    """Rich text from `Role.HTML`, on one line; cut at the cell's end with "…"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, str], QTextDocument] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        key = (text, option.font.key())
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = self._new_document(option, text)
        self._documents[key] = doc
        while len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)
        return doc

    def _new_document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(text)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        text = index.data(Role.HTML)
        if not isinstance(text, str):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)  # the view's: row state, alternation, selection
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # only the cell's background: initStyleOption would ask the model for every role
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(TEXT_MARGIN, 0, -TEXT_MARGIN, 0)
        doc = self._document(opt, text)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = rect.top() + max(0, (rect.height() - round(doc.size().height())) // 2)
        cut = doc.idealWidth() + 2 > rect.width()
        ellipsis = opt.fontMetrics.horizontalAdvance(ELLIPSIS) if cut else 0
        painter.setClipRect(rect.adjusted(0, 0, -ellipsis, 0))
        painter.translate(rect.left() + 2, top)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        if cut:  # the text goes on: say so, as the other columns do (the tooltip has it all)
            painter.save()
            painter.setFont(opt.font)
            painter.setPen(opt.palette.color(role))
            end = rect.adjusted(rect.width() - ellipsis, 0, 0, 0)
            painter.drawText(
                end, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), ELLIPSIS
            )
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        text = index.data(Role.HTML)
        if not isinstance(text, str):
            return super().sizeHint(option, index)
        size = self._document(option, text).size()
        return QSize(round(size.width()) + 4, round(size.height()))
