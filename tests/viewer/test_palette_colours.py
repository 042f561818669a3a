"""Colours that follow the palette: readable secondary text and accents, light or dark."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from viewer import palette_colours
from viewer.palette_colours import READABLE, contrast
from viewer.resources import stylesheet


def _palette(base: str, text: str, placeholder: QColor) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3b6fc4"))
    return palette


DARK = _palette("#17181a", "#e8eaed", QColor("#9aa0a6"))
LIGHT = _palette("#ffffff", "#000000", QColor(0, 0, 0, 128))  # Fusion's: half-transparent ink


def test_muted_text_is_opaque_and_readable_on_either_base(qapp: QApplication) -> None:
    for palette in (DARK, LIGHT):
        muted = palette_colours.muted(palette)
        assert muted.alpha() == 255
        assert contrast(muted, palette.color(QPalette.ColorRole.Base)) >= READABLE
    assert palette_colours.muted(LIGHT).red() > 64  # the alpha blended, not dropped (black)


def test_accents_are_readable_on_either_base(qapp: QApplication) -> None:
    for palette in (DARK, LIGHT):
        base = palette.color(QPalette.ColorRole.Base)
        for hue in palette_colours.ACCENTS_ON_LIGHT:
            colour = QColor(palette_colours.accent(hue, palette))
            assert contrast(colour, base) >= READABLE, hue
    assert palette_colours.is_dark(DARK)
    assert not palette_colours.is_dark(LIGHT)


def test_a_selected_row_keeps_its_text_readable(qapp: QApplication) -> None:
    for palette in (DARK, LIGHT):
        tint = palette_colours.selection_tint(palette)
        assert contrast(tint, palette.color(QPalette.ColorRole.Text)) >= 7


def test_the_style_sheet_takes_its_colours_from_the_palette() -> None:
    """Only the list's selection is a fixed pair; every other colour follows the theme."""
    fixed = re.findall(r"#[0-9a-fA-F]{3,8}\b", re.sub(r"/\*.*?\*/", "", stylesheet(), flags=re.S))
    assert sorted(fixed) == ["#041e49", "#d3e3fd"]
    assert "palette(alternate-base)" in stylesheet()


def test_the_application_palette_gets_a_readable_placeholder(qapp: QApplication) -> None:
    saved = qapp.palette()
    try:
        qapp.setPalette(LIGHT)
        palette_colours.make_placeholder_readable(qapp)
        placeholder = qapp.palette().color(QPalette.ColorRole.PlaceholderText)
        assert contrast(placeholder, LIGHT.color(QPalette.ColorRole.Base)) >= READABLE
    finally:
        qapp.setPalette(saved)
