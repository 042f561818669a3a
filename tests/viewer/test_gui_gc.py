"""Cyclic garbage is collected on the GUI thread only (viewer.gui_gc)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer import gui_gc


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_automatic_collection_is_off_and_the_timer_collects(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    gui_gc.install(app)
    gui_gc.install(app)  # idempotent
    assert not gc.isenabled()
    collectors = app.findChildren(gui_gc.GuiThreadCollector)
    assert len(collectors) == 1

    gc.collect()  # start from zero
    node = _Node()
    ref = weakref.ref(node)
    del node
    # live container objects push generation 0 well past its threshold (objects
    # freed while the event loop runs lower the count again before the timer fires)
    keep = [[] for _ in range(gc.get_threshold()[0] * 3)]
    assert ref() is not None  # nobody collected it behind our back
    qtbot.waitUntil(lambda: ref() is None, timeout=5000)
    assert len(keep) > 0
