"""Encrypting an annotation store, or changing its passphrase, in one atomic step.

Why a copy and a rename: SQLCipher's `PRAGMA rekey` rewrites the pages in
place, so a kill midway would leave a file that opens with neither key.
Instead the closed store is exported (`sqlcipher_export`) into a new file
beside it under the new key, read back, fsynced and moved over the store
with `os.replace`. At every moment the store's name holds either the old
file (old key, or plain) or the new one, and the temporary file is always
ciphertext under the new key, so nothing in clear is ever written.

The backups in `<stem>-backups/` follow, one atomic replace each, so no
plaintext (or old-key) copy of the notes stays beside an encrypted store. A
kill between the store and its backups leaves some backups in their old
form; running the change again (even with the same passphrase) finishes
them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import stat
import time
from pathlib import Path

from db.annotations import backup
from db.annotations.errors import (
    AnnotationStoreError,
    AnnotationStoreLockedError,
    AnnotationStorePassphraseError,
    NotAnAnnotationStoreError,
)
from db.encryption import export_copy
from db.errors import ErrorKind
from db.sqlite_errors import Failure, failure_of

SQLITE_MAGIC = b"SQLite format 3\x00"
TMP_MARK = ".kartoteka-rekey-"
LOCK_WAIT_MS = 2000
"""How long another connection (e.g. a reader being closed) may keep the store busy."""


def change_store_passphrase(path: str | Path, old: str | None, new: str) -> None:
    """Encrypt the closed store at `path` with `new` (`old`: its passphrase, None if plain).

    Raises AnnotationStorePassphraseError for a wrong or missing `old` or a
    too-short `new`, and AnnotationStoreLockedError while another program has
    the store open; in both cases nothing is changed. Backups are re-encrypted
    with `new` too.
    """
    from db.encryption import MIN_PASSPHRASE_CHARS

    p = Path(path).expanduser().absolute()
    if len(new) < MIN_PASSPHRASE_CHARS:
        raise AnnotationStorePassphraseError.of(
            ErrorKind.STORE_PASSPHRASE_SHORT, p, chars=MIN_PASSPHRASE_CHARS
        )
    check_store_passphrase(p, old)
    _remove_stale_temps(p)
    guard = _exclusive(p, old)  # no WAL left, and no writer until the swap is done
    try:
        _rekey_file(p, old, new, store=p)
    finally:
        with contextlib.suppress(sqlite3.Error):
            guard.execute("ROLLBACK")
        guard.close()
    for stale in (Path(f"{p}-wal"), Path(f"{p}-shm")):
        if stale.exists() and stale.stat().st_size == 0:
            stale.unlink(missing_ok=True)
    _rekey_backups(p, old, new)


def check_store_passphrase(path: str | Path, old: str | None) -> None:
    """Raise AnnotationStorePassphraseError unless `old` (None: plain) opens the store at `path`.

    Reads only (`mode=ro`), so it works while the store is open and changes nothing.
    """
    p = Path(path).expanduser().absolute()
    if not p.is_file() or p.stat().st_size == 0:
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_MISSING, p)
    with p.open("rb") as fh:
        plain = fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    if plain and old is not None:
        raise AnnotationStorePassphraseError.of(ErrorKind.STORE_NOT_ENCRYPTED, p)
    if not plain and old is None:
        raise AnnotationStorePassphraseError.of(ErrorKind.STORE_ENCRYPTED, p)
    try:
        conn = backup.connect(p.as_uri() + "?mode=ro", old, uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if old is not None and failure_of(exc) is Failure.NOT_A_DATABASE:
            raise AnnotationStorePassphraseError.of(ErrorKind.STORE_WRONG_PASSPHRASE, p) from exc
        raise AnnotationStoreError.of(ErrorKind.STORE_UNREADABLE, p, cause=exc) from exc
    if "annotations" not in tables:
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_OTHER_FILE, p)


def _exclusive(p: Path, key: str | None) -> sqlite3.Connection:
    """A connection holding the write lock, after folding any WAL into the file.

    Returns to rollback-journal mode first, so no `-wal` of the old file
    (plaintext for a plain store) could be replayed onto the new one.
    """
    conn = backup.connect(p, key)
    try:
        conn.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
        deadline = time.monotonic() + LOCK_WAIT_MS / 1000
        while True:  # a reader closing on another thread is given a moment
            with contextlib.suppress(sqlite3.OperationalError):
                mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                if str(mode).lower() == "delete":
                    break
            if time.monotonic() > deadline:
                raise sqlite3.OperationalError("database is locked")
            time.sleep(0.05)
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        conn.close()
        raise AnnotationStoreLockedError.of(ErrorKind.STORE_IN_USE, p) from exc
    return conn


def _temp_name(target: Path) -> Path:
    return target.with_name(f"{TMP_MARK}{target.name}.{secrets.token_hex(6)}")


def _rekey_file(source: Path, old: str | None, new: str, *, store: Path) -> None:
    """Write `source` under `new` beside it, check it, fsync it and swap it in."""
    tmp = _temp_name(source)
    source_uri = source.as_uri() + "?mode=ro"
    try:
        conn = backup.connect(source_uri, old, uri=True)
        try:
            rows = conn.execute("SELECT count(*), max(seq) FROM history").fetchone()
        finally:
            conn.close()
        export_copy(source_uri, old or "", tmp, new)
        _verify(tmp, new, tuple(rows), store)
        os.chmod(tmp, stat.S_IMODE(source.stat().st_mode))
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, source)
        backup._fsync_dir(source.parent)
    except (OSError, sqlite3.Error) as exc:
        raise AnnotationStoreError.of(ErrorKind.STORE_REKEY_NOT_WRITTEN, store, cause=exc) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _verify(tmp: Path, key: str, rows: tuple[object, ...], store: Path) -> None:
    """The new file must pass quick_check with `key` and hold the same history."""
    conn = backup.connect(tmp.as_uri() + "?mode=ro", key, uri=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        same = tuple(conn.execute("SELECT count(*), max(seq) FROM history").fetchone()) == rows
    finally:
        conn.close()
    if not (ok and same):
        raise sqlite3.DatabaseError("the copy read back differs from the store")


def _rekey_backups(p: Path, old: str | None, new: str) -> None:
    """Re-encrypt every backup that opens with `old` (or in clear) under `new`.

    A backup that opens with neither is left alone: it is never deleted.
    """
    folder = backup.backup_dir(p)
    if folder.is_dir():
        for partial in folder.glob(".*.partial"):  # a killed backup's leftovers
            partial.unlink(missing_ok=True)
    for info in backup.list_backups(p):
        path = Path(info.path)
        if backup.quick_check(path, new):
            continue
        for key in dict.fromkeys((old, None)):
            if backup.quick_check(path, key):
                _rekey_file(path, key, new, store=p)
                break


def _remove_stale_temps(p: Path) -> None:
    """Delete copies left by an earlier, killed change (ciphertext under its new key)."""
    for folder, prefix in ((p.parent, f"{TMP_MARK}{p.name}."), (backup.backup_dir(p), TMP_MARK)):
        if not folder.is_dir():
            continue
        for stale in folder.iterdir():
            if stale.name.startswith(prefix):
                stale.unlink(missing_ok=True)
    restoring = p.with_name(f".{p.name}.restoring")  # a killed restore's leftover
    restoring.unlink(missing_ok=True)
