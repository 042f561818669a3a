"""The annotations pane driven through its widgets in a real window on the sample archive."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from db.annotations import AnnotationStore, AnnotationStoreFullError, EntityRef, StoreReader
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer import translations
from viewer.annotations import pane as pane_module
from viewer.annotations.pane import AnnotationsPane
from viewer.annotations.render import markdown_html
from viewer.mainwindow import MainWindow
from viewer.settings import Settings

Click = Qt.MouseButton.LeftButton


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


def _texts(pane: AnnotationsPane) -> list[str]:
    return [item.plain_text() for item in pane.model.items()]


def _bodies(pane: AnnotationsPane, kind: str = "note") -> list[str]:
    return [i.annotation.body for i in pane.model.items() if i.annotation.kind == kind]


def _type_note(qtbot: QtBot, pane: AnnotationsPane, text: str) -> None:
    pane.editor.text.clear()
    qtbot.keyClicks(pane.editor.text, text)


def _select_row(qtbot: QtBot, pane: AnnotationsPane, row: int) -> None:
    index = pane.model.index(row, 0)
    pane.list_view.scrollTo(index)
    qtbot.mouseClick(
        pane.list_view.viewport(), Click, pos=pane.list_view.visualRect(index).center()
    )
    assert pane.list_view.currentIndex().row() == row


def test_add_edit_delete_and_undo_redo_a_note(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.annotations_pane
    assert not window.action_map["undo"].isEnabled()
    _type_note(qtbot, pane, "Arrested **twice**")
    qtbot.mouseClick(pane.editor.save_button, Click)
    assert _bodies(pane) == ["Arrested **twice**"]
    assert "by alesia on" in _texts(pane)[0]
    assert pane.editor.text.toPlainText() == ""
    assert window.action_map["undo"].isEnabled()
    assert window.action_map["undo"].text() == "&Undo Add note"

    _select_row(qtbot, pane, 0)
    qtbot.mouseClick(pane.edit_button, Click)
    assert pane.editor.text.toPlainText() == "Arrested **twice**"
    _type_note(qtbot, pane, "Arrested three times")
    qtbot.keyClick(pane.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _bodies(pane) == ["Arrested three times"]
    assert pane.editor.annotation_id() is None  # back to writing new notes

    _select_row(qtbot, pane, 0)
    qtbot.mouseClick(pane.delete_button, Click)
    assert _bodies(pane) == []

    window.action_map["undo"].trigger()
    assert _bodies(pane) == ["Arrested three times"]
    window.action_map["undo"].trigger()
    assert _bodies(pane) == ["Arrested **twice**"]
    window.action_map["undo"].trigger()
    assert _bodies(pane) == []
    assert not window.action_map["undo"].isEnabled()
    window.action_map["redo"].trigger()
    window.action_map["redo"].trigger()
    assert _bodies(pane) == ["Arrested three times"]


def test_notes_attach_to_the_chosen_entry(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.annotations_pane
    kinds = [e.entity_type for e in pane.entries()]
    assert kinds[0] == "person"
    assert "source" in kinds
    row = kinds.index("source")
    pane.entry_chooser.setCurrentIndex(row)
    _type_note(qtbot, pane, "This source is a reprint.")
    qtbot.mouseClick(pane.editor.save_button, Click)
    (item,) = pane.model.items()
    entry = pane.entries()[row]
    assert (item.annotation.entity_type, item.annotation.entity_id) == (
        "source",
        entry.entity_id,
    )
    assert entry.label in item.plain_text()


def test_empty_note_is_refused_with_a_message(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.annotations_pane
    with qtbot.waitSignal(pane.message) as said:
        pane.editor.save()
    assert said.args == ["Type a note first."]
    assert pane.model.rowCount() == 0


def test_markdown_subset_is_rendered_and_everything_else_escaped() -> None:
    html = markdown_html("A **bold** and *soft* claim <script>\n- one\n- two")
    assert "<b>bold</b>" in html
    assert "<i>soft</i>" in html
    assert "&lt;script&gt;" in html
    assert "<ul><li>one</li><li>two</li></ul>" in html


def test_tags_on_an_entry_added_in_one_undo_step_and_removed(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = window.annotations_pane
    bar = pane.tag_bar
    qtbot.keyClicks(bar.chooser.lineEdit(), "to verify")
    qtbot.mouseClick(bar.add_button, Click)
    assert [c.text() for c in bar.chips()] == ["to verify  ×"]
    assert [t.name for t in _store(window).tags()] == ["to verify"]
    assert any(t.startswith("Tag · ") for t in _texts(pane))

    window.action_map["undo"].trigger()  # takes back the link and the new tag
    assert bar.chips() == []
    assert _store(window).tags() == []
    window.action_map["redo"].trigger()
    assert [c.text() for c in bar.chips()] == ["to verify  ×"]

    qtbot.mouseClick(bar.chips()[0], Click)
    assert bar.chips() == []
    assert [t.name for t in _store(window).tags()] == ["to verify"]  # the tag itself stays
    bar.chooser.setCurrentIndex(bar.chooser.findText("to verify"))  # an existing tag
    qtbot.mouseClick(bar.add_button, Click)
    assert [c.text() for c in bar.chips()] == ["to verify  ×"]
    assert len(_store(window).tags()) == 1


def test_propose_a_correction_with_a_reason(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.annotations_pane
    record = pane.record()
    assert record is not None
    qtbot.mouseClick(pane.correct_button, Click)
    dialog = pane.correction_dialog
    assert dialog is not None
    dialog.field_chooser.setCurrentIndex(dialog.field_chooser.findData("status"))
    assert dialog.current.text() == record.status
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.proposed.clear()
    qtbot.mouseClick(ok, Click)  # empty: refused, the dialog stays
    assert dialog.isVisible()
    assert dialog.problem.text() == "Type the value the field should have."
    qtbot.keyClicks(dialog.proposed, "released")
    qtbot.keyClicks(dialog.reason, "Viasna list of 2024")
    qtbot.mouseClick(ok, Click)
    assert not dialog.isVisible()

    (correction,) = [i for i in pane.model.items() if i.annotation.kind == "correction"]
    assert f"Status: {record.status} → released — by alesia on" in correction.plain_text()
    assert correction.plain_text().endswith(" · Why: Viasna list of 2024")  # the list shows it
    assert "Viasna list of 2024" in correction.html()
    assert correction.annotation.original == record.status
    assert correction.annotation.reason == "Viasna list of 2024"
    assert _bodies(pane) == []  # the reason is inside the correction, not a note beside it
    stack = window.annotations.undo_stack
    assert stack.count() == 1  # one change, one undo step
    window.action_map["undo"].trigger()
    assert pane.model.rowCount() == 0
    assert _store(window).annotations() == []
    window.action_map["redo"].trigger()
    (a,) = _store(window).annotations()
    assert (a.body, a.reason) == ("released", "Viasna list of 2024")


def test_edit_a_correction_value_and_reason_in_its_dialog(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.annotations_pane
    record = pane.record()
    assert record is not None
    ref = window.annotations.ref("person", record.id)
    window.annotations.apply(
        lambda s: s.propose_correction(ref, "status", "released", original="x", reason="first")
    )
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=WAIT_MS)
    _select_row(qtbot, pane, 0)
    qtbot.mouseClick(pane.edit_button, Click)
    dialog = pane.correction_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert not dialog.field_chooser.isEnabled()  # the field stays
    assert dialog.field() == "status"
    assert (dialog.proposed.text(), dialog.reason_text()) == ("released", "first")
    assert dialog.current.text() == "x"  # the value it was proposed against
    dialog.proposed.setText("pardoned")
    dialog.reason.setPlainText("Decree of 21 June 2025")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Click)
    (a,) = _store(window).annotations()
    assert (a.body, a.reason) == ("pardoned", "Decree of 21 June 2025")
    window.action_map["undo"].trigger()  # the edit of both in one step
    (a,) = _store(window).annotations()
    assert (a.body, a.reason) == ("released", "first")


def test_history_dialog_lists_every_revision(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.annotations_pane
    _type_note(qtbot, pane, "first text")
    qtbot.mouseClick(pane.editor.save_button, Click)
    _select_row(qtbot, pane, 0)
    qtbot.mouseClick(pane.edit_button, Click)
    _type_note(qtbot, pane, "second text")
    qtbot.mouseClick(pane.editor.save_button, Click)
    _select_row(qtbot, pane, 0)
    qtbot.mouseClick(pane.history_button, Click)
    dialog = pane.history_dialog
    assert dialog is not None
    text = dialog.browser.toPlainText()
    lines = [line for line in text.splitlines() if line.strip()]
    for heading in ("When", "Who", "Action", "Before", "After"):
        assert heading in text
    assert text.count("alesia") == 2
    for word in ("create", "edit", "first text", "second text"):
        assert word in text
    assert text.index("create") < text.index("edit")
    assert len(lines) >= 3
    dialog.close()


def test_typing_is_kept_as_a_draft_and_offered_after_a_crash(
    qtbot: QtBot,
    window: MainWindow,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
) -> None:
    pane = window.annotations_pane
    qtbot.keyClicks(pane.editor.text, "half a thought")
    qtbot.keyClicks(pane.editor.date, "2024-0")  # half-typed: kept as typed
    store = _store(window)
    qtbot.waitUntil(
        lambda: [(d.body, d.date) for d in store.drafts()] == [("half a thought", "2024-0")],
        timeout=5000,
    )
    assert pane.editor.status.text() == "Draft kept"
    window.shutdown()  # the window is gone without saving (as after a crash)

    again = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: again.annotations_pane.record() is not None, timeout=WAIT_MS)
    other = again.annotations_pane
    assert other.recovery_bar.isVisible()
    assert "half a thought" in other.recovery_label.text()
    qtbot.mouseClick(other.recover_button, Click)
    assert other.editor.text.toPlainText() == "half a thought"
    assert other.editor.date.text() == "2024-0"  # the date being typed came back too
    assert not other.recovery_bar.isVisible()
    qtbot.keyClicks(other.editor.text, ", finished")
    qtbot.keyClicks(other.editor.date, "5")
    qtbot.mouseClick(other.editor.save_button, Click)
    assert _bodies(other) == ["half a thought, finished"]
    assert [i.annotation.date for i in other.model.items()] == ["2024-05"]
    assert _store(again).drafts() == []


def test_a_failed_save_keeps_the_text_and_a_later_save_works(
    qtbot: QtBot, window: MainWindow, error_log: ErrorLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = window.annotations_pane
    store = _store(window)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise AnnotationStoreFullError(f"{store.path}: the disk is full.", path=store.path)

    monkeypatch.setattr(store, "add_note", disk_full)
    _type_note(qtbot, pane, "must not be lost")
    qtbot.mouseClick(pane.editor.save_button, Click)
    assert error_log
    assert error_log[-1][0] == "Disk full"
    assert pane.editor.text.toPlainText() == "must not be lost"
    assert "Not saved" in pane.editor.status.text()
    assert pane.model.rowCount() == 0
    assert not window.action_map["undo"].isEnabled()

    monkeypatch.undo()  # space freed
    qtbot.mouseClick(pane.editor.save_button, Click)
    assert _bodies(pane) == ["must not be lost"]
    assert pane.editor.text.toPlainText() == ""
    assert store.drafts() == []


def test_preferences_set_author_and_store(qtbot: QtBot, tmp_path: Path, window: MainWindow) -> None:
    window.action_map["preferences"].trigger()
    dialog = window.dialogs.preferences_dialog
    dialog.author_edit.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Click)
    assert dialog.isVisible()  # no name: refused with a message
    assert dialog.problem.text().startswith("Type your name")
    qtbot.keyClicks(dialog.author_edit, "Hanna K.")
    other = tmp_path / "shared.sqlite"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(other))
    assert dialog.file_radio.isChecked()
    qtbot.mouseClick(ok, Click)
    assert window.settings.author() == "Hanna K."
    assert window.settings.annotation_store_path() == other
    assert _store(window).path == other

    pane = window.annotations_pane
    _type_note(qtbot, pane, "in the shared store")
    qtbot.mouseClick(pane.editor.save_button, Click)
    assert "by Hanna K. on" in _texts(pane)[0]


def test_annotation_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, window: MainWindow
) -> None:
    pane = window.annotations_pane
    for text in ("one", "two *three*"):
        _type_note(qtbot, pane, text)
        qtbot.mouseClick(pane.editor.save_button, Click)
    qtmodeltester.check(pane.model)  # type: ignore[attr-defined]


def _people(win: MainWindow, n: int) -> list[str]:
    archive = win.archive()
    assert archive is not None
    return [r[0] for r in archive.db.execute("SELECT id FROM people ORDER BY id LIMIT ?", (n,))]


def test_fast_switching_never_shows_another_persons_annotations(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loads run on the worker; a newer person wins, stale results are dropped."""
    pane = window.annotations_pane
    session = window.annotations
    people = _people(window, 4)
    for person in people:
        session.apply(lambda s, p=person: s.add_note(session.ref("person", p), f"About {p}"))
    threads: set[str] = set()
    original = pane_module.load

    def slow_load(reader: StoreReader, key: pane_module.Key, refs: list[EntityRef]) -> object:
        threads.add(threading.current_thread().name)
        if refs and refs[0].entity_id == people[0]:
            time.sleep(0.3)  # the first person's result arrives after the others'
        return original(reader, key, refs)

    monkeypatch.setattr(pane_module, "load", slow_load)
    shown_wrong: list[tuple[str, str]] = []

    def check_shown() -> None:
        record = pane.record()
        mine = {(e.entity_type, e.entity_id) for e in pane.entries()}
        for item in pane.model.items():
            a = item.annotation
            if record is None or (a.entity_type, a.entity_id) not in mine:
                shown_wrong.append((record.id if record else "", a.entity_id))

    pane.model.modelReset.connect(check_shown)
    for person in [*people, people[0], people[2], people[0], people[3]]:
        window.go_to_person(person)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not pane.is_loading(), timeout=WAIT_MS)
    qtbot.wait(400)  # any stale result of people[0] has arrived (and been dropped) by now
    record = pane.record()
    assert record is not None
    assert record.id == people[3]
    assert _bodies(pane) == [f"About {people[3]}"]
    assert shown_wrong == []
    assert threads  # the loads ran, and none on the GUI thread
    assert threading.main_thread().name not in threads


def test_a_slow_load_says_loading_and_shows_nothing_meanwhile(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = window.annotations_pane
    session = window.annotations
    first, second = _people(window, 2)
    session.apply(lambda s: s.add_note(session.ref("person", first), "first's note"))
    window.go_to_person(first)
    qtbot.waitUntil(lambda: _bodies(pane) == ["first's note"], timeout=WAIT_MS)
    original = pane_module.load

    def slow_load(reader: StoreReader, key: pane_module.Key, refs: list[EntityRef]) -> object:
        time.sleep(0.8)
        return original(reader, key, refs)

    monkeypatch.setattr(pane_module, "load", slow_load)
    window.go_to_person(second)
    # the notes follow the record shown, never the previous person's with the next record
    qtbot.waitUntil(lambda: (r := pane.record()) is not None and r.id == second, timeout=WAIT_MS)
    assert _bodies(pane) == []
    qtbot.waitUntil(lambda: pane.status.text() == "Loading…", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not pane.is_loading(), timeout=WAIT_MS)
    assert pane.status.text() == "No notes, tags or corrections on this person yet."


@pytest.mark.parametrize("code", ["en", "be"])
def test_the_buttons_wrap_instead_of_overlapping(
    qtbot: QtBot, make_main_window: WindowFactory, code: str
) -> None:
    """From the pane's minimum width up, no button covers another or leaves the pane."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.install(app, code)
    window = make_main_window()
    pane = window.layout_.annotations_area.takeWidget()  # out of its scroll area: sized here
    assert pane is window.annotations_pane
    qtbot.addWidget(pane)
    pane.show()
    buttons = [pane.edit_button, pane.delete_button, pane.history_button, pane.correct_button]
    for button in buttons:  # all four, as when the person has notes
        button.show()
    rows = set()
    for width in range(pane.minimumWidth(), 701, 20):
        pane.resize(width, 600)
        pane.layout().activate()
        qtbot.wait(1)  # the button rows tell the pane their height
        pane.resize(width, max(600, pane.minimumSizeHint().height()))
        pane.layout().activate()
        rects = [b.geometry() for b in buttons]
        for i, rect in enumerate(rects):
            assert pane.rect().contains(rect), (width, buttons[i].text())
            assert not any(rect.intersects(other) for other in rects[i + 1 :]), width
        assert not any(b.geometry().intersects(pane.tag_bar.geometry()) for b in buttons), (
            width,
            rects,
            pane.tag_bar.geometry(),
        )
        rows.add(len({r.top() for r in rects}))
    assert 1 in rows  # wide: one row
    assert max(rows) >= 2  # narrow: wrapped
