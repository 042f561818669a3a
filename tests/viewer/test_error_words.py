"""Every db error kind in be/ru/en, for the window and the CLI; values shown escaped.

A kind without its be/ru text (or with one that drops a value, or that is
the English left untranslated) shows English to a Belarusian or Russian
reader; a value with an ESC or a bidi control from a hostile file could
recolour a terminal or reorder a dialog's line.
"""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from db import errors, problems
from db.annotations.store import STORE_DOINGS
from db.errors import ErrorKind, KartotekaError, OutputError
from db.problems import Problem, ProblemKind
from viewer import cli, error_words
from viewer.cli_errors import cli_language, error_message
from viewer.ts_files import Catalog

LANGUAGES = ("be", "ru")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return {lang: Catalog.load(lang) for lang in LANGUAGES}


@pytest.mark.parametrize("kind", list(ErrorKind), ids=lambda k: k.name)
def test_every_kind_is_worded_in_be_ru_en(kind: ErrorKind, catalogs: dict[str, Catalog]) -> None:
    english = errors.TEXTS[kind]
    assert english.strip()
    assert error_words.TEXTS[kind] == english
    names = _placeholders(english)
    values = {name: f"<{name}>" for name in names | {"path"}}
    assert english.format(**values)
    for lang, catalog in catalogs.items():
        text = catalog.translate(error_words.CONTEXT, english)
        assert text.strip(), (lang, kind)
        assert text != english, f"{kind.name} is not translated into {lang}"
        assert _placeholders(text) == names, (lang, kind)
        worded = text.format(**values)
        for name in names:
            assert f"<{name}>" in worded


@pytest.mark.parametrize("kind", list(ProblemKind), ids=lambda k: k.name)
def test_every_import_problem_is_worded_in_be_ru_en(
    kind: ProblemKind, catalogs: dict[str, Catalog]
) -> None:
    """An import's problems were English lines under a translated heading."""
    english = problems.TEXTS[kind]
    assert error_words.PROBLEM_TEXTS[kind] == english
    names = _placeholders(english)
    for lang, catalog in catalogs.items():
        text = catalog.translate(error_words.CONTEXT, english)
        assert _placeholders(text) == names, (lang, kind)
        if names != {"reason"}:  # "{reason}" alone: the reason is the whole problem
            assert text != english, f"{kind.name} is not translated into {lang}"
    for place in error_words.PROBLEM_PLACES:
        for catalog in catalogs.values():
            said = catalog.translate(error_words.CONTEXT, place)
            assert said != place
            assert _placeholders(said) == _placeholders(place)


def test_a_problem_is_said_in_russian_where_it_is_and_what_is_wrong(
    catalogs: dict[str, Catalog],
) -> None:
    ru = catalogs["ru"]
    problem = Problem.of(
        ProblemKind.NOT_ONE_OF,
        "people.csv",
        row=3,
        field="status",
        csv_column=True,
        value="'free\x1b[2J'",
        choices="in_custody, released",
    )
    assert (
        problem
        == "people.csv row 3, column status: 'free\x1b[2J' is not one of: in_custody, released"
    )
    said = error_words.word_problem(problem, lambda t: ru.translate(error_words.CONTEXT, t))
    assert said == (
        "people.csv, строка 3, столбец status: 'free\\x1b[2J' — не одно из: in_custody, released"
    )
    assert error_words.word_problem(problem, str) == error_words.safe_lines(problem)
    bad = Problem.of(
        ProblemKind.NOT_JSON, "bad.json", line=2, field="14", csv_column=True, reason="x"
    )
    assert bad == "bad.json line 2, column 14: not valid JSON (x)"
    ru_bad = error_words.word_problem(bad, lambda t: ru.translate(error_words.CONTEXT, t))
    assert ru_bad == "bad.json, строка 2, столбец 14: неправильный JSON (x)"
    assert error_words.word_problem("a plain \x1b line", str) == "a plain \\x1b line"


def test_every_doing_and_reason_is_translated(catalogs: dict[str, Catalog]) -> None:
    assert set(error_words.PHRASES) == set(STORE_DOINGS)
    for catalog in catalogs.values():
        for phrase in (*error_words.PHRASES, *error_words.REASONS.values()):
            assert catalog.translate(error_words.CONTEXT, phrase) != phrase


def test_a_doing_is_said_in_the_language_of_its_sentence(
    catalogs: dict[str, Catalog], tmp_path: Path
) -> None:
    exc = KartotekaError.of(ErrorKind.STORE_DISK_FULL, tmp_path / "s.sqlite", doing=STORE_DOINGS[3])
    be = catalogs["be"]
    said = error_words.word_error(exc, lambda t: be.translate(error_words.CONTEXT, t))
    assert "захаваць нататкі" in said
    assert "saving" not in said


HOSTILE = "evil\x1b[2J\x07name\u202eexe.txt"


@pytest.mark.parametrize(
    "exc",
    [
        KartotekaError.of(ErrorKind.TAG_EXISTS, None, name=HOSTILE),
        KartotekaError.of(ErrorKind.CONFLICTS_UNDECIDED, HOSTILE, count=1, names=HOSTILE),
        KartotekaError.of(ErrorKind.RULES_PROBLEMS, HOSTILE, count=1, problems=HOSTILE),
        KartotekaError(f"{HOSTILE}: an error without a kind"),
    ],
    ids=["tag", "conflicts", "rules", "no kind"],
)
@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_control_characters_never_reach_a_dialog_or_terminal(
    exc: KartotekaError, lang: str
) -> None:
    catalog = Catalog.load(lang)
    for said in (
        error_words.word_error(exc, lambda t: catalog.translate(error_words.CONTEXT, t)),
        error_message(exc, lang),
    ):
        assert not any(ch in said for ch in "\x1b\x07\u202e"), said
        assert "\\x1b" in said
        assert "\\u202e" in said


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "be_BY.UTF-8"}, "be"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "be_BY.UTF-8"}, "be"),
        ({"LANGUAGE": "be:ru", "LANG": "en_US.UTF-8"}, "be"),
        ({"LANGUAGE": "ru", "LC_ALL": "C"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_cli_speaks_the_environment_language(environ: dict[str, str], expected: str) -> None:
    assert cli_language(environ) == expected


def _locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def test_the_cli_says_a_bad_redaction_rules_file_in_russian(
    tmp_path: Path,
    sample_archive_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _locale(monkeypatch, "ru_RU.UTF-8")
    rules = tmp_path / "rules\x1b[31m.json"
    rules.write_text("{not json", encoding="utf-8")
    argv = ["publish", str(sample_archive_path), str(tmp_path / "out"), "--redact", str(rules)]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("kartoteka: ошибка: ")  # as argparse's own errors say it
    assert "файл правил — неправильный JSON" in err
    assert "\x1b" not in err
    assert "rules\\x1b[31m.json" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_the_cli_lists_an_imports_problems_under_a_russian_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, "ru_RU.UTF-8")
    bad = tmp_path / "people.json"
    bad.write_text('{"people": [{"id": "p1"}]}', encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "new.db"), str(bad)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert "ничего не импортировано; исправьте эти проблемы" in lines[0]
    assert len(lines) > 1
    assert all(line.startswith("  ") for line in lines[1:])
    # the problems themselves in Russian too (they were English under the Russian heading)
    assert "people.json: people[0], поле display_name: обязательное, но пустое" in "\n".join(lines)
    assert "is required" not in "\n".join(lines)


def test_the_cli_keeps_english_without_a_be_or_ru_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, "C.UTF-8")
    exc = OutputError.of(ErrorKind.OUTPUT_EXISTS, tmp_path / "a.db")
    assert error_message(exc) == exc.message


def test_the_cli_says_its_own_input_errors_in_belarusian(
    tmp_path: Path,
    sample_archive_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The passphrase file and a missing archive were English-only CLI strings."""
    _locale(monkeypatch, "be_BY.UTF-8")
    empty = tmp_path / "pass.txt"
    empty.write_text("\n", encoding="utf-8")
    argv = ["encrypt", str(sample_archive_path), str(tmp_path / "e.db"), "--passphrase-file"]
    assert cli.main([*argv, str(empty)]) == 1
    assert "першы радок файла з паролем пусты" in capsys.readouterr().err
    assert cli.main([str(tmp_path / "nowhere.db")]) == 1
    err = capsys.readouterr().err
    assert "такога файла няма" in err
    assert "kartoteka --help" in err
    assert not (tmp_path / "e.db").exists()


def test_a_dossier_error_from_the_child_keeps_its_kind_and_hides_the_private_copy(
    tmp_path: Path,
) -> None:
    from viewer.dossier.child_process import JobRequest, _child_error, _error_message

    private = str(tmp_path / "private" / "copy.db")
    request = JobRequest(archive=private, archive_name="справы.db", ids=["p1"])
    sent = _error_message(
        OutputError.of(ErrorKind.DOSSIER_NOT_WRITTEN, private, reason="the disk is full")
    )
    exc = _child_error(json.loads(json.dumps(sent)), request, None)
    assert exc.kind is ErrorKind.DOSSIER_NOT_WRITTEN
    assert exc.path == "справы.db"
    assert private not in exc.message
    be = Catalog.load("be")
    said = error_words.word_error(exc, lambda t: be.translate(error_words.CONTEXT, t))
    assert said.startswith("справы.db: нельга запісаць дасье")
    english_only = _child_error({"error": f"{private}: odd"}, request, None)
    assert english_only.kind is None
    assert english_only.message == "справы.db: odd"


def test_reindex_says_a_bad_passphrase_file_in_belarusian(
    tmp_path: Path,
    sample_archive_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    catalogs: dict[str, Catalog],
) -> None:
    _locale(monkeypatch, "be_BY.UTF-8")
    empty = tmp_path / "pass.txt"
    empty.write_text("\n", encoding="utf-8")
    argv = [
        "reindex",
        "--passphrase-file",
        str(empty),
        str(sample_archive_path),
        str(tmp_path / "r.db"),
    ]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    english = errors.TEXTS[ErrorKind.PASSPHRASE_FILE_EMPTY]
    belarusian = catalogs["be"].translate(error_words.CONTEXT, english)
    assert belarusian.format(path=empty) in err  # the kind survives the command (it was wrapped)
    assert not (tmp_path / "r.db").exists()


def test_undecided_conflicts_are_named_in_russian(catalogs: dict[str, Catalog]) -> None:
    """The conflict names stayed English ("note on person p-1") inside a Russian sentence."""
    from db.annotations.errors import ConflictName, UnresolvedConflictsError

    shown = (
        ConflictName("note", entity_type="person", entity_id="p-1"),
        ConflictName("tag", name="свидетель\x1b[2J"),
        ConflictName("mark", entity_type="planet", entity_id="x"),  # a newer file's words
    )
    exc = UnresolvedConflictsError.of(
        ErrorKind.CONFLICTS_UNDECIDED, "in.json", count=3, names=", ".join(map(str, shown))
    )
    exc.conflicts = shown
    said = error_words.word_error(exc, lambda t: catalogs["ru"].translate(error_words.CONTEXT, t))
    assert "заметка: человек p-1" in said
    assert "тег «свидетель\\x1b[2J»" in said
    assert "mark on planet x" in said
    assert "note on" not in said
    assert error_words.word_error(exc, str) == error_words.safe_lines(exc.message)  # db's words


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_refused_photo_says_why_in_the_users_language(
    lang: str, catalogs: dict[str, Catalog]
) -> None:
    """The reason stayed English: "нельга прыняць: it is not a JPEG, PNG, GIF or WebP image"."""
    from db.attachments import AttachmentProblem
    from db.validate import validate_documents

    found = validate_documents(
        {
            "format": "kartoteka-interchange",
            "version": 2,
            "people": [{"id": "p-1", "display_name": "A"}],
            "attachments": [
                {"id": "a-1", "person_id": "p-1", "media_type": "image/png", "data": b"no"}
            ],
        }
    )
    (problem,) = found
    words = catalogs[lang]
    said = error_words.word_problem(problem, lambda t: words.translate(error_words.CONTEXT, t))
    assert "JPEG" in said
    assert "not a JPEG" not in said
    assert set(error_words.ATTACHMENT_REASONS) == {p.value for p in AttachmentProblem}


def test_an_exports_refusal_says_its_problem_in_the_users_language(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    """It said "архіў пашкоджаны: placements[0], field end: '1900-01-01' is before the start"."""
    import shutil

    from db.connection import open_archive
    from db.errors import ArchiveDamagedError
    from db.exporting import export_archive
    from tests.data.hostile_archives import run_loosened
    from tests.data.hostile_own_format import loosen_everything

    path = tmp_path / "archive.db"
    shutil.copyfile(sample_archive_path, path)
    run_loosened(
        path,
        loosen_everything,
        "UPDATE placements SET start_edtf = '2024', start_earliest = '2024-01-01', "
        "start_latest = '2024-12-31', end_edtf = '1900', end_earliest = '1900-01-01', "
        "end_latest = '1900-12-31'",
    )
    with open_archive(path) as archive, pytest.raises(ArchiveDamagedError) as caught:
        export_archive(archive, tmp_path / "out.json")
    said = error_message(caught.value, "be")
    assert "placements[0], поле end:" in said
    assert "is before the start" not in said
    assert "archive.db: placements" not in said  # the file is named once, at the start
    assert "is before the start" in error_message(caught.value, "en")


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_publish_refusing_a_photo_says_why_in_the_users_language(
    lang: str, catalogs: dict[str, Catalog], sample_archive_path: Path, tmp_path: Path
) -> None:
    """`publish` of an archive holding a photo that is no image said its reason in English
    inside the translated sentence ("… (it is not a JPEG, PNG, GIF or WebP image) …")."""
    import shutil

    from db.connection import open_archive
    from db.publish import PublishError, RedactionRules, publish
    from tests.data.hostile_own_format import plant_photo_that_is_no_image

    path = tmp_path / "archive.db"
    shutil.copyfile(sample_archive_path, path)
    plant_photo_that_is_no_image(path)
    with open_archive(path) as archive, pytest.raises(PublishError) as caught:
        publish(archive, tmp_path / "published", RedactionRules())
    words = catalogs[lang]
    said = error_words.word_error(caught.value, lambda t: words.translate(error_words.CONTEXT, t))
    assert "JPEG" in said
    assert "not a JPEG" not in said
    assert str(path) in said
