"""Lock, the idle lock and encrypted copies: keeping an archive safe on a seized laptop.

Lock closes every connection (the window's, the task runner's lanes), so
the private copy of the archive goes with them; the archive's key is
forgotten and the annotation store closed, after the window has put away
the note being typed (`about_to_lock`). Nothing read from the archive stays:
the other controllers empty themselves, the window shows the locked page.
Opening again asks for the passphrase of an encrypted archive.

"Save encrypted copy" writes an encrypted copy of the archive shown on the
task runner, with progress and Cancel; a cancelled or failed copy leaves no
file (db.encryption writes beside the target and moves it into place).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from db.errors import KartotekaError
from viewer.controllers.context import AppContext
from viewer.idle import IdleWatcher
from viewer.tasks import WorkerContext

if TYPE_CHECKING:
    from viewer.controllers.annotation_store import AnnotationStoreController
    from viewer.controllers.browse import BrowseController
    from viewer.controllers.open_archive import OpenArchiveController, Opened
    from viewer.controllers.record import RecordController

IDLE_UNIT_MS = 60_000
"""One minute of the idle-lock setting."""


class _Bridge(QObject):
    progressed = Signal(float)


class LockController(QObject):
    """Lock, unlock, idle lock and encrypted copies; see the module docstring.

    Signals:
        about_to_lock(): park what is being typed now; everything closes next.
        locked(str, bool): the archive at this path was locked (and whether it is encrypted).
        unlocked(): an archive is shown again.
        encrypt_started(str): an encrypted copy is being written to this path.
        encrypt_progressed(float): share of it written.
        encrypt_finished(str): the encrypted copy is complete at this path.
        encrypt_cancelled(): Cancel stopped it; nothing was written.
        encrypt_failed(object): the KartotekaError that stopped it; nothing was written.
        busy_changed(): whether an encrypted copy is being written changed.
    """

    about_to_lock = Signal()
    locked = Signal(str, bool)
    unlocked = Signal()
    encrypt_started = Signal(str)
    encrypt_progressed = Signal(float)
    encrypt_finished = Signal(str)
    encrypt_cancelled = Signal()
    encrypt_failed = Signal(object)
    busy_changed = Signal()

    def __init__(
        self,
        context: AppContext,
        opener: OpenArchiveController,
        browse: BrowseController,
        record: RecordController,
        annotations: AnnotationStoreController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._opener = opener
        self._browse = browse
        self._record = record
        self._annotations = annotations
        self.locked_path: Path | None = None
        self.locked_encrypted = False
        self.idle_unit_ms = IDLE_UNIT_MS
        self.idle_watcher = IdleWatcher(self)
        self.idle_watcher.idle.connect(self._on_idle_watcher_idle)
        self._cancel: threading.Event | None = None
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self.encrypt_progressed)
        opener.opened.connect(self._on_opener_opened)

    # ----- Lock -----------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.locked_path is not None

    def connect_actions(self, actions: Mapping[str, QAction]) -> None:
        """File ▸ Lock."""
        actions["lock"].triggered.connect(self.lock)

    def lock(self) -> bool:
        """Close the archive, forget its key, close the store; False when nothing was open."""
        if self._opener.archive is None:
            return False
        self.about_to_lock.emit()
        if self._cancel is not None:
            self._cancel.set()  # a running copy is removed, its result dropped
        self._cancel = None
        archive = self._opener.close()
        assert archive is not None
        self._annotations.lock()
        self._context.tasks.close_connections()
        self._browse.close_archive()
        self._record.clear()
        self.locked_path, self.locked_encrypted = archive.path, archive.encrypted
        archive.forget_key()
        archive.close()
        self.busy_changed.emit()
        self.locked.emit(str(archive.path), self.locked_encrypted)
        return True

    def open_again(self) -> None:
        """Open the locked archive again; an encrypted one asks for its passphrase first."""
        path = self.locked_path
        if path is None:
            return
        from db.encryption import is_probably_encrypted

        if is_probably_encrypted(path):
            self._opener.ask_passphrase(path)
        else:
            self._opener.open_path(path, query=self._browse.fresh_query())

    def _on_opener_opened(self, _opened: Opened) -> None:
        if self.locked_path is not None:
            self.locked_path = None
            self.idle_watcher.restart()
            self.unlocked.emit()

    # ----- idle -------------------------------------------------------------------------

    def set_idle_minutes(self, minutes: int, *, save: bool = True) -> None:
        """Lock after `minutes` without input (0: never); remembered in the settings."""
        minutes = max(0, minutes)
        if save:
            self._context.settings.set_idle_lock_minutes(minutes)
        self.idle_watcher.set_timeout_ms(minutes * self.idle_unit_ms)

    def _on_idle_watcher_idle(self) -> None:
        self.lock()

    # ----- encrypted copies ----------------------------------------------------------------

    def is_encrypting(self) -> bool:
        return self._cancel is not None

    def save_encrypted_copy(self, target: Path, passphrase: str, *, overwrite: bool) -> bool:
        """Write an encrypted copy of the archive shown to `target`; False if none can start."""
        archive = self._opener.archive
        if archive is None or self._cancel is not None:
            return False
        cancel = self._cancel = threading.Event()
        bridge = self._bridge

        def progress(share: float) -> bool:
            bridge.progressed.emit(share)  # queued to the GUI thread
            return not cancel.is_set()

        def job(_context: WorkerContext) -> Path:
            from db.encryption import encrypt_archive

            encrypt_archive(
                archive.path, target, passphrase, overwrite=overwrite, progress=progress
            )
            return target

        self._context.tasks.run(
            job, key="encrypt", on_done=self._on_encrypted, on_error=self._on_encrypt_failed
        )
        self.busy_changed.emit()
        self.encrypt_started.emit(str(target))
        return True

    def cancel_encrypted_copy(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def shutdown(self) -> None:
        """Stop the idle timer; an unfinished encrypted copy is removed, not awaited."""
        self.idle_watcher.set_timeout_ms(0)
        self.cancel_encrypted_copy()

    def _on_encrypted(self, target: Path) -> None:
        self._cancel = None
        self.busy_changed.emit()
        self.encrypt_finished.emit(str(target))

    def _on_encrypt_failed(self, exc: KartotekaError) -> None:
        from db.encryption import EncryptionCancelledError

        self._cancel = None
        self.busy_changed.emit()
        if isinstance(exc, EncryptionCancelledError):
            self.encrypt_cancelled.emit()
        else:
            self.encrypt_failed.emit(exc)
