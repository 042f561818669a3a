"""Every case of tests/data/hostile_derived.py through the window: open, list, record,
timeline, search, letters; a plain message or a usable window, never an exception.

pytest-qt fails a test on any exception raised in a slot or a virtual method,
so walking the panes is enough to catch a traceback; the checks here are
about what the user sees: an error names the file, a list that opens shows
every person in the archive, whatever its derived tables say.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.records import SortKey
from db.sample import build_sample
from tests.data.hostile_derived import CASES, make
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role

GUI_CASES = [name for name in CASES if not name.startswith("encrypted")]
"""The encrypted cases need the passphrase prompt (tests/viewer/test_encryption_gui.py).
huge_text (20,000-character unbroken values in every field) took minutes here before
viewer.widgets.line_breaks gave such runs break points."""


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    build_sample(path)
    return path


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _people_in(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    finally:
        conn.close()


def _walk_list(qtbot: QtBot, window: MainWindow, records: int) -> list[str | None]:
    """Every cell of the list read, the first rows' records shown; returns the rows' ids."""
    model = window.people_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    ids = [model.data(model.index(row, 0), Role.PERSON_ID) for row in range(model.rowCount())]
    for row, person_id in list(enumerate(ids))[:records]:
        if person_id is None:
            continue
        window.list_pane.select_row(row)
        qtbot.waitUntil(
            lambda pid=person_id: (r := window.detail_pane.record()) is not None and r.id == pid,
            timeout=WAIT_MS,
        )
        window.detail_pane.grab()
    window.timeline_pane.grab()
    return ids


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.clear()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_box.setText(text)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)


def open_case(qtbot: QtBot, window: MainWindow, path: Path, error_log: ErrorLog) -> str | None:
    """Open a hostile file in the window: its refusal's text (a titled message, no
    traceback), or None once the window opened it, checked it and settled."""
    window.open_path(path)
    qtbot.waitUntil(lambda: window.archive() is not None or bool(error_log), timeout=WAIT_MS)
    if window.archive() is None:
        title, text = error_log[0]
        assert "Traceback" not in text
        assert title
        return text
    qtbot.waitUntil(lambda: not window.opener.is_checking(), timeout=WAIT_MS)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    return None


@pytest.mark.parametrize("name", GUI_CASES)
def test_each_hostile_archive_in_the_window(
    name: str,
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    path = make(name, folder, sample)
    before = _digests(folder)
    window = make_main_window()
    refused = open_case(qtbot, window, path, error_log)
    if refused is not None:  # one plain message naming the file
        assert path.name in refused, refused
    else:
        banner = window.layout_.banner.banner()
        damaged = banner is not None and banner.kind == "damaged"
        people = _people_in(path)
        for sort in (SortKey.NAME, SortKey.TOTAL_TERM, SortKey.EXPECTED_END, SortKey.BIRTH):
            window.browse.set_sort(sort)
            qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
            ids = _walk_list(qtbot, window, 3 if sort is SortKey.NAME else 1)
            right = len(ids) == people and None not in ids and len(set(ids)) == people
            assert right or damaged, (name, sort, ids)  # a wrong list is never silent
        for text in ("Tsikhanouski", "Ціханоўскі", "court"):
            _search(qtbot, window, text)
        window.search_box.clear()
        window.action_map["letters_mode"].trigger()
        qtbot.waitUntil(window.letters.settled, timeout=WAIT_MS)
        window.action_map["letters_mode"].trigger()
        assert all("Traceback" not in text for _title, text in error_log), error_log
    window.shutdown()
    assert _digests(folder) == before  # nothing written beside the file, the file unchanged
