"""The summary a reader asks first: total term, time served, expected end, where held.

`summarize(facts, as_of)` is the one place these are worked out, from a
person's sentences, custody events (detained, released, pardoned, died) and
placements; everything else here loads those facts and stores or reads the
result.

* The **current case** is the latest sentence that adds to no other one,
  with every sentence that adds to it (`adds_to`, directly or through
  another). Its **total term** is the sum of their terms of the first
  sentence's kind: 18 years + 1 year 6 months = 19 years 6 months. A
  sentence's term is the one its latest appeal that gave a term left (format
  2: "reduced, term now 30 months"), else the court's. A
  sentence of the case that gives no term in months (only `term_text`)
  makes the total incomplete (`term_complete` False).
* **Custody is counted from** the case's start date when the archive has one
  (format 2: `sentences.start`), else from the person's last detention before
  the first sentence (credited time, as courts count it), else from the
  sentence date; `start_basis` says which, so a view can say "counted from
  the detention in spring 2020". A sentence passed in absentia starts nothing.
* The **expected end** is the start plus the total term; with an uncertain
  start (spring 2020) it keeps both bounds. A release, pardon or death after
  the start ends custody (`custody_end`); a person whose status says released
  since a date with no such event ends there.
* **Time served** is counted in whole months from the start to the end of
  custody or to `as_of` (today), as a (least, most) pair for uncertain dates.
* **Where held**: the open custody placement (format 2), else the open
  `held_in` relation to an organization, while the person is not released.

For the people list, `db.writer.refresh_derived` stores everything but the
time served (which changes every day) in the derived table `person_summary`
(one row per person, plus sort ranks), so a page of 200 rows costs one
indexed read; `get_summaries` falls back to working them out for archives
written before that table existed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from db import dates
from db.records import (
    FuzzyDate,
    OrgId,
    OrgRef,
    PersonId,
    PersonPk,
    PersonSummary,
    SentenceId,
)
from db.untrusted import untrusted_json, whole_number

START_BASES = ("start_date", "detention", "sentence_date")
"""How `custody_start` was found: the sentence's own start date, the last
detention before it, or (neither known) the sentence date."""

SERVED_KINDS = ("prison", "restricted_freedom")
"""Term kinds that are served over time (a fine or a suspended sentence is not)."""

CUSTODY_ENDS = ("released", "pardoned", "died")
SUBJECT_ROLES = ("detainee", "defendant", "released", "pardoned", "prisoner", "subject")
"""Event roles that make the event about this person's own custody. An event
lists others too (the official who pardons, the envoy who brokered a release);
a person with no role given is taken to be its subject."""

SENTENCE_START = "start"
"""Format 2 sentence start date columns (`start_edtf`, `start_earliest`, `start_latest`)."""
APPEALS_TABLE = "appeals"
"""Format 2 table of appeals (sentence_id, term_months: the term after the appeal)."""
PLACEMENTS_TABLE = "placements"
"""Format 2 table of custody placements (person_id, facility_id, start, end)."""

MAX_TERM_MONTHS = 12 * 9999
"""The longest total term a summary holds: the calendar ends at 9999 (db.dates.add_months)."""


# ------------------------------------------------------------------ the facts


@dataclass(frozen=True, slots=True)
class SentenceFact:
    id: SentenceId
    date: FuzzyDate | None
    term_kind: str
    term_months: int | None
    in_absentia: bool
    adds_to: SentenceId | None
    start: FuzzyDate | None = None  # format 2: the day the term is counted from


@dataclass(frozen=True, slots=True)
class CustodyEvent:
    kind: str  # "detained" or one of CUSTODY_ENDS
    date: FuzzyDate


@dataclass(frozen=True, slots=True)
class Placement:
    place: OrgRef
    start: FuzzyDate | None
    end: FuzzyDate | None


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What `summarize` needs about one person."""

    person_id: PersonId
    status: str
    status_since: FuzzyDate | None
    sentences: tuple[SentenceFact, ...] = ()
    events: tuple[CustodyEvent, ...] = ()
    placements: tuple[Placement, ...] = ()


# ------------------------------------------------------------------ arithmetic


def months_between(start: str, end: str) -> int:
    """Whole months from ISO day `start` to ISO day `end` (0 when `end` is earlier)."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    months = (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)
    return max(0, months)


def plus_months(date: FuzzyDate, months: int) -> FuzzyDate:
    """`date` moved by `months`, both bounds (EDTF worded by dates.span)."""
    return dates.span(
        dates.add_months(date.earliest, months), dates.add_months(date.latest, months)
    )


def _key(date: FuzzyDate | None) -> str:
    return date.earliest if date is not None else ""


# ------------------------------------------------------------------ summarize


def current_case(sentences: Sequence[SentenceFact]) -> list[SentenceFact]:
    """The sentences of the current case, first sentence first (see the module docstring)."""
    by_id = {s.id: s for s in sentences}

    def root(s: SentenceFact) -> SentenceId:
        seen = {s.id}
        while s.adds_to is not None and s.adds_to in by_id and s.adds_to not in seen:
            seen.add(s.adds_to)
            s = by_id[s.adds_to]
        return s.id

    cases: dict[SentenceId, list[SentenceFact]] = defaultdict(list)
    for s in sentences:
        cases[root(s)].append(s)
    if not cases:
        return []
    # the case whose first sentence is latest; ties: the one with the latest addition
    latest = max(
        cases,
        key=lambda r: (_key(by_id[r].date), max(_key(s.date) for s in cases[r])),
    )
    members = cases[latest]
    first = by_id[latest]
    rest = sorted((s for s in members if s is not first), key=lambda s: _key(s.date) or "9999")
    return [first, *rest]


def _custody_start(
    first: SentenceFact | None, events: Sequence[CustodyEvent]
) -> tuple[FuzzyDate | None, str | None]:
    if first is not None and first.start is not None:
        return first.start, "start_date"
    if first is not None and first.in_absentia:
        return None, None
    limit = first.date.latest if first is not None and first.date is not None else "9999-12-31"
    ends = [e.date for e in events if e.kind in CUSTODY_ENDS]
    detentions = sorted(
        (e.date for e in events if e.kind == "detained" and e.date.earliest <= limit),
        key=lambda d: (d.earliest, d.latest),
    )
    for d in reversed(detentions):
        # a release between this detention and the sentence: another, earlier case
        if not any(d.latest < r.earliest and r.latest < limit for r in ends):
            return d, "detention"
        break
    if first is not None and first.date is not None:
        return first.date, "sentence_date"
    return None, None


def _custody_end(
    start: FuzzyDate | None, events: Sequence[CustodyEvent], status: str, since: FuzzyDate | None
) -> FuzzyDate | None:
    if start is None:
        return None
    ends = sorted(
        (e.date for e in events if e.kind in CUSTODY_ENDS and e.date.earliest >= start.earliest),
        key=lambda d: d.earliest,
    )
    if ends:
        return ends[0]
    released = status in ("released", "in_exile", "deceased")
    if released and since is not None and since.earliest >= start.earliest:
        return since
    return None


def _place(
    facts: PersonFacts, custody_end: FuzzyDate | None
) -> tuple[OrgRef | None, FuzzyDate | None]:
    if custody_end is not None or facts.status not in ("in_custody", "unknown"):
        return None, None
    open_ones = [p for p in facts.placements if p.end is None]
    if not open_ones:
        return None, None
    latest = max(open_ones, key=lambda p: _key(p.start))
    return latest.place, latest.start


def summarize(facts: PersonFacts, as_of: str) -> PersonSummary:
    """The summary of one person as of ISO day `as_of` (see the module docstring)."""
    if not facts.sentences and not facts.events:  # most people of a big archive: no case
        place, place_since = _place(facts, None)
        return PersonSummary(
            facts.person_id, facts.status, facts.status_since, (), None, None, False, False,
            None, None, None, None, None, place, place_since, as_of,
        )  # fmt: skip
    case = current_case(facts.sentences)
    first = case[0] if case else None
    kind = first.term_kind if first is not None else None
    counted = [s for s in case if s.term_kind == kind]
    months = [s.term_months for s in counted if s.term_months is not None]
    # terms come from the file: their sum is kept within the calendar (and SQLite's integers)
    total = min(sum(months), MAX_TERM_MONTHS) if months else None
    complete = bool(counted) and len(months) == len(counted)
    in_absentia = first.in_absentia if first is not None else False

    start, basis = _custody_start(first, facts.events)
    if first is None and facts.status != "in_custody":
        start, basis = None, None  # a detention long ago, no case: nothing is being served
    end = _custody_end(start, facts.events, facts.status, facts.status_since)
    expected = None
    if start is not None and total is not None and complete and kind in SERVED_KINDS:
        expected = plus_months(start, total)
    served = _served(start, end, kind, bool(case), total, complete, as_of)
    place, place_since = _place(facts, end)
    return PersonSummary(
        person_id=facts.person_id,
        status=facts.status,
        status_since=facts.status_since,
        sentence_ids=tuple(s.id for s in case),
        term_kind=kind,
        total_term_months=total,
        term_complete=complete,
        in_absentia=in_absentia,
        custody_start=start,
        start_basis=basis,
        expected_end=expected,
        custody_end=end,
        served_months=served,
        custody_place=place,
        custody_place_since=place_since,
        as_of=as_of,
    )


def today() -> str:
    return dt.date.today().isoformat()


# ------------------------------------------------------------------ loading facts


def _columns(db: Database, table: str) -> frozenset[str]:
    return frozenset(str(r[1]) for r in db.execute("SELECT * FROM pragma_table_info(?)", [table]))


def _has_table(db: Database, table: str) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return db.execute(sql, [table]).fetchone() is not None


def _date(row: Sequence[Any], at: int) -> FuzzyDate | None:
    edtf, earliest, latest = row[at : at + 3]
    return dates.from_columns(edtf, earliest, latest)


@dataclass
class _Loader:
    """SQL for the facts of the people a WHERE clause over `people p` selects."""

    db: Database
    has_start: bool = field(init=False)
    has_placements: bool = field(init=False)
    has_appeals: bool = field(init=False)

    def __post_init__(self) -> None:
        self.has_appeals = _has_table(self.db, APPEALS_TABLE) and {
            "sentence_id",
            "term_months",
            "date_latest",
        } <= _columns(self.db, APPEALS_TABLE)
        self.has_start = f"{SENTENCE_START}_earliest" in _columns(self.db, "sentences")
        self.has_placements = _has_table(self.db, PLACEMENTS_TABLE) and {
            "person_id",
            "facility_id",
            "start_earliest",
            "end_earliest",
        } <= _columns(self.db, PLACEMENTS_TABLE)

    def facts(self, where: str | None, params: dict[str, Any]) -> dict[PersonPk, PersonFacts]:
        """Facts of the people `where` selects (over `people p`); None: everyone.

        Everyone is read with one sequential scan per table (a million people
        in seconds); a few people through the person indexes.
        """
        start = (
            f"s.{SENTENCE_START}_edtf, s.{SENTENCE_START}_earliest, s.{SENTENCE_START}_latest"
            if self.has_start
            else "NULL, NULL, NULL"
        )
        # the term an appeal left, when one changed it (the latest such): the summary said
        # the first court's 3 years beside the sentence's "term now 30 months"
        term = (
            "coalesce((SELECT a.term_months FROM appeals a WHERE a.sentence_id = s.id"
            " AND a.term_months IS NOT NULL ORDER BY a.date_latest DESC, a.pk DESC LIMIT 1),"
            " s.term_months)"
            if self.has_appeals
            else "s.term_months"
        )
        scan = where is None
        people = "" if scan else "people p CROSS JOIN "
        on = "" if scan else f" AND {where}"
        # rows come keyed by the person's id: the sentences, custody events and placements
        sentences: dict[str, list[SentenceFact]] = defaultdict(list)
        sql = f"""
            SELECT s.person_id, s.id, s.date_edtf, s.date_earliest, s.date_latest, s.term_kind,
                   {term}, s.in_absentia, s.adds_to_id, {start}
            FROM {people}sentences s WHERE 1{" AND s.person_id = p.id" if not scan else ""}{on}
            ORDER BY s.pk"""
        for r in self.db.execute(sql, params):
            sentences[r[0]].append(
                SentenceFact(
                    SentenceId(r[1]),
                    _date(r, 2),
                    str(r[5]),
                    r[6] if isinstance(r[6], int) else None,
                    bool(r[7]),
                    None if r[8] is None else SentenceId(r[8]),
                    _date(r, 9),
                )
            )
        events: dict[str, list[CustodyEvent]] = defaultdict(list)
        kinds = json.dumps(["detained", *CUSTODY_ENDS])
        roles = json.dumps(list(SUBJECT_ROLES))
        # everyone: custody events by kind (an index), then their people; a few
        # people: their events through the person index
        order = (
            "events e CROSS JOIN event_people ep ON ep.event_id = e.id"
            if scan
            else "people p CROSS JOIN event_people ep CROSS JOIN events e ON e.id = ep.event_id"
        )
        link = "ep.person_id = p.id" if not scan else "1"
        # each person's events in the events' row order, whichever way they are found
        # (ties between equal dates resolve the same in the stored and computed summaries)
        sql = f"""
            SELECT ep.person_id, e.kind, e.date_edtf, e.date_earliest, e.date_latest
            FROM {order}
            WHERE {link}{on} AND e.date_earliest IS NOT NULL
              AND e.kind IN (SELECT value FROM json_each(:kinds))
              AND (ep.role IS NULL OR ep.role IN (SELECT value FROM json_each(:roles)))
            ORDER BY e.pk"""
        for r in self.db.execute(sql, {**params, "kinds": kinds, "roles": roles}):
            date = _date(r, 2)
            if date is not None:
                events[r[0]].append(CustodyEvent(str(r[1]), date))
        placements: dict[str, list[Placement]] = defaultdict(list)
        # format 2 placements, else open held_in relations to an organization
        source, facility, extra = (
            (PLACEMENTS_TABLE, "facility_id", "1")
            if self.has_placements
            else ("relations", "org_id", "c.kind = 'held_in'")
        )
        link = "c.person_id = p.id" if not scan else "1"
        sql = f"""
            SELECT c.person_id, o.id, o.name, o.kind, c.start_edtf, c.start_earliest,
                   c.start_latest, c.end_edtf, c.end_earliest, c.end_latest
            FROM {people}{source} c CROSS JOIN organizations o ON o.id = c.{facility}
            WHERE {link} AND {extra}{on}
            ORDER BY c.rowid"""
        for r in self.db.execute(sql, params):
            place = OrgRef(id=OrgId(r[1]), name=str(r[2]), kind=str(r[3]))
            placements[r[0]].append(Placement(place, _date(r, 4), _date(r, 7)))
        out: dict[PersonPk, PersonFacts] = {}
        sql = f"""
            SELECT p.pk, p.id, p.status, p.status_since_edtf, p.status_since_earliest,
                   p.status_since_latest
            FROM people p WHERE {where or "1"}"""
        for r in self.db.execute(sql, params):
            pid = r[1]
            out[PersonPk(r[0])] = PersonFacts(
                PersonId(pid),
                str(r[2]),
                _date(r, 3),
                tuple(sentences.get(pid, ())),
                tuple(events.get(pid, ())),
                tuple(placements.get(pid, ())),
            )
        return out


def _pks_json(pks: Iterable[int]) -> str:
    return json.dumps([int(pk) for pk in pks])


def compute_summaries(
    db: Database, pks: Sequence[PersonPk], as_of: str | None = None
) -> dict[PersonPk, PersonSummary]:
    """Work the summaries of `pks` out from the base tables (no derived table needed)."""
    day = as_of or today()
    where = "p.pk IN (SELECT value FROM json_each(:pks))"
    facts = _Loader(db).facts(where, {"pks": _pks_json(pks)})
    return {pk: summarize(f, day) for pk, f in facts.items()}


# ------------------------------------------------------------------ the derived table

SUMMARY_TABLE = "person_summary"

_STORED = (
    "person_pk",
    "sentence_ids",
    "term_kind",
    "total_term_months",
    "term_complete",
    "in_absentia",
    "start_edtf",
    "start_earliest",
    "start_latest",
    "start_basis",
    "end_edtf",
    "end_earliest",
    "end_latest",
    "released_edtf",
    "released_earliest",
    "released_latest",
    "place_org_id",
    "place_since_edtf",
    "place_since_earliest",
    "place_since_latest",
)


def _date_columns(date: FuzzyDate | None) -> tuple[str | None, str | None, str | None]:
    return (None, None, None) if date is None else (date.edtf, date.earliest, date.latest)


def _stored_row(pk: PersonPk, s: PersonSummary) -> tuple[Any, ...]:
    return (
        pk,
        json.dumps(list(s.sentence_ids), ensure_ascii=False) if s.sentence_ids else "[]",
        s.term_kind,
        s.total_term_months,
        int(s.term_complete),
        int(s.in_absentia),
        *_date_columns(s.custody_start),
        s.start_basis,
        *_date_columns(s.expected_end),
        *_date_columns(s.custody_end),
        s.custody_place.id if s.custody_place is not None else None,
        *_date_columns(s.custody_place_since),
    )


_RANK_SQL = f"""
UPDATE {SUMMARY_TABLE} SET by_total_term = r.t, by_expected_end = r.e
FROM (
    SELECT ps.person_pk AS pk,
        ROW_NUMBER() OVER (ORDER BY ps.total_term_months IS NULL, ps.total_term_months,
                           p.sort_name, p.pk) - 1 AS t,
        ROW_NUMBER() OVER (ORDER BY ps.end_earliest IS NULL, ps.end_earliest,
                           p.sort_name, p.pk) - 1 AS e
    FROM {SUMMARY_TABLE} ps JOIN people p ON p.pk = ps.person_pk
) AS r
WHERE {SUMMARY_TABLE}.person_pk = r.pk
"""


def store_summaries(db: Database) -> None:
    """Fill `person_summary` for every person (db.writer.refresh_derived calls this).

    The time served is left out: it depends on the day the summary is read.
    The caller owns the transaction.
    """
    if not _has_table(db, SUMMARY_TABLE):
        return
    db.execute(f"DELETE FROM {SUMMARY_TABLE}")
    marks = ", ".join("?" for _ in _STORED)
    insert = f"INSERT INTO {SUMMARY_TABLE} ({', '.join(_STORED)}) VALUES ({marks})"
    day = today()
    loader = _Loader(db)
    # a slice of people at a time: everyone's facts at once held ~3 KB of
    # Python objects a person (3 GB at a million)
    where = "p.pk BETWEEN :lo AND :hi"
    for lo, hi in _pk_slices(db, SUMMARY_SLICE):
        facts = loader.facts(where, {"lo": lo, "hi": hi})
        db.conn.executemany(insert, (_stored_row(pk, summarize(f, day)) for pk, f in facts.items()))
    db.execute(_RANK_SQL)


SUMMARY_SLICE = 20_000
"""People whose facts store_summaries holds at once (bounds its memory)."""


def _pk_slices(db: Database, size: int) -> list[tuple[int, int]]:
    """Consecutive (first, last) people pks, `size` people each, in pk order."""
    sql = """
        SELECT MIN(pk), MAX(pk) FROM (
            SELECT pk, (ROW_NUMBER() OVER (ORDER BY pk) - 1) / :size AS slice FROM people
        ) GROUP BY slice ORDER BY slice"""
    return [(int(lo), int(hi)) for lo, hi in db.execute(sql, {"size": size})]


def summaries_stored(db: Database) -> bool:
    """Whether this archive carries the derived summaries (written by this build or later)."""
    if not _has_table(db, SUMMARY_TABLE):
        return False
    row = db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {SUMMARY_TABLE} LIMIT 1)").fetchone()
    people = db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM people LIMIT 1)").fetchone()
    return bool(row[0]) or not people[0]


_READ_SQL = f"""
SELECT ps.person_pk, p.id, p.status, p.status_since_edtf, p.status_since_earliest,
       p.status_since_latest, ps.sentence_ids, ps.term_kind, ps.total_term_months,
       ps.term_complete, ps.in_absentia, ps.start_edtf, ps.start_earliest, ps.start_latest,
       ps.start_basis, ps.end_edtf, ps.end_earliest, ps.end_latest, ps.released_edtf,
       ps.released_earliest, ps.released_latest, o.id, o.name, o.kind,
       ps.place_since_edtf, ps.place_since_earliest, ps.place_since_latest
FROM {SUMMARY_TABLE} ps
JOIN people p ON p.pk = ps.person_pk
LEFT JOIN organizations o ON o.id = ps.place_org_id
WHERE ps.person_pk IN (SELECT value FROM json_each(:pks))
"""


def _sentence_ids(text: object) -> tuple[SentenceId, ...]:
    """The stored JSON list of sentence ids; () for anything else (the file is untrusted)."""
    value = untrusted_json(text)
    if not isinstance(value, list):
        return ()
    return tuple(SentenceId(v) for v in value if isinstance(v, str))


def _served(
    start: FuzzyDate | None,
    end: FuzzyDate | None,
    kind: str | None,
    case: bool,
    total: int | None,
    complete: bool,
    as_of: str,
) -> tuple[int, int] | None:
    if start is None or not (kind in SERVED_KINDS or not case):
        return None
    to_early, to_late = (end.earliest, end.latest) if end is not None else (as_of, as_of)
    least = months_between(start.latest, to_early)
    most = months_between(start.earliest, to_late)
    if end is None and total is not None and complete:
        least, most = min(least, total), min(most, total)
    return (min(least, most), most)


def _from_stored(r: Sequence[Any], as_of: str) -> PersonSummary:
    start, end = _date(r, 11), _date(r, 18)
    ids = _sentence_ids(r[6])
    total = whole_number(r[8], minimum=0)
    complete = r[9] == 1
    kind = r[7] if isinstance(r[7], str) else None
    place = None if r[21] is None else OrgRef(id=OrgId(r[21]), name=str(r[22]), kind=str(r[23]))
    basis = str(r[14]) if r[14] in START_BASES else None
    return PersonSummary(
        person_id=PersonId(r[1]),
        status=str(r[2]),
        status_since=_date(r, 3),
        sentence_ids=ids,
        term_kind=kind,
        total_term_months=total,
        term_complete=complete,
        in_absentia=r[10] == 1,
        custody_start=start,
        start_basis=basis,
        expected_end=_date(r, 15),
        custody_end=end,
        served_months=_served(start, end, kind, bool(ids), total, complete, as_of),
        custody_place=place,
        custody_place_since=_date(r, 24),
        as_of=as_of,
    )


def get_summaries(
    db: Database, pks: Sequence[PersonPk], as_of: str | None = None
) -> dict[PersonPk, PersonSummary]:
    """Summaries of `pks` (a page of the people list), keyed by pk; unknown pks are left out.

    Reads the derived table (one indexed read) when the archive has it, and
    works them out from the base tables otherwise. `as_of` (ISO day, default
    today) is the day time served is counted to.
    """
    if not pks:
        return {}
    day = as_of or today()
    if not summaries_stored(db):
        return compute_summaries(db, pks, day)
    rows = db.execute(_READ_SQL, {"pks": _pks_json(pks)})
    return {PersonPk(r[0]): _from_stored(r, day) for r in rows}


def get_summary(
    db: Database, person_id: PersonId, as_of: str | None = None
) -> PersonSummary | None:
    """The summary of one person (for the top of the record), or None for an unknown id."""
    row = db.execute("SELECT pk FROM people WHERE id = :id", {"id": person_id}).fetchone()
    if row is None:
        return None
    return compute_summaries(db, [PersonPk(row[0])], as_of).get(PersonPk(row[0]))
