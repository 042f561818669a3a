"""db.person: whole records, citation numbering and the plain-text forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import writer
from db.connection import Archive, open_archive
from db.person import citation_text, get_person, record_as_text
from db.records import Citation, FuzzyDate, PersonId, PersonRecord, SourceId
from tests.db.builders import FIXTURE_META, fixture_documents, person_id

PEOPLE = 12
Docs = dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def docs() -> Docs:
    return fixture_documents(PEOPLE)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, docs: Docs) -> Iterator[Archive]:
    path = tmp_path_factory.mktemp("person") / "fixture.db"
    writer.build(path, FIXTURE_META, docs)
    with open_archive(path) as a:
        yield a


def _get(archive: Archive, pid: str) -> PersonRecord:
    rec = get_person(archive.db, PersonId(pid))
    assert rec is not None
    return rec


def test_unknown_person_is_none(archive: Archive) -> None:
    assert get_person(archive.db, PersonId("p-missing")) is None


def test_person_fields_names_and_roles(archive: Archive, docs: Docs) -> None:
    rec = _get(archive, person_id(0))
    doc = docs["people"][0]
    assert (rec.pk, rec.id, rec.display_name) == (1, doc["id"], doc["display_name"])
    assert (rec.status, rec.region, rec.gender) == ("in_custody", "Minsk", "male")
    assert rec.birth == FuzzyDate("1978-08-18", "1978-08-18", "1978-08-18")
    assert rec.status_since == FuzzyDate("2021-06", "2021-06-01", "2021-06-30")
    assert [(n.name, n.lang, n.system) for n in rec.names] == [
        (n["name"], n["lang"], n["system"]) for n in doc["names"]
    ]
    assert rec.roles == ("prisoner", "blogger")  # schema order, not alphabetical
    alias = _get(archive, person_id(4)).names[-1]
    assert (alias.system, alias.note) == ("alias", "lower case")


def test_relations_in_both_directions(archive: Archive) -> None:
    first, second = _get(archive, person_id(0)), _get(archive, person_id(1))
    spouse = next(r for r in first.relations if r.kind == "spouse")
    assert not spouse.inverse
    assert spouse.other_person is not None
    assert (spouse.other_person.id, spouse.other_person.name) == (
        person_id(1),
        second.display_name,
    )
    assert spouse.start is not None
    assert spouse.start.edtf == "2005"
    held = next(r for r in first.relations if r.kind == "held_in")
    assert held.other_person is None
    assert held.org is not None
    assert (held.org.name, held.org.kind) == (
        "Penal Colony No. 3",
        "prison",
    )
    lawyer = next(r for r in first.relations if r.kind == "lawyer_of")
    assert lawyer.inverse
    assert lawyer.other_person is not None
    assert lawyer.other_person.id == person_id(1)
    # the same stored relations, seen from the lawyer's side
    back = next(r for r in second.relations if r.kind == "spouse")
    assert back.inverse
    assert back.other_person is not None
    assert back.other_person.id == person_id(0)
    represented = [r for r in second.relations if r.kind == "lawyer_of"]
    assert {r.other_person.id for r in represented if r.other_person} == {
        person_id(i) for i in (0, 4, 8)
    }
    assert not any(r.inverse for r in represented)
    # outgoing relations come before inverse ones
    flags = [r.inverse for r in second.relations]
    assert flags == sorted(flags)


def test_sentences_charges_and_adds_to(archive: Archive) -> None:
    rec = _get(archive, person_id(0))
    assert [s.id for s in rec.sentences] == ["s-0-1", "s-0-2"]
    first, second = rec.sentences
    assert first.court is not None
    assert first.court.name == "Minsk City Court"
    assert first.judge is not None
    assert first.judge.id == person_id(PEOPLE - 1)
    assert [c.article for c in first.charges] == ["342", "130"]  # by position
    assert first.charges[1].article_text is None
    assert first.date is not None
    assert first.date.earliest == "2020-01-15"
    assert (first.term_kind, first.term_months) == ("prison", 12)
    assert first.end_earliest == "2021-01-15"
    assert second.adds_to == "s-0-1"
    assert first.adds_to is None
    assert second.court is not None
    assert second.court.name == "Homiel Regional Court"
    no_court = _get(archive, person_id(4)).sentences[0]
    assert no_court.court is None
    assert no_court.regime is None


def test_a_released_sentence_ends_at_release(archive: Archive) -> None:
    rec = _get(archive, person_id(6))
    assert rec.sentences[0].end_earliest == rec.sentences[0].end_latest == "2025-06-21"


def test_judge_sees_the_sentences_they_handed_down(archive: Archive) -> None:
    judge = _get(archive, person_id(PEOPLE - 1))
    assert judge.sentences
    assert all(s.judge and s.judge.id == judge.id for s in judge.sentences)
    assert all(s.person.id != judge.id for s in judge.sentences)


def test_quotes_by_and_about(archive: Archive) -> None:
    first = _get(archive, person_id(0))
    assert [q.id for q in first.quotes] == ["q-0", "q-anonymous"]  # dated first
    said, anonymous = first.quotes
    assert said.speaker is not None
    assert said.speaker.id == person_id(0)
    assert [p.id for p in said.about] == [person_id(1)]
    assert said.published_by is not None
    assert said.published_by.name == "Example News"
    assert anonymous.speaker is None
    assert [p.id for p in anonymous.about] == [person_id(0), person_id(2)]
    about_only = _get(archive, person_id(1))
    assert [q.id for q in about_only.quotes] == ["q-0"]


def test_events_with_all_their_people(archive: Archive) -> None:
    rec = _get(archive, person_id(2))
    kinds = [e.kind for e in rec.events]
    assert kinds == ["detained", "statement"]  # date order
    joint = rec.events[-1]
    assert [p.id for p in joint.people] == [person_id(0), person_id(2), person_id(PEOPLE - 1)]
    assert joint.org is not None
    assert joint.org.kind == "media"
    names = {str(p.id): p.name for p in joint.people}
    assert names[person_id(0)] == _get(archive, person_id(0)).display_name


def _expected_citations(
    rec: PersonRecord, docs: Docs
) -> tuple[list[tuple[str, str | None]], dict[str, tuple[int, ...]]]:
    """Footnotes in order of first appearance, computed from the documents."""
    cited = {
        doc["id"]: doc.get("citations") or []
        for key in ("people", "relations", "sentences", "quotes", "events")
        for doc in docs[key]
    }
    order: list[tuple[str, str | None]] = []
    numbers: dict[str, tuple[int, ...]] = {}
    facts = [rec.id, *(r.id for r in rec.relations), *(s.id for s in rec.sentences)]
    facts += [*(q.id for q in rec.quotes), *(e.id for e in rec.events)]
    for fact in facts:
        mine: list[int] = []
        for c in cited[fact]:
            key = (c["source_id"], c.get("locator"))
            if key not in order:
                order.append(key)
            if order.index(key) + 1 not in mine:
                mine.append(order.index(key) + 1)
        numbers[fact] = tuple(mine)
    return order, numbers


@pytest.mark.parametrize("index", range(PEOPLE))
def test_citations_are_numbered_in_order_of_first_appearance(
    archive: Archive, docs: Docs, index: int
) -> None:
    rec = _get(archive, person_id(index))
    order, numbers = _expected_citations(rec, docs)
    assert [(c.source_id, c.locator) for c in rec.citations] == order
    assert [c.number for c in rec.citations] == list(range(1, len(order) + 1))
    got: dict[str, tuple[int, ...]] = {rec.id: rec.person_citations}
    got.update((r.id, r.citations) for r in rec.relations)
    got.update((s.id, s.citations) for s in rec.sentences)
    got.update((q.id, q.citations) for q in rec.quotes)
    got.update((e.id, e.citations) for e in rec.events)
    assert got == numbers


def test_a_shared_citation_keeps_one_number(archive: Archive) -> None:
    rec = _get(archive, person_id(0))
    detained, joint = rec.events
    assert detained.citations[0] == joint.citations[0]  # both "src-a, para. 3"
    c = rec.citations[detained.citations[0] - 1]
    assert (c.entity_type, c.entity_id, c.locator) == ("event", "e-0-detained", "para. 3")
    assert c.title == "Belarus frees prisoners"
    assert c.publisher == "Example News"
    assert c.published is not None
    assert c.published.earliest == "2025-06-21"


def test_citation_text() -> None:
    full = Citation(
        number=3,
        source_id=SourceId("src-a"),
        title="Belarus frees prisoners",
        publisher="Example News",
        url="https://example.org/a",
        published=FuzzyDate("2025-06-21", "2025-06-21", "2025-06-21"),
        locator="para. 3",
        confidence="high",
        entity_type="event",
        entity_id="e-1",
    )
    assert citation_text(full) == (
        "“Belarus frees prisoners”, Example News, 21 June 2025, para. 3. https://example.org/a"
    )
    bare = Citation(3, SourceId("s"), "Court records", None, None, None, None, "low", "x", "y")
    assert citation_text(bare) == "“Court records”. (confidence: low)"


def test_record_as_text(archive: Archive) -> None:
    rec = _get(archive, person_id(0))
    text = record_as_text(rec)
    lines = text.splitlines()
    assert lines[0] == f"{rec.display_name} [1]"
    assert "Status: In custody since June 2021" in lines
    assert "Roles: Political prisoner, Blogger" in lines
    for name in rec.names:
        assert name.name in text
    assert "  represented by lawyer Maryia Kalesnikava. defended at the trial [2]" in lines
    assert "      Article 130" in lines
    assert "      Added to the sentence of 15 January 2020" in lines
    for s in rec.sentences:  # internal ids never show
        assert s.id not in text
    assert "  date unknown, unknown speaker: “Nobody can be trusted.”" in lines
    sources = lines[lines.index("Sources:") + 1 :]
    assert sources == [f"  [{c.number}] {citation_text(c)}" for c in rec.citations]
    assert text.endswith("\n")


def test_record_as_text_of_a_bare_person(tmp_path: Path) -> None:
    path = tmp_path / "bare.db"
    writer.build(path, FIXTURE_META, {"people": [{"id": "p-x", "display_name": "Ales"}]})
    with open_archive(path) as a:
        rec = get_person(a.db, PersonId("p-x"))
        assert rec is not None
        assert (rec.names, rec.roles, rec.relations, rec.citations) == ((), (), (), ())
        assert record_as_text(rec) == "Ales\nStatus: Unknown\n"


def test_sample_archive_record(sample_archive: Archive) -> None:
    rec = get_person(sample_archive.db, PersonId("p-tsikhanouski"))
    assert rec is not None
    assert rec.display_name == "Siarhei Tsikhanouski"
    assert {n.lang for n in rec.names} >= {"be-Cyrl", "ru-Cyrl", "be-Latn"}
    assert [s.term_months for s in rec.sentences] == [216, 18]
    assert rec.sentences[1].adds_to == rec.sentences[0].id
    assert [c.article for c in rec.sentences[1].charges] == ["411"]
    spouse = next(r for r in rec.relations if r.kind == "spouse")
    assert spouse.other_person is not None
    assert spouse.other_person.id == "p-tsikhanouskaya"
    wife = get_person(sample_archive.db, PersonId("p-tsikhanouskaya"))
    assert wife is not None
    assert any(r.kind == "spouse" and r.inverse for r in wife.relations)
    assert [c.number for c in rec.citations] == list(range(1, len(rec.citations) + 1))
    assert "Siarhei Tsikhanouski" in record_as_text(rec)


def test_judged_sentences_are_capped_most_recent_first(archive: Archive) -> None:
    judge = PersonId(person_id(PEOPLE - 1))
    everything = get_person(archive.db, judge)
    capped = get_person(archive.db, judge, judged_limit=2)
    assert everything is not None
    assert capped is not None
    assert len(everything.sentences) > 2
    newest = sorted(everything.sentences, key=lambda s: s.date.earliest if s.date else "")[-2:]
    assert [s.id for s in capped.sentences] == [s.id for s in newest]
    own = get_person(archive.db, PersonId(person_id(0)), judged_limit=0)
    assert own is not None
    assert len(own.sentences) == 2  # the cap never hides a person's own sentences


SECTION_LIMIT = 1000
"""db.person.SECTION_LIMIT"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with 1,500 more events, spellings, quotes, relations and sentences for
    Tsikhanouski (the third hostile sweep gave one person 100,000 of each)."""
    from db.sample import build_sample
    from tests.data.hostile_third import bulk

    folder = tmp_path_factory.mktemp("crowded")
    good = folder / "good.db"
    build_sample(good)
    case = folder / "case"
    case.mkdir()
    return bulk("events", "names", "quotes", "relations", "sentences", rows=1500)(good, case)


def test_a_record_holds_the_first_rows_of_a_crowded_list_and_their_count(crowded: Path) -> None:
    """Third hostile sweep (issue 12): a record read every row of each list: 100,000 events
    of one person took 11-22 s per click and a dossier of 2,400 pages and 660 MB."""
    from db import person

    assert getattr(person, "SECTION_LIMIT", None) == SECTION_LIMIT
    with open_archive(crowded) as archive:
        rec = get_person(archive.db, PersonId("p-tsikhanouski"))
        assert rec is not None
        counts = {
            name: archive.db.execute(sql, ["p-tsikhanouski"]).fetchone()[0]
            for name, sql in {
                "events": "SELECT count(*) FROM event_people WHERE person_id = ?",
                "names": "SELECT count(*) FROM person_names WHERE person_id = ?",
                "quotes": "SELECT count(*) FROM quotes WHERE speaker_id = ?1 OR id IN "
                "(SELECT quote_id FROM quote_subjects WHERE person_id = ?1)",
                "sentences": "SELECT count(*) FROM sentences WHERE person_id = ?",
                "relations": "SELECT count(*) FROM relations WHERE person_id = ?1 "
                "OR other_person_id = ?1 AND person_id <> ?1",
            }.items()
        }
    for name, count in counts.items():
        assert count > SECTION_LIMIT
        assert len(getattr(rec, name)) == SECTION_LIMIT, name
        assert rec.total(name) == count, name
    assert rec.total("roles") == len(rec.roles)  # a list not cut: its own length
    first = [e.id for e in rec.events[:3]]
    assert not any(i.startswith("e-bulk-") for i in first)  # the order kept: dated first
    with open_archive(crowded) as archive:  # a limit of its own, as a caller may give
        small = get_person(archive.db, PersonId("p-tsikhanouski"), section_limit=5)
    assert small is not None
    assert len(small.events) == 5
    assert small.total("events") == counts["events"]
