"""db.validate: every rule rejects what it should and names where the problem is."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from db.errors import ImportValidationError
from db.validate import check_documents, validate_documents


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
