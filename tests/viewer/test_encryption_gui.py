"""Encrypted archives in the window: passphrase prompt, Save encrypted copy, Lock, idle lock.

Dialogs are non-blocking (`open()`), so the tests type into the real widgets
and press their real buttons; nothing runs a nested event loop.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from db import connection
from db.connection import (
    ArchiveEncryptedError,
    WrongPassphraseError,
    open_archive,
)
from db.encryption import encrypt_archive
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.dialogs import encryption as encryption_dialogs
from viewer.dialogs.encryption import PassphraseDialog, SaveEncryptedDialog
from viewer.mainwindow import MainWindow

PASS = "correct horse battery"
WRONG = "wrong horse battery"
SECRETS = (b"Tsikhanouski", "Ціханоўскі".encode(), "Тихановский".encode())


@pytest.fixture(scope="module")
def encrypted_master(sample_archive_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("enc-gui") / "sample-encrypted.db"
    encrypt_archive(sample_archive_path, out, PASS)
    return out


@pytest.fixture
def encrypted(encrypted_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the encrypted sample (tests compare its bytes)."""
    path = tmp_path / "archive" / "encrypted.db"
    path.parent.mkdir()
    shutil.copyfile(encrypted_master, path)
    return path


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(connection.CACHE_ENV, str(folder))
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _prompt(qtbot: QtBot, window: MainWindow) -> PassphraseDialog:
    qtbot.waitUntil(
        lambda: (d := window.dialogs.passphrase_dialog()) is not None and d.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = window.dialogs.passphrase_dialog()
    assert dialog is not None
    return dialog


def _type_and_open(qtbot: QtBot, dialog: PassphraseDialog, passphrase: str) -> None:
    dialog.edit.setFocus()
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, passphrase)
    qtbot.mouseClick(dialog.open_button(), Qt.MouseButton.LeftButton)


def _open_encrypted(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.open_path(path)
    dialog = _prompt(qtbot, window)
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        _type_and_open(qtbot, dialog, PASS)


def _files_holding(folder: Path, needles: tuple[bytes, ...]) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            data = (Path(root) / name).read_bytes()
            found += [f"{name}: {n!r}" for n in needles if n in data]
    return found


def test_the_prompt_opens_with_the_right_passphrase_only(
    qtbot: QtBot, make_main_window: WindowFactory, error_log: ErrorLog, encrypted: Path
) -> None:
    before = _digest(encrypted)
    window = make_main_window()
    window.open_path(encrypted)
    dialog = _prompt(qtbot, window)
    assert dialog.edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.open_button().isEnabled()  # nothing typed yet

    _type_and_open(qtbot, dialog, WRONG)
    qtbot.waitUntil(lambda: "does not open" in dialog.problem(), timeout=WAIT_MS)
    assert dialog.isVisible()  # try again or cancel
    assert window.dialogs.passphrase_dialog() is dialog
    assert dialog.edit.text() == ""  # the wrong passphrase is not kept in the field
    assert window.archive() is None
    assert window.people_model.rowCount() == 0
    assert error_log == []

    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        _type_and_open(qtbot, dialog, PASS)
    archive = window.archive()
    assert archive is not None
    assert archive.encrypted
    assert window.dialogs.passphrase_dialog() is None
    assert window.people_model.rowCount() > 0
    assert not window.action_map["save_encrypted"].isEnabled()  # already encrypted
    # the timeline's own connection opens the encrypted copy too
    qtbot.waitUntil(lambda: "Loading" not in window.timeline_pane.summary_text(), timeout=WAIT_MS)
    assert "encrypted" not in window.timeline_pane.summary_text()
    assert error_log == []
    assert _digest(encrypted) == before
    window.save_settings()
    settings_bytes = window.settings.path.read_bytes()
    assert PASS.encode() not in settings_bytes
    assert WRONG.encode() not in settings_bytes


def test_cancelling_the_prompt_keeps_the_open_archive(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    encrypted: Path,
) -> None:
    window = make_main_window(sample_archive_path)
    previous = window.archive()
    rows = window.people_model.rowCount()
    before = _digest(encrypted)
    window.open_path(encrypted)
    dialog = _prompt(qtbot, window)
    _type_and_open(qtbot, dialog, WRONG)
    qtbot.waitUntil(lambda: bool(dialog.problem()), timeout=WAIT_MS)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.dialogs.passphrase_dialog() is None
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=WAIT_MS)
    assert window.archive() is previous
    assert window.people_model.rowCount() == rows
    assert error_log == []
    assert _digest(encrypted) == before
    assert sorted(p.name for p in encrypted.parent.iterdir()) == [encrypted.name]


def test_save_encrypted_copy_opens_only_with_its_passphrase(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    tmp_path: Path,
) -> None:
    assert SECRETS[0] in sample_archive_path.read_bytes()  # the test can see plaintext
    source_before = _digest(sample_archive_path)
    window = make_main_window(sample_archive_path)
    window.action_map["save_encrypted"].trigger()
    dialog = window.dialogs.save_encrypted_dialog()
    assert isinstance(dialog, SaveEncryptedDialog)
    assert (
        "lost passphrase means lost data"
        in dialog.findChild(QLabel, "LostPassphraseWarning").text()
    )
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = out_folder / "copy.db"

    dialog.target_edit.setText(str(sample_archive_path))  # never the source itself
    dialog.passphrase_edit.setText(PASS)
    dialog.repeat_edit.setText(PASS)
    dialog.accept()
    assert "archive itself" in dialog.problem()
    assert dialog.isVisible()
    dialog.target_edit.setText(str(target))
    dialog.repeat_edit.setText(PASS + "x")
    dialog.accept()
    assert "differ" in dialog.problem()
    assert dialog.isVisible()
    dialog.passphrase_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.accept()
    assert "too short" in dialog.problem()
    dialog.passphrase_edit.setText(PASS)
    dialog.repeat_edit.setText(PASS)
    with qtbot.waitSignal(window.encrypted_copy_saved, timeout=WAIT_MS) as saved:
        dialog.accept()
    assert saved.args == [str(target)]
    assert error_log == []
    assert sorted(p.name for p in out_folder.iterdir()) == ["copy.db"]  # no temp file left
    data = target.read_bytes()
    assert not [s for s in SECRETS if s in data]
    assert b"SQLite format 3" not in data
    assert _digest(sample_archive_path) == source_before
    with pytest.raises(ArchiveEncryptedError):
        open_archive(target)
    with pytest.raises(WrongPassphraseError):
        open_archive(target, WRONG)
    with open_archive(target, PASS) as copy:
        assert copy.encrypted
        assert copy.db.execute("SELECT count(*) FROM people").fetchone()[0] > 0


def test_save_encrypted_copy_asks_before_replacing_a_file(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_main_window(sample_archive_path)
    target = tmp_path / "existing.db"
    target.write_bytes(b"keep me")
    answers: list[Path] = []

    def refuse(_parent: object, path: Path) -> bool:
        answers.append(path)
        return False

    monkeypatch.setattr(encryption_dialogs, "confirm_overwrite", refuse)
    window.save_encrypted_copy(target, PASS)
    assert answers == [target]
    assert target.read_bytes() == b"keep me"
    assert window.action_map["save_encrypted"].isEnabled()  # nothing started

    monkeypatch.setattr(encryption_dialogs, "confirm_overwrite", lambda _p, _t: True)
    with qtbot.waitSignal(window.encrypted_copy_saved, timeout=WAIT_MS):
        window.save_encrypted_copy(target, PASS)
    assert error_log == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with open_archive(target, PASS) as copy:
        assert copy.encrypted


def test_a_failed_copy_says_why_and_leaves_no_file(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    tmp_path: Path,
) -> None:
    window = make_main_window(sample_archive_path)
    target = tmp_path / "no-such-folder" / "copy.db"
    window.save_encrypted_copy(target, PASS)
    qtbot.waitUntil(lambda: bool(error_log), timeout=WAIT_MS)
    title, text = error_log[0]
    assert title == "Cannot write file"
    assert "does not exist" in text
    assert "Traceback" not in text
    assert not target.parent.exists()
    assert window.action_map["save_encrypted"].isEnabled()


def test_lock_clears_the_panes_closes_connections_and_open_again_asks(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    encrypted: Path,
    private_cache: Path,
) -> None:
    window = make_main_window()
    _open_encrypted(qtbot, window, encrypted)
    archive = window.archive()
    assert archive is not None
    assert archive.in_place  # read where it is (immutable=1): no copy, no temporary file
    window.list_pane.select_row(0)
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Loading" not in window.timeline_pane.summary_text(), timeout=WAIT_MS)
    # while open: the file's folder and the cache hold ciphertext only
    assert _files_holding(encrypted.parent, SECRETS) == []
    assert _files_holding(private_cache, SECRETS) == []

    with qtbot.waitSignal(window.locked, timeout=WAIT_MS):
        window.action_map["lock"].trigger()
    assert window.is_locked()
    assert window.archive() is None
    assert window.people_model.rowCount() == 0
    assert window.detail_pane.record() is None
    assert window.detail_pane.browser.toPlainText().strip() == ""
    assert window.search_box.text() == ""
    assert window.central_stack.currentWidget() is window.locked_pane
    assert encrypted.name in window.locked_pane.message.text()
    assert "passphrase" in window.locked_pane.message.text()
    assert window.windowTitle() == "Locked — Kartoteka"
    assert not window.action_map["lock"].isEnabled()
    # every connection (window, worker, timeline) is gone, and the passphrase with them
    qtbot.waitUntil(lambda: archive._source.closed, timeout=WAIT_MS)
    assert archive._source.key is None

    qtbot.mouseClick(window.locked_pane.open_again_button, Qt.MouseButton.LeftButton)
    dialog = _prompt(qtbot, window)
    assert window.is_locked()
    _type_and_open(qtbot, dialog, WRONG)
    qtbot.waitUntil(lambda: bool(dialog.problem()), timeout=WAIT_MS)
    assert window.is_locked()
    assert window.archive() is None
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        _type_and_open(qtbot, dialog, PASS)
    assert not window.is_locked()
    assert window.central_stack.currentWidget() is window.main_splitter
    assert window.people_model.rowCount() > 0
    assert error_log == []


def test_locking_a_plain_archive_and_opening_it_again_needs_no_passphrase(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.lock()
    assert window.is_locked()
    assert "not encrypted" in window.locked_pane.message.text()
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_again()
    assert window.dialogs.passphrase_dialog() is None
    assert not window.is_locked()


def test_idle_timeout_locks_and_is_off_by_default(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    encrypted: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_main_window()
    assert window.settings.idle_lock_minutes() == 0
    assert window.idle_watcher.timeout_ms() == 0
    _open_encrypted(qtbot, window, encrypted)
    window.idle_unit_ms = 50  # "one minute" is 50 ms here
    monkeypatch.setattr(encryption_dialogs, "ask_idle_minutes", lambda _p, _c: 2)
    with qtbot.waitSignal(window.locked, timeout=WAIT_MS):
        window.action_map["lock_idle"].trigger()
    assert window.settings.idle_lock_minutes() == 2
    assert window.is_locked()
    assert window.archive() is None
    window.set_idle_lock_minutes(0)
    assert window.idle_watcher.timeout_ms() == 0
    assert window.settings.idle_lock_minutes() == 0


def test_input_keeps_the_window_unlocked(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.idle_unit_ms = 400
    window.set_idle_lock_minutes(1, save=False)
    for _ in range(6):  # 6 × 150 ms of typing: longer than the timeout, never idle for it
        qtbot.keyClick(window.list_pane.table, Qt.Key.Key_Down)
        qtbot.wait(150)
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=WAIT_MS)
    window.set_idle_lock_minutes(0, save=False)


def test_preferences_set_the_idle_lock(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.action_map["preferences"].trigger()
    dialog = window.dialogs.preferences_dialog
    assert dialog.idle_lock_minutes() == 0  # off by default
    dialog.idle_lock_spin.setValue(5)
    dialog.accept()
    assert window.settings.idle_lock_minutes() == 5
    assert window.idle_watcher.timeout_ms() == 5 * window.idle_unit_ms
    window.set_idle_lock_minutes(0)
