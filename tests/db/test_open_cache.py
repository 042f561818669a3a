"""The ledger of checked archives: repeat opens skip the slow checks, and only then."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db import checks, ledger
from db.checks import CheckStatus
from db.connection import open_archive
from db.errors import ArchiveDamagedError
from tests.db.builders import build_fixture_archive

Counter = list[int]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=12)


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(ledger.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def slow_checks(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """Counts how often quick_check and the FTS checks really run."""
    calls: Counter = []
    real: Callable[..., checks.CheckResult] = checks.ArchiveCheck._checks

    def counted(self: checks.ArchiveCheck, *args: object) -> checks.CheckResult:
        calls.append(1)
        return real(self, *args)

    monkeypatch.setattr(checks.ArchiveCheck, "_checks", counted)
    return calls


@pytest.fixture
def user_copy(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "user" / "archive.db"
    path.parent.mkdir()
    path.write_bytes(good.read_bytes())
    return path


def _people(path: Path) -> int:
    with open_archive(path) as archive:
        return int(archive.db.execute("SELECT count(*) FROM people").fetchone()[0])


def test_repeat_open_of_an_unchanged_file_skips_the_slow_checks(
    user_copy: Path, slow_checks: Counter, cache: Path
) -> None:
    assert _people(user_copy) == 12
    assert len(slow_checks) == 1
    assert (cache / ledger.LEDGER_NAME).is_file()
    assert _people(user_copy) == 12  # closed in between: a fresh copy, from the ledger
    assert _people(user_copy) == 12
    assert len(slow_checks) == 1
    with open_archive(user_copy) as archive:  # the cheap checks still ran
        assert archive.search_available is True
        assert archive.search_problem is None


def test_ledger_holds_no_path_name_or_content(user_copy: Path, cache: Path) -> None:
    _people(user_copy)
    raw = (cache / ledger.LEDGER_NAME).read_bytes()
    for secret in (str(user_copy), user_copy.name, user_copy.parent.name, "Fixture"):
        assert secret.encode() not in raw
    data = json.loads(raw)
    assert data["version"] == ledger.LEDGER_VERSION
    for key, (fingerprint, stamp, outcome) in data["entries"].items():
        assert len(key) == len(fingerprint) == 64
        int(key, 16)
        int(fingerprint, 16)
        assert isinstance(stamp, int)
        assert outcome == "ok"
    assert (cache / ledger.LEDGER_NAME).stat().st_mode & 0o077 == 0
    names = sorted(p.name for p in cache.iterdir())
    assert ledger.LEDGER_NAME in names
    assert not [n for n in names if n.startswith(".")]  # no temporary file left behind


def test_changed_content_with_the_same_size_and_time_is_checked_again(
    user_copy: Path, slow_checks: Counter, good: Path
) -> None:
    _people(user_copy)
    before = user_copy.stat()
    # damage the people table's root page; same size, modification time put back
    data = bytearray(user_copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    conn = sqlite3.connect(good)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    conn.close()
    data[(root - 1) * page : root * page] = bytes(range(256)) * (page // 256)
    with user_copy.open("r+b") as fh:  # same inode
        fh.write(bytes(data))
    os.utime(user_copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert user_copy.stat().st_ino == before.st_ino
    assert user_copy.stat().st_mtime_ns == before.st_mtime_ns
    with pytest.raises(ArchiveDamagedError):
        open_archive(user_copy)
    assert len(slow_checks) == 2


def test_a_different_build_checks_again(
    user_copy: Path, slow_checks: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    _people(user_copy)
    monkeypatch.setattr(ledger, "CHECKS_VERSION", ledger.CHECKS_VERSION + 1)
    ledger.build_digest.cache_clear()
    try:
        _people(user_copy)
        _people(user_copy)
    finally:
        ledger.build_digest.cache_clear()
    assert len(slow_checks) == 2


def test_a_copy_at_another_path_is_checked_again(
    user_copy: Path, slow_checks: Counter, tmp_path: Path
) -> None:
    _people(user_copy)
    other = tmp_path / "other.db"
    other.write_bytes(user_copy.read_bytes())
    _people(other)
    assert len(slow_checks) == 2


def test_files_with_sidecars_are_not_remembered(
    user_copy: Path, slow_checks: Counter, cache: Path
) -> None:
    journal = user_copy.with_name(user_copy.name + "-journal")
    journal.write_bytes(b"")  # an empty journal is not hot, but the file is not "alone"
    _people(user_copy)
    _people(user_copy)
    assert len(slow_checks) == 2
    assert not (cache / ledger.LEDGER_NAME).exists()


def test_a_search_problem_is_remembered_without_its_text(
    user_copy: Path, slow_checks: Counter, cache: Path
) -> None:
    conn = sqlite3.connect(user_copy)
    conn.execute("DROP TRIGGER people_ai")  # rows added behind the index's back
    conn.execute("INSERT INTO people (id, display_name, sort_name) VALUES ('p-x', 'X', 'x')")
    conn.commit()
    conn.close()
    for _ in range(2):
        with open_archive(user_copy) as archive:
            assert archive.search_available is False
            assert archive.check_result is not None
            assert archive.check_result.status is CheckStatus.SEARCH_UNAVAILABLE
    assert len(slow_checks) == 1
    raw = (cache / ledger.LEDGER_NAME).read_text()
    assert "people_fts" not in raw
    assert '"search"' in raw


def test_damaged_or_foreign_ledger_is_ignored_and_replaced(
    user_copy: Path, slow_checks: Counter, cache: Path
) -> None:
    cache.mkdir()
    for junk in (b"\xff\x00not json", b"[1, 2]", b'{"version": 99, "entries": {}}'):
        (cache / ledger.LEDGER_NAME).write_bytes(junk)
        assert _people(user_copy) == 12
    assert len(slow_checks) == 3
    assert json.loads((cache / ledger.LEDGER_NAME).read_text())["version"] == 2
    _people(user_copy)
    assert len(slow_checks) == 3


def test_ledger_is_bounded(
    good: Path, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ledger, "LEDGER_MAX_ENTRIES", 3)
    for n in range(5):
        path = tmp_path / f"a{n}.db"
        path.write_bytes(good.read_bytes())
        _people(path)
    entries = json.loads((cache / ledger.LEDGER_NAME).read_text())["entries"]
    assert len(entries) == 3


def test_unwritable_cache_does_not_stop_opening(
    user_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_checks: Counter
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(ledger.CACHE_ENV, str(blocker / "cache"))
    assert _people(user_copy) == 12
    assert _people(user_copy) == 12
    assert len(slow_checks) == 2


def test_forget_checked_archives(user_copy: Path, slow_checks: Counter, cache: Path) -> None:
    _people(user_copy)
    ledger.forget_checked_archives()
    assert not (cache / ledger.LEDGER_NAME).exists()
    _people(user_copy)
    assert len(slow_checks) == 2
    ledger.forget_checked_archives()
    ledger.forget_checked_archives()  # twice is harmless


def test_a_wal_mode_file_with_a_big_copy_is_remembered(
    user_copy: Path, slow_checks: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(user_copy)
    conn.execute("PRAGMA journal_mode = WAL")  # nothing beside it once closed
    conn.close()
    monkeypatch.setattr("db.private_copy.BIG_COPY_BYTES", 0)
    for _ in range(2):
        with open_archive(user_copy) as archive:
            assert not archive.in_place
            assert [n.kind.value for n in archive.notices] == ["private_copy"]
    assert len(slow_checks) == 1


class _FatTimes:
    """A stat result as a FAT or exFAT stick gives it: the change time is the modification time.

    Linux sets st_ctime on every write or os.utime, and no program can set it back; on a
    FAT/exFAT stick mounted again (how archives travel) it reads as the modification time,
    which os.utime puts back. The ledger must not rely on st_ctime alone.
    """

    def __init__(self, real: os.stat_result) -> None:
        self._real = real
        self.st_ctime_ns = real.st_mtime_ns
        self.st_ctime = real.st_mtime

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


@pytest.fixture
def fat_times(monkeypatch: pytest.MonkeyPatch) -> None:
    real_stat = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> object:
        return _FatTimes(real_stat(self, follow_symlinks=follow_symlinks))

    monkeypatch.setattr(Path, "stat", stat)


@pytest.fixture(scope="module")
def bigger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive several MiB long, so that its middle is in neither hashed end."""
    from db.generate import generate_archive

    path = tmp_path_factory.mktemp("bigger") / "bigger.db"
    generate_archive(path, 800)
    assert path.stat().st_size > 4 * ledger.FINGERPRINT_SPAN
    return path


def _ends(path: Path) -> tuple[bytes, bytes]:
    """The parts of the file the ledger always hashes: its first and last MiB."""
    data = path.read_bytes()
    return data[: ledger.FINGERPRINT_SPAN], data[-ledger.FINGERPRINT_SPAN :]


def test_a_wal_mode_file_changed_with_size_and_times_put_back_is_checked_again(
    bigger: Path, tmp_path: Path, slow_checks: Counter, fat_times: None
) -> None:
    path = tmp_path / "user" / "archive.db"
    path.parent.mkdir()
    path.write_bytes(bigger.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")  # nothing beside it once closed
    conn.close()
    _people(path)
    _people(path)
    assert len(slow_checks) == 1  # remembered
    before, ends, content = path.stat(), _ends(path), path.read_bytes()
    # another program changes one value in the middle of the file; in WAL mode SQLite
    # leaves the header's change counter alone when page 1 is not written
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE person_summary SET term_complete = 1 - term_complete WHERE person_pk = 400"
        )
    conn.close()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert not path.with_name(path.name + "-wal").exists()
    assert (after.st_ino, after.st_size, after.st_mtime_ns, after.st_ctime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
        before.st_ctime_ns,
    )
    assert path.read_bytes() != content
    assert _ends(path) == ends  # the header (its change counter) and the last MiB are as before
    _people(path)
    assert len(slow_checks) == 2  # the stale "ok" was not trusted
    _people(path)
    assert len(slow_checks) == 2  # and the new outcome is remembered
