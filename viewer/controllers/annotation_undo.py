"""Undo and redo of annotation edits, shown where they happen.

An edit is always made on the record shown, but Edit ▸ Undo (Ctrl+Z) reverts
the latest edit wherever it was: after moving on to another person, it took a
tag or a note off someone no longer shown, and nothing on screen changed. So
an undo or redo says in the status bar what it did and to whom, and when the
record shown is not among the people it concerns, that person's record comes
back (as a link's would: the filters give way if they leave them out). A
change about many people at once (an import, merging tags) only says how many.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from db.annotations import Change
from db.entries import people_of
from db.errors import KartotekaError
from db.records import NameScript, PersonId
from db.shown_names import person_names
from viewer.controllers.context import AppContext
from viewer.formatting import grouped
from viewer.tasks import Lane, WorkerContext

if TYPE_CHECKING:
    from db.connection import Archive
    from viewer.annotations.session import AnnotationSession
    from viewer.controllers.browse import BrowseController
    from viewer.controllers.record import RecordController

FOLLOW_AT_MOST = 2
"""A change about this many people or fewer is one record's edit (a relation names two)."""
PEOPLE_LIMIT_MS = 3_000
SETTLE_POLL_MS = 20
SETTLE_TICKS = 250
"""How long to wait for the list to follow the change (5 s) before showing the person anyway."""

_People = tuple[list[PersonId], dict[PersonId, str]]


def _people_job(
    archive: Archive, entries: set[tuple[str, str]], names: NameScript
) -> Callable[[WorkerContext], _People]:
    def job(context: WorkerContext) -> _People:
        db = context.archive(archive)
        with db.time_limit(PEOPLE_LIMIT_MS):
            people = sorted(people_of(db.db, entries))
            shown = person_names(db.db, people[:FOLLOW_AT_MOST], names)
        return people, {pid: name.text for pid, name in shown.items()}

    return job


class AnnotationUndoController(QObject):
    """Edit ▸ Undo/Redo of annotations; see the module docstring.

    Signals:
        message(str): what an undo or redo did, for the status bar.
        shown(): the people an undo or redo concerns were looked up (and shown).
    """

    message = Signal(str)
    shown = Signal()

    def __init__(
        self,
        context: AppContext,
        session: AnnotationSession,
        browse: BrowseController,
        record: RecordController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._session = session
        self._browse = browse
        self._record = record
        # the people an undo concerns, to show once the list settles
        self._follow: tuple[Archive, tuple[PersonId, ...], str] | None = None
        self._settle_ticks = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_POLL_MS)
        self._timer.timeout.connect(self._when_settled)

    def connect_actions(self, actions: Mapping[str, QAction]) -> None:
        actions["undo"].triggered.connect(self.undo)
        actions["redo"].triggered.connect(self.redo)

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        stack = self._session.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        what = stack.undoText() if undo else stack.redoText()
        changes: list[Change] = []
        self._session.applied.connect(changes.append)
        try:
            stack.undo() if undo else stack.redo()
        finally:
            self._session.applied.disconnect(changes.append)
        if not changes:
            return  # refused: the session said why (its `failed`)
        done = (self.tr("Undone: {action}") if undo else self.tr("Redone: {action}")).format(
            action=what
        )
        archive_id = self._session.archive_id
        entries = {
            (ref.entity_type, ref.entity_id)
            for change in changes
            for ref in change.entities
            if ref.archive_id == archive_id
        }
        archive = self._browse.archive()
        if archive is None or not entries:
            self.message.emit(done)
            self.shown.emit()
            return

        def on_done(result: _People) -> None:
            self._show(done, *result)

        def on_error(exc: KartotekaError) -> None:
            self.message.emit(done)
            self.shown.emit()

        self._context.tasks.run(
            _people_job(archive, entries, self._browse.state.names),
            key="annotation_undo",
            lane=Lane.RECORD,
            quiet=True,
            on_done=on_done,
            on_error=on_error,
        )

    def _show(self, done: str, people: list[PersonId], names: dict[PersonId, str]) -> None:
        if not people:
            self.message.emit(done)
        elif len(people) > FOLLOW_AT_MOST:
            text = self.tr("{done} ({count} person(s))", "", len(people))
            self.message.emit(text.format(done=done, count=grouped(len(people))))
        else:
            who = ", ".join(names.get(pid, pid) for pid in people)
            text = self.tr("{done} — {people}").format(done=done, people=who)
            if self._record.wanted() not in people:
                archive = self._browse.archive()
                if archive is None:
                    return
                self._follow = (archive, tuple(people), text)
                self._settle_ticks = 0
                self._when_settled()  # a tag filter's list first follows the change itself
                return
            self.message.emit(text)
        self.shown.emit()

    def _when_settled(self) -> None:
        """Go to the person once the list answers the change (tags undone move it too);
        deciding earlier cleared a tag filter that the undo had just put them back in."""
        if self._follow is None:
            return
        if not self._browse.settled() and self._settle_ticks < SETTLE_TICKS:
            self._settle_ticks += 1
            self._timer.start()
            return
        (archive, people, text), self._follow = self._follow, None
        if self._browse.archive() is not archive:
            return  # another archive meanwhile: the person is not in it
        if self._record.wanted() in people:
            pass  # shown meanwhile
        elif not self._browse.go_to_person(people[0]):
            text = " ".join(
                (text, self.tr("The search and filters were cleared to show this person."))
            )
        self.message.emit(text)
        self.shown.emit()
