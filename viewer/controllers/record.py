"""Record navigation: the record of the person selected, read off the GUI thread.

The record follows the view state's selection and nothing else, so the
record pane and the annotation target (both fed by `record_changed`) always
name the same person, and that person is in the list. A record is read on
the task runner's RECORD lane (its own connection: a slow list query never
holds it up) a moment after the selection settles, so holding an arrow key
in the list does not read every record on the way. When a new list no
longer holds the person shown, the record is cleared at once rather than
kept on screen until the next one is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from db.errors import KartotekaError
from db.person import get_person
from db.records import NameScript, PersonId, PersonRecord, PersonSummary
from db.shown_names import record_in_script
from db.summary import get_summary
from viewer.controllers.context import AppContext
from viewer.error_text import error_text
from viewer.tasks import Lane, WorkerContext
from viewer.view_state import ViewState

if TYPE_CHECKING:
    from viewer.controllers.browse import BrowseController

_Read = tuple[PersonId, PersonRecord | None, PersonSummary | None, NameScript]
"""A record read on the worker: whose, in which script, with its summary."""
RECORD_DELAY_MS = 30
RECORD_LIMIT_MS = 3_000


class RecordController(QObject):
    """The record to show; see the module docstring.

    Signals:
        record_changed(object, bool): the PersonRecord to show (None: nobody) and
            whether it is a new visit for the Back/Forward history.
        failed(str): the selected person's record could not be read; why.
    """

    record_changed = Signal(object, bool)
    failed = Signal(str)

    def __init__(
        self, context: AppContext, browse: BrowseController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._browse = browse
        self._wanted: PersonId | None = None
        self._shown: PersonRecord | None = None
        self._summary: PersonSummary | None = None
        self._names = browse.state.names  # the script the record shown names people in
        self._revisit: PersonId | None = None  # going Back/Forward to this person
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECORD_DELAY_MS)
        self._timer.timeout.connect(self._read)
        browse.state_changed.connect(self._on_browse_state_changed)

    def record(self) -> PersonRecord | None:
        """The record shown now."""
        return self._shown

    def summary(self) -> PersonSummary | None:
        """The summary of the record shown (total term, served, expected end, where held)."""
        return self._summary

    def wanted(self) -> PersonId | None:
        """The person whose record is shown or on its way."""
        return self._wanted

    def settled(self) -> bool:
        """Whether the record shown is the one the selection asks for (for tests and tools)."""
        shown = self._shown.id if self._shown is not None else None
        return (
            not self._timer.isActive()
            and not self._context.tasks.is_pending("record")
            and shown == self._wanted
        )

    def revisit(self, person_id: str) -> None:
        """Back/Forward: show this person again without a new history entry."""
        self._revisit = PersonId(person_id)
        self._browse.go_to_person(person_id)

    def clear(self) -> None:
        """Show nobody (another archive, Lock)."""
        self._timer.stop()
        self._context.tasks.cancel("record")
        self._wanted = None
        self._show(None)

    def reload(self) -> None:
        """Read the record shown again (its archive was reopened)."""
        if self._wanted is not None:
            self._timer.start()

    def _on_browse_state_changed(self, old: ViewState, new: ViewState) -> None:
        if new.names != self._names:
            self._names = new.names  # the same person, named in another script
            if new.selected == self._wanted and self._wanted is not None:
                self._shown = None
                self._timer.start()
                return
        if new.selected == self._wanted:
            return
        self._wanted = new.selected
        self._timer.stop()
        self._context.tasks.cancel("record")
        shown = self._shown
        if new.selected is None:
            self._show(None)
            return
        if new.listed != old.listed and shown is not None and shown.id != new.selected:
            self._show(None)  # not in the new list: never left on screen
        self._timer.start()

    def _read(self) -> None:
        person_id, archive, names = self._wanted, self._browse.archive(), self._names
        if person_id is None or archive is None:
            return
        if self._shown is not None and self._shown.id == person_id:
            self._revisit = None
            return

        def job(context: WorkerContext) -> _Read:
            worker = context.archive(archive)
            with worker.time_limit(RECORD_LIMIT_MS):
                record = get_person(worker.db, person_id)
                if record is None:
                    return person_id, None, None, names
                summary = get_summary(worker.db, person_id)
                return person_id, record_in_script(worker.db, record, names), summary, names

        self._context.tasks.run(
            job,
            key="record",
            lane=Lane.RECORD,
            quiet=True,
            on_done=self._on_read,
            on_error=self._on_failed,
        )

    def _on_read(self, result: _Read) -> None:
        person_id, record, summary, names = result
        if person_id != self._wanted or names != self._names:
            return
        if record is None:
            self._show(None)
            self.failed.emit(self.tr("This person is not in the archive."))
            return
        self._summary = summary
        self._show(record)

    def _on_failed(self, exc: KartotekaError) -> None:
        self._show(None)
        self.failed.emit(error_text(exc))

    def _show(self, record: PersonRecord | None) -> None:
        push = record is not None and record.id != self._revisit
        if record is not None and record.id == self._revisit:
            self._revisit = None
        self._shown = record
        if record is None:
            self._summary = None
        self.record_changed.emit(record, push)
