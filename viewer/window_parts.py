"""The main window's parts: the controllers, the panes and their layout, built and connected.

This is the composition of one window (STYLE D2.2, D9): it makes the task
runner and the controllers, the panes over them, and connects each pane's
signals to a controller and each controller's to the `Presenter`, which puts
what a controller says into the panes. Panes never talk to each other;
controllers connect their own actions from the action table. The window
itself (viewer.mainwindow) keeps the shell and the public API. Imported, with
everything it imports, on a thread while the window's frame is painted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from db.errors import ArchiveError, KartotekaError
from viewer import gui_gc
from viewer.annotations.pane import AnnotationsPane
from viewer.controllers.annotation_store import AnnotationStoreController
from viewer.controllers.annotation_undo import AnnotationUndoController
from viewer.controllers.browse import BrowseController
from viewer.controllers.compare import CompareController
from viewer.controllers.context import AppContext
from viewer.controllers.file_watch import FileWatchController
from viewer.controllers.lock import LockController
from viewer.controllers.open_archive import STAGE_BACKGROUND, OpenArchiveController
from viewer.controllers.photos import PhotoController
from viewer.controllers.publish import PublishController
from viewer.controllers.record import RecordController
from viewer.dialogs.editions import EditionDialogs
from viewer.dialogs.host import DialogHost
from viewer.error_text import error_text
from viewer.formatting import grouped
from viewer.letters_part import build_letters, wire_letters
from viewer.list_modes import mode_of
from viewer.output_parts import build_output, wire_output
from viewer.panes.facets import FacetsPane
from viewer.panes.loading import progress_text
from viewer.panes.people_list import PeopleListPane
from viewer.panes.person_detail import PersonDetailPane
from viewer.panes.timeline import TimelinePane
from viewer.query_note_words import MORE_TEXT, TIMED_OUT_TEXT
from viewer.query_notes import QueryNotes, notes_text
from viewer.tasks import TaskRunner
from viewer.turns import Turns
from viewer.widgets.chip_bar import ChipBar
from viewer.window_layout import WindowLayout

if TYPE_CHECKING:
    from db.records import PeopleQuery, PersonRecord
    from viewer.annotations.tag_facet import TagFacet
    from viewer.controllers.browse import ListShown
    from viewer.controllers.open_archive import Opened
    from viewer.mainwindow import MainWindow
    from viewer.view_state import SearchSnapshot, ViewState


def build_parts(w: MainWindow, open_first: Path | None = None) -> None:
    """Make the task runner, the controllers, the panes, the layout and the dialog host."""
    for _ in build_steps(w, open_first):
        pass


def build_steps(w: MainWindow, open_first: Path | None = None) -> Iterator[None]:
    """`build_parts` in pieces: the caller lets the event loop run at each `yield`.

    Built at once, the panes held the GUI thread for ~120 ms of CPU at start-up (the
    style sheet polishes every widget as it is made and again as it is put in place);
    no piece between two yields takes more than ~25 ms. `open_first` (start-up's
    archive) is asked for as soon as the controllers exist, so the worker opens it and
    reads its first list while the panes are built; the task runner holds its result
    until the caller has wired the window and calls `w.tasks.release()`.
    """
    w.tasks = TaskRunner(w)
    context = AppContext(w.settings, w.tasks)
    w.annotation_store = AnnotationStoreController(context, w)
    w.annotations = w.annotation_store.session
    w.opener = OpenArchiveController(context, w)
    w.browse = BrowseController(context, w.annotations, w)
    w.tasks.hold()  # results wait until the window is wired (see the docstring)
    if open_first is not None:  # the worker opens it while the rest is built
        w.opener.open_path(open_first, query=w.browse.fresh_query())
    yield

    w.file_watch = FileWatchController(context, w.opener, w.browse, w)
    w.record = RecordController(context, w.browse, w)
    w.annotation_undo = AnnotationUndoController(context, w.annotations, w.browse, w.record, w)
    w.photos = PhotoController(context, w.browse.archive, w)
    w.lock_flow = LockController(context, w.opener, w.browse, w.record, w.annotation_store, w)
    w.idle_watcher = w.lock_flow.idle_watcher
    w.lock_flow.set_idle_minutes(w.settings.idle_lock_minutes(), save=False)
    yield

    w.people_model = w.browse.model
    w.facets_pane = FacetsPane(w, in_steps=True)
    w.chip_bar = ChipBar(w)
    yield
    yield from w.facets_pane.steps
    w.list_pane = PeopleListPane(w.people_model, w)
    w.detail_pane = PersonDetailPane(w)
    yield
    w.timeline_pane = TimelinePane(w, tasks=w.tasks)
    w.timeline_pane.setObjectName("TimelinePane")
    w.timeline_pane.set_annotations(w.annotations)  # dated notes: the Notes lane
    w.annotations_pane = AnnotationsPane(w.annotations, w.tasks, w)
    yield
    w.layout_ = WindowLayout(
        w,
        w.facets_pane,
        w.chip_bar,
        w.list_pane,
        w.detail_pane,
        w.annotations_pane,
        w.timeline_pane,
        in_steps=True,
    )
    yield from w.layout_.steps
    w.top_splitter, w.main_splitter = w.layout_.top_splitter, w.layout_.main_splitter
    w.record_splitter, w.central_stack = w.layout_.record_splitter, w.layout_.central_stack
    w.locked_pane = w.layout_.locked_pane
    w.dialogs = DialogHost(
        w, context, w.opener, w.annotation_store, w.lock_flow, w.record, w.annotations_pane
    )
    w.presenter = Presenter(w)
    yield
    build_letters(w, context)
    w.output = build_output(w)  # names in the reader's script, citations, dossiers
    build_edition_parts(w, context)


def build_edition_parts(w: MainWindow, context: AppContext) -> None:
    """Publishing and comparing editions: their controllers and dialogs (issue #15)."""
    publisher = PublishController(context, w.browse, w.annotations, w)
    comparer = CompareController(context, w.browse, w.annotations, w)
    w.edition_dialogs = EditionDialogs(w, w.dialogs, publisher, comparer, w.record)
    w.dialogs.orphan_reason = comparer.orphan_reason


NEED_AN_ARCHIVE: tuple[str, ...] = (
    "find",
    "exact_spelling",
    "letters_mode",
    "export_annotations",
    "import_annotations",
    "orphans",
    "tags",
    "focus_list",
    "focus_detail",
    "focus_timeline",
    "focus_facets",
    "zoom_in",
    "zoom_out",
    "fit_all",
)
"""Actions about the open archive's entries (annotations belong to them); off without one."""


def _notes_and_more(search: SearchSnapshot) -> str:
    """The search's notes, and that the list holds only the first people found (the count
    above it said "1 000 of 3 000 people" where 1,347 matched, and nothing more)."""
    said = notes_text(search.notes)
    if search.more:
        found = len(search.hits) or len(search.person_ids)
        more = QueryNotes.tr(MORE_TEXT).format(count=grouped(found))
        said = f"{said} {more}" if said else more
    return said


class Presenter(QObject):
    """Puts what the controllers say into the panes of one window (its slots)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._said = ""  # the last search feedback put in the status bar
        # a background check's percentage: shown while the status bar has nothing else
        # to say, so it never wipes a message the user still needs ("No encrypted copy…")
        self._progress = ""
        window.statusBar().messageChanged.connect(self._show_progress_when_free)
        self.opening_steps = Turns(self)
        """What is left of showing an opened archive, a piece per turn (`show_opened`)."""

    def show_state(self, old: ViewState, new: ViewState) -> None:
        """The view state changed: chips, facet checks, search box and sort follow it."""
        self.w.search_box.show_text(new.text)
        self.w.action_map["exact_spelling"].setChecked(new.exact)
        self.w.facets_pane.show_constraints(new.constraints)
        cleared = old.has_constraints() and not new.has_constraints()
        self.w.chip_bar.show_chips(
            self.w.browse.chips(),
            can_undo=self.w.browse.can_undo(),
            cleared=cleared or (self.w.chip_bar.isVisible() and not new.has_constraints()),
        )
        self.update_actions()

    def show_list(self, shown: ListShown) -> None:
        """The list holds a new list: its row, count, Match column and search feedback."""
        self.w.list_pane.show_sort()
        if shown.moved:
            self.w.list_pane.show_selected_row(shown.selected_row)
        self.w.list_pane.update_count()
        self.w.counts_label.setText(self.w.list_pane.count_label.text())
        search = shown.search
        self.w.detail_pane.set_search_highlights(
            search.terms if search else (), _spellings(search) if search else None
        )
        found = len(search.person_ids) if search else 0
        self.w.list_pane.show_search_feedback(
            search.text if search else None,
            found,
            search.suggestion if search else None,
            _notes_and_more(search) if search else "",
            error_text(search.unavailable) if search and search.unavailable else "",
        )
        message = self._search_message(search) if search is not None else ""
        if message:
            self.w.show_status(message, 10_000)
        elif self._said and self.w.statusBar().currentMessage() == self._said:
            self.w.statusBar().clearMessage()  # an earlier search's words; this one has none
        self._said = message
        self.w.search_box.refresh_recent()
        self.show_state(self.w.browse.state, self.w.browse.state)
        self.w.list_updated.emit()

    def _search_message(self, search: SearchSnapshot) -> str:
        """What a search says beside the list's count: nobody, similar names, hints."""
        if search.unavailable is not None:  # not "no one found": nothing could be searched
            return error_text(search.unavailable)
        if not search.person_ids:
            parts = [self.tr("No one found for “{text}”.").format(text=search.text)]
        elif search.similar_only:
            n = grouped(self.w.people_model.count())
            parts = [self.tr("No exact match — similar names: {n}.").format(n=n)]
        else:
            parts = []
        if search.timed_out:  # db's notice says it in English: said here in the window's
            parts.append(QueryNotes.tr(TIMED_OUT_TEXT))
        parts.append(_notes_and_more(search))  # db's notes, worded in the window's language
        parts.append(search.notice or "")
        if search.suggestion:
            parts.append(self.tr("Did you mean “{s}”?").format(s=search.suggestion))
        return " ".join(p for p in parts if p)

    def show_tags(self, facet: TagFacet | None) -> None:
        self.w.facets_pane.set_tags(facet.values if facet else [], facet.colours if facet else {})

    def show_filters(self, query: PeopleQuery) -> None:
        """The timeline shows the people of the list shown (in Letters: those in custody)."""
        archive = self.w.archive()
        if archive is not None:
            people = mode_of(self.w.browse.state.mode).people(query)
            self.w.timeline_pane.set_source(archive.path, people, source=archive)

    def show_record(self, record: PersonRecord | None, push: bool) -> None:
        """The record to show (and its annotations); the timeline highlights its person."""
        if record is None:
            empty = self.w.browse.shown() is not None and self.w.people_model.count() == 0
            self.w.detail_pane.show_message(
                self.tr("No one in the list. Clear the filters to see everybody.")
                if empty and self.w.browse.archive() is not None
                else self.tr("Select a person in the list.")
            )
        else:
            self.w.detail_pane.show_record(record, push=push, summary=self.w.record.summary())
        self.w.annotations_pane.set_record(record)
        self.w.timeline_pane.highlight_person(record.id if record is not None else None)
        self.update_actions()

    def show_opening(self, path: str, size: float) -> None:
        """An archive starts opening: with nothing shown yet, the opening page says so."""
        name = Path(path).name
        self.w.show_status(self.tr("Opening {name}…").format(name=name), 0)
        if self.w.archive() is None:
            self.w.layout_.loading_pane.start(Path(path), size)
            self.w.layout_.show_page("loading")
            self.w.archive_label.setText(name)

    def show_progress(self, stage: str, share: float) -> None:
        """On the opening page while it shows; in the status bar for checks after it."""
        if self.w.layout_.page() == "loading":
            self.w.layout_.loading_pane.set_progress(stage, share)
            return
        done = share >= 1.0
        status = self.w.statusBar()
        shown, earlier = status.currentMessage(), self._progress
        self._progress = "" if done else progress_text(stage, share)
        if self._progress and shown in ("", earlier):
            status.showMessage(self._progress)
        elif not self._progress and earlier and shown == earlier:
            status.clearMessage()
        bar = self.w.frame.progress
        # QProgressBar.setValue repaints the bar at once (12 ms of CPU at the first check's
        # first figure, in the turn that also shows the first record): painted with the rest
        bar.setUpdatesEnabled(False)
        bar.setRange(0, 100 if share >= 0 and not done else 0)  # done: busy again
        bar.setValue(round(max(share, 0) * 100))
        bar.setUpdatesEnabled(True)
        bar.setVisible(not done or self.w.tasks.is_busy())
        self.w.frame.cancel_check.setVisible(stage == STAGE_BACKGROUND and not done)

    def cancel_checks(self) -> None:
        """The status bar's Cancel: the check stops, and the status bar says what that means."""
        if not self.w.opener.is_checking():
            return
        self.w.opener.cancel_checks()
        self.w.show_status(
            self.tr("Check cancelled: this archive was not checked for damage."), 10_000
        )

    def _show_progress_when_free(self, message: str) -> None:
        if not message and self._progress:
            self.w.statusBar().showMessage(self._progress)

    def show_not_opened(self) -> None:
        """The open failed or was given up: back to what was shown before."""
        self.w.layout_.loading_pane.stop()
        if not self.w.opener.is_checking():
            # the open's own stage ended with it: "Checking the archive…" stayed in the status
            # bar for good after a file that was not an archive, or a passphrase not given
            self._progress = ""
            self.w.frame.progress.setVisible(self.w.tasks.is_busy())
            self.w.frame.cancel_check.setVisible(False)
        self.w.statusBar().clearMessage()
        if self.w.layout_.page() == "loading":
            self.w.layout_.show_page("locked" if self.w.lock_flow.is_locked() else "browse")
            if self.w.archive() is None:
                self.w.archive_label.setText(self.tr("No archive open"))

    def park_note(self) -> None:
        """Lock is coming: the typed note goes into the store as a draft (only its key stays)."""
        record = self.w.detail_pane.record()
        parked = self.w.annotations_pane.editor.park()
        self.w.annotation_store.park(parked, record.id if record is not None else None)
        self.w.annotations_pane.set_record(None)

    def resume_note(self, parked: Any, person_id: str) -> None:
        """The store is back after Lock: show the note's person, the note goes back."""
        if person_id:
            self.w.browse.go_to_person(person_id)
        self.w.annotations_pane.resume_when_shown(parked)

    def show_opened(self, opened: Opened) -> None:
        """A new archive replaces the one shown, in pieces (issue #12: no stall over 50 ms).

        This turn swaps everything that shows an archive at once: its list, no record,
        no filters or timeline counts of the archive before (they follow from the
        worker), its name. The window paints it (the first archive: the opening page
        stays up for this turn, and the browsing page's first paint, the costliest,
        comes in the next); the recent files (a write to the annotation store) and
        `archive_opened` follow in later turns. A second archive opened or Lock before
        they ran finishes them first (`finish_opening`).
        """
        self.finish_opening()
        archive = opened.archive
        self.w.detail_pane.clear_history()
        self.w.browse.show_archive(opened)
        self.w.annotation_store.follow_archive(archive, opened.identity)
        title = archive.path.name
        self.w.setWindowTitle(self.tr("{name} — Kartoteka").format(name=title))
        self.w.archive_label.setText(title)
        self.w.archive_label.setToolTip(str(archive.path))
        self.w.search_box.setEnabled(True)
        self.update_actions()
        if self.w.layout_.page() == "browse":
            self._show_browsing()  # another archive was shown: this turn paints the new one
        else:  # the opening page stays up this turn: the panes' first paint is the next's
            self.opening_steps.add(self._show_browsing)
        self.opening_steps.add(lambda: self._remember_opened(archive.path))
        self.opening_steps.add(lambda: self._announce_opened(archive.path))

    def finish_opening(self) -> None:
        """Run the pieces left of showing the archive opened last (before another open, Lock)."""
        self.opening_steps.flush()

    def _show_browsing(self) -> None:
        self.w.layout_.loading_pane.stop()
        self.w.layout_.show_page("browse")

    def _remember_opened(self, path: Path) -> None:
        self.w.settings.add_recent_file(path)
        self.w.settings.set_last_archive(path)
        self.w.show_status(self.tr("Opened {name}.").format(name=path.name))

    def _announce_opened(self, path: Path) -> None:
        gui_gc.freeze_once("first archive")  # its caches live on: never scanned again
        self.w.archive_opened.emit(str(path))

    def show_locked(self, path: str, encrypted: bool) -> None:
        self.w.timeline_pane.close_source()
        self.w.detail_pane.clear_history()
        self.w.detail_pane.show_message("")
        self.w.annotations_pane.set_record(None)
        self.w.layout_.locked_pane.set_path(Path(path), encrypted=encrypted)
        self.w.layout_.show_page("locked")
        self.w.setWindowTitle(self.tr("Locked — Kartoteka"))
        self.w.archive_label.setText(self.tr("Locked"))
        self.w.archive_label.setToolTip("")
        self.w.counts_label.setText("")
        self.w.search_box.setEnabled(False)
        self.w.statusBar().clearMessage()
        self.update_actions()
        self.w.layout_.locked_pane.open_again_button.setFocus()
        self.w.locked.emit()

    def update_actions(self) -> None:
        """Enable what can be done now; Undo/Redo say what they would undo."""
        archive = self.w.archive()
        record = self.w.detail_pane.record()
        enabled = {
            "archive_info": archive is not None,
            "lock": archive is not None,
            "save_encrypted": archive is not None
            and not archive.encrypted
            and not self.w.lock_flow.is_encrypting(),
            "copy_record": record is not None,
            "copy_citation": record is not None
            and self.w.detail_pane.citation_to_copy() is not None,
            "back": self.w.detail_pane.can_go_back(),
            "forward": self.w.detail_pane.can_go_forward(),
            "undo_filters": self.w.browse.can_undo(),
            # as the chips' "Clear all": enabled while something narrows the list
            "clear_filters": archive is not None and self.w.browse.state.has_constraints(),
            "publish": archive is not None,
            "compare": archive is not None,
        }
        for name in NEED_AN_ARCHIVE:  # locked, or nothing opened yet: they would do nothing
            enabled[name] = archive is not None
        for name, on in enabled.items():
            self.w.action_map[name].setEnabled(on)
        stack = self.w.annotations.undo_stack
        for name, can, what in (
            ("undo", stack.canUndo(), stack.undoText()),
            ("redo", stack.canRedo(), stack.redoText()),
        ):
            self.w.action_map[name].setEnabled(can)
            label = self.tr("&Undo") if name == "undo" else self.tr("&Redo")
            self.w.action_map[name].setText(f"{label} {what}" if can and what else label)


def _spellings(search: SearchSnapshot) -> dict[str, list[str]]:
    from viewer.models.people import marked_words

    return {pid: marked_words(hit.matched_text) for pid, hit in search.hits.items()}


def wire(w: MainWindow, *, store_later: bool = False) -> None:
    """Connect panes to controllers and controllers to the window's slots.

    With `store_later` (start-up), the caller opens the annotation store in a later
    turn of the event loop, before the first list is delivered: the first open of a
    store creates and syncs it, tens of ms of disk the wiring need not wait for.
    """
    browse, record, opener, store, lock, dialogs = (
        w.browse, w.record, w.opener, w.annotation_store, w.lock_flow, w.dialogs
    )  # fmt: skip
    status, view = w.show_status, w.presenter

    # the list side: what users do becomes view-state actions
    w.search_box.text_edited.connect(browse.type_text)
    w.search_box.escape_pressed.connect(lambda: w.list_pane.table.setFocus())
    w.search_box.returnPressed.connect(lambda: browse.search_now(w.search_box.text()))
    w.facets_pane.value_toggled.connect(browse.toggle)
    w.facets_pane.years_changed.connect(browse.set_years)
    w.facets_pane.clear_requested.connect(browse.clear_filters)
    w.chip_bar.removed.connect(browse.remove_chip)
    w.chip_bar.clear_all_requested.connect(browse.clear_all)
    w.chip_bar.undo_requested.connect(browse.undo)
    w.chip_bar.focus_left.connect(
        lambda: w.list_pane.table.setFocus(Qt.FocusReason.OtherFocusReason)
    )
    w.list_pane.person_selected.connect(browse.select)
    w.list_pane.sort_chosen.connect(browse.set_sort)
    w.list_pane.suggestion_activated.connect(browse.search_now)
    w.detail_pane.person_link_activated.connect(lambda person: w.go_to_person(person))
    w.detail_pane.history_requested.connect(record.revisit)
    w.detail_pane.history_changed.connect(w.update_actions)
    w.detail_pane.message.connect(status)
    w.detail_pane.photos_wanted.connect(w.photos.request)
    w.photos.photo_ready.connect(w.detail_pane.set_photo)
    w.timeline_pane.item_activated.connect(
        lambda person, _item: w.go_to_person(person) if person else None
    )

    # what the controllers say
    browse.state_changed.connect(view.show_state)
    browse.list_shown.connect(view.show_list)
    browse.row_selected.connect(w.list_pane.select_row)
    browse.facets_changed.connect(w.facets_pane.set_facets)
    browse.facets_changed.connect(lambda f: w.facets_updated.emit() if f is not None else None)
    browse.tags_changed.connect(view.show_tags)
    browse.filters_shown.connect(view.show_filters)
    browse.search_done.connect(w.search_finished)
    browse.search_failed.connect(lambda text: status(text, 10_000))
    browse.message.connect(status)
    browse.undo_changed.connect(lambda _can: w.update_actions())
    record.record_changed.connect(view.show_record)
    record.failed.connect(w.detail_pane.show_message)

    opener.opening.connect(view.show_opening)
    opener.progressed.connect(view.show_progress)
    opener.opened.connect(view.show_opened)
    w.archive_opened.connect(opener.shown)  # its last piece: the check may start
    opener.opened.connect(w.file_watch.on_opened)  # after the panes show it: a view put back
    opener.failed.connect(lambda _exc: view.show_not_opened())
    opener.open_cancelled.connect(view.show_not_opened)
    opener.banner.connect(w.layout_.banner.show_banner)
    w.layout_.banner.details_requested.connect(dialogs.show_banner_details)
    w.layout_.banner.action_requested.connect(lambda _banner: w.file_watch.reopen())
    w.frame.cancel_check.clicked.connect(view.cancel_checks)
    dialogs.opening_with_passphrase.connect(w.open_path)
    dialogs.message.connect(status)

    store.opened.connect(lambda _store: w.annotation_store_opened.emit())
    store.opened.connect(lambda _store: browse.refresh_tags())
    store.store_replaced.connect(w.tasks.forget_store)
    store.message.connect(status)
    store.resume_note.connect(view.resume_note)
    w.annotations.changed.connect(lambda _entities: browse.refresh_tags())
    w.annotations_pane.message.connect(status)
    w.annotations_pane.entry_chosen.connect(browse.focus_entry)
    w.annotations_pane.corrections_changed.connect(w.detail_pane.set_corrections)
    stack = w.annotations.undo_stack
    for signal in (stack.canUndoChanged, stack.canRedoChanged):
        signal.connect(w.update_actions)
    for signal in (stack.undoTextChanged, stack.redoTextChanged):
        signal.connect(w.update_actions)

    lock.about_to_lock.connect(view.finish_opening)  # the archive shown is whole before Lock
    lock.about_to_lock.connect(view.park_note)
    lock.locked.connect(view.show_locked)
    lock.unlocked.connect(lambda: w.layout_.show_page("browse"))
    lock.busy_changed.connect(w.update_actions)
    lock.encrypt_finished.connect(w.encrypted_copy_saved)
    lock.encrypt_cancelled.connect(w.encrypted_copy_cancelled)
    w.layout_.locked_pane.open_again_requested.connect(lock.open_again)
    w.layout_.locked_pane.open_other_requested.connect(w.action_map["open"].trigger)

    w.tasks.busy_changed.connect(
        lambda busy: w.frame.progress.setVisible(busy or w.opener.is_checking())
    )  # the archive's check (a quiet task) keeps its percentage shown
    w.tasks.failed.connect(
        lambda exc: (
            dialogs.show_error(exc)
            if isinstance(exc, ArchiveError)
            else status(error_text(exc))
            if isinstance(exc, KartotekaError)
            else None
        )
    )
    _connect_actions(w)
    wire_letters(w)
    wire_output(w)
    if not store_later:
        store.open_store(w.settings.annotation_store_path())


def _connect_actions(w: MainWindow) -> None:
    """Each controller connects its own actions; the window those that move focus or view."""
    a = w.action_map
    w.browse.connect_actions(a)
    w.annotation_undo.connect_actions(a)
    w.annotation_undo.message.connect(w.show_status)
    w.lock_flow.connect_actions(a)
    w.dialogs.connect_actions(a)
    w.edition_dialogs.connect_actions(a)
    w.edition_dialogs.person_activated.connect(w.go_to_person)
    w.lock_flow.about_to_lock.connect(w.edition_dialogs.close_all)
    w.opener.opened.connect(lambda _opened: w.edition_dialogs.close_all())
    w.dialogs.open_chosen.connect(w.open_path)
    reason = Qt.FocusReason.ShortcutFocusReason
    calls = {
        "copy_record": w.detail_pane.copy_record,
        "copy_citation": w.detail_pane.copy_citation,
        "find": lambda: _focus_search(w),
        "focus_list": lambda: w.list_pane.table.setFocus(reason),
        "focus_detail": lambda: w.detail_pane.browser.setFocus(reason),
        "focus_timeline": lambda: w.timeline_pane.setFocus(reason),
        "focus_facets": lambda: w.facets_pane.focus_first(reason),
        "annotations": lambda: w.layout_.set_annotations_visible(a["annotations"].isChecked()),
        "zoom_in": w.timeline_pane.zoom_in,
        "zoom_out": w.timeline_pane.zoom_out,
        "fit_all": w.timeline_pane.fit_all,
        "back": w.detail_pane.back,
        "forward": w.detail_pane.forward,
    }
    for name, call in calls.items():
        a[name].triggered.connect(call)


def _focus_search(w: MainWindow) -> None:
    w.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    w.search_box.selectAll()
