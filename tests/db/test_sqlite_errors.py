"""SQLite failures are classified by result code (db.sqlite_errors), from real SQLite errors."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from db import sqlite_errors
from db.cipher import cipher_connect
from db.errors import (
    ArchiveDamagedError,
    ArchiveLockedError,
    ArchiveValueTooLargeError,
    QueryInterruptedError,
    QueryTimeoutError,
)
from db.sqlite_errors import Failure, archive_error, failure_of

SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def _error(conn: sqlite3.Connection, sql: str, *params: object) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        conn.execute(sql, params).fetchall()
    return info.value


def test_interrupt_by_code(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    threading.Timer(0.05, conn.interrupt).start()
    exc = _error(conn, SLOW)
    assert failure_of(exc) is Failure.INTERRUPTED
    assert sqlite_errors.is_interrupt(exc)
    assert isinstance(archive_error(exc, tmp_path, cancelled=True), QueryInterruptedError)
    timeout = archive_error(exc, tmp_path, limit_ms=30)
    assert isinstance(timeout, QueryTimeoutError)
    assert "30 ms" in str(timeout)


def test_interrupt_from_sqlcipher_keeps_its_code() -> None:
    conn = cipher_connect(":memory:", None)
    threading.Timer(0.05, conn.interrupt).start()
    exc = _error(conn, SLOW)
    assert isinstance(exc, sqlite3.OperationalError)  # re-raised as sqlite3's class
    assert sqlite_errors.is_interrupt(exc)


def test_message_text_is_not_what_decides(tmp_path: Path) -> None:
    fake = sqlite3.OperationalError("interrupted")  # no code: not an interrupt
    assert not sqlite_errors.is_interrupt(fake)
    assert archive_error(fake, tmp_path) is None


def test_too_big_readonly_busy_corrupt_and_other(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1000)
    big = _error(conn, "SELECT zeroblob(2000)")
    assert failure_of(big) is Failure.TOO_BIG
    assert isinstance(archive_error(big, tmp_path), ArchiveValueTooLargeError)

    path = tmp_path / "x.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    ro = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    assert failure_of(_error(ro, "INSERT INTO t VALUES (1)")) is Failure.READONLY

    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    reader = sqlite3.connect(path, timeout=0)
    busy = _error(reader, "SELECT * FROM t")
    assert failure_of(busy) is Failure.BUSY
    assert isinstance(archive_error(busy, tmp_path), ArchiveLockedError)
    writer.execute("ROLLBACK")

    notadb = tmp_path / "n.db"
    notadb.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    exc = _error(sqlite3.connect(notadb), "SELECT * FROM sqlite_master")
    assert failure_of(exc) in (Failure.CORRUPT, Failure.NOT_A_DATABASE)
    damaged = archive_error(exc, tmp_path)
    assert isinstance(damaged, ArchiveDamagedError)
    assert "\n" not in str(damaged)

    bug = _error(conn, "SELECT * FROM no_such_table")
    assert failure_of(bug) is Failure.OTHER
    assert archive_error(bug, tmp_path) is None  # a bug in Kartoteka propagates
