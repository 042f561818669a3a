"""The dossier flow: File ▸ Print / Save dossier as PDF… for one person, a selection or the list.

The people are named by scope: the person shown, the people selected in the
list, or everyone the list holds now (its query, read again on the worker).
Writing runs on the task runner (viewer.dossier.write_dossier lays out with
QTextDocument and paints with QPdfWriter, both usable off the GUI thread);
progress comes back through a queued signal and Cancel sets an event the
writer asks between people, so a thousand-person dossier never freezes the
window. write_dossier writes beside the target and renames it when done: a
cancelled or failed dossier leaves no file. Printing lays the same sections
out as one document for a QPrinter on the GUI thread.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Signal

from db.errors import KartotekaError, OutputError
from db.people import get_rows, list_people
from db.person import get_person
from db.records import PeopleQuery, PersonId
from db.shown_names import record_in_script, script_for_language
from db.summary import get_summary
from viewer.controllers.context import AppContext
from viewer.dossier import (
    DossierCancelledError,
    DossierOptions,
    DossierReport,
    DossierWording,
    build_html,
    write_dossier,
)
from viewer.dossier.pdf import register_fonts
from viewer.tasks import WorkerContext

if TYPE_CHECKING:
    from db.annotations import AnnotationStore
    from db.connection import Archive

SCOPES = ("person", "selection", "list")
"""Who a dossier is of: the person shown, the people selected, everyone in the list."""
PAGE = 5000
PRINT_LIMIT = 200
"""Printing lays everything out at once on the GUI thread: at most this many people."""


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
        cancelled(): Cancel stopped it; no file was written.
        failed(object): a KartotekaError to show (nothing was written).
        printable(object): the HTML of the sections to print (list of str).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    printable = Signal(object)

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
        """Stop the dossier being written (at the next person); nothing is left behind."""
        if self._cancel is not None:
            self._cancel.set()

    def write(self, request: DossierRequest, out: Path) -> bool:
        """Start writing the dossier to `out`; False when one is being written already."""
        archive, store = self._archive(), self._store()
        if archive is None or self._cancel is not None:
            return False
        register_fonts()  # once, on the GUI thread
        cancel = self._cancel = threading.Event()
        bridge = self._bridge

        def progress(done: int, total: int) -> None:
            bridge.progressed.emit(done, total)  # queued to the GUI thread

        def job(context: WorkerContext) -> DossierReport | None:
            dispatcher = thread_event_dispatcher()  # noqa: F841 (kept while the job runs)
            worker = context.archive(archive)
            ids = list(request.ids)
            if request.query is not None:
                ids = ids_of_list(worker, request.query)
            options = request.options
            if request.with_annotations and store is not None:
                options = dataclasses.replace(options, annotations=context.reader(store))
            try:
                return write_dossier(
                    worker.db, ids, out, options, progress=progress, cancelled=cancel.is_set
                )
            except DossierCancelledError:
                return None
            except OSError as exc:
                raise OutputError(
                    f"{out}: cannot write the dossier ({exc.strerror or exc}). "
                    "Choose another folder or free some space.",
                    path=out,
                ) from exc

        self._context.tasks.run(job, key="dossier", on_done=self._on_done, on_error=self._on_failed)
        return True

    def _on_done(self, report: DossierReport | None) -> None:
        self._cancel = None
        if report is None:
            self.cancelled.emit()
        else:
            self.finished.emit(report)

    def _on_failed(self, exc: KartotekaError) -> None:
        self._cancel = None
        self.failed.emit(exc)

    def prepare_print(self, request: DossierRequest) -> bool:
        """Read the sections to print on the worker; `printable` brings their HTML."""
        archive = self._archive()
        if archive is None or self._cancel is not None:
            return False
        cancel = self._cancel = threading.Event()
        options = request.options
        bridge = self._bridge

        def job(context: WorkerContext) -> list[str] | None:
            worker = context.archive(archive)
            ids = list(request.ids)
            if request.query is not None:
                ids = ids_of_list(worker, request.query)[:PRINT_LIMIT]
            wording = DossierWording(options.language)
            script = options.names or script_for_language(wording.language)
            sections = []
            for n, pid in enumerate(ids):
                bridge.progressed.emit(n, len(ids))
                if cancel.is_set():
                    return None
                rec = get_person(worker.db, pid)
                if rec is None:
                    continue
                shown = record_in_script(worker.db, rec, script)
                summary = get_summary(worker.db, rec.id, options.as_of)
                sections.append(build_html(shown, summary, wording))
            return sections

        self._context.tasks.run(
            job, key="dossier", on_done=self._on_sections, on_error=self._on_failed
        )
        return True

    def _on_sections(self, sections: Sequence[str] | None) -> None:
        self._cancel = None
        if sections is None:
            self.cancelled.emit()
        else:
            self.printable.emit(list(sections))
