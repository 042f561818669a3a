"""The Letters list in the list's place: people in custody, their envelopes, birthdays first.

The pane shows `viewer.models.letters.LettersModel` and lets the user choose
the envelope's language (Russian or Belarusian: letters reach prisoners only
in those) and take the list out as CSV or as a printable page (HTML or PDF).
It asks for file names (`ask_path`, patchable in tests) and says what the
user chose by signals; the letters controller does the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.models.letters import LettersModel
from viewer.models.roles import Role
from viewer.widgets.flow_layout import FlowLayout


class LettersPane(QWidget):
    """The letters list with its language and its exports.

    Signals:
        person_selected(str): a row became current (its person's id).
        language_chosen(str): "ru" or "be", the envelope's language.
        export_requested(str, object): "csv" or "printable", and the Path chosen.
    """

    person_selected = Signal(str)
    language_chosen = Signal(str)
    export_requested = Signal(str, object)

    def __init__(self, model: LettersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LettersPane")
        self.model = model
        self.title = QLabel(self)
        self.title.setObjectName("LettersTitle")
        self.language = QComboBox(self)
        self.language.setObjectName("LettersLanguage")
        self.language.addItem(self.tr("Envelopes in Russian"), "ru")
        self.language.addItem(self.tr("Envelopes in Belarusian"), "be")
        self.language.setAccessibleName(self.tr("Language of the envelopes"))
        self.language.activated.connect(self._on_language_activated)
        self.csv_button = QPushButton(self.tr("Export as CSV…"), self)
        self.csv_button.setObjectName("LettersExportCsv")
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.print_button = QPushButton(self.tr("Printable page…"), self)
        self.print_button.setObjectName("LettersPrintable")
        self.print_button.clicked.connect(lambda: self._export("printable"))
        self.note = QLabel(
            self.tr(
                "The people in custody among those the search and filters select, "
                "birthdays of this month first."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("LettersNote")
        self.note.setStyleSheet("color: palette(placeholder-text);")

        self.table = QTableView(self)
        self.table.setObjectName("LettersTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        titles = header.fontMetrics()
        for column, width in enumerate((190, 90, 150, 260, 90)):
            # room for the title in every language ("Дзень нараджэння" was cut to "ень нараджэн")
            title = model.headerData(column, Qt.Orientation.Horizontal)
            text = title if isinstance(title, str) else ""
            self.table.setColumnWidth(column, max(width, titles.horizontalAdvance(text) + 24))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        # the controls wrap in a narrow list column: the pane shares the list's stack,
        # whose minimum width is its widest page's
        controls = QWidget(self)
        top = FlowLayout(controls)
        top.setContentsMargins(6, 4, 6, 0)
        for widget in (self.title, self.language, self.csv_button, self.print_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(controls)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.show_count(0)

    def show_count(self, count: int | None) -> None:
        """The title: how many people (None: still reading)."""
        if count is None:
            self.title.setText(self.tr("Letters — reading…"))
        else:
            self.title.setText(
                self.tr("Letters — {n} people in custody", "", count).format(n=count)
            )

    def count_text(self, count: int | None) -> str:
        """The status bar's count while the letters list shows ("" while reading)."""
        if count is None:
            return ""
        return self.tr("{n} people in custody", "", count).format(n=count)

    def show_person(self, person_id: str) -> bool:
        """Make this person's row current if the list has read it; False: it has not."""
        rows = self.model.rows()
        row = next((n for n, r in enumerate(rows) if r.person_id == person_id), None)
        if row is None:
            return False
        if self.table.currentIndex().row() != row:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_person(self, person_id: str | None) -> str | None:
        """Make this person's row current, else the first row (the record follows the list).

        Returns the person of the row made current (None: the list is empty).
        """
        rows = self.model.rows()
        if not rows:
            return None
        row = next((n for n, r in enumerate(rows) if r.person_id == person_id), 0)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return rows[row].person_id

    def show_language(self, lang: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))

    def ask_path(self, kind: str) -> Path | None:
        """The file to write (None: cancelled); a dialog, replaced in tests."""
        if kind == "csv":
            caption, name, filters = (
                self.tr("Export the letters list as CSV"),
                "letters.csv",
                self.tr("CSV files (*.csv)"),
            )
        else:
            caption, name, filters = (
                self.tr("Save the letters list as a printable page"),
                "letters.pdf",
                self.tr("PDF documents (*.pdf);;Web pages (*.html)"),
            )
        path, _chosen = QFileDialog.getSaveFileName(self, caption, name, filters)
        return Path(path) if path else None

    def _export(self, kind: str) -> None:
        path = self.ask_path(kind)
        if path is not None:
            self.export_requested.emit(kind, path)

    def _on_language_activated(self, _index: int) -> None:
        self.language_chosen.emit(str(self.language.currentData()))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            person = self.model.data(current, Role.PERSON_ID)
            if person:
                self.person_selected.emit(str(person))
