"""A correction's reason (store v3): propose, edit, undo, migrate, exchange, search; draft dates."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from db.annotations import (
    AnnotationInputError,
    AnnotationStore,
    EntityRef,
    ExchangeFileError,
    StaleChangeError,
    apply_import,
    export_annotations,
    export_plain_json,
    iter_searchable_text,
    open_store,
    plan_import,
)
from db.annotations import schema as annotation_schema
from db.annotations.lookup import matching_entries

A = "archive-1"
PERSON = EntityRef(A, "person", "p-losik")
SENTENCE = EntityRef(A, "sentence", "s-losik-2021")


def _fix(store: AnnotationStore, fix_id: str) -> tuple[str, str | None]:
    a = store.get(fix_id)
    assert a is not None
    return a.body, a.reason


def test_propose_with_a_reason_is_one_row(store: AnnotationStore) -> None:
    change = store.propose_correction(
        SENTENCE, "regime", "strict", original="general", reason="  Verdict, page 2\n"
    )
    assert len(change.rows) == 1  # the reason is inside the correction: one undo step
    (a,) = store.annotations_for(SENTENCE)
    assert (a.kind, a.body, a.original) == ("correction", "strict", "general")
    assert a.reason == "Verdict, page 2"  # stored without the outer blanks
    blank = store.propose_correction(SENTENCE, "court", "Supreme", original=None, reason=" ")
    assert _fix(store, blank.rows[0].id) == ("Supreme", None)  # no reason given
    plain = store.propose_correction(PERSON, "region", "Brest", original=None)
    assert plain.rows[0].after["reason"] is None
    store.revert(change)
    assert [a.field for a in store.annotations_for(SENTENCE)] == ["court"]


def test_edit_value_and_reason_and_undo_restores_the_reason(store: AnnotationStore) -> None:
    fix = store.propose_correction(PERSON, "region", "Pinsk", original="Minsk", reason="first")
    fix_id = fix.rows[0].id
    value_only = store.edit(fix_id, "Brest")  # the reason stays
    assert _fix(store, fix_id) == ("Brest", "first")
    both = store.edit(fix_id, "Hrodna", reason="court papers")
    assert _fix(store, fix_id) == ("Hrodna", "court papers")
    cleared = store.edit(fix_id, "Hrodna", reason="")
    assert _fix(store, fix_id) == ("Hrodna", None)

    store.revert(cleared)
    assert _fix(store, fix_id) == ("Hrodna", "court papers")
    undo_both = store.revert(both)
    assert _fix(store, fix_id) == ("Brest", "first")
    redo_both = store.revert(undo_both)
    assert _fix(store, fix_id) == ("Hrodna", "court papers")
    store.revert(redo_both)
    assert _fix(store, fix_id) == ("Brest", "first")
    store.revert(value_only)
    assert _fix(store, fix_id) == ("Pinsk", "first")
    # the reason is content: an edit of the reason alone makes an older change stale
    only_reason = store.edit(fix_id, "Pinsk", reason="x")
    store.edit(fix_id, "Pinsk", reason="y")
    with pytest.raises(StaleChangeError):
        store.revert(only_reason)
    assert _fix(store, fix_id) == ("Pinsk", "y")
    reasons = [h.after.get("reason") if h.after else None for h in store.history(fix_id)]
    assert reasons[:4] == ["first", "first", "court papers", None]


def test_only_corrections_have_a_reason(store: AnnotationStore) -> None:
    note = store.add_note(PERSON, "A note.").rows[0].id
    with pytest.raises(AnnotationInputError, match="Only corrections have a reason"):
        store.edit(note, "A note.", reason="why")
    store.edit(note, "A note, edited.", reason=None)  # no reason: fine
    conn = store.db.conn
    with pytest.raises(sqlite3.IntegrityError):  # the schema holds it too
        conn.execute("UPDATE annotations SET reason = 'x' WHERE id = ?", (note,))
    conn.rollback()


def _v1_store(path: Path, *, stop_before: str = "0002_note_dates") -> list[str]:
    """A store as an earlier build left it: a correction, its reason note, a plain note."""
    conn = sqlite3.connect(path)
    annotation_schema.migrations.apply(Database(conn), stop_before=stop_before)
    ids = []
    at = "2025-01-01T00:00:00.000000+00:00"
    for n, (ref, kind, body, field) in enumerate(
        [
            (PERSON, "correction", "Brest", "region"),
            (PERSON, "note", "Why *region* should be “Brest”: court papers", None),
            (SENTENCE, "note", "Appeal lost.", None),
        ]
    ):
        row = {
            "id": uuid.uuid4().hex,
            "archive_id": ref.archive_id,
            "entity_type": ref.entity_type,
            "entity_id": ref.entity_id,
            "kind": kind,
            "body": body,
            "field": field,
            "original": "Minsk" if field else None,
            "created_at": at,
            "created_by": "old",
            "updated_at": at,
            "updated_by": "old",
            "rev": f"rev-{n}",
            "deleted": 0,
        }
        names = ", ".join(row)
        values = ", ".join(f":{k}" for k in row)
        conn.execute(f"INSERT INTO annotations ({names}) VALUES ({values})", row)
        conn.execute(
            "INSERT INTO history (rev, change_id, item_table, item_id, action, author, at, after) "
            "VALUES (?, ?, 'annotations', ?, 'create', 'old', ?, ?)",
            (row["rev"], f"c{n}", row["id"], at, json.dumps(row)),
        )
        ids.append(str(row["id"]))
    conn.execute(
        "INSERT INTO drafts (key, archive_id, entity_type, entity_id, annotation_id, body, "
        "saved_at) VALUES ('new:x', ?, 'person', 'p-losik', NULL, 'half', ?)",
        (A, at),
    )
    conn.commit()
    conn.close()
    return ids


@pytest.mark.parametrize("stop_before", ["0002_note_dates", "0003_correction_reasons"])
def test_migration_keeps_every_annotation_with_reason_none(
    tmp_path: Path, stop_before: str
) -> None:
    path = tmp_path / "old.sqlite"
    ids = _v1_store(path, stop_before=stop_before)
    store = open_store(path, author="alesia")
    try:
        version = store.db.execute("PRAGMA user_version").fetchone()[0]
        assert version == annotation_schema.SCHEMA_VERSION
        found = store.annotations(include_deleted=True)
        assert sorted(a.id for a in found) == sorted(ids)
        assert all(a.reason is None and a.date is None for a in found)
        (fix,) = [a for a in found if a.kind == "correction"]
        assert (fix.body, fix.original, fix.created_by) == ("Brest", "Minsk", "old")
        (draft,) = store.drafts()
        assert (draft.body, draft.date) == ("half", None)
        # an old correction can get a reason, undoably back to its old state
        change = store.edit(fix.id, "Brest", reason="court papers")
        assert _fix(store, fix.id) == ("Brest", "court papers")
        store.revert(change)
        assert _fix(store, fix.id) == ("Brest", None)
        assert store.integrity_check() == ["ok"]
    finally:
        store.close()


def test_reason_round_trips_through_export_import_and_plain_json(tmp_path: Path) -> None:
    alesia = open_store(tmp_path / "alesia.sqlite", author="alesia")
    ihar = open_store(tmp_path / "ihar.sqlite", author="ihar")
    try:
        fix = (
            alesia.propose_correction(
                PERSON, "region", "Brest", original="Minsk", reason="Viasna list, 2024"
            )
            .rows[0]
            .id
        )
        alesia.propose_correction(SENTENCE, "court", "Supreme", original=None)
        out = tmp_path / "x.json"
        export_annotations(alesia, out)
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert doc["version"] == 3  # reasons: an older build must refuse, not drop them
        assert {a["reason"] for a in doc["annotations"]} == {"Viasna list, 2024", None}
        apply_import(ihar, plan_import(ihar, out))
        assert _fix(ihar, fix) == ("Brest", "Viasna list, 2024")

        # a reason changed on one side reaches the other as a plain change
        alesia.edit(fix, "Brest", reason="Viasna list, 2025")
        export_annotations(alesia, out)
        plan = plan_import(ihar, out)
        assert len(plan.changes) == 1
        change = apply_import(ihar, plan)
        assert _fix(ihar, fix) == ("Brest", "Viasna list, 2025")
        ihar.revert(change)
        assert _fix(ihar, fix) == ("Brest", "Viasna list, 2024")

        plain = tmp_path / "plain.json"
        export_plain_json(alesia, plain, archive_id=A)
        entries = json.loads(plain.read_text(encoding="utf-8"))["entries"]
        reasons = {c["proposed"]: c["reason"] for e in entries for c in e["corrections"]}
        assert reasons == {"Brest": "Viasna list, 2025", "Supreme": None}
    finally:
        alesia.close()
        ihar.close()


def test_export_without_reasons_keeps_the_lower_version(
    store: AnnotationStore, tmp_path: Path
) -> None:
    store.propose_correction(PERSON, "region", "Brest", original="Minsk")
    out = tmp_path / "x.json"
    export_annotations(store, out)
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1
    store.add_note(PERSON, "Dated.", date="2024")
    export_annotations(store, out)
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 2


def test_older_exchange_file_without_reason_imports(store: AnnotationStore, tmp_path: Path) -> None:
    source = open_store(tmp_path / "src.sqlite", author="ihar")
    fix = source.propose_correction(PERSON, "region", "Brest", original="Minsk").rows[0].id
    out = tmp_path / "old.json"
    export_annotations(source, out)
    source.close()
    doc = json.loads(out.read_text(encoding="utf-8"))
    for item in doc["annotations"]:  # what builds before reasons wrote
        del item["reason"]
        for h in item["history"]:
            for state in (h["before"], h["after"]):
                if state:
                    state.pop("reason", None)
    out.write_text(json.dumps(doc), encoding="utf-8")
    apply_import(store, plan_import(store, out))
    assert _fix(store, fix) == ("Brest", None)
    again = plan_import(store, out)  # importing it again changes nothing
    assert (again.additions, again.changes, again.conflicts) == ((), (), ())


@pytest.mark.parametrize(
    ("kind", "reason", "problem"),
    [("note", "why", "is not a correction"), ("correction", 42, "is not text")],
)
def test_bad_reason_in_exchange_file_is_refused(
    store: AnnotationStore, tmp_path: Path, kind: str, reason: object, problem: str
) -> None:
    source = open_store(tmp_path / "src.sqlite", author="ihar")
    if kind == "note":
        source.add_note(PERSON, "A note.")
    else:
        source.propose_correction(PERSON, "region", "Brest", original="Minsk")
    out = tmp_path / "bad.json"
    export_annotations(source, out)
    source.close()
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["annotations"][0]["reason"] = reason
    out.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeFileError, match=f"annotations #1 has a reason.*{problem}"):
        plan_import(store, out)
    assert store.annotations() == []


def test_search_finds_words_in_a_reason(store: AnnotationStore) -> None:
    store.propose_correction(PERSON, "region", "Brest", original="Minsk", reason="Вясна, 2024")
    store.add_note(SENTENCE, "Appeal lost.")
    assert sorted(iter_searchable_text(store, A)) == [
        ("person", "p-losik", "Brest\nВясна, 2024"),
        ("sentence", SENTENCE.entity_id, "Appeal lost."),
    ]
    assert matching_entries(store, A, "viasna") == {("person", "p-losik")}
    assert matching_entries(store, A, "brest 2024") == {("person", "p-losik")}
    with store.reader() as reader:
        assert matching_entries(reader, A, "Вясна") == {("person", "p-losik")}


def test_drafts_keep_the_date_being_typed(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite"
    store = open_store(path, author="alesia")
    draft = store.save_draft(PERSON, "Hearing", date="2024-0")  # half-typed: kept as is
    assert draft.date == "2024-0"
    store.save_draft(PERSON, "Hearing postponed", date="2024-05")
    edit = store.save_draft(SENTENCE, "No date", date="")
    assert edit.date is None
    store.close()
    store = open_store(path, author="alesia")
    try:
        drafts = {d.key: d for d in store.drafts(A)}
        assert (drafts[draft.key].body, drafts[draft.key].date) == ("Hearing postponed", "2024-05")
        assert drafts[edit.key].date is None
        d = drafts[draft.key]
        store.add_note(PERSON, d.body, date=d.date, draft_key=d.key)
        assert [a.date for a in store.annotations_for(PERSON)] == ["2024-05"]
        assert [x.key for x in store.drafts(A)] == [edit.key]
    finally:
        store.close()
