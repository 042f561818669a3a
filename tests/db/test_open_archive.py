"""open_archive on good files: the Archive API, reading in place, the private copy's lifetime."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import pytest

from db import connection
from db.connection import Archive, open_archive, truncate_for_display
from db.errors import (
    ArchiveError,
    KartotekaError,
    QueryInterruptedError,
    QueryTimeoutError,
)
from db.private_copy import PrivateFolder
from tests.db.builders import build_fixture_archive

SLOW_SQL = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=12)


@pytest.fixture
def user_copy(good: Path, tmp_path: Path) -> Path:
    """The archive alone in a folder the test can fingerprint."""
    path = tmp_path / "archive.db"
    path.write_bytes(good.read_bytes())
    return path


@pytest.fixture
def wal_copy(good: Path, tmp_path: Path) -> Path:
    """The archive in WAL mode (no sidecars left): it is read from a private copy."""
    path = tmp_path / "wal" / "archive.db"
    path.parent.mkdir()
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["archive.db"]
    return path


def listing(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_opens_reads_and_writes_nothing(user_copy: Path) -> None:
    before = listing(user_copy.parent)
    with open_archive(user_copy) as archive:
        assert archive.path == user_copy
        assert archive.in_place is True
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
        assert archive.search_available is True
        assert archive.search_problem is None
        assert archive.notices == ()
        assert archive.check_result is not None
        assert archive.check_result.ok
        assert listing(user_copy.parent) == before
    assert listing(user_copy.parent) == before


def test_accepts_str_and_relative_paths(user_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(user_copy.parent)
    with open_archive("archive.db") as archive:
        assert archive.path == user_copy
    with open_archive(str(user_copy)) as archive:
        assert archive.db.execute("SELECT count(*) FROM meta").fetchone()[0] > 0


def test_connection_is_hardened(user_copy: Path) -> None:
    with open_archive(user_copy) as archive:
        pragma = archive.db.execute
        assert pragma("PRAGMA query_only").fetchone()[0] == 1
        assert pragma("PRAGMA trusted_schema").fetchone()[0] == 0
        assert pragma("PRAGMA cell_size_check").fetchone()[0] == 1
        assert pragma("PRAGMA mmap_size").fetchone()[0] == 0
        assert archive.db.conn.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == connection.MAX_VALUE_BYTES
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|query_only"):
            archive.db.execute("DELETE FROM meta")
    with open_archive(user_copy) as archive:
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12


def test_read_connections_keep_a_page_cache_for_name_index_seeks(user_copy: Path) -> None:
    """Searches seek thousands of times in the name index: SQLite's 2 MiB default cache
    held too few of its pages (READ_CACHE_KIB; memory mapping stays off)."""
    with open_archive(user_copy) as archive:
        size = archive.db.execute("PRAGMA cache_size").fetchone()[0]
        assert size == -connection.READ_CACHE_KIB
        assert connection.READ_CACHE_KIB >= 16 * 1024
        assert archive.db.execute("PRAGMA mmap_size").fetchone()[0] == 0


def test_private_copy_is_private_and_removed_on_close(wal_copy: Path) -> None:
    archive = open_archive(wal_copy)
    assert archive.in_place is False
    private = archive._source.private
    assert private is not None
    folder = private.folder
    assert folder.parent != wal_copy.parent
    assert (folder.stat().st_mode & 0o777) == 0o700
    archive.close()
    assert not folder.exists()
    archive.close()  # closing twice is harmless


def test_reopen_shares_the_copy_until_the_last_close(wal_copy: Path) -> None:
    first = open_archive(wal_copy)
    second = first.reopen()
    assert isinstance(second, Archive)
    assert second.path == first.path
    assert first._source is second._source
    folder = first._source.private.folder  # type: ignore[union-attr]
    first.close()
    assert folder.exists()
    result: list[int] = []
    worker = threading.Thread(
        target=lambda: result.append(second.db.execute("SELECT count(*) FROM people").fetchone()[0])
    )
    worker.start()
    worker.join()
    assert result == [12]
    second.close()
    assert not folder.exists()


def test_time_limit_stops_a_runaway_query(user_copy: Path) -> None:
    with open_archive(user_copy) as archive:
        with pytest.raises(QueryTimeoutError) as info, archive.time_limit(30):
            archive.db.execute(SLOW_SQL).fetchone()
        assert str(user_copy) in str(info.value)
        with archive.time_limit(5000):  # the connection stays usable
            assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12


def test_a_long_query_under_a_time_limit_seldom_calls_python(
    user_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each progress-handler call takes the GIL from the GUI thread: the limit is kept
    by an interrupt instead, and a long read calls Python only a few times."""
    calls = []
    original = Archive._progress

    def counted(self: Archive) -> int:
        calls.append(1)
        return original(self)

    monkeypatch.setattr(Archive, "_progress", counted)
    with open_archive(user_copy) as archive, archive.time_limit(60_000):
        sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) "
        assert archive.db.execute(sql + "SELECT count(*) FROM c").fetchone()[0] == 300_000
    assert len(calls) <= 5


def test_a_time_limit_ends_with_its_block(user_copy: Path) -> None:
    """A limit that passes after its block never stops a later query."""
    with open_archive(user_copy) as archive:
        with archive.time_limit(150):
            pass
        sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) "
        started = time.monotonic()
        assert archive.db.execute(sql + "SELECT count(*) FROM c").fetchone()[0] == 3_000_000
        if time.monotonic() - started < 0.2:  # too quick to have met the passed limit
            time.sleep(0.2)
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12


def test_cancel_from_another_thread(user_copy: Path) -> None:
    with open_archive(user_copy) as archive:
        timer = threading.Timer(0.05, archive.cancel)
        timer.start()
        try:
            with pytest.raises(QueryInterruptedError), archive.time_limit(60_000):
                archive.db.execute(SLOW_SQL).fetchone()
        finally:
            timer.cancel()


def test_checks_that_run_too_long_are_a_plain_error(
    user_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "OPEN_CHECK_LIMIT_MS", 0)
    before = listing(user_copy.parent)
    with pytest.raises(connection.ArchiveCheckTimeoutError) as info:
        open_archive(user_copy)
    assert isinstance(info.value, ArchiveError)
    assert str(user_copy) in str(info.value)
    assert listing(user_copy.parent) == before


def test_failed_open_leaves_no_private_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)
    bad = tmp_path / "other.db"
    sqlite3.connect(bad).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(KartotekaError):
        open_archive(bad)
    assert list((tmp_path / "tmp").iterdir()) == []


def test_error_titles_and_paths(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    with pytest.raises(ArchiveError) as info:
        open_archive(missing)
    assert info.value.path == str(missing)
    assert info.value.title == "File not found"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("exactly10!", 10, "exactly10!"),
        ("abcdefghijkl", 5, "abcde… [7 more characters not shown]"),
    ],
)
def test_truncate_for_display(text: str, limit: int, expected: str) -> None:
    assert truncate_for_display(text, limit) == expected


def test_remove_all_cleans_leftover_copies(wal_copy: Path) -> None:
    archive = open_archive(wal_copy)
    folder = archive._source.private.folder  # type: ignore[union-attr]
    PrivateFolder.remove_all()
    assert not folder.exists()
    archive.close()


def test_opening_an_open_unchanged_file_shares_its_checks(wal_copy: Path) -> None:
    first = open_archive(wal_copy)
    second = open_archive(wal_copy)
    assert second._source is first._source
    second.close()
    os.utime(wal_copy, ns=(1, 1))  # the file changed since: a fresh copy, checked again
    third = open_archive(wal_copy)
    assert third._source is not first._source
    first.close()
    third.close()
    assert not third._source.private.folder.exists()  # type: ignore[union-attr]


def test_derived_tables_added_later_may_be_missing_but_not_different(
    user_copy: Path,
) -> None:
    from db import schema_check
    from db.errors import NotAnArchiveError

    optional = schema_check.optional_objects(1)
    if "person_summary" not in optional:
        pytest.skip("this build adds no derived tables after version 1")
    conn = sqlite3.connect(user_copy)
    conn.execute("DROP TABLE person_summary")  # as written before the step existed
    conn.commit()
    conn.close()
    with open_archive(user_copy) as archive:
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
    conn = sqlite3.connect(user_copy)
    conn.execute("CREATE TABLE person_summary (person_pk INTEGER PRIMARY KEY, x TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnArchiveError, match="person_summary is defined differently"):
        open_archive(user_copy)
