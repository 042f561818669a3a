"""The toolbar's "Exact" switch: a check box bound to the Exact spelling action.

A checkable tool button without an icon, as the toolbar drew the action, read
as a plain word when off: nothing said it could be switched, or whether it was
on. A check box shows its state in every style and palette (light and dark),
is a Tab stop, and tells a screen reader its name and whether it is checked.
The action stays the one source of the setting (menu, Ctrl+Shift+E, this box).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QWidget


class ExactToggle(QCheckBox):
    """Checks and unchecks `action` (a checkable QAction) and follows it."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exact"), parent)
        self.setObjectName("ExactSpelling")
        self.setAccessibleName(self.tr("Exact spelling"))
        self._action = action
        self.setChecked(action.isChecked())
        self.clicked.connect(self._on_clicked)
        action.toggled.connect(self.setChecked)
        action.changed.connect(self._on_action_changed)
        self._on_action_changed()

    def _on_clicked(self) -> None:
        if self.isChecked() != self._action.isChecked():
            self._action.trigger()  # toggles it and runs what Edit ▸ Exact spelling runs

    def _on_action_changed(self) -> None:
        self.setEnabled(self._action.isEnabled())
        tip = self._action.toolTip()
        shortcut = self._action.shortcut().toString()
        self.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.setAccessibleDescription(tip)
