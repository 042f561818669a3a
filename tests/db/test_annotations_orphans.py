"""A newer edition of the same archive: annotations follow the ids, orphans are listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db import writer
from db.annotations import (
    EntityRef,
    archive_identity,
    existing_entities,
    open_store,
    orphans,
)
from db.connection import open_archive

ARCHIVE_ID = "test-archive-identity"


def _docs(people: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {
        "people": people,
        "sentences": [
            {"id": "s-ts-2021", "person_id": "p-ts", "date": "2021-12-14", "term_months": 216}
        ],
    }


def _build(path: Path, edition: str, people: list[dict[str, Any]]) -> None:
    meta = {"title": "Test", "edition": edition, "archive_id": ARCHIVE_ID}
    writer.build(path, meta, _docs(people))


def test_newer_edition_keeps_annotations_and_lists_orphans(tmp_path: Path) -> None:
    v1, v2 = tmp_path / "edition1.db", tmp_path / "edition2.db"
    _build(
        v1,
        "1",
        [
            {"id": "p-ts", "display_name": "Siarhei Tsikhanouski", "status": "in_custody"},
            {"id": "p-kal", "display_name": "Maria Kalesnikava", "status": "in_custody"},
            {"id": "p-gone", "display_name": "Entered by mistake"},
        ],
    )
    # edition 2: p-ts changed (released, new name spelling), p-gone removed
    _build(
        v2,
        "2",
        [
            {"id": "p-ts", "display_name": "Sergei Tikhanovsky", "status": "released"},
            {"id": "p-kal", "display_name": "Maria Kalesnikava", "status": "in_custody"},
        ],
    )
    store = open_store(tmp_path / "notes.sqlite", author="alesia")
    with open_archive(v1) as archive:
        aid = archive_identity(archive)
        assert aid == ARCHIVE_ID
        assert ("person", "p-gone") in existing_entities(archive)
        assert orphans(store, aid, archive) == []
        ts = store.add_note(EntityRef(aid, "person", "p-ts"), "Blogger; arrested May 2020.")
        store.propose_correction(
            EntityRef(aid, "person", "p-ts"), "status", "released", original="in_custody"
        )
        store.add_note(EntityRef(aid, "sentence", "s-ts-2021"), "18 years, strict regime.")
        gone = store.add_note(EntityRef(aid, "person", "p-gone"), "Check who this is.")
    store.close()

    store = open_store(tmp_path / "notes.sqlite", author="alesia")
    with open_archive(v2) as archive:
        aid2 = archive_identity(archive)
        assert aid2 == aid  # a new edition, the same identity
        on_ts = store.annotations_for(EntityRef(aid2, "person", "p-ts"))
        assert [a.kind for a in on_ts] == ["note", "correction"]
        assert on_ts[0].id == ts.rows[0].id
        assert len(store.annotations_for(EntityRef(aid2, "sentence", "s-ts-2021"))) == 1
        lost = orphans(store, aid2, archive)
        assert [a.id for a in lost] == [gone.rows[0].id]
        # the orphan is kept, not deleted
        assert store.get(gone.rows[0].id) is not None
        assert not store.get(gone.rows[0].id).deleted  # type: ignore[union-attr]
        # the same answer from a set of ids instead of an Archive
        ids = {pair[1] for pair in existing_entities(archive)}
        assert [a.id for a in orphans(store, aid2, ids)] == [gone.rows[0].id]
        assert [a.id for a in orphans(store, aid2, existing_entities(archive))] == [gone.rows[0].id]
    store.close()


def test_one_store_serves_several_archives(tmp_path: Path) -> None:
    store = open_store(tmp_path / "notes.sqlite", author="a")
    store.add_note(EntityRef("archive-a", "person", "p-1"), "in a")
    store.add_note(EntityRef("archive-b", "person", "p-1"), "in b")
    assert [a.body for a in store.annotations("archive-a")] == ["in a"]
    assert [a.body for a in store.annotations_for(EntityRef("archive-b", "person", "p-1"))] == [
        "in b"
    ]
    # annotations of another archive are not orphans of this one
    assert orphans(store, "archive-a", {("person", "p-1")}) == []
    store.close()


def test_archive_on_read_only_medium_is_annotated_elsewhere(tmp_path: Path) -> None:
    archive_path = tmp_path / "ro.db"
    _build(archive_path, "1", [{"id": "p-ts", "display_name": "Siarhei Tsikhanouski"}])
    archive_path.chmod(0o444)
    before = archive_path.read_bytes()
    store = open_store(tmp_path / "elsewhere" / "notes.sqlite", author="a")
    with open_archive(archive_path) as archive:
        store.add_note(EntityRef(archive_identity(archive), "person", "p-ts"), "noted")
    store.close()
    assert archive_path.read_bytes() == before  # the archive was never written
