"""The SQLCipher binding (`sqlcipher3`): connections that raise sqlite3's errors, hardened.

Encrypted archives and annotation stores are read through `sqlcipher3`, whose
bundled SQLite (3.53 in the pinned wheel) is also what runs the background
integrity checks of plain archives (db.checks): its `quick_check` verifies
FTS5 indexes on a read-only connection, which Python's SQLite 3.40 cannot.
"""

from __future__ import annotations

import ctypes
import sqlite3
from collections.abc import Iterator
from typing import Any, cast

MAX_VALUE_BYTES = 64 * 1024 * 1024
"""SQLITE_LIMIT_LENGTH: a larger text or blob is refused instead of filling memory."""
MAX_SQL_LENGTH = 1_000_000
"""SQLITE_LIMIT_SQL_LENGTH: bounds the SQL text of a hostile schema."""

SQLITE_LIMIT_LENGTH_ID, SQLITE_LIMIT_SQL_LENGTH_ID = 0, 1
SQLITE_DBCONFIG_DEFENSIVE_ID, SQLITE_DBCONFIG_TRUSTED_SCHEMA_ID = 1010, 1017
SQLITE_DBSTATUS_CACHE_MISS = 8
CIPHER_COMPILED_MAX_LENGTH = 1_000_000_000
"""SQLITE_MAX_LENGTH of the sqlcipher3 wheel; seeing it proves the handle is right."""


def cipher() -> Any:
    """The sqlcipher3 module, imported only when it is needed."""
    import sqlcipher3  # type: ignore[import-untyped]

    return sqlcipher3


def as_stdlib_error(exc: BaseException) -> BaseException:
    """The sqlite3 exception matching a sqlcipher3 one (same class name, message, codes).

    The rest of db/ and viewer/ catch `sqlite3.OperationalError` and friends
    and classify them with db.sqlite_errors; encrypted archives must raise
    the same classes with the same codes.
    """
    cls = getattr(sqlite3, type(exc).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.DatabaseError
    new = cls(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            setattr(new, attr, getattr(exc, attr))
    return new


class CipherProxy:
    """Wraps a sqlcipher3 connection or cursor so that errors come out as sqlite3's."""

    def __init__(self, target: Any) -> None:
        object.__setattr__(self, "_target", target)

    def _wrap(self, value: Any) -> Any:
        if isinstance(value, cipher().Cursor):
            return self if value is self._target else CipherProxy(value)
        return value

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        error = cipher().Error

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return self._wrap(attr(*args, **kwargs))
            except error as exc:
                raise as_stdlib_error(exc) from exc

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)

    def __iter__(self) -> Iterator[Any]:
        error = cipher().Error
        rows = iter(self._target)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except error as exc:
                raise as_stdlib_error(exc) from exc
            yield row

    def __enter__(self) -> Any:
        return self._wrap(self._target.__enter__())

    def __exit__(self, *exc_info: Any) -> Any:
        try:
            return self._target.__exit__(*exc_info)
        except cipher().Error as exc:
            raise as_stdlib_error(exc) from exc


def raw_connection(conn: Any) -> Any:
    """The sqlcipher3 connection behind a CipherProxy (or `conn` itself)."""
    return getattr(conn, "_target", conn)


def cipher_connect(target: str, key: str | None, *, uri: bool = False) -> sqlite3.Connection:
    """A sqlcipher3 connection with `key` applied, behind the error-translating proxy.

    The key is given with `set_key` (never spliced into SQL text), and
    SQLCipher's own logging is off so a wrong key prints nothing. Without a
    key the connection is plain SQLite (the background checks; attaching
    encrypted files with KEY).
    """
    try:
        raw = cipher().connect(target, uri=uri, check_same_thread=False)
    except cipher().Error as exc:  # e.g. the file was deleted while open
        raise as_stdlib_error(exc) from exc
    conn = cast(sqlite3.Connection, CipherProxy(raw))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            raw.set_key(key)
    except BaseException:
        raw.close()
        raise
    return conn


def _handle(raw: Any) -> tuple[Any, int] | None:
    """(the C library, the `sqlite3*` handle) of a sqlcipher3 connection, or None.

    The handle sits right after the object header (as in CPython's
    `pysqlite_Connection`); it is trusted only if it reports the wheel's
    compiled length limit or the limit this module set.
    """
    try:
        lib = ctypes.CDLL(cipher()._sqlite3.__file__)
    except (OSError, AttributeError, ImportError):
        return None
    limit = lib.sqlite3_limit
    limit.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    limit.restype = ctypes.c_int
    handle = ctypes.c_void_p.from_address(id(raw) + object.__basicsize__).value
    if not handle or limit(handle, SQLITE_LIMIT_LENGTH_ID, -1) not in (
        CIPHER_COMPILED_MAX_LENGTH,
        MAX_VALUE_BYTES,
    ):
        return None
    return lib, handle


def harden_cipher(raw: Any) -> bool:
    """Lower the length limits and set DEFENSIVE on a sqlcipher3 connection.

    sqlcipher3 has no `setlimit()`/`setconfig()`, so its C functions are
    called through ctypes on the connection's handle (see `_handle`). If the
    handle cannot be proven right, nothing is changed and False is returned.
    """
    found = _handle(raw)
    if found is None:
        return False
    lib, handle = found
    lib.sqlite3_limit(handle, SQLITE_LIMIT_LENGTH_ID, MAX_VALUE_BYTES)
    lib.sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH_ID, MAX_SQL_LENGTH)
    config = lib.sqlite3_db_config  # variadic: (db, op, int, int*)
    config.restype = ctypes.c_int
    for op, value in ((SQLITE_DBCONFIG_DEFENSIVE_ID, 1), (SQLITE_DBCONFIG_TRUSTED_SCHEMA_ID, 0)):
        config(ctypes.c_void_p(handle), ctypes.c_int(op), ctypes.c_int(value), ctypes.c_void_p())
    return True


class PageReads:
    """Pages a sqlcipher3 connection has read from disk so far (SQLITE_DBSTATUS_CACHE_MISS).

    The background check reports its progress by this count, which grows
    steadily while `quick_check` walks the file. `read()` is -1 when the
    handle cannot be proven right.
    """

    def __init__(self, conn: Any) -> None:
        found = _handle(raw_connection(conn))
        self._lib: Any = found[0] if found is not None else None
        self._handle: int = found[1] if found is not None else 0
        if self._lib is not None:
            status = self._lib.sqlite3_db_status
            status.argtypes = [
                ctypes.c_void_p,
                ctypes.c_int,
                ctypes.POINTER(ctypes.c_int),
                ctypes.POINTER(ctypes.c_int),
                ctypes.c_int,
            ]
            status.restype = ctypes.c_int
        self._cur = ctypes.c_int()
        self._high = ctypes.c_int()

    def read(self) -> int:
        if self._lib is None:
            return -1
        self._lib.sqlite3_db_status(
            self._handle,
            SQLITE_DBSTATUS_CACHE_MISS,
            ctypes.byref(self._cur),
            ctypes.byref(self._high),
            0,
        )
        return int(self._cur.value)
