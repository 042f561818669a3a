"""Dated notes in a real window: typed with a date, listed with it, drawn on the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from db.annotations import AnnotationStore
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.annotations.pane import AnnotationsPane
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role
from viewer.settings import Settings
from viewer.widgets.timeline_view import NOTES_LANE, TimelineView

Click = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, make_main_window: WindowFactory, sample_archive_path: Path
) -> MainWindow:
    """A window on the sample with its own annotation store, the first person shown."""
    settings = Settings(tmp_path / "settings.ini")
    settings.set_author("alesia")
    settings.set_annotation_store_path(tmp_path / "notes.sqlite")
    settings.sync()
    win = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: win.annotations_pane.record() is not None, timeout=WAIT_MS)
    return win


def _store(win: MainWindow) -> AnnotationStore:
    assert win.annotations.store is not None
    return win.annotations.store


def _write(qtbot: QtBot, pane: AnnotationsPane, text: str, date: str) -> None:
    pane.editor.text.clear()
    qtbot.keyClicks(pane.editor.text, text)
    pane.editor.date.clear()
    qtbot.keyClicks(pane.editor.date, date)


def _note_mark(qtbot: QtBot, view: TimelineView, note_id: str, day: str = "2024-05-03") -> QPointF:
    """Zoom to the note's month (around `day`) and wait until its mark is drawn."""
    view.restore_zoom_state({"center": day, "span_days": 60})
    qtbot.waitUntil(lambda: view.item_position(note_id) is not None, timeout=WAIT_MS)
    pos = view.item_position(note_id)
    assert pos is not None
    return pos


def test_a_dated_note_goes_on_the_timeline_and_undo_takes_it_away(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = window.annotations_pane
    record = pane.record()
    assert record is not None
    view = window.timeline_pane.view()
    assert NOTES_LANE not in view.lanes()  # no dated notes yet: no Notes lane

    _write(qtbot, pane, "Hearing **postponed**; lawyer not admitted.", "2024-05-03")
    qtbot.mouseClick(pane.editor.save_button, Click)
    (note,) = [i.annotation for i in pane.model.items()]
    assert (note.body, note.date) == ("Hearing **postponed**; lawyer not admitted.", "2024-05-03")
    assert "Note · 3 May 2024 · " in pane.model.items()[0].plain_text()
    assert pane.editor.date.text() == ""  # ready for the next, undated by default

    qtbot.waitUntil(lambda: NOTES_LANE in view.lanes(), timeout=WAIT_MS)
    assert view.note_count() == 1
    pos = _note_mark(qtbot, view, note.id)
    assert view.lane_rect(NOTES_LANE).contains(pos)
    tip = view.tooltip_at(pos)
    assert "3 May 2024" in tip
    assert "Hearing postponed; lawyer not admitted." in tip  # the words, not the marks
    assert f"On {record.display_name}" in tip

    # clicking the mark selects its person, as clicking an event does
    opened: list[str] = []
    monkeypatch.setattr(window, "go_to_person", opened.append)
    with qtbot.waitSignal(
        window.timeline_pane.item_activated,
        check_params_cb=lambda person, item: (person, item) == (record.id, note.id),
    ):
        qtbot.mouseClick(view, Click, pos=pos.toPoint())
    assert opened == [record.id]

    window.action_map["undo"].trigger()
    qtbot.waitUntil(lambda: NOTES_LANE not in view.lanes(), timeout=WAIT_MS)
    assert view.item_position(note.id) is None
    window.action_map["redo"].trigger()
    qtbot.waitUntil(lambda: view.note_count() == 1, timeout=WAIT_MS)
    _note_mark(qtbot, view, note.id)


def test_a_bad_date_is_refused_and_the_text_stays(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.annotations_pane
    messages: list[str] = []
    pane.editor.message.connect(messages.append)
    _write(qtbot, pane, "Moved to another colony.", "2024-13-45")
    qtbot.mouseClick(pane.editor.save_button, Click)
    assert pane.model.items() == []
    assert _store(window).annotations() == []
    assert pane.editor.text.toPlainText() == "Moved to another colony."
    assert pane.editor.status.text() == "Not saved — the date is not a date"
    assert "is not a date" in messages[-1]
    assert "border" in pane.editor.date.styleSheet()

    pane.editor.date.clear()
    qtbot.keyClicks(pane.editor.date, "2024-05")
    assert pane.editor.date.styleSheet() == ""
    qtbot.keyClick(pane.editor.date, Qt.Key.Key_Return)  # Enter in the date saves too
    assert [(i.annotation.body, i.annotation.date) for i in pane.model.items()] == [
        ("Moved to another colony.", "2024-05")
    ]


def test_editing_shows_the_date_and_clearing_it_is_undoable(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = window.annotations_pane
    _write(qtbot, pane, "Letters stopped.", "2024")
    qtbot.mouseClick(pane.editor.save_button, Click)
    index = pane.model.index(0, 0)
    qtbot.mouseClick(
        pane.list_view.viewport(), Click, pos=pane.list_view.visualRect(index).center()
    )
    qtbot.mouseClick(pane.edit_button, Click)
    assert pane.editor.date.text() == "2024"
    pane.editor.date.clear()
    qtbot.mouseClick(pane.editor.save_button, Click)
    assert [i.annotation.date for i in pane.model.items()] == [None]
    window.action_map["undo"].trigger()
    assert [i.annotation.date for i in pane.model.items()] == ["2024"]
    assert pane.model.items()[0].plain_text().startswith("Note · 2024 · ")


def _check_status(window: MainWindow, status: str) -> None:
    model = window.facets_pane.models["statuses"]
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0), Role.VALUE) == status
    )
    model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_the_notes_lane_follows_the_people_filter(qtbot: QtBot, window: MainWindow) -> None:
    """A note on someone the filter leaves out goes from the lane, and comes back on Clear all."""
    session = window.annotations
    archive = window.archive()
    assert archive is not None
    kept, dropped = "p-kalesnikava", "p-tsikhanouski"
    statuses = dict(archive.db.execute("SELECT id, status FROM people").fetchall())
    assert statuses[kept] != statuses[dropped]
    (sentence,) = archive.db.execute(
        "SELECT id FROM sentences WHERE person_id = ? LIMIT 1", (dropped,)
    ).fetchone()
    session.apply(
        lambda store: store.add_note(session.ref("person", kept), "Kept.", date="2024-05-03")
    )
    session.apply(
        lambda store: store.add_note(session.ref("sentence", sentence), "Gone.", date="2024-09-10")
    )
    store = _store(window)
    assert session.archive_id is not None
    notes = {
        n.excerpt: n.id for n in store.dated_notes(session.archive_id, "2024-01-01", "2024-12-31")
    }
    view = window.timeline_pane.view()
    qtbot.waitUntil(lambda: view.note_count() == 2, timeout=WAIT_MS)
    _note_mark(qtbot, view, notes["Gone."], "2024-09-10")
    _note_mark(qtbot, view, notes["Kept."])

    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        _check_status(window, statuses[kept])
    qtbot.waitUntil(lambda: view.note_count() == 1, timeout=WAIT_MS)
    _note_mark(qtbot, view, notes["Kept."])
    view.restore_zoom_state({"center": "2024-09-10", "span_days": 60})
    qtbot.waitUntil(lambda: view.has_notes_for_view(), timeout=WAIT_MS)
    assert view.item_position(notes["Gone."]) is None

    # a new note on someone the filter keeps shows up; one on someone else does not
    session.apply(
        lambda store: store.add_note(session.ref("person", kept), "New.", date="2024-05-20")
    )
    session.apply(
        lambda store: store.add_note(session.ref("person", dropped), "No.", date="2024-05-21")
    )
    qtbot.waitUntil(lambda: view.note_count() == 2, timeout=WAIT_MS)

    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        qtbot.mouseClick(window.facets_pane.clear_button, Click)
    qtbot.waitUntil(lambda: view.note_count() == 4, timeout=WAIT_MS)
    _note_mark(qtbot, view, notes["Gone."], "2024-09-10")
