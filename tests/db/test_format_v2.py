"""Format 2 end to end: every new table survives export → import, and the reads see it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from db.connection import open_archive
from db.exporting import export_archive
from db.importing import import_files
from db.person import get_person, record_as_text
from db.records import PersonId
from db.validate import ENTITY_SINCE
from tests.data.format_v2 import v2_documents


@pytest.fixture
def v2_archive(v2_archive_path: Path) -> Path:
    return v2_archive_path


def _export(archive_path: Path, out: Path) -> dict[str, Any]:
    with open_archive(archive_path) as archive:
        export_archive(archive, out)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("name", ["export.json", "export.zip", "export-folder"])
def test_every_new_table_round_trips(v2_archive: Path, tmp_path: Path, name: str) -> None:
    first = _export(v2_archive, tmp_path / "first.json")
    for key in ENTITY_SINCE:
        assert first[key], key  # the fixture fills every format 2 list
    sentence = first["sentences"][0]
    assert {"start", "prosecutor_id", "lawyer_id"} <= set(sentence)
    facility = next(o for o in first["organizations"] if o["id"] == "org-ik3")
    assert {"facility_kind", "address_ru", "address_be"} <= set(facility)
    with open_archive(v2_archive) as archive:
        export_archive(archive, tmp_path / name)
    import_files(tmp_path / "copy.db", [tmp_path / name])
    again = _export(tmp_path / "copy.db", tmp_path / "again.json")
    assert again == first


def test_csv_export_writes_images_as_files(v2_archive: Path, tmp_path: Path) -> None:
    with open_archive(v2_archive) as archive:
        export_archive(archive, tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        rows = zf.read("attachments.csv").decode("utf-8").splitlines()
        files = [n for n in zf.namelist() if n.startswith("attachments/")]
        assert zf.read(files[0]).startswith(b"\x89PNG")
    assert rows[0].endswith(",file")
    assert len(files) == 2
    assert sorted(f.rsplit(".", 1)[1] for f in files) == ["jpg", "png"]


def test_record_reads_everything_format_2_says(v2_archive: Path) -> None:
    with open_archive(v2_archive) as archive:
        rec = get_person(archive.db, PersonId("p-ales"))
    assert rec is not None
    (recognition,) = rec.recognitions
    assert recognition.state == "recognized"
    assert recognition.by is not None
    assert recognition.by.name == "Viasna"
    assert recognition.citations
    (s,) = rec.sentences
    assert s.start is not None
    assert s.start.edtf == "2021-08-12"
    assert s.prosecutor is not None
    assert s.prosecutor.name == "Petr Prakuror"
    assert s.lawyer is not None
    assert s.lawyer.name == "Lidziya Advakat"
    # the appeal cut the term to 30 months, counted from detention
    assert [a.outcome for a in s.appeals] == ["reduced"]
    assert (s.term_end_earliest, s.term_end_latest) == ("2024-02-12", "2024-02-12")
    assert [p.id for p in rec.placements] == ["pl-ales-1", "pl-ales-2"]  # transfer history
    assert rec.held_in is not None
    assert rec.held_in.id == "pl-ales-2"
    assert rec.held_in.incommunicado
    assert rec.held_in.facility is not None
    assert rec.held_in.facility.address_be is not None
    photos = {a.id: a for a in rec.attachments}
    assert (photos["ph-ales"].width, photos["ph-ales"].height) == (12, 16)
    assert photos["ph-ales"].problem is None
    assert photos["ph-ales-2"].media_type == "image/jpeg"  # sniffed when not given
    text = record_as_text(rec)
    for phrase in (
        "Held in: Penal Colony No. 3 (since June 2022)",
        "Political prisoner, recognized by Viasna",
        "Prosecutor: Petr Prakuror",
        "Appeal, 10 May 2022: term reduced (term now 30 months), Supreme Court",
        "letters are not delivered",
        "Ales in 2020 (licence: CC BY 4.0; 12 × 16, image/png)",
    ):
        assert phrase in text
    # footnotes of format 1 facts come first, new ones follow without gaps
    numbers = sorted({n for c in rec.citations for n in [c.number]})
    assert numbers == list(range(1, len(rec.citations) + 1))


def test_a_release_ends_what_held_in_says(v2_archive: Path, tmp_path: Path) -> None:
    docs = v2_documents()
    docs["people"][0]["status"] = "released"
    src = tmp_path / "in.json"
    src.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    import_files(tmp_path / "a.db", [src])
    with open_archive(tmp_path / "a.db") as archive:
        rec = get_person(archive.db, PersonId("p-ales"))
    assert rec is not None
    assert rec.held_in is None
    assert len(rec.placements) == 2  # the history stays


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("placements", 0, "end", "2020"), "is before the start"),
        (("recognitions", 0, "state", "maybe"), "is not one of: recognized"),
        (("appeals", 0, "outcome", "won"), "is not one of: upheld"),
        (("organizations", 3, "facility_kind", "gulag"), "is not one of"),
        (("sentences", 0, "lawyer_id", "p-nobody"), "refers to 'p-nobody'"),
        (("placements", 0, "incommunicado", "sometimes"), "is not true/false"),
    ],
)
def test_new_fields_are_validated(
    tmp_path: Path, change: tuple[str, int, str, Any], problem: str
) -> None:
    from db.errors import ImportValidationError

    docs = v2_documents()
    key, i, field, value = change
    docs[key][i][field] = value
    src = tmp_path / "in.json"
    src.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportValidationError) as info:
        import_files(tmp_path / "a.db", [src])
    assert any(problem in p and f"{key}[{i}], field {field}" in p for p in info.value.problems)
    assert not (tmp_path / "a.db").exists()
