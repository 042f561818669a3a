"""Dated notes: the date a note is about, its migration, undo, exchange and timeline reads."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlite_utils import Database

from db.annotations import (
    AnnotationInputError,
    AnnotationStore,
    EntityRef,
    ExchangeFileError,
    apply_import,
    export_annotations,
    export_plain_json,
    list_backups,
    open_store,
    plan_import,
)
from db.annotations import schema as annotation_schema

A = "archive-1"
PERSON = EntityRef(A, "person", "p-losik")
SENTENCE = EntityRef(A, "sentence", "s-losik-2021")


def _note(store: AnnotationStore, note_id: str) -> tuple[str, str | None]:
    a = store.get(note_id)
    assert a is not None
    return a.body, a.date


def test_add_with_full_and_partial_dates(store: AnnotationStore) -> None:
    day = store.add_note(PERSON, "Hearing postponed.", date="2024-05-03").rows[0].id
    month = store.add_note(PERSON, "Letters stopped.", date=" 2024-05 ").rows[0].id
    year = store.add_note(SENTENCE, "Transferred that year.", date="2024").rows[0].id
    undated = store.add_note(PERSON, "No date.", date="").rows[0].id
    assert _note(store, day) == ("Hearing postponed.", "2024-05-03")
    assert _note(store, month) == ("Letters stopped.", "2024-05")  # stored stripped
    assert _note(store, year)[1] == "2024"
    assert _note(store, undated)[1] is None
    found = {n.id: n for n in store.dated_notes(A, "2024-05-03", "2024-05-03")}
    assert set(found) == {day, month, year}
    assert (found[month].earliest, found[month].latest) == ("2024-05-01", "2024-05-31")
    assert found[year].entity == SENTENCE
    assert found[day].excerpt == "Hearing postponed."


@pytest.mark.parametrize("bad", ["2024-13-01", "May 2024", "2024-02-30", "yesterday"])
def test_bad_date_is_refused_with_a_clear_message(store: AnnotationStore, bad: str) -> None:
    with pytest.raises(AnnotationInputError, match=r"is not a date\. Type a year \(2024\)"):
        store.add_note(PERSON, "x", date=bad)
    note = store.add_note(PERSON, "x").rows[0].id
    with pytest.raises(AnnotationInputError, match="is not a date"):
        store.edit(note, "y", date=bad)
    assert _note(store, note) == ("x", None)  # nothing was written
    assert len(store.history(note)) == 1


def test_corrections_have_no_date(store: AnnotationStore) -> None:
    fix = store.propose_correction(SENTENCE, "regime", "strict", original="general").rows[0].id
    with pytest.raises(AnnotationInputError, match="Only notes have a date"):
        store.edit(fix, "special", date="2024")
    store.edit(fix, "special")  # the date stays as it is: none
    assert store.dated_notes(A, "0001-01-01", "9999-12-31") == []


def test_edit_keeps_sets_and_clears_the_date_and_undo_covers_it(store: AnnotationStore) -> None:
    added = store.add_note(PERSON, "Trial began.", date="2024-05")
    note = added.rows[0].id
    kept = store.edit(note, "Trial began in Homel.")
    assert _note(store, note) == ("Trial began in Homel.", "2024-05")
    changed = store.edit(note, "Trial began in Homel.", date="2024-05-03")
    assert _note(store, note)[1] == "2024-05-03"
    cleared = store.edit(note, "Trial began in Homel.", date=None)
    assert _note(store, note)[1] is None
    assert store.dated_notes(A, "2024-01-01", "2024-12-31") == []

    # undo in stack order, then redo: the date and its index entry follow
    store.revert(cleared)
    assert _note(store, note)[1] == "2024-05-03"
    assert [n.id for n in store.dated_notes(A, "2024-05-03", "2024-05-03")] == [note]
    store.revert(changed)
    assert _note(store, note)[1] == "2024-05"
    store.revert(kept)
    assert _note(store, note) == ("Trial began.", "2024-05")
    undo_add = store.revert(added)
    assert store.dated_notes(A, "2024-01-01", "2024-12-31") == []
    store.revert(undo_add)
    assert [n.date for n in store.dated_notes(A, "2024-01-01", "2024-12-31")] == ["2024-05"]
    # history has every state of the date
    dates = [h.after.get("date") if h.after else None for h in store.history(note)]
    assert dates == ["2024-05", "2024-05", "2024-05-03", None, "2024-05-03"] + ["2024-05"] * 4


def test_dated_notes_window_skips_deleted_other_archives_and_respects_limit(
    store: AnnotationStore,
) -> None:
    ids = [
        store.add_note(PERSON, f"note {d}", date=f"2024-05-{d:02d}").rows[0].id
        for d in range(1, 11)
    ]
    store.delete(ids[0])
    store.add_note(EntityRef("other", "person", "p"), "elsewhere", date="2024-05-05")
    store.add_note(PERSON, "a long span", date="2019/2024-05-02")
    window = store.dated_notes(A, "2024-05-02", "2024-05-04")
    assert [n.excerpt for n in window] == ["a long span", "note 2", "note 3", "note 4"]
    assert len(store.dated_notes(A, "2024-01-01", "2024-12-31", limit=3)) == 3
    days = store.dated_note_days(A)
    assert days[0] == ("2019-01-01", 1)
    assert sum(n for _, n in days) == 10  # nine live day notes and the span
    assert store.dated_notes("no-such-archive", "0001-01-01", "9999-12-31") == []


def test_long_excerpt_is_cut(store: AnnotationStore) -> None:
    store.add_note(PERSON, "x" * 5000, date="2024")
    (note,) = store.dated_notes(A, "2024-01-01", "2024-12-31")
    assert len(note.excerpt) == 300


def _v1_store(path: Path) -> list[str]:
    """A store as the previous build left it (schema v1), with notes, a tag and history."""
    conn = sqlite3.connect(path)
    annotation_schema.migrations.apply(Database(conn), stop_before="0002_note_dates")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    ids = []
    at = "2025-01-01T00:00:00.000000+00:00"
    for n, (ref, body, deleted) in enumerate(
        [(PERSON, "Arrested.", 0), (SENTENCE, "Appeal lost.", 0), (PERSON, "gone", 1)]
    ):
        row = {
            "id": uuid.uuid4().hex,
            "archive_id": ref.archive_id,
            "entity_type": ref.entity_type,
            "entity_id": ref.entity_id,
            "kind": "note",
            "body": body,
            "created_at": at,
            "created_by": "old",
            "updated_at": at,
            "updated_by": "old",
            "rev": f"rev-{n}",
            "deleted": deleted,
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
    conn.commit()
    conn.close()
    return ids


def test_migration_from_v1_keeps_every_note_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _v1_store(path)
    store = open_store(path, author="alesia")
    try:
        version = store.db.execute("PRAGMA user_version").fetchone()[0]
        assert version == annotation_schema.SCHEMA_VERSION
        notes = store.annotations(include_deleted=True)
        assert sorted(a.id for a in notes) == sorted(ids)
        assert {a.body for a in notes} == {"Arrested.", "Appeal lost.", "gone"}
        assert all(a.date is None and a.created_by == "old" for a in notes)
        on_person = store.annotations_for(PERSON, include_deleted=True)
        assert sorted(a.deleted for a in on_person) == [False, True]
        # an old note can get a date, and that is undoable back to v1's state
        dated = store.edit(ids[0], "Arrested.", date="2020-05-29")
        assert [n.id for n in store.dated_notes(A, "2020-01-01", "2020-12-31")] == [ids[0]]
        store.revert(dated)
        assert store.dated_notes(A, "2020-01-01", "2020-12-31") == []
        assert store.integrity_check() == ["ok"]
    finally:
        store.close()
    (backup,) = [b for b in list_backups(path) if b.reason == "migration"]
    conn = sqlite3.connect(backup.path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(annotations)")}
    count = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    conn.close()
    assert "date" not in columns  # taken before the step ran
    assert count == 3


def test_date_round_trips_through_export_and_import(tmp_path: Path) -> None:
    alesia = open_store(tmp_path / "alesia.sqlite", author="alesia")
    ihar = open_store(tmp_path / "ihar.sqlite", author="ihar")
    try:
        note = alesia.add_note(PERSON, "Hearing.", date="2024-05-03").rows[0].id
        alesia.add_note(SENTENCE, "Undated.")
        out = tmp_path / "x.json"
        export_annotations(alesia, out)
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert doc["version"] == 2  # dated: an older build must refuse, not drop the date
        assert {a["date"] for a in doc["annotations"]} == {"2024-05-03", None}
        assert "date_earliest" not in doc["annotations"][0]  # derived, never exported
        apply_import(ihar, plan_import(ihar, out))
        assert _note(ihar, note) == ("Hearing.", "2024-05-03")
        assert [n.id for n in ihar.dated_notes(A, "2024-05-01", "2024-05-31")] == [note]

        # a date changed on one side reaches the other as a plain change
        alesia.edit(note, "Hearing.", date="2024-05-04")
        export_annotations(alesia, out)
        plan = plan_import(ihar, out)
        assert len(plan.changes) == 1
        change = apply_import(ihar, plan)
        assert _note(ihar, note)[1] == "2024-05-04"
        ihar.revert(change)  # the import is undoable, date included
        assert _note(ihar, note)[1] == "2024-05-03"

        plain = tmp_path / "plain.json"
        export_plain_json(alesia, plain, archive_id=A)
        entries = json.loads(plain.read_text(encoding="utf-8"))["entries"]
        notes = {n["text"]: n["date"] for e in entries for n in e["notes"]}
        assert notes == {"Hearing.": "2024-05-04", "Undated.": None}
    finally:
        alesia.close()
        ihar.close()


def test_undated_export_stays_version_1(store: AnnotationStore, tmp_path: Path) -> None:
    store.add_note(PERSON, "Undated.")
    out = tmp_path / "x.json"
    export_annotations(store, out)
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_older_exchange_file_without_dates_imports(store: AnnotationStore, tmp_path: Path) -> None:
    source = open_store(tmp_path / "src.sqlite", author="ihar")
    note = source.add_note(PERSON, "From an older Kartoteka.").rows[0].id
    out = tmp_path / "old.json"
    export_annotations(source, out)
    source.close()
    doc = json.loads(out.read_text(encoding="utf-8"))
    for item in doc["annotations"]:  # what version-1 builds wrote
        del item["date"]
        for h in item["history"]:
            for state in (h["before"], h["after"]):
                if state:
                    state.pop("date", None)
    out.write_text(json.dumps(doc), encoding="utf-8")
    apply_import(store, plan_import(store, out))
    assert _note(store, note) == ("From an older Kartoteka.", None)
    assert plan_import(store, out).unchanged == 1  # and again changes nothing


def test_bad_date_in_exchange_file_is_refused(store: AnnotationStore, tmp_path: Path) -> None:
    source = open_store(tmp_path / "src.sqlite", author="ihar")
    source.add_note(PERSON, "x", date="2024")
    out = tmp_path / "bad.json"
    export_annotations(source, out)
    source.close()
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["annotations"][0]["date"] = "the day after"
    out.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeFileError, match="annotations #1 has a date that is not a date"):
        plan_import(store, out)


def test_timeline_reads_are_right_with_100k_dated_notes(store: AnnotationStore) -> None:
    """The timeline's two reads at scale: a window (limited, from the index) and the day counts.

    How long they take is measured in bench/bench_annotations.py.
    """
    base = dt.date(1990, 1, 1).toordinal()
    at = "2025-01-01T00:00:00+00:00"
    rows = []
    for i in range(100_000):
        day = dt.date.fromordinal(base + (i * 7919) % (35 * 365)).isoformat()
        rows.append(
            (uuid.uuid4().hex, A, "person", f"p{i % 5000}", f"note {i}", at, at, day, day, day)
        )
    conn = store.db.conn
    conn.execute("BEGIN")  # the store's connection commits each statement otherwise
    conn.executemany(
        "INSERT INTO annotations (id, archive_id, entity_type, entity_id, kind, body, "
        "created_at, created_by, updated_at, updated_by, rev, deleted, date, date_earliest, "
        "date_latest, date_span) VALUES (?, ?, ?, ?, 'note', ?, ?, 'a', ?, 'a', 'r', 0, ?, ?, "
        "?, 0)",
        rows,
    )
    conn.execute("COMMIT")
    store.add_note(PERSON, "a year", date="2020")
    (year_id,) = conn.execute("SELECT id FROM annotations WHERE body = 'a year'").fetchone()
    spans = {r[0]: (r[8], r[9]) for r in rows} | {year_id: ("2020-01-01", "2020-12-31")}

    def expected(start: str, end: str, limit: int) -> list[str]:
        hits = sorted((lo, i) for i, (lo, hi) in spans.items() if lo <= end and hi >= start)
        return [i for _, i in hits[:limit]]

    spring = store.dated_notes(A, "2020-03-01", "2020-06-01", limit=401)
    assert [n.id for n in spring] == expected("2020-03-01", "2020-06-01", 401)
    assert len(spring) == 401
    assert spring[0].id == year_id  # begun before the window, still found
    everything = store.dated_notes(A, "0001-01-01", "9999-12-31", limit=401)
    assert [n.id for n in everything] == expected("0001-01-01", "9999-12-31", 401)
    days = store.dated_note_days(A)
    assert sorted(days) == sorted(Counter(lo for lo, _ in spans.values()).items())
    assert sum(n for _, n in days) == 100_001
