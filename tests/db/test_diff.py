"""Editions compared by stable id: exactly the known changes are found, nothing else."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.connection import open_archive
from db.diff import (
    ASPECTS,
    Aspect,
    attached,
    changed_person_ids,
    compare,
    diff_archives,
    missing_entries,
)
from db.editions import KINDS, EditionChanges, next_edition
from db.errors import KartotekaError
from db.generate import generate_archive
from viewer.cli import main

EVERY = 40


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, EditionChanges]:
    folder = tmp_path_factory.mktemp("editions")
    old, new = folder / "old.db", folder / "new.db"
    generate_archive(old, 800, seed=3)
    changes = next_edition(old, new, every=EVERY, added=4)
    return old, new, changes


def test_the_known_changes_are_found_exactly(editions: tuple[Path, Path, EditionChanges]) -> None:
    old, new, known = editions
    d = diff_archives(old, new)
    assert {p.person_id for p in d.added} == known.added
    assert {p.person_id for p in d.removed} == known.changed["removed"]
    by_category: dict[str, set[str]] = {}
    for person in d.changed:
        for category in person.categories:
            by_category.setdefault(category, set()).add(person.person_id)
    for kind in (*KINDS[1:], "relations"):
        assert by_category.get(kind, set()) == known.changed[kind], kind
    assert set(by_category) == {*KINDS[1:], "relations"}
    assert d.changed_ids() == known.changed_ids()
    assert d.same_archive
    assert (d.old["edition"], d.new["edition"]) == ("1", "2")


def test_changed_people_come_in_the_lists_order_and_relations_name_the_other(
    editions: tuple[Path, Path, EditionChanges],
) -> None:
    """Changed people were sorted by display name (given name first) while the list and
    the added and removed people sort by surname; a relation named the other by id."""
    old, new, _known = editions
    d = diff_archives(old, new)
    conn = sqlite3.connect(new)
    sort_names = dict(conn.execute("SELECT id, sort_name FROM people").fetchall())
    names = dict(conn.execute("SELECT id, display_name FROM people").fetchall())
    conn.close()
    conn = sqlite3.connect(old)
    names_old = dict(conn.execute("SELECT id, display_name FROM people").fetchall())
    conn.close()
    order = [p.person_id for p in d.changed]
    assert order == sorted(order, key=lambda pid: (sort_names[pid], pid))
    assert order != sorted(order, key=lambda pid: (names[pid], pid))  # the two orders differ
    others = {
        (c.old or c.new or "").split(" | ")[1]
        for p in d.changed
        for c in p.changes
        if c.aspect == "relations"
    }
    assert others
    assert set(d.others) == others
    for pid, name in d.others.items():
        assert name == names.get(pid, names_old.get(pid))


def test_a_change_says_what_it_was(editions: tuple[Path, Path, EditionChanges]) -> None:
    old, new, known = editions
    d = diff_archives(old, new)
    people = {p.person_id: p for p in d.changed}
    status = people[next(iter(known.changed["status"]))]
    fields = {c.item: c for c in status.changes}
    assert fields["status"].change == "changed"
    assert fields["status_since_edtf"].new == "2026-11-30"
    sentence = people[next(iter(known.changed["sentences"]))]
    assert [(c.change, c.item[:7]) for c in sentence.changes] == [("added", "s-next-")]
    names = people[next(iter(known.changed["names"]))]
    assert names.changes[0].change == "added"
    assert names.changes[0].item.endswith("x [en, alias]")


def test_changed_person_ids_for_the_filter(editions: tuple[Path, Path, EditionChanges]) -> None:
    old, new, known = editions
    with open_archive(old) as a, open_archive(new) as b:
        assert changed_person_ids(a, b) == known.changed_ids()


def test_the_same_edition_has_no_changes(editions: tuple[Path, Path, EditionChanges]) -> None:
    old, _new, _known = editions
    d = diff_archives(old, old)
    assert (d.added, d.removed, d.changed) == ((), (), ())


def test_missing_entries_explain_orphans(editions: tuple[Path, Path, EditionChanges]) -> None:
    old, new, known = editions
    gone = sorted(known.changed["removed"])[0]
    with open_archive(old) as a, open_archive(new) as b:
        sentence = a.db.execute("SELECT id FROM sentences WHERE person_id = ?", [gone]).fetchone()
        name = a.db.execute("SELECT display_name FROM people WHERE id = ?", [gone]).fetchone()[0]
        kept = a.db.execute(
            "SELECT id FROM people WHERE id NOT IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(known.changed["removed"]))],
        ).fetchone()[0]
        entries = [("person", gone), ("person", kept), ("person", "p-never")]
        if sentence is not None:
            entries.append(("sentence", sentence[0]))
        reasons = missing_entries(a, b, entries)
    assert reasons[("person", gone)] == "removed in the new edition"
    assert ("person", kept) not in reasons
    assert reasons[("person", "p-never")] == "not in either edition"
    if sentence is not None:
        assert reasons[("sentence", sentence[0])] == (
            f"removed in the new edition, with {name} ({gone})"
        )


def test_a_table_only_the_new_edition_has_counts_as_added(
    editions: tuple[Path, Path, EditionChanges], tmp_path: Path
) -> None:
    old, _new, _known = editions
    newer = tmp_path / "newer.db"
    shutil.copyfile(old, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("CREATE TABLE appeals_x (id TEXT, person_id TEXT)")
        conn.execute("INSERT INTO appeals_x VALUES ('a-1', 'p-0000001')")
    conn.close()
    extra = Aspect(
        "appeals", "SELECT person_id, id, 'appeals', '' FROM {db}.appeals_x", ("appeals_x",)
    )
    with open_archive(old) as a, open_archive(newer) as b, attached(a, b) as conn:
        d = compare(conn, (*ASPECTS, extra))
    assert [(p.person_id, p.categories) for p in d.changed] == [("p-0000001", ("appeals",))]


def test_cli_diff_json(
    editions: tuple[Path, Path, EditionChanges], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new, known = editions
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    doc = json.loads(out.getvalue())
    assert doc["counts"]["added"] == len(known.added)
    assert doc["counts"]["removed"] == len(known.changed["removed"])
    assert {c["id"] for c in doc["changed"]} | {
        a["id"] for a in doc["added"]
    } == known.changed_ids()
    out.truncate(0)
    assert main(["diff", str(old), str(new)]) == 0
    assert "People added: 4" in out.getvalue()
    assert main(["diff", str(old), str(old.with_name("missing.db"))]) == 1
    assert "missing.db" in err.getvalue()


def test_format_2_appeals_placements_and_recognitions(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(sample_archive_path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "INSERT INTO appeals (id, sentence_id, outcome) VALUES ('a-x', 's-tsikhanouski-2021', "
            "'upheld')"
        )
        conn.execute(
            "INSERT INTO placements (id, person_id, note) VALUES ('pl-x', 'p-kalesnikava', 'moved')"
        )
        conn.execute("DELETE FROM recognitions")
    conn.close()
    d = diff_archives(sample_archive_path, newer)
    changes = {(p.person_id, c.category, c.change, c.item) for p in d.changed for c in p.changes}
    assert ("p-tsikhanouski", "appeals", "added", "a-x") in changes
    assert ("p-kalesnikava", "transfers", "added", "pl-x") in changes
    assert any(c[1:3] == ("recognitions", "removed") for c in changes)


def test_encrypted_editions_are_compared_while_unlocked(
    editions: tuple[Path, Path, EditionChanges], tmp_path: Path
) -> None:
    from db.encryption import encrypt_archive

    old, new, known = editions
    locked = tmp_path / "new-encrypted.db"
    encrypt_archive(new, locked, "correct horse battery")
    with (
        open_archive(old) as a,
        open_archive(locked, "correct horse battery") as b,
    ):
        assert b.encrypted
        assert diff_archives(a, b).changed_ids() == known.changed_ids()
        assert changed_person_ids(a, b) == known.changed_ids()
        b.forget_key()
        with pytest.raises(KartotekaError, match="was locked"):
            diff_archives(a, b)


def test_a_generated_edition_has_no_dangling_references(
    editions: tuple[Path, Path, EditionChanges],
) -> None:
    from db.writer import check_references

    _old, new, _known = editions
    with open_archive(new) as archive:
        assert check_references(archive.db) == []


def test_people_in_a_comparison_follow_the_collation_not_code_points(
    sample_archive_path: Path,
) -> None:
    """The Changed tab kept the archive's sort names, compared code point by code point:
    "Іваноў" (І is U+0406) came before "Абрамовіч", "Ёрш" after "Якубовіч"."""
    from db.diff import ArchiveDiff, PersonChange, PersonRef
    from db.records import NameScript, PersonId
    from db.shown_rows import diff_in_script

    def change(pid: str, name: str) -> PersonChange:
        return PersonChange(PersonId(pid), name, ())

    diff = ArchiveDiff(
        old={},
        new={},
        added=(PersonRef(PersonId("a1"), "Zoe Zweig"), PersonRef(PersonId("a2"), "Ann Åberg")),
        removed=(),
        changed=(
            change("p1", "Пётр Іваноў"),
            change("p2", "Алег Якубовіч"),
            change("p3", "Ян Абрамовіч"),
            change("p4", "Вера Ёрш"),
        ),
    )
    with open_archive(sample_archive_path) as archive:
        shown = diff_in_script(
            archive.db, archive.db, diff, NameScript.ARCHIVE, collation=NameScript.BELARUSIAN
        )
    assert [p.display_name for p in shown.changed] == [
        "Ян Абрамовіч",
        "Вера Ёрш",
        "Пётр Іваноў",
        "Алег Якубовіч",
    ]
    assert [p.display_name for p in shown.added] == ["Ann Åberg", "Zoe Zweig"]


def test_people_shown_in_belarusian_are_in_belarusian_order(sample_archive_path: Path) -> None:
    from db.diff import ArchiveDiff, PersonChange
    from db.records import NameScript, PersonId
    from db.shown_names import sort_key
    from db.shown_rows import diff_in_script

    with open_archive(sample_archive_path) as archive:
        ids = [str(r[0]) for r in archive.db.execute("SELECT id FROM people ORDER BY sort_name")]
        diff = ArchiveDiff(
            old={},
            new={},
            added=(),
            removed=(),
            changed=tuple(PersonChange(PersonId(i), i, ()) for i in ids),
        )
        shown = diff_in_script(archive.db, archive.db, diff, NameScript.BELARUSIAN)
    names = [p.display_name for p in shown.changed]
    assert names == sorted(names, key=lambda n: sort_key(n, NameScript.BELARUSIAN))
    assert any(ch in "".join(names) for ch in "ыўі")  # they are Belarusian spellings
