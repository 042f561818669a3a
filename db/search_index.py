"""The derived name index that search matches against: folded keys, FTS5, vocabulary.

Every stored spelling of a person (person_names, people.display_name) gets
one row in `search_names` holding the spelling and its folded key
(db.names.fold); organizations (org_names, organizations.name) get theirs in
`search_org_names`, a separate small index, so that matching a court's name
never wades through millions of person rows. The `*_fts` tables index the
keys, so any script or romanization of a query word meets the stored
spellings in one FTS5 lookup. `search_vocab` lists each distinct person key
word once, and
`search_vocab_tri` is a trigram index over that vocabulary: typo candidates
are found there (thousands of words, not millions of rows) and verified with
an OSA distance. A trigram index over all body text would cost too much at
1M people; body text uses the schema's own `<table>_fts` indexes.
"""

from __future__ import annotations

from collections import Counter

from sqlite_utils import Database

from db.names import fold

SEARCH_SCHEMA_SQL: tuple[str, ...] = (
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
"""Statements db.migrations runs inside its first step."""

_BATCH = 50_000


_PERSON_SPELLINGS = """
SELECT p.pk, n.name, n.system
FROM person_names n JOIN people p ON p.id = n.person_id
UNION ALL
SELECT pk, display_name, 'display' FROM people
WHERE NOT EXISTS (SELECT 1 FROM person_names n
                  WHERE n.person_id = people.id AND n.name = people.display_name)
"""
_ORG_SPELLINGS = """
SELECT org_id, name, system FROM org_names
UNION ALL
SELECT id, name, 'display' FROM organizations
WHERE NOT EXISTS (SELECT 1 FROM org_names n
                  WHERE n.org_id = organizations.id AND n.name = organizations.name)
"""


def _fill(db: Database, table: str, source_sql: str, owner: str, vocab: Counter[str]) -> None:
    """Insert every spelling from `source_sql` with its key; count person key words."""
    insert = f"INSERT INTO {table} ({owner}, name, system, keys) VALUES (?, ?, ?, ?)"
    batch: list[tuple[object, str, str, str]] = []
    for owner_id, name, system in db.execute(source_sql):
        keys = fold(name)
        if table == "search_names":
            vocab.update(set(keys.split()))
        batch.append((owner_id, name, system, keys))
        if len(batch) >= _BATCH:
            db.conn.executemany(insert, batch)
            batch.clear()
    db.conn.executemany(insert, batch)
    db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')")


def rebuild_search_index(db: Database) -> None:
    """Recompute the name index from the base tables (build and import paths)."""
    for table in ("search_names", "search_org_names", "search_vocab", "search_vocab_tri"):
        db.execute(f"DELETE FROM {table}")
    vocab: Counter[str] = Counter()
    _fill(db, "search_names", _PERSON_SPELLINGS, "person_pk", vocab)
    _fill(db, "search_org_names", _ORG_SPELLINGS, "org_id", vocab)
    ordered = sorted(vocab.items())
    db.conn.executemany("INSERT INTO search_vocab (word, rows) VALUES (?, ?)", ordered)
    db.conn.executemany(
        "INSERT INTO search_vocab_tri (word) VALUES (?)", [(w,) for w, _ in ordered]
    )
    db.execute("INSERT INTO search_vocab_tri(search_vocab_tri) VALUES ('optimize')")
