"""The one background-task API: a callback per request, stale results dropped, lanes.

Written before viewer/tasks.py (issue 10): every promise the runner makes is
checked here against real SQLite connections of the sample archive, never mocks.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.annotations import open_store
from db.connection import Archive
from db.errors import ArchiveDamagedError, KartotekaError, QueryTimeoutError
from viewer.tasks import Lane, TaskRunner, WorkerContext, classify_sqlite_error

WAIT_MS = 10_000
ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
"""A query that runs until it is interrupted."""


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def _count_people(ctx: WorkerContext, source: Archive) -> int:
    archive = ctx.archive(source)
    with archive.time_limit(5_000):
        return int(archive.db.execute("SELECT count(*) FROM people").fetchone()[0])


def _endless(ctx: WorkerContext, source: Archive) -> int:
    archive = ctx.archive(source)
    with archive.time_limit(60_000):
        return int(archive.db.execute(ENDLESS).fetchone()[0])


def test_a_result_arrives_in_its_own_callback_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner, sample_archive: Archive
) -> None:
    got: list[tuple[int, threading.Thread]] = []
    runner.run(
        lambda ctx: _count_people(ctx, sample_archive),
        key="count",
        on_done=lambda n: got.append((n, threading.current_thread())),
    )
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    expected = sample_archive.db.execute("SELECT count(*) FROM people").fetchone()[0]
    assert got == [(expected, threading.main_thread())]


def test_results_are_held_until_release_then_delivered_in_order(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """Start-up asks for its archive before the window is wired: the answer waits."""
    got: list[str] = []
    runner.hold()
    runner.run(lambda _ctx: "list", key="list", on_done=got.append)
    runner.run(lambda _ctx: "count", key="count", on_done=got.append, lane=Lane.QUERY)
    qtbot.wait(300)  # both trivial jobs are done and their outcomes on the GUI thread
    assert got == []
    assert runner.is_busy()  # still under way for the window
    runner.release()
    qtbot.waitUntil(lambda: got == ["list", "count"], timeout=WAIT_MS)
    assert not runner.is_busy()


def test_results_held_are_delivered_with_other_timers_running_between_them(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """Released together, the held results ran in one turn (one stall with the store's open)."""
    from PySide6.QtCore import Qt, QTimer

    log: list[str] = []
    runner.hold()
    for name in ("open", "list", "count"):
        runner.run(lambda _ctx, name=name: name, key=name, on_done=log.append)
    qtbot.wait(300)
    beat = QTimer()
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.setInterval(1)
    beat.timeout.connect(lambda: log.append("tick"))
    beat.start()
    runner.release()
    qtbot.waitUntil(lambda: "count" in log, timeout=WAIT_MS)
    beat.stop()
    assert [entry for entry in log if entry != "tick"] == ["open", "list", "count"]
    assert "tick" in log[log.index("open") : log.index("list")]
    assert "tick" in log[log.index("list") : log.index("count")]


def test_each_request_has_its_own_callbacks(qtbot: QtBot, runner: TaskRunner) -> None:
    got: dict[str, object] = {}
    runner.run(lambda ctx: 1, key="a", on_done=lambda v: got.setdefault("a", v))
    runner.run(lambda ctx: "two", key="b", on_done=lambda v: got.setdefault("b", v))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=WAIT_MS)
    assert got == {"a": 1, "b": "two"}


def test_a_newer_request_of_the_same_key_drops_the_older_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    got: list[str] = []
    dropped: list[str] = []
    started = threading.Event()
    release = threading.Event()

    def slow(_ctx: WorkerContext) -> str:
        started.set()
        release.wait(5)
        return "old"

    runner.run(slow, key="list", on_done=got.append, on_dropped=dropped.append)
    assert started.wait(5)
    runner.run(lambda ctx: "new", key="list", on_done=got.append)
    release.set()
    qtbot.waitUntil(lambda: got == ["new"], timeout=WAIT_MS)
    qtbot.wait(50)
    assert got == ["new"]
    assert dropped == ["old"]  # e.g. an archive opened for a superseded request gets closed


def test_a_result_that_arrives_after_a_newer_request_was_made_is_dropped(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """The generation is checked on arrival too, not only before the job starts."""
    got: list[str] = []
    started = threading.Event()
    release = threading.Event()

    def first(_ctx: WorkerContext) -> str:
        started.set()
        release.wait(5)
        return "first"

    runner.run(first, key="k", on_done=got.append)
    assert started.wait(5)
    runner.run(lambda ctx: "second", key="k", on_done=got.append)
    release.set()
    qtbot.waitUntil(lambda: got == ["second"], timeout=WAIT_MS)


def test_other_keys_are_not_made_stale(qtbot: QtBot, runner: TaskRunner) -> None:
    got: list[str] = []
    runner.run(lambda ctx: "facets", key="facets", on_done=got.append)
    runner.run(lambda ctx: "list", key="list", on_done=got.append)
    qtbot.waitUntil(lambda: sorted(got) == ["facets", "list"], timeout=WAIT_MS)


def test_a_superseded_running_query_is_interrupted(
    qtbot: QtBot, runner: TaskRunner, sample_archive: Archive
) -> None:
    got: list[object] = []
    errors: list[KartotekaError] = []
    runner.run(
        lambda ctx: _endless(ctx, sample_archive),
        key="search",
        on_done=got.append,
        on_error=errors.append,
    )
    qtbot.wait(100)  # the endless query is running now
    started = time.monotonic()
    runner.run(lambda ctx: _count_people(ctx, sample_archive), key="search", on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert time.monotonic() - started < 5
    assert isinstance(got[0], int)
    assert errors == []  # an interrupted request ends silently


def test_cancel_makes_a_request_stale_and_stops_it(
    qtbot: QtBot, runner: TaskRunner, sample_archive: Archive
) -> None:
    got: list[object] = []
    runner.run(lambda ctx: _endless(ctx, sample_archive), key="search", on_done=got.append)
    qtbot.wait(100)
    runner.cancel("search")
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    done: list[int] = []
    runner.run(lambda ctx: _count_people(ctx, sample_archive), key="other", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)  # the lane is free again
    assert got == []


def test_a_kartoteka_error_goes_to_the_requests_error_callback(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    errors: list[KartotekaError] = []

    def fail(_ctx: WorkerContext) -> None:
        raise QueryTimeoutError("too slow")

    runner.run(fail, key="k", on_done=lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], QueryTimeoutError)


def test_an_error_without_its_own_callback_is_reported_by_the_runner(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    def fail(_ctx: WorkerContext) -> None:
        raise QueryTimeoutError("too slow")

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as blocker:
        runner.run(fail, key="k", on_done=lambda _v: None)
    assert isinstance(blocker.args[0], QueryTimeoutError)


def test_a_bug_in_a_job_is_raised_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    def bug(_ctx: WorkerContext) -> None:
        raise ZeroDivisionError("a bug")

    with qtbot.captureExceptions() as exceptions:
        runner.run(bug, key="k", on_done=lambda _v: None, on_error=lambda _e: None)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=WAIT_MS)
    assert exceptions[0][0] is ZeroDivisionError


def test_sqlite_errors_are_classified_by_code_not_text(tmp_path: Path) -> None:
    interrupted = sqlite3.OperationalError("some words")
    interrupted.sqlite_errorcode = sqlite3.SQLITE_INTERRUPT
    assert classify_sqlite_error(interrupted, tmp_path / "a.db") is None
    corrupt = sqlite3.DatabaseError("interrupted, despite the words")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
    damaged = classify_sqlite_error(corrupt, tmp_path / "a.db")
    assert isinstance(damaged, ArchiveDamagedError)
    assert "a.db" in str(damaged)


def test_a_damaged_page_becomes_an_archive_error(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    errors: list[KartotekaError] = []

    def read(_ctx: WorkerContext) -> None:
        error = sqlite3.DatabaseError("database disk image is malformed")
        error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
        raise error

    runner.run(read, key="k", on_done=lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], ArchiveDamagedError)


def test_busy_follows_the_requests_under_way(qtbot: QtBot, runner: TaskRunner) -> None:
    changes: list[bool] = []
    runner.busy_changed.connect(changes.append)
    release = threading.Event()
    runner.run(lambda ctx: release.wait(5), key="k", on_done=lambda _v: None)
    assert runner.is_busy()
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    assert changes == [True, False]


def test_a_quiet_request_does_not_count_as_busy(qtbot: QtBot, runner: TaskRunner) -> None:
    got: list[int] = []
    release = threading.Event()
    runner.run(lambda ctx: release.wait(5) and 1, key="q", on_done=got.append, quiet=True)
    assert not runner.is_busy()
    assert runner.is_pending("q")
    release.set()
    qtbot.waitUntil(lambda: got == [1], timeout=WAIT_MS)
    assert not runner.is_pending("q")


def test_lanes_run_side_by_side(qtbot: QtBot, runner: TaskRunner) -> None:
    """A long list query does not hold up reading a record."""
    release = threading.Event()
    got: list[str] = []

    def slow_list(_ctx: WorkerContext) -> str:
        release.wait(5)
        return "list"

    runner.run(slow_list, key="list", on_done=got.append)
    runner.run(lambda ctx: "record", key="record", lane=Lane.RECORD, on_done=got.append)
    qtbot.waitUntil(lambda: got == ["record"], timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: got == ["record", "list"], timeout=WAIT_MS)


def test_the_worker_reads_its_own_connection_and_keeps_it(
    qtbot: QtBot, runner: TaskRunner, sample_archive: Archive
) -> None:
    seen: list[Archive] = []

    def which(ctx: WorkerContext) -> Archive:
        return ctx.archive(sample_archive)

    for n in range(1, 3):
        runner.run(which, key="k", on_done=seen.append)
        qtbot.waitUntil(lambda n=n: len(seen) == n, timeout=WAIT_MS)  # type: ignore[misc]
    assert seen[0] is seen[1]  # reused, not reopened per job
    assert seen[0] is not sample_archive  # never the GUI thread's connection
    assert seen[0].path == sample_archive.path


def test_the_worker_reads_the_annotation_store_through_its_own_reader(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "notes.sqlite", author="tester")
    try:
        got: list[bool] = []
        runner.run(
            lambda ctx: ctx.reader(store) is ctx.reader(store),
            key="notes",
            lane=Lane.RECORD,
            on_done=got.append,
        )
        qtbot.waitUntil(lambda: got == [True], timeout=WAIT_MS)
        runner.forget_store()
    finally:
        runner.shutdown()
        store.close()


def test_closing_connections_makes_everything_stale_and_the_runner_stays_usable(
    qtbot: QtBot, runner: TaskRunner, sample_archive: Archive
) -> None:
    got: list[object] = []
    runner.run(lambda ctx: _endless(ctx, sample_archive), key="list", on_done=got.append)
    qtbot.wait(100)
    runner.close_connections()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    runner.run(lambda ctx: _count_people(ctx, sample_archive), key="list", on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert isinstance(got[0], int)


def test_nothing_arrives_after_shutdown(qtbot: QtBot, sample_archive: Archive) -> None:
    runner = TaskRunner()
    got: list[object] = []
    runner.run(lambda ctx: _endless(ctx, sample_archive), key="list", on_done=got.append)
    runner.run(lambda ctx: 1, key="other", on_done=got.append)
    qtbot.wait(50)
    started = time.monotonic()
    runner.shutdown()
    assert time.monotonic() - started < 5  # the running query was interrupted
    runner.run(lambda ctx: 2, key="late", on_done=got.append)  # a no-op now
    qtbot.wait(100)
    assert 2 not in got
    assert not runner.is_busy()


def test_every_request_gets_a_new_generation(runner: TaskRunner) -> None:
    first = runner.run(lambda ctx: None, key="k", on_done=lambda _v: None)
    second = runner.run(lambda ctx: None, key="k", on_done=lambda _v: None)
    assert second.generation > first.generation
    assert not runner.is_current(first)
    assert runner.is_current(second)


@pytest.mark.parametrize("code", [sqlite3.SQLITE_BUSY, sqlite3.SQLITE_CORRUPT])
def test_a_failure_with_no_archive_named_still_has_a_kind(code: int) -> None:
    """With no archive open on the lane the error was English only ("the archive is in use…")."""
    exc = sqlite3.OperationalError("database is locked")
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    error = classify_sqlite_error(exc, None)
    assert error is not None
    assert error.kind is not None
    assert error.path is None
