"""Recent searches and archives, kept in the annotation store (never in plain settings).

A seized or shared computer must not give away the names a person searched
for. The store is the one file Kartoteka can encrypt, so the recent lists
live there (table `recent`, store step 0004). They are not annotations: no
history rows, no undo, never exported, and backups leave them out
(db.annotations.backup). Deleted rows are overwritten (`secure_delete`) and the
write-ahead log is truncated after a clear, so "Clear history now" leaves no
readable copy in the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Literal

from db.annotations.store import AnnotationStore, immediate, now_iso, store_error

Kind = Literal["search", "file"]
KINDS: tuple[Kind, ...] = ("search", "file")

SELECT_SQL = "SELECT value FROM recent WHERE kind = ? ORDER BY used_at DESC, rowid DESC LIMIT ?"
UPSERT_SQL = """
INSERT INTO recent (kind, value, used_at) VALUES (?, ?, ?)
ON CONFLICT(kind, value) DO UPDATE SET used_at = excluded.used_at
"""
TRIM_SQL = """
DELETE FROM recent WHERE kind = :kind AND value NOT IN (
    SELECT value FROM recent WHERE kind = :kind ORDER BY used_at DESC, rowid DESC LIMIT :keep
)
"""


def recent(store: AnnotationStore, kind: Kind, limit: int) -> list[str]:
    """The `limit` most recent values of `kind`, newest first."""
    try:
        rows = store.db.conn.execute(SELECT_SQL, (kind, limit)).fetchall()
    except sqlite3.Error as exc:
        raise store_error(exc, store.path, "reading the recent searches") from exc
    return [str(r[0]) for r in rows]


def remember(
    store: AnnotationStore,
    kind: Kind,
    values: list[str],
    *,
    keep: int,
    drop: tuple[str, ...] = (),
) -> None:
    """Record `values` (oldest first; the last is the newest), remove `drop`, keep `keep`."""
    at = now_iso(store.clock)
    _write(
        store,
        "saving the recent searches",
        lambda conn: _remember(conn, kind, values, drop, keep, at),
    )


def _remember(
    conn: sqlite3.Connection,
    kind: Kind,
    values: list[str],
    drop: tuple[str, ...],
    keep: int,
    at: str,
) -> None:
    for value in drop:
        conn.execute("DELETE FROM recent WHERE kind = ? AND value = ?", (kind, value))
    for value in values:
        conn.execute(UPSERT_SQL, (kind, value, at))
    conn.execute(TRIM_SQL, {"kind": kind, "keep": keep})


def forget(store: AnnotationStore, kind: Kind | None = None) -> None:
    """Delete the recent values (of one kind, or all), leaving no readable copy in the file."""

    def work(conn: sqlite3.Connection) -> None:
        if kind is None:
            conn.execute("DELETE FROM recent")
        else:
            conn.execute("DELETE FROM recent WHERE kind = ?", (kind,))

    _write(store, "clearing the recent searches", work)
    try:  # the log still holds the pages as they were: copy them back and empty it
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error as exc:
        raise store_error(exc, store.path, "clearing the recent searches") from exc


def _write(store: AnnotationStore, doing: str, work: Callable[[sqlite3.Connection], None]) -> None:
    conn = store.db.conn
    try:
        with immediate(conn):
            work(conn)
    except sqlite3.Error as exc:
        raise store_error(exc, store.path, doing) from exc
