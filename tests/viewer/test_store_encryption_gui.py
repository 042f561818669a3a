"""Encrypted annotation stores in the window (create, reopen, encrypt, Lock); cancelling a copy.

Dialogs are opened with `open()`, so the tests type into the real widgets and
press their real buttons; nothing runs a nested event loop.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

import db.encryption
from db import connection
from db.annotations import AnnotationStorePassphraseError, open_store
from tests.viewer.annotation_helpers import fresh_store  # noqa: F401  (fixture)
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.dialogs.encryption import PassphraseDialog
from viewer.mainwindow import MainWindow

PASS = "correct horse battery"
WRONG = "wrong horse battery"
NOTE = "Moved to the colony in Navapolack"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(connection.CACHE_ENV, str(folder))
    return folder


def _holding(folder: Path, needle: bytes) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if needle in (Path(root) / name).read_bytes():
                found.append(name)
    return found


def _store_prompt(qtbot: QtBot, window: MainWindow) -> PassphraseDialog:
    qtbot.waitUntil(
        lambda: (d := window.dialogs.store_passphrase_dialog()) is not None and d.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = window.dialogs.store_passphrase_dialog()
    assert dialog is not None
    return dialog


def _type_and_open(qtbot: QtBot, dialog: PassphraseDialog, passphrase: str) -> None:
    dialog.edit.setFocus()
    qtbot.keyClicks(dialog.edit, passphrase)
    qtbot.mouseClick(dialog.open_button(), Qt.MouseButton.LeftButton)


def _create_encrypted_store(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.action_map["preferences"].trigger()
    dialog = window.dialogs.preferences_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert not dialog.new_passphrase_edit.isVisible()
    dialog.file_radio.setChecked(True)
    dialog.path_edit.setText(str(path))
    assert dialog.encrypt_check.isEnabled()  # a new file: it may be created encrypted
    dialog.encrypt_check.setChecked(True)
    assert dialog.new_passphrase_edit.isVisible()
    assert "lost passphrase means lost notes" in dialog.encrypt_warning.text()
    qtbot.keyClicks(dialog.new_passphrase_edit, PASS)
    qtbot.keyClicks(dialog.repeat_passphrase_edit, PASS + "x")
    dialog.accept()
    assert "differ" in dialog.problem.text()
    assert dialog.isVisible()
    dialog.repeat_passphrase_edit.setText(PASS)
    with qtbot.waitSignal(window.annotation_store_opened, timeout=WAIT_MS):
        dialog.accept()


def _add_note(window: MainWindow, text: str) -> None:
    editor = window.annotations_pane.editor
    editor.text.setPlainText(text)
    assert editor.save() is not None


def test_create_an_encrypted_store_and_reopen_it_with_its_passphrase(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    fresh_store: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "secret" / "notes.sqlite"
    path.parent.mkdir()
    window = make_main_window(sample_archive_path)
    _create_encrypted_store(qtbot, window, path)
    store = window.annotations.store
    assert store is not None
    assert store.encrypted
    assert store.path == path
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    _add_note(window, NOTE)
    assert _holding(path.parent, NOTE.encode()) == []
    window.save_settings()
    settings = window.settings.path.read_bytes()
    assert PASS.encode() not in settings  # only the path is remembered
    assert str(path).encode() in settings
    window.shutdown()
    assert _holding(path.parent, NOTE.encode()) == []
    with pytest.raises(AnnotationStorePassphraseError):
        open_store(path, author="x")

    # the next start asks for the passphrase; a wrong one is explained in the dialog
    again = make_main_window(settings_file=window.settings.path)
    dialog = _store_prompt(qtbot, again)
    assert again.annotations.store is None
    assert "is encrypted" in dialog.findChildren(QLabel)[0].text()
    before = {p.name: p.stat().st_mtime_ns for p in path.parent.iterdir()}
    _type_and_open(qtbot, dialog, WRONG)
    assert "does not open" in dialog.problem()
    assert dialog.isVisible()
    assert dialog.edit.text() == ""
    assert {p.name: p.stat().st_mtime_ns for p in path.parent.iterdir()} == before
    assert again.annotations.store is None
    with qtbot.waitSignal(again.annotation_store_opened, timeout=WAIT_MS):
        _type_and_open(qtbot, dialog, PASS)
    assert again.dialogs.store_passphrase_dialog() is None
    reopened = again.annotations.store
    assert reopened is not None
    assert reopened.encrypted
    assert NOTE in [a.body for a in reopened.annotations()]
    assert error_log == []


def test_cancelling_the_store_prompt_leaves_annotations_off(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    fresh_store: Path,  # noqa: F811
) -> None:
    fresh_store.parent.mkdir(parents=True)
    open_store(fresh_store, author="a", passphrase=PASS).close()  # the per-user store
    before = {p.name: p.read_bytes() for p in fresh_store.parent.iterdir() if p.is_file()}
    window = make_main_window()
    dialog = _store_prompt(qtbot, window)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.dialogs.store_passphrase_dialog() is None
    assert window.annotations.store is None
    assert "passphrase was not entered" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(sample_archive_path)
    assert "Annotations are locked" in window.annotations_pane.status.text()
    after = {p.name: p.read_bytes() for p in fresh_store.parent.iterdir() if p.is_file()}
    assert after == before  # nothing written
    assert error_log == []


def test_encrypt_the_open_store_from_preferences(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    fresh_store: Path,  # noqa: F811
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    _add_note(window, NOTE)
    store = window.annotations.store
    assert store is not None
    store.backup_now()  # a plain backup, which must not survive in clear
    assert _holding(fresh_store.parent, NOTE.encode())

    window.action_map["preferences"].trigger()
    prefs = window.dialogs.preferences_dialog
    assert not prefs.encrypt_check.isEnabled()  # the store exists: Encrypt… instead
    assert "not encrypted" in prefs.encryption_state.text()
    prefs.encryption_button.click()
    dialog = window.dialogs.store_encryption_dialog()
    assert dialog is not None
    assert dialog.current_edit is None
    assert "lost passphrase means lost notes" in dialog.warning.text()
    dialog.passphrase_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.ok_button().click()
    assert "too short" in dialog.problem()
    dialog.passphrase_edit.setText(PASS)
    dialog.repeat_edit.setText(PASS)
    with qtbot.waitSignal(window.annotations.store_changed, timeout=WAIT_MS):
        dialog.ok_button().click()
    assert window.dialogs.store_encryption_dialog() is None
    store = window.annotations.store
    assert store is not None
    assert store.encrypted
    assert "is encrypted" in prefs.encryption_state.text()
    assert NOTE in [a.body for a in store.annotations()]
    assert _holding(fresh_store.parent, NOTE.encode()) == []  # store and backups
    assert not [p for p in fresh_store.parent.iterdir() if p.name.startswith(".kartoteka")]

    # change the passphrase: a wrong current one is explained, nothing changes
    prefs.encryption_button.click()
    change = window.dialogs.store_encryption_dialog()
    assert change is not None
    assert change.current_edit is not None
    change.current_edit.setText(WRONG)
    change.passphrase_edit.setText("another good passphrase")
    change.repeat_edit.setText("another good passphrase")
    change.ok_button().click()
    assert "does not open" in change.problem()
    assert window.annotations.store is not None  # reopened with the key that still works
    change.current_edit.setText(PASS)
    change.passphrase_edit.setText("another good passphrase")
    change.repeat_edit.setText("another good passphrase")
    change.ok_button().click()
    assert window.dialogs.store_encryption_dialog() is None
    prefs.reject()
    window.shutdown()
    with pytest.raises(AnnotationStorePassphraseError):
        open_store(fresh_store, author="x", passphrase=PASS)
    open_store(fresh_store, author="x", passphrase="another good passphrase").close()
    assert error_log == []


def test_lock_closes_the_store_and_unlock_brings_back_the_typed_note(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    fresh_store: Path,  # noqa: F811
) -> None:
    fresh_store.parent.mkdir(parents=True)
    open_store(fresh_store, author="a", passphrase=PASS).close()
    window = make_main_window()
    with qtbot.waitSignal(window.annotation_store_opened, timeout=WAIT_MS):
        _type_and_open(qtbot, _store_prompt(qtbot, window), PASS)
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(sample_archive_path)
    window.list_pane.select_row(2)
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    person = window.detail_pane.record()
    assert person is not None
    editor = window.annotations_pane.editor
    qtbot.waitUntil(editor.text.isEnabled, timeout=WAIT_MS)
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Typed but not saved")  # no autosave yet

    with qtbot.waitSignal(window.locked, timeout=WAIT_MS):
        window.action_map["lock"].trigger()
    assert window.annotations.store is None  # closed, key forgotten
    assert window.annotations.locked_path == fresh_store.absolute()
    assert editor.text.toPlainText() == ""  # nothing on screen
    assert window.annotations_pane.model.rowCount() == 0
    assert _holding(fresh_store.parent, b"Typed but not saved") == []  # a ciphertext draft

    qtbot.mouseClick(window.locked_pane.open_again_button, Qt.MouseButton.LeftButton)
    dialog = _store_prompt(qtbot, window)  # the plain archive needs none; the store does
    assert not window.is_locked()
    _type_and_open(qtbot, dialog, WRONG)
    assert "does not open" in dialog.problem()
    with qtbot.waitSignal(window.annotation_store_opened, timeout=WAIT_MS):
        _type_and_open(qtbot, dialog, PASS)
    # back on the person the note was typed on (records are read off the GUI thread)
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == person.id,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "Typed but not saved", timeout=WAIT_MS)
    assert "Kept while locked" in editor.status.text()
    assert editor.save() is not None
    store = window.annotations.store
    assert store is not None
    assert "Typed but not saved" in [a.body for a in store.annotations()]
    assert store.drafts() == []
    assert error_log == []


def test_cancel_stops_the_encrypted_copy_and_leaves_nothing(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = db.encryption.encrypt_archive
    clicked = threading.Event()
    seen: list[float] = []

    def held_until_cancel(
        src: Path, dst: Path, passphrase: str, *, overwrite: bool, progress: db.encryption.Progress
    ) -> None:
        def gate(share: float) -> bool:
            seen.append(share)
            if share > 0:  # the copy is under way: wait for the user's Cancel
                clicked.wait(WAIT_MS / 1000)
            return progress(share)

        real(src, dst, passphrase, overwrite=overwrite, progress=gate)

    monkeypatch.setattr(db.encryption, "encrypt_archive", held_until_cancel)
    source_before = sample_archive_path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    window = make_main_window(sample_archive_path)
    window.save_encrypted_copy(out / "copy.db", PASS)
    dialog = window.dialogs.encrypt_progress_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(seen) and max(seen) > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(window.encrypted_copy_cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.cancel_button(), Qt.MouseButton.LeftButton)
        assert "Cancelling" in dialog.label.text()
        clicked.set()
    assert window.dialogs.encrypt_progress_dialog() is None
    assert "nothing" in window.statusBar().currentMessage().lower() or "no encrypted copy" in (
        window.statusBar().currentMessage()
    )
    assert list(out.iterdir()) == []  # no partial output, no temporary file
    assert sample_archive_path.read_bytes() == source_before
    assert window.action_map["save_encrypted"].isEnabled()
    assert error_log == []
