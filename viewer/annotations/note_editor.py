"""Typing a note: autosaved as a draft while typing, committed by Save.

Why drafts: a crash (or a power cut) must never cost more than the last second
of typing, so the text goes to the store's drafts table about a second after
the last keystroke. Save commits the note and removes its draft in the same
transaction. If Save fails (disk full, read-only medium, store locked) the
text stays here, and the next Save tries again. The optional date says what
day (or month, or year) a note is about; dated notes go on the timeline. The
draft keeps the date as typed too (even half-typed), and recovering it brings
both back. Lock parks the text as a draft (`park`) before the store closes,
and unlocking brings it back (`resume`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.annotations import AnnotationInputError, AnnotationStoreError, Change, Draft, EntityRef
from db.annotations.store import note_date
from viewer.annotations.session import AnnotationSession
from viewer.error_text import error_text

DRAFT_DELAY_MS = 1000
TEXT_HEIGHT = 76
"""The note box: about four lines."""
TEXT_MIN_HEIGHT = 44
"""The note box in a short window: two lines, so the buttons below stay in view."""


@dataclass(frozen=True, slots=True)
class ParkedNote:
    """Typed text put away while the window is locked (see `NoteEditor.park`).

    Normally `draft_key` only: the text is a draft in the store. `text` (and
    `date`, as typed) are set only when saving that draft failed.
    """

    target: EntityRef
    annotation_id: str | None
    draft_key: str | None
    text: str | None
    date: str | None = None


class NoteEditor(QWidget):
    """A plain-text editor for one note, new (on `target`) or existing (`annotation_id`).

    Signals:
        saved(object): the Change that committed the note.
        message(str): a short status line for the window.
    """

    saved = Signal(object)
    message = Signal(str)

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteEditor")
        self._session = session
        self._target: EntityRef | None = None
        self._annotation_id: str | None = None
        self._draft_key: str | None = None
        self._loading = False
        self._new_label = ""

        self.heading = QLabel(self)
        self.heading.setObjectName("NoteEditorHeading")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("NoteText")
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setPlaceholderText(
            self.tr("Type a note… (*italic*, **bold**, “- ” for a list; Ctrl+Enter saves)")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(TEXT_HEIGHT)  # about four lines; the list above gets the room
        self.text.textChanged.connect(self._on_text_changed)
        self.text.installEventFilter(self)
        self.date = QLineEdit(self)
        self.date.setObjectName("NoteDate")
        self.date.setAccessibleName(self.tr("Date the note is about"))
        self.date.setPlaceholderText(self.tr("Date (optional)"))
        self.date.setToolTip(
            self.tr(
                "The day, month or year the note is about: 2024-05-03, 2024-05 or 2024 "
                "(~2024 for about 2024). Dated notes appear on the timeline; leave it "
                "empty for a note without a date."
            )
        )
        self.date.setClearButtonEnabled(True)
        self.date.setMaximumWidth(170)
        self.date.textEdited.connect(self._on_date_edited)
        self.date.returnPressed.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("NoteStatus")
        self.status.setStyleSheet("color: palette(placeholder-text)")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("SaveNote")
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("CancelNote")
        self.cancel_button.setToolTip(self.tr("Stop editing and throw the text away"))
        self.cancel_button.clicked.connect(self.cancel)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.date)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)
        self._update()

    # ----- state ------------------------------------------------------------

    def is_short(self) -> bool:
        return self.text.minimumHeight() == TEXT_MIN_HEIGHT

    def set_short(self, short: bool) -> None:
        """Two lines instead of four, in a window too short for both the record and the
        whole editor: its buttons stay in view (viewer.window_layout decides)."""
        self.text.setFixedHeight(TEXT_MIN_HEIGHT if short else TEXT_HEIGHT)

    def target(self) -> EntityRef | None:
        return self._target

    def annotation_id(self) -> str | None:
        """The note being edited; None while writing a new one."""
        return self._annotation_id

    def is_dirty(self) -> bool:
        """Whether there is typed text that is not committed as a note."""
        return bool(self.text.toPlainText().strip())

    def set_target(self, ref: EntityRef | None, label: str = "") -> None:
        """New notes go to `ref`; typed text moves along (and so does its draft)."""
        if self._annotation_id is not None:
            return  # editing an existing note: it stays on its own entry
        if ref == self._target:
            self._set_heading(label)
            return
        old_key = self._draft_key
        self._target = ref
        self._draft_key = None
        self._set_heading(label)
        if ref is not None and self.is_dirty():
            self.save_draft_now()
            if self._draft_key is not None and old_key is not None and old_key != self._draft_key:
                self._discard(old_key)
        self._update()

    def edit_note(
        self,
        ref: EntityRef,
        annotation_id: str,
        body: str,
        label: str,
        date: str | None = None,
        *,
        can_date: bool = True,
    ) -> None:
        """Edit an existing note (or a correction's proposed value, which has no date)."""
        self.flush()
        self._annotation_id = annotation_id
        self._target = ref
        self._draft_key = None
        self._set_heading(self.tr("Editing a note on {entry}").format(entry=label), plain=True)
        self._load(body)
        self.date.setText(date or "")
        self.date.setVisible(can_date)
        self.text.setFocus()

    def recover(self, draft: Draft, label: str) -> None:
        """Put a draft left by a crash back into the editor."""
        self._annotation_id = draft.annotation_id
        self._target = EntityRef(draft.archive_id, draft.entity_type, draft.entity_id)
        self._draft_key = draft.key
        if draft.annotation_id is not None:
            self._set_heading(self.tr("Editing a note on {entry}").format(entry=label), plain=True)
        else:
            self._set_heading(label)
        self._load(draft.body)
        self.date.setText(draft.date or "")  # as typed, checked on Save
        self.date.setVisible(True)
        self._mark_date(valid=True)
        self.status.setText(self.tr("Recovered draft — not saved yet"))
        self.text.setFocus()

    def reset(self, ref: EntityRef | None = None, label: str = "") -> None:
        """An empty editor for a new note on `ref` (any draft stays in the store)."""
        self._draft_timer.stop()
        self._annotation_id = None
        self._target = ref
        self._draft_key = None
        self._set_heading(label)
        self._load("")
        self.date.clear()
        self.date.setVisible(True)
        self._mark_date(valid=True)
        self.status.clear()

    def relabel(self, label: str) -> None:
        """The entry's label changed (its name shown in another script): the heading of a
        new note says it; the text typed and the note being edited stay."""
        self._new_label = label
        if self._annotation_id is None:
            self._set_heading(label)

    def flush(self) -> None:
        """Write a pending draft now (before the editor changes what it shows)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft_now()

    # ----- saving -----------------------------------------------------------

    def save_draft_now(self) -> bool:
        """Keep the typed text in the store's drafts (not undoable, not a note yet).

        Returns whether the text is now in the store.
        """
        self._draft_timer.stop()
        store, ref = self._session.store, self._target
        if store is None or ref is None or not self.is_dirty():
            return False
        try:
            draft = store.save_draft(
                ref,
                self.text.toPlainText(),
                annotation_id=self._annotation_id,
                date=self.date.text() if not self.date.isHidden() else None,
            )
        except AnnotationStoreError as exc:
            self.status.setText(self.tr("Draft not saved"))
            self.status.setToolTip(error_text(exc))
            return False
        self._draft_key = draft.key
        self.status.setText(self.tr("Draft kept"))
        self.status.setToolTip("")
        return True

    # ----- lock -------------------------------------------------------------

    def park(self) -> ParkedNote | None:
        """Put the typed text away before Lock closes the store, and empty the editor.

        The text goes into the (encrypted) store as a draft, so only its key
        stays in memory; if that save fails the text itself is kept in
        memory instead, so nothing typed is ever lost. None: nothing typed.
        """
        self._draft_timer.stop()
        target = self._target
        if target is None or not self.is_dirty():
            self.reset(None)
            return None
        saved = self.save_draft_now()
        parked = ParkedNote(
            target,
            self._annotation_id,
            self._draft_key if saved else None,
            None if saved else self.text.toPlainText(),
            None if saved else self.date.text(),
        )
        self.reset(None)
        return parked

    def resume(self, parked: ParkedNote, label: str) -> bool:
        """Bring back the text `park()` put away, once the store is open again.

        Returns False when neither its draft nor its text is at hand (the
        store is still locked): the draft then waits in the store.
        """
        store = self._session.store
        drafts: list[Draft] = []
        if store is not None and parked.draft_key is not None:
            try:
                drafts = store.drafts(parked.target.archive_id)
            except AnnotationStoreError as exc:
                self.message.emit(error_text(exc))
        draft = next((d for d in drafts if d.key == parked.draft_key), None)
        if draft is not None:
            self.recover(draft, label)
        elif parked.text is not None:
            self._annotation_id = parked.annotation_id
            self._target = parked.target
            self._draft_key = None
            if parked.annotation_id is not None:
                heading = self.tr("Editing a note on {entry}").format(entry=label)
                self._set_heading(heading, plain=True)
            else:
                self._set_heading(label)
            self._load(parked.text)
            self.date.setText(parked.date or "")
            self.save_draft_now()  # the store is back: keep it there again
        else:
            return False
        self.status.setText(self.tr("Kept while locked — not saved yet"))
        self.text.setFocus()
        return True

    def save(self) -> Change | None:
        """Commit the note; on failure the text stays for a later Save."""
        ref, body = self._target, self.text.toPlainText()
        if ref is None:
            self.message.emit(self.tr("Select a person first."))
            return None
        if not body.strip():
            self.message.emit(self.tr("Type a note first."))
            return None
        try:
            date = note_date(self.date.text()) if not self.date.isHidden() else None
        except AnnotationInputError as exc:
            self._mark_date(valid=False)
            self.status.setText(self.tr("Not saved — the date is not a date"))
            self.status.setToolTip(error_text(exc))
            self.message.emit(error_text(exc))
            self.date.setFocus()
            return None
        self._draft_timer.stop()
        key, annotation_id = self._draft_key, self._annotation_id
        if annotation_id is None:
            change = self._session.apply(lambda s: s.add_note(ref, body, date=date, draft_key=key))
        elif not self.date.isHidden():
            change = self._session.apply(
                lambda s: s.edit(annotation_id, body, date=date, draft_key=key)
            )
        else:
            change = self._session.apply(lambda s: s.edit(annotation_id, body, draft_key=key))
        if change is None:
            self.status.setText(self.tr("Not saved — your text is still here"))
            return None
        self.reset(ref, self._new_label)
        self.status.setText(self.tr("Saved"))
        self.saved.emit(change)
        return change

    def cancel(self) -> None:
        """Throw the typed text (and its draft) away."""
        self._draft_timer.stop()
        if self._draft_key is not None:
            self._discard(self._draft_key)
        self.reset(self._target if self._annotation_id is None else None, self._new_label)
        self._update()

    # ----- internals --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the text saves (a local key, so it never clashes with the menus)."""
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save()
                return True
        return super().eventFilter(watched, event)

    def _set_heading(self, label: str, *, plain: bool = False) -> None:
        if plain:
            self.heading.setText(label)
            return
        self._new_label = label
        self.heading.setText(self.tr("New note on {entry}").format(entry=label) if label else "")

    def _discard(self, key: str) -> None:
        store = self._session.store
        if store is None:
            return
        try:
            store.discard_draft(key)
        except AnnotationStoreError as exc:
            self.message.emit(error_text(exc))

    def _load(self, body: str) -> None:
        self._loading = True
        try:
            self.text.setPlainText(body)
            self.text.moveCursor(QTextCursor.MoveOperation.End)  # go on typing where it ended
        finally:
            self._loading = False
        self._update()

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.status.setText(self.tr("Typing…") if self.is_dirty() else "")
            self._draft_timer.start()
        self._update()

    def _on_date_edited(self, _text: str) -> None:
        self._mark_date(valid=True)  # judged again on Save
        if self.is_dirty():
            self._draft_timer.start()  # the draft keeps the date as typed
        self._update()

    def _mark_date(self, *, valid: bool) -> None:
        """A red frame on a date that Save refused, until it is edited."""
        self.date.setStyleSheet("" if valid else "QLineEdit { border: 1px solid #c01c28; }")

    def _update(self) -> None:
        ready = self._session.is_ready() and self._target is not None
        self.text.setEnabled(ready)
        self.date.setEnabled(ready)
        self.save_button.setEnabled(ready and self.is_dirty())
        self.cancel_button.setEnabled(self.is_dirty() or self._annotation_id is not None)
