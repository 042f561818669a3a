"""The slow checks as a background API: progress, cancellation, results shared and remembered."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest

from db import ledger
from db.checks import (
    QUICK_CHECK_SHARE,
    ArchiveCheck,
    CheckResult,
    CheckStatus,
    check_archive,
    run_background_checks,
)
from db.connection import open_archive
from db.errors import ArchiveDamagedError, ErrorKind
from db.generate import generate_archive
from tests.data.hostile_archives import make_hostile
from tests.db.builders import build_fixture_archive


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=60)


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(ledger.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def user_copy(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    shutil.copyfile(good, path)
    return path


def test_deferred_checks_run_later_with_progress(user_copy: Path) -> None:
    with open_archive(user_copy, defer_checks=True) as archive:
        assert archive.checks_pending
        assert archive.check_result is None
        seen: list[int] = []
        result = ArchiveCheck(archive, progress=seen.append).run()
        assert result.status is CheckStatus.OK
        assert result.finished
        assert result.ok
        assert not result.from_ledger
        assert "\n" not in result.summary
        assert str(user_copy) in result.summary
        assert seen[0] == 0
        assert seen[-1] == 100
        assert seen == sorted(seen)
        assert len(set(seen)) == len(seen)
        assert all(0 <= pct <= 100 for pct in seen)
        assert archive.check_result is result
        assert not archive.checks_pending
        worker = archive.reopen()  # another connection shares the outcome
        assert worker.check_result is result
        worker.close()
    with open_archive(user_copy, defer_checks=True) as again:  # remembered across opens
        known = again.check_result
        assert known is not None
        assert known.ok
        assert known.from_ledger
        assert check_archive(again) is known


def test_cancel_from_the_progress_callback(user_copy: Path) -> None:
    with open_archive(user_copy, defer_checks=True) as archive:
        check = ArchiveCheck(archive, progress=lambda _pct: check.cancel())
        result = check.run()
        assert result.status is CheckStatus.CANCELLED
        assert not result.finished
        assert result.kind is ErrorKind.CHECK_CANCELLED
        assert archive.checks_pending  # nothing recorded: it can run again
        assert check_archive(archive).ok


def test_cancel_from_another_thread(user_copy: Path) -> None:
    with open_archive(user_copy, defer_checks=True) as archive:
        started = threading.Event()
        release = threading.Event()

        def progress(_pct: int) -> None:
            started.set()
            release.wait(5)

        check = ArchiveCheck(archive, progress=progress)
        results = []
        worker = threading.Thread(target=lambda: results.append(check.run()))
        worker.start()
        assert started.wait(10)
        check.cancel()
        release.set()
        worker.join(10)
        assert results[0].status is CheckStatus.CANCELLED


def test_time_limit(user_copy: Path) -> None:
    with open_archive(user_copy, defer_checks=True) as archive:
        result = check_archive(archive, time_limit_ms=0)
        assert result.status is CheckStatus.TIMED_OUT
        assert "took longer" in result.summary
        assert result.kind is ErrorKind.CHECK_TIMEOUT  # the window and the CLI word it in be/ru


def test_an_error_in_the_progress_callback_propagates(user_copy: Path) -> None:
    def boom(pct: int) -> None:
        if pct > 0:
            raise RuntimeError("a bug in the caller")

    with open_archive(user_copy, defer_checks=True) as archive:
        with pytest.raises(RuntimeError, match="a bug"):
            check_archive(archive, progress=boom)
        assert check_archive(archive).ok  # the archive stays usable


def test_damage_is_one_line_with_details(good: Path, tmp_path: Path) -> None:
    case = make_hostile("many_problems", tmp_path, good)
    with open_archive(case.path, defer_checks=True) as archive:
        result = check_archive(archive)
        assert result.status is CheckStatus.DAMAGED
        assert "\n" not in result.summary
        assert len(result.summary) < 400
        assert len(result.details) > 20
        assert all("\n" not in line for line in result.details)
        error = result.error(ArchiveDamagedError, case.path)
        assert error.kind is ErrorKind.CHECK_FOUND_DAMAGE
        assert error.details == result.details
        assert error.message == result.summary
        assert archive.search_available  # damage elsewhere leaves search alone
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] > 0


def test_a_damaged_search_index_only_disables_search(user_copy: Path) -> None:
    conn = sqlite3.connect(user_copy)
    conn.execute(
        "UPDATE people_fts_data SET block = zeroblob(length(block)) "
        "WHERE id = (SELECT max(id) FROM people_fts_data)"
    )
    conn.commit()
    conn.close()
    with open_archive(user_copy, defer_checks=True) as archive:
        assert archive.search_available  # not known before the check
        result = check_archive(archive)
        assert result.status is CheckStatus.SEARCH_UNAVAILABLE
        assert result.search_problem is not None
        assert archive.search_available is False
        assert archive.search_problem == result.search_problem
        assert "fts5" in " ".join(result.details)


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("stale_person_added", "1 people not in it"),  # written with SQL, no reindex
        ("stale_reindex_cut", "people not in it"),  # half of the by-person keys gone
    ],
)
def test_people_missing_from_the_name_index_disable_search_and_say_reindex(
    good: Path, tmp_path: Path, case: str, said: str
) -> None:
    """Third hostile sweep (issue 12): a person written without a reindex was missed by name
    search without a word (found only through the full-text index, as "biography"), and
    `info --check` said "ok"."""
    from tests.data.hostile_third import make

    path = make(case, tmp_path, good)
    with open_archive(path, defer_checks=True) as archive:
        result = check_archive(archive)
        assert result.status is CheckStatus.SEARCH_UNAVAILABLE
        assert result.kind is ErrorKind.NAME_INDEX_STALE
        assert said in result.summary
        assert "kartoteka reindex" in result.summary
        assert archive.search_available is False


def test_a_name_that_folds_to_no_key_is_no_gap(good: Path, tmp_path: Path) -> None:
    from tests.data.hostile_archives import run_loosened
    from tests.data.hostile_own_format import loosen_everything

    path = tmp_path / "archive.db"
    shutil.copyfile(good, path)
    run_loosened(
        path,
        loosen_everything,
        "INSERT INTO people (id, display_name, sort_name) VALUES ('p-dots', '…', '…')",
    )
    with open_archive(path, defer_checks=True) as archive:
        result = check_archive(archive)
    assert result.status is not CheckStatus.SEARCH_UNAVAILABLE or (
        result.kind is not ErrorKind.NAME_INDEX_STALE
    )


def test_damage_remembered_by_the_ledger_is_checked_again_for_details(
    good: Path, tmp_path: Path
) -> None:
    case = make_hostile("null_name", tmp_path, good)
    with open_archive(case.path, defer_checks=True) as archive:
        assert check_archive(archive).damaged
    with open_archive(case.path, defer_checks=True) as archive:
        known = archive.check_result
        assert known is not None
        assert known.damaged
        assert known.from_ledger
        again = check_archive(archive)
        assert again.damaged
        assert not again.from_ledger
        assert "NULL value in people.display_name" in again.details[0]


# --- run_background_checks: the viewer's entry point -------------------------------------


def test_background_checks_of_a_path_report_fractions(user_copy: Path) -> None:
    def beside() -> list[str]:  # the cache folder sits in the same tmp_path
        return sorted(p.name for p in user_copy.parent.iterdir() if p.name != "cache")

    before = beside()
    seen: list[float] = []
    result = run_background_checks(user_copy, seen.append, lambda: False)
    assert result.status is CheckStatus.OK
    assert not result.damaged
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert all(isinstance(f, float) and 0.0 <= f <= 1.0 for f in seen)
    assert beside() == before == [user_copy.name]  # read in place, nothing beside it
    with open_archive(user_copy, defer_checks=True) as again:
        known = again.check_result
        assert known is not None
        assert known.from_ledger


def test_background_checks_stop_when_asked(user_copy: Path) -> None:
    with open_archive(user_copy, defer_checks=True) as archive:
        asked: list[float] = []

        def cancelled() -> bool:
            return bool(asked)  # stop once the run has started reading

        result = run_background_checks(archive, asked.append, cancelled)
        assert result.status is CheckStatus.CANCELLED
        assert not result.finished
        assert result.kind is ErrorKind.CHECK_CANCELLED
        assert archive.checks_pending  # nothing recorded
        assert run_background_checks(archive, None, lambda: True).status is CheckStatus.CANCELLED
        assert run_background_checks(archive).ok  # and it can run again
    with open_archive(user_copy, defer_checks=True) as again:
        known = again.check_result
        assert known is not None
        assert known.ok  # only the finished run was remembered


def test_background_checks_cancelled_mid_run_from_another_thread(user_copy: Path) -> None:
    with open_archive(user_copy, defer_checks=True) as archive:
        stop = threading.Event()
        reported = threading.Event()

        def progress(_fraction: float) -> None:
            reported.set()

        results = []
        worker = threading.Thread(
            target=lambda: results.append(run_background_checks(archive, progress, stop.is_set))
        )
        worker.start()
        assert reported.wait(10)
        stop.set()
        worker.join(10)
        assert not worker.is_alive()
        assert results[0].status in (
            CheckStatus.CANCELLED,
            CheckStatus.OK,
        )  # a small file may finish
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 60


def test_background_checks_of_a_damaged_archive_give_details_text(
    good: Path, tmp_path: Path
) -> None:
    case = make_hostile("many_problems", tmp_path, good)
    result = run_background_checks(case.path, None, lambda: False)
    assert result.damaged
    assert "\n" not in result.summary
    lines = result.details_text.splitlines()
    assert lines[0] == result.summary
    assert lines[1:] == list(result.details)
    assert len(lines) > 20


def test_a_row_breaking_a_check_constraint_is_damage_on_a_read_only_connection(
    user_copy: Path,
) -> None:
    """SQLite skips CHECK constraints in quick_check of a read-only file; db.checks does not."""
    conn = sqlite3.connect(user_copy)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE people SET status = 'vanished' WHERE pk = (SELECT max(pk) FROM people)")
    conn.commit()
    conn.close()
    with open_archive(user_copy, defer_checks=True) as archive:
        assert archive.in_place
        result = check_archive(archive)
    assert result.damaged
    assert result.details == ("CHECK constraint failed in people",)


def test_needs_private_copy_follows_the_header_and_sidecars(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    from db.connection import needs_private_copy

    finished = tmp_path / "finished.db"
    shutil.copyfile(sample_archive_path, finished)
    assert not needs_private_copy(finished)
    (tmp_path / "finished.db-journal").write_bytes(b"")
    assert needs_private_copy(finished)  # a sidecar beside it
    wal = tmp_path / "wal.db"
    shutil.copyfile(sample_archive_path, wal)
    conn = sqlite3.connect(wal)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.close()
    assert needs_private_copy(wal)  # the header says WAL
    assert not needs_private_copy(tmp_path / "missing.db")  # open_archive says why
    (tmp_path / "text.db").write_text("hello")
    assert not needs_private_copy(tmp_path / "text.db")


def test_sqlite_calls_the_check_back_rarely(good: Path, tmp_path: Path) -> None:
    """Each progress call takes the GIL; every ~1 ms it stalled the window at a million people.

    A 400-person archive's check is about half a million SQLite steps: it used to call
    back ~30 times; now not at all (cancel and the time limit interrupt from a watch thread).
    """
    path = tmp_path / "generated.db"
    generate_archive(path, 400, seed=1)
    from_sqlite: list[str] = []
    tick = ArchiveCheck._tick

    def counted(self: ArchiveCheck) -> int:
        if sys._getframe(1).f_code.co_name != "_step":
            from_sqlite.append("tick")
        return tick(self)

    with pytest.MonkeyPatch.context() as mp, open_archive(path, defer_checks=True) as archive:
        mp.setattr(ArchiveCheck, "_tick", counted)
        assert ArchiveCheck(archive).run().ok
    assert len(from_sqlite) <= 2


def test_a_time_limit_stops_a_statement_without_the_progress_handler(user_copy: Path) -> None:
    """The watch thread interrupts a long statement once the time is up."""
    with pytest.MonkeyPatch.context() as mp, open_archive(user_copy, defer_checks=True) as archive:
        mp.setattr("db.checks.PROGRESS_OPS", 2_000_000_000)  # never, in practice
        check = ArchiveCheck(archive, time_limit_ms=150)
        mp.setattr(check, "_checks", lambda conn: _endless(conn))
        started = time.monotonic()
        result = check.run()
        assert result.status is CheckStatus.TIMED_OUT
        assert time.monotonic() - started < 5


def _endless(conn: sqlite3.Connection) -> CheckResult:
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000)"
        " SELECT max(i) FROM n"
    ).fetchone()
    raise AssertionError("not interrupted")  # seconds of work, past the limit


def test_quick_check_reports_progress_while_sqlite_does_not_call_back(user_copy: Path) -> None:
    """Inside quick_check SQLite calls the progress handler once per page checked (a
    million-person archive: once every ~150 s; the status bar stood at 0 % for 267 s).
    The watch thread reports the share from the pages the check's thread has read, so
    the figure moves between 0 and 90 % even when SQLite never calls back."""
    seen: list[int] = []

    def slow_and_silent(self: ArchiveCheck) -> int:
        time.sleep(0.0005)  # a slow disk: the check takes a while, and says nothing itself
        return 0

    with (
        pytest.MonkeyPatch.context() as mp,
        open_archive(user_copy, defer_checks=True) as archive,
    ):
        mp.setattr(ArchiveCheck, "_tick", slow_and_silent)
        mp.setattr("db.checks.PROGRESS_OPS", 100)
        mp.setattr("db.checks.PROGRESS_EVERY_S", 0.0)
        mp.setattr("db.checks.WATCH_EVERY_S", 0.002)
        assert ArchiveCheck(archive, progress=seen.append).run().ok
    during = [pct for pct in seen if 0 < pct < QUICK_CHECK_SHARE]
    assert during, seen
    assert seen == sorted(seen)
    assert len(set(seen)) == len(seen)
