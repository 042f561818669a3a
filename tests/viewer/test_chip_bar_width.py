"""The chip bar keeps one row for a chip, "Undo" and "Clear all" in a narrow list (be, 1024 px)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from viewer.constraints import Chip
from viewer.widgets.chip_bar import ChipBar

LIST_WIDTH_AT_1024 = 325  # the list pane's width in a 1024x640 window (docs/screenshots)


def test_one_chip_undo_and_clear_all_share_one_row_in_belarusian(qtbot: QtBot) -> None:
    """In Belarusian "Вярнуць" and "Ачысціць усё" wrapped to a second row at 1024 px: push
    buttons are at least 80 px wide in Fusion whatever their text."""
    bar = ChipBar()
    qtbot.addWidget(bar)
    bar.undo_button.setText("Вярнуць")
    bar.clear_button.setText("Ачысціць усё")
    bar.show_chips([Chip(key="search", text="Пошук: «Ціханоўскі»")], can_undo=True, cleared=False)
    bar.resize(LIST_WIDTH_AT_1024, 200)
    layout = bar.layout()
    assert layout is not None
    one_row = max(w.sizeHint().height() for w in (*bar.chips(), bar.undo_button, bar.clear_button))
    margins = layout.contentsMargins()
    assert layout.heightForWidth(LIST_WIDTH_AT_1024) == one_row + margins.top() + margins.bottom()
