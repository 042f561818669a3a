"""The window's link to its annotation store: one store, one undo stack.

Every edit goes through `AnnotationSession.apply()`, which runs the store
operation (one committed transaction), pushes an undo command and tells the
panes which entries changed. Undo and redo are `store.revert()` of the last
change, so they are transactions too and show up in the entry's history.
Store writes take a few milliseconds, so they run on the GUI thread.

An encrypted store's passphrase is held only by the open store: Lock closes
the store (`lock()`), which forgets it, and reopening asks for it again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from db.annotations import (
    AnnotationStore,
    AnnotationStoreError,
    Change,
    EntityRef,
    change_store_passphrase,
    check_store_passphrase,
    open_store,
)
from viewer.translations import QT_TRANSLATE_NOOP

Operation = Callable[[AnnotationStore], Change]

# the store's change labels (English, as in its history), worded for the Edit menu
CHANGE_LABELS = (
    QT_TRANSLATE_NOOP("ChangeLabel", "Add note"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Add tag"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Change tag colour"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Create tag"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Delete annotation"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Delete tag"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Discard draft"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Edit note"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Import annotations"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Merge tags"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Propose correction"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Remove tag"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Rename tag"),
    QT_TRANSLATE_NOOP("ChangeLabel", "Save draft"),
)


def change_text(label: str) -> str:
    """A store change's label in the UI language ("Undo …" labels of reverts too)."""
    undo = label.startswith("Undo ")
    text = QCoreApplication.translate("ChangeLabel", label[5:] if undo else label)
    if undo:
        return QCoreApplication.translate("ChangeLabel", "Undo {action}").format(action=text)
    return text


class _ChangeCommand(QUndoCommand):
    """An applied store change; undo/redo revert the latest change of this command."""

    def __init__(self, session: AnnotationSession, change: Change, text: str | None) -> None:
        super().__init__(change_text(change.label) if text is None else text)
        self._session = session
        self._last = change
        self._applied = True  # the first redo() (from QUndoStack.push) is a no-op

    def redo(self) -> None:
        if self._applied:
            return
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        reverted = self._session._revert(self._last)
        if reverted is None:
            # refused (edited since, disk full …): nothing changed in the store,
            # so drop the command rather than let the stack disagree with it
            self.setObsolete(True)
            return
        self._last = reverted
        self._applied = not self._applied


class AnnotationSession(QObject):
    """The open annotation store, the current archive's identity and the undo stack.

    Signals:
        changed(object): a frozenset of EntityRef whose annotations changed.
        applied(object): the Change an edit, undo or redo just committed (its rows),
            so a pane can show it at once without rereading; sent before `changed`.
        store_changed(): a store was opened or closed, or the archive changed.
        failed(object): an AnnotationStoreError from an edit, undo or redo; the
            edit was not saved and whatever the user typed must stay on screen.
    """

    changed = Signal(object)
    applied = Signal(object)
    store_changed = Signal()
    failed = Signal(object)

    def __init__(self, author: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.author = author
        self.store: AnnotationStore | None = None
        self.archive_id: str | None = None
        self.undo_stack = QUndoStack(self)
        self.locked_path: Path | None = None
        """A store closed by Lock, or one whose passphrase was not given: reopen it later."""
        self.locked_encrypted = False

    # ----- lifecycle --------------------------------------------------------

    def open(self, path: Path | None = None, passphrase: str | None = None) -> AnnotationStore:
        """Open (or create) the store at `path` (None: the per-user store).

        With `passphrase` the store is (created) encrypted; only the open
        store keeps it, for its reconnects and backups, until it is closed.
        Raises AnnotationStoreError with a message for the user; the previous
        store stays open then.
        """
        store = open_store(path, author=self.author, passphrase=passphrase or None)
        self.close()
        self.store = store
        self.locked_path = None
        self.locked_encrypted = False
        self.store_changed.emit()
        return store

    def lock(self) -> None:
        """Close the store and forget its key (Lock); `locked_path` says what to reopen.

        Drafts must be saved (or kept on screen) by the caller first.
        """
        store = self.store
        if store is None:
            return
        path, encrypted = store.path.absolute(), store.encrypted
        self.close()
        self.locked_path, self.locked_encrypted = path, encrypted

    def mark_locked(self, path: Path, *, encrypted: bool) -> None:
        """A store that could not open without its passphrase: annotations stay off."""
        self.locked_path, self.locked_encrypted = path.absolute(), encrypted
        self.store_changed.emit()

    def off_reason(self) -> str:
        """Why annotations are off (for the pane's status line); "" when a store is open."""
        if self.store is not None:
            return ""
        if self.locked_path is not None and self.locked_encrypted:
            return self.tr(
                "Annotations are locked: the annotation store is encrypted and its "
                "passphrase was not entered. Open it again with Edit ▸ Preferences."
            )
        return self.tr("Annotations are off: the annotation store could not be opened.")

    def change_passphrase(self, old: str | None, new: str) -> AnnotationStore:
        """Encrypt the open store with `new` (or change its passphrase `old`), then reopen it.

        The store is closed for the change (every save is committed, so
        nothing is lost) and reopened with the key that is now valid: `new`
        after success, else the old one. Raises AnnotationStoreError (wrong
        `old`, store in use, disk full) with nothing changed.
        """
        store = self.store
        if store is None:
            raise RuntimeError("no annotation store is open")
        path = store.path.absolute()
        check_store_passphrase(path, old)  # a wrong one: the store stays open as it is
        self.close()
        try:
            change_store_passphrase(path, old, new)
        except AnnotationStoreError:
            for key in (old, new):  # old: nothing changed; new: only backups were left
                with contextlib.suppress(AnnotationStoreError):
                    self.open(path, key)
                    break
            else:
                self.mark_locked(path, encrypted=True)
            raise
        return self.open(path, new)

    def close(self) -> None:
        self.undo_stack.clear()
        if self.store is not None:
            store, self.store = self.store, None
            store.close()
            self.store_changed.emit()

    def set_archive(self, archive_id: str | None) -> None:
        """Edits now refer to entries of the archive with this identity."""
        if archive_id != self.archive_id:
            self.undo_stack.clear()  # undoing another archive's edit would confuse
            self.archive_id = archive_id
            self.store_changed.emit()

    def set_author(self, author: str) -> None:
        self.author = author
        if self.store is not None:
            self.store.author = author

    def is_ready(self) -> bool:
        """Whether edits can be made: a store is open and an archive is shown."""
        return self.store is not None and self.archive_id is not None

    def ref(self, entity_type: str, entity_id: str) -> EntityRef:
        """The reference of an entry of the current archive."""
        if self.archive_id is None:
            raise RuntimeError("no archive is open")
        return EntityRef(self.archive_id, entity_type, entity_id)

    # ----- editing ----------------------------------------------------------

    def apply(self, operation: Operation, text: str | None = None) -> Change | None:
        """Run one store operation as an undoable edit, named `text` in the Edit menu.

        Without `text` the edit is named by the store's change label ("Remove
        tag"); callers that know what the change touched say so ("Remove tag
        “witness”"), since Undo may run after the user moved on.
        Returns the committed change, or None when the store refused it (the
        error went out on `failed`, nothing was saved).
        """
        if self.store is None:
            return None
        try:
            change = operation(self.store)
        except AnnotationStoreError as exc:
            self.failed.emit(exc)
            return None
        self.undo_stack.push(_ChangeCommand(self, change, text))
        self.applied.emit(change)
        self.changed.emit(change.entities)
        return change

    def _revert(self, change: Change) -> Change | None:
        if self.store is None:
            return None
        try:
            reverted = self.store.revert(change)
        except AnnotationStoreError as exc:
            self.failed.emit(exc)
            return None
        self.applied.emit(reverted)
        self.changed.emit(reverted.entities | change.entities)
        return reverted
