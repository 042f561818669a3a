"""Dialogs for an encrypted annotation store: its passphrase prompt, encrypting it, new passphrases.

Like the archive's dialogs (viewer/dialogs/encryption.py) they are opened
with `open()` and stay on screen while the window tries the passphrase, so a
wrong one is explained in place and tests drive the real widgets. A
passphrase lives only in password-mode line edits and is cleared from them
as soon as the window takes it; it is never stored in settings or logs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.dialogs.encryption import (
    PassphraseDialog,
    ProblemLabel,
    new_passphrase_problem,
    secret_line_edit,
)
from viewer.translations import Context

StoreEncryption = Context("StoreEncryption")
"""Strings of the module-level helpers (lupdate reads `StoreEncryption.tr`)."""


def store_passphrase_dialog(path: Path, parent: QWidget | None = None) -> PassphraseDialog:
    """The passphrase prompt for the encrypted annotation store at `path`."""
    dialog = PassphraseDialog(
        path,
        parent,
        title=QCoreApplication.translate("StorePassphraseDialog", "Encrypted annotations"),
        intro=QCoreApplication.translate(
            "StorePassphraseDialog",
            "The annotation store <b>{name}</b> is encrypted. Enter its passphrase to "
            "see and add notes. Cancel leaves annotations off; nothing is changed.",
        ),
    )
    dialog.setObjectName("StorePassphraseDialog")
    return dialog


def lost_passphrase_warning(parent: QWidget) -> QLabel:
    """The plain warning shown wherever a new passphrase is chosen."""
    label = QLabel(
        StoreEncryption.tr(
            "A lost passphrase means lost notes: nobody — not you, not the Kartoteka "
            "developers — can open encrypted annotations without it. There is no "
            "recovery. Write it down and keep it somewhere safe."
        ),
        parent,
    )
    label.setObjectName("LostPassphraseWarning")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    return label


class StoreEncryptionDialog(QDialog):
    """Encrypt the open annotation store, or change its passphrase (`encrypted`).

    Signals:
        submitted(): the entries are valid; the window takes them with
            `take_passphrases()` and then calls `show_problem` (e.g. a wrong
            current passphrase: try again) or `finish`.
    """

    submitted = Signal()

    def __init__(self, path: Path, *, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.encrypted = encrypted
        self.setObjectName("StoreEncryptionDialog")
        if encrypted:
            self.setWindowTitle(self.tr("Change the annotations' passphrase"))
            text = self.tr(
                "The annotation store <b>{name}</b> and its backups are rewritten with the "
                "new passphrase, each in one step: if Kartoteka is stopped midway, the store "
                "opens with the old or the new passphrase."
            )
        else:
            self.setWindowTitle(self.tr("Encrypt annotations"))
            text = self.tr(
                "The annotation store <b>{name}</b> and its backups are rewritten encrypted "
                "with this passphrase, each in one step, and the plain files are removed. "
                "(Pieces of removed files may stay readable on the disk until they are "
                "overwritten.) From then on the notes open only with the passphrase."
            )
        intro = QLabel(text.format(name=path.name.replace("&", "&amp;").replace("<", "&lt;")), self)
        intro.setWordWrap(True)
        intro.setToolTip(str(path))
        self.current_edit: QLineEdit | None = None
        form = QFormLayout()
        if encrypted:
            self.current_edit = secret_line_edit(self, "CurrentPassphraseEdit")
            self.current_edit.setAccessibleName(self.tr("Current passphrase"))
            form.addRow(self.tr("Current passphrase:"), self.current_edit)
        self.passphrase_edit = secret_line_edit(self, "NewPassphraseEdit")
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit = secret_line_edit(self, "RepeatPassphraseEdit")
        self.repeat_edit.setAccessibleName(self.tr("Repeat the new passphrase"))
        form.addRow(
            self.tr("New passphrase:") if encrypted else self.tr("Passphrase:"),
            self.passphrase_edit,
        )
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        self.warning = lost_passphrase_warning(self)
        self.problem_label = ProblemLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button().setText(self.tr("Change passphrase") if encrypted else self.tr("Encrypt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)  # extra height goes below the text, not between the rows
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def problem(self) -> str:
        return self.problem_label.shown()

    def show_problem(self, text: str) -> None:
        """Say what went wrong; the dialog stays open for another try."""
        self.problem_label.say(text, self.path)

    def accept(self) -> None:
        """Check the entries; valid ones are handed over, and the dialog stays open meanwhile."""
        problem = None
        if self.current_edit is not None and not self.current_edit.text():
            problem = self.tr("Type the current passphrase.")
        problem = problem or new_passphrase_problem(
            self.passphrase_edit.text(), self.repeat_edit.text()
        )
        if problem is not None:
            self.show_problem(problem)
            return
        self.problem_label.hide()
        self.submitted.emit()

    def take_passphrases(self) -> tuple[str | None, str]:
        """(current passphrase, None for a plain store; new one), cleared from the fields."""
        current = self.current_edit.text() if self.current_edit is not None else None
        new = self.passphrase_edit.text()
        for edit in (self.current_edit, self.passphrase_edit, self.repeat_edit):
            if edit is not None:
                edit.clear()
        return current, new

    def finish(self) -> None:
        """The store was re-encrypted: close."""
        QDialog.done(self, QDialog.DialogCode.Accepted)
