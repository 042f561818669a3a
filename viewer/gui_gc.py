"""Python's cyclic garbage collector, run only on the GUI thread.

Automatic collection runs in whichever thread happens to allocate when a
threshold is crossed. When that is a worker thread and the garbage holds
Qt objects (a closed window, an old model), their C++ destructors run on
the wrong thread, and Qt crashes (seen: a 1M-archive timeline query
collecting a closed window's widgets). So automatic collection is turned off
and a timer on the GUI thread collects instead, generation by generation
with the usual thresholds (the pyqtgraph/Anki approach). Reference
counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000
_PROPERTY = "kartoteka_gui_gc"


class GuiThreadCollector(QObject):
    """Collects on a GUI-thread timer while automatic collection is off."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect each generation whose count passed its threshold."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._threshold[generation]:
                break
            gc.collect(generation)


_FROZEN: set[str] = set()


def freeze_once(moment: str) -> None:
    """Keep every object alive now out of all later collections, once per `moment`.

    What start-up builds (modules, the frame, the panes, the first archive's
    caches) lives as long as the application; scanning it again in every
    full collection cost the GUI thread 200-350 ms at a time. A collection
    then scans only what came after. Cyclic garbage alive at that moment is
    never freed: at start-up there is next to none, and each moment
    ("panes", "first archive") happens once per process.
    """
    if moment not in _FROZEN:
        _FROZEN.add(moment)
        gc.freeze()


def install(app: QCoreApplication) -> None:
    """Move collection to `app`'s thread (idempotent; lives as long as the app)."""
    if app.property(_PROPERTY):
        return
    GuiThreadCollector(app)
    app.setProperty(_PROPERTY, True)
