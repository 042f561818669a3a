"""Defects from the third black-box walk through the window, one test each.

Each drives the real window and fails on the code before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.connection import Archive
from db.encryption import encrypt_archive
from db.people import get_rows, list_people
from tests.viewer.annotation_helpers import fresh_store, open_window
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from tests.viewer.test_walk_defects import _settle
from viewer import translations
from viewer.mainwindow import MainWindow

__all__ = ["fresh_store"]  # the fixture, used by name


def _shown_id(window: MainWindow) -> str | None:
    record = window.detail_pane.record()
    return record.id if record is not None else None


def _tag_names(window: MainWindow) -> list[str]:
    return [chip.text() for chip in window.annotations_pane.tag_bar.chips()]


def _add_tag(qtbot: QtBot, window: MainWindow, name: str) -> None:
    bar = window.annotations_pane.tag_bar
    line = bar.chooser.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, name)
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(name in text for text in _tag_names(window)), timeout=WAIT_MS)


def _press_undo(qtbot: QtBot, window: MainWindow, *, redo: bool = False) -> None:
    """Ctrl+Z (Ctrl+Shift+Z) with the list focused, as a user who moved on would press it."""
    table = window.list_pane.table
    table.setFocus()
    window.action_map["redo" if redo else "undo"].trigger()
    _settle(qtbot, window)


def _wait_shown(qtbot: QtBot, window: MainWindow, person: str | None, word: str) -> None:
    """The record of `person` is shown and the status bar says what `word` Undo/Redo did."""

    def shown() -> bool:
        message = window.statusBar().currentMessage()
        return _shown_id(window) == person and word in message and window.record.settled()

    qtbot.waitUntil(shown, timeout=5_000)
    _settle(qtbot, window)


def test_undo_shows_the_person_whose_annotation_it_changed(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    """A tag added on one person, the user moves to another, Ctrl+Z: the tag went off the
    first person while the second stayed shown, and nothing on screen said so."""
    window = open_window(make_main_window, sample_archive_path)
    _settle(qtbot, window)
    first = _shown_id(window)
    assert first is not None
    _add_tag(qtbot, window, "witness")
    window.list_pane.table.setFocus()
    qtbot.keyClick(window.list_pane.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.list_pane.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _shown_id(window) not in (None, first), timeout=WAIT_MS)
    _settle(qtbot, window)
    assert _tag_names(window) == []

    _press_undo(qtbot, window)
    _wait_shown(qtbot, window, first, "witness")  # the record whose tag went is shown
    assert window.browse.state.selected == first
    assert window.annotations_pane.tag_bar.chips() == []
    message = window.statusBar().currentMessage()
    assert "witness" in message
    record = window.detail_pane.record()
    assert record is not None
    assert record.display_name in message

    window.list_pane.select_row(3)
    qtbot.waitUntil(lambda: _shown_id(window) != first, timeout=WAIT_MS)
    _press_undo(qtbot, window, redo=True)
    _wait_shown(qtbot, window, first, "witness")
    assert any("witness" in text for text in _tag_names(window))
    assert "witness" in window.statusBar().currentMessage()


def test_undo_of_an_annotation_the_filters_hide_clears_them_and_says_so(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    _settle(qtbot, window)
    first = _shown_id(window)
    assert first is not None
    _add_tag(qtbot, window, "witness")
    window.browse.toggle("statuses", "released")  # the tagged person is not released
    qtbot.waitUntil(lambda: _shown_id(window) not in (None, first), timeout=WAIT_MS)
    _settle(qtbot, window)

    _press_undo(qtbot, window)
    _wait_shown(qtbot, window, first, "cleared")
    assert window.browse.chips() == []  # the filter gave way, visibly
    assert "cleared" in window.statusBar().currentMessage()
    assert window.browse.can_undo()  # Undo filter change brings it back


def test_undo_on_the_person_shown_stays_there(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    window.list_pane.select_row(2)
    _settle(qtbot, window)
    shown = _shown_id(window)
    _add_tag(qtbot, window, "witness")
    _press_undo(qtbot, window)
    _wait_shown(qtbot, window, shown, "witness")
    assert window.annotations_pane.tag_bar.chips() == []
    assert "witness" in window.statusBar().currentMessage()


def _active(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    _settle(qtbot, window)


def _focused(window: MainWindow) -> QWidget | None:
    return QApplication.focusWidget()


def test_removing_chips_from_the_keyboard_keeps_the_focus(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Space on a chip removed it and took the focus along: it went to nothing, and the next
    Tab started over from the window's first control. The same after the last chip and after
    "Clear all"."""
    window = make_main_window(sample_archive_path)
    _active(qtbot, window)
    for status in ("unknown", "released", "in_exile"):
        window.browse.toggle("statuses", status)
    _settle(qtbot, window)
    bar = window.chip_bar
    assert len(bar.chips()) == 3
    bar.chips()[1].setFocus()
    qtbot.keyClick(bar.chips()[1], Qt.Key.Key_Space)
    _settle(qtbot, window)
    assert len(bar.chips()) == 2
    assert _focused(window) is bar.chips()[1]  # the chip that took its place
    qtbot.keyClick(bar.chips()[1], Qt.Key.Key_Space)
    _settle(qtbot, window)
    assert _focused(window) is bar.chips()[0]  # the last one left
    qtbot.keyClick(bar.chips()[0], Qt.Key.Key_Space)
    _settle(qtbot, window)
    assert bar.chips() == []
    assert _focused(window) is window.list_pane.table  # where the work goes on

    window.browse.toggle("statuses", "unknown")
    _settle(qtbot, window)
    bar.clear_button.setFocus()
    qtbot.keyClick(bar.clear_button, Qt.Key.Key_Space)
    _settle(qtbot, window)
    assert window.browse.chips() == []
    assert _focused(window) is window.list_pane.table
    row = window.list_pane.table.currentIndex().row()
    qtbot.keyClick(window.list_pane.table, Qt.Key.Key_Down)  # the keyboard still works there
    _settle(qtbot, window)
    assert window.list_pane.table.currentIndex().row() == row + 1


def _timeline_people(window: MainWindow, archive: Archive) -> set[str]:
    plist = list_people(archive.db, window.timeline_pane.query())
    return {r.id for r in get_rows(archive.db, plist.pks(archive.db, 0, plist.count))}


def test_the_timeline_shows_the_letters_list_in_the_letters_mode(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    sample_archive: Archive,
) -> None:
    """View ▸ Letters listed the people in custody while the timeline went on showing the
    events of everybody (2,984 items for a list of 127 people of 300)."""
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    everybody = window.timeline_pane.summary_text()
    window.action_map["letters_mode"].trigger()
    qtbot.waitUntil(lambda: window.letters.settled() and window.letters.count is not None)
    _settle(qtbot, window)
    letters = {r.person_id for r in window.letters.model.rows()}
    assert letters == {"p-kalesnikava"}
    assert _timeline_people(window, sample_archive) == letters
    qtbot.waitUntil(lambda: window.timeline_pane.summary_text() != everybody, timeout=WAIT_MS)

    window.browse.toggle("statuses", "released")  # nobody in custody among them
    qtbot.waitUntil(lambda: window.letters.settled() and window.letters.count == 0)
    _settle(qtbot, window)
    assert _timeline_people(window, sample_archive) == set()

    window.browse.clear_all()
    window.action_map["letters_mode"].trigger()  # back to People: everybody again
    _settle(qtbot, window)
    assert len(_timeline_people(window, sample_archive)) == window.people_model.count() == 7
    qtbot.waitUntil(lambda: window.timeline_pane.summary_text() == everybody, timeout=WAIT_MS)


@pytest.mark.parametrize("code", ["be", "ru", "en"])
def test_the_letters_column_titles_are_not_cut(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, code: str
) -> None:
    """In Belarusian the Letters list's "Дзень нараджэння" showed as "ень нараджэн": the
    columns had English widths, and the header neither elided nor explained."""
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, code)
    window = make_main_window(sample_archive_path)
    window.action_map["letters_mode"].trigger()
    _settle(qtbot, window)
    table = window.letters_pane.table
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount() - 1):  # the last one stretches
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert isinstance(title, str)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip == title


def _wait_open_over(qtbot: QtBot, window: MainWindow) -> None:
    """The failed or given-up open is over and the status bar's "Opened …" timed out."""
    qtbot.waitUntil(lambda: not window.tasks.is_pending("open"), timeout=WAIT_MS)
    _settle(qtbot, window)
    window.statusBar().clearMessage()  # as the 5 s of a message running out would
    qtbot.wait(100)


@pytest.mark.parametrize("kind", ["not an archive", "passphrase not given"])
def test_an_open_that_fails_leaves_no_checking_in_the_status_bar(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    error_log: ErrorLog,
    tmp_path: Path,
    kind: str,
) -> None:
    """After a file that was not an archive (its error shown), or a passphrase prompt closed,
    the status bar said "Checking the archive…" for good, with nothing being checked."""
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: not window.opener.is_checking(), timeout=WAIT_MS)
    _settle(qtbot, window)
    if kind == "not an archive":
        bad = tmp_path / "notes.db"
        bad.write_text("not an archive", encoding="utf-8")
        window.open_path(bad)
        qtbot.waitUntil(lambda: bool(error_log), timeout=WAIT_MS)
    else:
        encrypted = tmp_path / "encrypted.db"
        encrypt_archive(sample_archive_path, encrypted, "correct horse battery")
        window.open_path(encrypted)
        qtbot.waitUntil(
            lambda: (d := window.dialogs.passphrase_dialog()) is not None and d.isVisible(),
            timeout=WAIT_MS,
        )
        dialog = window.dialogs.passphrase_dialog()
        assert dialog is not None
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    _wait_open_over(qtbot, window)
    assert not window.opener.is_checking()
    assert window.statusBar().currentMessage() == ""
    assert not window.frame.progress.isVisible()
    record = window.detail_pane.record()
    assert record is not None  # the archive shown stays, with its record
    shown = window.archive()
    assert shown is not None
    assert shown.path == sample_archive_path


def test_undo_of_a_removed_tag_keeps_the_tag_filter(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    """Undo of "Remove tag" under that tag's filter: the person comes back into the filtered
    list, so nothing needs clearing (deciding before the list followed cleared the filter)."""
    window = open_window(make_main_window, sample_archive_path)
    _settle(qtbot, window)
    for row in (0, 2):
        window.list_pane.select_row(row)
        _settle(qtbot, window)
        _add_tag(qtbot, window, "witness")
    _settle(qtbot, window)
    tagged = _shown_id(window)
    store = window.annotations.store
    assert store is not None
    tag = next(t for t in store.tags() if t.name == "witness")
    window.browse.toggle("tags", tag.id)
    qtbot.waitUntil(lambda: window.people_model.count() == 2, timeout=WAIT_MS)
    _settle(qtbot, window)
    window.go_to_person(str(tagged))
    _settle(qtbot, window)
    window.annotations_pane.tag_bar.remove(tag.id)
    qtbot.waitUntil(lambda: window.people_model.count() == 1, timeout=WAIT_MS)
    _settle(qtbot, window)
    assert _shown_id(window) != tagged

    _press_undo(qtbot, window)
    _wait_shown(qtbot, window, tagged, "Remove tag “witness”")  # the tag named, as Add tag is
    assert [chip.text() for chip in window.chip_bar.chips()] == ["Tag: witness"]
    assert window.people_model.count() == 2
    assert "cleared" not in window.statusBar().currentMessage()


def test_a_link_in_the_letters_mode_shows_its_person_in_the_list(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """In View ▸ Letters, a relation, the timeline or Back showed the record of a released
    person (not in the letters list) while the list's current row was someone else."""
    window = make_main_window(sample_archive_path)
    window.action_map["letters_mode"].trigger()
    qtbot.waitUntil(lambda: window.letters.settled() and window.letters.count == 1)
    _settle(qtbot, window)
    assert _shown_id(window) == "p-kalesnikava"

    window.go_to_person("p-tsikhanouski")  # released: not among the letters' people
    qtbot.waitUntil(lambda: window.browse.state.mode == "people", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _shown_id(window) == "p-tsikhanouski", timeout=WAIT_MS)
    _settle(qtbot, window)
    assert not window.action_map["letters_mode"].isChecked()
    assert window.layout_.list_stack.currentWidget() is window.list_pane
    current = window.list_pane.current_person()
    assert current is not None
    assert current.id == "p-tsikhanouski"
    assert "Letters" in window.statusBar().currentMessage()


def test_the_timeline_says_one_year_once(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """The timeline of a list whose dated items all fall in 2020 said "2020–2020"."""
    window = make_main_window(sample_archive_path)
    window.browse.toggle("statuses", "in_custody")  # Kalesnikava: two items, both in 2020
    qtbot.waitUntil(lambda: window.people_model.count() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "2020" in window.timeline_pane.summary_text(), timeout=WAIT_MS)
    _settle(qtbot, window)
    text = window.timeline_pane.summary_text()
    assert text.endswith(", 2020"), text
