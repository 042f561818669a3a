"""FollowTheMoney entities, one JSON object a line, for Aleph and OpenSanctions-style matching.

`alephclient write-entities -i entities.ftm.jsonl -f COLLECTION` loads the
file into Aleph; `nomenklatura`/`yente` style tools match its Person entities
against sanctions lists. The mapping:

| archive | FtM schema |
| --- | --- |
| person | Person: `name`, spellings as `alias` (misspellings as `weakAlias`), `birthDate`, |
| | `gender`, `biography`, roles as `position`, status in `notes` |
| court, state body | PublicBody (classification = kind) |
| other organization | Organization (classification = kind) |
| sentence | Sanction: `entity` the person, `authority` the court, `startDate` the date, |
| | `provisions` the term as written and the regime, `reason` the charges |
| event | Event: `involved` people, `organizer` organization, `date`, `location` |
| spouse, parent, child, relative | Family |
| member_of, leader_of, works_for | Membership |
| other relations | Associate (person to person) or UnknownLink |

FtM dates are ISO prefixes (`1978`, `1978-08`, `1978-08-18`) and cannot say
"about 1979" or "spring 2020": an uncertain date keeps the part its earliest
and latest days share (so `~1979` has no date), and its EDTF text goes into
`notes` ("date uncertainty" is what this format loses).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from db import dates
from db.info import ROLE_LABELS, STATUS_LABELS

FILE_NAME = "entities.ftm.jsonl"
_FAMILY = {"spouse", "parent_of", "child_of", "relative"}
_MEMBERSHIP = {"member_of", "leader_of", "works_for"}
_PUBLIC = {"court", "prison", "state_body"}


def ftm_date(edtf: str | None) -> tuple[str | None, str | None]:
    """(the ISO prefix FtM can hold, the EDTF text when that prefix loses something)."""
    if not edtf:
        return None, None
    fd = dates.parse(edtf)
    earliest, latest = fd.earliest, fd.latest
    prefix: str | None = None
    if earliest == latest:
        prefix = earliest
    elif earliest[:7] == latest[:7]:
        prefix = earliest[:7]
    elif earliest[:4] == latest[:4]:
        prefix = earliest[:4]
    return prefix, None if edtf == prefix else edtf


def _entity(schema: str, entity_id: str, props: Mapping[str, list[Any]]) -> dict[str, Any]:
    cleaned = {k: [str(v) for v in vs if v not in (None, "")] for k, vs in props.items()}
    return {
        "id": entity_id,
        "schema": schema,
        "properties": {k: v for k, v in cleaned.items() if v},
    }


def _names(person: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    strong: list[str] = []
    weak: list[str] = []
    for n in person.get("names") or ():
        if n["name"] == person["display_name"]:
            continue
        (weak if n.get("system") == "alias" else strong).append(n["name"])
    return list(dict.fromkeys(strong)), list(dict.fromkeys(weak))


def _person(p: Mapping[str, Any]) -> dict[str, Any]:
    alias, weak = _names(p)
    birth, birth_note = ftm_date(p.get("birth"))
    status = STATUS_LABELS.get(p.get("status") or "unknown", p.get("status"))
    notes = [f"Status: {status}" + (f" since {p['status_since']}" if p.get("status_since") else "")]
    if birth_note:
        notes.append(f"Born {birth_note} (EDTF)")
    return _entity(
        "Person",
        p["id"],
        {
            "name": [p["display_name"]],
            "alias": alias,
            "weakAlias": weak,
            "birthDate": [birth],
            "gender": [p.get("gender")],
            "biography": [p.get("biography")],
            "position": [ROLE_LABELS.get(r, r) for r in p.get("roles") or ()],
            "address": [", ".join(x for x in (p.get("city"), p.get("region")) if x)],
            "notes": notes,
        },
    )


def _organization(o: Mapping[str, Any]) -> dict[str, Any]:
    return _entity(
        "PublicBody" if o["kind"] in _PUBLIC else "Organization",
        o["id"],
        {
            "name": [o["name"]],
            "alias": [n["name"] for n in o.get("names") or () if n["name"] != o["name"]],
            "classification": [o["kind"]],
            "country": [(o.get("country") or "").lower()],
            "description": [o.get("description")],
            "address": [o.get("city")],
        },
    )


def _sanction(s: Mapping[str, Any], orgs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    start, start_note = ftm_date(s.get("date"))
    court = orgs.get(s.get("court_id") or "")
    charges = [
        " ".join(x for x in (f"Article {c['article']}", c.get("article_text")) if x)
        for c in s.get("charges") or ()
    ]
    notes = [s.get("note")]
    if start_note:
        notes.append(f"Sentenced {start_note} (EDTF)")
    if s.get("in_absentia"):
        notes.append("In absentia")
    return _entity(
        "Sanction",
        f"{s['id']}-sanction",
        {
            "entity": [s["person_id"]],
            "authority": [court["name"] if court else None],
            "startDate": [start],
            "provisions": [s.get("term_text") or s.get("term_kind"), s.get("regime")],
            "reason": ["; ".join(charges) if charges else None],
            "duration": [s.get("term_months")],
            "program": ["Criminal sentence"],
            "country": ["by"],
            "summary": [s.get("term_text")],
            "description": notes,  # Sanction has no `notes`
        },
    )


def _event(e: Mapping[str, Any]) -> dict[str, Any]:
    date, note = ftm_date(e.get("date"))
    people = [p if isinstance(p, str) else p["person_id"] for p in e.get("people") or ()]
    return _entity(
        "Event",
        e["id"],
        {
            "name": [f"{e['kind'].replace('_', ' ').capitalize()}: {e['description']}"[:250]],
            "summary": [e["description"]],
            "date": [date],
            "location": [e.get("place")],
            "involved": people,
            "organizer": [e.get("org_id")],
            "keywords": [e["kind"]],
            "notes": [f"Date {note} (EDTF)" if note else None],
        },
    )


def _relation(r: Mapping[str, Any]) -> dict[str, Any]:
    start, _ = ftm_date(r.get("start"))
    end, _ = ftm_date(r.get("end"))
    kind = r["kind"]
    span = {"startDate": [start], "endDate": [end], "summary": [r.get("note")]}
    if r.get("org_id") and kind in _MEMBERSHIP:
        return _entity(
            "Membership",
            r["id"],
            {"member": [r["person_id"]], "organization": [r["org_id"]], "role": [kind], **span},
        )
    if r.get("other_person_id") and kind in _FAMILY:
        return _entity(
            "Family",
            r["id"],
            {
                "person": [r["person_id"]],
                "relative": [r["other_person_id"]],
                "relationship": [kind],
                **span,
            },
        )
    if r.get("other_person_id"):
        return _entity(
            "Associate",
            r["id"],
            {
                "person": [r["person_id"]],
                "associate": [r["other_person_id"]],
                "relationship": [kind],
                **span,
            },
        )
    return _entity(
        "UnknownLink",
        r["id"],
        {"subject": [r["person_id"]], "object": [r["org_id"]], "role": [kind], **span},
    )


def entities(docs: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """FtM entities (as dicts) for the interchange documents; referenced entities come first."""
    orgs = {o["id"]: o for o in docs.get("organizations", ())}
    for o in orgs.values():
        yield _organization(o)
    for p in docs.get("people", ()):
        yield _person(p)
    for s in docs.get("sentences", ()):
        yield _sanction(s, orgs)
    for e in docs.get("events", ()):
        yield _event(e)
    for r in docs.get("relations", ()):
        yield _relation(r)


def write_ftm(folder: Path, archive_path: Path, docs: Mapping[str, Any]) -> list[str]:
    """Write entities.ftm.jsonl (an exporter of db.publish)."""
    with (folder / FILE_NAME).open("w", encoding="utf-8", newline="\n") as fh:
        for entity in entities(docs):
            fh.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    return [FILE_NAME]
