"""Popolo JSON (people, organizations, memberships) that `kartoteka import` reads back.

Popolo (popoloproject.com) is the exchange format of parliamentary and
people-tracking tools. Each person carries the Popolo fields (`name`,
`other_names`, `birth_date`, `gender`, `biography`, `identifiers` with the
scheme `kartoteka`) plus the archive's own fields Popolo has no place for
(`roles`, `status`, `status_since`, `region`, `city`, `sort_name`), which the
importer reads back. Dates are EDTF text, which can say more than Popolo's
ISO dates (`~1979`). An `other_names` entry names its romanization `system`
and keeps the spelling's own note as `note`. Sentences, quotes, events and
sources are not Popolo's subject; use the CSV or JSON export for those.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FILE_NAME = "popolo.json"
_PERSON_FIELDS = ("roles", "status", "status_since", "region", "city", "sort_name")


def _person(p: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": p["id"],
        "name": p["display_name"],
        "identifiers": [{"scheme": "kartoteka", "identifier": p["id"]}],
    }
    names = []
    for n in p.get("names") or ():
        item = {"name": n["name"], "lang": n["lang"], "system": n.get("system") or "native"}
        item["note"] = n["note"] if n.get("note") else item["system"]
        names.append(item)
    if names:
        out["other_names"] = names
    for src, dst in (("birth", "birth_date"), ("gender", "gender"), ("biography", "biography")):
        if p.get(src) is not None:
            out[dst] = p[src]
    out.update({k: p[k] for k in _PERSON_FIELDS if p.get(k) is not None})
    return out


def _organization(o: Mapping[str, Any]) -> dict[str, Any]:
    out = {"id": o["id"], "name": o["name"], "classification": o["kind"]}
    if o.get("parent_id"):
        out["parent_id"] = o["parent_id"]
    return out


def _membership(r: Mapping[str, Any]) -> dict[str, Any]:
    out = {"id": r["id"], "person_id": r["person_id"], "organization_id": r["org_id"]}
    for src, dst in (("start", "start_date"), ("end", "end_date"), ("note", "role")):
        if r.get(src):
            out[dst] = r[src]
    return out


def popolo(docs: Mapping[str, Any]) -> dict[str, Any]:
    """The people, organizations and `member_of` relations of interchange documents."""
    return {
        "persons": [_person(p) for p in docs.get("people", ())],
        "organizations": [_organization(o) for o in docs.get("organizations", ())],
        "memberships": [
            _membership(r)
            for r in docs.get("relations", ())
            if r["kind"] == "member_of" and r.get("org_id")
        ],
    }


def write_popolo(folder: Path, archive_path: Path, docs: Mapping[str, Any]) -> list[str]:
    """Write popolo.json (an exporter of db.publish)."""
    text = json.dumps(popolo(docs), ensure_ascii=False, indent=2) + "\n"
    (folder / FILE_NAME).write_text(text, encoding="utf-8")
    return [FILE_NAME]
