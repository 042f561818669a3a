"""The people list: a table over PeopleModel with an "N of M people" line.

Column widths are fixed or stretched, never "resize to contents", which
would read every row of a million-person list. While a search is shown the
model adds a "Match" column (painted by MatchDelegate) that takes the
stretch, and a line above the table says when no one was found, offering
the nearest spelling as a link.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.records import PersonId, PersonRow, SortKey
from viewer.formatting import grouped
from viewer.models.people import COLUMNS, MATCH_COLUMN, PeopleModel, column_of
from viewer.models.roles import Role
from viewer.widgets.match_delegate import MatchDelegate

COLUMN_WIDTHS = (0, 86, 46, 78, 90, 54)  # 0: the name column stretches
NAME_WIDTH_WITH_MATCH = 160
"""The name column's width while the Match column takes the stretch."""
HIDDEN_WHILE_SEARCHING = (SortKey.TERM, SortKey.LATEST_EVENT, SortKey.QUOTES)
"""Columns that make room for the Match column while a search is shown."""


class PeopleListPane(QWidget):
    """The list of people matching the current filter.

    Signals:
        person_selected(str): the id of the person now current in the list.
        suggestion_activated(str): the "Did you mean" spelling was clicked.
    """

    person_selected = Signal(str)
    suggestion_activated = Signal(str)

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeopleListPane")
        self.model = model
        self.count_label = QLabel(self)
        self.count_label.setObjectName("CountLabel")
        self.count_label.setAccessibleName(self.tr("People shown"))
        self.table = QTableView(self)
        self.table.setObjectName("PeopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS[: len(COLUMNS)]):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, max(width, self._header_width(column)))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.match_delegate = MatchDelegate(self.table)
        self.table.setItemDelegateForColumn(MATCH_COLUMN, self.match_delegate)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        model.modelReset.connect(self.update_count)
        model.columnsInserted.connect(self._on_model_columns_changed)
        model.columnsRemoved.connect(self._on_model_columns_changed)
        self.search_label = QLabel(self)
        self.search_label.setObjectName("SearchFeedback")
        self.search_label.setTextFormat(Qt.TextFormat.RichText)
        self.search_label.setWordWrap(True)
        self.search_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.search_label.linkActivated.connect(self._on_search_label_link_activated)
        self.search_label.hide()

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 4)
        top.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        feedback = QHBoxLayout()
        feedback.setContentsMargins(8, 0, 8, 4)
        feedback.addWidget(self.search_label, 1)
        layout.addLayout(feedback)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.update_count()

    def _header_width(self, column: int) -> int:
        """Room for a column's (translated) title and the sort arrow, so no title is cut."""
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        text = title if isinstance(title, str) else ""
        return self.table.horizontalHeader().fontMetrics().horizontalAdvance(text) + 24

    def update_count(self) -> None:
        """Refresh "N of M people" from the model."""
        shown, total = self.model.count(), self.model.total()
        if shown == total:
            text = self.tr("{total} people", "", total).format(total=grouped(total))
        else:
            text = self.tr("{shown} of {total} people", "", total).format(
                shown=grouped(shown), total=grouped(total)
            )
        self.count_label.setText(text)

    def show_search_feedback(self, text: str | None, found: int, suggestion: str | None) -> None:
        """Say when a search found no one, with the nearest spelling as a link.

        `text` None (no search) or a search that found people hides the line.
        """
        if text is None or found:
            self.search_label.clear()
            self.search_label.hide()
            return
        line = html.escape(self.tr("No one found for “{text}”.").format(text=text))
        if suggestion:
            link = f'<a href="suggest:{html.escape(suggestion)}">{html.escape(suggestion)}</a>'
            line += " " + self.tr("Did you mean {link}?").format(link=link)
        self.search_label.setText(line)
        self.search_label.show()

    def _on_search_label_link_activated(self, link: str) -> None:
        scheme, _, suggestion = link.partition(":")
        if scheme == "suggest" and suggestion:
            self.suggestion_activated.emit(suggestion)

    def _on_model_columns_changed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        """The Match column came or went: it takes the stretch from the name column."""
        header = self.table.horizontalHeader()
        searching = self.model.has_matches()
        for key in HIDDEN_WHILE_SEARCHING:
            self.table.setColumnHidden(column_of(key), searching)
        if searching:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, NAME_WIDTH_WITH_MATCH)
            header.setSectionResizeMode(MATCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _on_header_sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if section == MATCH_COLUMN:  # the search's own order; not a sort key
            self.show_sort()

    def show_sort(self) -> None:
        """Put the header's sort arrow where the model's query says."""
        query = self.model.query()
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column_of(query.sort), order)
        header.blockSignals(False)

    def current_person(self) -> PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.data(index, Role.RECORD)
        return row if isinstance(row, PersonRow) else None

    def select_row(self, row: int) -> None:
        """Make `row` current and selected, and scroll it into view."""
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_person(self, person_id: PersonId) -> bool:
        """Select the person if the list holds them; False when not in the list."""
        row = self.model.row_of(person_id)
        if row is None:
            self.table.selectionModel().clearSelection()
            return False
        current = self.current_person()
        if current is None or current.id != person_id:
            self.select_row(row)
        return True

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        person_id = self.model.data(current, Role.PERSON_ID)
        if isinstance(person_id, str):
            self.person_selected.emit(person_id)
