"""Dialogs sized to fit the screen they open on (a 1024×640 netbook included)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_on_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize `dialog` to `width`×`height`, or less where the screen is smaller:
    a dialog taller than the screen hides its buttons below its edge."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    if screen is None:
        dialog.resize(width, height)
        return
    room = screen.availableGeometry()
    frame = 40  # the title bar and borders the window manager adds
    dialog.resize(min(width, room.width() - frame // 2), min(height, room.height() - frame))
