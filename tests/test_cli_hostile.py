"""Every hostile case through the CLI: plain lines, safe text, nothing written, bounded memory.

One child process runs all cases (tests/data/hostile_sweep.py), so its peak
RSS bounds the memory of every case; the checks on its output run here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.data.hostile_archives import ESCAPES, make_hostile
from tests.db.builders import build_fixture_archive
from viewer import cli
from viewer.cli_text import error_lines, terminal_text

ROOT = Path(__file__).resolve().parent.parent
MEMORY_LIMIT_MB = 1024
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("good") / "good.db", people=12)


@pytest.fixture(scope="module")
def swept(good: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("sweep")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KARTOTEKA_CACHE_DIR": str(root / "cache"),
        "TMPDIR": str(root),
    }
    errors = root / "stderr.txt"
    with errors.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.data.hostile_sweep", str(good), str(root)],
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.stdout.close()
        proc.wait()
    assert proc.returncode == 0, errors.read_text(errors="replace")[-3000:]
    results: dict[str, Any] = json.loads(out)  # with the child's own peak RSS, "__rss_mb__"
    return results


def _cases(swept: dict[str, Any]) -> list[tuple[str, str, list[Any]]]:
    return [
        (case, command, outcome)
        for case, commands in swept.items()
        if not case.startswith("__")
        for command, outcome in commands.items()
    ]


def test_memory_stays_bounded(swept: dict[str, Any]) -> None:
    assert swept["__rss_mb__"] <= MEMORY_LIMIT_MB


def test_temporary_disk_stays_bounded(swept: dict[str, Any], good: Path) -> None:
    """A private copy takes at most twice the pages in use (those of the archive damaged)."""
    in_use = good.stat().st_size
    copies = {(case, command): outcome[4] for case, command, outcome in _cases(swept)}
    for (case, command), size in copies.items():
        assert size <= 2 * in_use, (case, command, size)
    assert copies[("sparse_wal", "info")] > 0  # the copies were measured
    assert copies[("sparse", "info")] == 0  # read in place


def test_every_command_ends_plainly(swept: dict[str, Any]) -> None:
    for case, command, (code, stdout, stderr, changed, _copy) in _cases(swept):
        where = f"{case} / {command}"
        assert code in (0, 1), where
        assert "Traceback" not in stderr, where
        for line in stderr.splitlines():
            assert line.startswith("kartoteka: ") or re.fullmatch(
                r"Checking: \d+% \(\d+s\)", line
            ), (where, line)
        assert not RAW_CONTROLS.search(stdout), where
        assert not RAW_CONTROLS.search(stderr), where
        if command != "import":
            assert changed == [], where  # nothing written beside the user's file
        if command == "search --json" and code == 0:
            for row in stdout.splitlines():
                json.loads(row)


def test_outcomes_per_class(swept: dict[str, Any]) -> None:
    def outcome(case: str, command: str) -> tuple[int, str, str]:
        code, stdout, stderr, _changed, _copy = swept[case][command]
        return code, stdout, stderr

    # class 2: a value over the length limit is a plain error in export
    code, _out, err = outcome("too_big_value", "export")
    assert code == 1
    assert "larger than 64 MB" in err
    for case in ("nested_meta", "bad_dates", "bad_facet_cache"):
        assert outcome(case, "export")[0] == 0, case
        assert outcome(case, "info")[0] == 0, case
    # class 4: refused at once, in one line
    code, _out, err = outcome("foreign_check", "info")
    assert code == 1
    assert "defined differently" in err
    assert err.count("\n") == 1
    # class 5 and 6: notices reach stderr
    for case, words in (
        ("torn_wal", "middle of a change"),
        ("garbage_wal", "not a valid write-ahead log"),
        ("hot_super_journal", "several files"),
        ("wal_beside_rollback", "not in the file itself"),
    ):
        assert "kartoteka: note: archive.db-" in outcome(case, "search --json")[2], case
        assert words in outcome(case, "info")[2], case
    # class 7: one line, however many problems
    code, _out, err = outcome("many_problems", "info --check")
    lines = [line for line in err.splitlines() if not line.startswith("Checking")]
    assert code == 1
    assert len(lines) == 1
    assert "--verbose" in lines[0]
    # class 8
    assert outcome("null_name", "info --check")[0] == 1
    code, _out, err = outcome("duplicate_ids", "export")
    assert code == 1
    assert "could not be imported back" in err
    # class 9: no copy at all for a sparse rollback-mode file
    assert outcome("sparse", "search --json")[0] == 0


def test_verbose_prints_the_details(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = make_hostile("many_problems", tmp_path, good)
    assert cli.main(["info", "--check", "--verbose", str(case.path)]) == 1
    err = capsys.readouterr().err.splitlines()
    details = [line for line in err if line.startswith("  ")]
    assert len(details) > 20
    assert any("NULL value in people.sort_name" in line for line in details)
    # no one has a name: an export would be refused by every import, so none is written
    assert cli.main(["-v", "export", str(case.path), str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "no import takes back" in err[0]
    assert any("display_name" in line for line in err[1:])
    assert not (tmp_path / "x.json").exists()


def test_control_characters_are_escaped(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = make_hostile("control_characters", tmp_path, good)
    assert cli.main(["info", str(case.path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\r" not in out
    assert "\u202e" not in out
    assert "Evil\\x1b[2J\\x1b]0;owned\\x07\\rX\\u202etitle" in out
    assert cli.main(["search", str(case.path), "Tsikhanouski"]) == 0
    out = capsys.readouterr().out
    assert "Siarhei\\x1b[2J" in out
    assert "\x1b" not in out
    assert cli.main(["search", "--json", str(case.path), "Tsikhanouski"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(ESCAPES in row["name"] for row in rows)  # JSON keeps the text, escaped


def test_a_null_name_prints_as_no_name(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = make_hostile("null_name", tmp_path, good)
    assert cli.main(["search", str(case.path), "Tsikhanouski"]) == 0
    out = capsys.readouterr().out
    assert "None" not in out
    assert "(no name)" in out


def test_terminal_text_and_error_lines() -> None:
    assert terminal_text("a\x1bb\rc\u202ed\tе") == "a\\x1bb\\rc\\u202ed\\tе"
    assert terminal_text("Ціханоўскі Łacinka") == "Ціханоўскі Łacinka"
    assert error_lines("one\ntwo", ["x"], verbose=False) == [
        "one two (run with --verbose for the details)"
    ]
    assert error_lines("m", ["a\x07", "b"], verbose=True) == ["m", "  a\\x07", "  b"]
