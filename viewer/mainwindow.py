"""The main window: a thin shell that builds the panes and connects them to the controllers.

Flows live in viewer.controllers (opening, browsing and search, the record,
the annotation store, Lock), dialogs in viewer.dialogs.host, background work
in one task runner (viewer.tasks), what the window shows in one view state
(viewer.view_state). The window builds the frame (viewer.window_frame) and
the panes (viewer.window_layout) and wires signals (STYLE D2.3, D9).

Start-up, when `defer_panes=True` (what the application does; tests build
everything at once): the first paint shows a light shell, the window with its
title and "Starting…" in the status bar. The frame is built after it, then
the panes; their modules and the frame's (the data layer, sqlite-utils) are
imported on a thread from the window's construction on (viewer.preload), so
the GUI thread never waits for a .pyc file on a cold disk; the archive is opened on a worker
while the panes are built; numpy waits until the list is shown. So this module
imports at load time only what the shell needs; tests/viewer/test_mainwindow.py
checks it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

import viewer.pyside_feature  # noqa: F401  # first: a cheaper check for every later import
from viewer import gui_gc
from viewer.dialogs.screen_fit import fit_on_screen
from viewer.preload import POLL_MS, Preload
from viewer.settings import Settings
from viewer.turns import next_turn
from viewer.widgets.status_bar import ElidingStatusBar

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenu, QSplitter, QStackedWidget

    from db.connection import Archive
    from db.records import PeopleQuery
    from viewer.annotations.pane import AnnotationsPane
    from viewer.annotations.session import AnnotationSession
    from viewer.controllers.annotation_store import AnnotationStoreController
    from viewer.controllers.annotation_undo import AnnotationUndoController
    from viewer.controllers.browse import BrowseController
    from viewer.controllers.file_watch import FileWatchController
    from viewer.controllers.letters import LettersController
    from viewer.controllers.lock import LockController
    from viewer.controllers.open_archive import OpenArchiveController
    from viewer.controllers.photos import PhotoController
    from viewer.controllers.record import RecordController
    from viewer.dialogs.editions import EditionDialogs
    from viewer.dialogs.host import DialogHost
    from viewer.idle import IdleWatcher
    from viewer.models.people import PeopleModel
    from viewer.output_parts import OutputParts
    from viewer.panes.facets import FacetsPane
    from viewer.panes.letters import LettersPane
    from viewer.panes.locked import LockedPane
    from viewer.panes.people_list import PeopleListPane
    from viewer.panes.person_detail import PersonDetailPane
    from viewer.panes.timeline import TimelinePane
    from viewer.tasks import TaskRunner
    from viewer.widgets.chip_bar import ChipBar
    from viewer.widgets.search_box import SearchBox
    from viewer.window_frame import Frame
    from viewer.window_layout import WindowLayout
    from viewer.window_parts import Presenter


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        archive_opened(str): a new archive is shown (its path).
        list_updated(): the list shows the result of the latest query.
        facets_updated(): the facet counts of the latest query arrived.
        search_finished(): a search's result arrived (its list follows).
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

    # the frame (viewer.window_frame), built right after the first paint
    frame: Frame
    action_map: dict[str, QAction]
    menus: dict[str, QMenu]
    language_actions: dict[str, QAction]
    search_box: SearchBox
    archive_label: QLabel
    counts_label: QLabel
    readonly_label: QLabel
    recent_menu: QMenu
    # the parts (viewer.window_parts.build_parts), built next
    tasks: TaskRunner
    opener: OpenArchiveController
    browse: BrowseController
    file_watch: FileWatchController
    record: RecordController
    photos: PhotoController
    letters: LettersController
    letters_pane: LettersPane
    annotation_store: AnnotationStoreController
    annotations: AnnotationSession
    annotation_undo: AnnotationUndoController
    lock_flow: LockController
    idle_watcher: IdleWatcher
    people_model: PeopleModel
    facets_pane: FacetsPane
    chip_bar: ChipBar
    list_pane: PeopleListPane
    detail_pane: PersonDetailPane
    timeline_pane: TimelinePane
    annotations_pane: AnnotationsPane
    layout_: WindowLayout
    top_splitter: QSplitter
    main_splitter: QSplitter
    record_splitter: QSplitter
    central_stack: QStackedWidget
    locked_pane: LockedPane
    dialogs: DialogHost
    presenter: Presenter
    edition_dialogs: EditionDialogs
    output: OutputParts

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
        self._built = False
        self._shut = False
        self._frame_built = False
        self._pending_path: Path | None = None
        self._preload: Preload | None = None
        self._shell_painted = False
        self._steps: Iterator[None] | None = None  # the panes being built, a piece per turn
        # a 1366×768 laptop without a window manager that clamps it would hide the status bar
        fit_on_screen(self, 1280, 820)
        self.setStatusBar(ElidingStatusBar(self))  # a long be/ru message ends in "…"
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if defer_panes:  # the panes' modules load while Qt starts and paints the shell
            self.statusBar().showMessage(self.tr("Starting…"))
            self._preload = Preload()
        else:
            self._build_panes()

    # ----- start-up: the shell paints first --------------------------------------------

    def is_ready(self) -> bool:
        """Whether the frame and the panes exist (built just after the first paint)."""
        return self._built

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            next_turn(self, self._build_panes_when_painted)

    def _build_panes_when_painted(self) -> None:
        if self._built:
            return
        handle = self.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(10, self._build_panes_when_painted)
            return
        if not self._frame_built:
            if not self._shell_painted:
                self._shell_painted = True
                self.repaint()  # the shell is on screen before anything else is built
            if self._preload is not None and not self._preload.frame_loaded():
                # the preload imports the frame's modules: the GUI thread keeps painting
                QTimer.singleShot(POLL_MS, self._build_panes_when_painted)
                return
            self._build_frame()
            next_turn(self, self._build_panes_when_painted)  # the frame paints first
            return
        if (
            self._preload is not None and self._preload.is_alive()
        ):  # the GUI thread keeps painting meanwhile
            QTimer.singleShot(POLL_MS, self._build_panes_when_painted)
            return
        self._build_panes(in_steps=True)

    def _build_next_piece(self, *, at_once: bool = False) -> None:
        """One piece of the panes per turn of the event loop (window_parts.build_steps)."""
        if self._steps is None:
            return
        if not at_once and next(self._steps, StopIteration) is not StopIteration:
            next_turn(self, self._build_next_piece)
            return
        for _ in self._steps:
            pass
        self._steps = None
        self._finish_panes(store_later=not at_once)

    def _build_frame(self) -> None:
        if self._frame_built:
            return
        from viewer.window_frame import build_frame

        self._frame_built = True
        self.frame = build_frame(self, self.settings, self.settings.recent_searches)
        self.action_map, self.menus = self.frame.actions, self.frame.menus
        self.language_actions, self.search_box = self.frame.language_actions, self.frame.search_box
        self.archive_label, self.counts_label = self.frame.archive_label, self.frame.counts_label
        self.readonly_label, self.recent_menu = self.frame.readonly_label, self.frame.recent_menu
        self.frame.enable(False)
        recent = self.frame.recent_menu
        recent.aboutToShow.connect(lambda: self.frame.fill_recent(self.settings, self.open_path))
        group = next(iter(self.language_actions.values())).actionGroup()
        if group is not None:
            group.triggered.connect(self._on_language_triggered)
        for name in ("quit", "shortcuts", "search_help", "about"):
            self.action_map[name].triggered.connect(self._shell_action(name))

    def _shell_action(self, name: str) -> Any:
        if name == "quit":
            return self.close
        return lambda: self.dialogs.show_help(name) if self._built else None

    def open_dialogs(self) -> list[QWidget]:
        return self.dialogs.open_dialogs()

    def _build_panes(self, *, in_steps: bool = False) -> None:
        """At once, or (start-up) a piece per turn of the event loop: no long stall."""
        if self._built or self._steps is not None:
            return
        from viewer.window_parts import build_steps

        self._build_frame()
        path, self._pending_path = self._pending_path, None
        self._steps = build_steps(self, open_first=path)  # the open starts first
        self._build_next_piece(at_once=not in_steps)

    def _finish_panes(self, *, store_later: bool = False) -> None:
        from viewer.window_parts import wire

        self._built = True
        wire(self, store_later=store_later)
        self.layout_.restore(self.settings)
        self.timeline_pane.restore_zoom_state(self.settings.timeline_zoom())
        self.action_map["annotations"].setChecked(self.layout_.annotations_visible())
        self.frame.enable(True)
        self.statusBar().clearMessage()
        self.update_actions()
        gui_gc.freeze_once("panes")  # what start-up built is never scanned again
        self.opener.announce()  # the opening page of start-up's archive, now connected
        if store_later:  # each in a turn of its own: the store, then the first results
            next_turn(self, self._open_store_then_release)
        else:
            self.tasks.release()  # its first results, held while the panes were built
        pending, self._pending_path = self._pending_path, None
        if pending is not None:  # asked for while the panes were being built
            self.open_path(pending)

    def _open_store_then_release(self) -> None:
        """Start-up: the annotation store opens in a turn of its own (its first open creates
        and syncs it), then the results held while the panes were built follow, a turn each."""
        if self._shut:
            return
        self.annotation_store.open_store(self.settings.annotation_store_path())
        self.tasks.release()

    # ----- public API (the application, tests) ---------------------------------------------

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def update_actions(self) -> None:
        """Enable what can be done now (after shutdown: nothing to do)."""
        if self._built and not self._shut:
            self.presenter.update_actions()

    def archive(self) -> Archive | None:
        return self.opener.archive if self._built else None

    def current_query(self) -> PeopleQuery:
        return self.people_model.query()

    def open_path(self, path: Path | str, passphrase: str | None = None) -> None:
        """Open another archive off the GUI thread; the current one stays until it is listed."""
        if not self._built:
            self._pending_path = Path(path)  # opened as soon as the panes exist
            return
        self.opener.open_path(path, passphrase, query=self.browse.fresh_query())

    def go_to_person(self, person_id: str) -> None:
        """Show a person: selected in the list (the filters give way if they leave them out)."""
        self.browse.go_to_person(person_id)

    def lock(self) -> None:
        """Close the archive, forget its key and show the locked page (File ▸ Lock, idle)."""
        if self._built:
            self.lock_flow.lock()

    def open_again(self) -> None:
        self.lock_flow.open_again()

    def is_locked(self) -> bool:
        return self._built and self.lock_flow.is_locked()

    def set_idle_lock_minutes(self, minutes: int, *, save: bool = True) -> None:
        self.lock_flow.set_idle_minutes(minutes, save=save)

    @property
    def idle_unit_ms(self) -> int:
        """One minute of the idle-lock setting; tests make it shorter."""
        return self.lock_flow.idle_unit_ms

    @idle_unit_ms.setter
    def idle_unit_ms(self, ms: int) -> None:
        self.lock_flow.idle_unit_ms = ms

    def save_encrypted_copy(self, target: Path, passphrase: str) -> None:
        self.dialogs.save_encrypted_copy(target, passphrase)

    def open_annotation_store(
        self, path: Path | None, passphrase: str | None = None, *, remember: bool = False
    ) -> bool:
        return self.annotation_store.open_store(path, passphrase, remember=remember)

    def import_annotations(self, path: Path) -> QWidget | None:
        return self.dialogs.import_annotations(path)

    def save_settings(self) -> None:
        """Window layout, sort order, timeline zoom and the archive shown."""
        self.settings.set_geometry(self.saveGeometry())
        if self._built:
            self.layout_.save(self.settings)
            sort, descending = self.browse.state.browse_sort
            self.settings.set_sort(str(sort), descending)
            self.settings.set_timeline_zoom(self.timeline_pane.zoom_state())
            archive = self.archive()
            if archive is not None:
                self.settings.set_last_archive(archive.path)
        self.settings.sync()

    # ----- Qt events --------------------------------------------------------------------

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
        if self._steps is not None:  # closed while the panes were being built
            self._build_next_piece(at_once=True)
        if not self._built or self._shut:
            return
        self._shut = True
        self.presenter.opening_steps.drop()  # nothing more of an archive being shown
        self.lock_flow.shutdown()
        self.dialogs.close_all()
        self.tasks.shutdown()
        self.timeline_pane.shutdown()
        self.annotations.close()
        self.people_model.clear()
        archive = self.opener.close()
        if archive is not None:
            archive.close()

    def _on_language_triggered(self, action: Any) -> None:
        """Saves the choice; the strings are set as widgets are built, so it applies at restart."""
        code = action.data()
        if not isinstance(code, str) or code == self.settings.language():
            return
        self.settings.set_language(code)
        self.settings.sync()
        self.show_status(
            self.tr("The new language takes effect when Kartoteka is started again."), 10_000
        )
