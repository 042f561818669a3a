"""The timeline's interval index (db.timeline_spans) answers a window exactly as the scan does.

A random archive is written row by row (so that hostile and odd values get in:
uncertain and open-ended dates, sentences whose end is damaged or before their
date, events of several people, quotes with subjects, every format 2 kind), and
every window's items are read three ways: through the index, by the old scan,
and by a naive reference in Python. A last test counts SQLite's steps: a window
must cost what it holds, not what the archive holds before it.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from db import migrations as schema
from db import timeline_spans
from db.people import people_filter
from db.records import PeopleQuery, PersonId, TimelineItem
from db.timeline import (
    LANES,
    _items_by_scan,
    _items_by_spans,
    store_unfiltered_timeline,
    timeline_day_counts,
    timeline_extent,
    timeline_items,
    timeline_overview,
)

STATUSES = ("in_custody", "released", "in_exile", "unknown")


def _iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


BASE = dt.date(2015, 1, 1).toordinal()


def _bounds(rng: random.Random) -> tuple[str, str, str]:
    """(edtf, earliest, latest) of a random, often uncertain, date."""
    day = BASE + rng.randint(0, 3650)
    roll = rng.random()
    if roll < 0.5:
        return _iso(day), _iso(day), _iso(day)
    if roll < 0.65:  # a month
        d = dt.date.fromordinal(day)
        first = d.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return f"{d:%Y-%m}", first.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()
    if roll < 0.8:  # a year, maybe uncertain
        y = dt.date.fromordinal(day).year
        return f"{y}~", f"{y}-01-01", f"{y}-12-31"
    if roll < 0.88:  # an interval of up to six years
        return "interval", _iso(day), _iso(day + rng.randint(1, 2200))
    if roll < 0.92:  # open-ended
        return f"{_iso(day)}/..", _iso(day), "9999-12-31"
    if roll < 0.96:  # damaged bounds (written around the writer)
        return "bad", rng.choice(("2020-13-01", "garbage", "2020-5-1")), _iso(day)
    return "bad", _iso(day), rng.choice(("2020-02-30", "x", "20200101"))


def write_archive(path: Path, people: int, *, seed: int, outside: int = 0) -> None:
    """A format 2 archive of random items; `outside` more events long before 2015."""
    rng = random.Random(seed)
    db = Database(sqlite3.connect(path, isolation_level=None))
    schema.apply(db)
    ids = [f"p{i}" for i in range(people)]
    db.execute("BEGIN")
    db.conn.executemany(
        "INSERT INTO people(id, display_name, sort_name, status) VALUES (?, ?, ?, ?)",
        [(p, f"Person {p}", f"Person {p}", rng.choice(STATUSES)) for p in ids],
    )
    db.execute("INSERT INTO organizations(id, name, kind) VALUES ('o1', 'Court', 'court')")
    n = 0
    for p in ids:
        for _ in range(rng.randint(0, 6)):
            n += 1
            edtf, a, b = _bounds(rng)
            db.execute(
                "INSERT INTO events(id, kind, date_edtf, date_earliest, date_latest, description)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [f"e{n:05d}", rng.choice(("detained", "released", "other")), edtf, a, b, f"E{n}"],
            )
            for who in {p, *rng.sample(ids, rng.choice((0, 0, 0, 1, 2)))}:
                db.execute(
                    "INSERT INTO event_people(event_id, person_id, role) VALUES (?, ?, ?)",
                    [f"e{n:05d}", who, rng.choice((None, "detainee", "witness"))],
                )
        if rng.random() < 0.6:
            n += 1
            edtf, a, b = _bounds(rng)
            end = rng.choice((None, "garbage", _iso(BASE + rng.randint(-400, 5000)), "2019-02-29"))
            db.execute(
                "INSERT INTO sentences(id, person_id, date_edtf, date_earliest, date_latest,"
                " term_kind, term_months, end_latest) VALUES (?, ?, ?, ?, ?, 'prison', 24, ?)",
                [f"s{n:05d}", p, edtf, a, b, end],
            )
            if rng.random() < 0.5:
                edtf, a, b = _bounds(rng)
                db.execute(
                    "INSERT INTO appeals(id, sentence_id, date_edtf, date_earliest, date_latest)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [f"a{n:05d}", f"s{n:05d}", edtf, a, b],
                )
        if rng.random() < 0.4:
            n += 1
            edtf, a, b = _bounds(rng)
            speaker = rng.choice((p, None))
            db.execute(
                "INSERT INTO quotes(id, speaker_id, text, lang, date_edtf, date_earliest,"
                " date_latest) VALUES (?, ?, ?, 'en', ?, ?, ?)",
                [f"q{n:05d}", speaker, f"Words {n}", edtf, a, b],
            )
            for who in rng.sample(ids, rng.choice((0, 1, 2))):
                db.execute(
                    "INSERT INTO quote_subjects(quote_id, person_id) VALUES (?, ?)",
                    [f"q{n:05d}", who],
                )
        for table, prefix in (("placements", "start"), ("recognitions", "date")):
            if rng.random() < 0.4:
                n += 1
                edtf, a, b = _bounds(rng)
                extra = ", state" if table == "recognitions" else ""
                value = ", 'recognized'" if table == "recognitions" else ""
                db.execute(
                    f"INSERT INTO {table}(id, person_id, {prefix}_edtf, {prefix}_earliest,"
                    f" {prefix}_latest{extra}) VALUES (?, ?, ?, ?, ?{value})",
                    [f"{table[0]}{n:05d}", p, edtf, a, b],
                )
    db.execute(  # an appeal of a sentence that is not there: not on the timeline
        "INSERT INTO appeals(id, sentence_id, date_edtf, date_earliest, date_latest)"
        " VALUES ('a-orphan', 's-none', '2020', '2020-01-01', '2020-12-31')"
    )
    for k in range(outside):
        day = dt.date(1990, 1, 1).toordinal() + k % 3000
        db.execute(
            "INSERT INTO events(id, kind, date_edtf, date_earliest, date_latest, description)"
            " VALUES (?, 'other', ?, ?, ?, 'long ago')",
            [f"old{k:06d}", _iso(day), _iso(day), _iso(day + k % 40)],
        )
        db.execute(
            "INSERT INTO event_people(event_id, person_id) VALUES (?, ?)",
            [f"old{k:06d}", ids[k % people]],
        )
    store_unfiltered_timeline(db)
    db.execute("COMMIT")
    db.close()


@pytest.fixture(scope="module")
def random_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spans") / "random.db"
    write_archive(path, 300, seed=7)
    return path


@pytest.fixture
def db(random_archive: Path) -> Iterator[Database]:
    conn = sqlite3.connect(f"file:{random_archive}?mode=ro", uri=True)
    yield Database(conn)
    conn.close()


def _valid(text: object) -> bool:
    if not isinstance(text, str) or len(text) != 10:
        return False
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _reference(db: Database, keep: set[str] | None, start: str, end: str, limit: int) -> list[str]:
    """Ids of the items of `timeline_items`, worked out row by row in Python."""
    found: list[tuple[str, str]] = []  # earliest, id

    def consider(item_id: str, a: object, b: object, people: set[str], bar_end: object = None):  # type: ignore[no-untyped-def]
        if not (_valid(a) and _valid(b)):
            return
        last = bar_end if _valid(bar_end) else b
        if keep is not None and not people & keep:
            return
        if str(a) <= end and str(last) >= start:
            found.append((str(a), item_id))

    event_people: dict[str, set[str]] = {}
    for event, person in db.execute("SELECT event_id, person_id FROM event_people"):
        event_people.setdefault(event, set()).add(person)
    for eid, a, b in db.execute("SELECT id, date_earliest, date_latest FROM events"):
        consider(eid, a, b, event_people.get(eid, set()))
    for sid, pid, a, b, e in db.execute(
        "SELECT id, person_id, date_earliest, date_latest, end_latest FROM sentences"
    ):
        consider(sid, a, b, {pid}, e)
    subjects: dict[str, set[str]] = {}
    for quote, person in db.execute("SELECT quote_id, person_id FROM quote_subjects"):
        subjects.setdefault(quote, set()).add(person)
    for qid, speaker, a, b in db.execute(
        "SELECT id, speaker_id, date_earliest, date_latest FROM quotes"
    ):
        consider(qid, a, b, subjects.get(qid, set()) | ({speaker} if speaker else set()))
    for pid_, pid, a, b in db.execute(
        "SELECT id, person_id, start_earliest, start_latest FROM placements"
    ):
        consider(pid_, a, b, {pid})
    for rid, pid, a, b in db.execute(
        "SELECT id, person_id, date_earliest, date_latest FROM recognitions"
    ):
        consider(rid, a, b, {pid})
    for aid, pid, a, b in db.execute(
        "SELECT x.id, s.person_id, x.date_earliest, x.date_latest FROM appeals x"
        " JOIN sentences s ON s.id = x.sentence_id"
    ):
        consider(aid, a, b, {pid})
    found.sort(key=lambda f: (f[0] < start, f[0], f[1]))
    return sorted(f[1] for f in found[:limit])


def _keep(db: Database, q: PeopleQuery) -> set[str] | None:
    where, params = people_filter(q)
    if where == "1":
        return None
    return {r[0] for r in db.execute(f"SELECT p.id FROM people p WHERE {where}", params)}


def _spans(db: Database, q: PeopleQuery, start: str, end: str, limit: int) -> list[TimelineItem]:
    classes = timeline_spans.span_classes(db)
    assert classes is not None
    where, params = people_filter(q)
    plan = (None if where == "1" else where, params)
    return _items_by_spans(db, classes, plan, start, end, limit)


QUERIES = (
    PeopleQuery(),
    PeopleQuery(statuses=("in_custody",)),
    PeopleQuery(statuses=("released", "in_exile")),
    PeopleQuery(only_ids=(PersonId("p3"), PersonId("p77"))),
    PeopleQuery(only_ids=(PersonId("nobody"),)),
)


def _windows(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = [("2015-01-01", "2024-12-31"), ("0001-01-01", "9999-12-31"), ("1980-01-01", "1980-02-01")]
    out += [
        ("2020-05-01", "2020-05-31"),
        ("2019-12-31", "2019-12-31"),
        ("2030-01-01", "2030-12-31"),
    ]
    for _ in range(14):
        a = BASE - 200 + rng.randint(0, 4000)
        out.append((_iso(a), _iso(a + rng.choice((0, 1, 6, 30, 91, 365, 1500)))))
    return out


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: repr(q.statuses or q.only_ids or "all"))
def test_window_items_through_the_index_equal_the_scan_and_a_naive_reference(
    db: Database, q: PeopleQuery
) -> None:
    keep = _keep(db, q)
    for start, end in _windows(1):
        for limit in (1, 7, 40, 5000):
            fast = _spans(db, q, start, end, limit)
            scan = _items_by_scan(db, q, start=start, end=end, limit=limit)
            assert fast == scan, (start, end, limit)
            assert sorted(i.item_id for i in fast) == _reference(db, keep, start, end, limit)
            assert timeline_items(db, q, start=start, end=end, limit=limit) == scan


def test_the_index_holds_every_kind_and_the_long_spans_in_their_own_classes(db: Database) -> None:
    classes = timeline_spans.span_classes(db)
    assert classes is not None
    assert {c.source for c in classes} == set(range(len(timeline_spans.SOURCES)))
    widest = max(c.widest for c in classes)
    assert widest > 2_900_000  # the open-ended ones (…/.. reaches the year 9999)
    assert all(c.widest < 2**c.number for c in classes)
    kinds = {i.kind for i in _spans(db, PeopleQuery(), "2015-01-01", "2024-12-31", 100_000)}
    assert {"sentence", "quote", "placement", "recognition", "appeal", "detained"} <= kinds


def test_ties_on_the_last_day_are_broken_by_item_id_as_before(tmp_path: Path) -> None:
    path = tmp_path / "ties.db"
    db = Database(sqlite3.connect(path, isolation_level=None))
    schema.apply(db)
    db.execute("INSERT INTO people(id, display_name, sort_name) VALUES ('p', 'P', 'P')")
    for n in (9, 3, 7, 1, 5, 2):  # pks in another order than ids
        db.execute(
            "INSERT INTO events(id, kind, date_edtf, date_earliest, date_latest, description)"
            " VALUES (?, 'other', '2020-05-05', '2020-05-05', '2020-05-05', 'x')",
            [f"e{n}"],
        )
    store_unfiltered_timeline(db)
    for limit in range(1, 7):
        fast = _spans(db, PeopleQuery(), "2020-05-01", "2020-05-31", limit)
        scan = _items_by_scan(db, PeopleQuery(), start="2020-05-01", end="2020-05-31", limit=limit)
        assert [i.item_id for i in fast] == [i.item_id for i in scan]
        assert [i.item_id for i in fast] == ["e1", "e2", "e3", "e5", "e7", "e9"][:limit]
    db.close()


def test_an_archive_without_the_index_or_with_a_foreign_one_reads_by_the_scan(
    random_archive: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(random_archive.read_bytes())
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE timeline_span_classes SET widest = 99 WHERE class = 4")
    conn.commit()
    db = Database(conn)
    assert timeline_spans.span_classes(db) is None  # a span of 99 days is not under 2**4
    expected = _items_by_scan(db, PeopleQuery(), start="2020-01-01", end="2020-03-01", limit=50)
    assert timeline_items(db, PeopleQuery(), start="2020-01-01", end="2020-03-01", limit=50) == (
        expected
    )
    conn.execute("DROP TABLE timeline_spans")
    conn.execute("DROP TABLE timeline_span_classes")
    assert timeline_spans.span_classes(db) is None
    assert timeline_items(db, PeopleQuery(), start="2020-01-01", end="2020-03-01", limit=50) == (
        expected
    )
    conn.close()


def _steps(db: Database, fn: Any) -> int:
    """SQLite virtual machine steps (in thousands) that `fn` runs."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    db.conn.set_progress_handler(tick, 1000)
    try:
        fn()
    finally:
        db.conn.set_progress_handler(None, 0)
    return count[0]


def test_a_window_costs_what_it_holds_not_what_began_before_it(tmp_path: Path) -> None:
    """Fails on the scan: 30,000 more items long before the window multiply its steps."""
    small, big = tmp_path / "small.db", tmp_path / "big.db"
    write_archive(small, 60, seed=2)
    write_archive(big, 60, seed=2, outside=30_000)
    costs = []
    for path in (small, big):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db = Database(conn)
        for q in (PeopleQuery(), PeopleQuery(statuses=("in_custody", "released"))):
            costs.append(
                _steps(
                    db,
                    lambda q=q, db=db: timeline_items(
                        db, q, start="2020-05-01", end="2020-05-31", limit=3000
                    ),
                )
            )
        conn.close()
    small_all, small_filtered, big_all, big_filtered = costs
    assert big_all <= small_all * 1.5 + 20, costs
    assert big_filtered <= small_filtered * 1.5 + 20, costs


def test_the_arms_read_index_ranges(db: Database) -> None:
    classes = timeline_spans.span_classes(db)
    assert classes is not None
    for before in (False, True):
        sql = timeline_spans._arm(classes[0], before=before, people=None)
        plan = " ".join(
            str(r[-1]) for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", {"a": 1, "b": 2})
        )
        assert "USING PRIMARY KEY (source=? AND class=? AND first>? AND first<?)" in plan, plan


@pytest.mark.parametrize("q", QUERIES[1:], ids=lambda q: repr(q.statuses or q.only_ids))
def test_a_filters_span_and_day_counts_from_the_per_person_rows_equal_the_scan(
    db: Database, q: PeopleQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    extent, days = timeline_overview(db, q)
    with monkeypatch.context() as m:
        m.setattr(timeline_spans, "span_classes", lambda db: None)
        old_extent, old_days = timeline_overview(db, q)
        old_counts = timeline_day_counts(db, q)
    assert extent == old_extent == timeline_extent(db, q)
    counts = timeline_day_counts(db, q)
    assert counts.total == old_counts.total
    for lane in LANES:
        assert counts.days[lane].tolist() == old_counts.days[lane].tolist(), lane
    if old_days is None:
        assert days is None
        return
    assert days is not None
    assert days.total == old_days.total
    for lane in LANES:
        assert days.days[lane].tolist() == old_days.days[lane].tolist(), lane
        assert days.cumulative[lane].tolist() == old_days.cumulative[lane].tolist(), lane


def test_people_sharing_an_item_count_it_once(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = db.execute(
        "SELECT COUNT(*) FROM timeline_person_items WHERE shared = 1 AND source IN (0, 2)"
    ).fetchone()[0]
    assert shared > 50  # events of several people, quotes with subjects
    everyone = PeopleQuery(statuses=STATUSES)
    _extent, days = timeline_overview(db, everyone)
    nobodys = db.execute(  # quotes of no one: on the unfiltered timeline only
        "SELECT COUNT(*) FROM quotes WHERE speaker_id IS NULL AND date(date_earliest) IS"
        " date_earliest AND date(date_latest) IS date_latest"
        " AND id NOT IN (SELECT quote_id FROM quote_subjects)"
    ).fetchone()[0]
    _all, everything = timeline_overview(db, PeopleQuery())
    assert days is not None
    assert everything is not None
    assert nobodys > 0
    assert days.total == everything.total - nobodys
