"""Opening an archive reads nothing of it on the GUI thread.

A 3M-person archive (21 GB) does not fit the page cache: any statement the
GUI thread runs on it may wait for the disk, one seek per page. From "open"
until the list, the record, the timeline and the status bar are shown and the
background checks are done, every statement on the archive must run on a
worker lane (tests/sql_threads.py notes the thread of each statement).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.sql_threads import SqlThreads
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]

ALLOWED_ON_GUI_THREAD: tuple[str, ...] = ()
"""Statements on the archive the GUI thread may run while opening: none."""


def _settled(window: MainWindow) -> bool:
    return bool(
        window.archive() is not None
        and window.browse.settled()
        and window.record.settled()
        and not window.tasks.is_busy()
        and not window.opener.is_checking()
        and "…" not in window.timeline_pane.summary_text()
    )


def _open_traced(
    qtbot: QtBot, make_main_window: WindowFactory, path: Path
) -> tuple[MainWindow, SqlThreads]:
    with SqlThreads() as sql:
        window = make_main_window(path)
        qtbot.waitUntil(lambda: _settled(window), timeout=WAIT_MS)
    return window, sql


def test_opening_runs_no_statement_on_the_archive_on_the_gui_thread(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "fresh.db"  # its own inode: no ledger entry, the checks run too
    shutil.copyfile(sample_archive_path, path)
    window, sql = _open_traced(qtbot, make_main_window, path)
    on_gui = [s.sql for s in sql.gui_statements(path) if s.sql not in ALLOWED_ON_GUI_THREAD]
    assert on_gui == []
    # the tracing saw the workers read it (a test that cannot fail proves nothing)
    assert any(s.reads(path) and not s.on_gui for s in sql.statements)
    assert window.annotations.archive_id  # the annotations follow it: read on the worker


def test_reopening_runs_no_statement_on_the_archive_on_the_gui_thread(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    """A second archive opened in the same window (the first closes on the GUI thread)."""
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    shutil.copyfile(sample_archive_path, first)
    shutil.copyfile(sample_archive_path, second)
    window = make_main_window(first)
    qtbot.waitUntil(lambda: _settled(window), timeout=WAIT_MS)
    with SqlThreads() as sql:
        with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
            window.open_path(second)
        qtbot.waitUntil(lambda: _settled(window), timeout=WAIT_MS)
    assert [s.sql for s in sql.gui_statements(second)] == []
    assert [s.sql for s in sql.gui_statements(first)] == []


def test_the_trace_sees_a_statement_run_on_the_gui_thread(tmp_path: Path) -> None:
    """The tracer itself: a read on this thread is noted as one, a worker's as not."""
    import sqlite3
    import threading

    path = tmp_path / "t.db"
    sqlite3.connect(path).close()
    with SqlThreads() as sql:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT 1").fetchone()
        worker = threading.Thread(target=lambda: conn.execute("SELECT 2").fetchone())
        worker.start()
        worker.join()
        conn.close()
    assert [s.sql for s in sql.gui_statements(path)] == ["SELECT 1"]
    assert [s.sql for s in sql.statements if not s.on_gui] == ["SELECT 2"]


_OPENING_PROLOGUE = """
import enum, os, sys, threading, time, pathlib
os.environ["KARTOTEKA_CACHE_DIR"] = CACHE
os.environ["KARTOTEKA_DATA_DIR"] = DATA
from PySide6.QtWidgets import QApplication
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
app = QApplication([])
gui = threading.get_ident()
deadline = time.monotonic() + 60
def new_window():
    window = MainWindow(Settings(pathlib.Path(SETTINGS)), defer_panes=True)
    window.open_path(ARCHIVE)
    return window
def run_until(done):
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    return done()
def settled():
    return (window.is_ready() and window.archive() is not None and window.browse.settled()
            and window.record.settled() and window.detail_pane.record() is not None
            and not window.tasks.is_busy() and "…" not in window.timeline_pane.summary_text())
"""


def _run_opening(sample_archive_path: Path, tmp_path: Path, body: str) -> list[str]:
    """Run `body` after _OPENING_PROLOGUE in a fresh interpreter (a window opening the
    sample as the application does); its printed lines."""
    paths = {
        "CACHE": tmp_path / "cache",
        "DATA": tmp_path / "data",
        "SETTINGS": tmp_path / "s.ini",
        "ARCHIVE": sample_archive_path,
    }
    header = "".join(f"{name} = {str(path)!r}\n" for name, path in paths.items())
    code = header + _OPENING_PROLOGUE + body
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()


def test_opening_imports_no_module_on_the_gui_thread(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    """From show() until the first record and timeline are shown, every module the window
    needs was imported by the preload thread: an import on the GUI thread reads a .pyc
    file, a disk read the window waits for on a cold cache."""
    body = """
imported = []
def hook(event, args):
    if event == "import" and threading.get_ident() == gui:
        imported.append(args[0])
window = new_window()
sys.addaudithook(hook)
window.show()
print("settled" if run_until(settled) else "not settled")
print(*sorted({m for m in imported if m.split(".")[0] in ("db", "viewer")}))
window.shutdown()
"""
    out = _run_opening(sample_archive_path, tmp_path, body)
    assert out[0] == "settled"
    assert out[1:] == [""] or out[1:] == []


def test_showing_the_opened_archive_builds_no_qt_type_on_the_gui_thread(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    """PySide6 builds a Qt class's Python enums when the class is first used: the first
    paint of the browsing page built ~60 of them (every QStyleOption subclass the style
    passes to Python) in the turn that showed the archive. viewer.preload builds them."""
    body = """
built, watching = [], []
create = enum.EnumType._create_
def watched(cls, class_name, *args, **kwargs):
    made = create(cls, class_name, *args, **kwargs)
    if watching and threading.get_ident() == gui:
        built.append(made.__qualname__)
    return made
enum.EnumType._create_ = watched
window = new_window()
window.show()
run_until(window.is_ready)
window.opener.opened.connect(lambda _opened: watching.append(True))
print("settled" if run_until(settled) and watching else "not settled")
print(*sorted(set(built)))
window.shutdown()
"""
    out = _run_opening(sample_archive_path, tmp_path, body)
    assert out[0] == "settled"
    assert out[1:] == [""] or out[1:] == []
