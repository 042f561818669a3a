"""A third hostile-archive kit, built without reading the first two (issue 12).

Each case takes a valid archive `good` (sample, generated or imported) and an
empty `folder`, writes one hostile variant into the folder and returns the
path to hand to the consumers (`info`, `search --json`, `export`, `import`,
the window). Damage that SQLite's own rules forbid is "written around" them
(`run_loosened`: loosen every definition, write, put the definitions back),
as a hostile tool would.

The classes:

* `value:` a wrong value in one column of a base table: a blob, a real, the
  biggest integer, a negative number, an empty string, NUL bytes, invalid
  UTF-8, bidi overrides, 1 MB of text, NULL, text where a number belongs;
* `ref:` dangling and cyclic references; duplicate stable ids per table;
  derived rows left behind by a deleted person;
* `meta:` keys missing, duplicated, wrong-typed; future and absurd versions;
* `schema:` a table or an index missing; same-named indexes, triggers and
  views with other definitions; an unknown collation; extra columns;
* `page:` header bytes changed, zeroed and truncated pages, free-list damage;
* `sidecar:` -wal/-journal/-shm from another file or of the wrong size, and
  folders named like sidecars;
* `fs:` links, odd names, read-only files;
* `format2:` a photo that is not an image or declares a decompression bomb,
  a placement ending before it starts, a letters row of nobody (found by the
  second sweep, bench/bench_hostile.py, which covers the rest).

`CASES` maps a case name to (class, builder); `VALUE_CASES` is the subset
of `value:` cases run in the CI sweep (one per wrong kind over the columns
that matter, rotating tables).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.data.bad_archives import ARCHIVE_NAME
from tests.data.hostile_archives import SchemaRow, run_loosened

Builder = Callable[[Path, Path], Path]

WRONG_VALUES: dict[str, str] = {
    "blob": "X'00ff10'",
    "real": "1.5",
    "huge_int": "9223372036854775807",
    "negative": "-1",
    "empty": "''",
    "nul": "'a' || char(0) || 'b'",
    "bad_utf8": "CAST(X'fffe41c3' AS TEXT)",
    "bidi": "char(8238) || 'x' || char(8237) || char(8207)",
    "megabyte": "printf('%.1000000c', 'x')",
    "null": "NULL",
    "text": "'not-a-number'",
}
"""SQL for each kind of wrong value put in a column."""


def _copy(good: Path, folder: Path, name: str = ARCHIVE_NAME) -> Path:
    path = folder / name
    shutil.copyfile(good, path)
    return path


def loosen_everything(row: SchemaRow) -> str | None:
    """Every table without STRICT and NOT NULL, every UNIQUE index plain."""
    kind, _name, _table, sql = row
    if kind == "table" and not sql.startswith("CREATE VIRTUAL"):
        sql = sql.replace(") STRICT, WITHOUT ROWID", ") WITHOUT ROWID").replace(") STRICT", ")")
        return sql.replace(" NOT NULL", "")
    if kind == "index" and sql.startswith("CREATE UNIQUE INDEX"):
        return sql.replace("CREATE UNIQUE INDEX", "CREATE INDEX")
    return None


def plant_photo_that_is_no_image(path: Path) -> None:
    """Give the archive at `path` a photo whose bytes are no image, written around the
    checks Kartoteka's writers make (bench/bench_hostile.py, format2: photo_not_image)."""
    data = b"not a picture at all"
    run_loosened(
        path,
        loosen_everything,
        "INSERT INTO attachments (id, person_id, media_type, byte_size, width, height, sha256, "
        "data) VALUES ('a-odd', (SELECT id FROM people LIMIT 1), 'image/png', "
        f"{len(data)}, 10, 10, '{hashlib.sha256(data).hexdigest()}', X'{data.hex()}')",
    )


def _around(path: Path, *statements: str) -> None:
    run_loosened(path, loosen_everything, *statements)


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def _first_row(path: Path, table: str) -> str:
    """A WHERE clause choosing one row of `table` (rowid or not)."""
    conn = sqlite3.connect(path)
    try:
        without = conn.execute(
            "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?", [table]
        ).fetchone()[0]
        if not without:
            return f"rowid = (SELECT min(rowid) FROM {table})"
        first = conn.execute(f"PRAGMA table_info({table})").fetchall()
        key = [c[1] for c in first if c[5]] or [first[0][1]]
        cols = ", ".join(key)
        return f"({cols}) IN (SELECT {cols} FROM {table} LIMIT 1)"
    finally:
        conn.close()


def wrong_value(table: str, column: str, kind: str) -> Builder:
    """A builder putting WRONG_VALUES[kind] into `table.column` of one row."""

    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        where = _first_row(path, table)
        _around(path, f"UPDATE {table} SET {column} = {WRONG_VALUES[kind]} WHERE {where}")
        return path

    build.__name__ = f"value_{table}_{column}_{kind}"
    return build


# --- references -------------------------------------------------------------------------


def _statements(*statements: str) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        _around(path, *statements)
        return path

    return build


FIRST_PERSON = "(SELECT id FROM people ORDER BY pk LIMIT 1)"
REF_CASES: dict[str, Builder] = {
    "sentence_of_nobody": _statements(
        "UPDATE sentences SET person_id = 'p-nobody' WHERE pk = (SELECT min(pk) FROM sentences)"
    ),
    "event_people_dangling": _statements(
        "INSERT INTO event_people (event_id, person_id, role) VALUES ('e-none', 'p-none', NULL)"
    ),
    "quote_about_nobody": _statements(
        "INSERT INTO quote_subjects (quote_id, person_id) "
        "SELECT quote_id, 'p-nobody' FROM quote_subjects LIMIT 1"
    ),
    "quote_of_nobody": _statements(
        "UPDATE quotes SET speaker_id = 'p-nobody' WHERE pk = (SELECT min(pk) FROM quotes)"
    ),
    "relation_to_self": _statements(
        "UPDATE relations SET other_person_id = person_id, org_id = NULL "
        "WHERE pk = (SELECT min(pk) FROM relations)"
    ),
    "org_parent_cycle": _statements(
        "UPDATE organizations SET parent_id = id",
        "UPDATE organizations SET parent_id = (SELECT max(id) FROM organizations) "
        "WHERE id = (SELECT min(id) FROM organizations)",
        "UPDATE organizations SET parent_id = (SELECT min(id) FROM organizations) "
        "WHERE id = (SELECT max(id) FROM organizations)",
    ),
    "citation_of_nothing": _statements(
        "UPDATE citations SET source_id = 's-none', entity_id = 'x-none' "
        "WHERE pk = (SELECT min(pk) FROM citations)"
    ),
    "charge_of_no_sentence": _statements(
        "UPDATE charges SET sentence_id = 'x-none' WHERE pk = (SELECT min(pk) FROM charges)"
    ),
    "placement_nowhere": _statements(
        "UPDATE placements SET facility_id = 'o-none', person_id = 'p-none' "
        "WHERE pk = (SELECT min(pk) FROM placements)"
    ),
    "name_of_nobody": _statements(
        "UPDATE person_names SET person_id = 'p-nobody' "
        "WHERE pk = (SELECT min(pk) FROM person_names)"
    ),
    "person_deleted_raw": _statements(  # every derived row for the person stays behind
        f"DELETE FROM people WHERE id = {FIRST_PERSON}"
    ),
    "people_all_deleted_raw": _statements("DELETE FROM people"),
    "derived_for_stranger": _statements(
        "UPDATE people SET pk = pk + 100000 WHERE pk = (SELECT min(pk) FROM people)"
    ),
}


def _twin(path: Path, table: str, column: str, loose: str, tight: str, insert: str) -> None:
    """Run `insert` with `table`'s UNIQUE `column` (and its automatic index) made plain."""
    conn = sqlite3.connect(path, isolation_level=None)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    auto = conn.execute(
        "SELECT name FROM sqlite_master WHERE tbl_name = ? AND name LIKE 'sqlite_autoindex_%'",
        [table],
    ).fetchone()[0]
    plain = f"{table}_plain_twin"
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = ?", [sql.replace(tight, loose), table]
    )
    conn.execute(
        "UPDATE sqlite_master SET name = ?, sql = ? WHERE name = ?",
        [plain, f"CREATE INDEX {plain} ON {table}({column})", auto],
    )
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(insert)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [sql, table])
    conn.execute("UPDATE sqlite_master SET name = ?, sql = NULL WHERE name = ?", [auto, plain])
    conn.close()


def _duplicate(table: str) -> Builder:
    """A second entry of `table` with the first one's stable id."""

    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        conn = sqlite3.connect(path)
        cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[1] != "pk"]
        conn.close()
        names = ", ".join(cols)
        _twin(
            path,
            table,
            "id",
            "id TEXT NOT NULL",
            "id TEXT NOT NULL UNIQUE",
            f"INSERT INTO {table} (pk, {names}) SELECT pk + 1000000, {names} FROM {table} "
            f"WHERE pk = (SELECT min(pk) FROM {table})",
        )
        return path

    return build


def _meta_twins(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    _twin(
        path,
        "meta",
        "key",
        "key TEXT,",
        "key TEXT PRIMARY KEY,",
        "INSERT INTO meta (key, value) SELECT key, value || ' twin' FROM meta",
    )
    return path


for _table in ("organizations", "sources", "quotes", "events", "sentences", "relations"):
    REF_CASES[f"duplicate_id_{_table}"] = _duplicate(_table)


# --- meta and versions --------------------------------------------------------------------

META_CASES: dict[str, Builder] = {
    "meta_empty": _statements("DELETE FROM meta"),
    "meta_no_archive_id": _statements("DELETE FROM meta WHERE key = 'archive_id'"),
    "meta_no_key_version": _statements("DELETE FROM meta WHERE key = 'name_key_version'"),
    "meta_no_languages": _statements("DELETE FROM meta WHERE key = 'languages'"),
    "meta_duplicate_keys": _meta_twins,
    "meta_blob_values": _statements("UPDATE meta SET value = X'00ff'"),
    "meta_int_values": _statements("UPDATE meta SET value = 9223372036854775807"),
    "meta_key_version_future": _statements(
        "UPDATE meta SET value = '999' WHERE key = 'name_key_version'"
    ),
    "meta_key_version_negative": _statements(
        "UPDATE meta SET value = '-5' WHERE key = 'name_key_version'"
    ),
    "meta_languages_object": _statements(
        "UPDATE meta SET value = '{\"en\": 1}' WHERE key = 'languages'"
    ),
    "meta_edition_huge": _statements(
        "UPDATE meta SET value = '99999999999999999999999' WHERE key = 'edition'"
    ),
    "meta_title_megabyte": _statements(
        "UPDATE meta SET value = printf('%.1000000c', 'T') WHERE key = 'title'"
    ),
    "user_version_future": _statements("PRAGMA user_version = 99"),
    "user_version_negative": _statements("PRAGMA user_version = -1"),
    "user_version_zero": _statements("PRAGMA user_version = 0"),
    "migrations_unknown_step": _statements(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kartoteka-archive', '9999_from_the_future', '2099-01-01')"
    ),
    "migrations_missing": _statements("DROP TABLE _sqlite_migrations"),
    "migrations_empty": _statements("DELETE FROM _sqlite_migrations"),
    "migrations_blob_names": _statements("UPDATE _sqlite_migrations SET name = X'00'"),
}


# --- schema -------------------------------------------------------------------------------


def _schema_names(good: Path, kind: str) -> list[str]:
    conn = sqlite3.connect(good)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = ? AND sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                [kind],
            )
        ]
    finally:
        conn.close()


def drop(kind: str, name: str) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        _edit(path, f"DROP {kind.upper()} {name}")
        return path

    return build


SCHEMA_CASES: dict[str, Builder] = {
    "index_other_columns": _statements(
        "DROP INDEX people_order_name",
        "CREATE INDEX people_order_name ON people_order(person_pk DESC)",
    ),
    "index_partial_empty": _statements(
        "DROP INDEX people_status",
        "CREATE INDEX people_status ON people(status) WHERE 0",
    ),
    "index_unique_on_status": _statements(
        "DROP INDEX events_date",
        "CREATE INDEX events_date ON events(date_earliest DESC, pk DESC)",
    ),
    "index_expression_function": _statements(
        "CREATE INDEX evil_expr ON people(length(display_name) + abs(pk))",
    ),
    "index_unknown_collation": _statements(
        "PRAGMA writable_schema = ON",
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
        "SELECT 'index', 'evil_collate', 'people', rootpage, "
        "'CREATE INDEX evil_collate ON people(display_name COLLATE no_such_collation)' "
        "FROM sqlite_master WHERE name = 'people_status'",
    ),
    "trigger_on_every_table": lambda good, folder: _triggers(good, folder),
    "view_named_like_table": _statements(
        "DROP TABLE person_years",
        "CREATE VIEW person_years AS SELECT pk AS person_pk, 2020 AS year FROM people",
    ),
    "table_extra_column": _statements("ALTER TABLE people ADD COLUMN secret TEXT DEFAULT 'x'"),
    "table_extra": _statements("CREATE TABLE zz_payload (x)", "INSERT INTO zz_payload VALUES (1)"),
    "view_extra_recursive": _statements(
        "CREATE VIEW zz_loop AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i FROM n"
    ),
    "temp_trigger_text": _statements(
        "CREATE TRIGGER zz_on_meta AFTER UPDATE ON meta BEGIN DELETE FROM people; END"
    ),
    "fts_config_odd": _statements(
        "INSERT OR REPLACE INTO people_fts_config (k, v) VALUES ('version', 99)"
    ),
    "fts_data_garbage": _statements(
        "UPDATE people_fts_data SET block = X'ffffffffffffffff' WHERE id = 1"
    ),
    "stat1_lies": _statements(
        "DELETE FROM sqlite_stat1",
        "INSERT INTO sqlite_stat1 SELECT tbl_name, name, '1 1 1 1' FROM sqlite_master "
        "WHERE type = 'index' AND sql IS NOT NULL",
    ),
}


def _triggers(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    tables = [t for t in _schema_names(good, "table") if "_fts" not in t and not t.startswith("_")]
    _edit(
        path,
        *(
            f"CREATE TRIGGER zz_{t} AFTER INSERT ON {t} BEGIN "
            "DELETE FROM people; UPDATE meta SET value = 'owned'; END"
            for t in tables
        ),
    )
    return path


# --- pages ----------------------------------------------------------------------------


def _poke(offset: int, data: bytes) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        with path.open("r+b") as fh:
            fh.seek(offset)
            fh.write(data)
        return path

    return build


def _page_size(path: Path) -> int:
    with path.open("rb") as fh:
        size = struct.unpack(">H", fh.read(18)[16:18])[0]
    return 65536 if size == 1 else size


def _zero_page(which: str) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        size = _page_size(path)
        pages = path.stat().st_size // size
        number = {"second": 1, "middle": pages // 2, "last": pages - 1}[which]
        with path.open("r+b") as fh:
            fh.seek(number * size)
            fh.write(bytes(size))
        return path

    return build


def _cut(fraction: float, extra: int = 0) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        size = path.stat().st_size
        os.truncate(path, int(size * fraction) + extra)
        return path

    return build


def _append(data: bytes) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        with path.open("ab") as fh:
            fh.write(data)
        return path

    return build


PAGE_CASES: dict[str, Builder] = {
    "header_write_version_3": _poke(18, b"\x03\x03"),
    "header_reserved_bytes": _poke(20, b"\x20"),
    "header_payload_fractions": _poke(21, b"\x00\x00\x00"),
    "header_page_count_huge": _poke(28, b"\x7f\xff\xff\xff"),
    "header_freelist_trunk_far": _poke(32, b"\x7f\xff\xff\xff\x00\x00\x00\x05"),
    "header_freelist_count_huge": _poke(36, b"\x7f\xff\xff\xff"),
    "header_schema_format_9": _poke(44, b"\x00\x00\x00\x09"),
    "header_cache_size_huge": _poke(48, b"\x7f\xff\xff\xff"),
    "header_autovacuum_on": _poke(52, b"\x00\x00\x00\x05"),
    "header_utf16": _poke(56, b"\x00\x00\x00\x02"),
    "header_encoding_bogus": _poke(56, b"\x00\x00\x00\x07"),
    "header_user_version_max": _poke(60, b"\x7f\xff\xff\xff"),
    "header_application_id": _poke(68, b"KART"),
    "header_sqlite_version_future": _poke(96, b"\x7f\xff\xff\xff"),
    "zero_second_page": _zero_page("second"),
    "zero_middle_page": _zero_page("middle"),
    "zero_last_page": _zero_page("last"),
    "truncated_mid_page": _cut(0.5, 123),
    "truncated_header_only": _cut(0, 100),
    "garbage_appended": _append(b"\xde\xad\xbe\xef" * 5000),
}


# --- sidecars and the file system ---------------------------------------------------------


def _with_sidecar(suffix: str, make: Callable[[Path, Path], None]) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        make(path.with_name(path.name + suffix), good)
        return path

    return build


def _other_wal(side: Path, good: Path) -> None:
    """A real -wal, written by another database."""
    other = side.parent / "other-source.db"
    shutil.copyfile(good, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE meta SET value = 'from another file' WHERE key = 'title'")
    wal = other.with_name(other.name + "-wal")
    shutil.copyfile(wal, side)
    conn.close()
    for p in side.parent.glob("other-source.db*"):
        p.unlink()


def _write(data: bytes) -> Callable[[Path, Path], None]:
    def write(side: Path, _good: Path) -> None:
        side.write_bytes(data)

    return write


SIDECAR_CASES: dict[str, Builder] = {
    "wal_from_another_file": _with_sidecar("-wal", _other_wal),
    "journal_empty": _with_sidecar("-journal", _write(b"")),
    "journal_garbage": _with_sidecar("-journal", _write(os.urandom(4096))),
    "journal_header_only": _with_sidecar(
        "-journal", _write(bytes.fromhex("d9d505f920a163d7") + b"\xff" * 20 + bytes(484))
    ),
    "shm_short": _with_sidecar("-shm", _write(b"\x01" * 100)),
    "wal_is_folder": _with_sidecar("-wal", lambda side, _good: side.mkdir()),
    "journal_is_folder": _with_sidecar("-journal", lambda side, _good: side.mkdir()),
    "shm_is_folder": _with_sidecar("-shm", lambda side, _good: side.mkdir()),
}


def _symlink(good: Path, folder: Path) -> Path:
    target = _copy(good, folder, "real.db")
    link = folder / ARCHIVE_NAME
    link.symlink_to(target.name)
    return link


def _symlink_loop(_good: Path, folder: Path) -> Path:
    link = folder / ARCHIVE_NAME
    link.symlink_to(ARCHIVE_NAME)
    return link


def _dangling_symlink(_good: Path, folder: Path) -> Path:
    link = folder / ARCHIVE_NAME
    link.symlink_to("gone.db")
    return link


def _read_only(good: Path, folder: Path) -> Path:
    path = _copy(good, folder)
    path.chmod(0o444)
    return path


def _named(name: str) -> Builder:
    return lambda good, folder: _copy(good, folder, name)


FS_CASES: dict[str, Builder] = {
    "symlink": _symlink,
    "symlink_loop": _symlink_loop,
    "symlink_dangling": _dangling_symlink,
    "read_only_file": _read_only,
    "name_newline": _named("arch\nive.db"),
    "name_escape": _named("arch\x1b[2Jive.db"),
    "name_bidi": _named("arch\u202eive.db"),
    "name_dash": _named("--help.db"),
    "name_no_suffix": _named("archive"),
}


# --- format 2: photos, custody, recognitions, the letters list ---------------------------


def _png(width: int, height: int) -> bytes:
    """A PNG whose header declares `width` x `height` (its one IDAT chunk holds almost nothing)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def _photo(data: bytes) -> Builder:
    """An attachment of the first person holding `data` (size and digest made to match)."""
    digest = hashlib.sha256(data).hexdigest()
    return _statements(
        "INSERT INTO attachments (id, person_id, media_type, byte_size, width, height, sha256, "
        f"data) VALUES ('a-hostile', {FIRST_PERSON}, 'image/png', {len(data)}, 10, 10, "
        f"'{digest}', X'{data.hex()}')"
    )


FORMAT2_CASES: dict[str, Builder] = {
    "photo_not_image": _photo(b"<html><script>alert(1)</script></html>"),
    "photo_pixel_bomb": _photo(_png(30000, 30000)),
    "placement_ends_before_start": _statements(
        "UPDATE placements SET start_edtf = '2024-01-01', start_earliest = '2024-01-01', "
        "start_latest = '2024-01-01', end_edtf = '1900-01-01', end_earliest = '1900-01-01', "
        "end_latest = '1900-01-01'"
    ),
    "letters_person_gone": _statements(
        "UPDATE letter_recipients SET person_pk = person_pk + 100000"
    ),
}
"""Found by the second sweep (bench/bench_hostile.py): one case per kind of format-2 damage."""


VALUE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("people", "id"),
    ("people", "display_name"),
    ("people", "status"),
    ("people", "birth_edtf"),
    ("people", "quote_count"),
    ("person_names", "name"),
    ("person_names", "person_id"),
    ("sentences", "term_months"),
    ("sentences", "date_edtf"),
    ("charges", "article"),
    ("quotes", "text"),
    ("quote_subjects", "person_id"),
    ("events", "kind"),
    ("events", "date_earliest"),
    ("sources", "url"),
    ("relations", "kind"),
    ("organizations", "name"),
    ("citations", "entity_type"),
    ("placements", "start_edtf"),
    ("recognitions", "by_id"),
)
"""Columns the CI sweep attacks: ids, names, enums, dates, numbers and text of each table."""

VALUE_CASES: dict[str, Builder] = {
    f"value_{table}_{column}_{kind}": wrong_value(table, column, kind)
    for i, (table, column) in enumerate(VALUE_COLUMNS)
    for j, kind in enumerate(WRONG_VALUES)
    if (i + j) % 4 == 0  # each column meets about three kinds, each kind about five columns
    and not (kind == "null" and table == "quote_subjects")  # a key: SQLite keeps it NOT NULL
}
FOUND_VALUES = (
    ("people", "id", "null"),
    ("events", "id", "null"),
    ("organizations", "id", "null"),
    ("people", "status", "nul"),
    ("people", "display_name", "megabyte"),
    ("person_names", "name", "megabyte"),
    ("sentences", "term_months", "huge_int"),
)
"""Wrong values the first full sweep (every column, every kind) found defects with."""
VALUE_CASES.update(
    {
        f"value_{table}_{column}_{kind}": wrong_value(table, column, kind)
        for table, column, kind in FOUND_VALUES
    }
)

CASES: dict[str, tuple[str, Builder]] = {
    **{name: ("value", b) for name, b in VALUE_CASES.items()},
    **{name: ("ref", b) for name, b in REF_CASES.items()},
    **{name: ("meta", b) for name, b in META_CASES.items()},
    **{name: ("schema", b) for name, b in SCHEMA_CASES.items()},
    **{name: ("page", b) for name, b in PAGE_CASES.items()},
    **{name: ("sidecar", b) for name, b in SIDECAR_CASES.items()},
    **{name: ("fs", b) for name, b in FS_CASES.items()},
    **{name: ("format2", b) for name, b in FORMAT2_CASES.items()},
}


def make(name: str, folder: Path, good: Path) -> Path:
    """Write case `name` into the empty `folder` from the valid archive `good`."""
    return CASES[name][1](good, folder)
