"""The custom-painted time axis of the timeline pane.

Zoomed out it draws density (items per period and lane) re-binned from the
day counts loaded once per filter (`db.timeline.TimelineDays`), so a repaint
costs a few numpy calls whatever the archive size. Zoomed in far enough that
few items are visible, it draws the individual items the pane fetched for the
window: markers for exact days, soft-edged spans for partial or uncertain
dates, and bars for sentences running to the end of term or release. Items on
the same pixels share a mark that says how many it holds (a crowded week at a
million people is thousands of items on a few day columns), and the marks are
painted into a pixmap once per view, so a repaint costs what the pixels cost.

The view holds no database handle; the pane feeds it data and listens to
`view_changed` to fetch items for the visible window.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLineF,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QToolTip, QWidget

from db.records import TimelineItem
from db.timeline import LANES, TimelineDays, day_number, iso_of_day
from viewer import archive_labels
from viewer.formatting import describe_date, grouped, month_name
from viewer.translations import Context

if TYPE_CHECKING:  # numpy is imported where first needed: not before the list is shown
    import numpy as np
    import numpy.typing as npt

LANE_COLORS: dict[str, str] = {
    "detention": "#c0504d",
    "custody": "#8c5a3c",
    "trial": "#7e5fae",
    "release": "#3f9a5a",
    "exile": "#cf8a24",
    "statement": "#3a7fc1",
    "other": "#808080",
    "notes": "#16877c",
}
NOTES_LANE = "notes"
"""The archivists' dated notes, below the archive's own lanes (shown when there are any)."""
NOTE_MARKER_LIMIT = 400  # at most this many notes visible before their density takes over
NOTE_TIP_CHARS = 200

LANE_TITLE_LEFT = 22.0  # lane titles start right of the colour swatch
LANE_LABEL_MIN_W = 96.0  # the lane label area at the left: fits the longest title ...
LANE_LABEL_MAX_W = 220.0  # ... within these bounds; longer titles are elided (full on hover)
BADGE_ROOM_TEXT = "+99"  # the overflow badge this wide fits beside the longest title
AXIS_H = 24.0  # time axis at the bottom
TOP = 4.0
RIGHT = 6.0
ROW_H = 16.0  # one row of markers and labels inside a lane
BIN_PX = 3.0  # density bin width in pixels
MARKER_LIMIT = 400  # at most this many items visible before density takes over
CLUSTER_TIP_LINES = 8  # items listed in the tooltip of a merged mark
LABEL_MAX_W = 220.0
MIN_DAYS_PER_PX = 1 / 240  # one day is at most 240 px wide
MAX_SPAN_DAYS = 600 * 365.25  # widest view: six centuries
DRAG_THRESHOLD = 4.0
WHEEL_STEP = 1.25
KEY_ZOOM = 1.5
KEY_PAN = 0.1  # fraction of the width per arrow key

_LEFT_CENTRE = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_CENTRED_WRAPPED = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
_LEFT_CENTRE_INT = int(_LEFT_CENTRE)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
"""Flags combined once: PySide6 enum arithmetic in every paint is slow."""
_MIN_DAY = 1
_LANE_INDEX = {lane: i for i, lane in enumerate((*LANES, NOTES_LANE))}
_OTHER_LANE = _LANE_INDEX["other"]
_MAX_DAY = dt.date.max.toordinal()
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()  # numpy datetime64[D] counts from here


@dataclass(slots=True)
class _Placed:
    """An item laid out for drawing and hit-testing.

    A mark may stand for several items drawn in the same place (`more`): items
    on the same pixels of one lane fill the free rows, and those left would be
    drawn over a mark and hide it, so they join it and it says how many it
    holds. A view then costs what its pixels cost, not what its items cost.
    `item` is the one a click activates (the one whose label is shown).
    """

    item: TimelineItem
    shape: QRectF  # marker, span or bar
    label_rect: QRectF | None
    label: str
    point: bool  # exact day: drawn as a dot
    soft_start: float  # x where an uncertain start becomes solid
    highlighted: bool
    more: list[TimelineItem] = field(default_factory=list)  # merged into this mark

    def members(self) -> list[TimelineItem]:
        """Every item this mark stands for, the activated one first."""
        return [self.item, *self.more]


def _free_row(
    starts: list[list[float]], ends: list[list[float]], rows: range, right: float, free_from: float
) -> int | None:
    """The first of `rows` whose sorted stretches (starts, ends) leave
    [free_from, right] free; None when every one is taken there."""
    for r in rows:
        k = bisect.bisect_right(starts[r], right + 2)
        if k == 0 or ends[r][k - 1] < free_from:
            return r
    return None


def _same_pixels(
    idx: npt.NDArray[np.intp], columns: Sequence[npt.NDArray[np.float64]]
) -> list[list[int]]:
    """`idx` grouped by equal `columns` (lane, whole pixels, flags), in the order of
    each group's first member; members keep their order.

    Items whose marks would cover the same pixels become one mark, so a layout
    costs at most a mark per pixel column and lane however many items there are.
    """
    import numpy as np

    if idx.size == 0:
        return []
    keys = np.stack([np.floor(c[idx]) for c in columns], axis=1)
    _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    members = idx[np.argsort(inverse, kind="stable")]
    groups = np.split(members, np.cumsum(np.bincount(inverse))[:-1])
    return [groups[g].tolist() for g in np.argsort(first, kind="stable")]


def _cover(starts: list[float], ends: list[float], left: float, right: float) -> None:
    """Add the stretch [left, right] to one row's sorted stretches."""
    k = bisect.bisect_right(starts, right + 2)
    starts.insert(k, left)
    ends.insert(k, right)


@dataclass(slots=True)
class _ItemArrays:
    """Day numbers, lanes and shapes of loaded items, for vectorised layout."""

    items: list[TimelineItem]
    start: npt.NDArray[np.float64]  # earliest day
    stop: npt.NDArray[np.float64]  # latest day + 1
    bar_end: npt.NDArray[np.float64]  # end of term + 1 (sentences), else stop
    lane: npt.NDArray[np.int64]
    sentence: npt.NDArray[np.bool_]
    exact: npt.NDArray[np.bool_]  # a single known day: drawn as a dot

    @classmethod
    def of(cls, items: list[TimelineItem]) -> _ItemArrays:
        import numpy as np

        start = np.array([day_number(i.earliest) for i in items], dtype=np.float64)
        stop = np.array([day_number(i.latest) + 1 for i in items], dtype=np.float64)
        bar_end = np.array(
            [day_number(i.end_latest) + 1 if i.end_latest else 0 for i in items],
            dtype=np.float64,
        )
        return cls(
            items=items,
            start=start,
            stop=stop,
            bar_end=np.maximum(bar_end, stop),
            lane=np.array([_LANE_INDEX.get(i.lane, _OTHER_LANE) for i in items], np.int64),
            sentence=np.array([i.kind == "sentence" for i in items], dtype=np.bool_),
            exact=stop - start <= 1,
        )


TimelineText = Context("TimelineText")
"""Strings built outside QObject methods (lupdate reads `TimelineText.tr`)."""


def lane_title(lane: str) -> str:
    """The label at the left of a lane (translated)."""
    titles = {
        "detention": TimelineText.tr("Detention"),
        "custody": TimelineText.tr("Custody, transfers"),
        "trial": TimelineText.tr("Trial, sentence"),
        "release": TimelineText.tr("Release, pardon"),
        "exile": TimelineText.tr("Exile"),
        "statement": TimelineText.tr("Statements"),
        "other": TimelineText.tr("Other"),
        NOTES_LANE: TimelineText.tr("Notes"),
    }
    return titles.get(lane, lane)


class TimelineView(QWidget):
    """Time axis with lanes; zoom with wheel, pinch, +/-; pan with drag and arrows.

    Signals:
        item_activated(str, str): person id ("" when the item names nobody) and
            item id of a clicked item.
        view_changed(): the visible window or the size changed.
    """

    item_activated = Signal(str, str)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._start = float(day_number("2000-01-01"))  # day at the plot's left edge
        self._dpp = 365.25 * 30 / 800  # days per pixel
        self._days: TimelineDays | None = None
        self._extent: tuple[float, float] | None = None
        self._items: _ItemArrays | None = None
        self._items_window: tuple[float, float] | None = None
        self._items_complete = True
        self._highlight_person: str | None = None
        self._highlight: _ItemArrays | None = None
        self._highlight_ids: frozenset[str] = frozenset()
        self._message: str | None = None
        self._lanes: tuple[str, ...] = LANES  # plus NOTES_LANE while there are dated notes
        self._note_days: npt.NDArray[np.float64] | None = None  # where notes begin, sorted
        self._note_cumulative: npt.NDArray[np.int64] | None = None
        self._notes: _ItemArrays | None = None
        self._notes_window: tuple[float, float] | None = None
        self._note_about: dict[str, str] = {}  # note id -> the entry it is on, in words
        self._layout_key: tuple[object, ...] | None = None
        self._layout_cache: list[_Placed] = []
        self._overflow = [0] * len(self._lanes)
        self._label_widths: dict[str, float] = {}  # for the current font
        self._label_w = self._lane_label_width()  # the lane label area, for the current font
        self._elide_cache: dict[tuple[str, int], str] = {}
        self._backdrop: tuple[tuple[object, ...], QPixmap] | None = None  # see _paint_backdrop
        self._density: tuple[tuple[object, ...], QPixmap, object] | None = None
        self._marks: tuple[tuple[object, ...], QPixmap, list[_Placed]] | None = None
        self._press: QPointF | None = None
        self._press_start = 0.0
        self._dragging = False
        self._focused: str | None = None  # the item chosen with the keyboard
        self._ticks: tuple[tuple[float, float, float], list[tuple[float, str]]] | None = None
        self.setAccessibleDescription(keys_help())

    # ----- data -------------------------------------------------------------

    def set_message(self, text: str | None) -> None:
        """Show a state ("Loading…", "No dated events", an error) over the plot."""
        self._message = text
        self.update()

    def message(self) -> str | None:
        return self._message

    def set_data(self, days: TimelineDays | None, extent: tuple[str, str] | None) -> None:
        """New counts for a new filter; keeps the view if it still shows something."""
        self._days = days
        self._items = None
        self._items_window = None
        self._extent = (
            None if extent is None else (day_number(extent[0]), day_number(extent[1]) + 1)
        )
        self._layout_key = None
        if self._extent is not None:
            lo, hi = self.visible_days()
            if hi <= self._extent[0] or lo >= self._extent[1]:
                self.fit_all()
                return
        self._changed()

    def clear(self) -> None:
        self._days = None
        self._extent = None
        self._items = None
        self._items_window = None
        self._highlight = None
        self._highlight_ids = frozenset()
        self.set_note_days([])
        self._layout_key = None
        self.update()

    def set_note_days(self, days: Sequence[tuple[str, int]]) -> None:
        """Where the archive's dated notes begin: (ISO day, count), from the annotation store.

        The Notes lane is shown while there is at least one; the notes
        themselves come with `set_notes` once few enough are visible.
        """
        if days:
            import numpy as np

            iso = np.array([d for d, _ in days], dtype="datetime64[D]")
            order = np.argsort(iso)
            day_numbers = iso[order].astype(np.int64) + _EPOCH_ORDINAL
            counts = np.array([n for _, n in days], dtype=np.int64)[order]
            self._note_days = day_numbers.astype(np.float64)
            self._note_cumulative = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        else:
            self._note_days = self._note_cumulative = None
        self._notes = None
        self._notes_window = None
        self._note_about = {}
        lanes = (*LANES, NOTES_LANE) if days else LANES
        if lanes != self._lanes:
            self._lanes = lanes
            self.updateGeometry()  # one more (or less) lane needs room
            self._overflow = [0] * len(lanes)
        self._changed()

    def set_notes(
        self,
        window: tuple[str, str],
        notes: list[TimelineItem],
        about: Mapping[str, str],
    ) -> None:
        """Dated notes overlapping `window` (ISO days), drawn one by one in the Notes lane.

        `about` names the entry each note is on (by note id), for the tooltip.
        """
        self._notes = _ItemArrays.of(notes)
        self._notes_window = (day_number(window[0]), day_number(window[1]) + 1)
        self._note_about = dict(about)
        self._layout_key = None
        self.update()

    def note_count(self) -> int:
        """Dated notes of the archive (0: no Notes lane)."""
        return 0 if self._note_cumulative is None else int(self._note_cumulative[-1])

    def visible_note_count(self) -> int:
        """Notes beginning in the visible window."""
        import numpy as np

        if self._note_days is None or self._note_cumulative is None:
            return 0
        lo, hi = self.visible_days()
        a, b = np.searchsorted(self._note_days, [lo, hi], side="left")
        return int(self._note_cumulative[b] - self._note_cumulative[a])

    def wants_notes(self) -> bool:
        """True when few enough notes are visible to draw them one by one (always at max zoom)."""
        if self._note_days is None:
            return False
        n = self.visible_note_count()
        deepest = self._dpp <= MIN_DAYS_PER_PX * 1.0001
        if n > NOTE_MARKER_LIMIT and not deepest:
            return False
        return n > 0 or self._note_days_overlap()

    def _note_days_overlap(self) -> bool:
        """A note begun before the window may reach into it: fetch to find out."""
        assert self._note_days is not None
        return bool(self._note_days[0] < self.visible_days()[0])

    def has_notes_for_view(self) -> bool:
        if self._notes is None or self._notes_window is None:
            return False
        lo, hi = self.visible_days()
        return self._notes_window[0] <= lo and hi <= self._notes_window[1]

    def notes_marker_mode(self) -> bool:
        return self.wants_notes() and self.has_notes_for_view()

    def lanes(self) -> tuple[str, ...]:
        """The lanes drawn, top to bottom."""
        return self._lanes

    def set_items(
        self, window: tuple[str, str], items: list[TimelineItem], *, complete: bool = True
    ) -> None:
        """Items overlapping `window` (ISO days), fetched by the pane for marker mode."""
        self._items = _ItemArrays.of(items)
        self._items_window = (day_number(window[0]), day_number(window[1]) + 1)
        self._items_complete = complete
        self._layout_key = None
        self.update()

    def set_highlight(self, person_id: str | None, items: list[TimelineItem]) -> None:
        """Draw one person's items on top, in every zoom level."""
        self._highlight_person = person_id
        self._highlight = _ItemArrays.of(items) if person_id and items else None
        self._highlight_ids = frozenset(i.item_id for i in items) if person_id else frozenset()
        self._layout_key = None
        self.update()

    def highlighted_ids(self) -> frozenset[str]:
        return self._highlight_ids

    def has_data(self) -> bool:
        return self._extent is not None

    # ----- geometry ---------------------------------------------------------

    def _lane_label_width(self) -> float:
        """Width of the lane label area: swatch, the longest title and an overflow badge.

        Measured once per font (every lane, the notes lane too, so the plot
        does not move when notes appear), so painting costs nothing extra.
        """
        fm = QFontMetricsF(self.font())
        title = max(fm.horizontalAdvance(lane_title(lane)) for lane in (*LANES, NOTES_LANE))
        badge = fm.horizontalAdvance(BADGE_ROOM_TEXT) + 8
        width = math.ceil(LANE_TITLE_LEFT + title + 4 + badge + 4)
        return float(min(max(width, LANE_LABEL_MIN_W), LANE_LABEL_MAX_W))

    def lane_label_width(self) -> float:
        """Where the plot starts: the width of the lane labels at the left."""
        return self._label_w

    def plot_rect(self) -> QRectF:
        return QRectF(
            self._label_w,
            TOP,
            max(10.0, self.width() - self._label_w - RIGHT),
            max(6.0, self.height() - TOP - AXIS_H),
        )

    def lane_rect(self, lane: str) -> QRectF:
        plot = self.plot_rect()
        h = plot.height() / len(self._lanes)
        return QRectF(plot.left(), plot.top() + self._lanes.index(lane) * h, plot.width(), h)

    def x_of(self, day: float) -> float:
        return self._label_w + (day - self._start) / self._dpp

    def day_at(self, x: float) -> float:
        return self._start + (x - self._label_w) * self._dpp

    def visible_days(self) -> tuple[float, float]:
        """The window shown, as ordinal days [first, last)."""
        return self._start, self._start + self.plot_rect().width() * self._dpp

    def visible_window(self) -> tuple[str, str]:
        lo, hi = self.visible_days()
        return iso_of_day(math.floor(lo)), iso_of_day(math.ceil(hi))

    def days_per_pixel(self) -> float:
        return self._dpp

    def visible_count(self) -> int:
        """How many items the visible window holds (from the day counts)."""
        return self.count_between(*self.visible_days())

    def count_between(self, lo: float, hi: float) -> int:
        """How many items begin in [lo, hi) (ordinal days; from the day counts)."""
        import numpy as np

        if self._days is None:
            return 0
        counts = self._days.counts(np.array([lo, hi], dtype=np.float64))
        return int(sum(int(c[0]) for c in counts.values()))

    def items_complete(self) -> bool:
        """False when the loaded items stopped at the pane's limit (more are not drawn)."""
        return self._items_complete

    def wants_items(self) -> bool:
        """True when few enough items are visible to draw them one by one.

        Always true at the deepest zoom, so that every item can be reached.
        """
        if self._days is None:
            return False
        n = self.visible_count()
        return n > 0 and (n <= MARKER_LIMIT or self._dpp <= MIN_DAYS_PER_PX * 1.0001)

    def has_items_for_view(self) -> bool:
        if self._items is None or self._items_window is None:
            return False
        lo, hi = self.visible_days()
        return self._items_window[0] <= lo and hi <= self._items_window[1]

    def marker_mode(self) -> bool:
        return self.wants_items() and self.has_items_for_view()

    # ----- zoom and pan -----------------------------------------------------

    def _set_view(self, start: float, dpp: float) -> None:
        width = self.plot_rect().width()
        dpp = min(max(dpp, MIN_DAYS_PER_PX), MAX_SPAN_DAYS / width)
        start = min(max(start, _MIN_DAY), _MAX_DAY - width * dpp)
        if (start, dpp) != (self._start, self._dpp):
            self._start, self._dpp = start, dpp
            self._changed()

    def _changed(self) -> None:
        self._layout_key = None
        self.update()
        self.view_changed.emit()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (`factor` > 1) or out, keeping the day under `anchor_x` in place."""
        if factor <= 0 or not math.isfinite(factor):
            return
        plot = self.plot_rect()
        x = plot.center().x() if anchor_x is None else min(max(anchor_x, plot.left()), plot.right())
        day = self.day_at(x)
        dpp = self._dpp / factor
        dpp = min(max(dpp, MIN_DAYS_PER_PX), MAX_SPAN_DAYS / plot.width())
        self._set_view(day - (x - self._label_w) * dpp, dpp)

    def zoom_in(self) -> None:
        self.zoom_by(KEY_ZOOM)

    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_ZOOM)

    def pan_by(self, pixels: float) -> None:
        """Move the view right by `pixels` (left when negative)."""
        self._set_view(self._start + pixels * self._dpp, self._dpp)

    def fit_all(self) -> None:
        """Show every item, with a small margin (in density mode: where items begin)."""
        bounds = self._fit_bounds()
        if bounds is None:
            return
        lo, hi = bounds
        span = max(hi - lo, 30.0)
        margin = span * 0.03
        width = self.plot_rect().width()
        self._set_view(lo - margin, (span + 2 * margin) / width)

    def _fit_bounds(self) -> tuple[float, float] | None:
        """The days "Fit all" shows (before its margin), or None with nothing to show."""
        if self._extent is None:
            return None
        lo, hi = float(self._extent[0]), float(self._extent[1])
        if self._days is not None and self._days.total > MARKER_LIMIT:
            # density only shows where items begin: fit those, not the ends of long terms
            firsts = [float(d[0]) for d in self._days.days.values() if d.size]
            lasts = [float(d[-1]) + 1 for d in self._days.days.values() if d.size]
            if firsts:
                lo, hi = min(firsts), max(lasts)
        if self._note_days is not None:  # where the notes begin counts too
            lo, hi = min(lo, float(self._note_days[0])), max(hi, float(self._note_days[-1]) + 1)
        return lo, hi

    def _showed_everything(self, old_width: int) -> bool:
        """Whether the view held every item before the pane was `old_width` wide."""
        bounds = self._fit_bounds()
        if bounds is None:
            return False
        old_plot = self.plot_rect().width() - (self.width() - old_width)
        lo, hi = self._start, self._start + old_plot * self._dpp
        return lo <= bounds[0] and hi >= bounds[1]

    def zoom_state(self) -> dict[str, object]:
        """The view as plain data (centre day and span) for settings."""
        lo, hi = self.visible_days()
        return {"center": iso_of_day(round((lo + hi) / 2)), "span_days": hi - lo}

    def restore_zoom_state(self, state: dict[str, object]) -> bool:
        """Apply a `zoom_state()`; returns False (and changes nothing) if it is unusable."""
        center, raw_span = state.get("center"), state.get("span_days")
        if not isinstance(center, str) or not isinstance(raw_span, int | float | str):
            return False
        try:  # QSettings in INI format may hand numbers back as text
            mid = day_number(center)
            span = float(raw_span)
        except ValueError:
            return False
        if not math.isfinite(span) or span <= 0:
            return False
        width = self.plot_rect().width()
        dpp = min(max(float(span) / width, MIN_DAYS_PER_PX), MAX_SPAN_DAYS / width)
        self._set_view(mid - width * dpp / 2, dpp)
        return True

    # ----- input ------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.x() and not delta.y():
            self.pan_by(-delta.x() / 120 * self.plot_rect().width() * KEY_PAN)
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.pan_by(-delta.y() / 120 * self.plot_rect().width() * KEY_PAN)
        elif delta.y():
            self.zoom_by(WHEEL_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        width = self.plot_rect().width()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit_all()
        elif key == Qt.Key.Key_Left:
            self.pan_by(-width * KEY_PAN)
        elif key == Qt.Key.Key_Right:
            self.pan_by(width * KEY_PAN)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.focus_item(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focused_item() is not None:
            item = self.focused_item()
            assert item is not None
            self.item_activated.emit(self._person_for(item), item.item_id)
        elif key == Qt.Key.Key_Escape and self._focused is not None:
            self._set_focused(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_start = self._start
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._press.x()
            if not self._dragging and abs(dx) >= DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self._set_view(self._press_start - dx * self._dpp, self._dpp)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            was_drag = self._dragging
            self._press = None
            self._dragging = False
            self.unsetCursor()
            if not was_drag:
                placed = self.item_at(event.position())
                if placed is not None:
                    self.item_activated.emit(self._person_for(placed), placed.item_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _person_for(self, item: TimelineItem) -> str:
        if self._highlight_person and self._highlight_person in item.person_ids:
            return self._highlight_person
        return item.person_ids[0] if item.person_ids else ""

    def event(self, event: QEvent) -> bool:
        etype = event.type()
        if etype == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                show_tooltip(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if etype == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), float(centre.x()))
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), event.position().x())
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._ticks = None
        self._backdrop = None  # palette, font, language, style: painted again
        self._density = None
        self._marks = None
        if event.type() == QEvent.Type.FontChange:
            self._label_widths.clear()
            self._elide_cache.clear()
            self._layout_key = None
            width = self._lane_label_width()
            if width != self._label_w:
                self._label_w = width
                super().changeEvent(event)
                self.view_changed.emit()  # the plot moved, as after a resize
                return
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize()
        everything = old.width() > 0 and self._showed_everything(old.width())
        if old.width() > 0:
            # keep the centre day and the scale when the pane is resized
            self._start += (old.width() - self.width()) / 2 * self._dpp
        self._layout_key = None
        super().resizeEvent(event)
        if everything and self.width() < old.width():
            # a view that held every item keeps them all in a narrower pane (none cut off)
            self.fit_all()
        self.view_changed.emit()

    def minimumSizeHint(self) -> QSize:
        """Room for every lane's title on its own line, so titles never overlap."""
        line = QFontMetricsF(self.font()).height() + 2
        return QSize(200, int(TOP + AXIS_H + len(self._lanes) * line + 1))

    # ----- keyboard focus on items (and what a screen reader says) -----------

    def focused_item(self) -> TimelineItem | None:
        """The item chosen with Up/Down, if it is still drawn (alone or in a merged mark)."""
        placed = self._placed_holding(self._focused)
        if placed is None:
            return None
        return next(m for m in placed.members() if m.item_id == self._focused)

    def focus_item(self, step: int) -> TimelineItem | None:
        """Choose the next (`step` 1) or previous (-1) item drawn, in time order.

        Each item of a merged mark is reached in turn, so the keyboard (and a
        screen reader) reaches every item a mark stands for.
        """
        placed = sorted(
            self._placed(), key=lambda p: (p.shape.left(), _LANE_INDEX.get(p.item.lane, 0))
        )
        members = [m for p in placed for m in p.members()]
        if not members:
            self._set_focused(None)
            return None
        ids = [m.item_id for m in members]
        at = ids.index(self._focused) if self._focused in ids else (-1 if step > 0 else 0)
        item = members[(at + step) % len(members)]
        self._set_focused(item)
        return item

    def _placed_holding(self, item_id: str | None) -> _Placed | None:
        """The mark that stands for `item_id` (alone or merged with others), if drawn."""
        if item_id is None:
            return None
        for placed in self._placed():
            if placed.item.item_id == item_id or any(m.item_id == item_id for m in placed.more):
                return placed
        return None

    def marks(self) -> list[tuple[TimelineItem, int]]:
        """The marks drawn, bottom to top: the item a click activates and how many items
        the mark stands for (more than one where items would cover the same pixels)."""
        return [(placed.item, 1 + len(placed.more)) for placed in self._placed()]

    def _set_focused(self, item: TimelineItem | None) -> None:
        self._focused = item.item_id if item is not None else None
        if item is None:
            self.setAccessibleName(self.tr("Timeline"))
            self.setAccessibleDescription(keys_help())
        else:
            self.setAccessibleName(spoken_item(item))
            about = self._note_about.get(item.item_id, "") if item.kind == "note" else ""
            tip = note_tooltip(item, about) if item.kind == "note" else item_tooltip(item)
            self.setAccessibleDescription(tip)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.update()

    # ----- hit testing and tooltips -----------------------------------------

    def item_at(self, pos: QPointF) -> TimelineItem | None:
        """The item drawn under `pos` (top-most), if any (of a merged mark: its first)."""
        placed = self._placed_at(pos)
        return placed.item if placed is not None else None

    def _placed_at(self, pos: QPointF) -> _Placed | None:
        for placed in reversed(self._placed()):
            if placed.shape.adjusted(-3, -3, 3, 3).contains(pos) or (
                placed.label_rect is not None and placed.label_rect.contains(pos)
            ):
                return placed
        return None

    def item_position(self, item_id: str) -> QPointF | None:
        """Centre of the shape drawn for an item (for tests and keyboard focus)."""
        placed = self._placed_holding(item_id)
        if placed is None:
            return None
        r = placed.shape
        if placed.point:
            return r.center()
        return QPointF(min(r.left() + 4, r.center().x()), r.center().y())

    def tooltip_at(self, pos: QPointF) -> str:
        placed = self._placed_at(pos)
        if placed is not None and placed.more:
            return self._merged_tooltip(placed.members())
        item = placed.item if placed is not None else None
        if item is not None and item.kind == "note":
            return note_tooltip(item, self._note_about.get(item.item_id, ""))
        if item is not None:
            return item_tooltip(item)
        return (
            self._overflow_tooltip(pos)
            or self._lane_title_tooltip(pos)
            or self._density_tooltip(pos)
        )

    def _merged_tooltip(self, members: list[TimelineItem]) -> str:
        """Tooltip of a mark standing for several items: how many, and the first of them."""
        n = len(members)
        lines = [self.tr("{count} item(s) here", "", n).format(count=grouped(n))]
        for item in members[:CLUSTER_TIP_LINES]:
            lines.append(f"{describe_date(item.edtf)} · {item_kind(item)} · {item.label}")
        rest = n - CLUSTER_TIP_LINES
        if rest > 0:
            lines.append(
                self.tr("… and {count} more; zoom in to see them", "", rest).format(
                    count=grouped(rest)
                )
            )
        return "\n".join(lines)

    def _lane_title_tooltip(self, pos: QPointF) -> str:
        """The whole lane title under `pos` when it is drawn elided."""
        if not LANE_TITLE_LEFT <= pos.x() < self._label_w:
            return ""
        plot = self.plot_rect()
        if not plot.top() <= pos.y() < plot.bottom():
            return ""
        i = min(
            int((pos.y() - plot.top()) / (plot.height() / len(self._lanes))), len(self._lanes) - 1
        )
        title = lane_title(self._lanes[i])
        badge = self._overflow_badge(i)
        room = (badge[1].left() - 26) if badge is not None else self._label_w - 26
        return title if QFontMetricsF(self.font()).horizontalAdvance(title) > room else ""

    def _density_tooltip(self, pos: QPointF) -> str:
        import numpy as np

        if not self.plot_rect().contains(pos):
            return ""
        lane = next((ln for ln in self._lanes if self.lane_rect(ln).contains(pos)), None)
        if lane is None:
            return ""
        left = self.plot_rect().left()
        b = math.floor((pos.x() - left) / BIN_PX)
        lo = self.day_at(left + b * BIN_PX)
        hi = self.day_at(left + (b + 1) * BIN_PX)
        if lane == NOTES_LANE:
            if self._note_days is None or self.notes_marker_mode():
                return ""
            n = int(self._note_counts(np.array([lo, hi]))[0])
            count = self.tr("{count} note(s)", "", n).format(count=grouped(n))
        else:
            if self._days is None or self.marker_mode():
                return ""
            n = int(self._days.counts(np.array([lo, hi]))[lane][0])
            count = self.tr("{count} item(s)", "", n).format(count=grouped(n))
        if n == 0:
            return ""
        first, last = iso_of_day(math.floor(lo)), iso_of_day(max(math.floor(lo), math.ceil(hi) - 1))
        period = first if first == last else f"{first} – {last}"
        return f"{count} · {lane_title(lane)}\n{period}"

    # ----- layout -----------------------------------------------------------

    def _placed(self) -> list[_Placed]:
        key: tuple[object, ...] = (self._start, self._dpp, self.width(), self.height())
        key += (id(self._items), id(self._highlight), self.marker_mode())
        key += (id(self._notes), self._lanes, self.notes_marker_mode())
        if key != self._layout_key:
            self._layout_cache = self._layout()
            self._layout_key = key
        return self._layout_cache

    def _layout(self) -> list[_Placed]:
        self._overflow = [0] * len(self._lanes)
        out: list[_Placed] = []
        if self.marker_mode() and self._items is not None:
            out = self._layout_arrays(self._items, labels=True)
        elif self._highlight is not None:
            out = self._layout_arrays(self._highlight, labels=True)
        if self._notes is not None and self.notes_marker_mode():
            out += self._layout_arrays(self._notes, labels=True)
        return out

    def _layout_arrays(self, arrays: _ItemArrays, *, labels: bool) -> list[_Placed]:
        """Place visible items in rows per lane so that they do not overlap.

        Pass 1 places dots and short spans greedily from left to right, each
        with its label when there is room. Pass 2 fits wide bars and spans
        into whatever stretch of a row is still free, so a month-long span
        never pushes a day's events out; where no row is free, a wide item
        goes beneath the dots of a row that no other span or bar covers (the
        dots are drawn on top of it, its label stops before them), so a note
        about a month stays in sight beside a note about one of its days.
        Items begun before the window may use at most half of a lane's rows.
        Wide items that still find no room are counted in `overflow`; dots
        that find none are drawn on top.
        """
        import numpy as np

        plot = self.plot_rect()
        left_edge, right_edge = plot.left(), plot.right()
        fm = QFontMetricsF(self.font())
        text_h = fm.height()
        x0 = left_edge + (arrays.start - self._start) / self._dpp
        x1 = left_edge + (arrays.stop - self._start) / self._dpp
        xb = left_edge + (arrays.bar_end - self._start) / self._dpp
        shown = (np.maximum(x1, xb) >= left_edge) & (x0 <= right_edge)
        lanes_drawn = self._lanes
        lane_h = plot.height() / len(lanes_drawn)
        rows = max(1, int((lane_h - 2) // ROW_H))
        running_rows = range(max(1, rows // 2))
        all_rows = range(rows)
        overflow = [0] * len(lanes_drawn)
        pointlike = ~arrays.sentence & (arrays.exact | (x1 - x0 < 6))
        right_px = np.where(arrays.sentence, xb, x1)
        wide = ~pointlike & (np.minimum(right_px, right_edge) - np.maximum(x0, left_edge) > 120)
        wide |= ~pointlike & (x0 < left_edge)
        # items begun before the window can only take the running rows, so all
        # but the first few per lane overflow; count them in numpy
        running = shown & ~pointlike & (x0 < left_edge)
        for lane in range(len(lanes_drawn)):
            idx = np.nonzero(running & (arrays.lane == lane))[0]
            if idx.size > len(running_rows):
                shown[idx[len(running_rows) :]] = False
                overflow[lane] += int(idx.size - len(running_rows))
        # per lane and row: merged stretches [start, end] under shapes, sorted
        cover_s: list[list[list[float]]] = [[[] for _ in all_rows] for _ in lanes_drawn]
        cover_e: list[list[list[float]]] = [[[] for _ in all_rows] for _ in lanes_drawn]
        # the same without dots: where a wide item may still go, beneath the dots
        solid_s: list[list[list[float]]] = [[[] for _ in all_rows] for _ in lanes_drawn]
        solid_e: list[list[list[float]]] = [[[] for _ in all_rows] for _ in lanes_drawn]
        row_points: list[list[list[_Placed]]] = [[[] for _ in all_rows] for _ in lanes_drawn]
        row_end = [[-math.inf] * rows for _ in lanes_drawn]  # right end of shape and label
        row_shape_end = [[-math.inf] * rows for _ in lanes_drawn]
        row_last = [[-1] * rows for _ in lanes_drawn]  # the labelled item ending the row
        row_labelled: list[list[list[_Placed]]] = [[[] for _ in all_rows] for _ in lanes_drawn]
        lanes = arrays.lane
        highlight = self._highlight_ids
        highlight_person = self._highlight_person  # notes are emphasised by their person
        widths = self._label_widths
        out: list[_Placed] = []
        items = arrays.items
        lit = np.zeros(len(items), dtype=np.float64)
        if highlight or highlight_person:
            lit = np.array(
                [
                    item.item_id in highlight
                    or (item.kind == "note" and highlight_person in item.person_ids)
                    for item in items
                ],
                dtype=np.float64,
            )
        lane_f = lanes.astype(np.float64)
        kind_f = lit * 4 + pointlike * 2 + arrays.sentence  # only like marks are merged
        row_top = [[-1] * rows for _ in lanes_drawn]  # the last mark drawn in each row

        def occupy(lane: int, row: int, a: float, b: float, point: bool) -> None:
            covers = [(cover_s, cover_e)] if point else [(cover_s, cover_e), (solid_s, solid_e)]
            for all_s, all_e in covers:
                starts, ends = all_s[lane][row], all_e[lane][row]
                if starts and a <= ends[-1] + 2:
                    ends[-1] = max(ends[-1], b)
                else:
                    starts.append(a)
                    ends.append(b)

        def label_width(text: str) -> float:
            w = widths.get(text, -1.0)
            if w < 0:
                w = widths[text] = fm.horizontalAdvance(text)
            return min(w, LABEL_MAX_W)

        def place(i: int, lane: int, row: int, left: float, right: float, point: bool) -> _Placed:
            item = items[i]
            top = plot.top() + lane * lane_h + 1 + row * ROW_H + min(ROW_H, lane_h) / 2
            if point:
                shape = QRectF(left, top - 4.5, 9, 9)
            elif item.kind in ("sentence", "note"):  # tall enough to carry its label
                shape = QRectF(left, top - 6.5, right - left, 13)
            else:
                shape = QRectF(left, top - 4, right - left, 8)
            placed = _Placed(
                item=item,
                shape=shape,
                label_rect=None,
                label="",
                point=point,
                soft_start=min(float(x1[i]), right) if item.kind == "sentence" else left,
                highlighted=bool(lit[i]),
            )
            out.append(placed)
            return placed

        def set_label(placed: _Placed, left: float, width: float) -> None:
            if width > 8:
                top = placed.shape.center().y() - text_h / 2
                placed.label_rect = QRectF(left, top, width, text_h)
                placed.label = placed.item.label  # elided once the layout is final

        # pass 1: dots and short spans, left to right. Items on the same pixels of a
        # lane take the free rows one by one; where none is left, the rest become part
        # of the mark they would be drawn over (it says how many it holds)
        dot_left = np.where(pointlike, (x0 + x1) / 2 - 4.5, x0)
        dot_right = np.where(pointlike, dot_left, np.maximum(x1, x0 + 6))
        first_pass = np.nonzero(shown & ~wide)[0]
        for members in _same_pixels(first_pass, (lane_f, dot_left, dot_right, kind_f)):
            i = members[0]
            lane = int(lanes[i])
            a, b = float(x0[i]), float(x1[i])
            point = bool(pointlike[i])
            if point:
                left = (a + b) / 2 - 4.5
                right = left + 9
            else:
                left, right = a, max(b, a + 6)
            ends, shape_ends, tops = row_end[lane], row_shape_end[lane], row_top[lane]
            for k, i in enumerate(members):
                row = next((r for r in all_rows if ends[r] < left - 2), None)
                has_room = row is not None
                if row is None:
                    # a dot wins over the label before it: shorten or drop that label
                    row = next((r for r in all_rows if shape_ends[r] < left - 2), None)
                    if row is not None:
                        if row_last[lane][row] >= 0:
                            self._shorten_label(out[row_last[lane][row]], left - 4)
                            ends[row] = left - 3
                        has_room = True
                if row is None:
                    latest = max(tops)  # the mark laid out last in this lane's rows
                    under = out[latest] if latest >= 0 else None
                    if (
                        under is not None
                        and under.point == point
                        and under.highlighted == bool(lit[i])
                        and under.shape.right() > left
                        and under.shape.left() < right
                    ):  # drawn on top of it, they would hide it: one mark says how many
                        under.more.extend(items[m] for m in members[k:])
                        break
                    row = min(all_rows, key=shape_ends.__getitem__)
                placed = place(i, lane, row, left, right, point)
                tops[row] = len(out) - 1
                shape_ends[row] = max(shape_ends[row], right)
                ends[row] = max(ends[row], right)
                item_label = placed.item.label
                if labels and has_room and item_label:
                    label_left = max(right, left_edge) + 3
                    width = label_width(item_label)
                    ends[row] = label_left + width + 4
                    set_label(placed, label_left, width)
                    row_last[lane][row] = len(out) - 1
                    row_labelled[lane][row].append(placed)
                if point:
                    row_points[lane][row].append(placed)
                occupy(lane, row, left, right, point)
        # pass 2: wide bars and spans fill the stretches no shape covers; a
        # label in the way is shortened or dropped. Bars on the same pixels take
        # free rows one by one; the rest join the last of them (or the overflow)
        second_pass = np.nonzero(shown & wide)[0]
        for members in _same_pixels(second_pass, (lane_f, x0, right_px, x1, kind_f)):
            i = members[0]
            lane = int(lanes[i])
            a = float(x0[i])
            left, right = a, max(float(right_px[i]), a + 6)
            candidates = running_rows if a < left_edge else all_rows
            # a sentence bar may cover the dot of its own sentencing at its start
            free_from = left + 10 if arrays.sentence[i] else left - 2
            last: _Placed | None = None
            for k, i in enumerate(members):
                row = _free_row(cover_s[lane], cover_e[lane], candidates, right, free_from)
                beneath = row is None
                if row is None:
                    row = _free_row(solid_s[lane], solid_e[lane], candidates, right, free_from)
                if row is None:
                    if last is not None:
                        last.more.extend(items[m] for m in members[k:])
                    else:
                        overflow[lane] += len(members) - k
                    break
                _cover(cover_s[lane][row], cover_e[lane][row], left, right)
                _cover(solid_s[lane][row], solid_e[lane][row], left, right)
                for other in row_labelled[lane][row]:
                    if beneath and other.point:
                        continue  # drawn over the bar with its label
                    rect = other.label_rect
                    if rect is not None and rect.left() < right and rect.right() > left - 3:
                        self._shorten_label(other, left - 4)
                placed = last = place(i, lane, row, left, right, False)
                item_label = placed.item.label
                visible_w = min(right, right_edge) - max(left, left_edge)
                if labels and item_label and visible_w >= 48:
                    # Gantt style: the label sits inside the visible part of the bar
                    label_left = max(left, left_edge) + 4
                    label_right = min(right, right_edge) - 4
                    if beneath:  # the label stops before the first dot drawn over the bar
                        dots = [d.shape.left() for d in row_points[lane][row]]
                        label_right = min([label_right] + [x - 4 for x in dots if x > label_left])
                    width = min(label_width(item_label), label_right - label_left)
                    set_label(placed, label_left, width)
        for placed in out:
            if placed.label_rect is not None:
                room = placed.label_rect.width()
                suffix = f"  +{grouped(len(placed.more))}" if placed.more else ""
                if suffix:  # how many more the mark holds, never elided away
                    room -= label_width(suffix)
                full = widths.get(placed.label, LABEL_MAX_W + 1)
                if full > room:
                    placed.label = self._elided(placed.label, room, fm) if room > 16 else ""
                placed.label = (placed.label + suffix).strip()
        self._overflow = [a + b for a, b in zip(self._overflow, overflow, strict=True)]
        # labelled items over unlabelled ones, dots over the bars beneath them,
        # highlighted items on top
        out.sort(key=lambda p: (p.highlighted, p.label_rect is not None, p.point))
        return out

    @staticmethod
    def _shorten_label(placed: _Placed, right: float) -> None:
        """Cut a label so it ends before `right`; drop it when too little is left."""
        rect = placed.label_rect
        if rect is None or rect.right() <= right:
            return
        width = right - rect.left()
        if width < 40:  # also when the label begins past `right`
            placed.label_rect = None
            placed.label = ""
            return
        placed.label_rect = QRectF(rect.left(), rect.top(), width, rect.height())

    def _elided(self, text: str, width: float, fm: QFontMetricsF) -> str:
        """`text` cut to `width` with an ellipsis; cached, labels repeat while panning."""
        key = (text, int(width))
        cached = self._elide_cache.get(key)
        if cached is None:
            if len(self._elide_cache) > 20_000:
                self._elide_cache.clear()
            cached = self._elide_cache[key] = fm.elidedText(
                text, Qt.TextElideMode.ElideRight, int(width)
            )
        return cached

    # ----- painting ---------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        pal = self.palette()
        plot = self.plot_rect()
        self._paint_backdrop(p, plot)
        if self._message:  # what it covers is not drawn (the veil made it all but unseen)
            self._paint_message(p, plot)
        else:
            p.setClipRect(plot)
            if self._days is not None and not self.marker_mode():
                self._paint_density_cached(p, plot)
            if self._note_days is not None and not self.notes_marker_mode():
                self._paint_note_density(p, plot)
            self._paint_items_cached(p, plot)
            self._paint_focused_item(p)
            if not self._items_complete and self.marker_mode():
                self._paint_incomplete(p, plot)
            p.setClipping(False)
            if any(self._overflow):
                self._paint_overflow(p)
        if self.hasFocus():
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 1.5)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75))

    def _paint_backdrop(self, p: QPainter, plot: QRectF) -> None:
        """The lanes and the axis: drawn once per view into a pixmap.

        The timeline repaints for every list, filter, record and hover; its lanes and
        axis change only when the view moves (zoom, pan, size, lanes), and drawing them
        (tick labels, tints) was half of a repaint on the GUI thread.
        """
        ratio = self.devicePixelRatioF()
        key = (
            self.width(), self.height(), ratio, self._start, self._dpp,
            tuple(self._lanes), self._label_w, self.palette().cacheKey(),
        )  # fmt: skip
        cached = self._backdrop
        if cached is None or cached[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            try:
                pal = self.palette()
                painter.setFont(self.font())
                painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
                painter.fillRect(plot, pal.color(QPalette.ColorRole.Base))
                self._paint_lanes(painter, plot)
                self._paint_axis(painter, plot)
            finally:
                painter.end()
            cached = self._backdrop = (key, pixmap)
        p.drawPixmap(0, 0, cached[1])

    def _paint_focused_item(self, p: QPainter) -> None:
        if self._focused is None or not self.hasFocus():
            return
        placed = self._placed_holding(self._focused)
        if placed is not None:
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(placed.shape.adjusted(-3, -3, 3, 3), 3, 3)

    def _paint_lanes(self, p: QPainter, plot: QRectF) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        fm = QFontMetricsF(self.font())
        lane_h = plot.height() / len(self._lanes)
        for i, lane in enumerate(self._lanes):
            color = QColor(LANE_COLORS[lane])
            band = QRectF(plot.left(), plot.top() + i * lane_h, plot.width(), lane_h)
            p.fillRect(band, self._lane_background(i))
            swatch = QRectF(6, band.top() + lane_h / 2 - 5, 10, 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(swatch, 2, 2)
            p.setPen(text)
            label_rect = QRectF(LANE_TITLE_LEFT, band.top(), self._label_w - 26, lane_h)
            title = fm.elidedText(lane_title(lane), Qt.TextElideMode.ElideRight, label_rect.width())
            p.drawText(label_rect, _LEFT_CENTRE_INT, title)
        if NOTES_LANE in self._lanes:  # the archivists' lane is apart from the archive's
            line = QColor(LANE_COLORS[NOTES_LANE])
            line.setAlpha(150)
            top = plot.top() + self._lanes.index(NOTES_LANE) * lane_h
            p.fillRect(QRectF(0, top - 1, plot.right(), 1.5), line)

    def _lane_background(self, i: int) -> QColor:
        """The lane's faint tint over the base colour, as one opaque colour."""
        base = self.palette().color(QPalette.ColorRole.Base)
        tint = QColor(LANE_COLORS[self._lanes[i]])
        a = (14 if i % 2 == 0 else 24) / 255
        return QColor(
            round(base.red() * (1 - a) + tint.red() * a),
            round(base.green() * (1 - a) + tint.green() * a),
            round(base.blue() * (1 - a) + tint.blue() * a),
        )

    def _paint_axis(self, p: QPainter, plot: QRectF) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        p.setPen(QPen(text, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        fm = QFontMetricsF(self.font())
        lo, hi = self.visible_days()
        key = (lo, hi, self._dpp)
        if self._ticks is None or self._ticks[0] != key:  # repaints of one view: labels once
            self._ticks = (key, axis_ticks(lo, hi, self._dpp, month_name))
        tick_lines: list[QLineF] = []
        for day, label in self._ticks[1]:
            x = round(self.x_of(day)) + 0.5  # crisp 1 px lines
            if x < plot.left() - 0.5 or x > plot.right() + 0.5:
                continue
            p.fillRect(QRectF(x - 0.5, plot.top(), 1, plot.height()).toAlignedRect(), grid)
            tick_lines.append(QLineF(x, plot.bottom(), x, plot.bottom() + 4))
            w = fm.horizontalAdvance(label)
            tx = min(max(x - w / 2, plot.left()), plot.right() - w)
            p.drawText(QPointF(tx, plot.bottom() + 5 + fm.ascent()), label)
        p.drawLines(tick_lines)

    def _paint_density_cached(self, p: QPainter, plot: QRectF) -> None:
        """The density bars, drawn into a pixmap once per view and day counts.

        The timeline repaints for each list, record, focus and hover while its bars
        change only with the view or the counts; drawing them was the largest piece of
        a repaint on the GUI thread.
        """
        backdrop = self._backdrop
        key = (backdrop[0] if backdrop is not None else None, id(self._days),
               self._highlight is not None, plot.getRect())  # fmt: skip
        cached = self._density
        if cached is None or cached[0] != key:
            pixmap = self._layer(plot, lambda painter: self._paint_density(painter, plot))
            cached = self._density = (key, pixmap, self._days)  # the days kept: ids stay unique
        p.drawPixmap(0, 0, cached[1])

    def _layer(self, plot: QRectF, draw: Callable[[QPainter], None]) -> QPixmap:
        """A transparent pixmap of the widget's size with `draw` painted on it, clipped
        to the plot: drawn once, then put on screen by every repaint of the same view."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setFont(self.font())
            painter.setClipRect(plot)
            draw(painter)
        finally:
            painter.end()
        return pixmap

    def _paint_items_cached(self, p: QPainter, plot: QRectF) -> None:
        """The marks, drawn into a pixmap once per layout (view, items, highlight, palette).

        A repaint for a list, record, focus or hover change then costs one pixmap
        whatever the number of items; the focus ring is drawn over it.
        """
        placed = self._placed()
        if not placed:
            return
        key = (self.width(), self.height(), self.devicePixelRatioF(), plot.getRect(),
               self.palette().cacheKey(), bool(self._highlight_ids))  # fmt: skip
        cached = self._marks
        if cached is None or cached[2] is not placed or cached[0] != key:
            pixmap = self._layer(plot, lambda painter: self._paint_items(painter, placed))
            cached = self._marks = (key, pixmap, placed)  # the layout kept: `is` stays exact
        p.drawPixmap(0, 0, cached[1])

    def _paint_incomplete(self, p: QPainter, plot: QRectF) -> None:
        """Say that the loaded items stopped at the limit: more here than are drawn."""
        assert self._items is not None
        n = len(self._items.items)
        text = self.tr("Only the first {count} item(s) here are drawn", "", n).format(
            count=grouped(n)
        )
        fm = QFontMetricsF(self.font())
        w, h = fm.horizontalAdvance(text) + 12, fm.height() + 4
        rect = QRectF(plot.right() - w - 4, plot.top() + 2, w, h)
        pal = self.palette()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.ToolTipBase))
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(pal.color(QPalette.ColorRole.ToolTipText))
        p.drawText(rect, _CENTRE, text)

    def _paint_message(self, p: QPainter, plot: QRectF) -> None:
        pal = self.palette()
        p.fillRect(plot, pal.color(QPalette.ColorRole.Base))
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(
            plot.adjusted(12, 8, -12, -8),
            _CENTRED_WRAPPED,
            self._message or "",
        )

    def _paint_density(self, p: QPainter, plot: QRectF) -> None:
        import numpy as np

        assert self._days is not None
        nbins = max(1, math.ceil(plot.width() / BIN_PX))
        edges = self._start + self._dpp * BIN_PX * np.arange(nbins + 1, dtype=np.float64)
        counts = self._days.counts(edges)
        peak = max((int(c.max()) for c in counts.values() if c.size), default=0)
        if peak <= 0:
            return
        lane_h = plot.height() / len(self._lanes)
        max_h = max(2.0, lane_h - 6)
        dim = self._highlight is not None
        p.setPen(Qt.PenStyle.NoPen)
        for i, lane in enumerate(LANES):
            c = counts[lane]
            nz = np.nonzero(c)[0]
            if nz.size == 0:
                continue
            heights = np.maximum(np.sqrt(c[nz] / peak) * max_h, 1.5)
            base = plot.top() + (i + 1) * lane_h - 3
            xs = plot.left() + nz * BIN_PX
            color = QColor(LANE_COLORS[lane])
            color.setAlpha(90 if dim else 190)
            p.setBrush(color)
            p.drawRects(
                [
                    QRectF(x, base - h, BIN_PX - 0.6, h)
                    for x, h in zip(xs.tolist(), heights.tolist(), strict=True)
                ]
            )

    def _note_counts(self, edges: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
        """Notes beginning between consecutive `edges` (ordinal days)."""
        import numpy as np

        assert self._note_days is not None
        assert self._note_cumulative is not None
        idx = np.searchsorted(self._note_days, edges, side="left")
        return np.diff(self._note_cumulative[idx])

    def _paint_note_density(self, p: QPainter, plot: QRectF) -> None:
        """Too many notes to draw one by one: bars of where they begin, scaled on their own."""
        import numpy as np

        nbins = max(1, math.ceil(plot.width() / BIN_PX))
        edges = self._start + self._dpp * BIN_PX * np.arange(nbins + 1, dtype=np.float64)
        counts = self._note_counts(edges)
        nz = np.nonzero(counts)[0]
        if nz.size == 0:
            return
        lane_h = plot.height() / len(self._lanes)
        max_h = max(2.0, lane_h - 6)
        heights = np.maximum(np.sqrt(counts[nz] / int(counts.max())) * max_h, 1.5)
        base = plot.top() + (self._lanes.index(NOTES_LANE) + 1) * lane_h - 3
        color = QColor(LANE_COLORS[NOTES_LANE])
        color.setAlpha(190)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        xs = plot.left() + nz * BIN_PX
        p.drawRects(
            [
                QRectF(x, base - h, BIN_PX - 0.6, h)
                for x, h in zip(xs.tolist(), heights.tolist(), strict=True)
            ]
        )

    def _paint_items(self, p: QPainter, placed: list[_Placed]) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        if not placed:
            return
        accent = pal.color(QPalette.ColorRole.Highlight)
        dim = bool(self._highlight_ids)
        outline = QColor(text)
        outline.setAlpha(110)
        point_pen = QPen(outline, 0.8)
        accent_pen = QPen(accent, 2.0)
        no_pen = QPen(Qt.PenStyle.NoPen)
        ascent = QFontMetricsF(self.font()).ascent()
        text_h = QFontMetricsF(self.font()).height()
        colors: dict[tuple[str, bool], QColor] = {}
        backgrounds = [self._lane_background(i) for i in range(len(self._lanes))]
        for pl in placed:
            item = pl.item
            lane_no = _LANE_INDEX.get(item.lane, _OTHER_LANE)
            key = (item.lane, dim and not pl.highlighted)
            color = colors.get(key)
            if color is None:
                color = QColor(LANE_COLORS.get(item.lane, LANE_COLORS["other"]))
                if key[1]:
                    color.setAlpha(90)
                colors[key] = color
            r = pl.shape
            if pl.point:
                p.setPen(accent_pen if pl.highlighted else point_pen)
                p.setBrush(color)
                if pl.more:  # a mark for several items: a stack of them
                    behind = r.translated(2.5, -2)
                    if item.kind == "note":
                        p.drawRoundedRect(behind.adjusted(0.5, 0.5, -0.5, -0.5), 1.5, 1.5)
                    else:
                        p.drawEllipse(behind)
                if item.kind == "note":  # a square like a slip of paper, never a dot
                    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 1.5, 1.5)
                else:
                    p.drawEllipse(r)
            else:
                solid = QColor(color)
                sentence = item.kind == "sentence"
                note = item.kind == "note"
                solid.setAlpha(min(color.alpha(), 120 if sentence else 70 if note else 160))
                soft = (pl.soft_start - r.left()) / max(r.width(), 1e-9)
                if sentence and soft <= 0.001:
                    brush = QBrush(solid)
                else:
                    clear = QColor(color)
                    clear.setAlpha(0)
                    grad = QLinearGradient(r.left(), 0, r.right(), 0)
                    if sentence:  # uncertain sentence date: fade in up to its latest day
                        grad.setColorAt(0.0, clear)
                        grad.setColorAt(min(soft, 1.0), solid)
                        grad.setColorAt(1.0, solid)
                    else:  # partial date: a span with soft edges
                        grad.setColorAt(0.0, clear)
                        grad.setColorAt(0.3, solid)
                        grad.setColorAt(0.7, solid)
                        grad.setColorAt(1.0, clear)
                    brush = QBrush(grad)
                p.setPen(QPen(accent, 1.5) if pl.highlighted else no_pen)
                p.setBrush(brush)
                p.drawRoundedRect(r, 3, 3)
                if not sentence and not note:
                    p.setPen(no_pen)
                    p.setBrush(color)
                    p.drawEllipse(r.center(), 2.5, 2.5)
            if pl.label_rect is not None:
                lr = pl.label_rect
                on_bar = pl.item.kind in ("sentence", "note") and pl.shape.contains(lr.center())
                if not on_bar:
                    # an opaque halo in the lane's colour: cheaper than blending
                    p.fillRect(lr.adjusted(-1, 1, 2, -1).toAlignedRect(), backgrounds[lane_no])
                p.setPen(accent if pl.highlighted else text)
                p.drawText(
                    QPointF(lr.left(), lr.top() + (lr.height() - text_h) / 2 + ascent), pl.label
                )

    def _overflow_badge(self, lane_no: int) -> tuple[str, QRectF] | None:
        """The "+N" badge at the right of a lane's title, and where it goes."""
        n = self._overflow[lane_no]
        if not n:
            return None
        text = f"+{grouped(n)}"
        fm = QFontMetricsF(self.font())
        band = self.lane_rect(self._lanes[lane_no])
        w = fm.horizontalAdvance(text) + 8
        h = min(fm.height() + 2, band.height() - 2)
        rect = QRectF(self._label_w - 4 - w, band.center().y() - h / 2, w, h)
        return text, rect

    def _paint_overflow(self, p: QPainter) -> None:
        """Beside a lane's title, say how many bars and spans found no row.

        The title is shortened to make room, so the badge never runs into it
        or into the next lane however short the lanes are.
        """
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlpha(40)
        fm = QFontMetricsF(self.font())
        for i, lane in enumerate(self._lanes):
            badge = self._overflow_badge(i)
            if badge is None:
                continue
            note, rect = badge
            band = self.lane_rect(lane)
            title_rect = QRectF(
                LANE_TITLE_LEFT, band.top(), max(0.0, rect.left() - 26), band.height()
            )
            p.fillRect(
                QRectF(LANE_TITLE_LEFT, band.top(), self._label_w - LANE_TITLE_LEFT, band.height()),
                pal.color(QPalette.ColorRole.Window),
            )
            p.setPen(text)
            title = fm.elidedText(lane_title(lane), Qt.TextElideMode.ElideRight, title_rect.width())
            p.drawText(title_rect, _LEFT_CENTRE_INT, title)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(faint)
            p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            p.setPen(text)
            p.drawText(rect, _CENTRE, note)

    def _overflow_tooltip(self, pos: QPointF) -> str:
        for i in range(len(self._lanes)):
            badge = self._overflow_badge(i)
            if badge is not None and badge[1].adjusted(-2, -2, 2, 2).contains(pos):
                n = self._overflow[i]
                return self.tr(
                    "{count} more item(s) in {lane} than rows to show them; zoom in to see them.",
                    "",
                    n,
                ).format(count=grouped(n), lane=lane_title(self._lanes[i]))
        return ""


def show_tooltip(global_pos: QPoint, text: str, widget: QWidget) -> None:
    """Pop up a tooltip (a seam for tests: offscreen Qt warns when it raises one)."""
    QToolTip.showText(global_pos, text, widget)


def keys_help() -> str:
    """How to use the timeline from the keyboard (its accessible description)."""
    return TimelineText.tr(
        "Up and Down choose an event, Enter shows its person; Left and Right move in time; "
        "+ and - zoom; 0 fits everything"
    )


def item_kind(item: TimelineItem) -> str:
    """What an item is, in words: an event's kind, "Sentence" or "Note"."""
    if item.kind == "sentence":
        return TimelineText.tr("Sentence")
    if item.kind == "note":
        return TimelineText.tr("Note")
    if item.kind == "placement":
        return TimelineText.tr("Transfer")
    if item.kind == "recognition":
        return TimelineText.tr("Recognition")
    if item.kind == "appeal":
        return TimelineText.tr("Appeal")
    return archive_labels.event_kind(item.kind)


def spoken_item(item: TimelineItem) -> str:
    """What a screen reader says for an item: "Sentenced, 14 December 2021: …"."""
    return TimelineText.tr("{kind}, {date}: {label}").format(
        kind=item_kind(item), date=describe_date(item.edtf), label=item.label
    )


def item_tooltip(item: TimelineItem) -> str:
    """Tooltip of one item: the date in words, its EDTF, the label."""
    lines = [f"{describe_date(item.edtf)}  ·  EDTF {item.edtf}", item.label]
    if item.kind in ("placement", "recognition", "appeal"):  # format 2: say what it is
        lines.insert(1, item_kind(item))
    if item.kind == "sentence" and item.end_latest:
        lines.append(TimelineText.tr("until %1").replace("%1", describe_date(item.end_latest)))
    return "\n".join(line for line in lines if line)


def note_label(text: str) -> str:
    """A note's text on one line (its mark's label; drawn elided)."""
    return " ".join(text.split())


def note_tooltip(item: TimelineItem, about: str) -> str:
    """Tooltip of a note: its date in words, the text (shortened), the entry it is on."""
    text = item.label
    if len(text) > NOTE_TIP_CHARS:
        text = text[: NOTE_TIP_CHARS - 1].rstrip() + "…"
    lines = [
        TimelineText.tr("Note · %1").replace("%1", describe_date(item.edtf))
        + f"  ·  EDTF {item.edtf}",
        text,
    ]
    if about:
        lines.append(TimelineText.tr("On %1").replace("%1", about))
    return "\n".join(lines)


_YEAR = 365.2425
_MONTH = _YEAR / 12
# (unit, count, approximate days, minimum pixels between labels)
_STEPS: tuple[tuple[str, int, float, float], ...] = (
    ("day", 1, 1, 56),
    ("day", 2, 2, 56),
    ("day", 7, 7, 56),
    ("month", 1, _MONTH, 64),
    ("month", 3, 3 * _MONTH, 64),
    ("month", 6, 6 * _MONTH, 64),
    ("year", 1, _YEAR, 44),
    ("year", 2, 2 * _YEAR, 44),
    ("year", 5, 5 * _YEAR, 44),
    ("year", 10, 10 * _YEAR, 44),
    ("year", 20, 20 * _YEAR, 44),
    ("year", 50, 50 * _YEAR, 44),
    ("year", 100, 100 * _YEAR, 44),
)


def axis_ticks(
    lo: float, hi: float, days_per_px: float, month_name: Callable[[int, QLocale.FormatType], str]
) -> list[tuple[float, str]]:
    """Tick days and labels for the window [lo, hi): years, months or days.

    `month_name` is `viewer.formatting.month_name` (or `QLocale.monthName`), so
    month names follow the UI language.
    """

    def mon(m: int) -> str:
        return month_name(m, QLocale.FormatType.ShortFormat)

    unit, n = "year", 100
    for u, count, days, px in _STEPS:
        if days / days_per_px >= px:
            unit, n = u, count
            break
    first = dt.date.fromordinal(int(min(max(math.floor(lo), _MIN_DAY), _MAX_DAY)))
    last_day = int(min(max(math.ceil(hi), _MIN_DAY), _MAX_DAY))
    ticks: list[tuple[float, str]] = []
    if unit == "year":
        year = max(1, (first.year // n) * n)
        while year <= 9999:
            d = dt.date(year, 1, 1).toordinal()
            if d > last_day:
                break
            ticks.append((float(d), str(year)))
            year += n
    elif unit == "month":
        year, month = first.year, ((first.month - 1) // n) * n + 1
        while year <= 9999:
            d = dt.date(year, month, 1).toordinal()
            if d > last_day:
                break
            label = f"{mon(month)} {year}" if month == 1 or not ticks else mon(month)
            ticks.append((float(d), label))
            month += n
            if month > 12:
                year, month = year + 1, month - 12
    else:
        d = first.toordinal()
        d -= (d - 1) % n if n != 7 else first.weekday()
        while d <= last_day:
            day = dt.date.fromordinal(max(d, _MIN_DAY))
            label = f"{day.day} {mon(day.month)}"
            if (day.month == 1 and day.day <= n) or not ticks:
                label += f" {day.year}"
            ticks.append((float(d), label))
            d += n
    return ticks
