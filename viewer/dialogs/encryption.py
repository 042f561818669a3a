"""Dialogs for encrypted archives: the passphrase prompt and "Save encrypted copy…".

Both are non-blocking (`open()`, window-modal): the main window reacts to
their signals, so opening and encrypting run on the worker while the dialog
stays on screen, and tests drive the real widgets without a nested event
loop. A passphrase lives in a password-mode QLineEdit and is cleared from it
as soon as it is taken; it is never stored in settings or written to a log.
The two yes/no questions (`confirm_overwrite`, `ask_idle_minutes`) are module
functions so tests can replace them, as with `dialogs.error.show_error`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.encryption import MIN_PASSPHRASE_CHARS
from viewer.translations import QT_TRANSLATE_NOOP, Context

LOST_PASSPHRASE_WARNING = QT_TRANSLATE_NOOP(
    "SaveEncryptedDialog",
    "A lost passphrase means lost data: nobody — not you, not the Kartoteka "
    "developers — can open the encrypted copy without it. There is no recovery. "
    "Write it down and keep it somewhere safe.",
)


Encryption = Context("Encryption")
"""Strings built outside QObject methods (lupdate reads `Encryption.tr`)."""


def secret_line_edit(parent: QWidget, name: str) -> QLineEdit:
    """A password-mode line edit that input methods must not learn from or predict."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy of the secret
    return edit


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """What is wrong with a new passphrase typed twice; None when it is fine."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        n = MIN_PASSPHRASE_CHARS
        return Encryption.tr(
            "The passphrase is too short: use at least {n} characters (several "
            "unrelated words are easy to remember and hard to guess).",
            "",
            n,
        ).format(n=n)
    if passphrase != repeated:
        return Encryption.tr("The two passphrases differ. Type the same passphrase twice.")
    return None


class ProblemLabel(QLabel):
    """What went wrong, said inside the dialog so the user can correct it and try again."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ProblemLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str, path: Path | None = None) -> None:
        """Show `text`, without the leading "<path>: " when the dialog already names the file."""
        prefix = f"{path}: "
        if path is not None and text.startswith(prefix):
            text = text[len(prefix) :]
            text = text[:1].upper() + text[1:]
        self.setText(text)
        self.show()
        self.window().adjustSize()

    def shown(self) -> str:
        """The problem on screen, or "" when there is none."""
        return self.text() if self.isVisible() else ""


class PassphraseDialog(QDialog):
    """Asks for the passphrase of the encrypted archive at `path`; stays open while trying.

    Signals:
        submitted(): the user pressed Open with a non-empty passphrase; the
            window takes it with `take_passphrase()` and calls `set_busy`,
            then `show_problem` (wrong passphrase: try again) or `finish`.
    """

    submitted = Signal()

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        intro: str | None = None,
    ) -> None:
        """`title` and `intro` (rich text, `{name}` is the file's name) default to an archive's."""
        super().__init__(parent)
        self.path = path
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(title or self.tr("Encrypted archive"))
        self.setAccessibleName(self.tr("Enter passphrase"))
        intro_label = QLabel(
            (
                intro or self.tr("<b>{name}</b> is encrypted. Enter its passphrase to open it.")
            ).format(name=path.name.replace("&", "&amp;").replace("<", "&lt;")),
            self,
        )
        intro_label.setWordWrap(True)
        intro_label.setToolTip(str(path))
        self.edit = secret_line_edit(self, "PassphraseEdit")
        self.edit.setAccessibleName(self.tr("Passphrase"))
        self.edit.setPlaceholderText(self.tr("Passphrase"))
        self.edit.textChanged.connect(self._update_buttons)
        self.problem_label = ProblemLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._update_buttons()

    def open_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        assert button is not None
        return button

    def _update_buttons(self) -> None:
        self.open_button().setEnabled(bool(self.edit.text()) and not self.busy.isVisible())

    def accept(self) -> None:
        """Open was pressed: hand the passphrase over, but stay open until it worked."""
        if self.edit.text() and not self.busy.isVisible():
            self.submitted.emit()

    def take_passphrase(self) -> str:
        """The passphrase typed, removed from the line edit (it is not kept here)."""
        text = self.edit.text()
        self.edit.clear()
        return text

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.edit.setEnabled(not busy)
        if busy:
            self.problem_label.hide()
        else:
            self.edit.setFocus()
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        """Say what went wrong (a wrong passphrase); the user may try again or cancel."""
        self.set_busy(False)
        self.problem_label.say(text, self.path)

    def problem(self) -> str:
        return self.problem_label.shown()

    def finish(self) -> None:
        """The archive opened: close the dialog."""
        self.edit.clear()
        self.done(QDialog.DialogCode.Accepted)


class SaveEncryptedDialog(QDialog):
    """Target file and new passphrase (twice) for an encrypted copy of the open archive.

    `accepted` is emitted only once the choice is valid: a file name that is
    not the source and two equal passphrases of at least 8 characters.
    """

    def __init__(self, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("SaveEncryptedDialog")
        self.setWindowTitle(self.tr("Save encrypted copy"))
        intro = QLabel(
            self.tr(
                "Writes a new file that holds the whole archive encrypted with a "
                "passphrase. The open archive itself is not changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.target_edit = QLineEdit(self)
        self.target_edit.setObjectName("TargetEdit")
        self.target_edit.setText(str(source.with_name(f"{source.stem}-encrypted{source.suffix}")))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(browse)
        self.passphrase_edit = secret_line_edit(self, "NewPassphraseEdit")
        self.repeat_edit = secret_line_edit(self, "RepeatPassphraseEdit")
        warning = QLabel(self.tr(LOST_PASSPHRASE_WARNING), self)
        warning.setObjectName("LostPassphraseWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.problem_label = ProblemLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Save as:"), target_row)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save encrypted copy as"),
            self.target_edit.text(),
            self.tr("Kartoteka archives (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked after Save, once
        )
        if path:
            self.target_edit.setText(path)

    def target(self) -> Path:
        return Path(self.target_edit.text().strip()).expanduser()

    def problem(self) -> str:
        return self.problem_label.shown()

    def _validate(self) -> str | None:
        text = self.target_edit.text().strip()
        if not text:
            return self.tr("Choose a file name for the encrypted copy.")
        target = self.target().absolute()
        if target == self.source.absolute() or (
            target.exists() and target.resolve() == self.source.resolve()
        ):
            return self.tr("This is the open archive itself; choose another file name.")
        if target.is_dir():
            return self.tr("This is a folder; choose a file name.")
        return new_passphrase_problem(self.passphrase_edit.text(), self.repeat_edit.text())

    def accept(self) -> None:
        problem = self._validate()
        if problem is not None:
            self.problem_label.say(problem)
            return
        self.problem_label.hide()
        super().accept()

    def take_passphrase(self) -> str:
        """The new passphrase, cleared from both line edits."""
        text = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        return text


class EncryptProgressDialog(QDialog):
    """How far "Save encrypted copy" got, with a Cancel that stops it within a second.

    Cancel (the button, Esc or the close box) only asks: the dialog says
    "Cancelling…" and stays until the window reports that the copy stopped
    (`finish()`), so the user sees when nothing is left behind.

    Signals:
        cancel_requested(): the user wants the copy stopped.
    """

    cancel_requested = Signal()

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EncryptProgressDialog")
        self.setWindowTitle(self.tr("Save encrypted copy"))
        self.label = QLabel(
            self.tr("Saving an encrypted copy as {name}…").format(name=target.name), self
        )
        self.label.setObjectName("EncryptProgressLabel")
        self.label.setWordWrap(True)
        self.label.setToolTip(str(target))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("EncryptProgressBar")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.cancelling = False

    def cancel_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert button is not None
        return button

    def set_share(self, share: float) -> None:
        """Show `share` (0 to 1) of the copy as done."""
        if not self.cancelling:
            self.bar.setValue(round(100 * min(max(share, 0.0), 1.0)))

    def reject(self) -> None:
        """Ask the window to stop the copy; stay open until it has."""
        if self.cancelling:
            return
        self.cancelling = True
        self.label.setText(self.tr("Cancelling… the partial copy is being removed."))
        self.cancel_button().setEnabled(False)
        self.cancel_requested.emit()

    def finish(self) -> None:
        """The copy ended (saved, failed or cancelled): close."""
        QDialog.done(self, QDialog.DialogCode.Accepted)


def confirm_overwrite(parent: QWidget | None, path: Path) -> bool:
    """Ask before replacing an existing file with the encrypted copy; patchable in tests."""
    answer = QMessageBox.question(
        parent,
        Encryption.tr("Replace file?"),
        Encryption.tr("{path} already exists. Replace it with the encrypted copy?").format(
            path=path
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_idle_minutes(parent: QWidget | None, current: int) -> int | None:
    """The idle time before the window locks itself (0: never); None if cancelled."""
    minutes, ok = QInputDialog.getInt(
        parent,
        Encryption.tr("Lock after idle"),
        Encryption.tr(
            "Lock the archive after this many minutes without keyboard or mouse input\n(0 = never):"
        ),
        current,
        0,
        24 * 60,
    )
    return minutes if ok else None
