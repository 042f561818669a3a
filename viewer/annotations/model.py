"""The annotations of the person shown, as a small, fully loaded list model.

A person usually carries a handful of annotations (thousands at most; the
pane loads them on the worker thread), so the model holds them all;
`Role.RECORD` returns the AnnotationItem and the delegate draws its HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.annotations.render import AnnotationItem
from viewer.models.roles import Role

Index = QModelIndex | QPersistentModelIndex


class AnnotationListModel(QAbstractListModel):
    """Notes, tags and corrections on one person's entries, in entry order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AnnotationItem] = []

    def set_items(self, items: list[AnnotationItem]) -> None:
        self.beginResetModel()
        try:
            self._items = list(items)
        finally:
            self.endResetModel()

    def items(self) -> list[AnnotationItem]:
        return list(self._items)

    def row_of(self, annotation_id: str) -> int | None:
        for row, item in enumerate(self._items):
            if item.annotation.id == annotation_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.plain_text()
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.annotation.body if item.annotation.kind == "note" else None
        if role == Role.RECORD:
            return item
        return None
