"""Reading in place writes nothing; a copy only where SQLite would write; changes are noticed.

Every test lists the folder holding the user's file and hashes every file in
it before, while open (after reads, a search and the full checks) and after
closing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import private_copy
from db.checks import check_archive
from db.connection import Archive, open_archive
from db.disk_change import DiskChange
from db.errors import ArchiveMissingError, ArchiveUnreadableError
from db.search import search
from tests.db.builders import build_fixture_archive

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=12)


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _use(archive: Archive) -> None:
    """Read the way the CLI and viewer do: rows, a search, the full checks."""
    assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] >= 12
    assert search(archive, "Tsikhanouski").hits
    assert check_archive(archive, force=True).ok
    archive.reopen().close()


@pytest.fixture
def rollback_file(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "user" / "archive.db"
    path.parent.mkdir()
    shutil.copyfile(good, path)
    return path


@pytest.fixture
def wal_file(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "user" / "archive.db"
    path.parent.mkdir()
    shutil.copyfile(good, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return path


def test_rollback_mode_file_is_read_in_place_and_nothing_is_written(rollback_file: Path) -> None:
    folder = rollback_file.parent
    before = fingerprint(folder)
    with open_archive(rollback_file) as archive:
        assert archive.in_place
        _use(archive)
        assert fingerprint(folder) == before
    assert fingerprint(folder) == before


def test_wal_mode_file_is_read_from_a_copy_and_nothing_is_written(wal_file: Path) -> None:
    folder = wal_file.parent
    assert wal_file.read_bytes()[18:20] == b"\x02\x02"
    before = fingerprint(folder)
    with open_archive(wal_file) as archive:
        assert not archive.in_place
        _use(archive)
        assert fingerprint(folder) == before
    assert fingerprint(folder) == before


def test_wal_with_pending_changes_is_read_from_a_copy(wal_file: Path) -> None:
    conn = sqlite3.connect(wal_file, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO people (id, display_name, sort_name) VALUES ('p-new', 'New', 'new')")
    kept = wal_file.with_name("kept")
    shutil.copyfile(wal_file.with_name(wal_file.name + "-wal"), kept)
    conn.close()
    for side in ("-wal", "-shm"):
        wal_file.with_name(wal_file.name + side).unlink(missing_ok=True)
    kept.rename(wal_file.with_name(wal_file.name + "-wal"))
    before = fingerprint(wal_file.parent)
    with open_archive(wal_file) as archive:
        assert not archive.in_place
        assert archive.db.execute("SELECT 1 FROM people WHERE id = 'p-new'").fetchone()
        assert fingerprint(wal_file.parent) == before
    assert fingerprint(wal_file.parent) == before


@pytest.fixture(params=["rollback", "wal"])
def read_only_file(request: pytest.FixtureRequest, good: Path, tmp_path: Path) -> Iterator[Path]:
    """A rollback-mode or WAL-mode archive in a folder chmod'ed read-only (file too)."""
    path = tmp_path / "user" / "archive.db"
    path.parent.mkdir()
    shutil.copyfile(good, path)
    if request.param == "wal":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
    folder = path.parent
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield path
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_chmod_read_only_folder(read_only_file: Path) -> None:
    """Nothing appears and no byte changes (as root, chmod does not bind: the listing does)."""
    folder = read_only_file.parent
    before = fingerprint(folder)
    mode = stat.S_IMODE(folder.stat().st_mode)
    wal = read_only_file.read_bytes()[18:20] == b"\x02\x02"
    with open_archive(read_only_file) as archive:
        assert archive.in_place is not wal
        _use(archive)
        assert fingerprint(folder) == before
    assert fingerprint(folder) == before
    assert stat.S_IMODE(folder.stat().st_mode) == mode


READ_ONLY_SCRIPT = """
import json, sys
from pathlib import Path
from db.connection import open_archive
from db.search import search
out = {}
for name in sys.argv[1:]:
    with open_archive(Path(name)) as archive:
        out[name] = [
            archive.in_place,
            archive.db.execute("SELECT count(*) FROM people").fetchone()[0],
            len(search(archive, "Tsikhanouski").hits),
            archive.check_result.status.value,
        ]
print(json.dumps(out))
"""


def test_read_only_mount(good: Path, tmp_path: Path) -> None:
    """On a read-only bind mount (a user+mount namespace), in place and WAL files open."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) here to make a read-only mount")
    src, mnt = tmp_path / "medium", tmp_path / "mnt"
    src.mkdir()
    mnt.mkdir()
    shutil.copyfile(good, src / "rollback.db")
    shutil.copyfile(good, src / "wal.db")
    conn = sqlite3.connect(src / "wal.db")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    before = fingerprint(src)
    script = (
        f"mount --bind '{src}' '{mnt}' && mount -o remount,bind,ro '{mnt}' && "
        f"touch '{mnt}/probe' 2>/dev/null && exit 97; "
        f"exec '{sys.executable}' -c '{READ_ONLY_SCRIPT}' '{mnt}/rollback.db' '{mnt}/wal.db'"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if run.returncode != 0 and ("unshare" in run.stderr or "mount" in run.stderr):
        pytest.skip(f"no read-only mount possible here: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result[f"{mnt}/rollback.db"] == [True, 12, result[f"{mnt}/rollback.db"][2], "ok"]
    assert result[f"{mnt}/wal.db"][:2] == [False, 12]
    assert result[f"{mnt}/rollback.db"][2] > 0
    assert fingerprint(src) == before


def test_a_change_on_disk_is_noticed(rollback_file: Path) -> None:
    with open_archive(rollback_file, defer_checks=True) as archive:
        assert archive.changed_on_disk() is False
        before = rollback_file.stat()
        conn = sqlite3.connect(rollback_file, isolation_level=None)
        conn.execute("UPDATE people SET biography = 'changed' WHERE pk = 1")
        conn.close()
        # same size and modification time put back: data_version still tells
        os.utime(rollback_file, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert rollback_file.stat().st_size == before.st_size
        assert archive.changed_on_disk() is True


def test_a_touched_file_is_noticed_for_a_copy_too(wal_file: Path) -> None:
    with open_archive(wal_file, defer_checks=True) as archive:
        assert not archive.in_place
        assert archive.changed_on_disk() is False
        os.utime(wal_file, ns=(1, 1))
        assert archive.changed_on_disk() is True


def test_a_sidecar_appearing_is_noticed(rollback_file: Path) -> None:
    with open_archive(rollback_file, defer_checks=True) as archive:
        rollback_file.with_name(rollback_file.name + "-journal").write_bytes(b"")
        assert archive.changed_on_disk() is True


def test_a_replaced_file_is_noticed_and_the_open_one_keeps_reading(
    rollback_file: Path, good: Path
) -> None:
    with open_archive(rollback_file, defer_checks=True) as archive:
        assert archive.disk_change() is None
        newer = rollback_file.with_name("newer.db")
        shutil.copyfile(good, newer)
        os.replace(newer, rollback_file)  # a sync tool puts a new edition in its place
        assert archive.disk_change() is DiskChange.REPLACED
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] >= 12


def test_a_deleted_file_is_noticed_and_the_open_one_keeps_reading(rollback_file: Path) -> None:
    with open_archive(rollback_file, defer_checks=True) as archive:
        reader = archive.reopen()  # a worker's connection, opened before the file goes
        rollback_file.unlink()
        assert archive.disk_change() is DiskChange.DELETED
        assert reader.disk_change() is DiskChange.DELETED
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] >= 12
        assert search(reader, "Tsikhanouski").hits
        reader.close()


def test_checking_a_file_deleted_while_open_says_so_plainly(rollback_file: Path) -> None:
    with open_archive(rollback_file, defer_checks=True) as archive:
        rollback_file.unlink()
        with pytest.raises(ArchiveMissingError, match="deleted or moved while it was open"):
            check_archive(archive, force=True)


def test_a_change_to_the_original_of_a_private_copy_is_noticed(wal_file: Path) -> None:
    with open_archive(wal_file, defer_checks=True) as archive:
        assert not archive.in_place
        conn = sqlite3.connect(wal_file, isolation_level=None)
        conn.execute("UPDATE people SET biography = 'changed' WHERE pk = 1")
        conn.close()
        assert archive.disk_change() is DiskChange.CHANGED


def test_no_room_for_the_copy_is_refused_before_writing(
    wal_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)
    monkeypatch.setattr(
        private_copy.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 1000)
    )
    with pytest.raises(ArchiveUnreadableError, match="MB free"):
        open_archive(wal_file)
    assert list(temp.iterdir()) == []
