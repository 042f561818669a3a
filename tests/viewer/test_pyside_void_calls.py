"""PySide6 6.12.0 on Python 3.11 aborts (none_dealloc) after thousands of void calls.

The project pins 6.11.3 on 3.11; this test makes the calls that crashed so a
bad upgrade fails here rather than in someone's hands.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 50_000


def test_many_void_returning_calls_do_not_crash(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for i in range(CALLS // 2):
        widget.resize(100 + i % 50, 80 + i % 30)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour = QColor("#336699")
    try:
        for i in range(CALLS // 2):
            painter.fillRect(QRect(i % 60, i % 60, 4, 4), colour)
    finally:
        painter.end()
    assert widget.width() == 100 + (CALLS // 2 - 1) % 50
    assert image.pixelColor(0, 0) == colour
