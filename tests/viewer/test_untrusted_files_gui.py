"""Every hostile or broken file opened through the main window: a dialog, a usable window.

The data-layer outcome of each case is tested in tests/db/test_untrusted_files.py;
here the window must show the error (title and the file's name) without a
traceback, keep the previous archive and stay usable, and open the files
that are safe to open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.annotations import EntityRef, open_store
from db.connection import ArchiveEncryptedError
from tests.data.bad_archives import CASE_NAMES, BadCase, make_case
from tests.db.builders import build_fixture_archive
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.mainwindow import MainWindow

SLOW_CASES = frozenset({"huge_value", "too_big_value"})
"""Tens of megabytes each; their data-layer tests cover them."""


@pytest.fixture(scope="module")
def good_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=12)


def _cases(folder: Path, good: Path, *, errors: bool) -> list[BadCase]:
    cases = []
    for name in CASE_NAMES:
        if name in SLOW_CASES:
            continue
        case_folder = folder / name
        case_folder.mkdir()
        case = make_case(name, case_folder, good)
        if (case.error is not None) == errors:
            cases.append(case)
    return cases


def test_each_bad_file_shows_a_dialog_and_the_window_stays_usable(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    good_archive: Path,
    tmp_path: Path,
) -> None:
    window = make_main_window(good_archive)
    previous = window.archive()
    rows = window.people_model.rowCount()
    cases = _cases(tmp_path, good_archive, errors=True)
    assert len(cases) >= 10
    for case in cases:
        error_log.clear()
        window.open_path(case.path)
        if case.error is ArchiveEncryptedError:
            _wrong_passphrase_then_cancel(qtbot, window, case)
            assert window.archive() is previous, case.name
            continue
        qtbot.waitUntil(lambda: bool(error_log), timeout=WAIT_MS)
        assert case.error is not None
        title, text = error_log[0]
        assert title == case.error.title, case.name
        assert case.path.name in text, case.name
        assert case.message in text, case.name
        assert "Traceback" not in text, case.name
        assert window.archive() is previous, case.name
        assert window.people_model.rowCount() == rows, case.name
        qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=WAIT_MS)
    # still usable after all of them: another archive opens
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(good_archive)
    assert window.people_model.rowCount() == rows


def _wrong_passphrase_then_cancel(qtbot: QtBot, window: MainWindow, case: BadCase) -> None:
    """Random bytes may be an encrypted archive: the prompt, not an error, comes up."""
    qtbot.waitUntil(lambda: window.dialogs.passphrase_dialog() is not None, timeout=WAIT_MS)
    dialog = window.dialogs.passphrase_dialog()
    assert dialog is not None, case.name
    assert dialog.path == case.path, case.name
    dialog.edit.setText("not the passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: "does not open" in dialog.problem(), timeout=WAIT_MS)
    dialog.reject()
    assert window.dialogs.passphrase_dialog() is None, case.name
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=WAIT_MS)


def test_files_that_are_safe_to_open_open_in_the_window(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    good_archive: Path,
    tmp_path: Path,
) -> None:
    window = make_main_window(good_archive)
    cases = _cases(tmp_path, good_archive, errors=False)
    assert len(cases) >= 8
    for case in cases:
        with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
            window.open_path(case.path)
        archive = window.archive()
        assert archive is not None
        assert archive.path == case.path, case.name
        # the slow checks run after the list is shown; a damaged index is known once they end
        qtbot.waitUntil(lambda: not window.opener.is_checking(), timeout=WAIT_MS)
        assert archive.search_available is case.search_available, case.name
        banner = window.layout_.banner.banner()
        if not case.search_available:
            assert banner is not None, case.name
            assert banner.kind == "damaged", case.name
        assert window.people_model.rowCount() > 0, case.name
        assert error_log == [], case.name


def test_an_annotation_store_with_a_trigger_is_refused_with_a_message(
    make_main_window: WindowFactory, error_log: ErrorLog, good_archive: Path, tmp_path: Path
) -> None:
    """A colleague's store with SQL of its own: a message, the current store stays in use."""
    hostile = tmp_path / "from-usb.sqlite"
    store = open_store(hostile, author="stranger")
    store.add_note(EntityRef("a", "person", "p-1"), "hello")
    store.close()
    with sqlite3.connect(hostile) as conn:
        conn.execute("CREATE TRIGGER t AFTER INSERT ON annotations BEGIN DELETE FROM tags; END")
    conn.close()
    window = make_main_window(good_archive)
    current = window.annotations.store
    assert current is not None
    assert not window.open_annotation_store(hostile)
    assert window.annotations.store is current
    title, text = error_log[-1]
    assert hostile.name in text
    assert "was not opened" in text
    assert title
