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
        from db.lean_imports import import_sqlite_utils_without_numpy

        import_sqlite_utils_without_numpy()  # numpy waits until the list is shown
        for name in PRELOAD_MODULES:
            importlib.import_module(name)
        # the modules live as long as the process: the GUI thread's first collection (its
        # timer's first second, often before the first list) no longer scans their ~100,000
        # objects, 40-60 ms of CPU on the GUI thread
        gui_gc.freeze_once("modules")
