"""The second hostile kit (tests/data/hostile_derived.py) in the data layer, one test per
class of defect it found, and every CLI command on every case in one child process.

Each class test failed before its fix: a lying derived table or a garbage date made a
reader raise (math domain error, RecursionError, ValueError from `fromisoformat`,
DateError in publish), a record of 600 KB values froze the window's text layout, and
ranks that repeat or skip made the list show blank or doubled rows without a word.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from db import dates
from db.checks import run_background_checks
from db.connection import open_archive
from db.errors import ErrorKind
from db.people import list_people
from db.person import get_person
from db.publish.copy import PublishError, publish
from db.records import PeopleQuery, PersonId, SortKey
from db.sample import build_sample
from db.search import search
from db.summary import compute_summaries, get_summaries
from db.timeline import timeline_items
from db.untrusted import DISPLAY_MAX_CHARS, bounded, iso_day, valid_day_sql
from tests.data.hostile_derived import CASES, HUGE_TEXT, _around, make

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT_MB = 1024
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    build_sample(path)
    return path


def _case(name: str, sample: Path, tmp_path: Path) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return make(name, folder, sample)


def test_negative_and_text_counts_in_the_name_index_do_not_break_search(
    sample: Path, tmp_path: Path
) -> None:
    path = _case("search_keys_lie", sample, tmp_path)
    with open_archive(path, defer_checks=True) as archive:
        for text in ("Tsikhanouski", "Ціханоўскі", "zzzz", "Tsikhanousky"):
            search(archive, text)  # math domain error on a negative count before


def test_blob_text_and_real_person_pks_in_the_name_index_are_left_out(
    sample: Path, tmp_path: Path
) -> None:
    """Holders of a form are read as one JSON list per form (db.name_index.HOLDERS_SQL):
    a blob there made SQLite raise "JSON cannot hold BLOB values" before the person pks
    were tested in SQL; text and reals (written around STRICT) must find no one either."""
    path = tmp_path / "pks.db"
    shutil.copyfile(sample, path)
    _around(
        path,
        ("search_keys",),
        "INSERT OR IGNORE INTO search_keys SELECT key, x'00ff' FROM search_keys",
        "INSERT OR IGNORE INTO search_keys SELECT key, person_pk || 'x' FROM search_keys",
        "INSERT OR IGNORE INTO search_keys SELECT key, person_pk + 0.5 FROM search_keys",
    )
    queries = (
        "Siarhei Tsikhanouski",
        "Сяргей Ціханоўскі",
        "Sviatlana Tsikhanouskaya",
        "Tsikhanousky",
    )
    with (
        open_archive(sample, defer_checks=True) as good,
        open_archive(path, defer_checks=True) as hostile,
    ):
        for text in queries:
            want = [h.pk for h in search(good, text).hits]
            assert want, text
            assert [h.pk for h in search(hostile, text).hits] == want, text


def test_garbage_dates_are_unknown_dates(sample: Path, tmp_path: Path) -> None:
    assert dates.from_columns("2021", "2021-01-01", "2021-12-31") is not None
    for bounds in (("soon", "later"), ("2021-02-30", "2021-03-01"), ("2021-05-01", "2021-01-01")):
        assert dates.from_columns("2021", *bounds) is None
    with pytest.raises(dates.DateError, match="too long"):
        dates.parse("2020/" * 200)
    path = _case("edtf_garbage", sample, tmp_path)
    with open_archive(path, defer_checks=True) as archive:
        pks = [r[0] for r in archive.db.execute("SELECT pk FROM people")]
        compute_summaries(archive.db, pks)  # fromisoformat raised on a stored bound
        items = timeline_items(
            archive.db, PeopleQuery(), start="0001-01-01", end="9999-12-31", limit=10_000
        )
        for item in items:  # the window's day_number raised on 2021-02-30
            assert iso_day(item.earliest), item
            assert iso_day(item.latest), item
        for pid in archive.db.execute("SELECT id FROM people"):
            get_person(archive.db, PersonId(pid[0]))


def test_sqlite_340_day_check_refuses_days_that_do_not_exist(sample: Path) -> None:
    with open_archive(sample) as archive:
        for day, ok in (("2021-02-30", 0), ("2021-04-31", 0), ("2020-02-29", 1), ("x", 0)):
            sql = f"SELECT {valid_day_sql(':d')}"
            assert bool(archive.db.execute(sql, {"d": day}).fetchone()[0]) == bool(ok), day


def test_publish_names_a_garbage_date_plainly(sample: Path, tmp_path: Path) -> None:
    path = _case("edtf_garbage", sample, tmp_path)
    with pytest.raises(PublishError) as caught:
        publish(path, tmp_path / "out")
    assert caught.value.kind is ErrorKind.PUBLISH_SOURCE_INVALID
    assert str(path) in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_stored_summary_values_are_validated(sample: Path, tmp_path: Path) -> None:
    path = _case("summary_values", sample, tmp_path)
    with open_archive(path, defer_checks=True) as archive:
        pks = [r[0] for r in archive.db.execute("SELECT pk FROM people")]
        found = get_summaries(archive.db, pks)  # RecursionError on nested JSON before
    for summary in found.values():
        assert summary.total_term_months is None or summary.total_term_months >= 0
        assert all(isinstance(s, str) for s in summary.sentence_ids)


def test_lying_rank_tables_are_not_used_or_are_reported(sample: Path, tmp_path: Path) -> None:
    for name in ("name_order", "summary_values", "summary_rows"):
        path = _case(name, sample, tmp_path)
        with open_archive(path, defer_checks=True) as archive:
            result = run_background_checks(archive)
            people = int(archive.db.execute("SELECT count(*) FROM people").fetchone()[0])
            for sort in (SortKey.NAME, SortKey.TOTAL_TERM, SortKey.EXPECTED_END):
                plist = list_people(archive.db, PeopleQuery(sort=sort))
                pks = plist.pks(archive.db, 0, plist.count)
                for pk in pks:
                    plist.index_of(archive.db, pk)  # a text rank raised TypeError
                right = len(pks) == people == len(set(pks))
                assert right or result.damaged, (name, sort)


def test_ranks_that_look_right_at_both_ends_are_walked(sample: Path, tmp_path: Path) -> None:
    """Lowest 0 and highest n - 1, a repeat in between: only the full check can tell."""
    path = tmp_path / "archive.db"
    shutil.copyfile(sample, path)
    _around(
        path,
        ("people_order",),
        "UPDATE people_order SET by_name = 1 WHERE by_name = 2",
    )
    with open_archive(path, defer_checks=True) as archive:
        result = run_background_checks(archive)
    assert result.damaged
    assert "people_order.by_name does not rank each of the 7 people once" in result.details_text


def test_records_are_bounded_for_display(sample: Path, tmp_path: Path) -> None:
    path = _case("huge_text", sample, tmp_path)
    limit = DISPLAY_MAX_CHARS + 100  # and the note saying how much was left out
    with open_archive(path, defer_checks=True) as archive:
        for (pid,) in archive.db.execute("SELECT id FROM people").fetchall():
            record = get_person(archive.db, PersonId(pid))
            assert record is not None
            assert _longest(record) <= limit, pid
    assert limit < HUGE_TEXT
    assert bounded(("x" * 50_000, 3))[0].endswith("30,000 more characters not shown]")


def _longest(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, tuple):
        return max((_longest(v) for v in value), default=0)
    fields = getattr(value, "__dataclass_fields__", None)
    if fields:
        return max((_longest(getattr(value, f)) for f in fields), default=0)
    return 0


@pytest.fixture(scope="module")
def swept(sample: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("sweep")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KARTOTEKA_CACHE_DIR": str(root / "cache"),
        "TMPDIR": str(root),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "tests.data.hostile_derived_sweep", str(sample), str(root)],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-3000:]
    results: dict[str, Any] = json.loads(proc.stdout)
    return results


def test_every_command_on_every_case_ends_plainly(swept: dict[str, Any]) -> None:
    assert swept.pop("__rss_mb__") <= MEMORY_LIMIT_MB
    assert set(swept) == set(CASES)
    for case, commands in swept.items():
        for command, (code, stdout, stderr, changed) in commands.items():
            where = f"{case} / {command}"
            assert code in (0, 1), (where, code, stderr[-1500:])
            assert "Traceback" not in stderr, where
            for line in stderr.splitlines():
                assert line.startswith("kartoteka: ") or re.fullmatch(
                    r"(Checking|Writing|Encrypting|Publishing)\b.*", line
                ), (where, line)
            assert not RAW_CONTROLS.search(stdout), where
            assert not RAW_CONTROLS.search(stderr), where
            if command != "import":
                assert changed == [], where
            if code == 1:
                assert "archive.db" in stderr, where  # the message names the file


def test_refused_cases_are_refused_by_every_command(swept: dict[str, Any]) -> None:
    for case in ("derived_view_summary", "derived_check", "truncated_quarter", "truncated_bare"):
        codes = {command: outcome[0] for command, outcome in swept[case].items()}
        assert set(codes.values()) == {1}, (case, codes)
    for case in ("encrypted_salt", "encrypted_first_page", "encrypted_truncated"):
        assert swept[case]["open"][0] == 1
