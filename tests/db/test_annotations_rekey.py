"""Encrypting an annotation store and changing its passphrase: atomic, no plaintext left."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.annotations import (
    AnnotationStoreLockedError,
    AnnotationStorePassphraseError,
    EntityRef,
    change_store_passphrase,
    list_backups,
    open_store,
)
from db.annotations.backup import quick_check

PASS = "correct horse battery"
OTHER = "another good passphrase"
REF = EntityRef("archive-1", "person", "p-1")
NOTE = "Tsikhanouski was moved to another colony"
SECRETS = (b"Tsikhanouski", b"another colony", b"SQLite format 3")
ROOT = Path(__file__).resolve().parents[2]


def _tree(folder: Path) -> dict[str, str]:
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _plaintext_in(folder: Path) -> list[str]:
    hits = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            data = (Path(root) / name).read_bytes()
            hits += [f"{name}: {s!r}" for s in SECRETS if s in data]
    return hits


def _plain_store(folder: Path, notes: int = 2, size: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "notes.sqlite"
    store = open_store(path, author="a")
    for i in range(notes):
        store.add_note(REF, f"{NOTE} {i} " + "ж" * size)
    store.backup_now()
    store.close()
    return path


def _bodies(path: Path, passphrase: str | None) -> list[str]:
    store = open_store(path, author="a", passphrase=passphrase)
    try:
        assert store.integrity_check() == ["ok"]
        return [a.body for a in store.annotations_for(REF)]
    finally:
        store.close()


def test_a_plain_store_becomes_encrypted_with_its_backups(tmp_path: Path) -> None:
    path = _plain_store(tmp_path / "store")
    assert _plaintext_in(path.parent)  # the test can see plaintext
    before = _bodies(path, None)
    history = _history_length(path, None)

    change_store_passphrase(path, None, PASS)

    assert _plaintext_in(path.parent) == []  # the store and every backup
    assert sorted(p.name for p in path.parent.iterdir()) == ["notes-backups", path.name]
    with pytest.raises(AnnotationStorePassphraseError):
        open_store(path, author="a")
    assert _bodies(path, PASS) == before
    assert _history_length(path, PASS) == history
    for info in list_backups(path):
        assert quick_check(Path(info.path), PASS)
        assert not quick_check(Path(info.path))
    assert _plaintext_in(path.parent) == []


def _history_length(path: Path, passphrase: str | None) -> int:
    store = open_store(path, author="a", passphrase=passphrase)
    try:
        assert store.encrypted == (passphrase is not None)
        return len(store.history(store.annotations_for(REF)[0].id))
    finally:
        store.close()


def test_changing_the_passphrase_rekeys_store_and_backups(tmp_path: Path) -> None:
    path = _plain_store(tmp_path / "store")
    change_store_passphrase(path, None, PASS)
    change_store_passphrase(path, PASS, OTHER)
    with pytest.raises(AnnotationStorePassphraseError, match="does not open"):
        open_store(path, author="a", passphrase=PASS)
    assert len(_bodies(path, OTHER)) == 2
    for info in list_backups(path):
        assert quick_check(Path(info.path), OTHER)
        assert not quick_check(Path(info.path), PASS)
    assert _plaintext_in(path.parent) == []


def test_wrong_missing_or_short_passphrases_change_nothing(tmp_path: Path) -> None:
    plain = _plain_store(tmp_path / "plain")
    before = _tree(plain.parent)
    with pytest.raises(AnnotationStorePassphraseError, match="not encrypted"):
        change_store_passphrase(plain, PASS, OTHER)
    with pytest.raises(AnnotationStorePassphraseError, match="too short"):
        change_store_passphrase(plain, None, "short")
    assert _tree(plain.parent) == before

    encrypted = _plain_store(tmp_path / "enc")
    change_store_passphrase(encrypted, None, PASS)
    before = _tree(encrypted.parent)
    with pytest.raises(AnnotationStorePassphraseError, match="does not open"):
        change_store_passphrase(encrypted, "wrong horse battery", OTHER)
    with pytest.raises(AnnotationStorePassphraseError, match="encrypted: enter"):
        change_store_passphrase(encrypted, None, OTHER)
    assert _tree(encrypted.parent) == before


def test_a_store_open_elsewhere_is_left_alone(tmp_path: Path) -> None:
    path = _plain_store(tmp_path / "store")
    store = open_store(path, author="someone else")  # WAL, another connection
    try:
        store.add_note(REF, "written while open")
        with pytest.raises(AnnotationStoreLockedError, match="open"):
            change_store_passphrase(path, None, PASS)
        assert len(store.annotations_for(REF)) == 3
    finally:
        store.close()
    assert len(_bodies(path, None)) == 3  # still plain, nothing lost


def _convert_in_child(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.db.annotation_rekey_worker", str(path), PASS],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )


def _opens_with(path: Path) -> str:
    for name, passphrase in (("old", None), ("new", PASS)):
        try:
            bodies = _bodies(path, passphrase)
        except AnnotationStorePassphraseError:
            continue
        assert len(bodies) == 60
        return name
    raise AssertionError(f"{path} opens neither in clear nor with the new passphrase")


def test_a_kill_at_any_moment_leaves_the_old_or_the_new_store(tmp_path: Path) -> None:
    master = _plain_store(tmp_path / "master", notes=60, size=20_000)
    files = {
        p.relative_to(master.parent): p.read_bytes()
        for p in master.parent.rglob("*")
        if p.is_file()
    }

    def fresh(folder: Path) -> Path:
        for rel, data in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
        return folder / master.name

    path = fresh(tmp_path / "timing")
    with _convert_in_child(path) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        assert child.stdout.readline().strip() == "done"
        duration = time.monotonic() - started
    assert _opens_with(path) == "new"

    outcomes: list[tuple[str, bool]] = []
    runs = 8
    for n in range(runs):
        path = fresh(tmp_path / f"run{n}")
        with _convert_in_child(path) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            if n < runs - 1:
                time.sleep(duration * n / (runs - 2))
                child.send_signal(signal.SIGKILL)
                finished = child.stdout.read().strip() == "done"
            else:
                finished = child.stdout.readline().strip() == "done"
                child.send_signal(signal.SIGKILL)
        outcome = _opens_with(path)
        outcomes.append((outcome, finished))
        temps = [p for p in path.parent.rglob("*") if p.name.startswith(".kartoteka-rekey-")]
        assert [p for p in temps if _plaintext_in_file(p)] == []  # a leftover is ciphertext
        if outcome == "new":
            assert not _plaintext_in_file(path)
            change_store_passphrase(path, PASS, PASS)  # finishes the backups, drops leftovers
            assert _plaintext_in(path.parent) == []
    assert {name for name, _ in outcomes} <= {"old", "new"}
    assert any(not finished for _, finished in outcomes), outcomes
    assert any(name == "new" for name, _ in outcomes), outcomes


def _plaintext_in_file(path: Path) -> bool:
    data = path.read_bytes()
    return any(s in data for s in SECRETS)
