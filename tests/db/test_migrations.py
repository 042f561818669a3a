"""Format 1 archives: still opened read-only, upgraded by import one exclusive step at a time."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from db import migrations as schema
from db.annotations import EntityRef, open_store, orphans
from db.connection import open_archive
from db.errors import ArchiveTooNewError
from db.exporting import read_documents
from db.importing import import_files
from db.letters import count_recipients, letters_page
from db.person import get_person
from db.records import PersonId
from db.sample import sample_documents
from tests.data.format_v2 import build_v1_archive

V1_TABLES = sorted(schema.core_columns(1))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def v1_archive(tmp_path: Path) -> Path:
    docs = sample_documents()
    path = tmp_path / "v1.db"
    build_v1_archive(path, docs["meta"], docs)
    return path


DERIVED_COLUMNS = {
    "people": {"birth_year", "latest_term_months", "latest_event_earliest", "quote_count"},
    "sentences": {"end_earliest", "end_latest"},
}
"""Derived columns of format 1 tables, recomputed on every write."""
DERIVED_TABLES = {
    "facet_cache", "people_order", "person_years", "person_articles",
    "timeline_days", "timeline_bounds",
}  # fmt: skip


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every format 1 base table: its format 1 base columns (pk included)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    for table in V1_TABLES:
        if table in DERIVED_TABLES:
            continue
        names = sorted(schema.core_columns(1)[table] - DERIVED_COLUMNS.get(table, set()))
        columns = ", ".join(f'"{c}"' for c in names)
        order = ", ".join(str(i + 1) for i in range(len(names)))
        out[table] = conn.execute(f"SELECT {columns} FROM {table} ORDER BY {order}").fetchall()
    conn.close()
    return out


def test_a_v1_archive_has_exactly_the_v1_schema(v1_archive: Path) -> None:
    conn = sqlite3.connect(v1_archive)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not tables & {"recognitions", "appeals", "placements", "attachments"}
    steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert "0002_format_v2" not in steps
    assert steps[0] == "0001_initial"  # and the steps that keep the version (derived data)
    conn.close()


def test_the_viewer_opens_v1_read_only_and_reads_work(v1_archive: Path) -> None:
    before = _sha(v1_archive)
    with open_archive(v1_archive) as archive:
        db = archive.db
        assert schema.archive_version(db) == 1
        rec = get_person(db, PersonId("p-tsikhanouski"))
        assert rec is not None
        assert rec.sentences  # format 1 facts are all there
        assert rec.recognitions == ()
        assert rec.placements == ()
        assert rec.held_in is None
        assert rec.sentences[0].start is None
        assert count_recipients(db) == 0
        assert letters_page(db).rows == ()
        docs = read_documents(db)
        assert docs["people"]
        assert docs["placements"] == []
    assert _sha(v1_archive) == before  # opening never writes


def test_import_upgrades_and_keeps_everything(v1_archive: Path, tmp_path: Path) -> None:
    before = _snapshot(v1_archive)
    with open_archive(v1_archive) as archive:
        archive_id = archive.db.execute(
            "SELECT value FROM meta WHERE key = 'archive_id'"
        ).fetchone()[0]
    store = open_store(tmp_path / "notes.sqlite", author="alesia")
    refs = [
        EntityRef(archive_id, "person", "p-tsikhanouski"),
        EntityRef(archive_id, "sentence", "s-tsikhanouski-2021"),
        EntityRef(archive_id, "event", "e-kalesnikava-jailed"),
        EntityRef(archive_id, "organization", "org-prison-tsikhanouski"),
    ]
    for ref in refs:
        store.add_note(ref, f"note on {ref.entity_id}")
    new_facts = {
        "version": 2,
        "recognitions": [
            {"id": "rec-kalesnikava", "person_id": "p-kalesnikava", "state": "recognized"}
        ],
        "placements": [
            {
                "id": "pl-new",
                "person_id": "p-tsikhanouski",
                "facility_id": "org-prison-tsikhanouski",
                "start": "2021",
            }
        ],
    }
    src = tmp_path / "new.json"
    src.write_text(json.dumps(new_facts), encoding="utf-8")
    report = import_files(v1_archive, [src])
    assert report.added["recognitions"] == 1

    conn = sqlite3.connect(v1_archive)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert steps[0] == "0001_initial"
    assert steps[-1] == "0002_format_v2"
    assert set(steps) == set(schema.known_versions())
    conn.close()
    # nothing lost, ids and pks stable: every base row of format 1 is as it was
    assert _snapshot(v1_archive) == before

    with open_archive(v1_archive) as archive:
        assert orphans(store, archive_id, archive) == []  # every note still finds its entry
        assert (
            archive.db.execute("SELECT value FROM meta WHERE key = 'archive_id'").fetchone()[0]
            == archive_id
        )
        rec = get_person(archive.db, PersonId("p-kalesnikava"))
        assert rec is not None
        assert [r.state for r in rec.recognitions] == ["recognized"]
    store.close()


def test_a_failing_step_leaves_the_archive_at_the_previous_version(
    v1_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "SCHEMA_V2", schema.SCHEMA_V2 + ";\nCREATE TABLE broken (x")
    db = Database(sqlite3.connect(v1_archive, isolation_level=None))
    with pytest.raises(sqlite3.OperationalError):
        schema.apply(db)
    assert schema.archive_version(db) == 1
    assert not db["recognitions"].exists()
    assert "0002_format_v2" not in [m.name for m in schema.migrations.applied(db)]
    assert "facility_kind" not in db["organizations"].columns_dict
    db.close()


def test_steps_take_the_archive_exclusively(v1_archive: Path) -> None:
    """While a step runs, no other connection can even read the half-changed file."""
    seen: list[str] = []
    (step,) = [m for m in schema.migrations._migrations if m.name == "0002_format_v2"]
    original = step.fn

    def probing(db: Database) -> None:
        other = sqlite3.connect(v1_archive, timeout=0)
        try:
            other.execute("SELECT count(*) FROM people").fetchone()
        except sqlite3.OperationalError as exc:
            seen.append(str(exc))
        finally:
            other.close()
        original(db)

    step.fn = probing
    try:
        db = Database(sqlite3.connect(v1_archive, isolation_level=None))
        db.execute("PRAGMA journal_mode = DELETE")
        schema.apply(db)
        db.close()
    finally:
        step.fn = original
    assert seen == ["database is locked"]


def test_an_archive_newer_than_this_build_is_refused(v1_archive: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(v1_archive, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _sha(newer)
    with pytest.raises(ArchiveTooNewError, match="made by a newer Kartoteka"):
        open_archive(newer)
    src = tmp_path / "x.json"
    src.write_text('{"people": [{"id": "p-x", "display_name": "X"}]}', encoding="utf-8")
    with pytest.raises(ArchiveTooNewError):
        import_files(newer, [src])
    assert _sha(newer) == before


def test_core_columns_grow_with_the_version() -> None:
    v1, v2 = schema.core_columns(1), schema.core_columns(2)
    assert "start_edtf" not in v1["sentences"]
    assert {"start_edtf", "prosecutor_id", "lawyer_id"} <= v2["sentences"]
    assert set(v2) - set(v1) == {
        "recognitions",
        "appeals",
        "placements",
        "attachments",
        "letter_recipients",
    }
