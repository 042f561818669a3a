"""Proposing a corrected value for one field of an entry; the archive stays as it is.

The store keeps the field, the archive's value at the time, the proposed
value and the reason, all in one correction (one save, one undo step). The
same dialog edits a correction: its field stays, its value and reason change.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.annotations import Annotation
from viewer.annotations.entries import Entry, field_label


class CorrectionDialog(QDialog):
    """Field chooser (showing the current value), proposed value and reason.

    With `editing` it edits that correction instead: its field is fixed, the
    archive's value is the one it was proposed against, and `reason` (its
    reason, or the one found in an old reason note) fills the reason box.
    """

    def __init__(
        self,
        entry: Entry,
        parent: QWidget | None = None,
        *,
        editing: Annotation | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CorrectionDialog")
        self.entry = entry
        self.editing = editing
        self.setWindowTitle(
            self.tr("Edit a proposed correction") if editing else self.tr("Propose a correction")
        )
        self.field_chooser = QComboBox(self)
        self.field_chooser.setObjectName("CorrectionField")
        for name, _value in entry.fields:
            self.field_chooser.addItem(field_label(name), name)
        if editing is not None and editing.field is not None:
            if self.field_chooser.findData(editing.field) < 0:  # no longer in the record
                self.field_chooser.addItem(field_label(editing.field), editing.field)
            self.field_chooser.setCurrentIndex(self.field_chooser.findData(editing.field))
            self.field_chooser.setEnabled(False)
        self.current = QLineEdit(self)
        self.current.setObjectName("CorrectionCurrent")
        self.current.setReadOnly(True)
        self.proposed = QLineEdit(self)
        self.proposed.setObjectName("CorrectionProposed")
        self.proposed.setAccessibleName(self.tr("Proposed value"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("CorrectionReason")
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.setPlaceholderText(self.tr("Why, and from which source?"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.problem = QLabel(self)
        self.problem.setObjectName("CorrectionProblem")
        self.problem.setStyleSheet("color: #c01c28")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if editing else self.tr("Propose")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Entry:"), QLabel(entry.label, self))
        form.addRow(self.tr("Field:"), self.field_chooser)
        form.addRow(self.tr("Archive says:"), self.current)
        form.addRow(self.tr("Should be:"), self.proposed)
        form.addRow(self.tr("Why:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.field_chooser.currentIndexChanged.connect(self._on_field_changed)
        self._on_field_changed()
        if editing is not None:
            self.proposed.setText(editing.body)
            self.proposed.selectAll()
            self.reason.setPlainText(reason)
        self.resize(460, self.sizeHint().height())

    def field(self) -> str:
        return str(self.field_chooser.currentData() or "")

    def original(self) -> str:
        """The archive's value: now, or (editing) when the correction was proposed."""
        if self.editing is not None:
            return self.editing.original or ""
        return self.entry.field_value(self.field()) or ""

    def proposed_value(self) -> str:
        return self.proposed.text().strip()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        """Refuse an empty or unchanged value with a message, never silently."""
        if not self.field():
            self._complain(self.tr("This entry has no field to correct."))
        elif not self.proposed_value():
            self._complain(self.tr("Type the value the field should have."))
        elif self.proposed_value() == self.original():
            self._complain(self.tr("That is already the archive's value."))
        else:
            super().accept()

    def _complain(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.proposed.setFocus()

    def _on_field_changed(self) -> None:
        value = self.original()
        self.current.setText(value)
        self.current.setPlaceholderText(self.tr("(empty)"))
        self.proposed.setText(value)
        self.proposed.selectAll()
