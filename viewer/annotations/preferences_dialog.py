"""Edit ▸ Preferences: the name recorded with annotations and where they are stored.

The dialog only collects the choices and checks them; the main window applies
them (settings, session author, reopening the store), so a store that fails to
open leaves the previous one in use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.annotations import default_store_path

STORE_FILTER = "Annotation stores (*.sqlite *.db);;All files (*)"


class PreferencesDialog(QDialog):
    """Author name; per-user annotation store or a chosen file."""

    def __init__(
        self,
        author: str,
        store_path: Path | None,
        parent: QWidget | None = None,
        *,
        idle_lock_minutes: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.author_edit = QLineEdit(author, self)
        self.author_edit.setObjectName("AuthorName")
        self.author_edit.setAccessibleName(self.tr("Your name"))
        self.author_edit.setPlaceholderText(self.tr("Recorded with every note you write"))
        self.default_radio = QRadioButton(self.tr("Per-user store"), self)
        self.default_radio.setObjectName("DefaultStore")
        self.default_radio.setToolTip(str(default_store_path()))
        self.file_radio = QRadioButton(self.tr("This file:"), self)
        self.file_radio.setObjectName("ChosenStore")
        group = QButtonGroup(self)
        group.addButton(self.default_radio)
        group.addButton(self.file_radio)
        self.path_edit = QLineEdit(str(store_path) if store_path else "", self)
        self.path_edit.setObjectName("StorePath")
        self.path_edit.setAccessibleName(self.tr("Annotation store file"))
        self.path_edit.textEdited.connect(lambda _t: self.file_radio.setChecked(True))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        (self.file_radio if store_path else self.default_radio).setChecked(True)
        default_label = QLabel(str(default_store_path()), self)
        default_label.setStyleSheet("color: #5f6368")
        default_label.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("PreferencesProblem")
        self.problem.setStyleSheet("color: #c01c28")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        chosen = QHBoxLayout()
        chosen.addWidget(self.file_radio)
        chosen.addWidget(self.path_edit, 1)
        chosen.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.author_edit)
        form.addRow(self.tr("Annotations:"), self.default_radio)
        form.addRow("", default_label)
        form.addRow("", chosen)
        # lock the open archive after this idle time (issue 6; 0 = never, the default)
        self.idle_lock_spin = QSpinBox(self)
        self.idle_lock_spin.setObjectName("IdleLockMinutes")
        self.idle_lock_spin.setRange(0, 24 * 60)
        self.idle_lock_spin.setSuffix(self.tr(" min"))
        self.idle_lock_spin.setSpecialValueText(self.tr("never"))
        self.idle_lock_spin.setValue(idle_lock_minutes)
        self.idle_lock_spin.setAccessibleName(self.tr("Lock after idle minutes"))
        form.addRow(self.tr("Lock when idle:"), self.idle_lock_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the archive is locked; 0 is never."""
        return self.idle_lock_spin.value()

    def author(self) -> str:
        return " ".join(self.author_edit.text().split())

    def store_path(self) -> Path | None:
        """The chosen store file; None for the per-user default."""
        if self.default_radio.isChecked():
            return None
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def accept(self) -> None:
        """Check the entries; problems are said in the dialog, which stays open."""
        path = self.store_path()
        if not self.author():
            self._complain(self.tr("Type your name: it is recorded with every annotation."))
        elif self.file_radio.isChecked() and path is None:
            self._complain(self.tr("Choose a file for the annotations, or the per-user store."))
        elif path is not None and path.is_dir():
            self._complain(self.tr("{path} is a folder; choose a file name.").format(path=path))
        elif path is not None and not path.parent.is_dir():
            self._complain(self.tr("The folder {path} does not exist.").format(path=path.parent))
        else:
            super().accept()

    def _complain(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _browse(self) -> None:
        start = self.path_edit.text() or str(default_store_path())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Annotation store"),
            start,
            self.tr(STORE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path_edit.setText(path)
            self.file_radio.setChecked(True)
