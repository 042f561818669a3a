"""Citations that go into reference managers: CSL-JSON, RIS, BibTeX, and a line of text.

Any source, or any fact's sources with their locators ("para. 16"), can be
written as:

* CSL-JSON (the Citation Style Language's input format, read by Zotero,
  Pandoc and citeproc): court decisions are `legal_case` (the court is the
  `authority`), news articles `article-newspaper` (the outlet is the
  `container-title`), reports of human-rights and international bodies
  `report`, anything else `document` (`webpage` when only a URL is known);
* RIS through `rispy` (NEWS, CASE, RPRT, GEN);
* BibTeX through `bibtexparser` (UTF-8, biblatex-style `date` in EDTF beside
  the classic `year` and `month`);
* a line of text worded by db.phrases, so the viewer can translate it.

The type comes from the publisher's organization kind, since the archive
stores no type for a source. Dates keep their uncertainty: a season is CSL's
`season`, "about"/"?" is `circa`, an interval two date-parts. `export_sources`
writes all of an archive's sources, or those cited in given people's
records, to a file (beside the target, then renamed).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from anyascii import anyascii
from sqlite_utils import Database

from db import dates, phrases
from db.errors import ErrorKind, OutputError
from db.records import (
    Citation,
    CitedSource,
    FuzzyDate,
    OrgId,
    OrgRef,
    PersonId,
    Source,
    SourceId,
)

if TYPE_CHECKING:
    from bibtexparser import model

Format = Literal["csl-json", "ris", "bibtex"]
FORMATS: dict[str, str] = {"csl-json": ".json", "ris": ".ris", "bibtex": ".bib"}
"""Export formats and their usual file extensions."""

CSL_TYPES: dict[str, str] = {
    "court": "legal_case",
    "media": "article-newspaper",
    "human_rights": "report",
    "international": "report",
    "state_body": "report",
}
_RIS_TYPES = {
    "legal_case": "CASE",
    "article-newspaper": "NEWS",
    "report": "RPRT",
    "webpage": "ELEC",
    "document": "GEN",
}
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "winter": 4}

_SOURCES_SQL = """
SELECT s.id, s.title, o.id, o.name, o.kind, o.country, s.url,
       s.published_edtf, s.published_earliest, s.published_latest, s.lang
FROM sources s LEFT JOIN organizations o ON o.id = s.publisher_id
WHERE {where}
ORDER BY s.pk
"""
_PEOPLE_SOURCES_SQL = """
WITH ppl(id) AS (SELECT value FROM json_each(:ids)),
ents(t, id) AS (
    SELECT 'person', id FROM ppl
    UNION SELECT 'sentence', s.id FROM ppl CROSS JOIN sentences s ON s.person_id = ppl.id
    UNION SELECT 'quote', q.id FROM ppl CROSS JOIN quotes q ON q.speaker_id = ppl.id
    UNION SELECT 'quote', qs.quote_id FROM ppl CROSS JOIN quote_subjects qs ON qs.person_id = ppl.id
    UNION SELECT 'event', ep.event_id FROM ppl CROSS JOIN event_people ep ON ep.person_id = ppl.id
    UNION SELECT 'relation', r.id FROM ppl CROSS JOIN relations r ON r.person_id = ppl.id
    UNION SELECT 'relation', r.id FROM ppl CROSS JOIN relations r ON r.other_person_id = ppl.id
)
SELECT DISTINCT c.source_id FROM ents CROSS JOIN citations c
ON c.entity_type = ents.t AND c.entity_id = ents.id
"""


def _source(r: Sequence[Any]) -> Source:
    publisher = None if r[2] is None else OrgRef(OrgId(r[2]), str(r[3]), str(r[4]))
    return Source(
        id=SourceId(r[0]),
        title=str(r[1]),
        publisher=publisher,
        url=r[6],
        published=dates.from_columns(r[7], r[8], r[9]),
        lang=r[10],
        country=r[5],
    )


def get_sources(db: Database, ids: Sequence[str] | None = None) -> list[Source]:
    """Sources by id (in archive order; unknown ids left out), or every source for None."""
    if ids is None:
        return [_source(r) for r in db.execute(_SOURCES_SQL.format(where="1"))]
    where = "s.id IN (SELECT value FROM json_each(:ids))"
    params = {"ids": json.dumps(list(ids), ensure_ascii=False)}
    return [_source(r) for r in db.execute(_SOURCES_SQL.format(where=where), params)]


def sources_of_people(db: Database, person_ids: Sequence[PersonId]) -> list[Source]:
    """The sources cited anywhere in these people's records (person, sentences, quotes …)."""
    params = {"ids": json.dumps(list(person_ids), ensure_ascii=False)}
    ids = [str(r[0]) for r in db.execute(_PEOPLE_SOURCES_SQL, params)]
    return get_sources(db, ids)


def cited(db: Database, citations: Iterable[Citation]) -> list[CitedSource]:
    """A record's citations (db.person numbers them) as sources with their locators."""
    items = list(citations)
    found = {s.id: s for s in get_sources(db, [c.source_id for c in items])}
    return [
        CitedSource(found[c.source_id], c.locator, c.confidence)
        for c in items
        if c.source_id in found
    ]


def csl_type(source: Source) -> str:
    if source.publisher is not None and source.publisher.kind in CSL_TYPES:
        return CSL_TYPES[source.publisher.kind]
    return "webpage" if source.url and source.publisher is None else "document"


# ------------------------------------------------------------------ CSL-JSON


def _date_parts(part: str) -> tuple[list[int], str | None, bool] | None:
    spoken = dates.spoken(part)
    if spoken is None:
        return None
    parts = [int(spoken.year)]
    if spoken.month is not None:
        parts.append(spoken.month)
        if spoken.day is not None:
            parts.append(spoken.day)
    season = spoken.season
    return parts, season, spoken.approximate or spoken.uncertain or spoken.decade


def csl_date(date: FuzzyDate) -> dict[str, Any]:
    """A CSL date variable: date-parts (two for an interval), season, circa; raw otherwise."""
    pieces = date.edtf.split("/")
    parsed = [_date_parts(p) for p in pieces if p not in ("", "..")]
    if not parsed or any(p is None for p in parsed):
        return {"raw": date.edtf}
    out: dict[str, Any] = {"date-parts": [p[0] for p in parsed if p is not None]}
    seasons = [p[1] for p in parsed if p is not None and p[1]]
    if seasons:
        out["season"] = _SEASONS[seasons[0]]
    if any(p[2] for p in parsed if p is not None):
        out["circa"] = True
    return out


def _csl_id(item: CitedSource, used: dict[str, int]) -> str:
    base = item.source.id if not item.locator else f"{item.source.id}@{item.locator}"
    used[base] = used.get(base, 0) + 1
    return base if used[base] == 1 else f"{base}-{used[base]}"


def csl_item(item: CitedSource, item_id: str | None = None) -> dict[str, Any]:
    """One CSL-JSON item for a source (with its locator, when a fact cites a place in it)."""
    s = item.source
    kind = csl_type(s)
    out: dict[str, Any] = {"id": item_id or s.id, "type": kind, "title": s.title}
    if s.publisher is not None:
        if kind == "legal_case":
            out["authority"] = s.publisher.name
            if s.country:
                out["jurisdiction"] = s.country
        elif kind == "article-newspaper":
            out["container-title"] = s.publisher.name
            out["publisher"] = s.publisher.name
        else:
            out["publisher"] = s.publisher.name
    if s.published is not None:
        out["issued"] = csl_date(s.published)
    if s.url:
        out["URL"] = s.url
    if s.lang:
        out["language"] = s.lang
    if item.locator:
        out["locator"] = item.locator
    if item.confidence != "high":
        out["note"] = f"confidence: {item.confidence}"
    return out


def csl_json(items: Iterable[CitedSource]) -> str:
    """CSL-JSON (an array of items) for `items`; ids stay unique."""
    used: dict[str, int] = {}
    data = [csl_item(i, _csl_id(i, used)) for i in items]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ RIS


def _ris_date(date: FuzzyDate) -> tuple[str, str]:
    """(PY, DA): the year, and YYYY/MM/DD/ with what is known (RIS has no uncertainty)."""
    first = date.edtf.split("/")[0]
    spoken = dates.spoken(first) if first not in ("", "..") else None
    if spoken is None or spoken.decade:
        return date.earliest[:4], ""
    month = f"{spoken.month:02d}" if spoken.month is not None else ""
    day = f"{spoken.day:02d}" if spoken.day is not None else ""
    return spoken.year, f"{spoken.year}/{month}/{day}/"


def _plain_date(edtf: str) -> bool:
    """A year, month or day: what RIS and BibTeX's year/month say without loss."""
    spoken = dates.spoken(edtf) if "/" not in edtf else None
    return spoken is not None and not (
        spoken.season or spoken.approximate or spoken.uncertain or spoken.decade
    )


def ris_entry(item: CitedSource, item_id: str | None = None) -> dict[str, Any]:
    """One RIS reference as rispy's dict (TY, TI, T2, PB, PY, DA, UR, LA, N1, ID)."""
    s = item.source
    kind = csl_type(s)
    entry: dict[str, Any] = {
        "type_of_reference": _RIS_TYPES.get(kind, "GEN"),
        "title": s.title,
        "id": item_id or s.id,
    }
    if s.publisher is not None:
        entry["publisher"] = s.publisher.name
        if kind == "article-newspaper":
            entry["secondary_title"] = s.publisher.name
    if s.published is not None:
        year, day = _ris_date(s.published)
        entry["year"] = year
        if day:
            entry["date"] = day
    if s.url:
        entry["urls"] = [s.url]
    if s.lang:
        entry["language"] = s.lang
    notes = []
    if item.locator:
        notes.append(f"Locator: {item.locator}")
    if s.published is not None and not _plain_date(s.published.edtf):
        notes.append(f"Date (EDTF): {s.published.edtf}")  # RIS cannot say seasons or "about"
    if item.confidence != "high":
        notes.append(f"Confidence: {item.confidence}")
    if notes:
        entry["notes"] = notes
    return entry


def ris_text(items: Iterable[CitedSource]) -> str:
    import rispy  # the citation libraries load on the first export, not at start-up

    used: dict[str, int] = {}
    return str(rispy.dumps([ris_entry(i, _csl_id(i, used)) for i in items]))


# ------------------------------------------------------------------ BibTeX

_BIB_KEY = re.compile(r"[^A-Za-z0-9_:.-]+")


def _bib_value(text: str) -> str:
    """A field value that keeps BibTeX's braces balanced (braces become parentheses)."""
    return text.replace("{", "(").replace("}", ")").replace("\\", "/")


def bibtex_entry(item: CitedSource, key: str) -> model.Entry:
    from bibtexparser import model

    s = item.source
    kind = csl_type(s)
    fields: dict[str, str] = {"title": s.title}
    entry_type = "misc"
    if kind == "article-newspaper" and s.publisher is not None:
        entry_type = "article"
        fields["journal"] = s.publisher.name
    elif kind == "report" and s.publisher is not None:
        entry_type = "techreport"
        fields["institution"] = s.publisher.name
    elif kind == "legal_case":
        fields["type"] = "Court decision"
        if s.publisher is not None:
            fields["organization"] = s.publisher.name
    elif s.publisher is not None:
        fields["publisher"] = s.publisher.name
    if s.published is not None:
        spoken = dates.spoken(s.published.edtf.split("/")[0])
        fields["year"] = spoken.year if spoken is not None else s.published.earliest[:4]
        if spoken is not None and spoken.month is not None:
            fields["month"] = str(spoken.month)
        fields["date"] = s.published.edtf  # biblatex reads EDTF (seasons, "~", "?", intervals)
    if s.url:
        fields["url"] = s.url
    if s.lang:
        fields["language"] = s.lang
    notes = [item.locator] if item.locator else []
    if item.confidence != "high":
        notes.append(f"confidence: {item.confidence}")
    if notes:
        fields["note"] = "; ".join(notes)
    return model.Entry(entry_type, key, [model.Field(k, _bib_value(v)) for k, v in fields.items()])


def bibtex_key(item: CitedSource) -> str:
    text = item.source.id + (f":{item.locator}" if item.locator else "")
    return _BIB_KEY.sub("-", anyascii(text)).strip("-") or "source"


def bibtex_text(items: Iterable[CitedSource]) -> str:
    from bibtexparser.entrypoint import write_string
    from bibtexparser.library import Library
    from bibtexparser.middlewares import AddEnclosingMiddleware

    library = Library()
    used: dict[str, int] = {}
    for item in items:
        base = bibtex_key(item)
        used[base] = used.get(base, 0) + 1
        key = base if used[base] == 1 else f"{base}-{used[base]}"
        library.add(bibtex_entry(item, key))
    enclose = AddEnclosingMiddleware(
        reuse_previous_enclosing=False, enclose_integers=True, default_enclosing="{"
    )
    return str(write_string(library, unparse_stack=[enclose]))


# ------------------------------------------------------------------ text and export


def cite_text(item: CitedSource, w: phrases.Wording = phrases.ENGLISH) -> str:
    """The source as a line of text, worded (and translated) by `w`."""
    s = item.source
    citation = Citation(
        number=0,
        source_id=s.id,
        title=s.title,
        publisher=s.publisher.name if s.publisher else None,
        url=s.url,
        published=s.published,
        locator=item.locator,
        confidence=item.confidence,
        entity_type="source",
        entity_id=s.id,
    )
    return phrases.citation_line(citation, w)


def render(items: Sequence[CitedSource], fmt: Format) -> str:
    """`items` in one of FORMATS."""
    if fmt == "csl-json":
        return csl_json(items)
    if fmt == "ris":
        return ris_text(items)
    if fmt == "bibtex":
        return bibtex_text(items)
    raise ValueError(f"unknown citation format {fmt!r}; expected one of {', '.join(FORMATS)}")


def format_for_path(path: Path) -> Format:
    """The format a file name asks for (.json, .ris, .bib)."""
    by_suffix = {ext: fmt for fmt, ext in FORMATS.items()}
    fmt = by_suffix.get(path.suffix.lower())
    if fmt is None:
        raise OutputError.of(ErrorKind.SOURCES_FORMAT_FROM_NAME, path)
    return fmt  # type: ignore[return-value]


def export_sources(
    db: Database,
    out: Path,
    fmt: Format | None = None,
    person_ids: Sequence[PersonId] | None = None,
) -> int:
    """Write all sources (or those of `person_ids`' records) to `out`; returns how many.

    The file is written beside `out` and renamed into place, so a failure never
    leaves half a file.
    """
    chosen = format_for_path(out) if fmt is None else fmt
    sources = get_sources(db) if person_ids is None else sources_of_people(db, person_ids)
    text = render([CitedSource(s) for s in sources], chosen)
    write_file(out, text)
    return len(sources)


def write_file(out: Path, text: str) -> None:
    """Write `text` (UTF-8) beside `out`, then rename it into place: never half a file."""
    if not out.parent.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, out, folder=out.parent)
    if out.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_IS_FOLDER, out)
    partial = out.with_name(f".{out.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, out, cause=exc) from exc
