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
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlite_utils import Database

from db.annotations import backup
from db.annotations.errors import NotAnAnnotationStoreError
from db.annotations.records import Annotation, DatedNote, EntityRef, Tag
from db.annotations.store import DEFAULT_BUSY_TIMEOUT_MS, AnnotationStore, store_error
from db.errors import ErrorKind

READ_TABLES = frozenset({"annotations", "tags"})
"""The tables a reader queries: a file without them is not a store."""


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
            Database(conn, execute_plugins=False),  # as the store's own (store._database)
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

    def dated_note_spans(self, archive_id: str) -> list[tuple[str, str, str, str, str]]:
        """(id, entity_type, entity_id, earliest, latest) of every live dated note, oldest first."""
        return self._reads.dated_note_spans(archive_id)

    def dated_notes_by_id(self, ids: Sequence[str]) -> list[DatedNote]:
        """The live dated notes among `ids`, oldest first."""
        return self._reads.dated_notes_by_id(ids)

    def _query(self, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Rows of a read (for db.annotations.lookup); errors become AnnotationStoreError."""
        return self._reads._query(sql, params)


def open_reader(
    path: Path, *, key: str | None = None, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> StoreReader:
    """A reader of the store at `path` (an existing store; `key` for an encrypted one).

    Raises AnnotationStoreError when the file cannot be read, and says what the
    file is when it is not a store (a folder, an empty file, another database)
    rather than a query failing later with "no such table".
    """
    if path.is_dir():
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_IS_FOLDER, path)
    if not path.is_file() or path.stat().st_size == 0:
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_MISSING, path)
    try:
        conn = _connect_readonly(path, busy_timeout_ms, key)
    except sqlite3.Error as exc:
        raise store_error(exc, path, "reading the annotations") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        conn.close()
        raise store_error(exc, path, "reading the annotations") from exc
    if not tables >= READ_TABLES:
        conn.close()
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_OTHER_FILE, path)
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


class ReaderSlot:
    """The one `StoreReader` a worker thread keeps, reopened when the window's store changes.

    `get` and `close` run on the worker thread that owns the reader;
    `interrupt` may be called from any thread (a newer request cancels).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reader: StoreReader | None = None
        self._source: AnnotationStore | None = None

    def get(self, store: AnnotationStore) -> StoreReader:
        """A reader of `store`, the one already open when it is for the same store."""
        if self._reader is not None and self._source is store:
            return self._reader
        self.close()
        reader = store.reader()
        with self._lock:
            self._reader, self._source = reader, store
        return reader

    def close(self) -> None:
        with self._lock:
            reader, self._reader, self._source = self._reader, None, None
        if reader is not None:
            reader.close()

    def interrupt(self) -> None:
        with self._lock:
            reader = self._reader
        if reader is not None:
            reader.interrupt()
