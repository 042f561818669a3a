"""Partial and uncertain dates: EDTF text in, ISO bounds and plain words out.

Parsing is the `edtf` package's (Library of Congress EDTF levels 0-2); this
module only turns its answers into the earliest/latest day bounds the archive
stores and into the phrases people use ("spring 2020", "about 1979"). The package
is imported on the first date outside the common forms, not at start-up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from db.records import FuzzyDate
from db.untrusted import iso_day

_SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class DateProblem(enum.Enum):
    """Why a text is not a date (the viewer words it in the user's language)."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    NOT_EDTF = "not_edtf"
    BACKWARDS = "backwards"


class DateError(ValueError):
    """The text is not a valid EDTF date; `problem` says why (its message in English)."""

    def __init__(self, message: str, problem: DateProblem = DateProblem.NOT_EDTF) -> None:
        super().__init__(message)
        self.problem = problem


def _iso(t: time.struct_time) -> str:
    return dt.date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()


_PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}  # winter runs into Feb


def _month_end(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _parse_plain(text: str) -> FuzzyDate | None:
    """Year, month, day and season dates without qualifiers, parsed directly.

    They are nearly every date in an archive, and the edtf package takes
    ~10 ms per call; anything fancier still goes through it.
    """
    match = _PLAIN.fullmatch(text)
    if match is None:
        return None
    year = int(match[1])
    try:
        if match[2] is None:
            return FuzzyDate(text, f"{match[1]}-01-01", f"{match[1]}-12-31")
        month = int(match[2])
        if match[3] is not None:
            day = dt.date(year, month, int(match[3])).isoformat()
            return FuzzyDate(text, day, day)
        first, last = _SEASON_MONTHS.get(month, (month, month))
        start = dt.date(year, first, 1)
        return FuzzyDate(text, start.isoformat(), _month_end(year, last).isoformat())
    except ValueError:
        return None  # let the edtf package phrase the error


_QUALIFIED = re.compile(r"([?~%])?(\d{4}(?:-\d{2}(?:-\d{2})?)?)([?~%])?")
_WIDENING = {"?": 1, "~": 1, "%": 2}


def _qualified(text: str) -> FuzzyDate | None:
    """A plain date with one qualifier (`2024?`, `~1979-08`, `2004-06-11%`).

    The edtf package widens such a date by one (for `%` two) of each unit it
    names: a year by a year; a month by a year and a month; a day by a year,
    a month and a day, months clamped to their last day (dateutil's
    relativedelta). A prefix qualifies the year only, so it widens by years.
    This does the same; seasons are left to the package.
    """
    match = _QUALIFIED.fullmatch(text)
    if match is None or bool(match[1]) == bool(match[3]):
        return None
    plain = _parse_plain(match[2])
    parts = match[2].count("-")
    if plain is None or (parts == 1 and int(match[2][5:7]) > 12):
        return None
    widen = _WIDENING[match[1] or match[3]]
    year = int(match[2][:4])
    if not widen < year <= 9999 - widen:
        return None
    whole = match[3] is not None  # a prefix (`~2004-06`) qualifies the year alone
    months = 12 * widen + (widen if parts and whole else 0)
    days = dt.timedelta(days=widen if parts == 2 and whole else 0)
    lower = dt.date.fromisoformat(add_months(plain.earliest, -months)) - days
    upper = dt.date.fromisoformat(add_months(plain.latest, months)) + days
    return FuzzyDate(text, lower.isoformat(), upper.isoformat())


def _parse_common(text: str) -> FuzzyDate | None:
    """Plain dates, plain dates with one qualifier, and intervals of plain dates.

    These are what archives hold (a generated 2,000-person archive has 8,000
    distinct dates, all of these kinds); the edtf package takes ~10 ms for
    each, this a few µs. The bounds are the package's, which
    tests/db/test_dates.py checks value by value.
    """
    found = _parse_plain(text) or _qualified(text)
    if found is not None:
        return found
    start, slash, end = text.partition("/")
    if slash:
        first, last = _parse_plain(start), _parse_plain(end)
        if first is not None and last is not None:
            return FuzzyDate(text, first.earliest, last.latest)
    return None


MAX_EDTF_CHARS = 100
"""The longest EDTF text parsed (the longest real forms, intervals of qualified days, are ~25)."""


@functools.lru_cache(maxsize=65536)
def parse(text: str) -> FuzzyDate:
    """Parse EDTF text; the bounds widen for "~" and "?" qualifiers.

    Raises DateError with a message naming the text when it is not EDTF.
    """
    cleaned = text.strip()
    if not cleaned:
        raise DateError("empty date", DateProblem.EMPTY)
    if len(cleaned) > MAX_EDTF_CHARS:  # the EDTF grammar is slow on long text; no date is long
        raise DateError(
            f"{cleaned[:MAX_EDTF_CHARS]!r}… is too long to be an EDTF date", DateProblem.TOO_LONG
        )
    common = _parse_common(cleaned)
    if common is not None:
        earliest, latest = common.earliest, common.latest
    else:
        import edtf  # ~0.15 s of pyparsing grammar: only dates outside the common forms need it

        try:
            obj = edtf.parse_edtf(cleaned)
            lower = obj.lower_fuzzy()
            upper = obj.upper_fuzzy()
            earliest, latest = _iso(lower), _iso(upper)
        except Exception as exc:  # the edtf package raises several unrelated types
            raise DateError(
                f"{cleaned!r} is not an EDTF date (examples: 2020, 2020-05-29, 2020-21 "
                f"for spring 2020, ~1979 for about 1979, 2020-03/2020-05)"
            ) from exc
    if earliest > latest:
        raise DateError(f"{cleaned!r} ends before it starts", DateProblem.BACKWARDS)
    return FuzzyDate(edtf=cleaned, earliest=earliest, latest=latest)


def parse_optional(text: str | None) -> FuzzyDate | None:
    return None if text is None or not str(text).strip() else parse(str(text))


def from_columns(
    edtf_text: str | None, earliest: str | None, latest: str | None
) -> FuzzyDate | None:
    """Rebuild a FuzzyDate from the three stored columns; None unless the bounds are ISO days
    in order (a hostile or damaged file can hold anything there, and the bounds are
    calculated with)."""
    if not isinstance(edtf_text, str) or iso_day(earliest) is None or iso_day(latest) is None:
        return None
    if earliest is None or latest is None or earliest > latest:
        return None
    return FuzzyDate(edtf=edtf_text, earliest=earliest, latest=latest)


@dataclass(frozen=True, slots=True)
class SpokenDate:
    """One EDTF date (no interval) in the parts people say: see `spoken`.

    Exactly one of the shapes applies: a decade ("the 1970s", `decade`), a
    year, a season of a year, a month of a year, or a day (`day` and `month`).
    """

    year: str  # as written (four digits); a decade's first year
    month: int | None = None  # 1-12
    day: int | None = None
    season: str | None = None  # "spring", "summer", "autumn", "winter"
    decade: bool = False
    approximate: bool = False  # "about …"
    uncertain: bool = False  # "…?"


def spoken(text: str) -> SpokenDate | None:
    """The parts of one EDTF date (no interval), or None when it cannot be said in words."""
    core = text
    approximate = uncertain = False
    if core.startswith("~") or core.endswith("~"):
        approximate = True
        core = core.strip("~")
    if core.endswith("%") or core.startswith("%"):
        approximate = uncertain = True
        core = core.strip("%")
    if core.endswith("?") or core.startswith("?"):
        uncertain = True
        core = core.strip("?")
    core = core.partition("T")[0]  # a time of day adds nothing people say
    parts = core.split("-")
    year = parts[0]
    if len(year) == 4 and year[:3].isdigit() and year[3] in "Xx":
        return SpokenDate(
            year=f"{year[:3]}0", decade=True, approximate=approximate, uncertain=uncertain
        )
    if core.startswith("-") or not year.isdigit():
        return None
    if len(parts) == 1:
        return SpokenDate(year=year, approximate=approximate, uncertain=uncertain)
    month_text = parts[1]
    if not month_text.isdigit():
        return None
    month = int(month_text)
    if month in _SEASONS:
        return SpokenDate(
            year=year, season=_SEASONS[month], approximate=approximate, uncertain=uncertain
        )
    if not 1 <= month <= 12:
        return None
    if len(parts) == 2 or not parts[2].isdigit():
        return SpokenDate(year=year, month=month, approximate=approximate, uncertain=uncertain)
    return SpokenDate(
        year=year, month=month, day=int(parts[2]), approximate=approximate, uncertain=uncertain
    )


def say_english(date: SpokenDate) -> str:
    """`date` in English words: "29 May 2020", "spring 2020", "about 1979", "the 1970s"."""
    if date.decade:
        words = f"the {date.year}s"
    elif date.season is not None:
        words = f"{date.season} {date.year}"
    elif date.month is None:
        words = date.year
    elif date.day is None:
        words = f"{_MONTHS[date.month - 1]} {date.year}"
    else:
        words = f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return ("about " if date.approximate else "") + words + ("?" if date.uncertain else "")


def describe(
    date: FuzzyDate | str | None,
    say: Callable[[SpokenDate], str] = say_english,
    open_end: str = "…",
) -> str:
    """The date the way people say it: "spring 2020", "about 1979", "2023".

    `say` puts one date into words (English by default; the viewer passes its
    own for the user's language); an interval joins two with an en dash, an
    open end showing as `open_end`. Text that cannot be said shows as written.
    """
    if date is None:
        return ""
    text = date.edtf if isinstance(date, FuzzyDate) else date

    def single(part: str) -> str:
        parts = spoken(part)
        return part if parts is None else say(parts)

    if "/" in text:
        start, _, end = text.partition("/")
        left = single(start) if start not in ("", "..") else open_end
        right = single(end) if end not in ("", "..") else open_end
        return f"{left} – {right}"
    return single(text)


def add_months(iso_day: str, months: int) -> str:
    """The ISO day `months` after `iso_day`, clamped to the month's last day.

    A day past the calendar's ends (a term of 10,000 years, or 2**63 months
    in a hostile file) is the first or last day there is: the summary shows
    "9999-12-31" rather than failing every import that recomputes it.
    """
    day = dt.date.fromisoformat(iso_day)
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    if year > dt.MAXYEAR:
        return dt.date.max.isoformat()
    if year < dt.MINYEAR:
        return dt.date.min.isoformat()
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last)).isoformat()


def span(earliest: str, latest: str) -> FuzzyDate:
    """A day between two ISO days, worded as tightly as EDTF allows.

    A computed date (an expected end) has bounds but no EDTF of its own: one
    day is that day, whole months and years are the month or year, and
    anything else is the months it falls in ("2039-09/2039-11"), which
    `describe` says as "September 2039 – November 2039". The bounds stay exact.
    """
    if earliest == latest:
        return FuzzyDate(earliest, earliest, latest)
    first, last = dt.date.fromisoformat(earliest), dt.date.fromisoformat(latest)
    whole_months = first.day == 1 and last == _month_end(last.year, last.month)
    if whole_months and first.month == 1 and last.month == 12 and first.year == last.year:
        return FuzzyDate(f"{first.year:04d}", earliest, latest)
    if (first.year, first.month) == (last.year, last.month):
        return FuzzyDate(f"{first.year:04d}-{first.month:02d}", earliest, latest)
    text = f"{first.year:04d}-{first.month:02d}/{last.year:04d}-{last.month:02d}"
    return FuzzyDate(text, earliest, latest)
