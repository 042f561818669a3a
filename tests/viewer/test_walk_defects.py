"""Defects found walking the window as a new user (issue 10 follow-up), one test each.

Each test drives the real window on the sample archive and fails on the window
as it was before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.mainwindow import MainWindow


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(120)
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=WAIT_MS)
    qtbot.wait(120)


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768), (1024, 640)])
def test_the_note_editor_is_in_view_when_a_person_has_no_notes(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, size: tuple[int, int]
) -> None:
    """An empty list box took the annotations area and pushed the note editor below its fold."""
    window = make_main_window(sample_archive_path)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    _settle(qtbot, window)
    pane = window.annotations_pane
    assert pane.model.rowCount() == 0
    area = window.layout_.annotations_area.viewport()
    # at 1024x640 the record keeps its room: "New note on …" shows, the box is a scroll away
    editor = pane.editor.text if size[1] > 640 else pane.editor.heading
    top = editor.mapTo(area, QPoint(0, 0)).y()
    assert top >= 0
    assert top + 20 <= area.height()
    assert not pane.list_view.isVisible()  # no empty box above it
