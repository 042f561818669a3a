"""The annotations of the person shown: list, entry chooser, tags, note editor.

It lists the notes, tags and corrections on the person and on their sentences,
quotes, events and sources. The entry chooser says which of those entries new
notes, tags and corrections attach to. Every edit goes through the session
(one undoable store transaction); the pane redraws when the session reports
that one of its entries changed.

Signals are listed on the class; dialogs are opened with `open()` (not exec)
and kept on attributes, so tests drive them like a person would.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.annotations import Annotation, AnnotationStoreError, Draft, EntityRef, Tag
from db.records import PersonRecord
from viewer.annotations.correction_dialog import CorrectionDialog
from viewer.annotations.delegate import AnnotationDelegate
from viewer.annotations.entries import Entry, record_entries
from viewer.annotations.history_dialog import HistoryDialog
from viewer.annotations.model import AnnotationListModel
from viewer.annotations.note_editor import NoteEditor
from viewer.annotations.render import AnnotationItem, local_time
from viewer.annotations.session import AnnotationSession
from viewer.annotations.tag_bar import TagBar
from viewer.models.roles import Role


class AnnotationsPane(QWidget):
    """Notes, tags and corrections of the person shown, and the tools to add them.

    Signals:
        message(str): a short status line for the window.
        corrections_changed(object): {(entity_type, entity_id): [Annotation]} of
            the live corrections on the person shown, for marking the record.
    """

    message = Signal(str)
    corrections_changed = Signal(object)

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnnotationsPane")
        # the record column may be squeezed like the record itself (its buttons then clip)
        self.setMinimumSize(120, 120)
        self.session = session
        self._record: PersonRecord | None = None
        self._entries: list[Entry] = []
        self._drafts: list[Draft] = []
        self.correction_dialog: CorrectionDialog | None = None
        self.history_dialog: HistoryDialog | None = None

        title = QLabel(self.tr("Annotations"), self)
        title.setStyleSheet("font-weight: 600")
        self.entry_chooser = QComboBox(self)
        self.entry_chooser.setObjectName("EntryChooser")
        self.entry_chooser.setAccessibleName(self.tr("Entry to annotate"))
        self.entry_chooser.setToolTip(self.tr("New notes, tags and corrections go to this entry"))
        self.entry_chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.entry_chooser.setMinimumContentsLength(20)
        self.entry_chooser.currentIndexChanged.connect(self._on_entry_chooser_changed)
        self.status = QLabel(self)
        self.status.setObjectName("AnnotationsStatus")
        self.status.setStyleSheet("color: #5f6368")
        self.status.setWordWrap(True)

        self.recovery_bar = QFrame(self)
        self.recovery_bar.setObjectName("DraftRecoveryBar")
        self.recovery_bar.setStyleSheet(
            "#DraftRecoveryBar { background: #fff4ce; border: 1px solid #e5c07b; }"
        )
        self.recovery_label = QLabel(self.recovery_bar)
        self.recovery_label.setWordWrap(True)
        self.recover_button = QPushButton(self.tr("Recover"), self.recovery_bar)
        self.recover_button.setObjectName("RecoverDraft")
        self.recover_button.clicked.connect(self.recover_draft)
        self.discard_draft_button = QPushButton(self.tr("Discard"), self.recovery_bar)
        self.discard_draft_button.setObjectName("DiscardDraft")
        self.discard_draft_button.clicked.connect(self.discard_draft)
        bar = QHBoxLayout(self.recovery_bar)
        bar.setContentsMargins(6, 3, 6, 3)
        bar.addWidget(self.recovery_label, 1)
        bar.addWidget(self.recover_button)
        bar.addWidget(self.discard_draft_button)
        self.recovery_bar.hide()

        self.model = AnnotationListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("AnnotationList")
        self.list_view.setAccessibleName(self.tr("Annotations"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(AnnotationDelegate(self.list_view))
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setMinimumHeight(80)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list_view.doubleClicked.connect(self.edit_selected)

        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setObjectName("EditAnnotation")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("DeleteAnnotation")
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("AnnotationHistory")
        self.history_button.clicked.connect(self.show_history)
        self.correct_button = QPushButton(self.tr("Propose correction…"), self)
        self.correct_button.setObjectName("ProposeCorrection")
        self.correct_button.clicked.connect(self.propose_correction)

        self.tag_bar = TagBar(session, self)
        self.tag_bar.message.connect(self.message)
        self.editor = NoteEditor(session, self)
        self.editor.message.connect(self.message)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.entry_chooser, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.recovery_bar)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.tag_bar)
        layout.addWidget(self.editor)

        session.changed.connect(self._on_session_changed)
        session.store_changed.connect(self._on_session_store_changed)
        self.refresh()

    # ----- what is shown ----------------------------------------------------

    def record(self) -> PersonRecord | None:
        return self._record

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def set_record(self, rec: PersonRecord | None) -> None:
        """Show the annotations of `rec`'s entries; offer drafts a crash left on them."""
        if rec is not None and self._record is not None and rec.id == self._record.id:
            self._record = rec
            self.refresh()
            return
        self.editor.flush()
        if self.editor.is_dirty() and self._record is not None:
            self.message.emit(
                self.tr("Your unsaved note on {name} is kept as a draft.").format(
                    name=self._record.display_name
                )
            )
        self._record = rec
        self._entries = record_entries(rec) if rec is not None else []
        self.entry_chooser.blockSignals(True)
        self.entry_chooser.clear()
        for entry in self._entries:
            self.entry_chooser.addItem(entry.label)
        self.entry_chooser.blockSignals(False)
        first = self.current_entry()
        self.editor.reset(self._ref(first), first.label if first else "")
        self.refresh()
        self._offer_drafts()

    def current_entry(self) -> Entry | None:
        row = self.entry_chooser.currentIndex()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def select_entry(self, entity_type: str, entity_id: str) -> bool:
        """Make the entry chooser point at this entry; False if the person has no such entry."""
        for row, entry in enumerate(self._entries):
            if (entry.entity_type, entry.entity_id) == (entity_type, entity_id):
                self.entry_chooser.setCurrentIndex(row)
                return True
        return False

    def selected(self) -> AnnotationItem | None:
        item = self.list_view.currentIndex().data(Role.RECORD)
        return item if isinstance(item, AnnotationItem) else None

    def select_annotation(self, annotation_id: str) -> bool:
        row = self.model.row_of(annotation_id)
        if row is None:
            return False
        self.list_view.setCurrentIndex(self.model.index(row, 0))
        return True

    def refresh(self) -> None:
        """Reread the annotations of the person's entries (well under a millisecond each)."""
        store, ready = self.session.store, self.session.is_ready()
        selected = self.selected()
        items: list[AnnotationItem] = []
        tags: list[Tag] = []
        current_links: list[Annotation] = []
        corrections: dict[tuple[str, str], list[Annotation]] = {}
        current = self._ref(self.current_entry())
        if store is not None and ready:
            try:
                tags = store.tags()
                by_id: dict[str, Tag] = {t.id: t for t in tags}
                for entry in self._entries:
                    ref = self._ref(entry)
                    assert ref is not None
                    for a in store.annotations_for(ref):
                        items.append(AnnotationItem(a, entry.label, by_id.get(a.tag_id or "")))
                        if a.kind == "tag" and ref == current:
                            current_links.append(a)
                        elif a.kind == "correction":
                            corrections.setdefault((a.entity_type, a.entity_id), []).append(a)
            except AnnotationStoreError as exc:
                self.message.emit(str(exc))
        self.model.set_items(items)
        if selected is not None:
            self.select_annotation(selected.annotation.id)
        self.tag_bar.show_tags(current, current_links, tags)
        self._show_status(len(items))
        self._update_buttons()
        self.corrections_changed.emit(corrections)

    # ----- editing ----------------------------------------------------------

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None or item.annotation.kind == "tag":
            self.message.emit(self.tr("Select a note or a correction to edit."))
            return
        a = item.annotation
        self.editor.edit_note(a.entity, a.id, a.body, item.entry_label)

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            self.message.emit(self.tr("Select an annotation to delete."))
            return
        annotation_id = item.annotation.id
        if self.session.apply(lambda s: s.delete(annotation_id)) is not None:
            self.message.emit(self.tr("Deleted (Undo brings it back)."))

    def show_history(self) -> QDialog | None:
        item = self.selected()
        store = self.session.store
        if item is None or store is None:
            self.message.emit(self.tr("Select an annotation to see its history."))
            return None
        try:
            entries = store.history(item.annotation.id)
            names: dict[str, str] = {t.id: t.name for t in store.tags(include_deleted=True)}
        except AnnotationStoreError as exc:
            self.message.emit(str(exc))
            return None
        title = self.tr("History — {what}").format(what=f"{item.kind_label()}, {item.entry_label}")
        self.history_dialog = HistoryDialog(title, entries, names, self)
        self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog.destroyed.connect(self._forget_history_dialog)
        self.history_dialog.open()
        return self.history_dialog

    def propose_correction(self) -> QDialog | None:
        entry = self.current_entry()
        if entry is None or not self.session.is_ready():
            self.message.emit(self.tr("Select a person first."))
            return None
        dialog = CorrectionDialog(entry, self)
        dialog.accepted.connect(lambda: self._on_correction_accepted(dialog))
        dialog.finished.connect(self._forget_correction_dialog)
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    # ----- drafts -----------------------------------------------------------

    def pending_drafts(self) -> list[Draft]:
        return list(self._drafts)

    def recover_draft(self) -> None:
        """Put the oldest draft left on this person's entries into the editor."""
        if not self._drafts:
            return
        draft = self._drafts.pop(0)
        self.select_entry(draft.entity_type, draft.entity_id)
        self.editor.recover(draft, self._label_of(draft.entity_type, draft.entity_id))
        self._show_recovery_bar()

    def discard_draft(self) -> None:
        if not self._drafts or self.session.store is None:
            return
        draft = self._drafts.pop(0)
        try:
            self.session.store.discard_draft(draft.key)
        except AnnotationStoreError as exc:
            self.message.emit(str(exc))
        self._show_recovery_bar()

    def _offer_drafts(self) -> None:
        store, archive_id = self.session.store, self.session.archive_id
        self._drafts = []
        if store is not None and archive_id is not None and self._entries:
            mine = {(e.entity_type, e.entity_id) for e in self._entries}
            try:
                drafts = store.drafts(archive_id)
            except AnnotationStoreError as exc:
                self.message.emit(str(exc))
                drafts = []
            self._drafts = [d for d in drafts if (d.entity_type, d.entity_id) in mine]
        self._show_recovery_bar()

    def _show_recovery_bar(self) -> None:
        if not self._drafts:
            self.recovery_bar.hide()
            return
        draft = self._drafts[0]
        more = len(self._drafts) - 1
        text = self.tr("An unsaved note on {entry} from {when} was kept: “{start}”").format(
            entry=self._label_of(draft.entity_type, draft.entity_id),
            when=local_time(draft.saved_at),
            start=" ".join(draft.body.split())[:60],
        )
        if more:
            text += " " + self.tr("(and {n} more)").format(n=more)
        self.recovery_label.setText(text)
        self.recovery_bar.show()

    # ----- internals --------------------------------------------------------

    def _ref(self, entry: Entry | None) -> EntityRef | None:
        if entry is None or not self.session.is_ready():
            return None
        return self.session.ref(entry.entity_type, entry.entity_id)

    def _label_of(self, entity_type: str, entity_id: str) -> str:
        for entry in self._entries:
            if (entry.entity_type, entry.entity_id) == (entity_type, entity_id):
                return entry.label
        return f"{entity_type} {entity_id}"

    def _show_status(self, count: int) -> None:
        if self.session.store is None:
            text = self.tr("Annotations are off: the annotation store could not be opened.")
        elif self.session.archive_id is None:
            text = self.tr("Open an archive to annotate it.")
        elif self._record is None:
            text = self.tr("Select a person to see and add notes.")
        elif count == 0:
            text = self.tr("No notes, tags or corrections on this person yet.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _update_buttons(self) -> None:
        item = self.selected()
        ready = self.session.is_ready() and self._record is not None
        self.entry_chooser.setEnabled(ready)
        self.edit_button.setEnabled(item is not None and item.annotation.kind != "tag")
        self.delete_button.setEnabled(item is not None)
        self.history_button.setEnabled(item is not None)
        self.correct_button.setEnabled(ready)

    def _on_correction_accepted(self, dialog: CorrectionDialog) -> None:
        ref = self._ref(dialog.entry)
        if ref is None:
            return
        field, proposed, original = dialog.field(), dialog.proposed_value(), dialog.original()
        reason = dialog.reason_text()
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Propose correction of {field}").format(field=field))
        try:
            change = self.session.apply(
                lambda s: s.propose_correction(ref, field, proposed, original=original)
            )
            if change is not None and reason:
                note = self.tr("Why *{field}* should be “{value}”: {reason}").format(
                    field=field, value=proposed, reason=reason
                )
                self.session.apply(lambda s: s.add_note(ref, note))
        finally:
            stack.endMacro()
        if change is None:  # nothing saved: drop the empty macro, the error was shown
            macro = stack.command(stack.index() - 1)
            if macro is not None:
                macro.setObsolete(True)
            stack.undo()
        else:
            self.message.emit(self.tr("Correction proposed; the archive is unchanged."))

    def _forget_correction_dialog(self) -> None:
        if self.correction_dialog is not None:
            self.correction_dialog.deleteLater()
        self.correction_dialog = None

    def _forget_history_dialog(self) -> None:
        self.history_dialog = None

    def _on_entry_chooser_changed(self, _row: int) -> None:
        entry = self.current_entry()
        self.editor.set_target(self._ref(entry), entry.label if entry else "")
        self.refresh()

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(Role.RECORD)
        if isinstance(item, AnnotationItem):
            a = item.annotation
            entry = self.current_entry()
            if entry is None or (entry.entity_type, entry.entity_id) != (
                a.entity_type,
                a.entity_id,
            ):
                self.select_entry(a.entity_type, a.entity_id)
        self._update_buttons()

    def _on_session_changed(self, refs: object) -> None:
        if not isinstance(refs, frozenset) or self._record is None:
            return
        mine = {self._ref(e) for e in self._entries}
        if not refs or refs & mine:  # no entries: a tag was renamed or recoloured
            self.refresh()

    def _on_session_store_changed(self) -> None:
        entry = self.current_entry()
        if self.editor.annotation_id() is None and not self.editor.is_dirty():
            self.editor.reset(self._ref(entry), entry.label if entry else "")
        self.refresh()
