"""Hostile archives in our own format, class by class (issue 12), through the data layer.

The builders are in tests/data/hostile_archives.py; tests/test_cli_hostile.py
runs every case through the command line too, with memory measured.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db import checks
from db.connection import open_archive
from db.errors import ArchiveDamagedError, NotAnArchiveError
from db.exporting import export_archive
from db.facets import facet_counts
from db.importing import import_files
from db.info import archive_info
from db.notices import NoticeKind
from db.private_copy import copied_bytes
from db.records import PeopleQuery
from db.search import search
from db.timeline import (
    day_number,
    timeline_day_counts,
    timeline_density,
    timeline_extent,
    timeline_items,
)
from db.untrusted import iso_day, untrusted_json
from tests.data.hostile_archives import HostileCase, make_hostile
from tests.db.builders import build_fixture_archive

Make = Callable[[str], HostileCase]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=12)


@pytest.fixture
def make(good: Path, tmp_path: Path) -> Make:
    def _make(name: str) -> HostileCase:
        folder = tmp_path / name
        folder.mkdir()
        return make_hostile(name, folder, good)

    return _make


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.stat().st_size < 100_000_000  # the sparse file: its name and size are enough
    } | {p.name: str(p.stat().st_size) for p in folder.iterdir()}


# --- class 2 ---------------------------------------------------------------------------


def test_untrusted_json_never_raises() -> None:
    assert untrusted_json("[" * 100_000 + "]" * 100_000) is None
    assert untrusted_json('["be", "ru"]') == ["be", "ru"]
    assert untrusted_json("not json") is None
    assert untrusted_json(None) is None
    assert untrusted_json('["[[[[" , "]"]') == ["[[[[", "]"]


def test_nested_meta_reads_as_no_languages(make: Make, tmp_path: Path) -> None:
    case = make("nested_meta")
    with open_archive(case.path, defer_checks=True) as archive:
        assert archive_info(archive, quick_check=False).languages == ()
        report = export_archive(archive, tmp_path / "out.json")
    assert report.counts["people"] == 12
    assert "languages" not in json.loads((tmp_path / "out.json").read_text())["meta"]


def test_bad_dates_never_reach_the_viewer(make: Make) -> None:
    case = make("bad_dates")
    with open_archive(case.path, defer_checks=True) as archive:
        db, q = archive.db, PeopleQuery()
        extent = timeline_extent(db, q)  # the stored span is not two ISO days: recomputed
        assert extent is not None
        assert all(iso_day(day) for day in extent)
        day_number(extent[0])
        items = timeline_items(db, q, start=extent[0], end=extent[1], limit=1000)
        assert items
        for item in items:
            day_number(item.earliest)
            day_number(item.latest)
            if item.end_latest:
                day_number(item.end_latest)
        density = timeline_density(db, q, start=extent[0], end=extent[1], bins=10)
        assert density.total > 0
        assert timeline_day_counts(db, q).total > 0
        # filtered (not cached) paths too
        filtered = PeopleQuery(statuses=("in_custody",))
        timeline_extent(db, filtered)
        timeline_day_counts(db, filtered)


def test_bad_cached_counts_are_recomputed(make: Make, good: Path) -> None:
    case = make("bad_facet_cache")
    with open_archive(good, defer_checks=True) as archive:
        expected = facet_counts(archive.db, PeopleQuery())
        days = timeline_day_counts(archive.db, PeopleQuery()).total
    with open_archive(case.path, defer_checks=True) as archive:
        facets = facet_counts(archive.db, PeopleQuery())
        assert facets == expected
        assert all(isinstance(v.count, int) for v in facets.statuses + facets.years)
        assert timeline_day_counts(archive.db, PeopleQuery()).total == days


def test_a_search_table_made_a_view_disables_search(make: Make) -> None:
    case = make("search_table_view")
    with open_archive(case.path) as archive:
        assert archive.search_available is False
        assert "search_vocab is a view" in (archive.search_problem or "")
        result = search(archive, "Tsikhanouski")
        assert result.hits == ()
        assert result.notice == archive.search_problem


# --- class 3 ---------------------------------------------------------------------------


def test_import_never_runs_the_archives_triggers(make: Make, tmp_path: Path) -> None:
    case = make("wiping_trigger")
    with open_archive(case.path) as archive:
        before = {
            t: archive.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("people", "quotes", "sentences", "events")
        }
        statuses = dict(archive.db.execute("SELECT id, status FROM people").fetchall())
    new = tmp_path / "one.json"
    new.write_text(
        json.dumps(
            {
                "format": "kartoteka-interchange",
                "version": 1,
                "people": [{"id": "p-imported", "display_name": "Imported Person"}],
            }
        ),
        encoding="utf-8",
    )
    report = import_files(case.path, [new])
    assert any("wipe" in note for note in report.notes)
    with open_archive(case.path) as archive:
        db = archive.db
        for table, n in before.items():
            expected = n + (1 if table == "people" else 0)
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected
        after = dict(db.execute("SELECT id, status FROM people").fetchall())
        assert {k: v for k, v in after.items() if k != "p-imported"} == statuses
        assert not db.execute("SELECT 1 FROM people WHERE biography = 'rewritten'").fetchone()
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert not {"wipe", "rewrite", "planted"} & names
        assert "people_ai" in names  # this build's FTS triggers are kept
        assert search(archive, "Imported").hits


# --- class 4 ---------------------------------------------------------------------------


def test_a_foreign_check_constraint_is_refused_at_once(make: Make) -> None:
    case = make("foreign_check")
    started = time.monotonic()
    with pytest.raises(NotAnArchiveError, match="people is defined differently"):
        open_archive(case.path)
    assert time.monotonic() - started < 10  # not a quick_check past its limit


def test_a_search_table_replaced_by_a_view_disables_search(make: Make) -> None:
    case = make("fts_shadow_view")
    with open_archive(case.path) as archive:
        assert not archive.search_available
        assert "search_keys is a view" in (archive.search_problem or "")
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12


# --- class 5 and 6 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("torn_wal", NoticeKind.WAL_TORN),
        ("garbage_wal", NoticeKind.WAL_IGNORED),
        ("hot_super_journal", NoticeKind.JOURNAL_IGNORED),
        ("wal_beside_rollback", NoticeKind.WAL_APPLIED),
    ],
)
def test_notices_are_typed(make: Make, name: str, kind: NoticeKind) -> None:
    case = make(name)
    folder = case.path.parent
    before = fingerprint(folder)
    with open_archive(case.path) as archive:
        assert [n.kind for n in archive.notices] == [kind]
        assert archive.notices[0].warning is (kind is not NoticeKind.WAL_APPLIED)
        assert case.path.name in archive.notices[0].text
        assert fingerprint(folder) == before
    assert fingerprint(folder) == before


def test_a_wal_beside_a_rollback_file_is_read_and_no_shm_appears(make: Make) -> None:
    case = make("wal_beside_rollback")
    names = sorted(p.name for p in case.path.parent.iterdir())
    with open_archive(case.path) as archive:
        row = archive.db.execute(
            "SELECT display_name FROM people WHERE id = ?", [case.extra["person_id"]]
        ).fetchone()
        assert row == ("Only In Wal",)
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 13
        assert sorted(p.name for p in case.path.parent.iterdir()) == names


# --- class 7 and 8 ---------------------------------------------------------------------


def test_an_open_that_finds_damage_says_it_in_one_line(make: Make) -> None:
    case = make("many_problems")
    with pytest.raises(ArchiveDamagedError) as info:
        open_archive(case.path)
    assert "\n" not in str(info.value)
    assert len(info.value.details) > 20


def test_a_null_in_a_not_null_column_is_damage(make: Make) -> None:
    case = make("null_name")
    with open_archive(case.path, defer_checks=True) as archive:
        result = checks.check_archive(archive)
    assert result.damaged
    assert result.details == ("NULL value in people.display_name",)


def test_duplicate_ids_are_damage_and_refuse_export(make: Make, tmp_path: Path) -> None:
    case = make("duplicate_ids")
    with open_archive(case.path, defer_checks=True) as archive:
        result = checks.check_archive(archive)
        assert result.damaged
        assert "is used by 2 entries" in result.details[0]
        with pytest.raises(ArchiveDamagedError, match="could not be imported back"):
            export_archive(archive, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


# --- class 9 ---------------------------------------------------------------------------


def test_a_sparse_file_is_read_in_place(make: Make) -> None:
    case = make("sparse")
    before = fingerprint(case.path.parent)
    with open_archive(case.path) as archive:
        assert archive.in_place
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
    assert fingerprint(case.path.parent) == before


@pytest.mark.parametrize("name", ["sparse_wal", "bloated_free_list"])
def test_a_copy_takes_only_the_pages_in_use(make: Make, name: str, good: Path) -> None:
    case = make(name)
    wal = case.path.with_name(case.path.name + "-wal").stat().st_size
    in_use = good.stat().st_size  # the data pages: the valid archive this was made from
    assert case.path.stat().st_size > 20 * in_use  # what a plain copy would write
    with open_archive(case.path) as archive:
        assert not archive.in_place
        private = archive._source.private
        assert private is not None
        assert copied_bytes(private) <= 2 * in_use + wal
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
