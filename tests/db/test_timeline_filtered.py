"""A filtered timeline (span and day counts) equals a naive reference on a generated archive.

The reference reads the tables row by row in Python and applies the filter by
hand, so a faster query shape in db.timeline cannot change what is counted.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from db.connection import Archive, open_archive
from db.generate import generate_archive
from db.records import PeopleQuery, PersonId
from db.timeline import (
    _FORMAT2,
    LANES,
    _points,
    lane_of,
    timeline_day_counts,
    timeline_extent,
    timeline_overview,
)

Reference = tuple[tuple[str, str] | None, dict[str, Counter[int]]]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filtered") / "generated.db"
    generate_archive(path, 160, seed=3)
    return path


@pytest.fixture
def archive(generated: Path) -> Iterator[Archive]:
    with open_archive(generated) as a:
        yield a


def _day(iso: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(iso).toordinal() if isinstance(iso, str) else None
    except ValueError:
        return None


def _reference(path: Path, keep: set[str]) -> Reference:
    """Span and per-lane day counts of the items of the people in `keep`, in Python."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    items: list[tuple[str, str, str, str | None]] = []  # kind, earliest, latest, end
    people_of: dict[str, set[str]] = {}
    for event_id, person in conn.execute("SELECT event_id, person_id FROM event_people"):
        people_of.setdefault(event_id, set()).add(person)
    for eid, kind, e, la in conn.execute("SELECT id, kind, date_earliest, date_latest FROM events"):
        if people_of.get(eid, set()) & keep:
            items.append((kind, e, la, None))
    for person, e, la, end in conn.execute(
        "SELECT person_id, date_earliest, date_latest, end_latest FROM sentences"
    ):
        if person in keep:
            items.append(("sentence", e, la, end if _day(end) is not None else None))
    subjects: dict[str, set[str]] = {}
    for qid, person in conn.execute("SELECT quote_id, person_id FROM quote_subjects"):
        subjects.setdefault(qid, set()).add(person)
    for qid, speaker, e, la in conn.execute(
        "SELECT id, speaker_id, date_earliest, date_latest FROM quotes"
    ):
        if speaker in keep or subjects.get(qid, set()) & keep:
            items.append(("quote", e, la, None))
    for person, e, la in conn.execute(
        "SELECT person_id, start_earliest, start_latest FROM placements"
    ):
        if person in keep:
            items.append(("placement", e, la, None))
    for person, e, la in conn.execute(
        "SELECT person_id, date_earliest, date_latest FROM recognitions"
    ):
        if person in keep:
            items.append(("recognition", e, la, None))
    for person, e, la in conn.execute(
        "SELECT s.person_id, a.date_earliest, a.date_latest FROM appeals a "
        "JOIN sentences s ON s.id = a.sentence_id"
    ):
        if person in keep:
            items.append(("appeal", e, la, None))
    conn.close()
    dated = [(k, e, la, end) for k, e, la, end in items if _day(e) is not None and _day(la)]
    days: dict[str, Counter[int]] = {lane: Counter() for lane in LANES}
    for kind, e, la, _end in dated:
        days[lane_of(kind)][(_day(e) + _day(la)) // 2] += 1  # type: ignore[operator]
    if not dated:
        return None, days
    first = min(e for _k, e, _la, _end in dated)
    last = max(max(la, end or la) for _k, _e, la, end in dated)
    return (first, last), days


def _people(path: Path, column: str, values: set[str]) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = conn.execute(f"SELECT id, {column} FROM people").fetchall()
    conn.close()
    return {pid for pid, value in rows if value in values}


def _as_counters(days: object) -> dict[str, Counter[int]]:
    out: dict[str, Counter[int]] = {}
    for lane in LANES:
        lane_days = days.days[lane]  # type: ignore[attr-defined]
        counts = np.diff(days.cumulative[lane])  # type: ignore[attr-defined]
        out[lane] = Counter({int(d): int(n) for d, n in zip(lane_days, counts, strict=True)})
    return out


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ("status", {"in_custody"}),
        ("status", {"released", "in_exile"}),
        ("status", {"deceased"}),
        ("region", {"Minsk"}),
    ],
)
def test_filtered_overview_equals_a_naive_reference(
    archive: Archive, generated: Path, column: str, values: set[str]
) -> None:
    keep = _people(generated, column, values)
    query = (
        PeopleQuery(statuses=tuple(sorted(values)))
        if column == "status"
        else PeopleQuery(regions=tuple(sorted(values)))
    )
    extent, days = _reference(generated, keep)
    found_extent, found_days = timeline_overview(archive.db, query)
    assert found_extent == extent
    if extent is None:
        assert found_days is None
        return
    assert found_days is not None
    assert _as_counters(found_days) == days
    assert sum(sum(c.values()) for c in days.values()) == found_days.total
    # the two reads the overview replaces in the window say the same
    assert timeline_extent(archive.db, query) == extent
    assert _as_counters(timeline_day_counts(archive.db, query)) == days


def test_the_generated_archive_exercises_every_kind(archive: Archive, generated: Path) -> None:
    keep = _people(generated, "status", {"in_custody"})
    assert keep
    _extent, days = _reference(generated, keep)
    assert sum(days["custody"].values()) > 0  # transfers
    assert sum(days["trial"].values()) > 0
    assert sum(days["statement"].values()) > 0


def test_only_ids_overview_equals_the_reference(archive: Archive, generated: Path) -> None:
    conn = sqlite3.connect(f"file:{generated}?mode=ro", uri=True)
    some = [str(r[0]) for r in conn.execute("SELECT id FROM people ORDER BY pk LIMIT 7")]
    conn.close()
    extent, days = _reference(generated, set(some))
    found_extent, found_days = timeline_overview(
        archive.db, PeopleQuery(only_ids=tuple(PersonId(p) for p in some))
    )
    assert found_extent == extent
    assert found_days is not None
    assert _as_counters(found_days) == days


def test_unfiltered_overview_is_the_stored_one(archive: Archive) -> None:
    extent, days = timeline_overview(archive.db, PeopleQuery())
    assert extent == timeline_extent(archive.db, PeopleQuery())
    assert days is not None
    assert _as_counters(days) == _as_counters(timeline_day_counts(archive.db, PeopleQuery()))


def test_empty_filter_overview_is_none(archive: Archive) -> None:
    assert timeline_overview(archive.db, PeopleQuery(only_ids=())) == (None, None)


def test_filtered_appeals_are_read_from_the_appeals_not_the_peoples_sentences(
    archive: Archive,
) -> None:
    """Filtered, SQLite went through every sentence of the filter's people to find appeals
    (a second of a minute-long read at a million people, for none)."""
    sql, params = _points(PeopleQuery(statuses=("in_custody",)), format2=True)
    appeal = next(p for p in sql.split("UNION ALL") if "'appeal'" in p)
    plan = [
        str(r[3])
        for r in archive.db.execute("EXPLAIN QUERY PLAN " + appeal.strip(), params).fetchall()
    ]
    scans = [step for step in plan if step.startswith(("SCAN", "SEARCH"))]
    assert scans[0].startswith("SCAN x"), plan
    assert any(kind == "appeal" for kind, *_rest in _FORMAT2)
