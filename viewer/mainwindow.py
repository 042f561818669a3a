"""The main window: filters | list | record on top, the timeline along the bottom.

MainWindow is the one place panes meet: panes emit signals and the window
wires them (STYLE D2.3). It owns the GUI thread's read-only Archive (for
paging list rows and reading one record, both a few milliseconds) and a
DbWorker for everything that can take longer: opening (listing) an archive,
filtering, facet counts, search and the archive-info check.

Start-up, when `defer_panes=True` (what the application does; tests build
everything at once): the first paint shows a light shell, the window with its
title and "Starting…" in the status bar, because that is all a bare
QMainWindow costs. Everything else is built after it, in steps that each
return to the event loop: the frame (menus, toolbar, status bar), then the
panes, whose modules (the data layer: sqlite-utils, numpy, edtf) are imported
on a thread meanwhile. So this module imports at load time only what the
shell needs. Modules and Qt classes for the rest are imported where they are
built, and the `Qt` namespace is reached as `QtCore.Qt` at call time: with
PySide6, importing `Qt` creates its ~90 Python enums (about 15 ms), and other
Qt classes create theirs on first use too. tests/viewer/test_mainwindow.py
checks that importing this module loads none of the slow modules.
"""

from __future__ import annotations

import dataclasses
import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from db.errors import ArchiveError, KartotekaError
from viewer import gui_gc
from viewer.settings import Settings
from viewer.translations import QT_TRANSLATE_NOOP

ERROR_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("MainWindow", "Archive is damaged"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot open archive"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive is in use"),
    QT_TRANSLATE_NOOP("MainWindow", "File not found"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive is too new"),
    QT_TRANSLATE_NOOP("MainWindow", "Import rejected"),
    QT_TRANSLATE_NOOP("MainWindow", "Problem"),
    QT_TRANSLATE_NOOP("MainWindow", "Not a Kartoteka archive"),
    QT_TRANSLATE_NOOP("MainWindow", "Not an archive file"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot write file"),
    QT_TRANSLATE_NOOP("MainWindow", "Cancelled"),
    QT_TRANSLATE_NOOP("MainWindow", "Query took too long"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot read archive"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive check took too long"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive is encrypted"),
    QT_TRANSLATE_NOOP("MainWindow", "Wrong passphrase"),
    QT_TRANSLATE_NOOP("MainWindow", "Value too large"),
)
"""The titles of db.errors, marked for lupdate (shown through `self.tr(exc.title)`);
tests/viewer/test_translations.py checks that none is missing."""

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSplitter, QStackedWidget

    from db.annotations import AnnotationStore, StoreReader
    from db.connection import Archive
    from db.people import PeopleList
    from db.records import ArchiveInfo, Facets, PeopleQuery, PersonId, PersonRow
    from viewer.annotations.note_editor import ParkedNote
    from viewer.annotations.pane import AnnotationsPane
    from viewer.annotations.preferences_dialog import PreferencesDialog
    from viewer.annotations.session import AnnotationSession
    from viewer.annotations.store_encryption import StoreEncryptionDialog
    from viewer.annotations.tag_facet import TagFacet
    from viewer.dialogs.encryption import (
        EncryptProgressDialog,
        PassphraseDialog,
        SaveEncryptedDialog,
    )
    from viewer.dialogs.text import TextDialog
    from viewer.idle import IdleWatcher
    from viewer.models.people import PeopleModel
    from viewer.panes.facets import FacetsPane
    from viewer.panes.locked import LockedPane
    from viewer.panes.people_list import PeopleListPane
    from viewer.panes.person_detail import PersonDetailPane
    from viewer.panes.timeline import TimelinePane
    from viewer.workers import DbWorker

SEARCH_DEBOUNCE_MS = 250
SEARCH_LIMIT = 1000
SEARCH_LIMIT_MS = 5_000
LIST_LIMIT_MS = 60_000
RECORD_LIMIT_MS = 3_000
DETAIL_DELAY_MS = 30  # holding an arrow key in the list does not render every record
PRELOAD_POLL_MS = 15
PRELOAD_MODULES = (
    "db.connection",
    "db.people",
    "db.person",
    "db.facets",
    "db.timeline",
    "db.records",
    "viewer.workers",
    "viewer.models.people",
    "viewer.panes.facets",
    "viewer.panes.people_list",
    "viewer.panes.person_detail",
    "viewer.panes.timeline",
    "viewer.panes.locked",
    "viewer.idle",
    "viewer.annotations.session",
    "viewer.annotations.pane",
    "viewer.annotations.tag_facet",
)
"""Every module `_build_panes` imports (and those that list an archive), imported on
a thread while the frame stays live; tests/viewer/test_mainwindow.py checks none is missing."""
SHELL_ACTIONS = frozenset({"quit", "shortcuts", "search_help", "about"})
"""Actions that work before the panes exist."""


def _preload_modules() -> None:
    for name in PRELOAD_MODULES:
        importlib.import_module(name)


class _ProgressBridge(QObject):
    """Carries progress from a worker-thread job to the GUI thread (a queued signal)."""

    progressed = Signal(float)


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        archive_opened(str): a new archive is shown (its path).
        list_updated(): the list shows the result of the latest query.
        facets_updated(): the facet counts of the latest query arrived.
        search_finished(): a search result was applied to the list.
        locked(): the archive was closed and its key forgotten (Lock, idle).
        encrypted_copy_saved(str): "Save encrypted copy" wrote this file.
        encrypted_copy_cancelled(): "Save encrypted copy" was cancelled; nothing written.
        annotation_store_opened(): an annotation store was opened (also after its passphrase).
    """

    archive_opened = Signal(str)
    list_updated = Signal()
    facets_updated = Signal()
    search_finished = Signal()
    locked = Signal()
    encrypted_copy_saved = Signal(str)
    encrypted_copy_cancelled = Signal()
    annotation_store_opened = Signal()

    # built by _build_panes (at once, or right after the first paint)
    worker: DbWorker
    people_model: PeopleModel
    facets_pane: FacetsPane
    list_pane: PeopleListPane
    detail_pane: PersonDetailPane
    timeline_pane: TimelinePane
    annotations: AnnotationSession
    annotations_pane: AnnotationsPane
    record_splitter: QSplitter
    preferences_dialog: PreferencesDialog
    top_splitter: QSplitter
    main_splitter: QSplitter
    central_stack: QStackedWidget
    locked_pane: LockedPane
    idle_watcher: IdleWatcher
    # encryption and lock (see the "encryption and lock" section)
    _locked_path: Path | None = None
    _opening_path: Path | None = None
    _passphrase_dialog: PassphraseDialog | None = None
    _save_dialog: SaveEncryptedDialog | None = None
    _encrypting = False
    _encrypt_cancel: threading.Event | None = None
    _encrypt_progress: EncryptProgressDialog | None = None
    # encrypted annotation store (see "annotation store: passphrase, encryption, lock")
    _store_dialog: PassphraseDialog | None = None
    _store_encryption_dialog: StoreEncryptionDialog | None = None
    _store_remember: tuple[Path | None] | None = None
    _store_locked_by_lock = False
    _parked_note: ParkedNote | None = None
    _parked_person: str | None = None
    idle_unit_ms = 60_000
    """One minute of the idle-lock setting; tests make it shorter."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, defer_panes: bool = False
    ) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None:
            gui_gc.install(app)  # worker threads must never collect Qt objects
        self.settings = settings
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kartoteka"))
        self.setAccessibleName(self.tr("Kartoteka"))
        self.setAcceptDrops(True)
        self._archive: Archive | None = None
        self._search_ids: tuple[PersonId, ...] | None = None
        self._tag_people: dict[str, frozenset[PersonId]] = {}
        self._reader_store: AnnotationStore | None = None  # the store the worker reads
        self._dialogs: list[QWidget] = []
        self._encrypt_bridge = _ProgressBridge(self)
        self._built = False
        self._pending_path: Path | None = None
        self._selected_person: str | None = None
        self._preload: threading.Thread | None = None
        self._frame_built = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_selected_person)
        self.resize(1280, 820)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if defer_panes:
            self._show_status_message(self.tr("Starting…"), 0)
        else:
            self._build_frame()
            self._build_panes()

    def is_ready(self) -> bool:
        """Whether the frame and the panes exist (built just after the first paint)."""
        return self._built

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            QTimer.singleShot(0, self._build_panes_when_painted)

    def _build_panes_when_painted(self) -> None:
        """After the shell's first paint: the frame, then (modules preloaded) the panes."""
        if self._built:
            return
        handle = self.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(10, self._build_panes_when_painted)
            return
        if not self._frame_built:
            self.repaint()  # the shell is on screen before anything else is built
            self._build_frame()
            QTimer.singleShot(0, self._build_panes_when_painted)  # the frame paints first
            return
        if self._preload is None:
            self._preload = threading.Thread(target=_preload_modules, name="preload", daemon=True)
            self._preload.start()
        if self._preload.is_alive():  # the GUI thread keeps painting meanwhile
            QTimer.singleShot(PRELOAD_POLL_MS, self._build_panes_when_painted)
            return
        self._build_panes()

    def _build_panes(self) -> None:
        if self._built:
            return
        from PySide6.QtWidgets import QSplitter

        from viewer.models.people import PeopleModel
        from viewer.panes.facets import FacetsPane
        from viewer.panes.people_list import PeopleListPane
        from viewer.panes.person_detail import PersonDetailPane
        from viewer.panes.timeline import TimelinePane
        from viewer.workers import DbWorker

        self._build_frame()
        self._built = True
        self.worker = DbWorker(self)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.busy_changed.connect(self._on_worker_busy_changed)

        from db.records import PeopleQuery, SortKey

        sort_key, descending = self.settings.sort()
        try:
            sort = SortKey(sort_key)
        except ValueError:
            sort = SortKey.NAME
        self.people_model = PeopleModel(self)
        self.people_model.set_list(None, None, PeopleQuery(sort=sort, descending=descending), 0)
        self.people_model.sort_handler = self._on_model_sort_requested
        self.people_model.modelReset.connect(self._update_counts)

        self.facets_pane = FacetsPane(self)
        self.list_pane = PeopleListPane(self.people_model, self)
        self.list_pane.show_sort()
        self.detail_pane = PersonDetailPane(self)
        self.timeline_pane = TimelinePane(self)
        self.timeline_pane.setObjectName("TimelinePane")

        self.top_splitter = QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self.top_splitter.setObjectName("TopSplitter")
        self.record_splitter = QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self.record_splitter.setObjectName("RecordSplitter")
        self.record_splitter.addWidget(self.detail_pane)  # the annotations pane goes below
        for pane in (self.facets_pane, self.list_pane, self.record_splitter):
            self.top_splitter.addWidget(pane)
        self.top_splitter.setChildrenCollapsible(True)
        self.top_splitter.setStretchFactor(1, 2)
        self.top_splitter.setStretchFactor(2, 3)
        self.top_splitter.setSizes([240, 540, 500])
        self.main_splitter = QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("MainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(self.timeline_pane)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([560, 220])
        self._build_central_stack()

        self.facets_pane.selection_changed.connect(self._on_facets_selection_changed)
        self.list_pane.person_selected.connect(self._on_list_person_selected)
        self.list_pane.suggestion_activated.connect(self._on_list_suggestion_activated)
        self.detail_pane.person_link_activated.connect(self.go_to_person)
        self.detail_pane.history_requested.connect(self._on_detail_history_requested)
        self.detail_pane.history_changed.connect(self._update_actions)
        self.detail_pane.message.connect(self._show_status_message)
        self.timeline_pane.item_activated.connect(self._on_timeline_item_activated)

        from viewer.annotations.session import AnnotationSession

        self.annotations = AnnotationSession(self.settings.author(), self)
        self.annotations.failed.connect(self._on_annotation_failed)
        self.annotations.changed.connect(self._on_annotations_changed)
        self.annotations.store_changed.connect(self._on_annotations_changed)
        self.timeline_pane.set_annotations(self.annotations)  # dated notes: the Notes lane
        self.open_annotation_store(self.settings.annotation_store_path())
        self._build_annotations_pane()

        self._restore_layout()
        for action in self.action_map.values():
            action.setEnabled(True)
        self.search_box.setEnabled(True)
        self.statusBar().clearMessage()
        self._update_actions()
        if self._pending_path is not None:
            path, self._pending_path = self._pending_path, None
            self.open_path(path)

    # ----- building ---------------------------------------------------------

    def _build_frame(self) -> None:
        """Actions, menus, toolbar and status bar; until the panes exist, only
        `SHELL_ACTIONS` are enabled."""
        if self._frame_built:
            return
        from PySide6.QtWidgets import QMenu

        from viewer import actions as action_table

        self._frame_built = True
        self.action_map = action_table.build_actions(self)
        self.menus = action_table.build_menus(self.menuBar(), self.action_map)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("RecentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.menus["&File"].insertMenu(self.action_map["archive_info"], self.recent_menu)
        for name, action in self.action_map.items():
            action.triggered.connect(getattr(self, f"on_action_{name}"))
        self.language_actions = action_table.build_language_menu(
            self.menus, self.settings.language(), self
        )
        group = next(iter(self.language_actions.values())).actionGroup()
        if group is not None:
            group.triggered.connect(self._on_language_triggered)
        self._build_toolbar(action_table.TOOLBAR)
        self._build_status_bar()
        if not self._built:
            for name, action in self.action_map.items():
                action.setEnabled(name in SHELL_ACTIONS)
            self.search_box.setEnabled(False)

    def _build_toolbar(self, names: tuple[str, ...]) -> None:
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QCompleter, QLineEdit, QToolBar

        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("MainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonIconOnly)
        for name in names:
            bar.addAction(self.action_map[name])
        spacer = QWidget(bar)
        spacer.setMinimumWidth(12)
        bar.addWidget(spacer)
        self.search_box = QLineEdit(bar)
        self.search_box.setObjectName("SearchBox")
        self.search_box.setPlaceholderText(self.tr("Search names, quotes, sentences (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.setMaximumWidth(480)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.installEventFilter(self)
        bar.addWidget(self.search_box)
        exact = self.action_map["exact_spelling"]
        exact.setIconText(self.tr("Exact"))
        exact.setChecked(self.settings.exact_spelling())
        bar.addAction(exact)
        self._recent_searches = QStringListModel(self.settings.recent_searches(), self)
        self.search_completer = QCompleter(self._recent_searches, self.search_box)
        self.search_completer.setObjectName("RecentSearches")
        self.search_completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        self.search_completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
        self.search_box.setCompleter(self.search_completer)
        self.addToolBar(QtCore.Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QLabel, QProgressBar

        status = self.statusBar()
        self.archive_label = QLabel(self.tr("No archive open"), self)
        self.archive_label.setObjectName("ArchiveLabel")
        self.readonly_label = QLabel(self.tr("read-only"), self)
        self.readonly_label.setObjectName("ReadOnlyLabel")
        self.readonly_label.setToolTip(self.tr("Kartoteka never changes the archive file."))
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("CountsLabel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("BusyIndicator")
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(110)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.archive_label)
        status.addPermanentWidget(self.readonly_label)

    def _restore_layout(self) -> None:
        for name, splitter in self._splitters():
            state = self.settings.splitter_state(name)
            if state is not None:
                splitter.restoreState(state)
        self.timeline_pane.restore_zoom_state(self.settings.timeline_zoom())

    def save_settings(self) -> None:
        """Window layout, sort order, timeline zoom and the archive shown."""
        self.settings.set_geometry(self.saveGeometry())
        if not self._built:
            self.settings.sync()
            return
        for name, splitter in self._splitters():
            self.settings.set_splitter_state(name, splitter.saveState())
        query = self.people_model.query()
        self.settings.set_sort(str(query.sort), query.descending)
        self.settings.set_timeline_zoom(self.timeline_pane.zoom_state())
        if self._archive is not None:
            self.settings.set_last_archive(self._archive.path)
        self.settings.sync()

    # ----- public API -------------------------------------------------------

    def archive(self) -> Archive | None:
        return self._archive

    def current_query(self) -> PeopleQuery:
        return self.people_model.query()

    def open_path(self, path: Path | str, passphrase: str | None = None) -> None:
        """Open another archive off the GUI thread; the current one stays until it is listed.

        Problems are shown in a dialog (`failed`); the previous archive stays open.
        An encrypted archive asks for its passphrase (`passphrase_dialog()`).
        """
        path = Path(path)
        if not self._built:
            self._pending_path = path  # opened as soon as the panes exist
            return
        self._opening_path = path
        from db.people import list_people, page_rows, total_people
        from db.records import PeopleQuery

        current = self.current_query()
        query = PeopleQuery(sort=current.sort, descending=current.descending)
        page = self.people_model.page_size
        self._show_status_message(self.tr("Opening {name}…").format(name=path.name), 0)

        def job(worker_archive: Archive) -> tuple[PeopleQuery, PeopleList, int, list[PersonRow]]:
            with worker_archive.time_limit(LIST_LIMIT_MS):
                db = worker_archive.db
                plist = list_people(db, query)
                return query, plist, total_people(db), page_rows(db, plist, 0, page)

        self.worker.submit_open(path, job, passphrase)

    def apply_query(self, query: PeopleQuery, *, sort_only: bool = False) -> None:
        """Filter/sort the list in SQL off the GUI thread; facets and timeline follow."""
        if self._archive is None:
            return
        from db.people import list_people, page_rows

        page = self.people_model.page_size

        def job(worker_archive: Archive) -> tuple[PeopleQuery, PeopleList, list[PersonRow]]:
            with worker_archive.time_limit(LIST_LIMIT_MS):
                db = worker_archive.db
                plist = list_people(db, query)
                return query, plist, page_rows(db, plist, 0, page)

        self.worker.submit("list", self._archive, job)
        if not sort_only:
            self._request_facets(query)
            self.timeline_pane.set_source(self._archive.path, query, source=self._archive)

    def go_to_person(self, person_id: str) -> None:
        """Show a person: selected in the list when it holds them, else just the record."""
        pid: PersonId = person_id  # type: ignore[assignment]  # NewType of str
        self.list_pane.select_person(pid)
        self._detail_timer.stop()
        record = self.detail_pane.record()
        if record is None or record.id != pid:
            self.show_person(pid)
        self.timeline_pane.highlight_person(pid)

    def show_person(self, person_id: PersonId, *, push: bool = True) -> None:
        if self._archive is None:
            return
        from db.person import get_person

        try:
            with self._archive.time_limit(RECORD_LIMIT_MS):
                record = get_person(self._archive.db, person_id)
        except KartotekaError as exc:
            self.detail_pane.show_message(str(exc))
            return
        if record is None:
            self.detail_pane.show_message(self.tr("This person is not in the archive."))
        else:
            self.detail_pane.show_record(record, push=push)
        self.annotations_pane.set_record(record)
        self._update_actions()

    # ----- worker results ---------------------------------------------------

    def _on_worker_finished(self, kind: str, _rid: int, result: object) -> None:
        if kind == "open":
            assert isinstance(result, tuple)
            archive, (query, plist, total, first_page) = result
            self._close_passphrase_dialog()
            self._swap_archive(archive, query, plist, total, first_page)
        elif kind == "list":
            assert isinstance(result, tuple)
            query, plist, first_page = result
            assert self._archive is not None
            current = self.detail_pane.record()
            total = self.people_model.total()
            self.people_model.set_list(self._archive.db, plist, query, total, first_page)
            self.list_pane.show_sort()
            if current is not None:
                self.list_pane.select_person(current.id)
            self.list_updated.emit()
        elif kind == "facets":
            from db.records import Facets

            assert isinstance(result, Facets)
            self.facets_pane.set_facets(result)
            self.facets_updated.emit()
        elif kind == "search":
            assert isinstance(result, tuple)
            text, found, languages, store_problem = result
            if store_problem:
                self._show_status_message(store_problem)
            self._apply_search(found, text, languages)
        elif kind == "tags":
            from viewer.annotations.tag_facet import TagFacet

            assert isinstance(result, TagFacet)
            self._show_tag_facet(result)
        elif kind == "info":
            from db.records import ArchiveInfo
            from viewer.dialogs.text import TextDialog, info_html

            assert isinstance(result, ArchiveInfo)

            self._show_dialog(TextDialog(self.tr("Archive info"), info_html(result), self))
        elif kind == "encrypt":
            self._on_encrypt_finished(result)

    def _on_worker_failed(self, kind: str, _rid: int, exc: object) -> None:
        assert isinstance(exc, KartotekaError)
        if kind == "open":
            self.statusBar().clearMessage()
            if not self._ask_passphrase_after(exc):
                self._show_error(exc)
        elif kind == "encrypt":
            self._on_encrypt_failed(exc)
        elif isinstance(exc, ArchiveError):
            self._show_error(exc)
        else:
            self._show_status_message(str(exc))

    def _swap_archive(
        self,
        archive: Archive,
        query: PeopleQuery,
        plist: PeopleList,
        total: int,
        first_page: list[PersonRow],
    ) -> None:
        old, self._archive = self._archive, archive
        self._search_ids = None
        self._show_search(None)
        self._show_unlocked()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.facets_pane.restore(self._empty_query())
        self.facets_pane.set_facets(None)
        self.detail_pane.clear_history()
        self.detail_pane.show_message(self.tr("Select a person in the list."))
        self.annotations_pane.set_record(None)
        self.people_model.set_list(archive.db, plist, query, total, first_page)
        self.list_pane.show_sort()
        if old is not None:
            old.close()
        self.timeline_pane.set_source(archive.path, query, source=archive)
        self._annotations_follow(archive)
        self._show_tag_facet(None)
        self._request_facets(query)  # the tag counts follow
        title = archive.path.name
        self.setWindowTitle(self.tr("{name} — Kartoteka").format(name=title))
        self.archive_label.setText(title)
        self.archive_label.setToolTip(str(archive.path))
        self.settings.add_recent_file(archive.path)
        self.settings.set_last_archive(archive.path)
        self._show_status_message(self.tr("Opened {name}.").format(name=title))
        if plist.count:
            self.list_pane.select_row(0)
        if self._store_locked_by_lock:  # unlocking: the annotation store comes back too
            self._store_locked_by_lock = False
            self._reopen_locked_store()
        self._update_actions()
        self.archive_opened.emit(str(archive.path))
        self.list_updated.emit()

    # ----- annotations ------------------------------------------------------

    def open_annotation_store(
        self, path: Path | None, passphrase: str | None = None, *, remember: bool = False
    ) -> bool:
        """Use the store at `path` (None: the per-user one); False if it could not open (yet).

        `passphrase` creates (or opens) an encrypted store. An encrypted store
        opened without one shows the passphrase prompt (`store_passphrase_dialog()`);
        until it is answered annotations are off. `remember`: once open, the
        path becomes the store in the settings. Without a store the archive
        is still shown; annotating says why it is off.
        """
        from db.annotations import (
            AnnotationStoreError,
            AnnotationStorePassphraseError,
            default_store_path,
        )

        try:
            store = self.annotations.open(path, passphrase)
        except AnnotationStorePassphraseError as exc:
            if passphrase is not None:
                self._show_error(exc)
                return False
            target = path if path is not None else default_store_path()
            self.annotations.mark_locked(target, encrypted=True)
            self._store_remember = (path,) if remember else None
            self._ask_store_passphrase(target.absolute())
            return False
        except AnnotationStoreError as exc:
            self._show_error(exc)
            return False
        self._on_store_opened(store, (path,) if remember else None)
        return True

    def _on_store_opened(self, store: AnnotationStore, remember: tuple[Path | None] | None) -> None:
        """A store is open (at once, or after its passphrase): settings, recovery, parked note."""
        if remember is not None:
            self.settings.set_annotation_store_path(remember[0])
        if store.recovered_from is not None:
            from viewer.dialogs import error as error_dialog

            error_dialog.show_error(
                self,
                self.tr("Annotations restored from a backup"),
                self.tr(
                    "{path}: the annotation store was damaged. The backup of {when} "
                    "(UTC) has been restored; edits made after it are not in it. The "
                    "damaged file was kept at {aside}."
                ).format(
                    path=store.path, when=store.recovered_from.taken_at, aside=store.moved_aside
                ),
            )
        self._resume_parked_note()
        self.annotation_store_opened.emit()

    def _build_annotations_pane(self) -> None:
        """The annotations of the person shown, below the record; Undo/Redo follow the stack."""
        from viewer.annotations.pane import AnnotationsPane

        self.annotations_pane = AnnotationsPane(self.annotations, self.worker, self)
        self.annotations_pane.message.connect(self._show_status_message)
        # proposed corrections flag their fields in the record (cleared with the store)
        self.annotations_pane.corrections_changed.connect(self.detail_pane.set_corrections)
        self.record_splitter.addWidget(self.annotations_pane)
        self.record_splitter.setStretchFactor(0, 3)
        self.record_splitter.setStretchFactor(1, 2)
        self.record_splitter.setSizes([230, 370])
        stack = self.annotations.undo_stack
        stack.canUndoChanged.connect(self._update_actions)
        stack.canRedoChanged.connect(self._update_actions)
        stack.undoTextChanged.connect(self._update_actions)
        stack.redoTextChanged.connect(self._update_actions)

    def _splitters(self) -> tuple[tuple[str, QSplitter], ...]:
        return (
            ("top", self.top_splitter),
            ("main", self.main_splitter),
            ("record", self.record_splitter),
        )

    def on_action_undo(self) -> None:
        self.annotations.undo_stack.undo()

    def on_action_redo(self) -> None:
        self.annotations.undo_stack.redo()

    def on_action_clear_history(self) -> None:
        self.settings.clear_history()  # viewer.discretion: memory, store, Qt's dialog history
        self._show_status_message(self.tr("Recent searches and archives cleared."))

    def on_action_preferences(self) -> None:
        from viewer.annotations.preferences_dialog import PreferencesDialog

        store = self.annotations.store
        dialog = PreferencesDialog(
            self.settings.author(),
            self.settings.annotation_store_path(),
            self,
            idle_lock_minutes=self.settings.idle_lock_minutes(),
            store_encrypted=store.encrypted if store is not None else None,
            remember_history=self.settings.remember_history(),
        )
        dialog.accepted.connect(lambda: self._apply_preferences(dialog))
        dialog.encryption_requested.connect(lambda: self.encrypt_annotation_store(dialog))
        dialog.clear_history_requested.connect(self.on_action_clear_history)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        dialog.open()

    def _apply_preferences(self, dialog: PreferencesDialog) -> None:
        self.settings.set_author(dialog.author())
        self.annotations.set_author(dialog.author())
        self.set_idle_lock_minutes(dialog.idle_lock_minutes())
        self.settings.set_remember_history(dialog.remember_history())  # viewer.discretion
        path = dialog.store_path()
        passphrase = dialog.new_store_passphrase()  # only for a store created encrypted
        if (
            path != self.settings.annotation_store_path()
            or passphrase is not None
            or self.annotations.store is None  # e.g. its passphrase was not given: ask again
        ):
            self.open_annotation_store(path, passphrase, remember=True)
        self.settings.sync()

    def _on_annotation_failed(self, exc: object) -> None:
        if isinstance(exc, KartotekaError):
            self._show_error(exc)

    def _annotations_follow(self, archive: Archive) -> None:
        from db.annotations import AnnotationStoreError, archive_identity

        try:
            identity: str | None = archive_identity(archive)
        except AnnotationStoreError as exc:
            identity = None
            self._show_status_message(str(exc), 0)
        self.annotations.set_archive(identity)

    def _on_annotations_changed(self, _entities: object = None) -> None:
        """Tags or notes changed: new tag counts; a checked tag may now cover other people.

        The list follows once the new tag people arrive (`_show_tag_facet`).
        """
        if self.annotations.store is not self._reader_store:
            self._reader_store = self.annotations.store
            self.worker.forget_store()  # the worker's reader of the old store closes
        self._refresh_tag_facet(self._query_from_panes())

    def _refresh_tag_facet(self, query: PeopleQuery) -> None:
        """Count the tags under `query`'s other filters, on the worker (store + archive reads)."""
        archive, store = self._archive, self.annotations.store
        archive_id = self.annotations.archive_id
        if archive is None or store is None or archive_id is None:
            self.worker.cancel("tags")
            self._show_tag_facet(None)
            return
        from viewer.annotations.tag_facet import tag_facet

        # the tag filter itself is left out; the search still applies
        others = dataclasses.replace(query, tags=(), only_ids=self._search_ids)

        def job(worker_archive: Archive, reader: StoreReader | None) -> TagFacet:
            with worker_archive.time_limit(LIST_LIMIT_MS):
                return tag_facet(reader, archive_id, worker_archive.db, others)

        self.worker.submit_with_store("tags", archive, store, job)

    def _show_tag_facet(self, facet: TagFacet | None) -> None:
        """New tag counts; when a checked tag now covers other people, the list follows."""
        people = facet.people if facet is not None else {}
        checked = self.facets_pane.apply_to(self._empty_query()).tags
        moved = any(self._tag_people.get(t) != people.get(t) for t in checked)
        self._tag_people = people
        if facet is None:
            self.facets_pane.set_tags([], {})
        else:
            self.facets_pane.set_tags(facet.values, facet.colours)
        if moved and self._archive is not None:
            self.apply_query(self._query_from_panes())

    def _request_facets(self, query: PeopleQuery) -> None:
        """Counts for the facets, and for the tags, under `query` (both on the worker)."""
        if self._archive is None:
            return
        from db.facets import facet_counts

        def job(worker_archive: Archive) -> Facets:
            with worker_archive.time_limit(LIST_LIMIT_MS):
                return facet_counts(worker_archive.db, query)

        self.worker.submit("facets", self._archive, job)
        self._refresh_tag_facet(query)

    # ----- slots ------------------------------------------------------------

    @staticmethod
    def _empty_query() -> PeopleQuery:
        from db.records import PeopleQuery

        return PeopleQuery()

    def _on_model_sort_requested(self, query: PeopleQuery) -> None:
        self.apply_query(query, sort_only=True)

    def _on_facets_selection_changed(self) -> None:
        self.apply_query(self._query_from_panes())

    def _query_from_panes(self) -> PeopleQuery:
        from viewer.annotations.tag_facet import restrict_to_tags

        base = dataclasses.replace(self.current_query(), only_ids=self._search_ids)
        return restrict_to_tags(self.facets_pane.apply_to(base), self._tag_people)

    def _on_list_person_selected(self, person_id: str) -> None:
        self._selected_person = person_id
        self._detail_timer.start()

    def _show_selected_person(self) -> None:
        person_id = self._selected_person
        if person_id is None:
            return
        record = self.detail_pane.record()
        if record is None or record.id != person_id:
            self.show_person(person_id)  # type: ignore[arg-type]  # NewType of str
        self.timeline_pane.highlight_person(person_id)

    def _on_detail_history_requested(self, person_id: str) -> None:
        self.show_person(person_id, push=False)  # type: ignore[arg-type]
        self.list_pane.select_person(person_id)  # type: ignore[arg-type]
        self._detail_timer.stop()
        self.timeline_pane.highlight_person(person_id)

    def _on_timeline_item_activated(self, person_id: str, _item_id: str) -> None:
        if person_id:
            self.go_to_person(person_id)

    def _on_worker_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _on_search_text_changed(self, _text: str) -> None:
        if not self._built:
            return
        self.worker.cancel("search")
        self._search_timer.start()

    def _run_search(self) -> None:
        text = self.search_box.text().strip()
        if self._archive is None:
            return
        if not text:
            self._show_search(None)
            if self._search_ids is not None:
                self._search_ids = None
                self.apply_query(self._query_from_panes())
            return
        from viewer.annotations.note_search import note_entries, with_annotated_people

        exact = self.action_map["exact_spelling"].isChecked()
        archive_id = self.annotations.archive_id

        def job(worker_archive: Archive, reader: StoreReader | None) -> object:
            # loaded on first search: keeps start-up short
            from db.search import search, spelling_languages

            store_problem = ""
            try:  # notes, corrections and tag names: the store's reader on this thread
                noted = note_entries(reader, archive_id, text)
            except KartotekaError as exc:
                noted, store_problem = frozenset(), str(exc)
            with worker_archive.time_limit(SEARCH_LIMIT_MS):
                result = search(
                    worker_archive, text, limit=SEARCH_LIMIT, expand_variants=not exact, live=True
                )
                result = with_annotated_people(result, worker_archive.db, noted)
            try:  # "Belarusian (Cyrillic)" beside name matches; the list works without it
                with worker_archive.time_limit(RECORD_LIMIT_MS):
                    languages = spelling_languages(worker_archive, result.hits)
            except KartotekaError:
                languages = {}
            return text, result, languages, store_problem

        store = self.annotations.store
        self.worker.submit_with_store("search", self._archive, store, job)

    def _apply_search(
        self, result: object, text: str = "", languages: dict[PersonId, str] | None = None
    ) -> None:
        person_ids: tuple[PersonId, ...] = tuple(getattr(result, "person_ids", ()))
        notice = getattr(result, "notice", None)
        suggestion = getattr(result, "suggestion", None)
        self._search_ids = person_ids
        parts = [self.tr("{n} found.").format(n=len(person_ids))]
        if getattr(result, "similar_only", False):
            parts = [self.tr("No exact match — similar names: {n}.").format(n=len(person_ids))]
        if not person_ids and text:
            parts = [self.tr("No one found for “{text}”.").format(text=text)]
        if notice:
            parts.append(str(notice))
        if suggestion:
            parts.append(self.tr("Did you mean “{s}”?").format(s=suggestion))
        self._show_status_message(" ".join(parts), 10_000)
        self._show_search(text, result, languages or {})
        self.apply_query(self._query_from_panes())
        self.search_finished.emit()

    def _show_search(
        self, text: str | None, result: object = None, languages: dict[PersonId, str] | None = None
    ) -> None:
        """The Match column, the record's highlights and the "no one found" line follow
        the search shown; `text` None clears them (Esc, clear filters, another archive)."""
        if not self._built:
            return
        hits = tuple(getattr(result, "hits", ()))
        if text is None or result is None:
            self.people_model.set_matches(None)
            self.detail_pane.set_search_highlights()
            self.list_pane.show_search_feedback(None, 0, None)
            return
        from viewer.models.people import marked_words

        by_person = {hit.person_id: hit for hit in hits}
        self.people_model.set_matches(by_person, languages)
        spellings = {pid: marked_words(hit.matched_text) for pid, hit in by_person.items()}
        self.detail_pane.set_search_highlights(getattr(result, "terms", ()), spellings)
        person_ids = tuple(getattr(result, "person_ids", ()))
        suggestion = getattr(result, "suggestion", None)
        self.list_pane.show_search_feedback(text, len(person_ids), suggestion)
        if person_ids:
            self._remember_search(text)

    def _remember_search(self, text: str) -> None:
        """Keep a search that found people; the stages of typing it collapse into one."""
        recent = self.settings.recent_searches()
        last = recent[0] if recent else ""
        if last and last != text and last.casefold().startswith(text.casefold()):
            return  # deleting letters of the last search: keep the longer one
        replaces = last if last and text.casefold().startswith(last.casefold()) else None
        self.settings.add_recent_search(text, replaces=replaces)
        if not self._recent_searches_shown():
            self._recent_searches.setStringList(self.settings.recent_searches())

    def _recent_searches_shown(self) -> bool:
        popup = self.search_completer.popup()
        return popup is not None and popup.isVisible()

    def _offer_recent_searches(self) -> None:
        """Down in the search box: recent searches containing what is typed (all when empty)."""
        self._recent_searches.setStringList(self.settings.recent_searches())
        self.search_completer.setCompletionPrefix(self.search_box.text())
        if self.search_completer.completionCount():
            self.search_completer.complete()

    def _on_list_suggestion_activated(self, suggestion: str) -> None:
        """ "Did you mean …" was clicked: search for it at once."""
        self.search_box.setText(suggestion)
        self._search_timer.stop()
        self._run_search()

    def on_action_exact_spelling(self) -> None:
        exact = self.action_map["exact_spelling"].isChecked()
        self.settings.set_exact_spelling(exact)
        self._show_status_message(
            self.tr("Exact spelling: names only as written.")
            if exact
            else self.tr("Spelling variants: every script, romanization and small typos.")
        )
        if self._built and self.search_box.text().strip():
            self.worker.cancel("search")
            self._search_timer.stop()
            self._run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._built and watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == QtCore.Qt.Key.Key_Escape:
                self.search_box.clear()
                self.list_pane.table.setFocus()
                return True
            if event.key() == QtCore.Qt.Key.Key_Down and not self._recent_searches_shown():
                self._offer_recent_searches()
                return True
        return super().eventFilter(watched, event)

    # ----- actions ----------------------------------------------------------

    def on_action_open(self) -> None:
        start = str(self._archive.path.parent) if self._archive is not None else ""
        filters = self.tr("Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)")
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open archive"), start, filters)
        if path:
            self.open_path(Path(path))

    def on_action_archive_info(self) -> None:
        if self._archive is None:
            return
        from db.info import archive_info

        def job(worker_archive: Archive) -> ArchiveInfo:
            return archive_info(worker_archive, quick_check=True)

        self.worker.submit("info", self._archive, job)

    def on_action_quit(self) -> None:
        self.close()

    def on_action_copy_record(self) -> None:
        self.detail_pane.copy_record()

    def on_action_copy_citation(self) -> None:
        self.detail_pane.copy_citation()

    def on_action_find(self) -> None:
        self.search_box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def on_action_clear_filters(self) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._search_timer.stop()
        self.worker.cancel("search")
        self._search_ids = None
        self._show_search(None)
        self.facets_pane.restore(self._empty_query())
        self.apply_query(self._query_from_panes())

    def on_action_focus_list(self) -> None:
        self.list_pane.table.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def on_action_focus_detail(self) -> None:
        self.detail_pane.browser.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def on_action_focus_timeline(self) -> None:
        self.timeline_pane.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def on_action_focus_facets(self) -> None:
        self.facets_pane.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def on_action_zoom_in(self) -> None:
        self.timeline_pane.zoom_in()

    def on_action_zoom_out(self) -> None:
        self.timeline_pane.zoom_out()

    def on_action_fit_all(self) -> None:
        self.timeline_pane.fit_all()

    def on_action_back(self) -> None:
        self.detail_pane.back()

    def on_action_forward(self) -> None:
        self.detail_pane.forward()

    def on_action_shortcuts(self) -> None:
        from viewer.dialogs.text import TextDialog, shortcuts_html

        self._show_dialog(TextDialog(self.tr("Keyboard shortcuts"), shortcuts_html(), self))

    def on_action_search_help(self) -> None:
        from viewer.dialogs.text import TextDialog, search_help_html

        self._show_dialog(TextDialog(self.tr("Search syntax"), search_help_html(), self))

    def on_action_about(self) -> None:
        from viewer.dialogs.text import TextDialog, about_html

        self._show_dialog(TextDialog(self.tr("About Kartoteka"), about_html(), self))

    # ----- tags, annotation exchange, orphans (viewer/annotations/) ---------

    def on_action_tags(self) -> None:
        from viewer.annotations.tag_manager import TagManagerDialog

        self._open_dialog(TagManagerDialog(self.annotations, self))

    def on_action_export_annotations(self) -> None:
        from viewer.annotations.exchange_dialogs import ExportDialog, person_entries

        if self._annotations_missing():
            return
        person = person_entries(self.annotations, self.detail_pane.record())
        self._open_dialog(ExportDialog(self.annotations, person, self))

    def on_action_import_annotations(self) -> None:
        from viewer.annotations.exchange_dialogs import ask_open_path

        if self._annotations_missing():
            return
        path = ask_open_path(self)
        if path is not None:
            self.import_annotations(path)

    def import_annotations(self, path: Path) -> QWidget | None:
        """Plan the import of `path` (nothing written) and show the preview dialog."""
        from viewer.annotations.exchange_dialogs import ImportPreviewDialog, plan_file

        try:
            plan = plan_file(self.annotations, path)
        except KartotekaError as exc:
            self._show_error(exc)
            return None
        dialog = ImportPreviewDialog(self.annotations, plan, self)
        self._open_dialog(dialog)
        return dialog

    def on_action_orphans(self) -> None:
        from viewer.annotations.orphans_view import find_orphans, orphans_html
        from viewer.dialogs.text import TextDialog

        if self._annotations_missing() or self._archive is None:
            return
        store = self.annotations.store
        assert store is not None
        try:
            found = find_orphans(self.annotations, self._archive.db)
            names = {t.id: t.name for t in store.tags(include_deleted=True)}
        except KartotekaError as exc:
            self._show_error(exc)
            return
        title = self.tr("Orphaned annotations")
        self._open_dialog(TextDialog(title, orphans_html(found, names), self))

    def _annotations_missing(self) -> bool:
        if self.annotations.is_ready():
            return False
        self._show_status_message(
            self.tr("Open an archive first; annotations belong to the entries of an archive.")
        )
        return True

    def _open_dialog(self, dialog: QWidget) -> None:
        self._dialogs = [d for d in self._dialogs if d.isVisible()]
        self._dialogs.append(dialog)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # ----- helpers ----------------------------------------------------------

    def _show_dialog(self, dialog: TextDialog) -> None:
        self._dialogs = [d for d in self._dialogs if d.isVisible()]
        self._dialogs.append(dialog)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_dialogs(self) -> list[QWidget]:
        return [d for d in self._dialogs if d.isVisible()]

    def _show_error(self, exc: KartotekaError) -> None:
        from viewer.dialogs import error as error_dialog

        error_dialog.show_error(self, self.tr(exc.title), str(exc))

    def _on_language_triggered(self, action: QAction) -> None:
        """Saves the choice; the strings are set as widgets are built, so it applies at restart."""
        code = action.data()
        if not isinstance(code, str) or code == self.settings.language():
            return
        self.settings.set_language(code)
        self.settings.sync()
        self._show_status_message(
            self.tr("The new language takes effect when Kartoteka is started again."), 10_000
        )

    def _show_status_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _update_counts(self) -> None:
        self.list_pane.update_count()  # its own modelReset slot may not have run yet
        shown, total = self.people_model.count(), self.people_model.total()
        self.counts_label.setText(self.list_pane.count_label.text() if total or shown else "")

    def _update_actions(self) -> None:
        has_archive = self._archive is not None
        has_record = self.detail_pane.record() is not None
        self.action_map["archive_info"].setEnabled(has_archive)
        self._update_lock_actions()
        self.action_map["copy_record"].setEnabled(has_record)
        self.action_map["copy_citation"].setEnabled(
            has_record and self.detail_pane.citation_to_copy() is not None
        )
        self.action_map["back"].setEnabled(self.detail_pane.can_go_back())
        self.action_map["forward"].setEnabled(self.detail_pane.can_go_forward())
        stack = self.annotations.undo_stack
        for name, can, what in (
            ("undo", stack.canUndo(), stack.undoText()),
            ("redo", stack.canRedo(), stack.redoText()),
        ):
            self.action_map[name].setEnabled(can)
            label = self.tr("&Undo") if name == "undo" else self.tr("&Redo")
            self.action_map[name].setText(f"{label} {what}" if can and what else label)

    def _fill_recent_menu(self) -> None:
        from PySide6.QtGui import QAction

        self.recent_menu.clear()
        for number, path in enumerate(self.settings.recent_files(), start=1):
            action = QAction(f"&{number} {path.name}", self.recent_menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            self.recent_menu.addAction(action)
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(self.tr("No recent archives"))
            empty.setEnabled(False)

    # ----- encryption and lock ----------------------------------------------

    def _build_central_stack(self) -> None:
        """The panes, with the locked page in their place while locked; the idle timer."""
        from PySide6.QtWidgets import QStackedWidget

        from viewer.idle import IdleWatcher
        from viewer.panes.locked import LockedPane

        self.central_stack = QStackedWidget(self)
        self.central_stack.setObjectName("CentralStack")
        self.central_stack.addWidget(self.main_splitter)
        self.locked_pane = LockedPane(self.central_stack)
        self.locked_pane.open_again_requested.connect(self.open_again)
        self.locked_pane.open_other_requested.connect(self.on_action_open)
        self.central_stack.addWidget(self.locked_pane)
        self.setCentralWidget(self.central_stack)
        self.idle_watcher = IdleWatcher(self)
        self.idle_watcher.idle.connect(self._on_idle_watcher_idle)
        self.set_idle_lock_minutes(self.settings.idle_lock_minutes(), save=False)

    def is_locked(self) -> bool:
        """Whether the window shows the locked page (an archive was closed by Lock)."""
        return self._locked_path is not None

    def passphrase_dialog(self) -> PassphraseDialog | None:
        """The passphrase prompt on screen, if any (tests type into it)."""
        return self._passphrase_dialog

    def lock(self) -> None:
        """Close the archive, forget its key and show the locked page (File ▸ Lock, idle).

        Every connection goes (the window's, the worker's and the timeline's), so
        the private copy is deleted with the last one; nothing read from the
        archive stays in the panes. Opening it again asks for the passphrase.
        """
        if not self._built or self._archive is None:
            return
        from db.records import PeopleQuery

        archive, self._archive = self._archive, None
        self._locked_path = archive.path
        self._encrypting = False  # a running copy still finishes; its result is dropped
        self._close_encrypt_progress()
        self._close_passphrase_dialog()
        self._lock_annotations()
        self._search_timer.stop()
        self._detail_timer.stop()
        self._selected_person = None
        self.worker.close_connection()
        self.timeline_pane.close_source()
        query = self.current_query()
        empty = PeopleQuery(sort=query.sort, descending=query.descending)
        self.people_model.set_list(None, None, empty, 0)
        self._search_ids = None
        self._show_search(None)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.search_box.setEnabled(False)
        self.facets_pane.restore(self._empty_query())
        self.facets_pane.set_facets(None)
        self.detail_pane.clear_history()
        self.detail_pane.show_message("")
        for dialog in self._dialogs:
            dialog.close()
        self._dialogs = []
        self.annotations.set_archive(None)
        encrypted = archive.encrypted
        archive.forget_key()
        archive.close()
        self.locked_pane.set_path(archive.path, encrypted=encrypted)
        self.central_stack.setCurrentWidget(self.locked_pane)
        self.setWindowTitle(self.tr("Locked — Kartoteka"))
        self.archive_label.setText(self.tr("Locked"))
        self.archive_label.setToolTip("")
        self.counts_label.setText("")
        self.statusBar().clearMessage()
        self._update_actions()
        self.locked_pane.open_again_button.setFocus()
        self.locked.emit()

    def _show_unlocked(self) -> None:
        if self._locked_path is None:
            return
        self._locked_path = None
        self.central_stack.setCurrentWidget(self.main_splitter)
        self.search_box.setEnabled(True)
        self.idle_watcher.restart()

    def open_again(self) -> None:
        """Open the locked archive again; an encrypted one asks for its passphrase first."""
        path = self._locked_path
        if path is None:
            return
        from db.encryption import is_probably_encrypted

        if is_probably_encrypted(path):
            self._ask_passphrase(path)
        else:
            self.open_path(path)

    def _ask_passphrase_after(self, exc: KartotekaError) -> bool:
        """Prompt (again) after an open failed for want of the right passphrase."""
        from db.connection import ArchiveEncryptedError, WrongPassphraseError

        path = self._opening_path
        if path is None or not isinstance(exc, ArchiveEncryptedError | WrongPassphraseError):
            self._close_passphrase_dialog()
            return False
        dialog = self._ask_passphrase(path)
        if isinstance(exc, WrongPassphraseError):
            dialog.show_problem(str(exc))
        return True

    def _ask_passphrase(self, path: Path) -> PassphraseDialog:
        from viewer.dialogs.encryption import PassphraseDialog

        dialog = self._passphrase_dialog
        if dialog is not None and dialog.path == path:
            dialog.set_busy(False)
            return dialog
        self._close_passphrase_dialog()
        dialog = PassphraseDialog(path, self)
        dialog.submitted.connect(self._on_passphrase_dialog_submitted)
        dialog.rejected.connect(self._on_passphrase_dialog_rejected)
        self._passphrase_dialog = dialog
        dialog.open()  # window-modal, not a nested event loop
        return dialog

    def _on_passphrase_dialog_submitted(self) -> None:
        dialog = self._passphrase_dialog
        if dialog is None:
            return
        passphrase = dialog.take_passphrase()
        dialog.set_busy(True)
        self.open_path(dialog.path, passphrase)

    def _on_passphrase_dialog_rejected(self) -> None:
        dialog, self._passphrase_dialog = self._passphrase_dialog, None
        if dialog is None:
            return
        self.worker.cancel("open")  # an attempt still running is dropped: nothing changes
        self.statusBar().clearMessage()
        dialog.deleteLater()

    def _close_passphrase_dialog(self) -> None:
        dialog, self._passphrase_dialog = self._passphrase_dialog, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()

    def save_encrypted_dialog(self) -> SaveEncryptedDialog | None:
        """The "Save encrypted copy" dialog on screen, if any (for tests)."""
        return self._save_dialog

    def save_encrypted_copy(self, target: Path, passphrase: str) -> None:
        """Write an encrypted copy of the open archive to `target` on the worker.

        An existing `target` is replaced only after `confirm_overwrite`; the
        copy is written beside it and moved into place, so a failure leaves
        no half-written file. Ends with `encrypted_copy_saved` or an error dialog.
        """
        archive = self._archive
        if archive is None or self._encrypting:
            return
        from viewer.dialogs import encryption as encryption_dialogs

        overwrite = False
        if target.exists():
            if not encryption_dialogs.confirm_overwrite(self, target):
                self._show_status_message(self.tr("Nothing was saved."))
                return
            overwrite = True

        from viewer.dialogs.encryption import EncryptProgressDialog

        cancel = threading.Event()
        bridge = self._encrypt_bridge

        def progress(share: float) -> bool:
            bridge.progressed.emit(share)  # queued to the GUI thread
            return not cancel.is_set()

        def job(worker_archive: Archive) -> Path:
            from db.encryption import encrypt_archive

            encrypt_archive(
                worker_archive.path, target, passphrase, overwrite=overwrite, progress=progress
            )
            return target

        self._encrypting = True
        self._encrypt_cancel = cancel
        self._update_actions()
        self._show_status_message(
            self.tr("Saving an encrypted copy as {name}…").format(name=target.name), 0
        )
        dialog = EncryptProgressDialog(target, self)
        dialog.cancel_requested.connect(cancel.set)
        bridge.progressed.connect(dialog.set_share)
        self._encrypt_progress = dialog
        dialog.open()
        self.worker.submit("encrypt", archive, job)

    def encrypt_progress_dialog(self) -> EncryptProgressDialog | None:
        """The progress of "Save encrypted copy" on screen, if any (its Cancel stops the copy)."""
        return self._encrypt_progress

    def _close_encrypt_progress(self) -> None:
        dialog, self._encrypt_progress = self._encrypt_progress, None
        if dialog is not None:
            self._encrypt_bridge.progressed.disconnect(dialog.set_share)
            dialog.finish()
            dialog.deleteLater()

    def _on_save_dialog_accepted(self) -> None:
        dialog, self._save_dialog = self._save_dialog, None
        if dialog is None:
            return
        target = dialog.target().absolute()
        self.save_encrypted_copy(target, dialog.take_passphrase())

    def _on_encrypt_finished(self, result: object) -> None:
        self._encrypting = False
        self._encrypt_cancel = None
        self._close_encrypt_progress()
        self._update_actions()
        self._show_status_message(
            self.tr(
                "Saved an encrypted copy as {path}. Without its passphrase it cannot be opened."
            ).format(path=result),
            15_000,
        )
        self.encrypted_copy_saved.emit(str(result))

    def _on_encrypt_failed(self, exc: KartotekaError) -> None:
        from db.encryption import EncryptionCancelledError

        self._encrypting = False
        self._encrypt_cancel = None
        self._close_encrypt_progress()
        self._update_actions()
        self.statusBar().clearMessage()
        if isinstance(exc, EncryptionCancelledError):
            self._show_status_message(
                self.tr("Cancelled: no encrypted copy was written, and the archive is unchanged."),
                15_000,
            )
            self.encrypted_copy_cancelled.emit()
            return
        self._show_error(exc)

    # ----- annotation store: passphrase, encryption, lock -----------------

    def store_passphrase_dialog(self) -> PassphraseDialog | None:
        """The annotation store's passphrase prompt on screen, if any (tests type into it)."""
        return self._store_dialog

    def store_encryption_dialog(self) -> StoreEncryptionDialog | None:
        """The "Encrypt annotations" / "Change passphrase" dialog on screen, if any."""
        return self._store_encryption_dialog

    def _lock_annotations(self) -> None:
        """Park the typed note as a draft, then close the store and forget its key (Lock).

        Only the draft's key (or, if saving it failed, the text) stays in
        memory until unlocking brings it back into the editor.
        """
        self._close_store_dialogs()
        parked = self.annotations_pane.editor.park()
        if parked is not None:
            record = self.detail_pane.record()
            self._parked_note = parked
            self._parked_person = record.id if record is not None else None
        self.annotations_pane.set_record(None)
        if self.annotations.store is not None:
            self._store_locked_by_lock = True
            self.annotations.lock()

    def _reopen_locked_store(self) -> None:
        """After unlocking: reopen the store Lock closed, asking for its passphrase."""
        path = self.annotations.locked_path
        if path is None:
            return
        if self.annotations.locked_encrypted:
            self._ask_store_passphrase(path)
        else:
            self.open_annotation_store(path)

    def _resume_parked_note(self) -> None:
        """Put the note typed before Lock back into the editor, on the same person."""
        parked = self._parked_note
        if parked is None or not self.annotations.is_ready() or self._archive is None:
            return
        if parked.target.archive_id != self.annotations.archive_id:
            return  # another archive is open: the draft waits in the store
        person, self._parked_note, self._parked_person = self._parked_person, None, None
        if person is not None:
            self.go_to_person(person)
        pane, target = self.annotations_pane, parked.target
        pane.select_entry(target.entity_type, target.entity_id)
        label = next(
            (
                e.label
                for e in pane.entries()
                if (e.entity_type, e.entity_id) == (target.entity_type, target.entity_id)
            ),
            target.entity_id,
        )
        if pane.editor.resume(parked, label):
            self._show_status_message(self.tr("Your unsaved note is back in the editor."))
        else:
            self._parked_note = parked

    def _ask_store_passphrase(self, path: Path) -> PassphraseDialog:
        from viewer.annotations.store_encryption import store_passphrase_dialog

        dialog = self._store_dialog
        if dialog is not None:
            dialog.set_busy(False)
            return dialog
        dialog = store_passphrase_dialog(path, self)
        dialog.submitted.connect(self._on_store_dialog_submitted)
        dialog.rejected.connect(self._on_store_dialog_rejected)
        self._store_dialog = dialog
        dialog.open()  # window-modal, not a nested event loop
        return dialog

    def _on_store_dialog_submitted(self) -> None:
        """Try the passphrase typed; a wrong one is said in the dialog, which stays."""
        from db.annotations import AnnotationStoreError, AnnotationStorePassphraseError

        dialog = self._store_dialog
        if dialog is None:
            return
        passphrase = dialog.take_passphrase()
        dialog.set_busy(True)
        try:
            store = self.annotations.open(dialog.path, passphrase)
        except AnnotationStorePassphraseError as exc:
            dialog.show_problem(str(exc))
            return
        except AnnotationStoreError as exc:
            self._close_store_dialogs()
            self._show_error(exc)
            return
        self._close_store_dialogs()
        remember, self._store_remember = self._store_remember, None
        self._show_status_message(self.tr("Annotations opened."))
        self._on_store_opened(store, remember)

    def _on_store_dialog_rejected(self) -> None:
        dialog, self._store_dialog = self._store_dialog, None
        self._store_remember = None
        if dialog is None:
            return
        dialog.deleteLater()
        self._show_status_message(
            self.tr(
                "Annotations are off: the annotation store's passphrase was not entered. "
                "Nothing was changed; Edit ▸ Preferences asks again."
            ),
            15_000,
        )

    def _close_store_dialogs(self) -> None:
        dialog, self._store_dialog = self._store_dialog, None
        if dialog is not None:
            dialog.finish()
            dialog.deleteLater()
        encryption, self._store_encryption_dialog = self._store_encryption_dialog, None
        if encryption is not None:
            encryption.take_passphrases()  # clear the fields
            encryption.close()

    def encrypt_annotation_store(
        self, parent: QWidget | None = None
    ) -> StoreEncryptionDialog | None:
        """Encrypt the open annotation store, or change its passphrase (Preferences)."""
        from viewer.annotations.store_encryption import StoreEncryptionDialog

        store = self.annotations.store
        if store is None:
            self._show_status_message(self.tr("No annotation store is open."))
            return None
        dialog = StoreEncryptionDialog(store.path, encrypted=store.encrypted, parent=parent or self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self._on_store_encryption_submitted)
        dialog.rejected.connect(self._on_store_encryption_rejected)
        self._store_encryption_dialog = dialog
        dialog.open()
        return dialog

    def _on_store_encryption_submitted(self) -> None:
        from db.annotations import AnnotationStoreError

        dialog = self._store_encryption_dialog
        if dialog is None:
            return
        old, new = dialog.take_passphrases()
        self.annotations_pane.editor.flush()  # a pending draft goes into the store first
        try:
            store = self.annotations.change_passphrase(old, new)
        except AnnotationStoreError as exc:
            dialog.show_problem(str(exc))  # nothing changed; the store is open as before
            return
        self._store_encryption_dialog = None
        dialog.finish()
        if old is None:
            text = self.tr(
                "The annotations are now encrypted. Without the passphrase they cannot be opened."
            )
        else:
            text = self.tr("The annotations' passphrase was changed.")
        self._show_status_message(text, 15_000)
        prefs: PreferencesDialog | None = getattr(self, "preferences_dialog", None)
        if prefs is not None and dialog.parent() is prefs:
            prefs.set_store_encrypted(store.encrypted)

    def _on_store_encryption_rejected(self) -> None:
        dialog, self._store_encryption_dialog = self._store_encryption_dialog, None
        if dialog is not None:
            dialog.take_passphrases()

    def _update_lock_actions(self) -> None:
        archive = self._archive
        self.action_map["lock"].setEnabled(archive is not None)
        self.action_map["save_encrypted"].setEnabled(
            archive is not None and not archive.encrypted and not self._encrypting
        )

    def set_idle_lock_minutes(self, minutes: int, *, save: bool = True) -> None:
        """Lock after `minutes` without input (0: never); remembered in the settings."""
        minutes = max(0, minutes)
        if save:
            self.settings.set_idle_lock_minutes(minutes)
        self.idle_watcher.set_timeout_ms(minutes * self.idle_unit_ms)

    def _on_idle_watcher_idle(self) -> None:
        if self._archive is None:
            return
        self.lock()
        self._show_status_message(self.tr("Locked after a time without input."), 0)

    def on_action_save_encrypted(self) -> None:
        archive = self._archive
        if archive is None or archive.encrypted or self._encrypting:
            return
        from viewer.dialogs.encryption import SaveEncryptedDialog

        dialog = SaveEncryptedDialog(archive.path, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_save_dialog_accepted)
        dialog.rejected.connect(self._on_save_dialog_rejected)
        self._save_dialog = dialog
        dialog.open()

    def _on_save_dialog_rejected(self) -> None:
        self._save_dialog = None

    def on_action_lock(self) -> None:
        self.lock()

    def on_action_lock_idle(self) -> None:
        from viewer.dialogs import encryption as encryption_dialogs

        minutes = encryption_dialogs.ask_idle_minutes(self, self.settings.idle_lock_minutes())
        if minutes is None:
            return
        self.set_idle_lock_minutes(minutes)
        if minutes:
            text = self.tr(
                "The archive will be locked after {n} minutes without input.", "", minutes
            )
            self._show_status_message(text.format(n=minutes))
        else:
            self._show_status_message(self.tr("The archive is no longer locked when idle."))

    # ----- Qt events --------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(Path(urls[0].toLocalFile()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work and close every connection (idempotent)."""
        self._search_timer.stop()
        self._detail_timer.stop()
        if not self._built:
            return
        self.idle_watcher.set_timeout_ms(0)
        self._close_passphrase_dialog()
        self._close_store_dialogs()
        if self._encrypt_cancel is not None:
            self._encrypt_cancel.set()  # an unfinished encrypted copy is removed, not awaited
        self._close_encrypt_progress()
        self.worker.shutdown()
        self.timeline_pane.close_source()
        self.timeline_pane.shutdown()
        self.annotations.close()
        self.people_model.clear()
        if self._archive is not None:
            self._archive.close()
        self._archive = None
