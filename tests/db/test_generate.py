"""The synthetic archive generator: valid, realistic in shape, searchable, deterministic."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import dates, writer
from db.connection import Archive, open_archive
from db.errors import KartotekaError, OutputError
from db.generate import (
    CHUNK,
    _prefetched,
    generate_archive,
    generate_rows,
    make_date,
)
from db.info import archive_info
from db.person import get_person
from db.records import PersonId
from db.romanize import feminine_be, feminine_ru, romanize_be, romanize_ru

PEOPLE = 400


@pytest.fixture(scope="module")
def generated_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("generated") / "synthetic.db"
    generate_archive(path, PEOPLE, seed=7)
    return path


@pytest.fixture
def generated(generated_path: Path) -> Iterator[Archive]:
    archive = open_archive(generated_path)
    yield archive
    archive.close()


def _schema_objects(conn: sqlite3.Connection, kind: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL", [kind]
    )
    return dict(rows)


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        skip = ("sqlite_stat", "_sqlite_migrations")  # statistics and the time of creation
        return [line for line in conn.iterdump() if not any(s in line for s in skip)]
    finally:
        conn.close()


def test_archive_is_marked_synthetic_and_has_the_promised_shape(generated: Archive) -> None:
    info = archive_info(generated)
    assert info.synthetic is True
    assert info.quick_check == "ok"
    counts = info.counts
    assert counts["people"] == PEOPLE
    assert 1.0 <= counts["sentences"] / PEOPLE <= 1.6
    assert 1.5 <= counts["quotes"] / PEOPLE <= 2.5
    assert 3.0 <= counts["events"] / PEOPLE <= 5.0
    assert counts["relations"] > 0
    assert counts["citations"] > counts["people"]
    assert 20 <= counts["sources"] <= 400
    courts = generated.db.execute("SELECT COUNT(*) FROM organizations WHERE kind = 'court'")
    assert courts.fetchone()[0] == 20


def test_every_check_constraint_and_reference_holds(generated_path: Path) -> None:
    # the bulk load skips CHECK constraints; integrity_check verifies all of them
    conn = sqlite3.connect(generated_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_fts_triggers_and_indexes_are_restored_exactly(
    generated_path: Path, tmp_path: Path
) -> None:
    fresh = writer.create_archive(tmp_path / "fresh.db", {"title": "x"})
    conn = sqlite3.connect(generated_path)
    try:
        for kind in ("trigger", "index"):
            expected = _schema_objects(fresh.conn, kind)
            assert expected, kind
            assert _schema_objects(conn, kind) == expected
    finally:
        conn.close()
        fresh.close()


def test_fts_matches_after_the_rebuild_and_triggers_still_fire(
    generated_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(generated_path.read_bytes())
    conn = sqlite3.connect(copy)
    try:
        name = conn.execute(
            "SELECT name FROM person_names WHERE system = 'lacinka' ORDER BY pk LIMIT 1"
        ).fetchone()[0]
        surname = name.split()[-1]
        like = conn.execute(
            "SELECT COUNT(*) FROM person_names WHERE ' ' || name || ' ' LIKE ?",
            [f"% {surname} %"],
        ).fetchone()[0]
        match = conn.execute(
            "SELECT COUNT(*) FROM person_names_fts WHERE person_names_fts MATCH ?",
            [f'"{surname}"'],
        ).fetchone()[0]
        assert match >= like >= 1
        bio = conn.execute("SELECT COUNT(*) FROM people_fts WHERE people_fts MATCH 'Synthetic'")
        assert bio.fetchone()[0] == PEOPLE
        # a new row reaches the FTS index through the restored trigger
        conn.execute(
            "INSERT INTO person_names(person_id, name, lang, system) "
            "VALUES ('p-0000001', 'Zzyzxova Qwertz', 'en', 'alias')"
        )
        found = conn.execute(
            "SELECT COUNT(*) FROM person_names_fts WHERE person_names_fts MATCH 'zzyzxova'"
        ).fetchone()[0]
        assert found == 1
    finally:
        conn.close()


def test_people_have_names_in_every_script_and_system(generated: Archive) -> None:
    rows = generated.db.execute(
        "SELECT person_id, group_concat(system || '/' || lang) FROM person_names GROUP BY person_id"
    ).fetchall()
    assert len(rows) == PEOPLE
    wanted = {
        "native/be-Cyrl",
        "native/ru-Cyrl",
        "passport/be-Latn",
        "bgn_pcgn/be-Latn",
        "lacinka/be-Latn",
        "national_2007/be-Latn",
        "russian_media/en",
    }
    register = 0
    for _pid, systems in rows:
        if systems == "native/ru-Cyrl":
            register += 1  # a register record: one Russian spelling, surname first
            continue
        assert wanted <= set(systems.split(","))
    assert register < PEOPLE * 0.1
    # display and sort names follow the writer's own rules
    for display, sort in generated.db.execute("SELECT display_name, sort_name FROM people"):
        assert sort == writer.sort_name(display)


def test_judges_are_generated_people_with_the_judge_role(generated: Archive) -> None:
    judges = {
        r[0]
        for r in generated.db.execute(
            "SELECT DISTINCT judge_id FROM sentences WHERE judge_id IS NOT NULL"
        )
    }
    assert judges
    roles = {
        r[0]
        for r in generated.db.execute("SELECT person_id FROM person_roles WHERE role = 'judge'")
    }
    assert judges <= roles


def test_dates_mix_precise_partial_and_uncertain_within_the_period(generated: Archive) -> None:
    texts = [r[0] for r in generated.db.execute("SELECT date_edtf FROM events")]
    precise = [t for t in texts if len(t) == 10 and t[4] == "-"]
    assert 0.4 < len(precise) / len(texts) < 0.8
    assert any(t.startswith("~") for t in texts)
    assert any("/" in t for t in texts)
    assert any(len(t) == 7 for t in texts)
    lo, hi = generated.db.execute(
        "SELECT MIN(date_earliest), MAX(date_latest) FROM events"
    ).fetchone()
    assert lo >= "1989-01-01"  # "~1990-05" widens by a year
    assert hi <= "2027-12-31"


def test_generated_bounds_equal_what_db_dates_computes() -> None:
    rng = random.Random(11)
    seen: dict[str, tuple[str, str, str]] = {}
    for year in (*range(1990, 2027), 2000, 2020, 2024):  # leap years twice
        for _ in range(30):
            made = make_date(rng, year)
            seen[made[0]] = made
    # every form once, checked against the edtf package (slow, so sampled)
    forms: dict[str, tuple[str, str, str]] = {}
    for edtf, made in sorted(seen.items()):
        form = "".join("9" if ch.isdigit() else ch for ch in edtf)
        if edtf.startswith("~") and edtf.endswith("-02"):
            form += " feb"
        forms.setdefault(form, made)
    assert len(forms) >= 7
    for edtf, earliest, latest in forms.values():
        parsed = dates.parse(edtf)
        assert (parsed.earliest, parsed.latest) == (earliest, latest), edtf
    assert dates.parse("~2020-02").latest == make_date_about(2020, 2)


def make_date_about(year: int, month: int) -> str:
    """The latest bound the generator gives "~YEAR-MONTH" (leap-day clamping)."""
    rng = random.Random(0)
    while True:
        edtf, _earliest, latest = make_date(rng, year)
        if edtf == f"~{year}-{month:02d}":
            return latest


def test_a_generated_person_reads_back_as_a_full_record(generated: Archive) -> None:
    pid = generated.db.execute(
        "SELECT person_id FROM sentences GROUP BY person_id HAVING COUNT(*) >= 2 LIMIT 1"
    ).fetchone()[0]
    rec = get_person(generated.db, PersonId(pid))
    assert rec is not None
    assert len(rec.sentences) >= 2
    assert all(s.charges for s in rec.sentences)
    assert rec.events
    assert rec.citations
    assert {n.lang for n in rec.names} >= {"be-Cyrl", "ru-Cyrl", "be-Latn", "en"}


def test_same_seed_same_archive_other_seed_other_archive(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    generate_archive(a, 60, seed=3)
    generate_archive(b, 60, seed=3)
    generate_archive(c, 60, seed=4)
    assert _dump(a) == _dump(b)
    assert _dump(a) != _dump(c)


def test_batch_size_does_not_change_the_rows() -> None:
    def flat(chunk: int) -> dict[str, list[tuple[object, ...]]]:
        out: dict[str, list[tuple[object, ...]]] = {}
        for _done, rows in generate_rows(50, seed=5, chunk=chunk):
            for table, items in rows.items():
                out.setdefault(table, []).extend(items)
        return out

    assert flat(7) == flat(CHUNK)


def test_progress_rises_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    generate_archive(tmp_path / "p.db", 50, seed=1, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] == 100
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert len({t for _d, t in seen}) == 1


def test_refuses_to_overwrite_and_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "exists.db"
    target.write_bytes(b"keep me")
    with pytest.raises(OutputError, match="already exists"):
        generate_archive(target, 10)
    assert target.read_bytes() == b"keep me"
    with pytest.raises(KartotekaError, match="at least 1"):
        generate_archive(tmp_path / "none.db", 0)
    with pytest.raises(OutputError, match="does not exist"):
        generate_archive(tmp_path / "missing" / "x.db", 10)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exists.db"]


@pytest.mark.parametrize(
    ("be", "system", "latin"),
    [
        ("Сяргей", "passport", "Siarhei"),
        ("Ціханоўскі", "passport", "Tsikhanouski"),
        ("Ціханоўская", "passport", "Tsikhanouskaya"),
        ("Святлана", "passport", "Sviatlana"),
        ("Марыя", "passport", "Maryia"),
        ("Калеснікава", "passport", "Kalesnikava"),
        ("Ціханоўскі", "bgn_pcgn", "Tsikhanowski"),
        ("Святлана", "bgn_pcgn", "Svyatlana"),
        ("Сяргей", "lacinka", "Siarhiej"),
        ("Ціханоўскі", "lacinka", "Cichanoŭski"),
        ("Ціханоўская", "national_2007", "Cichanoŭskaja"),
        ("Святлана", "national_2007", "Sviatlana"),
        ("Святлана", "lacinka", "Sviatłana"),
        ("Вольга", "national_2007", "Voĺha"),
        ("Кузьміч", "lacinka", "Kuźmič"),
    ],
)
def test_belarusian_romanization(be: str, system: str, latin: str) -> None:
    assert romanize_be(be, system) == latin


@pytest.mark.parametrize(
    ("ru", "latin"),
    [
        ("Сергей", "Sergei"),
        ("Тихановский", "Tikhanovsky"),
        ("Тихановская", "Tikhanovskaya"),
        ("Светлана", "Svetlana"),
        ("Евгений", "Yevgeny"),
    ],
)
def test_russian_media_spelling(ru: str, latin: str) -> None:
    assert romanize_ru(ru) == latin


def test_feminine_surnames_follow_the_endings() -> None:
    assert feminine_be("Ціханоўскі") == "Ціханоўская"
    assert feminine_be("Калеснікаў") == "Калеснікава"
    assert feminine_be("Статкевіч") == "Статкевіч"
    assert feminine_ru("Тихановский") == "Тихановская"
    assert feminine_ru("Колесников") == "Колесникова"
    assert feminine_ru("Бабарико") == "Бабарико"


def test_prefetching_keeps_order_and_passes_errors_on() -> None:
    def batches() -> Iterator[int]:
        yield from range(5)
        raise ValueError("broken batch")

    got: list[int] = []
    with pytest.raises(ValueError, match="broken batch"):
        got.extend(_prefetched(batches()))
    assert got == [0, 1, 2, 3, 4]
    # a consumer that stops early does not leave the producer hanging
    for n in _prefetched(iter(range(1000))):
        if n == 3:
            break


def test_custody_recognitions_and_photos_are_generated(generated: Archive) -> None:
    from db.attachments import attachment_bytes, person_attachments
    from db.exporting import read_documents
    from db.letters import letters_page
    from db.records import AttachmentId, PersonId
    from db.validate import validate_documents

    db = generated.db
    count = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("recognitions", "placements", "attachments", "letter_recipients")
    }
    assert count["recognitions"] > PEOPLE // 2
    assert count["placements"] > PEOPLE
    assert 0 < count["attachments"] < PEOPLE // 20  # about 1 %
    facilities = db.execute(
        "SELECT count(*) FROM organizations WHERE address_ru IS NOT NULL AND address_be IS NOT NULL"
    ).fetchone()[0]
    assert facilities == 10
    # what the generator writes is what an import would accept
    assert validate_documents(read_documents(db)) == []
    pid, aid = db.execute("SELECT person_id, id FROM attachments LIMIT 1").fetchone()
    (photo,) = person_attachments(db, PersonId(pid))
    assert photo.problem is None
    assert attachment_bytes(db, AttachmentId(aid))[1].startswith(b"\x89PNG")
    page = letters_page(db, month=6, limit=50)
    assert len(page.rows) == 50
    assert sum(1 for r in page.rows if r.address) > 40


def test_the_bulk_load_sorts_in_temporary_files_not_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # index builds sort every row; with temp_store MEMORY a million people took 3 GB
    from db import search_index

    seen: list[int] = []
    fill = search_index._fill_people

    def spy(db: Any) -> None:
        seen.append(int(db.execute("PRAGMA temp_store").fetchone()[0]))
        fill(db)

    monkeypatch.setattr(search_index, "_fill_people", spy)
    generate_archive(tmp_path / "t.db", 20, seed=1)
    assert seen == [1]  # FILE
