"""An opened archive is shown in pieces, one per turn of the event loop (issue #12).

The turn that puts the new list in also takes away the record, filters and
timeline of the archive before; the rest (the browsing page's first paint,
the recent files, `archive_opened`) follows in later turns. Another open,
Lock or closing the window between those pieces must leave nothing stale.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from db.generate import generate_archive
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_open_gui_thread import _settled
from viewer import turns
from viewer.mainwindow import MainWindow

HELD_MS = 60_000
"""The pieces left wait this long: a test decides what comes before them."""


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Three archives told apart by their number of people."""
    folder = tmp_path_factory.mktemp("opened-in-pieces")
    paths = []
    for people in (30, 40, 50):
        path = folder / f"people-{people}.db"
        generate_archive(path, people)
        paths.append(path)
    return paths[0], paths[1], paths[2]


def _opened(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Open `path` and return once its first piece ran (the new list is in)."""
    with qtbot.waitSignal(window.opener.opened, timeout=WAIT_MS):
        window.open_path(path)


def test_the_opened_archive_is_shown_over_several_turns(
    qtbot: QtBot, make_main_window: WindowFactory, archives: tuple[Path, Path, Path]
) -> None:
    """Before: the list, the page switch, the recent files and `archive_opened` in one call."""
    window = make_main_window()
    log: list[str] = []
    beat = QTimer(window)
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.setInterval(1)
    beat.timeout.connect(lambda: log.append("tick"))
    beat.start()
    pages: list[str] = []
    window.opener.opened.connect(lambda _o: log.append("opened"))
    window.opener.opened.connect(lambda _o: pages.append(window.layout_.page()))
    window.archive_opened.connect(lambda _p: log.append("announced"))
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(archives[0])
    beat.stop()
    between = log[log.index("opened") : log.index("announced")]
    assert between.count("tick") >= 2
    assert pages == ["loading"]  # the first piece: the list in, the opening page still up
    assert window.layout_.page() == "browse"
    assert window.people_model.total() == 30
    assert window.settings.recent_files()[0] == archives[0]


def test_the_first_piece_leaves_nothing_of_the_archive_before(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    archives: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_main_window(archives[0])
    qtbot.waitUntil(lambda: _settled(window) and window.detail_pane.record() is not None)
    window.browse.toggle("statuses", "released")
    qtbot.waitUntil(lambda: _settled(window))
    seen: list[tuple[int, object, bool, str]] = []
    window.opener.opened.connect(
        lambda _o: seen.append(
            (
                window.people_model.total(),
                window.detail_pane.record(),
                window.browse.state.has_constraints(),
                window.windowTitle(),
            )
        )
    )
    monkeypatch.setattr(turns, "STEP_MS", HELD_MS)
    _opened(qtbot, window, archives[1])
    assert seen == [(40, None, False, "people-40.db — Kartoteka")]
    assert window.presenter.opening_steps.pending() > 0


@pytest.fixture
def second_in_part(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    archives: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[MainWindow, list[str]]:
    """A window showing the first archive, then the second's first piece only; and a log
    of `archive_opened` (file names) and `locked` from before the second open on."""
    window = make_main_window(archives[0])
    qtbot.waitUntil(lambda: _settled(window))
    events: list[str] = []
    window.archive_opened.connect(lambda path: events.append(Path(path).name))
    window.locked.connect(lambda: events.append("locked"))
    monkeypatch.setattr(turns, "STEP_MS", HELD_MS)
    _opened(qtbot, window, archives[1])
    assert events == []  # its last pieces wait
    return window, events


def test_a_second_open_between_the_pieces_finishes_the_first(
    qtbot: QtBot, archives: tuple[Path, Path, Path], second_in_part: tuple[MainWindow, list[str]]
) -> None:
    first, second, third = archives
    window, events = second_in_part
    shown_second = window.archive()
    _opened(qtbot, window, third)
    assert events == ["people-40.db"]  # finished before the third was shown
    window.presenter.finish_opening()
    assert events == ["people-40.db", "people-50.db"]
    qtbot.waitUntil(lambda: _settled(window))
    assert window.people_model.total() == 50
    assert window.browse.archive() is window.archive()
    assert window.settings.recent_files()[:3] == [third, second, first]
    assert window.windowTitle() == "people-50.db — Kartoteka"
    record = window.detail_pane.record()
    assert record is None or window.people_model.row_of(record.id) is not None
    window.shutdown()  # the archives shown before are closed with the window
    assert shown_second is not None
    assert shown_second.is_closed


def test_lock_between_the_pieces_finishes_them_first(
    second_in_part: tuple[MainWindow, list[str]],
) -> None:
    window, events = second_in_part
    window.lock()
    assert events == ["people-40.db", "locked"]
    assert window.presenter.opening_steps.pending() == 0
    assert window.is_locked()
    assert window.layout_.page() == "locked"
    assert window.windowTitle() == "Locked — Kartoteka"
    assert window.detail_pane.record() is None
    assert window.statusBar().currentMessage() == ""


def test_closing_the_window_between_the_pieces_drops_them(
    second_in_part: tuple[MainWindow, list[str]],
) -> None:
    window, events = second_in_part
    before = window.opener._unshown[0]  # the first, replaced, closed in a later turn
    shown = window.archive()
    window.close()
    assert window.presenter.opening_steps.pending() == 0
    assert events == []
    assert before.is_closed  # closed with the window
    assert shown is not None
    assert shown.is_closed
