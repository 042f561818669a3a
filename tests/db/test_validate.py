"""db.validate: every rule rejects what it should and names where the problem is."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from db.errors import ImportValidationError
from db.validate import (
    ENTITY_KEYS,
    FIELDS,
    NESTED,
    certainly_valid,
    check_documents,
    validate_documents,
)


def _good() -> dict[str, Any]:
    return {
        "organizations": [{"id": "o1", "name": "Court", "kind": "court"}],
        "sources": [{"id": "src1", "title": "An article", "published": "2025-06-21"}],
        "people": [
            {
                "id": "p1",
                "display_name": "Siarhei Tsikhanouski",
                "birth": "1978-08-18",
                "status": "released",
                "roles": ["prisoner", "blogger"],
                "names": [{"name": "Сяргей Ціханоўскі", "lang": "be-Cyrl", "system": "native"}],
                "citations": [{"source_id": "src1", "locator": "para. 2"}],
            },
            {"id": "p2", "display_name": "Sviatlana Tsikhanouskaya"},
        ],
        "relations": [{"id": "r1", "person_id": "p1", "kind": "spouse", "other_person_id": "p2"}],
        "sentences": [
            {"id": "s1", "person_id": "p1", "court_id": "o1", "date": "2021", "term_months": 216},
            {
                "id": "s2",
                "person_id": "p1",
                "date": "2023",
                "term_months": 18,
                "adds_to_id": "s1",
                "charges": [{"article": "411"}],
            },
        ],
        "quotes": [{"id": "q1", "speaker_id": "p2", "text": "hi", "lang": "en", "about": ["p1"]}],
        "events": [
            {
                "id": "e1",
                "kind": "released",
                "date": "2025-06-21",
                "description": "Released",
                "people": ["p1", {"person_id": "p2", "role": "wife"}],
            }
        ],
        "figures": [
            {
                "id": "f1",
                "description": "Detained daily",
                "qualifier": "between",
                "value": 15,
                "value_high": 20,
                "unit": "people",
            }
        ],
    }


def test_good_documents_have_no_problems() -> None:
    assert validate_documents(_good()) == []


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    docs = copy.deepcopy(_good())
    target: Any = docs
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return docs


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("people", 0, "birth"), "spring", "people[0], field birth: 'spring' is not an EDTF"),
        (("people", 0, "status"), "free", "people[0], field status: 'free' is not one of"),
        (("people", 1, "display_name"), _DELETE, "people[1], field display_name: is required"),
        (("people", 1, "display_name"), "  ", "people[1], field display_name: is required"),
        (("people", 1, "id"), "p1", "people[1], field id: 'p1' appears more than once"),
        (("people", 1, "id"), "a;b", "people[1], field id: 'a;b' is not a usable id"),
        (("people", 0, "roles"), ["saint"], "people[0], field roles: 'saint' is not one of"),
        (("people", 0, "birthdate"), "1978", "people[0], field birthdate: unknown field"),
        (("people", 0, "names", 0, "system"), "x", "people[0].names[0], field system: 'x'"),
        (("people", 0, "names", 0, "lang"), _DELETE, "names[0], field lang: is required"),
        (("people", 0, "citations", 0, "source_id"), "nope", "field source_id: refers to 'nope'"),
        (("sentences", 0, "term_months"), -3, "sentences[0], field term_months: -3 is negative"),
        (("sentences", 0, "term_months"), "12", "field term_months: '12' is not a whole number"),
        (("sentences", 0, "term_months"), True, "field term_months: True is not a whole number"),
        (("sentences", 0, "in_absentia"), "maybe", "field in_absentia: 'maybe' is not true/false"),
        (("sentences", 0, "court_id"), "o9", "sentences[0], field court_id: refers to 'o9'"),
        (("sentences", 1, "adds_to_id"), "s2", "field adds_to_id: a sentence cannot add to itself"),
        (("sentences", 1, "charges", 0, "article"), "", "charges[0], field article: is required"),
        (("relations", 0, "org_id"), "o1", "needs exactly one of other_person_id and org_id"),
        (("relations", 0, "other_person_id"), _DELETE, "needs exactly one of other_person_id"),
        (("quotes", 0, "about"), ["p7"], "quotes[0], field about: refers to 'p7'"),
        (("quotes", 0, "lang"), _DELETE, "quotes[0], field lang: is required"),
        (("events", 0, "people", 0), "p7", "events[0].people[0], field person_id: refers to"),
        (("events", 0, "kind"), "party", "events[0], field kind: 'party' is not one of"),
        (("figures", 0, "value_high"), _DELETE, "field value_high: is required when qualifier"),
        (("figures", 0, "value_high"), 3, "figures[0], field value_high: 3 is below value 15"),
        (("figures", 0, "value"), 1.5, "figures[0], field value: 1.5 is not a whole number"),
        (("prisoners",), [], "input: unknown section 'prisoners'"),
        (("people",), {"id": "p1"}, "input: section 'people' must be a list"),
        (("version",), 3, "field version: 3 is newer than this Kartoteka reads"),
        (("meta",), {"languages": "en"}, "input: meta, field languages: must be a list"),
        (("meta",), {"synthetic": "no"}, "input: meta, field synthetic: 'no' must be true"),
        (("meta",), {"colour": "red"}, "input: meta, field colour: unknown key"),
        (("meta",), [], "input, field meta: must be an object"),
    ],
)
def test_each_rule_names_the_place(path: tuple[Any, ...], value: Any, expected: str) -> None:
    problems = validate_documents(_with(path, value))
    assert any(expected in p for p in problems), problems


def test_existing_ids_resolve_references_and_block_duplicates() -> None:
    docs = {
        "people": [{"id": "p1", "display_name": "New"}],
        "relations": [{"id": "r9", "person_id": "p1", "kind": "ally", "other_person_id": "old"}],
    }
    existing = {"people": {"old", "p1"}}
    problems = validate_documents(docs, existing=existing)
    assert problems == [
        "input: people[0], field id: 'p1' already exists in the archive; use another id, "
        "or import with replace to overwrite the existing entry"
    ]
    assert validate_documents(docs, existing=existing, replace=True) == []


def test_check_documents_raises_with_every_problem() -> None:
    docs = _with(("people", 0, "birth"), "spring")
    docs["people"][1]["status"] = "free"
    with pytest.raises(ImportValidationError) as info:
        check_documents(docs, source="data.json")
    assert len(info.value.problems) == 2
    assert "data.json: nothing was imported" in str(info.value)
    assert "data.json: people[0], field birth" in str(info.value)


# -- the quick check a streaming export uses ----------------------------------------------

_HOSTILE_VALUES: tuple[Any, ...] = (
    None,
    "",
    "  ",
    " padded",
    "semi;colon",
    "line\nbreak",
    "spring",
    "1978-13-45",
    "2020-01-01",
    "1900",
    "nobody",
    "released",
    -1,
    0,
    1,
    7,
    True,
    False,
    1.5,
    b"\x89PNG",
    ["x"],
    {"x": 1},
)
"""Values of every wrong kind (and some right ones) put in each field in turn."""


def _exported(
    request: pytest.FixtureRequest, fixture: str
) -> tuple[dict[str, Any], dict[str, set[str]]]:
    from db.connection import open_archive
    from db.exporting import read_documents

    with open_archive(request.getfixturevalue(fixture)) as archive:
        docs = read_documents(archive.db)
    existing = {key: {d["id"] for d in docs[key]} for key in ENTITY_KEYS}
    return docs, existing


def _variants(doc: dict[str, Any], key: str) -> Any:
    """`doc` with one field (or one field of one nested item) set to each hostile value."""
    for name in [*FIELDS[key], "unknown_field"]:
        for value in (*_HOSTILE_VALUES, doc["id"]):  # an entry that refers to itself
            changed = dict(doc)
            changed[name] = value
            yield changed
    for child in NESTED[key]:
        for value in _HOSTILE_VALUES:
            yield {**doc, child: value}
            yield {**doc, child: [value]}
        for item in doc.get(child) or ():
            fields = list(item) if isinstance(item, dict) else ["person_id"]
            for name in [*fields, "unknown_field"]:
                for value in _HOSTILE_VALUES:
                    changed_item = dict(item) if isinstance(item, dict) else {"person_id": item}
                    changed_item[name] = value
                    yield {**doc, child: [changed_item]}


_ARCHIVES = ("sample_archive_path", "v2_archive_path")


@pytest.mark.parametrize("fixture", _ARCHIVES)
def test_the_quick_check_never_passes_what_the_full_check_refuses(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    """An export skips the full check of a batch the quick one vouches for (the full check
    was 40 % of its time): it must vouch only for batches with no problem at all."""
    docs, existing = _exported(request, fixture)
    vouched = refused = 0
    for key in ENTITY_KEYS:
        for doc in docs[key][:3]:
            for changed in _variants(doc, key):
                batch = [copy.deepcopy(changed)]
                problems = validate_documents({key: batch}, existing=existing, replace=True)
                if certainly_valid(key, batch, existing):
                    assert problems == [], (key, changed)
                    vouched += 1
                else:
                    refused += 1
        if docs[key]:  # an id twice in a batch
            assert not certainly_valid(key, [docs[key][0], dict(docs[key][0])], existing)
    assert vouched > 100
    assert refused > 1000


@pytest.mark.parametrize("fixture", _ARCHIVES)
def test_the_quick_check_vouches_for_an_archive_s_own_entries(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    docs, existing = _exported(request, fixture)
    for key in ENTITY_KEYS:
        assert certainly_valid(key, docs[key], existing), key
    dangling = {**existing, "people": set()}
    assert not certainly_valid("sentences", docs["sentences"], dangling)
