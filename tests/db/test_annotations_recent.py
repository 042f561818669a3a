"""Recent searches and archives in the annotation store: step 0004, clearing, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.annotations import EntityRef, list_backups, open_store
from db.annotations import schema as annotation_schema
from db.annotations.recent import forget, recent, remember
from db.annotations.store import AnnotationStore

NAME = "Ціханоўскі"
REF = EntityRef("sample-archive", "person", "p-1")


def _bytes_of(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_newest_first_replaced_stage_dropped_and_trimmed(store: AnnotationStore) -> None:
    remember(store, "search", ["Ts"], keep=3)
    remember(store, "search", ["Tsikhanouski"], keep=3, drop=("Ts",))
    remember(store, "search", ["Losik", "Babaryka"], keep=3)
    assert recent(store, "search", 10) == ["Babaryka", "Losik", "Tsikhanouski"]
    remember(store, "search", ["Kalesnikava"], keep=3)
    assert recent(store, "search", 10) == ["Kalesnikava", "Babaryka", "Losik"]
    remember(store, "search", ["Losik"], keep=3)  # used again: first once more
    assert recent(store, "search", 2) == ["Losik", "Kalesnikava"]
    remember(store, "file", ["/media/stick/archive.db"], keep=8)
    assert recent(store, "file", 8) == ["/media/stick/archive.db"]
    assert store.history("x") == []  # not annotations: no history rows


def test_forget_leaves_no_readable_copy_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    store = open_store(path, author="alesia")
    try:
        # whatever the SQLite build's default: deleted values are overwritten
        assert store.db.execute("PRAGMA secure_delete").fetchone() == (1,)
        remember(store, "search", [NAME], keep=15)
        store.add_note(REF, "a note")
        forget(store)
        assert recent(store, "search", 15) == []
    finally:
        store.close()
    assert NAME.encode() not in _bytes_of(tmp_path)


def test_backups_leave_the_recent_lists_out(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    store = open_store(path, author="alesia")
    try:
        store.add_note(REF, "kept in the backup")
        remember(store, "search", [NAME], keep=15)
        store.backup_now()
    finally:
        store.close()
    (backup,) = list_backups(path)
    data = Path(backup.path).read_bytes()
    assert b"kept in the backup" in data
    assert NAME.encode() not in data
    conn = sqlite3.connect(backup.path)
    assert conn.execute("SELECT count(*) FROM recent").fetchone() == (0,)
    conn.close()


def test_step_0004_migrates_a_v3_store_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    annotation_schema.migrations.apply(Database(conn), stop_before="0004_recent_history")
    assert conn.execute("PRAGMA user_version").fetchone() == (3,)
    conn.execute(
        "INSERT INTO drafts (key, archive_id, entity_type, entity_id, body, saved_at)"
        " VALUES ('k', 'a', 'person', 'p', 'half', 'now')"
    )
    conn.commit()
    conn.close()
    store = open_store(path, author="alesia")
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == 4
        assert [b.reason for b in list_backups(path)] == ["migration"]
        remember(store, "search", [NAME], keep=15)
        assert recent(store, "search", 15) == [NAME]
        assert [d.body for d in store.drafts()] == ["half"]
    finally:
        store.close()


def test_encrypted_store_keeps_recent_searches_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite"
    store = open_store(path, author="alesia", passphrase="correct horse battery staple")
    try:
        assert store.db.execute("PRAGMA secure_delete").fetchone() == (1,)  # SQLCipher: 0
        remember(store, "search", [NAME], keep=15)
    finally:
        store.close()
    again = open_store(path, author="alesia", passphrase="correct horse battery staple")
    try:
        assert recent(again, "search", 15) == [NAME]
    finally:
        again.close()
    assert NAME.encode() not in _bytes_of(tmp_path)
