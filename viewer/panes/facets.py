"""Facet filters beside the list: status, court, article, years, region, role, tags.

Each facet is a checkable FacetModel with counts under the other active
filters. Checks combine (OR within a facet, AND across facets, as db.people
filters). The pane only says what is checked; the main window builds the
PeopleQuery and runs it (tags are annotation-store ids, which it resolves to people).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.records import Facets, FacetValue, PeopleQuery
from viewer import archive_labels
from viewer.models.facets import FacetModel
from viewer.models.tags import TagFacetModel
from viewer.translations import QT_TRANSLATE_NOOP

FACETS: tuple[tuple[str, str, str], ...] = (
    ("statuses", "statuses", QT_TRANSLATE_NOOP("FacetsPane", "Status")),
    ("roles", "roles", QT_TRANSLATE_NOOP("FacetsPane", "Role")),
    ("courts", "court_ids", QT_TRANSLATE_NOOP("FacetsPane", "Court")),
    ("articles", "articles", QT_TRANSLATE_NOOP("FacetsPane", "Criminal-code article")),
    ("regions", "regions", QT_TRANSLATE_NOOP("FacetsPane", "Region")),
)
"""(Facets attribute, PeopleQuery field, heading) for each checkable facet."""

TRANSLATED_FACETS = {"statuses": archive_labels.status, "roles": archive_labels.role}
"""Facets whose values are archive codes: db labels them in English, the pane in the UI's."""

VISIBLE_ROWS = 6
YEAR_ANY = 0  # the spin boxes' minimum, shown as "any"


class FacetsPane(QWidget):
    """Checkable facets with counts, a year range and "Clear all".

    Signals:
        selection_changed(): the user changed a filter (debounced slightly).
    """

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FacetsPane")
        self.setAccessibleName(self.tr("Filters"))
        self.models: dict[str, FacetModel] = {}
        self.views: dict[str, QTableView] = {}
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(self.selection_changed)

        heading = QLabel(self.tr("Filters"), self)
        heading.setObjectName("PaneHeading")
        self.clear_button = QPushButton(self.tr("Clear all"), self)
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear_all)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 6, 2)
        top.addWidget(heading, 1)
        top.addWidget(self.clear_button)

        body = QWidget(self)
        body.setObjectName("FacetsBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 2, 6, 8)
        column.setSpacing(4)
        for attr, _field, title in FACETS:
            model = FacetModel(attr, self)
            model.selection_changed.connect(self._emit_timer.start)
            view = self._make_view(model, self.tr(title))
            self.models[attr] = model
            self.views[attr] = view
            label = QLabel(self.tr(title), body)
            label.setObjectName("FacetHeading")
            label.setBuddy(view)
            column.addWidget(label)
            column.addWidget(view)
            if attr == "roles":
                column.addLayout(self._make_years(body))
        self.tag_model = TagFacetModel(self)
        self.tag_model.selection_changed.connect(self._emit_timer.start)
        self.tag_view = self._make_view(self.tag_model, self.tr("Tags"))
        self.tag_heading = QLabel(self.tr("Tags"), body)
        self.tag_heading.setObjectName("FacetHeading")
        self.tag_heading.setBuddy(self.tag_view)
        column.addWidget(self.tag_heading)
        column.addWidget(self.tag_view)
        self._show_tags(False)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.setFocusProxy(self.views["statuses"])
        self.setMinimumWidth(200)

    def _make_view(self, model: FacetModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(False)
        view.setTabKeyNavigation(False)
        view.horizontalHeader().hide()
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row = view.fontMetrics().height() + 8
        view.verticalHeader().setDefaultSectionSize(row)
        view.setFixedHeight(row * VISIBLE_ROWS + 4)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.activated.connect(self._on_view_activated)
        return view

    def _make_years(self, parent: QWidget) -> QHBoxLayout:
        label = QLabel(self.tr("Years"), parent)
        label.setObjectName("FacetHeading")
        self.year_from = QSpinBox(parent)
        self.year_to = QSpinBox(parent)
        boxes = ((self.year_from, self.tr("From year")), (self.year_to, self.tr("To year")))
        for box, name in boxes:
            box.setRange(YEAR_ANY, 2100)
            box.setSpecialValueText(self.tr("any"))
            box.setAccessibleName(name)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._emit_timer.start)
        label.setBuddy(self.year_from)
        dash = QLabel("–", parent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 6)
        row.addWidget(label)
        row.addStretch(1)
        row.addWidget(self.year_from)
        row.addWidget(dash)
        row.addWidget(self.year_to)
        return row

    # ----- public API -------------------------------------------------------

    def set_facets(self, facets: Facets | None) -> None:
        """Show new counts (None empties every facet)."""
        for attr, _field, _title in FACETS:
            values: tuple[FacetValue, ...] = getattr(facets, attr) if facets is not None else ()
            label_of = TRANSLATED_FACETS.get(attr)
            if label_of is not None:
                values = tuple(dataclasses.replace(v, label=label_of(v.value)) for v in values)
            self.models[attr].set_values(values)
        years = [int(v.value) for v in facets.years if v.value.isdigit()] if facets else []
        if years:
            for box in (self.year_from, self.year_to):
                box.blockSignals(True)
                box.setRange(min(years) - 1, max(years))
                box.blockSignals(False)

    def set_tags(self, values: list[FacetValue], colours: dict[str, str | None]) -> None:
        """The tags of the open archive (value = tag id) with their people counts."""
        self.tag_model.set_tags(values, colours)
        self._show_tags(self.tag_model.rowCount() > 0)

    def _show_tags(self, visible: bool) -> None:
        self.tag_heading.setVisible(visible)
        self.tag_view.setVisible(visible)

    def apply_to(self, query: PeopleQuery) -> PeopleQuery:
        """`query` with this pane's filters in place of its own."""
        changes: dict[str, object] = {
            field: self.models[attr].checked() for attr, field, _title in FACETS
        }
        changes["tags"] = self.tag_model.checked()
        low, high = self.year_from.value(), self.year_to.value()
        changes["year_from"] = low if low > self.year_from.minimum() else None
        changes["year_to"] = high if high > self.year_to.minimum() else None
        return dataclasses.replace(query, **changes)  # type: ignore[arg-type]

    def restore(self, query: PeopleQuery) -> None:
        """Check what `query` filters on, without emitting selection_changed."""
        for attr, field, _title in FACETS:
            self.models[attr].set_checked(getattr(query, field), notify=False)
        self.tag_model.set_checked(query.tags, notify=False)
        for box, value in ((self.year_from, query.year_from), (self.year_to, query.year_to)):
            box.blockSignals(True)
            box.setValue(value if value is not None else box.minimum())
            box.blockSignals(False)

    def has_filters(self) -> bool:
        return self.apply_to(PeopleQuery()) != PeopleQuery()

    def clear_all(self) -> None:
        """Uncheck everything and reset the years; emits once."""
        changed = self.has_filters()
        self.restore(PeopleQuery())
        if changed:
            self._emit_timer.start()

    def _on_view_activated(self) -> None:
        """Enter/double-click toggles the current value, for keyboard use."""
        view = self.focusWidget()
        if not isinstance(view, QTableView):
            return
        index = view.currentIndex().siblingAtColumn(0)
        model = view.model()
        state = model.data(index, Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
