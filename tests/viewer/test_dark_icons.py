"""Toolbar icons read on a dark palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from viewer.palette_colours import contrast
from viewer.resources import icon

DARK = {"Window": "#202124", "Base": "#17181a", "Button": "#303134", "ButtonText": "#e8eaed"}


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    old = QGuiApplication.palette()
    palette = QPalette(old)
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    QApplication.setPalette(palette)
    try:
        yield palette
    finally:
        QApplication.setPalette(old)


def _line_colour(name: str) -> QColor:
    """The colour of the icon's most opaque pixel at 24 px (its lines)."""
    image = icon(name).pixmap(24, 24).toImage()
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda c: c.alpha(),
    )
    assert best.alpha() > 200
    best.setAlpha(255)
    return best


@pytest.mark.parametrize("name", ["open", "back", "forward", "copy", "clear"])
def test_toolbar_icons_contrast_with_a_dark_toolbar(dark: QPalette, name: str) -> None:
    """The icons' dark grey lines (#3c4043) stood 1.6:1 on a dark toolbar: barely visible."""
    line = _line_colour(name)
    assert contrast(line, dark.color(QPalette.ColorRole.Window)) >= 3.0  # WCAG non-text


def test_icons_keep_their_colour_on_a_light_palette(qapp: QApplication) -> None:
    line = _line_colour("open")
    assert line.name() == "#3c4043"
