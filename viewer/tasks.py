"""The viewer's one background-task API: a job, and a callback per request.

`TaskRunner.run(job, key=..., on_done=..., on_error=...)` runs `job` on a
worker thread and calls `on_done(result)` (or `on_error(exc)`) on the GUI
thread, the way Anki's `QueryOp(op=, success=)` and git-cola's `RunTask` do.
Each request names a `key` ("list", "search", "record" …): a newer request of
the same key makes the older one stale, by a generation number. A stale
request is skipped if it has not started, interrupted if it is running (its
lane's connections are cancelled), and its result is dropped on arrival (or
handed to `on_dropped`, which closes what nobody will show).

Work runs in lanes, each one thread with its own read-only connections
(`WorkerContext`): QUERY for opening, listing, search and counts, RECORD for
reading the record and annotations of the person shown (so a record never
waits behind a slow list query), TIMELINE for the timeline's reads, PHOTO
for decoding the photos of the record shown (so a large image never holds up
the next record), EXPORT for long jobs that must not hold up searching
(publish, compare), CHECK for the slow checks of the archive shown (at the
lowest priority: they read the whole file while the user browses), WATCH for
noticing that the file shown changed on disk (never queued behind a slow
query). A long job
asks `WorkerContext.cancelled()` to stop early once its request is stale. Jobs
never touch widgets; results cross to the GUI thread through one queued
signal. SQLite failures are classified by error code in one place
(`classify_sqlite_error`). Anything that is not a `KartotekaError` is a bug
and is raised again on the GUI thread, where the application reports it.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import queue
import sqlite3
import threading
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from db.annotations import AnnotationStore, ReaderSlot, StoreReader
from db.connection import Archive, open_archive
from db.errors import (
    ArchiveDamagedError,
    ArchiveLockedError,
    ErrorKind,
    KartotekaError,
    QueryInterruptedError,
)
from db.sqlite_errors import damaged_error, locked_error, one_line
from viewer.turns import next_turn

T = TypeVar("T")
SHUTDOWN_WAIT_S = 10.0
"""How long shutdown waits for a lane's interrupted job to end."""


class Lane(StrEnum):
    """The worker threads, each with its own connections; jobs of a lane run in order."""

    QUERY = "query"
    RECORD = "record"
    TIMELINE = "timeline"
    PHOTO = "photo"  # decoding a record's photos (Pillow cannot be interrupted)
    EXPORT = "export"  # long reads and writes (a publishable copy, a compare) beside browsing
    CHECK = "check"  # the archive's slow checks (db.checks), lowest priority
    WATCH = "watch"  # whether the archive shown changed on disk (a few stat calls)


def classify_sqlite_error(exc: sqlite3.Error, path: Path | None) -> KartotekaError | None:
    """The error to show for an SQLite failure on a worker, by its code; None: cancelled.

    Never by message text (qutebrowser's `raise_sqlite_error`): SQLITE_INTERRUPT
    is a superseded request and ends silently; BUSY/LOCKED means another
    program holds the file; anything else on a read means the file is damaged.
    `path` is the archive the lane reads (a store reader's failures are worded by
    the reader); every error has a kind, so the window says it in its language.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_INTERRUPT:
        return None
    busy = primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    if path is not None:
        return locked_error(path) if busy else damaged_error(path, exc)
    if busy:
        return ArchiveLockedError.of(ErrorKind.ARCHIVE_IN_USE, None)
    return ArchiveDamagedError.of(
        ErrorKind.ARCHIVE_READ_FAILED, None, reason=one_line(exc, 200), details=(str(exc),)
    )


class WorkerContext:
    """One lane's connections, used on its thread only (`interrupt` from any thread).

    `archive(source)` is the lane's own `source.reopen()`, kept while jobs name
    the same source; `reader(store)` a read-only reader of the annotation store.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._archive: Archive | None = None
        self._source: Archive | Path | None = None
        self._readers = ReaderSlot()
        self._stale: Callable[[], bool] = lambda: False

    def cancelled(self) -> bool:
        """Whether the job running now is no longer wanted (superseded, cancelled, shut down);
        a long job that does not use the lane's connections polls this to stop early."""
        return self._stale()

    def archive(self, source: Archive | Path) -> Archive:
        """This lane's connection to `source`: the GUI thread's Archive (its `reopen()`,
        which an encrypted archive needs), or a file opened here (a pane on its own)."""
        if self._archive is not None and self._source == source:
            return self._archive
        self.close_archive()
        archive = source.reopen() if isinstance(source, Archive) else open_archive(source)
        with self._lock:
            self._archive, self._source = archive, source
        return archive

    def reader(self, store: AnnotationStore) -> StoreReader:
        """This lane's read-only reader of `store` (its failures name the store themselves)."""
        return self._readers.get(store)

    def path(self) -> Path | None:
        """The archive this lane reads now (for error messages)."""
        archive = self._archive
        return archive.path if archive is not None else None

    def interrupt(self) -> None:
        with self._lock:
            archive = self._archive
        if archive is not None:
            archive.cancel()
        self._readers.interrupt()

    def close_archive(self) -> None:
        with self._lock:
            archive, self._archive, self._source = self._archive, None, None
        if archive is not None:
            archive.close()

    def forget_store(self) -> None:
        self._readers.close()

    def close(self) -> None:
        self.close_archive()
        self._readers.close()


@dataclass(frozen=True, slots=True)
class Task:
    """A request: its key, its generation (newer is larger) and its lane."""

    id: int
    key: str
    generation: int
    lane: Lane


@dataclass(slots=True)
class _Request(Generic[T]):
    task: Task
    on_done: Callable[[T], object]
    on_error: Callable[[KartotekaError], object] | None
    on_dropped: Callable[[T], object] | None
    quiet: bool


@dataclass(frozen=True, slots=True)
class _Outcome:
    task: Task
    ok: bool
    value: object  # the result, or the exception (None: skipped or cancelled)


class _Bridge(QObject):
    """Carries outcomes to the GUI thread (queued: it lives there, workers emit)."""

    outcome = Signal(object)


_LIVE_BRIDGES: set[_Bridge] = set()
"""Bridges whose lanes may still emit: the last Python reference must never drop on a
worker thread (that would delete the QObject there); pruned on the GUI thread."""


def _new_bridge() -> _Bridge:
    for dead in [b for b in _LIVE_BRIDGES if not shiboken6.isValid(b)]:
        _LIVE_BRIDGES.discard(dead)
    bridge = _Bridge()
    _LIVE_BRIDGES.add(bridge)
    return bridge


WORKER_NICENESS = 5
"""How much lower the lanes' threads run than the GUI thread (Linux: per thread), so the
window paints first on a busy machine. Only a little lower: a lane thread holding the GIL
when the scheduler takes the CPU from it keeps the GUI thread waiting until it runs again,
and at niceness 10 (19 for the checks) that wait was the longest stall while toggling a
filter (150-340 ms with under 1 ms of the GUI thread's own work; 30-65 ms at 5, on 200,000
people, bench/bench_stalls.py, 2 shared cores)."""


CHECK_NICENESS = WORKER_NICENESS
"""The CHECK lane's niceness: no lower than the other lanes, for the same reason (its
progress handler takes the GIL while it reads the whole file)."""


def _lower_priority(niceness: int = WORKER_NICENESS) -> None:
    """Let the GUI thread go first for the CPU (Linux: a thread has its own niceness)."""
    if niceness and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)


_ALIVE_LOCK = threading.Lock()

_Item = tuple[Task, Callable[[WorkerContext], Any]] | Callable[[WorkerContext], None] | None


class _LaneThread:
    """One worker thread, its queue and its connections."""

    def __init__(self, lane: Lane, runner: TaskRunner, bridge: _Bridge, alive: list[int]) -> None:
        self.lane = lane
        self._alive = alive  # lanes of this bridge still running (the last deletes it)
        self.context = WorkerContext()
        self.queue: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.running: str | None = None
        self.stale = False  # the runner is gone: nothing of this lane is wanted any more
        self._latest = runner._latest  # read here, written on the GUI thread
        self._bridge = bridge
        self.thread = threading.Thread(target=self._work, name=f"kartoteka-{lane}", daemon=True)
        self.thread.start()

    def interrupt(self, key: str | None = None) -> None:
        with self.lock:
            running = self.running
        if running is not None and (key is None or running == key):
            self.context.interrupt()

    def _work(self) -> None:
        _lower_priority(CHECK_NICENESS if self.lane is Lane.CHECK else WORKER_NICENESS)
        try:
            while (item := self.queue.get()) is not None:
                if isinstance(item, tuple):
                    self._run(*item)
                else:
                    with contextlib.suppress(Exception):
                        item(self.context)
            self.context.close()
        finally:
            with _ALIVE_LOCK:
                self._alive[0] -= 1
                last = self._alive[0] == 0
            if last:
                with contextlib.suppress(RuntimeError):
                    self._bridge.deleteLater()  # the GUI thread deletes it

    def _run(self, task: Task, job: Callable[[WorkerContext], Any]) -> None:
        if self.stale or self._latest.get(task.key) != task.generation:
            self._emit(_Outcome(task, False, None))  # stale before it started
            return
        with self.lock:
            self.running = task.key
        latest = self._latest
        self.context._stale = lambda: self.stale or latest.get(task.key) != task.generation
        try:
            value = job(self.context)
        except QueryInterruptedError:
            self._emit(_Outcome(task, False, None))
            return
        except sqlite3.Error as exc:
            self._emit(_Outcome(task, False, classify_sqlite_error(exc, self.context.path())))
            return
        except BaseException as exc:
            self._emit(_Outcome(task, False, exc))
            return
        finally:
            with self.lock:
                self.running = None
        self._emit(_Outcome(task, True, value))

    def _emit(self, outcome: _Outcome) -> None:
        with contextlib.suppress(RuntimeError):  # the bridge is already gone
            self._bridge.outcome.emit(outcome)


def _stop_lanes(lanes: list[_LaneThread]) -> None:
    """Stop lanes whose runner is gone: no lock, so it is safe in a finalizer."""
    for lane in lanes:
        lane.stale = True
        with contextlib.suppress(Exception):
            lane.context.interrupt()
        lane.queue.put(None)


class TaskRunner(QObject):
    """Runs jobs off the GUI thread; see the module docstring.

    Signals:
        busy_changed(bool): whether any current, not quiet, request is under way.
        failed(object): a KartotekaError of a request that has no `on_error`.
    """

    busy_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: dict[str, int] = {}
        self._requests: dict[int, _Request[Any]] = {}
        self._busy: set[int] = set()
        self._ids = itertools.count(1)
        self._shut = False
        self._held: list[_Outcome] | None = None  # outcomes waiting for release()
        self._bridge = _new_bridge()
        self._bridge.outcome.connect(self._on_bridge_outcome)
        alive = [len(Lane)]
        self._lanes = {lane: _LaneThread(lane, self, self._bridge, alive) for lane in Lane}
        # a runner dropped without shutdown() still stops its threads (lock-free: a finalizer)
        self._finalizer = weakref.finalize(self, _stop_lanes, list(self._lanes.values()))

    # ----- requests ----------------------------------------------------------

    def run(
        self,
        job: Callable[[WorkerContext], T],
        *,
        key: str,
        on_done: Callable[[T], object],
        on_error: Callable[[KartotekaError], object] | None = None,
        on_dropped: Callable[[T], object] | None = None,
        lane: Lane = Lane.QUERY,
        quiet: bool = False,
    ) -> Task:
        """Run `job(context)` in `lane`; the newest request of `key` is the only current one.

        `quiet` requests do not count as busy (reads that usually take
        milliseconds: no progress flash). After `shutdown()` nothing runs.
        """
        number = next(self._ids)
        task = Task(number, key, number, lane)
        self._supersede(key)
        self._latest[key] = task.generation
        if self._shut:
            return task
        self._requests[task.id] = _Request(task, on_done, on_error, on_dropped, quiet)
        if not quiet:
            self._mark_busy(task.id)
        self._lanes[lane].queue.put((task, job))
        return task

    def in_lane(self, lane: Lane, fn: Callable[[WorkerContext], None]) -> None:
        """Run `fn` on the lane's thread after its queued jobs (no result, errors ignored)."""
        if not self._shut:
            self._lanes[lane].queue.put(fn)

    def is_current(self, task: Task) -> bool:
        return self._latest.get(task.key) == task.generation

    def is_pending(self, key: str) -> bool:
        """Whether the current request of `key` has not answered yet."""
        generation = self._latest.get(key)
        return generation is not None and generation in self._requests

    def is_busy(self) -> bool:
        return bool(self._busy)

    def cancel(self, key: str) -> None:
        """Make the current request of `key` stale and stop it if it is running."""
        if key in self._latest:
            self._supersede(key)
            self._latest[key] = next(self._ids)

    def _supersede(self, key: str) -> None:
        generation = self._latest.get(key)
        if generation is None:
            return
        if generation in self._requests:  # a task's id is its generation
            self._settle(generation)
        for lane in self._lanes.values():
            lane.interrupt(key)

    # ----- connections -------------------------------------------------------

    def close_connections(self) -> None:
        """Make every request stale and close every lane's connections (Lock).

        The runner stays usable: the next job reopens what it names.
        """
        for key in list(self._latest):
            self.cancel(key)
        for lane in self._lanes.values():
            lane.interrupt()
            self.in_lane(lane.lane, WorkerContext.close)

    def forget_store(self) -> None:
        """Close every lane's reader of the annotation store (another one is in use now)."""
        for lane in Lane:
            self.in_lane(lane, WorkerContext.forget_store)

    def shutdown(self) -> None:
        """Stop running queries, drop queued work, close connections (idempotent)."""
        if self._shut:
            return
        for key in list(self._latest):
            self.cancel(key)
        self._shut = True
        self._finalizer.detach()
        for lane in self._lanes.values():
            lane.interrupt()
            lane.queue.put(None)
        for lane in self._lanes.values():
            lane.thread.join(SHUTDOWN_WAIT_S)
        self._busy.clear()

    # ----- outcomes (GUI thread) ----------------------------------------------

    def _mark_busy(self, task_id: int) -> None:
        was = bool(self._busy)
        self._busy.add(task_id)
        if not was:
            self.busy_changed.emit(True)

    def _settle(self, task_id: int) -> None:
        if task_id in self._busy:
            self._busy.discard(task_id)
            if not self._busy:
                self.busy_changed.emit(False)

    def hold(self) -> None:
        """Keep results back until `release()`: the window is still being wired."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Deliver the results held back, each in its own turn of the event loop.

        One after the other: the next is scheduled when the one before has run
        (results scheduled together ran in one turn, one stall).
        """
        held, self._held = self._held or [], None
        if held:
            next_turn(self, functools.partial(self._release_next, deque(held)))

    def _release_next(self, held: deque[_Outcome]) -> None:
        self._on_bridge_outcome(held.popleft())
        if held:
            next_turn(self, functools.partial(self._release_next, held))

    def _on_bridge_outcome(self, outcome: _Outcome) -> None:
        if self._held is not None:
            self._held.append(outcome)
            return
        request = self._requests.pop(outcome.task.id, None)
        if request is None:
            return
        if not self.is_current(outcome.task) or self._shut:
            if outcome.ok and request.on_dropped is not None:
                request.on_dropped(outcome.value)
            return
        self._settle(outcome.task.id)
        if outcome.ok:
            request.on_done(outcome.value)
            return
        error = outcome.value
        if error is None:
            return  # cancelled
        if not isinstance(error, KartotekaError):
            assert isinstance(error, BaseException)
            raise error  # a bug: the application's excepthook reports it
        if request.on_error is not None:
            request.on_error(error)
        else:
            self.failed.emit(error)
