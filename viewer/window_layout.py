"""Where the panes sit: filters | chips over the list | record over annotations, timeline below.

The record is the main reading surface: it takes most of the right column;
the annotations below it scroll inside their own area when the window is
short, can be hidden (View ▸ Annotations, Ctrl+5) and never collapse to
nothing by a drag. The timeline keeps the height its lanes need. The whole
browsing area is one page of a stack: the locked page and the opening page
take its place; a banner about the archive can sit above it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
"""The record's share of the right column (the annotations get the rest)."""
FACETS_WIDTH = 240
FACETS_SHARE = 0.235
"""The filters' share of a narrow window: at 1024 px 240, so "Political prisoner" and
"Политзаключённый" are not cut."""
LIST_SHARE = 0.42
"""The list's share of what the filters leave (the record gets the rest)."""
ANNOTATIONS_MIN_HEIGHT = 140
"""Enough for the chooser and "New note on …" (the note box is a scroll away at 640 px)."""


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
        self.record_splitter.setStretchFactor(0, 3)
        self.record_splitter.setStretchFactor(1, 1)
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
        self.fit_to(window.width(), window.height())

    def fit_to(self, width: int, height: int) -> None:
        """Default sizes for a window of this size: the record and the Name column first."""
        facets = min(FACETS_WIDTH, max(185, round(width * FACETS_SHARE)))
        rest = max(0, width - facets)
        self.top_splitter.setSizes([facets, int(rest * LIST_SHARE), int(rest * (1 - LIST_SHARE))])
        top = max(0, height - 240)
        self.main_splitter.setSizes([int(top), 200])
        self.record_splitter.setSizes([int(top * RECORD_SHARE), int(top * (1 - RECORD_SHARE))])

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
        self.set_annotations_visible(settings.annotations_visible())

    def save(self, settings: Settings) -> None:
        for name, splitter in self.splitters():
            settings.set_splitter_state(name, splitter.saveState())
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
            self.record_splitter.setSizes(
                [int(total * RECORD_SHARE), total - int(total * RECORD_SHARE)]
            )

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
