"""Work cut into pieces, one piece per turn of the event loop: the window paints between them.

Building the panes and showing an opened archive each take more GUI-thread
CPU than one stall may (50 ms, issue #12), so they run as pieces with the
event loop turning in between. A piece is scheduled with a 1 ms timer, not
`QTimer.singleShot(0, …)`: a zero-timeout single shot is a posted event, and
Qt's event dispatcher holds timers back (a window's repaint request, a
heartbeat) while posted events keep coming, so pieces chained with zero
timeouts ran back to back as one stall (bench_stalls.py saw two build
pieces in one gap). A 1 ms timer takes its turn among the other timers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

STEP_MS = 1
"""The delay before the next piece: any timer, so the others (a repaint) run first."""


def next_turn(context: QObject, call: Callable[[], object]) -> None:
    """Run `call` in a later turn of the event loop (never if `context` is gone by then)."""
    QTimer.singleShot(STEP_MS, context, call)


class Turns(QObject):
    """Calls run in order, one per turn of the event loop.

    `flush` runs what is left at once (what it finishes must be done before
    whatever comes next: a second archive opened, Lock); `drop` forgets it
    (the window is shut down).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: deque[Callable[[], object]] = deque()
        self._armed = False

    def add(self, call: Callable[[], object]) -> None:
        """Run `call` after those added before it, each in its own turn."""
        self._calls.append(call)
        self._arm()

    def pending(self) -> int:
        """How many calls have not run yet."""
        return len(self._calls)

    def flush(self) -> None:
        """Run every call left now, in order (calls they add run too)."""
        while self._calls:
            self._calls.popleft()()

    def drop(self) -> None:
        """Forget the calls left."""
        self._calls.clear()

    def _arm(self) -> None:
        if not self._armed and self._calls:
            self._armed = True
            next_turn(self, self._run_one)

    def _run_one(self) -> None:
        self._armed = False
        try:
            if self._calls:
                self._calls.popleft()()
        finally:
            self._arm()  # a call that raised (a bug, reported) leaves the rest to run
