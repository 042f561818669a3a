"""An interval index of the timeline's items, so that a window's read costs what the window holds.

Without it, the items of a window are found by date bounds that can only be
bounded from one side (an event's `date_earliest <= end`): a month at a million
people walked every event that began before the month's end, and quotes,
sentences and the format 2 facts had no date index at all (20 s at 1M, 50 s at 3M).

`timeline_spans` (a derived table of the step `derived_0002_timeline_spans`,
db/derived_schema.py) holds every dated timeline item as (source table, span
class, first day, last day, pk): the class of a span of d days is the bit length
of d, so every span in class c is shorter than 2**c days, and
`timeline_span_classes` records the widest span actually in each (source,
class). Items that overlap [a, b] are then

* those beginning inside it: `first BETWEEN a AND b`, one index range per class;
* those beginning before it and still running: per class,
  `first BETWEEN a - widest AND a - 1 AND last >= a`. A class holds spans of one
  order of magnitude, so at most about as many rows are read as are found; very
  long or open-ended spans sit in their own classes.

All ranges are merged in SQL by first day (a compound SELECT with ORDER BY and
LIMIT is a lazy merge of index ranges), so the first `limit` items cost about
`limit` index steps however many items the window holds. Days are ordinal days
(`datetime.date.toordinal`), as in db.timeline.

The table is derived data from a file, so it is untrusted: `span_classes`
refuses rows this build would not write, and readers then take the old path
(db.timeline). An archive written before the step lacks both tables and is read
the old way, as is one that has them empty.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.untrusted import valid_day_sql

JULIAN_TO_ORDINAL = 1721424.5
"""`julianday(iso) - JULIAN_TO_ORDINAL == date.fromisoformat(iso).toordinal()`."""

MAX_CLASS = 23
"""2**22 days > 9999 years: every span's bit length is at most 22."""

SPANS_SCHEMA = """
-- primary key columns first, in the table's order: SQLite 3.40's quick_check misreports
-- WITHOUT ROWID tables whose primary key lists the columns in another order
CREATE TABLE timeline_spans (
    source INTEGER NOT NULL,
    class INTEGER NOT NULL,
    first INTEGER NOT NULL,
    item_pk INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (source, class, first, item_pk)
) STRICT, WITHOUT ROWID;
CREATE TABLE timeline_span_classes (
    source INTEGER NOT NULL,
    class INTEGER NOT NULL,
    widest INTEGER NOT NULL,
    items INTEGER NOT NULL,
    PRIMARY KEY (source, class)
) STRICT, WITHOUT ROWID;
CREATE TABLE timeline_person_items (
    person_pk INTEGER NOT NULL,
    source INTEGER NOT NULL,
    item_pk INTEGER NOT NULL,
    lane INTEGER NOT NULL,
    day INTEGER NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    shared INTEGER NOT NULL,
    PRIMARY KEY (person_pk, source, item_pk)
) STRICT, WITHOUT ROWID
"""


def dated(alias: str, prefix: str = "date") -> str:
    """SQL keeping rows whose `{prefix}_earliest`/`_latest` are ISO days (the file is untrusted)."""
    first, last = f"{alias}.{prefix}_earliest", f"{alias}.{prefix}_latest"
    return f"{first} IS NOT NULL AND {valid_day_sql(first)} AND {valid_day_sql(last)}"


SENTENCE_END = (
    f"COALESCE(CASE WHEN {valid_day_sql('s.end_latest')} THEN s.end_latest END, s.date_latest)"
)
"""A sentence's bar ends at its term's latest end when that is an ISO day."""


@dataclass(frozen=True, slots=True)
class Source:
    """One table of timeline items, as the timeline reads it."""

    number: int
    """`timeline_spans.source`."""
    table: str
    """FROM clause; the table's alias is `alias`."""
    alias: str
    where: str
    """Which rows are timeline items (dated with ISO days; what db.timeline selects)."""
    first: str
    last: str
    people: str
    """SQL true when the item at `{alias}` involves a person `p` of a filter (`{where}`)."""


SOURCES: tuple[Source, ...] = (
    Source(
        0,
        "events e",
        "e",
        dated("e"),
        "e.date_earliest",
        "e.date_latest",
        "EXISTS (SELECT 1 FROM event_people ep CROSS JOIN people p ON p.id = ep.person_id"
        " WHERE ep.event_id = e.id AND ({where}))",
    ),
    Source(
        1,
        "sentences s",
        "s",
        dated("s"),
        "s.date_earliest",
        SENTENCE_END,
        "EXISTS (SELECT 1 FROM people p WHERE p.id = s.person_id AND ({where}))",
    ),
    Source(
        2,
        "quotes qt",
        "qt",
        dated("qt"),
        "qt.date_earliest",
        "qt.date_latest",
        "(EXISTS (SELECT 1 FROM people p WHERE p.id = qt.speaker_id AND ({where}))"
        " OR EXISTS (SELECT 1 FROM quote_subjects qs CROSS JOIN people p ON p.id = qs.person_id"
        " WHERE qs.quote_id = qt.id AND ({where})))",
    ),
    Source(
        3,
        "placements x",
        "x",
        dated("x", "start"),
        "x.start_earliest",
        "x.start_latest",
        "EXISTS (SELECT 1 FROM people p WHERE p.id = x.person_id AND ({where}))",
    ),
    Source(
        4,
        "recognitions x",
        "x",
        dated("x"),
        "x.date_earliest",
        "x.date_latest",
        "EXISTS (SELECT 1 FROM people p WHERE p.id = x.person_id AND ({where}))",
    ),
    Source(
        5,
        "appeals x CROSS JOIN sentences s ON s.id = x.sentence_id",
        "x",
        dated("x"),
        "x.date_earliest",
        "x.date_latest",
        "EXISTS (SELECT 1 FROM people p WHERE p.id = s.person_id AND ({where}))",
    ),
)
"""Events, sentences, quotes; placements, recognitions and appeals (format 2)."""
FORMAT1_SOURCES = 3


def _day(expr: str) -> str:
    return f"CAST(julianday({expr}) - {JULIAN_TO_ORDINAL} AS INTEGER)"


def _class_of(span: str) -> str:
    """SQL of the bit length of `span` (0 for spans of 0 days or less)."""
    whens = " ".join(f"WHEN {span} < {2**c} THEN {c}" for c in range(1, MAX_CLASS))
    return f"CASE WHEN {span} <= 0 THEN 0 {whens} ELSE {MAX_CLASS} END"


TABLES = ("timeline_spans", "timeline_span_classes", "timeline_person_items")


def has_spans_tables(db: Database) -> bool:
    """Whether the archive has the step's tables (it may not: written before the step)."""
    row = db.execute(
        f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN {TABLES!r}".replace(
            ",)", ")"
        )
    ).fetchone()
    return bool(row and row[0] == len(TABLES))


def store_timeline_spans(db: Database, *, format2: bool, lane_case: Callable[[str], str]) -> None:
    """Fill `timeline_spans` and `timeline_span_classes` (build and import time only).

    Rows go in sorted by the primary key, so the B-tree is appended to, not split.
    """
    db.execute("DELETE FROM timeline_spans")
    db.execute("DELETE FROM timeline_span_classes")
    for source in SOURCES[: len(SOURCES) if format2 else FORMAT1_SOURCES]:
        a = source.alias
        first, last = _day(source.first), _day(source.last)
        db.execute(
            f"""INSERT INTO timeline_spans(source, class, first, last, item_pk)
            SELECT {source.number}, {_class_of("(last - first)")}, first, last, pk FROM (
                SELECT {first} AS first, {last} AS last, {a}.pk AS pk
                FROM {source.table} WHERE {source.where})
            ORDER BY 2, 3, 5"""
        )
    db.execute(
        """INSERT INTO timeline_span_classes(source, class, widest, items)
        SELECT source, class, MAX(MAX(last - first, 0)), COUNT(*) FROM timeline_spans
        GROUP BY source, class"""
    )
    _store_person_items(db, format2=format2, lane_case=lane_case)


PERSON_LINKS: dict[int, tuple[str, ...]] = {
    0: ("event_people ep CROSS JOIN events e ON e.id = ep.event_id", "ep.person_id"),
    1: ("sentences s", "s.person_id"),
    2: (
        "quotes qt",
        "qt.speaker_id",
        "quote_subjects qs CROSS JOIN quotes qt ON qt.id = qs.quote_id",
        "qs.person_id",
    ),
    3: ("placements x", "x.person_id"),
    4: ("recognitions x", "x.person_id"),
    5: ("appeals x CROSS JOIN sentences s ON s.id = x.sentence_id", "s.person_id"),
}
"""Per source: (FROM, person id column) pairs linking its items to people (quotes: two)."""

KINDS = {
    0: "e.kind",
    1: "'sentence'",
    2: "'quote'",
    3: "'placement'",
    4: "'recognition'",
    5: "'appeal'",
}


LANE_COUNT = 7
"""Lanes numbered 0..6, as db.timeline.STORED_LANES."""
PERSON_OVERVIEW_SQL = """
    WITH kept(pk) AS (SELECT p.pk FROM people p WHERE {{where}}),
    rows AS (
        SELECT t.lane, t.day, t.first, t.last FROM kept
            CROSS JOIN timeline_person_items t ON t.person_pk = kept.pk WHERE t.shared = 0
        UNION ALL
        SELECT lane, day, first, last FROM (
            SELECT DISTINCT t.source, t.item_pk, t.lane, t.day, t.first, t.last FROM kept
                CROSS JOIN timeline_person_items t ON t.person_pk = kept.pk WHERE t.shared <> 0))
    SELECT MIN(first), MAX(last), {lanes} FROM rows""".format(
    lanes=", ".join(
        f"group_concat(CASE lane WHEN {n} THEN coalesce(CAST(day AS INTEGER), 0) END)"
        for n in range(LANE_COUNT)
    )
)
"""The kept people's items, each once: their span (ordinal days) and one text of days per lane.

One pass without GROUP BY: sorting 4.46 million rows by (lane, day) took 5 of the 6 s
at a million people; numpy counts each lane's days instead (`lane_days`)."""


def lane_days(text: object) -> tuple[Any, Any]:
    """A lane's day text of PERSON_OVERVIEW_SQL as (days ascending, items per day)."""
    import numpy as np

    from db.people import parse_ints

    days, counts = np.unique(parse_ints(text), return_counts=True)
    return days.astype(np.int64), counts.astype(np.int64)


def _store_person_items(db: Database, *, format2: bool, lane_case: Callable[[str], str]) -> None:
    """One row per (person, item): what a filter's day counts and span are summed from.

    `day` is the item's midpoint day, as db.timeline's day counts take it; `last` the end
    of its span as the timeline's extent takes it (a sentence's bar end when later);
    `shared` says the item has more people, so a filter counts it once.
    """
    db.execute("DELETE FROM timeline_person_items")
    for source in SOURCES[: len(SOURCES) if format2 else FORMAT1_SOURCES]:
        a = source.alias
        latest = f"{a}.{source.first.split('.')[1].replace('earliest', 'latest')}"
        last = f"MAX({latest}, {source.last})"
        links = PERSON_LINKS[source.number]
        lane = lane_case(KINDS[source.number])
        selects = [
            f"""SELECT p.pk AS person_pk, {a}.pk AS item_pk, {lane} AS lane,
                CAST((julianday({source.first}) + julianday({latest})) / 2
                     - {JULIAN_TO_ORDINAL} AS INTEGER) AS day,
                {_day(source.first)} AS first, {_day(last)} AS last
            FROM {links[i]} CROSS JOIN people p ON p.id = {links[i + 1]}
            WHERE {source.where}"""
            for i in range(0, len(links), 2)
        ]
        db.execute(
            f"""INSERT INTO timeline_person_items
                (person_pk, source, item_pk, lane, day, first, last, shared)
            SELECT person_pk, {source.number}, item_pk, lane, day, first, last,
                   COUNT(*) OVER (PARTITION BY item_pk) > 1
            FROM (SELECT DISTINCT * FROM ({" UNION ALL ".join(selects)}))
            ORDER BY person_pk, item_pk"""
        )


@dataclass(frozen=True, slots=True)
class SpanClass:
    source: int
    number: int
    widest: int


_MAX_DAY = dt.date.max.toordinal()


def span_classes(db: Database) -> tuple[SpanClass, ...] | None:
    """The (source, class) ranges of the index; None when it is missing, empty or not ours."""
    if not has_spans_tables(db):
        return None
    rows = db.execute(
        "SELECT source, class, widest, items FROM timeline_span_classes LIMIT 1000"
    ).fetchall()
    out = []
    for source, number, widest, items in rows:
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (source, number)):
            return None
        if not (isinstance(widest, int) and isinstance(items, int)):
            return None
        if not (0 <= source < len(SOURCES) and 0 <= number <= MAX_CLASS):
            return None
        if not 0 <= widest < min(2**number, _MAX_DAY):
            return None
        out.append(SpanClass(source, number, widest))
    return tuple(out) or None


def _merge(arms: list[str], order_limit: str) -> str:
    return " UNION ALL ".join(arms) + f" ORDER BY 1 {order_limit}"


def _arm(span: SpanClass, *, before: bool, people: str | None) -> str:
    """One index range: items of one (source, class) that begin in the window, or before it."""
    source = SOURCES[span.source]
    if before:
        where = f"t.first BETWEEN :a - {span.widest} AND :a - 1 AND t.last >= :a"
    else:
        where = "t.first BETWEEN :a AND :b AND t.last >= :a"  # a bar may end before it begins
    if people is not None:
        where += (
            f" AND EXISTS (SELECT 1 FROM {source.table} WHERE {source.alias}.pk = t.item_pk"
            f" AND {source.people.format(where=people)})"
        )
    return (
        "SELECT t.first, t.source, t.item_pk FROM timeline_spans t"
        f" WHERE t.source = {span.source} AND t.class = {span.number} AND {where}"
    )


Key = tuple[int, int, int]
"""(first day, source, pk) of an item in the index."""


def window_keys(
    db: Database,
    classes: tuple[SpanClass, ...],
    *,
    people: str | None,
    params: dict[str, Any],
    start: int,
    end: int,
    limit: int,
) -> tuple[list[Key], list[Key]]:
    """Keys of the items overlapping days [start, end] to read, as two groups.

    The first group begins inside the window, the second before it; each holds the
    first `limit` items of its group in (first day, item id) order, the order of
    db.timeline's scan. The second group is read only when the first holds fewer
    than `limit` items. `people` is a WHERE over `people p`
    (db.people.people_filter) or None.
    """
    if limit < 1 or end < start or not classes:
        return [], []
    values = {**params, "a": start, "b": end}
    inside = _group(db, classes, people, values, limit, before=False)
    if len(inside) >= limit:
        return inside, []
    return inside, _group(db, classes, people, values, limit - len(inside), before=True)


def _group(
    db: Database,
    classes: tuple[SpanClass, ...],
    people: str | None,
    values: dict[str, Any],
    limit: int,
    *,
    before: bool,
) -> list[Key]:
    arms = [_arm(c, before=before, people=people) for c in classes]
    # the first day of the limit-th item: every item up to that day is read
    row = db.execute(_merge(arms, "LIMIT 1 OFFSET :skip"), {**values, "skip": limit - 1}).fetchone()
    if row is not None:
        arms = [f"{arm} AND t.first <= :d" for arm in arms]
        values = {**values, "d": int(row[0])}
    keys = [(int(f), int(s), int(pk)) for f, s, pk in db.execute(_merge(arms, ""), values)]
    return _first_by_id(db, keys, limit)


def _first_by_id(db: Database, keys: list[Key], limit: int) -> list[Key]:
    """The first `limit` keys (sorted by first day) in (first day, item id) order.

    Items of the last day are many when dates are uncertain (every "2020-05" begins on
    May 1), so only their ids are read to choose among them, not their labels.
    """
    if len(keys) <= limit:
        return keys
    last = keys[limit - 1][0]
    sure = [k for k in keys if k[0] < last]
    tied: list[tuple[str, Key]] = []
    for source in {k[1] for k in keys if k[0] == last}:
        of_source = {k[2]: k for k in keys if k[0] == last and k[1] == source}
        table = SOURCES[source].table.split()[0]
        rows = db.execute(
            f"SELECT pk, id FROM {table} WHERE pk IN (SELECT value FROM json_each(:pks))",
            {"pks": json.dumps(list(of_source))},
        )
        tied += [(str(item_id), of_source[int(pk)]) for pk, item_id in rows]
    tied.sort(key=lambda t: t[0])
    return sure + [k for _id, k in tied[: limit - len(sure)]]
