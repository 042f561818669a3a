"""One person's whole record, for the detail pane, "Copy record" and exports.

`get_person` gathers everything about one person with a handful of indexed
queries (no query scans a table): every spelling of the name, roles,
relations in both directions, sentences (their own, and for judges the most
recent ones they handed down, up to JUDGED_LIMIT), quotes said by or about
them, the events they were part of, and the sources behind each fact.

Citations are numbered like footnotes: 1..n in order of first appearance
over the person entry, relations, sentences, quotes and events (in the order
the record lists them), then (format 2) appeals, recognitions, placements
and attachments, so the numbers of format 1 facts never move. The same
source at the same place (source, locator, confidence) gets one number
however many facts it supports; the Citation keeps the first fact it was
seen on in `entity_type`/`entity_id`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from db import dates, phrases
from db import migrations as schema
from db.attachments import (
    PROBLEM_TEXT,
    AttachmentProblem,
    person_attachment_rows,
    person_attachments,
)
from db.custody import current_of, placement_from, placement_rows
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
from db.record_words import APPEAL_OUTCOME_WORDS, RECOGNITION_STATE_WORDS
from db.records import (
    Appeal,
    AppealId,
    Attachment,
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
    PersonSummary,
    Placement,
    Quote,
    QuoteId,
    Recognition,
    RecognitionId,
    Relation,
    RelationId,
    Sentence,
    SentenceId,
    SourceId,
)
from db.untrusted import bounded

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
# format 2: what a sentence says beyond format 1, its appeals, and recognitions
_SENTENCE_V2_SQL = """
SELECT s.id, s.start_edtf, s.start_earliest, s.start_latest,
       s.term_end_earliest, s.term_end_latest,
       s.prosecutor_id, pr.display_name, s.lawyer_id, lw.display_name
FROM sentences s
LEFT JOIN people pr ON pr.id = s.prosecutor_id
LEFT JOIN people lw ON lw.id = s.lawyer_id
WHERE s.id IN (SELECT value FROM json_each(:ids))
"""
_APPEALS_SQL = """
SELECT a.sentence_id, a.id, o.id, o.name, o.kind, a.date_edtf, a.date_earliest, a.date_latest,
       a.outcome, a.term_months, a.note
FROM appeals a LEFT JOIN organizations o ON o.id = a.court_id
WHERE a.sentence_id IN (SELECT value FROM json_each(:ids))
ORDER BY a.sentence_id, a.date_earliest IS NULL, a.date_earliest, a.pk
"""
_RECOGNITIONS_SQL = """
SELECT r.id, r.person_id, r.state, o.id, o.name, o.kind,
       r.date_edtf, r.date_earliest, r.date_latest, r.note
FROM recognitions r LEFT JOIN organizations o ON o.id = r.by_id
WHERE r.person_id = :id
ORDER BY r.date_earliest IS NULL, r.date_earliest, r.pk
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


def _appeal(r: Row, numbers: tuple[int, ...]) -> Appeal:
    return Appeal(
        id=AppealId(r[1]),
        sentence_id=SentenceId(r[0]),
        court=_org_ref(r[2], r[3], r[4]),
        date=_date(r[5], r[6], r[7]),
        outcome=r[8],
        term_months=r[9],
        note=r[10],
        citations=numbers,
    )


def _recognition(r: Row, numbers: tuple[int, ...]) -> Recognition:
    return Recognition(
        id=RecognitionId(r[0]),
        person_id=PersonId(r[1]),
        state=r[2],
        by=_org_ref(r[3], r[4], r[5]),
        date=_date(r[6], r[7], r[8]),
        note=r[9],
        citations=numbers,
    )


def _with_v2(
    db: Database,
    sentences: tuple[Sentence, ...],
    numbering: _Numbering,
) -> tuple[Sentence, ...]:
    """Sentences with their start, end of term, prosecutor, lawyer and appeals (format 2)."""
    ids = [s.id for s in sentences]
    extra = {r[0]: r for r in _grouped_rows(db, _SENTENCE_V2_SQL, ids)}
    appeal_rows = _grouped(db, _APPEALS_SQL, ids)
    appeal_numbers = numbering.cite("appeal", [r[1] for s in ids for r in appeal_rows.get(s, [])])
    out = []
    for s in sentences:
        r = extra.get(s.id)
        if r is None:
            out.append(s)
            continue
        appeals = tuple(_appeal(a, appeal_numbers[a[1]]) for a in appeal_rows.get(s.id, []))
        out.append(
            replace(
                s,
                start=_date(r[1], r[2], r[3]),
                term_end_earliest=r[4],
                term_end_latest=r[5],
                prosecutor=_person_ref(r[6], r[7]),
                lawyer=_person_ref(r[8], r[9]),
                appeals=appeals,
            )
        )
    return tuple(out)


def _grouped_rows(db: Database, sql: str, ids: Sequence[str]) -> list[Row]:
    return list(db.execute(sql, {"ids": _ids_json(ids)})) if ids else []


def _refs(rows: list[Row]) -> tuple[PersonRef, ...]:
    return tuple(PersonRef(id=PersonId(r[1]), name=r[2] or r[1]) for r in rows)


JUDGED_LIMIT = 200
"""Sentences a judge handed down that a record lists (the most recent ones)."""
SECTION_LIMIT = 1000
"""Rows of each list of a record (names, relations, sentences, quotes, events, recognitions).

A file may give one person 100,000 events: reading them all took 11-22 s per
click and a dossier of 2,400 pages and 660 MB; the record holds the first
SECTION_LIMIT of each list in its order and `PersonRecord.cut` the whole count
(an export still writes every row).
"""


def _first(
    db: Database, sql: str, params: dict[str, Any], section: str, cut: dict[str, int], limit: int
) -> list[Row]:
    """The first `limit` rows of a record's list; the whole count goes in `cut` if more."""
    rows = list(db.execute(f"{sql} LIMIT :section_limit", {**params, "section_limit": limit + 1}))
    if len(rows) > limit:
        cut[section] = int(db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])
        del rows[limit:]
    return rows


def get_person(
    db: Database,
    person_id: PersonId,
    *,
    judged_limit: int = JUDGED_LIMIT,
    section_limit: int = SECTION_LIMIT,
) -> PersonRecord | None:
    """Everything the archive says about one person, or None for an unknown id.

    A judge's record lists at most `judged_limit` of the sentences they
    handed down (most recent first in the query, then shown by date): a judge
    in a large archive may have tens of thousands, and the record is built
    on every click. Each list holds at most `section_limit` rows (see
    SECTION_LIMIT); `cut` gives the whole count of those that hold more.
    """
    p = db.execute(_PERSON_SQL, {"id": person_id}).fetchone()
    if p is None:
        return None
    pid = p[1]
    cut: dict[str, int] = {}
    by_id = {"id": pid}

    def first(sql: str, section: str, **params: object) -> list[Row]:
        return _first(db, sql, {**by_id, **params}, section, cut, section_limit)

    names = tuple(
        NameSpelling(name=r[0], lang=r[1], system=r[2], note=r[3])
        for r in first(_NAMES_SQL, "names")
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

    rel_rows = first(_RELATIONS_SQL, "relations")
    rel_numbers = numbering.cite("relation", [r[0] for r in rel_rows])
    relations = tuple(_relation(r, rel_numbers[r[0]]) for r in rel_rows)

    sen_rows = first(_SENTENCES_SQL, "sentences", judged_limit=judged_limit)
    sen_ids = [r[0] for r in sen_rows]
    charges = _grouped(db, _CHARGES_SQL, sen_ids)
    sen_numbers = numbering.cite("sentence", sen_ids)
    sentences = tuple(_sentence(r, charges.get(r[0], []), sen_numbers[r[0]]) for r in sen_rows)

    quote_rows = first(_QUOTES_SQL, "quotes")
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

    event_rows = first(_EVENTS_SQL, "events")
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
    v2: dict[str, Any] = {}
    if schema.archive_version(db) >= 2:
        sentences = _with_v2(db, sentences, numbering)
        rec_rows = first(_RECOGNITIONS_SQL, "recognitions")
        rec_numbers = numbering.cite("recognition", [r[0] for r in rec_rows])
        place_rows = placement_rows(db, pid)
        place_numbers = numbering.cite("placement", [r[0] for r in place_rows])
        placements = tuple(placement_from(r, place_numbers[r[0]]) for r in place_rows)
        attachment_rows = person_attachment_rows(db, pid)
        attachment_numbers = numbering.cite("attachment", [r[1] for r in attachment_rows])
        v2 = {
            "recognitions": tuple(_recognition(r, rec_numbers[r[0]]) for r in rec_rows),
            "placements": placements,
            "held_in": current_of(placements, p[6]),
            "attachments": person_attachments(db, PersonId(pid), attachment_numbers),
        }
    return bounded(  # every text cut for display: the file may be hostile
        PersonRecord(
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
            cut=tuple(sorted(cut.items())),
            **v2,
        )
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


def _span(start: FuzzyDate | None, end: FuzzyDate | None) -> str:
    if end is None:
        return f"since {dates.describe(start)}" if start else "dates unknown"
    return f"{dates.describe(start) or '…'} – {dates.describe(end)}"


def _facility_name(pl: Placement) -> str:
    if pl.facility is None:
        return "a place the sources do not name"
    return pl.facility.name


def _placement_line(pl: Placement) -> str:
    line = f"{_facility_name(pl)} ({_span(pl.start, pl.end)})"
    if pl.incommunicado:
        line += ", held incommunicado: letters are not delivered"
    if pl.note:
        line += f". {pl.note}"
    return line + _marks(pl.citations)


def _recognition_line(r: Recognition) -> str:
    line = label(RECOGNITION_STATE_WORDS, r.state)
    if r.by:
        line += f", recognized by {r.by.name}"
    if r.date:
        line += f", {dates.describe(r.date)}"
    if r.note:
        line += f". {r.note}"
    return line + _marks(r.citations)


def _appeal_line(a: Appeal) -> str:
    line = f"Appeal, {_when(a.date)}: {label(APPEAL_OUTCOME_WORDS, a.outcome)}"
    if a.term_months is not None:
        line += f" (term now {a.term_months} months)"
    if a.court:
        line += f", {a.court.name}"
    if a.note:
        line += f". {a.note}"
    return line + _marks(a.citations)


def _attachment_line(a: Attachment) -> str:
    line = a.caption or "Photo"
    details = [x for x in (a.licence and f"licence: {a.licence}",) if x]
    if a.problem is not None:
        details.append(f"cannot display: {PROBLEM_TEXT[AttachmentProblem(a.problem)]}")
    else:
        details.append(f"{a.width} × {a.height}, {a.media_type}")
    return f"{line} ({'; '.join(details)})" + _marks(a.citations)


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
    if s.prosecutor:
        lines.append(f"    Prosecutor: {s.prosecutor.name}")
    if s.lawyer:
        lines.append(f"    Lawyer: {s.lawyer.name}")
    if s.start:
        lines.append(f"    Term counted from: {dates.describe(s.start)}")
    if s.term_end_earliest and s.term_end_latest:
        end = (
            s.term_end_earliest
            if s.term_end_earliest == s.term_end_latest
            else f"between {s.term_end_earliest} and {s.term_end_latest}"
        )
        lines.append(f"    End of term: {end}")
    for c in s.charges:
        lines.append(f"    Article {c.article}" + (f": {c.article_text}" if c.article_text else ""))
    if s.adds_to:
        base = by_id.get(s.adds_to)
        added = phrases.added_to(base.date if base else None, base is not None)
        lines.append(f"    {added[:1].upper()}{added[1:]}")  # never the sentence's id
    if s.note:
        lines.append(f"    {s.note}")
    lines += [f"    {_appeal_line(a)}" for a in s.appeals]
    return lines


def record_as_text(rec: PersonRecord, summary: PersonSummary | None = None) -> str:
    """The whole record as plain text with numbered sources, for the clipboard.

    With `summary` (db.summary) its lines follow the status: total term, served …
    """
    lines = [rec.display_name + _marks(rec.person_citations)]
    status = label(STATUS_LABELS, rec.status)
    if rec.status_since:
        status += f" since {dates.describe(rec.status_since)}"
    lines.append(f"Status: {status}")
    if summary is not None and summary.person_id == rec.id:
        lines += phrases.summary_lines(summary)[1:]
    if rec.birth:
        lines.append(f"Born: {dates.describe(rec.birth)}")
    place = ", ".join(x for x in (rec.city, rec.region) if x)
    if place:
        lines.append(f"Place: {place}")
    if rec.roles:
        lines.append("Roles: " + ", ".join(label(ROLE_LABELS, r) for r in rec.roles))
    if rec.held_in is not None:
        lines.append(f"Held in: {_facility_name(rec.held_in)} ({_span(rec.held_in.start, None)})")
    sections: list[tuple[str, list[str]]] = [
        (
            "Names",
            [
                f"{n.name} ({label(LANG_LABELS, n.lang)}, {label(SYSTEM_LABELS, n.system)})"
                + (f" – {n.note}" if n.note else "")
                for n in rec.names
            ],
        ),
        ("Recognition", [_recognition_line(r) for r in rec.recognitions]),
        ("Custody", [_placement_line(pl) for pl in rec.placements]),
        ("Photos", [_attachment_line(a) for a in rec.attachments]),
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
