"""A style that draws an outline around check boxes on a dark palette.

Fusion outlines a check box (and an item view's check) in the window colour
made darker: on a dark palette that is black on near-black, so an unchecked
filter value or the toolbar's "Exact" read as plain text with nothing to
click. This proxy draws the base style's indicator, then, on a dark palette
only, a thin outline in the text colour: light desktops look as before.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from viewer.palette_colours import is_dark

CHECKS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)
OUTLINE_ALPHA = 170


class CheckOutlineStyle(QProxyStyle):
    """The application's style, with check boxes that show on dark palettes too."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in CHECKS or not is_dark(option.palette):
            return
        size = min(option.rect.width(), option.rect.height(), 16) - 1
        if size < 6:
            return
        box = QRectF(0, 0, size, size)
        box.moveCenter(QRectF(option.rect).center())
        colour = QColor(option.palette.color(option.palette.ColorRole.Text))
        colour.setAlpha(OUTLINE_ALPHA)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.restore()


def install(app: object) -> None:
    """Wrap the application's current style (call again after `setStyle`)."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    current = app.style()
    if isinstance(current, CheckOutlineStyle):
        return
    app.setStyle(CheckOutlineStyle(current.name()))
