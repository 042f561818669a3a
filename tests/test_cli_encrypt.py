"""`kartoteka encrypt` and `kartoteka rekey`, called through their argparse functions."""

from __future__ import annotations

import argparse
import getpass
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from db import connection
from db.connection import WrongPassphraseError, open_archive
from db.encryption import is_probably_encrypted
from viewer.cli_encrypt import ENCRYPT_SUBCOMMANDS, add_encrypt_parsers

PASS = "correct horse battery"
OTHER = "another good passphrase"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(connection.CACHE_ENV, str(tmp_path / "cache"))


def run(argv: list[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="kartoteka")
    add_encrypt_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    code = args.func(args, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """Answers for the hidden prompts, in order; returns the prompts shown."""

    def answer(*answers: str) -> list[str]:
        queue = list(answers)
        prompts: list[str] = []

        def fake(prompt: str = "") -> str:
            prompts.append(prompt)
            if not queue:
                raise EOFError
            return queue.pop(0)

        monkeypatch.setattr(getpass, "getpass", fake)
        return prompts

    return answer


def secret_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def people(path: Path, passphrase: str) -> int:
    with open_archive(path, passphrase) as archive:
        return int(archive.db.execute("SELECT count(*) FROM people").fetchone()[0])


def test_subcommand_names() -> None:
    assert ENCRYPT_SUBCOMMANDS == ("encrypt", "rekey")


def test_encrypt_with_a_passphrase_file(sample_archive_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "secret.db"
    key = secret_file(tmp_path, "key.txt", PASS)
    code, stdout, stderr = run(
        ["encrypt", str(sample_archive_path), str(out), "--passphrase-file", str(key)]
    )
    assert (code, stderr) == (0, "")
    assert "no recovery" in stdout
    assert is_probably_encrypted(out)
    assert people(out, PASS) > 0


def test_encrypt_asks_twice(
    sample_archive_path: Path, tmp_path: Path, typed: Callable[..., list[str]]
) -> None:
    out = tmp_path / "secret.db"
    prompts = typed(PASS, PASS)
    code, _stdout, stderr = run(["encrypt", str(sample_archive_path), str(out)])
    assert (code, stderr) == (0, "")
    assert len(prompts) == 2
    assert people(out, PASS) > 0


def test_encrypt_with_differing_entries_writes_nothing(
    sample_archive_path: Path, tmp_path: Path, typed: Callable[..., list[str]]
) -> None:
    out = tmp_path / "secret.db"
    typed(PASS, PASS + "x")
    code, stdout, stderr = run(["encrypt", str(sample_archive_path), str(out)])
    assert code == 1
    assert stdout == ""
    assert stderr.startswith("kartoteka: error: ")
    assert "differ" in stderr
    assert stderr.count("\n") == 1
    assert not out.exists()


def test_encrypt_without_a_terminal_says_what_to_do(
    sample_archive_path: Path, tmp_path: Path, typed: Callable[..., list[str]]
) -> None:
    typed()
    code, _stdout, stderr = run(["encrypt", str(sample_archive_path), str(tmp_path / "o.db")])
    assert code == 1
    assert "--passphrase-file" in stderr


def test_encrypt_errors_are_one_line(sample_archive_path: Path, tmp_path: Path) -> None:
    key = secret_file(tmp_path, "key.txt", PASS)
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"keep me")
    short = secret_file(tmp_path, "short.txt", "short")
    sample, new = str(sample_archive_path), str(tmp_path / "o.db")
    cases = [
        ([sample, str(existing), "--passphrase-file", str(key)], "exists"),
        ([str(tmp_path / "nope.db"), new, "--passphrase-file", str(key)], "no such file"),
        ([sample, new, "--passphrase-file", str(short)], "too short"),
        ([sample, new, "--passphrase-file", str(tmp_path / "none.txt")], "cannot read the"),
    ]
    for argv, message in cases:
        code, stdout, stderr = run(["encrypt", *argv])
        assert code == 1, argv
        assert stdout == ""
        assert stderr.startswith("kartoteka: error: ")
        assert message in stderr, stderr
        assert "Traceback" not in stderr
    assert existing.read_bytes() == b"keep me"
    assert not (tmp_path / "o.db").exists()


def test_passphrase_is_never_taken_from_argv(
    sample_archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["encrypt", str(sample_archive_path), str(tmp_path / "o.db"), "--passphrase", PASS],
        ["rekey", str(sample_archive_path), "--old-passphrase", PASS],
    ):
        with pytest.raises(SystemExit) as info:
            run(argv)
        assert info.value.code == 2
        assert "unrecognized arguments: --" in capsys.readouterr().err
    assert not (tmp_path / "o.db").exists()


def test_rekey(sample_archive_path: Path, tmp_path: Path, typed: Callable[..., list[str]]) -> None:
    out = tmp_path / "secret.db"
    key = secret_file(tmp_path, "key.txt", PASS)
    assert (
        run(["encrypt", str(sample_archive_path), str(out), "--passphrase-file", str(key)])[0] == 0
    )
    prompts = typed(PASS, OTHER, OTHER)
    code, stdout, stderr = run(["rekey", str(out)])
    assert (code, stderr) == (0, "")
    assert "Changed the passphrase" in stdout
    assert len(prompts) == 3
    assert people(out, OTHER) > 0
    with pytest.raises(WrongPassphraseError):
        people(out, PASS)
    new = secret_file(tmp_path, "new.txt", PASS)
    old = secret_file(tmp_path, "old.txt", OTHER)
    code, _stdout, stderr = run(
        ["rekey", str(out), "--old-passphrase-file", str(old), "--new-passphrase-file", str(new)]
    )
    assert (code, stderr) == (0, "")
    assert people(out, PASS) > 0


def test_rekey_with_a_wrong_passphrase_changes_nothing(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "secret.db"
    key = secret_file(tmp_path, "key.txt", PASS)
    run(["encrypt", str(sample_archive_path), str(out), "--passphrase-file", str(key)])
    before = out.read_bytes()
    wrong = secret_file(tmp_path, "wrong.txt", "wrong passphrase")
    code, stdout, stderr = run(
        ["rekey", str(out), "--old-passphrase-file", str(wrong), "--new-passphrase-file", str(key)]
    )
    assert code == 1
    assert stdout == ""
    assert "passphrase does not open this archive" in stderr
    assert out.read_bytes() == before
