"""The window's status bar: a long message ends in "…" and shows whole as a tooltip.

QStatusBar draws its temporary message clipped at the first permanent widget,
so a Belarusian or Russian message (often a third longer than the English)
was cut mid-word with nothing saying more was there, at 800×600 most of all.
`ElidingStatusBar` paints the message as QStatusBar does, but elided with
`QFontMetrics.elidedText`, and keeps the whole message as the bar's tooltip
while it does not fit. `currentMessage()` stays the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

MARGIN = 6
"""QStatusBar's own gap before the message and before the first permanent widget."""


class ElidingStatusBar(QStatusBar):
    """A QStatusBar whose message never ends mid-word without an ellipsis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusBar")
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._update_tooltip)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)

    def message_rect(self) -> QRect:
        """Where the message is drawn: up to the first visible permanent widget."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = MARGIN, self.width() - 2 * MARGIN
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            left, right = (grip.x() + grip.width(), right) if rtl else (left, grip.x())
        visible = [w for w in self._permanent if w.isVisible()]
        if visible:
            if rtl:
                left = max(left, max(w.x() + w.width() for w in visible) + 2)
            else:
                right = min(right, min(w.x() for w in visible) - 2)
        return QRect(left, 0, max(right - left, 0), self.height())

    def _one_line(self) -> str:
        return " ".join(self.currentMessage().split())

    def shown_message(self) -> str:
        """The message as it is drawn now: whole, or elided to fit."""
        mode = Qt.TextElideMode.ElideRight
        return self.fontMetrics().elidedText(self._one_line(), mode, self.message_rect().width())

    def is_elided(self) -> bool:
        return bool(self.currentMessage()) and self.shown_message() != self._one_line()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                frame.state = QStyle.StateFlag.State_None
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
                )
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self.message_rect(), int(flags | Qt.TextFlag.TextSingleLine), self.shown_message()
        )
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a permanent widget came or went
            self._update_tooltip()
        return super().event(event)

    def _update_tooltip(self, _message: str = "") -> None:
        self.setToolTip(self.currentMessage() if self.is_elided() else "")
