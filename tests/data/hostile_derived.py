"""A second hostile-archive kit: the structures added since the first sweep (issue 12).

tests/data/hostile_archives.py builds one case per class of the issue's
first sweep. This kit attacks what came later, written around SQLite's
own rules where a hostile tool would have to (`PRAGMA writable_schema` to
loosen a definition, write, restore it):

* derived tables that lie: `person_summary`, `person_name_order`,
  `people_order`, the derived columns of `people`, `facet_cache`,
  `timeline_days`/`timeline_bounds`, `person_years`, `letter_recipients`,
  the name index (`search_keys`, `search_vocab`, `search_typos`, its folding
  version in `meta`): wrong,
  NULL, huge, negative and non-integer values, duplicate and missing rows,
  rows naming people who are not there;
* views, triggers and foreign CHECKs planted on derived tables;
* EDTF garbage in every date column, huge values in every text column;
* sidecars (`-shm`) beside the file, truncation at page boundaries with a
  header that agrees, encrypted files with damaged bytes;
* letters (format 2) with hostile content.

`CASES` maps a case name to (class label, builder). A builder takes a valid
archive `good` and an empty `folder` and returns the hostile file's path.
`tests/data/hostile_derived_sweep.py` runs every command on every case.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.data.bad_archives import ARCHIVE_NAME, _edit
from tests.data.hostile_archives import SchemaRow, run_loosened

HUGE_INT = 9_223_372_036_854_775_807
HUGE_TEXT = 600_000
"""Characters put in every text column by `huge_text` (the 64 MB limit is the old kit's)."""
EDTF_GARBAGE = (
    "",
    "soon",
    "2021-13-45",
    "99999999-01-01",
    "-99999-01-01",
    "../..",
    "2020/" * 200,
    "1" * 5000,
    "2021-02-30",
    "\x1b[2J\x07",
)
"""Values no EDTF parser should accept, each put in some row's date columns."""
PASSPHRASE = "correct horse battery"


def _copy(good: Path, folder: Path) -> Path:
    path = folder / ARCHIVE_NAME
    shutil.copyfile(good, path)
    return path


def _loosen(sql: str) -> str:
    """The definition without STRICT or NOT NULL: anything can be written."""
    sql = sql.replace(") STRICT, WITHOUT ROWID", ") WITHOUT ROWID").replace(") STRICT", ")")
    return sql.replace(" NOT NULL", "")  # CHECKs: PRAGMA ignore_check_constraints


def _around(path: Path, tables: tuple[str, ...], *statements: str) -> None:
    """Run `statements` with the checks of `tables` (and their unique indexes) off; restore."""

    def loosen(row: SchemaRow) -> str | None:
        kind, name, table, sql = row
        if name in tables:
            return _loosen(sql)
        if kind == "index" and table in tables:
            return sql.replace("CREATE UNIQUE INDEX", "CREATE INDEX")
        return None

    run_loosened(path, loosen, *statements)


def _columns(path: Path) -> Iterator[tuple[str, str, str]]:
    """(table, column, declared type) of every ordinary table the archive has."""
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '%_tri%' "
            "AND name NOT LIKE '\\_%' ESCAPE '\\'"
        )
    ]
    out = [
        (t, c[1], str(c[2]).upper())
        for t in tables
        for c in conn.execute(f"PRAGMA table_info({t})").fetchall()
    ]
    conn.close()
    yield from out


def _without_rowid(path: Path) -> frozenset[str]:
    conn = sqlite3.connect(path)
    names = frozenset(
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'"
        )
    )
    conn.close()
    return names


# --- derived tables that lie -------------------------------------------------------------


def summary_values(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("person_summary",),
        "UPDATE person_summary SET total_term_months = 'forever', term_complete = 7, "
        "sentence_ids = 'not json', by_total_term = NULL WHERE person_pk % 4 = 0",
        f"UPDATE person_summary SET total_term_months = {HUGE_INT}, by_expected_end = -5, "
        "sentence_ids = '" + "[" * 100_000 + "' WHERE person_pk % 4 = 1",
        "UPDATE person_summary SET total_term_months = -120, term_kind = 'eternal', "
        "start_edtf = 'soon', start_earliest = 'then', start_latest = '2021-99-99', "
        "end_edtf = 'x', end_earliest = '9999999-01-01', end_latest = 'y', "
        "released_edtf = '..', released_earliest = 'z', released_latest = 'z', "
        "place_since_edtf = 'q', place_since_earliest = 'q', place_since_latest = 'q', "
        'sentence_ids = \'[1, {"a": null}, "s-none"]\' WHERE person_pk % 4 = 2',
        "UPDATE person_summary SET by_total_term = 7, by_expected_end = 7, "
        "total_term_months = 1.5, in_absentia = 'yes' WHERE person_pk % 4 = 3",
    )
    return path


def summary_rows(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("person_summary",),
        "DELETE FROM person_summary WHERE person_pk % 3 = 0",
        "INSERT INTO person_summary (person_pk, total_term_months, place_org_id, by_total_term, "
        "by_expected_end) VALUES (999999, 12, 'org-nowhere', 0, 0), (-1, -1, NULL, -1, -1)",
        "UPDATE person_summary SET place_org_id = 'org-nowhere'",
    )
    return path


def name_order(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("person_name_order", "people_order"),
        "UPDATE person_name_order SET by_name_be = 0, by_name_ru = -7, by_name_latin = NULL "
        "WHERE person_pk % 2 = 0",
        f"UPDATE person_name_order SET by_name_be = {HUGE_INT}, by_name_ru = 'x' "
        "WHERE person_pk % 2 = 1",
        "DELETE FROM person_name_order WHERE person_pk % 5 = 0",
        "INSERT INTO person_name_order VALUES (888888, 1, 1, 1)",
        "UPDATE people_order SET by_name = 0, by_status = -1, by_birth = 'b', "
        f"by_term = {HUGE_INT}, by_latest_event = NULL WHERE person_pk % 2 = 0",
        "DELETE FROM people_order WHERE person_pk % 7 = 0",
        "INSERT INTO people_order VALUES (777777, 3, 3, 3, 3, 3, 3)",
    )
    return path


def people_derived_columns(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("people",),
        "UPDATE people SET birth_year = 99999999, latest_term_months = -7, "
        "latest_event_earliest = 'whenever', quote_count = -3 WHERE pk % 3 = 0",
        f"UPDATE people SET birth_year = 'nineteen', latest_term_months = {HUGE_INT}, "
        f"latest_event_earliest = '99999-99-99', quote_count = {HUGE_INT} WHERE pk % 3 = 1",
        "UPDATE people SET birth_year = -4000, latest_term_months = 2.5, "
        "quote_count = NULL WHERE pk % 3 = 2",
    )
    return path


def facet_cache_values(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    big = "x" * 100_000
    _around(
        path,
        ("facet_cache",),
        "UPDATE facet_cache SET count = -5 WHERE facet = 'statuses'",
        f"UPDATE facet_cache SET count = {HUGE_INT}, label = '{big}' WHERE facet <> 'statuses'",
        "INSERT INTO facet_cache VALUES ('no-such-facet', 'v', NULL, 1)",
        "INSERT INTO facet_cache VALUES ('years', '-99999', NULL, 3)",
        "INSERT INTO facet_cache VALUES ('years', 'null-count', NULL, NULL)",
    )
    return path


def timeline_values(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("timeline_days", "timeline_bounds"),
        f"INSERT INTO timeline_days VALUES (0, {HUGE_INT}, 1), (1, -{HUGE_INT}, 1), "
        f"(99, 1000, 5), (0, 1.5, 'many'), (2, 700000, {HUGE_INT}), (3, 700001, -9)",
        "INSERT INTO timeline_bounds VALUES ('0001-01-01', '9999-12-31'), ('2021-01-01', NULL)",
    )
    return path


def timeline_bounds_wide(good: Path, folder: Path) -> Path:
    """A span of 10,000 years and one lane item at each end: the month zoom must not blow up."""
    path = _copy(good, folder)
    _around(
        path,
        ("timeline_bounds", "events", "timeline_days"),
        "DELETE FROM timeline_bounds",
        "INSERT INTO timeline_bounds VALUES ('0001-01-01', '9999-12-31')",
        "UPDATE events SET date_edtf = '0001-01-01', date_earliest = '0001-01-01', "
        "date_latest = '0001-01-01' WHERE pk = (SELECT min(pk) FROM events)",
        "UPDATE events SET date_edtf = '9999-12-31', date_earliest = '9999-12-31', "
        "date_latest = '9999-12-31' WHERE pk = (SELECT max(pk) FROM events)",
    )
    return path


def facet_links(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("person_years", "person_articles"),
        "INSERT INTO person_years VALUES (99999999, 'p-nobody'), (-5, 'p-nobody'), "
        "('year', (SELECT id FROM people LIMIT 1))",
        "INSERT INTO person_articles VALUES ('" + "9" * 100_000 + "', 'p-nobody')",
    )
    return path


def letter_values(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("letter_recipients", "placements", "organizations"),
        "INSERT INTO letter_recipients VALUES (555555, 99, -1, 'ghost', 424242)",
        f"INSERT INTO letter_recipients VALUES (-3, 'may', {HUGE_INT}, NULL, NULL)",
        "UPDATE letter_recipients SET placement_pk = 424242 WHERE person_pk > 0",
        "UPDATE placements SET start_edtf = 'x', start_earliest = 'y', start_latest = 'z', "
        "incommunicado = 5, note = '\x1b[2J\x07' || hex(zeroblob(50000))",
        "UPDATE organizations SET address_ru = hex(zeroblob(50000)), "
        "address_be = '\x1b]0;owned\x07', facility_kind = 'dungeon'",
    )
    return path


# --- the name index lies ----------------------------------------------------------------


def search_keys_lie(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _around(
        path,
        ("search_keys", "search_vocab", "search_typos"),
        "INSERT OR IGNORE INTO search_keys SELECT key, 123456789 FROM search_keys",
        "INSERT OR IGNORE INTO search_keys SELECT key, -1 FROM search_keys",
        "INSERT INTO search_keys VALUES ('tsikhanouski', 'p-text')",
        "UPDATE search_vocab SET rows = -1",
        f"INSERT INTO search_vocab VALUES ('zzzz', {HUGE_INT}), ('yyyy', 'x'), ('xxxx', NULL)",
        "INSERT INTO search_typos SELECT word, word || 'q' FROM search_vocab",
    )
    return path


def search_keys_empty(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _edit(good, path, "DELETE FROM search_keys", "DELETE FROM search_typos")
    return path


def name_key_version(good: Path, folder: Path) -> Path:
    """The index's folding version (db.key_version) as a huge integer in a loosened `meta`."""
    path = _copy(good, folder)
    _around(
        path,
        ("meta",),
        f"UPDATE meta SET value = {HUGE_INT} WHERE key = 'name_key_version'",
        "UPDATE meta SET value = x'00ff' WHERE key = 'edition'",
    )
    return path


# --- views, triggers and CHECKs planted on derived tables ------------------------------------


def _replace_with_view(good: Path, folder: Path, table: str, body: str) -> Path:
    path = _copy(good, folder)
    _edit(good, path, f"DROP TABLE {table}", f"CREATE VIEW {table} AS {body}")
    return path


_ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"


def derived_view_summary(good: Path, folder: Path) -> Path:
    cols = ", ".join(c for t, c, _ in _columns(good) if t == "person_summary" and c != "person_pk")
    return _replace_with_view(
        good,
        folder,
        "person_summary",
        f"SELECT x AS person_pk, {', '.join('NULL AS ' + c for c in cols.split(', '))} "
        f"FROM ({_ENDLESS})",
    )


def derived_view_name_order(good: Path, folder: Path) -> Path:
    return _replace_with_view(
        good,
        folder,
        "person_name_order",
        "SELECT pk AS person_pk, load_extension('/nonexistent') AS by_name_be, "
        "0 AS by_name_ru, 0 AS by_name_latin FROM people",
    )


def derived_view_letters(good: Path, folder: Path) -> Path:
    return _replace_with_view(
        good,
        folder,
        "letter_recipients",
        f"SELECT x AS person_pk, 1 AS birth_month, 1 AS birth_day, 'a' AS sort_name, "
        f"NULL AS placement_pk FROM ({_ENDLESS})",
    )


def derived_view_timeline(good: Path, folder: Path) -> Path:
    return _replace_with_view(
        good, folder, "timeline_days", f"SELECT 0 AS lane, x AS day, 1 AS n FROM ({_ENDLESS})"
    )


def derived_triggers(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    wipe = "DELETE FROM events; DELETE FROM quotes; DELETE FROM people WHERE pk > 1;"
    _edit(
        good,
        path,
        *(
            f"CREATE TRIGGER t_{t}_{op} AFTER {op} ON {t} BEGIN {wipe} END"
            for t in ("person_summary", "person_name_order", "search_keys", "letter_recipients")
            for op in ("INSERT", "DELETE")
        ),
        "CREATE TRIGGER t_meta AFTER UPDATE ON meta BEGIN "
        "UPDATE people SET biography = 'rewritten'; END",
    )
    return path


def derived_check(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    slow = "CHECK (length(printf('%.*c', 50000000, 'x')) > 0)"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    for table, column in (
        ("person_summary", "term_kind TEXT"),
        ("search_keys", "key TEXT NOT NULL"),
    ):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = ?",
            [sql.replace(column, f"{column} {slow}", 1), table],
        )
    conn.close()
    return path


# --- every date column, every text column -------------------------------------------------


def edtf_garbage(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    without_rowid = _without_rowid(good)
    date_columns = [
        (t, c) for t, c, _ in _columns(good) if c.endswith(("_edtf", "_earliest", "_latest"))
    ]
    tables = tuple(sorted({t for t, _ in date_columns}))
    statements = []
    for i, (table, column) in enumerate(date_columns):
        value = EDTF_GARBAGE[i % len(EDTF_GARBAGE)].replace("'", "''")
        statements.append(
            f"UPDATE {table} SET {column} = '{value}' "
            f"WHERE rowid IN (SELECT rowid FROM {table} WHERE {column} IS NOT NULL LIMIT 2)"
            if table not in without_rowid
            else f"UPDATE {table} SET {column} = '{value}'"
        )
        statements.append(  # and dates where there were none
            f"UPDATE {table} SET {column} = '{value}' "
            f"WHERE rowid IN (SELECT rowid FROM {table} WHERE {column} IS NULL LIMIT 1)"
            if table not in without_rowid
            else "SELECT 1"
        )
    _around(path, tables, *statements)
    return path


def huge_text(good: Path, folder: Path) -> Path:
    """Every text column of one row of every table holds HUGE_TEXT characters (and escapes)."""
    path = _copy(good, folder)
    without_rowid = _without_rowid(good)
    big = f"'\x1b[2J\u202e' || hex(zeroblob({HUGE_TEXT // 2}))"
    text_columns = [
        (t, c)
        for t, c, kind in _columns(good)
        if kind == "TEXT"
        and t not in without_rowid
        and t != "meta"
        and not c.endswith(("_edtf", "_earliest", "_latest"))
        and c not in ("id",)
        and not c.endswith("_id")
    ]
    tables = tuple(sorted({t for t, _ in text_columns}))
    statements = [
        f"UPDATE {t} SET {c} = {big} WHERE rowid = (SELECT max(rowid) FROM {t})"
        for t, c in text_columns
    ]
    statements.append(f"UPDATE meta SET value = {big} WHERE key IN ('title', 'publisher')")
    _around(path, (*tables, "meta"), *statements)
    return path


# --- sidecars, truncation, encryption -------------------------------------------------------


def shm_beside(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    path.with_name(path.name + "-shm").write_bytes(os.urandom(32768))
    return path


def shm_beside_wal_header(good: Path, folder: Path) -> Path:
    """A WAL-mode header, a garbage -shm and no -wal."""
    path = _copy(good, folder)
    with path.open("r+b") as fh:
        fh.seek(18)
        fh.write(b"\x02\x02")
    path.with_name(path.name + "-shm").write_bytes(os.urandom(32768))
    return path


def _truncate_consistent(good: Path, folder: Path, fraction: float) -> Path:
    """Cut at a page boundary and make the header's page count agree with the cut."""
    path = _copy(good, folder)
    with path.open("r+b") as fh:
        head = fh.read(100)
        page_size = struct.unpack(">H", head[16:18])[0] or 65536
        pages = max(2, int(os.path.getsize(path) // page_size * fraction))
        os.truncate(fh.fileno(), pages * page_size)
        fh.seek(28)
        fh.write(struct.pack(">I", pages))
    return path


def truncated_quarter(good: Path, folder: Path) -> Path:
    return _truncate_consistent(good, folder, 0.25)


def truncated_most(good: Path, folder: Path) -> Path:
    return _truncate_consistent(good, folder, 0.9)


def truncated_bare(good: Path, folder: Path) -> Path:
    """Cut at a page boundary, header left alone (an interrupted copy)."""
    path = _copy(good, folder)
    size = path.stat().st_size
    os.truncate(path, size // 2 // 4096 * 4096)
    return path


def _encrypted(good: Path, folder: Path) -> Path:
    from db.encryption import encrypt_archive

    path = folder / ARCHIVE_NAME
    encrypt_archive(good, path, PASSPHRASE)
    return path


def _damage(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def encrypted_salt(good: Path, folder: Path) -> Path:
    path = _encrypted(good, folder)
    _damage(path, 0, b"\x00" * 16)
    return path


def encrypted_first_page(good: Path, folder: Path) -> Path:
    path = _encrypted(good, folder)
    _damage(path, 200, os.urandom(64))
    return path


def encrypted_middle_page(good: Path, folder: Path) -> Path:
    path = _encrypted(good, folder)
    _damage(path, path.stat().st_size // 2, os.urandom(512))
    return path


def encrypted_truncated(good: Path, folder: Path) -> Path:
    path = _encrypted(good, folder)
    os.truncate(path, path.stat().st_size // 2 // 4096 * 4096)
    return path


CASES: dict[str, tuple[str, Callable[[Path, Path], Path]]] = {
    fn.__name__: (label, fn)
    for label, fns in (
        (
            "derived values",
            (
                summary_values,
                summary_rows,
                name_order,
                people_derived_columns,
                facet_cache_values,
                timeline_values,
                timeline_bounds_wide,
                facet_links,
            ),
        ),
        ("letters", (letter_values,)),
        ("name index", (search_keys_lie, search_keys_empty, name_key_version)),
        (
            "planted on derived",
            (
                derived_view_summary,
                derived_view_name_order,
                derived_view_letters,
                derived_view_timeline,
                derived_triggers,
                derived_check,
            ),
        ),
        ("dates", (edtf_garbage,)),
        ("huge text", (huge_text,)),
        ("sidecars", (shm_beside, shm_beside_wal_header)),
        ("truncated", (truncated_quarter, truncated_most, truncated_bare)),
        (
            "encrypted",
            (encrypted_salt, encrypted_first_page, encrypted_middle_page, encrypted_truncated),
        ),
    )
    for fn in fns
}


def make(name: str, folder: Path, good: Path) -> Path:
    """Write case `name` into the empty `folder`, derived from the valid archive `good`."""
    return CASES[name][1](good, folder)
