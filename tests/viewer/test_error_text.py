"""db/ errors in the window's language: opening, passphrase, output, import, time limits.

db/ words its errors in English (the CLI keeps it); a be/ru window showed
those English sentences under a translated title. Each error a person meets
carries a kind and its values, worded again by viewer.error_text.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db import connection, errors
from db.annotations.errors import ExchangeFileError
from db.encryption import encrypt_archive
from db.errors import ErrorKind, OutputError
from db.sqlite_errors import archive_error
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer import error_text, translations


@pytest.fixture
def belarusian() -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, "be")


def test_every_kind_is_worded_in_the_viewer_in_the_same_english() -> None:
    """A kind db adds without its viewer wording would show English in a be/ru window."""
    assert set(error_text.TEXTS) == set(ErrorKind)
    for kind, english in errors.TEXTS.items():
        assert error_text.TEXTS[kind] == english, kind


def test_an_error_without_a_kind_is_its_own_message() -> None:
    assert error_text.error_text(errors.KartotekaError("plain words")) == "plain words"
    assert error_text.error_text(ValueError("x")) == "x"


@pytest.mark.parametrize(
    ("content", "title", "words"),
    [
        (b"name,born\nIvan,1990\n", "Гэта не файл архіва", "гэта тэкставы файл"),
        (b"", "Гэта не файл архіва", "файл пусты"),
        (bytes(range(256)) * 64, "Архіў зашыфраваны", None),  # asks for the passphrase
        (b"SQLite format 3\x00" + b"\x00" * 40, "Архіў пашкоджаны", "файл абрэзаны"),
    ],
)
def test_opening_a_foreign_or_damaged_file_is_said_in_belarusian(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    tmp_path: Path,
    belarusian: None,
    content: bytes,
    title: str,
    words: str | None,
) -> None:
    """The dialog had a Belarusian title over an English sentence."""
    path = tmp_path / "archive.db"
    path.write_bytes(content)
    window = make_main_window()
    window.open_path(path)
    if words is None:
        qtbot.waitUntil(lambda: window.dialogs.passphrase_dialog() is not None, timeout=WAIT_MS)
        return
    qtbot.waitUntil(lambda: bool(error_log), timeout=WAIT_MS)
    shown_title, text = error_log[-1]
    assert shown_title == title
    assert words in text
    assert str(path) in text


def test_a_missing_file_is_said_in_russian(
    qtbot: QtBot, make_main_window: WindowFactory, error_log: ErrorLog, tmp_path: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, "ru")
    window = make_main_window()
    window.open_path(tmp_path / "gone.db")
    qtbot.waitUntil(lambda: bool(error_log), timeout=WAIT_MS)
    assert "такого файла нет" in error_log[-1][1]


def test_a_wrong_passphrase_is_said_in_belarusian(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    belarusian: None,
) -> None:
    monkeypatch.setenv(connection.CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "encrypted.db"
    encrypt_archive(sample_archive_path, path, "the right passphrase, long enough")
    window = make_main_window()
    window.open_path(path)
    qtbot.waitUntil(lambda: window.dialogs.passphrase_dialog() is not None, timeout=WAIT_MS)
    dialog = window.dialogs.passphrase_dialog()
    assert dialog is not None
    qtbot.keyClicks(dialog.edit, "not the passphrase at all")
    qtbot.mouseClick(dialog.open_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "пароль не адкрывае" in dialog.problem(), timeout=WAIT_MS)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "дыск перапоўнены"),
        (errno.EROFS, "дыск толькі для чытання"),
        (errno.EACCES, "доступ забаронены"),
    ],
)
def test_a_full_or_read_only_disk_on_export_is_said_in_belarusian(
    belarusian: None, tmp_path: Path, code: int, reason: str
) -> None:
    cause = OSError(code, "No space left on device")
    exc = OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, tmp_path / "out.json", cause=cause)
    assert "No space" in str(exc)  # the CLI keeps the operating system's English
    assert (
        error_text.error_text(exc) == f"{tmp_path / 'out.json'}: нельга запісаць файл ({reason})."
    )


def test_exporting_annotations_to_a_missing_folder_is_said_in_belarusian(
    belarusian: None, tmp_path: Path
) -> None:
    from db.annotations.exchange import _write_json

    with pytest.raises(ExchangeFileError) as caught:
        _write_json(tmp_path / "no-such-folder" / "notes.json", {"version": 1})
    text = error_text.error_text(caught.value)
    assert "нельга запісаць экспарт" in text
    assert "няма такога файла або папкі" in text


def test_an_annotations_file_that_is_not_one_is_said_in_belarusian(
    belarusian: None, tmp_path: Path
) -> None:
    from db.annotations.exchange import _load

    bad = tmp_path / "notes.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExchangeFileError) as caught:
        _load(bad)
    assert "гэта не файл нататак" in error_text.error_text(caught.value)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"people": []}), encoding="utf-8")
    with pytest.raises(ExchangeFileError) as caught:
        _load(other)
    assert "не з’яўляецца экспартам нататак" in error_text.error_text(caught.value)


def test_a_search_that_took_too_long_is_said_in_russian(tmp_path: Path) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, "ru")
    interrupted = sqlite3.OperationalError("interrupted")
    interrupted.sqlite_errorcode = sqlite3.SQLITE_INTERRUPT  # type: ignore[attr-defined]
    exc = archive_error(interrupted, tmp_path / "a.db", limit_ms=2000)
    assert exc is not None
    assert "запрос длился дольше 2000 мс" in error_text.error_text(exc)


def test_output_folders_for_a_copy_and_sources_are_said_in_belarusian(
    belarusian: None, tmp_path: Path
) -> None:
    from db.citations import write_file
    from db.publish.copy import _check_out_dir, _output_error

    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "x").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        _check_out_dir(taken)
    assert "не з’яўляецца пустой папкай" in error_text.error_text(caught.value)
    with pytest.raises(OutputError) as caught:
        write_file(taken, "text")
    assert "гэта папка" in error_text.error_text(caught.value)
    full = _output_error(taken / "a.db", OSError(errno.ENOSPC, "No space left on device"))
    assert "the disk is full" in str(full)  # the CLI
    assert "(дыск перапоўнены)" in error_text.error_text(full)


def test_a_search_cut_short_is_said_in_belarusian_in_the_status_bar(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    belarusian: None,
) -> None:
    """The status bar of a Belarusian window said "The search took too long…" in English."""
    import dataclasses

    import db.search

    real = db.search.search

    def cut_short(*args: object, **kwargs: object) -> db.search.SearchResult:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        notice = " ".join(x for x in (result.notice, db.search.TIMED_OUT_NOTICE) if x)
        return dataclasses.replace(result, timed_out=True, notice=notice)

    monkeypatch.setattr(db.search, "search", cut_short)
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    window.browse.search_now("Tsikhanouski")
    qtbot.waitUntil(
        lambda: "Пошук доўжыўся занадта доўга" in window.statusBar().currentMessage(),
        timeout=WAIT_MS,
    )
    assert "took too long" not in window.statusBar().currentMessage()


def test_bad_redaction_rules_are_said_in_belarusian_in_the_publish_dialog(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    belarusian: None,
) -> None:
    """Loading a broken rules file showed db's English sentence in a Belarusian dialog."""
    window = make_main_window(sample_archive_path)
    window.action_map["publish"].trigger()
    dialog = window.edition_dialogs.publish_dialog
    assert dialog is not None
    rules = tmp_path / "<b>rules\x1b[31m.json"
    rules.write_text("{not json", encoding="utf-8")
    assert not dialog.load_rules(rules)
    shown = dialog.problem_label.text()
    assert "файл правіл — няправільны JSON" in shown
    assert "\x1b" not in shown
    assert "<b>rules\\x1b[31m.json" in shown  # as named, never bold, never a colour
    assert dialog.problem_label.textFormat() == Qt.TextFormat.PlainText
    rules.write_text('{"people": {"tags": 3}, "colour": 1}', encoding="utf-8")
    assert not dialog.load_rules(rules)
    assert "у правілах выключэння ёсць праблемы (усяго: 2)" in dialog.problem_label.text()


def test_a_store_in_use_is_said_in_belarusian_in_a_plain_text_dialog(
    qtbot: QtBot, belarusian: None, tmp_path: Path
) -> None:
    from db.annotations.errors import AnnotationStoreLockedError
    from viewer.dialogs.error import error_box
    from viewer.dialogs.host import error_title

    exc = AnnotationStoreLockedError.of(ErrorKind.STORE_IN_USE, tmp_path / "<i>notes</i>.sqlite")
    box = error_box(None, error_title(exc), error_text.error_text(exc))
    qtbot.addWidget(box)
    assert "сховішча нататак адкрыта ў іншай праграме" in box.informativeText()
    labels = [w for w in box.findChildren(QLabel) if "<i>notes</i>" in w.text()]
    assert labels
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)


def test_a_change_that_cannot_be_undone_is_named_in_belarusian(
    belarusian: None, tmp_path: Path
) -> None:
    from db.annotations.errors import StaleChangeError

    exc = StaleChangeError.of(ErrorKind.UNDO_STALE, tmp_path / "s.sqlite", label="Rename tag")
    renamed = QCoreApplication.translate("ChangeLabel", "Rename tag")
    assert renamed != "Rename tag"
    assert f"«{renamed}» нельга адмяніць" in error_text.error_text(exc)
