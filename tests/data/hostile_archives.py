"""Hostile archives in Kartoteka's own format (issue 12, classes 2-9), built at test time.

Each builder takes a valid archive `good` (a fixture archive) and an empty
`folder`, writes one damaged or hostile variant of it into the folder and
returns a `HostileCase` saying what it is. Most damage is "written around"
SQLite's own rules the way a hostile tool would: `PRAGMA writable_schema`
to loosen a table's definition, write, and restore it, so the file looks
like Kartoteka's and still holds what Kartoteka never writes.

`CASES` lists every builder by name for sweeps (tests/test_cli_hostile.py
runs each through `info`, `info --check`, `search --json` and `export`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.data.bad_archives import ARCHIVE_NAME, NEW_PERSON_ID, _edit, _hot_journal, _wal_archive

ESCAPES = "\x1b[2J\x1b]0;owned\x07\rX\u202e"
"""Terminal control sequences planted in archive text (clear screen, set title, bell, CR, RLO)."""
SPARSE_BYTES = 1024 * 1024 * 1024
NESTING = 200_000


@dataclass(frozen=True)
class HostileCase:
    name: str
    klass: int  # the class of defect (2-9)
    path: Path
    what: str
    extra: dict[str, str] = field(default_factory=dict)


def _copy(good: Path, folder: Path) -> Path:
    path = folder / ARCHIVE_NAME
    shutil.copyfile(good, path)
    return path


SchemaRow = tuple[str, str, str, str]
"""(type, name, tbl_name, sql) of one sqlite_master row."""


def run_loosened(path: Path, loosen: Callable[[SchemaRow], str | None], *statements: str) -> None:
    """Run `statements` with definitions loosened, then put every definition back.

    `loosen` returns a row's loosened SQL, or None to leave it; CHECK constraints are
    off while the statements run. Both hostile kits write around SQLite's rules so.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    rows = [
        (row[1], row[3], loose)
        for row in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
        if (loose := loosen(row)) is not None
    ]
    conn.execute("PRAGMA writable_schema = ON")
    for name, _original, loose in rows:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [loose, name])
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for sql in statements:
        conn.execute(sql)
    conn.execute("PRAGMA writable_schema = ON")
    for name, original, _loose in rows:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [original, name])
    conn.close()


def _around(path: Path, table: str, loosen: Callable[[str], str], *statements: str) -> None:
    """Run `statements` with `table`'s definition loosened, then put the definition back."""
    run_loosened(path, lambda row: loosen(row[3]) if row[1] == table else None, *statements)


def _not_strict(sql: str) -> str:
    return sql.replace(") STRICT, WITHOUT ROWID", ") WITHOUT ROWID").replace(") STRICT", ")")


# --- class 2: tracebacks on untrusted derived data -----------------------------------


def nested_meta(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    deep = "[" * NESTING + "]" * NESTING
    _edit(good, path, f"UPDATE meta SET value = '{deep}' WHERE key = 'languages'")
    return HostileCase("nested_meta", 2, path, "meta.languages nested 200,000 deep")


def search_table_view(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _edit(
        good,
        path,
        "DROP TABLE search_vocab",
        "CREATE VIEW search_vocab AS SELECT word, load_extension('/nonexistent') AS rows "
        "FROM (SELECT 'a' AS word)",
    )
    return HostileCase("search_table_view", 2, path, "search_vocab is a view calling a function")


def bad_dates(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _edit(
        good,
        path,
        "UPDATE events SET date_earliest = 'soon', date_latest = 'later' "
        "WHERE pk = (SELECT min(pk) FROM events WHERE date_edtf IS NOT NULL)",
        "UPDATE events SET date_earliest = 'now', date_latest = '2459000.5' "
        "WHERE pk = (SELECT max(pk) FROM events WHERE date_edtf IS NOT NULL)",
        "UPDATE sentences SET end_latest = 'never' WHERE pk = (SELECT min(pk) FROM sentences)",
        "UPDATE timeline_bounds SET first = 'the beginning', last = '2021-02-30'",
    )
    return HostileCase("bad_dates", 2, path, "non-ISO dates in date and derived columns")


def bad_facet_cache(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _around(
        path,
        "facet_cache",
        _not_strict,
        "UPDATE facet_cache SET count = 'many' WHERE facet = 'statuses'",
        "UPDATE facet_cache SET value = 'nineteen' WHERE facet = 'years' "
        "AND value = (SELECT min(value) FROM facet_cache WHERE facet = 'years')",
    )
    _around(
        path,
        "timeline_days",
        _not_strict,
        "UPDATE timeline_days SET day = 'x' "
        "WHERE (lane, day) = (SELECT lane, day FROM timeline_days LIMIT 1)",
    )
    return HostileCase("bad_facet_cache", 2, path, "text where cached counts and days belong")


# --- class 3: import runs the archive's own triggers -----------------------------------


def wiping_trigger(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _edit(
        good,
        path,
        "CREATE TRIGGER wipe AFTER INSERT ON people BEGIN "
        "DELETE FROM event_people; DELETE FROM events; DELETE FROM quote_subjects; "
        "DELETE FROM quotes; DELETE FROM charges; DELETE FROM sentences; "
        "DELETE FROM people WHERE id <> new.id; END",
        "CREATE TRIGGER rewrite AFTER INSERT ON people BEGIN "
        "UPDATE people SET status = 'released', biography = 'rewritten'; END",
        "CREATE VIEW planted AS SELECT * FROM people",
    )
    return HostileCase("wiping_trigger", 3, path, "triggers that wipe and rewrite on insert")


# --- class 4: schema checks compare columns only -------------------------------------------


def foreign_check(good: Path, folder: Path) -> HostileCase:
    """A CHECK that builds a 50 MB string per row: quick_check would run for many minutes."""
    path = _copy(good, folder)
    conn = sqlite3.connect(path, isolation_level=None)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    slow = sql.replace(
        "quote_count INTEGER NOT NULL DEFAULT 0",
        "quote_count INTEGER NOT NULL DEFAULT 0 CHECK (length(printf('%.*c', 50000000, 'x')) > 0)",
    )
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'people'", [slow])
    conn.close()
    return HostileCase("foreign_check", 4, path, "a CHECK constraint Kartoteka does not write")


def fts_shadow_view(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _edit(
        good,
        path,
        "ALTER TABLE search_keys RENAME TO search_keys_real",
        "CREATE VIEW search_keys AS SELECT * FROM search_keys_real",
    )
    return HostileCase("fts_shadow_view", 4, path, "search_keys is a view")


# --- class 5: notices nobody sees ------------------------------------------------------


def torn_wal(good: Path, folder: Path) -> HostileCase:
    path, wal = _wal_archive(good, folder)
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) - 100])
    return HostileCase("torn_wal", 5, path, "a -wal cut mid-change", {"notice": "middle"})


def garbage_wal(good: Path, folder: Path) -> HostileCase:
    path, wal = _wal_archive(good, folder)
    wal.write_bytes(os.urandom(len(wal.read_bytes())))
    return HostileCase("garbage_wal", 5, path, "a -wal of random bytes", {"notice": "not a valid"})


def hot_super_journal(good: Path, folder: Path) -> HostileCase:
    from tests.data.bad_archives import _add_super_journal, _page_size

    path = _hot_journal(good, folder)
    victim = folder / "victim.txt"
    victim.write_text("must survive\n", encoding="utf-8")
    _add_super_journal(path.with_name(path.name + "-journal"), victim, _page_size(good))
    return HostileCase(
        "hot_super_journal", 5, path, "a hot journal naming a super-journal", {"notice": "several"}
    )


# --- class 6: a -wal beside a rollback-mode file -----------------------------------------


def wal_beside_rollback(good: Path, folder: Path) -> HostileCase:
    path, _wal = _wal_archive(good, folder)
    with path.open("r+b") as fh:  # the header says rollback-journal mode
        fh.seek(18)
        fh.write(b"\x01\x01")
    return HostileCase(
        "wal_beside_rollback",
        6,
        path,
        "a -wal with a new person beside a rollback-mode file",
        {"person_id": NEW_PERSON_ID},
    )


# --- class 7: error text -------------------------------------------------------------


def many_problems(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _around(
        path,
        "people",
        lambda sql: sql.replace("display_name TEXT NOT NULL", "display_name TEXT").replace(
            "sort_name TEXT NOT NULL", "sort_name TEXT"
        ),
        "UPDATE people SET display_name = NULL, sort_name = NULL",
    )
    return HostileCase("many_problems", 7, path, "dozens of quick_check problems")


def control_characters(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'title'", [f"Evil{ESCAPES}title"])
    conn.execute("UPDATE meta SET value = ? WHERE key = 'publisher'", [f"Pub{ESCAPES}"])
    conn.execute(
        "UPDATE people SET display_name = ? WHERE pk = (SELECT min(pk) FROM people)",
        [f"Siarhei{ESCAPES} Tsikhanouski"],
    )
    conn.close()
    return HostileCase("control_characters", 7, path, "ESC, BEL, CR and RLO in archive text")


# --- class 8: NULLs and duplicates ------------------------------------------------------


def null_name(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _around(
        path,
        "people",
        lambda sql: sql.replace("display_name TEXT NOT NULL", "display_name TEXT"),
        "UPDATE people SET display_name = NULL WHERE pk = (SELECT min(pk) FROM people)",
    )
    return HostileCase("null_name", 8, path, "a NULL in people.display_name (NOT NULL)")


def duplicate_ids(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'people'",
        [table.replace("id TEXT NOT NULL UNIQUE", "id TEXT NOT NULL")],
    )
    conn.execute(  # the UNIQUE index becomes a plain one while the duplicate goes in
        "UPDATE sqlite_master SET name = 'people_id_plain', "
        "sql = 'CREATE INDEX people_id_plain ON people(id)' "
        "WHERE name = 'sqlite_autoindex_people_1'"
    )
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO people (id, display_name, sort_name, status) "
        "SELECT id, display_name || ' (twin)', sort_name, status FROM people "
        "WHERE pk = (SELECT min(pk) FROM people)"
    )
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'people'", [table])
    conn.execute(
        "UPDATE sqlite_master SET name = 'sqlite_autoindex_people_1', sql = NULL "
        "WHERE name = 'people_id_plain'"
    )
    conn.close()
    return HostileCase("duplicate_ids", 8, path, "two people with the same stable id")


# --- class 9: a sparse file ----------------------------------------------------------


def _sparse(path: Path) -> None:
    """Grow `path` to SPARSE_BYTES with a hole, and make the header claim every page."""
    with path.open("r+b") as fh:
        page_size = struct.unpack(">H", fh.read(18)[16:18])[0]
        os.truncate(fh.fileno(), SPARSE_BYTES)
        fh.seek(28)
        fh.write(struct.pack(">I", SPARSE_BYTES // page_size))


def sparse(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _sparse(path)
    return HostileCase("sparse", 9, path, "1 GB apparent size, under 1 MB of data")


def _with_pending_wal(path: Path, *statements: str) -> None:
    """Switch `path` to WAL mode, run `statements`, and leave their -wal beside it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for sql in statements:
        conn.execute(sql)
    # one change stays pending in the -wal, so the file is read from a private copy
    conn.execute("UPDATE meta SET value = value || ' ' WHERE key = 'title'")
    wal = path.with_name(path.name + "-wal")
    kept = path.with_name("pending-wal")
    shutil.copyfile(wal, kept)
    conn.close()  # the last connection checkpoints and removes the -wal …
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    kept.rename(wal)  # … so it is put back


def sparse_wal(good: Path, folder: Path) -> HostileCase:
    path = _copy(good, folder)
    _sparse(path)
    _with_pending_wal(path)
    return HostileCase("sparse_wal", 9, path, "a sparse file with a -wal (read from a copy)")


def bloated_free_list(good: Path, folder: Path) -> HostileCase:
    """A WAL file whose pages are mostly on the free list (a big table dropped)."""
    path = _copy(good, folder)
    _with_pending_wal(
        path,
        "CREATE TABLE scratch (x BLOB)",
        "INSERT INTO scratch VALUES (randomblob(30000000))",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "DROP TABLE scratch",
        "PRAGMA wal_checkpoint(TRUNCATE)",
    )
    return HostileCase("bloated_free_list", 9, path, "30 MB of free pages in a WAL file")


CASES: dict[str, Callable[[Path, Path], HostileCase]] = {
    fn.__name__: fn
    for fn in (
        nested_meta,
        search_table_view,
        bad_dates,
        bad_facet_cache,
        wiping_trigger,
        foreign_check,
        fts_shadow_view,
        torn_wal,
        garbage_wal,
        hot_super_journal,
        wal_beside_rollback,
        many_problems,
        control_characters,
        null_name,
        duplicate_ids,
        sparse,
        sparse_wal,
        bloated_free_list,
    )
}


def make_hostile(name: str, folder: Path, good: Path) -> HostileCase:
    """Write case `name` into the empty `folder`, derived from the valid archive `good`."""
    return CASES[name](good, folder)
