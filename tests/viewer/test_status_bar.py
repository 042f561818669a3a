"""A long status message ends in "…" with the whole text as a tooltip (be/ru at 800×600)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from viewer.widgets.status_bar import ElidingStatusBar

LONG_BE = (
    "Праверка скасавана: гэты архіў не правераны на пашкоджанні. "
    "Праверце яго зноў, калі будзе час, і папытаеце свежую копію, калі знойдзецца памылка."
)


def test_a_long_message_is_elided_with_the_whole_text_as_tooltip(
    make_main_window, qtbot: QtBot, sample_archive_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """QStatusBar clipped a long Belarusian message mid-word at 800×600, with no "…"."""
    window = make_main_window(sample_archive_path)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() <= 800)
    bar = window.statusBar()
    assert isinstance(bar, ElidingStatusBar)
    window.show_status(LONG_BE, 60_000)
    qtbot.waitUntil(lambda: bar.currentMessage() == LONG_BE)
    shown = bar.shown_message()
    assert shown.endswith("…")
    assert shown != LONG_BE
    assert QFontMetrics(bar.font()).horizontalAdvance(shown) <= bar.message_rect().width()
    assert bar.message_rect().right() < min(
        w.x() for w in (window.archive_label, window.counts_label) if w.isVisible()
    )
    assert bar.toolTip() == LONG_BE
    assert bar.currentMessage() == LONG_BE  # callers still compare the whole text
    window.grab().save(str(tmp_path / "status-800.png"))


def test_a_short_message_is_whole_and_has_no_tooltip(qtbot: QtBot) -> None:
    bar = ElidingStatusBar()
    qtbot.addWidget(bar)
    bar.resize(800, 24)
    bar.show()
    qtbot.waitExposed(bar)
    bar.showMessage("Ready")
    qtbot.waitUntil(lambda: bar.shown_message() == "Ready")
    assert bar.toolTip() == ""
    bar.showMessage(LONG_BE)
    bar.resize(200, 24)
    qtbot.waitUntil(lambda: bar.toolTip() == LONG_BE)
    bar.clearMessage()
    assert bar.toolTip() == ""
