"""Opening archives safely: a private copy, SQLite's untrusted-file defences, plain errors.

An archive may come from anyone, so it is treated as hostile input (SQLite's
"Defense Against the Dark Arts"). `open_archive` never lets SQLite write
beside the user's file:

* The file (and a hot `-journal` or a `-wal` beside it) is copied into a
  private temporary folder (mode 0700) and only that copy is opened, so WAL
  recovery and journal rollback happen inside the copy. A rollback-journal
  file is copied while a `mode=ro` connection holds SQLite's shared lock, so
  a program writing the archive at that moment is noticed ("in use") and the
  copy is consistent. WAL files are never opened in place: even `mode=ro`
  creates or writes the `-shm` beside them. See docs/SECURITY.md.
* Every connection runs with `trusted_schema=OFF` (views and triggers in the
  file cannot call application functions), `cell_size_check=ON`, no mmap,
  lowered length limits, `query_only=ON`, a text factory that replaces invalid
  UTF-8, no sqlite-utils plugins, and a progress handler that enforces
  `Archive.time_limit()` and `Archive.cancel()` (datasette's `sqlite_timelimit`).
  Python 3.11 cannot set SQLITE_DBCONFIG_DEFENSIVE; on 3.12+ it is set.
* Before anything is shown: the header is checked, the tables compared with
  this build's schema, `PRAGMA quick_check` run, and each FTS5 index's
  definition compared and its 'integrity-check' run. A bad search index does
  not stop browsing: `Archive.search_available` is False and
  `Archive.search_problem` says why.

`Archive.reopen()`, and `open_archive` on a file already open and unchanged,
share the checked copy, so worker threads and panes pay for the checks once.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import re
import shutil
import sqlite3
import stat
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import ClassVar

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
HEADER_SIZE = 100
WAL_MAGICS = (0x377F0682, 0x377F0683)
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24

BUSY_TIMEOUT_MS = 2000
"""How long to wait for a program that is writing the archive before saying "in use"."""
OPEN_CHECK_LIMIT_MS = 300_000
"""Upper bound for the checks at open (quick_check, FTS); see docs/SECURITY.md for figures."""
PROGRESS_STEPS = 1000
MAX_VALUE_BYTES = 64 * 1024 * 1024
"""SQLITE_LIMIT_LENGTH: a larger text or blob is refused instead of filling memory."""
MAX_SQL_LENGTH = 1_000_000
"""SQLITE_LIMIT_SQL_LENGTH: bounds the SQL text of a hostile schema."""
DISPLAY_MAX_CHARS = 20_000
"""Default cut-off of `truncate_for_display`: longer values would freeze text widgets."""
PRIVATE_PREFIX = "kartoteka-"
COPY_NAME = "archive.db"


class ArchiveUnreadableError(ArchiveError):
    """The file exists but cannot be read or copied (permissions, device, disk full)."""

    title = "Cannot read archive"


class ArchiveCheckTimeoutError(ArchiveError):
    """Checking the archive at open took longer than allowed."""

    title = "Archive check took too long"


class ArchiveValueTooLargeError(ArchiveDamagedError):
    """A value in the archive is larger than Kartoteka is willing to load."""

    title = "Value too large"


def truncate_for_display(text: str, limit: int = DISPLAY_MAX_CHARS) -> str:
    """`text` cut to `limit` characters with a note saying how much was left out.

    Archive values are untrusted: a 50 MB quote is valid SQLite, but a text
    widget given it would freeze the window. Callers show this instead.
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters not shown]"


def _decode_text(raw: bytes) -> str:
    # invalid UTF-8 in a foreign file must not raise inside every query
    return raw.decode("utf-8", "replace")


Signature = tuple[tuple[str, int, int, int, int] | None, ...]
"""Identity and state of an archive file and its sidecars (device, inode, size, mtime)."""


def _signature(p: Path) -> Signature:
    parts: list[tuple[str, int, int, int, int] | None] = []
    for name in (p.name, p.name + "-wal", p.name + "-journal"):
        try:
            st = p.with_name(name).stat()
        except OSError:
            parts.append(None)
        else:
            parts.append((str(p), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(parts)


class _PrivateCopy:
    """The private folder holding one opened archive's copy; removed with its last user."""

    _live: ClassVar[set[_PrivateCopy]] = set()
    _live_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=PRIVATE_PREFIX))  # mode 0700
        self.db_path = self.folder / COPY_NAME
        self.signature: Signature | None = None  # set once the copy passed its checks
        self.search_problem: str | None = None
        self.notices: tuple[str, ...] = ()
        self._users = 1
        with _PrivateCopy._live_lock:
            _PrivateCopy._live.add(self)

    @classmethod
    def share(cls, signature: Signature) -> _PrivateCopy | None:
        """A checked live copy of the same, unchanged file, acquired; else None."""
        with cls._live_lock:
            for copy in cls._live:
                if copy.signature == signature and copy._users > 0:
                    copy._users += 1
                    return copy
        return None

    def acquire(self) -> None:
        with _PrivateCopy._live_lock:
            self._users += 1

    def release(self) -> None:
        with _PrivateCopy._live_lock:
            self._users -= 1
            last = self._users <= 0
            if last:
                _PrivateCopy._live.discard(self)
        if last:
            shutil.rmtree(self.folder, ignore_errors=True)

    @classmethod
    def remove_all(cls) -> None:
        """Delete every private copy still present (at interpreter exit)."""
        with cls._live_lock:
            live = list(cls._live)
            cls._live.clear()
        for copy in live:
            shutil.rmtree(copy.folder, ignore_errors=True)


atexit.register(_PrivateCopy.remove_all)


class Archive:
    """An open archive: the user's path, and a read-only Database on a private copy.

    `notices` holds plain sentences about things that were repaired or ignored
    in the private copy (an unfinished change, a damaged write-ahead log).
    """

    def __init__(
        self,
        path: Path,
        db: Database,
        *,
        private: _PrivateCopy | None = None,
        search_available: bool = True,
        search_problem: str | None = None,
        notices: tuple[str, ...] = (),
    ) -> None:
        self.path = path
        self.db = db
        self.search_available = search_available
        self.search_problem = search_problem
        self.notices = notices
        self._private = private
        self._deadline: float | None = None
        self._cancelled = False
        self._closed = False
        db.conn.set_progress_handler(self._progress, PROGRESS_STEPS)

    def _progress(self) -> int:
        if self._cancelled:
            return 1
        if self._deadline is not None and time.monotonic() > self._deadline:
            return 1
        return 0

    @contextlib.contextmanager
    def time_limit(self, ms: int) -> Iterator[None]:
        """Abort any query in the block that runs longer than `ms`.

        Also turns SQLite errors that a damaged or hostile file causes later
        (a value over the length limit, a malformed page) into plain errors.
        """
        previous = self._deadline
        self._deadline = time.monotonic() + ms / 1000
        self._cancelled = False
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise self._translate(exc, ms) from exc
        finally:
            self._deadline = previous

    def _translate(self, exc: sqlite3.DatabaseError, ms: int) -> Exception:
        text = str(exc)
        if "interrupted" in text:
            if self._cancelled:
                return QueryInterruptedError("The query was cancelled.")
            return QueryTimeoutError(
                f"{self.path}: the query took longer than {ms} ms and was stopped. "
                "Narrow the filter or search and try again.",
                path=self.path,
            )
        if "too big" in text:
            return ArchiveValueTooLargeError(
                f"{self.path}: a value in this archive is larger than "
                f"{MAX_VALUE_BYTES // (1024 * 1024)} MB and was not loaded. "
                "The archive may be damaged or made to cause trouble; ask its publisher.",
                path=self.path,
            )
        if "malformed" in text or "not a database" in text:
            return ArchiveDamagedError(
                f"{self.path}: part of the archive is damaged ({text}). "
                "Ask for a fresh copy of the archive.",
                path=self.path,
            )
        return exc

    def cancel(self) -> None:
        """Stop the query running now (callable from another thread)."""
        self._cancelled = True
        self.db.conn.interrupt()

    def reopen(self) -> Archive:
        """A second connection to the same private copy, for a worker thread.

        The copy was already checked when it was opened, so this is cheap.
        """
        if self._private is None or self._closed:
            return open_archive(self.path)
        self._private.acquire()
        return _connect_shared(self.path, self._private)

    def close(self) -> None:
        """Close the connection; the private copy goes with its last connection."""
        if self._closed:
            return
        self._closed = True
        self.db.close()
        if self._private is not None:
            self._private.release()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# --- the header, before SQLite sees the file ---------------------------------------


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for cut in range(4):  # a multibyte character may be cut at the end of the sample
        try:
            sample = head[: len(head) - cut].decode("utf-8")
            break
        except UnicodeDecodeError:
            continue
    else:
        return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in sample)
    return printable >= 0.95 * max(len(sample), 1)


def _stat_file(p: Path) -> os.stat_result:
    try:
        st = p.stat()
    except FileNotFoundError as exc:
        raise ArchiveMissingError(f"{p}: no such file. Check the name and folder.", path=p) from exc
    except OSError as exc:
        raise ArchiveUnreadableError(
            f"{p}: the file cannot be reached ({exc.strerror}). Check the name and folder.",
            path=p,
        ) from exc
    if stat.S_ISDIR(st.st_mode):
        raise NotSQLiteError(
            f"{p}: this is a folder, not an archive file. Pick the .db file inside it.", path=p
        )
    if not stat.S_ISREG(st.st_mode):
        raise ArchiveUnreadableError(
            f"{p}: this is not a regular file (it is a device, pipe or socket). "
            "Pick an archive file.",
            path=p,
        )
    return st


def _read_head(p: Path, size: int) -> bytes:
    try:
        with p.open("rb") as fh:
            return fh.read(size)
    except PermissionError as exc:
        raise ArchiveUnreadableError(
            f"{p}: you do not have permission to read this file. "
            "Copy it somewhere you can read it, or ask the owner.",
            path=p,
        ) from exc
    except OSError as exc:
        raise ArchiveUnreadableError(
            f"{p}: the file cannot be read ({exc.strerror}). Copy it to this computer first.",
            path=p,
        ) from exc


def _check_header(p: Path, file_size: int) -> tuple[int, bool]:
    """Check the 100-byte SQLite header; return (page size, WAL mode)."""
    head = _read_head(p, 512)
    if not head:
        raise NotSQLiteError(
            f"{p}: the file is empty (0 bytes). It may have been copied incompletely; "
            "ask for the archive again.",
            path=p,
        )
    if not head.startswith(SQLITE_MAGIC):
        if _looks_like_text(head):
            raise NotSQLiteError(
                f"{p}: this is a text file, not a Kartoteka archive. "
                "If it is an export (JSON or CSV), use Import instead.",
                path=p,
            )
        raise NotSQLiteError(
            f"{p}: this is not a Kartoteka archive (not an SQLite database). "
            "If it came from Kartoteka it may be encrypted, which this version cannot open, "
            "or damaged. Check that you picked the right file.",
            path=p,
        )
    if len(head) < HEADER_SIZE:
        raise ArchiveDamagedError(
            f"{p}: the file is cut short ({file_size} bytes). It was probably copied "
            "incompletely; ask for the archive again.",
            path=p,
        )
    raw_page_size, write_version, read_version = struct.unpack(">HBB", head[16:20])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ArchiveDamagedError(
            f"{p}: the archive's header is damaged (impossible page size {raw_page_size}). "
            "Ask for a fresh copy of the archive.",
            path=p,
        )
    if write_version not in (1, 2) or read_version not in (1, 2):
        raise ArchiveDamagedError(
            f"{p}: the archive's header is damaged or the file was made by a much newer "
            "SQLite. Ask for a fresh copy of the archive.",
            path=p,
        )
    change_counter, header_pages = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    truncated = file_size < page_size or file_size % page_size != 0
    if header_pages and valid_for == change_counter and file_size < header_pages * page_size:
        truncated = True
    if truncated:
        raise ArchiveDamagedError(
            f"{p}: the file is shorter than the archive it holds ({file_size:,} bytes). "
            "It was probably copied or downloaded incompletely; ask for the archive again.",
            path=p,
        )
    return page_size, write_version == 2 or read_version == 2


# --- the private copy -----------------------------------------------------------


def _copy(src: Path, dst: Path, original: Path) -> None:
    try:
        shutil.copyfile(src, dst)
    except PermissionError as exc:
        raise ArchiveUnreadableError(
            f"{original}: you do not have permission to read {src.name}. "
            "Copy the archive somewhere you can read it, or ask the owner.",
            path=original,
        ) from exc
    except OSError as exc:
        raise ArchiveUnreadableError(
            f"{original}: could not make a private working copy ({exc.strerror}). "
            f"Free some space in the temporary folder ({dst.parent.parent}) and try again.",
            path=original,
        ) from exc


def _locked_error(p: Path) -> ArchiveLockedError:
    return ArchiveLockedError(
        f"{p}: the file is in use by another program that is changing it. "
        "Wait until it has finished (or close it there) and try again.",
        path=p,
    )


def _damaged_error(p: Path, exc: BaseException) -> ArchiveDamagedError:
    return ArchiveDamagedError(
        f"{p}: the archive is damaged and cannot be read ({exc}). "
        "Ask for a fresh copy of the archive.",
        path=p,
    )


def _has_super_journal(journal: Path) -> bool:
    """Whether a hot journal names a super-journal (multi-file transaction).

    Rolling such a journal back makes SQLite open and possibly delete the named
    file, which a hostile journal could point anywhere; it is never replayed.
    """
    with journal.open("rb") as fh:
        fh.seek(0, os.SEEK_END)
        if fh.tell() < len(JOURNAL_MAGIC):
            return False
        fh.seek(-len(JOURNAL_MAGIC), os.SEEK_END)
        return fh.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC


def _copy_rollback_file(p: Path, dst: Path) -> tuple[str, ...]:
    """Copy a rollback-journal archive under SQLite's shared lock, or with its hot journal.

    A `mode=ro` connection on such a file writes nothing (tests prove it): it
    cannot take the write locks, and with a hot journal beside the file it fails
    with SQLITE_READONLY_ROLLBACK instead of replaying it.
    """
    uri = p.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.DatabaseError as exc:
        raise _damaged_error(p, exc) from exc
    hot = False
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("BEGIN")
        # reads the header only (no schema parsing) and holds the shared lock
        conn.execute("PRAGMA schema_version").fetchone()
        _copy(p, dst, p)  # the shared lock keeps writers from committing meanwhile
    except UnicodeDecodeError as exc:  # SQLite's message quoted invalid UTF-8 from the file
        raise _damaged_error(p, exc) from exc
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise _locked_error(p) from exc
        if name == "SQLITE_READONLY_ROLLBACK":
            hot = True
        else:
            raise _damaged_error(p, exc) from exc
    finally:
        conn.close()
    if not hot:
        return ()
    journal = p.with_name(p.name + "-journal")
    _copy(p, dst, p)
    try:
        super_journal = _has_super_journal(journal)
    except OSError:
        super_journal = True
    if super_journal:
        return (
            f"{p.name}-journal beside the archive records an unfinished change spanning "
            "several files; it was ignored, so the archive may look incomplete.",
        )
    _copy(journal, dst.with_name(dst.name + "-journal"), p)
    return (
        f"{p.name}-journal beside the archive records an unfinished change; it was undone "
        "in Kartoteka's private copy (your files were not touched).",
    )


def _copy_wal_file(p: Path, dst: Path, page_size: int) -> tuple[str, ...]:
    """Copy a WAL-mode archive and its -wal; a garbage -wal is left out, with a notice."""
    _copy(p, dst, p)
    wal = p.with_name(p.name + "-wal")
    try:
        wal_size = wal.stat().st_size
    except OSError:
        return ()
    if wal_size == 0:
        return ()
    head = _read_head(wal, WAL_HEADER_SIZE)
    if len(head) < 4 or struct.unpack(">I", head[:4])[0] not in WAL_MAGICS:
        return (
            f"{wal.name} beside the archive is not a valid write-ahead log; it was ignored, "
            "so the most recent changes may be missing.",
        )
    _copy(wal, dst.with_name(dst.name + "-wal"), p)
    if (wal_size - WAL_HEADER_SIZE) % (page_size + WAL_FRAME_HEADER_SIZE):
        return (
            f"{wal.name} beside the archive ends in the middle of a change; the complete "
            "changes were used and the cut one ignored.",
        )
    return ()


# --- connections ----------------------------------------------------------------


def _connect_private(db_path: Path) -> sqlite3.Connection:
    """A hardened connection to a private copy (writes allowed until query_only is set)."""
    conn = sqlite3.connect(db_path, check_same_thread=False)
    conn.text_factory = _decode_text
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_LENGTH)
    setconfig: Callable[[int, bool], bool] | None = getattr(conn, "setconfig", None)
    if setconfig is not None:  # Python 3.12+
        setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"), True)  # noqa: B009
        setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_TRUSTED_SCHEMA"), False)  # noqa: B009
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = 0")
    conn.execute("PRAGMA cell_size_check = 1")
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute("PRAGMA query_only = 1")
    return conn


def _database(conn: sqlite3.Connection) -> Database:
    # plugins could register functions on the connection; an archive gets none
    return Database(conn, execute_plugins=False)


@functools.cache
def _reference_schema() -> dict[str, str]:
    """This build's schema: table name -> CREATE statement, from the migrations."""
    ref = Database(memory=True, execute_plugins=False)
    schema.apply(ref)
    tables = {
        str(name): str(sql)
        for name, sql in ref.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    }
    ref.close()
    return tables


@functools.cache
def _core_columns() -> dict[str, frozenset[str]]:
    """Columns of the entity tables (the archive's data, not its search indexes)."""
    names = re.findall(r"CREATE TABLE (\w+)", schema.SCHEMA_V1)
    ref = Database(memory=True, execute_plugins=False)
    schema.apply(ref)
    columns = {
        name: frozenset(r[1] for r in ref.execute("SELECT * FROM pragma_table_info(?)", [name]))
        for name in names
    }
    ref.close()
    return columns


def _fts_names() -> list[str]:
    """Every FTS5 table of this build's schema (text indexes and search helpers)."""
    return sorted(
        name
        for name, sql in _reference_schema().items()
        if re.match(r"CREATE VIRTUAL TABLE .* USING fts5", sql, re.IGNORECASE | re.DOTALL)
    )


def _check_schema(p: Path, conn: sqlite3.Connection) -> None:
    actual = {
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    }
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not {"meta", "people", "person_names"} <= actual:
        raise NotAnArchiveError(
            f"{p}: this is an SQLite database, but not a Kartoteka archive "
            "(it lacks the archive's tables). Check that you picked the right file.",
            path=p,
        )
    if version > schema.SCHEMA_VERSION:
        raise ArchiveTooNewError(
            f"{p}: this archive was made by a newer Kartoteka (format version {version}; "
            f"this program reads up to {schema.SCHEMA_VERSION}). Update Kartoteka to open it.",
            path=p,
        )
    problems: list[str] = []
    for name, columns in _core_columns().items():
        if name not in actual:
            problems.append(f"table {name} is missing")
            continue
        have = {r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [name])}
        missing = sorted(columns - have)
        if missing:
            problems.append(f"table {name} lacks {', '.join(missing)}")
    if problems:
        raise NotAnArchiveError(
            f"{p}: this file has a different layout than a Kartoteka archive "
            f"({'; '.join(problems[:3])}). It was made by another program or an "
            "incompatible version; ask for an archive made by Kartoteka.",
            path=p,
        )


_FALSE_NULL = re.compile(r"^NULL value in (\w+)\.(\w+)$")


def _real_problem(conn: sqlite3.Connection, line: str) -> bool:
    # SQLite 3.40 quick_check reports NOT NULL columns of some WITHOUT ROWID
    # tables as NULL (person_years); such lines are confirmed by a query.
    match = _FALSE_NULL.match(line)
    if match is None:
        return True
    table, column = match.groups()
    columns = {r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [table])}
    if column not in columns:
        return True
    # both names come from the file's own schema, checked just above
    sql = f'SELECT EXISTS (SELECT 1 FROM "{table}" WHERE "{column}" IS NULL)'
    return bool(conn.execute(sql).fetchone()[0])


def _quick_check(p: Path, conn: sqlite3.Connection) -> None:
    lines = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    problems = [line for line in lines if line != "ok" and _real_problem(conn, line)]
    if problems:
        raise ArchiveDamagedError(
            f"{p}: the archive is damaged ({'; '.join(problems[:3])}). "
            "Ask for a fresh copy of the archive.",
            path=p,
        )


def _check_search(p: Path, conn: sqlite3.Connection) -> str | None:
    """Verify every FTS5 index; None when all are sound, else a plain sentence."""
    reference = _reference_schema()
    actual = dict(
        conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    )
    unavailable = (
        f"{p}: the search index of this archive is damaged or not Kartoteka's "
        "({}). Browsing works; search is unavailable. Ask for a fresh copy to search it."
    )
    for name in _fts_names():
        if actual.get(name) != reference[name]:
            return unavailable.format(f"{name} is missing or defined differently")
    conn.execute("PRAGMA query_only = 0")
    try:
        for name in _fts_names():
            # the command writes nothing; the savepoint makes sure of it
            conn.execute("SAVEPOINT fts_check")
            try:
                conn.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                if "interrupted" in str(exc):
                    raise
                return unavailable.format(f"{name}: {exc}")
            finally:
                conn.execute("ROLLBACK TO fts_check")
                conn.execute("RELEASE fts_check")
    finally:
        conn.execute("PRAGMA query_only = 1")
    # 3.40's integrity-check does not compare an index with its content table;
    # equal row counts catch rows added or deleted behind the index's back
    for table, _columns in schema.FTS_TABLES:
        rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        indexed = conn.execute(f"SELECT count(*) FROM {table}_fts_docsize").fetchone()[0]
        if rows != indexed:
            return unavailable.format(f"{table}_fts indexes {indexed} rows but {table} has {rows}")
    return None


def _open_checked(p: Path, private: _PrivateCopy, notices: tuple[str, ...]) -> Archive:
    try:
        conn = _connect_private(private.db_path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise _damaged_error(p, exc) from exc
    deadline = time.monotonic() + OPEN_CHECK_LIMIT_MS / 1000
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
    try:
        # journal rollback / WAL recovery happen here, inside the private copy
        conn.execute("PRAGMA query_only = 0")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA query_only = 1")
        _check_schema(p, conn)
        _quick_check(p, conn)
        try:
            search_problem = _check_search(p, conn)
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
            search_problem = (
                f"{p}: the search index could not be verified in time, so it is not "
                "used. Browsing works; search is unavailable."
            )
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc):
            raise ArchiveCheckTimeoutError(
                f"{p}: checking the archive took longer than {OPEN_CHECK_LIMIT_MS // 1000} s "
                "and was stopped. The file may be damaged or made to cause trouble.",
                path=p,
            ) from exc
        if isinstance(exc, UnicodeDecodeError):  # a message quoting invalid UTF-8
            raise _damaged_error(p, exc) from exc
        if isinstance(exc, sqlite3.DatabaseError):
            name = getattr(exc, "sqlite_errorname", "")
            if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise _locked_error(p) from exc
            raise _damaged_error(p, exc) from exc
        raise
    conn.set_progress_handler(None, 0)
    return Archive(
        p,
        _database(conn),
        private=private,
        search_available=search_problem is None,
        search_problem=search_problem,
        notices=notices,
    )


def open_archive(path: str | Path) -> Archive:
    """Open a private, checked, read-only copy of an archive.

    Raises an ArchiveError subclass with a plain message naming the file for
    every way a file can be unusable; the user's file and anything beside it
    keep their exact bytes and no new file appears beside them.
    """
    p = Path(path).expanduser().absolute()
    st = _stat_file(p)
    page_size, wal_mode = _check_header(p, st.st_size)
    signature = _signature(p)
    shared = _PrivateCopy.share(signature)
    if shared is not None:
        # another window or pane has this very file open: reuse its checked copy
        return _connect_shared(p, shared)
    try:
        private = _PrivateCopy()
    except OSError as exc:
        raise ArchiveUnreadableError(
            f"{p}: could not create a private working folder ({exc.strerror}). "
            "Check the temporary folder's free space and permissions.",
            path=p,
        ) from exc
    try:
        if wal_mode:
            notices = _copy_wal_file(p, private.db_path, page_size)
        else:
            notices = _copy_rollback_file(p, private.db_path)
        archive = _open_checked(p, private, notices)
    except BaseException:
        private.release()
        raise
    private.search_problem = archive.search_problem
    private.notices = archive.notices
    private.signature = signature
    return archive


def _connect_shared(p: Path, private: _PrivateCopy) -> Archive:
    """A new connection to an already checked private copy (the caller acquired it)."""
    try:
        conn = _connect_private(private.db_path)
    except BaseException:
        private.release()
        raise
    return Archive(
        p,
        _database(conn),
        private=private,
        search_available=private.search_problem is None,
        search_problem=private.search_problem,
        notices=private.notices,
    )
