"""The archive shown changes on disk: noticed, said in a banner, reopened keeping the view.

Real windows on real files in tmp_path: another program adds a person (the
app's own importer, writing the file in place), a sync tool puts another
archive in its place, the file is deleted; the same for a file read through
a private copy (WAL mode).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.disk_change import DiskChange
from db.importing import import_files
from tests.db.builders import build_fixture_archive
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.mainwindow import MainWindow

CHANGED_TEXT = "This archive was changed on disk by another program."
REPLACED_TEXT = "This archive was replaced on disk by another program."
NEWCOMER = {
    "id": "p-newcomer",
    "display_name": "Ales Navichok",
    "gender": "male",
    "status": "in_custody",
}


def copy_of(source: Path, folder: Path, name: str = "archive.db") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target


def add_a_person(path: Path) -> None:
    """Another program writes the archive in place: one more person."""
    source = path.with_name("newcomer.json")
    source.write_text(json.dumps({"people": [NEWCOMER]}), encoding="utf-8")
    import_files(path, [source])
    source.unlink()


def banner_kind(window: MainWindow) -> str | None:
    banner = window.layout_.banner.banner()
    return banner.kind if banner is not None else None


def wait_for_banner(qtbot: QtBot, window: MainWindow, kind: str) -> None:
    """The watcher (a file-system event, or the poll) notices the change on its own."""
    qtbot.waitUntil(lambda: banner_kind(window) == kind, timeout=WAIT_MS)


def reopen(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.layout_.banner
    assert bar.action_button.isVisible()
    assert bar.action_button.text() == "Reopen"
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        bar.action_button.click()
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)


def rewrite_biography(path: Path, person_id: str, text: str) -> None:
    """Another program writes the archive in place (same file, same inode)."""
    inode = path.stat().st_ino
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE people SET biography = ? WHERE id = ?", (text, person_id))
    finally:
        conn.close()
    assert path.stat().st_ino == inode


def shown_record_id(window: MainWindow) -> str | None:
    record = window.detail_pane.record()
    return record.id if record is not None else None


def test_a_file_written_in_place_shows_the_banner_and_reopen_shows_the_new_text(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = copy_of(sample_archive_path, tmp_path / "inplace")
    window = make_main_window(path)
    archive = window.archive()
    assert archive is not None
    assert archive.in_place
    qtbot.waitUntil(lambda: shown_record_id(window) is not None, timeout=WAIT_MS)
    person = shown_record_id(window)
    assert person is not None
    assert banner_kind(window) is None

    rewrite_biography(path, person, "Rewritten by another program.")
    wait_for_banner(qtbot, window, "changed")
    bar = window.layout_.banner
    assert bar.isVisible()
    assert bar.label.text() == CHANGED_TEXT
    assert bar.close_button.text() == "Dismiss"
    record = window.detail_pane.record()
    assert record is not None
    assert record.biography != "Rewritten by another program."

    reopen(qtbot, window)
    assert window.archive() is not archive
    qtbot.waitUntil(
        lambda: (
            (r := window.detail_pane.record()) is not None
            and r.biography == "Rewritten by another program."
        ),
        timeout=WAIT_MS,
    )
    assert shown_record_id(window) == person  # the same person is shown again
    assert banner_kind(window) != "changed"


def test_an_import_by_another_program_is_noticed_and_reopen_lists_the_new_person(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = copy_of(sample_archive_path, tmp_path / "imported")
    window = make_main_window(path)
    before = window.people_model.count()
    add_a_person(path)  # written beside, then renamed over: a new file by the same name
    wait_for_banner(qtbot, window, "changed")
    assert window.layout_.banner.label.text() == REPLACED_TEXT
    assert window.people_model.count() == before  # still what was opened, until Reopen
    reopen(qtbot, window)
    assert window.people_model.count() == before + 1


def test_reopen_keeps_the_search_and_the_person_shown(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = copy_of(sample_archive_path, tmp_path / "keep")
    window = make_main_window(path)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.browse.search_now("Tsikhanouski")
    qtbot.waitUntil(lambda: window.browse.state.selected is not None, timeout=WAIT_MS)
    selected = window.browse.state.selected
    found = window.people_model.count()

    rewrite_biography(path, str(selected), "Rewritten.")
    window.file_watch.check_now()
    wait_for_banner(qtbot, window, "changed")
    reopen(qtbot, window)
    qtbot.waitUntil(lambda: window.browse.state.current_search() is not None, timeout=WAIT_MS)
    assert window.browse.state.text == "Tsikhanouski"
    assert window.search_box.text() == "Tsikhanouski"
    assert window.browse.state.selected == selected
    assert window.people_model.count() == found
    assert not window.browse.can_undo()  # a reopen is not a step to undo


def test_a_replaced_file_is_noticed_and_reopen_shows_the_other_archive(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = copy_of(sample_archive_path, tmp_path / "replaced")
    window = make_main_window(path)
    newer = build_fixture_archive(tmp_path / "replaced" / "newer.db", people=12)
    os.replace(newer, path)  # a sync tool puts a new edition in its place
    wait_for_banner(qtbot, window, "changed")
    assert window.layout_.banner.label.text() == REPLACED_TEXT
    assert window.people_model.count() != 12  # the open file still reads the sample
    reopen(qtbot, window)
    assert window.people_model.count() == 12


def test_a_deleted_file_is_said_and_browsing_goes_on(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = copy_of(sample_archive_path, tmp_path / "deleted")
    window = make_main_window(path)
    count = window.people_model.count()
    path.unlink()
    wait_for_banner(qtbot, window, "vanished")
    bar = window.layout_.banner
    assert "deleted or moved" in bar.label.text()
    assert not bar.action_button.isVisible()  # nothing to reopen
    assert bar.close_button.text() == "Dismiss"
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.browse.search_now("Tsikhanouski")  # the open file keeps answering
    assert window.people_model.count() > 0
    assert window.people_model.count() <= count

    bar.close_button.click()  # Dismiss: not said again by the next look
    assert banner_kind(window) is None
    window.file_watch.check_now()
    qtbot.wait(300)
    assert banner_kind(window) is None


def test_a_file_put_back_after_it_was_deleted_can_be_reopened(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = copy_of(sample_archive_path, tmp_path / "back")
    window = make_main_window(path)
    path.unlink()
    wait_for_banner(qtbot, window, "vanished")
    build_fixture_archive(path, people=12)
    window.file_watch.check_now()
    wait_for_banner(qtbot, window, "changed")
    reopen(qtbot, window)
    assert window.people_model.count() == 12


def test_the_original_of_a_private_copy_changing_is_noticed(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = copy_of(sample_archive_path, tmp_path / "wal")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.close()
    window = make_main_window(path)
    archive = window.archive()
    assert archive is not None
    assert not archive.in_place
    count = window.people_model.count()
    add_a_person(path)
    wait_for_banner(qtbot, window, "changed")
    reopen(qtbot, window)
    assert window.people_model.count() == count + 1


def test_looking_runs_off_the_gui_thread(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from viewer.controllers import file_watch

    threads: list[str] = []
    real = file_watch._disk_change

    def spy(context: object, archive: object) -> DiskChange | None:
        threads.append(threading.current_thread().name)
        return real(context, archive)  # type: ignore[arg-type]

    monkeypatch.setattr(file_watch, "_disk_change", spy)
    path = copy_of(sample_archive_path, tmp_path / "thread")
    window = make_main_window(path)
    window.file_watch.check_now()
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)
    assert set(threads) == {"kartoteka-watch"}
    assert banner_kind(window) is None  # nothing changed
