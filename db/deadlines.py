"""One thread that stops queries whose time is up, so SQLite need not call Python to ask.

A progress handler is Python called from inside `sqlite3_step`: each call takes
the GIL. On a worker reading a million rows for a minute, a handler every
~1 ms took the GIL about a thousand times a second, and whenever the scheduler
took the core from the worker while it held the GIL, the GUI thread waited for
it to run again (62-612 ms stalls with under 1 ms of the GUI thread's own work
while toggling a filter at 1M people, bench/bench_stalls.py). Here a deadline
costs one timed wait on this thread and one `sqlite3_interrupt` when it
passes; the connection's own progress handler is left as a rare backstop.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
from collections.abc import Callable


class Deadlines:
    """Calls `fire()` of each registered deadline when it passes, unless removed first.

    `remove` and firing hold the same lock, so once `remove(token)` returns
    that deadline never fires (an interrupt never reaches a later query).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._live: dict[int, Callable[[], None]] = {}  # removed ones let go of their connection
        self._tokens = itertools.count(1)
        self._thread: threading.Thread | None = None

    def add(self, when: float, fire: Callable[[], None]) -> int:
        """Call `fire` (fast, no blocking) at `time.monotonic()` >= `when`; returns a token."""
        with self._cond:
            token = next(self._tokens)
            heapq.heappush(self._heap, (when, token))
            self._live[token] = fire
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="kartoteka-deadlines", daemon=True
                )
                self._thread.start()
            self._cond.notify()
            return token

    def remove(self, token: int) -> None:
        with self._cond:
            self._live.pop(token, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                when, token = self._heap[0]
                wait = when - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
                fire = self._live.pop(token)
                with contextlib.suppress(Exception):  # a closed connection: nothing to stop
                    fire()


DEADLINES = Deadlines()
"""The process's one deadline thread (started on first use)."""
