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
Across program runs a small ledger in the user's cache folder remembers which
unchanged files (identity and content fingerprints only, never a path or a
name) passed quick_check and the FTS checks with this build, so a repeat open
of a big archive skips those two slow checks; the cheap header and schema
checks always run.

An archive encrypted with SQLCipher (db/encryption.py) is opened through
`sqlcipher3` with its passphrase; its private copy stays encrypted, and
decrypted pages exist only in SQLite's memory.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import functools
import hashlib
import hmac
import json
import math
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
from typing import Any, ClassVar, cast

from sqlite_utils import Database

from db import locations
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
CACHE_ENV = locations.CACHE_ENV
"""Overrides the cache folder (same variable as db.sample; tests, portable use)."""
LEDGER_NAME = "checked-archives.json"
LEDGER_MAX_ENTRIES = 256
"""The ledger keeps the most recently checked files; older entries are dropped."""
CHECKS_VERSION = 1
"""Bump when the checks at open change, so files are checked again with the new ones."""
FINGERPRINT_SPAN = 1024 * 1024
"""Bytes hashed at each end of the file for the ledger's content fingerprint."""
ENCRYPTED_MIN_ENTROPY = 7.5
"""Bits per byte above which a non-SQLite head is taken for ciphertext."""


class ArchiveUnreadableError(ArchiveError):
    """The file exists but cannot be read or copied (permissions, device, disk full)."""

    title = "Cannot read archive"


class ArchiveCheckTimeoutError(ArchiveError):
    """Checking the archive at open took longer than allowed."""

    title = "Archive check took too long"


class ArchiveEncryptedError(ArchiveError):
    """The file looks encrypted and no passphrase was given (or it was forgotten)."""

    title = "Archive is encrypted"


class WrongPassphraseError(ArchiveError):
    """The passphrase does not open this encrypted archive; nothing was changed."""

    title = "Wrong passphrase"


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
        self._folder = locations.private_folder(PRIVATE_PREFIX)  # mode 0700, swept after a crash
        self.folder = self._folder.path
        self.db_path = self.folder / COPY_NAME
        self.signature: Signature | None = None  # set once the copy passed its checks
        self.search_problem: str | None = None
        self.notices: tuple[str, ...] = ()
        self.key: str | None = None  # the passphrase of an encrypted archive, while unlocked
        self.encrypted = False
        self._users = 1
        with _PrivateCopy._live_lock:
            _PrivateCopy._live.add(self)

    @classmethod
    def share(cls, signature: Signature, key: str | None) -> _PrivateCopy | None:
        """A checked live copy of the same, unchanged file, acquired; else None.

        An encrypted copy is shared only with a caller holding its passphrase.
        """
        with cls._live_lock:
            for copy in cls._live:
                if copy.signature != signature or copy._users <= 0:
                    continue
                if copy.encrypted and (
                    key is None
                    or copy.key is None
                    or not hmac.compare_digest(copy.key.encode(), key.encode())
                ):
                    continue
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
                self.key = None
        if last:
            self._folder.remove()

    @classmethod
    def remove_all(cls) -> None:
        """Delete every private copy still present (at interpreter exit)."""
        with cls._live_lock:
            live = list(cls._live)
            cls._live.clear()
        for copy in live:
            copy.key = None
            copy._folder.remove()


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

    @property
    def encrypted(self) -> bool:
        """Whether the archive is encrypted at rest (opened with a passphrase)."""
        return self._private is not None and self._private.encrypted

    def forget_key(self) -> None:
        """Drop the passphrase, so `reopen()` needs it again (the "lock" action).

        Connections already open keep working until closed; Python cannot
        overwrite a string's memory, so this drops the last reference instead.
        """
        if self._private is not None:
            self._private.key = None

    def reopen(self) -> Archive:
        """A second connection to the same private copy, for a worker thread.

        The copy was already checked when it was opened, so this is cheap.
        """
        if self._private is None or self._closed:
            return open_archive(self.path)
        if self._private.encrypted and self._private.key is None:
            raise _encrypted_error(self.path)
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


def _entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte."""
    counts = [0] * 256
    for byte in data:
        counts[byte] += 1
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in counts if c)


def _looks_encrypted(head: bytes, file_size: int) -> bool:
    """Whether a file without the SQLite header looks like an SQLCipher database.

    SQLCipher files are whole pages of ciphertext: a size that is a multiple
    of 512 and bytes indistinguishable from random ones. (Random bytes look
    the same; only a passphrase can tell them apart.)
    """
    if head.startswith(SQLITE_MAGIC) or file_size < 1024 or file_size % 512:
        return False
    return len(head) >= 1024 and _entropy(head) > ENCRYPTED_MIN_ENTROPY


def _encrypted_error(p: Path) -> ArchiveEncryptedError:
    return ArchiveEncryptedError(
        f"{p}: this archive looks encrypted: enter its passphrase to open it. "
        "(If it is not encrypted, the file is damaged; ask for a fresh copy.)",
        path=p,
    )


def _wrong_passphrase_error(p: Path) -> WrongPassphraseError:
    return WrongPassphraseError(
        f"{p}: the passphrase does not open this archive (or the file is damaged). "
        "Nothing was changed; check the passphrase (and keyboard layout) and try again.",
        path=p,
    )


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
        if _looks_encrypted(_read_head(p, 4096), file_size):
            raise _encrypted_error(p)
        raise NotSQLiteError(
            f"{p}: this is not a Kartoteka archive (not an SQLite database, and it does "
            "not look encrypted either). It may be damaged; check that you picked the "
            "right file.",
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


def _copy_rollback_file(p: Path, dst: Path, key: str | None = None) -> tuple[str, ...]:
    """Copy a rollback-journal archive under SQLite's shared lock, or with its hot journal.

    A `mode=ro` connection on such a file writes nothing (tests prove it): it
    cannot take the write locks, and with a hot journal beside the file it fails
    with SQLITE_READONLY_ROLLBACK instead of replaying it. An encrypted file is
    locked the same way through sqlcipher3 with its key, which is also where a
    wrong passphrase is noticed, before anything is copied.
    """
    uri = p.resolve().as_uri() + "?mode=ro"
    try:
        if key is None:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        else:
            conn = _cipher_connect(uri, key, uri=True)
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
        elif key is not None and name == "SQLITE_NOTADB":
            raise _wrong_passphrase_error(p) from exc
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


def _cipher() -> Any:
    """The sqlcipher3 module, imported only when an encrypted file is met."""
    import sqlcipher3  # type: ignore[import-untyped]

    return sqlcipher3


def _as_stdlib_error(exc: BaseException) -> BaseException:
    """The sqlite3 exception matching a sqlcipher3 one (same class name, message, codes).

    The rest of db/ and viewer/ catch `sqlite3.OperationalError` and friends
    (an interrupted query, a damaged page); encrypted archives must raise the
    same classes.
    """
    cls = getattr(sqlite3, type(exc).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.DatabaseError
    new = cls(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            setattr(new, attr, getattr(exc, attr))
    return new


class _CipherProxy:
    """Wraps a sqlcipher3 connection or cursor so that errors come out as sqlite3's."""

    def __init__(self, target: Any) -> None:
        object.__setattr__(self, "_target", target)

    def _wrap(self, value: Any) -> Any:
        cipher = _cipher()
        if isinstance(value, cipher.Cursor):
            return self if value is self._target else _CipherProxy(value)
        return value

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        error = _cipher().Error

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return self._wrap(attr(*args, **kwargs))
            except error as exc:
                raise _as_stdlib_error(exc) from exc

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)

    def __iter__(self) -> Iterator[Any]:
        error = _cipher().Error
        rows = iter(self._target)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except error as exc:
                raise _as_stdlib_error(exc) from exc
            yield row

    def __enter__(self) -> Any:
        return self._wrap(self._target.__enter__())

    def __exit__(self, *exc_info: Any) -> Any:
        try:
            return self._target.__exit__(*exc_info)
        except _cipher().Error as exc:
            raise _as_stdlib_error(exc) from exc


def _cipher_connect(target: str, key: str | None, *, uri: bool = False) -> sqlite3.Connection:
    """A sqlcipher3 connection with `key` applied, behind the error-translating proxy.

    The key is given with `set_key` (never spliced into SQL text), and
    SQLCipher's own logging is off so a wrong key prints nothing. Without a
    key the connection is plain (used to attach encrypted files with KEY).
    """
    raw = _cipher().connect(target, uri=uri, check_same_thread=False)
    conn = cast(sqlite3.Connection, _CipherProxy(raw))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            raw.set_key(key)
    except BaseException:
        raw.close()
        raise
    return conn


SQLITE_LIMIT_LENGTH_ID, SQLITE_LIMIT_SQL_LENGTH_ID = 0, 1
SQLITE_DBCONFIG_DEFENSIVE_ID, SQLITE_DBCONFIG_TRUSTED_SCHEMA_ID = 1010, 1017
CIPHER_COMPILED_MAX_LENGTH = 1_000_000_000
"""SQLITE_MAX_LENGTH of the sqlcipher3 wheel; seeing it proves the handle is right."""


def _harden_cipher(raw: Any) -> bool:
    """Lower the length limits and set DEFENSIVE on a sqlcipher3 connection.

    sqlcipher3 has no `setlimit()`/`setconfig()`, so its C functions are
    called through ctypes on the connection's `sqlite3*` handle, which sits
    right after the object header (as in CPython's `pysqlite_Connection`).
    The handle is trusted only if it reports the wheel's compiled length
    limit; otherwise nothing is changed and False is returned.
    """
    try:
        lib = ctypes.CDLL(_cipher()._sqlite3.__file__)
    except (OSError, AttributeError):
        return False
    limit = lib.sqlite3_limit
    limit.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    limit.restype = ctypes.c_int
    handle = ctypes.c_void_p.from_address(id(raw) + object.__basicsize__).value
    if not handle or limit(handle, SQLITE_LIMIT_LENGTH_ID, -1) != CIPHER_COMPILED_MAX_LENGTH:
        return False
    limit(handle, SQLITE_LIMIT_LENGTH_ID, MAX_VALUE_BYTES)
    limit(handle, SQLITE_LIMIT_SQL_LENGTH_ID, MAX_SQL_LENGTH)
    config = lib.sqlite3_db_config  # variadic: (db, op, int, int*)
    config.restype = ctypes.c_int
    for op, value in ((SQLITE_DBCONFIG_DEFENSIVE_ID, 1), (SQLITE_DBCONFIG_TRUSTED_SCHEMA_ID, 0)):
        config(ctypes.c_void_p(handle), ctypes.c_int(op), ctypes.c_int(value), ctypes.c_void_p())
    return True


def _connect_private(
    db_path: Path, *, key: str | None = None, original: Path | None = None
) -> sqlite3.Connection:
    """A hardened connection to a private copy (writes allowed until query_only is set).

    With `key` the copy is an SQLCipher file; a key that does not open it
    raises WrongPassphraseError naming `original`.
    """
    if key is None:
        conn = sqlite3.connect(db_path, check_same_thread=False)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_LENGTH)
    else:
        conn = _cipher_connect(str(db_path), key)
        _harden_cipher(cast(_CipherProxy, conn)._target)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise _wrong_passphrase_error(original or db_path) from exc
            raise
        conn.execute("PRAGMA temp_store = MEMORY")  # no decrypted temp files
    conn.text_factory = _decode_text
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


def _core_columns(version: int) -> dict[str, frozenset[str]]:
    """Columns of the entity tables at the archive's own format version (not its search indexes)."""
    return schema.core_columns(min(version, schema.SCHEMA_VERSION))


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
    for name, columns in _core_columns(version).items():
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


def _open_checked(
    p: Path,
    private: _PrivateCopy,
    notices: tuple[str, ...],
    *,
    key: str | None = None,
    known_good: bool = False,
) -> Archive:
    """Connect to the private copy and run the checks (the slow ones unless `known_good`)."""
    try:
        conn = _connect_private(private.db_path, key=key, original=p)
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
        # known_good: the ledger says this very file passed these checks before
        search_problem = None if known_good else _checked_search(p, conn)
    except BaseException as exc:
        conn.close()
        error = _open_error(p, exc)
        if error is exc:
            raise
        raise error from exc
    conn.set_progress_handler(None, 0)
    return Archive(
        p,
        _database(conn),
        private=private,
        search_available=search_problem is None,
        search_problem=search_problem,
        notices=notices,
    )


def _checked_search(p: Path, conn: sqlite3.Connection) -> str | None:
    """quick_check, then the FTS checks; a search index out of time only disables search."""
    _quick_check(p, conn)
    try:
        return _check_search(p, conn)
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        return (
            f"{p}: the search index could not be verified in time, so it is not "
            "used. Browsing works; search is unavailable."
        )


def _open_error(p: Path, exc: BaseException) -> BaseException:
    """The plain error for a failure during the checks at open (others unchanged)."""
    if isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc):
        return ArchiveCheckTimeoutError(
            f"{p}: checking the archive took longer than {OPEN_CHECK_LIMIT_MS // 1000} s "
            "and was stopped. The file may be damaged or made to cause trouble.",
            path=p,
        )
    if isinstance(exc, UnicodeDecodeError):  # a message quoting invalid UTF-8
        return _damaged_error(p, exc)
    if isinstance(exc, sqlite3.DatabaseError):
        name = getattr(exc, "sqlite_errorname", "")
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return _locked_error(p)
        return _damaged_error(p, exc)
    return exc


def open_archive(path: str | Path, passphrase: str | None = None) -> Archive:
    """Open a private, checked, read-only copy of an archive.

    Raises an ArchiveError subclass with a plain message naming the file for
    every way a file can be unusable; the user's file and anything beside it
    keep their exact bytes and no new file appears beside them. An encrypted
    archive needs `passphrase` (ArchiveEncryptedError without one,
    WrongPassphraseError with a wrong one); a plain archive ignores it.
    """
    p = Path(path).expanduser().absolute()
    st = _stat_file(p)
    key: str | None = None
    head = _read_head(p, 4096)
    if passphrase is not None and _looks_encrypted(head, st.st_size):
        if not passphrase:
            raise _wrong_passphrase_error(p)
        key = passphrase
        wal_mode, page_size = p.with_name(p.name + "-wal").exists(), 0
    else:
        page_size, wal_mode = _check_header(p, st.st_size)
    signature = _signature(p)
    shared = _PrivateCopy.share(signature, key)
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
        if key is not None and wal_mode:
            # the copy stays encrypted; WAL recovery happens in it, as for plain files
            _copy(p, private.db_path, p)
            _copy(p.with_name(p.name + "-wal"), private.db_path.with_name(COPY_NAME + "-wal"), p)
            notices: tuple[str, ...] = ()
        elif wal_mode:
            notices = _copy_wal_file(p, private.db_path, page_size)
        else:
            notices = _copy_rollback_file(p, private.db_path, key)
        fingerprint = None
        if notices == () and signature[1:] == (None, None) and _signature(p) == signature:
            fingerprint = _fingerprint(p, private.db_path, encrypted=key is not None)
        known_good = fingerprint is not None and _ledger_has(p, fingerprint)
        archive = _open_checked(p, private, notices, key=key, known_good=known_good)
    except BaseException:
        private.release()
        raise
    if fingerprint is not None and not known_good and archive.search_problem is None:
        _ledger_add(p, fingerprint)
    private.search_problem = archive.search_problem
    private.notices = archive.notices
    private.key = key
    private.encrypted = key is not None
    private.signature = signature
    return archive


def private_copy_path(archive: Archive) -> Path:
    """The checked private copy an Archive reads (for db.encryption; ciphertext if encrypted)."""
    if archive._private is None:
        raise ValueError("this Archive has no private copy")
    return archive._private.db_path


def archive_key(archive: Archive) -> str | None:
    """The passphrase of an unlocked encrypted Archive (to ATTACH its copy); None otherwise."""
    return archive._private.key if archive._private is not None else None


def _connect_shared(p: Path, private: _PrivateCopy) -> Archive:
    """A new connection to an already checked private copy (the caller acquired it)."""
    try:
        conn = _connect_private(private.db_path, key=private.key, original=p)
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


# --- the ledger of files that passed the slow checks -------------------------------
#
# It lives on a device that may be seized, so it holds only digests: the
# sha256 of the path, and one sha256 over the file's identity (device, inode,
# size, modification and change times), the first and last MiB of the opened
# copy, the header's file change counter and schema fields, and this build's
# schema and checks. A match means "this very file, unchanged, passed with
# this build"; anything else runs the checks again.


def cache_dir() -> Path:
    """The cache folder (db.locations: per user, KARTOTEKA_CACHE_DIR, or the portable folder)."""
    return locations.current().cache


def _ledger_path() -> Path:
    return cache_dir() / LEDGER_NAME


@functools.cache
def _build_digest() -> str:
    """Changes whenever this build's schema or checks change."""
    digest = hashlib.sha256(f"checks {CHECKS_VERSION} schema {schema.SCHEMA_VERSION}\n".encode())
    for name, sql in sorted(_reference_schema().items()):
        digest.update(f"{name}\0{sql}\0".encode())
    return digest.hexdigest()


def _path_key(p: Path) -> str:
    return hashlib.sha256(f"kartoteka-ledger\0{p}".encode()).hexdigest()


def _fingerprint(p: Path, copy: Path, *, encrypted: bool) -> str | None:
    """The digest of the file's identity and of the copy about to be opened; None if unreadable."""
    try:
        st = p.stat()
        digest = hashlib.sha256(_build_digest().encode())
        digest.update(
            repr(
                (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, encrypted)
            ).encode()
        )
        with copy.open("rb") as fh:
            head = fh.read(FINGERPRINT_SPAN)
            size = fh.seek(0, os.SEEK_END)
            if size != st.st_size:
                return None
            fh.seek(max(0, size - FINGERPRINT_SPAN))
            tail = fh.read(FINGERPRINT_SPAN)
    except OSError:
        return None
    # file change counter (24..27), schema cookie (40..43), user_version (60..63)
    digest.update(head[24:28] + head[40:44] + head[60:64])
    digest.update(hashlib.sha256(head).digest() + hashlib.sha256(tail).digest())
    return digest.hexdigest()


def _ledger_read() -> dict[str, list[Any]]:
    """The ledger's entries: path digest -> [fingerprint, last check time]; {} if unusable."""
    try:
        data = json.loads(_ledger_path().read_text(encoding="ascii"))
    except (OSError, ValueError):
        return {}
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, dict) or data.get("version") != 1:
        return {}
    return {
        str(k): v
        for k, v in entries.items()
        if isinstance(v, list) and len(v) == 2 and isinstance(v[0], str)
    }


def _ledger_has(p: Path, fingerprint: str) -> bool:
    entry = _ledger_read().get(_path_key(p))
    return entry is not None and hmac.compare_digest(entry[0], fingerprint)


def _ledger_add(p: Path, fingerprint: str) -> None:
    """Remember that this file passed; failures are ignored (the ledger only saves time)."""
    entries = _ledger_read()
    entries[_path_key(p)] = [fingerprint, int(time.time())]
    newest = sorted(entries.items(), key=lambda kv: -int(kv[1][1]))[:LEDGER_MAX_ENTRIES]
    text = json.dumps({"version": 1, "entries": dict(newest)}, indent=0)
    target = _ledger_path()
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{LEDGER_NAME}.", dir=target.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def forget_checked_archives() -> None:
    """Delete the ledger, so every archive is fully checked at its next open."""
    with contextlib.suppress(FileNotFoundError):
        _ledger_path().unlink()
