"""Opening archives safely: in place when that provably writes nothing, otherwise a private copy.

An archive may come from anyone, so it is treated as hostile input (SQLite's
"Defense Against the Dark Arts"), and `open_archive` never lets SQLite write
beside the user's file:

* A finished archive (rollback-journal mode, no `-wal` or `-journal` beside
  it) is read **in place** through `mode=ro` connections: SQLite cannot write
  through them and creates no file for such a database (tests list the
  folder and hash every file before and after, also on a read-only folder).
  An encrypted archive without sidecars is read with `immutable=1` as well,
  because its header (and so its journal mode) is ciphertext.
* A WAL-mode file, or one with a `-wal` or `-journal` beside it, is copied
  into a private folder first (db.private_copy): only the pages in use, after
  checking the free space; recovery or rollback happens in the copy, which is
  then read like a finished archive.
* Every connection runs with `trusted_schema=OFF`, `cell_size_check=ON`, no
  mmap, lowered length limits, `query_only=ON`, a text factory that replaces
  invalid UTF-8, no sqlite-utils plugins, and a progress handler that enforces
  `Archive.time_limit()` and `Archive.cancel()` (datasette's `sqlite_timelimit`).
  Python 3.11 cannot set SQLITE_DBCONFIG_DEFENSIVE; on 3.12+ it is set.
* Before anything is shown: the header is checked (db.header) and the schema
  compared, definition for definition, with this build's (db.schema_check).
  The slow checks (`quick_check`, the FTS5 indexes, duplicate ids) are
  db.checks': `open_archive` runs them before returning unless
  `defer_checks=True`, in which case the caller runs `db.checks.ArchiveCheck`
  later (the viewer, on a worker, with a progress bar) or never (the CLI's
  search). A ledger (db.ledger) remembers files that were checked, so repeat
  opens skip them.

Read in place, the file can change under an open Archive (another program
writing it); `Archive.changed_on_disk()` notices that cheaply, and the
defences above bound what unchecked pages can do. See docs/SECURITY.md.
"""

from __future__ import annotations

import contextlib
import hmac
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, ClassVar, cast

from sqlite_utils import Database

from db import key_version, ledger, private_copy, schema_check, sqlite_errors
from db.cipher import (
    MAX_SQL_LENGTH,
    MAX_VALUE_BYTES,
    CipherProxy,
    cipher_connect,
    harden_cipher,
)
from db.deadlines import DEADLINES
from db.disk_change import DiskChange, change_between
from db.errors import (
    ArchiveCheckTimeoutError,
    ArchiveDamagedError,
    ArchiveEncryptedError,
    ArchiveUnreadableError,
    ArchiveValueTooLargeError,
    ErrorKind,
    KartotekaError,
    WrongPassphraseError,
)
from db.header import (
    SQLITE_MAGIC,
    Header,
    check_header,
    encrypted_error,
    looks_encrypted,
    read_head,
    sidecars,
    stat_file,
    wrong_passphrase_error,
)
from db.ledger import CACHE_ENV, LEDGER_NAME, cache_dir, forget_checked_archives
from db.notices import REPAIRS, Notice
from db.private_copy import BUSY_TIMEOUT_MS, PrivateFolder
from db.untrusted import truncate_for_display

if TYPE_CHECKING:
    from db.checks import CheckResult

__all__ = [
    "CACHE_ENV",
    "LEDGER_NAME",
    "MAX_SQL_LENGTH",
    "MAX_VALUE_BYTES",
    "SQLITE_MAGIC",
    "Archive",
    "ArchiveCheckTimeoutError",
    "ArchiveEncryptedError",
    "ArchiveUnreadableError",
    "ArchiveValueTooLargeError",
    "WrongPassphraseError",
    "cache_dir",
    "forget_checked_archives",
    "open_archive",
    "source_path",
    "truncate_for_display",
]

OPEN_CHECK_LIMIT_MS = 300_000
"""Upper bound for the checks at open (schema; quick_check and FTS unless deferred)."""
PROGRESS_STEPS = 1_000_000
"""SQLite VM steps between calls of the progress handler: tens of milliseconds of work.
Time limits are kept by `db.deadlines` (an interrupt when the time is up) and `cancel()`
interrupts at once, so the handler is only a backstop (a limit or a cancel that came while
no statement ran). Each call takes the GIL: at 20,000 steps (about 1 ms) a worker's long
read took it a thousand times a second, and the GUI thread waited behind it to paint."""
SHORT_LIMIT_MS = 100
"""Limits this short (or already past) keep the fine handler: a tiny query must still stop."""
SHORT_LIMIT_STEPS = 20_000
OPEN_PROGRESS_STEPS = 1000
"""The same for the checks at open (nothing else runs then; a short limit must bite)."""
READ_CACHE_KIB = 32_768
"""SQLite's page cache per read connection (the default is 2 MiB): a name search seeks
thousands of times in the name index, mostly on pages an earlier search of the session
read; kept in the cache, a page costs no system call and copy. Grows only as pages are
read (mmap stays off: a file on a pulled USB stick must not crash the process)."""


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


FileKey = tuple[int, int]


class _OpenFiles:
    """This process's stdlib connections per file, so sqlcipher3 handles are closed safely.

    POSIX drops every lock a process holds on a file when *any* descriptor of
    it is closed. SQLite copes with that among its own connections, but the
    background check reads plain archives through sqlcipher3's separate copy
    of SQLite (db.checks); its connection is closed only once no stdlib
    connection to the same file is left, so closing it never drops a lock a
    running query relies on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count: dict[FileKey, int] = {}
        self._parked: dict[FileKey, list[Callable[[], None]]] = {}

    def opened(self, key: FileKey) -> None:
        with self._lock:
            self._count[key] = self._count.get(key, 0) + 1

    def closed(self, key: FileKey) -> None:
        with self._lock:
            left = self._count.get(key, 0) - 1
            if left > 0:
                self._count[key] = left
                return
            self._count.pop(key, None)
            closers = self._parked.pop(key, [])
        for close in closers:
            with contextlib.suppress(Exception):
                close()

    def close_later(self, key: FileKey, close: Callable[[], None]) -> None:
        """Run `close` now if no stdlib connection to the file is open, else after the last one."""
        with self._lock:
            if self._count.get(key, 0) > 0:
                self._parked.setdefault(key, []).append(close)
                return
        close()


OPEN_FILES = _OpenFiles()


class _Source:
    """What every connection to one opened archive shares: where to read, checks, key."""

    _live: ClassVar[set[_Source]] = set()
    _live_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        path: Path,
        read_path: Path,
        *,
        query: str,
        key: str | None,
        private: PrivateFolder | None,
        signature: Signature,
        notices: tuple[Notice, ...],
    ) -> None:
        self.path = path
        self.read_path = read_path
        self.query = query  # URI parameters: "mode=ro", or "mode=ro&immutable=1"
        self.key = key  # the passphrase of an encrypted archive, while unlocked
        self.encrypted = key is not None
        self.private = private
        self.signature = signature
        self.notices = notices
        self.schema_problem: str | None = None  # a search object not this build's
        self.schema_error: KartotekaError | None = None  # the same, with its kind
        self.fingerprint: str | None = None  # for the ledger; None: not remembered
        self.check: CheckResult | None = None  # the slow checks' outcome, once known
        st = read_path.stat()
        self.file_key: FileKey = (st.st_dev, st.st_ino)
        self.shared = False  # others may share it once it passed the checks at open
        self._users = 0
        self.closed = False

    @property
    def in_place(self) -> bool:
        return self.private is None

    @property
    def uri(self) -> str:
        return f"{self.read_path.resolve().as_uri()}?{self.query}"

    @property
    def search_problem(self) -> str | None:
        if self.schema_problem is not None:
            return self.schema_problem
        if self.check is not None and self.check.search_problem is not None:
            return self.check.search_problem
        return None

    @classmethod
    def share(cls, signature: Signature, key: str | None) -> _Source | None:
        """A live source of the same, unchanged file, acquired; else None.

        An encrypted source is shared only with a caller holding its passphrase.
        """
        with cls._live_lock:
            for source in cls._live:
                if not source.shared or source.signature != signature or source._users <= 0:
                    continue
                if source.encrypted and (
                    key is None
                    or source.key is None
                    or not hmac.compare_digest(source.key.encode(), key.encode())
                ):
                    continue
                source._users += 1
                return source
        return None

    def acquire(self) -> None:
        with _Source._live_lock:
            self._users += 1
            _Source._live.add(self)

    def release(self) -> None:
        with _Source._live_lock:
            self._users -= 1
            last = self._users <= 0
            if last:
                _Source._live.discard(self)
                self.closed = True
                self.key = None
        if last and self.private is not None:
            self.private.remove()

    def connect(self, original: Path) -> sqlite3.Connection:
        """A new hardened read-only connection to the file this source reads."""
        return _connect(self.uri, key=self.key, original=original)


class Archive:
    """An open archive: the user's path and a read-only Database on the file read.

    `notices` holds typed notes about things repaired or ignored (an
    unfinished change, a damaged write-ahead log, a big private copy).
    `check_result` is the slow checks' outcome once known (None before).
    """

    def __init__(self, path: Path, db: Database, source: _Source) -> None:
        self.path = path
        self.db = db
        self._source = source
        self._deadline: float | None = None
        self._cancelled = False
        self._closed = False
        self._limit_ms: int | None = None
        OPEN_FILES.opened(source.file_key)
        db.conn.set_progress_handler(self._progress, PROGRESS_STEPS)
        self._data_version = self._read_data_version()

    def _progress(self) -> int:
        if self._cancelled:
            return 1
        if self._deadline is not None and time.monotonic() > self._deadline:
            return 1
        return 0

    @property
    def search_available(self) -> bool:
        """False when the search index is damaged or not this build's (browsing still works)."""
        return self._source.search_problem is None

    @search_available.setter
    def search_available(self, value: bool) -> None:
        # for tests and callers that find the index unusable themselves
        if not value and self._source.search_problem is None:
            self._source.schema_problem = f"{self.path}: search is unavailable for this archive."
        elif value:
            self._source.schema_problem = self._source.schema_error = None

    @property
    def search_problem(self) -> str | None:
        """Why search is unavailable, as a plain sentence; None when it is available."""
        return self._source.search_problem

    @search_problem.setter
    def search_problem(self, text: str | None) -> None:
        self._source.schema_problem = text
        self._source.schema_error = None

    @property
    def search_error(self) -> KartotekaError | None:
        """Why search is unavailable, with its kind (to word anew): what opening found, else
        what the check found (this run or, from the ledger, an earlier one)."""
        if self._source.schema_problem is not None:
            return self._source.schema_error
        check = self._source.check
        if check is None or check.search_problem is None or check.kind is None:
            return None
        return check.error(KartotekaError, self.path)

    @property
    def notices(self) -> tuple[Notice, ...]:
        return self._source.notices

    @property
    def check_result(self) -> CheckResult | None:
        """The slow checks' outcome (db.checks), from this run or the ledger; None if unknown."""
        return self._source.check

    @property
    def checks_pending(self) -> bool:
        """Whether the slow checks have not run yet for this file (see db.checks)."""
        check = self._source.check
        return check is None or not check.finished

    @property
    def in_place(self) -> bool:
        """Whether the user's file itself is read (no private copy was made)."""
        return self._source.in_place

    @contextlib.contextmanager
    def time_limit(self, ms: int) -> Iterator[None]:
        """Abort any query in the block that runs longer than `ms`.

        Also turns SQLite errors that a damaged or hostile file causes later
        (a value over the length limit, a malformed page) into plain errors.
        """
        previous = self._deadline, self._limit_ms
        self._deadline = deadline = time.monotonic() + ms / 1000
        self._limit_ms = ms
        self._cancelled = False
        conn = self.db.conn
        short = ms <= SHORT_LIMIT_MS
        if short:
            conn.set_progress_handler(self._progress, SHORT_LIMIT_STEPS)
        token = DEADLINES.add(deadline, conn.interrupt)
        try:
            with self.guard():
                yield
        finally:
            DEADLINES.remove(token)
            outer_short = previous[1] is not None and previous[1] <= SHORT_LIMIT_MS
            if short and not outer_short:
                conn.set_progress_handler(self._progress, PROGRESS_STEPS)
            self._deadline, self._limit_ms = previous

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Turn SQLite failures in the block into plain errors, without a time limit.

        For long reads that must not be cut short (an export); `cancel()`
        still stops them.
        """
        try:
            yield
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            error = sqlite_errors.archive_error(
                exc, self.path, cancelled=self._cancelled, limit_ms=self._limit_ms
            )
            if error is None:
                raise
            raise error from exc

    def cancel(self) -> None:
        """Stop the query running now (callable from another thread)."""
        self._cancelled = True
        self.db.conn.interrupt()

    @property
    def encrypted(self) -> bool:
        """Whether the archive is encrypted at rest (opened with a passphrase)."""
        return self._source.encrypted

    def forget_key(self) -> None:
        """Drop the passphrase, so `reopen()` needs it again (the "lock" action).

        Connections already open keep working until closed; Python cannot
        overwrite a string's memory, so this drops the last reference instead.
        """
        self._source.key = None

    def _read_data_version(self) -> int | None:
        try:
            return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def changed_on_disk(self) -> bool:
        """Whether the file (or a sidecar beside it) changed since this Archive was opened."""
        return self.disk_change() is not None

    @property
    def is_closed(self) -> bool:
        return self._closed

    def disk_change(self, *, data_version: bool = True) -> DiskChange | None:
        """What happened to the user's file since it was opened: None if nothing.

        Cheap (a few `stat` calls and `PRAGMA data_version` on this
        connection): call it from the thread that uses this Archive, e.g.
        when the window regains focus, and offer to reopen when it says so.
        A private copy does not change, but the user's file beside it can.
        Never raises for a vanished file: this connection keeps reading what
        it opened (the inode stays open), and the answer says DELETED.
        `data_version=False` looks at the files only (no query on this connection).
        """
        now = _signature(self.path)
        data_changed = False
        same = now == self._source.signature
        if same and data_version and self._source.in_place and not self._closed:
            version = self._data_version
            data_changed = version is not None and self._read_data_version() != version
        return change_between(self._source.signature, now, data_changed=data_changed)

    def reopen(self) -> Archive:
        """A second connection to the same file (or private copy), for a worker thread.

        The file was checked when it was opened, so this is cheap.
        """
        source = self._source
        if source.closed or self._closed:
            return open_archive(self.path, defer_checks=True)
        if source.encrypted and source.key is None:
            raise encrypted_error(self.path)
        source.acquire()
        try:
            conn = source.connect(self.path)
        except BaseException:
            source.release()
            raise
        return Archive(self.path, _database(conn), source)

    def close(self) -> None:
        """Close the connection; a private copy goes with its last connection."""
        if self._closed:
            return
        self._closed = True
        self.db.close()
        OPEN_FILES.closed(self._source.file_key)
        self._source.release()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# --- connections ----------------------------------------------------------------


def _connect(uri: str, *, key: str | None, original: Path) -> sqlite3.Connection:
    """A hardened, read-only connection to `uri` (sqlcipher3 with `key` for encrypted files).

    The first read happens here, so a wrong passphrase, a hot journal, a
    lock held by a writer or a damaged header surface at once as SQLite
    errors (a wrong key as WrongPassphraseError naming `original`).
    """
    if key is None:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_LENGTH)
    else:
        conn = cipher_connect(uri, key, uri=True)
        harden_cipher(cast(CipherProxy, conn)._target)
    try:
        conn.text_factory = _decode_text
        setconfig: Callable[[int, bool], bool] | None = getattr(conn, "setconfig", None)
        if setconfig is not None:  # Python 3.12+
            setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"), True)  # noqa: B009
            setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_TRUSTED_SCHEMA"), False)  # noqa: B009
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("PRAGMA cell_size_check = 1")
        conn.execute("PRAGMA mmap_size = 0")
        conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        if key is not None:
            conn.execute("PRAGMA temp_store = MEMORY")  # no decrypted temp files
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if key is not None and _not_a_database(exc):
            raise wrong_passphrase_error(original) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _not_a_database(exc: BaseException) -> bool:
    return sqlite_errors.failure_of(exc) is sqlite_errors.Failure.NOT_A_DATABASE


def _database(conn: sqlite3.Connection) -> Database:
    # plugins could register functions on the connection; an archive gets none
    return Database(conn, execute_plugins=False)


def _recover(private: PrivateFolder, key: str | None) -> None:
    """Replay the copied journal or WAL inside the copy, then make it a rollback-journal file."""
    target = str(private.db_path)
    if key is None:
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    else:
        conn = cipher_connect(target, key)
        conn.execute("PRAGMA temp_store = MEMORY")
    try:
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("PRAGMA cell_size_check = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # checkpoints a recovered WAL into the file and deletes the -wal and -shm
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()


class _HotJournal(Exception):
    """A journal appeared beside the file while it was opened in place."""


def _open_in_place(p: Path, key: str | None, signature: Signature) -> _Source:
    # an encrypted header hides the journal mode: immutable=1 reads the file as
    # it is, with no lock and no -wal or -shm (only files with no sidecar get here)
    query = "mode=ro&immutable=1" if key is not None else "mode=ro"
    return _Source(p, p, query=query, key=key, private=None, signature=signature, notices=())


def _open_copy(p: Path, key: str | None, header: Header | None, signature: Signature) -> _Source:
    private = PrivateFolder.create(p)
    try:
        wal_mode = header.wal if header is not None else False
        if wal_mode or p.with_name(p.name + "-wal").exists():
            notices = private_copy.copy_wal_file(p, private, header)
            why = "is in write-ahead-log mode" if wal_mode else "has a write-ahead log beside it"
        else:
            notices = private_copy.copy_rollback_file(p, private, header, key)
            why = "has a journal file beside it"
        try:
            _recover(private, key)
        except sqlite3.DatabaseError as exc:
            if key is not None and _not_a_database(exc):
                raise wrong_passphrase_error(p) from exc
            if sqlite_errors.failure_of(exc) is sqlite_errors.Failure.FULL:
                raise ArchiveUnreadableError.of(ErrorKind.TEMP_FOLDER_FULL, p) from exc
            raise sqlite_errors.damaged_error(p, exc) from exc
        notices += private_copy.big_copy_notice(p, private, why)
        return _Source(
            p,
            private.db_path,
            query="mode=ro",
            key=key,
            private=private,
            signature=signature,
            notices=notices,
        )
    except BaseException:
        private.remove()
        raise


def _first_archive(p: Path, source: _Source) -> Archive:
    """The first connection to a new source, with the header and schema checks."""
    source.acquire()
    try:
        conn = source.connect(p)
    except BaseException:
        source.release()
        raise
    deadline = time.monotonic() + OPEN_CHECK_LIMIT_MS / 1000
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), OPEN_PROGRESS_STEPS)
    try:
        source.schema_error = schema_check.check(p, conn)
        source.schema_problem = source.schema_error.message if source.schema_error else None
        if source.schema_problem is None:
            stale = key_version.notice(p, key_version.read(_database(conn)))
            source.notices += (stale,) if stale is not None else ()
    except BaseException:
        conn.close()
        source.release()
        raise
    return Archive(p, _database(conn), source)


def _open_error(p: Path, exc: BaseException) -> BaseException:
    """The plain error for a failure while opening (others unchanged)."""
    if isinstance(exc, KartotekaError):
        return exc
    if sqlite_errors.is_interrupt(exc):
        return ArchiveCheckTimeoutError.of(
            ErrorKind.CHECK_TIMEOUT, p, seconds=OPEN_CHECK_LIMIT_MS // 1000
        )
    if isinstance(exc, UnicodeDecodeError | sqlite3.DatabaseError):
        if sqlite_errors.failure_of(exc) is sqlite_errors.Failure.BUSY:
            return sqlite_errors.locked_error(p)
        return sqlite_errors.damaged_error(p, exc)
    return exc


def _new_source(p: Path, key: str | None, header: Header | None) -> tuple[_Source, Archive]:
    signature = _signature(p)
    if header is not None and not header.wal and not sidecars(p):
        source = _open_in_place(p, key, signature)
        try:
            return source, _first_archive(p, source)
        except sqlite3.DatabaseError as exc:
            if not sqlite_errors.is_hot_journal(exc):
                raise
            # a program began writing the file just now: read a copy instead
    elif header is None and not sidecars(p):
        source = _open_in_place(p, key, signature)
        return source, _first_archive(p, source)
    source = _open_copy(p, key, header, signature)
    return source, _first_archive(p, source)


def needs_private_copy(path: str | Path) -> bool:
    """Whether `open_archive` would copy `path` first (a WAL header or a sidecar beside it).

    Cheap (the header and a directory lookup), so a window can say "making a
    private copy" while a big file is copied; False when the file cannot be
    read at all (`open_archive` then says why).
    """
    p = Path(path).expanduser().absolute()
    try:
        if sidecars(p):
            return True
        return check_header(p, stat_file(p)).wal
    except (KartotekaError, OSError):
        return False


def open_archive(
    path: str | Path, passphrase: str | None = None, *, defer_checks: bool = False
) -> Archive:
    """Open an archive read-only: in place when that writes nothing, else a private copy.

    Raises an ArchiveError subclass with a plain message naming the file for
    every way a file can be unusable; the user's file and anything beside it
    keep their exact bytes and no new file appears beside them. An encrypted
    archive needs `passphrase` (ArchiveEncryptedError without one,
    WrongPassphraseError with a wrong one); a plain archive ignores it.

    The header and schema are always checked. The slow checks (db.checks:
    quick_check, the FTS5 indexes, duplicate ids) run here too, and a damaged
    archive raises ArchiveDamagedError, unless the ledger knows the unchanged
    file or `defer_checks` is True; then `archive.checks_pending` says
    whether the caller should run `db.checks.ArchiveCheck` later.
    """
    p = Path(path).expanduser().absolute()
    st = stat_file(p)
    key: str | None = None
    header: Header | None = None
    if passphrase is not None and looks_encrypted(read_head(p, 4096), st.st_size):
        if not passphrase:
            raise wrong_passphrase_error(p)
        key = passphrase
    else:
        header = check_header(p, st)
    shared = _Source.share(_signature(p), key)
    if shared is not None:
        # another window or pane has this very file open: share its checks
        try:
            archive = Archive(p, _database(shared.connect(p)), shared)
        except BaseException as exc:
            shared.release()
            error = _open_error(p, exc)
            if error is exc:
                raise
            raise error from exc
    else:
        try:
            source, archive = _new_source(p, key, header)
        except BaseException as exc:
            error = _open_error(p, exc)
            if error is exc:
                raise
            raise error from exc
        _remember(source, p, header)
        source.shared = True
    if not defer_checks:
        known = archive.check_result
        if known is None or known.damaged:  # a damaged file is checked again for the details
            _check_now(archive, force=known is not None)
    return archive


def _remember(source: _Source, p: Path, header: Header | None) -> None:
    """Look the file up in the ledger of checked archives (unchanged, alone, no notices)."""
    repaired = [n for n in source.notices if n.kind in REPAIRS]
    if repaired or any(part is not None for part in source.signature[1:]):
        return
    print_ = ledger.fingerprint(p, encrypted=source.encrypted)
    if print_ is None or _signature(p) != source.signature:
        return
    source.fingerprint = print_
    outcome = ledger.lookup(p, print_)
    if outcome is not None:
        from db.checks import result_from_ledger

        source.check = result_from_ledger(p, outcome)


def _check_now(archive: Archive, *, force: bool) -> None:
    """Run the slow checks before `open_archive` returns; raise for damage or timeout."""
    from db.checks import CheckStatus, check_archive

    try:
        result = check_archive(archive, time_limit_ms=OPEN_CHECK_LIMIT_MS, force=force)
    except BaseException:
        archive.close()
        raise
    if result.status is CheckStatus.DAMAGED:
        archive.close()
        raise result.error(ArchiveDamagedError, archive.path)
    if result.status is CheckStatus.TIMED_OUT:
        archive.close()
        raise result.error(ArchiveCheckTimeoutError, archive.path)


def archive_key(archive: Archive) -> str | None:
    """The passphrase of an unlocked encrypted Archive (to ATTACH its file); None otherwise."""
    return archive._source.key


def source_path(archive: Archive) -> Path:
    """The file an Archive reads: the user's file in place, else the checked private copy.

    For db.encryption, which reads it through sqlcipher3 (ciphertext if encrypted).
    """
    return archive._source.read_path
