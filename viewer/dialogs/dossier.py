"""File ▸ Print / Save dossier as PDF…: whose dossier, in which words, and where it goes.

The dialog asks who (the person shown, the people selected, everyone in the
list), the language of the words (be/ru/en), the script of the names, the
paper, and whether the archivist's annotations go in; "Save as PDF…" asks for
a file and writes it through the DossierController with a progress bar and
Cancel, "Print…" asks for a printer (the platform's QPrintDialog) and has
the pages painted for it by the same child process, with the same progress
bar and Cancel (the window never lays a dossier out itself). Errors
are said in the dialog, in words; the dialog stays open so another folder
can be chosen.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KartotekaError
from db.records import NameScript, PeopleQuery, PersonId
from viewer.actions import NAMES_CHOICES, translate
from viewer.controllers.dossier import DossierController, DossierRequest
from viewer.dialogs.save_path import ask_replace, with_suffix_asking
from viewer.dossier import DossierOptions, DossierReport
from viewer.error_text import error_text
from viewer.formatting import file_size_text, grouped
from viewer.translations import LANGUAGES

PAPERS = (("a4", "A4"), ("letter", "Letter"))
LARGE_DOSSIER = 200
"""Above this many people the dialog says the pages and size and asks before starting."""
PAGES_PER_PERSON = 2
BYTES_PER_PERSON = 8_000
"""Measured with bench/bench_dossier_gui.py: 1,000 generated people, 1,906 pages, 7.9 MB."""


def estimate(people: int) -> tuple[int, int]:
    """Expected pages and bytes of a dossier of `people` people."""
    return people * PAGES_PER_PERSON, people * BYTES_PER_PERSON


class DossierDialog(QDialog):
    """Choose and write a dossier; see the module docstring (`ask_path` is patchable)."""

    def __init__(
        self,
        controller: DossierController,
        *,
        person: tuple[PersonId, str] | None,
        selection: tuple[PersonId, ...],
        query: PeopleQuery,
        listed: int,
        language: str,
        names: NameScript,
        has_annotations: bool,
        everyone_selected: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DossierDialog")
        self.setWindowTitle(self.tr("Dossier"))
        self._controller = controller
        self._person = person
        self._selection = selection
        self._query = query
        self.written: DossierReport | None = None

        self.scope = QButtonGroup(self)
        self._listed = listed
        if person is not None:
            shown = self.tr("The person shown: {name}").format(name=person[1])
        else:  # said why it cannot be chosen, not an empty name
            shown = self.tr("The person shown (no one is shown: choose a person in the list)")
        self.person_button = QRadioButton(shown)
        if everyone_selected:  # Ctrl+A: no ids were read, but everyone listed is selected
            chosen = self.tr("The people selected ({n})", "", listed).format(n=grouped(listed))
        elif len(selection) > 1:
            chosen = self.tr("The people selected ({n})", "", len(selection)).format(
                n=grouped(len(selection))
            )
        else:  # never "(0)" or "(1)" while a row is selected: say how to choose several
            chosen = self.tr("The people selected (select two or more in the list)")
        self.selection_button = QRadioButton(chosen)
        self.list_button = QRadioButton(
            self.tr("Everyone in the list ({n})", "", listed).format(n=grouped(listed))
        )
        for number, button in enumerate(
            (self.person_button, self.selection_button, self.list_button)
        ):
            self.scope.addButton(button, number)
        self.person_button.setEnabled(person is not None)
        self.selection_button.setEnabled(len(selection) > 1)
        self.list_button.setEnabled(listed > 0)
        if not self.selection_button.isEnabled():
            self.selection_button.setToolTip(
                self.tr("Select two or more people in the list (Ctrl+click, Shift+click).")
            )
        if not self.list_button.isEnabled():
            self.list_button.setToolTip(self.tr("The list is empty."))
        enabled = [b for b in self.scope.buttons() if b.isEnabled()]
        if everyone_selected and self.list_button.isEnabled():
            self.selection_button.setToolTip(self.tr("Everyone in the list is selected."))
            enabled.insert(0, self.list_button)  # Ctrl+A then Print: the whole list
        elif self.selection_button.isEnabled():
            enabled.insert(0, self.selection_button)  # several selected, then Print: those
        if enabled:  # the first choice that can work: selected, shown, then the list
            enabled[0].setChecked(True)

        self.language_box = QComboBox(self)
        self.language_box.setObjectName("DossierLanguage")
        for code, label in LANGUAGES.items():
            self.language_box.addItem(label, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.names_box = QComboBox(self)
        self.names_box.setObjectName("DossierNames")
        for value, text in NAMES_CHOICES:
            self.names_box.addItem(translate(text).replace("&", ""), value)
        self.names_box.setCurrentIndex(max(0, self.names_box.findData(str(names))))
        self.paper_box = QComboBox(self)
        self.paper_box.setObjectName("DossierPaper")
        for code, label in PAPERS:
            self.paper_box.addItem(label, code)
        letter = QLocale.system().territory() in (  # where Letter paper is used
            QLocale.Country.UnitedStates,
            QLocale.Country.Canada,
        )
        self.paper_box.setCurrentIndex(1 if letter else 0)
        self.annotations_box = QCheckBox(self.tr("Include my annotations (notes and corrections)"))
        self.annotations_box.setEnabled(has_annotations)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("DossierProgress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("DossierStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("DossierSave")
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("DossierPrint")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("DossierCancel")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow(self.tr("Names in:"), self.names_box)
        form.addRow(self.tr("Paper:"), self.paper_box)
        layout = QVBoxLayout(self)
        who = QLabel(self.tr("Whose dossier:"))
        layout.addWidget(who)
        for button in (self.person_button, self.selection_button, self.list_button):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.annotations_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        if not enabled:
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            self.status.setText(
                self.tr(
                    "There is nobody to write a dossier of: the list is empty. Change the search or filters first."  # noqa: E501
                )
            )

        controller.progressed.connect(self._on_progressed)
        controller.finished.connect(self._on_finished)
        controller.cancelled.connect(self._on_cancelled)
        controller.failed.connect(self._on_failed)
        controller.printed.connect(self._on_printed)

    # ----- what the dialog asks --------------------------------------------------

    def request(self) -> DossierRequest:
        """The dossier the dialog's choices describe."""
        scope = self.scope.checkedId()
        ids: tuple[PersonId, ...] = ()
        query: PeopleQuery | None = None
        if scope == 0 and self._person is not None:
            ids = (self._person[0],)
        elif scope == 1:
            ids = self._selection
        else:
            query = self._query
        options = DossierOptions(
            language=str(self.language_box.currentData()),
            names=NameScript(str(self.names_box.currentData())),
            paper=str(self.paper_box.currentData()),
        )
        return DossierRequest(ids, query, options, self.annotations_box.isChecked())

    def people_count(self) -> int:
        """How many people the chosen dossier holds (the list's count for the list)."""
        return (1, len(self._selection), self._listed)[max(0, self.scope.checkedId())]

    def confirm_large(self, people: int) -> bool:
        """Ask before a dossier of many people (pages, size); True to go on (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("A large dossier"),
            self.large_question(people),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def large_question(self, people: int) -> str:
        pages, size = estimate(people)
        return self.tr(
            "This dossier is of {n} people: about {pages} pages, a PDF of about {size}. "
            "Writing it takes a long time (you can cancel it). Start?",
            "",
            people,
        ).format(n=grouped(people), pages=grouped(pages), size=file_size_text(size))

    def confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing a file the file dialog did not ask about (tests replace this)."""
        return ask_replace(self, path)

    def _may_start(self) -> bool:
        people = self.people_count()
        return people <= LARGE_DOSSIER or self.confirm_large(people)

    def destination_problem(self, path: Path) -> str | None:
        """What is wrong with writing the dossier to `path`, in words (None: nothing)."""
        if path.is_dir():
            return self.tr("{path} is a folder. Choose a file name for the PDF.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist. Choose another folder.").format(
                folder=path.parent
            )
        if not os.access(path.parent, os.W_OK):
            return self.tr(
                "The folder {folder} cannot be written to. Choose another folder."
            ).format(folder=path.parent)
        _pages, size = estimate(self.people_count())
        try:
            free = shutil.disk_usage(path.parent).free
        except OSError:
            return None
        if free < size:
            return self.tr(
                "{folder} has {free} free; this dossier needs about {size}. "
                "Free some space or choose another disk."
            ).format(folder=path.parent, free=file_size_text(free), size=file_size_text(size))
        return None

    def ask_path(self) -> Path | None:
        """The PDF file to write (tests replace this)."""
        suggested = "dossier.pdf"
        if self.scope.checkedId() == 0 and self._person is not None:
            suggested = f"{self._person[1]}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save dossier as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        return with_suffix_asking(Path(name), (".pdf",), self.confirm_overwrite)

    # ----- doing it ------------------------------------------------------------------

    def save_to(self, path: Path) -> bool:
        """Write the dossier to `path` (Save as PDF… after its file dialog)."""
        problem = self.destination_problem(path)
        if problem is not None:
            self.status.setText(problem)
            return False
        if not self._controller.write(self.request(), path):
            return False
        self._working(True)
        self.status.setText(self.tr("Writing {name}…").format(name=path.name))
        return True

    def _on_save_clicked(self) -> None:
        if not self._may_start():
            return
        path = self.ask_path()
        if path is not None:
            self.save_to(path)

    def _on_print_clicked(self) -> None:
        if self._may_start():
            self.print_dossier()

    def _on_cancel_clicked(self) -> None:
        if self._controller.busy():
            self._controller.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or closing the dialog: a dossier being written is cancelled (no file is left)."""
        if self._controller.busy():
            self._controller.cancel()
        super().reject()

    def _working(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        widgets = (self.save_button, self.print_button, self.language_box, self.names_box)
        for widget in (*widgets, self.paper_box):
            widget.setEnabled(not on)
        self.cancel_button.setText(self.tr("Cancel") if on else self.tr("Close"))

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, report: DossierReport) -> None:
        self._working(False)
        self.written = report
        text = self.tr("Written: {name} ({pages} pages).").format(
            name=report.path.name, pages=report.pages
        )
        if report.missing:
            text += " " + self.tr("{n} people were not in the archive.").format(
                n=len(report.missing)
            )
        self.status.setText(text)

    def _on_cancelled(self) -> None:
        self._working(False)
        self.status.setText(self.tr("Cancelled; no file was written."))

    def _on_failed(self, exc: KartotekaError) -> None:
        self._working(False)
        self.status.setText(error_text(exc))

    def _on_printed(self, _report: DossierReport) -> None:
        self._working(False)
        self.status.setText(self.tr("Sent to the printer."))

    def print_dossier(self) -> bool:
        """Ask for a printer (QPrintDialog), then have the dossier printed off the GUI thread."""
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            from viewer.dossier.printing import printer_settings
        except ImportError:  # a Qt without printing: the PDF is the way out
            self.status.setText(self.tr("Printing is not available here; save as PDF instead."))
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = QPageSize.PageSizeId.Letter if self.paper_box.currentData() == "letter" else None
        printer.setPageSize(QPageSize(paper or QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
        if not self.ask_printer(printer, QPrintDialog):
            return False
        if not self._controller.print_(self.request(), printer_settings(printer)):
            return False
        self._working(True)
        self.status.setText(self.tr("Preparing the pages…"))
        return True

    def ask_printer(self, printer: object, dialog_class: type) -> bool:
        """Show the print dialog for `printer` (tests replace this)."""
        dialog = dialog_class(printer, self)
        return bool(dialog.exec() == QDialog.DialogCode.Accepted)
