"""One person's whole record, for the detail pane, "Copy record" and exports.

`get_person` gathers everything about one person with a handful of indexed
queries (no query scans a table): every spelling of the name, roles,
relations in both directions, sentences (their own, and for judges the most
recent ones they handed down, up to JUDGED_LIMIT), quotes said by or about
them, the events they were part of, and the sources behind each fact.

Citations are numbered like footnotes: 1..n in order of first appearance
over the person entry, relations, sentences, quotes and events (in the order
the record lists them). The same source at the same place (source, locator,
confidence) gets one number however many facts it supports; the Citation
keeps the first fact it was seen on in `entity_type`/`entity_id`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from db import dates, phrases
from db import migrations as schema
from db.info import (
    EVENT_KIND_LABELS,
    LANG_LABELS,
    RELATION_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    SYSTEM_LABELS,
    TERM_KIND_LABELS,
    inverse_relation_label,
    label,
)
from db.records import (
    Charge,
    Citation,
    Event,
    EventId,
    FuzzyDate,
    NameSpelling,
    OrgId,
    OrgRef,
    PersonId,
    PersonPk,
    PersonRecord,
    PersonRef,
    Quote,
    QuoteId,
    Relation,
    RelationId,
    Sentence,
    SentenceId,
    SourceId,
)

Row = Sequence[Any]

_PERSON_SQL = """
SELECT pk, id, display_name, gender, region, city, status, biography,
       birth_edtf, birth_earliest, birth_latest,
       status_since_edtf, status_since_earliest, status_since_latest
FROM people WHERE id = :id
"""
_NAMES_SQL = """
SELECT name, lang, system, note FROM person_names WHERE person_id = :id ORDER BY pk
"""
_ROLES_SQL = "SELECT role FROM person_roles WHERE person_id = :id"

# one column list for both directions; `other` is whoever is not this person
_RELATION_COLUMNS = """
r.id, r.kind, o.id, o.name, o.kind,
r.start_edtf, r.start_earliest, r.start_latest,
r.end_edtf, r.end_earliest, r.end_latest, r.note,
r.start_earliest IS NULL AS no_start, r.start_earliest AS start_key, r.pk AS rel_pk
"""
_RELATIONS_SQL = f"""
SELECT {_RELATION_COLUMNS}, 0 AS inverse, r.other_person_id, op.display_name
FROM relations r
LEFT JOIN organizations o ON o.id = r.org_id
LEFT JOIN people op ON op.id = r.other_person_id
WHERE r.person_id = :id
UNION ALL
SELECT {_RELATION_COLUMNS}, 1 AS inverse, r.person_id, op.display_name
FROM relations r
LEFT JOIN organizations o ON o.id = r.org_id
LEFT JOIN people op ON op.id = r.person_id
WHERE r.other_person_id = :id AND r.person_id <> :id
ORDER BY inverse, no_start, start_key, rel_pk
"""
_SENTENCES_SQL = """
SELECT s.id, s.person_id, sp.display_name, c.id, c.name, c.kind, s.judge_id, j.display_name,
       s.date_edtf, s.date_earliest, s.date_latest, s.term_kind, s.term_months, s.term_text,
       s.regime, s.in_absentia, s.adds_to_id, s.note, s.end_earliest, s.end_latest
FROM sentences s
LEFT JOIN people sp ON sp.id = s.person_id
LEFT JOIN organizations c ON c.id = s.court_id
LEFT JOIN people j ON j.id = s.judge_id
WHERE s.pk IN (SELECT pk FROM sentences WHERE person_id = :id
               UNION SELECT pk FROM (SELECT pk FROM sentences
                                     WHERE judge_id = :id AND person_id <> :id
                                     ORDER BY date_earliest DESC, pk DESC
                                     LIMIT :judged_limit))
ORDER BY s.person_id <> :id, s.date_earliest IS NULL, s.date_earliest, s.pk
"""
_CHARGES_SQL = """
SELECT sentence_id, article, article_text FROM charges
WHERE sentence_id IN (SELECT value FROM json_each(:ids))
ORDER BY sentence_id, position
"""
_QUOTES_SQL = """
SELECT q.id, q.speaker_id, sp.display_name, q.text, q.lang,
       q.date_edtf, q.date_earliest, q.date_latest, q.venue, o.id, o.name, o.kind
FROM quotes q
LEFT JOIN people sp ON sp.id = q.speaker_id
LEFT JOIN organizations o ON o.id = q.published_by_id
WHERE q.pk IN (SELECT pk FROM quotes WHERE speaker_id = :id
               UNION SELECT q2.pk FROM quote_subjects qs JOIN quotes q2 ON q2.id = qs.quote_id
                     WHERE qs.person_id = :id)
ORDER BY q.date_earliest IS NULL, q.date_earliest, q.pk
"""
_QUOTE_SUBJECTS_SQL = """
SELECT qs.quote_id, qs.person_id, p.display_name FROM quote_subjects qs
LEFT JOIN people p ON p.id = qs.person_id
WHERE qs.quote_id IN (SELECT value FROM json_each(:ids))
ORDER BY qs.quote_id, p.pk
"""
_EVENTS_SQL = """
SELECT e.id, e.kind, e.date_edtf, e.date_earliest, e.date_latest, e.place,
       o.id, o.name, o.kind, e.sentence_id, e.description
FROM event_people ep
JOIN events e ON e.id = ep.event_id
LEFT JOIN organizations o ON o.id = e.org_id
WHERE ep.person_id = :id
ORDER BY e.date_earliest IS NULL, e.date_earliest, e.pk
"""
_EVENT_PEOPLE_SQL = """
SELECT ep.event_id, ep.person_id, p.display_name FROM event_people ep
LEFT JOIN people p ON p.id = ep.person_id
WHERE ep.event_id IN (SELECT value FROM json_each(:ids))
ORDER BY ep.event_id, p.pk
"""
_CITATIONS_SQL = """
SELECT c.entity_id, c.source_id, s.title, o.name, s.url,
       s.published_edtf, s.published_earliest, s.published_latest,
       c.locator, c.confidence
FROM citations c
JOIN sources s ON s.id = c.source_id
LEFT JOIN organizations o ON o.id = s.publisher_id
WHERE c.entity_type = :type AND c.entity_id IN (SELECT value FROM json_each(:ids))
ORDER BY c.pk
"""


def _date(edtf: str | None, earliest: str | None, latest: str | None) -> FuzzyDate | None:
    return dates.from_columns(edtf, earliest, latest)


def _person_ref(pid: str | None, name: str | None) -> PersonRef | None:
    return None if pid is None else PersonRef(id=PersonId(pid), name=name or pid)


def _org_ref(oid: str | None, name: str | None, kind: str | None) -> OrgRef | None:
    if oid is None:
        return None
    return OrgRef(id=OrgId(oid), name=name or oid, kind=kind or "other")


def _ids_json(ids: Iterable[str]) -> str:
    return json.dumps(list(ids), ensure_ascii=False)


def _grouped(db: Database, sql: str, ids: Sequence[str]) -> dict[str, list[Row]]:
    """Rows of a child query keyed by their first column (the parent id)."""
    out: dict[str, list[Row]] = defaultdict(list)
    if ids:
        for r in db.execute(sql, {"ids": _ids_json(ids)}):
            out[r[0]].append(r)
    return out


class _Numbering:
    """Footnote numbers for citations, assigned in order of first appearance."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.citations: list[Citation] = []
        self._numbers: dict[tuple[str, str | None, str], int] = {}

    def cite(self, entity_type: str, ids: Sequence[str]) -> dict[str, tuple[int, ...]]:
        """Number the citations of `ids` (in the order given); their numbers by id."""
        found: dict[str, list[Row]] = defaultdict(list)
        if ids:
            params = {"type": entity_type, "ids": _ids_json(ids)}
            for r in self.db.execute(_CITATIONS_SQL, params):
                found[r[0]].append(r)
        out: dict[str, tuple[int, ...]] = {}
        for entity_id in ids:
            numbers: list[int] = []
            for r in found.get(entity_id, ()):
                number = self._number(entity_type, r)
                if number not in numbers:
                    numbers.append(number)
            out[entity_id] = tuple(numbers)
        return out

    def _number(self, entity_type: str, r: Row) -> int:
        entity_id, source_id, title, publisher, url, p_edtf, p_early, p_late, loc, conf = r
        key = (source_id, loc, conf)
        if key not in self._numbers:
            self._numbers[key] = len(self.citations) + 1
            self.citations.append(
                Citation(
                    number=len(self.citations) + 1,
                    source_id=SourceId(source_id),
                    title=title,
                    publisher=publisher,
                    url=url,
                    published=_date(p_edtf, p_early, p_late),
                    locator=loc,
                    confidence=conf,
                    entity_type=entity_type,
                    entity_id=entity_id,
                )
            )
        return self._numbers[key]


def _relations(db: Database, pid: str) -> list[Row]:
    return list(db.execute(_RELATIONS_SQL, {"id": pid}))


def _relation(r: Row, numbers: tuple[int, ...]) -> Relation:
    return Relation(
        id=RelationId(r[0]),
        kind=r[1],
        other_person=_person_ref(r[16], r[17]),
        org=_org_ref(r[2], r[3], r[4]),
        start=_date(r[5], r[6], r[7]),
        end=_date(r[8], r[9], r[10]),
        note=r[11],
        inverse=bool(r[15]),
        citations=numbers,
    )


def _sentence(r: Row, charges: list[Row], numbers: tuple[int, ...]) -> Sentence:
    person = _person_ref(r[1], r[2])
    assert person is not None  # sentences.person_id is NOT NULL
    return Sentence(
        id=SentenceId(r[0]),
        person=person,
        court=_org_ref(r[3], r[4], r[5]),
        judge=_person_ref(r[6], r[7]),
        date=_date(r[8], r[9], r[10]),
        charges=tuple(Charge(article=c[1], article_text=c[2]) for c in charges),
        term_kind=r[11],
        term_months=r[12],
        term_text=r[13],
        regime=r[14],
        in_absentia=bool(r[15]),
        adds_to=None if r[16] is None else SentenceId(r[16]),
        note=r[17],
        end_earliest=r[18],
        end_latest=r[19],
        citations=numbers,
    )


def _refs(rows: list[Row]) -> tuple[PersonRef, ...]:
    return tuple(PersonRef(id=PersonId(r[1]), name=r[2] or r[1]) for r in rows)


JUDGED_LIMIT = 200
"""Sentences a judge handed down that a record lists (the most recent ones)."""


def get_person(
    db: Database, person_id: PersonId, *, judged_limit: int = JUDGED_LIMIT
) -> PersonRecord | None:
    """Everything the archive says about one person, or None for an unknown id.

    A judge's record lists at most `judged_limit` of the sentences they
    handed down (most recent first in the query, then shown by date): a judge
    in a large archive may have tens of thousands, and the record is built
    on every click.
    """
    p = db.execute(_PERSON_SQL, {"id": person_id}).fetchone()
    if p is None:
        return None
    pid = p[1]
    names = tuple(
        NameSpelling(name=r[0], lang=r[1], system=r[2], note=r[3])
        for r in db.execute(_NAMES_SQL, {"id": pid})
    )
    role_order = {role: i for i, role in enumerate(schema.ROLES)}
    roles = tuple(
        sorted(
            (r[0] for r in db.execute(_ROLES_SQL, {"id": pid})),
            key=lambda role: role_order.get(role, len(role_order)),
        )
    )
    numbering = _Numbering(db)
    person_citations = numbering.cite("person", [pid])[pid]

    rel_rows = _relations(db, pid)
    rel_numbers = numbering.cite("relation", [r[0] for r in rel_rows])
    relations = tuple(_relation(r, rel_numbers[r[0]]) for r in rel_rows)

    sen_rows = list(db.execute(_SENTENCES_SQL, {"id": pid, "judged_limit": judged_limit}))
    sen_ids = [r[0] for r in sen_rows]
    charges = _grouped(db, _CHARGES_SQL, sen_ids)
    sen_numbers = numbering.cite("sentence", sen_ids)
    sentences = tuple(_sentence(r, charges.get(r[0], []), sen_numbers[r[0]]) for r in sen_rows)

    quote_rows = list(db.execute(_QUOTES_SQL, {"id": pid}))
    quote_ids = [r[0] for r in quote_rows]
    subjects = _grouped(db, _QUOTE_SUBJECTS_SQL, quote_ids)
    quote_numbers = numbering.cite("quote", quote_ids)
    quotes = tuple(
        Quote(
            id=QuoteId(r[0]),
            speaker=_person_ref(r[1], r[2]),
            text=r[3],
            lang=r[4],
            date=_date(r[5], r[6], r[7]),
            venue=r[8],
            published_by=_org_ref(r[9], r[10], r[11]),
            about=_refs(subjects.get(r[0], [])),
            citations=quote_numbers[r[0]],
        )
        for r in quote_rows
    )

    event_rows = list(db.execute(_EVENTS_SQL, {"id": pid}))
    event_ids = [r[0] for r in event_rows]
    event_people = _grouped(db, _EVENT_PEOPLE_SQL, event_ids)
    event_numbers = numbering.cite("event", event_ids)
    events = tuple(
        Event(
            id=EventId(r[0]),
            kind=r[1],
            date=_date(r[2], r[3], r[4]),
            place=r[5],
            org=_org_ref(r[6], r[7], r[8]),
            sentence_id=None if r[9] is None else SentenceId(r[9]),
            description=r[10],
            people=_refs(event_people.get(r[0], [])),
            citations=event_numbers[r[0]],
        )
        for r in event_rows
    )
    return PersonRecord(
        pk=PersonPk(p[0]),
        id=PersonId(pid),
        display_name=p[2],
        names=names,
        roles=roles,
        gender=p[3],
        region=p[4],
        city=p[5],
        status=p[6],
        status_since=_date(p[11], p[12], p[13]),
        birth=_date(p[8], p[9], p[10]),
        biography=p[7],
        relations=relations,
        sentences=sentences,
        quotes=quotes,
        events=events,
        citations=tuple(numbering.citations),
        person_citations=person_citations,
    )


# ---------------------------------------------------------------- plain text


def citation_text(c: Citation) -> str:
    """One citation as a line of text: title, publisher, date, place in it, URL."""
    return phrases.citation_line(c)


def _marks(numbers: tuple[int, ...]) -> str:
    return "".join(f" [{n}]" for n in numbers)


def _when(date: FuzzyDate | None) -> str:
    return dates.describe(date) if date is not None else "date unknown"


def _term(s: Sentence) -> str:
    if s.term_text:
        return s.term_text
    kind = label(TERM_KIND_LABELS, s.term_kind)
    if s.term_months is None:
        return kind
    years, months = divmod(s.term_months, 12)
    amount = " ".join(
        part
        for part in (
            f"{years} year{'s' if years != 1 else ''}" if years else "",
            f"{months} month{'s' if months != 1 else ''}" if months else "",
        )
        if part
    )
    return f"{kind}, {amount or '0 months'}"


def _relation_line(rel: Relation) -> str:
    words = inverse_relation_label(rel.kind) if rel.inverse else label(RELATION_LABELS, rel.kind)
    other = rel.other_person.name if rel.other_person else rel.org.name if rel.org else "?"
    line = f"{words} {other}"
    if rel.start or rel.end:
        line += f" ({dates.describe(rel.start) or '…'} – {dates.describe(rel.end) or '…'})"
    if rel.note:
        line += f". {rel.note}"
    return line + _marks(rel.citations)


def _sentence_lines(s: Sentence, own: PersonId, by_id: dict[SentenceId, Sentence]) -> list[str]:
    head = f"{_when(s.date)}: {_term(s)}"
    if s.person.id != own:
        head = f"{s.person.name}, {head}"
    if s.regime:
        head += f", {s.regime}"
    if s.in_absentia:
        head += ", in absentia"
    lines = [head + _marks(s.citations)]
    if s.court:
        lines.append(f"    Court: {s.court.name}")
    if s.judge:
        lines.append(f"    Judge: {s.judge.name}")
    for c in s.charges:
        lines.append(f"    Article {c.article}" + (f": {c.article_text}" if c.article_text else ""))
    if s.adds_to:
        base = by_id.get(s.adds_to)
        added = phrases.added_to(base.date if base else None, base is not None)
        lines.append(f"    {added[:1].upper()}{added[1:]}")  # never the sentence's id
    if s.note:
        lines.append(f"    {s.note}")
    return lines


def record_as_text(rec: PersonRecord) -> str:
    """The whole record as plain text with numbered sources, for the clipboard."""
    lines = [rec.display_name + _marks(rec.person_citations)]
    status = label(STATUS_LABELS, rec.status)
    if rec.status_since:
        status += f" since {dates.describe(rec.status_since)}"
    lines.append(f"Status: {status}")
    if rec.birth:
        lines.append(f"Born: {dates.describe(rec.birth)}")
    place = ", ".join(x for x in (rec.city, rec.region) if x)
    if place:
        lines.append(f"Place: {place}")
    if rec.roles:
        lines.append("Roles: " + ", ".join(label(ROLE_LABELS, r) for r in rec.roles))
    sections: list[tuple[str, list[str]]] = [
        (
            "Names",
            [
                f"{n.name} ({label(LANG_LABELS, n.lang)}, {label(SYSTEM_LABELS, n.system)})"
                + (f" – {n.note}" if n.note else "")
                for n in rec.names
            ],
        ),
        ("Biography", [rec.biography] if rec.biography else []),
        ("Relations", [_relation_line(r) for r in rec.relations]),
        (
            "Sentences",
            [
                line
                for s in rec.sentences
                for line in _sentence_lines(s, rec.id, {x.id: x for x in rec.sentences})
            ],
        ),
        (
            "Quotes",
            [
                f"{_when(q.date)}, {q.speaker.name if q.speaker else 'unknown speaker'}: "
                f"“{q.text}”" + (f" ({q.venue})" if q.venue else "") + _marks(q.citations)
                for q in rec.quotes
            ],
        ),
        (
            "Events",
            [
                f"{_when(e.date)}: {label(EVENT_KIND_LABELS, e.kind)}. {e.description}"
                + (f" ({e.place})" if e.place else "")
                + _marks(e.citations)
                for e in rec.events
            ],
        ),
        ("Sources", [f"[{c.number}] {citation_text(c)}" for c in rec.citations]),
    ]
    for title, body in sections:
        if body:
            lines += ["", f"{title}:"] + [f"  {line}" for line in body]
    return "\n".join(lines) + "\n"
