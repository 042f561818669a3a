"""One facet (status, court, article, region, role, year) as a checkable table.

Column 0 is the value's label with a check box, column 1 its count under all
the other active filters (db.facets.facet_counts). Checked values that drop
to zero stay listed, so a person can always uncheck what they checked.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from db.records import FacetValue
from viewer.formatting import grouped
from viewer.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_BASE_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_CHECKABLE_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
"""Flags combined once: PySide6 enum arithmetic in every paint is slow."""


class FacetModel(QAbstractTableModel):
    """Values of one facet with their counts; checking one filters the list.

    Signals:
        selection_changed(): the set of checked values changed.
        toggled(str, bool): the user checked or unchecked this value.
    """

    selection_changed = Signal()
    toggled = Signal(str, bool)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._values: list[FacetValue] = []
        self._checked: set[str] = set()

    def set_values(self, values: tuple[FacetValue, ...] | list[FacetValue]) -> None:
        """New counts; checked values keep their check (count 0 if gone)."""
        present = {v.value for v in values}
        kept = [v for v in self._values if v.value in self._checked and v.value not in present]
        new = list(values) + [FacetValue(v.value, v.label, 0) for v in kept]
        if new == self._values:
            return
        if [v.value for v in new] == [v.value for v in self._values]:
            # the same values with new counts (a toggle elsewhere): no reset, so the view
            # keeps its current row and repaints the cells instead of laying itself out again
            self._values = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, 1), _COUNT_ROLES)
            return
        self.beginResetModel()
        try:
            self._values = new
        finally:
            self.endResetModel()

    def checked(self) -> tuple[str, ...]:
        """Checked values in display order."""
        return tuple(v.value for v in self._values if v.value in self._checked)

    def set_checked(self, values: tuple[str, ...] | set[str], *, notify: bool = True) -> None:
        new = set(values)
        if new == self._checked:
            return
        self._checked = new
        if self._values:
            last = self.index(len(self._values) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.CheckStateRole])
        if notify:
            self.selection_changed.emit()

    def values(self) -> list[FacetValue]:
        return list(self._values)

    # ----- Qt overrides -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("FacetModel", "Value")
            if section == 1:
                return QCoreApplication.translate("FacetModel", "People")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECKABLE_FLAGS if index.column() == 0 else _BASE_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # a view asks ~10 roles per cell on every paint: plain ints first (PySide enums are slow)
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._values):
            return None
        value = self._values[row]
        column = index.column()
        if role == _DISPLAY:
            return value.label if column == 0 else grouped(value.count)
        if role == _CHECK:
            if column != 0:
                return None
            return _CHECKED if value.value in self._checked else _UNCHECKED
        if role == _TOOLTIP:
            return f"{value.label}: {value.count}"
        if role == _ALIGN:
            return RIGHT_ALIGNED if column == 1 else None
        if role == _VALUE:
            return value.value
        if role == _COUNT:
            return value.count
        return value  # Role.RECORD

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != 0
            or not 0 <= index.row() < len(self._values)
        ):
            return False
        code = self._values[index.row()].value
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if on == (code in self._checked):
            return True
        if on:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        self.toggled.emit(code, on)
        return True


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_VALUE = int(Role.VALUE)
_COUNT = int(Role.COUNT)
_ROLES = frozenset({_DISPLAY, _CHECK, _TOOLTIP, _ALIGN, _VALUE, _COUNT, int(Role.RECORD)})
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_COUNT_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.COUNT, Role.RECORD]
