"""Every flow's errors carry a kind, so the window and the CLI can say them in be/ru.

These flows raised English-only sentences (kind None): changing a
passphrase (archive and annotation store), exchanging annotations, the
store's own failures and input checks, import, export, letters, comparing
editions, redaction rules and publishing, sources, generating and the sample.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db import connection
from db.annotations import EntityRef, change_store_passphrase, open_store
from db.annotations.errors import AnnotationInputError, AnnotationStoreError, ConflictName
from db.annotations.store import STORE_DOINGS, AnnotationStore, store_error
from db.errors import ErrorKind, ImportValidationError, KartotekaError

PASS = "correct horse battery"
REF = EntityRef("archive-1", "person", "p-1")


def _kind_of(action: Callable[[], object]) -> KartotekaError:
    with pytest.raises(KartotekaError) as caught:
        action()
    assert caught.value.kind is not None, str(caught.value)
    return caught.value


def _sqlite_error(code: int) -> sqlite3.Error:
    exc = sqlite3.OperationalError("boom")
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


# -- annotation store: passphrase change --------------------------------------


def test_changing_a_store_passphrase_says_each_problem_by_kind(
    store: AnnotationStore, tmp_path: Path
) -> None:
    path = store.path
    store.close()
    exc = _kind_of(lambda: change_store_passphrase(path, None, "short"))
    assert exc.kind is ErrorKind.STORE_PASSPHRASE_SHORT
    exc = _kind_of(lambda: change_store_passphrase(tmp_path / "none.sqlite", None, PASS))
    assert exc.kind is ErrorKind.STORE_MISSING
    exc = _kind_of(lambda: change_store_passphrase(path, "an old passphrase", PASS))
    assert exc.kind is ErrorKind.STORE_NOT_ENCRYPTED
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    exc = _kind_of(lambda: change_store_passphrase(other, None, PASS))
    assert exc.kind is ErrorKind.STORE_OTHER_FILE
    change_store_passphrase(path, None, PASS)
    exc = _kind_of(lambda: change_store_passphrase(path, None, PASS + "!"))
    assert exc.kind is ErrorKind.STORE_ENCRYPTED
    exc = _kind_of(lambda: change_store_passphrase(path, "not the passphrase", PASS + "!"))
    assert exc.kind is ErrorKind.STORE_WRONG_PASSPHRASE


def test_a_store_failure_names_what_was_being_done_from_a_fixed_set(tmp_path: Path) -> None:
    kinds = {
        sqlite3.SQLITE_FULL: ErrorKind.STORE_DISK_FULL,
        sqlite3.SQLITE_READONLY: ErrorKind.STORE_READ_ONLY,
        sqlite3.SQLITE_BUSY: ErrorKind.STORE_BUSY,
        sqlite3.SQLITE_CORRUPT: ErrorKind.STORE_DAMAGED,
        sqlite3.SQLITE_IOERR: ErrorKind.STORE_DISK_ERROR,
        sqlite3.SQLITE_MISMATCH: ErrorKind.STORE_FAILED,
    }
    for code, kind in kinds.items():
        exc = store_error(_sqlite_error(code), tmp_path / "a.sqlite", "saving the annotations")
        assert exc.kind is kind
        assert exc.params.get("doing", "saving the annotations") == "saving the annotations"


def test_every_store_error_call_says_a_doing_the_viewer_translates() -> None:
    """A new `store_error(…, "doing something")` would show English inside a be/ru sentence."""
    import ast

    root = Path(__file__).resolve().parents[2] / "db"
    said: set[str] = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in ("store_error", "_write"):
                said |= {
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                }
    assert said
    assert said <= set(STORE_DOINGS)


# -- annotation store: what a person types ------------------------------------


def test_annotation_input_errors_carry_their_kind(store: AnnotationStore) -> None:
    exc = _kind_of(lambda: store.add_note(REF, "text", date="not a date"))
    assert exc.kind is ErrorKind.NOTE_DATE_INVALID
    assert exc.params["text"] == "not a date"
    exc = _kind_of(lambda: store.create_tag("   "))
    assert exc.kind is ErrorKind.TAG_NAME_EMPTY
    store.create_tag("watch")
    exc = _kind_of(lambda: store.create_tag("watch"))
    assert exc.kind is ErrorKind.TAG_EXISTS
    exc = _kind_of(lambda: store.create_tag("other", colour="red"))
    assert exc.kind is ErrorKind.TAG_COLOUR_INVALID
    tag = next(t for t in store.tags() if t.name == "watch")
    exc = _kind_of(lambda: store.merge_tags(tag.id, tag.id))
    assert exc.kind is ErrorKind.TAG_MERGE_SELF
    exc = _kind_of(lambda: store.rename_tag("no-such-tag", "x"))
    assert exc.kind is ErrorKind.TAG_GONE
    assert isinstance(exc, AnnotationInputError)


def test_every_annotation_input_check_carries_its_kind(store: AnnotationStore) -> None:
    """Seven checks raised English text with no kind (a CLI or a later window can reach them)."""
    exc = _kind_of(lambda: store.propose_correction(REF, "", "x", original=None))
    assert exc.kind is ErrorKind.CORRECTION_NEEDS_FIELD
    exc = _kind_of(lambda: store.add_note(EntityRef("archive-1", "planet", "x"), "text"))
    assert exc.kind is ErrorKind.ENTRY_TYPE_NOT_ANNOTATABLE
    assert exc.params["type"] == "planet"
    exc = _kind_of(lambda: store.add_note(EntityRef("", "person", "p-1"), "text"))
    assert exc.kind is ErrorKind.ANNOTATION_NEEDS_IDS
    note = store.add_note(REF, "a note").rows[0].id
    fix = store.propose_correction(REF, "city", "Minsk", original="Pinsk").rows[0].id
    exc = _kind_of(lambda: store.edit(fix, "Minsk", date="2024"))
    assert exc.kind is ErrorKind.DATE_ONLY_ON_NOTES
    exc = _kind_of(lambda: store.edit(note, "a note", reason="a source"))
    assert exc.kind is ErrorKind.REASON_ONLY_ON_CORRECTIONS
    tag = store.create_tag("watch")
    tag_id = tag.rows[0].id
    on_entry = store.tag_entry(REF, tag_id).rows[0].id
    exc = _kind_of(lambda: store.edit(on_entry, "text"))
    assert exc.kind is ErrorKind.TAG_HAS_NO_TEXT


def test_undoing_a_change_made_stale_carries_its_kind(store: AnnotationStore) -> None:
    change = store.create_tag("first")
    tag = next(t for t in store.tags() if t.name == "first")
    store.rename_tag(tag.id, "second")
    exc = _kind_of(lambda: store.revert(change))
    assert exc.kind is ErrorKind.UNDO_STALE


# -- annotation exchange ------------------------------------------------------


def test_a_damaged_annotations_file_carries_its_kind_and_problems(tmp_path: Path) -> None:
    from db.annotations.exchange import FORMAT, FORMAT_VERSION, _load

    bad = tmp_path / "notes.json"
    doc = {"format": FORMAT, "version": FORMAT_VERSION, "annotations": "x", "tags": [1]}
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(AnnotationStoreError) as caught:
        _load(bad)
    assert caught.value.kind is ErrorKind.ANNOTATIONS_DAMAGED
    assert "tags #" in caught.value.params["problems"]


def test_importing_annotations_with_undecided_conflicts_carries_its_kind(
    tmp_path: Path,
) -> None:
    from db.annotations.exchange import apply_import, export_annotations, plan_import

    mine = open_store(tmp_path / "mine.sqlite", author="me")
    theirs = open_store(tmp_path / "theirs.sqlite", author="them")
    try:
        note = mine.add_note(REF, "Arrested in May 2020.").rows[0].id
        export_annotations(mine, tmp_path / "first.json")
        apply_import(theirs, plan_import(theirs, tmp_path / "first.json"))
        mine.edit(note, "Arrested on 29 May 2020.")
        theirs.edit(note, "Detained \x1b[31m29 May 2020.")
        export_annotations(mine, tmp_path / "second.json")
        plan = plan_import(theirs, tmp_path / "second.json")
        assert plan.conflicts
        exc = _kind_of(lambda: apply_import(theirs, plan))
        assert exc.kind is ErrorKind.CONFLICTS_UNDECIDED
        assert exc.params["count"] == str(len(plan.conflicts))
        assert exc.conflicts == (ConflictName("note", entity_type="person", entity_id="p-1"),)  # type: ignore[attr-defined]
        assert exc.params["names"] == "note on person p-1"
        settle = {c.id: "never" for c in plan.conflicts}
        exc = _kind_of(lambda: apply_import(theirs, plan, settle))  # type: ignore[arg-type]
        assert exc.kind is ErrorKind.CONFLICT_CHOICE_INVALID
    finally:
        mine.close()
        theirs.close()


# -- archive passphrase -------------------------------------------------------


def test_changing_an_archive_passphrase_says_each_problem_by_kind(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    from db.encryption import change_passphrase

    exc = _kind_of(lambda: change_passphrase(sample_archive_path, PASS, "short"))
    assert exc.kind is ErrorKind.PASSPHRASE_SHORT
    assert exc.params["chars"]
    exc = _kind_of(lambda: change_passphrase(sample_archive_path, PASS, PASS + "!"))
    assert exc.kind is ErrorKind.ARCHIVE_NOT_ENCRYPTED


# -- import, export, letters, sources -----------------------------------------


def test_import_errors_carry_their_kind(sample_archive_path: Path, tmp_path: Path) -> None:
    from db.importing import detect_format, import_files, load_files

    target = tmp_path / "new.db"
    exc = _kind_of(lambda: import_files(target, []))
    assert exc.kind is ErrorKind.IMPORT_NOTHING
    (tmp_path / "a.txt").write_bytes(b"\x00\x01 not an export")
    exc = _kind_of(lambda: detect_format([tmp_path / "a.txt"]))
    assert exc.kind is ErrorKind.IMPORT_CONTENT_UNKNOWN
    exc = _kind_of(lambda: detect_format([tmp_path / "a.json", tmp_path / "b.csv"]))
    assert exc.kind is ErrorKind.IMPORT_MIXED_FORMATS
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    exc = _kind_of(lambda: load_files([tmp_path / "a.json"], "xml", []))
    assert exc.kind is ErrorKind.FORMAT_UNKNOWN
    bad = tmp_path / "people.json"
    bad.write_text(json.dumps({"people": [{"id": "p1"}]}), encoding="utf-8")
    with pytest.raises(ImportValidationError) as caught:
        import_files(target, [bad])
    assert caught.value.kind is ErrorKind.IMPORT_REJECTED
    assert caught.value.params["count"] == str(len(caught.value.problems))
    assert caught.value.problems


def test_export_letters_and_sources_errors_carry_their_kind(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    from db.citations import format_for_path
    from db.exporting import export_archive
    from db.letters import export_letters_csv

    archive = connection.open_archive(sample_archive_path)
    try:
        exc = _kind_of(
            lambda: export_archive(archive, tmp_path / "o.json", person_ids=["nobody\x1b[2J"])
        )
        assert exc.kind is ErrorKind.EXPORT_UNKNOWN_PEOPLE
        assert "\\x1b" in exc.params["ids"]  # repr: the escape is not carried raw
        exc = _kind_of(lambda: export_archive(archive, tmp_path / "o.json", fmt="xml"))
        assert exc.kind is ErrorKind.FORMAT_UNKNOWN
        exc = _kind_of(lambda: export_letters_csv(archive.db, tmp_path / "l.csv", lang="de"))
        assert exc.kind is ErrorKind.LETTERS_LANGUAGE
        exc = _kind_of(lambda: export_letters_csv(archive.db, tmp_path / "l.csv", month=13))
        assert exc.kind is ErrorKind.LETTERS_MONTH
    finally:
        archive.close()
    exc = _kind_of(lambda: format_for_path(tmp_path / "sources.txt"))
    assert exc.kind is ErrorKind.SOURCES_FORMAT_FROM_NAME


# -- redaction rules and publishing -------------------------------------------


def test_redaction_rules_errors_carry_their_kind(tmp_path: Path) -> None:
    from db.publish.rules import load_rules, parse_rules

    exc = _kind_of(lambda: parse_rules([], source="rules.json"))
    assert exc.kind is ErrorKind.RULES_NOT_OBJECT
    exc = _kind_of(lambda: parse_rules({"people": 3, "nonsense": 1}, source="rules.json"))
    assert exc.kind is ErrorKind.RULES_PROBLEMS
    assert int(exc.params["count"]) >= 2
    exc = _kind_of(lambda: load_rules(tmp_path / "missing.json"))
    assert exc.kind is ErrorKind.RULES_UNREADABLE
    broken = tmp_path / "broken.json"
    broken.write_text("{nope", encoding="utf-8")
    exc = _kind_of(lambda: load_rules(broken))
    assert exc.kind is ErrorKind.RULES_NOT_JSON


def test_publishing_by_tag_errors_carry_their_kind(
    sample_archive_path: Path, store: AnnotationStore, tmp_path: Path
) -> None:
    from db.publish.copy import people_to_drop
    from db.publish.rules import parse_rules

    rules = parse_rules({"people": {"tags": ["missing tag"]}})
    archive = connection.open_archive(sample_archive_path)
    try:
        exc = _kind_of(lambda: people_to_drop(archive, rules, None))
        assert exc.kind is ErrorKind.PUBLISH_TAGS_NO_STORE
        exc = _kind_of(lambda: people_to_drop(archive, rules, store))
        assert exc.kind is ErrorKind.PUBLISH_UNKNOWN_TAGS
        assert exc.params["tags"] == "'missing tag'"
    finally:
        archive.close()


# -- comparing, generating, sample --------------------------------------------


def test_generate_errors_carry_their_kind(sample_archive_path: Path, tmp_path: Path) -> None:
    from db.generate import generate_archive

    exc = _kind_of(lambda: generate_archive(tmp_path / "g.db", people=0))
    assert exc.kind is ErrorKind.GENERATE_PEOPLE
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"")
    exc = _kind_of(lambda: generate_archive(taken, people=1))
    assert exc.kind is ErrorKind.OUTPUT_EXISTS


def test_every_import_problem_carries_its_kind_and_place(tmp_path: Path) -> None:
    """Each listed problem was an English sentence only; now it is that sentence with a kind."""
    from db.importing import import_files
    from db.problems import Problem, ProblemKind

    people = tmp_path / "people.csv"
    people.write_text("id,display_name,status\np1,,free\n", encoding="utf-8")
    with pytest.raises(ImportValidationError) as caught:
        import_files(tmp_path / "a.db", [people])
    problems = caught.value.problems
    assert problems
    assert all(isinstance(p, Problem) for p in problems)
    by_kind = {p.kind: p for p in problems}  # type: ignore[attr-defined]
    required = by_kind[ProblemKind.REQUIRED]
    assert (required.place, required.row, required.field, required.csv_column) == (
        "people.csv",
        2,
        "display_name",
        True,
    )
    assert required == "people.csv row 2, column display_name: is required but empty or missing"
    assert by_kind[ProblemKind.NOT_ONE_OF].params["value"] == "'free'"
