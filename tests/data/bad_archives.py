"""Hostile and broken archive files, generated at test time (never committed as binaries).

`make_case(name, folder, good)` writes one case into its own empty `folder`
from a small valid archive `good` and returns a `BadCase` saying what
`open_archive` must do with it. Each case lives alone in its folder so that a
test can compare the folder's listing and every file's bytes before and after.
`hold_write_lock` keeps a file "in use" the way another program would.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.connection import ArchiveEncryptedError, ArchiveUnreadableError
from db.errors import (
    ArchiveDamagedError,
    ArchiveError,
    ArchiveMissingError,
    ArchiveTooNewError,
    NotAnArchiveError,
    NotSQLiteError,
)

ARCHIVE_NAME = "archive.db"
HUGE_QUOTE_BYTES = 50 * 1024 * 1024
HOSTILE_FUNCTION = "app_hook"
"""A function name the hostile view calls; tests register it on the connection."""
NEW_PERSON_ID = "p-wal-only"
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
PENDING_BYTE = 0x40000000


@dataclass(frozen=True)
class BadCase:
    """One generated file and what opening it must give."""

    name: str
    path: Path
    error: type[ArchiveError] | None  # None: the archive opens
    message: str  # a fragment the error message or a notice must contain
    search_available: bool = True
    extra: dict[str, str] = field(default_factory=dict)


def _rng(name: str) -> random.Random:
    return random.Random(name)


def _writable_copy(good: Path, path: Path) -> sqlite3.Connection:
    shutil.copyfile(good, path)
    return sqlite3.connect(path, isolation_level=None)


def _edit(good: Path, path: Path, *statements: str) -> None:
    conn = _writable_copy(good, path)
    for sql in statements:
        conn.execute(sql)
    conn.close()


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    return size


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    conn.close()
    return int(row[0])


def _wal_archive(good: Path, folder: Path) -> tuple[Path, Path]:
    """An archive whose newest person lives only in its -wal; returns (db, wal)."""
    work = folder / ".work"
    work.mkdir()
    src = work / ARCHIVE_NAME
    conn = _writable_copy(good, src)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(
        "INSERT INTO people (id, display_name, sort_name, status) "
        f"VALUES ('{NEW_PERSON_ID}', 'Only In Wal', 'wal only in', 'unknown')"
    )
    path = folder / ARCHIVE_NAME
    shutil.copyfile(src, path)
    shutil.copyfile(src.with_name(src.name + "-wal"), path.with_name(path.name + "-wal"))
    conn.close()
    shutil.rmtree(work)
    return path, path.with_name(path.name + "-wal")


def _hot_journal(good: Path, folder: Path) -> Path:
    """A copy caught mid-transaction: changed pages in the file, originals in -journal."""
    work = folder / ".work"
    work.mkdir()
    src = work / ARCHIVE_NAME
    conn = _writable_copy(good, src)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file
    conn.execute("BEGIN")
    conn.execute(
        "UPDATE people SET display_name = 'HALF-WRITTEN', "
        "biography = replace(hex(zeroblob(1500)), '0', 'x')"
    )
    path = folder / ARCHIVE_NAME
    shutil.copyfile(src, path)
    shutil.copyfile(src.with_name(src.name + "-journal"), path.with_name(path.name + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()
    shutil.rmtree(work)
    return path


def _add_super_journal(journal: Path, target: Path, page_size: int) -> None:
    """Append a super-journal record naming `target`, as a multi-file commit writes it."""
    name = str(target).encode()
    checksum = sum(name) & 0xFFFFFFFF
    lock_page = PENDING_BYTE // page_size + 1
    with journal.open("ab") as fh:
        fh.write(struct.pack(">I", lock_page) + name)
        fh.write(struct.pack(">II", len(name), checksum) + JOURNAL_MAGIC)


def _case_zero_byte(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    path.write_bytes(b"")
    return BadCase("zero_byte", path, NotSQLiteError, "empty")


def _case_text_file(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    path.write_text("name,born\nМарыя Калеснікава,1982\n" * 50, encoding="utf-8")
    return BadCase("text_file", path, NotSQLiteError, "text file")


def _case_random_bytes(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    path.write_bytes(_rng("random").randbytes(64 * 1024))
    # random bytes cannot be told from ciphertext: offer the passphrase prompt
    return BadCase("random_bytes", path, ArchiveEncryptedError, "encrypted")


def _case_truncated(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return BadCase("truncated", path, ArchiveDamagedError, "shorter")


def _case_truncated_at_page(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    size = _page_size(good)
    data = good.read_bytes()
    path.write_bytes(data[: (len(data) // size // 2) * size])
    return BadCase("truncated_at_page", path, ArchiveDamagedError, "shorter")


def _case_bad_page_size(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    data = bytearray(good.read_bytes())
    data[16:18] = struct.pack(">H", 1000)
    path.write_bytes(bytes(data))
    return BadCase("bad_page_size", path, ArchiveDamagedError, "header")


def _case_damaged_page(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    size = _page_size(good)
    root = _root_page(good, "people")
    data = bytearray(good.read_bytes())
    start = (root - 1) * size
    data[start : start + size] = _rng("page").randbytes(size)
    path.write_bytes(bytes(data))
    return BadCase("damaged_page", path, ArchiveDamagedError, "damaged")


def _case_damaged_fts(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        "UPDATE people_fts_data SET block = zeroblob(length(block)) "
        "WHERE id = (SELECT max(id) FROM people_fts_data)",
    )
    return BadCase("damaged_fts", path, None, "search", search_available=False)


def _case_unindexed_rows(good: Path, folder: Path) -> BadCase:
    # SQLite 3.40's FTS5 integrity-check does not compare an external-content
    # index with its table; rows added behind the index's back are still found
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        "DROP TRIGGER people_ai",
        "INSERT INTO people (id, display_name, sort_name) VALUES ('p-x', 'Not Indexed', 'x')",
    )
    return BadCase("unindexed_rows", path, None, "rows", search_available=False)


def _case_foreign_fts(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        "DROP TABLE people_fts",
        "CREATE VIRTUAL TABLE people_fts USING fts5(display_name, biography, tokenize='ascii')",
    )
    return BadCase("foreign_fts", path, None, "defined differently", search_available=False)


def _case_other_schema(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    conn.execute("INSERT INTO photos (caption) VALUES ('x')")
    conn.commit()
    conn.close()
    return BadCase("other_schema", path, NotAnArchiveError, "not a Kartoteka archive")


def _case_partial_schema(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(good, path, "DROP TABLE people_order", "ALTER TABLE people DROP COLUMN quote_count")
    return BadCase("partial_schema", path, NotAnArchiveError, "people_order")


def _case_people_is_view(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        "PRAGMA foreign_keys = OFF",
        "ALTER TABLE people RENAME TO people_real",
        "CREATE VIEW people AS SELECT * FROM people_real",
    )
    return BadCase("people_is_view", path, NotAnArchiveError, "Kartoteka archive")


def _case_too_new(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(good, path, "PRAGMA user_version = 99")
    return BadCase("too_new", path, ArchiveTooNewError, "newer Kartoteka")


def _case_hostile_schema(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        f"CREATE VIEW evil AS SELECT {HOSTILE_FUNCTION}(id) AS x FROM people",
        "CREATE TABLE log (x TEXT)",
        "CREATE TRIGGER evil_trigger AFTER INSERT ON log BEGIN DELETE FROM people; END",
        "CREATE VIEW slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT count(*) FROM c",
    )
    return BadCase("hostile_schema", path, None, "")


def _case_huge_value(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        "INSERT INTO quotes (id, text, lang) "
        f"VALUES ('q-huge', replace(hex(zeroblob({HUGE_QUOTE_BYTES // 2})), '00', 'ab'), 'en')",
    )
    return BadCase("huge_value", path, None, "", extra={"quote_id": "q-huge"})


def _case_too_big_value(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        "INSERT INTO quotes (id, text, lang) "
        "VALUES ('q-too-big', CAST(zeroblob(70 * 1024 * 1024) AS TEXT), 'en')",
    )
    return BadCase("too_big_value", path, None, "", extra={"quote_id": "q-too-big"})


def _case_invalid_utf8(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    _edit(
        good,
        path,
        "INSERT INTO quotes (id, text, lang) "
        "VALUES ('q-bad-utf8', CAST(X'4d61727969612080ff20c3' AS TEXT), 'en')",
        "UPDATE people SET display_name = CAST(X'c4d1e2' AS TEXT) "
        "WHERE pk = (SELECT min(pk) FROM people)",
    )
    return BadCase("invalid_utf8", path, None, "", extra={"quote_id": "q-bad-utf8"})


def _case_wal_pending(good: Path, folder: Path) -> BadCase:
    path, _wal = _wal_archive(good, folder)
    # the person the -wal adds was written without the name index: search says so and is
    # off until a reindex, rather than missing them without a word (db.checks.name_index_gaps)
    return BadCase(
        "wal_pending", path, None, "", search_available=False, extra={"person_id": NEW_PERSON_ID}
    )


def _case_wal_missing(good: Path, folder: Path) -> BadCase:
    path, wal = _wal_archive(good, folder)
    wal.unlink()
    return BadCase("wal_missing", path, None, "")


def _case_wal_torn(good: Path, folder: Path) -> BadCase:
    path, wal = _wal_archive(good, folder)
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) - 100])
    return BadCase("wal_torn", path, None, "middle of a change")


def _case_wal_garbage(good: Path, folder: Path) -> BadCase:
    path, wal = _wal_archive(good, folder)
    wal.write_bytes(_rng("wal").randbytes(len(wal.read_bytes())))
    return BadCase("wal_garbage", path, None, "not a valid write-ahead log")


def _case_hot_journal(good: Path, folder: Path) -> BadCase:
    path = _hot_journal(good, folder)
    return BadCase("hot_journal", path, None, "unfinished change")


def _case_hot_journal_super(good: Path, folder: Path) -> BadCase:
    path = _hot_journal(good, folder)
    victim = folder / "victim.txt"
    victim.write_text("not a journal, must survive\n", encoding="utf-8")
    _add_super_journal(path.with_name(path.name + "-journal"), victim, _page_size(good))
    return BadCase("hot_journal_super", path, None, "several files")


def _case_folder(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    path.mkdir()
    return BadCase("folder", path, NotSQLiteError, "folder")


def _case_missing(good: Path, folder: Path) -> BadCase:
    return BadCase("missing", folder / ARCHIVE_NAME, ArchiveMissingError, "no such file")


def _case_fifo(good: Path, folder: Path) -> BadCase:
    path = folder / ARCHIVE_NAME
    os.mkfifo(path)
    return BadCase("fifo", path, ArchiveUnreadableError, "not a regular file")


_CASES: dict[str, Callable[[Path, Path], BadCase]] = {
    name.removeprefix("_case_"): fn
    for name, fn in sorted(globals().items())
    if name.startswith("_case_") and callable(fn)
}
CASE_NAMES: tuple[str, ...] = tuple(
    name for name in _CASES if name != "fifo" or hasattr(os, "mkfifo")
)


def make_case(name: str, folder: Path, good: Path) -> BadCase:
    """Write case `name` into the empty `folder`, derived from the valid archive `good`."""
    return _CASES[name](good, folder)


@contextlib.contextmanager
def hold_write_lock(path: Path) -> Iterator[None]:
    """Keep `path` exclusively locked mid-transaction, as a program writing it would."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE meta SET value = value")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()
