"""Timeline reads on a small hand-made archive: lanes, filters, windows, density."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from db import writer
from db.connection import Archive, open_archive
from db.records import PeopleQuery, PersonId
from db.timeline import (
    LANES,
    day_number,
    iso_of_day,
    lane_of,
    person_item_ids,
    timeline_day_counts,
    timeline_density,
    timeline_extent,
    timeline_items,
)

TS = PersonId("p-ts")
KAL = PersonId("p-kal")
SV = PersonId("p-sv")
QUIET = PersonId("p-quiet")


def timeline_docs() -> dict[str, list[dict[str, Any]]]:
    """Three people from the seed article, one person with no events, one loose event."""

    def person(pid: str, name: str, status: str, region: str, roles: list[str]) -> dict[str, Any]:
        return {
            "id": pid,
            "display_name": name,
            "status": status,
            "region": region,
            "roles": roles,
            "names": [{"name": name, "lang": "en", "system": "passport"}],
        }

    return {
        "organizations": [{"id": "org-court", "name": "Homiel Regional Court", "kind": "court"}],
        "people": [
            person("p-ts", "Siarhei Tsikhanouski", "released", "Homiel", ["prisoner", "blogger"]),
            person("p-kal", "Maria Kalesnikava", "in_custody", "Minsk", ["prisoner"]),
            person("p-sv", "Sviatlana Tsikhanouskaya", "in_exile", "Minsk", ["opposition_leader"]),
            person("p-quiet", "Nobody Special", "unknown", "Brest", ["other"]),
        ],
        "sentences": [
            {
                "id": "s-ts-1",
                "person_id": "p-ts",
                "court_id": "org-court",
                "date": "2021-12-14",
                "term_kind": "prison",
                "term_months": 216,
                "term_text": "18 years",
                "charges": [{"article": "342"}],
            },
            {
                "id": "s-ts-2",
                "person_id": "p-ts",
                "date": "2023",
                "term_kind": "prison",
                "term_months": 18,
                "term_text": "1.5 years",
                "adds_to_id": "s-ts-1",
                "charges": [{"article": "411"}],
            },
            {
                "id": "s-kal-1",
                "person_id": "p-kal",
                "date": "2021-09-06",
                "term_kind": "prison",
                "term_months": 132,
                "charges": [{"article": "361"}],
            },
        ],
        "events": [
            {"id": "e-det", "kind": "detained", "date": "2020-05-29", "people": ["p-ts"]},
            {
                "id": "e-adm",
                "kind": "administrative_detention",
                "date": "2020-05",
                "people": ["p-ts"],
            },
            {
                "id": "e-sent",
                "kind": "sentenced",
                "date": "2021-12-14",
                "sentence_id": "s-ts-1",
                "people": ["p-ts"],
            },
            {"id": "e-rel", "kind": "released", "date": "2025-06-21", "people": ["p-ts"]},
            {"id": "e-exile", "kind": "exiled", "date": "2020-08-11", "people": ["p-sv"]},
            {"id": "e-kal", "kind": "detained", "date": "2020-09-07", "people": ["p-kal"]},
            {"id": "e-vote", "kind": "election", "date": "2020-08-09"},
            {"id": "e-say", "kind": "statement", "date": "2020-21", "people": ["p-sv"]},
            {"id": "e-undated", "kind": "other", "people": ["p-ts"]},
        ],
        "quotes": [
            {
                "id": "q-trust",
                "speaker_id": "p-sv",
                "text": "He cannot be trusted at all",
                "lang": "en",
                "date": "2025-06",
                "about": [],
            },
            {"id": "q-undated", "speaker_id": "p-sv", "text": "No date", "lang": "en"},
        ],
    }


DATED_ITEMS = 8 + 3 + 1  # events, sentences, quotes with a date


def build_timeline_archive(path: Path) -> Path:
    """Write the small timeline archive to `path` with the only archive writer."""
    docs = timeline_docs()
    for event in docs["events"]:
        event["description"] = f"Event {event['id']}"
    writer.build(path, {"title": "Timeline test", "languages": ["en"]}, docs)
    return path


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_timeline_archive(tmp_path_factory.mktemp("timeline") / "timeline.db")


@pytest.fixture
def archive(archive_path: Path) -> Iterator[Archive]:
    a = open_archive(archive_path)
    yield a
    a.close()


ALL = PeopleQuery()
TS_ITEMS = {"e-det", "e-adm", "e-sent", "e-rel", "s-ts-1", "s-ts-2"}


def test_every_kind_has_one_lane() -> None:
    assert lane_of("detained") == "detention"
    assert lane_of("sentence") == "trial"
    assert lane_of("pardoned") == "release"
    assert lane_of("exiled") == "exile"
    assert lane_of("quote") == "statement"
    assert lane_of("election") == "other"
    assert lane_of("no-such-kind") == "other"
    assert lane_of("placement") == "custody"
    assert lane_of("recognition") == "statement"
    assert lane_of("appeal") == "trial"
    assert set(LANES) == {
        "detention", "custody", "trial", "release", "exile", "statement", "other"
    }  # fmt: skip


def test_day_numbers_round_trip() -> None:
    assert day_number("2020-05-29") == dt.date(2020, 5, 29).toordinal()
    assert iso_of_day(day_number("1999-12-31")) == "1999-12-31"
    assert iso_of_day(-5) == "0001-01-01"


def test_extent_covers_sentence_ends(archive: Archive) -> None:
    # the statement "2020-21" (spring 2020) starts 2020-03-01; Kalesnikava's
    # 11-year term from 2021-09-06 ends last
    assert timeline_extent(archive.db, ALL) == ("2020-03-01", "2032-09-06")


def test_extent_is_none_without_dated_items(archive: Archive) -> None:
    assert timeline_extent(archive.db, PeopleQuery(only_ids=(QUIET,))) is None
    assert timeline_extent(archive.db, PeopleQuery(only_ids=())) is None


def test_items_in_window_with_people_and_labels(archive: Archive) -> None:
    items = timeline_items(archive.db, ALL, start="2020-05-01", end="2020-05-31", limit=100)
    # spring 2020 (March to May) overlaps May too
    assert [i.item_id for i in items] == ["e-say", "e-adm", "e-det"]
    det = items[2]
    assert det.lane == "detention"
    assert det.person_ids == (TS,)
    assert det.earliest == det.latest == "2020-05-29"
    assert det.label == "Event e-det"
    assert det.edtf == "2020-05-29"
    assert items[1].earliest == "2020-05-01"
    assert items[1].latest == "2020-05-31"


def test_sentence_bars_overlap_windows_inside_the_term(archive: Archive) -> None:
    items = timeline_items(archive.db, ALL, start="2024-01-01", end="2024-01-31", limit=100)
    bars = {i.item_id: i for i in items}
    assert set(bars) == {"s-ts-1", "s-ts-2", "s-kal-1"}
    assert bars["s-ts-1"].end_latest == "2025-06-21"  # release ends the 18 years early
    assert bars["s-ts-1"].label == "Siarhei Tsikhanouski: 18 years"
    assert bars["s-kal-1"].label == "Maria Kalesnikava: 132 months prison"
    assert bars["s-ts-1"].kind == "sentence"
    assert bars["s-ts-1"].lane == "trial"


def test_quotes_and_undated_items(archive: Archive) -> None:
    items = timeline_items(archive.db, ALL, start="0001-01-01", end="9999-12-31", limit=100)
    ids = [i.item_id for i in items]
    assert len(items) == DATED_ITEMS
    assert "e-undated" not in ids
    assert "q-undated" not in ids
    quote = next(i for i in items if i.item_id == "q-trust")
    assert quote.lane == "statement"
    assert quote.label == "Sviatlana Tsikhanouskaya: “He cannot be trusted at all”"
    assert quote.person_ids == (SV,)
    assert ids == sorted(ids, key=lambda i: next(x.earliest for x in items if x.item_id == i))
    vote = next(i for i in items if i.item_id == "e-vote")
    assert vote.person_ids == ()


def test_items_limit(archive: Archive) -> None:
    items = timeline_items(archive.db, ALL, start="0001-01-01", end="9999-12-31", limit=3)
    assert [i.item_id for i in items] == ["e-say", "e-adm", "e-det"]


def test_items_limit_keeps_what_begins_in_the_window(archive: Archive) -> None:
    # three terms that began earlier still run in 2025; the two items of June 2025 win
    items = timeline_items(archive.db, ALL, start="2025-06-01", end="2025-06-30", limit=2)
    assert [i.item_id for i in items] == ["q-trust", "e-rel"]
    items = timeline_items(archive.db, ALL, start="2025-06-01", end="2025-06-30", limit=4)
    assert [i.item_id for i in items][2:] == ["q-trust", "e-rel"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (PeopleQuery(statuses=("in_custody",)), {"e-kal", "s-kal-1"}),
        (PeopleQuery(regions=("Minsk",)), {"e-kal", "s-kal-1", "e-exile", "e-say", "q-trust"}),
        (
            PeopleQuery(roles=("blogger",)),
            TS_ITEMS,
        ),
        (
            PeopleQuery(court_ids=("org-court",)),
            TS_ITEMS,
        ),
        (PeopleQuery(articles=("361",)), {"e-kal", "s-kal-1"}),
        (PeopleQuery(year_from=2025), TS_ITEMS),
        (PeopleQuery(year_to=2020, statuses=("in_exile",)), {"e-exile", "e-say", "q-trust"}),
        (PeopleQuery(only_ids=(SV, QUIET)), {"e-exile", "e-say", "q-trust"}),
        (PeopleQuery(only_ids=()), set()),
    ],
)
def test_filters_keep_items_of_matching_people(
    archive: Archive, query: PeopleQuery, expected: set[str]
) -> None:
    items = timeline_items(archive.db, query, start="0001-01-01", end="9999-12-31", limit=100)
    assert {i.item_id for i in items} == expected


@pytest.mark.parametrize(
    "query",
    [
        PeopleQuery(statuses=("in_exile",)),
        PeopleQuery(only_ids=(TS, KAL)),
        PeopleQuery(only_ids=(SV, QUIET)),
        PeopleQuery(year_to=2020),
    ],
)
def test_filtered_extent_equals_the_span_of_the_items(archive: Archive, query: PeopleQuery) -> None:
    """The span is read without labels (a minute at 1M); it must still be the items' span."""
    items = timeline_items(archive.db, query, start="0001-01-01", end="9999-12-31", limit=100)
    assert items
    first = min(i.earliest for i in items)
    last = max(max(i.latest, i.end_latest or i.latest) for i in items)
    assert timeline_extent(archive.db, query) == (first, last)


def test_quote_about_a_person_matches_that_person(tmp_path: Path) -> None:
    docs = timeline_docs()
    for event in docs["events"]:
        event["description"] = "x"
    docs["quotes"][0]["about"] = ["p-kal"]
    path = tmp_path / "about.db"
    writer.build(path, {"title": "t", "languages": ["en"]}, docs)
    with open_archive(path) as a:
        items = timeline_items(
            a.db, PeopleQuery(only_ids=(KAL,)), start="2025-01-01", end="2025-12-31", limit=10
        )
        assert [(i.item_id, i.person_ids) for i in items] == [
            ("s-kal-1", (KAL,)),  # the term still runs in 2025
            ("q-trust", (SV, KAL)),
        ]
        assert "q-trust" in person_item_ids(a.db, KAL)


def test_density_counts_every_item_once_by_midpoint(archive: Archive) -> None:
    d = timeline_density(archive.db, ALL, start="2020-01-01", end="2026-01-01", bins=6)
    assert d.total == DATED_ITEMS
    assert d.counts["detention"] == (3, 0, 0, 0, 0, 0)
    assert d.counts["trial"] == (0, 3, 0, 1, 0, 0)
    assert d.counts["release"] == (0, 0, 0, 0, 0, 1)
    assert d.counts["statement"] == (1, 0, 0, 0, 0, 1)
    assert d.counts["exile"] == (1, 0, 0, 0, 0, 0)
    assert d.counts["other"] == (1, 0, 0, 0, 0, 0)


def test_density_window_and_filter(archive: Archive) -> None:
    d = timeline_density(
        archive.db, PeopleQuery(only_ids=(TS,)), start="2020-05-01", end="2020-06-01", bins=31
    )
    # "2020-05" has its midpoint on the 16th (bin 15), the detention on the 29th (bin 28)
    assert d.total == 2
    assert d.counts["detention"][15] == 1
    assert d.counts["detention"][28] == 1


def test_density_rejects_bad_windows(archive: Archive) -> None:
    with pytest.raises(ValueError, match="bins"):
        timeline_density(archive.db, ALL, start="2020-01-01", end="2021-01-01", bins=0)
    with pytest.raises(ValueError, match="empty"):
        timeline_density(archive.db, ALL, start="2021-01-01", end="2020-01-01", bins=5)


def test_day_counts_rebin_like_sql_density(archive: Archive) -> None:
    days = timeline_day_counts(archive.db, ALL)
    assert days.total == DATED_ITEMS
    d0, d1 = day_number("2020-01-01"), day_number("2026-01-01")
    edges = np.linspace(d0, d1, 7)
    counts = days.counts(edges)
    sql = timeline_density(archive.db, ALL, start="2020-01-01", end="2026-01-01", bins=6)
    for lane in LANES:
        assert tuple(int(c) for c in counts[lane]) == sql.counts[lane], lane


def test_day_counts_of_empty_selection(archive: Archive) -> None:
    days = timeline_day_counts(archive.db, PeopleQuery(only_ids=()))
    assert days.total == 0
    counts = days.counts(np.array([0.0, 1e6]))
    assert all(int(c.sum()) == 0 for c in counts.values())


def test_person_item_ids(archive: Archive) -> None:
    assert person_item_ids(archive.db, TS) == {
        "e-det",
        "e-adm",
        "e-sent",
        "e-rel",
        "e-undated",
        "s-ts-1",
        "s-ts-2",
    }
    assert person_item_ids(archive.db, SV) == {"e-exile", "e-say", "q-trust", "q-undated"}
    assert person_item_ids(archive.db, "p-missing") == set()


def test_the_subject_of_an_event_comes_first(tmp_path: Path) -> None:
    docs = timeline_docs()
    for event in docs["events"]:
        event["description"] = "x"
        if event["id"] == "e-rel":
            event["people"] = [
                {"person_id": "p-kal", "role": "broker"},
                {"person_id": "p-sv"},
                {"person_id": "p-ts", "role": "released"},
            ]
    path = tmp_path / "roles.db"
    writer.build(path, {"title": "t", "languages": ["en"]}, docs)
    with open_archive(path) as a:
        items = timeline_items(a.db, ALL, start="2025-06-21", end="2025-06-21", limit=10)
        rel = next(i for i in items if i.item_id == "e-rel")
        assert rel.person_ids == (TS, SV, KAL)


def test_sample_archive(sample_archive: Archive) -> None:
    extent = timeline_extent(sample_archive.db, ALL)
    assert extent is not None
    items = timeline_items(sample_archive.db, ALL, start=extent[0], end=extent[1], limit=1000)
    assert len(items) == timeline_day_counts(sample_archive.db, ALL).total
    assert {i.lane for i in items} <= set(LANES)
    released = next(i for i in items if i.item_id == "e-tsikhanouski-released")
    assert released.lane == "release"
    assert released.person_ids[0] == "p-tsikhanouski"  # not the envoy who brokered it


def test_stored_unfiltered_timeline_matches_the_computed_one(archive_path: Path) -> None:
    """The build stores the whole archive's day counts and span; they must agree
    with what the queries compute when those tables are empty."""
    import sqlite3

    from sqlite_utils import Database

    db = Database(sqlite3.connect(archive_path))  # a throwaway writable view
    try:
        stored_days = timeline_day_counts(db, PeopleQuery())
        stored_extent = timeline_extent(db, PeopleQuery())
        assert db.execute("SELECT COUNT(*) FROM timeline_days").fetchone()[0] > 0
        db.conn.execute("SAVEPOINT empty_cache")
        db.conn.execute("DELETE FROM timeline_days")
        db.conn.execute("DELETE FROM timeline_bounds")
        computed_days = timeline_day_counts(db, PeopleQuery())
        computed_extent = timeline_extent(db, PeopleQuery())
        db.conn.execute("ROLLBACK TO empty_cache")
    finally:
        db.close()
    assert stored_extent == computed_extent
    assert stored_days.total == computed_days.total > 0
    for lane in LANES:
        assert np.array_equal(stored_days.days[lane], computed_days.days[lane])
        assert np.array_equal(stored_days.cumulative[lane], computed_days.cumulative[lane])
