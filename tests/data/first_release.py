"""Archives as the first release wrote them: its per-spelling name index and its key folding.

`downgrade_search_index(path)` turns an archive written by this build into
what Kartoteka's first release would have written from the same data: the
search tables `search_names`, `search_names_fts`, `search_vocab` and
`search_vocab_tri` filled with db.names_v1 keys (one row per spelling,
words split at every non-letter), no `search_keys`/`search_typos`, and the
migration step that made them unrecorded. That release's builder did exactly
this (db/search_index.py at format 1), so the file is byte-for-byte the kind
of file users hold, without keeping a binary in git.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path

from db.names import clean, unmix
from db.names_v1 import fold_word_v1
from db.search_index import SEARCH_SCHEMA_V1_SQL

_WORD = re.compile(r"\w+", re.UNICODE)


def fold_v1(text: str) -> str:
    """The first release's `fold`: every \\w+ run, cleaned and unmixed, folded."""
    words = [unmix(w) for w in _WORD.findall(clean(text)) if w.strip("_")]
    return " ".join(k for k in (fold_word_v1(w) for w in words) if k)


def downgrade_search_index(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for table in ("search_keys", "search_typos", "search_vocab"):
            conn.execute(f"DROP TABLE {table}")
        for statement in SEARCH_SCHEMA_V1_SQL:
            if "search_org_names" not in statement:
                conn.execute(statement)
        rows = conn.execute(
            "SELECT p.pk, n.name, n.system FROM person_names n JOIN people p "
            "ON p.id = n.person_id UNION ALL SELECT pk, display_name, 'display' FROM people "
            "WHERE NOT EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = people.id "
            "AND n.name = people.display_name)"
        ).fetchall()
        vocab: Counter[str] = Counter()
        for pk, name, system in rows:
            keys = fold_v1(name)
            vocab.update(set(keys.split()))
            conn.execute(
                "INSERT INTO search_names (person_pk, name, system, keys) VALUES (?, ?, ?, ?)",
                [pk, name, system, keys],
            )
        conn.execute("INSERT INTO search_names_fts(search_names_fts) VALUES ('rebuild')")
        for word, n in sorted(vocab.items()):
            conn.execute("INSERT INTO search_vocab (word, rows) VALUES (?, ?)", [word, n])
            conn.execute("INSERT INTO search_vocab_tri (word) VALUES (?)", [word])
        for pk, name in conn.execute("SELECT pk, name FROM search_org_names").fetchall():
            conn.execute("UPDATE search_org_names SET keys = ? WHERE pk = ?", [fold_v1(name), pk])
        conn.execute("INSERT INTO search_org_names_fts(search_org_names_fts) VALUES ('rebuild')")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_search_keys'")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()
