"""Composed lines from translatable templates: the archive's values slotted into words.

A line such as "added to the sentence of 14 December 2021" or "Total term:
19 years 6 months" is never glued from English pieces and never shows an
internal id (`s-tsikhanouski-2021`). Each line here is one template from
PHRASES with named slots; a `Wording` says how to translate a template, how
to say a date and how to name a code (status, term kind …). db/ stays
Qt-free and English (`ENGLISH`); the viewer builds a Wording from its
translator (viewer/phrases.py mirrors PHRASES for lupdate, and a test
checks that the two lists agree).

Plural templates carry "(s)" in English ("{n} year(s)") and are translated
with the count, as Qt's numerus forms are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from db import dates
from db.info import STATUS_LABELS, TERM_KIND_LABELS, label
from db.migrations import CONFIDENCES
from db.records import Citation, FuzzyDate, PersonSummary


class Translate(Protocol):
    def __call__(self, template: str, n: int = -1) -> str: ...


def english(template: str, n: int = -1) -> str:
    """The English template itself, its "(s)" plurals resolved for `n`."""
    if n < 0:
        return template
    return template.replace("(s)", "" if n == 1 else "s")


# every template; viewer/phrases.py marks the same strings for translation
YEARS = "{n} year(s)"
MONTHS = "{n} month(s)"
YEARS_SHORT = "{n} y"
MONTHS_SHORT = "{n} m"
TERM_AND_KIND = "{term} ({kind})"
TERM_INCOMPLETE = "at least {term}"
BETWEEN = "{least} to {most}"
ADDED_TO_SENTENCE = "added to the sentence of {date}"
ADDED_TO_EARLIER = "added to an earlier sentence"
TOTAL_TERM = "Total term: {term}"
SERVED = "Served: {served}"
SERVED_FROM_DETENTION = "Served: {served}, counted from the detention of {date}"
SERVED_FROM_START = "Served: {served}, counted from {date}"
SERVED_FROM_SENTENCE = "Served: {served}, counted from the sentence of {date}"
EXPECTED_END = "Expected end of term: {date}"
CUSTODY_ENDED = "Custody ended: {date}"
HELD_IN = "Held in: {place}"
HELD_IN_SINCE = "Held in: {place} (since {date})"
STATUS = "Status: {status}"
STATUS_SINCE = "Status: {status} since {date}"
IN_ABSENTIA = "Sentenced in absentia: nothing served"
CITATION = "“{title}”"
CITATION_PUBLISHER = "{citation}, {publisher}"
CITATION_DATE = "{citation}, {date}"
CITATION_LOCATOR = "{citation}, {locator}"
CITATION_END = "{citation}."
CITATION_URL = "{citation} {url}"
CITATION_CONFIDENCE = "{citation} (confidence: {confidence})"
DATE_UNKNOWN = "date unknown"

PHRASES: tuple[str, ...] = (
    YEARS,
    MONTHS,
    YEARS_SHORT,
    MONTHS_SHORT,
    TERM_AND_KIND,
    TERM_INCOMPLETE,
    BETWEEN,
    ADDED_TO_SENTENCE,
    ADDED_TO_EARLIER,
    TOTAL_TERM,
    SERVED,
    SERVED_FROM_DETENTION,
    SERVED_FROM_START,
    SERVED_FROM_SENTENCE,
    EXPECTED_END,
    CUSTODY_ENDED,
    HELD_IN,
    HELD_IN_SINCE,
    STATUS,
    STATUS_SINCE,
    IN_ABSENTIA,
    CITATION,
    CITATION_PUBLISHER,
    CITATION_DATE,
    CITATION_LOCATOR,
    CITATION_END,
    CITATION_URL,
    CITATION_CONFIDENCE,
    DATE_UNKNOWN,
)
"""Every template of this module, in English (the translation source)."""

PLURAL = frozenset({YEARS, MONTHS})
"""Templates translated with a count (numerus forms)."""

_LABELS: dict[str, Mapping[str, str]] = {
    "status": STATUS_LABELS,
    "term_kind": TERM_KIND_LABELS,
    "confidence": {code: code for code in CONFIDENCES},
}


def _english_label(table: str, code: str) -> str:
    return label(_LABELS[table], code)


@dataclass(frozen=True, slots=True)
class Wording:
    """How lines are worded: template translation, dates, and the names of codes."""

    translate: Translate = english
    say: Callable[[dates.SpokenDate], str] = dates.say_english
    label: Callable[[str, str], str] = field(default=_english_label)  # (table, code) -> words
    say_genitive: Callable[[dates.SpokenDate], str] | None = None
    """A date after since/of ("с весны 2022" in Russian); None: as `say`."""

    def __call__(self, template: str, n: int = -1, /, **values: object) -> str:
        return self.translate(template, n).format(**{k: str(v) for k, v in values.items()})

    def date(self, date: FuzzyDate | None, *, genitive: bool = False) -> str:
        """`date` in words; `genitive`: in the form a since/of in the template governs."""
        say = self.say_genitive if genitive and self.say_genitive is not None else self.say
        return dates.describe(date, say) if date is not None else self(DATE_UNKNOWN)


ENGLISH = Wording()


def term_words(months: int, w: Wording = ENGLISH, *, short: bool = False) -> str:
    """A term in months as years and months: "19 years 6 months", short "19 y 6 m"."""
    years, rest = divmod(max(0, months), 12)
    if short:
        parts = [w(YEARS_SHORT, n=years) if years else "", w(MONTHS_SHORT, n=rest) if rest else ""]
        return " ".join(p for p in parts if p) or w(MONTHS_SHORT, n=0)
    parts = [w(YEARS, years, n=years) if years else "", w(MONTHS, rest, n=rest) if rest else ""]
    return " ".join(p for p in parts if p) or w(MONTHS, 0, n=0)


def served_words(served: tuple[int, int], w: Wording = ENGLISH, *, short: bool = False) -> str:
    """Time served: one term, or "least to most" when the start is uncertain."""
    least, most = served
    if least == most:
        return term_words(least, w, short=short)
    return w(
        BETWEEN,
        least=term_words(least, w, short=short),
        most=term_words(most, w, short=short),
    )


def added_to(base_date: FuzzyDate | None, known: bool, w: Wording = ENGLISH) -> str:
    """What an added sentence adds to, by the earlier sentence's date (never its id)."""
    if known and base_date is not None:
        return w(ADDED_TO_SENTENCE, date=w.date(base_date, genitive=True))
    return w(ADDED_TO_EARLIER)


def total_term(s: PersonSummary, w: Wording = ENGLISH, *, short: bool = False) -> str | None:
    """The current case's total term ("19 years 6 months"), or None without one."""
    if s.total_term_months is None:
        return None
    term = term_words(s.total_term_months, w, short=short)
    if not s.term_complete:
        term = w(TERM_INCOMPLETE, term=term)
    if s.term_kind and s.term_kind != "prison" and not short:
        term = w(TERM_AND_KIND, term=term, kind=w.label("term_kind", s.term_kind))
    return term


def summary_lines(s: PersonSummary, w: Wording = ENGLISH) -> list[str]:
    """The summary as lines for the top of a record or a dossier section."""
    status = w.label("status", s.status)
    lines = [
        w(STATUS_SINCE, status=status, date=w.date(s.status_since, genitive=True))
        if s.status_since is not None
        else w(STATUS, status=status)
    ]
    total = total_term(s, w)
    if total is not None:
        lines.append(w(TOTAL_TERM, term=total))
    if s.in_absentia:
        lines.append(w(IN_ABSENTIA))
    if s.served_months is not None and s.custody_start is not None:
        served = served_words(s.served_months, w)
        template = {
            "detention": SERVED_FROM_DETENTION,
            "start_date": SERVED_FROM_START,
            "sentence_date": SERVED_FROM_SENTENCE,
        }.get(s.start_basis or "", SERVED)
        lines.append(w(template, served=served, date=w.date(s.custody_start)))
    if s.custody_end is not None:
        lines.append(w(CUSTODY_ENDED, date=w.date(s.custody_end)))
    elif s.expected_end is not None:
        lines.append(w(EXPECTED_END, date=w.date(s.expected_end)))
    if s.custody_place is not None:
        if s.custody_place_since is not None:
            line = w(
                HELD_IN_SINCE,
                place=s.custody_place.name,
                date=w.date(s.custody_place_since, genitive=True),
            )
        else:
            line = w(HELD_IN, place=s.custody_place.name)
        lines.append(line)
    return lines


def citation_line(c: Citation, w: Wording = ENGLISH) -> str:
    """One source as a line: title, publisher, date, place in it, URL (confidence if not high)."""
    text = w(CITATION, title=c.title)
    if c.publisher:
        text = w(CITATION_PUBLISHER, citation=text, publisher=c.publisher)
    if c.published is not None:
        text = w(CITATION_DATE, citation=text, date=w.date(c.published))
    if c.locator:
        text = w(CITATION_LOCATOR, citation=text, locator=c.locator)
    text = w(CITATION_END, citation=text)
    if c.url:
        text = w(CITATION_URL, citation=text, url=c.url)
    if c.confidence != "high":
        text = w(CITATION_CONFIDENCE, citation=text, confidence=w.label("confidence", c.confidence))
    return text
