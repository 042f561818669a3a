"""Publishable copies: what is redacted is gone from every byte written; the source is untouched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db.annotations import open_store
from db.annotations.records import EntityRef
from db.connection import open_archive
from db.encryption import encrypt_archive
from db.exporting import read_documents
from db.info import ROLE_LABELS, STATUS_LABELS
from db.names import fold_words
from db.publish import (
    PublishError,
    RedactionRules,
    RedactionRulesError,
    droppable_fields,
    load_rules,
    parse_rules,
    preview,
    publish,
    source_publishers,
)
from db.publish.redact import REDACTED, redact, strings
from db.writer import build

RULES = {
    "people": {
        "ids": ["p-kalesnikava"],
        "tags": ["do-not-publish"],
        "filter": {"statuses": ["in_exile"]},
    },
    "fields": {"people.biography": "drop", "people.birth": "year", "sentences.regime": "drop"},
    "sources": {"publishers": ["org-euronews"]},
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _archive_id(path: Path) -> str:
    with open_archive(path) as archive:
        return str(
            archive.db.execute("SELECT value FROM meta WHERE key='archive_id'").fetchone()[0]
        )


@pytest.fixture
def tagged_store(tmp_path: Path, sample_archive_path: Path) -> Iterator[object]:
    """An annotation store where Lukashenka carries the tag "do-not-publish" and has a note."""
    store = open_store(tmp_path / "notes.kartoteka-notes", author="tester")
    archive_id = _archive_id(sample_archive_path)
    store.create_tag("do-not-publish")
    tag = next(t for t in store.tags() if t.name == "do-not-publish")
    store.tag_entry(EntityRef(archive_id, "person", "p-lukashenka"), tag.id)
    store.add_note(
        EntityRef(archive_id, "person", "p-tsikhanouski"), "Informant Zhanna Q. spoke to us"
    )
    yield store
    store.close()


def _variants(text: str) -> set[str]:
    """A value as SQLite and FTS5 may store it: as is, case-folded, without diacritics."""
    lower = text.casefold()
    plain = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    return {text, lower, plain}


def _all_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _kept_text(docs: dict[str, Any]) -> str:
    text = "\x00".join(strings({k: v for k, v in docs.items() if k != "meta"}))
    return "\x00".join(_variants(text))


def _boilerplate(tmp_path: Path) -> bytes:
    """Every byte `publish` writes for an archive with no entries at all."""
    empty = tmp_path / "empty.db"
    build(empty, {"title": "Empty"}, {})
    publish(empty, tmp_path / "empty-published")
    labels = " ".join([*STATUS_LABELS.values(), *ROLE_LABELS.values()]).encode("utf-8")
    return b"\x00".join([labels, *_all_bytes(tmp_path / "empty-published").values()]).lower()


def test_redacted_values_are_absent_from_every_byte(
    tmp_path: Path, sample_archive_path: Path, tagged_store: object
) -> None:
    before = _sha(sample_archive_path)
    with open_archive(sample_archive_path) as archive:
        original = read_documents(archive.db)
    rules = parse_rules(RULES)
    out = tmp_path / "published"
    report = publish(sample_archive_path, out, rules, store=tagged_store)  # type: ignore[arg-type]

    dropped_ids = {"p-kalesnikava", "p-lukashenka", "p-tsikhanouskaya"}
    people = {p["id"]: p for p in original["people"]}
    secrets: set[str] = set()
    for pid in dropped_ids:
        p = people[pid]
        secrets |= {pid, p["display_name"], *(n["name"] for n in p.get("names", ()))}
    secrets |= {p["biography"] for p in original["people"] if p.get("biography")}
    secrets |= {p["birth"] for p in original["people"] if p.get("birth", "").count("-") == 2}
    secrets |= {s["regime"] for s in original["sentences"] if s.get("regime")}
    secrets |= {s["title"] for s in original["sources"]}
    secrets |= {s["url"] for s in original["sources"] if s.get("url")}
    secrets.add("Informant Zhanna Q. spoke to us")  # an annotation: never published

    files = _all_bytes(out)
    assert "archive.db" in files
    assert not [n for n in files if n.endswith(("-wal", "-journal", "-shm"))]
    with open_archive(out / "archive.db") as copy:
        kept_docs = read_documents(copy.db)
    kept = _kept_text(kept_docs)
    # whole values, and each distinctive word of them (FTS5 stores single tokens)
    needles = set()
    for s in secrets:
        needles |= _variants(s)
        needles |= {v for w in s.split() if len(w) >= 6 for v in _variants(w.strip(".,;:()«»\"'"))}
        needles |= {k for k in fold_words(s) if len(k) >= 6}  # the name index's folded keys
    needles -= {n for n in needles if n in kept}  # kept text may quote the same words
    needles -= set(fold_words(kept))  # kept names' keys in the name index
    boilerplate = _boilerplate(tmp_path)  # table names, column names, descriptions
    needles -= {n for n in needles if n.casefold().encode("utf-8") in boilerplate}
    assert len(needles) > 40  # the test really looks for many values
    found = {
        (name, needle)
        for name, data in files.items()
        for needle in needles
        if needle.encode("utf-8") in data
    }
    assert found == set()

    assert _sha(sample_archive_path) == before  # the source archive is unchanged
    assert report.archive_id != _archive_id(sample_archive_path)
    assert {p["id"] for p in kept_docs["people"]} == set(people) - dropped_ids
    assert all("biography" not in p for p in kept_docs["people"])
    assert kept_docs["sources"] == []


def test_meta_and_report_say_what_was_redacted_without_values(
    tmp_path: Path, sample_archive_path: Path, tagged_store: object
) -> None:
    out = tmp_path / "published"
    report = publish(sample_archive_path, out, parse_rules(RULES), store=tagged_store)  # type: ignore[arg-type]
    with sqlite3.connect(out / "archive.db") as conn:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    record = json.loads(meta["redactions"])
    assert record["dropped"]["people"] == 3
    assert record["rules"]["people"] == {
        "ids": 1,
        "tags": ["do-not-publish"],
        "filter": {"statuses": ["in_exile"]},
    }
    assert record["rules"]["annotations"] == "drop"
    assert record["fields_changed"]["people.birth"] >= 1
    assert record["dropped"]["sources"] == 1
    assert "p-kalesnikava" not in meta["redactions"]
    on_disk = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert on_disk["preview"]["people_by_rule"] == {
        "ids": 1,
        "tag:do-not-publish": 1,
        "filter": 1,
    }
    assert "p-kalesnikava" not in json.dumps(on_disk)
    assert any("People: 3 of 7 dropped" in line for line in report.lines())


def test_preview_counts_what_publish_drops_and_writes_nothing(
    tmp_path: Path, sample_archive_path: Path, tagged_store: object
) -> None:
    rules = parse_rules(RULES)
    with open_archive(sample_archive_path) as archive:
        pv = preview(archive, rules, store=tagged_store)  # type: ignore[arg-type]
    assert pv.people_total == 7
    assert pv.people_dropped == 3
    assert pv.dropped["sources"] == 1
    assert pv.kept["people"] == 4
    assert pv.citations_dropped > 0
    assert list(tmp_path.iterdir()) == [tmp_path / "notes.kartoteka-notes"] or all(
        "published" not in p.name for p in tmp_path.iterdir()
    )


def test_default_publish_keeps_every_entry_and_no_annotation(
    tmp_path: Path, sample_archive_path: Path, tagged_store: object
) -> None:
    out = tmp_path / "published"
    report = publish(sample_archive_path, out)
    assert report.preview.people_dropped == 0
    assert report.preview.kept["people"] == 7
    for data in _all_bytes(out).values():
        assert b"Informant Zhanna" not in data
        assert b"do-not-publish" not in data


def test_an_encrypted_archive_gives_a_plain_copy(tmp_path: Path, sample_archive_path: Path) -> None:
    secret = tmp_path / "secret.db"
    encrypt_archive(sample_archive_path, secret, "correct horse battery")
    out = tmp_path / "published"
    publish(
        secret,
        out,
        parse_rules({"people": {"ids": ["p-kalesnikava"]}}),
        passphrase="correct horse battery",
    )
    assert (out / "archive.db").read_bytes()[:16] == b"SQLite format 3\x00"
    with open_archive(out / "archive.db") as copy:
        assert copy.db.execute("SELECT count(*) FROM people").fetchone()[0] == 6


def test_unknown_ids_and_tags_are_refused_and_nothing_is_written(
    tmp_path: Path, sample_archive_path: Path, tagged_store: object
) -> None:
    out = tmp_path / "published"
    with pytest.raises(PublishError, match="p-nobody"):
        publish(sample_archive_path, out, parse_rules({"people": {"ids": ["p-nobody"]}}))
    with pytest.raises(PublishError, match="no-such-tag"):
        publish(
            sample_archive_path,
            out,
            parse_rules({"people": {"tags": ["no-such-tag"]}}),
            store=tagged_store,  # type: ignore[arg-type]
        )
    with pytest.raises(PublishError, match="no annotation store"):
        publish(sample_archive_path, out, parse_rules({"people": {"tags": ["x"]}}))
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "published" in p.name] == []


def test_rules_files_are_checked_as_a_whole(tmp_path: Path) -> None:
    bad = {
        "people": {"ids": "p-x", "filter": {"statuses": ["in_custody"], "colour": ["red"]}},
        "fields": {"people.display_name": "drop", "people.region": "year", "nope.x": "drop"},
        "annotations": "keep",
        "extra": 1,
    }
    with pytest.raises(RedactionRulesError) as info:
        parse_rules(bad)
    message = str(info.value)
    for part in (
        "people.ids",
        "colour",
        "display_name",
        "people.region",
        "nope.x",
        "annotations",
        "extra",
    ):
        assert part in message
    path = tmp_path / "rules.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RedactionRulesError, match="not valid JSON"):
        load_rules(path)
    path.write_text(json.dumps(RULES), encoding="utf-8-sig")
    assert load_rules(path).people_ids == ("p-kalesnikava",)
    assert RedactionRules().annotations == "drop"


def test_dropping_a_person_cuts_links_and_scrubs_mentions() -> None:
    docs = {
        "organizations": [],
        "sources": [],
        "people": [
            {
                "id": "p-a",
                "display_name": "Anna Secretova",
                "names": [{"name": "Анна Секретова", "lang": "ru-Cyrl"}],
            },
            {
                "id": "p-b",
                "display_name": "Boris Keptov",
                "biography": "Arrested with Anna Secretova; Секретова too.",
            },
            {"id": "p-j", "display_name": "Judge Dredd"},
        ],
        "relations": [
            {"id": "r-1", "person_id": "p-b", "kind": "spouse", "other_person_id": "p-a"}
        ],
        "sentences": [
            {"id": "s-a", "person_id": "p-a", "judge_id": "p-j"},
            {"id": "s-b", "person_id": "p-b", "judge_id": "p-a"},
        ],
        "quotes": [
            {"id": "q-1", "speaker_id": "p-b", "text": "Free her", "lang": "en", "about": ["p-a"]}
        ],
        "events": [
            {
                "id": "e-1",
                "kind": "detained",
                "description": "Both detained",
                "people": ["p-a", "p-b"],
                "sentence_id": "s-a",
            },
            {"id": "e-2", "kind": "released", "description": "Released", "people": ["p-a"]},
        ],
        "figures": [],
    }
    out, red = redact(docs, RedactionRules(), {"p-a"})
    assert [p["id"] for p in out["people"]] == ["p-b", "p-j"]
    assert out["relations"] == []
    assert out["quotes"] == []
    assert [s["id"] for s in out["sentences"]] == ["s-b"]
    assert "judge_id" not in out["sentences"][0]
    assert [e["id"] for e in out["events"]] == ["e-1"]
    assert out["events"][0]["people"] == ["p-b"]
    assert "sentence_id" not in out["events"][0]
    assert out["people"][0]["biography"] == f"Arrested with {REDACTED}; Секретова too."
    assert red.scrubbed == 1
    assert [(m.entity, m.entry_id) for m in red.possible_mentions] == [("people", "p-b")]
    assert docs["people"][1]["biography"].startswith("Arrested with Anna")  # input untouched


def test_birth_day_becomes_the_year() -> None:
    docs = {
        "people": [
            {"id": "p", "display_name": "X", "birth": "1978-08-18"},
            {"id": "q", "display_name": "Y", "birth": "~1979"},
        ]
    }
    out, red = redact(docs, parse_rules({"fields": {"people.birth": "year"}}), set())
    assert [p["birth"] for p in out["people"]] == ["1978", "~1979"]
    assert red.fields_changed == {"people.birth": 1}
    assert "1978-08-18" in red.secrets


def test_the_dialog_choices(sample_archive_path: Path) -> None:
    fields = droppable_fields()
    assert fields["people.birth"] == ("drop", "year")
    assert fields["people.biography"] == ("drop",)
    assert "people.display_name" not in fields
    assert "people.id" not in fields
    for name in fields:  # every choice is accepted by the rules parser
        parse_rules({"fields": {name: "drop"}})
    with open_archive(sample_archive_path) as archive:
        assert source_publishers(archive) == [("org-euronews", "Euronews", 1)]


def test_rules_json_round_trips_through_the_rules_parser() -> None:
    from db.publish import rules_json

    rules = parse_rules(RULES)
    assert parse_rules(rules_json(rules)) == rules
    assert rules_json(rules)["people"]["ids"] == ["p-kalesnikava"]  # ids, not counts
    assert parse_rules(rules_json(RedactionRules())) == RedactionRules()


def test_progress_reports_each_step_and_raising_there_leaves_nothing(
    tmp_path: Path, sample_archive_path: Path
) -> None:
    steps: list[str] = []
    report = publish(
        sample_archive_path, tmp_path / "ok", progress=lambda s, _share: steps.append(s)
    )
    assert report.archive_path.exists()
    assert steps[:3] == ["read", "redact", "build"]
    assert steps[-2:] == ["check", "done"]

    class Stop(Exception):
        pass

    for stage in ("read", "build", "export", "check", "done"):

        def stop(s: str, _share: float, stage: str = stage) -> None:
            if s == stage:
                raise Stop

        out = tmp_path / f"stopped-{stage}"
        with pytest.raises(Stop):
            publish(sample_archive_path, out, progress=stop)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["ok"]


def test_an_open_archive_is_published_and_left_open(
    tmp_path: Path, sample_archive_path: Path
) -> None:
    with open_archive(sample_archive_path) as archive:
        report = publish(archive, tmp_path / "out")
        assert archive.db.execute("SELECT count(*) FROM people").fetchone()[0] > 0
    assert report.preview.people_dropped == 0


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (OSError(28, "No space left on device"), "the disk is full"),
        (OSError(30, "Read-only file system"), "cannot be written to"),
    ],
)
def test_a_write_that_fails_says_why_and_leaves_nothing(
    tmp_path: Path,
    sample_archive_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    says: str,
) -> None:
    from db.errors import OutputError
    from db.publish import copy

    def fail(*_args: object) -> str:
        raise error

    monkeypatch.setattr(copy, "build_copy", fail)
    with pytest.raises(OutputError, match=says):
        publish(sample_archive_path, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_inside_sqlite_is_an_output_error(
    tmp_path: Path, sample_archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.errors import OutputError
    from db.publish import copy

    def fail(*_args: object) -> str:
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr(copy, "build_copy", fail)
    with pytest.raises(OutputError, match="the disk is full"):
        publish(sample_archive_path, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_an_inconsistent_source_is_refused_with_a_message(
    tmp_path: Path, sample_archive_path: Path
) -> None:
    import shutil

    broken = tmp_path / "broken.db"
    shutil.copyfile(sample_archive_path, broken)
    conn = sqlite3.connect(broken)
    with conn:
        conn.execute("UPDATE events SET sentence_id = 's-missing' WHERE rowid = 1")
    conn.close()
    with pytest.raises(PublishError, match="inconsistent"):
        publish(broken, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.db"]


def test_rules_name_people_by_any_spelling_the_archive_holds(
    tmp_path: Path, sample_archive_path: Path
) -> None:
    """People know names, not ids: an entry that is no id is a spelling, never a guess."""
    from db.errors import ErrorKind
    from db.publish.copy import people_named, people_to_drop

    with open_archive(sample_archive_path) as archive:
        for spelled in ("Марыя Калеснікава", "maryia  KALESNIKAVA", "Мария Колесникова"):
            assert people_named(archive, [spelled]) == {spelled: {"p-kalesnikava"}}
        rules = parse_rules({"people": {"ids": ["Сяргей Ціханоўскі", "p-kalesnikava"]}})
        dropped, by_rule = people_to_drop(archive, rules)
        assert dropped == {"p-tsikhanouski", "p-kalesnikava"}
        assert by_rule["ids"] == 2
        for near in ("Maria Kalesnikova", "Kalesnikava", "Марыя"):  # a typo, a part
            assert people_named(archive, [near]) == {}
        with pytest.raises(PublishError) as caught:
            people_to_drop(archive, parse_rules({"people": {"ids": ["Maria Kalesnikova"]}}))
    assert caught.value.kind is ErrorKind.PUBLISH_UNKNOWN_PEOPLE
    assert "Maria Kalesnikova" in str(caught.value)


def test_a_photo_that_is_no_image_is_named_as_damage(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    """It said only "error: it is not a JPEG, PNG, GIF or WebP image": no file, nothing to do
    (bench/bench_hostile.py, format2: photo_not_image)."""
    import shutil

    from tests.data.hostile_own_format import plant_photo_that_is_no_image

    path = tmp_path / "archive.db"
    shutil.copyfile(sample_archive_path, path)
    plant_photo_that_is_no_image(path)
    out = tmp_path / "published"
    with open_archive(path) as archive, pytest.raises(PublishError) as caught:
        publish(archive, out, RedactionRules())
    message = str(caught.value)
    assert str(path) in message
    assert "not a JPEG" in message
    assert "fresh copy" in message
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.db"]
