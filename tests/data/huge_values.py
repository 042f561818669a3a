"""Archives in Kartoteka's own format with one huge text value (issue 12, class 1).

`add_huge_quote(path, megabytes, text)` appends to a copy of a valid archive
a quote of `megabytes` MB made of `text` repeated (the archive's FTS trigger
indexes it, as a real writer's would), spoken by the archive's first person
and about its second. The quote may hold the very name a researcher
searches for, millions of times: search must still answer with the name
match within its time limit, reading only a bounded part of the value.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

HUGE_QUOTE_ID = "q-huge-name"


def add_huge_quote(good: Path, path: Path, megabytes: int, text: str) -> Path:
    """A copy of `good` at `path` with one quote of `megabytes` MB of `text` repeated."""
    shutil.copyfile(good, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        speaker, subject = (
            r[0] for r in conn.execute("SELECT id FROM people ORDER BY pk LIMIT 2").fetchall()
        )
        repeats = megabytes * 1024 * 1024 // len(text.encode())
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO quotes (id, speaker_id, text, lang) "
            "VALUES (?, ?, replace(hex(zeroblob(?)), '00', ?), 'en')",
            [HUGE_QUOTE_ID, speaker, repeats, text],
        )
        conn.execute(
            "INSERT INTO quote_subjects (quote_id, person_id) VALUES (?, ?)",
            [HUGE_QUOTE_ID, subject],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path
