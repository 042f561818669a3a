"""Looking at a file before SQLite sees it: what it is, its SQLite header, what lies beside it.

A folder, pipe or device is refused before anything opens it (so nothing
hangs); text files, ciphertext and random bytes get their own message; the
100-byte SQLite header gives the page size, the journal mode, and the page
and free-list counts that decide whether and how much to copy.
"""

from __future__ import annotations

import math
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from db.errors import (
    ArchiveDamagedError,
    ArchiveEncryptedError,
    ArchiveMissingError,
    ArchiveUnreadableError,
    ErrorKind,
    NotSQLiteError,
    WrongPassphraseError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
ENCRYPTED_MIN_ENTROPY = 7.5
"""Bits per byte above which a non-SQLite head is taken for ciphertext."""
SIDECAR_SUFFIXES = ("-wal", "-journal")
"""Files beside an archive that SQLite would read (and write) when opening it."""


@dataclass(frozen=True, slots=True)
class Header:
    """What the SQLite header and the file system say about an archive file."""

    page_size: int
    wal: bool  # the header's read/write versions say WAL mode
    page_count: int  # pages the file holds
    free_pages: int  # pages on the free list (header bytes 36..39)
    first_trunk: int  # first free-list trunk page (bytes 32..35), 0 if none
    file_size: int
    allocated: int  # bytes the file occupies on disk (less than file_size if sparse)

    @property
    def bytes_in_use(self) -> int:
        """The size of the pages in use (not on the free list), as the header tells it."""
        return max(1, self.page_count - self.free_pages) * self.page_size


def stat_file(p: Path) -> os.stat_result:
    """Stat `p`, refusing anything but an existing regular file with a plain error."""
    try:
        st = p.stat()
    except FileNotFoundError as exc:
        raise ArchiveMissingError.of(ErrorKind.FILE_MISSING, p) from exc
    except OSError as exc:
        raise ArchiveUnreadableError.of(ErrorKind.FILE_UNREACHABLE, p, cause=exc) from exc
    if stat.S_ISDIR(st.st_mode):
        raise NotSQLiteError.of(ErrorKind.FOLDER_NOT_FILE, p)
    if not stat.S_ISREG(st.st_mode):
        raise ArchiveUnreadableError.of(ErrorKind.NOT_REGULAR_FILE, p)
    return st


def read_head(p: Path, size: int) -> bytes:
    """The first `size` bytes of `p`; unreadable files give a plain error."""
    try:
        with p.open("rb") as fh:
            return fh.read(size)
    except PermissionError as exc:
        raise ArchiveUnreadableError.of(ErrorKind.NO_READ_PERMISSION, p, cause=exc) from exc
    except OSError as exc:
        raise ArchiveUnreadableError.of(ErrorKind.FILE_UNREADABLE, p, cause=exc) from exc


def sidecars(p: Path) -> tuple[Path, ...]:
    """The `-wal` and `-journal` files that exist beside `p`.

    A folder (or a pipe, a device) under such a name is refused: SQLite would
    fail to read it with an I/O error that looks like damage to the archive.
    """
    found = tuple(
        side for side in (p.with_name(p.name + s) for s in SIDECAR_SUFFIXES) if side.exists()
    )
    for side in found:
        if not side.is_file():
            raise ArchiveUnreadableError.of(ErrorKind.SIDECAR_IS_FOLDER, side)
    return found


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


def looks_encrypted(head: bytes, file_size: int) -> bool:
    """Whether a file without the SQLite header looks like an SQLCipher database.

    SQLCipher files are whole pages of ciphertext: a size that is a multiple
    of 512 and bytes indistinguishable from random ones. (Random bytes look
    the same; only a passphrase can tell them apart.)
    """
    if head.startswith(SQLITE_MAGIC) or file_size < 1024 or file_size % 512:
        return False
    return len(head) >= 1024 and _entropy(head) > ENCRYPTED_MIN_ENTROPY


def encrypted_error(p: Path) -> ArchiveEncryptedError:
    return ArchiveEncryptedError.of(ErrorKind.ENCRYPTED, p)


def wrong_passphrase_error(p: Path) -> WrongPassphraseError:
    return WrongPassphraseError.of(ErrorKind.WRONG_PASSPHRASE, p)


def check_header(p: Path, st: os.stat_result) -> Header:
    """Check the 100-byte SQLite header of the regular file `p` (stat `st`)."""
    file_size = st.st_size
    head = read_head(p, 512)
    if not head:
        raise NotSQLiteError.of(ErrorKind.FILE_EMPTY, p)
    if not head.startswith(SQLITE_MAGIC):
        if _looks_like_text(head):
            raise NotSQLiteError.of(ErrorKind.TEXT_FILE, p)
        if looks_encrypted(read_head(p, 4096), file_size):
            raise encrypted_error(p)
        raise NotSQLiteError.of(ErrorKind.NOT_SQLITE, p)
    if len(head) < HEADER_SIZE:
        raise ArchiveDamagedError.of(ErrorKind.CUT_SHORT, p, size=file_size)
    raw_page_size, write_version, read_version = struct.unpack(">HBB", head[16:20])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ArchiveDamagedError.of(ErrorKind.HEADER_PAGE_SIZE, p, page_size=raw_page_size)
    if write_version not in (1, 2) or read_version not in (1, 2):
        raise ArchiveDamagedError.of(ErrorKind.HEADER_VERSION, p)
    (encoding,) = struct.unpack(">I", head[56:60])
    if encoding not in (0, 1):  # Kartoteka writes UTF-8; 0 only in a file with no schema yet
        raise ArchiveDamagedError.of(ErrorKind.HEADER_ENCODING, p)
    change_counter, header_pages = struct.unpack(">II", head[24:32])
    first_trunk, free_pages = struct.unpack(">II", head[32:40])
    (valid_for,) = struct.unpack(">I", head[92:96])
    truncated = file_size < page_size or file_size % page_size != 0
    if header_pages and valid_for == change_counter and file_size < header_pages * page_size:
        truncated = True
    if truncated:
        raise ArchiveDamagedError.of(ErrorKind.TRUNCATED, p, size=f"{file_size:,}")
    page_count = file_size // page_size
    blocks = getattr(st, "st_blocks", None)
    allocated = min(file_size, blocks * 512) if isinstance(blocks, int) else file_size
    return Header(
        page_size=page_size,
        wal=write_version == 2 or read_version == 2,
        page_count=page_count,
        free_pages=min(free_pages, page_count),
        first_trunk=first_trunk if 1 < first_trunk <= page_count else 0,
        file_size=file_size,
        allocated=allocated,
    )
