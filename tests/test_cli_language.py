"""The `kartoteka` command speaks the environment's language: help, argparse's words, output.

Before, only errors with a kind were said in be/ru: `--help` (its "usage:",
headings and every option's help), argparse's "error: the following arguments
are required", and everything the commands print ("Wrote …", counts, the
info labels, notes, progress) stayed English under LANG=be_BY.UTF-8.
"""

from __future__ import annotations

import argparse
import ast
import gettext
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer import cli

ROOT = Path(__file__).resolve().parent.parent
CLI_MODULES = [
    ROOT / "viewer" / "cli.py",
    *sorted((ROOT / "viewer").glob("cli_*.py")),
    ROOT / "viewer" / "selftest.py",
]


def _locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_is_belarusian_from_the_real_command() -> None:
    env = {**os.environ, "LANG": "be_BY.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("выкарыстанне: kartoteka")
    assert "пазіцыйныя аргументы" in text
    assert "паказаць гэтую даведку і выйсці" in text
    assert "праграма для прагляду архіваў" in text
    for english in ("usage:", "positional arguments", "show this help", "an offline viewer"):
        assert english not in text


def test_a_subcommand_s_help_and_missing_arguments_in_belarusian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _locale(monkeypatch, "be_BY.UTF-8")
    code, out, _err = _run(["import", "--help"], capsys)
    assert code == 0
    assert "перапісаць запісы, ідэнтыфікатары якіх ужо ёсць" in out
    code, _out, err = _run(["import"], capsys)
    assert code == 2
    assert "kartoteka import: памылка: патрэбныя наступныя аргументы: ARCHIVE, FILE" in err
    assert "usage" not in err
    assert "error" not in err


def test_argparse_s_own_messages_in_russian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _locale(monkeypatch, "ru_RU.UTF-8")
    code, _out, err = _run(["search", "--limit", "x", "a.db", "q"], capsys)
    assert code == 2
    assert "ошибка: аргумент --limit: 'x' — не целое число" in err
    code, _out, err = _run(["export", "a.db", "out", "--format", "xml"], capsys)
    assert code == 2
    assert "неправильный выбор: 'xml'" in err


def test_argparse_is_english_again_after_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The swapped gettext functions are put back: nothing else in the process is affected."""
    _locale(monkeypatch, "be_BY.UTF-8")
    _run(["import"], capsys)
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext


def test_every_help_text_is_marked_for_translation() -> None:
    """A help= or description= left as a bare string would print English in be/ru help."""
    bare: list[str] = []
    for path in CLI_MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg not in ("help", "description", "epilog"):
                    continue
                value = kw.value
                marked = (
                    isinstance(value, ast.Call)
                    and getattr(value.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and isinstance(value.args[0], ast.Constant)
                    and value.args[0].value == "CliHelp"
                )
                suppressed = isinstance(value, ast.Attribute) and value.attr == "SUPPRESS"
                if not (marked or suppressed):
                    bare.append(f"{path.name}:{node.lineno}")
    assert not bare, bare


def test_build_sample_import_and_info_speak_russian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _locale(monkeypatch, "ru_RU.UTF-8")
    db = tmp_path / "s.db"
    code, out, _err = _run(["build-sample", str(db)], capsys)
    assert code == 0
    assert out.startswith("Образец архива записан в ")
    code, out, _err = _run(["info", str(db)], capsys)
    assert code == 0
    assert "Название:" in out
    assert "Версия схемы:" in out
    assert "Проверка:" in out
    assert "не проводилась" in out
    assert "Title:" not in out
    listing = ROOT / "tests" / "data" / "viasna" / "ru.csv"
    code, out, _err = _run(["import", str(tmp_path / "a.db"), str(listing)], capsys)
    assert code == 0
    assert out.startswith("Создано a.db: ")
    assert "признания: 3" in out
    code, out, _err = _run(["export", str(db), str(tmp_path / "out.json")], capsys)
    assert code == 0
    assert out.startswith("Записано out.json: ")
    assert "люди: " in out


def test_generate_counts_people_in_belarusian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _locale(monkeypatch, "be_BY.UTF-8")
    code, out, err = _run(["generate", "--people", "2", str(tmp_path / "g.db")], capsys)
    assert code == 0
    assert "2 штучныя асобы" in out
    assert "Стварэнне: " in err  # the progress label (not a terminal: every 10%)


def test_english_output_is_unchanged(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _locale(monkeypatch, "C.UTF-8")
    listing = ROOT / "tests" / "data" / "viasna" / "ru.csv"
    code, out, _err = _run(["import", str(tmp_path / "a.db"), str(listing)], capsys)
    assert code == 0
    assert out.startswith("Created a.db: ")
    assert "3 recognitions" in out
    code, _out, err = _run(["import"], capsys)
    assert "kartoteka import: error: the following arguments are required" in err


def _altered_copy(sample: Path, tmp_path: Path, sql: str, *params: object) -> Path:
    """A copy of the sample archive with one statement run on it."""
    import sqlite3

    path = tmp_path / "a.db"
    path.write_bytes(sample.read_bytes())
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql, params)
    conn.close()
    return path


def test_an_archive_notice_is_said_in_belarusian(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample_archive_path: Path,
) -> None:
    """`kartoteka search` printed db's English notice ("the name index … older version")."""
    from db import key_version

    path = _altered_copy(
        sample_archive_path, tmp_path, "DELETE FROM meta WHERE key = ?", key_version.META_KEY
    )
    _locale(monkeypatch, "be_BY.UTF-8")
    code, _out, err = _run(["search", str(path), "Tsikhanouski"], capsys)
    assert code == 0
    notes = [line for line in err.splitlines() if "kartoteka reindex" in line]
    assert len(notes) == 1
    assert notes[0].startswith("kartoteka: заўвага: ")
    assert "name index" not in notes[0]


def test_publish_preview_and_diff_speak_russian(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample_archive_path: Path,
) -> None:
    """The publish preview and the diff report were db's English lines."""
    import json

    _locale(monkeypatch, "ru_RU.UTF-8")
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"people": {"ids": ["p-kalesnikava"]}}), encoding="utf-8")
    argv = ["publish", str(sample_archive_path), str(tmp_path / "out"), "--redact", str(rules)]
    code, out, _err = _run([*argv, "--preview"], capsys)
    assert code == 0
    assert out.startswith("Предпросмотр (ничего не записано):")
    assert "Люди: исключено 1 из 7" in out
    assert "People:" not in out
    code, out, _err = _run(["diff", str(sample_archive_path), str(sample_archive_path)], capsys)
    assert code == 0
    assert "Люди: добавлено 0, удалено 0, изменено 0" in out


@pytest.mark.parametrize(
    ("lang", "query", "said", "english"),
    [
        ("be_BY.UTF-8", '"humane gesture', "Двукоссе не мае пары", "quotation mark"),
        ("ru_RU.UTF-8", '"humane gesture', "У кавычки нет пары", "quotation mark"),
        ("be_BY.UTF-8", "role:xyz siarhei", "role:xyz невядома", "is not known"),
        ("ru_RU.UTF-8", "year:20x siarhei", "year:20x пропущено", "was ignored"),
    ],
)
def test_search_notes_are_said_in_the_user_s_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sample_archive_path: Path,
    lang: str,
    query: str,
    said: str,
    english: str,
) -> None:
    """`kartoteka search` printed what it repaired in English ("Unbalanced quote; …") under
    LANG=be/ru: the window's words (viewer.query_note_words) now serve both."""
    _locale(monkeypatch, lang)
    _code, _out, err = _run(["search", str(sample_archive_path), query], capsys)
    notes = [line for line in err.splitlines() if said in line]
    assert len(notes) == 1, err
    assert english not in err


def test_search_notes_in_english_are_the_window_s(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sample_archive_path: Path
) -> None:
    _locale(monkeypatch, "C.UTF-8")
    _code, _out, err = _run(["search", str(sample_archive_path), '"humane gesture'], capsys)
    assert (
        "kartoteka: note: A quotation mark has no pair; the words were searched for without it."
        in err
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("C.UTF-8", "name search is unavailable in this archive"),
        ("be_BY.UTF-8", "пошук па імёнах у гэтым архіве недаступны"),
        ("ru_RU.UTF-8", "поиск по именам в этом архиве недоступен"),
    ],
)
def test_search_in_an_archive_without_its_name_index_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample_archive_path: Path,
    lang: str,
    said: str,
) -> None:
    """Before: "the archive could not be read (no such table: search_names_fts)"."""
    path = _altered_copy(sample_archive_path, tmp_path, "DROP TABLE search_typos")
    _locale(monkeypatch, lang)
    code, out, err = _run(["search", str(path), "Tsikhanouski"], capsys)
    assert code == 1
    assert out == ""
    assert said in err
    assert "kartoteka reindex" in err
    assert "no such table" not in err
    assert "nothing found" not in err


def test_search_says_when_more_people_match_than_it_lists(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sample_archive_path: Path
) -> None:
    _locale(monkeypatch, "C.UTF-8")
    archive = str(sample_archive_path)
    code, out, err = _run(["search", archive, "--limit", "1", "--", "-lukashenka"], capsys)
    assert code == 0
    assert len(out.splitlines()) == 1
    assert "only the first 1 person found is listed; more match" in err
    code, out, err = _run(["search", archive, "--limit", "2", "--", "-lukashenka"], capsys)
    assert len(out.splitlines()) == 2  # exactly the two the exclusion leaves: no note
    assert "more match" not in err
    _locale(monkeypatch, "be_BY.UTF-8")
    _code, _out, err = _run(["search", str(sample_archive_path), "--limit", "20", "putin"], capsys)
    assert "more match" not in err
    assert "падыходзіць больш" not in err
    _code, _out, err = _run(["search", str(sample_archive_path), "--limit", "1", "putin"], capsys)
    assert "паказаны толькі першы 1 знойдзены чалавек" in err


def test_a_damaged_search_index_is_said_in_the_user_s_language_now_and_when_remembered(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sample_archive_path: Path,
    tmp_path: Path,
) -> None:
    """The check's "search index damaged" sentence had no kind: `info --check`, and every
    later command through the ledger ("found by an earlier check"), said it in English
    under LANG=be, and the window's banner after a reopen did too."""
    import shutil
    import sqlite3

    archive = tmp_path / "search-damaged.db"
    shutil.copyfile(sample_archive_path, archive)
    conn = sqlite3.connect(archive)
    conn.execute("DROP TRIGGER people_ai")  # a row the full-text index does not know
    conn.execute("INSERT INTO people (id, display_name, sort_name) VALUES ('p-x', 'X', 'x')")
    conn.commit()
    conn.close()
    _locale(monkeypatch, "be_BY.UTF-8")
    _code, _out, err = _run(["info", "--check", str(archive)], capsys)
    assert "пошукавы індэкс гэтага архіва пашкоджаны" in err, err
    assert "search index" not in err
    _code, _out, err = _run(["info", str(archive)], capsys)  # the ledger remembers it
    assert "ранейшая праверка знайшла, што пошукавы індэкс" in err, err
    assert "search index" not in err
    assert "earlier check" not in err
    code, _out, err = _run(["search", str(archive), "Ціханоўскі"], capsys)
    assert code != 0
    assert "ранейшая праверка знайшла, што пошукавы індэкс" in err, err
    assert "earlier check" not in err


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("C.UTF-8", "only the first 1 person found is listed", "first 2 people"),
        ("be_BY.UTF-8", "паказаны толькі першы 1 знойдзены чалавек", "першыя 2 знойдзеныя асобы"),
        ("ru_RU.UTF-8", "показан только первый 1 найденный человек", "первые 2 найденных человека"),
    ],
)
def test_a_list_cut_short_counts_its_people_in_the_right_plural(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sample_archive_path: Path,
    lang: str,
    one: str,
    many: str,
) -> None:
    """`search --limit 1` said "only the first 1 people found are listed"."""
    _locale(monkeypatch, lang)
    _code, _out, err = _run(["search", "--limit", "1", str(sample_archive_path), "s"], capsys)
    assert one in err, err
    _code, _out, err = _run(["search", "--limit", "2", str(sample_archive_path), "s"], capsys)
    assert many in err, err


@pytest.mark.parametrize(
    ("lang", "said"),
    [("be_BY.UTF-8", "выключаных значэнняў"), ("ru_RU.UTF-8", "исключённых значени")],
)
def test_publish_says_what_its_self_check_looked_for_in_the_user_s_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample_archive_path: Path,
    lang: str,
    said: str,
) -> None:
    """The report's self-check line said "all 12 redacted values" in English inside the
    translated sentence; `--json` keeps db's English."""
    import json

    _locale(monkeypatch, lang)
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"people": {"ids": ["p-kalesnikava"]}}), encoding="utf-8")
    argv = ["publish", str(sample_archive_path), str(tmp_path / "out"), "--redact", str(rules)]
    code, out, _err = _run(argv, capsys)
    assert code == 0
    line = next(x for x in out.splitlines() if "{" not in x and said in x)
    assert "redacted values" not in line
    assert "redacted values" not in out
    code, out, _err = _run([*argv[:2], str(tmp_path / "out-json"), *argv[3:], "--json"], capsys)
    assert code == 0
    assert json.loads(out)["self_check"].endswith("redacted values")
