"""The error dialog: a plain explanation of an ArchiveError, never a traceback.

`show_error` is the one function the main window calls; tests replace it
(monkeypatch) to record what would have been shown without blocking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def error_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning box with `title` as its heading and `text` as the explanation."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(f"<b>{title}</b>")
    box.setInformativeText(text)
    # the explanation names files, tags and people a file chose: never read as HTML
    for label in box.findChildren(QLabel, "qt_msgbox_informativelabel"):
        label.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Show the error modally; patchable in tests."""
    error_box(parent, title, text).exec()
