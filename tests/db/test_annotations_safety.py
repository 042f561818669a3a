"""Nothing lost: kill -9 mid-save, disk full, read-only medium, locked store."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.annotations import (
    AnnotationStoreFullError,
    AnnotationStoreLockedError,
    AnnotationStoreReadOnlyError,
    EntityRef,
    NotAnAnnotationStoreError,
    open_store,
)

WRITER = Path(__file__).with_name("annotation_writer.py")
REF = EntityRef("archive-1", "person", "p-1")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A small RAM disk (root only); skips the test when mounting is impossible."""
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


@pytest.mark.slow
def test_sigkill_during_saves_loses_no_acknowledged_save(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite"
    rng = random.Random(20260601)
    acknowledged: dict[str, set[str]] = {}
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for run in range(20):
        with subprocess.Popen(
            [sys.executable, str(WRITER), str(path), "1000", str(run)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        ) as proc:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
            # kill after a random number of saves or a random time, whichever comes
            # first (the time cap keeps the test short on a busy machine)
            kill_after = rng.randrange(1, 1000)
            timer = threading.Timer(rng.uniform(0.02, 1.0), proc.kill)
            timer.start()
            lines = []
            for line in proc.stdout:
                lines.append(line)
                if len(lines) >= kill_after:
                    time.sleep(rng.uniform(0, 0.004))  # land anywhere inside the next save
                    break
            proc.send_signal(signal.SIGKILL)
            timer.cancel()
            lines += proc.stdout.readlines()  # printed before the kill: acknowledged too
            proc.wait()
        assert proc.returncode == -signal.SIGKILL
        for line in lines:
            if not line.endswith("\n"):
                continue  # the kill cut this print short; its save is not counted
            note_id, rev = line.split()
            acknowledged.setdefault(note_id, set()).add(rev)

        conn = sqlite3.connect(path)  # a plain reader, as any tool would open it
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
    store = open_store(path, author="checker")
    try:
        assert store.integrity_check() == ["ok"]
        for note_id, revs in acknowledged.items():
            history_revs = {h.rev for h in store.history(note_id)}
            assert revs <= history_revs, f"lost an acknowledged save of {note_id}"
        assert len(acknowledged) > 100  # the test did exercise saves
    finally:
        store.close()


def _fill_until_full(store_path: Path, acknowledged: list[str], *, limit_pages: bool) -> str:
    store = open_store(store_path, author="a")
    try:
        if limit_pages:
            pages = store.db.execute("PRAGMA page_count").fetchone()[0]
            store.db.execute(f"PRAGMA max_page_count = {pages + 12}")
        message = ""
        for i in range(2000):
            try:
                change = store.add_note(REF, f"note {i} " + "з" * 1500)
            except AnnotationStoreFullError as exc:
                message = str(exc)
                break
            acknowledged.append(change.rows[0].id)
        assert message, "the disk never filled up"
        # still full: a second try fails the same clear way, nothing half-written
        with pytest.raises(AnnotationStoreFullError):
            store.add_note(REF, "x" * 5000)
        assert {a.id for a in store.annotations()} == set(acknowledged)
        assert store.integrity_check() == ["ok"]
        if limit_pages:
            store.db.execute("PRAGMA max_page_count = 1073741823")
            saved = store.add_note(REF, "after the cause is gone")
            acknowledged.append(saved.rows[0].id)
    finally:
        store.db.close()
    return message


def _check_all_there(store_path: Path, acknowledged: list[str]) -> None:
    store = open_store(store_path, author="a")
    try:
        assert {a.id for a in store.annotations()} == set(acknowledged)
        assert store.integrity_check() == ["ok"]
    finally:
        store.close()


def test_disk_full_injected_with_max_page_count(tmp_path: Path) -> None:
    path = tmp_path / "full.sqlite"
    acknowledged: list[str] = []
    message = _fill_until_full(path, acknowledged, limit_pages=True)
    assert "disk is full" in message
    assert str(path) in message
    assert "free some space" in message
    _check_all_there(path, acknowledged)


@pytest.mark.skipif(not IS_ROOT, reason="mounting a tmpfs needs root")
def test_disk_full_on_a_real_small_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "200k") as disk:
        path = disk / "full.sqlite"
        acknowledged: list[str] = []
        message = _fill_until_full(path, acknowledged, limit_pages=False)
        assert "disk is full" in message
        assert "Everything saved before is kept" in message
        remount(disk, "size=4m")
        store = open_store(path, author="a")
        acknowledged.append(store.add_note(REF, "after the cause is gone").rows[0].id)
        store.close()
        _check_all_there(path, acknowledged)


@contextlib.contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder that can be made read-only and writable again: (folder, store path)."""
    if IS_ROOT:  # root ignores file modes; a read-only mount stops it
        with tmpfs(tmp_path / "medium", "4m") as disk:
            yield disk, disk / "store.sqlite"
    else:
        folder = tmp_path / "medium"
        folder.mkdir()
        yield folder, folder / "store.sqlite"
        folder.chmod(0o755)


def _set_read_only(folder: Path, read_only: bool) -> None:
    if IS_ROOT:
        remount(folder, "ro" if read_only else "rw")
        return
    for p in [folder, *folder.iterdir()]:
        if p.is_file():
            p.chmod(0o444 if read_only else 0o644)
    folder.chmod(0o555 if read_only else 0o755)


def test_read_only_medium_reads_refuses_saves_then_recovers(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as (folder, path):
        store = open_store(path, author="a")
        kept = [store.add_note(REF, f"note {i}").rows[0].id for i in range(3)]
        store.close()
        _set_read_only(folder, True)
        try:
            store = open_store(path, author="a")
            assert {a.id for a in store.annotations()} == set(kept)
            with pytest.raises(AnnotationStoreReadOnlyError) as info:
                store.add_note(REF, "cannot go anywhere")
            message = str(info.value)
            assert str(path) in message
            assert "read-only" in message
            assert "make the folder writable" in message
            assert {a.id for a in store.annotations()} == set(kept)
        finally:
            _set_read_only(folder, False)
        kept.append(store.add_note(REF, "writable again").rows[0].id)
        store.close()
        _check_all_there(path, kept)


def test_new_store_in_read_only_folder_says_so(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as (folder, _path):
        _set_read_only(folder, True)
        try:
            with pytest.raises(AnnotationStoreReadOnlyError, match="folder you can write to"):
                open_store(folder / "new.sqlite", author="a")
        finally:
            _set_read_only(folder, False)
        assert not (folder / "new.sqlite").exists()


def test_locked_store_says_so_and_works_when_released(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite"
    store = open_store(path, author="a", busy_timeout_ms=50)
    kept = [store.add_note(REF, "before the lock").rows[0].id]
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(AnnotationStoreLockedError, match="try again in a moment"):
            store.add_note(REF, "while locked")
    finally:
        other.execute("ROLLBACK")
        other.close()
    kept.append(store.add_note(REF, "after the lock").rows[0].id)
    store.close()
    _check_all_there(path, kept)


@pytest.mark.parametrize(
    "code",
    [
        "CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM annotations; END",
        "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i FROM n",
    ],
    ids=["trigger", "view"],
)
def test_a_store_with_foreign_code_is_refused_untouched(tmp_path: Path, code: str) -> None:
    """A store from someone else may carry SQL that would run on our saves: refused."""
    path = tmp_path / "annotations.sqlite"
    store = open_store(path, author="alesia")
    store.add_note(REF, "kept")
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute(code)
    conn.close()
    before = {f: f.read_bytes() for f in tmp_path.rglob("*") if f.is_file()}
    with pytest.raises(NotAnAnnotationStoreError) as caught:
        open_store(path, author="alesia")
    message = str(caught.value)
    assert str(path) in message
    assert "was not opened" in message
    assert "wipe" in message or "forever" in message
    assert {f: f.read_bytes() for f in tmp_path.rglob("*") if f.is_file()} == before
