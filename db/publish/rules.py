"""What a publishable copy leaves out: the redaction rules and their JSON file.

A rules file is a JSON object; every part is optional (docs/PUBLISHING.md
describes it with examples):

    {
      "people": {"ids": [...], "tags": [...], "filter": {"statuses": [...], ...}},
      "fields": {"people.biography": "drop", "people.birth": "year"},
      "sources": {"ids": [...], "publishers": [...]},
      "organizations": {"ids": [...]},
      "annotations": "drop",
      "scrub_mentions": true
    }

The rules are checked as a whole before anything is read, and every problem
is reported at once, as an import is.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.errors import ErrorKind, KartotekaError
from db.untrusted import special_file
from db.validate import FIELDS

FIELD_ACTIONS = ("drop", "year")
"""`drop` removes a field's value; `year` keeps only the year of a date."""
FILTER_KEYS = ("statuses", "roles", "regions", "court_ids", "articles")
"""List filters of `people.filter` (as in the viewer's facets); plus year_from/year_to."""
ANNOTATIONS_CHOICES = ("drop",)
"""Annotations live in a separate store and never go into a publishable copy."""
_TOP_KEYS = ("people", "fields", "sources", "organizations", "annotations", "scrub_mentions")


class RedactionRulesError(KartotekaError):
    """The rules file cannot be used; the message lists every problem."""

    title = "Redaction rules are not valid"


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """People to drop by what the viewer's facets filter on; empty means "no filter"."""

    statuses: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    court_ids: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The filter as the rules file writes it (only what is set)."""
        return {k: list(getattr(self, k)) for k in FILTER_KEYS if getattr(self, k)} | {
            k: getattr(self, k) for k in ("year_from", "year_to") if getattr(self, k) is not None
        }

    def is_empty(self) -> bool:
        return not (self.statuses or self.roles or self.regions or self.court_ids) and not (
            self.articles or self.year_from is not None or self.year_to is not None
        )


@dataclass(frozen=True, slots=True)
class RedactionRules:
    """Everything to leave out of a publishable copy (the default leaves out annotations only)."""

    people_ids: tuple[str, ...] = ()
    people_tags: tuple[str, ...] = ()
    people_filter: PeopleFilter = field(default_factory=PeopleFilter)
    fields: tuple[tuple[str, str], ...] = ()  # ("people.biography", "drop"), ...
    source_ids: tuple[str, ...] = ()
    source_publishers: tuple[str, ...] = ()
    organization_ids: tuple[str, ...] = ()
    annotations: str = "drop"
    scrub_mentions: bool = True

    def field_action(self, entity: str, name: str) -> str | None:
        return dict(self.fields).get(f"{entity}.{name}")

    def describe(self) -> dict[str, Any]:
        """The rules themselves, with ids counted (tags, field names; never a redacted value)."""
        out = rules_json(self)
        for part in ("people", "sources", "organizations"):
            if "ids" in out.get(part, {}):
                out[part]["ids"] = len(out[part]["ids"])
        return out


def rules_json(rules: RedactionRules) -> dict[str, Any]:
    """The rules as the JSON object `parse_rules` reads (the CLI's --redact file).

    Unlike `describe`, this holds the ids themselves: it is the user's own
    rules file, saved to be used again, not a record inside the copy.
    """
    out: dict[str, Any] = {}
    people: dict[str, Any] = {}
    if rules.people_ids:
        people["ids"] = list(rules.people_ids)
    if rules.people_tags:
        people["tags"] = list(rules.people_tags)
    f = rules.people_filter
    if not f.is_empty():
        people["filter"] = f.as_json()
    if people:
        out["people"] = people
    if rules.fields:
        out["fields"] = dict(rules.fields)
    sources: dict[str, Any] = {}
    if rules.source_ids:
        sources["ids"] = list(rules.source_ids)
    if rules.source_publishers:
        sources["publishers"] = list(rules.source_publishers)
    if sources:
        out["sources"] = sources
    if rules.organization_ids:
        out["organizations"] = {"ids": list(rules.organization_ids)}
    out["annotations"] = rules.annotations
    out["scrub_mentions"] = rules.scrub_mentions
    return out


def droppable_fields() -> dict[str, tuple[str, ...]]:
    """Every "entity.field" a rules file may name, with the actions it allows (for the dialog)."""
    return {
        f"{entity}.{name}": ("drop", "year") if spec.kind == "date" else ("drop",)
        for entity, specs in FIELDS.items()
        for name, spec in specs.items()
        if not spec.required and spec.kind != "id"
    }


def _strings(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        problems.append(f"{where}: expected a list of non-empty strings")
        return ()
    return tuple(dict.fromkeys(value))


def _unknown(
    raw: Mapping[str, Any], allowed: tuple[str, ...], where: str, problems: list[str]
) -> None:
    for key in raw:
        if key not in allowed:
            problems.append(f"{where}: unknown key {key!r} (allowed: {', '.join(allowed)})")


def _year(value: Any, where: str, problems: list[str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{where}: expected a year as a whole number")
        return None
    return value


def _filter(raw: Any, problems: list[str]) -> PeopleFilter:
    if raw is None:
        return PeopleFilter()
    if not isinstance(raw, Mapping):
        problems.append("people.filter: expected an object")
        return PeopleFilter()
    _unknown(raw, (*FILTER_KEYS, "year_from", "year_to"), "people.filter", problems)
    lists = {k: _strings(raw.get(k), f"people.filter.{k}", problems) for k in FILTER_KEYS}
    return PeopleFilter(
        **lists,
        year_from=_year(raw.get("year_from"), "people.filter.year_from", problems),
        year_to=_year(raw.get("year_to"), "people.filter.year_to", problems),
    )


def _fields(raw: Any, problems: list[str]) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, Mapping):
        problems.append('fields: expected an object such as {"people.biography": "drop"}')
        return ()
    out = []
    for name, action in raw.items():
        entity, _, column = str(name).partition(".")
        spec = FIELDS.get(entity, {}).get(column)
        if spec is None:
            problems.append(
                f"fields: {name!r} is not a field (write entity.field, e.g. people.biography)"
            )
            continue
        if action not in FIELD_ACTIONS:
            problems.append(f"fields.{name}: {action!r} is not one of {', '.join(FIELD_ACTIONS)}")
            continue
        if spec.required or spec.kind == "id":
            problems.append(
                f"fields.{name}: this field is required in every entry and cannot be dropped; "
                "drop the entries instead"
            )
            continue
        if action == "year" and spec.kind != "date":
            problems.append(f"fields.{name}: 'year' applies to dates only; use 'drop'")
            continue
        out.append((str(name), str(action)))
    return tuple(out)


def parse_rules(raw: Any, *, source: str = "rules") -> RedactionRules:
    """Rules from a decoded JSON value; RedactionRulesError lists every problem."""
    problems: list[str] = []
    if not isinstance(raw, Mapping):
        raise RedactionRulesError.of(ErrorKind.RULES_NOT_OBJECT, source)
    _unknown(raw, _TOP_KEYS, "rules", problems)
    people = raw.get("people") or {}
    if not isinstance(people, Mapping):
        problems.append("people: expected an object")
        people = {}
    _unknown(people, ("ids", "tags", "filter"), "people", problems)
    sources = raw.get("sources") or {}
    if not isinstance(sources, Mapping):
        problems.append("sources: expected an object")
        sources = {}
    _unknown(sources, ("ids", "publishers"), "sources", problems)
    orgs = raw.get("organizations") or {}
    if not isinstance(orgs, Mapping):
        problems.append("organizations: expected an object")
        orgs = {}
    _unknown(orgs, ("ids",), "organizations", problems)
    annotations = raw.get("annotations", "drop")
    if annotations not in ANNOTATIONS_CHOICES:
        problems.append(
            f"annotations: {annotations!r} is not allowed; a publishable copy never holds "
            "annotations (share them with File ▸ Export annotations instead)"
        )
    scrub = raw.get("scrub_mentions", True)
    if not isinstance(scrub, bool):
        problems.append("scrub_mentions: expected true or false")
        scrub = True
    rules = RedactionRules(
        people_ids=_strings(people.get("ids"), "people.ids", problems),
        people_tags=_strings(people.get("tags"), "people.tags", problems),
        people_filter=_filter(people.get("filter"), problems),
        fields=_fields(raw.get("fields"), problems),
        source_ids=_strings(sources.get("ids"), "sources.ids", problems),
        source_publishers=_strings(sources.get("publishers"), "sources.publishers", problems),
        organization_ids=_strings(orgs.get("ids"), "organizations.ids", problems),
        scrub_mentions=scrub,
    )
    if problems:
        raise RedactionRulesError.of(
            ErrorKind.RULES_PROBLEMS,
            source,
            count=len(problems),
            problems="; ".join(problems),
        )
    return rules


def load_rules(path: str | Path) -> RedactionRules:
    """Rules from a JSON file (UTF-8, a byte-order mark is fine)."""
    p = Path(path)
    if special_file(p):  # a pipe would wait for good, /dev/zero fill the memory
        raise RedactionRulesError.of(ErrorKind.INPUT_NOT_A_FILE, p)
    try:
        raw = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise RedactionRulesError.of(ErrorKind.RULES_UNREADABLE, p, cause=exc) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RedactionRulesError.of(ErrorKind.RULES_NOT_JSON, p, reason=exc) from exc
    return parse_rules(raw, source=str(p))
