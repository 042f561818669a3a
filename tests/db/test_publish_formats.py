"""The hand-over files validate: Frictionless, FollowTheMoney's schema, our Popolo import.

The FtM check reads FollowTheMoney's own schema definitions (tests/data/followthemoney,
copied from followthemoney 4.11.2, MIT licence): the library itself cannot be installed beside
pyicu-wheels (it needs the PyICU sdist, whose `icu` module is the same).
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
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


FTM_SCHEMA = Path(__file__).resolve().parent.parent / "data" / "followthemoney"
_FTM_VALUES = {
    "date": re.compile(r"\d{4}(-\d{2}(-\d{2})?)?"),
    "country": re.compile(r"[a-z]{2}"),
    "number": re.compile(r"-?\d+(\.\d+)?"),
    "gender": re.compile(r"male|female|other"),
    "url": re.compile(r"https?://\S+"),
}


@functools.cache
def _ftm_schemata() -> dict[str, dict[str, Any]]:
    schemata: dict[str, dict[str, Any]] = {}
    for path in sorted(FTM_SCHEMA.glob("*.yaml")):
        schemata.update(yaml.safe_load(path.read_text(encoding="utf-8")))
    return schemata


def _ancestors(name: str) -> list[str]:
    found = [name]
    for parent in _ftm_schemata()[name].get("extends") or ():
        found += [a for a in _ancestors(parent) if a not in found]
    return found


def ftm_problems(entities: list[Mapping[str, Any]]) -> list[str]:
    """What FtM's schema says is wrong with these entities (empty when they validate)."""
    schemata = _ftm_schemata()
    by_id = {e["id"]: e for e in entities}
    problems = []
    if len(by_id) != len(entities):
        problems.append("duplicate ids")
    for e in entities:
        name = e.get("schema")
        if name not in schemata or schemata[name].get("abstract"):
            problems.append(f"{e['id']}: no concrete schema {name!r}")
            continue
        props: dict[str, Any] = {}
        required: set[str] = set()
        for ancestor in _ancestors(name):
            for prop, spec in (schemata[ancestor].get("properties") or {}).items():
                props.setdefault(prop, spec or {})
            required |= set(schemata[ancestor].get("required") or ())
        values = e.get("properties") or {}
        problems += [f"{e['id']}: {name} requires {p}" for p in sorted(required - set(values))]
        for prop, vals in values.items():
            spec = props.get(prop)
            if spec is None:
                problems.append(f"{e['id']}: {name} has no property {prop!r}")
                continue
            kind = spec.get("type", "string")
            for v in vals:
                if not isinstance(v, str) or not v:
                    problems.append(f"{e['id']}.{prop}: {v!r} is not a non-empty string")
                elif kind in _FTM_VALUES and not _FTM_VALUES[kind].fullmatch(v):
                    problems.append(f"{e['id']}.{prop}: {v!r} is not a valid {kind}")
                elif kind == "entity":
                    target = by_id.get(v)
                    if target is None:
                        problems.append(f"{e['id']}.{prop}: no entity {v!r}")
                    elif spec.get("range") not in _ancestors(target["schema"]):
                        problems.append(f"{e['id']}.{prop}: {v!r} is not a {spec.get('range')}")
    return problems


def test_the_ftm_check_finds_problems() -> None:
    good = [
        {"id": "p", "schema": "Person", "properties": {"name": ["A"], "birthDate": ["1978"]}},
        {"id": "s", "schema": "Sanction", "properties": {"entity": ["p"]}},
    ]
    assert ftm_problems(good) == []
    bad = [
        {"id": "p", "schema": "Person", "properties": {"birthDate": ["~1979"], "colour": ["x"]}},
        {"id": "o", "schema": "Organization", "properties": {"name": ["O"]}},
        {"id": "s", "schema": "Sanction", "properties": {"authority": ["Court"]}},
        {"id": "f", "schema": "Family", "properties": {"person": ["p"], "relative": ["o"]}},
        {"id": "t", "schema": "Thing", "properties": {"name": ["T"]}},
    ]
    found = "\n".join(ftm_problems(bad))
    for words in (
        "'~1979' is not a valid date",
        "no property 'colour'",
        "requires entity",
        "'o' is not a Person",
        "no concrete schema 'Thing'",
    ):
        assert words in found


def test_ftm_entities_validate_and_refer_to_each_other(published: Path) -> None:
    lines = (published / "entities.ftm.jsonl").read_text(encoding="utf-8").splitlines()
    entities = [json.loads(line) for line in lines]
    schemata = {e["schema"] for e in entities}
    assert {"Person", "PublicBody", "Organization", "Sanction", "Event"} <= schemata
    assert ftm_problems(entities) == []
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
    assert tables["search_keys"] == {"hidden": True}
    assert set(ENTITY_KEYS) <= set(tables)
