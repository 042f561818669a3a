"""Every dialog the window opens, and the flows that go through one.

Controllers are widget-free: when a flow needs the user (a passphrase, a
file to write, a confirmation) the controller says so by signal and this
host asks, with the window as the dialogs' parent, then hands the answer
back to the controller. Dialogs open with `open()` (window-modal, no nested
event loop) and are kept on attributes, so tests drive them as a person
would. Error dialogs go through `viewer.dialogs.error.show_error`, the one
place tests patch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from db.errors import KartotekaError
from viewer.dialogs import error as error_dialog
from viewer.error_text import error_text
from viewer.tasks import WorkerContext

if TYPE_CHECKING:
    from db.annotations import AnnotationStore
    from db.records import ArchiveInfo
    from viewer.annotations.pane import AnnotationsPane
    from viewer.annotations.preferences_dialog import PreferencesDialog
    from viewer.annotations.store_encryption import StoreEncryptionDialog
    from viewer.controllers.annotation_store import AnnotationStoreController
    from viewer.controllers.context import AppContext
    from viewer.controllers.lock import LockController
    from viewer.controllers.open_archive import Banner, OpenArchiveController
    from viewer.controllers.record import RecordController
    from viewer.dialogs.encryption import (
        EncryptProgressDialog,
        PassphraseDialog,
        SaveEncryptedDialog,
    )

ERROR_CONTEXT = "MainWindow"
"""The translation context of db.errors titles (viewer.error_titles.ERROR_TITLES)."""


def error_title(exc: KartotekaError) -> str:
    return QCoreApplication.translate(ERROR_CONTEXT, exc.title)


class DialogHost(QObject):
    """The window's dialogs; see the module docstring.

    Signals:
        message(str, int): a status line and how long to show it (ms; 0: until replaced).
        opening_with_passphrase(str, str): the archive passphrase prompt's answer:
            the path and the passphrase (the window opens it).
        open_chosen(str): File ▸ Open archive… chose this file (the window opens it).
        names_chosen(str): Preferences chose another script for names (a NameScript value).
    """

    message = Signal(str, int)
    opening_with_passphrase = Signal(str, str)
    open_chosen = Signal(str)
    names_chosen = Signal(str)

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        opener: OpenArchiveController,
        annotations: AnnotationStoreController,
        lock: LockController,
        record: RecordController,
        annotations_pane: AnnotationsPane,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._opener = opener
        self._annotations = annotations
        self._lock = lock
        self._record = record
        self._pane = annotations_pane
        self._dialogs: list[QWidget] = []
        self._passphrase: PassphraseDialog | None = None
        self._store_prompt: PassphraseDialog | None = None
        self._store_encryption: StoreEncryptionDialog | None = None
        self._save: SaveEncryptedDialog | None = None
        self._progress: EncryptProgressDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.orphan_reason: Callable[[str, str], str | None] | None = None  # from a compare
        opener.passphrase_needed.connect(self._on_opener_passphrase_needed)
        opener.opened.connect(self.close_passphrase_dialog)
        opener.failed.connect(self._on_opener_failed)
        annotations.passphrase_needed.connect(self._on_store_passphrase_needed)
        annotations.failed.connect(self.show_error)
        annotations.recovered.connect(self._on_store_recovered)
        annotations.session.failed.connect(self._on_session_failed)
        lock.encrypt_started.connect(self._on_encrypt_started)
        lock.encrypt_progressed.connect(self._on_encrypt_progressed)
        lock.encrypt_finished.connect(self._on_encrypt_finished)
        lock.encrypt_cancelled.connect(self._on_encrypt_cancelled)
        lock.encrypt_failed.connect(self._on_encrypt_failed)
        lock.about_to_lock.connect(self.close_all)

    def connect_actions(self, actions: Mapping[str, QAction]) -> None:
        """The actions that open a dialog (the Help pages are connected by the window's shell)."""
        calls: dict[str, Callable[[], object]] = {
            "open": self._open_chosen,
            "archive_info": self.show_archive_info,
            "save_encrypted": self.ask_save_encrypted,
            "lock_idle": self.ask_idle_minutes,
            "export_annotations": self.export_annotations,
            "import_annotations": self.ask_import_annotations,
            "tags": self.open_tag_manager,
            "orphans": self.show_orphans,
            "preferences": self.open_preferences,
            "clear_history": self.clear_history,
        }
        for name, call in calls.items():
            actions[name].triggered.connect(call)

    def _open_chosen(self) -> None:
        path = self.ask_archive_path()
        if path is not None:
            self.open_chosen.emit(str(path))

    # ----- plain dialogs ------------------------------------------------------------

    def show_error(self, exc: object) -> None:
        if isinstance(exc, KartotekaError):
            error_dialog.show_error(self._window, error_title(exc), error_text(exc))

    def _say(self, text: str, timeout_ms: int = 5000) -> None:
        self.message.emit(text, timeout_ms)

    def show_dialog(self, dialog: QWidget) -> None:
        """Show a modeless dialog; it is deleted when closed."""
        self._dialogs = self.open_dialogs()
        self._dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_dialogs(self) -> list[QWidget]:
        """The modeless dialogs still on screen (closed ones are deleted)."""
        return [d for d in self._dialogs if shiboken6.isValid(d) and d.isVisible()]

    def show_text(self, title: str, html: str) -> None:
        from viewer.dialogs.text import TextDialog

        self.show_dialog(TextDialog(title, html, self._window))

    def show_help(self, which: str) -> None:
        """One of the Help menu's pages: "shortcuts", "search_help", "about"."""
        from viewer.dialogs import text

        pages = {
            "shortcuts": (self.tr("Keyboard shortcuts"), text.shortcuts_html),
            "search_help": (self.tr("Search syntax"), text.search_help_html),
            "about": (self.tr("About Kartoteka"), text.about_html),
        }
        title, html = pages[which]
        self.show_text(title, html())

    def show_banner_details(self, banner: Banner) -> None:
        from html import escape

        body = "<br>".join(escape(line) for line in (banner.details or banner.text).splitlines())
        self.show_text(self.tr("About this archive"), f"<p>{body}</p>")

    def ask_archive_path(self) -> Path | None:
        """File ▸ Open archive…: the file chosen, or None."""
        archive = self._opener.archive
        start = str(archive.path.parent) if archive is not None else ""
        filters = self.tr("Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open archive"), start, filters)
        return Path(path) if path else None

    def show_archive_info(self) -> None:
        """File ▸ Archive info…: read on the task runner (a quick check), then shown."""
        archive = self._opener.archive
        if archive is None:
            return
        from db.info import archive_info

        def job(context: WorkerContext) -> ArchiveInfo:
            return archive_info(context.archive(archive), quick_check=True)

        self._context.tasks.run(job, key="info", on_done=self._on_info, on_error=self.show_error)

    def _on_info(self, info: ArchiveInfo) -> None:
        from viewer.dialogs.text import info_html

        self.show_text(self.tr("Archive info"), info_html(info))

    def close_all(self) -> None:
        """Lock: nothing read from the archive stays on screen."""
        self.close_passphrase_dialog()
        self.close_store_dialogs()
        self._close_progress()
        for dialog in self.open_dialogs():
            dialog.close()
        self._dialogs = []

    # ----- the archive's passphrase ------------------------------------------------

    def passphrase_dialog(self) -> PassphraseDialog | None:
        """The passphrase prompt on screen, if any (tests type into it)."""
        return self._passphrase

    def _on_opener_passphrase_needed(self, path: str, problem: str) -> None:
        from viewer.dialogs.encryption import PassphraseDialog

        self._say("", 1)
        dialog = self._passphrase
        if dialog is None or dialog.path != Path(path):
            self.close_passphrase_dialog()
            dialog = PassphraseDialog(Path(path), self._window)
            dialog.submitted.connect(self._on_passphrase_submitted)
            dialog.rejected.connect(self._on_passphrase_rejected)
            self._passphrase = dialog
            dialog.open()  # window-modal, not a nested event loop
        dialog.set_busy(False)
        if problem:
            dialog.show_problem(problem)

    def _on_passphrase_submitted(self) -> None:
        dialog = self._passphrase
        if dialog is None:
            return
        passphrase = dialog.take_passphrase()
        dialog.set_busy(True)
        self.opening_with_passphrase.emit(str(dialog.path), passphrase)

    def _on_passphrase_rejected(self) -> None:
        dialog, self._passphrase = self._passphrase, None
        if dialog is None:
            return
        self._opener.cancel()  # an attempt still running is dropped: nothing changes
        dialog.deleteLater()

    def close_passphrase_dialog(self) -> None:
        dialog, self._passphrase = self._passphrase, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()

    def _on_opener_failed(self, exc: object) -> None:
        self.close_passphrase_dialog()
        self.show_error(exc)

    # ----- the annotation store's passphrase and encryption --------------------------

    def store_passphrase_dialog(self) -> PassphraseDialog | None:
        """The annotation store's passphrase prompt on screen, if any."""
        return self._store_prompt

    def store_encryption_dialog(self) -> StoreEncryptionDialog | None:
        """The "Encrypt annotations" / "Change passphrase" dialog on screen, if any."""
        return self._store_encryption

    def _on_store_passphrase_needed(self, path: str) -> None:
        from viewer.annotations.store_encryption import store_passphrase_dialog

        dialog = self._store_prompt
        if dialog is not None:
            dialog.set_busy(False)
            return
        dialog = store_passphrase_dialog(Path(path), self._window)
        dialog.submitted.connect(self._on_store_prompt_submitted)
        dialog.rejected.connect(self._on_store_prompt_rejected)
        self._store_prompt = dialog
        dialog.open()

    def _on_store_prompt_submitted(self) -> None:
        dialog = self._store_prompt
        if dialog is None:
            return
        passphrase = dialog.take_passphrase()
        dialog.set_busy(True)
        problem = self._annotations.submit_passphrase(passphrase)
        if problem is not None and self._store_prompt is dialog:
            dialog.show_problem(problem)  # a wrong one: the prompt stays
            return
        self._close_store_prompt()

    def _on_store_prompt_rejected(self) -> None:
        dialog, self._store_prompt = self._store_prompt, None
        if dialog is None:
            return
        dialog.deleteLater()
        self._annotations.decline_passphrase()
        self._say(
            self.tr(
                "Annotations are off: the annotation store's passphrase was not entered. "
                "Nothing was changed; Edit ▸ Preferences asks again."
            ),
            15_000,
        )

    def _close_store_prompt(self) -> None:
        dialog, self._store_prompt = self._store_prompt, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()

    def close_store_dialogs(self) -> None:
        self._close_store_prompt()
        encryption, self._store_encryption = self._store_encryption, None
        if encryption is not None:
            encryption.take_passphrases()  # clear the fields
            encryption.close()

    def encrypt_annotation_store(
        self, parent: QWidget | None = None
    ) -> StoreEncryptionDialog | None:
        """Encrypt the open annotation store, or change its passphrase (Preferences)."""
        from viewer.annotations.store_encryption import StoreEncryptionDialog

        store = self._annotations.session.store
        if store is None:
            self._say(self.tr("No annotation store is open."))
            return None
        dialog = StoreEncryptionDialog(
            store.path, encrypted=store.encrypted, parent=parent or self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self._on_store_encryption_submitted)
        dialog.rejected.connect(self._on_store_encryption_rejected)
        self._store_encryption = dialog
        dialog.open()
        return dialog

    def _on_store_encryption_submitted(self) -> None:
        dialog = self._store_encryption
        if dialog is None:
            return
        old, new = dialog.take_passphrases()
        self._pane.editor.flush()  # a pending draft goes into the store first
        problem = self._annotations.change_passphrase(old, new)
        if problem is not None:
            dialog.show_problem(problem)  # nothing changed; the store is open as before
            return
        self._store_encryption = None
        dialog.finish()
        if old is None:
            text = self.tr(
                "The annotations are now encrypted. Without the passphrase they cannot be opened."
            )
        else:
            text = self.tr("The annotations' passphrase was changed.")
        self._say(text, 15_000)
        prefs = self.preferences_dialog
        store = self._annotations.session.store
        if prefs is not None and dialog.parent() is prefs and store is not None:
            prefs.set_store_encrypted(store.encrypted)

    def _on_store_encryption_rejected(self) -> None:
        dialog, self._store_encryption = self._store_encryption, None
        if dialog is not None:
            dialog.take_passphrases()

    def _on_store_recovered(self, store: AnnotationStore) -> None:
        recovered = store.recovered_from
        assert recovered is not None
        error_dialog.show_error(
            self._window,
            self.tr("Annotations restored from a backup"),
            self.tr(
                "{path}: the annotation store was damaged. The backup of {when} "
                "(UTC) has been restored; edits made after it are not in it. The "
                "damaged file was kept at {aside}."
            ).format(path=store.path, when=recovered.taken_at, aside=store.moved_aside),
        )

    def _on_session_failed(self, exc: object) -> None:
        self.show_error(exc)

    # ----- preferences ------------------------------------------------------------------

    def clear_history(self) -> None:
        """File ▸ Clear history now: memory, the store, Qt's dialog history (viewer.discretion)."""
        self._context.settings.clear_history()
        self._say(self.tr("Recent searches and archives cleared."))

    def open_preferences(self) -> None:
        from viewer.annotations.preferences_dialog import PreferencesDialog
        from viewer.controllers.browse import names_setting

        settings = self._context.settings
        store = self._annotations.session.store
        dialog = PreferencesDialog(
            settings.author(),
            settings.annotation_store_path(),
            self._window,
            idle_lock_minutes=settings.idle_lock_minutes(),
            store_encrypted=store.encrypted if store is not None else None,
            remember_history=settings.remember_history(),
            names=str(names_setting(settings)),
        )
        dialog.accepted.connect(lambda: self._apply_preferences(dialog))
        dialog.encryption_requested.connect(lambda: self.encrypt_annotation_store(dialog))
        dialog.clear_history_requested.connect(self.clear_history)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        dialog.open()

    def _apply_preferences(self, dialog: PreferencesDialog) -> None:
        from viewer.controllers.browse import names_setting

        self._lock.set_idle_minutes(dialog.idle_lock_minutes())
        self._context.settings.set_remember_history(dialog.remember_history())
        names = dialog.names()
        if names is not None and names != str(names_setting(self._context.settings)):
            self.names_chosen.emit(names)  # View ▸ Show names in, chosen here
        self._annotations.apply_preferences(
            dialog.author(), dialog.store_path(), dialog.new_store_passphrase()
        )

    def ask_idle_minutes(self) -> None:
        """File ▸ Lock after idle…"""
        from viewer.dialogs import encryption as encryption_dialogs

        minutes = encryption_dialogs.ask_idle_minutes(
            self._window, self._context.settings.idle_lock_minutes()
        )
        if minutes is None:
            return
        self._lock.set_idle_minutes(minutes)
        if minutes:
            text = self.tr(
                "The archive will be locked after {n} minutes without input.", "", minutes
            )
            self._say(text.format(n=minutes))
        else:
            self._say(self.tr("The archive is no longer locked when idle."))

    # ----- encrypted copies ------------------------------------------------------------

    def save_encrypted_dialog(self) -> SaveEncryptedDialog | None:
        return self._save

    def encrypt_progress_dialog(self) -> EncryptProgressDialog | None:
        return self._progress

    def ask_save_encrypted(self) -> None:
        """File ▸ Save encrypted copy…: where, and with which passphrase."""
        archive = self._opener.archive
        if archive is None or archive.encrypted or self._lock.is_encrypting():
            return
        from viewer.dialogs.encryption import SaveEncryptedDialog

        dialog = SaveEncryptedDialog(archive.path, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_save_accepted)
        dialog.rejected.connect(self._on_save_rejected)
        self._save = dialog
        dialog.open()

    def _on_save_accepted(self) -> None:
        dialog, self._save = self._save, None
        if dialog is not None:
            self.save_encrypted_copy(dialog.target().absolute(), dialog.take_passphrase())

    def _on_save_rejected(self) -> None:
        self._save = None

    def save_encrypted_copy(self, target: Path, passphrase: str) -> None:
        """Write an encrypted copy to `target`; an existing file only after a confirmation."""
        from viewer.dialogs import encryption as encryption_dialogs

        overwrite = False
        if target.exists():
            if not encryption_dialogs.confirm_overwrite(self._window, target):
                self._say(self.tr("Nothing was saved."))
                return
            overwrite = True
        self._lock.save_encrypted_copy(target, passphrase, overwrite=overwrite)

    def _on_encrypt_started(self, target: str) -> None:
        from viewer.dialogs.encryption import EncryptProgressDialog

        self._say(self.tr("Saving an encrypted copy as {name}…").format(name=Path(target).name), 0)
        dialog = EncryptProgressDialog(Path(target), self._window)
        dialog.cancel_requested.connect(self._lock.cancel_encrypted_copy)
        self._progress = dialog
        dialog.open()

    def _on_encrypt_progressed(self, share: float) -> None:
        if self._progress is not None:
            self._progress.set_share(share)

    def _close_progress(self) -> None:
        dialog, self._progress = self._progress, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()

    def _on_encrypt_finished(self, target: str) -> None:
        self._close_progress()
        self._say(
            self.tr(
                "Saved an encrypted copy as {path}. Without its passphrase it cannot be opened."
            ).format(path=target),
            15_000,
        )

    def _on_encrypt_cancelled(self) -> None:
        self._close_progress()
        self._say(
            self.tr("Cancelled: no encrypted copy was written, and the archive is unchanged."),
            15_000,
        )

    def _on_encrypt_failed(self, exc: object) -> None:
        self._close_progress()
        self._say("", 1)
        self.show_error(exc)

    # ----- tags, annotation exchange, orphans ------------------------------------------

    def _annotations_missing(self) -> bool:
        if self._annotations.session.is_ready():
            return False
        self._say(
            self.tr("Open an archive first; annotations belong to the entries of an archive.")
        )
        return True

    def open_tag_manager(self) -> None:
        from viewer.annotations.tag_manager import TagManagerDialog

        self.show_dialog(TagManagerDialog(self._annotations.session, self._window))

    def export_annotations(self) -> None:
        from viewer.annotations.exchange_dialogs import ExportDialog, person_entries

        if self._annotations_missing():
            return
        session = self._annotations.session
        person = person_entries(session, self._record.record())
        self.show_dialog(ExportDialog(session, person, self._window))

    def ask_import_annotations(self) -> None:
        from viewer.annotations.exchange_dialogs import ask_open_path

        if self._annotations_missing():
            return
        path = ask_open_path(self._window)
        if path is not None:
            self.import_annotations(path)

    def import_annotations(self, path: Path) -> QWidget | None:
        """Plan the import of `path` (nothing written) and show the preview dialog."""
        from viewer.annotations.exchange_dialogs import ImportPreviewDialog, plan_file

        session = self._annotations.session
        try:
            plan = plan_file(session, path)
        except KartotekaError as exc:
            self.show_error(exc)
            return None
        dialog = ImportPreviewDialog(session, plan, self._window)
        self.show_dialog(dialog)
        return dialog

    def show_orphans(self) -> None:
        from viewer.annotations.orphans_view import find_orphans, orphans_html

        archive = self._opener.archive
        if self._annotations_missing() or archive is None:
            return
        session = self._annotations.session
        store = session.store
        assert store is not None
        try:
            found = find_orphans(session, archive.db)
            names = {t.id: t.name for t in store.tags(include_deleted=True)}
        except KartotekaError as exc:
            self.show_error(exc)
            return
        self.show_text(
            self.tr("Orphaned annotations"), orphans_html(found, names, self.orphan_reason)
        )
