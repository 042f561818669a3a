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


def test_opening_imports_no_module_on_the_gui_thread(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    """From show() until the first record and timeline are shown, every module the window
    needs was imported by the preload thread: an import on the GUI thread reads a .pyc
    file, a disk read the window waits for on a cold cache."""
    code = f"""
import os, sys, threading, time, pathlib
os.environ["KARTOTEKA_CACHE_DIR"] = {str(tmp_path / "cache")!r}
os.environ["KARTOTEKA_DATA_DIR"] = {str(tmp_path / "data")!r}
from PySide6.QtWidgets import QApplication
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
app = QApplication([])
gui = threading.get_ident()
imported = []
def hook(event, args):
    if event == "import" and threading.get_ident() == gui:
        imported.append(args[0])
window = MainWindow(Settings(pathlib.Path({str(tmp_path / "s.ini")!r})), defer_panes=True)
window.open_path({str(sample_archive_path)!r})
sys.addaudithook(hook)
window.show()
deadline = time.monotonic() + 60
def settled():
    return (window.is_ready() and window.archive() is not None and window.browse.settled()
            and window.record.settled() and window.detail_pane.record() is not None
            and not window.tasks.is_busy() and "…" not in window.timeline_pane.summary_text())
while not settled() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print("settled" if settled() else "not settled")
print(*sorted({{m for m in imported if m.split(".")[0] in ("db", "viewer")}}))
window.shutdown()
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "settled"
    assert out[1:] == [""] or out[1:] == []
