"""The main window: filters | list | record on top, the timeline along the bottom.

MainWindow is the one place panes meet: panes emit signals and the window
wires them (STYLE D2.3). It owns the GUI thread's read-only Archive (for
paging list rows and reading one record, both a few milliseconds) and a
DbWorker for everything that can take longer: opening (listing) an archive,
filtering, facet counts, search and the archive-info check.

Start-up: the window frame (menus, toolbar, status bar) needs only Qt, so it
is shown first; the panes, which import the data layer (sqlite-utils, numpy,
edtf: most of the start-up time), are built right after the first paint when
`defer_panes=True` (what the application does). Tests build them at once.
"""

from __future__ import annotations

import dataclasses
import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QToolBar,
    QWidget,
)

from db.errors import ArchiveError, KartotekaError
from viewer import actions as action_table
from viewer.dialogs import error as error_dialog
from viewer.settings import Settings

if TYPE_CHECKING:
    from db.connection import Archive
    from db.people import PeopleList
    from db.records import ArchiveInfo, Facets, PeopleQuery, PersonId
    from viewer.annotations.session import AnnotationSession
    from viewer.dialogs.text import TextDialog
    from viewer.models.people import PeopleModel
    from viewer.panes.facets import FacetsPane
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
    "viewer.workers",
    "viewer.models.people",
    "viewer.panes.person_detail",
    "viewer.panes.timeline",
)
"""The slow imports behind the panes, done on a thread while the frame stays live."""
SHELL_ACTIONS = frozenset({"quit", "shortcuts", "search_help", "about"})
"""Actions that work before the panes exist."""


def _preload_modules() -> None:
    for name in PRELOAD_MODULES:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        archive_opened(str): a new archive is shown (its path).
        list_updated(): the list shows the result of the latest query.
        facets_updated(): the facet counts of the latest query arrived.
        search_finished(): a search result was applied to the list.
    """

    archive_opened = Signal(str)
    list_updated = Signal()
    facets_updated = Signal()
    search_finished = Signal()

    # built by _build_panes (at once, or right after the first paint)
    worker: DbWorker
    people_model: PeopleModel
    facets_pane: FacetsPane
    list_pane: PeopleListPane
    detail_pane: PersonDetailPane
    timeline_pane: TimelinePane
    annotations: AnnotationSession
    top_splitter: QSplitter
    main_splitter: QSplitter

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, defer_panes: bool = False
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kartoteka"))
        self.setAccessibleName(self.tr("Kartoteka"))
        self.setAcceptDrops(True)
        self._archive: Archive | None = None
        self._search_ids: tuple[PersonId, ...] | None = None
        self._dialogs: list[QWidget] = []
        self._built = False
        self._pending_path: Path | None = None
        self._selected_person: str | None = None
        self._preload: threading.Thread | None = None

        self.action_map = action_table.build_actions(self)
        self.menus = action_table.build_menus(self.menuBar(), self.action_map)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("RecentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.menus["&File"].insertMenu(self.action_map["archive_info"], self.recent_menu)
        for name, action in self.action_map.items():
            action.triggered.connect(getattr(self, f"on_action_{name}"))
        self._build_toolbar()
        self._build_status_bar()
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
            for name, action in self.action_map.items():
                action.setEnabled(name in SHELL_ACTIONS)
            self.search_box.setEnabled(False)
            self._show_status_message(self.tr("Starting…"), 0)
        else:
            self._build_panes()

    def is_ready(self) -> bool:
        """Whether the panes exist (they are built just after the first paint)."""
        return self._built

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            QTimer.singleShot(0, self._build_panes_when_painted)

    def _build_panes_when_painted(self) -> None:
        if self._built:
            return
        handle = self.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(10, self._build_panes_when_painted)
            return
        self.repaint()  # the frame is on screen before the slow imports start
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
        from viewer.models.people import PeopleModel
        from viewer.panes.facets import FacetsPane
        from viewer.panes.people_list import PeopleListPane
        from viewer.panes.person_detail import PersonDetailPane
        from viewer.panes.timeline import TimelinePane
        from viewer.workers import DbWorker

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

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.setObjectName("TopSplitter")
        for pane in (self.facets_pane, self.list_pane, self.detail_pane):
            self.top_splitter.addWidget(pane)
        self.top_splitter.setChildrenCollapsible(True)
        self.top_splitter.setStretchFactor(1, 2)
        self.top_splitter.setStretchFactor(2, 3)
        self.top_splitter.setSizes([240, 540, 500])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("MainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(self.timeline_pane)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([560, 220])
        self.setCentralWidget(self.main_splitter)

        self.facets_pane.selection_changed.connect(self._on_facets_selection_changed)
        self.list_pane.person_selected.connect(self._on_list_person_selected)
        self.detail_pane.person_link_activated.connect(self.go_to_person)
        self.detail_pane.history_requested.connect(self._on_detail_history_requested)
        self.detail_pane.history_changed.connect(self._update_actions)
        self.detail_pane.message.connect(self._show_status_message)
        self.timeline_pane.item_activated.connect(self._on_timeline_item_activated)

        from viewer.annotations.session import AnnotationSession

        self.annotations = AnnotationSession(self.settings.author(), self)
        self.annotations.failed.connect(self._on_annotation_failed)
        self.open_annotation_store(self.settings.annotation_store_path())

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

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("MainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for name in action_table.TOOLBAR:
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
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
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
        for name, splitter in (("top", self.top_splitter), ("main", self.main_splitter)):
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
        self.settings.set_splitter_state("top", self.top_splitter.saveState())
        self.settings.set_splitter_state("main", self.main_splitter.saveState())
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

    def open_path(self, path: Path | str) -> None:
        """Open another archive off the GUI thread; the current one stays until it is listed.

        Problems are shown in a dialog (`failed`); the previous archive stays open.
        """
        path = Path(path)
        if not self._built:
            self._pending_path = path  # opened as soon as the panes exist
            return
        from db.people import list_people, total_people
        from db.records import PeopleQuery

        current = self.current_query()
        query = PeopleQuery(sort=current.sort, descending=current.descending)
        self._show_status_message(self.tr("Opening {name}…").format(name=path.name), 0)

        def job(worker_archive: Archive) -> tuple[PeopleQuery, PeopleList, int]:
            with worker_archive.time_limit(LIST_LIMIT_MS):
                db = worker_archive.db
                return query, list_people(db, query), total_people(db)

        self.worker.submit_open(path, job)

    def apply_query(self, query: PeopleQuery, *, sort_only: bool = False) -> None:
        """Filter/sort the list in SQL off the GUI thread; facets and timeline follow."""
        if self._archive is None:
            return
        from db.people import list_people

        def job(worker_archive: Archive) -> tuple[PeopleQuery, PeopleList]:
            with worker_archive.time_limit(LIST_LIMIT_MS):
                return query, list_people(worker_archive.db, query)

        self.worker.submit("list", self._archive, job)
        if not sort_only:
            self._request_facets(query)
            self.timeline_pane.set_source(self._archive.path, query)

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
        self._update_actions()

    # ----- worker results ---------------------------------------------------

    def _on_worker_finished(self, kind: str, _rid: int, result: object) -> None:
        if kind == "open":
            assert isinstance(result, tuple)
            archive, (query, plist, total) = result
            self._swap_archive(archive, query, plist, total)
        elif kind == "list":
            assert isinstance(result, tuple)
            query, plist = result
            assert self._archive is not None
            current = self.detail_pane.record()
            self.people_model.set_list(self._archive.db, plist, query, self.people_model.total())
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
            self._apply_search(result)
        elif kind == "info":
            from db.records import ArchiveInfo
            from viewer.dialogs.text import TextDialog, info_html

            assert isinstance(result, ArchiveInfo)

            self._show_dialog(TextDialog(self.tr("Archive info"), info_html(result), self))

    def _on_worker_failed(self, kind: str, _rid: int, exc: object) -> None:
        assert isinstance(exc, KartotekaError)
        if kind == "open":
            self.statusBar().clearMessage()
            self._show_error(exc)
        elif isinstance(exc, ArchiveError):
            self._show_error(exc)
        else:
            self._show_status_message(str(exc))

    def _swap_archive(
        self, archive: Archive, query: PeopleQuery, plist: PeopleList, total: int
    ) -> None:
        old, self._archive = self._archive, archive
        self._search_ids = None
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.facets_pane.restore(self._empty_query())
        self.facets_pane.set_facets(None)
        self.detail_pane.clear_history()
        self.detail_pane.show_message(self.tr("Select a person in the list."))
        self.people_model.set_list(archive.db, plist, query, total)
        self.list_pane.show_sort()
        if old is not None:
            old.close()
        self.timeline_pane.set_source(archive.path, query)
        self._annotations_follow(archive)
        self._request_facets(query)
        title = archive.path.name
        self.setWindowTitle(self.tr("{name} — Kartoteka").format(name=title))
        self.archive_label.setText(title)
        self.archive_label.setToolTip(str(archive.path))
        self.settings.add_recent_file(archive.path)
        self.settings.set_last_archive(archive.path)
        self._show_status_message(self.tr("Opened {name}.").format(name=title))
        if plist.count:
            self.list_pane.select_row(0)
        self._update_actions()
        self.archive_opened.emit(str(archive.path))
        self.list_updated.emit()

    # ----- annotations ------------------------------------------------------

    def open_annotation_store(self, path: Path | None) -> bool:
        """Use the store at `path` (None: the per-user one); False if it could not open.

        Without a store the archive is still shown; annotating says why it is off.
        """
        from db.annotations import AnnotationStoreError

        try:
            store = self.annotations.open(path)
        except AnnotationStoreError as exc:
            self._show_error(exc)
            return False
        if store.recovered_from is not None:
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
        return True

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

    def _request_facets(self, query: PeopleQuery) -> None:
        if self._archive is None:
            return
        from db.facets import facet_counts

        def job(worker_archive: Archive) -> Facets:
            with worker_archive.time_limit(LIST_LIMIT_MS):
                return facet_counts(worker_archive.db, query)

        self.worker.submit("facets", self._archive, job)

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
        base = dataclasses.replace(self.current_query(), only_ids=self._search_ids)
        return self.facets_pane.apply_to(base)

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
            if self._search_ids is not None:
                self._search_ids = None
                self.apply_query(self._query_from_panes())
            return

        def job(worker_archive: Archive) -> object:
            from db.search import search  # loaded on first search: keeps start-up short

            with worker_archive.time_limit(SEARCH_LIMIT_MS):
                return search(worker_archive, text, limit=SEARCH_LIMIT)

        self.worker.submit("search", self._archive, job)

    def _apply_search(self, result: object) -> None:
        person_ids: tuple[PersonId, ...] = tuple(getattr(result, "person_ids", ()))
        notice = getattr(result, "notice", None)
        suggestion = getattr(result, "suggestion", None)
        self._search_ids = person_ids
        parts = [self.tr("{n} found.").format(n=len(person_ids))]
        if notice:
            parts.append(str(notice))
        if suggestion:
            parts.append(self.tr("Did you mean “{s}”?").format(s=suggestion))
        self._show_status_message(" ".join(parts), 10_000)
        self.apply_query(self._query_from_panes())
        self.search_finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._built and watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.search_box.clear()
                self.list_pane.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    # ----- actions ----------------------------------------------------------

    def on_action_open(self) -> None:
        start = str(self._archive.path.parent) if self._archive is not None else ""
        filters = self.tr("Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)")
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
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def on_action_clear_filters(self) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._search_timer.stop()
        self.worker.cancel("search")
        self._search_ids = None
        self.facets_pane.restore(self._empty_query())
        self.apply_query(self._query_from_panes())

    def on_action_focus_list(self) -> None:
        self.list_pane.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_action_focus_detail(self) -> None:
        self.detail_pane.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_action_focus_timeline(self) -> None:
        self.timeline_pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_action_focus_facets(self) -> None:
        self.facets_pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

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

    # ----- helpers ----------------------------------------------------------

    def _show_dialog(self, dialog: TextDialog) -> None:
        self._dialogs = [d for d in self._dialogs if d.isVisible()]
        self._dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_dialogs(self) -> list[QWidget]:
        return [d for d in self._dialogs if d.isVisible()]

    def _show_error(self, exc: KartotekaError) -> None:
        error_dialog.show_error(self, self.tr(exc.title), str(exc))

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
        self.action_map["copy_record"].setEnabled(has_record)
        self.action_map["copy_citation"].setEnabled(
            has_record and self.detail_pane.citation_to_copy() is not None
        )
        self.action_map["back"].setEnabled(self.detail_pane.can_go_back())
        self.action_map["forward"].setEnabled(self.detail_pane.can_go_forward())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.settings.recent_files(), start=1):
            action = QAction(f"&{number} {path.name}", self.recent_menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            self.recent_menu.addAction(action)
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(self.tr("No recent archives"))
            empty.setEnabled(False)

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
        self.worker.shutdown()
        self.timeline_pane.close_source()
        self.timeline_pane.shutdown()
        self.annotations.close()
        self.people_model.clear()
        if self._archive is not None:
            self._archive.close()
        self._archive = None
