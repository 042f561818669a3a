"""Big dossiers and printing run in a child process: the window never lays a dossier out.

The window's own write_dossier/print path is made to fail in these tests, so
they pass only when the child wrote the file. Cancel kills the child and
leaves no file; a child that fails says what, where and what to do; an
encrypted archive's passphrase never reaches a command line or the
environment; the child stops by itself when the viewer goes away.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

import viewer.dossier
from db import connection
from db.annotations import EntityRef
from db.encryption import encrypt_archive
from db.generate import generate_archive
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_dossier_dialog import _dialog, _text
from viewer.dossier import child_process
from viewer.dossier.child_process import JobRequest, child_command

PASS = "correct horse battery"
CHILD_MS = 120_000


@pytest.fixture(scope="module")
def forty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("forty") / "forty.db"
    generate_archive(path, 40)
    return path


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every child started: its argv, environment and the process (Popen is wrapped)."""
    started: list[dict[str, Any]] = []
    real = subprocess.Popen

    def popen(args: list[str], **kwargs: Any) -> subprocess.Popen[str]:
        process = real(args, **kwargs)
        env = kwargs.get("env")
        started.append({"args": list(args), "env": dict(os.environ if env is None else env)})
        started[-1]["process"] = process
        return process

    monkeypatch.setattr(subprocess, "Popen", popen)

    def not_here(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the dossier was laid out in the window's process")

    monkeypatch.setattr(viewer.dossier, "write_dossier", not_here)  # read at the call
    return started


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(connection.CACHE_ENV, str(folder))
    return folder


def test_a_list_dossier_is_written_by_a_child_with_progress(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    forty: Path,
    tmp_path: Path,
    children: list[dict[str, Any]],
) -> None:
    window = make_main_window(forty)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    progressed: list[tuple[int, int]] = []
    controller = window.output.dossier
    controller.progressed.connect(lambda done, total: progressed.append((done, total)))
    out = tmp_path / "all.pdf"
    with qtbot.waitSignal(controller.finished, timeout=CHILD_MS) as blocker:
        assert dialog.save_to(out)
        assert dialog.progress.isVisible()
    report = blocker.args[0]
    assert report.people == 40
    assert report.path == out
    assert len(PdfReader(out).pages) == report.pages
    assert len(children) == 1
    assert children[0]["process"].poll() is not None  # the child has ended
    assert progressed[-1] == (80, 80)
    assert "all.pdf" in dialog.status.text()
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["all.pdf"]
    assert not list(tmp_path.glob(".*partial"))


def test_cancel_kills_the_child_and_leaves_no_file(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path, children: list[dict[str, Any]]
) -> None:
    path = tmp_path / "many.db"
    generate_archive(path, 400)
    window = make_main_window(path)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    controller = window.output.dossier
    progressed: list[tuple[int, int]] = []
    controller.progressed.connect(lambda done, total: progressed.append((done, total)))
    out = tmp_path / "all.pdf"
    assert dialog.save_to(out)
    qtbot.waitUntil(lambda: bool(progressed) and progressed[-1][0] >= 20, timeout=CHILD_MS)
    with qtbot.waitSignal(controller.cancelled, timeout=WAIT_MS):
        dialog.cancel_button.click()
    process = children[0]["process"]
    assert process.poll() is not None  # killed, not left running
    assert process.returncode != 0
    assert not out.exists()
    assert not list(tmp_path.glob(".*partial"))
    assert "no file" in dialog.status.text()
    assert dialog.save_button.isEnabled()


def test_a_write_that_fails_in_the_child_is_said_in_words(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    forty: Path,
    tmp_path: Path,
    children: list[dict[str, Any]],
) -> None:
    window = make_main_window(forty)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    out = tmp_path / "taken.pdf"
    out.mkdir()  # a folder where the file should go: the final rename fails
    assert dialog.destination_problem(out)  # the dialog says it before starting; here
    dialog.destination_problem = lambda _path: None  # type: ignore[method-assign]  # the child
    with qtbot.waitSignal(window.output.dossier.failed, timeout=CHILD_MS):
        dialog.save_to(out)
    text = dialog.status.text()
    assert str(out) in text
    assert "cannot write the dossier" in text
    assert "Choose another folder" in text
    assert "Traceback" not in text
    assert not list(tmp_path.glob(".*partial"))
    assert dialog.save_button.isEnabled()


def test_a_child_that_crashes_is_said_in_words(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    forty: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crash = "import sys; sys.stdin.readline(); sys.stderr.write('out of memory\\n'); sys.exit(7)"
    monkeypatch.setattr(child_process, "child_command", lambda: [sys.executable, "-c", crash])
    window = make_main_window(forty)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    out = tmp_path / "crash.pdf"
    with qtbot.waitSignal(window.output.dossier.failed, timeout=CHILD_MS):
        dialog.save_to(out)
    text = dialog.status.text()
    assert str(out) in text
    assert "exit code 7" in text
    assert "out of memory" in text
    assert "Try again" in text
    assert not out.exists()


def test_an_encrypted_archive_with_notes_the_passphrase_stays_off_argv_and_environment(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    children: list[dict[str, Any]],
) -> None:
    from tests.viewer.test_encryption_gui import _open_encrypted

    encrypted = tmp_path / "archive" / "encrypted.db"
    encrypted.parent.mkdir()
    encrypt_archive(sample_archive_path, encrypted, PASS)
    window = make_main_window()
    _open_encrypted(qtbot, window, encrypted)
    qtbot.waitUntil(lambda: window.annotations.store is not None, timeout=WAIT_MS)
    store = window.annotations.store
    assert store is not None
    archive = window.archive()
    assert archive is not None
    archive_id = str(
        archive.db.execute("SELECT value FROM meta WHERE key='archive_id'").fetchone()[0]
    )
    store.add_note(EntityRef(archive_id, "person", "p-tsikhanouski"), "Parcel returned unopened.")
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    window.list_pane.table.selectAll()
    dialog = _dialog(qtbot, window)
    assert dialog.list_button.isChecked()  # everyone selected: the list
    dialog.annotations_box.setChecked(True)
    out = tmp_path / "encrypted.pdf"
    with qtbot.waitSignal(window.output.dossier.finished, timeout=CHILD_MS):
        dialog.save_to(out)
    text = _text(out)
    assert "Tsikhanouski" in text
    assert "Parcel returned unopened." in text
    assert len(children) == 1
    assert not any(PASS in arg for arg in children[0]["args"])
    assert not any(PASS in value for value in children[0]["env"].values())


def test_printing_is_done_by_the_child_page_range_kept(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    forty: Path,
    tmp_path: Path,
    children: list[dict[str, Any]],
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = make_main_window(forty)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter, _dialog_class: type) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 4)
        return True

    dialog.ask_printer = to_file  # type: ignore[method-assign,assignment]
    with qtbot.waitSignal(window.output.dossier.printed, timeout=CHILD_MS):
        dialog.print_button.click()
        assert dialog.progress.isVisible()
    assert "printer" in dialog.status.text()
    assert len(children) == 1
    assert len(PdfReader(out).pages) == 3
    assert not list(tmp_path.glob(".*partial"))


def test_the_child_stops_when_the_viewer_goes_away(forty: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.db"
    shutil.copyfile(forty, big)
    from db.connection import open_archive
    from db.people import get_rows, list_people
    from db.records import PeopleQuery

    with open_archive(big) as archive:
        plist = list_people(archive.db, PeopleQuery())
        ids = [str(r.id) for r in get_rows(archive.db, plist.pks(archive.db, 0, plist.count))]
    out = tmp_path / "gone.pdf"
    request = JobRequest(archive=str(big), archive_name=str(big), ids=ids, out=str(out))
    process = subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(request.to_json() + "\n")
    process.stdin.flush()
    first = json.loads(process.stdout.readline())
    assert "progress" in first
    process.stdin.close()  # the viewer is gone
    assert process.wait(timeout=60) == child_process.EXIT_CANCELLED
    process.stdout.close()
    assert not out.exists()
    assert not list(tmp_path.glob(".*partial"))


def test_an_encrypted_archive_and_store_in_the_child(
    sample_archive_path: Path, tmp_path: Path, children: list[dict[str, Any]]
) -> None:
    """Both passphrases reach the child on its pipe; its dossier has the encrypted note."""
    from db.annotations import open_store
    from db.connection import archive_key, open_archive, source_path
    from viewer.dossier.child_process import run_child

    encrypted = tmp_path / "encrypted.db"
    encrypt_archive(sample_archive_path, encrypted, PASS)
    store_pass = "another long store passphrase"
    store = open_store(tmp_path / "notes.kartoteka-notes", author="alesia", passphrase=store_pass)
    out = tmp_path / "both.pdf"
    progressed: list[tuple[int, int]] = []
    try:
        with open_archive(encrypted, PASS) as archive:
            archive_id = str(
                archive.db.execute("SELECT value FROM meta WHERE key='archive_id'").fetchone()[0]
            )
            store.add_note(EntityRef(archive_id, "person", "p-tsikhanouski"), "Letters withheld.")
            request = JobRequest(
                archive=str(source_path(archive)),
                archive_name=str(encrypted),
                ids=["p-tsikhanouski", "p-tsikhanouskaya"],
                language="be",
                out=str(out),
                store=str(store.path),
                key=archive_key(archive),
                store_key=store.reader_key(),
            )
            assert PASS not in repr(request)  # the secrets stay out of logs too
            report = run_child(
                request, progress=lambda d, t: progressed.append((d, t)), stop=lambda: False
            )
    finally:
        store.close()
    assert report["people"] == 2
    text = _text(out)
    assert "Letters withheld." in text
    assert "Ціханоўскі" in text
    assert progressed[-1] == (4, 4)
    assert len(children) == 1
    for secret in (PASS, store_pass):
        assert not any(secret in arg for arg in children[0]["args"])
        assert not any(secret in value for value in children[0]["env"].values())


def test_closing_the_window_stops_the_child(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path, children: list[dict[str, Any]]
) -> None:
    path = tmp_path / "many.db"
    generate_archive(path, 400)
    window = make_main_window(path)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    progressed: list[int] = []
    window.output.dossier.progressed.connect(lambda done, _total: progressed.append(done))
    out = tmp_path / "all.pdf"
    assert dialog.save_to(out)
    qtbot.waitUntil(lambda: bool(progressed) and progressed[-1] >= 10, timeout=CHILD_MS)
    window.shutdown()
    process = children[0]["process"]
    assert process.wait(timeout=30) != 0  # killed, not left writing on its own
    assert not out.exists()
    assert not list(tmp_path.glob(".*partial"))
