"""The people list: a table over PeopleModel, its count and its sort.

Column widths are fixed or stretched, never "resize to contents", which
would read every row of a million-person list. The Name column comes first:
when the pane is narrow (1024-px screens, longer Belarusian and Russian
headings) the other columns give way, least useful first, until the names
fit. While a search is shown the model adds a "Match" column (painted by
MatchDelegate) and the list is ordered by relevance ("Sort by" says so and
can leave it and return); a line above the table says when no one was
found, offering the nearest spelling as a link.

The pane shows what the browse controller gives it (`show_list`) and says
which row the user made current (`person_selected`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.records import PersonId, PersonRow, SortKey
from viewer.formatting import grouped
from viewer.models.people import COLUMNS, MATCH_COLUMN, PeopleModel, PeopleText, column_of
from viewer.models.roles import Role
from viewer.widgets.match_delegate import MatchDelegate

COLUMN_WIDTHS = (0, 86, 46, 78, 90, 54, 78, 110)  # 0: the name column stretches
NAME_MIN_WIDTH = 140
NAME_MAX_WIDTH = 300
"""The Name column wants the width of the longest name on the first page, within these."""
NAME_WIDTHS_KEPT = 20_000
MATCH_MIN_WIDTH = 170
MATCH_NARROW_WIDTH = 120
NAME_NARROW_WIDTH = 110
"""In a narrow pane (800x600) the Name and Match columns share it down to these; narrower
still, Match (stretched over the rest) ends its text with "…" and its tooltip has it all."""
HIDDEN_WHILE_SEARCHING = (
    SortKey.TERM,
    SortKey.LATEST_EVENT,
    SortKey.QUOTES,
    SortKey.EXPECTED_END,
)
"""Columns that make room for the Match column while a search is shown."""
GIVE_WAY = (
    SortKey.QUOTES,
    SortKey.LATEST_EVENT,
    SortKey.TERM,
    SortKey.EXPECTED_END,
    SortKey.BIRTH,
    SortKey.TOTAL_TERM,
    SortKey.STATUS,
)
"""The columns that make room for the names when the pane is narrow, first to last."""
SORTS: tuple[SortKey, ...] = (SortKey.RELEVANCE, *(key for key, _title in COLUMNS))


class PeopleListPane(QWidget):
    """The list of people matching the current filter.

    Signals:
        person_selected(str): the id of the person now current in the list.
        suggestion_activated(str): the "Did you mean" spelling was clicked.
        sort_chosen(object, bool): "Sort by" chose a SortKey (and the direction kept).
    """

    person_selected = Signal(str)
    suggestion_activated = Signal(str)
    sort_chosen = Signal(object, bool)

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeopleListPane")
        self.model = model
        self.count_label = QLabel(self)
        self.count_label.setObjectName("CountLabel")
        self.count_label.setAccessibleName(self.tr("People shown"))
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("SortBox")
        self.sort_box.setAccessibleName(self.tr("Sort by"))
        self.sort_box.setToolTip(self.tr("Sort by"))
        self.sort_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_box.activated.connect(self._on_sort_box_activated)
        self.table = QTableView(self)
        self.table.setObjectName("PeopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self._widths: dict[SortKey, int] = {}  # each column's width when shown
        self._name_widths: dict[str, int] = {}
        self._name_font = self.table.font()
        for column, width in enumerate(COLUMN_WIDTHS[: len(COLUMNS)]):
            if width:
                self._widths[COLUMNS[column][0]] = max(width, self._header_width(column))
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self._widths[COLUMNS[column][0]])
        header.setSortIndicatorShown(True)
        query = model.query()  # enabling sorting sorts by the indicator: put it there first
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column_of(query.sort), order)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.match_delegate = MatchDelegate(self.table)
        self.table.setItemDelegateForColumn(MATCH_COLUMN, self.match_delegate)
        model.modelReset.connect(self.update_count)
        model.modelReset.connect(self._fit_columns_soon)
        model.columnsInserted.connect(self._on_model_columns_changed)
        model.columnsRemoved.connect(self._on_model_columns_changed)
        self.search_label = QLabel(self)
        self.search_label.setObjectName("SearchFeedback")
        self.search_label.setTextFormat(Qt.TextFormat.RichText)
        self.search_label.setWordWrap(True)
        self.search_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.search_label.linkActivated.connect(self._on_search_label_link_activated)
        self.search_label.hide()
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 4)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.sort_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        feedback = QHBoxLayout()
        feedback.setContentsMargins(8, 0, 8, 4)
        feedback.addWidget(self.search_label, 1)
        layout.addLayout(feedback)
        layout.addWidget(self.table, 1)
        # no focus proxy: Qt's Tab would skip "Sort by", which comes before the table
        self.setTabOrder(self.sort_box, self.table)
        self.show_sort()
        self.update_count()

    def _header_width(self, column: int) -> int:
        """Room for a column's (translated) title and the sort arrow, so no title is cut."""
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        text = title if isinstance(title, str) else ""
        return self.table.horizontalHeader().fontMetrics().horizontalAdvance(text) + 24

    def update_count(self) -> None:
        """Refresh "N of M people" from the model."""
        self.count_label.setText(count_text(self.model.count(), self.model.total()))

    # ----- what the list shows ---------------------------------------------------------

    def show_selected_row(self, row: int | None) -> None:
        """Make `row` current (None: nobody), as the view state's selection says."""
        if row is None or not 0 <= row < self.model.rowCount():
            self.table.selectionModel().clearSelection()
            self.table.selectionModel().setCurrentIndex(
                QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            return
        self.select_row(row)

    def show_search_feedback(
        self,
        text: str | None,
        found: int,
        suggestion: str | None,
        notes: str = "",
        unavailable: str = "",
    ) -> None:
        """Say when a search found no one, with the nearest spelling as a link, and what
        reading the query repaired or ignored (`notes`, already in the interface language).

        `text` None (no search), or a search that found people and has no notes, hides the line.
        `unavailable` (why search cannot run in this archive) is said alone: not "no one found".
        """
        if text is not None and unavailable:
            self.search_label.setText(html.escape(unavailable))
            self.search_label.show()
            return
        if text is None or (found and not notes):
            self.search_label.clear()
            self.search_label.hide()
            return
        parts = (
            [] if found else [html.escape(self.tr("No one found for “{text}”.").format(text=text))]
        )
        if suggestion and not found:
            link = f'<a href="suggest:{html.escape(suggestion)}">{html.escape(suggestion)}</a>'
            parts.append(self.tr("Did you mean {link}?").format(link=link))
        if notes:
            parts.append(html.escape(notes))
        self.search_label.setText(" ".join(parts))
        self.search_label.show()

    def _on_search_label_link_activated(self, link: str) -> None:
        scheme, _, suggestion = link.partition(":")
        if scheme == "suggest" and suggestion:
            self.suggestion_activated.emit(suggestion)

    # ----- columns ------------------------------------------------------------------------

    def _on_model_columns_changed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.show_sort()
        self.fit_columns()

    def _fit_columns_soon(self) -> None:
        self._fit_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()  # once the table inside has its new size

    def name_width(self) -> int:
        """What the Name column needs: its longest name among the rows at hand."""
        metrics = self.table.fontMetrics()
        widths = self._name_widths  # each new list asks again: measured names are remembered
        if len(widths) > NAME_WIDTHS_KEPT or self._name_font != self.table.font():
            widths.clear()
            self._name_font = self.table.font()
        widest = self._header_width(0)
        for row in range(min(self.model.rowCount(), self.model.page_size)):
            person = self.model.cached_person_at(row)
            if person is not None:
                name = person.display_name
                width = widths.get(name)
                if width is None:
                    width = widths[name] = metrics.horizontalAdvance(name) + 16
                widest = max(widest, width)
        return max(NAME_MIN_WIDTH, min(widest, NAME_MAX_WIDTH))

    def fit_columns(self) -> None:
        """Names first: other columns give way (GIVE_WAY) until the names fit."""
        header = self.table.horizontalHeader()
        searching = self.model.has_matches()
        available = self.table.viewport().width() or self.table.width()
        name = self.name_width()
        shown = [
            key for key, _t in COLUMNS[1:] if not (searching and key in HIDDEN_WHILE_SEARCHING)
        ]
        widths = self._widths
        needed = name + (MATCH_MIN_WIDTH if searching else 0)
        for key in GIVE_WAY:
            if needed + sum(widths[k] for k in shown) <= available:
                break
            if key in shown:
                shown.remove(key)
        for key, _title in COLUMNS[1:]:
            column = column_of(key)
            hide = key not in shown
            if self.table.isColumnHidden(column) and not hide:
                self.table.setColumnHidden(column, False)
                header.resizeSection(column, widths[key])
            else:
                self.table.setColumnHidden(column, hide)
        if searching:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            rest = available - sum(widths[k] for k in shown)
            name = max(name, min(rest - MATCH_MIN_WIDTH, NAME_MAX_WIDTH))
            # a narrow pane: the name gives way too, so Match keeps a readable width
            name = min(name, max(NAME_NARROW_WIDTH, rest - MATCH_NARROW_WIDTH))
            header.resizeSection(0, name)
            header.setSectionResizeMode(MATCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # ----- sorting --------------------------------------------------------------------------

    def show_sort(self) -> None:
        """Put the header's sort arrow and "Sort by" where the model's query says."""
        query = self.model.query()
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        column = MATCH_COLUMN if query.sort == SortKey.RELEVANCE else column_of(query.sort)
        header.setSortIndicator(column if column < self.model.columnCount() else 0, order)
        header.blockSignals(False)
        self.sort_box.blockSignals(True)
        self.sort_box.clear()
        for key in SORTS:
            if key == SortKey.RELEVANCE and not self.model.has_matches():
                continue
            self.sort_box.addItem(sort_title(key), key.value)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(query.sort.value)))
        self.sort_box.blockSignals(False)

    def _on_sort_box_activated(self, index: int) -> None:
        key = SortKey(self.sort_box.itemData(index))
        descending = self.model.query().descending if key != SortKey.RELEVANCE else False
        self.sort_chosen.emit(key, descending)

    # ----- the current row ---------------------------------------------------------------------

    def current_person(self) -> PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.data(index, Role.RECORD)
        return row if isinstance(row, PersonRow) else None

    def selected_person_ids(self) -> tuple[PersonId, ...]:
        """The people selected in the list (Ctrl/Shift+click), in list order (a dossier's)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = (self.model.data(self.model.index(row, 0), Role.PERSON_ID) for row in rows)
        return tuple(PersonId(i) for i in ids if isinstance(i, str))

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

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        person_id = self.model.data(current, Role.PERSON_ID)
        if isinstance(person_id, str):
            self.person_selected.emit(person_id)


def count_text(shown: int, total: int) -> str:
    """ "7 people", "1 of 20 000 people": the list's own count, in the UI language."""
    if shown == total:
        return PeopleText.tr("{total} people", "", total).format(total=grouped(total))
    return PeopleText.tr("{shown} of {total} people", "", total).format(
        shown=grouped(shown), total=grouped(total)
    )


def sort_title(key: SortKey) -> str:
    """A sort's name in "Sort by": a column's title, or "Relevance"."""
    if key == SortKey.RELEVANCE:
        return PeopleText.tr("Relevance")
    return PeopleText.tr(COLUMNS[column_of(key)][1])
