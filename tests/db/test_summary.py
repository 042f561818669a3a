"""The reader's summary: total term along adds_to, custody start and end, time served."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import dates, summary
from db.connection import Archive, open_archive
from db.people import list_people
from db.records import OrgId, OrgRef, PeopleQuery, PersonId, PersonPk, SentenceId, SortKey
from db.summary import CustodyEvent, PersonFacts, Placement, SentenceFact, summarize
from tests.db.builders import build_fixture_archive, expected_ids, fixture_documents, person_facts


def _d(text: str) -> dates.FuzzyDate:
    return dates.parse(text)


def _s(sid: str, date: str | None, months: int | None, **kw: object) -> SentenceFact:
    return SentenceFact(
        id=SentenceId(sid),
        date=_d(date) if date else None,
        term_kind=str(kw.get("kind", "prison")),
        term_months=months,
        in_absentia=bool(kw.get("in_absentia", False)),
        adds_to=SentenceId(str(kw["adds_to"])) if kw.get("adds_to") else None,
        start=_d(str(kw["start"])) if kw.get("start") else None,
    )


def _facts(
    *sentences: SentenceFact, events: tuple[CustodyEvent, ...] = (), **kw: object
) -> PersonFacts:
    return PersonFacts(
        person_id=PersonId("p-x"),
        status=str(kw.get("status", "in_custody")),
        status_since=_d(str(kw["since"])) if kw.get("since") else None,
        sentences=sentences,
        events=events,
        placements=tuple(kw.get("placements", ())),  # type: ignore[arg-type]
    )


def _by_id(archive: Archive, pid: str, as_of: str = "2025-01-01") -> summary.PersonSummary:
    s = summary.get_summary(archive.db, PersonId(pid), as_of)
    assert s is not None
    return s


def test_sample_total_terms_follow_adds_to(sample_archive: Archive) -> None:
    siarhei = _by_id(sample_archive, "p-tsikhanouski")
    assert siarhei.total_term_months == 19 * 12 + 6  # 18 y + 1 y 6 m
    assert siarhei.term_complete
    assert siarhei.sentence_ids == ("s-tsikhanouski-2021", "s-tsikhanouski-2023")
    sviatlana = _by_id(sample_archive, "p-tsikhanouskaya")
    assert sviatlana.total_term_months == 15 * 12
    assert sviatlana.in_absentia
    assert sviatlana.custody_start is None
    assert sviatlana.served_months is None
    assert sviatlana.expected_end is None


def test_sample_custody_counts_from_detention_and_ends_at_release(sample_archive: Archive) -> None:
    s = _by_id(sample_archive, "p-tsikhanouski", as_of="2026-12-01")
    assert s.custody_start is not None
    assert s.custody_start.edtf == "2020-21"
    assert s.start_basis == "start_date"  # the sample's sentence states it: the arrest
    # spring 2020 + 19 y 6 m: the uncertainty of the start carries over
    assert s.expected_end == dates.FuzzyDate("2039-09/2039-11", "2039-09-01", "2039-11-30")
    assert s.custody_end is not None
    assert s.custody_end.edtf == "2025-06-21"
    assert s.served_months == (60, 63)  # 31 May or 1 March 2020 to 21 June 2025
    assert s.custody_place is None  # released: no place of custody now
    assert s.status == "released"
    assert s.status_since is not None


def test_sample_in_custody_without_sentence(sample_archive: Archive) -> None:
    s = _by_id(sample_archive, "p-kalesnikava", as_of="2025-09-07")
    assert s.total_term_months is None
    assert s.sentence_ids == ()
    assert s.custody_start is not None
    assert s.custody_start.edtf == "2020-09-07"
    assert s.served_months == (60, 60)


def test_stored_summaries_equal_computed_ones(sample_archive: Archive, tmp_path: Path) -> None:
    for archive in (sample_archive, open_archive(build_fixture_archive(tmp_path / "f.db"))):
        pks = [PersonPk(r[0]) for r in archive.db.execute("SELECT pk FROM people")]
        assert summary.summaries_stored(archive.db)
        stored = summary.get_summaries(archive.db, pks, "2024-05-05")
        assert stored == summary.compute_summaries(archive.db, pks, "2024-05-05")
        assert len(stored) == len(pks)


def test_fixture_totals_and_ends(tmp_path: Path) -> None:
    docs = fixture_documents(14)
    path = tmp_path / "f.db"
    from db import writer

    writer.build(path, {"title": "t"}, docs)
    facts = {f.id: f for f in person_facts(docs)}
    with open_archive(path) as archive:
        pks = [PersonPk(r[0]) for r in archive.db.execute("SELECT pk FROM people")]
        for s in summary.get_summaries(archive.db, pks).values():
            f = facts[s.person_id]
            assert s.total_term_months == f.total_term_months, s.person_id
            got = s.expected_end.earliest if s.expected_end else None
            assert got == f.expected_end, s.person_id


def test_archive_without_the_derived_table(sample_archive_path: Path, tmp_path: Path) -> None:
    """An archive from before the table: summaries are worked out, sorting falls back."""
    old = tmp_path / "old.db"
    shutil.copy(sample_archive_path, old)
    conn = sqlite3.connect(old)
    with conn:
        conn.execute("DROP TABLE person_summary")
        conn.execute("DROP TABLE person_name_order")
    conn.close()
    with open_archive(old) as archive:
        assert not summary.summaries_stored(archive.db)
        s = _by_id(archive, "p-tsikhanouski")
        assert s.total_term_months == 234
        pk = PersonPk(
            archive.db.execute("SELECT pk FROM people WHERE id = 'p-tsikhanouski'").fetchone()[0]
        )
        assert summary.get_summaries(archive.db, [pk])[pk].total_term_months == 234
        people = list_people(archive.db, PeopleQuery(sort=SortKey.TOTAL_TERM))
        assert people.count == 7


def test_sort_by_total_term_and_expected_end(tmp_path: Path) -> None:
    docs = fixture_documents(14)
    from db import writer

    writer.build(tmp_path / "f.db", {"title": "t"}, docs)
    facts = person_facts(docs)
    with open_archive(tmp_path / "f.db") as archive:
        for key in (SortKey.TOTAL_TERM, SortKey.EXPECTED_END):
            for q in (PeopleQuery(sort=key), PeopleQuery(sort=key, statuses=("released",))):
                people = list_people(archive.db, q)
                ids = [
                    r[0]
                    for pk in people.pks(archive.db, 0, people.count)
                    for r in archive.db.execute("SELECT id FROM people WHERE pk = ?", [pk])
                ]
                assert ids == expected_ids(facts, q)


# --------------------------------------------------------------- summarize() cases


def test_chain_three_deep_and_out_of_order() -> None:
    f = _facts(
        _s("c", "2024", 6, adds_to="b"),
        _s("a", "2021-01-10", 120),
        _s("b", "2023", 12, adds_to="a"),
        events=(CustodyEvent("detained", _d("2020-08-10")),),
    )
    s = summarize(f, "2025-08-10")
    assert s.sentence_ids == ("a", "b", "c")
    assert s.total_term_months == 138
    assert s.start_basis == "detention"
    assert s.expected_end == dates.span("2032-02-10", "2032-02-10")
    assert s.served_months == (60, 60)


def test_the_current_case_is_the_latest_one() -> None:
    f = _facts(
        _s("old", "2012-05-01", 36),
        _s("new", "2022-03-01", 60),
        events=(
            CustodyEvent("detained", _d("2011-10-01")),
            CustodyEvent("released", _d("2014-10-01")),
            CustodyEvent("detained", _d("2021-09-01")),
        ),
    )
    s = summarize(f, "2023-09-01")
    assert s.sentence_ids == ("new",)
    assert s.total_term_months == 60
    assert s.custody_start == _d("2021-09-01")  # not the 2011 detention
    assert s.custody_end is None
    assert s.served_months == (24, 24)


def test_release_between_detention_and_sentence_means_sentence_date() -> None:
    f = _facts(
        _s("a", "2022-03-01", 24),
        events=(
            CustodyEvent("detained", _d("2020-01-01")),
            CustodyEvent("released", _d("2020-02-01")),
        ),
    )
    s = summarize(f, "2022-09-01")
    assert s.start_basis == "sentence_date"
    assert s.custody_start == _d("2022-03-01")
    assert s.custody_end is None  # the 2020 release was before this case


def test_start_date_of_the_sentence_wins() -> None:
    f = _facts(
        _s("a", "2022-03-01", 24, start="2021-11-15"),
        events=(CustodyEvent("detained", _d("2021-10-01")),),
    )
    s = summarize(f, "2022-11-15")
    assert s.start_basis == "start_date"
    assert s.expected_end == dates.span("2023-11-15", "2023-11-15")
    assert s.served_months == (12, 12)


def test_term_without_months_is_incomplete() -> None:
    f = _facts(_s("a", "2022-03-01", 24), _s("b", "2023", None, adds_to="a"))
    s = summarize(f, "2024-01-01")
    assert s.total_term_months == 24
    assert not s.term_complete
    assert s.expected_end is None


def test_served_stops_at_the_full_term_and_fines_are_not_served() -> None:
    s = summarize(_facts(_s("a", "2010-01-01", 12)), "2020-01-01")
    assert s.served_months == (12, 12)
    fine = summarize(_facts(_s("a", "2010-01-01", None, kind="fine")), "2020-01-01")
    assert fine.served_months is None
    assert fine.expected_end is None


def test_adds_to_cycle_does_not_hang() -> None:
    f = _facts(_s("a", "2020", 12, adds_to="b"), _s("b", "2021", 12, adds_to="a"))
    s = summarize(f, "2024-01-01")
    assert set(s.sentence_ids) == {"a", "b"}


def test_place_of_custody_open_placement_only_while_held() -> None:
    colony = OrgRef(OrgId("org-colony"), "Penal colony No. 3", "prison")
    sizo = OrgRef(OrgId("org-sizo"), "Pre-trial prison No. 1", "prison")
    placements = (
        Placement(sizo, _d("2020-06"), _d("2021-01")),
        Placement(colony, _d("2021-02"), None),
    )
    held = summarize(_facts(_s("a", "2020-12-01", 60), placements=placements), "2023-01-01")
    assert held.custody_place == colony
    assert held.custody_place_since == _d("2021-02")
    out = summarize(
        _facts(
            _s("a", "2020-12-01", 60),
            placements=placements,
            events=(CustodyEvent("pardoned", _d("2022-09-16")),),
            status="released",
        ),
        "2023-01-01",
    )
    assert out.custody_place is None
    assert out.custody_end == _d("2022-09-16")


def test_status_since_ends_custody_without_an_event() -> None:
    s = summarize(
        _facts(_s("a", "2020-12-01", 60), status="released", since="2022-05"), "2024-01-01"
    )
    assert s.custody_end == _d("2022-05")
    assert s.served_months == (17, 17)


def test_span_words_computed_dates() -> None:
    assert dates.span("2039-11-30", "2039-11-30").edtf == "2039-11-30"
    assert dates.span("2039-09-01", "2039-09-30").edtf == "2039-09"
    assert dates.span("2040-01-01", "2040-12-31").edtf == "2040"
    assert dates.span("2039-09-01", "2039-11-30").edtf == "2039-09/2039-11"
    assert (
        dates.describe(dates.span("2039-09-01", "2039-11-30")) == "September 2039 – November 2039"
    )


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        ("2020-05-31", "2020-06-30", 0),
        ("2020-05-31", "2020-07-01", 1),
        ("2020-01-15", "2019-01-01", 0),
    ],
)
def test_months_between(start: str, end: str, months: int) -> None:
    assert summary.months_between(start, end) == months


def test_format_2_start_dates_and_placements_are_used(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    """Format 2 (issue 14) has sentences.start_* and a placements table: they win."""
    path = tmp_path / "v2.db"
    shutil.copy(sample_archive_path, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.executescript(
            """
            UPDATE sentences SET start_edtf = '2020-05-29', start_earliest = '2020-05-29',
                start_latest = '2020-05-29' WHERE id = 's-tsikhanouski-2021';
            INSERT INTO placements (id, person_id, facility_id, start_edtf, start_earliest,
                start_latest) VALUES ('pl-1', 'p-kalesnikava', 'org-prison-tsikhanouski',
                '2023-05', '2023-05-01', '2023-05-31');
            """
        )
    conn.close()
    # made by hand at user_version 1, the file is refused by open_archive's schema check
    # (a table defined differently from this build's): read it through a bare connection
    db = Database(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True))
    try:
        s = summary.get_summary(db, PersonId("p-tsikhanouski"), "2025-01-01")
        assert s is not None
        assert s.start_basis == "start_date"
        assert s.expected_end == dates.span("2039-11-29", "2039-11-29")
        held = summary.get_summary(db, PersonId("p-kalesnikava"), "2025-01-01")
        assert held is not None
        assert held.custody_place is not None
        assert held.custody_place.id == "org-prison-tsikhanouski"
        assert held.custody_place_since == _d("2023-05")
    finally:
        db.close()
