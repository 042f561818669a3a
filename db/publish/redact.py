"""Applying redaction rules to an archive's interchange documents.

Redaction works on the documents `db.exporting.read_documents` returns, and
the copy is then *built anew* from what is left (db.publish.copy). A value
that was dropped therefore never reaches the new file, so no free page, FTS
segment, derived table or search-index row can hold it.

Dropping a person drops what is theirs: their names, roles, sentences (with
charges), relations on either side, quotes they said or that are about them,
and events that concern no one else. A link from an entry that stays (a
judge on someone else's sentence, one of several people of an event) is cut.
With `scrub_mentions`, every spelling of a dropped person's name that still
occurs in the free text of what stays is replaced by `[redacted]`; inflected
forms ("Калеснікавай") are not found that way, so those words are listed for
a person to review instead (`Redaction.possible_mentions`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from db.names import fold_words
from db.publish.rules import RedactionRules
from db.validate import ENTITY_KEYS, FIELDS

REDACTED = "[redacted]"
MIN_MENTION_CHARS = 4
"""Shorter name spellings are not scrubbed from free text (too many false hits)."""
_YEAR_ONLY = re.compile(r"(\d{4})-\d{2}(?:-\d{2})?")

Docs = dict[str, Any]


@dataclass(frozen=True, slots=True)
class PossibleMention:
    """A word in kept text that folds like a dropped person's surname."""

    entity: str  # entity key, e.g. "events"
    entry_id: str
    field: str


@dataclass(slots=True)
class Redaction:
    """What a redaction dropped, in counts (the report) and in values (the self-check).

    `counts`, `fields_changed`, `scrubbed` and `possible_mentions` describe what
    was done and go into the report and the copy's `meta`; `secrets` are the
    dropped values themselves, kept in memory only to verify the written file.
    """

    dropped: dict[str, int] = field(default_factory=dict)  # entity key -> entries dropped
    links_cut: int = 0
    fields_changed: dict[str, int] = field(default_factory=dict)  # "people.birth" -> values
    citations_dropped: int = 0
    scrubbed: int = 0  # name spellings replaced in free text
    possible_mentions: list[PossibleMention] = field(default_factory=list)
    secrets: set[str] = field(default_factory=set)

    def summary(self) -> dict[str, Any]:
        """Counts only, for `meta` and the report (never a redacted value)."""
        return {
            "dropped": {k: n for k, n in self.dropped.items() if n},
            "links_cut": self.links_cut,
            "fields_changed": dict(self.fields_changed),
            "citations_dropped": self.citations_dropped,
            "mentions_scrubbed": self.scrubbed,
            "possible_mentions": len(self.possible_mentions),
        }


def _text_fields(entity: str) -> list[str]:
    return [name for name, spec in FIELDS[entity].items() if spec.kind == "text"]


def _secret_texts(doc: Mapping[str, Any], entity: str) -> Iterable[str]:
    """The values of an entry that must not survive it (its id, names and free text).

    Citation locators ("para. 22") are not among them: they name a place in a
    source, and the same words locate kept entries too.
    """
    yield str(doc["id"])
    for name in _text_fields(entity):
        value = doc.get(name)
        if isinstance(value, str):
            yield value
    for n in doc.get("names") or ():
        if isinstance(n, Mapping) and n.get("name"):
            yield str(n["name"])
            if n.get("note"):
                yield str(n["note"])


def _filter_out(
    docs: Docs, entity: str, drop: set[str], red: Redaction, *, secrets: bool = True
) -> None:
    kept = []
    for doc in docs.get(entity, ()):
        if doc["id"] in drop:
            red.dropped[entity] = red.dropped.get(entity, 0) + 1
            if secrets:
                red.secrets.update(s for s in _secret_texts(doc, entity) if s)
        else:
            kept.append(doc)
    docs[entity] = kept


DROP_WITH: frozenset[tuple[str, str]] = frozenset(
    {
        ("quotes", "speaker_id"),  # the words of someone who is not published
        ("relations", "other_person_id"),  # a relation needs both sides
        ("relations", "org_id"),
    }
)
"""Optional references whose entry goes when the entry they name goes (others are cut)."""


def _entity_lists(docs: Docs) -> list[str]:
    return [key for key in FIELDS if isinstance(docs.get(key), list)]


def cascade(docs: Docs, gone: dict[str, set[str]], red: Redaction) -> None:
    """Drop what requires a dropped entry; cut optional links to one; repeat until stable.

    Driven by db.validate.FIELDS (every `ref` field and its target), so the
    tables a newer format adds are followed without changes here.
    """
    while True:
        more: dict[str, set[str]] = {}
        for entity in _entity_lists(docs):
            refs = [(f, spec) for f, spec in FIELDS[entity].items() if spec.kind == "ref"]
            for doc in docs[entity]:
                if doc["id"] in gone.get(entity, ()):
                    continue
                for name, spec in refs:
                    if doc.get(name) is None or doc[name] not in gone.get(spec.target, ()):
                        continue
                    if spec.required or (entity, name) in DROP_WITH:
                        more.setdefault(entity, set()).add(doc["id"])
                    else:
                        del doc[name]
                        red.links_cut += 1
        if not more:
            break
        for entity, ids in more.items():
            gone.setdefault(entity, set()).update(ids)
    for entity, ids in gone.items():
        if ids and entity in docs:
            _filter_out(docs, entity, ids, red)


def _person_ids(items: Iterable[Any]) -> list[str]:
    return [p if isinstance(p, str) else p["person_id"] for p in items]


def drop_people(docs: Docs, people: set[str], red: Redaction) -> None:
    """Drop people and what is theirs; cut links to them from what stays.

    Besides what references them (db.validate.FIELDS), quotes about them go,
    and so do events that concern no one else; they leave the other events.
    """
    if not people:
        return
    gone: dict[str, set[str]] = {"people": set(people)}
    gone["quotes"] = {
        q["id"] for q in docs.get("quotes", ()) if people.intersection(q.get("about") or ())
    }
    gone["events"] = set()
    for e in docs.get("events", ()):
        ids = _person_ids(e.get("people") or ())
        if ids and all(pid in people for pid in ids):
            gone["events"].add(e["id"])
        elif people.intersection(ids):
            e["people"] = [p for p in e["people"] if _person_ids([p])[0] not in people]
            red.links_cut += len(ids) - len(e["people"])
    cascade(docs, gone, red)


def drop_organizations(docs: Docs, orgs: set[str], red: Redaction) -> None:
    """Drop organizations; what requires them goes, other references are cut."""
    if orgs:
        cascade(docs, {"organizations": set(orgs)}, red)


def drop_sources(docs: Docs, sources: set[str], red: Redaction) -> None:
    """Drop sources and every citation of them."""
    if not sources:
        return
    _filter_out(docs, "sources", sources, red)
    for entity in ENTITY_KEYS:
        for doc in docs.get(entity, ()):
            cites = doc.get("citations")
            if not cites:
                continue
            kept = [c for c in cites if c["source_id"] not in sources]
            red.citations_dropped += len(cites) - len(kept)
            if kept:
                doc["citations"] = kept
            else:
                del doc["citations"]


def _year_only(edtf: str) -> str:
    return _YEAR_ONLY.sub(r"\1", edtf)


def apply_fields(docs: Docs, rules: RedactionRules, red: Redaction) -> None:
    """Drop field values, or keep only the year of a date."""
    for name, action in rules.fields:
        entity, _, column = name.partition(".")
        changed = 0
        for doc in docs.get(entity, ()):
            value = doc.get(column)
            if value is None:
                continue
            if action == "drop":
                del doc[column]
                if isinstance(value, str) and FIELDS[entity][column].kind in ("text", "date"):
                    red.secrets.add(value)
                changed += 1
            else:
                reduced = _year_only(str(value))
                if reduced != value:
                    doc[column] = reduced
                    red.secrets.add(str(value))
                    changed += 1
        red.fields_changed[name] = changed


def _spellings(dropped_people: Iterable[Mapping[str, Any]]) -> set[str]:
    found: set[str] = set()
    for p in dropped_people:
        found.add(str(p["display_name"]))
        found.update(str(n["name"]) for n in p.get("names") or () if n.get("name"))
    return {s for s in found if len(s) >= MIN_MENTION_CHARS}


def _surname_keys(dropped_people: Iterable[Mapping[str, Any]]) -> set[str]:
    keys: set[str] = set()
    for p in dropped_people:
        for name in [p["display_name"], *(n.get("name") or "" for n in p.get("names") or ())]:
            words = fold_words(str(name))
            if words and len(words[-1]) >= MIN_MENTION_CHARS:
                keys.add(words[-1])
    return keys


def _kept_names(docs: Docs) -> set[str]:
    """Name keys of people who stay: their own names are not mentions of anyone dropped."""
    return {
        k
        for p in docs.get("people", ())
        for name in [p["display_name"], *(n.get("name") or "" for n in p.get("names") or ())]
        for k in fold_words(str(name))
    }


def scrub_mentions(docs: Docs, dropped_people: list[Mapping[str, Any]], red: Redaction) -> None:
    """Replace dropped people's name spellings in kept free text; list likely other mentions."""
    spellings = sorted(_spellings(dropped_people), key=len, reverse=True)
    surnames = _surname_keys(dropped_people) - _kept_names(docs)
    pattern = (
        re.compile("|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in spellings), re.IGNORECASE)
        if spellings
        else None
    )
    for entity in ENTITY_KEYS:
        text_fields = _text_fields(entity)
        for doc in docs.get(entity, ()):
            for name in text_fields:
                value = doc.get(name)
                if not isinstance(value, str):
                    continue
                if pattern is not None:
                    value, n = pattern.subn(REDACTED, value)
                    if n:
                        doc[name] = value
                        red.scrubbed += n
                if surnames and surnames.intersection(fold_words(value)):
                    red.possible_mentions.append(PossibleMention(entity, str(doc["id"]), name))


def strings(value: Any) -> Iterator[str]:
    """Every string inside nested documents (keys excluded)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def redact(
    docs: Mapping[str, Any], rules: RedactionRules, people: set[str]
) -> tuple[Docs, Redaction]:
    """A redacted deep copy of interchange documents and what was dropped.

    `people` are the ids to drop, already resolved from the rules' ids, tags
    and filter (db.publish.copy.people_to_drop).
    """
    out: Docs = copy.deepcopy(dict(docs))
    red = Redaction()
    dropped_people = [p for p in out.get("people", ()) if p["id"] in people]
    drop_people(out, people, red)
    drop_organizations(out, set(rules.organization_ids), red)
    publishers = set(rules.source_publishers)
    sources = set(rules.source_ids) | {
        s["id"] for s in out.get("sources", ()) if s.get("publisher_id") in publishers
    }
    drop_sources(out, sources, red)
    apply_fields(out, rules, red)
    if rules.scrub_mentions and dropped_people:
        scrub_mentions(out, dropped_people, red)
    return out, red
