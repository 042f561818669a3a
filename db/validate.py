"""Checks interchange documents before anything is written, row by row.

Import and the sample build both go through here, so a bad file is rejected
as a whole with one message per problem ("people.csv row 14, column birth:
'spring' is not an EDTF date …") instead of failing half way in SQLite.
The allowed values come from db.migrations, so the checks cannot drift from
the schema's CHECK constraints.

Each document may carry a `_where` key (set by the loaders in db.importing)
saying where it came from; without it, problems are located as
`people[3]`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from db import dates
from db import migrations as schema
from db.attachments import AttachmentError, inspect_bytes
from db.errors import import_rejected
from db.problems import Problem, ProblemKind

WHERE = "_where"
"""Key of a document's location: a `Where` set by the loaders."""

ENTITY_KEYS = (
    "organizations",
    "sources",
    "people",
    "relations",
    "sentences",
    "appeals",
    "quotes",
    "events",
    "figures",
    "recognitions",
    "placements",
    "attachments",
)
"""The entity lists of the interchange layout, in the order they are written.

Each is also the name of the archive table holding those entries.
"""
ENTITY_SINCE: dict[str, int] = {"appeals": 2, "recognitions": 2, "placements": 2, "attachments": 2}
"""Entity lists that archives have only from a format version on (others: from 1)."""

TOP_LEVEL_EXTRA = ("meta", "format", "version")
FORMAT_NAME = "kartoteka-interchange"
FORMAT_VERSION = 2
"""Written as `format`/`version` by exports; a newer version is refused.

Version 2 added recognitions, appeals, placements, attachments and the new
fields of organizations and sentences; a version 1 file is read as it is.
"""
GENDERS = ("female", "male", "other")
META_KEYS = (
    "title",
    "publisher",
    "edition",
    "edition_date",
    "languages",
    "synthetic",
    "archive_id",
)
FIGURE_QUALIFIERS = ("exact", "about", "over", "at_least", "between")
# citations are only carried nested in these entities (the writer and exporter use this too)
CITED_AS = {
    "organizations": "organization",
    "people": "person",
    "relations": "relation",
    "sentences": "sentence",
    "appeals": "appeal",
    "quotes": "quote",
    "events": "event",
    "figures": "figure",
    "recognitions": "recognition",
    "placements": "placement",
    "attachments": "attachment",
}
ID_FORBIDDEN = (";", "\n", "\r", "\t")


@dataclass(frozen=True, slots=True)
class Where:
    """Where a document came from, to name it in messages."""

    place: str  # "people.csv" (with `row`) or "data.json: people[3]"
    word: str = "field"  # "column" for CSV files
    row: int | None = None  # a CSV file's row

    @property
    def label(self) -> str:
        """ "people.csv row 14" or "data.json: people[3]"."""
        return self.place if self.row is None else f"{self.place} row {self.row}"

    def at(self, field: str | None) -> str:
        return self.label if field is None else f"{self.label}, {self.word} {field}"

    def problem(self, field: str | None, kind: ProblemKind, **params: Any) -> Problem:
        """A problem here (with `field`, a problem of that field or column)."""
        return Problem.of(
            kind, self.place, row=self.row, field=field, csv_column=self.word == "column", **params
        )


@dataclass(frozen=True, slots=True)
class Field:
    """What one field of an entity may hold."""

    kind: str  # id | text | enum | date | int | bool | ref | bytes
    required: bool = False
    values: tuple[str, ...] = ()  # enum choices
    target: str = ""  # entity key a ref points at
    since: int = 1  # the archive format version that added the field


_ID = Field("id", required=True)
_TEXT = Field("text")
_DATE = Field("date")


def _enum(values: tuple[str, ...], *, required: bool = False, since: int = 1) -> Field:
    return Field("enum", required=required, values=values, since=since)


def _ref(target: str, *, required: bool = False, since: int = 1) -> Field:
    return Field("ref", required=required, target=target, since=since)


_V2_TEXT = Field("text", since=2)
_V2_DATE = Field("date", since=2)


FIELDS: dict[str, dict[str, Field]] = {
    "organizations": {
        "id": _ID,
        "name": Field("text", required=True),
        "kind": _enum(schema.ORG_KINDS, required=True),
        "city": _TEXT,
        "country": _TEXT,
        "parent_id": _ref("organizations"),
        "description": _TEXT,
        "facility_kind": _enum(schema.FACILITY_KINDS, since=2),
        "address_ru": _V2_TEXT,
        "address_be": _V2_TEXT,
    },
    "sources": {
        "id": _ID,
        "title": Field("text", required=True),
        "publisher_id": _ref("organizations"),
        "url": _TEXT,
        "published": _DATE,
        "lang": _TEXT,
    },
    "people": {
        "id": _ID,
        "display_name": Field("text", required=True),
        "sort_name": _TEXT,
        "gender": _enum(GENDERS),
        "region": _TEXT,
        "city": _TEXT,
        "status": _enum(schema.PERSON_STATUSES),
        "biography": _TEXT,
        "birth": _DATE,
        "status_since": _DATE,
    },
    "relations": {
        "id": _ID,
        "person_id": _ref("people", required=True),
        "kind": _enum(schema.RELATION_KINDS, required=True),
        "other_person_id": _ref("people"),
        "org_id": _ref("organizations"),
        "start": _DATE,
        "end": _DATE,
        "note": _TEXT,
    },
    "sentences": {
        "id": _ID,
        "person_id": _ref("people", required=True),
        "court_id": _ref("organizations"),
        "judge_id": _ref("people"),
        "date": _DATE,
        "term_kind": _enum(schema.TERM_KINDS),
        "term_months": Field("int"),
        "term_text": _TEXT,
        "regime": _TEXT,
        "in_absentia": Field("bool"),
        "adds_to_id": _ref("sentences"),
        "note": _TEXT,
        "start": _V2_DATE,
        "prosecutor_id": _ref("people", since=2),
        "lawyer_id": _ref("people", since=2),
    },
    "appeals": {
        "id": _ID,
        "sentence_id": _ref("sentences", required=True),
        "court_id": _ref("organizations"),
        "date": _DATE,
        "outcome": _enum(schema.APPEAL_OUTCOMES),
        "term_months": Field("int"),
        "note": _TEXT,
    },
    "quotes": {
        "id": _ID,
        "speaker_id": _ref("people"),
        "text": Field("text", required=True),
        "lang": Field("text", required=True),
        "date": _DATE,
        "venue": _TEXT,
        "published_by_id": _ref("organizations"),
    },
    "events": {
        "id": _ID,
        "kind": _enum(schema.EVENT_KINDS, required=True),
        "date": _DATE,
        "place": _TEXT,
        "org_id": _ref("organizations"),
        "sentence_id": _ref("sentences"),
        "description": Field("text", required=True),
    },
    "figures": {
        "id": _ID,
        "org_id": _ref("organizations"),
        "description": Field("text", required=True),
        "qualifier": _enum(FIGURE_QUALIFIERS),
        "value": Field("int", required=True),
        "value_high": Field("int"),
        "unit": Field("text", required=True),
        "date": _DATE,
    },
    "recognitions": {
        "id": _ID,
        "person_id": _ref("people", required=True),
        "state": _enum(schema.RECOGNITION_STATES, required=True),
        "by_id": _ref("organizations"),
        "date": _DATE,
        "note": _TEXT,
    },
    "placements": {
        "id": _ID,
        "person_id": _ref("people", required=True),
        "facility_id": _ref("organizations"),
        "start": _DATE,
        "end": _DATE,
        "incommunicado": Field("bool"),
        "note": _TEXT,
    },
    "attachments": {
        "id": _ID,
        "person_id": _ref("people", required=True),
        "media_type": _enum(schema.ATTACHMENT_MEDIA_TYPES),
        "caption": _TEXT,
        "licence": _TEXT,
        "date": _DATE,
        "data": Field("bytes", required=True),
    },
}
"""Scalar fields per entity; the nested lists are checked separately.

This is the one definition of each entity's fields: the writer's columns
(db.writer.table_columns), the CSV layout (db.importing.CSV_FILES), the
exporter's queries and the generator's new tables all derive from it.
"""

NESTED: dict[str, tuple[str, ...]] = {
    "organizations": ("names", "citations"),
    "sources": (),
    "people": ("names", "roles", "citations"),
    "relations": ("citations",),
    "sentences": ("charges", "citations"),
    "quotes": ("about", "citations"),
    "events": ("people", "citations"),
    "figures": ("citations",),
    "appeals": ("citations",),
    "recognitions": ("citations",),
    "placements": ("citations",),
    "attachments": ("citations",),
}
CHILD_FIELDS: dict[str, dict[str, Field]] = {
    "names": {
        "name": Field("text", required=True),
        "lang": Field("text", required=True),
        "system": _enum(schema.NAME_SYSTEMS),
        "note": _TEXT,
    },
    "org_names": {
        "name": Field("text", required=True),
        "lang": Field("text", required=True),
        "system": _enum(schema.NAME_SYSTEMS),
    },
    "charges": {"article": Field("text", required=True), "article_text": _TEXT},
    "citations": {
        "source_id": _ref("sources", required=True),
        "locator": _TEXT,
        "confidence": _enum(schema.CONFIDENCES),
    },
    "people": {"person_id": _ref("people", required=True), "role": _TEXT},
}
"""Fields of the dicts nested in entities (event `people` may also be bare ids)."""


# EDTF parsing (pyparsing) costs about a millisecond; bulk imports repeat dates a lot
_parse_date = functools.lru_cache(maxsize=65536)(dates.parse)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…'"


class _Checker:
    """Collects problems; one instance per validation run."""

    def __init__(
        self,
        docs: Mapping[str, Any],
        existing: Mapping[str, AbstractSet[str]],
        replace: bool,
        source: str,
    ) -> None:
        self.docs = docs
        self.existing = existing
        self.replace = replace
        self.source = source
        self.problems: list[Problem] = []
        self.ids: dict[str, set[str]] = {key: set() for key in ENTITY_KEYS}

    def where(self, doc: Mapping[str, Any], fallback: str) -> Where:
        w = doc.get(WHERE)
        return w if isinstance(w, Where) else Where(f"{self.source}: {fallback}")

    def add(self, where: Where, field: str | None, kind: ProblemKind, **params: Any) -> None:
        self.problems.append(where.problem(field, kind, **params))

    def known(self, key: str, value: str) -> bool:
        return value in self.ids[key] or value in self.existing.get(key, ())

    # -- scalar fields -------------------------------------------------------

    def check_fields(
        self, doc: Mapping[str, Any], spec: Mapping[str, Field], where: Where
    ) -> dict[str, Any]:
        """Check the scalar fields; return those that are valid, for later rules."""
        good: dict[str, Any] = {}
        for name, field in spec.items():
            value = doc.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                if field.required:
                    self.add(where, name, ProblemKind.REQUIRED)
                continue
            if self.check_value(value, field, where, name):
                good[name] = value
        return good

    def check_value(self, value: Any, field: Field, where: Where, name: str) -> bool:
        kind = field.kind
        if kind in ("id", "text", "enum", "date", "ref") and not isinstance(value, str):
            self.add(where, name, ProblemKind.NOT_TEXT, value=_short(value))
            return False
        if kind == "id" and (value != value.strip() or any(c in value for c in ID_FORBIDDEN)):
            self.add(where, name, ProblemKind.BAD_ID, value=_short(value))
            return False
        if kind == "enum" and value not in field.values:
            choices = ", ".join(field.values)
            self.add(where, name, ProblemKind.NOT_ONE_OF, value=_short(value), choices=choices)
            return False
        if kind == "date":
            try:
                _parse_date(value)
            except dates.DateError as exc:
                self.add(where, name, ProblemKind.BAD_DATE, reason=exc)
                return False
        if kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            self.add(where, name, ProblemKind.NOT_WHOLE_NUMBER, value=_short(value))
            return False
        if kind == "int" and name == "term_months" and value < 0:
            self.add(where, name, ProblemKind.NEGATIVE_TERM, value=value)
            return False
        if kind == "bool" and not (isinstance(value, bool) or value in (0, 1)):
            self.add(where, name, ProblemKind.NOT_BOOL, value=_short(value))
            return False
        if kind == "bytes" and not isinstance(value, bytes):
            self.add(where, name, ProblemKind.NOT_BYTES)
            return False
        return True

    # -- whole documents -----------------------------------------------------

    def check_structure(self) -> bool:
        if not isinstance(self.docs, Mapping):
            self.add(Where(self.source), None, ProblemKind.TOP_NOT_OBJECT)
            return False
        ok = True
        for key in self.docs:
            if key not in ENTITY_KEYS and key not in TOP_LEVEL_EXTRA:
                self.add(
                    Where(self.source),
                    None,
                    ProblemKind.UNKNOWN_SECTION,
                    value=repr(key),
                    choices=", ".join(ENTITY_KEYS),
                )
                ok = False
        for key in ENTITY_KEYS:
            items = self.docs.get(key, [])
            if not isinstance(items, list):
                self.add(Where(self.source), None, ProblemKind.SECTION_NOT_LIST, value=repr(key))
                ok = False
                continue
            for i, doc in enumerate(items):
                if not isinstance(doc, Mapping):
                    self.add(Where(f"{self.source}: {key}[{i}]"), None, ProblemKind.NOT_OBJECT)
                    ok = False
        fmt, version = self.docs.get("format"), self.docs.get("version")
        if fmt is not None and fmt != FORMAT_NAME:
            self.add(
                Where(self.source),
                "format",
                ProblemKind.WRONG_FORMAT,
                value=repr(fmt),
                expected=repr(FORMAT_NAME),
            )
            ok = False
        if version is not None and (not isinstance(version, int) or version > FORMAT_VERSION):
            self.add(
                Where(self.source),
                "version",
                ProblemKind.VERSION_TOO_NEW,
                value=repr(version),
                supported=FORMAT_VERSION,
            )
            ok = False
        meta = self.docs.get("meta")
        if meta is not None and not isinstance(meta, Mapping):
            self.add(Where(self.source), "meta", ProblemKind.NOT_OBJECT)
            ok = False
        elif meta is not None:
            ok = self.check_meta(meta) and ok
        return ok

    def check_meta(self, meta: Mapping[str, Any]) -> bool:
        where = Where(f"{self.source}: meta")
        before = len(self.problems)
        for key, value in meta.items():
            if key not in META_KEYS:
                self.add(where, key, ProblemKind.UNKNOWN_META_KEY, choices=", ".join(META_KEYS))
            elif key == "languages":
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    self.add(where, key, ProblemKind.LANGUAGES_NOT_LIST)
            elif key == "synthetic":
                if not isinstance(value, bool):
                    self.add(where, key, ProblemKind.NOT_TRUE_FALSE, value=_short(value))
            elif value is not None and not isinstance(value, str):
                self.add(where, key, ProblemKind.NOT_TEXT, value=_short(value))
        return len(self.problems) == before

    def collect_ids(self) -> None:
        for key in ENTITY_KEYS:
            for i, doc in enumerate(self.docs.get(key, [])):
                where = self.where(doc, f"{key}[{i}]")
                value = doc.get("id")
                if not isinstance(value, str) or not value.strip():
                    continue  # reported by check_fields
                if value in self.ids[key]:
                    self.add(where, "id", ProblemKind.DUPLICATE_ID, value=repr(value), section=key)
                elif not self.replace and value in self.existing.get(key, ()):
                    self.add(where, "id", ProblemKind.ID_EXISTS, value=repr(value))
                self.ids[key].add(value)

    def check_refs(self, good: Mapping[str, Any], spec: Mapping[str, Field], where: Where) -> None:
        for name, field in spec.items():
            if field.kind == "ref" and name in good and not self.known(field.target, good[name]):
                self.add(
                    where,
                    name,
                    ProblemKind.DANGLING_REF,
                    value=repr(good[name]),
                    target=field.target,
                )

    def check_unknown(
        self, doc: Mapping[str, Any], allowed: AbstractSet[str], where: Where
    ) -> None:
        for name in doc:
            if name != WHERE and name not in allowed:
                choices = ", ".join(sorted(allowed))
                self.add(where, name, ProblemKind.UNKNOWN_FIELD, choices=choices)

    def check_children(self, key: str, doc: Mapping[str, Any], where: Where) -> None:
        for child in NESTED[key]:
            items = doc.get(child)
            if items is None:
                continue
            if not isinstance(items, list):
                self.add(where, child, ProblemKind.NOT_LIST)
                continue
            if child in ("roles", "about"):
                self.check_id_list(child, items, where)
                continue
            spec_name = "org_names" if (key, child) == ("organizations", "names") else child
            spec = CHILD_FIELDS[spec_name]
            for j, item in enumerate(items):
                if key == "events" and child == "people" and isinstance(item, str):
                    item = {"person_id": item}
                cw = self.child_where(item, where, child, j)
                if not isinstance(item, Mapping):
                    self.add(cw, None, ProblemKind.NOT_OBJECT)
                    continue
                self.check_unknown(item, set(spec), cw)
                good = self.check_fields(item, spec, cw)
                self.check_refs(good, spec, cw)

    def child_where(self, item: Any, parent: Where, child: str, j: int) -> Where:
        if isinstance(item, Mapping) and isinstance(item.get(WHERE), Where):
            w: Where = item[WHERE]
            return w
        return Where(f"{parent.label}.{child}[{j}]", parent.word)

    def check_id_list(self, child: str, items: Sequence[Any], where: Where) -> None:
        for value in items:
            if not isinstance(value, str):
                self.add(where, child, ProblemKind.NOT_TEXT, value=_short(value))
            elif child == "roles" and value not in schema.ROLES:
                roles = ", ".join(schema.ROLES)
                self.add(where, child, ProblemKind.NOT_ONE_OF, value=repr(value), choices=roles)
            elif child == "about" and not self.known("people", value):
                self.add(where, child, ProblemKind.DANGLING_REF, value=repr(value), target="people")

    def check_rules(self, key: str, good: Mapping[str, Any], where: Where) -> None:
        """Rules that involve more than one field."""
        if key == "relations" and "person_id" in good:
            has_person = good.get("other_person_id") is not None
            has_org = good.get("org_id") is not None
            if has_person == has_org:
                self.add(where, "other_person_id", ProblemKind.RELATION_ONE_TARGET)
        if key == "figures" and "value" in good:
            high = good.get("value_high")
            if good.get("qualifier") == "between" and high is None:
                self.add(where, "value_high", ProblemKind.HIGH_REQUIRED)
            if high is not None and high < good["value"]:
                self.add(
                    where, "value_high", ProblemKind.HIGH_BELOW, high=high, value=good["value"]
                )
        own_id = good.get("id")
        if key == "sentences" and own_id is not None and good.get("adds_to_id") == own_id:
            self.add(where, "adds_to_id", ProblemKind.ADDS_TO_ITSELF)
        if key == "placements" and "start" in good and "end" in good:
            start, end = _parse_date(good["start"]), _parse_date(good["end"])
            if end.latest < start.earliest:
                self.add(
                    where,
                    "end",
                    ProblemKind.END_BEFORE_START,
                    end=repr(good["end"]),
                    start=repr(good["start"]),
                )
        if key == "attachments" and "data" in good:
            try:
                inspect_bytes(good["data"], declared=good.get("media_type"))
            except AttachmentError as exc:
                # `problem` lets the viewer say the reason in the user's language
                self.add(
                    where,
                    "data",
                    ProblemKind.ATTACHMENT_REFUSED,
                    reason=exc,
                    problem=exc.problem.value,
                )

    def run(self) -> list[Problem]:
        if not self.check_structure():
            return self.problems
        self.collect_ids()
        for key in ENTITY_KEYS:
            spec = FIELDS[key]
            allowed = set(spec) | set(NESTED[key])
            for i, doc in enumerate(self.docs.get(key, [])):
                where = self.where(doc, f"{key}[{i}]")
                self.check_unknown(doc, allowed, where)
                good = self.check_fields(doc, spec, where)
                self.check_refs(good, spec, where)
                self.check_rules(key, good, where)
                self.check_children(key, doc, where)
        return self.problems


def validate_documents(
    docs: Mapping[str, Any],
    *,
    existing: Mapping[str, AbstractSet[str]] | None = None,
    replace: bool = False,
    source: str = "input",
) -> list[Problem]:
    """Every problem in `docs`, as plain sentences; empty when all is well.

    Args:
        existing: ids already in the target archive, per entity key; references
            may point at them, and new ids must not repeat them unless `replace`.
        source: the file name used to locate documents that carry no `_where`.
    """
    return _Checker(docs, existing or {}, replace, source).run()


def check_documents(
    docs: Mapping[str, Any],
    *,
    existing: Mapping[str, AbstractSet[str]] | None = None,
    replace: bool = False,
    source: str = "input",
) -> None:
    """Raise ImportValidationError listing every problem, if there is any."""
    problems = validate_documents(docs, existing=existing, replace=replace, source=source)
    if problems:
        raise import_rejected(source, problems)


# -- the quick check of a streaming export ----------------------------------------------
#
# An export checks every entry as an import would (`validate_documents`). Entries read
# from an archive nearly always pass, and checking them document by document, field by
# field was 40 % of an export's time. `certainly_valid` checks a batch column by column
# with set and string operations, stricter than the full check wherever that is simpler;
# a batch it cannot vouch for is checked in full, which says what is wrong, as before.


def _filled(value: Any) -> bool:
    """Whether check_fields checks `value` (a blank text counts as missing)."""
    return value is not None and not (isinstance(value, str) and not value.strip())


_KIND_TYPES: dict[str, type] = {
    "id": str,
    "text": str,
    "enum": str,
    "date": str,
    "ref": str,
    "int": int,
    "bool": bool,
    "bytes": bytes,
}
"""The one type each kind of field may hold, for the quick check (the full one takes
booleans also as 0 and 1)."""


def _column_ok(
    values: Sequence[Any], name: str, field: Field, existing: Mapping[str, AbstractSet[str]]
) -> bool:
    """True only if check_fields and check_refs find nothing in this field of any entry."""
    kinds = set(map(type, values))  # of every value: True and 1 are one in a set
    if type(None) in kinds:
        if field.required:
            return False
        kinds.discard(type(None))
    if not kinds:
        return True
    if kinds != {_KIND_TYPES[field.kind]}:  # exact: no subclass, no unhashable value
        return False
    distinct = set(values)
    distinct.discard(None)
    kind = field.kind
    if kind in ("id", "text", "enum", "date", "ref"):
        # none blank (a blank one is skipped when optional: stricter here)
        if "" in map(str.strip, distinct):
            return False
        if kind == "id":
            joined = "\x00".join(distinct)
            unpadded = all(v == v.strip() for v in distinct)
            return unpadded and not any(c in joined for c in ID_FORBIDDEN)
        if kind == "enum":
            return distinct <= set(field.values)
        if kind == "date":
            return _dates_parse(distinct)
        if kind == "ref":
            known = existing.get(field.target, frozenset())
            return all(value in known for value in distinct)
        return True
    return not (name == "term_months" and min(distinct) < 0)


_GOOD_DATES: set[str] = set()
"""Dates that parsed (a streaming export meets the same ones again and again)."""
_GOOD_DATES_MAX = 100_000


def _dates_parse(values: set[str]) -> bool:
    values -= _GOOD_DATES
    for value in values:
        try:
            _parse_date(value)
        except dates.DateError:
            return False
    if len(_GOOD_DATES) + len(values) > _GOOD_DATES_MAX:
        _GOOD_DATES.clear()
    _GOOD_DATES.update(values)
    return True


def _items_ok(
    items: Sequence[Any],
    spec: Mapping[str, Field],
    allowed: AbstractSet[str],
    existing: Mapping[str, AbstractSet[str]],
) -> bool:
    """True only if every item is a dict of allowed fields and every field passes."""
    if not all(type(item) is dict for item in items):
        return False
    if not set().union(*items) <= allowed:
        return False
    return all(
        _column_ok(list(map(dict.get, items, repeat(name))), name, field, existing)
        for name, field in spec.items()
    )


_RULE_KEYS = frozenset({"relations", "figures", "sentences", "placements", "attachments"})
"""The entities check_rules has rules for."""


def _rules_ok(key: str, docs: Sequence[Mapping[str, Any]]) -> bool:
    """True only if check_rules finds nothing (every field is known to be valid)."""
    if key not in _RULE_KEYS:
        return True
    for doc in docs:
        if key == "relations" and _filled(doc.get("other_person_id")) == _filled(doc.get("org_id")):
            return False
        if key == "figures":
            high = doc.get("value_high")
            if high is None and doc.get("qualifier") == "between":
                return False
            if high is not None and high < doc["value"]:
                return False
        if key == "sentences" and doc.get("adds_to_id") == doc["id"]:
            return False
        if key == "placements" and _filled(doc.get("start")) and _filled(doc.get("end")):
            start, end = _parse_date(doc["start"]), _parse_date(doc["end"])
            if end.latest < start.earliest:
                return False
        if key == "attachments":
            media_type = doc.get("media_type")
            try:
                inspect_bytes(doc["data"], declared=media_type if _filled(media_type) else None)
            except AttachmentError:
                return False
    return True


def _children_ok(
    key: str, docs: Sequence[Mapping[str, Any]], existing: Mapping[str, AbstractSet[str]]
) -> bool:
    """True only if check_children finds nothing in any entry's nested lists."""
    for child in NESTED[key]:
        lists = [doc[child] for doc in docs if doc.get(child) is not None]
        if not all(type(items) is list for items in lists):
            return False
        items = [item for items in lists for item in items]
        if child in ("roles", "about"):
            if not all(type(v) is str for v in items):
                return False
            if child == "roles" and not set(items) <= set(schema.ROLES):
                return False
            known = existing.get("people", frozenset())
            if child == "about" and not all(v in known for v in set(items)):
                return False
            continue
        if key == "events" and child == "people":
            items = [{"person_id": i} if isinstance(i, str) else i for i in items]
        spec = CHILD_FIELDS["org_names" if (key, child) == ("organizations", "names") else child]
        if not _items_ok(items, spec, {*spec, WHERE}, existing):
            return False
    return True


def certainly_valid(
    key: str, docs: Sequence[Mapping[str, Any]], existing: Mapping[str, AbstractSet[str]]
) -> bool:
    """True only if `validate_documents` finds nothing in these entries of `key` (with
    `existing`, `replace=True`, and a head that passes on its own); False says nothing
    (check them in full). Much faster than the full check, for a streaming export."""
    spec = FIELDS[key]
    if not _items_ok(docs, spec, {*spec, *NESTED[key], WHERE}, existing):
        return False
    ids = [doc["id"] for doc in docs]
    if len(set(ids)) < len(ids):
        return False
    return _rules_ok(key, docs) and _children_ok(key, docs, existing)
