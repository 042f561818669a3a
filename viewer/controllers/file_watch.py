"""Noticing that the archive shown changed on disk, and reopening it.

Read in place, the user's file can change while it is shown: another program
writes it, a sync tool puts a newer edition in its place, or it is deleted.
(A private copy never changes, but the user's file beside it can.) The
window then shows what the file held when it was opened, which is fine to
keep reading but must not pass for the file as it is now.

`FileWatchController` asks `Archive.disk_change()` (a few `stat` calls and
SQLite's `PRAGMA data_version`) in the task runner's WATCH lane, on its own
read-only connection: every POLL_MS, when the application becomes active
again, and soon after a QFileSystemWatcher event on the file or its folder.
A change becomes a banner: "changed"/"replaced" offer Reopen, which opens the
file again and puts back the search, filters, sort, list mode and selected
person; "deleted" says the open file stays readable until it is closed (the
connection holds the file open, so nothing breaks). Each kind of change is
said once per open: Dismiss is not undone by the next poll.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from db.connection import Archive, archive_key
from db.disk_change import DiskChange
from db.errors import KartotekaError
from viewer.controllers.browse import BrowseController
from viewer.controllers.context import AppContext
from viewer.controllers.open_archive import Banner, OpenArchiveController, Opened
from viewer.tasks import Lane, WorkerContext
from viewer.view_state import ViewState

POLL_MS = 3000
"""How often the file shown is looked at (a few stat calls on the WATCH lane)."""
EVENT_DELAY_MS = 250
"""A burst of file-system events (a program writing) becomes one look."""
WATCH_KEY = "disk-watch"


class FileWatchController(QObject):
    """Watches the archive shown; says when it changed on disk; reopens it keeping the view.

    Signals:
        change_noticed(object): a `DiskChange` of the archive shown (once per kind and open).
    """

    change_noticed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        opener: OpenArchiveController,
        browse: BrowseController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._opener = opener
        self._browse = browse
        self._archive: Archive | None = None
        self._said: set[DiskChange] = set()
        self._reopening: tuple[Path, ViewState] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(EVENT_DELAY_MS)
        self._soon.timeout.connect(self.check_now)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._soon.start)
        self._watcher.directoryChanged.connect(self._soon.start)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        opener.failed.connect(self._on_open_failed)
        opener.open_cancelled.connect(self._on_open_failed)

    # ----- the archive shown ---------------------------------------------------

    def on_opened(self, opened: Opened) -> None:
        """An archive is shown (connected after the panes show it): watch it, put a view back."""
        self.watch(opened.archive)
        reopening, self._reopening = self._reopening, None
        if reopening is not None and reopening[0] == opened.archive.path:
            self._browse.restore_view(reopening[1])

    def watch(self, archive: Archive | None) -> None:
        """Watch `archive` from now on (None: nothing; Lock, close)."""
        self._context.tasks.cancel(WATCH_KEY)
        self._archive = archive
        self._said = set()
        self._soon.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        if archive is None:
            self._timer.stop()
            return
        self._watcher.addPaths([str(archive.path), str(archive.path.parent)])
        self._timer.start()

    def check_now(self) -> None:
        """Look at the file shown now, off the GUI thread (a banner if it changed)."""
        archive = self._archive
        if archive is None or archive is not self._opener.archive:
            self.watch(self._opener.archive)  # Lock or another open came first
            archive = self._archive
        if archive is None or self._opener.opening_path() is not None:
            return
        if self._context.tasks.is_pending(WATCH_KEY):
            return
        self._restore_watch(archive)

        def job(context: WorkerContext) -> DiskChange | None:
            return _disk_change(context, archive)

        self._context.tasks.run(
            job,
            key=WATCH_KEY,
            lane=Lane.WATCH,
            quiet=True,
            on_done=lambda change: self._on_looked(archive, change),
            on_error=lambda _exc: None,  # the next look tries again
        )

    def reopen(self) -> None:
        """Open the file shown again (Reopen): the same search, filters, sort and person."""
        archive = self._opener.archive
        if archive is None:
            return
        self._reopening = (archive.path, self._browse.state)
        self._opener.open_path(archive.path, archive_key(archive), query=self._browse.fresh_query())

    # ----- what was seen ---------------------------------------------------------

    def _on_looked(self, archive: Archive, change: DiskChange | None) -> None:
        if change is None or archive is not self._archive or change in self._said:
            return
        self._said.add(change)
        self.change_noticed.emit(change)
        self._opener.show_banner(self._banner(change))

    def _banner(self, change: DiskChange) -> Banner:
        if change is DiskChange.DELETED:
            return Banner(
                "vanished",
                self.tr(
                    "This archive was deleted or moved on disk by another program. "
                    "What is shown stays readable until you close it."
                ),
            )
        if change is DiskChange.REPLACED:
            text = self.tr("This archive was replaced on disk by another program.")
        else:
            text = self.tr("This archive was changed on disk by another program.")
        return Banner("changed", text)

    def _restore_watch(self, archive: Archive) -> None:
        """inotify drops a file that was replaced or deleted: watch its name again."""
        name, folder = str(archive.path), str(archive.path.parent)
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        for path in (name, folder):
            if path not in watched and Path(path).exists():
                self._watcher.addPath(path)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_now()  # back from another program, which may have changed the file

    def _on_open_failed(self, *_args: object) -> None:
        self._reopening = None


def _disk_change(context: WorkerContext, archive: Archive) -> DiskChange | None:
    """`archive`'s change on disk, read on the lane's own connection where there is one."""
    if archive.is_closed:
        return None  # another archive is shown by now
    try:
        reader = context.archive(archive)
    except (KartotekaError, OSError, sqlite3.Error):
        return archive.disk_change(data_version=False)  # the file is gone: stat calls only
    return reader.disk_change()
