"""Where the panes sit: filters | chips over the list | record over annotations, timeline below.

The record is the main reading surface: it takes most of the right column,
less the room the note editor needs to show whole with its buttons (at
800×600 too); the annotations below it scroll inside their own area when a
person has many notes, can be hidden (View ▸ Annotations, Ctrl+5) and never collapse to
nothing by a drag. The timeline keeps the height its lanes need, less in a
short window. Until the user drags a splitter (or a saved layout is
restored) the default layout is fitted again whenever the window changes size. The whole
browsing area is one page of a stack: the locked page and the opening page
take its place; a banner about the archive can sit above it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.note_editor import TEXT_HEIGHT, TEXT_MIN_HEIGHT
from viewer.annotations.pane import AnnotationsPane
from viewer.panes.facets import FacetsPane
from viewer.panes.loading import LoadingPane
from viewer.panes.locked import LockedPane
from viewer.panes.people_list import PeopleListPane
from viewer.panes.person_detail import PersonDetailPane
from viewer.panes.timeline import TimelinePane
from viewer.settings import Settings
from viewer.widgets.banner import BannerBar
from viewer.widgets.chip_bar import ChipBar

RECORD_SHARE = 0.68
"""The record's share of the right column once the note editor has its room (see fit_to)."""
TIMELINE_HEIGHT = 200
"""The timeline's default height in a tall window."""
TIMELINE_SHARE = 0.2
"""The timeline's share of a short window's height (at 768 px 153, at 600 px 120)."""
WINDOW_CHROME = 110
"""The menu bar, the toolbar and the status bar: what the central area does not get."""
RECORD_MIN_SHARE = 0.35
"""The record keeps at least this share of the right column, whatever the editor needs."""
FACETS_WIDTH = 240
FACETS_SHARE = 0.235
"""The filters' share of a narrow window: at 1024 px 240, so "Political prisoner" and
"Политзаключённый" are not cut."""
LIST_SHARE = 0.42
"""The list's share of what the filters leave (the record gets the rest)."""
ANNOTATIONS_MIN_HEIGHT = 140
"""Enough for the chooser and "New note on …" (the note box is a scroll away at 640 px)."""


class _OnResize(QObject):
    """Calls `then` after each resize of `widget` (the splitters have their size by then),
    and when its layout asks to be redone (the annotations' content changed)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._then()
        return False


class WindowLayout:
    """Builds the central area of `window` from its panes; saves and restores it."""

    def __init__(
        self,
        window: QMainWindow,
        facets: FacetsPane,
        chips: ChipBar,
        people: PeopleListPane,
        detail: PersonDetailPane,
        annotations: AnnotationsPane,
        timeline: TimelinePane,
        *,
        in_steps: bool = False,
    ) -> None:
        """With `in_steps`, nothing is built until the caller runs `steps` (the event loop
        running between them): putting each big pane in place re-polishes it under the
        style sheet, ~65 ms of CPU at start-up in one go."""
        self._annotations = annotations
        self._default = False  # True once built (see refit)
        self.steps = self._build(window, (facets, chips, people, detail, annotations, timeline))
        if not in_steps:
            for _ in self.steps:
                pass

    def _build(
        self,
        window: QMainWindow,
        panes: tuple[
            FacetsPane, ChipBar, PeopleListPane, PersonDetailPane, AnnotationsPane, TimelinePane
        ],
    ) -> Iterator[None]:
        facets, chips, people, detail, annotations, timeline = panes
        self.banner = BannerBar(window)
        list_column = QWidget(window)
        list_column.setObjectName("ListColumn")
        column = QVBoxLayout(list_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(chips)
        self.list_stack = QStackedWidget(list_column)  # the list mode's list (list_modes)
        self.list_stack.setObjectName("ListStack")
        self.list_stack.addWidget(people)
        column.addWidget(self.list_stack, 1)
        yield

        self.annotations_area = QScrollArea(window)
        self.annotations_area.setObjectName("AnnotationsArea")
        self.annotations_area.setWidget(annotations)
        self.annotations_area.setWidgetResizable(True)
        self.annotations_area.setFrameShape(QFrame.Shape.NoFrame)
        self.annotations_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.annotations_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.annotations_area.setMinimumHeight(ANNOTATIONS_MIN_HEIGHT)

        self.record_splitter = QSplitter(Qt.Orientation.Vertical, window)
        self.record_splitter.setObjectName("RecordSplitter")
        self.record_splitter.addWidget(detail)
        self.record_splitter.addWidget(self.annotations_area)
        self.record_splitter.setChildrenCollapsible(False)
        # a taller or shorter window changes the record: the note editor keeps its room
        self.record_splitter.setStretchFactor(0, 1)
        self.record_splitter.setStretchFactor(1, 0)
        yield

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.top_splitter.setObjectName("TopSplitter")
        for pane in (facets, list_column, self.record_splitter):
            self.top_splitter.addWidget(pane)
        self.top_splitter.setChildrenCollapsible(False)
        self.top_splitter.setStretchFactor(1, 2)
        self.top_splitter.setStretchFactor(2, 3)
        yield

        self.main_splitter = QSplitter(Qt.Orientation.Vertical, window)
        self.main_splitter.setObjectName("MainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(timeline)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 1)
        yield

        self.central_stack = QStackedWidget(window)
        self.central_stack.setObjectName("CentralStack")
        self.central_stack.addWidget(self.main_splitter)
        yield
        self.locked_pane = LockedPane(self.central_stack)
        self.loading_pane = LoadingPane(self.central_stack)
        self.central_stack.addWidget(self.locked_pane)
        self.central_stack.addWidget(self.loading_pane)
        yield

        central = QWidget(window)
        central.setObjectName("Central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addWidget(self.central_stack, 1)
        window.setCentralWidget(central)
        self._window = window
        self._default = True  # no saved layout restored, no splitter dragged: refit on resize
        for splitter in (self.top_splitter, self.main_splitter, self.record_splitter):
            splitter.splitterMoved.connect(self._on_splitter_moved)
        self._refit_filters = [
            _OnResize(w, self.refit) for w in (window, self.record_splitter, annotations)
        ]
        self.fit_to(window.width(), window.height())

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._default = False  # the user's own sizes: kept as the window changes

    def refit(self) -> None:
        """The central area was laid out or resized: the default layout is fitted to it again.

        Sizes set before the splitters have a size are not kept, and a resize
        shares the change out by the stretch factors: the note editor was cut
        (and the record a sliver at 800×600) however the window was sized.
        """
        if self._default:
            self.fit_to(self._window.width(), self._window.height())

    def fit_to(self, width: int, height: int) -> None:
        """Default sizes for a window of this size: the record and the Name column first."""
        facets = min(FACETS_WIDTH, max(185, round(width * FACETS_SHARE)))
        rest = max(0, width - facets)
        self.top_splitter.setSizes([facets, int(rest * LIST_SHARE), int(rest * (1 - LIST_SHARE))])
        timeline = min(TIMELINE_HEIGHT, max(110, round(height * TIMELINE_SHARE)))
        laid_out = self.main_splitter.height() > timeline  # else: the window's, less its bars
        central = self.main_splitter.height() if laid_out else height - WINDOW_CHROME
        top = max(0, central - self.main_splitter.handleWidth() - timeline)
        self.main_splitter.setSizes([top, timeline])
        if laid_out:  # what the timeline's lanes left (they keep their least height)
            top = self.main_splitter.sizes()[0]
        column = max(0, top - self.record_splitter.handleWidth())
        width = int(rest * (1 - LIST_SHARE)) - 2 * self.top_splitter.handleWidth()
        if self.top_splitter.isVisible():  # laid out at once by setSizes: its real width
            width = self.record_splitter.width()
        notes = self.notes_height(column, width)
        self.record_splitter.setSizes([column - notes, notes])

    def notes_height(self, column: int, width: int) -> int:
        """The annotations' height in a right column of `column` px: the whole note editor
        with its buttons; its box four lines high if the record keeps RECORD_MIN_SHARE,
        else two, at the column's `width`. A list of notes, when there is one, scrolls
        above it (it counts at its least height: annotations.pane.NotesListView); the record keeps
        RECORD_MIN_SHARE when there is such a list (the annotations scroll then), and
        gets every pixel a short editor leaves (no blank band under the annotations)."""
        pane = self._annotations
        editor = pane.editor
        saved = TEXT_HEIGHT - TEXT_MIN_HEIGHT
        # at the column's width: a word-wrapped heading or the wrapped buttons take more lines
        # in a narrow one, fewer than the pane's hint (at its own width) says in a wide one
        hint = pane.heightForWidth(width) if pane.hasHeightForWidth() else -1
        hint = max(hint, pane.minimumSizeHint().height())
        full = max(ANNOTATIONS_MIN_HEIGHT, hint + (saved if editor.is_short() else 0))
        least = max(ANNOTATIONS_MIN_HEIGHT, full - saved)
        room = max(ANNOTATIONS_MIN_HEIGHT, round(column * (1 - RECORD_MIN_SHARE)))
        if full <= room:  # the whole editor, four lines, and any share the record leaves
            notes = max(full, min(round(column * (1 - RECORD_SHARE)), room))
        elif pane.list_view.isHidden():  # two lines, whole (at 800×600 too): the rest is
            notes = least  # the record's (no blank band under a short editor)
        else:  # a list of notes scrolls with the editor: the record keeps its share
            notes = min(least, room)
        notes = min(column, notes)
        editor.set_short(notes < full)
        return notes

    def splitters(self) -> tuple[tuple[str, QSplitter], ...]:
        return (
            ("top", self.top_splitter),
            ("main", self.main_splitter),
            ("record", self.record_splitter),
        )

    def restore(self, settings: Settings) -> None:
        for name, splitter in self.splitters():
            state = settings.splitter_state(name)
            if state is not None:
                splitter.restoreState(state)
                self._default = False  # the user's layout, as they left it
        self.set_annotations_visible(settings.annotations_visible())

    def save(self, settings: Settings) -> None:
        """The splitters' sizes when the user set them; a default layout is not saved (it
        came back as "the user's" and was no longer fitted: a window closed at 1366×768
        opened at 1024×640 with the record squeezed and a blank band in the annotations)."""
        for name, splitter in self.splitters():
            settings.set_splitter_state(name, None if self._default else splitter.saveState())
        settings.set_annotations_visible(self.annotations_visible())

    def annotations_visible(self) -> bool:
        return not self.annotations_area.isHidden()

    def set_annotations_visible(self, visible: bool) -> None:
        """Show or hide the annotations; shown again, they get their share back."""
        if visible == self.annotations_visible():
            return
        self.annotations_area.setVisible(visible)
        if visible:
            total = sum(self.record_splitter.sizes())
            notes = self.notes_height(total, self.record_splitter.width())
            self.record_splitter.setSizes([total - notes, notes])

    def show_page(self, page: str) -> None:
        """ "browse", "locked" or "loading"."""
        widget = {
            "browse": self.main_splitter,
            "locked": self.locked_pane,
            "loading": self.loading_pane,
        }[page]
        self.central_stack.setCurrentWidget(widget)

    def page(self) -> str:
        current = self.central_stack.currentWidget()
        if current is self.locked_pane:
            return "locked"
        return "loading" if current is self.loading_pane else "browse"
