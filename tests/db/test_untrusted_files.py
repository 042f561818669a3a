"""Every hostile or broken file through open_archive: a plain error or a safe open, nothing written.

For each case the folder holding the file is fingerprinted (names and sha256
of every file) before and after, so a sidecar created, changed or deleted
beside the user's file fails the test.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db import connection
from db.connection import (
    ArchiveValueTooLargeError,
    open_archive,
    truncate_for_display,
)
from db.errors import ArchiveLockedError, KartotekaError, QueryTimeoutError
from tests.data.bad_archives import (
    CASE_NAMES,
    HOSTILE_FUNCTION,
    HUGE_QUOTE_BYTES,
    BadCase,
    hold_write_lock,
    make_case,
)
from tests.db.builders import build_fixture_archive


def fingerprint(folder: Path) -> dict[str, str]:
    """Every entry under `folder` with the sha256 of its bytes (folders and pipes by kind)."""
    prints: dict[str, str] = {}
    for entry in sorted(folder.rglob("*")):
        key = str(entry.relative_to(folder))
        if entry.is_file() and not entry.is_fifo():
            prints[key] = hashlib.sha256(entry.read_bytes()).hexdigest()
        else:
            prints[key] = "dir" if entry.is_dir() else "special"
    return prints


@pytest.fixture(scope="module")
def good_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=12)


MakeCase = Callable[[str], BadCase]


@pytest.fixture
def make(good_archive: Path, tmp_path: Path) -> MakeCase:
    """Build one case in its own folder under tmp_path."""

    def _make(name: str) -> BadCase:
        folder = tmp_path / name
        folder.mkdir()
        return make_case(name, folder, good_archive)

    return _make


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case_gives_plain_outcome_and_writes_nothing(name: str, make: MakeCase) -> None:
    case = make(name)
    folder = case.path.parent
    before = fingerprint(folder)
    if case.error is not None:
        with pytest.raises(KartotekaError) as info:
            open_archive(case.path)
        assert type(info.value) is case.error, info.value
        text = str(info.value)
        assert str(case.path) in text
        assert case.message in text
        assert "Traceback" not in text
    else:
        with open_archive(case.path) as archive:
            assert archive.search_available is case.search_available
            if not case.search_available:
                assert archive.search_problem is not None
                assert str(case.path) in archive.search_problem
                assert case.message in archive.search_problem
            else:
                assert archive.search_problem is None
            if case.message and case.search_available:
                assert any(case.message in n.text for n in archive.notices), archive.notices
            assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] > 0
            assert fingerprint(folder) == before  # nothing appears while it is open
    assert fingerprint(folder) == before


def test_hostile_view_cannot_call_app_functions(make: MakeCase) -> None:
    case = make("hostile_schema")
    calls: list[object] = []
    with open_archive(case.path) as archive:
        archive.db.conn.create_function(HOSTILE_FUNCTION, 1, calls.append)
        with pytest.raises(sqlite3.OperationalError, match="unsafe use"):
            archive.db.execute("SELECT * FROM evil").fetchall()
        # the trigger cannot fire: nothing can be written
        with pytest.raises(sqlite3.OperationalError, match=r"unsafe use|readonly|query_only"):
            archive.db.execute("INSERT INTO log VALUES ('x')")
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
    assert calls == []


def test_view_that_runs_forever_is_stopped(make: MakeCase) -> None:
    case = make("hostile_schema")
    with (
        open_archive(case.path) as archive,
        pytest.raises(QueryTimeoutError) as info,
        archive.time_limit(50),
    ):
        archive.db.execute("SELECT * FROM slow").fetchall()
    assert str(case.path) in str(info.value)


def test_huge_value_loads_and_truncates_for_display(make: MakeCase) -> None:
    case = make("huge_value")
    with open_archive(case.path) as archive, archive.time_limit(10_000):
        (text,) = archive.db.execute(
            "SELECT text FROM quotes WHERE id = ?", [case.extra["quote_id"]]
        ).fetchone()
    assert len(text) == HUGE_QUOTE_BYTES
    shown = truncate_for_display(text)
    assert len(shown) < 21_000
    assert shown.startswith("abab")
    assert "more characters not shown" in shown


def test_value_over_limit_is_a_plain_error(make: MakeCase) -> None:
    case = make("too_big_value")
    with open_archive(case.path) as archive:
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
        with pytest.raises(ArchiveValueTooLargeError) as info, archive.time_limit(10_000):
            archive.db.execute(
                "SELECT text FROM quotes WHERE id = ?", [case.extra["quote_id"]]
            ).fetchone()
    assert str(case.path) in str(info.value)


def test_invalid_utf8_is_replaced(make: MakeCase) -> None:
    case = make("invalid_utf8")
    with open_archive(case.path) as archive:
        (text,) = archive.db.execute(
            "SELECT text FROM quotes WHERE id = ?", [case.extra["quote_id"]]
        ).fetchone()
        names = [r[0] for r in archive.db.execute("SELECT display_name FROM people")]
    assert text.startswith("Maryia ")
    assert "\ufffd" in text
    assert any("\ufffd" in n for n in names)


def test_wal_changes_are_read_from_the_copy(make: MakeCase) -> None:
    case = make("wal_pending")
    with open_archive(case.path) as archive:
        row = archive.db.execute(
            "SELECT display_name FROM people WHERE id = ?", [case.extra["person_id"]]
        ).fetchone()
    assert row == ("Only In Wal",)


def test_missing_wal_gives_the_checkpointed_archive(make: MakeCase) -> None:
    case = make("wal_missing")
    with open_archive(case.path) as archive:
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
        assert archive.notices == ()


def test_hot_journal_is_undone_in_the_private_copy(make: MakeCase) -> None:
    case = make("hot_journal")
    half = case.path.read_bytes()
    assert b"HALF-WRITTEN" in half  # the user's file really is mid-transaction
    with open_archive(case.path) as archive:
        names = {r[0] for r in archive.db.execute("SELECT display_name FROM people")}
    assert "HALF-WRITTEN" not in names
    assert len(names) > 5
    assert case.path.read_bytes() == half


def test_hot_journal_naming_another_file_never_touches_it(make: MakeCase) -> None:
    case = make("hot_journal_super")
    victim = case.path.parent / "victim.txt"
    try:
        archive = open_archive(case.path)
    except KartotekaError:
        pass  # refusing is fine; deleting the victim is not
    else:
        archive.close()
    assert victim.read_text(encoding="utf-8") == "not a journal, must survive\n"


def test_locked_file_says_in_use(
    good_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)  # the wait stays bounded
    path = tmp_path / "busy.db"
    path.write_bytes(good_archive.read_bytes())
    with hold_write_lock(path):
        before = fingerprint(tmp_path)
        with pytest.raises(ArchiveLockedError) as info:
            open_archive(path)
        assert fingerprint(tmp_path) == before
    assert "in use" in str(info.value)
    assert str(path) in str(info.value)
    with open_archive(path) as archive:  # usable once the other program is done
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] == 12
