"""Defects from the fifth black-box walk through the window (be, ru, en), one test each.

Each drives the real window and fails on the code before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_walk_defects import _settle
from tests.viewer.test_walk_defects_fourth import _install


def _in_view(widget: QWidget, area: QWidget) -> bool:
    top = widget.mapTo(area, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= area.height()


@pytest.mark.parametrize("code", ["en", "be", "ru"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (800, 600)])
def test_the_whole_note_editor_is_in_view_at_the_default_layout(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    size: tuple[int, int],
    code: str,
) -> None:
    """RECORD_SHARE 0.68 left the note box cut and its Save button below the fold at
    1366×768 and 1920×1080 (and the box one line high at 800×600)."""
    _install(code)
    window = make_main_window(sample_archive_path)
    window.resize(*size)
    for row in (1, 6):  # a short name and a long one (the heading may take two lines)
        window.list_pane.select_row(row)
        qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
        _settle(qtbot, window)
        editor = window.annotations_pane.editor
        area = window.layout_.annotations_area.viewport()
        for part in (editor.heading, editor.text, editor.date, editor.save_button):
            assert _in_view(part, area), (part.objectName(), size, code)
        assert window.layout_.annotations_area.verticalScrollBar().value() == 0
        # the record keeps a readable share of the column
        assert window.detail_pane.height() >= 80  # the name and status lines at 800×600


@pytest.mark.parametrize(("code", "said"), [("en", "is a folder"), ("be", "гэта папка")])
def test_an_export_sources_error_is_a_message_not_a_status_line(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    error_log: list[tuple[str, str]],
    code: str,
    said: str,
) -> None:
    """File ▸ Export sources… into a folder said why only in the status bar (10 s, elided
    in a narrow window); now it is a message with the file, the problem and what to do."""
    from viewer import output_parts

    _install(code)
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    folder = tmp_path / "a folder.json"
    folder.mkdir()
    with qtbot.waitSignal(window.output.cite.export_failed, timeout=WAIT_MS):
        output_parts.export_sources(window, (folder, "csl-json"))
    _settle(qtbot, window)
    assert len(error_log) == 1
    title, text = error_log[0]
    assert "a folder.json" in text
    assert said in text
    assert title
