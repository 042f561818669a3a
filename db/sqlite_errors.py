"""SQLite failures classified by result code, in one place (qutebrowser's `raise_sqlite_error`).

SQLite's messages change between versions and quote text from the file, so
nothing in db/ decides by message text: `failure_of(exc)` reads
`sqlite_errorcode` (set by Python's sqlite3 and copied by db.cipher for
sqlcipher3) and `archive_error` turns a failure while reading an archive into
the plain error a person sees.
"""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path

from db.errors import (
    ArchiveDamagedError,
    ArchiveLockedError,
    ArchiveUnreadableError,
    ArchiveValueTooLargeError,
    ErrorKind,
    KartotekaError,
    QueryInterruptedError,
    QueryTimeoutError,
)

MAX_VALUE_MB = 64
"""The value length limit set on every archive connection (db.connection.MAX_VALUE_BYTES)."""


class Failure(enum.Enum):
    """What went wrong, by SQLite's primary result code."""

    INTERRUPTED = "interrupted"  # SQLITE_INTERRUPT: cancel() or a time limit
    BUSY = "busy"  # SQLITE_BUSY, SQLITE_LOCKED: another program holds a lock
    READONLY = "readonly"  # SQLITE_READONLY (and _ROLLBACK: a hot journal)
    FULL = "full"  # SQLITE_FULL: disk or temporary folder full
    CORRUPT = "corrupt"  # SQLITE_CORRUPT (and _VTAB: a damaged FTS index)
    NOT_A_DATABASE = "notadb"  # SQLITE_NOTADB: not SQLite, or a wrong key
    TOO_BIG = "toobig"  # SQLITE_TOOBIG: a value over the length limit
    CANT_OPEN = "cantopen"  # SQLITE_CANTOPEN
    IO = "io"  # SQLITE_IOERR
    PERMISSION = "perm"  # SQLITE_PERM: the operating system refused access
    NO_MEMORY = "nomem"  # SQLITE_NOMEM
    CONSTRAINT = "constraint"  # SQLITE_CONSTRAINT
    OTHER = "other"  # SQL errors (no such table, unsafe use of a function …) and the rest


_PRIMARY: dict[int, Failure] = {
    sqlite3.SQLITE_INTERRUPT: Failure.INTERRUPTED,
    sqlite3.SQLITE_BUSY: Failure.BUSY,
    sqlite3.SQLITE_LOCKED: Failure.BUSY,
    sqlite3.SQLITE_READONLY: Failure.READONLY,
    sqlite3.SQLITE_FULL: Failure.FULL,
    sqlite3.SQLITE_CORRUPT: Failure.CORRUPT,
    sqlite3.SQLITE_NOTADB: Failure.NOT_A_DATABASE,
    sqlite3.SQLITE_TOOBIG: Failure.TOO_BIG,
    sqlite3.SQLITE_CANTOPEN: Failure.CANT_OPEN,
    sqlite3.SQLITE_IOERR: Failure.IO,
    sqlite3.SQLITE_PERM: Failure.PERMISSION,
    sqlite3.SQLITE_NOMEM: Failure.NO_MEMORY,
    sqlite3.SQLITE_CONSTRAINT: Failure.CONSTRAINT,
}


def error_code(exc: BaseException) -> int | None:
    """The extended SQLite result code carried by `exc`, if any."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def error_name(exc: BaseException) -> str:
    """The extended code's name ("SQLITE_READONLY_ROLLBACK"), or "" without one."""
    name = getattr(exc, "sqlite_errorname", None)
    return name if isinstance(name, str) else ""


def failure_of(exc: BaseException) -> Failure:
    """Classify an exception by its primary SQLite result code (OTHER without one)."""
    code = error_code(exc)
    if code is None:
        return Failure.OTHER
    return _PRIMARY.get(code & 0xFF, Failure.OTHER)


def is_interrupt(exc: BaseException) -> bool:
    """Whether `exc` is SQLite stopping a query for `interrupt()` or a progress handler."""
    return failure_of(exc) is Failure.INTERRUPTED


def is_hot_journal(exc: BaseException) -> bool:
    """SQLITE_READONLY_ROLLBACK: a read-only connection met a journal it would have to replay."""
    return error_name(exc) == "SQLITE_READONLY_ROLLBACK"


def one_line(text: object, limit: int = 300) -> str:
    """`text` on one line, cut to `limit` characters (for messages quoting SQLite or a file)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def locked_error(path: Path) -> ArchiveLockedError:
    return ArchiveLockedError.of(ErrorKind.LOCKED, path)


def damaged_error(path: Path, exc: BaseException | str) -> ArchiveDamagedError:
    return ArchiveDamagedError.of(
        ErrorKind.DAMAGED, path, reason=one_line(exc, 200), details=(str(exc),)
    )


def archive_error(
    exc: BaseException,
    path: Path,
    *,
    cancelled: bool = False,
    limit_ms: int | None = None,
) -> KartotekaError | None:
    """The plain error for an SQLite failure while reading the archive at `path`.

    None for failures that are bugs in Kartoteka (SQL errors and the like),
    which callers let propagate. `cancelled` says the caller asked for the
    interruption; otherwise an interruption is a time limit of `limit_ms`.
    """
    if isinstance(exc, UnicodeDecodeError):  # SQLite's message quoted invalid UTF-8
        return damaged_error(path, exc)
    if not isinstance(exc, sqlite3.Error):
        return None
    failure = failure_of(exc)
    if failure is Failure.INTERRUPTED:
        if cancelled:
            return QueryInterruptedError("The query was cancelled.")
        if limit_ms is None:
            return QueryTimeoutError.of(ErrorKind.QUERY_STOPPED, path)
        return QueryTimeoutError.of(ErrorKind.QUERY_TIMEOUT, path, ms=limit_ms)
    if failure is Failure.TOO_BIG:
        return ArchiveValueTooLargeError.of(ErrorKind.VALUE_TOO_LARGE, path, mb=MAX_VALUE_MB)
    if failure in (Failure.CORRUPT, Failure.NOT_A_DATABASE):
        return ArchiveDamagedError.of(
            ErrorKind.PART_DAMAGED, path, reason=one_line(exc, 200), details=(str(exc),)
        )
    if failure is Failure.BUSY:
        return locked_error(path)
    if failure in (
        Failure.IO,
        Failure.CANT_OPEN,
        Failure.PERMISSION,
        Failure.FULL,
        Failure.NO_MEMORY,
    ):
        return ArchiveUnreadableError.of(
            ErrorKind.READ_FAILED, path, reason=one_line(exc, 200), cause=exc
        )
    return None
