"""Verified, rotating backups of the annotation store, and recovery from them.

Backups use the SQLite online backup API (consistent even while the store is
open in WAL mode), are written under a temporary name, checked with
`PRAGMA quick_check` and only then renamed into place. A damaged store is
moved aside, never deleted, and the newest backup that passes quick_check is
restored in its place.

An encrypted store (SQLCipher, see `open_store(passphrase=...)`) has
encrypted backups: the backup connection gets the same key before the copy,
so the backup API copies pages under that key, and `quick_check` reads the
backup with it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from db.annotations.errors import (
    AnnotationStoreDamagedError,
    AnnotationStoreError,
    AnnotationStoreFullError,
)
from db.annotations.records import BackupInfo
from db.errors import ErrorKind
from db.sqlite_errors import Failure, failure_of

STAMP = "%Y%m%dT%H%M%S%fZ"
DAILY = dt.timedelta(days=1)


def connect(target: str | Path, key: str | None, *, uri: bool = False) -> sqlite3.Connection:
    """A connection to a store or backup file: SQLCipher with `key` applied first, else sqlite3.

    The key goes in with `set_key` (SQLCipher's `PRAGMA key`, without putting
    it in SQL text) before anything reads the file. Errors come out as
    sqlite3's classes either way.
    """
    if key is None:
        return sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    from db.cipher import cipher_connect as _cipher_connect

    conn = _cipher_connect(str(target), key, uri=uri)
    conn.isolation_level = None
    return conn


def _raw(conn: sqlite3.Connection) -> sqlite3.Connection:
    """The sqlcipher3 connection behind the error-translating proxy (backup() needs it)."""
    return getattr(conn, "_target", conn)


def backup_dir(store_path: Path) -> Path:
    """Backups live beside the store, in `<stem>-backups/`."""
    return store_path.with_name(f"{store_path.stem}-backups")


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime(STAMP)


def _parse(path: Path) -> BackupInfo | None:
    # <stem>-<stamp>-<reason>.sqlite
    parts = path.stem.rsplit("-", 2)
    if len(parts) != 3 or path.suffix != ".sqlite":
        return None
    try:
        when = dt.datetime.strptime(parts[1], STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return BackupInfo(str(path), when.isoformat(), parts[2])


def list_backups(store_path: Path) -> list[BackupInfo]:
    """Backups of this store, newest first."""
    folder = backup_dir(store_path)
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob(f"{store_path.stem}-*.sqlite") if (info := _parse(p))]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def quick_check(path: Path, key: str | None = None) -> bool:
    """True when the file opens read-only (with `key`) and `PRAGMA quick_check` says ok."""
    try:
        conn = connect(path.resolve().as_uri() + "?mode=ro", key, uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can fsync a directory
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _strip_recent(conn: sqlite3.Connection) -> None:
    """Leave the recent searches and archives out: backups are for annotations.

    They are overwritten (secure_delete), so the copy holds no searched name.
    """
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'recent'")
    if found.fetchone() is not None:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("DELETE FROM recent")


def _copy_database(source: sqlite3.Connection, target: Path, key: str | None = None) -> None:
    dest = connect(target, key)
    try:
        _raw(source).backup(_raw(dest))
        dest.execute("PRAGMA journal_mode = DELETE")
        _strip_recent(dest)
    finally:
        dest.close()
    with target.open("rb+") as fh:
        os.fsync(fh.fileno())


def make_backup(
    conn: sqlite3.Connection,
    store_path: Path,
    *,
    reason: str,
    keep: int,
    now: dt.datetime | None = None,
    key: str | None = None,
) -> BackupInfo:
    """Copy the open store into a new verified backup and drop the oldest beyond `keep`."""
    when = now or dt.datetime.now(dt.UTC)
    folder = backup_dir(store_path)
    target = folder / f"{store_path.stem}-{_stamp(when)}-{reason}.sqlite"
    partial = target.with_name(f".{target.name}.partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        _copy_database(conn, partial, key)
        if not quick_check(partial, key):
            raise AnnotationStoreError.of(ErrorKind.BACKUP_CHECK_FAILED, store_path)
        os.replace(partial, target)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        full = failure_of(exc) is Failure.FULL
        cls = AnnotationStoreFullError if full else AnnotationStoreError
        raise cls.of(ErrorKind.BACKUP_NOT_WRITTEN, store_path, folder=folder, cause=exc) from exc
    rotate(store_path, keep)
    info = _parse(target)
    assert info is not None
    return info


def rotate(store_path: Path, keep: int) -> None:
    """Delete all but the `keep` newest backups."""
    for old in list_backups(store_path)[max(keep, 1) :]:
        Path(old.path).unlink(missing_ok=True)


def newest_backup_age(store_path: Path, now: dt.datetime) -> dt.timedelta | None:
    backups = list_backups(store_path)
    if not backups:
        return None
    return now - dt.datetime.fromisoformat(backups[0].taken_at)


def move_aside(store_path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged store (and its -wal/-shm) out of the way; never delete it."""
    stamp = _stamp(now or dt.datetime.now(dt.UTC))
    aside = store_path.with_name(f"{store_path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        side = Path(f"{store_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    if store_path.exists():
        os.replace(store_path, aside)
    _fsync_dir(store_path.parent)
    return aside


def restore_newest_good(store_path: Path, key: str | None = None) -> tuple[BackupInfo, Path]:
    """Move the damaged store aside and put the newest good backup in its place.

    Returns the backup used and where the damaged file went. Raises
    AnnotationStoreDamagedError, leaving the damaged file where it is, when no
    backup passes quick_check.
    """
    good = next((b for b in list_backups(store_path) if quick_check(Path(b.path), key)), None)
    if good is None:
        raise AnnotationStoreDamagedError.of(
            ErrorKind.STORE_DAMAGED_NO_BACKUP, store_path, folder=backup_dir(store_path)
        )
    aside = move_aside(store_path)
    source = connect(Path(good.path).resolve().as_uri() + "?mode=ro", key, uri=True)
    try:
        partial = store_path.with_name(f".{store_path.name}.restoring")
        partial.unlink(missing_ok=True)
        _copy_database(source, partial, key)
    finally:
        source.close()
    os.replace(partial, store_path)
    _fsync_dir(store_path.parent)
    return good, aside
