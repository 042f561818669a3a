"""The tags on the selected entry as removable chips, and a box to add one.

Typing a name that no tag has yet creates the tag and puts it on the entry;
both store writes sit in one undo macro, so one Undo takes both back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from db.annotations import Annotation, EntityRef, Tag
from viewer.annotations.session import AnnotationSession


class TagBar(QWidget):
    """Chips for the entry's tags (click × to remove) and an editable tag chooser.

    Signals:
        message(str): a short status line for the window.
    """

    message = Signal(str)

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TagBar")
        self._session = session
        self._ref: EntityRef | None = None
        self._chips: list[QToolButton] = []
        self._tags: dict[str, Tag] = {}

        self.label = QLabel(self.tr("Tags:"), self)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("TagChooser")
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.chooser.setAccessibleName(self.tr("Tag to add"))
        self.chooser.setMinimumContentsLength(12)
        line = self.chooser.lineEdit()
        assert line is not None  # the chooser is editable
        line.setPlaceholderText(self.tr("Add a tag…"))
        line.setAccessibleName(self.tr("Tag to add"))  # the field that takes the focus
        line.setAccessibleDescription(self.tr("Type a tag's name, then Enter adds it"))
        line.returnPressed.connect(self.add_current)
        self.label.setBuddy(self.chooser)
        self.add_button = QPushButton(self.tr("Add tag"), self)
        self.add_button.setObjectName("AddTag")
        self.add_button.clicked.connect(self.add_current)

        self._chip_layout = QHBoxLayout()
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self._chip_layout.setSpacing(4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(self._chip_layout)
        layout.addStretch(1)
        layout.addWidget(self.chooser)
        layout.addWidget(self.add_button)

    def chips(self) -> list[QToolButton]:
        return list(self._chips)

    def show_tags(self, ref: EntityRef | None, links: list[Annotation], tags: list[Tag]) -> None:
        """Show the tag links `links` of entry `ref`; `tags` are all live tags for the chooser."""
        self._ref = ref
        self._tags = {t.id: t for t in tags}
        for chip in self._chips:
            self._chip_layout.removeWidget(chip)
            chip.hide()  # deleted when the event loop gets to it
            chip.deleteLater()
        self._chips = []
        for link in links:
            tag = self._tags.get(link.tag_id or "")
            if tag is None:
                continue
            chip = QToolButton(self)
            chip.setObjectName("TagChip")
            chip.setText(f"{tag.name}  ×")
            chip.setToolTip(
                self.tr("Remove the tag “{name}” from this entry").format(name=tag.name)
            )
            chip.setAccessibleName(self.tr("Tag {name}").format(name=tag.name))
            colour = tag.colour or "#5f6368"
            chip.setStyleSheet(
                f"QToolButton {{ background: {colour}; color: white; border-radius: 8px;"
                " padding: 1px 6px; }"
            )
            chip.setProperty("tag_id", tag.id)
            chip.clicked.connect(lambda _c=False, tag_id=tag.id: self.remove(tag_id))
            self._chip_layout.addWidget(chip)
            self._chips.append(chip)
        self._chips_before_the_chooser()
        on_entry = {link.tag_id for link in links}
        text = self.chooser.currentText()
        self.chooser.clear()
        for tag in sorted(tags, key=lambda t: t.name.casefold()):
            if tag.id not in on_entry:
                self.chooser.addItem(tag.name, tag.id)
        self.chooser.setEditText(text if ref is not None else "")
        enabled = ref is not None and self._session.is_ready()
        self.chooser.setEnabled(enabled)
        self.add_button.setEnabled(enabled)

    def _chips_before_the_chooser(self) -> None:
        """Tab visits the chips where they are drawn, left of the chooser: a new chip joins
        the window's focus chain at its end (after the note editor) unless it is moved."""
        previous = self.chooser.previousInFocusChain()
        while (
            previous is not None
            and previous is not self.chooser
            and (previous in self._chips or not previous.focusPolicy() & Qt.FocusPolicy.TabFocus)
        ):  # Qt moves nothing after a widget Tab never stops at
            previous = previous.previousInFocusChain()
        if previous is None or previous is self.chooser:
            return
        for chip in self._chips:
            QWidget.setTabOrder(previous, chip)
            previous = chip

    def add_current(self) -> None:
        """Put the typed or chosen tag on the entry, creating the tag if it is new."""
        ref, name = self._ref, " ".join(self.chooser.currentText().split())
        if ref is None or not name:
            self.message.emit(self.tr("Type or choose a tag name first."))
            return
        existing = next(
            (t for t in self._tags.values() if t.name.casefold() == name.casefold()), None
        )
        if existing is not None:
            text = self.tr("Add tag “{name}”").format(name=existing.name)
            if self._session.apply(lambda s: s.tag_entry(ref, existing.id), text) is not None:
                self.chooser.setEditText("")
            return
        stack = self._session.undo_stack
        stack.beginMacro(self.tr("Add tag “{name}”").format(name=name))
        try:
            created = self._session.apply(lambda s: s.create_tag(name))
            tagged = None
            if created is not None:
                tag_id = next(rc.id for rc in created.rows if rc.table == "tags")
                tagged = self._session.apply(lambda s: s.tag_entry(ref, tag_id))
        finally:
            stack.endMacro()
        if tagged is None:
            # nothing half-done stays: undo the new tag (if any) and drop the macro
            macro = stack.command(stack.index() - 1)
            if created is None and macro is not None:
                macro.setObsolete(True)
            stack.undo()
        else:
            self.chooser.setEditText("")

    def remove(self, tag_id: str) -> None:
        ref = self._ref
        if ref is not None:
            tag = self._tags.get(tag_id)
            text = None if tag is None else self.tr("Remove tag “{name}”").format(name=tag.name)
            self._session.apply(lambda s: s.untag_entry(ref, tag_id), text)
