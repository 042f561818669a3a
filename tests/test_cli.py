"""The `kartoteka` command: each subcommand on real archives, and clean errors."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from viewer import cli

ROOT = Path(__file__).resolve().parent.parent


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def fake_viewer(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Stand in for viewer.app so no window opens; records what it was asked to open."""
    opened: list[Path | None] = []
    module = types.ModuleType("viewer.app")

    def run_viewer(archive_path: Path | None) -> int:
        opened.append(archive_path)
        return 0

    module.run_viewer = run_viewer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "viewer.app", module)
    return opened


def test_no_argument_opens_the_sample(
    fake_viewer: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([], capsys)[0] == 0
    assert fake_viewer == [None]


def test_an_archive_argument_opens_that_archive(
    fake_viewer: list[Path | None], sample_archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([str(sample_archive_path)], capsys)[0] == 0
    assert fake_viewer == [sample_archive_path]


def test_a_subcommand_name_wins_over_a_file_of_that_name(
    fake_viewer: list[Path | None],
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "info").write_bytes(sample_archive_path.read_bytes())
    code, out, _err = run(["info", str(sample_archive_path)], capsys)
    assert code == 0
    assert "Schema version" in out
    assert fake_viewer == []
    assert run(["./info"], capsys)[0] == 0
    assert fake_viewer == [Path("info")]


def test_a_missing_archive_is_one_error_line(
    fake_viewer: list[Path | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run([str(tmp_path / "nope.db")], capsys)
    assert code == 1
    assert err.startswith("kartoteka: error: ")
    assert err.count("\n") == 1
    assert fake_viewer == []


def test_build_sample_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_db = tmp_path / "sample.db"
    assert run(["build-sample", str(out_db)], capsys)[0] == 0
    code, out, _err = run(["info", str(out_db), "--json"], capsys)
    assert code == 0
    info = json.loads(out)
    assert info["counts"]["people"] == 7
    assert info["synthetic"] is False
    assert info["quick_check"] == "not run"  # counts from the file; the full check on request
    code, out, err = run(["info", str(out_db), "--json", "--check"], capsys)
    assert code == 0
    assert json.loads(out)["quick_check"] == "ok"
    assert "Checking: 100%" in err
    assert info["schema_version"] >= 1


def test_generate_shows_progress_and_writes_a_synthetic_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_db = tmp_path / "gen.db"
    code, out, err = run(["generate", "--people", "30", "--seed", "2", str(out_db)], capsys)
    assert code == 0
    assert "Generating" in err
    assert "100%" in err
    assert "30 synthetic people" in out
    code, out, _err = run(["info", str(out_db), "--json"], capsys)
    assert json.loads(out)["synthetic"] is True
    # a second run onto the same name refuses, in one line, without a traceback
    code, _out, err = run(["generate", "--people", "5", str(out_db)], capsys)
    assert code == 1
    assert err.startswith("kartoteka: error: ")
    assert "already exists" in err


def test_export_then_import_round_trip(
    sample_archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "all.json"
    code, out, _err = run(["export", str(sample_archive_path), str(exported)], capsys)
    assert code == 0
    assert "Wrote all.json" in out
    assert json.loads(exported.read_text(encoding="utf-8"))["people"]
    target = tmp_path / "copy.db"
    code, out, _err = run(["import", str(target), str(exported)], capsys)
    assert code == 0
    assert out.startswith("Created copy.db")
    _code, out, _err = run(["info", str(target), "--json"], capsys)
    assert json.loads(out)["counts"]["people"] == 7
    csv_dir = tmp_path / "csv"
    code, _out, _err = run(
        ["export", str(sample_archive_path), str(csv_dir), "--format", "csv"], capsys
    )
    assert code == 0
    assert (csv_dir / "people.csv").is_file()


def test_import_of_a_bad_file_is_rejected_plainly(
    sample_archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"people": [{"id": "p-x"}]}', encoding="utf-8")
    code, _out, err = run(["import", str(tmp_path / "new.db"), str(bad)], capsys)
    assert code == 1
    assert err.startswith("kartoteka: error: ")
    assert "Traceback" not in err
    assert not (tmp_path / "new.db").exists()


def test_search_finds_people_best_first_in_any_script(
    sample_archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(["search", str(sample_archive_path), "Ціханоўскі", "--json"], capsys)
    assert code == 0
    hits = [json.loads(line) for line in out.splitlines()]
    assert hits
    assert {"id", "name", "matched_text"} <= set(hits[0])
    assert "p-tsikhanouski" in [h["id"] for h in hits]
    code, out, _err = run(["search", str(sample_archive_path), "Tsikhanouski"], capsys)
    assert code == 0
    assert out.startswith("  1. ")
    code, out, _err = run(
        ["search", str(sample_archive_path), "Tsikhanouski", "--limit", "1", "--json"], capsys
    )
    assert len(out.splitlines()) == 1


def test_search_with_nothing_found_says_so(
    sample_archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["search", str(sample_archive_path), "qqqqxzzzv", "--exact"], capsys)
    assert code == 1
    assert out == ""
    assert "nothing found" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["generate", "--people", "0", "x.db"],
        ["generate", "x.db"],
        ["search"],
        ["export", "a.db", "out", "--format", "xml"],
    ],
)
def test_bad_arguments_exit_2_with_usage(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(argv, capsys)
    assert code == 2
    assert "kartoteka" in err
    assert "error:" in err


def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for name in cli.SUBCOMMANDS:
        code, out, _err = run([name, "--help"], capsys)
        assert code == 0
        assert out.startswith(f"usage: kartoteka {name}")


def test_a_file_that_is_not_an_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.db"
    text.write_text("hello", encoding="utf-8")
    code, _out, err = run(["info", str(text)], capsys)
    assert code == 1
    assert err.startswith(f"kartoteka: error: {text}: ")


def test_ctrl_c_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, sample_archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setitem(cli._COMMANDS, "info", interrupted)
    code, out, err = run(["info", str(sample_archive_path)], capsys)
    assert (code, out, err) == (130, "", "")


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_module_entry_point_runs_a_subcommand_without_qt(sample_archive_path: Path) -> None:
    done = _python("-m", "viewer", "info", str(sample_archive_path))
    assert done.returncode == 0, done.stderr
    assert "Schema version" in done.stdout
    assert "Traceback" not in done.stderr
    code = (
        "import sys; from viewer.cli import main; "
        f"rc = main(['search', {str(sample_archive_path)!r}, 'Lukashenka', '--json']); "
        "print('QT' if 'PySide6' in sys.modules else 'NOQT'); sys.exit(rc)"
    )
    done = _python("-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "NOQT"


@pytest.mark.parametrize(
    ("command", "unwanted"),
    [
        # db.checks may come in: a file the ledger knows reads the check's outcome from it
        ("search", ("db.writer", "db.importing", "db.exporting", "db.generate", "db.info")),
        ("info", ("db.search", "db.names", "db.writer", "db.importing", "db.generate")),
        ("export", ("db.search", "db.generate")),
    ],
)
def test_read_commands_import_only_what_they_need(
    command: str, unwanted: tuple[str, ...], sample_archive_path: Path, tmp_path: Path
) -> None:
    """search/info/export answer in a fraction of a second: no Qt, numpy or unrelated modules."""
    args = {
        "search": [str(sample_archive_path), "Tsikhanouski"],
        "info": [str(sample_archive_path)],
        "export": [str(sample_archive_path), str(tmp_path / "out.json")],
    }[command]
    code = (
        "import json, sys, runpy; sys.argv = ['kartoteka', *json.loads(sys.argv[1])]\n"
        "try:\n    runpy.run_module('viewer', run_name='__main__')\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = _python("-c", code, json.dumps([command, *args]))
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    roots = {name.split(".")[0] for name in loaded}
    assert not roots & {"PySide6", "shiboken6", "numpy", "pandas"}
    assert not loaded & set(unwanted)


def test_a_read_command_builds_its_own_parser_alone() -> None:
    parser = cli.build_parser("search")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {"search"}
    args = parser.parse_args(["search", "a.db", "Ціханоўскі", "--limit", "3", "--exact"])
    assert (args.command, args.query, args.limit, args.exact) == ("search", "Ціханоўскі", 3, True)
    everything = cli.build_parser()
    sub = next(a for a in everything._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(cli.SUBCOMMANDS)


def test_module_entry_point_error_is_one_line(tmp_path: Path) -> None:
    done = _python("-m", "viewer", "info", str(tmp_path / "missing.db"))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("kartoteka: error: ")
    assert done.stderr.count("\n") == 1


def test_letters_and_a_viasna_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = Path(__file__).parent / "data" / "viasna" / "ru.csv"
    code, out, _err = run(["import", str(tmp_path / "a.db"), str(listing)], capsys)
    assert code == 0
    assert "3 recognitions" in out
    csv_out = tmp_path / "letters.csv"
    code, out, _err = run(
        ["letters", str(tmp_path / "a.db"), str(csv_out), "--lang", "be", "--month", "3"], capsys
    )
    assert code == 0
    assert out == "Wrote letters.csv: 2 people in custody\n"
    assert "г. н." in csv_out.read_text(encoding="utf-8-sig")
    code, _out, err = run(["letters", str(tmp_path / "a.db"), str(csv_out)], capsys)
    assert code == 1
    assert "already exists" in err
    code, _out, err = run(["letters", str(tmp_path / "a.db"), "x.csv", "--month", "13"], capsys)
    assert code == 2
