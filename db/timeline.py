"""Reads for the timeline pane: extent, density per lane, items in a window.

The timeline shows events, sentences (as bars from the sentence date to the
end of term or release) and dated quotes, sorted into lanes by kind. With a
filter, only the items that involve a matching person are shown.

Density is aggregated in SQL so that no per-event Python object exists even
with millions of events: `timeline_density` bins one window, and
`timeline_day_counts` returns counts per (day, lane) once per filter change so
that the viewer can re-bin for any zoom level with numpy in microseconds.

Day numbers are proleptic Gregorian ordinals (`datetime.date.toordinal()`),
computed in SQL as `julianday(iso) - 1721424.5`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from db import migrations as schema
from db import record_words, timeline_spans
from db.people import parse_ints, people_filter
from db.records import PeopleQuery, PersonId, TimelineItem
from db.timeline_spans import SENTENCE_END as _SENTENCE_END
from db.timeline_spans import dated
from db.untrusted import bounded, iso_day, untrusted_json

if TYPE_CHECKING:  # numpy is imported where first needed: not before the list is shown
    import numpy as np
    import numpy.typing as npt

LANES: tuple[str, ...] = (
    "detention",
    "custody",
    "trial",
    "release",
    "exile",
    "statement",
    "other",
)
"""Lanes from top to bottom; every item kind falls into exactly one."""
STORED_LANES: tuple[str, ...] = (
    "detention",
    "trial",
    "release",
    "exile",
    "statement",
    "other",
    "custody",
)
"""The lanes as numbered in SQL and in `timeline_days` (an archive's stored numbers
stay valid: a new lane only ever goes at the end)."""

_LANE_OF_KIND: dict[str, str] = {
    "detained": "detention",
    "administrative_detention": "detention",
    "transferred": "detention",
    "charged": "trial",
    "tried": "trial",
    "sentenced": "trial",
    "sentence": "trial",
    "released": "release",
    "pardoned": "release",
    "exiled": "exile",
    "statement": "statement",
    "quote": "statement",
    "placement": "custody",  # a stay at one facility: the transfers (format 2)
    "recognition": "statement",  # recognized as a political prisoner
    "appeal": "trial",
}

SUBJECT_ROLES: tuple[str, ...] = (
    "detainee",
    "defendant",
    "prisoner",
    "released",
    "pardoned",
    "exiled",
    "subject",
    "speaker",
    "candidate",
)
"""Event roles naming whom an event happened to; they come first in `person_ids`,
so that clicking "X released, brokered by Y" selects X."""

_SUBJECT_FIRST = (
    "CASE WHEN ep.role IN ("
    + ", ".join(f"'{r}'" for r in SUBJECT_ROLES)
    + ") THEN 0 WHEN ep.role IS NULL THEN 1 ELSE 2 END"
)

JULIAN_TO_ORDINAL = 1721424.5
"""`julianday(iso) - JULIAN_TO_ORDINAL == date.fromisoformat(iso).toordinal()`."""

QUOTE_LABEL_CHARS = 80


def lane_of(kind: str) -> str:
    """The lane an event kind (or "sentence", "quote") is drawn in."""
    return _LANE_OF_KIND.get(kind, "other")


def day_number(iso: str) -> int:
    """The ordinal day of an ISO date, as the SQL in this module computes it.

    Every date this module returns passed `db.untrusted.iso_day` (in SQL or
    Python), so the viewer may call this on them; other text raises ValueError.
    """
    return dt.date.fromisoformat(iso).toordinal()


def iso_of_day(day: int) -> str:
    """The ISO date of an ordinal day, clamped to the years 1..9999."""
    return dt.date.fromordinal(max(1, min(int(day), dt.date.max.toordinal()))).isoformat()


@dataclass(frozen=True, slots=True)
class TimelineDensity:
    """Item counts per equal-width bin of [start, end), one tuple per lane."""

    start: str
    end: str
    bins: int
    counts: Mapping[str, tuple[int, ...]]

    @property
    def total(self) -> int:
        return sum(sum(c) for c in self.counts.values())


@dataclass(frozen=True, slots=True)
class TimelineDays:
    """Counts per day for each lane, sorted by day; re-binned by the viewer.

    `days[lane]` holds ordinal day numbers (ascending, unique) and
    `cumulative[lane]` the running totals with a leading 0, so the number of
    items on days in [a, b) is `cum[searchsorted(days, b)] - cum[searchsorted(days, a)]`.
    """

    days: Mapping[str, npt.NDArray[np.int64]]
    cumulative: Mapping[str, npt.NDArray[np.int64]]
    total: int

    def counts(self, edges: npt.NDArray[np.float64]) -> dict[str, npt.NDArray[np.int64]]:
        """Items per bin between consecutive `edges` (ordinal days), per lane."""
        import numpy as np

        out: dict[str, npt.NDArray[np.int64]] = {}
        for lane in LANES:
            idx = np.searchsorted(self.days[lane], edges, side="left")
            out[lane] = np.diff(self.cumulative[lane][idx])
        return out


def _lane_case(column: str) -> str:
    """A SQL CASE mapping kinds to lane numbers (index into LANES)."""
    whens = " ".join(
        f"WHEN '{kind}' THEN {STORED_LANES.index(lane)}" for kind, lane in _LANE_OF_KIND.items()
    )
    return f"CASE {column} {whens} ELSE {STORED_LANES.index('other')} END"


def _people_subquery(q: PeopleQuery) -> tuple[str, dict[str, Any]] | None:
    """SQL selecting the ids of people matching `q`, or None when unfiltered.

    The clauses are db.people's, so the timeline filters exactly like the list.
    """
    where, params = people_filter(q)
    if where == "1":
        return None
    return f"SELECT p.id FROM people p WHERE {where}", params


_FORMAT2 = (
    # (kind, FROM with alias x, date column prefix, person id column, label)
    (
        "placement",
        "placements x LEFT JOIN organizations o ON o.id = x.facility_id",
        "start",
        "x.person_id",
        "COALESCE((SELECT display_name FROM people WHERE id = x.person_id), x.person_id)"
        " || ' → ' || COALESCE(o.name, '?')",
    ),
    (
        "recognition",
        "recognitions x LEFT JOIN organizations o ON o.id = x.by_id",
        "date",
        "x.person_id",
        "json_array(CAST(COALESCE((SELECT display_name FROM people WHERE id = x.person_id),"
        " x.person_id) AS TEXT), CAST(x.state AS TEXT), CAST(o.name AS TEXT))",
    ),
    (
        "appeal",
        "appeals x CROSS JOIN sentences s ON s.id = x.sentence_id"
        " LEFT JOIN organizations o ON o.id = x.court_id",
        "date",
        "s.person_id",
        "json_array(CAST(COALESCE((SELECT display_name FROM people WHERE id = s.person_id),"
        " s.person_id) AS TEXT), CAST(x.outcome AS TEXT), CAST(o.name AS TEXT))",
    ),
)
"""Format 2's dated facts on the timeline: transfers, recognitions and appeals, as points.

Appeals are read first, then their sentences (CROSS JOIN): filtered, SQLite otherwise
went through every sentence of the filter's people to find the few appeals.

A transfer's label is names and an arrow; a recognition's or an appeal's is a
JSON array [name, code, organization] (`_PARTS`), worded by `_item` in English
and by the viewer in the user's language, never composed from codes in SQL.
"""
_PARTS = ("recognition", "appeal")
"""Kinds whose SQL label is [who, code, by] (see _FORMAT2); a sentence's is
[who, term kind, term months, term text] (see _sources)."""
_PART_WORDS = {
    "recognition": record_words.RECOGNITION_STATE_WORDS,
    "appeal": record_words.APPEAL_OUTCOME_WORDS,
}


def _has_format2(db: Database) -> bool:
    return schema.archive_version(db) >= 2


def _format2_sources(
    people_sql: str | None, window: bool, light: bool = False, pks: bool = False
) -> list[str]:
    """SELECTs of timeline rows (as in `_sources`) for the format 2 facts."""
    out = []
    for number, (kind, source, date, person, label) in enumerate(_FORMAT2, start=3):
        if light:
            label = "NULL"
        where = [dated("x", date)]
        if window:
            where.append(f"x.{date}_earliest <= :w_end AND x.{date}_latest >= :w_start")
        if pks:
            where.append(f"x.pk IN (SELECT value FROM json_each(:pks{number}))")
        if people_sql is not None:
            where.append(f"{person} IN ({people_sql})")
        out.append(
            f"""
        SELECT '{kind}', x.id, x.{date}_earliest, x.{date}_latest, NULL, {label},
               x.{date}_edtf, {"NULL" if light else f"json_array({person})"}
        FROM {source} WHERE {" AND ".join(where)}"""
        )
    return out


def _format2_points(people_sql: str | None) -> str:
    """UNION ALL parts of (kind, mid) rows (as in `_points`) for the format 2 facts."""
    out = []
    for kind, source, date, person, _label in _FORMAT2:
        where = dated("x", date)
        if people_sql is not None:
            where += f" AND {person} IN ({people_sql})"
        mid = (
            f"(julianday(x.{date}_earliest) + julianday(x.{date}_latest)) / 2 - {JULIAN_TO_ORDINAL}"
        )
        out.append(f"\n        UNION ALL SELECT '{kind}', {mid} FROM {source} WHERE {where}")
    return "".join(out)


def _sources(
    q: PeopleQuery,
    window: bool,
    format2: bool = False,
    light: bool = False,
    pks: bool = False,
) -> tuple[list[str], dict[str, Any]]:
    """The SELECTs (events, sentences, quotes; with `format2` transfers, recognitions and
    appeals) of timeline rows for `q`.

    Each yields kind, item_id, earliest, latest, end_latest, label, edtf and a
    JSON array of person ids. With `window`, only rows overlapping
    [:w_start, :w_end] (ISO days) are kept. With `light`, label and people are
    NULL: the span of a million items needs only their dates, and building
    their labels (quote texts, names, JSON) took most of a minute. With `pks`,
    only the rows whose pk is in the JSON list `:pks0` (events), `:pks1`
    (sentences), … (the numbers of `db.timeline_spans.SOURCES`) are kept.
    """
    flt = _people_subquery(q)
    params: dict[str, Any] = {}
    people_sql = ""
    if flt is not None:
        people_sql, params = flt
    ev_where = [_dated("e")]
    se_where = [_dated("s")]
    qu_where = [_dated("qt")]
    if window:
        ev_where.append("e.date_earliest <= :w_end AND e.date_latest >= :w_start")
        # the bar as drawn overlaps the window (db.timeline_spans indexes the same end)
        se_where.append(f"s.date_earliest <= :w_end AND {_SENTENCE_END} >= :w_start")
        qu_where.append("qt.date_earliest <= :w_end AND qt.date_latest >= :w_start")
    if pks:
        for number, where in enumerate((ev_where, se_where, qu_where)):
            alias = ("e", "s", "qt")[number]
            where.append(f"{alias}.pk IN (SELECT value FROM json_each(:pks{number}))")
    if flt is not None:
        ev_where.append(
            "e.id IN (SELECT ep.event_id FROM event_people ep "
            f"WHERE ep.person_id IN ({people_sql}))"
        )
        se_where.append(f"s.person_id IN ({people_sql})")
        qu_where.append(
            f"(qt.speaker_id IN ({people_sql}) OR qt.id IN (SELECT qs.quote_id "
            f"FROM quote_subjects qs WHERE qs.person_id IN ({people_sql})))"
        )
    if light:
        parts = [
            f"""
        SELECT {kind} AS kind, {alias}.id AS item_id, {alias}.date_earliest AS earliest,
               {alias}.date_latest AS latest, {end} AS end_latest,
               NULL AS label, NULL AS edtf, NULL AS people
        FROM {table} {alias} WHERE {" AND ".join(where)}"""
            for kind, alias, table, end, where in (
                ("e.kind", "e", "events", "NULL", ev_where),
                ("'sentence'", "s", "sentences", _SENTENCE_END, se_where),
                ("'quote'", "qt", "quotes", "NULL", qu_where),
            )
        ]
        if format2:
            parts += _format2_sources(people_sql if flt is not None else None, window, light=True)
        return parts, params
    events = f"""
        SELECT e.kind AS kind, e.id AS item_id, e.date_earliest AS earliest,
               e.date_latest AS latest, NULL AS end_latest, e.description AS label,
               e.date_edtf AS edtf,
               (SELECT json_group_array(person_id) FROM (
                    SELECT ep.person_id FROM event_people ep WHERE ep.event_id = e.id
                    ORDER BY {_SUBJECT_FIRST}, ep.person_id)) AS people
        FROM events e WHERE {" AND ".join(ev_where)}"""
    sentences = f"""
        SELECT 'sentence', s.id, s.date_earliest, s.date_latest, {_SENTENCE_END},
               json_array(
                   CAST(COALESCE((SELECT display_name FROM people WHERE id = s.person_id),
                                 s.person_id) AS TEXT),
                   CAST(s.term_kind AS TEXT),
                   CASE WHEN typeof(s.term_months) = 'integer' THEN s.term_months END,
                   CAST(s.term_text AS TEXT)),
               s.date_edtf, json_array(s.person_id)
        FROM sentences s WHERE {" AND ".join(se_where)}"""
    quotes = f"""
        SELECT 'quote', qt.id, qt.date_earliest, qt.date_latest, NULL,
               COALESCE((SELECT display_name FROM people WHERE id = qt.speaker_id) || ': ', '')
                   || '“' || substr(qt.text, 1, {QUOTE_LABEL_CHARS})
                   || CASE WHEN length(qt.text) > {QUOTE_LABEL_CHARS} THEN '…' ELSE '' END
                   || '”',
               qt.date_edtf,
               (SELECT json_group_array(pid) FROM (
                    SELECT qt.speaker_id AS pid WHERE qt.speaker_id IS NOT NULL
                    UNION ALL
                    SELECT qs.person_id FROM quote_subjects qs WHERE qs.quote_id = qt.id))
        FROM quotes qt WHERE {" AND ".join(qu_where)}"""
    more = (
        _format2_sources(people_sql if flt is not None else None, window, pks=pks)
        if format2
        else []
    )
    return [events, sentences, quotes, *more], params


def _points(q: PeopleQuery, format2: bool = False) -> tuple[str, dict[str, Any]]:
    """SQL of (kind, mid) rows: the midpoint (ordinal day) of every dated item."""
    flt = _people_subquery(q)
    params: dict[str, Any] = {}
    ev_filter = se_filter = qu_filter = ""
    people_sql: str | None = None
    if flt is not None:
        people_sql, params = flt
        ev_filter = (
            " AND e.id IN (SELECT ep.event_id FROM event_people ep "
            f"WHERE ep.person_id IN ({people_sql}))"
        )
        se_filter = f" AND s.person_id IN ({people_sql})"
        qu_filter = (
            f" AND (qt.speaker_id IN ({people_sql}) OR qt.id IN (SELECT qs.quote_id "
            f"FROM quote_subjects qs WHERE qs.person_id IN ({people_sql})))"
        )

    def mid(alias: str) -> str:
        return (
            f"(julianday({alias}.date_earliest) + julianday({alias}.date_latest)) / 2 "
            f"- {JULIAN_TO_ORDINAL}"
        )

    sql = f"""
        SELECT e.kind AS kind, {mid("e")} AS mid FROM events e
            WHERE {_dated("e")}{ev_filter}
        UNION ALL
        SELECT 'sentence', {mid("s")} FROM sentences s
            WHERE {_dated("s")}{se_filter}
        UNION ALL
        SELECT 'quote', {mid("qt")} FROM quotes qt
            WHERE {_dated("qt")}{qu_filter}"""
    if format2:
        sql += _format2_points(people_sql)
    return sql, params


def _dated(alias: str) -> str:
    """SQL keeping rows of `alias` whose date bounds are ISO days (the file is untrusted)."""
    return dated(alias)


def _cached(q: PeopleQuery) -> bool:
    return _people_subquery(q) is None


_BAD_DAY_ROWS = f"""
    SELECT EXISTS (SELECT 1 FROM timeline_days WHERE NOT (
        typeof(lane) = 'integer' AND typeof(day) = 'integer' AND typeof(n) = 'integer'
        AND lane BETWEEN 0 AND {len(LANES) - 1} AND day BETWEEN 1 AND {dt.date.max.toordinal()}
        AND n BETWEEN 0 AND {2**40}))"""
"""Whether the stored day counts hold anything this build would not write there."""


def _usable_day_cache(db: Database) -> bool:
    if not db.execute("SELECT 1 FROM timeline_days LIMIT 1").fetchone():
        return False
    return not db.execute(_BAD_DAY_ROWS).fetchone()[0]


def store_unfiltered_timeline(db: Database) -> None:
    """Fill timeline_days, timeline_bounds and the interval index (build time only)."""
    db.execute("DELETE FROM timeline_days")
    db.execute("DELETE FROM timeline_bounds")
    points, params = _points(PeopleQuery(), _has_format2(db))
    db.execute(
        f"""INSERT INTO timeline_days(lane, day, n)
        SELECT {_lane_case("kind")}, CAST(mid AS INTEGER), COUNT(*) FROM ({points})
        GROUP BY 1, 2""",
        params,
    )
    extent = _extent(db, PeopleQuery())
    if extent is not None:
        db.execute("INSERT INTO timeline_bounds(first, last) VALUES (?, ?)", extent)
    if timeline_spans.has_spans_tables(db):  # a separate step's tables (db.derived_schema)
        timeline_spans.store_timeline_spans(db, format2=_has_format2(db), lane_case=_lane_case)


def timeline_extent(db: Database, q: PeopleQuery) -> tuple[str, str] | None:
    """First and last ISO day covered by the items of `q`; None when none is dated."""
    if _cached(q):
        row = db.execute("SELECT first, last FROM timeline_bounds").fetchone()
        if row is not None:
            first, last = iso_day(row[0]), iso_day(row[1])
            if first is not None and last is not None and first <= last:
                return first, last
            # a stored span that is not two ISO days: computed from the items instead
    elif timeline_spans.span_classes(db) is not None:
        return timeline_overview(db, q)[0]  # from the per-person rows
    return _extent(db, q)


def _extent(db: Database, q: PeopleQuery) -> tuple[str, str] | None:
    parts, params = _sources(q, window=False, format2=_has_format2(db), light=True)
    union = " UNION ALL ".join(parts)
    row = db.execute(
        f"SELECT MIN(earliest), MAX(MAX(latest, COALESCE(end_latest, latest))) FROM ({union})",
        params,
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return str(row[0]), str(row[1])


def timeline_density(
    db: Database, q: PeopleQuery, *, start: str, end: str, bins: int
) -> TimelineDensity:
    """Items per lane in `bins` equal bins of [start, end), by each item's midpoint.

    Counted in SQL (GROUP BY bin, lane) so no per-item Python object is made.
    """
    if bins < 1:
        raise ValueError(f"bins must be at least 1, not {bins}")
    d0, d1 = day_number(start), day_number(end)
    if d1 <= d0:
        raise ValueError(f"the window {start}..{end} is empty")
    points, params = _points(q, _has_format2(db))
    params.update(d0=d0, d1=d1, bins=bins)
    sql = f"""
        SELECT CAST((mid - :d0) * :bins / (:d1 - :d0) AS INTEGER) AS bin,
               {_lane_case("kind")} AS lane, COUNT(*)
        FROM ({points})
        WHERE mid >= :d0 AND mid < :d1
        GROUP BY bin, lane"""
    grid = [[0] * bins for _ in STORED_LANES]
    for b, lane, n in db.execute(sql, params).fetchall():
        grid[int(lane)][min(int(b), bins - 1)] += int(n)
    return TimelineDensity(
        start=start,
        end=end,
        bins=bins,
        counts={lane: tuple(grid[i]) for i, lane in enumerate(STORED_LANES)},
    )


def timeline_overview(
    db: Database, q: PeopleQuery
) -> tuple[tuple[str, str] | None, TimelineDays | None]:
    """`timeline_extent(q)` and, when it is not None, `timeline_day_counts(q)`, read together.

    Unfiltered, both come from the stored tables. Filtered, one pass over the items
    finds both: the two reads each went through every item of the filter (4.4 million
    at a million people for "In custody"), half of a minute each on a loaded machine.
    """
    if _cached(q):
        extent = timeline_extent(db, q)
        return extent, None if extent is None else timeline_day_counts(db, q)
    if timeline_spans.span_classes(db) is not None:
        return _overview_of_people(db, q)
    parts, params = _sources(q, window=False, format2=_has_format2(db), light=True)
    sql = OVERVIEW_SQL.format(
        lane=_lane_case("kind"), items=" UNION ALL ".join(parts), j=JULIAN_TO_ORDINAL
    )
    found: dict[int, tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]] = {}
    first: object = None
    last: object = None
    for lane_no, day_text, count_text, all_first, all_last in db.execute(sql, params):
        _add_lane(found, lane_no, day_text, count_text)
        first, last = all_first, all_last  # the same on every row
    if first is None:
        return None, None
    return (str(first), str(last)), _days_of(found)


def _overview_of_people(
    db: Database, q: PeopleQuery
) -> tuple[tuple[str, str] | None, TimelineDays | None]:
    """`timeline_overview` of a filter from the interval index's per-person rows."""
    where, params = people_filter(q)
    row = db.execute(timeline_spans.PERSON_OVERVIEW_SQL.format(where=where), params).fetchone()
    first, last = row[0], row[1]
    if not (isinstance(first, int) and isinstance(last, int)):
        return None, None
    found = {n: timeline_spans.lane_days(text) for n, text in enumerate(row[2:])}
    return (iso_of_day(first), iso_of_day(last)), _days_of(found)


OVERVIEW_SQL = """
    SELECT CAST(lane AS INTEGER), group_concat(coalesce(CAST(day AS INTEGER), 0)),
           group_concat(coalesce(CAST(n AS INTEGER), 0)),
           MIN(MIN(first)) OVER (), MAX(MAX(last)) OVER ()
    FROM (
        SELECT {lane} AS lane,
               CAST((julianday(earliest) + julianday(latest)) / 2 - {j} AS INTEGER) AS day,
               COUNT(*) AS n, MIN(earliest) AS first,
               MAX(MAX(latest, COALESCE(end_latest, latest))) AS last
        FROM ({items})
        GROUP BY lane, day)
    GROUP BY CAST(lane AS INTEGER)"""
"""Per lane: its days and counts as texts (as LANE_ROWS_SQL); on every row, the span of all
the items (as `_extent`). Midpoints and span are those of `_points` and `_extent`, which
select the same rows."""


def _add_lane(
    found: dict[int, tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]],
    lane_no: object,
    day_text: object,
    count_text: object,
) -> None:
    import numpy as np  # parse_ints has imported it: not before the list is shown

    lane_days, lane_counts = parse_ints(day_text), parse_ints(count_text)
    if len(lane_days) == len(lane_counts) and isinstance(lane_no, int):
        order = np.argsort(lane_days, kind="stable")
        found[lane_no] = (lane_days[order], lane_counts[order])


def _days_of(found: dict[int, tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]]) -> TimelineDays:
    import numpy as np

    days: dict[str, npt.NDArray[np.int64]] = {}
    cumulative: dict[str, npt.NDArray[np.int64]] = {}
    total = 0
    empty = np.zeros(0, dtype=np.int64)
    for i, lane in enumerate(STORED_LANES):
        lane_days, lane_counts = found.get(i, (empty, empty))
        days[lane] = np.ascontiguousarray(lane_days)
        cumulative[lane] = np.concatenate(([0], np.cumsum(lane_counts))).astype(np.int64)
        total += int(lane_counts.sum())
    return TimelineDays(days=days, cumulative=cumulative, total=total)


def timeline_day_counts(db: Database, q: PeopleQuery) -> TimelineDays:
    """Counts per (day, lane) of the items of `q`, loaded once per filter change.

    The result has at most (days spanned x lanes) rows however many items
    there are; the viewer re-bins it for every zoom level without SQL.
    """
    if not _cached(q) and timeline_spans.span_classes(db) is not None:
        days = timeline_overview(db, q)[1]  # from the per-person rows
        return days if days is not None else _days_of({})
    points, params = _points(q, _has_format2(db))
    sql = f"""
        SELECT CAST(mid AS INTEGER) AS day, {_lane_case("kind")} AS lane, COUNT(*) AS n
        FROM ({points})
        GROUP BY lane, day"""
    if _cached(q) and _usable_day_cache(db):
        sql, params = "SELECT day, lane, n FROM timeline_days", {}
    # one row per lane, its days and counts as text, parsed by numpy (see LANE_ROWS_SQL)
    found: dict[int, tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]] = {}
    for lane_no, day_text, count_text in db.execute(LANE_ROWS_SQL.format(rows=sql), params):
        _add_lane(found, lane_no, day_text, count_text)
    return _days_of(found)


LANE_ROWS_SQL = """
    SELECT CAST(lane AS INTEGER), group_concat(coalesce(CAST(day AS INTEGER), 0)),
           group_concat(coalesce(CAST(n AS INTEGER), 0))
    FROM ({rows}) GROUP BY CAST(lane AS INTEGER)"""
"""A lane's (day, count) rows as two comma-separated texts, in the same row order.

SQLite builds them with the GIL released; numpy parses them in one short call. A row per
(day, lane) turned into Python tuples (75,000 at 200,000 people) held the GIL for a third
of a second on the worker, while the window waited for it to paint."""


def part_label(kind: str, who: str | None, code: str | None, by: str | None) -> str:
    """A recognition's or an appeal's label in English: "Name: term reduced (Court)"."""
    words = _PART_WORDS.get(kind, {})
    what = words.get(code or "", (code or "").replace("_", " "))
    text = f"{who}: {what}" if who else what
    return f"{text} ({by})" if by else text


def sentence_label(who: str | None, kind: str | None, months: int | None, text: str | None) -> str:
    """A sentence bar's label in English: the archive's term text, else "36 months prison"."""
    what = text or (f"{months} months {kind}" if months is not None else (kind or ""))
    return f"{who}: {what}" if who else what


def _texts(values: list[Any]) -> tuple[str | None, ...]:
    """JSON values of an archive's columns as text (an untrusted archive may hold numbers)."""
    return tuple(None if v is None or v == "" else str(v) for v in values)


def _item(row: tuple[Any, ...]) -> TimelineItem:
    return bounded(_item_of(row))


def _item_of(row: tuple[Any, ...]) -> TimelineItem:
    kind, item_id, earliest, latest, end_latest, label, edtf, people = row
    person_ids = tuple(PersonId(str(p)) for p in json.loads(people or "[]") if p is not None)
    who = code = by = None
    months: int | None = None
    parts = untrusted_json(label) if kind in _PARTS or kind == "sentence" else None
    if not isinstance(parts, list):
        pass  # an event of that kind (its description), or JSON too long to read: as is
    elif kind in _PARTS and len(parts) == 3:
        who, code, by = _texts(parts)
        label = part_label(str(kind), who, code, by)
    elif kind == "sentence" and len(parts) == 4:
        who, code, text = _texts([parts[0], parts[1], parts[3]])
        months = parts[2] if isinstance(parts[2], int) else None
        label = sentence_label(who, code, months, text)
        code = None if text else code  # the archive's own words are shown as they are
    return TimelineItem(
        kind=str(kind),
        lane=lane_of(str(kind)),
        item_id=str(item_id),
        person_ids=tuple(dict.fromkeys(person_ids)),
        earliest=str(earliest),
        latest=str(latest),
        end_latest=None if end_latest is None else str(end_latest),
        label=str(label or ""),
        edtf=str(edtf),
        who=who,
        code=code,
        by=by,
        term_months=months,
    )


def timeline_items(
    db: Database, q: PeopleQuery, *, start: str, end: str, limit: int
) -> list[TimelineItem]:
    """Items overlapping [start, end] (ISO days), earliest first, at most `limit`.

    Sentence bars count as overlapping while the term runs, so a bar that
    began before the window is included. When more than `limit` items
    overlap, those beginning inside the window are kept first, so that a crowd
    of long terms never hides what happened in the window itself.

    With the interval index (db.timeline_spans) the read costs about what the
    window holds; without it (an archive written before it), every item that
    began before the window's end is looked at.
    """
    classes = timeline_spans.span_classes(db) if limit > 0 else None
    if classes is not None:
        plan = _spans_plan(db, q, start, end, limit)
        if plan is not None:
            return _items_by_spans(db, classes, plan, start, end, limit)
    return _items_by_scan(db, q, start=start, end=end, limit=limit)


def _items_by_scan(
    db: Database, q: PeopleQuery, *, start: str, end: str, limit: int
) -> list[TimelineItem]:
    """`timeline_items` without the interval index: one pass over the items' date bounds."""
    parts, params = _sources(q, window=True, format2=_has_format2(db))
    params.update(w_start=start, w_end=end, limit=limit)
    sql = (
        f"SELECT * FROM ({' UNION ALL '.join(parts)}) "
        "ORDER BY earliest < :w_start, earliest, item_id LIMIT :limit"
    )
    items = [_item(tuple(r)) for r in db.execute(sql, params).fetchall()]
    items.sort(key=lambda i: (i.earliest, i.item_id))
    return items


SMALL_FILTER = 100_000
"""Filters keeping fewer people than this are counted before a window's items are read."""
EXISTS_COST = 3
"""About how much dearer a filter's test per window item is than reading an item per person."""


def _spans_plan(
    db: Database, q: PeopleQuery, start: str, end: str, limit: int
) -> tuple[str | None, dict[str, Any]] | None:
    """The people filter for the interval index, or None when reading per person is cheaper.

    Walking the window tests each item against the filter until `limit` pass: about
    limit x (people / people kept) tests, at most the window's items. Reading the
    filter's people's items (the scan) costs their number of items. A filter of a few
    people (a highlighted person, a narrow search) reads fewer that way.
    """
    where, params = people_filter(q)
    if where == "1":
        return None, params
    kept = db.execute(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM people p WHERE {where} LIMIT {SMALL_FILTER})",
        params,
    ).fetchone()[0]
    if kept >= SMALL_FILTER:
        return where, params
    if kept == 0:
        return None  # nobody: the scan reads nothing
    people = db.execute("SELECT MAX(pk) FROM people").fetchone()[0] or kept
    items = _day_cache_total(db)
    if items is None:
        return None
    per_person = items / max(int(people), 1)
    in_window = _day_cache_total(db, start, end)
    in_window = items if in_window is None else in_window
    window_cost = EXISTS_COST * min(in_window, limit * int(people) / kept)
    return (where, params) if window_cost < kept * per_person else None


def _day_cache_total(db: Database, start: str | None = None, end: str | None = None) -> int | None:
    """Items in the stored unfiltered day counts (those of days [start, end]), if stored."""
    lanes = f"FROM timeline_days WHERE lane BETWEEN 0 AND {len(LANES) - 1}"
    sql, params = f"SELECT SUM(n) {lanes}", {}
    if start is not None and end is not None:  # no row there: none in the window
        sql = f"SELECT COALESCE(SUM(n), 0) {lanes} AND day BETWEEN :d0 AND :d1"
        params = {"d0": day_number(start), "d1": day_number(end)}
    row = db.execute(sql, params).fetchone()
    return int(row[0]) if row and isinstance(row[0], int) else None


def _items_by_spans(
    db: Database,
    classes: tuple[timeline_spans.SpanClass, ...],
    plan: tuple[str | None, dict[str, Any]],
    start: str,
    end: str,
    limit: int,
) -> list[TimelineItem]:
    """`timeline_items` through the interval index: the keys first, then those rows' labels."""
    people, params = plan
    inside, before = timeline_spans.window_keys(
        db,
        classes,
        people=people,
        params=params,
        start=day_number(start),
        end=day_number(end),
        limit=limit,
    )
    items = _items_of(db, [(source, pk) for _first, source, pk in inside + before])
    items.sort(key=lambda i: (i.earliest, i.item_id))
    return items


def _items_of(db: Database, keys: list[tuple[int, int]]) -> list[TimelineItem]:
    """The timeline items of (source, pk) keys (db.timeline_spans.SOURCES numbers)."""
    if not keys:
        return []
    format2 = _has_format2(db)
    parts, _params = _sources(PeopleQuery(), window=False, format2=format2, pks=True)
    by_source: dict[int, list[int]] = {n: [] for n in range(len(parts))}
    for source, pk in keys:
        if source in by_source:
            by_source[source].append(pk)
    used = [(n, part) for n, part in enumerate(parts) if by_source[n]]
    sql = " UNION ALL ".join(part for _n, part in used)
    params = {f"pks{n}": json.dumps(by_source[n]) for n, _part in used}
    return [_item(tuple(r)) for r in db.execute(sql, params).fetchall()]


def person_item_ids(db: Database, person_id: str) -> set[str]:
    """Ids of every timeline item involving one person (to highlight them)."""
    rows = db.execute(
        """
        SELECT event_id FROM event_people WHERE person_id = :pid
        UNION SELECT id FROM sentences WHERE person_id = :pid
        UNION SELECT id FROM quotes WHERE speaker_id = :pid
        UNION SELECT quote_id FROM quote_subjects WHERE person_id = :pid
        """,
        {"pid": person_id},
    ).fetchall()
    if _has_format2(db):
        rows += db.execute(
            """
            SELECT id FROM placements WHERE person_id = :pid
            UNION SELECT id FROM recognitions WHERE person_id = :pid
            UNION SELECT a.id FROM appeals a JOIN sentences s ON s.id = a.sentence_id
                WHERE s.person_id = :pid
            """,
            {"pid": person_id},
        ).fetchall()
    return {str(r[0]) for r in rows}
