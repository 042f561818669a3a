"""The annotations of the person shown: list, entry chooser, tags, note editor.

It lists the notes, tags and corrections on the person and on their sentences,
quotes, events and sources. The entry chooser says which of those entries new
notes, tags and corrections attach to. Every edit goes through the session
(one undoable store transaction).

Loading a person's annotations can take long (150 ms for 10,000 of them), so
it runs on the task runner's RECORD lane (a read-only reader of the store)
and arrives in its callback; a newer load or another person shown makes older
results stale. Showing another person empties the list at once, so another
person's annotations are never on screen, and says "Loading…" only when the
load takes long. An edit shows at once from the rows of its `Change`
(`session.applied`), then the entries are reread in the background.

Signals are listed on the class; dialogs are opened with `open()` (not exec)
and kept on attributes, so tests drive them like a person would.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
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

from db.annotations import (
    Annotation,
    AnnotationStoreError,
    Change,
    Draft,
    EntityRef,
    StoreReader,
    Tag,
)
from db.annotations.store import annotation_from_row, tag_from_row
from db.errors import KartotekaError
from db.records import PersonRecord
from viewer.annotations.correction_dialog import CorrectionDialog
from viewer.annotations.corrections import ProposedCorrection, with_reasons
from viewer.annotations.delegate import AnnotationDelegate
from viewer.annotations.entries import Entry, record_entries
from viewer.annotations.history_dialog import HistoryDialog
from viewer.annotations.model import AnnotationListModel
from viewer.annotations.note_editor import NoteEditor, ParkedNote
from viewer.annotations.render import AnnotationItem, local_time
from viewer.annotations.session import AnnotationSession
from viewer.annotations.tag_bar import TagBar
from viewer.error_text import error_text
from viewer.models.roles import Role
from viewer.tasks import Lane, TaskRunner
from viewer.widgets.flow_layout import FlowLayout

LOAD_KIND = "annotations"
"""The task key of this pane's loads (a newer one makes older ones stale)."""
LOADING_AFTER_MS = 250
"""A load that takes longer than this says "Loading…"; quicker ones show nothing."""
LAYOUT_BATCH = 50
"""Rows the list lays out per event-loop turn (each needs a rich-text document)."""
LIST_MIN_HEIGHT = 56
"""About two short notes: the list scrolls, and gives way first when the window is short."""


class NotesListView(QListView):
    """The list of notes, asking only for its least height: the scroll area around the pane
    sizes it by its preferred height for the width, and Qt's 192 px hint of a list made the
    pane taller than the room the window gave it (the note editor scrolled away, the record
    squeezed). The list still takes any room left over (its stretch)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), LIST_MIN_HEIGHT)


Key = tuple[int, str | None, tuple[tuple[str, str], ...]]
"""What a load is for: the store (its id), the archive identity, the person's entries."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """The result of one load on the worker: the annotations of the entries, and the tags."""

    key: Key
    annotations: list[Annotation]
    tags: list[Tag]


def load(reader: StoreReader, key: Key, refs: list[EntityRef]) -> Loaded:
    """Read the annotations of `refs`, in entry order, and every live tag (worker thread)."""
    annotations = [a for ref in refs for a in reader.annotations_for(ref)]
    return Loaded(key, annotations, reader.tags())


class AnnotationsPane(QWidget):
    """Notes, tags and corrections of the person shown, and the tools to add them.

    Signals:
        message(str): a short status line for the window.
        entry_chosen(str, str): the entry new annotations go to now (type, id), chosen
            in the entry chooser.
        corrections_changed(object): {(entity_type, entity_id): [ProposedCorrection]}
            of the live corrections on the person shown, newest first, with their
            reasons (or, for old ones, the reason notes saved beside them), for
            marking the record.
    """

    message = Signal(str)
    corrections_changed = Signal(object)
    entry_chosen = Signal(str, str)

    def __init__(
        self, session: AnnotationSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AnnotationsPane")
        # the record column may be squeezed sideways like the record itself (its buttons
        # then clip); the height never goes below the layout's minimum, so in a short
        # window the splitter takes room from the record (which scrolls) or the list,
        # never from the note editor
        self.setMinimumWidth(120)
        self.session = session
        self._tasks = tasks
        self._parked: ParkedNote | None = None  # a note from before Lock, waiting for its entry
        self._record: PersonRecord | None = None
        self._annotations: list[Annotation] = []  # of the entries `_shown_for` names
        self._tags: list[Tag] = []
        self._shown_for: Key | None = None
        self._loading = False  # a load is under way
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_AFTER_MS)
        self._loading_timer.timeout.connect(self._on_loading_timer_timeout)
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
        self.status.setStyleSheet("color: palette(placeholder-text)")
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
        self.list_view = NotesListView(self)
        self.list_view.setObjectName("AnnotationList")
        self.list_view.setAccessibleName(self.tr("Annotations"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(AnnotationDelegate(self.list_view))
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.setUniformItemSizes(False)
        # rows are rich text of varying height: lay them out a batch per event-loop
        # turn, so a person with thousands of notes never blocks the window
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setBatchSize(LAYOUT_BATCH)
        self.list_view.setMinimumHeight(LIST_MIN_HEIGHT)
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
        buttons = FlowLayout(spacing=4)  # wraps in a narrow pane or a longer language
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.history_button)
        buttons.add_stretch()
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

        session.applied.connect(self._on_session_applied)
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
            self._relabel(record_entries(rec))
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
        self._resume_parked()

    def _relabel(self, entries: list[Entry]) -> None:
        """The same person again, perhaps named in another script (View ▸ Show names in):
        the chooser and the editor's heading say the name the record shows, and what is
        typed stays (they kept the name of the script shown before)."""
        keys = [(e.entity_type, e.entity_id) for e in entries]
        if keys != [(e.entity_type, e.entity_id) for e in self._entries]:
            return  # other entries: kept as they are until another person is shown
        self._entries = entries
        for row, entry in enumerate(entries):
            self.entry_chooser.setItemText(row, entry.label)
        current = self.current_entry()
        if current is not None:
            self.editor.relabel(current.label)

    def resume_when_shown(self, parked: ParkedNote) -> None:
        """Put a note typed before Lock back into the editor once its entry is shown."""
        self._parked = parked
        self._resume_parked()

    def parked(self) -> ParkedNote | None:
        """A note from before Lock still waiting for its entry to be shown."""
        return self._parked

    def _resume_parked(self) -> None:
        parked = self._parked
        if parked is None or not self.session.is_ready():
            return
        target = parked.target
        if not self.select_entry(target.entity_type, target.entity_id):
            return  # its person is not shown (yet)
        entry = self.current_entry()
        if self.editor.resume(parked, entry.label if entry is not None else target.entity_id):
            self._parked = None
            self.message.emit(self.tr("Your unsaved note is back in the editor."))

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

    def is_loading(self) -> bool:
        """Whether a load of the entries shown is still under way on the worker."""
        return self._loading

    def refresh(self) -> None:
        """Reread the annotations of the person's entries on the worker thread.

        What is shown stays until the result arrives if it belongs to the same
        entries; otherwise the list empties at once.
        """
        store, key = self.session.store, self._key()
        if key != self._shown_for:
            self._annotations, self._shown_for = [], key
        if store is None or not self.session.is_ready():
            self._cancel_load()
            self._tags = []
            self._show()
            return
        refs = [ref for ref in map(self._ref, self._entries) if ref is not None]
        self._loading = True
        self._tasks.run(
            lambda context: load(context.reader(store), key, refs),
            key=LOAD_KIND,
            lane=Lane.RECORD,
            quiet=True,
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )
        if not self._loading_timer.isActive():
            self._loading_timer.start()
        self._show()

    def _show(self) -> None:
        """Fill the list, the tag bar and the corrections from what was loaded (no store reads)."""
        ready = self.session.store is not None and self.session.is_ready()
        tags = self._tags if ready else []
        selected = self.selected()
        items: list[AnnotationItem] = []
        current_links: list[Annotation] = []
        annotated: dict[tuple[str, str], list[Annotation]] = {}  # corrections and notes
        current = self._ref(self.current_entry())
        by_id: dict[str, Tag] = {t.id: t for t in tags}
        labels = {(e.entity_type, e.entity_id): e.label for e in self._entries}
        for a in self._annotations if ready else []:
            label = labels.get((a.entity_type, a.entity_id), "")
            items.append(AnnotationItem(a, label, by_id.get(a.tag_id or "")))
            if a.kind == "tag" and a.entity == current:
                current_links.append(a)
            elif a.kind != "tag":
                annotated.setdefault((a.entity_type, a.entity_id), []).append(a)
        self.model.set_items(items)
        # an empty list box would push the note editor below the fold; the status says "No notes"
        self.list_view.setVisible(bool(items))
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setVisible(bool(items))  # they act on a note of the list
        if selected is not None:
            self.select_annotation(selected.annotation.id)
        self.tag_bar.show_tags(current, current_links, tags)
        self._show_status(len(items))
        self._update_buttons()
        corrections: dict[tuple[str, str], list[ProposedCorrection]] = {}
        for key, group in annotated.items():
            # old reason notes are parsed only where a correction has no reason of its own
            if any(a.kind == "correction" for a in group) and (found := with_reasons(group)):
                corrections[key] = found
        self.corrections_changed.emit(corrections)

    def _key(self) -> Key:
        entries = tuple((e.entity_type, e.entity_id) for e in self._entries)
        return (id(self.session.store), self.session.archive_id, entries)

    def _cancel_load(self) -> None:
        if self._loading:
            self._tasks.cancel(LOAD_KIND)
        self._loading = False
        self._loading_timer.stop()

    def _on_loaded(self, result: Loaded) -> None:
        self._loading = False
        self._loading_timer.stop()
        if result.key != self._key():
            return  # loaded for entries no longer shown
        self._annotations, self._tags, self._shown_for = result.annotations, result.tags, result.key
        self._show()

    def _on_load_failed(self, exc: KartotekaError) -> None:
        self.message.emit(error_text(exc))
        self._loading = False
        self._loading_timer.stop()
        self._show()

    def _on_loading_timer_timeout(self) -> None:
        if self.is_loading():
            self._show_status(len(self._annotations))

    def _apply_change(self, change: Change) -> bool:
        """Put the rows of `change` into what is shown; True if any concerned this pane."""
        mine = {(e.entity_type, e.entity_id): n for n, e in enumerate(self._entries)}
        touched = False
        for row in change.rows:
            if row.table == "tags":
                tag = tag_from_row(row.after)
                self._tags = [t for t in self._tags if t.id != tag.id]
                if not tag.deleted:
                    self._tags.append(tag)
                    self._tags.sort(key=lambda t: (t.name.casefold(), t.id))
                touched = True
                continue
            a = annotation_from_row(row.after)
            if a.archive_id != self.session.archive_id or (a.entity_type, a.entity_id) not in mine:
                continue
            self._annotations = [x for x in self._annotations if x.id != a.id]
            if not a.deleted:
                self._annotations.append(a)
            touched = True
        if touched:
            self._annotations.sort(
                key=lambda x: (mine.get((x.entity_type, x.entity_id), 0), x.created_at, x.id)
            )
        return touched

    # ----- editing ----------------------------------------------------------

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None or item.annotation.kind == "tag":
            self.message.emit(self.tr("Select a note or a correction to edit."))
            return
        a = item.annotation
        if a.kind == "correction":
            self.edit_correction(a)
            return
        self.editor.edit_note(a.entity, a.id, a.body, item.entry_label, a.date)

    def edit_correction(self, correction: Annotation) -> QDialog | None:
        """Change a correction's proposed value and reason, in the correction dialog."""
        key = (correction.entity_type, correction.entity_id)
        entry = next((e for e in self._entries if (e.entity_type, e.entity_id) == key), None)
        if entry is None or not self.session.is_ready():
            self.message.emit(self.tr("Select a note or a correction to edit."))
            return None
        group = [a for a in self._annotations if (a.entity_type, a.entity_id) == key]
        found = (p for p in with_reasons(group) if p.annotation.id == correction.id)
        reason = next((p.reason for p in found), correction.reason or "")
        dialog = CorrectionDialog(entry, self, editing=correction, reason=reason)
        dialog.accepted.connect(lambda: self._on_correction_edited(dialog, reason))
        dialog.finished.connect(self._forget_correction_dialog)
        self.correction_dialog = dialog
        dialog.open()
        return dialog

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
            self.message.emit(error_text(exc))
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
            self.message.emit(error_text(exc))
        self._show_recovery_bar()

    def _offer_drafts(self) -> None:
        store, archive_id = self.session.store, self.session.archive_id
        self._drafts = []
        if store is not None and archive_id is not None and self._entries:
            mine = {(e.entity_type, e.entity_id) for e in self._entries}
            try:
                drafts = store.drafts(archive_id)
            except AnnotationStoreError as exc:
                self.message.emit(error_text(exc))
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
            text = self.session.off_reason()  # locked (encrypted) or could not be opened
        elif self.session.archive_id is None:
            text = self.tr("Open an archive to annotate it.")
        elif self._record is None:
            text = self.tr("Select a person to see and add notes.")
        elif count == 0 and self.is_loading():
            # quiet while a quick load runs; a slow one says so
            text = "" if self._loading_timer.isActive() else self.tr("Loading…")
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
        change = self.session.apply(  # the reason is part of the correction: one undo step
            lambda s: s.propose_correction(ref, field, proposed, original=original, reason=reason)
        )
        if change is not None:  # otherwise the error was shown
            self.message.emit(self.tr("Correction proposed; the archive is unchanged."))

    def _on_correction_edited(self, dialog: CorrectionDialog, shown_reason: str) -> None:
        correction = dialog.editing
        if correction is None:
            return
        proposed, reason = dialog.proposed_value(), dialog.reason_text()
        if proposed == correction.body and reason == shown_reason:
            return  # nothing changed: no empty undo step
        change = self.session.apply(lambda s: s.edit(correction.id, proposed, reason=reason))
        if change is not None:
            self.message.emit(self.tr("Correction changed; the archive is unchanged."))

    def _forget_correction_dialog(self) -> None:
        if self.correction_dialog is not None:
            self.correction_dialog.deleteLater()
        self.correction_dialog = None

    def _forget_history_dialog(self) -> None:
        self.history_dialog = None

    def _on_entry_chooser_changed(self, _row: int) -> None:
        entry = self.current_entry()
        self.editor.set_target(self._ref(entry), entry.label if entry else "")
        self._show()  # the tag bar follows the entry; nothing to reread
        if entry is not None:
            self.entry_chosen.emit(entry.entity_type, entry.entity_id)

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

    def _on_session_applied(self, change: object) -> None:
        """An edit, undo or redo: show its rows now, then reread in the background."""
        if not isinstance(change, Change) or self._record is None:
            return
        if self._apply_change(change):
            self._show()
            self.refresh()

    def _on_session_store_changed(self) -> None:
        entry = self.current_entry()
        if self.editor.annotation_id() is None and not self.editor.is_dirty():
            self.editor.reset(self._ref(entry), entry.label if entry else "")
        self.refresh()
