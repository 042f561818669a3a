"""Opening an archive: off the GUI thread, saying what is happening, one archive shown.

`open_path` opens (copies and checks) the file on the task runner and reads
its first list there too, so the window shows a whole list at once; the
archive's identity (`meta.archive_id`, which the annotations follow) is read
there as well: nothing of the archive is read on the GUI thread while it
opens, so a cold disk (a 3M-person file does not fit the page cache) never
holds the window. Until
then the window says what is going on (`opening`, `progressed`: the stage
and, where the data layer reports one, a share of the work). The archive
shown before stays until the new one is listed; a problem keeps it
(`failed`), and an encrypted file asks for its passphrase
(`passphrase_needed`, answered by calling `open_path` again).

Banners (`banner`) are lines across the window about the archive shown:
what opening repaired or ignored (`Archive.notices`), and whatever later
checks find (a damaged part, the file changed on disk); `show_banner` is the
one entry for them.

Once the first list is shown, the slow checks (`db.checks.run_background_checks`:
quick_check, the search indexes, CHECK constraints, duplicate ids) run in the
task runner's CHECK lane, with their percentage in the status bar
(STAGE_BACKGROUND) and a Cancel beside it (`cancel_checks`). Opening another
archive, Lock or closing the window cancels them too; a result or progress of
an archive no longer shown is dropped (a generation number). Damage becomes
the "damaged" banner with the check's evidence behind "Details…"; browsing
and search go on (search falls back as db.search does when only its index is
damaged). The ledger makes the checks of an unchanged, checked file free.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from db.annotations import AnnotationStoreError, archive_identity
from db.checks import CheckResult, CheckStatus, run_background_checks
from db.connection import (
    Archive,
    ArchiveEncryptedError,
    WrongPassphraseError,
    needs_private_copy,
    open_archive,
)
from db.errors import ArchiveDamagedError, KartotekaError
from db.notices import Notice, NoticeKind
from db.people import PeopleList, list_people, page_rows, total_people
from db.records import PeopleQuery, PersonRow
from db.shown_rows import rows_in_script
from viewer.controllers.context import AppContext
from viewer.error_text import details_text, error_text
from viewer.formatting import file_size_text
from viewer.notice_words import notice_text
from viewer.tasks import Lane, WorkerContext
from viewer.turns import next_turn

LIST_LIMIT_MS = 60_000
PAGE_SIZE = 200

STAGE_CHECKING = "checking"
"""Checking the file's header and schema (db.connection.open_archive)."""
STAGE_COPYING = "copying"
"""Copying a file another program writes (WAL mode or a sidecar) aside, then checking it."""
STAGE_LISTING = "listing"
"""Reading the first list."""
STAGE_BACKGROUND = "background"
"""The slow checks (db.checks) after the list is shown: status bar, not the opening page."""
CHECK_KEY = "check"
CHECK_DELAY_MS = 100
"""The slow checks start this long after the list arrives: it paints first (the check's
first steps, importing the SQLCipher module among them, would hold the GIL meanwhile)."""

Report = Callable[[str, float], None]
"""(stage, share of it done: 0..1, or -1 when unknown); callable from the worker."""


@dataclass(frozen=True, slots=True)
class Opened:
    """An archive ready to show, with its first list read on the worker.

    `identity` is its `meta.archive_id` (what annotations are keyed by), or why
    it could not be read.
    """

    archive: Archive
    query: PeopleQuery
    plist: PeopleList
    total: int
    first_page: list[PersonRow]
    identity: str | AnnotationStoreError


@dataclass(frozen=True, slots=True)
class Banner:
    """A line across the window about the archive shown.

    `kind` says how it looks and what its button does: "notice" (something
    was repaired or ignored), "damaged" (results may be incomplete),
    "changed" (the file changed on disk: reopen?), "vanished" (the file was
    deleted or moved: what is shown stays readable).
    """

    kind: str
    text: str
    details: str = ""


class _Bridge(QObject):
    """Progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(str, float)
    checked = Signal(int, float)  # a check's generation and its share done


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
        self._opening_size = -1.0
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self.progressed)
        self._bridge.checked.connect(self._on_check_progress)
        self._progress_gate = threading.Event()  # set: the open it belongs to is over
        self._check_generation = 0  # the check whose progress and result are wanted
        self._checking = False
        self._check_when_shown: tuple[Archive, int] | None = None
        """The check of the archive opened last, started once the window has shown it."""
        self._checks_declined = False  # the user cancelled the checks of the archive shown
        self._unshown: list[Archive] = []  # replaced by the one shown, closed in a later turn

    def opening_path(self) -> Path | None:
        """The file being opened now, if any."""
        return self._opening

    def open_path(
        self, path: Path | str, passphrase: str | None = None, *, query: PeopleQuery | None = None
    ) -> None:
        """Open `path` off the GUI thread; `query` is the sort of its first list."""
        path = Path(path)
        query = query if query is not None else PeopleQuery()
        self._cancel_checks()  # the archive shown is about to go: its checks with it
        self._opening = path
        try:
            size = float(path.stat().st_size)
        except OSError:
            size = -1.0
        self._opening_size = size
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

    def announce(self) -> None:
        """Say again that the open under way started, for views connected since (start-up
        asks for the open before the panes are built, so the worker reads meanwhile)."""
        if self._opening is not None:
            self.opening.emit(str(self._opening), self._opening_size)

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
        self.start_checks()  # the archive shown stays: finish checking it

    def close(self) -> Archive | None:
        """Stop showing the archive (Lock); returns it, still open, for the caller to close."""
        self._close_unshown()
        self._context.tasks.cancel("open")
        self._cancel_checks()
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

    def is_checking(self) -> bool:
        """Whether the slow checks of the archive shown are under way."""
        return self._checking

    def start_checks(self, *, when_shown: bool = False) -> None:
        """Check the archive shown in the CHECK lane, unless its outcome is known already.

        `when_shown`: the archive was just opened; the window shows it in pieces, one per
        turn, and the check starts CHECK_DELAY_MS after the last (`shown`), not after the
        first: on a loaded machine the pieces took longer than the delay, and the check
        took the GIL while the browsing page painted for the first time.
        """
        archive = self.archive
        if archive is None or self._opening is not None or self._checking:
            return
        if self._checks_declined:
            return  # the user cancelled the checks of this archive
        known = archive.check_result
        if known is not None and known.finished and not known.damaged:
            return  # this process or the ledger checked the unchanged file (damage: re-run)
        self._check_generation += 1
        generation = self._check_generation
        self._checking = True  # from now on: cancelling drops it before it starts
        if when_shown:
            self._check_when_shown = (archive, generation)
            return
        QTimer.singleShot(CHECK_DELAY_MS, self, lambda: self._run_checks(archive, generation))

    def shown(self) -> None:
        """The window has shown the archive opened last (`archive_opened`): its check may
        take the worker."""
        waiting, self._check_when_shown = self._check_when_shown, None
        if waiting is not None:
            archive, generation = waiting
            QTimer.singleShot(CHECK_DELAY_MS, self, lambda: self._run_checks(archive, generation))

    def _run_checks(self, archive: Archive, generation: int) -> None:
        if generation != self._check_generation or not self._checking:
            return  # cancelled, or another archive is shown
        bridge = self._bridge

        def progress(share: float) -> None:
            bridge.checked.emit(generation, share)  # queued to the GUI thread

        def job(context: WorkerContext) -> CheckResult:
            return run_background_checks(archive, progress, context.cancelled)

        self._context.tasks.run(
            job,
            key=CHECK_KEY,
            lane=Lane.CHECK,
            quiet=True,
            on_done=lambda result: self._on_checked(generation, result),
            on_error=lambda exc: self._on_check_failed(generation, exc),
        )

    def cancel_checks(self) -> None:
        """Stop checking the archive shown (the status bar's Cancel): not started again
        for it; the next open checks as usual."""
        if self._checking:
            self._checks_declined = True
            self._cancel_checks()

    def _cancel_checks(self) -> None:
        self._check_generation += 1  # drops the progress still on its way
        self._check_when_shown = None
        self._context.tasks.cancel(CHECK_KEY)
        if self._checking:
            self._checking = False
            self.progressed.emit(STAGE_BACKGROUND, 1.0)  # clears the status bar

    def _on_check_progress(self, generation: int, share: float) -> None:
        if generation == self._check_generation and self._checking:
            self.progressed.emit(STAGE_BACKGROUND, min(share, 0.99))  # 1.0 when the result is in

    def _on_checked(self, generation: int, result: CheckResult) -> None:
        if generation != self._check_generation:
            return
        self._checking = False
        self.progressed.emit(STAGE_BACKGROUND, 1.0)
        if result.damaged:
            text = self.tr("This archive is damaged: results may be incomplete.")
            self.show_banner(Banner("damaged", text, self._check_details(result)))
        elif result.status is CheckStatus.SEARCH_UNAVAILABLE:
            text = self.tr(
                "The search index of this archive is damaged: browsing works, search does not."
            )
            self.show_banner(Banner("damaged", text, self._check_details(result)))

    def _check_details(self, result: CheckResult) -> str:
        """The check's summary and findings in the interface language (db's English before)."""
        path = self.archive.path if self.archive is not None else ""
        return details_text(result.error(KartotekaError, path))

    def _on_check_failed(self, generation: int, exc: KartotekaError) -> None:
        if generation != self._check_generation:
            return
        self._checking = False
        self.progressed.emit(STAGE_BACKGROUND, 1.0)
        if isinstance(exc, ArchiveDamagedError):
            text = self.tr("This archive is damaged: results may be incomplete.")
            self.show_banner(Banner("damaged", text, details_text(exc)))

    def _on_opened(self, opened: Opened) -> None:
        old, self.archive = self.archive, opened.archive
        self._checks_declined = False
        self._opening = None
        self._progress_gate.set()
        self.opened.emit(opened)
        if old is not None:  # closed in a later turn: the new archive paints first
            self._unshown.append(old)
            next_turn(self, self._close_unshown)
        notices = opened.archive.notices
        problem = opened.archive.search_problem
        worded = opened.archive.search_error  # with its kind: said in the user's language
        if worded is not None:
            problem = error_text(worded)
        if problem:
            self.show_banner(Banner("damaged", problem))
        elif notices:
            texts = [self._notice_text(n) for n in notices]  # db.notices.Notice, by kind
            why = [n.text for n in notices if n.kind is NoticeKind.PRIVATE_COPY]  # db's reason
            self.show_banner(Banner("notice", texts[0], "\n".join([*texts, *why])))
        else:
            self.show_banner(None)
        self.start_checks(when_shown=True)

    def _close_unshown(self) -> None:
        """Close the archives shown before the one shown now."""
        while self._unshown:
            self._unshown.pop().close()

    def _notice_text(self, notice: Notice) -> str:
        """A notice in the user's language, worded by its kind (db words it in English)."""
        return notice_text(notice, self.tr, file_size_text)

    def _on_failed(self, exc: KartotekaError) -> None:
        path = self._opening
        if path is not None and isinstance(exc, ArchiveEncryptedError | WrongPassphraseError):
            problem = error_text(exc) if isinstance(exc, WrongPassphraseError) else ""
            self.passphrase_needed.emit(str(path), problem)
            return
        self._opening = None
        self.failed.emit(exc)
        self.start_checks()  # the archive shown stays: finish checking it


def _close_unshown(opened: Opened) -> None:
    opened.archive.close()  # opened for a request nobody waits for any more


def _identity(archive: Archive) -> str | AnnotationStoreError:
    try:
        return archive_identity(archive)
    except AnnotationStoreError as exc:
        return exc


def _open_job(
    path: Path, passphrase: str | None, query: PeopleQuery, report: Report
) -> Callable[[WorkerContext], Opened]:
    def job(context: WorkerContext) -> Opened:
        report(STAGE_COPYING if needs_private_copy(path) else STAGE_CHECKING, -1.0)
        archive = open_archive(path, passphrase, defer_checks=True)
        try:
            report(STAGE_LISTING, -1.0)
            worker = context.archive(archive)
            with worker.time_limit(LIST_LIMIT_MS):
                plist = list_people(worker.db, query)
                first = rows_in_script(
                    worker.db, page_rows(worker.db, plist, 0, PAGE_SIZE), query.names
                )
                total = total_people(worker.db)
                identity = _identity(worker)
            report(STAGE_LISTING, 1.0)
            return Opened(archive, query, plist, total, first, identity)
        except BaseException:
            context.close_archive()
            archive.close()
            raise

    return job
