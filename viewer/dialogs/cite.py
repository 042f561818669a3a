"""Edit ▸ Cite as CSL-JSON, RIS or BibTeX…: one source or every source of the record.

The dialog names the source it would cite (the one under the text cursor or
last clicked in the record, else the first) and offers every source of the
record instead; the format is text (in the UI language), CSL-JSON, RIS or
BibTeX. "Copy" puts it on the clipboard, "Save…" writes a file through the
CiteController (beside the target, then renamed). Every control has a
mnemonic, so the whole flow works from the keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.records import Citation
from viewer.controllers.cite import TEXT, CiteController, format_name, suffix
from viewer.dialogs.save_path import ask_replace, with_suffix_asking
from viewer.error_text import error_text

CITE_FORMATS = (TEXT, "csl-json", "ris", "bibtex")


class CiteDialog(QDialog):
    """Copy or save citations; see the module docstring (`ask_path` is patchable)."""

    def __init__(
        self,
        controller: CiteController,
        chosen: Citation,
        citations: Sequence[Citation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CiteDialog")
        self.setWindowTitle(self.tr("Cite"))
        self._controller = controller
        self._chosen = chosen
        self._all = tuple(citations)

        what = QGroupBox(self.tr("What"), self)
        self.one_button = QRadioButton(
            self.tr("&This source: [{n}] {title}").format(n=chosen.number, title=chosen.title)
        )
        self.all_button = QRadioButton(
            self.tr("&Every citation of this record ({n})", "", len(self._all)).format(
                n=len(self._all)
            )
        )
        self.one_button.setChecked(True)
        self.all_button.setEnabled(len(self._all) > 1)
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.one_button)
        what_layout.addWidget(self.all_button)

        formats = QGroupBox(self.tr("Format"), self)
        self.formats = QButtonGroup(self)
        row = QHBoxLayout(formats)
        labels = {
            TEXT: self.tr("Te&xt"),
            "csl-json": "&CSL-JSON",
            "ris": "&RIS",
            "bibtex": "&BibTeX",
        }
        self.format_buttons: dict[str, QRadioButton] = {}
        for number, fmt in enumerate(CITE_FORMATS):
            button = QRadioButton(labels[fmt], formats)
            button.setObjectName(f"CiteFormat_{fmt}")
            self.formats.addButton(button, number)
            self.format_buttons[fmt] = button
            row.addWidget(button)
        self.format_buttons[TEXT].setChecked(True)

        self.status = QLabel(self)
        self.status.setObjectName("CiteStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.formats.idToggled.connect(self._on_format_toggled)
        controller.copied.connect(self._on_copied)
        controller.saved.connect(self._on_saved)
        controller.failed.connect(self._on_failed)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(formats)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._on_format_toggled(0, True)

    def chosen_format(self) -> str:
        return CITE_FORMATS[max(0, self.formats.checkedId())]

    def citations(self) -> tuple[Citation, ...]:
        return self._all if self.all_button.isChecked() else (self._chosen,)

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def copy(self) -> None:
        self._controller.copy(self.citations(), self.chosen_format())

    def save_to(self, path: Path) -> None:
        self._controller.save(self.citations(), self.chosen_format(), path)

    def ask_path(self) -> Path | None:
        """The file to write (tests replace this)."""
        fmt = self.chosen_format()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save citations"),
            f"citations{suffix(fmt)}",
            f"{format_name(fmt)} (*{suffix(fmt)})",
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix:
            return path  # the file dialog asked before replacing it
        return with_suffix_asking(path, (suffix(fmt),), self.confirm_overwrite)

    def confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing a file the file dialog did not ask about (tests replace this)."""
        return ask_replace(self, path)

    def _on_save_clicked(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.save_to(path)

    def _on_format_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            text = self.chosen_format() == TEXT
            self.save_button.setEnabled(not text)
            self.save_button.setToolTip(
                self.tr("Text is for copying; choose CSL-JSON, RIS or BibTeX to save a file.")
                if text
                else ""
            )

    def _on_copied(self, fmt: str, _text: str) -> None:
        self.status.setText(self.tr("Copied as {format}.").format(format=format_name(fmt)))

    def _on_saved(self, path: str, count: int) -> None:
        self.status.setText(
            self.tr("{n} source(s) written to {name}.", "", count).format(
                n=count, name=Path(path).name
            )
        )

    def _on_failed(self, exc: object) -> None:
        self.status.setText(error_text(exc))
