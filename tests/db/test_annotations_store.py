"""Annotation store basics: add/edit/delete, undo/redo, history, tags, drafts, backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from db.annotations import (
    AnnotationInputError,
    AnnotationStore,
    AnnotationStoreDamagedError,
    AnnotationStoreTooNewError,
    EntityRef,
    NotAnAnnotationStoreError,
    StaleChangeError,
    iter_searchable_text,
    list_backups,
    open_store,
)
from db.annotations import schema as annotation_schema
from db.annotations.backup import backup_dir
from db.errors import KartotekaError

ARCHIVE = "archive-1"
PERSON = EntityRef(ARCHIVE, "person", "p-tsikhanouski")
SENTENCE = EntityRef(ARCHIVE, "sentence", "s-tsikhanouski-2021")


class Clock:
    """A settable clock, so daily backups can be tested without waiting a day."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def test_add_edit_delete_undo_redo(store: AnnotationStore) -> None:
    # a QUndoStack in miniature: each entry holds the change that undoes/redoes it
    added = store.add_note(PERSON, "Arrested **May 2020**, before the protests.")
    note_id = added.rows[0].id
    assert added.entities == frozenset({PERSON})
    assert [a.body for a in store.annotations_for(PERSON)] == [
        "Arrested **May 2020**, before the protests."
    ]
    undo_add = store.revert(added)
    assert store.annotations_for(PERSON) == []
    redo_add = store.revert(undo_add)
    assert [a.id for a in store.annotations_for(PERSON)] == [note_id]

    edited = store.edit(note_id, "Arrested 29 May 2020 in Hrodna.")
    assert _body(store, note_id) == "Arrested 29 May 2020 in Hrodna."
    undo_edit = store.revert(edited)
    assert _body(store, note_id) == "Arrested **May 2020**, before the protests."
    redo_edit = store.revert(undo_edit)
    assert _body(store, note_id) == "Arrested 29 May 2020 in Hrodna."

    deleted = store.delete(note_id)
    assert store.annotations_for(PERSON) == []
    assert store.annotations_for(PERSON, include_deleted=True)[0].deleted
    store.revert(deleted)
    assert [a.id for a in store.annotations_for(PERSON)] == [note_id]

    # undo everything back to the start, newest first, and nothing is left
    with pytest.raises(StaleChangeError):
        store.revert(redo_add)  # out of order: the note was edited since
    store.revert(store.delete(note_id))
    store.revert(redo_edit)
    assert _body(store, note_id) == "Arrested **May 2020**, before the protests."
    store.revert(redo_add)  # in order now: the content is what the add left
    assert store.annotations_for(PERSON) == []
    actions = [h.action for h in store.history(note_id)]
    assert actions == [
        *("create", "undo", "undo"),
        *("edit", "undo", "undo"),
        *("delete", "undo", "delete", "undo"),
        *("undo", "undo"),
    ]


def _body(store: AnnotationStore, note_id: str) -> str:
    ann = store.get(note_id)
    assert ann is not None
    return ann.body


def test_history_records_author_time_before_after(tmp_path: Path) -> None:
    clock = Clock()
    store = open_store(tmp_path / "a.sqlite", author="alesia", clock=clock)
    note_id = store.add_note(PERSON, "v1").rows[0].id
    clock.now += dt.timedelta(minutes=5)
    store.author = "ihar"
    store.edit(note_id, "v2")
    history = store.history(note_id)
    store.close()
    assert [(h.action, h.author) for h in history] == [("create", "alesia"), ("edit", "ihar")]
    assert history[0].before is None
    assert history[0].after is not None
    assert history[0].after["body"] == "v1"
    assert history[1].before is not None
    assert history[1].before["body"] == "v1"
    assert history[1].after is not None
    assert history[1].after["body"] == "v2"
    assert history[1].at == "2026-01-01T12:05:00.000000+00:00"
    assert history[1].rev != history[0].rev


def test_undo_refuses_when_edited_since(store: AnnotationStore) -> None:
    added = store.add_note(PERSON, "v1")
    first_edit = store.edit(added.rows[0].id, "v2")
    store.edit(added.rows[0].id, "v3")
    with pytest.raises(StaleChangeError, match="changed since"):
        store.revert(first_edit)
    assert _body(store, added.rows[0].id) == "v3"


def test_correction_keeps_original(store: AnnotationStore) -> None:
    change = store.propose_correction(SENTENCE, "term_months", "216", original="180")
    corr = store.get(change.rows[0].id)
    assert corr is not None
    assert (corr.kind, corr.field, corr.original, corr.body) == (
        "correction",
        "term_months",
        "180",
        "216",
    )
    with pytest.raises(AnnotationInputError, match="field"):
        store.propose_correction(SENTENCE, "", "x", original=None)


def test_tags_create_rename_colour_merge_delete(store: AnnotationStore) -> None:
    verify = store.create_tag("to verify", colour="#FF8800").rows[0].id
    check = store.create_tag("Check").rows[0].id
    with pytest.raises(AnnotationInputError, match="already exists"):
        store.create_tag("TO  VERIFY")
    with pytest.raises(AnnotationInputError, match="#rrggbb"):
        store.set_tag_colour(verify, "orange")
    store.rename_tag(check, "needs source")
    store.set_tag_colour(check, "#00aa00")
    store.tag_entry(PERSON, verify)
    store.tag_entry(PERSON, check)
    store.tag_entry(SENTENCE, check)
    merge = store.merge_tags(check, verify)
    assert {a.entity for a in store.tagged(verify)} == {PERSON, SENTENCE}
    assert len(store.tagged(verify)) == 2  # the duplicate on PERSON was folded
    merged = store.tag(check)
    assert merged is not None
    assert merged.deleted
    assert merged.merged_into == verify
    assert [t.name for t in store.tags()] == ["to verify"]

    store.revert(merge)
    assert [t.name for t in store.tags()] == ["needs source", "to verify"]
    assert {a.entity for a in store.tagged(check)} == {PERSON, SENTENCE}
    assert {a.entity for a in store.tagged(verify)} == {PERSON}
    assert store.tag(check).colour == "#00aa00"  # type: ignore[union-attr]

    store.delete_tag(verify)
    assert store.tagged(verify) == []
    assert [h.action for h in store.history(verify, table="tags")] == ["create", "delete"]


def test_unknown_entity_type_is_refused(store: AnnotationStore) -> None:
    with pytest.raises(AnnotationInputError, match="cannot be annotated"):
        store.add_note(EntityRef(ARCHIVE, "planet", "x"), "text")


def test_drafts_survive_reopen_and_go_on_save(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    store = open_store(path, author="alesia")
    draft = store.save_draft(PERSON, "Half-typed no")
    store.save_draft(PERSON, "Half-typed note")
    store.db.conn.close()  # as if the program died: no clean close
    store = open_store(path, author="alesia")
    drafts = store.drafts(ARCHIVE)
    assert [(d.key, d.body) for d in drafts] == [(draft.key, "Half-typed note")]
    store.add_note(PERSON, drafts[0].body, draft_key=drafts[0].key)
    assert store.drafts() == []
    store.close()


def test_searchable_text(store: AnnotationStore) -> None:
    store.add_note(PERSON, "Сяргей Ціханоўскі, blogger")
    gone = store.add_note(PERSON, "deleted note")
    store.delete(gone.rows[0].id)
    store.propose_correction(SENTENCE, "regime", "strict", original="general")
    store.add_note(EntityRef("other-archive", "person", "p-x"), "elsewhere")
    tag = store.create_tag("x").rows[0].id
    store.tag_entry(PERSON, tag)
    assert sorted(iter_searchable_text(store, ARCHIVE)) == [
        ("person", "p-tsikhanouski", "Сяргей Ціханоўскі, blogger"),
        ("sentence", "s-tsikhanouski-2021", "strict"),
    ]
    assert store.archive_ids() == ["archive-1", "other-archive"]


def test_store_settings_wal_full(store: AnnotationStore) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == annotation_schema.SCHEMA_VERSION


def test_newer_store_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_store(path, author="a").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(AnnotationStoreTooNewError, match="newer Kartoteka"):
        open_store(path, author="a")
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (x)")
    conn.close()
    with pytest.raises(NotAnAnnotationStoreError, match="not a Kartoteka annotation store"):
        open_store(path, author="a")


def test_daily_backups_only_when_changed_and_rotated(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "a.sqlite"
    store = open_store(path, author="a", clock=clock, keep_backups=3)
    store.add_note(PERSON, "day 0")
    store.close()  # first backup: changed, none yet
    assert [b.reason for b in list_backups(path)] == ["daily"]
    clock.now += dt.timedelta(hours=3)
    store = open_store(path, author="a", clock=clock, keep_backups=3)
    store.add_note(PERSON, "3 h later")
    store.close()
    assert len(list_backups(path)) == 1  # less than a day since the last one
    for day in range(1, 6):
        clock.now += dt.timedelta(days=1)
        store = open_store(path, author="a", clock=clock, keep_backups=3)
        if day != 4:
            store.add_note(PERSON, f"day {day}")
        store.close()
    backups = list_backups(path)
    assert len(backups) == 3  # rotated
    # day 4 had no change, so its close took no backup; day 5 did
    assert backups[0].taken_at.startswith("2026-01-06")
    newest = open_store(Path(backups[0].path), author="check")
    assert len(newest.annotations()) == 6
    newest.db.close()


def test_backup_before_migration(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    store = open_store(path, author="a")
    store.add_note(PERSON, "before the upgrade")
    store.close()

    @annotation_schema.migrations(name="9999_test_step")
    def _step(db):  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE test_step (x INTEGER) STRICT")

    try:
        store = open_store(path, author="a")
        assert "test_step" in store.db.table_names()
        store.close()
    finally:
        annotation_schema.migrations._migrations.pop()
    migration_backups = [b for b in list_backups(path) if b.reason == "migration"]
    assert len(migration_backups) == 1
    conn = sqlite3.connect(migration_backups[0].path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    body = conn.execute("SELECT body FROM annotations").fetchone()[0]
    conn.close()
    assert "test_step" not in tables
    assert body == "before the upgrade"


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(1024, len(data)):
        data[i] = (i * 7919) % 251
    path.write_bytes(bytes(data))


def test_damaged_store_is_moved_aside_and_backup_restored(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    store = open_store(path, author="a")
    kept = store.add_note(PERSON, "in the backup").rows[0].id
    info = store.backup_now()
    store.add_note(PERSON, "after the backup")
    store.close()
    _corrupt(path)
    damaged_bytes = path.read_bytes()

    store = open_store(path, author="a")
    assert store.recovered_from == info
    assert store.recovered_from.taken_at[:10] == dt.datetime.now(dt.UTC).date().isoformat()
    assert [a.id for a in store.annotations()] == [kept]
    assert store.integrity_check() == ["ok"]
    assert store.moved_aside is not None
    assert store.moved_aside.read_bytes() == damaged_bytes  # kept, not deleted
    store.close()


def test_damaged_store_without_backup_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    store = open_store(path, author="a")
    store.add_note(PERSON, "only copy")
    store.close()
    for b in list_backups(path):
        Path(b.path).unlink()
    _corrupt(path)
    damaged = path.read_bytes()
    with pytest.raises(AnnotationStoreDamagedError, match="no good backup") as info:
        open_store(path, author="a")
    assert isinstance(info.value, KartotekaError)
    assert path.read_bytes() == damaged  # never replaced by an empty store
    assert backup_dir(path).exists()
