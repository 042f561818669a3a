"""The interchange CSV files described as a Frictionless data package (`datapackage.json`).

The CSV files are exactly what `kartoteka export OUT` writes (and `kartoteka
import` reads back); the descriptor gives each one a Table Schema: column
types, required columns and allowed values (from db.validate.FIELDS, so it
cannot drift from the importer), the primary key `id`, and the foreign keys
between files, so `frictionless validate datapackage.json` checks references
too. Dates stay EDTF text (`~1979`, `2020-21`): Table Schema's `date` type
cannot hold uncertainty, so they are strings with a description.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from db.exporting import write_documents_to
from db.importing import CSV_CHILDREN, CSV_FILES, CSV_LISTS
from db.validate import CITED_AS, FIELDS, Field

FOLDER = "csv"
DESCRIPTOR = "datapackage.json"
_EDTF = (
    "A date in EDTF (Library of Congress Extended Date/Time Format): 2001-02-03, "
    "2001-02, 2001, ~2001 (about), 2001-21 (spring), 2001/2002-06 (an interval)."
)
_CHILD_FIELDS: dict[str, dict[str, Field]] = {
    "org_names.csv": {"org_id": Field("ref", True, target="organizations")},
    "names.csv": {"person_id": Field("ref", True, target="people")},
    "charges.csv": {"sentence_id": Field("ref", True, target="sentences")},
    "event_people.csv": {
        "event_id": Field("ref", True, target="events"),
        "person_id": Field("ref", True, target="people"),
    },
    "citations.csv": {"source_id": Field("ref", True, target="sources")},
}
_REQUIRED_TEXT = {
    "org_names.csv": ("name", "lang", "system"),
    "names.csv": ("name", "lang", "system"),
    "charges.csv": ("article",),
    "citations.csv": ("entity_type", "entity_id"),
}


def _field(name: str, spec: Field | None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": "string"}
    if spec is None:
        return out
    constraints: dict[str, Any] = {}
    if spec.kind == "int":
        out["type"] = "integer"
    elif spec.kind == "bool":
        out.update(type="boolean", trueValues=["1"], falseValues=["0"])
    elif spec.kind == "date":
        out["description"] = _EDTF
    elif spec.kind == "enum":
        constraints["enum"] = list(spec.values)
    if spec.required:
        constraints["required"] = True
    if constraints:
        out["constraints"] = constraints
    return out


def _schema(file: str) -> dict[str, Any]:
    entity = file.removesuffix(".csv")
    specs: dict[str, Field] = dict(FIELDS.get(entity, {}))
    specs.update(_CHILD_FIELDS.get(file, {}))
    for name in _REQUIRED_TEXT.get(file, ()):
        specs[name] = Field("text", required=True)
    if file == "charges.csv":
        specs["position"] = Field("int", required=True)
    if file == "citations.csv":
        specs["entity_type"] = Field("enum", True, values=tuple(CITED_AS.values()))
    fields = []
    for column in CSV_FILES[file]:
        f = _field(column, specs.get(column))
        if column in CSV_LISTS:
            f["description"] = "Several values separated by ';'."
        fields.append(f)
    schema: dict[str, Any] = {"fields": fields}
    if "id" in CSV_FILES[file]:
        schema["primaryKey"] = ["id"]
    fks = [
        {
            "fields": column,
            # a reference to the resource itself is written "" in Table Schema
            "reference": {"resource": "" if spec.target == entity else spec.target, "fields": "id"},
        }
        for column, spec in specs.items()
        if spec.kind == "ref" and column in CSV_FILES[file]
    ]
    if fks:
        schema["foreignKeys"] = fks
    return schema


def descriptor(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The data package descriptor for the CSV files of an export."""
    resources = []
    for file in CSV_FILES:
        name = file.removesuffix(".csv")
        resource: dict[str, Any] = {
            "name": name,
            "path": file,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {
                "fields": [{"name": "key", "type": "string"}, {"name": "value", "type": "string"}]
            }
            if file == "meta.csv"
            else _schema(file),
        }
        if file in CSV_CHILDREN:
            resource["description"] = f"Rows nested in {CSV_CHILDREN[file][0]} entries."
        resources.append(resource)
    return {
        "profile": "tabular-data-package",
        "name": "kartoteka-archive",
        "title": str(meta.get("title") or "Kartoteka archive"),
        "description": (
            "A Kartoteka archive in its CSV interchange layout (docs/ARCHIVE.md); "
            "`kartoteka import` reads these files back."
        ),
        "resources": resources,
    }


def write_csv_package(folder: Path, archive_path: Path, docs: Mapping[str, Any]) -> list[str]:
    """Write csv/*.csv and csv/datapackage.json (an exporter of db.publish)."""
    target = folder / FOLDER
    write_documents_to(docs, target, "csv")
    text = json.dumps(descriptor(docs.get("meta") or {}), ensure_ascii=False, indent=2) + "\n"
    (target / DESCRIPTOR).write_text(text, encoding="utf-8")
    return [f"{FOLDER}/{DESCRIPTOR}", *(f"{FOLDER}/{f}" for f in CSV_FILES)]
