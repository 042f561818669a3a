"""`kartoteka publish`: preview, the copy, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer import cli


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_publish_preview_then_copy(
    tmp_path: Path, sample_archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"people": {"ids": ["p-kalesnikava"]}}), encoding="utf-8")
    out = tmp_path / "out"
    code, text, err = run(
        ["publish", str(sample_archive_path), str(out), "--redact", str(rules), "--preview"],
        capsys,
    )
    assert (code, err) == (0, "")
    assert "People: 1 of 7 dropped" in text
    assert not out.exists()
    code, text, err = run(
        ["publish", str(sample_archive_path), str(out), "--redact", str(rules), "--json"], capsys
    )
    assert (code, err) == (0, "")
    doc = json.loads(text)
    assert doc["people_dropped"] == 1
    assert "archive.db" in doc["files"]
    assert (out / "metadata.yml").exists()
    code, text, err = run(["publish", str(sample_archive_path), str(out)], capsys)
    assert code == 1
    assert err.startswith("kartoteka: error: ")
    assert "not an empty folder" in err
    assert err.count("\n") == 1


def test_publish_reports_bad_rules_in_one_line(
    tmp_path: Path, sample_archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text('{"people": {"ids": ["p-nobody"]}}', encoding="utf-8")
    code, _text, err = run(
        ["publish", str(sample_archive_path), str(tmp_path / "out"), "--redact", str(rules)],
        capsys,
    )
    assert code == 1
    assert "p-nobody" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()
    code, _text, err = run(
        [
            "publish",
            str(sample_archive_path),
            str(tmp_path / "o2"),
            "--redact",
            str(tmp_path / "x"),
        ],
        capsys,
    )
    assert code == 1
    assert "cannot read the rules file" in err
