"""The private copy, made only when reading in place could write beside the user's file.

A finished archive (rollback-journal mode, nothing beside it) is read in place
(db.connection). A WAL-mode file, or one with a `-wal` or `-journal` beside
it, is copied into a private folder (mode 0700) first, because SQLite would
otherwise create or change a `-shm` or replay a journal beside the user's
file; WAL recovery and journal rollback then happen inside the copy, which is
turned into a plain rollback-journal file and read like any finished archive.

The copy holds only what the file holds: holes of a sparse file stay holes,
and pages on the free list are not copied (unless a journal is to be rolled
back, which may bring them back into use). The free space of the temporary
folder is checked before anything is written. See docs/SECURITY.md.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import shutil
import sqlite3
import struct
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from db import locations, sqlite_errors
from db.cipher import cipher_connect
from db.errors import ArchiveUnreadableError, ErrorKind
from db.header import Header, read_head, wrong_passphrase_error
from db.notices import Notice, NoticeKind

PRIVATE_PREFIX = "kartoteka-"
COPY_NAME = "archive.db"
WAL_MAGICS = (0x377F0682, 0x377F0683)
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
BUSY_TIMEOUT_MS = 2000
"""How long to wait for a program that is writing the archive before saying "in use"."""
COPY_CHUNK = 4 * 1024 * 1024
FREE_SPACE_MARGIN = 16 * 1024 * 1024
"""Free space left over in the temporary folder after the copy, at least."""
BIG_COPY_BYTES = 200 * 1024 * 1024
"""From this size on, a notice says that a private copy was made and how big it is."""

Ranges = list[tuple[int, int]]


class PrivateFolder:
    """A private folder for one archive's copy (db.locations: mode 0700, swept after a crash)."""

    _live: ClassVar[set[PrivateFolder]] = set()
    _live_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self._folder = locations.private_folder(PRIVATE_PREFIX)
        self.folder = self._folder.path
        self.db_path = self.folder / COPY_NAME
        self._removed = False
        with PrivateFolder._live_lock:
            PrivateFolder._live.add(self)

    @classmethod
    def create(cls, original: Path) -> PrivateFolder:
        try:
            return cls()
        except OSError as exc:
            raise ArchiveUnreadableError.of(
                ErrorKind.PRIVATE_FOLDER_NOT_MADE, original, cause=exc
            ) from exc

    def remove(self) -> None:
        with PrivateFolder._live_lock:
            PrivateFolder._live.discard(self)
            if self._removed:
                return
            self._removed = True
        self._folder.remove()

    @classmethod
    def remove_all(cls) -> None:
        """Delete every private folder still present (at interpreter exit)."""
        with cls._live_lock:
            live = list(cls._live)
        for folder in live:
            folder.remove()


atexit.register(PrivateFolder.remove_all)


# --- copying only what the file holds ------------------------------------------


def _data_ranges(fd: int, size: int) -> Ranges:
    """Byte ranges of `fd` that hold data; the holes of a sparse file are left out."""
    seek_data = getattr(os, "SEEK_DATA", None)
    seek_hole = getattr(os, "SEEK_HOLE", None)
    if seek_data is None or seek_hole is None:
        return [(0, size)] if size else []
    ranges: Ranges = []
    pos = 0
    try:
        while pos < size:
            try:
                start = os.lseek(fd, pos, seek_data)
            except OSError as exc:
                if exc.errno == errno.ENXIO:  # no data after pos
                    break
                raise
            end = min(os.lseek(fd, start, seek_hole), size)
            if end <= start:
                break
            ranges.append((start, end))
            pos = end
    except OSError:  # the file system cannot say: copy everything
        return [(0, size)] if size else []
    return ranges


def free_leaf_pages(fd: int, header: Header) -> Ranges:
    """Byte ranges of the free-list leaf pages of a plain file (their content is unused).

    The free list is read from the file itself; anything odd about it (a
    loop, a count or page number out of range) gives no ranges, so that the
    whole file is copied instead.
    """
    ps = header.page_size
    leaves: list[int] = []
    trunk, seen = header.first_trunk, set[int]()
    per_trunk = ps // 4 - 2
    while trunk:
        if trunk in seen or len(seen) > header.page_count or not 1 < trunk <= header.page_count:
            return []
        seen.add(trunk)
        os.lseek(fd, (trunk - 1) * ps, os.SEEK_SET)  # no os.pread on Windows
        page = os.read(fd, ps)
        if len(page) < 8:
            return []
        nxt, n = struct.unpack(">II", page[:8])
        if n > per_trunk:
            return []
        for (leaf,) in struct.iter_unpack(">I", page[8 : 8 + 4 * n]):
            if not 1 < leaf <= header.page_count:
                return []
            leaves.append(leaf)
        trunk = nxt
    if len(leaves) + len(seen) > header.free_pages:
        return []
    leaves.sort()
    ranges: Ranges = []
    for leaf in leaves:
        start = (leaf - 1) * ps
        if ranges and ranges[-1][1] == start:
            ranges[-1] = (ranges[-1][0], start + ps)
        else:
            ranges.append((start, start + ps))
    return ranges


def _subtract(keep: Ranges, drop: Ranges) -> Ranges:
    """`keep` without the bytes in `drop` (both sorted, non-overlapping)."""
    out: Ranges = []
    i = 0
    for start, end in keep:
        pos = start
        while i < len(drop) and drop[i][1] <= pos:
            i += 1
        j = i
        while j < len(drop) and drop[j][0] < end:
            if drop[j][0] > pos:
                out.append((pos, drop[j][0]))
            pos = max(pos, drop[j][1])
            j += 1
        if pos < end:
            out.append((pos, end))
    return out


class _Plan:
    """What one file's copy will write: its ranges and their total size."""

    def __init__(self, src: Path, header: Header | None, *, skip_free: bool) -> None:
        self.src = src
        fd = os.open(src, os.O_RDONLY)
        try:
            self.size = os.fstat(fd).st_size
            self.ranges = _data_ranges(fd, self.size)
            if skip_free and header is not None and header.free_pages:
                self.ranges = _subtract(self.ranges, free_leaf_pages(fd, header))
        finally:
            os.close(fd)
        self.bytes = sum(end - start for start, end in self.ranges)


def _unreadable(original: Path, src: Path, exc: OSError) -> ArchiveUnreadableError:
    if isinstance(exc, PermissionError):
        return ArchiveUnreadableError(
            f"{original}: you do not have permission to read {src.name}. "
            "Copy the archive somewhere you can read it, or ask the owner.",
            path=original,
        )
    return ArchiveUnreadableError(
        f"{original}: could not make a private working copy ({exc.strerror}). "
        "Free some space in the temporary folder and try again.",
        path=original,
    )


def _plan(src: Path, header: Header | None, original: Path, *, skip_free: bool) -> _Plan:
    try:
        return _Plan(src, header, skip_free=skip_free)
    except OSError as exc:
        raise _unreadable(original, src, exc) from exc


def check_free_space(folder: Path, needed: int, original: Path) -> None:
    """Refuse, before writing anything, a copy the temporary folder has no room for."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed + FREE_SPACE_MARGIN:
        raise ArchiveUnreadableError.of(
            ErrorKind.PRIVATE_COPY_NO_SPACE,
            original,
            needed=f"{needed / 1e6:,.0f}",
            folder=folder.parent,
            free=f"{free / 1e6:,.0f}",
        )


def _write_ranges(plan: _Plan, dst: Path) -> None:
    with plan.src.open("rb") as fsrc, dst.open("wb") as fdst:
        for start, end in plan.ranges:
            fsrc.seek(start)
            fdst.seek(start)  # past the end: the skipped bytes stay a hole
            pos = start
            while pos < end:
                chunk = fsrc.read(min(COPY_CHUNK, end - pos))
                if not chunk:  # the file shrank meanwhile
                    break
                fdst.write(chunk)
                pos += len(chunk)
        fdst.truncate(plan.size)


def _write(plan: _Plan, dst: Path, original: Path) -> None:
    """Copy `plan`'s ranges into the new file `dst`; holes stay holes."""
    try:
        _write_ranges(plan, dst)
    except OSError as exc:
        raise _unreadable(original, plan.src, exc) from exc


def copy_sparse(src: Path, dst: Path) -> None:
    """Copy `src` to the new file `dst` keeping its holes (raises OSError).

    `shutil.copyfile` writes a sparse file's holes out as zeros: a 1 GB file
    holding 1 MB of data would take 1 GB.
    """
    _write_ranges(_Plan(src, None, skip_free=False), dst)


def copy_files(
    copies: Iterable[tuple[Path, Path, Header | None, bool]], folder: Path, original: Path
) -> int:
    """Copy each (source, target, header, skip free pages) after checking the free space.

    Returns the bytes written.
    """
    plans = [
        (_plan(src, header, original, skip_free=skip), dst) for src, dst, header, skip in copies
    ]
    total = sum(plan.bytes for plan, _dst in plans)
    check_free_space(folder, total, original)
    for plan, dst in plans:
        _write(plan, dst, original)
    return total


# --- journals and write-ahead logs ------------------------------------------------


def has_super_journal(journal: Path) -> bool:
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


def _lock_connection(p: Path, key: str | None) -> sqlite3.Connection:
    uri = p.resolve().as_uri() + "?mode=ro"
    try:
        if key is None:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = cipher_connect(uri, key, uri=True)
    except sqlite3.DatabaseError as exc:
        raise sqlite_errors.damaged_error(p, exc) from exc
    return conn


def copy_rollback_file(
    p: Path, private: PrivateFolder, header: Header | None, key: str | None
) -> tuple[Notice, ...]:
    """Copy a rollback-journal archive that has a `-journal` beside it.

    The copy is made while a `mode=ro` connection holds SQLite's shared lock,
    so a program writing the archive at that moment is noticed ("in use") and
    the copy is consistent. A `mode=ro` connection writes nothing: with a hot
    journal beside the file it fails with SQLITE_READONLY_ROLLBACK instead of
    replaying it, and then the journal is copied too and rolled back in the
    copy. An encrypted file is locked through sqlcipher3 with its key, which
    is also where a wrong passphrase is noticed, before anything is copied.
    """
    dst = private.db_path
    conn = _lock_connection(p, key)
    hot = False
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("BEGIN")
        # reads the header only (no schema parsing) and holds the shared lock
        conn.execute("PRAGMA schema_version").fetchone()
        # the shared lock keeps writers from committing meanwhile
        copy_files([(p, dst, header, True)], private.folder, p)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        failure = sqlite_errors.failure_of(exc)
        if failure is sqlite_errors.Failure.BUSY:
            raise sqlite_errors.locked_error(p) from exc
        if sqlite_errors.is_hot_journal(exc):
            hot = True
        elif key is not None and failure is sqlite_errors.Failure.NOT_A_DATABASE:
            raise wrong_passphrase_error(p) from exc
        else:
            raise sqlite_errors.damaged_error(p, exc) from exc
    finally:
        conn.close()
    if not hot:
        return ()
    journal = p.with_name(p.name + "-journal")
    try:
        super_journal = has_super_journal(journal)
    except OSError:
        super_journal = True
    if super_journal:
        copy_files([(p, dst, header, True)], private.folder, p)
        return (
            Notice(
                NoticeKind.JOURNAL_IGNORED,
                f"{p.name}-journal beside the archive records an unfinished change spanning "
                "several files; it was ignored, so the archive may look incomplete or "
                "half-changed.",
                file=f"{p.name}-journal",
            ),
        )
    # the rollback may bring free pages back into use: copy them too
    copy_files(
        [(p, dst, header, False), (journal, dst.with_name(dst.name + "-journal"), None, False)],
        private.folder,
        p,
    )
    return (
        Notice(
            NoticeKind.JOURNAL_UNDONE,
            f"{p.name}-journal beside the archive records an unfinished change; it was "
            "undone in Kartoteka's private copy (your files were not touched).",
            file=f"{p.name}-journal",
        ),
    )


def copy_wal_file(p: Path, private: PrivateFolder, header: Header | None) -> tuple[Notice, ...]:
    """Copy a file and its `-wal`; a garbage `-wal` is left out, with a notice.

    `header` is None for an encrypted file (its header is ciphertext).
    """
    dst = private.db_path
    wal = p.with_name(p.name + "-wal")
    copies: list[tuple[Path, Path, Header | None, bool]] = [(p, dst, header, True)]
    notices: list[Notice] = []
    try:
        wal_size = wal.stat().st_size
    except OSError:
        wal_size = 0
    if wal_size and header is None:
        copies.append((wal, dst.with_name(dst.name + "-wal"), None, False))
    elif wal_size and header is not None:
        head = read_head(wal, WAL_HEADER_SIZE)
        if len(head) < 4 or struct.unpack(">I", head[:4])[0] not in WAL_MAGICS:
            notices.append(
                Notice(
                    NoticeKind.WAL_IGNORED,
                    f"{wal.name} beside the archive is not a valid write-ahead log; it was "
                    "ignored, so the most recent changes may be missing.",
                    file=wal.name,
                )
            )
        else:
            copies.append((wal, dst.with_name(dst.name + "-wal"), None, False))
            if (wal_size - WAL_HEADER_SIZE) % (header.page_size + WAL_FRAME_HEADER_SIZE):
                notices.append(
                    Notice(
                        NoticeKind.WAL_TORN,
                        f"{wal.name} beside the archive ends in the middle of a change; the "
                        "complete changes were used and the cut one ignored.",
                        file=wal.name,
                    )
                )
            elif not header.wal:
                notices.append(
                    Notice(
                        NoticeKind.WAL_APPLIED,
                        f"{wal.name} beside the archive holds changes that are not in the "
                        "file itself; Kartoteka shows them, as SQLite would (your files were "
                        "not touched).",
                        file=wal.name,
                    )
                )
    copy_files(copies, private.folder, p)
    return tuple(notices)


def copied_bytes(private: PrivateFolder) -> int:
    """Disk space the private folder uses now."""
    total = 0
    with contextlib.suppress(OSError):
        for entry in private.folder.iterdir():
            st = entry.stat()
            blocks = getattr(st, "st_blocks", None)
            total += blocks * 512 if isinstance(blocks, int) else st.st_size
    return total


def big_copy_notice(p: Path, private: PrivateFolder, why: str) -> tuple[Notice, ...]:
    """A notice saying a big private copy was made (nothing for a small one)."""
    size = copied_bytes(private)
    if size < BIG_COPY_BYTES:
        return ()
    return (
        Notice(
            NoticeKind.PRIVATE_COPY,
            f"{p.name} {why}, so Kartoteka reads a private copy of it "
            f"({size / 1e6:,.0f} MB in the temporary folder, deleted when the archive is "
            "closed). Opening it once more after the program that writes it has finished "
            "avoids the copy.",
            size=size,
        ),
    )
