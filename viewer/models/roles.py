"""Custom item data roles, declared once for every model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    """Roles beyond Qt's; `RECORD` returns the row's record itself."""

    RECORD = Qt.ItemDataRole.UserRole + 1
    PERSON_ID = Qt.ItemDataRole.UserRole + 2
    SORT_KEY = Qt.ItemDataRole.UserRole + 3
    VALUE = Qt.ItemDataRole.UserRole + 4
    COUNT = Qt.ItemDataRole.UserRole + 5
    HTML = Qt.ItemDataRole.UserRole + 6  # rich text for a delegate (the search Match column)
