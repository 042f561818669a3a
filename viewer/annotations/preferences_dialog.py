"""Edit ▸ Preferences: the name recorded with annotations and where they are stored.

The dialog only collects the choices and checks them; the main window applies
them (settings, session author, reopening the store), so a store that fails to
open leaves the previous one in use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
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

from db import locations
from db.annotations import default_store_path
from viewer.actions import NAMES_CHOICES, translate
from viewer.annotations.store_encryption import lost_passphrase_warning
from viewer.dialogs.encryption import new_passphrase_problem, secret_line_edit
from viewer.translations import QT_TRANSLATE_NOOP

STORE_FILTER = QT_TRANSLATE_NOOP(
    "PreferencesDialog", "Annotation stores (*.sqlite *.db);;All files (*)"
)


class PreferencesDialog(QDialog):
    """Author name; per-user annotation store or a chosen file, new ones optionally encrypted.

    Signals:
        encryption_requested(): "Encrypt…" / "Change passphrase…" of the open
            store was pressed; the window opens the dialog for it.
        clear_history_requested(): "Clear history now" was pressed (viewer.discretion).
    """

    encryption_requested = Signal()
    clear_history_requested = Signal()

    def __init__(
        self,
        author: str,
        store_path: Path | None,
        parent: QWidget | None = None,
        *,
        idle_lock_minutes: int = 0,
        store_encrypted: bool | None = None,
        remember_history: bool = True,
        names: str | None = None,
    ) -> None:
        """`store_encrypted`: whether the open store is encrypted (None: no store is open);
        `names`: the script names are shown in (View ▸ Show names in; None: no such row)."""
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
        default_label.setStyleSheet("color: palette(placeholder-text)")
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
        self._build_encryption(form, store_encrypted)
        self.path_edit.textChanged.connect(lambda _t: self._update_encryption())
        group.buttonToggled.connect(lambda _b, _on: self._update_encryption())
        # lock the open archive after this idle time (issue 6; 0 = never, the default)
        self.idle_lock_spin = QSpinBox(self)
        self.idle_lock_spin.setObjectName("IdleLockMinutes")
        self.idle_lock_spin.setRange(0, 24 * 60)
        self.idle_lock_spin.setSuffix(self.tr(" min"))
        self.idle_lock_spin.setSpecialValueText(self.tr("never"))
        self.idle_lock_spin.setValue(idle_lock_minutes)
        self.idle_lock_spin.setAccessibleName(self.tr("Lock after idle minutes"))
        form.addRow(self.tr("Lock when idle:"), self.idle_lock_spin)
        self._build_history(form, remember_history)
        self.names_box: QComboBox | None = None
        if names is not None:  # the same choice as View ▸ Show names in
            self.names_box = QComboBox(self)
            self.names_box.setObjectName("PreferencesNames")
            for value, text in NAMES_CHOICES:
                self.names_box.addItem(translate(text).replace("&", ""), value)
            self.names_box.setCurrentIndex(max(0, self.names_box.findData(names)))
            self.names_box.setAccessibleName(self.tr("Show names in"))
            form.addRow(self.tr("Show names in:"), self.names_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _build_history(self, form: QFormLayout, remember: bool) -> None:
        """Discretion: whether recent searches and archives are kept, and clearing them now."""
        self.remember_check = QCheckBox(self.tr("Remember recent searches and files"), self)
        self.remember_check.setObjectName("RememberHistory")
        self.remember_check.setChecked(remember)
        self.remember_check.setToolTip(
            self.tr(
                "Kept only in the annotation store (encrypted when the store is). "
                "Turning this off deletes what was kept."
            )
        )
        self.clear_history_button = QPushButton(self.tr("Clear history now"), self)
        self.clear_history_button.setObjectName("ClearHistory")
        self.clear_history_button.clicked.connect(self.clear_history_requested)
        row = QHBoxLayout()
        row.addWidget(self.remember_check, 1)
        row.addWidget(self.clear_history_button)
        form.addRow(self.tr("History:"), row)
        found = locations.current()
        if found.portable:
            where = QLabel(
                self.tr("Portable: settings, notes and caches stay in {folder}").format(
                    folder=found.portable_root
                ),
                self,
            )
            where.setObjectName("PortableFolder")
            where.setWordWrap(True)
            form.addRow("", where)

    def names(self) -> str | None:
        """The script chosen for names (a db.records.NameScript value; None: no such row)."""
        return None if self.names_box is None else str(self.names_box.currentData())

    def remember_history(self) -> bool:
        return self.remember_check.isChecked()

    def _build_encryption(self, form: QFormLayout, store_encrypted: bool | None) -> None:
        """A new store may be created encrypted; the open one can be encrypted or re-keyed."""
        self.encrypt_check = QCheckBox(self.tr("Encrypt with a passphrase"), self)
        self.encrypt_check.setObjectName("EncryptNewStore")
        self.encrypt_check.setToolTip(
            self.tr("Only a new store can be created encrypted; the file must not exist yet.")
        )
        self.encrypt_check.toggled.connect(lambda _on: self._update_encryption())
        self.new_passphrase_edit = secret_line_edit(self, "NewStorePassphrase")
        self.new_passphrase_edit.setAccessibleName(self.tr("Passphrase for the new store"))
        self.new_passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.repeat_passphrase_edit = secret_line_edit(self, "RepeatStorePassphrase")
        self.repeat_passphrase_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.repeat_passphrase_edit.setPlaceholderText(self.tr("Repeat it"))
        self.encrypt_warning = lost_passphrase_warning(self)
        passphrases = QHBoxLayout()
        passphrases.addWidget(self.new_passphrase_edit)
        passphrases.addWidget(self.repeat_passphrase_edit)
        form.addRow(self.tr("New store:"), self.encrypt_check)
        form.addRow("", passphrases)
        form.addRow("", self.encrypt_warning)
        self.encryption_state = QLabel(self)
        self.encryption_state.setObjectName("StoreEncryptionState")
        self.encryption_button = QPushButton(self)
        self.encryption_button.setObjectName("StoreEncryptionButton")
        self.encryption_button.clicked.connect(self.encryption_requested)
        self.set_store_encrypted(store_encrypted)
        state = QHBoxLayout()
        state.addWidget(self.encryption_state, 1)
        state.addWidget(self.encryption_button)
        form.addRow(self.tr("Encryption:"), state)
        self._update_encryption()

    def set_store_encrypted(self, encrypted: bool | None) -> None:
        """Say whether the open store is encrypted (None: none is open) and offer the change."""
        self.encryption_button.setVisible(encrypted is not None)
        if encrypted is None:
            self.encryption_state.setText(self.tr("No annotation store is open."))
        elif encrypted:
            self.encryption_state.setText(self.tr("The open store is encrypted."))
            self.encryption_button.setText(self.tr("Change passphrase…"))
        else:
            self.encryption_state.setText(self.tr("The open store is not encrypted."))
            self.encryption_button.setText(self.tr("Encrypt…"))

    def _creates_store(self) -> bool:
        """Whether OK would create a new store (the chosen file does not exist yet)."""
        path = self.store_path() if self.file_radio.isChecked() else default_store_path()
        if self.file_radio.isChecked() and path is None:
            return True  # no name typed yet: it will be a new file
        return path is not None and not (path.exists() and path.stat().st_size > 0)

    def _update_encryption(self) -> None:
        creates = self._creates_store()
        self.encrypt_check.setEnabled(creates)
        if not creates:
            self.encrypt_check.setChecked(False)
        on = creates and self.encrypt_check.isChecked()
        for widget in (self.new_passphrase_edit, self.repeat_passphrase_edit, self.encrypt_warning):
            widget.setVisible(on)
        if not on:
            self.new_passphrase_edit.clear()
            self.repeat_passphrase_edit.clear()
        if self.isVisible():  # keep the width the user sees; fit the height to the rows
            self.resize(self.width(), self.sizeHint().height())

    def new_store_passphrase(self) -> str | None:
        """The passphrase for a store created encrypted (cleared from the fields); None: plain."""
        if not (self.encrypt_check.isEnabled() and self.encrypt_check.isChecked()):
            return None
        text = self.new_passphrase_edit.text()
        self.new_passphrase_edit.clear()
        self.repeat_passphrase_edit.clear()
        return text

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
        elif (
            self.encrypt_check.isEnabled()
            and self.encrypt_check.isChecked()
            and (
                problem := new_passphrase_problem(
                    self.new_passphrase_edit.text(), self.repeat_passphrase_edit.text()
                )
            )
        ):
            self._complain(problem)
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
