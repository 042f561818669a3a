"""A crowded week at the deepest zoom: marks bounded by pixels, none of the items lost.

At a million people a week holds tens of thousands of items; the view used to lay
out and paint each loaded one (3,000 marks, most of them drawn over each other).
Items on the same pixels of a lane now take the free rows one by one and the rest
become part of the mark they would hide, which says how many it holds; a repaint of
the same view draws the marks from a pixmap.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from db.records import PersonId, TimelineItem
from db.timeline import LANES, TimelineDays, day_number
from viewer.widgets import timeline_view
from viewer.widgets.timeline_view import TimelineView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CROWD = 500
DAY = "2021-05-14"


def _event(n: int, day: str = DAY, lane: str = "detention") -> TimelineItem:
    return TimelineItem(
        kind="detained",
        lane=lane,
        item_id=f"e{n}",
        person_ids=(PersonId(f"p{n}"),),
        earliest=day,
        latest=day,
        end_latest=None,
        label=f"Person {n} detained",
        edtf=day,
    )


def _crowded_view(qtbot: QtBot, items: list[TimelineItem]) -> TimelineView:
    """A view at the deepest zoom on DAY with `items` loaded."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()  # a hidden widget gets its size again on every grab (a new layout)
    qtbot.waitExposed(view)
    day = day_number(DAY)
    lanes = {i.lane for i in items}
    counts = {lane: np.array([day] if lane in lanes else [], np.int64) for lane in LANES}
    totals = {
        lane: np.array([0, sum(i.lane == lane for i in items)] if lane in lanes else [0], np.int64)
        for lane in LANES
    }
    view.set_data(TimelineDays(counts, totals, len(items)), (DAY, DAY))
    view.restore_zoom_state({"center": DAY, "span_days": 1})
    assert view.days_per_pixel() == pytest.approx(timeline_view.MIN_DAYS_PER_PX)
    view.set_items(("2021-05-01", "2021-05-31"), items)
    assert view.marker_mode()
    return view


def test_a_crowded_day_draws_a_few_marks_that_hold_every_item(qtbot: QtBot) -> None:
    items = [_event(n) for n in range(CROWD)]
    view = _crowded_view(qtbot, items)
    marks = view.marks()
    rows = int((view.lane_rect("detention").height() - 2) // timeline_view.ROW_H)
    assert len(marks) <= rows  # bounded by the rows of one pixel column, not by items
    assert sum(n for _, n in marks) == CROWD  # none dropped
    assert [item.item_id for item, _ in marks][: rows - 1] == ["e0", "e1"][: rows - 1]
    merged = [(item, n) for item, n in marks if n > 1]
    assert len(merged) == 1
    first, n = merged[0]
    assert n == CROWD - (len(marks) - 1)
    placed = next(p for p in view._placed() if p.more)
    assert placed.label.endswith(f"+{n - 1}")  # how many more, never elided away
    # a click activates the item whose label is shown; the tooltip says how many
    pos = view.item_position(first.item_id)
    assert pos is not None
    with qtbot.waitSignal(
        view.item_activated, check_params_cb=lambda pid, iid: iid == first.item_id
    ):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    tip = view.tooltip_at(pos)
    assert tip.splitlines()[0] in (f"{n} item(s) here", f"{n} items here")
    assert first.label in tip
    assert tip.splitlines()[-1].startswith(f"… and {n - timeline_view.CLUSTER_TIP_LINES} more")


def test_the_keyboard_reaches_every_item_of_a_merged_mark(qtbot: QtBot) -> None:
    items = [_event(n) for n in range(40)]
    view = _crowded_view(qtbot, items)
    assert len(view.marks()) < 40
    seen = []
    for _ in items:
        item = view.focus_item(1)
        assert item is not None
        assert view.focused_item() == item
        assert view.item_position(item.item_id) is not None  # the ring goes on its mark
        seen.append(item.item_id)
    assert sorted(seen) == sorted(i.item_id for i in items)
    assert view.accessibleName().endswith(items[int(seen[-1][1:])].label)


def test_highlighted_items_keep_marks_of_their_own(qtbot: QtBot) -> None:
    items = [_event(n) for n in range(60)]
    view = _crowded_view(qtbot, items)
    view.set_highlight("p7", [items[7]])
    mine = [p for p in view._placed() if p.highlighted]
    assert [p.item.item_id for p in mine] == ["e7"]
    assert not mine[0].more
    assert sum(n for _, n in view.marks()) == 60


def test_same_pixels_in_other_lanes_or_days_are_not_merged(qtbot: QtBot) -> None:
    items = [_event(n) for n in range(10)]
    items += [_event(100 + n, lane="release") for n in range(10)]
    items += [_event(200 + n, day="2021-05-13") for n in range(10)]
    view = _crowded_view(qtbot, items)
    for item, _n in view.marks():
        placed = next(p for p in view._placed() if p.item is item)
        assert {(m.lane, m.earliest) for m in placed.members()} == {(item.lane, item.earliest)}
    assert sum(n for _, n in view.marks()) == 30


def test_a_repaint_of_the_same_view_neither_lays_out_nor_draws_the_marks_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _crowded_view(qtbot, [_event(n) for n in range(CROWD)])
    calls = {"layout": 0, "paint": 0}
    layout, paint = TimelineView._layout, TimelineView._paint_items

    def counting_layout(self: TimelineView) -> object:
        calls["layout"] += 1
        return layout(self)

    def counting_paint(self: TimelineView, *args: object) -> None:
        calls["paint"] += 1
        paint(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(TimelineView, "_layout", counting_layout)
    monkeypatch.setattr(TimelineView, "_paint_items", counting_paint)
    first = view.grab().toImage()
    for _ in range(3):  # e.g. a hover, a list change, a record shown
        again = view.grab().toImage()
    assert calls == {"layout": 1, "paint": 1}
    assert again == first
    view.pan_by(1.0)  # a new view is laid out and drawn again, once
    view.grab()
    view.grab()
    assert calls == {"layout": 2, "paint": 2}


def test_tooltip_of_a_single_mark_is_unchanged(qtbot: QtBot) -> None:
    items = [_event(0)]
    view = _crowded_view(qtbot, items)
    pos = view.item_position("e0")
    assert pos is not None
    assert "items here" not in view.tooltip_at(pos)
    assert view.tooltip_at(QPointF(pos.x(), pos.y())).splitlines()[-1] == "Person 0 detained"


def test_items_cut_at_the_pane_limit_say_so(qtbot: QtBot) -> None:
    view = _crowded_view(qtbot, [_event(n) for n in range(20)])
    assert view.items_complete()
    plain = view.grab().toImage()
    view.set_items(("2021-05-01", "2021-05-31"), [_event(n) for n in range(20)], complete=False)
    assert not view.items_complete()
    assert view.grab().toImage() != plain  # "Only the first 20 items here are drawn"


def test_the_pane_reads_only_the_visible_window_of_a_crowded_stretch(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With margins the limit went to the days before the view (1M people: a week
    before it held the first 3,000 items, and the view showed none of its own)."""
    from viewer.panes import timeline as timeline_pane

    pane = timeline_pane.TimelinePane()
    qtbot.addWidget(pane)
    view = pane.view()
    view.resize(900, 300)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        timeline_pane, "_items_job", lambda _q, start, end, _limit: asked.append((start, end))
    )
    monkeypatch.setattr(pane, "_run", lambda *args, **kwargs: None)
    monkeypatch.setattr(pane, "_path", "archive.db")
    day = day_number(DAY)
    days = np.arange(day - 30, day + 30, dtype=np.int64)
    crowded = {lane: days if lane == "detention" else np.array([], np.int64) for lane in LANES}
    per_day = timeline_pane.ITEMS_LIMIT // 5  # the visible days fit; with margins they do not
    totals = {
        lane: np.arange(0, (days.size + 1) * per_day, per_day, dtype=np.int64)
        if lane == "detention"
        else np.array([0], np.int64)
        for lane in LANES
    }
    view.set_data(TimelineDays(crowded, totals, int(days.size * per_day)), (DAY, DAY))
    view.restore_zoom_state({"center": DAY, "span_days": 1})
    assert view.wants_items()
    pane._fetch_items()
    lo, hi = view.visible_window()
    assert asked == [(lo, hi)] or (asked and lo <= asked[0][0] and asked[0][1] <= hi)
