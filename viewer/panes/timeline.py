"""The timeline pane: the time axis, its toolbar, and loading off the GUI thread.

The pane opens its own read-only connection (`db.connection.open_archive`) on
one worker thread and runs every query there, in order. Each request carries
an id per kind (load, items, highlight); a newer request makes older results
stale (they are dropped) and interrupts a stale query that is still running
(`Archive.cancel()`).

Dated notes come from the window's annotation store (`set_annotations`).
With no filter they are read on the GUI thread, where the store's connection
lives: where notes begin, once per change (one pass over an index), and the
notes of the visible window once few enough are visible (at most
NOTES_LIMIT). The worker then finds the people each note's entry concerns,
so a click on a note selects its person as a click on an event does.

While the list is filtered (facets, search, tags), the Notes lane shows only
the notes on entries of people the filter keeps. That needs the store and
the archive together, so all of it runs on the worker, which then also holds
a read-only reader of the store (`store.reader()`, opened on the worker): a
`DatedNoteIndex` of every dated note and its people, built once per store
change, a `NoteSelection` per filter, and from it each visible window.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from db.annotations import (
    AnnotationStore,
    AnnotationStoreError,
    DatedNote,
    ReaderSlot,
    StoreReader,
)
from db.annotations.note_filter import DatedNoteIndex, NoteSelection
from db.connection import Archive, open_archive
from db.entries import people_of_entries, person_names
from db.errors import KartotekaError, QueryInterruptedError
from db.people import people_filter
from db.records import PeopleQuery, PersonId, TimelineItem
from db.timeline import (
    TimelineDays,
    iso_of_day,
    timeline_day_counts,
    timeline_extent,
    timeline_items,
)
from viewer.annotations.render import plain_text
from viewer.formatting import grouped
from viewer.widgets.timeline_view import NOTES_LANE, TimelineView, note_label

if TYPE_CHECKING:
    from viewer.annotations.session import AnnotationSession

LOAD_LIMIT_MS = 60_000  # counts for the whole filter; big archives need a while
ITEMS_LIMIT_MS = 10_000
ITEMS_LIMIT = 3000  # items fetched for one window in marker mode
HIGHLIGHT_LIMIT = 2000
NOTES_LIMIT = 3000  # notes fetched for one window (the view asks when at most 400 are visible)
ITEMS_DELAY_MS = 60  # wait for zooming/panning to settle before fetching items

Job = Callable[[Archive], Any]
StoreJob = Callable[[Archive, StoreReader], Any]


class _Bridge(QObject):
    """Carries worker results to the GUI thread (queued by Qt)."""

    done = Signal(str, int, object)
    failed = Signal(str, int, object)


# Bridges whose worker may still emit. Holding them here means the last Python
# reference never drops on a worker thread (that deleted the QObject there,
# racing the GUI thread). A finished worker calls deleteLater(), so the C++
# side dies on the GUI thread; dead wrappers are pruned on the GUI thread.
_LIVE_BRIDGES: set[_Bridge] = set()


def _new_bridge() -> _Bridge:
    for dead in [b for b in _LIVE_BRIDGES if not shiboken6.isValid(b)]:
        _LIVE_BRIDGES.discard(dead)
    bridge = _Bridge()
    _LIVE_BRIDGES.add(bridge)
    return bridge


class _Loader:
    """One worker thread with its own read-only connection; jobs run in order.

    Not a QObject, so it can outlive the pane for the moment its last job
    needs to finish and close the connection. The queue is a `SimpleQueue`
    because `shutdown()` may run from a finalizer at any point, even inside
    another lock; `SimpleQueue.put` is the one queue operation that is safe
    there, and `shutdown()` takes no lock.
    """

    def __init__(self, bridge: _Bridge) -> None:
        self._bridge = bridge
        self._jobs: queue.SimpleQueue[tuple[Callable[..., None], tuple[Any, ...]] | None] = (
            queue.SimpleQueue()
        )
        self._lock = threading.Lock()
        self._archive: Archive | None = None  # touched only on the worker thread ...
        self._archive_path: Path | None = None
        self._readers = ReaderSlot()  # of the window's store, used on this thread only
        # the GUI's Archive for `source.path`: its reopen() shares the checked copy and
        # holds an encrypted archive's key, which open_archive(path) would not have
        self.source: Archive | None = None
        self._running: tuple[str, int] | None = None  # ... except for cancel()
        self.latest: dict[str, int] = {
            "load": 0,
            "items": 0,
            "highlight": 0,
            "notes": 0,
            "note_days": 0,
        }
        self._shut = False
        self._thread = threading.Thread(target=self._work, name="timeline", daemon=True)
        self._thread.start()

    def next_id(self, kind: str) -> int:
        """A new request id for `kind`; interrupts a running query of that kind."""
        self.latest[kind] += 1
        with self._lock:
            running = self._running is not None and self._running[0] == kind
            if running and self._archive is not None:
                self._archive.cancel()
        return self.latest[kind]

    def submit(self, kind: str, rid: int, path: Path, job: Job) -> None:
        if not self._shut:
            self._jobs.put((self._run, (kind, rid, path, job, None)))

    def submit_with_store(
        self, kind: str, rid: int, path: Path, store: AnnotationStore, job: StoreJob
    ) -> None:
        """Run `job` with the archive at `path` and a read-only reader of `store`."""
        if not self._shut:
            self._jobs.put((self._run, (kind, rid, path, job, store)))

    def close_archive(self) -> None:
        if not self._shut:
            self._jobs.put((self._close, ()))

    def forget_store(self) -> None:
        """Close the reader of the annotation store (another store, or none, is in use now)."""
        if not self._shut:
            self._jobs.put((self._readers.close, ()))

    def shutdown(self) -> None:
        """Make every queued or running result stale, then stop after closing.

        Lock-free on purpose (see the class docstring): the flag and the ids
        are plain assignments, and the worker re-checks them before emitting.
        """
        if self._shut:
            return
        self._shut = True
        for kind in self.latest:
            self.latest[kind] += 1
        archive = self._archive
        if archive is not None:
            with contextlib.suppress(Exception):  # closing meanwhile on the worker
                archive.cancel()
        self._jobs.put(None)

    # worker thread ---------------------------------------------------------

    def _work(self) -> None:
        try:
            while (item := self._jobs.get()) is not None:
                fn, args = item
                fn(*args)
            self._close()
        finally:
            # never emits again: let the GUI thread delete the bridge (at
            # interpreter exit Python may have deleted it already)
            with contextlib.suppress(RuntimeError):
                self._bridge.deleteLater()

    def _close(self) -> None:
        self._close_archive()
        self._readers.close()

    def _close_archive(self) -> None:
        with self._lock:
            archive, self._archive, self._archive_path = self._archive, None, None
        if archive is not None:
            archive.close()

    def _archive_for(self, path: Path) -> Archive:
        if self._archive is not None and self._archive_path == path:
            return self._archive
        self._close_archive()
        source = self.source
        archive = (
            source.reopen() if source is not None and source.path == path else open_archive(path)
        )
        with self._lock:
            self._archive, self._archive_path = archive, path
        return archive

    def _run(
        self,
        kind: str,
        rid: int,
        path: Path,
        job: Callable[..., Any],
        store: AnnotationStore | None,
    ) -> None:
        if self._shut or rid != self.latest[kind]:
            return  # superseded before it started
        try:
            archive = self._archive_for(path)
            reader = None if store is None else self._readers.get(store)
            with self._lock:
                self._running = (kind, rid)
            try:
                result = job(archive) if reader is None else job(archive, reader)
            finally:
                with self._lock:
                    self._running = None
        except QueryInterruptedError:
            return
        except Exception as exc:  # KartotekaError is shown; anything else is re-raised there
            self._emit(self._bridge.failed, kind, rid, exc)
            return
        self._emit(self._bridge.done, kind, rid, result)

    def _emit(self, signal: Any, kind: str, rid: int, payload: object) -> None:
        # The bridge belongs to the loader, so it is alive here; a receiver
        # that has gone meanwhile is disconnected by Qt, and the pane drops
        # stale ids again on arrival.
        if self._shut or rid != self.latest[kind]:
            return
        with contextlib.suppress(RuntimeError):
            signal.emit(kind, rid, payload)


def _load_job(query: PeopleQuery) -> Job:
    def job(archive: Archive) -> tuple[tuple[str, str] | None, TimelineDays | None]:
        with archive.time_limit(LOAD_LIMIT_MS):
            extent = timeline_extent(archive.db, query)
            days = None if extent is None else timeline_day_counts(archive.db, query)
        return extent, days

    return job


def _items_job(query: PeopleQuery, start: str, end: str, limit: int) -> Job:
    def job(archive: Archive) -> tuple[str, str, list[TimelineItem], bool]:
        with archive.time_limit(ITEMS_LIMIT_MS):
            items = timeline_items(archive.db, query, start=start, end=end, limit=limit)
        return start, end, items, len(items) < limit

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        # The bridge has no parent: it lives as long as the loader, so a worker
        # never emits on a deleted object. Qt drops the connection to this pane
        # when the pane goes. The owner calls shutdown(); the finalizer is the
        # backstop (a `destroyed` slot runs mid-destruction and crashed).
        self._bridge = _new_bridge()
        self._loader = _Loader(self._bridge)
        weakref.finalize(self, self._loader.shutdown)
        self._bridge.done.connect(self._on_loader_done)
        self._bridge.failed.connect(self._on_loader_failed)

        self._path: Path | None = None
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

    def set_source(
        self, archive_path: Path | None, query: PeopleQuery, *, source: Archive | None = None
    ) -> None:
        """Show the items of the people matching `query` in the archive at `archive_path`.

        With `source` (the window's open Archive of that path) the pane's
        connection is `source.reopen()`, which an encrypted archive needs.
        """
        if archive_path is None:
            self.close_source()
            return
        path = Path(archive_path)
        if source is not None:
            self._loader.source = source
        if self._loaded_path is not None and path != self._loaded_path:
            self._view.clear()
        if path != self._path:
            self._note_generation += 1
            self._notes_timer.start()  # another archive: its notes
        elif people_filter(query) != people_filter(self._query):
            self._notes_timer.start()  # the notes of the people the list now holds
        self._path, self._query = path, query
        self._items_pending = None
        self._loader.next_id("items")
        rid = self._loader.next_id("load")
        self._show_state(self.tr("Loading…"))
        self._loader.submit("load", rid, path, _load_job(query))
        if self._highlight_person and path != self._loaded_path:
            self._request_highlight()

    def set_annotations(self, session: AnnotationSession) -> None:
        """Show the dated notes of the session's store for the archive shown, kept up to date."""
        self._annotations = session
        session.changed.connect(self._on_session_changed)
        session.store_changed.connect(self._on_session_store_changed)
        self._notes_timer.start()

    def shutdown(self) -> None:
        """Stop the worker thread and close its connection (idempotent)."""
        self._items_timer.stop()
        self._notes_timer.stop()
        self._loader.shutdown()

    def close_source(self) -> None:
        """Forget the archive and close the pane's connection."""
        for kind in ("load", "items", "highlight", "notes", "note_days"):
            self._loader.next_id(kind)
        self._loader.source = None
        self._loader.close_archive()
        self._path = None
        self._loaded_path = None
        self._items_pending = None
        self._view.clear()
        self._show_state(self.tr("No archive"))

    def highlight_person(self, person_id: str | None) -> None:
        """Emphasise one person's items (None clears)."""
        self._highlight_person = person_id or None
        if self._highlight_person is None:
            self._loader.next_id("highlight")
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

    # ----- internals --------------------------------------------------------

    def _show_state(self, text: str | None) -> None:
        self._view.set_message(text)
        if text is not None:
            self._summary.setText(text)

    def _request_highlight(self) -> None:
        rid = self._loader.next_id("highlight")
        if self._path is None or self._highlight_person is None:
            return
        query = PeopleQuery(only_ids=(PersonId(self._highlight_person),))
        self._loader.submit(
            "highlight",
            rid,
            self._path,
            _items_job(query, "0001-01-01", "9999-12-31", HIGHLIGHT_LIMIT),
        )

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
        self._loader.forget_store()  # the worker's reader of the old store, if any
        self._on_session_changed()

    def _notes_filtered(self) -> bool:
        """True when the Notes lane must follow a filter (else it shows every note)."""
        return people_filter(self._query)[0] != "1"

    def _reload_notes(self) -> None:
        """Where the notes begin (the Notes lane and its density), then the visible ones."""
        self._loader.next_id("notes")
        rid = self._loader.next_id("note_days")
        self._notes_pending = None
        source = self._notes_source()
        if source is not None and self._path is not None and self._notes_filtered():
            store, archive_id = source
            job = _note_days_job(self._note_cache, archive_id, self._note_generation, self._query)
            self._loader.submit_with_store("note_days", rid, self._path, store, job)
            return  # the lane changes once the worker has them
        days: list[tuple[str, int]] = []
        if source is not None:
            store, archive_id = source
            try:
                days = store.dated_note_days(archive_id)
            except AnnotationStoreError as exc:
                self._summary.setText(str(exc))
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
            rid = self._loader.next_id("notes")
            self._notes_pending = (start, end)
            job = _filtered_notes_job(
                self._note_cache, archive_id, self._note_generation, self._query, start, end
            )
            self._loader.submit_with_store("notes", rid, self._path, store, job)
            return
        try:
            notes = store.dated_notes(archive_id, start, end, limit=NOTES_LIMIT)
        except AnnotationStoreError as exc:
            self._summary.setText(str(exc))
            return
        rid = self._loader.next_id("notes")
        self._notes_pending = (start, end)
        self._loader.submit("notes", rid, self._path, _note_people_job(notes))

    def _apply_notes(self, people: NotePeople) -> None:
        """Notes with their people become marks in the Notes lane."""
        assert self._notes_pending is not None
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
        window = (lo - span, hi + span)
        self._items_pending = window
        rid = self._loader.next_id("items")
        start, end = iso_of_day(int(window[0])), iso_of_day(int(window[1]) + 1)
        self._loader.submit(
            "items", rid, self._path, _items_job(self._query, start, end, ITEMS_LIMIT)
        )

    def _on_loader_done(self, kind: str, rid: int, result: object) -> None:
        if rid != self._loader.latest.get(kind):
            return  # stale
        if kind == "load":
            assert isinstance(result, tuple)
            extent, days = result
            self._apply_load(extent, days)
        elif kind == "items":
            assert isinstance(result, tuple)
            start, end, items, complete = result
            self._items_pending = None
            self._view.set_items((start, end), items, complete=complete)
        elif kind == "notes" and self._notes_pending is not None:
            assert isinstance(result, tuple)
            self._apply_notes(result)
        elif kind == "note_days":
            assert isinstance(result, list)
            self._view.set_note_days(result)
            self._fetch_notes()
        elif kind == "highlight" and self._highlight_person is not None:
            assert isinstance(result, tuple)
            self._view.set_highlight(self._highlight_person, result[2])

    def _apply_load(self, extent: tuple[str, str] | None, days: TimelineDays | None) -> None:
        first = self._loaded_path != self._path or not self._view.has_data()
        self._loaded_path = self._path
        self._view.set_data(days, extent)
        if extent is None or days is None:
            self._show_state(self.tr("No dated events"))
        else:
            self._show_state(None)
            span = f"{extent[0][:4]}–{extent[1][:4]}"
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

    def _on_loader_failed(self, kind: str, rid: int, exc: object) -> None:
        if rid != self._loader.latest.get(kind):
            return
        if not isinstance(exc, KartotekaError):
            assert isinstance(exc, BaseException)
            raise exc  # a bug: let the application's excepthook report it
        if kind == "items":
            self._items_pending = None
        if kind == "notes":
            self._notes_pending = None
        if kind == "load":
            self._view.set_data(None, None)
            self._show_state(str(exc))
            self.loaded.emit()
        else:
            self._summary.setText(str(exc))
