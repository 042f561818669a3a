"""Encrypted annotation stores: no plaintext on disk, wrong keys change nothing, backups too."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from db.annotations import (
    AnnotationStorePassphraseError,
    EntityRef,
    list_backups,
    open_store,
)
from db.annotations.backup import backup_dir, quick_check

PASS = "correct horse battery"
WRONG = "wrong horse battery"
REF = EntityRef("archive-1", "person", "p-1")
NOTE = "Tsikhanouski was moved to another colony"
SECRETS = (b"Tsikhanouski", b"another colony", b"SQLite format 3")


def _tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the sha256 of its bytes."""
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


@pytest.fixture
def encrypted_store_path(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    path = folder / "notes.sqlite"
    store = open_store(path, author="a", passphrase=PASS)
    assert store.encrypted
    store.add_note(REF, NOTE)
    store.backup_now()
    store.close()
    return path


def test_the_default_store_is_plain(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    store = open_store(path, author="a")
    assert not store.encrypted
    store.add_note(REF, NOTE)
    store.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_encrypted_store_holds_no_plaintext_and_reopens(encrypted_store_path: Path) -> None:
    folder = encrypted_store_path.parent
    assert _plaintext_in(folder) == []  # the store, its backups, no sidecar in clear
    assert list_backups(encrypted_store_path)
    store = open_store(encrypted_store_path, author="a", passphrase=PASS)
    try:
        assert [a.body for a in store.annotations_for(REF)] == [NOTE]
        assert store.integrity_check() == ["ok"]
        store.add_note(REF, "Tsikhanouski second note")  # while open (WAL): still ciphertext
        assert _plaintext_in(folder) == []
    finally:
        store.close()
    assert _plaintext_in(folder) == []


def test_wrong_or_missing_passphrase_is_refused_and_changes_nothing(
    encrypted_store_path: Path,
) -> None:
    folder = encrypted_store_path.parent
    before = _tree_digest(folder)
    with pytest.raises(AnnotationStorePassphraseError, match="does not open"):
        open_store(encrypted_store_path, author="a", passphrase=WRONG)
    assert _tree_digest(folder) == before
    with pytest.raises(AnnotationStorePassphraseError, match="encrypted: enter its passphrase"):
        open_store(encrypted_store_path, author="a")
    assert _tree_digest(folder) == before


def test_a_passphrase_for_a_plain_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    open_store(path, author="a").close()
    before = _tree_digest(tmp_path)
    with pytest.raises(AnnotationStorePassphraseError, match="not encrypted"):
        open_store(path, author="a", passphrase=PASS)
    assert _tree_digest(tmp_path) == before


def test_a_short_passphrase_is_refused_for_a_new_store(tmp_path: Path) -> None:
    with pytest.raises(AnnotationStorePassphraseError, match="too short"):
        open_store(tmp_path / "new.sqlite", author="a", passphrase="short")
    assert not (tmp_path / "new.sqlite").exists()


def test_backups_are_encrypted_and_restore_with_the_key(encrypted_store_path: Path) -> None:
    newest = Path(list_backups(encrypted_store_path)[0].path)
    assert quick_check(newest, PASS)
    assert not quick_check(newest)  # unreadable without the key
    assert not quick_check(newest, WRONG)
    # damage the store past its first page: the right key opens a backup, so it is restored
    data = bytearray(encrypted_store_path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = (i * 7919) % 251
    encrypted_store_path.write_bytes(bytes(data))
    store = open_store(encrypted_store_path, author="a", passphrase=PASS)
    try:
        assert store.recovered_from is not None
        assert [a.body for a in store.annotations_for(REF)] == [NOTE]
        assert store.integrity_check() == ["ok"]
    finally:
        store.close()
    assert _plaintext_in(encrypted_store_path.parent) == []
    assert backup_dir(encrypted_store_path).is_dir()
