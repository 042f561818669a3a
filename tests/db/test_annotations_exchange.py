"""Exchange between archivists: export, plan, merge with conflicts, apply, undo."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.annotations import (
    AnnotationStore,
    EntityRef,
    ExchangeFileError,
    StaleChangeError,
    UnresolvedConflictsError,
    apply_import,
    export_annotations,
    export_plain_json,
    open_store,
    plan_import,
)

A = "archive-1"
PERSON = EntityRef(A, "person", "p-tsikhanouski")
QUOTE = EntityRef(A, "quote", "q-cannot-be-trusted")
EVENT = EntityRef(A, "event", "e-release-2025")


@pytest.fixture
def alesia(tmp_path: Path) -> Iterator[AnnotationStore]:
    s = open_store(tmp_path / "alesia.sqlite", author="alesia")
    yield s
    s.close()


@pytest.fixture
def ihar(tmp_path: Path) -> Iterator[AnnotationStore]:
    s = open_store(tmp_path / "ihar.sqlite", author="ihar")
    yield s
    s.close()


def _state(store: AnnotationStore) -> list[tuple[object, ...]]:
    anns = [
        (a, tuple((h.rev, h.action, h.author, h.at, h.before, h.after) for h in history))
        for a in store.annotations(include_deleted=True)
        if (history := store.history(a.id))
    ]
    tags = [
        (t, tuple(h.rev for h in store.history(t.id, table="tags")))
        for t in store.tags(include_deleted=True)
    ]
    return [*anns, *tags]


def _seed(store: AnnotationStore) -> dict[str, str]:
    ids = {
        "n1": store.add_note(PERSON, "Arrested in May 2020.").rows[0].id,
        "n2": store.add_note(QUOTE, "Said in an interview with *Euronews*.").rows[0].id,
        "n3": store.add_note(EVENT, "Released with 13 others.").rows[0].id,
        "c1": store.propose_correction(EVENT, "place", "Vilnius", original="Minsk").rows[0].id,
    }
    tag = store.create_tag("released 2025", colour="#3366ff").rows[0].id
    ids["t"] = tag
    ids["l1"] = store.tag_entry(PERSON, tag).rows[0].id
    store.edit(ids["n1"], "Arrested on 29 May 2020.")
    gone = store.add_note(PERSON, "wrong person")
    store.delete(gone.rows[0].id)
    return ids


def test_round_trip_is_equal(
    alesia: AnnotationStore, ihar: AnnotationStore, tmp_path: Path
) -> None:
    _seed(alesia)
    out = tmp_path / "alesia.json"
    report = export_annotations(alesia, out)
    assert (report.annotations, report.tags) == (6, 1)
    plan = plan_import(ihar, out)
    assert len(plan.additions) == 7
    assert (plan.changes, plan.conflicts, plan.unchanged) == ((), (), 0)
    apply_import(ihar, plan)
    assert _state(ihar) == _state(alesia)
    # importing the same file again changes nothing
    again = plan_import(ihar, out)
    assert (again.additions, again.changes, again.conflicts) == ((), (), ())
    assert again.unchanged == 7


def test_export_is_plain_json(alesia: AnnotationStore, tmp_path: Path) -> None:
    _seed(alesia)
    out = tmp_path / "x.json"
    export_annotations(alesia, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "kartoteka-annotations"
    assert doc["version"] == 1
    bodies = {a["body"] for a in doc["annotations"] if not a["deleted"]}
    assert "Said in an interview with *Euronews*." in bodies
    assert doc["tags"][0]["name"] == "released 2025"
    assert all(a["history"] for a in doc["annotations"])


def test_export_selection_and_tag(alesia: AnnotationStore, tmp_path: Path) -> None:
    ids = _seed(alesia)
    sel = export_annotations(alesia, tmp_path / "sel.json", entities=[EVENT])
    doc = json.loads((tmp_path / "sel.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in doc["annotations"]} == {ids["n3"], ids["c1"]}
    assert (sel.annotations, sel.tags) == (2, 0)
    by_tag = export_annotations(alesia, tmp_path / "tag.json", tag_id=ids["t"])
    doc = json.loads((tmp_path / "tag.json").read_text(encoding="utf-8"))
    assert {a["entity_id"] for a in doc["annotations"]} == {PERSON.entity_id}
    assert by_tag.tags == 1


def test_merge_additions_changes_deletions_conflicts(
    alesia: AnnotationStore, ihar: AnnotationStore, tmp_path: Path
) -> None:
    ids = _seed(alesia)
    export_annotations(alesia, tmp_path / "v1.json")
    apply_import(ihar, plan_import(ihar, tmp_path / "v1.json"))

    # both edit n1 (conflict) and n2 (conflict); only alesia edits n3 and deletes c1
    alesia.edit(ids["n1"], "Arrested on 29 May 2020 in Hrodna.")
    alesia.edit(ids["n2"], "Interview, Euronews, 21 June 2025.")
    alesia.edit(ids["n3"], "Released with 13 others, via Vilnius.")
    alesia.delete(ids["c1"])
    added = alesia.add_note(PERSON, "Husband of Sviatlana Tsikhanouskaya.").rows[0].id
    alesia.rename_tag(ids["t"], "freed June 2025")
    ihar.edit(ids["n1"], "Detained 29 May 2020 (Hrodna picket).")
    ihar.edit(ids["n2"], "Euronews interview.")
    mine_only = ihar.add_note(QUOTE, "ihar's own note").rows[0].id

    export_annotations(alesia, tmp_path / "v2.json")
    plan = plan_import(ihar, tmp_path / "v2.json")
    assert [r["id"] for r in plan.additions] == [added]
    assert {c.id for c in plan.changes} == {ids["n3"], ids["c1"], ids["t"]}
    assert [c.id for c in plan.deletions] == [ids["c1"]]
    assert {c.id for c in plan.conflicts} == {ids["n1"], ids["n2"]}
    conflict = next(c for c in plan.conflicts if c.id == ids["n1"])
    assert conflict.mine["body"] == "Detained 29 May 2020 (Hrodna picket)."
    assert conflict.theirs["body"] == "Arrested on 29 May 2020 in Hrodna."
    # planning wrote nothing
    assert ihar.get(ids["n3"]).body == "Released with 13 others."  # type: ignore[union-attr]

    with pytest.raises(UnresolvedConflictsError, match=r"1 conflict.*quote q-cannot-be-trusted"):
        apply_import(ihar, plan, {ids["n1"]: "mine"})
    assert ihar.get(added) is None  # nothing applied

    change = apply_import(ihar, plan, {ids["n1"]: "mine", ids["n2"]: "both"})
    assert ihar.get(ids["n1"]).body == "Detained 29 May 2020 (Hrodna picket)."  # type: ignore[union-attr]
    assert ihar.get(ids["n2"]).body == "Euronews interview."  # type: ignore[union-attr]
    quote_bodies = {a.body for a in ihar.annotations_for(QUOTE)}
    assert quote_bodies == {
        "Euronews interview.",
        "Interview, Euronews, 21 June 2025.",
        "ihar's own note",
    }
    assert ihar.get(ids["n3"]).body == "Released with 13 others, via Vilnius."  # type: ignore[union-attr]
    assert ihar.get(ids["c1"]).deleted  # type: ignore[union-attr]
    assert ihar.tag(ids["t"]).name == "freed June 2025"  # type: ignore[union-attr]
    assert ihar.get(mine_only) is not None
    # the overruled text is not lost: it is in the history
    assert "Arrested on 29 May 2020 in Hrodna." in {
        (h.after or {}).get("body") for h in ihar.history(ids["n1"])
    }

    # the same file again: no new conflicts, the resolution stands
    again = plan_import(ihar, tmp_path / "v2.json")
    assert (again.additions, again.changes, again.conflicts) == ((), (), ())

    # and alesia receives ihar's resolution as a plain change, not a conflict
    export_annotations(ihar, tmp_path / "back.json")
    back = plan_import(alesia, tmp_path / "back.json")
    assert back.conflicts == ()
    assert ids["n1"] in {c.id for c in back.changes}
    assert ids["n2"] in {c.id for c in back.changes}

    # the whole import is one undoable change
    ihar.revert(change)
    assert ihar.get(added).deleted  # type: ignore[union-attr]
    assert ihar.get(ids["n3"]).body == "Released with 13 others."  # type: ignore[union-attr]


def test_theirs_resolution_and_stale_plan(
    alesia: AnnotationStore, ihar: AnnotationStore, tmp_path: Path
) -> None:
    ids = _seed(alesia)
    export_annotations(alesia, tmp_path / "v1.json")
    apply_import(ihar, plan_import(ihar, tmp_path / "v1.json"))
    alesia.edit(ids["n1"], "theirs")
    ihar.edit(ids["n1"], "mine")
    export_annotations(alesia, tmp_path / "v2.json")
    plan = plan_import(ihar, tmp_path / "v2.json")
    ihar.edit(ids["n1"], "mine, edited after planning")
    with pytest.raises(StaleChangeError, match="plan the import again"):
        apply_import(ihar, plan, {ids["n1"]: "theirs"})
    assert ihar.get(ids["n1"]).body == "mine, edited after planning"  # type: ignore[union-attr]
    plan = plan_import(ihar, tmp_path / "v2.json")
    apply_import(ihar, plan, {ids["n1"]: "theirs"})
    assert ihar.get(ids["n1"]).body == "theirs"  # type: ignore[union-attr]
    bodies = [(h.after or {}).get("body") for h in ihar.history(ids["n1"])]
    assert "mine, edited after planning" in bodies


def test_same_tag_name_maps_to_local_tag(
    alesia: AnnotationStore, ihar: AnnotationStore, tmp_path: Path
) -> None:
    theirs = alesia.create_tag("Verify").rows[0].id
    alesia.tag_entry(PERSON, theirs)
    mine = ihar.create_tag("verify").rows[0].id
    export_annotations(alesia, tmp_path / "t.json")
    plan = plan_import(ihar, tmp_path / "t.json")
    assert plan.tag_map == {theirs: mine}
    apply_import(ihar, plan)
    assert [t.id for t in ihar.tags()] == [mine]
    assert [a.entity for a in ihar.tagged(mine)] == [PERSON]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json {", "not valid JSON"),
        ('{"format": "something-else"}', "not a Kartoteka annotations export"),
        ('{"format": "kartoteka-annotations", "version": 7}', "newer Kartoteka"),
        (
            '{"format": "kartoteka-annotations", "version": 1, "tags": [],'
            ' "annotations": [{"id": "x"}]}',
            "damaged",
        ),
    ],
)
def test_bad_exchange_files_get_clear_messages(
    ihar: AnnotationStore, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ExchangeFileError, match=message) as info:
        plan_import(ihar, bad)
    assert str(bad) in str(info.value)
    assert ihar.annotations(include_deleted=True) == []


def test_export_into_missing_folder(alesia: AnnotationStore, tmp_path: Path) -> None:
    with pytest.raises(ExchangeFileError, match="folder exists"):
        export_annotations(alesia, tmp_path / "nope" / "x.json")


def test_plain_json_export_for_reading(alesia: AnnotationStore, tmp_path: Path) -> None:
    _seed(alesia)
    out = tmp_path / "plain.json"
    report = export_plain_json(alesia, out, archive_id=A)
    doc = json.loads(out.read_text(encoding="utf-8"))
    by_entity = {e["entity_id"]: e for e in doc["entries"]}
    person = by_entity[PERSON.entity_id]
    assert [n["text"] for n in person["notes"]] == ["Arrested on 29 May 2020."]
    assert person["tags"] == ["released 2025"]
    assert by_entity[EVENT.entity_id]["corrections"] == [
        {
            "field": "place",
            "original": "Minsk",
            "proposed": "Vilnius",
            "reason": None,
            "author": "alesia",
            "updated_at": by_entity[EVENT.entity_id]["corrections"][0]["updated_at"],
        }
    ]
    assert report.annotations == 5  # the deleted note is not in a reading copy
