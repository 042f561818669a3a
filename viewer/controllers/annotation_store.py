"""The annotation store: opening it, its passphrase, Lock, and the note typed before Lock.

The store lives in the `AnnotationSession` this controller owns (edits and
the undo stack go through the session). This controller decides which store
is open: the one in the settings at start, another from the preferences,
an encrypted one once its passphrase is given (`passphrase_needed`, answered
by `submit_passphrase`). Lock closes the store and forgets its key after the
window parked the typed note (`park`); unlocking reopens the store and,
once it is open again, hands the note back (`resume_note`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.annotations import (
    AnnotationStore,
    AnnotationStoreError,
    AnnotationStorePassphraseError,
    archive_identity,
    default_store_path,
)
from viewer.annotations.session import AnnotationSession
from viewer.controllers.context import AppContext
from viewer.error_text import error_text

if TYPE_CHECKING:
    from db.connection import Archive
    from viewer.annotations.note_editor import ParkedNote


class AnnotationStoreController(QObject):
    """Which annotation store is open; see the module docstring.

    Signals:
        opened(object): an AnnotationStore is open now (at once or after its passphrase).
        recovered(object): the store opened from a backup (damaged): the AnnotationStore.
        passphrase_needed(str): ask for the passphrase of the encrypted store at this path.
        passphrase_declined(): the prompt was closed: annotations stay off.
        failed(object): a KartotekaError to show.
        message(str): a short status line.
        resume_note(object, str): a ParkedNote and the id of the person it was typed on
            (or ""): the store is back, the note can go back into the editor.
        store_replaced(): the store the workers read is another one now.
    """

    opened = Signal(object)
    recovered = Signal(object)
    passphrase_needed = Signal(str)
    passphrase_declined = Signal()
    failed = Signal(object)
    message = Signal(str)
    resume_note = Signal(object, str)
    store_replaced = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.session = AnnotationSession(context.settings.author(), self)
        self.session.store_changed.connect(self._on_session_store_changed)
        self._asking: Path | None = None  # the store whose passphrase is asked for
        self._remember: tuple[Path | None] | None = None
        self._locked_by_lock = False
        self._parked: ParkedNote | None = None
        self._parked_person = ""
        self._reader_store: AnnotationStore | None = None

    # ----- opening ----------------------------------------------------------------

    def open_store(
        self, path: Path | None, passphrase: str | None = None, *, remember: bool = False
    ) -> bool:
        """Use the store at `path` (None: the per-user one); False if it is not open (yet).

        `passphrase` creates (or opens) an encrypted store. An encrypted store
        opened without one asks for it (`passphrase_needed`); until it is
        answered annotations are off. `remember`: once open, `path` becomes
        the store in the settings.
        """
        try:
            store = self.session.open(path, passphrase)
        except AnnotationStorePassphraseError as exc:
            if passphrase is not None:
                self.failed.emit(exc)
                return False
            target = (path if path is not None else default_store_path()).absolute()
            self.session.mark_locked(target, encrypted=True)
            self._remember = (path,) if remember else None
            self._asking = target
            self.passphrase_needed.emit(str(target))
            return False
        except AnnotationStoreError as exc:
            self.failed.emit(exc)
            return False
        self._on_opened(store, (path,) if remember else None)
        return True

    def asking(self) -> Path | None:
        """The store whose passphrase is being asked for, if any."""
        return self._asking

    def submit_passphrase(self, passphrase: str) -> str | None:
        """Try the passphrase typed; the problem to show in the prompt, or None when done."""
        path = self._asking
        if path is None:
            return None
        try:
            store = self.session.open(path, passphrase)
        except AnnotationStorePassphraseError as exc:
            return error_text(exc)
        except AnnotationStoreError as exc:
            self._asking = None
            self.failed.emit(exc)
            return None
        self._asking = None
        remember, self._remember = self._remember, None
        self.message.emit(self.tr("Annotations opened."))
        self._on_opened(store, remember)
        return None

    def decline_passphrase(self) -> None:
        """The prompt was closed without a passphrase: annotations stay off, nothing changes."""
        if self._asking is None:
            return
        self._asking = None
        self._remember = None
        self.passphrase_declined.emit()

    def change_passphrase(self, old: str | None, new: str) -> str | None:
        """Encrypt the open store (or change its passphrase); the problem, or None when done."""
        try:
            self.session.change_passphrase(old, new)
        except AnnotationStoreError as exc:
            return error_text(exc)
        return None

    def apply_preferences(self, author: str, path: Path | None, passphrase: str | None) -> None:
        """The preferences were accepted: the author, and perhaps another store."""
        settings = self._context.settings
        settings.set_author(author)
        self.session.set_author(author)
        if (
            path != settings.annotation_store_path()
            or passphrase is not None
            or self.session.store is None  # e.g. its passphrase was not given: ask again
        ):
            self.open_store(path, passphrase, remember=True)
        settings.sync()

    def _on_opened(self, store: AnnotationStore, remember: tuple[Path | None] | None) -> None:
        if remember is not None:
            self._context.settings.set_annotation_store_path(remember[0])
        if store.recovered_from is not None:
            self.recovered.emit(store)
        self.opened.emit(store)
        self._offer_parked_note()

    # ----- the archive ------------------------------------------------------------

    def follow_archive(
        self, archive: Archive | None, identity: str | AnnotationStoreError | None = None
    ) -> None:
        """Edits refer to entries of `archive` now (None: no archive shown).

        `identity` is its `meta.archive_id` as the open read it on a worker (or why it
        could not); without it, it is read here, on the calling thread.
        """
        if archive is None:
            self.session.set_archive(None)
            return
        if identity is None:
            try:
                identity = archive_identity(archive)
            except AnnotationStoreError as exc:
                identity = exc
        if isinstance(identity, AnnotationStoreError):
            self.message.emit(error_text(identity))
        self.session.set_archive(identity if isinstance(identity, str) else None)
        if self._locked_by_lock:  # unlocking: the store comes back too
            self._locked_by_lock = False
            self._reopen_locked_store()
        else:
            self._offer_parked_note()

    def _on_session_store_changed(self) -> None:
        if self.session.store is not self._reader_store:
            self._reader_store = self.session.store
            self.store_replaced.emit()

    # ----- Lock ---------------------------------------------------------------------

    def park(self, parked: ParkedNote | None, person_id: str | None) -> None:
        """Keep the note typed before Lock (its draft key, or its text) until unlocking."""
        if parked is not None:
            self._parked, self._parked_person = parked, person_id or ""

    def lock(self) -> None:
        """Close the store and forget its key; unlocking (`follow_archive`) reopens it."""
        self._asking = None
        self.session.set_archive(None)
        if self.session.store is not None:
            self._locked_by_lock = True
            self.session.lock()

    def _reopen_locked_store(self) -> None:
        path = self.session.locked_path
        if path is None:
            return
        if self.session.locked_encrypted:
            self._asking = path
            self.passphrase_needed.emit(str(path))
        else:
            self.open_store(path)

    def _offer_parked_note(self) -> None:
        parked = self._parked
        if parked is None or not self.session.is_ready():
            return
        if parked.target.archive_id != self.session.archive_id:
            return  # another archive is open: the draft waits in the store
        person, self._parked, self._parked_person = self._parked_person, None, ""
        self.resume_note.emit(parked, person)

    def hand_back(self, parked: ParkedNote, person_id: str) -> None:
        """The editor could not take the note yet: keep it for the next chance."""
        self._parked, self._parked_person = parked, person_id
