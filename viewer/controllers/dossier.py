"""The dossier flow: File ▸ Print / Save dossier as PDF… for one person, a selection or the list.

The people are named by scope: the person shown, the people selected in the
list, or everyone the list holds now (its query, read again on the worker).
Everything runs as one request on the task runner's EXPORT lane (so search
and browsing go on beside it). A one-person PDF is written on that worker
(viewer.dossier.write_dossier: QTextDocument and QPdfWriter); more people,
and every print, go to a child process (viewer.dossier.child_process),
because PySide6 holds the GIL inside Qt's text layout and a big dossier laid
out in this process froze the window for seconds. Progress comes back
through a queued signal; Cancel kills the child (or stops the worker at the
next person). The PDF is written beside the target and renamed when done: a
cancelled or failed dossier leaves no file. Printing asks for the printer on
the GUI thread (the platform's dialog) and the child paints the pages on a
printer set up the same way (viewer.dossier.printing).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Signal

from db.connection import archive_key, source_path
from db.errors import ErrorKind, KartotekaError, OutputError
from db.people import get_rows, list_people
from db.records import PeopleQuery, PersonId
from viewer.controllers.context import AppContext
from viewer.tasks import Lane, WorkerContext

if TYPE_CHECKING:
    from db.annotations import AnnotationStore
    from db.connection import Archive
    from viewer.dossier import DossierOptions, DossierReport
    from viewer.dossier.child_process import JobRequest

# viewer.dossier (QTextDocument, QPdfWriter and their Qt types) and the child process
# are imported with the first dossier: the window's first list does not wait for them

SCOPES = ("person", "selection", "list")
"""Who a dossier is of: the person shown, the people selected, everyone in the list."""
PAGE = 5000
IN_PROCESS_MAX = 1
"""A PDF of at most this many people is written on the worker thread; more go to a child."""


@dataclasses.dataclass(frozen=True, slots=True)
class DossierRequest:
    """What the dialog asks for: whose dossier, where, how worded."""

    ids: tuple[PersonId, ...]  # the person or the selection; empty with `query`
    query: PeopleQuery | None  # the list: everyone it holds (read on the worker)
    options: DossierOptions
    with_annotations: bool = False


def ids_of_list(archive: Archive, query: PeopleQuery) -> list[PersonId]:
    """Everyone the list of `query` holds, in its order (on a worker's connection)."""
    plist = list_people(archive.db, query)
    ids: list[PersonId] = []
    for start in range(0, plist.count, PAGE):
        ids += [row.id for row in get_rows(archive.db, plist.pks(archive.db, start, start + PAGE))]
    return ids


def thread_event_dispatcher() -> QEventLoop:
    """Give the worker thread a Qt event dispatcher (made by QEventLoop's constructor).

    QTextDocument layout starts font-cache timers; on a thread Qt did not
    start those warn (and are dropped). With a dispatcher they are just
    timers that never fire there. Keep the returned object while laying out.
    """
    return QEventLoop()


class _Bridge(QObject):
    progressed = Signal(int, int)


class DossierController(QObject):
    """Writes and prints dossiers; see the module docstring.

    Signals:
        progressed(int, int): steps done of all (two per person: laid out, painted).
        finished(object): the DossierReport of the file written.
        printed(object): the DossierReport of a dossier sent to the printer.
        cancelled(): Cancel stopped it; no file was written.
        failed(object): a KartotekaError to show (nothing was written).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    printed = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        archive: Callable[[], Archive | None],
        store: Callable[[], AnnotationStore | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._archive = archive
        self._store = store
        self._cancel: threading.Event | None = None
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self.progressed)

    def busy(self) -> bool:
        return self._cancel is not None

    def cancel(self) -> None:
        """Stop the dossier being written or printed; nothing is left behind."""
        if self._cancel is not None:
            self._cancel.set()

    def write(self, request: DossierRequest, out: Path) -> bool:
        """Start writing the dossier to `out`; False when one is being written already."""
        return self._start(request, out, None)

    def print_(self, request: DossierRequest, printer: dict[str, Any]) -> bool:
        """Start printing the dossier on the printer `printer` describes
        (viewer.dossier.printing.printer_settings); False when one is under way."""
        return self._start(request, None, printer)

    def _start(
        self, request: DossierRequest, out: Path | None, printer: dict[str, Any] | None
    ) -> bool:
        archive, store = self._archive(), self._store()
        if archive is None or self._cancel is not None:
            return False
        from viewer.dossier import DossierCancelledError
        from viewer.dossier.child_process import ChildCancelledError, run_child
        from viewer.dossier.pdf import register_fonts

        register_fonts()  # once, on the GUI thread
        cancel = self._cancel = threading.Event()
        bridge = self._bridge

        def progress(done: int, total: int) -> None:
            bridge.progressed.emit(done, total)  # queued to the GUI thread

        def job(context: WorkerContext) -> tuple[bool, DossierReport] | None:
            worker = context.archive(archive)
            ids = list(request.ids)
            if request.query is not None:
                ids = ids_of_list(worker, request.query)
            if cancel.is_set():
                return None
            if printer is None and out is not None and len(ids) <= IN_PROCESS_MAX:
                try:
                    here = _write_here(context, worker, store, request, ids, out, progress, cancel)
                except DossierCancelledError:
                    return None
                return False, here
            job_request = _job_request(worker, store, request, ids, out, printer)
            try:
                report = run_child(
                    job_request,
                    progress=progress,
                    stop=lambda: cancel.is_set() or context.cancelled(),
                    wake=cancel,
                )
            except ChildCancelledError:
                return None
            return printer is not None, _report(report)

        self._context.tasks.run(
            job, key="dossier", on_done=self._on_done, on_error=self._on_failed, lane=Lane.EXPORT
        )
        return True

    def _on_done(self, outcome: tuple[bool, DossierReport] | None) -> None:
        self._cancel = None
        if outcome is None:
            self.cancelled.emit()
        elif outcome[0]:
            self.printed.emit(outcome[1])
        else:
            self.finished.emit(outcome[1])

    def _on_failed(self, exc: KartotekaError) -> None:
        self._cancel = None
        self.failed.emit(exc)


def _write_here(
    context: WorkerContext,
    worker: Archive,
    store: AnnotationStore | None,
    request: DossierRequest,
    ids: list[PersonId],
    out: Path,
    progress: Callable[[int, int], None],
    cancel: threading.Event,
) -> DossierReport:
    """A small dossier on the worker thread (no child to start: quicker for one person).

    Raises DossierCancelledError when `cancel` is set (no file is left)."""
    from viewer.dossier import write_dossier

    dispatcher = thread_event_dispatcher()  # noqa: F841 (kept while laying out)
    options = request.options
    if request.with_annotations and store is not None:
        options = dataclasses.replace(options, annotations=context.reader(store))
    try:
        return write_dossier(
            worker.db, ids, out, options, progress=progress, cancelled=cancel.is_set
        )
    except OSError as exc:
        raise OutputError.of(ErrorKind.DOSSIER_NOT_WRITTEN, out, cause=exc) from exc


def _job_request(
    worker: Archive,
    store: AnnotationStore | None,
    request: DossierRequest,
    ids: list[PersonId],
    out: Path | None,
    printer: dict[str, Any] | None,
) -> JobRequest:
    """What the child needs; passphrases go only into this request (sent on a pipe)."""
    from viewer.dossier.child_process import JobRequest

    options = request.options
    with_store = request.with_annotations and store is not None
    return JobRequest(
        archive=str(source_path(worker)),
        archive_name=str(worker.path),
        ids=[str(pid) for pid in ids],
        language=options.language,
        names=str(options.names) if options.names is not None else None,
        paper=options.paper,
        as_of=options.as_of,
        out=str(out) if out is not None else None,
        printer=printer,
        store=str(store.path) if with_store and store is not None else None,
        key=archive_key(worker),
        store_key=store.reader_key() if with_store and store is not None else None,
    )


def _report(data: dict[str, Any]) -> DossierReport:
    from viewer.dossier import DossierReport

    return DossierReport(
        path=Path(str(data.get("path") or "")),
        people=int(data.get("people", 0)),
        pages=int(data.get("pages", 0)),
        bytes=int(data.get("bytes", 0)),
        seconds=float(data.get("seconds", 0.0)),
        missing=tuple(str(m) for m in data.get("missing", ())),
    )
