"""Citations for reference managers: valid CSL-JSON read by citeproc, RIS and BibTeX parse back."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
from citeproc import Citation as CiteprocCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from db import citations, writer
from db.connection import Archive, open_archive
from db.errors import OutputError
from db.person import get_person
from db.records import CitedSource, PersonId

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "data" / "csl" / "csl-data.json").read_text(encoding="utf-8")
)

DOCS = {
    "organizations": [
        {"id": "org-court", "name": "Minsk City Court", "kind": "court", "country": "BY"},
        {"id": "org-news", "name": "Nasha Niva", "kind": "media"},
        {"id": "org-viasna", "name": "Viasna", "kind": "human_rights"},
    ],
    "sources": [
        {
            "id": "src-verdict",
            "title": "Verdict in case No. 1-23/2021",
            "publisher_id": "org-court",
            "published": "2021-12-14",
            "lang": "ru",
        },
        {
            "id": "src-news",
            "title": "Суд над {блогерамі}: 18 гадоў",
            "publisher_id": "org-news",
            "published": "2021-21",
            "url": "https://example.org/n?a=1&b=2",
            "lang": "be",
        },
        {
            "id": "src-report",
            "title": "Monthly review",
            "publisher_id": "org-viasna",
            "published": "~2022-05",
        },
        {"id": "src-interval", "title": "Prison letters", "published": "2020/2021-03"},
        {"id": "src-web", "title": "A page", "url": "https://example.org/p"},
    ],
    "people": [
        {
            "id": "p-1",
            "display_name": "Ihar Losik",
            "status": "in_custody",
            "citations": [{"source_id": "src-news", "locator": "para. 2"}],
        }
    ],
    "sentences": [
        {
            "id": "s-1",
            "person_id": "p-1",
            "date": "2021-12-14",
            "term_months": 180,
            "citations": [
                {"source_id": "src-verdict", "locator": "p. 3"},
                {"source_id": "src-report", "confidence": "low"},
            ],
        }
    ],
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("cite") / "cite.db"
    writer.build(path, {"title": "citations"}, DOCS)
    with open_archive(path) as opened:
        yield opened


def _all(archive: Archive) -> list[CitedSource]:
    return [CitedSource(s) for s in citations.get_sources(archive.db)]


def test_types_follow_the_publisher(archive: Archive) -> None:
    types = {i.source.id: citations.csl_type(i.source) for i in _all(archive)}
    assert types == {
        "src-verdict": "legal_case",
        "src-news": "article-newspaper",
        "src-report": "report",
        "src-interval": "document",
        "src-web": "webpage",
    }


def test_csl_json_validates_and_keeps_dates(archive: Archive) -> None:
    items = json.loads(citations.csl_json(_all(archive)))
    jsonschema.validate(items, SCHEMA)
    by_id = {i["id"]: i for i in items}
    assert by_id["src-verdict"]["authority"] == "Minsk City Court"
    assert by_id["src-verdict"]["jurisdiction"] == "BY"
    assert by_id["src-news"]["container-title"] == "Nasha Niva"
    assert by_id["src-news"]["issued"] == {"date-parts": [[2021]], "season": 1}  # spring 2021
    assert by_id["src-report"]["issued"] == {"date-parts": [[2022, 5]], "circa": True}
    assert by_id["src-interval"]["issued"] == {"date-parts": [[2020], [2021, 3]]}


def test_csl_json_of_a_record_validates_and_round_trips_through_citeproc(
    sample_archive: Archive,
) -> None:
    rec = get_person(sample_archive.db, PersonId("p-tsikhanouski"))
    assert rec is not None
    cited = citations.cited(sample_archive.db, rec.citations)
    assert len(cited) == len(rec.citations)
    items = json.loads(citations.csl_json(cited))
    jsonschema.validate(items, SCHEMA)
    assert [i["locator"] for i in items] == [c.locator for c in rec.citations]
    assert len({i["id"] for i in items}) == len(items)
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(CiteprocCitation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    assert all("Belarus frees opposition figure" in text for text in rendered)
    assert "Euronews" in rendered[0]


def test_citeproc_reads_every_type(archive: Archive) -> None:
    items = json.loads(citations.csl_json(_all(archive)))
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(CiteprocCitation([CitationItem(item["id"])]))
    text = "\n".join(str(entry) for entry in bibliography.bibliography())
    for title in ("Verdict in case No. 1-23/2021", "Monthly review", "Prison letters", "A page"):
        assert title in text


def test_ris_parses_back(archive: Archive) -> None:
    items = citations.cited(archive.db, get_person(archive.db, PersonId("p-1")).citations)  # type: ignore[union-attr]
    entries = rispy.loads(citations.ris_text(items))
    assert [e["type_of_reference"] for e in entries] == ["NEWS", "CASE", "RPRT"]
    assert entries[0]["title"] == "Суд над {блогерамі}: 18 гадоў"
    assert entries[0]["secondary_title"] == "Nasha Niva"
    assert entries[0]["urls"] == ["https://example.org/n?a=1&b=2"]
    assert "Locator: para. 2" in entries[0]["notes"]
    assert "Date (EDTF): 2021-21" in entries[0]["notes"]
    assert entries[1]["year"] == "2021"
    assert entries[1]["date"] == "2021/12/14/"
    assert "Confidence: low" in entries[2]["notes"]


def test_bibtex_parses_back(archive: Archive) -> None:
    items = [*_all(archive), CitedSource(_all(archive)[0].source, "p. 3")]
    library = bibtexparser.parse_string(citations.bibtex_text(items))
    assert not library.failed_blocks
    entries = {e.key: e for e in library.entries}
    assert len(entries) == len(items)
    news = entries["src-news"]
    assert news.entry_type == "article"
    assert news["journal"] == "Nasha Niva"
    assert news["title"] == "Суд над (блогерамі): 18 гадоў"  # braces kept balanced
    assert news["date"] == "2021-21"
    assert entries["src-verdict"]["type"] == "Court decision"
    assert entries["src-verdict:p.-3"]["note"] == "p. 3"
    assert entries["src-report"].entry_type == "techreport"


def test_cite_text_is_worded_by_phrases(archive: Archive) -> None:
    verdict = _all(archive)[0]
    assert citations.cite_text(CitedSource(verdict.source, "p. 3")) == (
        "“Verdict in case No. 1-23/2021”, Minsk City Court, 14 December 2021, p. 3."
    )


def test_export_all_and_of_people(archive: Archive, tmp_path: Path) -> None:
    assert citations.export_sources(archive.db, tmp_path / "all.json") == 5
    jsonschema.validate(json.loads((tmp_path / "all.json").read_text(encoding="utf-8")), SCHEMA)
    n = citations.export_sources(archive.db, tmp_path / "p.ris", person_ids=[PersonId("p-1")])
    assert n == 3  # the person's own citation and the sentence's two
    assert len(rispy.loads((tmp_path / "p.ris").read_text(encoding="utf-8"))) == 3
    assert citations.export_sources(archive.db, tmp_path / "none.bib", person_ids=[]) == 0
    with pytest.raises(OutputError, match="cannot tell the format"):
        citations.export_sources(archive.db, tmp_path / "x.txt")
    with pytest.raises(OutputError, match="does not exist"):
        citations.export_sources(archive.db, tmp_path / "missing" / "x.bib")
    assert not list(tmp_path.glob(".*partial"))
