"""Edit ▸ Tags…: create, rename, recolour, merge and delete tags.

Every operation goes through `AnnotationSession.apply`, so it is one store
transaction and one step on the window's undo stack. Questions to the user
(`ask_name`, `ask_colour`, `ask_target`, `confirm`) are methods, so tests
replace them instead of clicking through modal dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.annotations import AnnotationStoreError, Tag
from db.annotations.lookup import tag_use
from viewer.annotations.session import AnnotationSession
from viewer.error_text import error_text
from viewer.models.tags import TagTableModel


class TagManagerDialog(QDialog):
    """The tags of the annotation store with their use, and buttons to change them."""

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("TagManagerDialog")
        self.setWindowTitle(self.tr("Tags"))
        self.setAccessibleName(self.tr("Tags"))
        self.model = TagTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tags"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.rename_selected)

        self.new_button = QPushButton(self.tr("&New…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.colour_button = QPushButton(self.tr("&Colour…"), self)
        self.merge_button = QPushButton(self.tr("&Merge into…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.new_button.clicked.connect(self.create_tag)
        self.rename_button.clicked.connect(self.rename_selected)
        self.colour_button.clicked.connect(self.recolour_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QVBoxLayout()
        for button in (
            self.new_button,
            self.rename_button,
            self.colour_button,
            self.merge_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message = QLabel(self)
        self.message.setObjectName("TagManagerMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(460, 360)

        session.changed.connect(self.refresh)
        session.store_changed.connect(self.refresh)
        session.failed.connect(self._on_session_failed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # ----- questions (replaced in tests) ------------------------------------

    def ask_name(self, title: str, current: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Tag name:"), text=current)
        return text if ok else None

    def ask_colour(self, current: str | None) -> str | None:
        colour = QColorDialog.getColor(QColor(current or "#ffffff"), self, self.tr("Tag colour"))
        return colour.name() if colour.isValid() else None

    def ask_target(self, source: Tag, choices: list[Tag]) -> Tag | None:
        names = [t.name for t in choices]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge tags"),
            self.tr("Merge “{name}” into:").format(name=source.name),
            names,
            0,
            False,
        )
        return choices[names.index(name)] if ok and name in names else None

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Tags"), text)
        return answer == QMessageBox.StandardButton.Yes

    # ----- operations -------------------------------------------------------

    def selected_tag(self) -> Tag | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.tag(rows[0].row()) if rows else None

    def select_tag(self, tag_id: str) -> None:
        row = self.model.row_of(tag_id)
        if row >= 0:
            self.table.selectRow(row)

    def create_tag(self) -> None:
        name = self.ask_name(self.tr("New tag"))
        if name is None or not self._name_ok(name):
            return
        change = self.session.apply(lambda store: store.create_tag(name))
        if change is not None:
            self.select_tag(change.rows[0].id)
            self._say(self.tr("Created “{name}”.").format(name=" ".join(name.split())))

    def rename_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        name = self.ask_name(self.tr("Rename tag"), tag.name)
        if name is None or name == tag.name or not self._name_ok(name, tag.id):
            return
        if self.session.apply(lambda store: store.rename_tag(tag.id, name)):
            self.select_tag(tag.id)
            self._say(self.tr("Renamed “{old}”.").format(old=tag.name))

    def recolour_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        colour = self.ask_colour(tag.colour)
        if colour is None:
            return
        if self.session.apply(lambda store: store.set_tag_colour(tag.id, colour)):
            self.select_tag(tag.id)
            self._say(self.tr("“{name}” is now {colour}.").format(name=tag.name, colour=colour))

    def merge_selected(self) -> None:
        source = self.selected_tag()
        if source is None:
            return
        choices = [t for t in self.model.tags() if t.id != source.id]
        if not choices:
            self._say(self.tr("There is no other tag to merge into."))
            return
        target = self.ask_target(source, choices)
        if target is None:
            return
        if self.session.apply(lambda store: store.merge_tags(source.id, target.id)):
            self.select_tag(target.id)
            self._say(
                self.tr("Merged “{source}” into “{target}”.").format(
                    source=source.name, target=target.name
                )
            )

    def delete_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        uses = self.model.data(self.model.index(self.model.row_of(tag.id), 1)) or "0"
        text = self.tr(
            "Delete the tag “{name}” and remove it from {n} entries? (Undo brings it back.)",
            "",
            int(str(uses)) if str(uses).isdigit() else 0,
        )
        if not self.confirm(text.format(name=tag.name, n=uses)):
            return
        if self.session.apply(lambda store: store.delete_tag(tag.id)):
            self._say(self.tr("Deleted “{name}”.").format(name=tag.name))

    # ----- internals --------------------------------------------------------

    def _name_ok(self, name: str, own_id: str | None = None) -> bool:
        """Refuse empty and duplicate names here, with the reason, before the store does."""
        clean = " ".join(name.split())
        if not clean:
            self._say(self.tr("A tag needs a name."), error=True)
            return False
        for tag in self.model.tags():
            if tag.id != own_id and tag.name.casefold() == clean.casefold():
                self._say(
                    self.tr(
                        "A tag called “{name}” already exists. "
                        "Pick another name, or merge the tags."
                    ).format(name=tag.name),
                    error=True,
                )
                return False
        return True

    def refresh(self, _entities: object = None) -> None:
        """Reload the tags and their use (after any change, including undo)."""
        selected = self.selected_tag()
        store = self.session.store
        try:
            tags = store.tags() if store is not None else []
            counts = dict(tag_use(store)) if store is not None else {}
        except AnnotationStoreError as exc:
            self._say(error_text(exc), error=True)
            return
        self.model.set_tags(tags, {str(k): v for k, v in counts.items()})
        if selected is not None:
            self.select_tag(selected.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_tag = self.selected_tag() is not None
        ready = self.session.store is not None
        self.new_button.setEnabled(ready)
        for button in (self.rename_button, self.colour_button, self.delete_button):
            button.setEnabled(ready and has_tag)
        self.merge_button.setEnabled(ready and has_tag and self.model.rowCount() > 1)

    def _on_session_failed(self, exc: object) -> None:
        if self.isVisible():
            self._say(error_text(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: palette(highlight);" if not error else "color: #b00020;")
        self.message.setText(text)
