"""The derived name index that search matches against: keys per person, typos, vocabulary.

Every word of every stored spelling of a person (person_names and
people.display_name, split by db.names.tokens) is reduced to its
transliterated form, its spelling key and its keys (db.names: levels 1,
1½ and 2), and each distinct one is stored once per person in
`search_keys(key, person_pk)`, a WITHOUT ROWID B-tree: an inverted index
whose lookups are index seeks. A query word matches a person when one of its
forms is among the person's, whichever spelling it came from, so "Sergei
Tsikhanouski" (a Russian given name, a Belarusian surname) still finds him.
Transliterated forms and spelling keys carry a leading `TRANSLIT_MARK` or
`SPELLING_MARK`, so that the levels never meet.

`search_vocab(word, rows)` lists each key once with the number of people
holding it (rarest words drive a query; stems are found by a range scan),
and `search_typos(deletion, word)` holds every key with one letter left out
(the symmetric-delete method): a query word's own deletions found there, or
found in the vocabulary, are the words within one or two edits, verified
with OSA distance. Organizations (org_names, organizations.name) keep their
own small FTS5 index, `search_org_names`, so that matching a court's name
never touches millions of person rows.

Archives written before this index existed (format 1 as first released)
carry `search_names`, `search_names_fts` and `search_vocab_tri` instead,
built with the folding of that release; db.search reads those in a
compatibility mode (see docs/SEARCH.md, "Older archives").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlite_utils import Database

from db import key_version
from db.names import TYPO_WORD_MAX, deletions, fold, key_forms, spelling_key, tokens, translit

TRANSLIT_MARK = "="
"""Prefix of transliterated forms in `search_keys` (keys are [a-z0-9] only)."""
SPELLING_MARK = "~"
"""Prefix of spelling keys (db.names.spelling_key) in `search_keys`."""
TYPO_MIN_LENGTH = 4
"""Keys shorter than this take no typos (db.names.max_typos), so have no deletions."""

SEARCH_SCHEMA_V1_SQL: tuple[str, ...] = (
    """
    CREATE TABLE search_names (
        pk INTEGER PRIMARY KEY,
        person_pk INTEGER NOT NULL REFERENCES people(pk),
        name TEXT NOT NULL,
        system TEXT NOT NULL,
        keys TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX search_names_person ON search_names(person_pk)",
    """
    CREATE VIRTUAL TABLE search_names_fts USING fts5(
        keys, content='search_names', content_rowid='pk', tokenize='unicode61'
    )
    """,
    """
    CREATE TABLE search_org_names (
        pk INTEGER PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organizations(id),
        name TEXT NOT NULL,
        system TEXT NOT NULL,
        keys TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE VIRTUAL TABLE search_org_names_fts USING fts5(
        keys, content='search_org_names', content_rowid='pk', tokenize='unicode61'
    )
    """,
    """
    CREATE TABLE search_vocab (
        word TEXT PRIMARY KEY,
        rows INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE VIRTUAL TABLE search_vocab_tri USING fts5(
        word, tokenize='trigram', detail='none'
    )
    """,
)
"""The first release's search tables (migration step 0001; never change it)."""

SEARCH_SCHEMA_V2_SQL: tuple[str, ...] = (
    "DROP TABLE search_names_fts",
    "DROP TABLE search_names",
    "DROP TABLE search_vocab_tri",
    """
    CREATE TABLE search_keys (
        key TEXT NOT NULL,
        person_pk INTEGER NOT NULL REFERENCES people(pk),
        PRIMARY KEY (key, person_pk)
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE search_typos (
        deletion TEXT NOT NULL,
        word TEXT NOT NULL,
        PRIMARY KEY (deletion, word)
    ) STRICT, WITHOUT ROWID
    """,
)
"""Migration step 0002: the per-person key index replaces the per-spelling one."""

NAME_INDEX_TABLES: dict[str, str] = {
    "search_keys": SEARCH_SCHEMA_V2_SQL[3],
    "search_typos": SEARCH_SCHEMA_V2_SQL[4],
}
"""This build's name index tables and how each is made (db.schema_check.NAME_INDEX names them)."""


def restore_name_tables(db: Database) -> None:
    """Create this build's name index tables an archive lacks (empty: a rebuild fills them)."""
    from db.schema_check import missing_name_tables

    present = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in missing_name_tables(present):
        db.execute(NAME_INDEX_TABLES[table])


PERSON_KEYS_TABLE = "search_person_keys"
PERSON_KEYS_SQL = f"""
CREATE TABLE {PERSON_KEYS_TABLE} (
    person_pk INTEGER NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (person_pk, key)
) STRICT, WITHOUT ROWID
"""
"""search_keys by person (derived step in db.derived_schema): one seek reads a person's
forms. A table of its own, not an index on search_keys, so that no plan reading
search_keys by key ever turns to it."""
HAS_PERSON_KEYS_SQL = (
    f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{PERSON_KEYS_TABLE}'"
)

_BATCH = 50_000

_PERSON_SPELLINGS = """
SELECT p.pk, p.display_name, n.name
FROM people p LEFT JOIN person_names n ON n.person_id = p.id
ORDER BY p.pk
"""
_ORG_SPELLINGS = """
SELECT org_id, name, system FROM org_names
UNION ALL
SELECT id, name, 'display' FROM organizations
WHERE NOT EXISTS (SELECT 1 FROM org_names n
                  WHERE n.org_id = organizations.id AND n.name = organizations.name)
"""


def person_forms(spellings: set[str]) -> set[str]:
    """Every transliterated form (marked) and key of every word of a person's spellings."""
    out: set[str] = set()
    for spelling in spellings:
        for token in tokens(spelling):
            t = translit(token)
            if t:
                out.add(TRANSLIT_MARK + t)
                out.add(SPELLING_MARK + spelling_key(token))
            out.update(key_forms(token))
    return out


def _people(db: Database) -> Iterator[tuple[int, set[str]]]:
    """(person pk, its spellings) for every person, in pk order."""
    current: int | None = None
    spellings: set[str] = set()
    for pk, display, name in db.execute(_PERSON_SPELLINGS):
        if pk != current:
            if current is not None:
                yield current, spellings
            current, spellings = int(pk), {str(display)}
        if name is not None:
            spellings.add(str(name))
    if current is not None:
        yield current, spellings


def _insert_sorted(db: Database, sql: str, rows: Iterable[tuple[str, Any]]) -> None:
    """executemany in sorted batches: B-tree inserts in key order touch fewer pages."""
    batch: list[tuple[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            batch.sort()
            db.conn.executemany(sql, batch)
            batch.clear()
    batch.sort()
    db.conn.executemany(sql, batch)


def _fill_people(db: Database) -> None:
    """Write search_keys: rows appended to a staging table, then copied in key order.

    Inserting ~20 rows per person straight into the (key, person_pk) B-tree
    touches pages all over it once it outgrows the page cache; one sorted
    copy writes it front to back. The sort spills to a temporary file, not
    to memory (bulk loaders keep temp_store FILE: db.generate.BULK_PRAGMAS),
    except on an encrypted archive, which must write no plain temporary
    file and keeps temp_store MEMORY.
    """
    db.execute("DROP TABLE IF EXISTS search_keys_load")
    db.execute("CREATE TABLE search_keys_load (key TEXT NOT NULL, person_pk INTEGER NOT NULL)")

    def rows() -> Iterator[tuple[str, int]]:
        for pk, spellings in _people(db):
            for f in person_forms(spellings):
                yield f, pk

    db.conn.executemany("INSERT INTO search_keys_load (key, person_pk) VALUES (?, ?)", rows())
    copy = (
        "INSERT INTO search_keys (key, person_pk) "
        "SELECT key, person_pk FROM search_keys_load ORDER BY key, person_pk"
    )
    _sorted_copy(db, copy)
    db.execute("DROP TABLE search_keys_load")


def _sorted_copy(db: Database, copy: str) -> None:
    """Run an INSERT … SELECT … ORDER BY whose sort spills to a file, not to memory."""
    temp_store = db.execute("PRAGMA temp_store").fetchone()[0]
    if db.conn.in_transaction or temp_store != 0:
        # temp_store cannot change inside a transaction (the writer's build);
        # a chosen one is kept: FILE, or MEMORY for an encrypted archive
        db.execute(copy)
    else:
        db.execute("PRAGMA temp_store = FILE")
        try:
            db.execute(copy)
        finally:
            db.execute(f"PRAGMA temp_store = {int(temp_store)}")


def fill_person_keys(db: Database) -> None:
    """Copy search_keys into the by-person table in its order (one sorted pass)."""
    _sorted_copy(
        db,
        f"INSERT INTO {PERSON_KEYS_TABLE} (person_pk, key) "
        "SELECT person_pk, key FROM search_keys ORDER BY person_pk, key",
    )


def _fill_vocab(db: Database) -> None:
    """Each form with how many people hold it, in one pass over the key index (no memory)."""
    db.execute(
        "INSERT INTO search_vocab (word, rows) "
        "SELECT key, count(*) FROM search_keys GROUP BY key ORDER BY key"
    )


def _fill_typos(db: Database) -> None:
    marks = (TRANSLIT_MARK, SPELLING_MARK)
    # a query word over TYPO_WORD_MAX letters gets no typo search, so a name word one
    # letter longer is the longest a typo can reach; a longer one (a hostile 1 MB
    # "name") needs no deletions: n of them, n letters each, would take minutes and GB
    words = db.conn.execute(
        "SELECT word FROM search_vocab WHERE length(word) BETWEEN ? AND ? "
        "AND substr(word, 1, 1) NOT IN (?, ?)",
        [TYPO_MIN_LENGTH, TYPO_WORD_MAX + 1, *marks],
    )
    rows = ((d, str(word)) for (word,) in words for d in deletions(str(word)))
    _insert_sorted(db, "INSERT OR IGNORE INTO search_typos (deletion, word) VALUES (?, ?)", rows)


def _fill_orgs(db: Database) -> None:
    insert = "INSERT INTO search_org_names (org_id, name, system, keys) VALUES (?, ?, ?, ?)"
    rows = [
        (org_id, name, system, fold(name)) for org_id, name, system in db.execute(_ORG_SPELLINGS)
    ]
    db.conn.executemany(insert, rows)
    db.execute("INSERT INTO search_org_names_fts(search_org_names_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO search_org_names_fts(search_org_names_fts) VALUES ('optimize')")


def rebuild_search_index(db: Database) -> None:
    """Recompute the name index from the base tables (build, import and reindex paths).

    Records the folding version it was built with (db.key_version), so that an
    index built by other rules is noticed when the archive is opened.
    """
    by_person = bool(db.execute(HAS_PERSON_KEYS_SQL).fetchall())
    tables = ("search_keys", "search_typos", "search_vocab", "search_org_names")
    for table in (*tables, *((PERSON_KEYS_TABLE,) if by_person else ())):
        db.execute(f"DELETE FROM {table}")
    _fill_people(db)
    if by_person:
        fill_person_keys(db)
    _fill_vocab(db)
    _fill_typos(db)
    _fill_orgs(db)
    key_version.record(db)  # what opening compares with its own folding (db.key_version)


HAS_KEY_INDEX_SQL = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_keys'"
"""One row when the archive carries this build's name index (none: the first release's)."""
