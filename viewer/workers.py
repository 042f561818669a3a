"""Off-GUI-thread db calls: one worker thread, one read-only connection.

The main window submits jobs (`Callable[[Archive], object]`) by kind ("list",
"facets", "search", "open" …). Each submit gets a request id; a newer request
of the same kind makes older ones stale: they are skipped if not started,
interrupted through `Archive.cancel()` if running, and their results are
dropped on arrival. Results come back by signal on the GUI thread; the worker
never touches widgets. The connection is `Archive.reopen()` of the archive the
job names, so the GUI thread's connection is never shared. Opening an archive
(a private copy plus checks in db.connection) also runs here.

Annotation reads that can take long (a person with thousands of notes, note
search, tag counts) run here too, on a `StoreReader` of the session's store:
a read-only connection of the worker's own, reopened when the store changes
and closed with the archive's (`close_connection`, `shutdown`).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from db.annotations import AnnotationStore, ReaderSlot, StoreReader
from db.connection import Archive, open_archive
from db.errors import ArchiveDamagedError, KartotekaError, QueryInterruptedError

Job = Callable[[Archive], Any]
StoreJob = Callable[[StoreReader], Any]
ArchiveStoreJob = Callable[[Archive, StoreReader | None], Any]


class _Bridge(QObject):
    done = Signal(str, int, object)
    failed = Signal(str, int, object)


class DbWorker(QObject):
    """Runs db jobs in order on one thread.

    Signals:
        finished(str, int, object): kind, request id and result of a current request.
        failed(str, int, object): kind, request id and the KartotekaError it raised.
        busy_changed(bool): whether any current request is still under way.
    """

    finished = Signal(str, int, object)
    failed = Signal(str, int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_bridge_done)
        self._bridge.failed.connect(self._on_bridge_failed)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kartoteka-db")
        self._lock = threading.Lock()
        self._latest: dict[str, int] = {}
        self._pending: set[str] = set()
        self._archive: Archive | None = None  # worker thread only, except cancel()
        self._source: Archive | None = None  # the GUI-side archive it was reopened from
        self._readers = ReaderSlot()  # of the GUI thread's store, used on the worker thread
        self._running: str | None = None
        self._shut = False

    # ----- GUI thread -------------------------------------------------------

    def is_busy(self) -> bool:
        return bool(self._pending)

    def is_current(self, kind: str, rid: int) -> bool:
        return self._latest.get(kind) == rid

    def submit(self, kind: str, source: Archive, job: Job) -> int:
        """Run `job` on the worker's connection to `source` (its `reopen()`); returns the id."""
        return self._submit(kind, self._run, source, job)

    def submit_store(
        self, kind: str, store: AnnotationStore, job: StoreJob, *, quiet: bool = False
    ) -> int:
        """Run `job` on the worker's read-only reader of `store`; returns the id.

        A `quiet` request does not count as busy (no progress flash for work
        that is usually done in milliseconds; its pane says when it is slow).
        """
        return self._submit(kind, self._run_store, store, job, quiet=quiet)

    def submit_with_store(
        self, kind: str, source: Archive, store: AnnotationStore | None, job: ArchiveStoreJob
    ) -> int:
        """Run `job` with the worker's connection to `source` and a reader of `store` (or None)."""
        return self._submit(kind, self._run_with_store, source, store, job)

    def submit_open(self, path: Path, job: Job, passphrase: str | None = None) -> int:
        """Open `path` on the worker (copying and checking it can take seconds).

        The result is `(archive, job(worker_connection))`; `archive` is a new
        Archive for the GUI thread, which then owns (and closes) it. The
        `passphrase` of an encrypted archive lives only in this job's closure
        and, once open, in the archive's private copy until `forget_key()`.
        """
        return self._submit("open", self._run_open, path, job, passphrase)

    def close_connection(self) -> None:
        """Make every request stale and close the worker's connection (the "lock" action).

        The worker stays usable: the next job reopens whatever archive it names.
        """
        if self._shut:
            return
        for kind in list(self._latest):
            self._latest[kind] += 1
            self._interrupt(kind)
            self._settle(kind)
        self._executor.submit(self._close)

    def forget_store(self) -> None:
        """Close the reader of the annotation store (another store, or none, is in use now)."""
        if not self._shut:
            self._executor.submit(self._readers.close)

    def _submit(
        self, kind: str, runner: Callable[..., None], *args: Any, quiet: bool = False
    ) -> int:
        rid = self._latest.get(kind, 0) + 1
        self._latest[kind] = rid
        self._interrupt(kind)
        was_busy = self.is_busy()
        if not quiet:
            self._pending.add(kind)
        if not was_busy and self.is_busy():
            self.busy_changed.emit(True)
        if not self._shut:
            self._executor.submit(runner, kind, rid, *args)
        return rid

    def cancel(self, kind: str) -> None:
        """Make the current request of `kind` stale and stop it if it is running."""
        self._latest[kind] = self._latest.get(kind, 0) + 1
        self._interrupt(kind)
        self._settle(kind)

    def shutdown(self) -> None:
        """Stop the running query, drop queued work and close the connection."""
        if self._shut:
            return
        for kind in list(self._latest):
            self._latest[kind] += 1
            self._interrupt(kind)
        self._shut = True
        self._executor.submit(self._close)
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _interrupt(self, kind: str) -> None:
        with self._lock:
            if self._running == kind and self._archive is not None:
                self._archive.cancel()
            if self._running == kind:
                self._readers.interrupt()

    def _settle(self, kind: str) -> None:
        if kind in self._pending:
            self._pending.discard(kind)
            if not self._pending:
                self.busy_changed.emit(False)

    def _on_bridge_done(self, kind: str, rid: int, result: object) -> None:
        if not self.is_current(kind, rid):
            if kind == "open" and isinstance(result, tuple) and isinstance(result[0], Archive):
                result[0].close()  # an archive nobody will show
            return
        self._settle(kind)
        self.finished.emit(kind, rid, result)

    def _on_bridge_failed(self, kind: str, rid: int, exc: object) -> None:
        if not self.is_current(kind, rid):
            return
        self._settle(kind)
        if not isinstance(exc, KartotekaError):
            assert isinstance(exc, BaseException)
            raise exc  # a bug: the application's excepthook reports it
        self.failed.emit(kind, rid, exc)

    # ----- worker thread ----------------------------------------------------

    def _close(self) -> None:
        self._close_archive()
        self._readers.close()

    def _close_archive(self) -> None:
        with self._lock:
            archive, self._archive, self._source = self._archive, None, None
        if archive is not None:
            archive.close()

    def _archive_for(self, source: Archive) -> Archive:
        if self._archive is not None and self._source is source:
            return self._archive
        self._close_archive()
        archive = source.reopen()
        with self._lock:
            self._archive, self._source = archive, source
        return archive

    def _run(self, kind: str, rid: int, source: Archive, job: Job) -> None:
        if self._latest.get(kind) != rid:
            self._emit(self._bridge.done, kind, rid, None)  # stale; dropped on arrival
            return
        self._guarded(kind, rid, source.path, lambda: job(self._archive_for(source)))

    def _run_store(self, kind: str, rid: int, store: AnnotationStore, job: StoreJob) -> None:
        if self._latest.get(kind) != rid:
            self._emit(self._bridge.done, kind, rid, None)
            return
        self._guarded(kind, rid, store.path, lambda: job(self._readers.get(store)))

    def _run_with_store(
        self,
        kind: str,
        rid: int,
        source: Archive,
        store: AnnotationStore | None,
        job: ArchiveStoreJob,
    ) -> None:
        if self._latest.get(kind) != rid:
            self._emit(self._bridge.done, kind, rid, None)
            return

        def work() -> object:
            reader = self._readers.get(store) if store is not None else None
            return job(self._archive_for(source), reader)

        self._guarded(kind, rid, source.path, work)

    def _run_open(self, kind: str, rid: int, path: Path, job: Job, passphrase: str | None) -> None:
        if self._latest.get(kind) != rid:
            self._emit(self._bridge.done, kind, rid, None)
            return

        def work() -> tuple[Archive, object]:
            archive = open_archive(path, passphrase)
            try:
                return archive, job(self._archive_for(archive))
            except BaseException:
                self._close()
                archive.close()
                raise

        self._guarded(kind, rid, path, work)

    def _guarded(self, kind: str, rid: int, path: Path, work: Callable[[], object]) -> None:
        try:
            with self._lock:
                self._running = kind
            try:
                result = work()
            finally:
                with self._lock:
                    self._running = None
        except QueryInterruptedError:
            return
        except sqlite3.DatabaseError as exc:
            if "interrupted" in str(exc):
                return  # cancelled outside a time limit: a newer request exists
            damaged = ArchiveDamagedError(
                f"{path}: the archive could not be read ({exc}). "
                "It may be damaged; ask for a fresh copy.",
                path=path,
            )
            self._emit(self._bridge.failed, kind, rid, damaged)
            return
        except Exception as exc:
            self._emit(self._bridge.failed, kind, rid, exc)
            return
        self._emit(self._bridge.done, kind, rid, result)

    @staticmethod
    def _emit(signal: Any, kind: str, rid: int, payload: object) -> None:
        with contextlib.suppress(RuntimeError):  # the bridge is already gone
            signal.emit(kind, rid, payload)
