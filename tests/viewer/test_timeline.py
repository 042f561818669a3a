"""The timeline pane on a small real archive: loading, zoom, pan, clicks, tooltips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPointingDevice,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from db.records import PeopleQuery, PersonId, TimelineItem
from db.timeline import LANES, TimelineDays, day_number
from tests.db.test_timeline import DATED_ITEMS, build_timeline_archive
from viewer import translations
from viewer.panes.timeline import TimelinePane
from viewer.widgets import timeline_view
from viewer.widgets.timeline_view import TimelineView, axis_ticks

ALL = PeopleQuery()
# the offscreen platform warns when a shown top-level has a layout
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_timeline_archive(tmp_path_factory.mktemp("timeline-pane") / "timeline.db")


def _loaded(qtbot: QtBot, pane: TimelinePane, path: Path | None, query: PeopleQuery) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.set_source(path, query)


@pytest.fixture
def pane(qtbot: QtBot, archive_path: Path) -> Iterator[TimelinePane]:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.resize(1000, 360)
    pane.show()
    qtbot.waitExposed(pane)
    _loaded(qtbot, pane, archive_path, ALL)
    yield pane
    pane.close_source()


def _markers_ready(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.waitUntil(view.marker_mode, timeout=10_000)


def _centre_day(view: TimelineView) -> float:
    lo, hi = view.visible_days()
    return (lo + hi) / 2


def test_loads_and_fits_all(pane: TimelinePane) -> None:
    view = pane.view()
    assert view.message() is None
    assert pane.summary_text().startswith(f"{DATED_ITEMS} dated item(s)")
    lo, hi = view.visible_days()
    assert lo <= day_number("2020-03-01")
    assert hi >= day_number("2032-09-06")
    assert hi - lo < 20 * 365  # fitted, not the six-century maximum
    assert view.visible_count() == DATED_ITEMS


def test_accessible_and_focusable(pane: TimelinePane) -> None:
    assert pane.accessibleName() == "Timeline"
    assert pane.view().accessibleName() == "Timeline"
    assert pane.view().focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert pane.focusProxy() is pane.view()


def test_loading_then_no_dated_events(qtbot: QtBot, pane: TimelinePane, archive_path: Path) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.set_source(archive_path, PeopleQuery(only_ids=(PersonId("p-quiet"),)))
        assert pane.view().message() == "Loading…"
    assert pane.view().message() == "No dated events"
    assert not pane.view().has_data()


def test_filter_narrows_the_items(qtbot: QtBot, pane: TimelinePane, archive_path: Path) -> None:
    _loaded(qtbot, pane, archive_path, PeopleQuery(statuses=("in_custody",)))
    assert pane.view().visible_count() == 2
    assert pane.summary_text().startswith("2 dated item(s)")


def test_missing_file_shows_a_plain_message(
    qtbot: QtBot, pane: TimelinePane, tmp_path: Path
) -> None:
    _loaded(qtbot, pane, tmp_path / "gone.db", ALL)
    message = pane.view().message() or ""
    assert "gone.db" in message
    assert "no such file" in message


def test_not_an_archive_shows_a_plain_message(
    qtbot: QtBot, pane: TimelinePane, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("not sqlite", encoding="utf-8")
    _loaded(qtbot, pane, junk, ALL)
    assert "not a Kartoteka archive" in (pane.view().message() or "")


def test_a_newer_source_drops_the_older(
    qtbot: QtBot, pane: TimelinePane, archive_path: Path
) -> None:
    pane.set_source(archive_path, PeopleQuery(statuses=("in_exile",)))
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.set_source(archive_path, PeopleQuery(statuses=("in_custody",)))
    qtbot.wait(200)  # a stale result would arrive now (the task runner drops it)
    assert pane.summary_text().startswith("2 dated item(s)")
    assert pane.view().has_data()


def test_close_source(pane: TimelinePane) -> None:
    pane.close_source()
    assert not pane.view().has_data()
    assert pane.view().message() == "No archive"


def test_set_source_none_closes(pane: TimelinePane) -> None:
    pane.set_source(None, ALL)
    assert pane.view().message() == "No archive"


def test_wheel_zooms_around_the_cursor(qtbot: QtBot, pane: TimelinePane) -> None:
    view = pane.view()
    pos = QPointF(500, 100)
    day = view.day_at(pos.x())
    before = view.days_per_pixel()
    for delta in (120, -240):
        event = QWheelEvent(
            pos,
            view.mapToGlobal(pos),
            QPoint(),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view, event)
        if delta > 0:
            assert view.days_per_pixel() == pytest.approx(before / 1.25)
        else:
            assert view.days_per_pixel() == pytest.approx(before * 1.25)
        assert view.day_at(pos.x()) == pytest.approx(day)


def test_keys_zoom_pan_and_fit(qtbot: QtBot, pane: TimelinePane) -> None:
    view = pane.view()
    view.setFocus()
    fitted = view.visible_days()
    dpp = view.days_per_pixel()
    centre = _centre_day(view)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.days_per_pixel() == pytest.approx(dpp / 1.5)
    assert _centre_day(view) == pytest.approx(centre)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.days_per_pixel() == pytest.approx(dpp * 1.5)
    start = view.visible_days()[0]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.visible_days()[0] < start
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_days()[0] > start
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.visible_days() == pytest.approx(fitted)


def test_pane_zoom_methods(pane: TimelinePane) -> None:
    view = pane.view()
    dpp = view.days_per_pixel()
    pane.zoom_in()
    assert view.days_per_pixel() < dpp
    pane.zoom_out()
    pane.zoom_out()
    assert view.days_per_pixel() > dpp
    pane.fit_all()
    assert view.days_per_pixel() == pytest.approx(dpp)


def test_zoom_is_bounded_from_decades_to_days(pane: TimelinePane) -> None:
    view = pane.view()
    for _ in range(60):
        pane.zoom_in()
    assert view.days_per_pixel() == pytest.approx(timeline_view.MIN_DAYS_PER_PX)
    for _ in range(60):
        pane.zoom_out()
    lo, hi = view.visible_days()
    assert hi - lo == pytest.approx(timeline_view.MAX_SPAN_DAYS)


def test_drag_pans(qtbot: QtBot, pane: TimelinePane) -> None:
    view = pane.view()
    start_day = view.visible_days()[0]
    dpp = view.days_per_pixel()
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, x: float, buttons: Qt.MouseButton) -> None:
        pos = QPointF(x, 300)
        button = left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, pos, view.mapToGlobal(pos), button, buttons, none)
        QApplication.sendEvent(view, event)

    send(QEvent.Type.MouseButtonPress, 600, left)
    send(QEvent.Type.MouseMove, 560, left)
    send(QEvent.Type.MouseMove, 500, left)
    send(QEvent.Type.MouseButtonRelease, 500, Qt.MouseButton.NoButton)
    assert view.visible_days()[0] == pytest.approx(start_day + 100 * dpp)
    assert view.days_per_pixel() == pytest.approx(dpp)


def test_pinch_zooms(pane: TimelinePane) -> None:
    view = pane.view()
    dpp = view.days_per_pixel()
    pos = QPointF(400, 100)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        view.mapToGlobal(pos),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(view, event)
    assert view.days_per_pixel() == pytest.approx(dpp / 1.5)


def test_click_on_a_marker_activates_it(qtbot: QtBot, pane: TimelinePane) -> None:
    view = pane.view()
    _markers_ready(qtbot, view)
    pos = view.item_position("e-det")
    assert pos is not None
    with qtbot.waitSignal(
        pane.item_activated, check_params_cb=lambda pid, iid: (pid, iid) == ("p-ts", "e-det")
    ):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())


def test_click_on_a_sentence_bar_and_on_nothing(qtbot: QtBot, pane: TimelinePane) -> None:
    view = pane.view()
    _markers_ready(qtbot, view)
    pos = view.item_position("s-kal-1")
    assert pos is not None
    with qtbot.waitSignal(
        pane.item_activated, check_params_cb=lambda pid, iid: (pid, iid) == ("p-kal", "s-kal-1")
    ):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    empty = QPoint(view.width() - 20, int(view.lane_rect("exile").center().y()))
    assert view.item_at(QPointF(empty)) is None
    with qtbot.assertNotEmitted(pane.item_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=empty)


def test_event_without_people_activates_with_empty_person(qtbot: QtBot, pane: TimelinePane) -> None:
    view = pane.view()
    _markers_ready(qtbot, view)
    pos = view.item_position("e-vote")
    assert pos is not None
    with qtbot.waitSignal(
        pane.item_activated, check_params_cb=lambda pid, iid: (pid, iid) == ("", "e-vote")
    ):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())


def test_hover_tooltip(qtbot: QtBot, pane: TimelinePane, monkeypatch: pytest.MonkeyPatch) -> None:
    view = pane.view()
    _markers_ready(qtbot, view)
    pos = view.item_position("e-det")
    assert pos is not None
    assert view.tooltip_at(pos) == "29 May 2020  ·  EDTF 2020-05-29\nEvent e-det"
    spring = view.item_position("e-say")
    assert spring is not None
    assert view.tooltip_at(spring).startswith("spring 2020  ·  EDTF 2020-21")
    bar = view.item_position("s-ts-1")
    assert bar is not None
    assert view.tooltip_at(bar).endswith("Siarhei Tsikhanouski: 18 years\nuntil 21 June 2025")
    shown: list[str] = []
    monkeypatch.setattr(timeline_view, "show_tooltip", lambda _pos, text, _w: shown.append(text))
    for where in (pos, QPointF(view.width() - 20, 20)):  # on a marker, then on nothing
        event = QHelpEvent(QEvent.Type.ToolTip, where.toPoint(), view.mapToGlobal(where.toPoint()))
        QApplication.sendEvent(view, event)
    assert shown == [view.tooltip_at(pos)]


def test_density_mode_and_its_tooltip(
    qtbot: QtBot, pane: TimelinePane, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_view, "MARKER_LIMIT", 0)
    view = pane.view()
    view.update()
    assert not view.marker_mode()
    assert view.item_at(QPointF(500, 50)) is None
    lane = view.lane_rect("trial")
    texts = [
        view.tooltip_at(QPointF(x, lane.bottom() - 4))
        for x in range(int(lane.left()), int(lane.right()))
    ]
    hits = [t for t in texts if t]
    assert hits, "no density bar under the cursor anywhere in the trial lane"
    assert all("item(s) · Trial, sentence" in t for t in hits)
    assert not view.grab().isNull()


def test_highlight_person(qtbot: QtBot, pane: TimelinePane) -> None:
    view = pane.view()
    _markers_ready(qtbot, view)
    pane.highlight_person("p-kal")
    qtbot.waitUntil(lambda: view.highlighted_ids() == {"e-kal", "s-kal-1"}, timeout=10_000)
    assert pane.highlighted_person() == "p-kal"
    assert not view.grab().isNull()
    pane.highlight_person(None)
    assert view.highlighted_ids() == frozenset()


def test_highlight_shows_in_density_mode_and_wins_clicks(
    qtbot: QtBot, pane: TimelinePane, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_view, "MARKER_LIMIT", 0)
    view = pane.view()
    pane.highlight_person("p-sv")
    qtbot.waitUntil(lambda: view.item_position("q-trust") is not None, timeout=10_000)
    assert view.item_position("e-kal") is None  # not highlighted: only density
    pos = view.item_position("q-trust")
    assert pos is not None
    with qtbot.waitSignal(
        pane.item_activated, check_params_cb=lambda pid, iid: (pid, iid) == ("p-sv", "q-trust")
    ):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())


def test_zoom_state_round_trip(pane: TimelinePane) -> None:
    view = pane.view()
    pane.zoom_in()
    pane.zoom_in()
    state = pane.zoom_state()
    window = view.visible_days()
    pane.fit_all()
    pane.restore_zoom_state(state)
    assert view.visible_days() == pytest.approx(window, abs=1)
    pane.restore_zoom_state({"center": str(state["center"]), "span_days": str(state["span_days"])})
    assert view.visible_days() == pytest.approx(window, abs=1)  # numbers as text, from INI
    for bad in (
        {},
        {"center": "soon", "span_days": 10},
        {"center": "2020-01-01", "span_days": -1},
        {"center": "2020-01-01", "span_days": "many"},
        {"center": "2020-01-01", "span_days": float("nan")},
    ):
        pane.restore_zoom_state(bad)
        assert view.visible_days() == pytest.approx(window, abs=1)


def test_zoom_state_restored_before_loading(qtbot: QtBot, archive_path: Path) -> None:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.resize(800, 300)
    pane.restore_zoom_state({"center": "2021-12-14", "span_days": 60})
    _loaded(qtbot, pane, archive_path, ALL)
    lo, hi = pane.view().visible_days()
    assert hi - lo == pytest.approx(60)
    assert (lo + hi) / 2 == pytest.approx(day_number("2021-12-14"), abs=1)
    pane.close_source()


def _labels(lo: str, hi: str, width: float) -> list[str]:
    a, b = day_number(lo), day_number(hi)
    return [label for _, label in axis_ticks(a, b, (b - a) / width, QLocale.c().monthName)]


def test_axis_ticks_adapt_to_the_zoom() -> None:
    assert _labels("1990-01-01", "2030-01-01", 800)[:3] == ["1990", "1995", "2000"]
    assert _labels("2000-01-01", "2010-01-01", 800)[:3] == ["2000", "2001", "2002"]
    assert _labels("2020-01-01", "2023-01-01", 800)[:3] == ["Jan 2020", "Apr", "Jul"]
    assert _labels("2020-01-01", "2021-01-01", 800)[:3] == ["Jan 2020", "Feb", "Mar"]
    assert _labels("2020-05-01", "2020-05-11", 800)[:2] == ["1 May 2020", "2 May"]
    ticks = axis_ticks(
        day_number("2020-05-01"), day_number("2020-06-01"), 31 / 800, QLocale.c().monthName
    )
    assert dt.date.fromordinal(int(ticks[0][0])).weekday() == 0  # weekly ticks on Mondays


def test_sample_archive_click_selects_the_released_prisoner(
    qtbot: QtBot, sample_archive_path: Path
) -> None:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.resize(1200, 400)
    pane.show()
    qtbot.waitExposed(pane)
    _loaded(qtbot, pane, sample_archive_path, ALL)
    view = pane.view()
    _markers_ready(qtbot, view)
    pos = view.item_position("e-tsikhanouski-released")
    assert pos is not None
    assert "21 June 2025" in view.tooltip_at(pos)
    with qtbot.waitSignal(
        pane.item_activated,
        check_params_cb=lambda pid, iid: (
            (pid, iid) == ("p-tsikhanouski", "e-tsikhanouski-released")
        ),
    ):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    pane.close_source()


def test_zooming_in_switches_from_density_to_markers(
    qtbot: QtBot, pane: TimelinePane, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_view, "MARKER_LIMIT", 3)
    view = pane.view()
    pane.fit_all()
    assert not view.wants_items()  # 12 items visible: density
    # density shows where items begin, so fit all ignores the terms ending in 2032
    assert view.visible_days()[1] < day_number("2026-01-01")
    assert view.item_position("e-det") is None
    pane.restore_zoom_state({"center": "2020-05-25", "span_days": 20})
    assert view.visible_count() <= 3
    qtbot.waitUntil(view.marker_mode, timeout=10_000)
    assert view.item_position("e-det") is not None
    pane.fit_all()
    assert not view.marker_mode()


def test_the_deepest_zoom_always_draws_items(
    qtbot: QtBot, pane: TimelinePane, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_view, "MARKER_LIMIT", 0)  # as if every day were crowded
    view = pane.view()
    pane.restore_zoom_state({"center": "2020-05-29", "span_days": 1})
    assert view.days_per_pixel() == pytest.approx(timeline_view.MIN_DAYS_PER_PX)
    assert view.wants_items()
    qtbot.waitUntil(view.marker_mode, timeout=10_000)
    assert view.item_position("e-det") is not None


def test_items_without_a_row_are_counted_in_a_badge_beside_the_lane_title(qtbot: QtBot) -> None:
    """Overlapping bars that find no row are not silently dropped: "+N" says so."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 200)
    day = day_number("2021-01-01")
    counts = {lane: np.array([day] if lane == "trial" else [], dtype=np.int64) for lane in LANES}
    totals = {lane: np.array([0, 12] if lane == "trial" else [0], dtype=np.int64) for lane in LANES}
    view.set_data(TimelineDays(counts, totals, 12), ("2020-01-01", "2027-12-31"))
    bars = [
        TimelineItem(
            "sentence",
            "trial",
            f"s{i}",
            (PersonId(f"p{i}"),),
            "2021-01-01",
            "2021-01-01",
            f"2026-{i + 1:02d}-01",  # ends apart: twelve marks, not one merged mark
            f"Sentence {i}",
            "2021-01-01",
        )
        for i in range(12)
    ]
    view.set_items(("1900-01-01", "2100-12-31"), bars)
    assert view.marker_mode()
    view.grab()  # lays out and paints
    shown = sum(1 for bar in bars if view.item_position(bar.item_id) is not None)
    badge = view._overflow_badge(LANES.index("trial"))
    assert badge is not None
    text, rect = badge
    assert text == f"+{12 - shown}"
    assert rect.right() < view.plot_rect().left()  # in the label column, not over the plot
    assert view.tooltip_at(rect.center()).startswith(f"{12 - shown} more item(s) in Trial")


def test_notes_lane_density_then_marks(qtbot: QtBot) -> None:
    """Many notes: a density of where they begin; zoomed in: one mark per note, with its text."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    assert timeline_view.NOTES_LANE not in view.lanes()
    days = [((dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat(), 2) for i in range(300)]
    view.set_note_days(days)
    assert view.lanes() == (*LANES, timeline_view.NOTES_LANE)
    assert view.note_count() == 600
    view.restore_zoom_state({"center": "2020-06-01", "span_days": 600})
    assert not view.wants_notes()  # 600 visible: density
    lane = view.lane_rect(timeline_view.NOTES_LANE)
    x = view.x_of(day_number("2020-03-01"))
    assert "note(s) · Notes" in view.tooltip_at(QPointF(x, lane.center().y()))

    view.restore_zoom_state({"center": "2020-03-01", "span_days": 20})
    assert view.wants_notes()
    assert not view.has_notes_for_view()  # the pane fetches them now
    note = TimelineItem(
        kind="note",
        lane=timeline_view.NOTES_LANE,
        item_id="n1",
        person_ids=(PersonId("p-1"),),
        earliest="2020-03-01",
        latest="2020-03-01",
        end_latest=None,
        label="Hearing postponed",
        edtf="2020-03-01",
    )
    view.set_notes(("2020-02-01", "2020-04-01"), [note], {"n1": "Ihar Losik"})
    assert view.notes_marker_mode()
    pos = view.item_position("n1")
    assert pos is not None
    assert lane.contains(pos)
    assert view.tooltip_at(pos).splitlines() == [
        "Note · 1 March 2020  ·  EDTF 2020-03-01",
        "Hearing postponed",
        "On Ihar Losik",
    ]
    with qtbot.waitSignal(
        view.item_activated, check_params_cb=lambda p, i: (p, i) == ("p-1", "n1")
    ):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    view.set_note_days([])
    assert timeline_view.NOTES_LANE not in view.lanes()
    assert view.item_position("n1") is None


def _crowded_trial_lane(qtbot: QtBot) -> TimelineView:
    """A view whose trial lane has more bars than rows, so it shows a "+N" badge."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 200)
    day = day_number("2021-01-01")
    counts = {lane: np.array([day] if lane == "trial" else [], dtype=np.int64) for lane in LANES}
    totals = {lane: np.array([0, 12] if lane == "trial" else [0], dtype=np.int64) for lane in LANES}
    view.set_data(TimelineDays(counts, totals, 12), ("2020-01-01", "2027-12-31"))
    bars = [
        TimelineItem(
            "sentence",
            "trial",
            f"s{i}",
            (PersonId(f"p{i}"),),
            "2021-01-01",
            "2021-01-01",
            f"2026-{i + 1:02d}-01",  # ends apart: twelve marks, not one merged mark
            f"Sentence {i}",
            "2021-01-01",
        )
        for i in range(12)
    ]
    view.set_items(("1900-01-01", "2100-12-31"), bars)
    view.grab()
    return view


@pytest.mark.parametrize("code", ["en", "be", "ru"])
def test_lane_titles_fit_beside_the_badge_in_every_language(
    qtbot: QtBot, qapp: QApplication, code: str
) -> None:
    """The label column is as wide as the longest title plus a badge ("Суд, прысуд  +3")."""
    translations.install(qapp, code)
    view = _crowded_trial_lane(qtbot)
    trial = LANES.index("trial")
    badge = view._overflow_badge(trial)
    assert badge is not None
    fm = QFontMetricsF(view.font())
    title = timeline_view.lane_title("trial")
    assert fm.horizontalAdvance(title) <= badge[1].left() - 26  # drawn whole, not elided
    assert view.plot_rect().left() == view.lane_label_width()
    assert view.lane_label_width() <= timeline_view.LANE_LABEL_MAX_W
    centre_y = view.lane_rect("trial").center().y()
    assert view.tooltip_at(QPointF(30, centre_y)) == ""  # nothing hidden, no tooltip


def test_a_too_long_lane_title_is_elided_with_a_tooltip(qtbot: QtBot) -> None:
    view = _crowded_trial_lane(qtbot)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 4)
    view.setFont(font)  # titles now exceed the maximum width
    assert view.lane_label_width() == timeline_view.LANE_LABEL_MAX_W
    assert view.plot_rect().left() == timeline_view.LANE_LABEL_MAX_W
    centre_y = view.lane_rect("trial").center().y()
    assert view.tooltip_at(QPointF(30, centre_y)) == timeline_view.lane_title("trial")


def _note(item_id: str, earliest: str, latest: str, label: str, edtf: str) -> TimelineItem:
    return TimelineItem(
        kind="note",
        lane=timeline_view.NOTES_LANE,
        item_id=item_id,
        person_ids=(PersonId("p-1"),),
        earliest=earliest,
        latest=latest,
        end_latest=None,
        label=label,
        edtf=edtf,
    )


@pytest.mark.parametrize("span_days", [30, 60, 120])
def test_a_month_note_stays_in_sight_beneath_a_note_on_one_of_its_days(
    qtbot: QtBot, span_days: int
) -> None:
    """The day's dot is drawn over the month's bar; neither goes into the "+N" badge."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 170)  # one row per lane
    view.set_note_days([("2025-06-01", 1), ("2025-06-21", 1)])
    view.restore_zoom_state({"center": "2025-06-15", "span_days": span_days})
    assert view.lane_rect(timeline_view.NOTES_LANE).height() < 2 * timeline_view.ROW_H + 2
    month = _note("m", "2025-06-01", "2025-06-30", "About June", "2025-06")
    day = _note("d", "2025-06-21", "2025-06-21", "On the 21st", "2025-06-21")
    view.set_notes(("2025-01-01", "2025-12-31"), [month, day], {})
    assert view.notes_marker_mode()
    view.grab()
    month_at, day_at = view.item_position("m"), view.item_position("d")
    assert month_at is not None
    assert day_at is not None
    assert view._overflow_badge(view.lanes().index(timeline_view.NOTES_LANE)) is None
    assert view.tooltip_at(day_at).splitlines()[1] == "On the 21st"  # the dot is on top


def test_repaints_reuse_the_lanes_and_axis_until_the_view_moves(
    qtbot: QtBot, pane: TimelinePane, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A highlight or a hover repaints the timeline; its lanes and axis are drawn once per view."""
    view = pane.view()
    _markers_ready(qtbot, view)
    drawn: list[int] = []
    paint_axis = view._paint_axis
    monkeypatch.setattr(view, "_paint_axis", lambda p, plot: (drawn.append(1), paint_axis(p, plot)))
    view._backdrop = None
    first = view.grab().toImage()
    pane.highlight_person("p-kal")
    view.grab()
    assert drawn == [1]
    view.zoom_by(2.0, view.width() / 2)
    zoomed = view.grab().toImage()
    assert drawn == [1, 1]
    assert zoomed != first
    view._backdrop = None  # what the cache shows is what a fresh paint shows
    assert view.grab().toImage() == zoomed


def test_a_slow_window_read_shows_reading_until_its_items_come(
    qtbot: QtBot, pane: TimelinePane, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive without the interval index takes seconds per window: the bar says so."""
    import threading

    from viewer.panes import timeline as pane_module

    release = threading.Event()
    real = pane_module.timeline_items

    def slow(*args: object, **kwargs: object) -> list[TimelineItem]:
        release.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pane_module, "timeline_items", slow)
    monkeypatch.setattr(timeline_view, "MARKER_LIMIT", 3)
    labels = [w for w in pane.findChildren(QLabel) if w.text() == "Reading items…"]
    assert len(labels) == 1
    assert not labels[0].isVisible()
    pane.restore_zoom_state({"center": "2020-05-25", "span_days": 20})
    qtbot.waitUntil(lambda: labels[0].isVisible(), timeout=5_000)
    assert pane.reading_items()
    assert not pane.view().marker_mode()
    release.set()
    qtbot.waitUntil(pane.view().marker_mode, timeout=10_000)
    assert not labels[0].isVisible()
    assert not pane.reading_items()
