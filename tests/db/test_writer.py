"""db.writer and db.migrations: what a freshly built archive holds.

The archive is read back with plain sqlite3 (tests may look at raw tables;
the app may not) and compared with the documents it was built from.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import dates, writer
from db import migrations as schema
from db.errors import OutputError
from db.records import PeopleQuery, SortKey
from tests.db.builders import (
    FIXTURE_META,
    PersonFacts,
    expected_ids,
    fixture_documents,
    person_facts,
)

PEOPLE = 15
Docs = dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def docs() -> Docs:
    return fixture_documents(PEOPLE)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, docs: Docs) -> Path:
    path = tmp_path_factory.mktemp("writer") / "fixture.db"
    writer.build(path, FIXTURE_META, docs)
    return path


@pytest.fixture
def conn(built: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(f"{built.as_uri()}?mode=ro", uri=True)
    yield c
    c.close()


@pytest.fixture(scope="module")
def facts(docs: Docs) -> list[PersonFacts]:
    return person_facts(docs)


def test_migration_sets_user_version_and_records_its_steps(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    migration_tables = [t for t in tables if "migration" in t]
    assert migration_tables, tables
    applied = {
        r[0]
        for t in migration_tables
        for r in conn.execute(
            f"SELECT name FROM {t} WHERE migration_set = ?", [schema.MIGRATION_SET]
        )
    }
    assert applied == set(schema.known_versions())


def test_meta(conn: sqlite3.Connection) -> None:
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["title"] == FIXTURE_META["title"]
    assert json.loads(meta["languages"]) == FIXTURE_META["languages"]
    assert meta["synthetic"] == "1"
    assert meta["archive_id"] == "fixture-archive"


def test_archive_id_is_generated_once_and_kept(tmp_path: Path) -> None:
    db = writer.create_archive(tmp_path / "m.db", {"title": "x"})
    first = db.execute("SELECT value FROM meta WHERE key='archive_id'").fetchone()[0]
    assert len(first) == 36  # a uuid4
    writer.set_meta(db, {"title": "y", "archive_id": "other"})
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert (meta["archive_id"], meta["title"], meta["synthetic"]) == (first, "y", "0")
    db.close()


def test_entity_rows_and_defaults(conn: sqlite3.Connection, docs: Docs) -> None:
    for key in ("people", "organizations", "sources", "relations", "sentences", "quotes"):
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {key} ORDER BY pk")]
        assert ids == [d["id"] for d in docs[key]], key
    row = conn.execute("SELECT term_kind, in_absentia FROM sentences WHERE id = 's-0-2'").fetchone()
    assert row == ("prison", 0)  # defaults for fields the document left out
    charges = conn.execute(
        "SELECT position, article FROM charges WHERE sentence_id = 's-0-1' ORDER BY position"
    ).fetchall()
    assert charges == [(0, "342"), (1, "130")]
    roles = conn.execute(
        "SELECT COUNT(*) FROM person_roles WHERE person_id = 'p-0000000'"
    ).fetchone()
    assert roles == (2,)


def test_date_columns_hold_edtf_and_bounds(conn: sqlite3.Connection, docs: Docs) -> None:
    for p in docs["people"]:
        row = conn.execute(
            "SELECT birth_edtf, birth_earliest, birth_latest FROM people WHERE id = ?", [p["id"]]
        ).fetchone()
        fd = dates.parse_optional(p.get("birth"))
        assert row == ((None, None, None) if fd is None else (fd.edtf, fd.earliest, fd.latest))


def test_derived_people_columns(conn: sqlite3.Connection, facts: list[PersonFacts]) -> None:
    rows = {
        r[0]: r[1:]
        for r in conn.execute(
            "SELECT id, sort_name, birth_year, latest_term_months, latest_event_earliest, "
            "quote_count FROM people"
        )
    }
    for f in facts:
        assert rows[f.id] == (
            f.sort_name,
            f.birth_year,
            f.latest_term_months,
            f.latest_event,
            f.quote_count,
        ), f.id


def test_sort_name_is_surname_first_ascii() -> None:
    # Cyrillic sorts beside the Latin passport spelling (by surname)
    assert writer.sort_name("Сяргей Ціханоўскі").startswith("tsikhanouski ")
    assert writer.sort_name("Siarhei Tsikhanouski") == "tsikhanouski siarhei"
    assert writer.sort_name("Lukashenka") == "lukashenka"


def test_person_years(conn: sqlite3.Connection, facts: list[PersonFacts]) -> None:
    got: dict[str, set[int]] = {}
    for pid, year in conn.execute("SELECT person_id, year FROM person_years"):
        got.setdefault(pid, set()).add(year)
    assert got == {f.id: set(f.years) for f in facts if f.years}


@pytest.mark.parametrize("sort", [k for k in SortKey if k != SortKey.RELEVANCE])  # no rank
def test_people_order_ranks(
    conn: sqlite3.Connection, facts: list[PersonFacts], sort: SortKey
) -> None:
    table, column = {
        SortKey.NAME: ("people_order", "by_name"),
        SortKey.STATUS: ("people_order", "by_status"),
        SortKey.BIRTH: ("people_order", "by_birth"),
        SortKey.TERM: ("people_order", "by_term"),
        SortKey.LATEST_EVENT: ("people_order", "by_latest_event"),
        SortKey.QUOTES: ("people_order", "by_quotes"),
        SortKey.TOTAL_TERM: ("person_summary", "by_total_term"),
        SortKey.EXPECTED_END: ("person_summary", "by_expected_end"),
    }[sort]
    ranked = conn.execute(
        f"SELECT p.id, o.{column} FROM {table} o JOIN people p ON p.pk = o.person_pk "
        f"ORDER BY o.{column}"
    ).fetchall()
    assert [rank for _, rank in ranked] == list(range(PEOPLE))
    assert [pid for pid, _ in ranked] == expected_ids(facts, PeopleQuery(sort=sort))


def test_sentence_end_is_date_plus_term(conn: sqlite3.Connection, docs: Docs) -> None:
    released = {
        p if isinstance(p, str) else p["person_id"]
        for e in docs["events"]
        if e["kind"] == "released"
        for p in e["people"]
    }
    checked = 0
    for s in docs["sentences"]:
        if s["person_id"] in released:
            continue
        fd = dates.parse(s["date"])
        row = conn.execute(
            "SELECT end_earliest, end_latest FROM sentences WHERE id = ?", [s["id"]]
        ).fetchone()
        if fd.latest[8:] <= "28":  # month-end overflow is tested separately
            assert row == (
                dates.add_months(fd.earliest, s["term_months"]),
                dates.add_months(fd.latest, s["term_months"]),
            ), s["id"]
            checked += 1
    assert checked >= 5


def test_a_release_ends_the_sentence_early(conn: sqlite3.Connection) -> None:
    # p-6: sentenced 2022-07-15 to 7 years, released 2025-06-21; the added 1.5
    # years of 2023 end by mid-2024 at the earliest, before the release
    rows = conn.execute(
        "SELECT id, end_earliest, end_latest FROM sentences WHERE person_id = 'p-0000006'"
    ).fetchall()
    assert rows[0] == ("s-6-1", "2025-06-21", "2025-06-21")
    assert rows[1][:2] == ("s-6-2", "2025-06-21")  # added term capped by the release


def test_sentence_end_clamps_at_month_end(tmp_path: Path) -> None:
    docs: Docs = {
        "people": [{"id": "p-1", "display_name": "A B"}],
        "sentences": [{"id": "s-1", "person_id": "p-1", "date": "2023", "term_months": 18}],
    }
    writer.build(tmp_path / "end.db", FIXTURE_META, docs)
    c = sqlite3.connect(tmp_path / "end.db")
    row = c.execute("SELECT end_earliest, end_latest FROM sentences").fetchone()
    c.close()
    assert row == ("2024-07-01", "2025-06-30")


def test_fts_tables_and_triggers_exist_and_match(conn: sqlite3.Connection) -> None:
    names = {r[0]: r[1] for r in conn.execute("SELECT name, type FROM sqlite_master")}
    for table, columns in schema.FTS_TABLES:
        fts = f"{table}_fts"
        assert names.get(fts) == "table", fts
        for suffix in ("ai", "ad", "au"):
            assert names.get(f"{table}_{suffix}") == "trigger", f"{table}_{suffix}"
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [fts]).fetchone()[0]
        assert schema.FTS_TOKENIZE in sql.replace('"', "").replace("'", "")
        cols = ", ".join(columns)
        base = conn.execute(f"SELECT rowid, {cols} FROM {table} ORDER BY rowid").fetchall()
        indexed = conn.execute(f"SELECT rowid, {cols} FROM {fts} ORDER BY rowid").fetchall()
        assert indexed == base, table


def test_fts_integrity_and_triggers_keep_it_in_sync(built: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(built, path)
    c = sqlite3.connect(path)
    for table, _ in schema.FTS_TABLES:
        c.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
    with c:
        c.execute("UPDATE people SET display_name = 'Zmicier Dashkevich' WHERE pk = 1")
        c.execute("DELETE FROM people WHERE pk = 2")
    hits = c.execute("SELECT rowid FROM people_fts WHERE people_fts MATCH 'dashkevich'").fetchall()
    assert hits == [(1,)]
    assert c.execute("SELECT COUNT(*) FROM people_fts WHERE rowid = 2").fetchone() == (0,)
    # remove_diacritics folds Łacinka letters
    with c:
        c.execute("UPDATE person_names SET name = 'Siarhiej Cichanoŭski' WHERE pk = 1")
    assert c.execute(
        "SELECT rowid FROM person_names_fts WHERE person_names_fts MATCH 'cichanouski'"
    ).fetchall() == [(1,)]
    c.close()


def test_citations_point_at_their_entities(conn: sqlite3.Connection, docs: Docs) -> None:
    expected = sorted(
        (entity, d["id"], c["source_id"], c.get("locator"))
        for key, entity in (
            ("people", "person"),
            ("relations", "relation"),
            ("sentences", "sentence"),
            ("quotes", "quote"),
            ("events", "event"),
        )
        for d in docs[key]
        for c in d.get("citations") or ()
    )
    got = sorted(conn.execute("SELECT entity_type, entity_id, source_id, locator FROM citations"))
    assert got == expected


def test_refuses_to_overwrite(built: Path, tmp_path: Path) -> None:
    path = tmp_path / "taken.db"
    path.write_bytes(b"precious")
    with pytest.raises(OutputError, match="already exists") as info:
        writer.build(path, FIXTURE_META, {})
    assert str(path) in str(info.value)
    assert path.read_bytes() == b"precious"
    with pytest.raises(OutputError, match="already exists"):
        writer.create_archive(path, FIXTURE_META)
    assert path.read_bytes() == b"precious"
    writer.build(path, FIXTURE_META, {}, overwrite=True)
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        writer.build(tmp_path / "nowhere" / "a.db", FIXTURE_META, {})


def test_dangling_reference_leaves_no_files(tmp_path: Path) -> None:
    docs: Docs = {
        "people": [{"id": "p-1", "display_name": "A B"}],
        "sentences": [{"id": "s-1", "person_id": "p-1", "court_id": "org-missing"}],
    }
    path = tmp_path / "bad.db"
    with pytest.raises(OutputError, match="refers to entries that do not exist") as info:
        writer.build(path, FIXTURE_META, docs)
    assert "organizations" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_insert_leaves_no_files(tmp_path: Path) -> None:
    docs: Docs = {"people": [{"id": "p-1", "display_name": "A B", "status": "on_the_moon"}]}
    with pytest.raises(sqlite3.IntegrityError):
        writer.build(tmp_path / "bad.db", FIXTURE_META, docs)
    assert list(tmp_path.iterdir()) == []


def test_a_stale_partial_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / ".a.db.partial").write_bytes(b"left over from a crash")
    writer.build(tmp_path / "a.db", FIXTURE_META, {})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]


def test_check_references_in_plain_words(tmp_path: Path) -> None:
    db = writer.create_archive(tmp_path / "r.db", FIXTURE_META)
    with db.atomic():
        writer.write_documents(
            db, {"quotes": [{"id": "q-1", "speaker_id": "p-nobody", "text": "x", "lang": "en"}]}
        )
    problems = writer.check_references(db)
    db.close()
    assert problems == ["quotes row 1 refers to a missing people entry"]


def test_finished_archive_is_compact_and_not_wal(conn: sqlite3.Connection, built: Path) -> None:
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM sqlite_stat1").fetchone()[0] > 0  # ANALYZE ran
    assert not built.with_name(f".{built.name}.partial").exists()


def test_a_fresh_archive_passes_quick_check(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


def test_a_fresh_archive_passes_integrity_check(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
