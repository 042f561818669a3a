"""Opening archives read-only, with a plain error for every way it can fail.

The viewer never writes into an archive: connections are `mode=ro` and
`query_only`. Every interactive query can be bounded in time through
`Archive.time_limit()` (the datasette `sqlite_timelimit` pattern).
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from db import migrations as schema
from db.errors import (
    ArchiveDamagedError,
    ArchiveError,
    ArchiveLockedError,
    ArchiveMissingError,
    ArchiveTooNewError,
    NotAnArchiveError,
    NotSQLiteError,
    QueryInterruptedError,
    QueryTimeoutError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 2000


class Archive:
    """An open, read-only archive: the file's path and a sqlite-utils Database."""

    def __init__(self, path: Path, db: Database) -> None:
        self.path = path
        self.db = db
        self._deadline: float | None = None
        self._cancelled = False
        db.conn.set_progress_handler(self._progress, 1000)

    def _progress(self) -> int:
        if self._cancelled:
            return 1
        if self._deadline is not None and time.monotonic() > self._deadline:
            return 1
        return 0

    @contextlib.contextmanager
    def time_limit(self, ms: int) -> Iterator[None]:
        """Abort any query in the block that runs longer than `ms`."""
        previous = self._deadline
        self._deadline = time.monotonic() + ms / 1000
        self._cancelled = False
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                if self._cancelled:
                    raise QueryInterruptedError("The query was cancelled.") from exc
                raise QueryTimeoutError(
                    f"{self.path.name}: the query took longer than {ms} ms and was stopped."
                ) from exc
            raise
        finally:
            self._deadline = previous

    def cancel(self) -> None:
        """Stop the query running now (callable from another thread)."""
        self._cancelled = True
        self.db.conn.interrupt()

    def reopen(self) -> Archive:
        """A second connection to the same file, for a worker thread."""
        return open_archive(self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except IsADirectoryError as exc:
        raise NotSQLiteError(f"{path}: this is a folder, not an archive file.", path=path) from exc
    except PermissionError as exc:
        raise ArchiveError(
            f"{path}: you do not have permission to read this file.", path=path
        ) from exc
    if len(head) == 0:
        raise NotSQLiteError(
            f"{path}: the file is empty (0 bytes). It may have been copied incompletely; "
            "ask for the archive again.",
            path=path,
        )
    if head != SQLITE_MAGIC:
        raise NotSQLiteError(
            f"{path}: this is not a Kartoteka archive (not an SQLite database). "
            "Check that you picked the right file.",
            path=path,
        )


def open_archive(path: str | Path) -> Archive:
    """Open an archive read-only; raise an ArchiveError subclass with a plain message."""
    p = Path(path).expanduser()
    if not p.exists():
        raise ArchiveMissingError(f"{p}: no such file. Check the name and folder.", path=p)
    _check_header(p)
    uri = p.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("PRAGMA cell_size_check = 1")
        conn.execute("PRAGMA mmap_size = 0")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise ArchiveLockedError(
                f"{p}: the file is in use by another program. Close it there and try again.",
                path=p,
            ) from exc
        raise ArchiveDamagedError(
            f"{p}: the archive is damaged and cannot be read ({text}). "
            "Ask for a fresh copy of the archive.",
            path=p,
        ) from exc
    if not {"meta", "people", "person_names"} <= tables:
        conn.close()
        raise NotAnArchiveError(
            f"{p}: this is an SQLite database, but not a Kartoteka archive "
            "(it has none of the archive's tables).",
            path=p,
        )
    if version > schema.SCHEMA_VERSION:
        conn.close()
        raise ArchiveTooNewError(
            f"{p}: this archive was made by a newer Kartoteka (format version {version}; "
            f"this program reads up to {schema.SCHEMA_VERSION}). Update Kartoteka to open it.",
            path=p,
        )
    return Archive(p, Database(conn))
