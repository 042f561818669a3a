"""Tags as models: the tag facet (checkable, with colour swatches) and the tag manager's table.

Both lists are small and fully loaded (one row per tag), so they are plain
table models over a Python list; the counts come from db.annotations.lookup.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from db.annotations import Tag
from db.records import FacetValue
from viewer.models.facets import RIGHT_ALIGNED, FacetModel
from viewer.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex
NO_COLOUR = "#9e9e9e"
"""Swatch of a tag without a colour of its own."""


def swatch(colour: str | None) -> QColor:
    return QColor(colour or NO_COLOUR)


class TagFacetModel(FacetModel):
    """The "Tags" facet: a FacetModel whose values are tag ids, with a colour swatch."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("tags", parent)
        self._colours: dict[str, str | None] = {}

    def set_tags(self, values: list[FacetValue], colours: dict[str, str | None]) -> None:
        self._colours = dict(colours)
        self.set_values(values)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            value = super().data(index, Role.VALUE)
            return swatch(self._colours.get(str(value)))
        return super().data(index, role)


class TagTableModel(QAbstractTableModel):
    """Every live tag with how many entries carry it (column 0 name + swatch, 1 count)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Tag, int]] = []

    def set_tags(self, tags: list[Tag], counts: dict[str, int]) -> None:
        self.beginResetModel()
        try:
            self._rows = [(t, counts.get(t.id, 0)) for t in tags]
        finally:
            self.endResetModel()

    def tag(self, row: int) -> Tag | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def tags(self) -> list[Tag]:
        return [t for t, _n in self._rows]

    def row_of(self, tag_id: str) -> int:
        return next((r for r, (t, _n) in enumerate(self._rows) if t.id == tag_id), -1)

    # ----- Qt overrides -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
                return QCoreApplication.translate("TagTableModel", "Tag")
            if section == 1:
                return QCoreApplication.translate("TagTableModel", "Used")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        tag, count = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return tag.name if column == 0 else str(count)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(tag.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            colour = tag.colour or self.tr("no colour")
            return self.tr("{name}: on {n} entries; colour {colour}", "", count).format(
                name=tag.name, n=count, colour=colour
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT_ALIGNED
        if role == Role.VALUE:
            return tag.id
        if role == Role.COUNT:
            return count
        if role == Role.RECORD:
            return tag
        return None
