"""The slow archive checks after the list is shown: progress, the damaged banner, cancellation.

Real windows on real files: the sample archive, and copies of it damaged in
tmp_path by writing around a CHECK constraint (quick_check cannot see that on
a read-only connection; db.checks evaluates the constraints itself).
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.checks import CheckResult, CheckStatus
from db.checks import run_background_checks as real_checks
from db.notices import Notice, NoticeKind
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer import translations
from viewer.controllers import open_archive as open_module
from viewer.controllers.open_archive import CHECK_KEY, STAGE_BACKGROUND
from viewer.mainwindow import MainWindow

DAMAGED_TEXT = "This archive is damaged: results may be incomplete."


def copy_of(sample: Path, folder: Path, name: str) -> Path:
    """A copy of the sample under a new inode (the ledger does not know it)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(sample, target)
    return target


def damaged_copy(sample: Path, folder: Path, name: str = "damaged.db") -> Path:
    """A finished archive with a status its CHECK constraint forbids, written around it."""
    target = copy_of(sample, folder, name)
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA ignore_check_constraints = 1")
        first = "(SELECT min(rowid) FROM people)"
        conn.execute(f"UPDATE people SET status = 'not-a-status' WHERE rowid = {first}")
        conn.commit()
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    assert not Path(f"{target}-journal").exists()
    assert not Path(f"{target}-wal").exists()
    return target


class CheckSpy:
    """Wraps db.checks.run_background_checks: which thread ran it, what it returned.

    With `hold` set, each progress report (passed on first) waits until `release()`:
    the check is then provably under way while a test does something else.
    """

    def __init__(self, *, hold: bool = False) -> None:
        self.threads: list[str] = []
        self.results: list[tuple[Path, CheckResult]] = []
        self.shares: list[float] = []
        self.started = threading.Event()
        self._gate = threading.Event()
        if not hold:
            self._gate.set()

    def release(self) -> None:
        self._gate.set()

    def __call__(
        self,
        archive: object,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        **kwargs: object,
    ) -> CheckResult:
        self.threads.append(threading.current_thread().name)

        def report(share: float) -> None:
            self.shares.append(share)
            if progress is not None:
                progress(share)
            self.started.set()
            self._gate.wait(WAIT_MS / 1000)

        result = real_checks(archive, report, cancelled, **kwargs)  # type: ignore[arg-type]
        self.results.append((Path(getattr(archive, "path", "")), result))
        return result


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> CheckSpy:
    spy = CheckSpy()
    monkeypatch.setattr(open_module, "run_background_checks", spy)
    return spy


@pytest.fixture
def held_spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[CheckSpy]:
    """A spy that holds each check at its progress reports until `release()` (or teardown)."""
    spy = CheckSpy(hold=True)
    monkeypatch.setattr(open_module, "run_background_checks", spy)
    yield spy
    spy.release()


def wait_for_check(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.opener.is_checking(), timeout=WAIT_MS)


def test_clean_archive_checks_off_the_gui_thread_and_reaches_done(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    spy: CheckSpy,
) -> None:  # fmt: skip
    window = make_main_window()
    seen: list[tuple[str, float]] = []
    window.opener.progressed.connect(lambda stage, share: seen.append((stage, share)))
    path = copy_of(sample_archive_path, tmp_path / "clean", "sample.db")
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(path)
    assert window.opener.is_checking()  # started once the list is shown, not before
    assert window.people_model.rowCount() > 0
    wait_for_check(qtbot, window)

    assert spy.threads == ["kartoteka-check"]  # the CHECK lane, never the GUI thread
    assert threading.main_thread().name not in spy.threads
    [(checked, result)] = spy.results
    assert checked == path
    assert result.status is CheckStatus.OK
    background = [share for stage, share in seen if stage == STAGE_BACKGROUND]
    assert background
    assert background[-1] == 1.0
    assert spy.shares[-1] == 1.0  # db reported the whole way
    assert "Checking the archive" not in window.statusBar().currentMessage()
    assert window.layout_.banner.banner() is None
    assert not window.layout_.banner.isVisible()


def test_the_check_starts_once_the_list_has_painted(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    held_spy: CheckSpy,
) -> None:  # fmt: skip
    """The list arrives and paints before the check takes the worker (and the GIL)."""
    window = make_main_window()
    path = copy_of(sample_archive_path, tmp_path / "later", "sample.db")
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(path)
    assert window.opener.is_checking()  # said at once (Cancel drops it before it starts)
    assert not window.tasks.is_pending(CHECK_KEY)
    assert not held_spy.started.is_set()
    qtbot.waitUntil(held_spy.started.is_set, timeout=WAIT_MS)
    assert window.tasks.is_pending(CHECK_KEY)
    held_spy.release()
    wait_for_check(qtbot, window)


def test_the_check_waits_for_the_last_piece_of_the_opening(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    held_spy: CheckSpy, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The window shows an opened archive in pieces, one per turn; on a loaded machine
    they took longer than the check's delay, and the check took the worker (and the GIL)
    before the browsing page's first paint. It now counts its delay from the last piece."""
    monkeypatch.setattr(open_module, "CHECK_DELAY_MS", 0)  # the pieces outlast any delay
    window = make_main_window()
    path = copy_of(sample_archive_path, tmp_path / "pieces", "sample.db")
    at_announce: list[bool] = []
    window.archive_opened.connect(
        lambda _path: at_announce.append(
            window.tasks.is_pending(CHECK_KEY) or held_spy.started.is_set()
        )
    )
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(path)
    assert at_announce == [False]
    qtbot.waitUntil(held_spy.started.is_set, timeout=WAIT_MS)
    held_spy.release()
    wait_for_check(qtbot, window)


def test_status_bar_shows_the_percentage_while_checking(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    held_spy: CheckSpy,
) -> None:  # fmt: skip
    spy = held_spy  # held at its first report until released
    window = make_main_window()
    path = copy_of(sample_archive_path, tmp_path / "pct", "sample.db")
    try:
        with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
            window.open_path(path)
        qtbot.waitUntil(spy.started.is_set, timeout=WAIT_MS)  # held at its first report: 0 %
        qtbot.waitUntil(
            lambda: window.statusBar().currentMessage() == "Checking the archive… 0 %",
            timeout=WAIT_MS,
        )
        assert window.frame.progress.isVisible()
        assert window.layout_.page() == "browse"  # the list is shown meanwhile
    finally:
        spy.release()
    wait_for_check(qtbot, window)
    assert "Checking the archive" not in window.statusBar().currentMessage()


def test_damaged_archive_shows_the_banner_and_its_details(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    spy: CheckSpy, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path = damaged_copy(sample_archive_path, tmp_path / "bad")
    window = make_main_window(path)  # it opens: the list is shown first
    assert window.people_model.rowCount() > 0
    wait_for_check(qtbot, window)

    [(_, result)] = spy.results
    assert result.damaged
    bar = window.layout_.banner
    banner = bar.banner()
    assert banner is not None
    assert banner.kind == "damaged"
    assert bar.isVisible()
    assert bar.label.text() == DAMAGED_TEXT
    assert bar.details_button.isVisible()
    assert "CHECK constraint failed in people" in banner.details
    assert str(path) in banner.details

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.dialogs, "show_text", lambda *shown_text: shown.append(shown_text))
    bar.details_button.click()
    [(_title, html)] = shown
    assert "CHECK constraint failed in people" in html

    # browsing and search keep working on the damaged archive
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_box.setText("Tsikhanouski")
        window.browse.search_now("Tsikhanouski")
    assert window.people_model.rowCount() > 0


def test_damage_found_again_on_a_repeat_open_keeps_its_details(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    spy: CheckSpy,
) -> None:  # fmt: skip
    path = damaged_copy(sample_archive_path, tmp_path / "again")
    first = make_main_window(path)
    wait_for_check(qtbot, first)
    first.shutdown()
    second = make_main_window(path)  # the ledger remembers damage without details: re-run
    wait_for_check(qtbot, second)
    banner = second.layout_.banner.banner()
    assert banner is not None
    assert "CHECK constraint failed in people" in banner.details


def test_opening_another_archive_cancels_the_running_check(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    held_spy: CheckSpy,
) -> None:  # fmt: skip
    spy = held_spy  # held at its first report until released
    bad = damaged_copy(sample_archive_path, tmp_path / "first")
    good = copy_of(sample_archive_path, tmp_path / "second", "sample.db")
    window = make_main_window(bad)
    try:
        qtbot.waitUntil(
            spy.started.is_set, timeout=WAIT_MS
        )  # the damaged file's check is under way
        with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
            window.open_path(good)
    finally:
        spy.release()
    qtbot.waitUntil(lambda: len(spy.results) == 2, timeout=WAIT_MS)
    wait_for_check(qtbot, window)
    qtbot.wait(50)  # anything stale still queued would arrive now

    results = dict(spy.results)
    assert results[bad].status is CheckStatus.CANCELLED  # really stopped, not just ignored
    assert results[good].status is CheckStatus.OK
    assert window.layout_.banner.banner() is None  # no banner from the stale check
    assert window.archive() is not None
    assert window.archive().path == good
    assert "Checking the archive" not in window.statusBar().currentMessage()


def test_closing_the_window_stops_the_check(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    held_spy: CheckSpy,
) -> None:  # fmt: skip
    spy = held_spy  # held at its first report until released
    path = damaged_copy(sample_archive_path, tmp_path / "closing")
    window = make_main_window(path)
    qtbot.waitUntil(spy.started.is_set, timeout=WAIT_MS)
    releaser = threading.Timer(0.3, spy.release)
    releaser.start()
    try:
        window.shutdown()  # joins the lanes: the check must end, cancelled
    finally:
        releaser.join()
    assert [r.status for _, r in spy.results] == [CheckStatus.CANCELLED]


def wal_mode_copy(sample: Path, folder: Path) -> Path:
    """A copy in write-ahead-log mode (as a program that still writes it leaves it)."""
    target = copy_of(sample, folder, "wal.db")
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    finally:
        conn.close()
    return target


def test_a_private_copy_is_said_while_opening_and_when_big(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, spy: CheckSpy,
) -> None:  # fmt: skip
    from db import private_copy
    from viewer.controllers.open_archive import STAGE_COPYING

    monkeypatch.setattr(private_copy, "BIG_COPY_BYTES", 1)  # the sample counts as big here
    path = wal_mode_copy(sample_archive_path, tmp_path / "wal")
    window = make_main_window()
    stages: list[str] = []
    window.opener.progressed.connect(lambda stage, _share: stages.append(stage))
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(path)
    assert stages[0] == STAGE_COPYING  # the opening page says a copy is being made
    archive = window.archive()
    assert archive is not None
    assert not archive.in_place
    banner = window.layout_.banner.banner()
    assert banner is not None
    assert banner.kind == "notice"
    assert "private copy" in banner.text
    assert "in the temporary folder" in banner.text
    assert "write-ahead-log mode" in banner.details  # db's own sentence behind Details…
    wait_for_check(qtbot, window)
    assert window.layout_.banner.banner() == banner  # a clean check keeps the notice


def test_a_finished_archive_is_not_said_to_be_copied(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    spy: CheckSpy,
) -> None:  # fmt: skip
    from viewer.controllers.open_archive import STAGE_CHECKING

    path = copy_of(sample_archive_path, tmp_path / "finished", "sample.db")
    window = make_main_window()
    stages: list[str] = []
    window.opener.progressed.connect(lambda stage, _share: stages.append(stage))
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(path)
    assert stages[0] == STAGE_CHECKING
    archive = window.archive()
    assert archive is not None
    assert archive.in_place


def test_the_percentage_never_wipes_a_message_the_user_still_needs(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    """A check's ticks and its end leave another flow's message ("No encrypted copy…") alone."""
    window = make_main_window()
    path = copy_of(sample_archive_path, tmp_path / "msg", "sample.db")
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(path)
    wait_for_check(qtbot, window)
    status = window.statusBar()
    status.clearMessage()
    window.opener.report_progress(STAGE_BACKGROUND, 0.25)
    qtbot.waitUntil(
        lambda: status.currentMessage() == "Checking the archive… 25 %", timeout=WAIT_MS
    )
    status.showMessage("No encrypted copy was written.")
    window.opener.report_progress(STAGE_BACKGROUND, 0.5)
    window.opener.report_progress(STAGE_BACKGROUND, 1.0)
    qtbot.wait(50)
    assert status.currentMessage() == "No encrypted copy was written."
    status.showMessage("Opened sample.db.")
    window.opener.report_progress(STAGE_BACKGROUND, 0.75)
    qtbot.wait(50)
    assert status.currentMessage() == "Opened sample.db."
    status.clearMessage()  # the other message goes: the percentage comes back
    assert status.currentMessage() == "Checking the archive… 75 %"
    window.opener.report_progress(STAGE_BACKGROUND, 1.0)
    qtbot.waitUntil(lambda: status.currentMessage() == "", timeout=WAIT_MS)


def test_cancel_beside_the_percentage_stops_the_check_for_this_archive(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path,
    held_spy: CheckSpy,
) -> None:  # fmt: skip
    spy = held_spy  # held at its first report until released
    window = make_main_window()
    path = copy_of(sample_archive_path, tmp_path / "cancel", "sample.db")
    button = window.frame.cancel_check
    assert not button.isVisible()
    try:
        with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
            window.open_path(path)
        qtbot.waitUntil(spy.started.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
        assert button.accessibleName() == "Cancel the archive check"
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable from the keyboard
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)  # pressed from the keyboard
        assert not window.opener.is_checking()
        assert not button.isVisible()
        assert "Check cancelled" in window.statusBar().currentMessage()
    finally:
        spy.release()
    qtbot.wait(200)  # the cancelled check's result, if it comes, is dropped
    window.opener.start_checks()  # e.g. a failed open of another file: not again for this one
    assert not window.opener.is_checking()
    assert window.layout_.banner.banner() is None
    assert [r.status for _p, r in spy.results] in ([], [CheckStatus.CANCELLED])


def test_notices_are_worded_in_the_interface_language(
    make_main_window: WindowFactory, qapp: QApplication
) -> None:
    window = make_main_window()
    english = {
        kind: window.opener._notice_text(Notice(kind, f"db text about {kind}", file="a.db-wal"))
        for kind in NoticeKind
        if kind is not NoticeKind.PRIVATE_COPY
    }
    assert all("a.db-wal" in text for text in english.values())
    assert all(not text.startswith("db text") for text in english.values())  # worded here
    translations.install(qapp, "be")  # the autouse fixture puts English back
    for kind, text in english.items():
        worded = window.opener._notice_text(Notice(kind, "db text", file="a.db-wal"))
        assert "a.db-wal" in worded
        assert worded != text  # Belarusian, not the English of db/
