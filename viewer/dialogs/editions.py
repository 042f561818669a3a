"""The dialogs of publishing and comparing editions, between their controllers and the window.

File ▸ Make a publishable copy… opens the `PublishDialog` over the
`PublishController`. File ▸ Compare with another edition… asks for the other
file (and its passphrase if it is encrypted), shows the progress while the
`CompareController` compares, then the `CompareDialog`. Lock closes all of
them and stops what runs; tests drive the dialogs through the attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from viewer.dialogs.host import DialogHost
from viewer.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from viewer.controllers.compare import CompareController, Comparison
    from viewer.controllers.publish import PublishController
    from viewer.controllers.record import RecordController
    from viewer.dialogs.compare import CompareDialog, CompareProgressDialog
    from viewer.dialogs.encryption import PassphraseDialog
    from viewer.dialogs.publish import PublishDialog

ERROR_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "Cannot compare editions"),)
"""db.diff's error title, translated where the error is shown."""


class EditionDialogs(QObject):
    """Publish and compare dialogs; see the module docstring.

    Signals:
        person_activated(str): a person's link in the compare dialog (the window shows them).
    """

    person_activated = Signal(str)

    def __init__(
        self,
        window: QWidget,
        host: DialogHost,
        publisher: PublishController,
        comparer: CompareController,
        record: RecordController | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self.publisher = publisher
        self.comparer = comparer
        self.record = record  # the person shown, whom the publish dialog can add
        self.publish_dialog: PublishDialog | None = None
        self.progress_dialog: CompareProgressDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        comparer.started.connect(self._on_compare_started)
        comparer.progressed.connect(self._on_compare_progressed)
        comparer.compared.connect(self._on_compared)
        comparer.cancelled.connect(self._close_progress)
        comparer.failed.connect(self._on_compare_failed)
        comparer.passphrase_needed.connect(self._on_passphrase_needed)

    def connect_actions(self, actions: Mapping[str, QAction]) -> None:
        calls: dict[str, Callable[[], object]] = {
            "publish": self.open_publish,
            "compare": self.ask_compare,
        }
        for name, call in calls.items():
            actions[name].triggered.connect(call)

    # ----- publish -------------------------------------------------------------------

    def open_publish(self) -> PublishDialog | None:
        from viewer.dialogs.publish import PublishDialog

        archive = self.publisher.archive()
        if archive is None:
            return None
        if self.publish_dialog is not None and self.publish_dialog.isVisible():
            self.publish_dialog.raise_()
            return self.publish_dialog
        record = self.record.record() if self.record is not None else None
        shown = (record.id, record.display_name) if record is not None else None
        dialog = PublishDialog(self.publisher, archive.path, self._window, shown=shown)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "publish_dialog", None))
        self.publish_dialog = dialog
        dialog.show()
        return dialog

    # ----- compare -------------------------------------------------------------------

    def ask_other_edition(self) -> Path | None:
        """The earlier edition's file (tests patch this)."""
        archive = self.comparer_archive_path()
        start = str(archive.parent) if archive is not None else ""
        filters = self.tr("Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Compare with another edition"), start, filters
        )
        return Path(path) if path else None

    def comparer_archive_path(self) -> Path | None:
        archive = self.publisher.archive()
        return archive.path if archive is not None else None

    def ask_compare(self) -> None:
        if self.publisher.archive() is None:
            return
        path = self.ask_other_edition()
        if path is not None:
            self.compare(path)

    def compare(self, path: Path, passphrase: str | None = None) -> bool:
        return self.comparer.compare(path, passphrase)

    def _on_compare_started(self, path: str) -> None:
        from viewer.dialogs.compare import CompareProgressDialog

        self._close_progress()
        dialog = CompareProgressDialog(Path(path).name, self._window)
        dialog.cancel_requested.connect(self.comparer.cancel)
        self.progress_dialog = dialog
        dialog.open()

    def _on_compare_progressed(self, stage: str, share: float) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.set_step(stage, share)

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()

    def _on_compared(self, comparison: Comparison) -> None:
        from viewer.dialogs.compare import CompareDialog

        self._close_progress()
        self._close_passphrase()
        self._close_compare()
        dialog = CompareDialog(comparison, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.person_activated.connect(self.person_activated)
        dialog.show_changed_requested.connect(lambda: self.comparer.show_changed(comparison))
        dialog.destroyed.connect(lambda: setattr(self, "compare_dialog", None))
        self.compare_dialog = dialog
        dialog.show()

    def _close_compare(self) -> None:
        dialog, self.compare_dialog = self.compare_dialog, None
        if dialog is not None:
            dialog.close()

    def _on_compare_failed(self, exc: object) -> None:
        self._close_progress()
        self._close_passphrase()
        self._host.show_error(exc)

    def _on_passphrase_needed(self, path: str, problem: str) -> None:
        from viewer.dialogs.encryption import PassphraseDialog

        self._close_progress()
        dialog = self.passphrase_dialog
        if dialog is None or dialog.path != Path(path):
            self._close_passphrase()
            dialog = PassphraseDialog(Path(path), self._window)
            dialog.submitted.connect(self._on_passphrase_submitted)
            dialog.rejected.connect(self._close_passphrase)
            self.passphrase_dialog = dialog
            dialog.open()
        dialog.set_busy(False)
        if problem:
            dialog.show_problem(problem)

    def _on_passphrase_submitted(self) -> None:
        dialog = self.passphrase_dialog
        if dialog is None:
            return
        passphrase = dialog.take_passphrase()
        dialog.set_busy(True)
        self.compare(dialog.path, passphrase)

    def _close_passphrase(self) -> None:
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()

    # ----- Lock -----------------------------------------------------------------------

    def close_all(self) -> None:
        """Lock or another archive: stop what runs, close every dialog of these flows."""
        self.publisher.stop()
        self.comparer.stop()
        self._close_progress()
        self._close_passphrase()
        self._close_compare()
        dialog, self.publish_dialog = self.publish_dialog, None
        if dialog is not None:
            dialog.close()
