"""The hand-over files validate with their own tools: Frictionless, FtM, our Popolo import."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml
from followthemoney import model
from frictionless import validate

from db.connection import open_archive
from db.exporting import read_documents
from db.importing import import_files
from db.publish import publish
from db.publish.datasette_config import DATABASE
from db.publish.ftm import ftm_date
from db.validate import ENTITY_KEYS


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, sample_archive_path: Path) -> Path:
    out = tmp_path_factory.mktemp("publish") / "out"
    publish(sample_archive_path, out)
    return out


def test_datapackage_validates(published: Path) -> None:
    report = validate(published / "csv" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])[:10]


def test_datapackage_validation_catches_a_broken_reference(published: Path, tmp_path: Path) -> None:
    broken = tmp_path / "csv"
    broken.mkdir()
    for f in (published / "csv").iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    with (broken / "names.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerow(["p-nobody", "Nobody", "en", "native", ""])
    report = validate(broken / "datapackage.json")
    assert not report.valid
    assert "foreign-key" in {e[0] for e in report.flatten(["type"])}


def test_ftm_entities_validate_and_refer_to_each_other(published: Path) -> None:
    lines = (published / "entities.ftm.jsonl").read_text(encoding="utf-8").splitlines()
    entities = [json.loads(line) for line in lines]
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    schemata = {e["schema"] for e in entities}
    assert {"Person", "PublicBody", "Organization", "Sanction", "Event"} <= schemata
    for e in entities:
        schema = model.get(e["schema"])
        assert schema is not None
        schema.validate(e)  # raises InvalidData
        cleaned = model.get_proxy(e, cleaned=False)  # cleans every value by its type
        for name, values in e["properties"].items():
            prop = schema.properties.get(name)
            assert prop is not None, (e["schema"], name)
            assert sorted(cleaned.get(name)) == sorted(values), (e["schema"], name)
            if prop.type.name == "entity":
                assert set(values) <= ids, (e["id"], name)
    person = next(e for e in entities if e["id"] == "p-tsikhanouski")
    assert "Сяргей Ціханоўскі" in person["properties"]["alias"]
    assert "Siarhei Tsikanouski" in person["properties"]["weakAlias"]  # the misspelling
    assert person["properties"]["birthDate"] == ["1978-08-18"]


def test_ftm_dates_keep_what_is_certain() -> None:
    assert ftm_date("1978-08-18") == ("1978-08-18", None)
    assert ftm_date("2020-08") == ("2020-08", None)
    assert ftm_date("2023") == ("2023", None)
    assert ftm_date("2020-21") == ("2020", "2020-21")  # spring 2020
    assert ftm_date("~1979") == (None, "~1979")
    assert ftm_date("2024/2025-01") == (None, "2024/2025-01")
    assert ftm_date(None) == (None, None)


def test_popolo_round_trips_through_our_import(
    published: Path, tmp_path: Path, sample_archive_path: Path
) -> None:
    report = import_files(tmp_path / "from-popolo.db", [published / "popolo.json"])
    assert report.added["people"] == 7
    with open_archive(sample_archive_path) as a, open_archive(tmp_path / "from-popolo.db") as b:
        before, after = read_documents(a.db), read_documents(b.db)

    def people(docs: dict[str, list[dict[str, object]]]) -> list[dict[str, object]]:
        return [{k: v for k, v in p.items() if k != "citations"} for p in docs["people"]]

    assert people(after) == people(before)
    orgs = [
        {k: o.get(k) for k in ("id", "name", "kind", "parent_id")} for o in before["organizations"]
    ]
    assert [
        {k: o.get(k) for k in ("id", "name", "kind", "parent_id")} for o in after["organizations"]
    ] == orgs
    members = [r for r in before["relations"] if r["kind"] == "member_of" and r.get("org_id")]
    assert len(after["relations"]) == len(members)


def test_datasette_metadata_names_real_tables_and_columns(
    published: Path, sample_archive_path: Path
) -> None:
    meta = yaml.safe_load((published / "metadata.yml").read_text(encoding="utf-8"))
    config = yaml.safe_load((published / "datasette.yml").read_text(encoding="utf-8"))
    with open_archive(published / "archive.db") as archive:
        columns = {
            t: {r[1] for r in archive.db.execute("SELECT * FROM pragma_table_info(?)", [t])}
            for (t,) in archive.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    for doc in (meta, config):
        tables = doc["databases"][DATABASE]["tables"]
        for table, settings in tables.items():
            assert table in columns, table
            for key in ("label_column", "sort", "sort_desc", "fts_pk"):
                if key in settings:
                    assert settings[key] in columns[table], (table, key)
            for facet in settings.get("facets", ()):
                assert facet in columns[table], (table, facet)
            if "fts_table" in settings:
                assert settings["fts_table"] in columns
    tables = meta["databases"][DATABASE]["tables"]
    assert "status" in tables["people"]["facets"]
    assert tables["person_roles"]["facets"] == ["role"]
    assert "court_id" in tables["sentences"]["facets"]
    assert tables["person_years"]["facets"] == ["year"]
    assert tables["search_names"] == {"hidden": True}
    assert set(ENTITY_KEYS) <= set(tables)
