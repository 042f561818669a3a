"""Lists of political prisoners in the shape Viasna publishes them, as interchange documents.

One CSV row per person, headers in English, Russian or Belarusian ("Name and
surname", "Status", "Date of birth", "Date of detention", "Charges
indicted", "Date of verdict", "Sentence", "Penalty", "Judge", "Prosecutor",
"Prison"; see HEADERS for every accepted wording). Each row becomes a person
with a recognition (from "Status"), a detention event, a sentence (its
start credited from the detention, charges, term, judge and prosecutor), and
a placement in the named prison; judges, prosecutors, courts and prisons
become entries of their own, shared by every row that names them. Every fact
cites one source standing for the file, at its row ("row 14").

What cannot be understood (a date that is no date, a status nobody uses) is
reported by row and column as the normal import does, and nothing is
written. The documents then go through db.validate and db.writer like any
other import.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii

from db.problems import Problem, ProblemKind
from db.validate import WHERE, Where

REUSE = "_reuse"
"""Key of documents that stand for a shared entry (a judge, a prison, the source):
the import leaves them out when the archive already has an entry with that id."""

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name and surname", "name", "full name", "имя и фамилия", "фио", "имя фамилия",
             "імя і прозвішча", "імя прозвішча", "прозвішча і імя"),
    "status": ("status", "статус"),
    "birth": ("date of birth", "дата рождения", "дата нараджэння"),
    "detention": ("date of detention", "дата задержания", "дата затрымання"),
    "charges": ("charges indicted", "charges", "предъявленные обвинения", "обвинения",
                "статьи", "абвінавачванні", "прад'яўленыя абвінавачванні", "артыкулы"),
    "verdict": ("date of verdict", "дата приговора", "дата прысуду"),
    "sentence": ("sentence", "приговор", "прысуд"),
    "penalty": ("penalty", "наказание", "пакаранне"),
    "judge": ("judge", "судья", "суддзя"),
    "prosecutor": ("prosecutor", "прокурор", "пракурор"),
    "prison": ("prison", "place of detention", "место заключения", "место содержания",
               "тюрьма", "месца зняволення", "месца ўтрымання", "турма"),
}  # fmt: skip
"""Our field -> the header wordings accepted for it (compared case- and space-insensitively)."""

STATUS_WORDS: dict[str, tuple[str, str]] = {
    # wording -> (person status, recognition state)
    "political prisoner": ("in_custody", "recognized"),
    "политзаключенный": ("in_custody", "recognized"),
    "политзаключенная": ("in_custody", "recognized"),
    "политический заключенный": ("in_custody", "recognized"),
    "палітвязень": ("in_custody", "recognized"),
    "палітвязніца": ("in_custody", "recognized"),
    "палітычны вязень": ("in_custody", "recognized"),
    "former political prisoner": ("released", "former"),
    "бывший политзаключенный": ("released", "former"),
    "бывшая политзаключенная": ("released", "former"),
    "былы палітвязень": ("released", "former"),
    "былая палітвязніца": ("released", "former"),
    "released": ("released", "former"),
    "освобожден": ("released", "former"),
    "освобождена": ("released", "former"),
    "вызвалены": ("released", "former"),
    "вызваленая": ("released", "former"),
    "recognized after release": ("released", "recognized_after_release"),
    "признан после освобождения": ("released", "recognized_after_release"),
    "признана после освобождения": ("released", "recognized_after_release"),
    "прызнаны пасля вызвалення": ("released", "recognized_after_release"),
    "прызнаная пасля вызвалення": ("released", "recognized_after_release"),
}
FACILITY_WORDS: tuple[tuple[str, str], ...] = (
    # a word in the prison's name -> its facility kind (first match wins)
    ("колония-поселение", "colony_settlement"),
    ("калонія-пасяленне", "colony_settlement"),
    ("colony settlement", "colony_settlement"),
    ("иуот", "open_correctional_institution"),
    ("іуат", "open_correctional_institution"),
    ("open-type", "open_correctional_institution"),
    ("сизо", "pretrial_detention_centre"),
    ("сіза", "pretrial_detention_centre"),
    ("pre-trial", "pretrial_detention_centre"),
    ("pretrial", "pretrial_detention_centre"),
    ("ивс", "temporary_detention"),
    ("ізалятар часовага", "temporary_detention"),
    ("цип", "temporary_detention"),
    ("ціп", "temporary_detention"),
    ("лтп", "medical_labour_centre"),
    ("колони", "penal_colony"),
    ("калоні", "penal_colony"),
    ("ик-", "penal_colony"),
    ("ик ", "penal_colony"),
    ("пк-", "penal_colony"),
    ("colony", "penal_colony"),
    ("тюрьма", "prison"),
    ("турма", "prison"),
    ("prison", "prison"),
)
KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("restricted freedom", "restricted_freedom"),
    ("restriction of freedom", "restricted_freedom"),
    ("ограничени", "restricted_freedom"),
    ("абмежаванн", "restricted_freedom"),
    ("химия", "restricted_freedom"),
    ("хімія", "restricted_freedom"),
    ("suspended", "suspended"),
    ("условн", "suspended"),
    ("умоўн", "suspended"),
    ("отсрочк", "suspended"),
    ("адтэрміноўк", "suspended"),
    ("fine", "fine"),
    ("штраф", "fine"),
)
REGIME_WORDS: tuple[tuple[str, str], ...] = (
    ("general", "general regime"),
    ("общего", "general regime"),
    ("агульнага", "general regime"),
    ("reinforced", "reinforced regime"),
    ("усиленного", "reinforced regime"),
    ("узмоцненага", "reinforced regime"),
    ("strict", "strict regime"),
    ("строгого", "strict regime"),
    ("строгага", "strict regime"),
    ("special", "special regime"),
    ("особого", "special regime"),
    ("асаблівага", "special regime"),
)
COURT_WORD = re.compile(r"\bcourt\b|\bсуд\b|\bсуда\b", re.IGNORECASE)
_YEARS = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:-?\s*)(?:years?|yrs?|год(?:а|у)?|лет|гад(?:оў|ы)?|г\.)",
    re.IGNORECASE,
)
_MONTHS = re.compile(r"(\d+)\s*(?:months?|мес(?:яц(?:а|ев)?)?|месяц(?:ы|аў)?)", re.IGNORECASE)
_PART = re.compile(r"(?:part|ч\.|частк[аі]|часть|п\.)\s*\d+", re.IGNORECASE)
_ARTICLE = re.compile(r"(?<![\d.])(\d{2,3}(?:-\d{1,2})?)(?![\d.])")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_BE_ONLY = re.compile(r"[іўІЎ]")
_RU_ONLY = re.compile(r"[иъщИЪЩ]")


def _norm(text: str) -> str:
    text = text.casefold().replace("ё", "е").replace("’", "'").strip().rstrip(":*").strip()
    return re.sub(r"\s+", " ", text)


_HEADER_OF = {_norm(word): key for key, words in HEADERS.items() for word in words}


def header_fields(header: list[str]) -> dict[int, str] | None:
    """Column index -> our field, if this header is a Viasna-style one (it names the person)."""
    found = {i: _HEADER_OF[_norm(h)] for i, h in enumerate(header) if _norm(h) in _HEADER_OF}
    if "name" not in found.values() or len(found) < 2:
        return None
    return found


def looks_like_viasna(text: str) -> bool:
    """Whether CSV text starts with a Viasna-style header."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        header = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    return header_fields(header) is not None


def _slug(text: str) -> str:
    ascii_text = anyascii(text).casefold()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60] or "x"


def parse_date(text: str) -> str | None:
    """A list's date as EDTF: 18.08.1978, 08.1978, 1978-08-18, 1978; None if it is none of these."""
    value = text.strip()
    if m := _DAY_MONTH_YEAR.fullmatch(value):
        day, month, year = int(m[1]), int(m[2]), m[3]
        return f"{year}-{month:02d}-{day:02d}"
    if m := _MONTH_YEAR.fullmatch(value):
        return f"{m[2]}-{int(m[1]):02d}"
    if _ISO.fullmatch(value):
        return value
    return None


def parse_articles(text: str) -> list[str]:
    """Article numbers of the criminal code named in a charges cell ("ч. 1 ст. 342" -> 342)."""
    cleaned = _PART.sub(" ", text)
    found: list[str] = []
    for m in _ARTICLE.finditer(cleaned):
        if m[1] not in found:
            found.append(m[1])
    return found


@dataclass(frozen=True, slots=True)
class Term:
    kind: str
    months: int | None
    regime: str | None


def parse_term(text: str) -> Term:
    """Kind, length and regime of a penalty as worded ("3 years in a general-regime colony")."""
    low = _norm(text)
    kind = next((k for word, k in KIND_WORDS if word in low), "prison")
    months: int | None = None
    if m := _YEARS.search(low):
        months = round(float(m[1].replace(",", ".")) * 12)
    if m := _MONTHS.search(low):
        months = (months or 0) + int(m[1])
    regime = next((r for word, r in REGIME_WORDS if word in low), None)
    return Term(kind=kind, months=months, regime=regime if kind == "prison" else None)


def facility_kind(name: str) -> str:
    low = _norm(name) + " "
    return next((k for word, k in FACILITY_WORDS if word in low), "other")


def _name_lang(name: str, header_lang: str) -> str:
    if not _CYRILLIC.search(name):
        return "en"
    if _BE_ONLY.search(name):
        return "be-Cyrl"
    if _RU_ONLY.search(name):
        return "ru-Cyrl"
    return "be-Cyrl" if header_lang == "be" else "ru-Cyrl"


def _header_lang(header: list[str]) -> str:
    text = " ".join(header)
    if _BE_ONLY.search(text):
        return "be"
    return "ru" if _CYRILLIC.search(text) else "en"


@dataclass
class _Converter:
    """Turns rows into documents; one per file."""

    file_name: str
    digest: str
    header_lang: str
    problems: list[Problem]
    docs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    shared: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    person_ids: set[str] = field(default_factory=set)

    @property
    def source_id(self) -> str:
        return f"src-viasna-{self.digest}"

    def add(self, key: str, doc: dict[str, Any]) -> dict[str, Any]:
        self.docs.setdefault(key, []).append(doc)
        return doc

    def shared_entry(
        self, key: str, doc_id: str, make: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:
        """One document per shared entry (a judge named on many rows is one person)."""
        if (key, doc_id) not in self.shared:
            doc = {"id": doc_id, **make(), REUSE: True, WHERE: Where(self.file_name)}
            self.shared[(key, doc_id)] = self.add(key, doc)
        return self.shared[(key, doc_id)]

    def cite(self, row_no: int) -> list[dict[str, Any]]:
        return [{"source_id": self.source_id, "locator": f"row {row_no}"}]

    def official(self, role: str, name: str) -> str:
        pid = f"p-{role}-{_slug(name)}"
        self.shared_entry(
            "people",
            pid,
            lambda: {
                "display_name": name,
                "roles": [role],
                "names": [{"name": name, "lang": _name_lang(name, self.header_lang)}],
            },
        )
        return pid

    def org(self, prefix: str, name: str, kind: str, extra: Mapping[str, Any]) -> str:
        oid = f"org-{prefix}-{_slug(name)}"
        self.shared_entry("organizations", oid, lambda: {"name": name, "kind": kind, **extra})
        return oid

    def date(self, cells: Mapping[str, str], key: str, where: Where, column: str) -> str | None:
        text = cells.get(key, "").strip()
        if not text:
            return None
        value = parse_date(text)
        if value is None:
            self.problems.append(where.problem(column, ProblemKind.LIST_DATE, value=repr(text)))
        return value

    def row(self, row_no: int, cells: dict[str, str], columns: Mapping[str, str]) -> None:
        where = Where(self.file_name, "column", row_no)
        name = " ".join(cells.get("name", "").split())
        if not name:
            self.problems.append(where.problem(columns["name"], ProblemKind.LIST_NAME_EMPTY))
            return
        birth = self.date(cells, "birth", where, columns.get("birth", ""))
        detention = self.date(cells, "detention", where, columns.get("detention", ""))
        verdict = self.date(cells, "verdict", where, columns.get("verdict", ""))
        status_text = _norm(cells.get("status", ""))
        status, state = STATUS_WORDS.get(status_text, ("unknown", None))
        if status_text and state is None:
            self.problems.append(
                where.problem(
                    columns["status"], ProblemKind.LIST_STATUS, value=repr(cells["status"])
                )
            )
        base = _slug(name) + (f"-{birth[:4]}" if birth else "")
        pid = f"p-{base}"
        n = 2
        while pid in self.person_ids:
            pid, n = f"p-{base}-{n}", n + 1
        self.person_ids.add(pid)
        cite = self.cite(row_no)
        person: dict[str, Any] = {
            WHERE: where,
            "id": pid,
            "display_name": name,
            "status": status,
            "roles": ["prisoner"],
            "names": [{"name": name, "lang": _name_lang(name, self.header_lang)}],
            "citations": cite,
        }
        if birth:
            person["birth"] = birth
        self.add("people", person)
        tag = pid.removeprefix("p-")
        if state is not None:
            self.add(
                "recognitions",
                {WHERE: where, "id": f"rec-{tag}", "person_id": pid, "state": state,
                 "by_id": VIASNA_ID, "citations": cite},
            )  # fmt: skip
        if detention:
            self.add(
                "events",
                {WHERE: where, "id": f"e-{tag}-detained", "kind": "detained", "date": detention,
                 "description": f"{name} detained.", "people": [pid], "citations": cite},
            )  # fmt: skip
        self.sentence(where, pid, tag, cells, detention, verdict, cite)
        prison = " ".join(cells.get("prison", "").split())
        if prison:
            kind = facility_kind(prison)
            fid = self.org("facility", prison, "prison", {"facility_kind": kind})
            placement: dict[str, Any] = {
                WHERE: where,
                "id": f"pl-{tag}",
                "person_id": pid,
                "facility_id": fid,
                "citations": cite,
            }
            self.add("placements", placement)

    def sentence(
        self,
        where: Where,
        pid: str,
        tag: str,
        cells: Mapping[str, str],
        detention: str | None,
        verdict: str | None,
        cite: list[dict[str, Any]],
    ) -> None:
        wording = {k: " ".join(cells.get(k, "").split()) for k in ("sentence", "penalty")}
        court_text = next((t for t in wording.values() if COURT_WORD.search(t)), "")
        term_text = next(
            (t for t in (wording["penalty"], wording["sentence"]) if t and t != court_text), ""
        )
        judge = " ".join(cells.get("judge", "").split())
        prosecutor = " ".join(cells.get("prosecutor", "").split())
        articles = parse_articles(cells.get("charges", ""))
        if not (verdict or term_text or court_text or judge or prosecutor or articles):
            return
        term = parse_term(term_text)
        doc: dict[str, Any] = {
            WHERE: where,
            "id": f"s-{tag}",
            "person_id": pid,
            "term_kind": term.kind,
            "citations": cite,
        }
        optional = {
            "date": verdict,
            "start": detention if term.kind == "prison" else None,
            "term_months": term.months,
            "term_text": term_text or None,
            "regime": term.regime,
            "note": cells.get("charges", "").strip() or None,
            "judge_id": self.official("judge", judge) if judge else None,
            "prosecutor_id": self.official("prosecutor", prosecutor) if prosecutor else None,
            "court_id": self.org("court", court_text, "court", {}) if court_text else None,
            "charges": [{"article": a} for a in articles] or None,
        }
        doc.update({k: v for k, v in optional.items() if v is not None})
        self.add("sentences", doc)


VIASNA_ID = "org-viasna"
"""The organization that recognizes the people on such a list."""


def load_viasna(path: Path, text: str, problems: list[Problem]) -> dict[str, Any]:
    """A Viasna-style CSV file as located interchange documents (problems appended)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = [h.strip() for h in next(reader, [])]
    fields = header_fields(header)
    if fields is None:
        problems.append(Problem.of(ProblemKind.LIST_NO_NAME_COLUMN, path.name, row=1))
        return {}
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    conv = _Converter(path.name, digest, _header_lang(header), problems)
    columns = {key: header[i] for i, key in fields.items()}
    row_no = 1
    try:
        for cells in reader:
            row_no += 1
            if not any(c.strip() for c in cells):
                continue
            values = {key: cells[i] for i, key in fields.items() if i < len(cells)}
            conv.row(row_no, values, columns)
    except csv.Error as exc:
        problems.append(
            Problem.of(ProblemKind.CSV_ROW_UNREADABLE, path.name, row=row_no + 1, reason=exc)
        )
    conv.shared_entry(
        "organizations",
        VIASNA_ID,
        lambda: {
            "name": "Viasna Human Rights Centre",
            "kind": "human_rights",
            "country": "BY",
            "names": [
                {"name": "Праваабарончы цэнтр «Вясна»", "lang": "be-Cyrl"},
                {"name": "Правозащитный центр «Весна»", "lang": "ru-Cyrl"},
            ],
        },
    )
    conv.shared_entry(
        "sources",
        conv.source_id,
        lambda: {"title": f"List of political prisoners: {path.name}", "publisher_id": VIASNA_ID},
    )
    return conv.docs
