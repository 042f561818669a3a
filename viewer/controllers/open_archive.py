"""Opening an archive: off the GUI thread, saying what is happening, one archive shown.

`open_path` opens (copies and checks) the file on the task runner and reads
its first list there too, so the window shows a whole list at once. Until
then the window says what is going on (`opening`, `progressed`: the stage
and, where the data layer reports one, a share of the work). The archive
shown before stays until the new one is listed; a problem keeps it
(`failed`), and an encrypted file asks for its passphrase
(`passphrase_needed`, answered by calling `open_path` again).

Banners (`banner`) are lines across the window about the archive shown:
what opening repaired or ignored (`Archive.notices`), and whatever later
checks find (a damaged part, the file changed on disk); `show_banner` is the
one entry for them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from db.connection import Archive, ArchiveEncryptedError, WrongPassphraseError, open_archive
from db.errors import KartotekaError
from db.people import PeopleList, list_people, page_rows, total_people
from db.records import PeopleQuery, PersonRow
from viewer.controllers.context import AppContext
from viewer.tasks import WorkerContext

LIST_LIMIT_MS = 60_000
PAGE_SIZE = 200

STAGE_CHECKING = "checking"
"""Copying the file aside and checking it (db.connection.open_archive)."""
STAGE_LISTING = "listing"
"""Reading the first list."""

Report = Callable[[str, float], None]
"""(stage, share of it done: 0..1, or -1 when unknown); callable from the worker."""


@dataclass(frozen=True, slots=True)
class Opened:
    """An archive ready to show, with its first list read on the worker."""

    archive: Archive
    query: PeopleQuery
    plist: PeopleList
    total: int
    first_page: list[PersonRow]


@dataclass(frozen=True, slots=True)
class Banner:
    """A line across the window about the archive shown.

    `kind` says how it looks and what its button does: "notice" (something
    was repaired or ignored), "damaged" (results may be incomplete),
    "changed" (the file changed on disk: reopen?).
    """

    kind: str
    text: str
    details: str = ""


class _Bridge(QObject):
    """Progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(str, float)


class OpenArchiveController(QObject):
    """Opens archives and holds the one shown.

    Signals:
        opening(str, float): an open started: the path and its size in bytes.
        progressed(str, float): a stage of the open (STAGE_*) and its share done (-1: unknown).
        opened(object): an `Opened`: the new archive is shown (the old one was closed).
        failed(object): a KartotekaError that is not about a passphrase; nothing changed.
        passphrase_needed(str, str): the path, and "" or why the last one failed.
        open_cancelled(): the open was given up (its passphrase prompt closed).
        banner(object): a `Banner` to show, or None to clear it.
    """

    opening = Signal(str, float)
    progressed = Signal(str, float)
    opened = Signal(object)
    failed = Signal(object)
    passphrase_needed = Signal(str, str)
    open_cancelled = Signal()
    banner = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.archive: Archive | None = None
        self._opening: Path | None = None
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self.progressed)
        self._progress_gate = threading.Event()  # set: the open it belongs to is over

    def opening_path(self) -> Path | None:
        """The file being opened now, if any."""
        return self._opening

    def open_path(
        self, path: Path | str, passphrase: str | None = None, *, query: PeopleQuery | None = None
    ) -> None:
        """Open `path` off the GUI thread; `query` is the sort of its first list."""
        path = Path(path)
        query = query if query is not None else PeopleQuery()
        self._opening = path
        try:
            size = float(path.stat().st_size)
        except OSError:
            size = -1.0
        self.opening.emit(str(path), size)
        bridge = self._bridge
        self._progress_gate.set()
        cancelled = self._progress_gate = threading.Event()

        def report(stage: str, share: float) -> None:
            if not cancelled.is_set():
                bridge.progressed.emit(stage, share)  # queued to the GUI thread

        self._context.tasks.run(
            _open_job(path, passphrase, query, report),
            key="open",
            on_done=self._on_opened,
            on_error=self._on_failed,
            on_dropped=_close_unshown,
        )

    def ask_passphrase(self, path: Path) -> None:
        """An encrypted file: ask for its passphrase before opening it."""
        self._opening = Path(path)
        self.passphrase_needed.emit(str(path), "")

    def cancel(self) -> None:
        """Give up the open under way (its passphrase prompt was closed)."""
        self._context.tasks.cancel("open")
        self._progress_gate.set()
        self._opening = None
        self.open_cancelled.emit()

    def close(self) -> Archive | None:
        """Stop showing the archive (Lock); returns it, still open, for the caller to close."""
        self._context.tasks.cancel("open")
        self._progress_gate.set()
        self._opening = None
        archive, self.archive = self.archive, None
        self.banner.emit(None)
        return archive

    def report_progress(self, stage: str, share: float) -> None:
        """A stage of work on the archive shown and its share done (-1: unknown), from any
        thread: the opening page shows it while opening, the status bar after (a check
        that runs once the list is shown); a share of 1 ends it."""
        self._bridge.progressed.emit(stage, share)

    def show_banner(self, banner: Banner | None) -> None:
        """Put `banner` across the window (None clears it); for checks that run later."""
        self.banner.emit(banner)

    def _on_opened(self, opened: Opened) -> None:
        old, self.archive = self.archive, opened.archive
        self._opening = None
        self._progress_gate.set()
        self.opened.emit(opened)
        if old is not None:
            old.close()
        notices = opened.archive.notices
        problem = opened.archive.search_problem
        if problem:
            self.show_banner(Banner("damaged", problem))
        elif notices:
            texts = [n.text for n in notices]  # db.notices.Notice (issue 12)
            self.show_banner(Banner("notice", texts[0], "\n".join(texts)))
        else:
            self.show_banner(None)

    def _on_failed(self, exc: KartotekaError) -> None:
        path = self._opening
        if path is not None and isinstance(exc, ArchiveEncryptedError | WrongPassphraseError):
            problem = str(exc) if isinstance(exc, WrongPassphraseError) else ""
            self.passphrase_needed.emit(str(path), problem)
            return
        self._opening = None
        self.failed.emit(exc)


def _close_unshown(opened: Opened) -> None:
    opened.archive.close()  # opened for a request nobody waits for any more


def _open_job(
    path: Path, passphrase: str | None, query: PeopleQuery, report: Report
) -> Callable[[WorkerContext], Opened]:
    def job(context: WorkerContext) -> Opened:
        report(STAGE_CHECKING, -1.0)
        archive = open_archive(path, passphrase)
        try:
            report(STAGE_LISTING, -1.0)
            worker = context.archive(archive)
            with worker.time_limit(LIST_LIMIT_MS):
                plist = list_people(worker.db, query)
                first = page_rows(worker.db, plist, 0, PAGE_SIZE)
                total = total_people(worker.db)
            report(STAGE_LISTING, 1.0)
            return Opened(archive, query, plist, total, first)
        except BaseException:
            context.close_archive()
            archive.close()
            raise

    return job
