"""The timeline pane: the time axis, its toolbar, and its reads on the task runner.

Every read runs on the task runner's TIMELINE lane (its own connection, so
a slow list query never holds the timeline up, and back): the day counts
of the filter, the items of the visible window, the highlighted person's
items, the dated notes. Each is a keyed request; a newer one makes older
results stale (dropped) and interrupts a stale query still running.

Dated notes come from the window's annotation store (`set_annotations`).
With no filter they are read on the GUI thread, where the store's connection
lives: where notes begin, once per change (one pass over an index), and the
notes of the visible window once few enough are visible (at most
NOTES_LIMIT). The worker then finds the people each note's entry concerns,
so a click on a note selects its person as a click on an event does.

While the list is filtered (facets, search, tags), the Notes lane shows only
the notes on entries of people the filter keeps. That needs the store and
the archive together, so all of it runs on the worker, which then also holds
a read-only reader of the store: a `DatedNoteIndex` of every dated note and
its people, built once per store change, a `NoteSelection` per filter, and
from it each visible window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from db.annotations import (
    AnnotationStore,
    AnnotationStoreError,
    DatedNote,
    StoreReader,
)
from db.annotations.note_filter import DatedNoteIndex, NoteSelection
from db.connection import Archive
from db.entries import people_of_entries, person_names
from db.errors import KartotekaError
from db.people import people_filter
from db.records import PeopleQuery, PersonId, TimelineItem
from db.shown_rows import items_in_script
from db.timeline import (
    TimelineDays,
    iso_of_day,
    timeline_items,
    timeline_overview,
)
from viewer.annotations.render import plain_text
from viewer.error_text import error_text
from viewer.formatting import grouped
from viewer.tasks import Lane, TaskRunner, WorkerContext
from viewer.timeline_labels import worded
from viewer.widgets.timeline_view import NOTES_LANE, TimelineView, note_label

if TYPE_CHECKING:
    from viewer.annotations.session import AnnotationSession

LOAD_LIMIT_MS = 60_000  # counts for the whole filter; big archives need a while
ITEMS_LIMIT_MS = 10_000
WINDOW_LIMIT_MS = 60_000
"""A window's items in an archive without the interval index (db.timeline_spans) take
20-50 s at 1-3M people; the read shows "Reading…" and stops when the view moves on."""
ITEMS_LIMIT = 3000  # items fetched for one window in marker mode
HIGHLIGHT_LIMIT = 2000
NOTES_LIMIT = 3000  # notes fetched for one window (the view asks when at most 400 are visible)
ITEMS_DELAY_MS = 60  # wait for zooming/panning to settle before fetching items
KEYS = ("timeline.load", "timeline.items", "timeline.highlight", "timeline.notes", "timeline.days")
"""The task runner keys of the pane's reads."""

Job = Callable[[Archive], Any]
StoreJob = Callable[[Archive, StoreReader], Any]


def _load_job(query: PeopleQuery) -> Job:
    def job(archive: Archive) -> tuple[tuple[str, str] | None, TimelineDays | None]:
        with archive.time_limit(LOAD_LIMIT_MS):
            return timeline_overview(archive.db, query)

    return job


def _items_job(query: PeopleQuery, start: str, end: str, limit: int) -> Job:
    def job(archive: Archive) -> tuple[str, str, list[TimelineItem], bool]:
        with archive.time_limit(WINDOW_LIMIT_MS):
            items = timeline_items(archive.db, query, start=start, end=end, limit=limit)
            named = items_in_script(archive.db, items, query.names)  # View ▸ Show names in
        return start, end, named, len(items) < limit

    return job


NotePeople = tuple[list[DatedNote], dict[tuple[str, str], frozenset[PersonId]], dict[PersonId, str]]


def _note_people(archive: Archive, notes: list[DatedNote]) -> NotePeople:
    """The notes, the people each note's entry concerns, and their names (for tooltips)."""
    entries = {(n.entity.entity_type, n.entity.entity_id) for n in notes}
    with archive.time_limit(ITEMS_LIMIT_MS):
        people = people_of_entries(archive.db, entries)
        names = person_names(archive.db, {p for found in people.values() for p in found})
    return notes, people, names


def _note_people_job(notes: list[DatedNote]) -> Job:
    def job(archive: Archive) -> NotePeople:
        return _note_people(archive, notes)

    return job


class _NoteCache:
    """The worker's dated-note index and the selection of the latest filter.

    Touched only on the worker thread (jobs run there in order). The index
    is rebuilt when `generation` moves on (the pane counts store changes and
    archives), the selection when the filter changes.
    """

    def __init__(self) -> None:
        self._index: tuple[int, DatedNoteIndex] | None = None
        self._selection: tuple[int, tuple[str, str], NoteSelection] | None = None

    def selection(
        self,
        archive: Archive,
        reader: StoreReader,
        archive_id: str,
        generation: int,
        q: PeopleQuery,
    ) -> NoteSelection:
        where, params = people_filter(q)
        key = (where, repr(sorted(params.items())))
        with archive.time_limit(ITEMS_LIMIT_MS):
            if self._index is None or self._index[0] != generation:
                self._index = None
                self._selection = None
                self._index = (generation, DatedNoteIndex(reader, archive_id, archive.db))
            if self._selection is None or self._selection[:2] != (generation, key):
                self._selection = None
                self._selection = (generation, key, self._index[1].select(archive.db, q))
        return self._selection[2]


def _note_days_job(cache: _NoteCache, archive_id: str, generation: int, q: PeopleQuery) -> StoreJob:
    """Where the notes the filter keeps begin: (ISO day, count)."""

    def job(archive: Archive, reader: StoreReader) -> list[tuple[str, int]]:
        return cache.selection(archive, reader, archive_id, generation, q).days()

    return job


def _filtered_notes_job(
    cache: _NoteCache, archive_id: str, generation: int, q: PeopleQuery, start: str, end: str
) -> StoreJob:
    """The notes the filter keeps in [start, end], with their people."""

    def job(archive: Archive, reader: StoreReader) -> NotePeople:
        selection = cache.selection(archive, reader, archive_id, generation, q)
        notes = reader.dated_notes_by_id(selection.window(start, end, NOTES_LIMIT))
        return _note_people(archive, notes)

    return job


class TimelinePane(QWidget):
    """Events of the current list on a zoomable time axis, in lanes by kind.

    Signals:
        item_activated(str, str): person id and item id of a clicked item; the
            person id is "" for items that name nobody.
        loaded(): new data (or an empty/error state) is shown.
    """

    item_activated = Signal(str, str)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None, *, tasks: TaskRunner | None = None) -> None:
        """`tasks` is the window's task runner; a pane on its own makes (and stops) one."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self._own_tasks = tasks is None
        self._tasks = tasks if tasks is not None else TaskRunner(self)
        self._path: Path | None = None
        self._source: Archive | None = None  # the window's Archive of `_path`, if given
        self._query = PeopleQuery()
        self._loaded_path: Path | None = None
        self._pending_state: dict[str, Any] | None = None
        self._highlight_person: str | None = None
        self._items_pending: tuple[float, float] | None = None
        self._annotations: AnnotationSession | None = None
        self._notes_pending: tuple[str, str] | None = None
        self._note_cache = _NoteCache()  # the worker's; the pane only hands it to jobs
        self._note_generation = 0  # moves on with every store change and archive

        self._view = TimelineView(self)
        self._view.item_activated.connect(self.item_activated)
        self._view.view_changed.connect(self._on_view_changed)
        self._summary = QLabel(self)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._reading = QLabel(self.tr("Reading items…"), self)  # while a window's items are read
        self._reading.setEnabled(False)
        self._reading.hide()
        self._items_timer = QTimer(self)
        self._items_timer.setSingleShot(True)
        self._items_timer.setInterval(ITEMS_DELAY_MS)
        self._items_timer.timeout.connect(self._fetch_items)
        self._items_timer.timeout.connect(self._fetch_notes)
        self._notes_timer = QTimer(self)  # several signals of one edit: read once
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(0)
        self._notes_timer.timeout.connect(self._reload_notes)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        bar.addWidget(self._summary, 1)
        bar.addWidget(self._reading)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (-)"), self.zoom_out),
            ("+", self.tr("Zoom in (+)"), self.zoom_in),
            (self.tr("Fit all"), self.tr("Show every item (0)"), self.fit_all),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self._view, 1)
        self.setFocusProxy(self._view)
        self._show_state(self.tr("No archive"))

    # ----- public API -------------------------------------------------------

    def view(self) -> TimelineView:
        """The painted axis (for tests and for the main window's focus handling)."""
        return self._view

    def summary_text(self) -> str:
        return self._summary.text()

    def query(self) -> PeopleQuery:
        """Whose items it shows: the people of the list shown."""
        return self._query

    def reading_items(self) -> bool:
        """Whether a window's items are being read (the bar says "Reading items…")."""
        return self._items_pending is not None

    def set_source(
        self, archive_path: Path | None, query: PeopleQuery, *, source: Archive | None = None
    ) -> None:
        """Show the items of the people matching `query` in the archive at `archive_path`.

        With `source` (the window's open Archive of that path) the pane reads
        `source.reopen()`, which an encrypted archive needs.
        """
        if archive_path is None:
            self.close_source()
            return
        path = Path(archive_path)
        if self._loaded_path is not None and path != self._loaded_path:
            self._view.clear()
        if path != self._path:
            self._note_generation += 1
            self._notes_timer.start()  # another archive: its notes
        elif people_filter(query) != people_filter(self._query):
            self._notes_timer.start()  # the notes of the people the list now holds
        renamed = query.names != self._query.names  # View ▸ Show names in
        self._path, self._query = path, query
        self._source = source if source is not None and source.path == path else None
        self._set_items_pending(None)
        self._tasks.cancel("timeline.items")
        self._show_state(self.tr("Loading…"))
        self._run("timeline.load", _load_job(query), self._on_loaded, self._on_load_failed)
        if self._highlight_person and (path != self._loaded_path or renamed):
            self._request_highlight()

    def set_annotations(self, session: AnnotationSession) -> None:
        """Show the dated notes of the session's store for the archive shown, kept up to date."""
        self._annotations = session
        session.changed.connect(self._on_session_changed)
        session.store_changed.connect(self._on_session_store_changed)
        self._notes_timer.start()

    def shutdown(self) -> None:
        """Stop the pane's timers (and its own task runner, if it made one)."""
        self._items_timer.stop()
        self._notes_timer.stop()
        for key in KEYS:
            self._tasks.cancel(key)
        if self._own_tasks:
            self._tasks.shutdown()

    def close_source(self) -> None:
        """Forget the archive; the lane's connection to it is closed."""
        for key in KEYS:
            self._tasks.cancel(key)
        self._tasks.in_lane(Lane.TIMELINE, WorkerContext.close_archive)
        self._path = None
        self._source = None
        self._loaded_path = None
        self._set_items_pending(None)
        self._view.clear()
        self._show_state(self.tr("No archive"))

    def highlight_person(self, person_id: str | None) -> None:
        """Emphasise one person's items (None clears)."""
        self._highlight_person = person_id or None
        if self._highlight_person is None:
            self._tasks.cancel("timeline.highlight")
            self._view.set_highlight(None, [])
            return
        self._request_highlight()

    def highlighted_person(self) -> str | None:
        return self._highlight_person

    def zoom_in(self) -> None:
        self._view.zoom_in()

    def zoom_out(self) -> None:
        self._view.zoom_out()

    def fit_all(self) -> None:
        self._view.fit_all()

    def zoom_state(self) -> dict[str, Any]:
        """The visible window as plain data, for QSettings."""
        return dict(self._view.zoom_state())

    def restore_zoom_state(self, d: dict[str, Any]) -> None:
        """Apply a saved `zoom_state()` now, or once data arrives; bad data is ignored."""
        if not isinstance(d, dict):
            return
        if self._view.has_data():
            self._view.restore_zoom_state(d)
        else:
            self._pending_state = dict(d)

    # ----- requests ---------------------------------------------------------

    def _run(
        self,
        key: str,
        job: Job,
        on_done: Callable[[Any], object],
        on_error: Callable[[KartotekaError], object] | None = None,
        store: AnnotationStore | None = None,
    ) -> None:
        """Run `job` on the TIMELINE lane with its archive (and a reader of `store`)."""
        target = self._source if self._source is not None else self._path
        if target is None:
            return

        def work(context: WorkerContext) -> object:
            archive = context.archive(target)
            if store is None:
                return job(archive)
            return job(archive, context.reader(store))  # type: ignore[call-arg]

        self._tasks.run(
            work,
            key=key,
            lane=Lane.TIMELINE,
            quiet=True,
            on_done=on_done,
            on_error=on_error if on_error is not None else self._on_read_failed,
        )

    # ----- internals --------------------------------------------------------

    def _show_state(self, text: str | None) -> None:
        self._view.set_message(text)
        if text is not None:
            self._summary.setText(text)

    def _request_highlight(self) -> None:
        self._tasks.cancel("timeline.highlight")
        if self._path is None or self._highlight_person is None:
            return
        person = self._highlight_person
        query = PeopleQuery(only_ids=(PersonId(person),), names=self._query.names)
        job = _items_job(query, "0001-01-01", "9999-12-31", HIGHLIGHT_LIMIT)

        def show(result: tuple[str, str, list[TimelineItem], bool]) -> None:
            if self._highlight_person == person:
                self._view.set_highlight(person, worded(result[2]))

        self._run("timeline.highlight", job, show)

    def _on_view_changed(self) -> None:
        view = self._view
        items_due = view.wants_items() and not view.has_items_for_view()
        if items_due or (view.wants_notes() and not view.has_notes_for_view()):
            self._items_timer.start()

    def _notes_source(self) -> tuple[AnnotationStore, str] | None:
        """The open store and the archive identity whose notes to show, if any."""
        session = self._annotations
        if session is None or session.store is None or session.archive_id is None:
            return None
        if self._path is None:
            return None
        return session.store, session.archive_id

    def _on_session_changed(self) -> None:
        self._note_generation += 1
        self._notes_timer.start()

    def _on_session_store_changed(self) -> None:
        self._tasks.in_lane(Lane.TIMELINE, WorkerContext.forget_store)
        self._on_session_changed()

    def _notes_filtered(self) -> bool:
        """True when the Notes lane must follow a filter (else it shows every note)."""
        return people_filter(self._query)[0] != "1"

    def _reload_notes(self) -> None:
        """Where the notes begin (the Notes lane and its density), then the visible ones."""
        self._tasks.cancel("timeline.notes")
        self._tasks.cancel("timeline.days")
        self._notes_pending = None
        source = self._notes_source()
        if source is not None and self._path is not None and self._notes_filtered():
            store, archive_id = source
            job = _note_days_job(self._note_cache, archive_id, self._note_generation, self._query)
            self._run("timeline.days", job, self._on_note_days, store=store)  # type: ignore[arg-type]
            return  # the lane changes once the worker has them
        days: list[tuple[str, int]] = []
        if source is not None:
            store, archive_id = source
            try:
                days = store.dated_note_days(archive_id)
            except AnnotationStoreError as exc:
                self._summary.setText(error_text(exc))
        self._view.set_note_days(days)
        self._fetch_notes()

    def _on_note_days(self, days: list[tuple[str, int]]) -> None:
        self._view.set_note_days(days)
        self._fetch_notes()

    def _fetch_notes(self) -> None:
        view = self._view
        source = self._notes_source()
        if source is None or self._path is None or not view.wants_notes():
            return
        if view.has_notes_for_view():
            return
        lo, hi = view.visible_days()
        pending = self._notes_pending
        if (
            pending is not None
            and pending[0] <= iso_of_day(int(lo)) <= iso_of_day(int(hi)) < pending[1]
        ):
            return  # already on its way
        span = hi - lo
        start, end = iso_of_day(int(lo - span)), iso_of_day(int(hi + span) + 1)
        store, archive_id = source
        if self._notes_filtered():
            self._notes_pending = (start, end)
            job = _filtered_notes_job(
                self._note_cache, archive_id, self._note_generation, self._query, start, end
            )
            self._run("timeline.notes", job, self._apply_notes, self._on_notes_failed, store)  # type: ignore[arg-type]
            return
        try:
            notes = store.dated_notes(archive_id, start, end, limit=NOTES_LIMIT)
        except AnnotationStoreError as exc:
            self._summary.setText(error_text(exc))
            return
        self._notes_pending = (start, end)
        self._run(
            "timeline.notes", _note_people_job(notes), self._apply_notes, self._on_notes_failed
        )

    def _apply_notes(self, people: NotePeople) -> None:
        """Notes with their people become marks in the Notes lane."""
        if self._notes_pending is None:
            return
        start, end = self._notes_pending
        self._notes_pending = None
        notes, by_entry, names = people
        items: list[TimelineItem] = []
        about: dict[str, str] = {}
        for note in notes:
            ref = note.entity
            found = by_entry.get((ref.entity_type, ref.entity_id), frozenset())
            person_ids = tuple(sorted(found, key=lambda p: (p != ref.entity_id, p)))
            items.append(
                TimelineItem(
                    kind="note",
                    lane=NOTES_LANE,
                    item_id=note.id,
                    person_ids=person_ids,
                    earliest=note.earliest,
                    latest=note.latest,
                    end_latest=None,
                    label=note_label(plain_text(note.excerpt)),
                    edtf=note.date,
                )
            )
            about[note.id] = self._note_about(ref.entity_type, ref.entity_id, person_ids, names)
        self._view.set_notes((start, end), items, about)

    def _on_notes_failed(self, exc: KartotekaError) -> None:
        self._notes_pending = None
        self._summary.setText(error_text(exc))

    def _note_about(
        self,
        entity_type: str,
        entity_id: str,
        people: tuple[PersonId, ...],
        names: dict[PersonId, str],
    ) -> str:
        """The entry a note is on, in words: "Ihar Losik", "Ihar Losik — sentence s-1"."""
        who = ", ".join(names.get(p, p) for p in people[:3]) + (" …" if len(people) > 3 else "")
        if entity_type == "person":
            return who or self.tr("person {id} (not in this archive)").format(id=entity_id)
        entry = f"{entity_type} {entity_id}"
        return f"{who} — {entry}" if who else entry

    def _fetch_items(self) -> None:
        if self._path is None or not self._view.wants_items() or self._view.has_items_for_view():
            return
        lo, hi = self._view.visible_days()
        pending = self._items_pending
        if pending is not None and pending[0] <= lo and hi <= pending[1]:
            return  # already on its way
        span = hi - lo
        window = (lo - span, hi + span)  # room to pan without a read
        if self._view.count_between(*window) > ITEMS_LIMIT:
            window = (lo, hi)  # a crowded stretch: the limit goes to what is in view
        self._set_items_pending(window)
        start, end = iso_of_day(int(window[0])), iso_of_day(int(window[1]) + 1)
        job = _items_job(self._query, start, end, ITEMS_LIMIT)
        self._run("timeline.items", job, self._on_items, self._on_items_failed)

    def _set_items_pending(self, window: tuple[float, float] | None) -> None:
        self._items_pending = window
        self._reading.setVisible(window is not None)

    def _on_items(self, result: tuple[str, str, list[TimelineItem], bool]) -> None:
        start, end, items, complete = result
        self._set_items_pending(None)
        self._view.set_items((start, end), worded(items), complete=complete)

    def _on_items_failed(self, exc: KartotekaError) -> None:
        self._set_items_pending(None)
        self._summary.setText(error_text(exc))

    def _on_loaded(self, result: tuple[tuple[str, str] | None, TimelineDays | None]) -> None:
        extent, days = result
        first = self._loaded_path != self._path or not self._view.has_data()
        self._loaded_path = self._path
        self._view.set_data(days, extent)
        if extent is None or days is None:
            self._show_state(self.tr("No dated events"))
        else:
            self._show_state(None)
            first_year, last_year = extent[0][:4], extent[1][:4]
            span = first_year if first_year == last_year else f"{first_year}–{last_year}"
            count = self.tr("{count} dated item(s)", "", days.total).format(
                count=grouped(days.total)
            )
            self._summary.setText(f"{count}, {span}")
            if self._pending_state is not None:
                state, self._pending_state = self._pending_state, None
                if not self._view.restore_zoom_state(state):
                    self._view.fit_all()
            elif first:
                self._view.fit_all()
            self._on_view_changed()
        self.loaded.emit()

    def _on_load_failed(self, exc: KartotekaError) -> None:
        self._view.set_data(None, None)
        self._show_state(error_text(exc))
        self.loaded.emit()

    def _on_read_failed(self, exc: KartotekaError) -> None:
        self._summary.setText(error_text(exc))
