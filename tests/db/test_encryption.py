"""Encryption at rest: no plaintext on disk, wrong passphrases change nothing, atomic rekey."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from db import connection
from db.connection import (
    ArchiveEncryptedError,
    ArchiveValueTooLargeError,
    WrongPassphraseError,
    open_archive,
)
from db.encryption import (
    EncryptionCancelledError,
    PassphraseError,
    change_passphrase,
    encrypt_archive,
    is_probably_encrypted,
)
from db.errors import ArchiveError, NotSQLiteError, OutputError, QueryTimeoutError
from db.people import get_rows, list_people, total_people
from db.person import get_person, record_as_text
from db.records import PeopleQuery, PersonId
from db.search import search

PASS = "correct horse battery"
OTHER = "another good passphrase"
SECRETS = (
    b"Tsikhanouski",
    "Ціханоўскі".encode(),
    "Тихановский".encode(),
    b"co-aggressor",
    b"SQLite format 3",
)
ROOT = Path(__file__).resolve().parents[2]
SLOW_SQL = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.fixture(scope="module")
def encrypted_master(sample_archive_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("enc") / "sample-encrypted.db"
    encrypt_archive(sample_archive_path, out, PASS)
    return out


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(connection.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def encrypted(encrypted_master: Path, tmp_path: Path) -> Path:
    """The encrypted sample alone in a folder the test can fingerprint."""
    path = tmp_path / "user" / "archive.db"
    path.parent.mkdir()
    path.write_bytes(encrypted_master.read_bytes())
    return path


def listing(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def plaintext_in(folder: Path) -> list[str]:
    """Files under `folder` holding any of SECRETS."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {s!r}" for s in SECRETS if s in data]
    return found


def test_encrypted_file_holds_no_plaintext(
    encrypted_master: Path, sample_archive_path: Path
) -> None:
    plain = sample_archive_path.read_bytes()
    assert all(secret in plain for secret in SECRETS)  # the markers are really there
    data = encrypted_master.read_bytes()
    assert [s for s in SECRETS if s in data] == []


def test_is_probably_encrypted(
    encrypted_master: Path, sample_archive_path: Path, tmp_path: Path
) -> None:
    assert is_probably_encrypted(encrypted_master)
    assert not is_probably_encrypted(sample_archive_path)
    text = tmp_path / "notes.db"
    text.write_text("Ціханоўскі " * 1000, encoding="utf-8")
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for path in (text, empty, tmp_path / "missing.db", tmp_path):
        assert not is_probably_encrypted(path)


def test_without_a_passphrase_it_says_encrypted(encrypted: Path) -> None:
    before = listing(encrypted.parent)
    with pytest.raises(ArchiveEncryptedError) as info:
        open_archive(encrypted)
    assert isinstance(info.value, ArchiveError)
    assert str(encrypted) in str(info.value)
    assert "looks encrypted: enter its passphrase" in str(info.value)
    assert listing(encrypted.parent) == before


@pytest.mark.parametrize("wrong", ["wrong passphrase", "", PASS.upper(), PASS + " "])
def test_wrong_passphrase_says_so_and_changes_nothing(encrypted: Path, wrong: str) -> None:
    before = listing(encrypted.parent)
    with pytest.raises(WrongPassphraseError) as info:
        open_archive(encrypted, wrong)
    assert str(encrypted) in str(info.value)
    assert "passphrase" in str(info.value)
    assert "Nothing was changed" in str(info.value)
    assert listing(encrypted.parent) == before


def test_a_plain_archive_ignores_a_passphrase(sample_archive_path: Path) -> None:
    with open_archive(sample_archive_path, "anything at all") as archive:
        assert archive.encrypted is False
        assert total_people(archive.db) > 0


def _summary(path: Path, passphrase: str | None) -> dict[str, object]:
    with open_archive(path, passphrase) as archive:
        db = archive.db
        listed = list_people(db, PeopleQuery())
        rows = get_rows(db, listed.pks(db, 0, listed.count))
        searches = {
            text: search(db, text).person_ids
            for text in ("Tsikhanouski", "Ціханоўскі", "Тихановский", "Kalesnikava", "war")
        }
        first = get_person(db, PersonId(rows[0].id))
        assert first is not None
        return {
            "total": total_people(db),
            "rows": rows,
            "searches": searches,
            "record": record_as_text(first),
            "search_available": archive.search_available,
            "notices": archive.notices,
        }


def test_encrypted_sample_reads_like_the_plain_one(
    encrypted: Path, sample_archive_path: Path
) -> None:
    plain = _summary(sample_archive_path, None)
    secret = _summary(encrypted, PASS)
    assert secret == plain
    assert plain["search_available"] is True
    assert len(plain["searches"]["Tsikhanouski"]) > 0  # type: ignore[index]


def test_no_plaintext_in_temp_or_cache_folders(
    encrypted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_cache: Path
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    for _ in range(2):  # the second open comes from the ledger
        with open_archive(encrypted, PASS) as archive:
            assert archive.encrypted is True
            assert search(archive.db, "Tsikhanouski").person_ids
            worker = archive.reopen()
            worker.db.execute("SELECT * FROM quotes ORDER BY text").fetchall()
            assert archive.in_place is True  # read where it is: no copy at all
            assert plaintext_in(temp) == []
            assert plaintext_in(private_cache) == []
            worker.close()
    assert list(temp.iterdir()) == []
    assert plaintext_in(private_cache) == []
    assert plaintext_in(encrypted.parent) == []


def test_encrypted_connection_is_hardened(encrypted: Path) -> None:
    with open_archive(encrypted, PASS) as archive:
        pragma = archive.db.execute
        assert pragma("PRAGMA query_only").fetchone()[0] == 1
        assert pragma("PRAGMA trusted_schema").fetchone()[0] == 0
        assert pragma("PRAGMA temp_store").fetchone()[0] == 2
        # errors come out as sqlite3's classes, which the rest of db/ catches
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|query_only"):
            archive.db.execute("DELETE FROM meta")
        with pytest.raises(QueryTimeoutError), archive.time_limit(30):
            archive.db.execute(SLOW_SQL).fetchone()
        with archive.time_limit(5000):
            assert total_people(archive.db) > 0
        # the length limit and DEFENSIVE, set through ctypes (sqlcipher3 has no setlimit)
        with pytest.raises(ArchiveValueTooLargeError), archive.time_limit(5000):
            archive.db.execute(
                "SELECT length(zeroblob(?))", [connection.MAX_VALUE_BYTES + 1]
            ).fetchone()
        pragma("PRAGMA query_only = 0")
        pragma("PRAGMA writable_schema = 1")
        assert pragma("PRAGMA writable_schema").fetchone()[0] == 0
        pragma("PRAGMA query_only = 1")


def test_forget_key_locks_further_connections(encrypted: Path) -> None:
    archive = open_archive(encrypted, PASS)
    archive.forget_key()
    with pytest.raises(ArchiveEncryptedError):
        archive.reopen()
    assert total_people(archive.db) > 0  # the open connection keeps working
    with pytest.raises(WrongPassphraseError):  # an open copy is never shared without the key
        open_archive(encrypted, "wrong passphrase")
    again = open_archive(encrypted, PASS)
    assert again._source is not archive._source
    archive.close()
    assert archive._source.key is None
    again.close()


def test_open_copy_is_shared_only_with_the_right_passphrase(encrypted: Path) -> None:
    with open_archive(encrypted, PASS) as first:
        with pytest.raises(WrongPassphraseError):
            open_archive(encrypted, OTHER)
        with pytest.raises(ArchiveEncryptedError):
            open_archive(encrypted)
        with open_archive(encrypted, PASS) as second:
            assert second._source is first._source


def test_encrypt_refuses_to_overwrite_and_short_passphrases(
    sample_archive_path: Path, encrypted: Path, tmp_path: Path
) -> None:
    before = listing(encrypted.parent)
    with pytest.raises(OutputError, match="already exists"):
        encrypt_archive(sample_archive_path, encrypted, PASS)
    with pytest.raises(PassphraseError, match="too short"):
        encrypt_archive(sample_archive_path, tmp_path / "new.db", "short")
    with pytest.raises(OutputError, match="does not exist"):
        encrypt_archive(sample_archive_path, tmp_path / "nowhere" / "new.db", PASS)
    with pytest.raises(ArchiveEncryptedError):  # an encrypted source needs its passphrase
        encrypt_archive(encrypted, tmp_path / "twice.db", PASS)
    assert listing(encrypted.parent) == before
    assert not (tmp_path / "new.db").exists()
    assert not (tmp_path / "twice.db").exists()


@pytest.mark.parametrize("stop_at_call", [1, 2, 3])
def test_a_cancelled_copy_leaves_no_file_and_the_source_untouched(
    sample_archive_path: Path, tmp_path: Path, stop_at_call: int
) -> None:
    source_before = hashlib.sha256(sample_archive_path.read_bytes()).hexdigest()
    out = tmp_path / "out"
    out.mkdir()
    (out / "existing.db").write_bytes(b"keep me")
    shares: list[float] = []

    def progress(share: float) -> bool:
        shares.append(share)
        return len(shares) < stop_at_call  # the first call, once the source is open, mid-copy

    for target, overwrite in ((out / "new.db", False), (out / "existing.db", True)):
        shares.clear()
        with pytest.raises(EncryptionCancelledError, match="cancelled; nothing was written"):
            encrypt_archive(
                sample_archive_path, target, PASS, overwrite=overwrite, progress=progress
            )
        assert len(shares) == stop_at_call
        assert shares == sorted(shares)
    assert listing(out) == {"existing.db": hashlib.sha256(b"keep me").hexdigest()}
    assert hashlib.sha256(sample_archive_path.read_bytes()).hexdigest() == source_before


def test_progress_reaches_the_end_when_not_cancelled(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    shares: list[float] = []
    target = tmp_path / "copy.db"
    encrypt_archive(sample_archive_path, target, PASS, progress=lambda s: shares.append(s) or True)
    assert shares[0] == 0.0
    assert shares == sorted(shares)
    assert 0.9 < shares[-1] <= 1.0
    with open_archive(target, PASS) as archive:
        assert total_people(archive.db) > 0


def test_change_passphrase(encrypted: Path) -> None:
    change_passphrase(encrypted, PASS, OTHER)
    with pytest.raises(WrongPassphraseError):
        open_archive(encrypted, PASS)
    with open_archive(encrypted, OTHER) as archive:
        assert total_people(archive.db) > 0
    assert [p.name for p in encrypted.parent.iterdir()] == [encrypted.name]
    assert plaintext_in(encrypted.parent) == []


def test_change_passphrase_with_a_wrong_one_changes_nothing(
    encrypted: Path, sample_archive_path: Path, tmp_path: Path
) -> None:
    before = listing(encrypted.parent)
    with pytest.raises(WrongPassphraseError):
        change_passphrase(encrypted, "wrong passphrase", OTHER)
    with pytest.raises(PassphraseError):
        change_passphrase(encrypted, PASS, "short")
    assert listing(encrypted.parent) == before
    plain = tmp_path / "plain.db"
    plain.write_bytes(sample_archive_path.read_bytes())
    with pytest.raises(NotSQLiteError, match="not encrypted"):
        change_passphrase(plain, PASS, OTHER)


def _rekey_in_child(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.db.encryption_rekey_worker", str(path), PASS, OTHER],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )


def _opens_with(path: Path) -> str:
    for name, passphrase in (("old", PASS), ("new", OTHER)):
        try:
            with open_archive(path, passphrase) as archive:
                assert total_people(archive.db) > 0
        except WrongPassphraseError:
            continue
        return name
    raise AssertionError(f"{path} opens with neither passphrase")


def test_a_kill_at_any_moment_leaves_the_old_or_the_new_passphrase(
    encrypted_master: Path, tmp_path: Path
) -> None:
    # how long one change takes here, after the child said "ready"
    path = tmp_path / "timing.db"
    path.write_bytes(encrypted_master.read_bytes())
    with _rekey_in_child(path) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        assert child.stdout.readline().strip() == "done"
        duration = time.monotonic() - started
    assert _opens_with(path) == "new"

    outcomes: list[tuple[str, bool]] = []
    runs = 10
    for n in range(runs):
        path = tmp_path / f"run{n}" / "archive.db"
        path.parent.mkdir()
        path.write_bytes(encrypted_master.read_bytes())
        with _rekey_in_child(path) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            if n < runs - 1:
                time.sleep(duration * n / (runs - 2))  # from at once to about the end
                child.send_signal(signal.SIGKILL)
                finished = child.stdout.read().strip() == "done"
            else:  # the last kill comes after "done", however slow the machine is
                finished = child.stdout.readline().strip() == "done"
                child.send_signal(signal.SIGKILL)
        outcomes.append((_opens_with(path), finished))
        leftovers = [p for p in path.parent.iterdir() if p != path]
        assert plaintext_in(path.parent) == [], leftovers
    assert any(not finished for _, finished in outcomes), outcomes  # some kills hit mid-way
    assert {name for name, _ in outcomes} <= {"old", "new"}
    assert ("new", True) in outcomes or ("new", False) in outcomes, outcomes
    assert os.environ.get("KARTOTEKA_CACHE_DIR")  # the ledger went to the test's folder
