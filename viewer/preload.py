"""Importing the window's modules on a thread while the shell paints.

An import on the GUI thread reads `.pyc` files: on a cold page cache (the
first open after a reboot) that is a disk wait the window cannot paint
through. `Preload` imports the frame's modules first (`frame_loaded()`: the
GUI thread builds the frame once they are in), then what building the panes
and showing the first list, record and facets import, then freezes them out
of later garbage collections.
"""

from __future__ import annotations

import importlib
import threading

from viewer import gui_gc

POLL_MS = 15
"""How often the GUI thread looks whether what it waits for is imported (it paints meanwhile)."""
FRAME_MODULES = ("viewer.window_frame", "viewer.palette_colours")
"""What building the frame imports (the icons' colours are chosen on first use)."""
PRELOAD_MODULES = (
    "viewer.window_parts",
    "viewer.panes.record_sections",  # the first record shown
    "viewer.annotations.tag_facet",  # the first facet counts
)
"""What building the panes and showing the first list, record and facets import
(viewer.window_parts imports most); tests/viewer/test_mainwindow.py and
test_open_gui_thread.py check none is missing."""
QT_TYPE_PREFIXES = ("QStyleOption",)
"""PySide6 builds a Qt class's Python enums the first time the class is used: the style
passes every widget's QStyleOption subclass to Python (viewer.widgets.check_style) when
it paints, so the first paint of the browsing page built ~60 of them on the GUI thread
(~6 ms of CPU, 10-25 ms on a loaded machine). Built here instead."""
QT_TYPES = ("QPainterPath",)
"""Other classes the first paint uses (the timeline's axis: QPainterPath.ElementType)."""


class Preload:
    """The import thread; not a daemon: an exit during the imports waits for them
    (no half-imported Qt)."""

    def __init__(self) -> None:
        self._frame = threading.Event()
        self.thread = threading.Thread(target=self._run, name="preload")
        self.thread.start()

    def frame_loaded(self) -> bool:
        """Whether the frame's modules are imported (or their import failed: the GUI
        thread's own import then raises the error)."""
        return self._frame.is_set()

    def is_alive(self) -> bool:
        return self.thread.is_alive()

    def join(self, timeout: float | None = None) -> None:
        self.thread.join(timeout)

    def _run(self) -> None:
        try:
            for name in FRAME_MODULES:
                importlib.import_module(name)
        finally:
            self._frame.set()
        make_qt_types()
        from db.lean_imports import import_sqlite_utils_without_numpy

        import_sqlite_utils_without_numpy()  # numpy waits until the list is shown
        for name in PRELOAD_MODULES:
            importlib.import_module(name)
        # the modules live as long as the process: the GUI thread's first collection (its
        # timer's first second, often before the first list) no longer scans their ~100,000
        # objects, 40-60 ms of CPU on the GUI thread
        gui_gc.freeze_once("modules")


def make_qt_types() -> None:
    """Have PySide6 build the Python types (and their enums) of the Qt classes the first
    paint of the browsing page uses (QT_TYPE_PREFIXES, QT_TYPES), off the GUI thread."""
    from PySide6 import QtGui, QtWidgets

    for name in dir(QtWidgets):
        if name.startswith(QT_TYPE_PREFIXES):
            getattr(QtWidgets, name)
    for name in QT_TYPES:
        getattr(QtGui, name)
