"""A read-only connection to an annotation store, for a worker thread.

`AnnotationStore` holds one read-write connection that belongs to the GUI
thread. Reads that can take long (a person with thousands of notes, note
search, tag counts) run on the viewer's worker thread instead, through a
`StoreReader`: its own connection to the same file (with the same
SQLCipher key), opened `mode=ro` with `PRAGMA query_only`, so it can never
write. In WAL mode it reads alongside the writer and every read sees what
was committed before it started. Close it when done (it is a context
manager); `interrupt()` stops its running query from another thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlite_utils import Database

from db.annotations import backup
from db.annotations.records import Annotation, EntityRef, Tag
from db.annotations.store import DEFAULT_BUSY_TIMEOUT_MS, AnnotationStore, store_error


class StoreReader:
    """Read-only access to an annotation store on one thread (create with `store.reader()`).

    The reads are the store's own (same SQL, same records); the writes are
    not there, and the connection refuses them anyway.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        # the store's read methods around our connection; its write and close
        # paths (backups, journal mode) are never called
        self._reads = AnnotationStore(
            path,
            Database(conn),
            author="",
            keep_backups=0,
            busy_timeout_ms=DEFAULT_BUSY_TIMEOUT_MS,
            clock=lambda: dt.datetime.now(dt.UTC),
        )

    @property
    def db(self) -> Database:
        return self._reads.db

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._reads.db.close()

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def interrupt(self) -> None:
        """Stop the query running now (callable from another thread)."""
        self._reads.db.conn.interrupt()

    def annotations_for(self, ref: EntityRef, *, include_deleted: bool = False) -> list[Annotation]:
        """All annotations on one entry, oldest first."""
        return self._reads.annotations_for(ref, include_deleted=include_deleted)

    def tags(self, *, include_deleted: bool = False) -> list[Tag]:
        return self._reads.tags(include_deleted=include_deleted)

    def _query(self, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Rows of a read (for db.annotations.lookup); errors become AnnotationStoreError."""
        return self._reads._query(sql, params)


def open_reader(
    path: Path, *, key: str | None = None, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> StoreReader:
    """A reader of the store at `path` (an existing store; `key` for an encrypted one).

    Raises AnnotationStoreError when the file cannot be read.
    """
    try:
        conn = _connect_readonly(path, busy_timeout_ms, key)
    except sqlite3.Error as exc:
        raise store_error(exc, path, "reading the annotations") from exc
    return StoreReader(path, conn)


def _connect_readonly(path: Path, busy_timeout_ms: int, key: str | None) -> sqlite3.Connection:
    """`mode=ro` plus `query_only`; immutable on a read-only medium, as the store opens it."""
    base = path.resolve().as_uri()
    conn = backup.connect(base + "?mode=ro", key, uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA user_version").fetchone()  # the key and the file are good
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
        conn = backup.connect(base + "?mode=ro&immutable=1", key, uri=True)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    except BaseException:
        conn.close()
        raise
    conn.execute("PRAGMA query_only = 1")
    conn.execute("PRAGMA trusted_schema = 0")
    return conn
