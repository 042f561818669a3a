"""The schema check at open: every table and index is this build's, definition for definition.

A file's tables are compared with the schema this build's migrations make
for the file's `user_version` (an archive made by an older Kartoteka is
compared with that version's schema): the full `CREATE` statements, so a
foreign CHECK constraint, a column added or retyped, a view standing in for a
table, or an index Kartoteka does not make is refused with a plain message.
Differences in the search objects (the FTS5 indexes, their shadow tables
and the `search_*` name index) only disable search, because browsing does
not read them. Triggers and unrelated views or tables are allowed when
reading (a read-only connection never fires a trigger, and views run only
when named); writers remove them (`remove_foreign_sql`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils import db as sqlite_utils_db
from sqlite_utils import migrations as sqlite_utils_migrations

from db import key_version, locations
from db import migrations as schema
from db.errors import ArchiveTooNewError, ErrorKind, KartotekaError, NotAnArchiveError

MAX_SCHEMA_OBJECTS = 5000
"""A file with more schema entries than this is not an archive (bounds the check's work)."""
IGNORED_TABLES = frozenset({"_sqlite_migrations"})
"""sqlite-utils' bookkeeping: its definition belongs to sqlite-utils, and nothing reads it."""
SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
_FTS5 = re.compile(r"\s*CREATE\s+VIRTUAL\s+TABLE\s.*?\bUSING\s+fts5\b", re.I | re.S)
REFERENCE_PREFIX = "schema-reference-"
"""Name start of the cached reference schema in the cache folder."""

_TOKEN = re.compile(
    r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|--[^\n]*|/\*.*?\*/|\s+""",
    re.DOTALL,
)


@functools.lru_cache(maxsize=4096)
def normalized_sql(sql: str) -> str:
    """SQL with comments dropped and whitespace collapsed outside quotes (same meaning)."""

    def repl(match: re.Match[str]) -> str:
        text = match.group(0)
        if text[0] in "'\"`[":
            return text
        return " "

    return " ".join(_TOKEN.sub(repl, sql).split()).replace("( ", "(").replace(" )", ")")


@dataclass(frozen=True, slots=True)
class SchemaObject:
    type: str  # table, index, view, trigger
    name: str
    table: str  # tbl_name
    raw: str  # the CREATE statement as stored; "" for automatic indexes

    @property
    def sql(self) -> str:
        """The statement normalized (comments and spacing do not count)."""
        return normalized_sql(self.raw)

    def same_as(self, other: SchemaObject) -> bool:
        if (self.type, self.table) != (other.type, other.table):
            return False
        return self.raw == other.raw or self.sql == other.sql


Schema = dict[str, SchemaObject]


def _objects_list(rows: list[tuple[object, ...]]) -> list[SchemaObject]:
    return [
        SchemaObject(str(kind), str(name), str(table), str(text or ""))
        for kind, name, table, text in rows
    ]


def _objects(rows: list[tuple[object, ...]]) -> Schema:
    return {o.name: o for o in _objects_list(rows)}


_MASTER_SQL = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"


def _read(conn: sqlite3.Connection | Database, *, limit: int | None = None) -> Schema:
    sql = _MASTER_SQL if limit is None else f"{_MASTER_SQL} LIMIT {int(limit) + 1}"
    return _objects(conn.execute(sql).fetchall())


Rows = tuple[tuple[str, str, str, str], ...]


@functools.cache
def _reference_rows(version: int) -> tuple[Rows, Rows]:
    """What an archive of `version` may hold: (required rows, optional rows) of sqlite_master.

    The build is replayed as `migrations.apply(version=...)` runs it: every
    step in order, except those that would raise the archive beyond
    `version`; each state the archive has at `version` is a possible file
    (steps that keep the version add derived tables, or drop a search index
    they replace, and an archive written before such a step lacks it).
    Required: objects every such state has, alike. Optional: the rest.
    Running the migrations takes ~0.2 s (a tenth of a command's budget), so
    the result is kept in the cache folder under a digest of the code that
    makes it; a missing, stale or unreadable file is simply made again.
    """
    cached = _cache_file(version)
    if cached is not None:
        found = _read_rows(cached)
        if found is not None:
            return found
    states = _states(version)
    if not states:
        return (), ()
    required = tuple(row for row in states[0] if all(row in state for state in states[1:]))
    seen = set(required)
    optional: list[tuple[str, str, str, str]] = []
    for state in states:
        for row in state:
            if row not in seen:
                seen.add(row)
                optional.append(row)
    if cached is not None:
        _write_rows(cached, required, tuple(optional))
    return required, tuple(optional)


def _states(version: int) -> list[Rows]:
    """sqlite_master after each migration step of a fresh archive built up to `version`."""
    current = Database(memory=True, execute_plugins=False)
    states: list[Rows] = []
    try:
        schema.migrations.ensure_migrations_table(current)
        for step in schema.migrations.pending(current):
            trial = Database(memory=True, execute_plugins=False)
            current.conn.backup(trial.conn)
            step.fn(trial)
            if int(trial.execute("PRAGMA user_version").fetchone()[0]) > version:
                trial.close()  # a later format: archives of `version` never ran it
                continue
            current.close()
            current = trial
            if int(current.execute("PRAGMA user_version").fetchone()[0]) == version:
                states.append(
                    tuple(
                        (str(k), str(n), str(t), str(s or ""))
                        for k, n, t, s in current.execute(_MASTER_SQL)
                    )
                )
    finally:
        current.close()
    return states


@functools.cache
def _code_digest() -> str | None:
    """A digest of the code that makes the schema: db/'s sources, sqlite-utils, SQLite.

    None where the sources are not files (a frozen bundle): then nothing is cached.
    """
    here = Path(__file__).resolve().parent
    sources = sorted(here.rglob("*.py"))
    tools = [Path(sqlite_utils_db.__file__), Path(sqlite_utils_migrations.__file__)]
    if not sources or not all(f.is_file() for f in tools):
        return None
    digest = hashlib.sha256(f"sqlite {sqlite3.sqlite_version}\0".encode())
    try:  # names, sizes and modification times: a stat each, no reading
        for f in [*sources, *tools]:
            st = f.stat()
            digest.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    except OSError:
        return None
    return digest.hexdigest()[:24]


def _cache_file(version: int) -> Path | None:
    digest = _code_digest()
    if digest is None:
        return None
    return locations.current().cache / f"{REFERENCE_PREFIX}{digest}-v{version}.json"


def _rows(data: object) -> Rows | None:
    if not isinstance(data, list):
        return None
    rows = []
    for row in data:
        if not (isinstance(row, list) and len(row) == 4 and all(isinstance(v, str) for v in row)):
            return None
        rows.append((row[0], row[1], row[2], row[3]))
    return tuple(rows)


def _read_rows(path: Path) -> tuple[Rows, Rows] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    required, optional = _rows(data.get("required")), _rows(data.get("optional"))
    if not required or optional is None:
        return None
    return required, optional


def _write_rows(path: Path, required: Rows, optional: Rows) -> None:
    """Write atomically; remove stale copies made by other code. Failures are ignored."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for old in path.parent.glob(f"{REFERENCE_PREFIX}*"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(
                {"required": [list(r) for r in required], "optional": [list(r) for r in optional]},
                fh,
            )
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


@functools.cache
def reference(version: int) -> Schema:
    """Every object this build's migrations make for `version`, optional ones included."""
    required, optional = _reference_rows(version)
    return _objects([*required, *optional])


@functools.cache
def accepted(version: int) -> dict[str, tuple[SchemaObject, ...]]:
    """Each object's accepted definitions at `version` (several if a step redefines it)."""
    out: dict[str, tuple[SchemaObject, ...]] = {}
    for obj in _objects_list([*_reference_rows(version)[0], *_reference_rows(version)[1]]):
        out[obj.name] = (*out.get(obj.name, ()), obj)
    return out


@functools.cache
def optional_objects(version: int) -> frozenset[str]:
    """Objects an archive of `version` may lack (added later without a version change)."""
    return frozenset(row[1] for row in _reference_rows(version)[1])


def current() -> Schema:
    return reference(schema.SCHEMA_VERSION)


@functools.cache
def fts_tables(version: int = schema.SCHEMA_VERSION) -> frozenset[str]:
    """The FTS5 virtual tables of a version's schema (text indexes and search helpers)."""
    return frozenset(
        o.name for o in reference(version).values() if o.type == "table" and _FTS5.match(o.raw)
    )


def is_search_object(obj: SchemaObject, version: int = schema.SCHEMA_VERSION) -> bool:
    """Whether `obj` belongs to search only (FTS5 tables, their shadow tables, search_*)."""
    fts = fts_tables(version)
    owner = obj.table if obj.type == "index" else obj.name
    if owner.startswith("search_") or owner in fts:
        return True
    return any(owner == f + s for f in fts for s in SHADOW_SUFFIXES)


_CHECK_WORD = re.compile(r"\bCHECK\s*\(", re.IGNORECASE)


def _check_expressions(sql: str) -> list[str]:
    """The CHECK expressions of a CREATE TABLE statement (this build's own SQL)."""
    masked = _TOKEN.sub(
        lambda m: "_" * len(m.group(0)) if m.group(0)[0] in "'\"`[" else m.group(0), sql
    )
    out: list[str] = []
    for match in _CHECK_WORD.finditer(masked):
        depth, start = 1, match.end()
        for i in range(start, len(masked)):
            if masked[i] == "(":
                depth += 1
            elif masked[i] == ")":
                depth -= 1
                if depth == 0:
                    out.append(sql[start:i].strip())
                    break
    return out


@functools.cache
def check_constraints(version: int) -> dict[str, tuple[str, ...]]:
    """Table -> its CHECK expressions, as this build writes them for `version`.

    SQLite does not parse CHECK constraints of a database opened read-only,
    so `PRAGMA quick_check` on the read-only connections Kartoteka reads
    through skips them; db.checks evaluates these instead.
    """
    out: dict[str, tuple[str, ...]] = {}
    for obj in reference(version).values():
        if obj.type == "table" and not _FTS5.match(obj.raw):
            found = _check_expressions(obj.raw)
            if found:
                out[obj.name] = tuple(found)
    return out


def _describe(name: str, want: SchemaObject, have: SchemaObject | None) -> str:
    if have is None:
        return f"{want.type} {name} is missing"
    if have.type != want.type:
        return f"{name} is a {have.type}, not a {want.type}"
    return f"{want.type} {name} is defined differently"


NAME_INDEX = ("search_keys", "search_typos")
"""This build's name index tables (db.search_index makes them; an archive needs both)."""
LEGACY_NAME_INDEX = ("search_names", "search_names_fts")
"""The first release's name index (db.search reads it in compatibility mode instead)."""


def missing_name_tables(present: Iterable[str]) -> tuple[str, ...]:
    """The name index tables an archive with tables `present` lacks (none: search can run).

    Each is optional to the check above (an archive holds this build's index
    or the first release's), so an archive missing both opened as if whole and
    then failed every search on "no such table".
    """
    have = set(present)
    if all(t in have for t in LEGACY_NAME_INDEX):
        return ()
    return tuple(t for t in NAME_INDEX if t not in have)


def check(p: Path, conn: sqlite3.Connection) -> KartotekaError | None:
    """Refuse a file whose schema is not this build's; say why search cannot be used.

    Raises NotAnArchiveError or ArchiveTooNewError. Returns None when the
    search objects are this build's, else why search cannot run, with its
    kind (`Archive.search_error`; its message is `Archive.search_problem`).
    """
    actual = _read(conn, limit=MAX_SCHEMA_OBJECTS)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {n for n, o in actual.items() if o.type == "table"}
    if len(actual) > MAX_SCHEMA_OBJECTS or not {"meta", "people", "person_names"} <= tables:
        raise NotAnArchiveError.of(ErrorKind.NO_ARCHIVE_TABLES, p)
    if version > schema.SCHEMA_VERSION:
        raise ArchiveTooNewError.of(
            ErrorKind.TOO_NEW, p, version=version, supported=schema.SCHEMA_VERSION
        )
    if version < 1:
        raise NotAnArchiveError.of(ErrorKind.NO_FORMAT_VERSION, p)
    ref = reference(version)
    problems: list[str] = []
    search: list[str] = []
    optional = optional_objects(version)
    for name, want in ref.items():
        if want.type == "trigger" or name in IGNORED_TABLES:
            continue
        have = actual.get(name)
        if have is not None and any(have.same_as(w) for w in accepted(version)[name]):
            continue
        if have is None and name in optional:
            continue  # a derived table added later: readers work without it
        (search if is_search_object(want, version) else problems).append(
            _describe(name, want, have)
        )
    core = {o.name for o in ref.values() if o.type == "table" and not is_search_object(o, version)}
    for name, have in actual.items():
        if have.type == "index" and name not in ref and have.table in ref:
            target = search if have.table not in core else problems
            target.append(f"index {name} on {have.table} is not one Kartoteka makes")
    if problems:
        raise NotAnArchiveError.of(
            ErrorKind.OTHER_LAYOUT, p, problems="; ".join(problems[:3]), details=tuple(problems)
        )
    if search:
        return KartotekaError.of(ErrorKind.SEARCH_INDEX_NOT_OURS, p, problems="; ".join(search[:2]))
    missing = missing_name_tables(tables)
    if missing:
        return KartotekaError.of(
            ErrorKind.NAME_INDEX_MISSING,
            p,
            tables=", ".join(missing),
            command=key_version.reindex_command(p),
        )
    return None


def foreign_objects(db: Database) -> list[SchemaObject]:
    """Triggers and views in a writable archive that this build's schema does not have.

    Writers run inside the file, where such SQL would fire on every insert
    (a planted trigger can wipe or rewrite entries), so they remove them.
    """
    ref = accepted(_version(db))
    return [
        o
        for name, o in _read(db).items()
        if o.type in ("trigger", "view") and not any(w.same_as(o) for w in ref.get(name, ()))
    ]


def remove_foreign_sql(db: Database) -> list[str]:
    """Drop foreign triggers and views, restore this build's missing triggers; say what changed."""
    removed: list[str] = []
    for obj in foreign_objects(db):
        quoted = '"' + obj.name.replace('"', '""') + '"'
        db.execute(f"DROP {obj.type.upper()} IF EXISTS {quoted}")
        removed.append(f"the {obj.type} {obj.name}")
    notes = []  # one line, however many a hostile file planted
    if len(removed) == 1:
        notes.append(f"removed {removed[0]}, which Kartoteka does not make")
    elif removed:
        shown = ", ".join(removed[:3]) + (
            f" and {len(removed) - 3} more" if len(removed) > 3 else ""
        )
        notes.append(f"removed {len(removed)} triggers and views Kartoteka does not make ({shown})")
    have = _read(db)
    required, optional = _reference_rows(_version(db))
    for kind, name, table, sql in (*required, *optional):
        if kind == "trigger" and name not in have and table in have:
            db.execute(sql)  # this build's own SQL, e.g. an FTS trigger a planted one replaced
    return notes


def _version(db: Database) -> int:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    return min(max(version, 0), schema.SCHEMA_VERSION)
