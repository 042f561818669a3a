"""Encryption at rest: encrypted copies of archives, detection, atomic passphrase change.

Archives are encrypted with SQLCipher (through `sqlcipher3`, a DB-API module
that sqlite-utils accepts like `sqlite3`); see docs/SECURITY.md for why. An
encrypted archive holds no plaintext: every page, the header included, is
ciphertext, and only `db.connection.open_archive(path, passphrase)` reads it.

Nothing here writes a plaintext file: `encrypt_archive` reads the checked
file that `open_archive` reads (the plaintext source in place, or its private
copy) and
writes ciphertext straight into a temporary file beside the output, and
`change_passphrase` writes a re-keyed encrypted copy beside the archive and
swaps it in with `os.replace`, so a crash at any moment leaves a file that
opens with either the old or the new passphrase. A lost passphrase cannot be
recovered: the data is gone with it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from db import sqlite_errors
from db.cipher import cipher as _cipher
from db.cipher import cipher_connect as _cipher_connect
from db.connection import open_archive, source_path
from db.errors import (
    ArchiveDamagedError,
    ArchiveEncryptedError,
    ArchiveError,
    ErrorKind,
    KartotekaError,
    NotSQLiteError,
    OutputError,
    WrongPassphraseError,
)
from db.header import looks_encrypted as _looks_encrypted
from db.header import read_head as _read_head
from db.header import stat_file as _stat_file
from db.header import wrong_passphrase_error as _wrong_passphrase_error

__all__ = [
    "ArchiveEncryptedError",
    "EncryptionCancelledError",
    "PassphraseError",
    "WrongPassphraseError",
    "change_passphrase",
    "encrypt_archive",
    "is_probably_encrypted",
]

MIN_PASSPHRASE_CHARS = 8
"""Shorter passphrases are refused: they fall to guessing within hours."""
TMP_MARK = ".kartoteka-tmp-"
PROGRESS_EVERY_OPS = 1000
"""SQLite VM steps between checks of the progress callback (a few microseconds' work)."""
PROGRESS_EVERY_S = 0.1
"""The callback is called at most this often, so a Cancel is seen within a second."""

Progress = Callable[[float], bool]
"""Called now and then with the share of the work done (0 to 1); False stops the work."""


class EncryptionCancelledError(KartotekaError):
    """The user stopped the encrypted copy; nothing was written."""

    title = "Cancelled"


class PassphraseError(KartotekaError):
    """A new passphrase is unusable (empty or too short)."""

    title = "Passphrase not accepted"


def is_probably_encrypted(path: Path) -> bool:
    """Whether `path` looks like an encrypted archive: no SQLite header, random-looking bytes.

    Random bytes look the same; only the passphrase can tell them apart.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return _looks_encrypted(head, size)


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise PassphraseError.of(ErrorKind.PASSPHRASE_SHORT, None, chars=MIN_PASSPHRASE_CHARS)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform (Windows)
        _fsync(folder)


def _temp_name(target: Path) -> Path:
    """A temporary name beside `target` (same file system, so os.replace is atomic)."""
    return target.with_name(f"{TMP_MARK}{target.name}.{secrets.token_hex(6)}")


@contextlib.contextmanager
def _removing(tmp: Path) -> Iterator[Path]:
    """Yield `tmp`; remove it and any journal of it unless it was moved into place."""
    try:
        yield tmp
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def export_copy(
    source_uri: str,
    source_key: str,
    target: Path,
    target_key: str,
    keep_going: Callable[[], bool] | None = None,
) -> None:
    """Write `source` (plain if its key is "") into the new encrypted file `target`.

    `keep_going` is asked every few thousand SQLite steps; False interrupts
    the export (an `sqlite3.OperationalError`, "interrupted").
    """
    conn = _cipher_connect(":memory:", None)
    if keep_going is not None:
        raw = getattr(conn, "_target", conn)
        raw.set_progress_handler(lambda: 0 if keep_going() else 1, PROGRESS_EVERY_OPS)
    try:
        conn.execute("ATTACH DATABASE ? AS source KEY ?", [source_uri, source_key])
        version = int(conn.execute("PRAGMA source.user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS target KEY ?", [str(target), target_key])
        # a half-written temporary file is discarded anyway; it is fsynced before use
        conn.execute("PRAGMA target.journal_mode = OFF")
        conn.execute("PRAGMA target.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('target', 'source')")
        conn.execute(f"PRAGMA target.user_version = {version}")  # not copied by the export
        conn.execute("DETACH DATABASE target")
        conn.execute("DETACH DATABASE source")
    finally:
        conn.close()


def _verify(path: Path, key: str, original: Path) -> None:
    """Open the new file with its key and read its schema, or raise ArchiveError."""
    conn = _cipher_connect(path.as_uri() + "?mode=ro", key, uri=True)
    try:
        conn.execute("SELECT count(*) FROM people").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ArchiveError.of(ErrorKind.ENCRYPTED_COPY_UNREADABLE, original, reason=exc) from exc
    finally:
        conn.close()


def _refuse_existing(dst: Path) -> None:
    if dst.exists() or dst.is_symlink():
        raise OutputError.of(ErrorKind.COPY_EXISTS, dst)
    if not dst.parent.is_dir():
        raise OutputError.of(ErrorKind.COPY_FOLDER_MISSING, dst, folder=dst.parent)


def _refuse_source(src: Path, dst: Path) -> None:
    """An encrypted copy never replaces its own source (or a folder)."""
    same = dst.resolve() == src.resolve()
    if not same and dst.exists():
        with contextlib.suppress(OSError):
            same = os.path.samefile(src, dst)
    if same:
        raise OutputError.of(ErrorKind.COPY_IS_SOURCE, dst)
    if dst.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_IS_FOLDER, dst)
    if not dst.parent.is_dir():
        raise OutputError.of(ErrorKind.COPY_FOLDER_MISSING, dst, folder=dst.parent)


class _Reporter:
    """Turns `Progress` into SQLite's progress handler: throttled, and sticky once stopped."""

    def __init__(self, progress: Progress | None, tmp: Path, total: int) -> None:
        self.progress = progress
        self.tmp = tmp
        self.total = max(total, 1)
        self.stopped = False
        self._last = 0.0

    def report(self, share: float, *, force: bool = False) -> bool:
        """Pass `share` on (at most every PROGRESS_EVERY_S); False once the user stopped."""
        if self.progress is None or self.stopped:
            return not self.stopped
        now = time.monotonic()
        if force or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.stopped = not self.progress(min(max(share, 0.0), 1.0))
        return not self.stopped

    def keep_going(self) -> bool:
        """The share written so far is the temporary file's size against the source's."""
        try:
            written = self.tmp.stat().st_size
        except OSError:
            written = 0
        return self.report(0.05 + 0.9 * min(written / self.total, 1.0))

    def check(self, dst: Path) -> None:
        if self.stopped:
            raise EncryptionCancelledError.of(ErrorKind.ENCRYPTION_CANCELLED, dst)


def encrypt_archive(
    src: Path,
    dst: Path,
    passphrase: str,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write an encrypted copy of the archive `src` to the new file `dst`.

    `src` is opened (and checked) as any archive is; the ciphertext is written
    to a temporary name beside `dst`, fsynced and moved into place. An
    existing `dst` is never overwritten unless `overwrite` (the user confirmed
    it); then it is replaced in one `os.replace`, so it is never half-written.
    `src` itself is never replaced.

    `progress` (see `Progress`) is called every tenth of a second or so; when
    it returns False the copy stops, the temporary file is removed and
    EncryptionCancelledError is raised: `dst` is untouched (an existing one
    too) and no file is left behind.
    """
    _check_new_passphrase(passphrase)
    dst = Path(dst).expanduser().absolute()
    _refuse_source(Path(src).expanduser().absolute(), dst)
    if not overwrite:
        _refuse_existing(dst)
    reporter = _Reporter(progress, _temp_name(dst), 1)
    reporter.report(0.0, force=True)
    reporter.check(dst)
    with open_archive(src) as archive, _removing(reporter.tmp) as tmp:
        source = source_path(archive)
        reporter.total = max(source.stat().st_size, 1)
        reporter.report(0.05, force=True)
        reporter.check(dst)
        try:
            try:
                keep_going = reporter.keep_going if progress is not None else None
                export_copy(source.as_uri() + "?mode=ro", "", tmp, passphrase, keep_going)
            except (sqlite3.Error, _cipher().Error):
                reporter.check(dst)  # interrupted by the user: say so, not "disk full"
                raise
            _verify(tmp, passphrase, archive.path)
            reporter.report(0.97, force=True)
            reporter.check(dst)
            _fsync(tmp)
            if overwrite:
                os.replace(tmp, dst)
            else:
                _place_new(tmp, dst)
        except _cipher().Error as exc:
            raise OutputError.of(ErrorKind.ENCRYPTED_COPY_NOT_WRITTEN, dst, reason=exc) from exc
        except OSError as exc:
            raise OutputError.of(ErrorKind.ENCRYPTED_COPY_NOT_WRITTEN, dst, cause=exc) from exc
    _fsync_dir(dst.parent)


def _place_new(tmp: Path, dst: Path) -> None:
    """Move `tmp` to `dst` unless `dst` appeared meanwhile (a hard link cannot overwrite)."""
    try:
        os.link(tmp, dst)
    except FileExistsError:
        _refuse_existing(dst)
        raise
    except OSError:  # no hard links on this file system (FAT): check, then rename
        _refuse_existing(dst)
        os.replace(tmp, dst)


def _encrypted_source(path: Path) -> os.stat_result:
    """Stat an archive that must be encrypted and without sidecar files, or explain."""
    st = _stat_file(path)
    if not _looks_encrypted(_read_head(path, 4096), st.st_size):
        raise NotSQLiteError.of(ErrorKind.ARCHIVE_NOT_ENCRYPTED, path)
    for suffix in ("-journal", "-wal"):
        if path.with_name(path.name + suffix).exists():
            raise ArchiveError.of(ErrorKind.REKEY_LEFTOVER, path, name=path.name + suffix)
    return st


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-encrypt the archive at `path` from passphrase `old` to `new`, atomically.

    A re-keyed copy is written beside the archive, fsynced and swapped in with
    `os.replace`: if the program is killed at any moment the file opens with
    either the old or the new passphrase. A wrong `old` changes nothing.
    """
    _check_new_passphrase(new)
    path = Path(path).expanduser().absolute()
    before = _encrypted_source(path)
    source_uri = path.as_uri() + "?mode=ro"
    probe = _cipher_connect(source_uri, old, uri=True)
    try:
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if sqlite_errors.failure_of(exc) is sqlite_errors.Failure.NOT_A_DATABASE:
            raise _wrong_passphrase_error(path) from exc
        raise ArchiveDamagedError.of(ErrorKind.REKEY_UNREADABLE, path, reason=exc) from exc
    finally:
        probe.close()
    _remove_stale_temps(path)
    with _removing(_temp_name(path)) as tmp:
        try:
            export_copy(source_uri, old, tmp, new)
            _verify(tmp, new, path)
            after = path.stat()
            if (after.st_ino, after.st_size, after.st_mtime_ns) != (
                before.st_ino,
                before.st_size,
                before.st_mtime_ns,
            ):
                raise ArchiveError.of(ErrorKind.REKEY_CHANGED, path)
            os.chmod(tmp, stat.S_IMODE(before.st_mode))
            _fsync(tmp)
            os.replace(tmp, path)
        except _cipher().Error as exc:
            raise OutputError.of(ErrorKind.REKEY_NOT_WRITTEN, path, reason=exc) from exc
        except OSError as exc:
            raise OutputError.of(ErrorKind.REKEY_NOT_WRITTEN, path, cause=exc) from exc
    _fsync_dir(path.parent)


def _remove_stale_temps(path: Path) -> None:
    """Delete re-keyed copies left by an earlier, killed change (they are ciphertext)."""
    prefix = f"{TMP_MARK}{path.name}."
    for stale in path.parent.iterdir():
        if stale.name.startswith(prefix):
            with contextlib.suppress(OSError):
                stale.unlink()
