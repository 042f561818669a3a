"""Facet filters beside the list: status, court, article, years, region, role, tags.

Each facet is a checkable FacetModel with counts under the other active
filters. Checks combine (OR within a facet, AND across facets, as db.people
filters). The pane keeps no filter of its own: it shows the view state's
constraints (`show_constraints`) and says what the user changed
(`value_toggled`, `years_changed`); the browse controller decides. New
counts (`set_facets`) never change a check or the years, and keep the
current row of each facet, so a value toggled with the keyboard can be
toggled again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
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

from db.records import Facets, FacetValue
from viewer import archive_labels
from viewer.constraints import Constraint, YearRange
from viewer.models.facets import FacetModel
from viewer.models.roles import Role
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
        value_toggled(str, str, bool): a value was checked or unchecked: the
            constraint kind (a PeopleQuery field), the value, and whether on.
        years_changed(object): the user set the years: (from or None, to or None).
        clear_requested(): "Clear all" was pressed.
    """

    value_toggled = Signal(str, str, bool)
    years_changed = Signal(object)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """With `in_steps`, the lists are made as the caller runs `steps` (the event loop
        turning between them): each list is a QTableView the style sheet polishes as it is
        made, 15-25 ms of CPU for all six at once at start-up."""
        super().__init__(parent)
        self.setObjectName("FacetsPane")
        self.setAccessibleName(self.tr("Filters"))
        self.models: dict[str, FacetModel] = {}
        self.views: dict[str, QTableView] = {}
        self._years: YearRange = (None, None)

        heading = QLabel(self.tr("Filters"), self)
        heading.setObjectName("PaneHeading")
        self.clear_button = QPushButton(self.tr("Clear all"), self)
        self.clear_button.setObjectName("FacetsClearAll")
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear_requested)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 6, 2)
        top.addWidget(heading, 1)
        top.addWidget(self.clear_button)

        body = QWidget(self)
        body.setObjectName("FacetsBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 2, 6, 8)
        column.setSpacing(4)
        for attr, field, _title in FACETS:
            model = FacetModel(attr, self)
            model.toggled.connect(
                lambda value, on, field=field: self.value_toggled.emit(field, value, on)
            )
            self.models[attr] = model
        self.tag_model = TagFacetModel(self)
        self.tag_model.toggled.connect(lambda value, on: self.value_toggled.emit("tags", value, on))

        scroll = QScrollArea(self)
        scroll.setObjectName("FacetsScroll")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its facets take the focus, not it
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        # no focus proxy: Qt's Tab would skip "Clear all", which comes before the lists
        self.setMinimumWidth(170)
        self.steps = self._make_lists(body, column)
        if not in_steps:
            for _ in self.steps:
                pass

    def _make_lists(self, body: QWidget, column: QVBoxLayout) -> Iterator[None]:
        """Each facet's heading and list (two per piece), the years, the tags."""
        for n, (attr, _field, title) in enumerate(FACETS):
            view = self._make_view(self.models[attr], self.tr(title), body)
            self.views[attr] = view
            label = QLabel(self.tr(title), body)
            label.setObjectName("FacetHeading")
            label.setWordWrap(True)  # a long heading (or its translation) never widens the pane
            label.setBuddy(view)
            column.addWidget(label)
            column.addWidget(view)
            if attr == "roles":
                column.addLayout(self._make_years(body))
            if n % 2:
                yield
        self.tag_view = self._make_view(self.tag_model, self.tr("Tags"), body)
        self.tag_heading = QLabel(self.tr("Tags"), body)
        self.tag_heading.setObjectName("FacetHeading")
        self.tag_heading.setBuddy(self.tag_view)
        column.addWidget(self.tag_heading)
        column.addWidget(self.tag_view)
        self._show_tags(False)
        column.addStretch(1)

    def _make_view(self, model: FacetModel, name: str, parent: QWidget) -> QTableView:
        view = FacetView(self.tr("None in this list"), parent)  # made where it stays
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

    def _make_years(self, parent: QWidget) -> QVBoxLayout:
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
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance("20000") + 28)  # narrow panes
            box.valueChanged.connect(self._on_year_box_value_changed)
        label.setBuddy(self.year_from)
        dash = QLabel("–", parent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.year_from, 1)
        row.addWidget(dash)
        row.addWidget(self.year_to, 1)
        years = QVBoxLayout()  # the heading above the boxes, as for every facet
        years.setSpacing(4)
        years.addWidget(label)
        years.addLayout(row)
        return years

    # ----- public API -------------------------------------------------------

    def set_facets(self, facets: Facets | None) -> None:
        """Show new counts (None empties every facet); checks and years stay as they are."""
        for attr, _field, _title in FACETS:
            values: tuple[FacetValue, ...] = getattr(facets, attr) if facets is not None else ()
            label_of = TRANSLATED_FACETS.get(attr)
            if label_of is not None:
                values = tuple(dataclasses.replace(v, label=label_of(v.value)) for v in values)
            self._keeping_current(
                self.views[attr], lambda m=self.models[attr], v=values: m.set_values(v)
            )
        years = [int(v.value) for v in facets.years if v.value.isdigit()] if facets else []
        if years:
            self._year_bounds = (min(years) - 1, max(years))
        self._show_years()

    def set_tags(self, values: list[FacetValue], colours: dict[str, str | None]) -> None:
        """The tags of the open archive (value = tag id) with their people counts."""
        self._keeping_current(self.tag_view, lambda: self.tag_model.set_tags(values, colours))
        self._show_tags(self.tag_model.rowCount() > 0)

    def show_constraints(self, constraints: Sequence[Constraint]) -> None:
        """Check what the view state filters on; the years boxes show its range."""
        for attr, field, _title in FACETS:
            values = {str(c.value) for c in constraints if c.kind == field}
            self.models[attr].set_checked(values, notify=False)
        self.tag_model.set_checked(
            {str(c.value) for c in constraints if c.kind == "tags"}, notify=False
        )
        years = [c.value for c in constraints if c.kind == "years" and isinstance(c.value, tuple)]
        self._years = years[-1] if years else (None, None)
        self._show_years()
        self.clear_button.setEnabled(bool(constraints))

    def focus_first(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Put the keyboard in the first filter list (View ▸ Filters)."""
        self.views["statuses"].setFocus(reason)

    def years(self) -> YearRange:
        """The years the boxes show (None: "any")."""
        return self._years

    def _show_tags(self, visible: bool) -> None:
        self.tag_heading.setVisible(visible)
        self.tag_view.setVisible(visible)

    _year_bounds: tuple[int, int] = (YEAR_ANY, 2100)

    def _show_years(self) -> None:
        """The boxes show the state's years; a new range never moves them."""
        low, high = self._year_bounds
        for box, value in ((self.year_from, self._years[0]), (self.year_to, self._years[1])):
            box.blockSignals(True)
            minimum = low if value is None else min(low, value - 1)
            box.setRange(minimum, max(high, value or high))
            box.setValue(box.minimum() if value is None else value)
            box.blockSignals(False)

    def _on_year_box_value_changed(self) -> None:
        def value(box: QSpinBox) -> int | None:
            return box.value() if box.value() > box.minimum() else None

        years = (value(self.year_from), value(self.year_to))
        if years != self._years:
            self.years_changed.emit(years)

    def _keeping_current(self, view: QTableView, change: object) -> None:
        """Run `change` (a model reset) and put the current row back on the same value."""
        current = view.currentIndex()
        model = view.model()
        value = model.data(current.siblingAtColumn(0), Role.VALUE) if current.isValid() else None
        assert callable(change)
        change()
        if value is None:
            return
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.data(index, Role.VALUE) == value:
                view.setCurrentIndex(index)
                return

    def _on_view_activated(self, index: QModelIndex) -> None:
        """Enter/double-click toggles the current value, for keyboard use."""
        view = self.sender()
        if not isinstance(view, QTableView):
            view = self.focusWidget()
        if not isinstance(view, QTableView):
            return
        index = view.currentIndex().siblingAtColumn(0)
        model = view.model()
        state = model.data(index, Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


class FacetView(QTableView):
    """A facet's list; empty, it says so instead of showing a blank box (filters left none)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder

    def placeholder(self) -> str:
        """What the empty list says ("" while it has values)."""
        model = self.model()
        return self._placeholder if model is not None and model.rowCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.placeholder()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(6, 4, -6, -4)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), text)
            painter.end()
