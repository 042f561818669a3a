"""Partial and uncertain dates: EDTF text in, ISO bounds and plain words out.

Parsing is the `edtf` package's (Library of Congress EDTF levels 0-2); this
module only turns its answers into the earliest/latest day bounds the archive
stores and into the phrases people use ("spring 2020", "about 1979").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import time

import edtf

from db.records import FuzzyDate

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


class DateError(ValueError):
    """The text is not a valid EDTF date."""


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


@functools.lru_cache(maxsize=65536)
def parse(text: str) -> FuzzyDate:
    """Parse EDTF text; the bounds widen for "~" and "?" qualifiers.

    Raises DateError with a message naming the text when it is not EDTF.
    """
    cleaned = text.strip()
    if not cleaned:
        raise DateError("empty date")
    plain = _parse_plain(cleaned)
    if plain is not None:
        return plain
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
        raise DateError(f"{cleaned!r} ends before it starts")
    return FuzzyDate(edtf=cleaned, earliest=earliest, latest=latest)


def parse_optional(text: str | None) -> FuzzyDate | None:
    return None if text is None or not str(text).strip() else parse(str(text))


def from_columns(
    edtf_text: str | None, earliest: str | None, latest: str | None
) -> FuzzyDate | None:
    """Rebuild a FuzzyDate from the three stored columns."""
    if edtf_text is None or earliest is None or latest is None:
        return None
    return FuzzyDate(edtf=edtf_text, earliest=earliest, latest=latest)


def _plain_single(text: str) -> str:
    """Say one EDTF date (no interval) in words."""
    core = text
    prefix = ""
    suffix = ""
    if core.startswith("~") or core.endswith("~"):
        prefix = "about "
        core = core.strip("~")
    if core.endswith("%") or core.startswith("%"):
        prefix = "about "
        suffix = "?"
        core = core.strip("%")
    if core.endswith("?") or core.startswith("?"):
        suffix = "?"
        core = core.strip("?")
    core = core.partition("T")[0]  # a time of day adds nothing people say
    parts = core.split("-")
    year = parts[0]
    if len(year) == 4 and year[:3].isdigit() and year[3] in "Xx":
        return prefix + f"the {year[:3]}0s" + suffix
    if core.startswith("-") or not year.isdigit():
        return text
    if len(parts) == 1:
        return prefix + year + suffix
    month_text = parts[1]
    if not month_text.isdigit():
        return text
    month = int(month_text)
    if month in _SEASONS:
        return prefix + f"{_SEASONS[month]} {year}" + suffix
    if not 1 <= month <= 12:
        return text
    if len(parts) == 2 or not parts[2].isdigit():
        return prefix + f"{_MONTHS[month - 1]} {year}" + suffix
    return prefix + f"{int(parts[2])} {_MONTHS[month - 1]} {year}" + suffix


def describe(date: FuzzyDate | str | None) -> str:
    """The date the way people say it: "spring 2020", "about 1979", "2023"."""
    if date is None:
        return ""
    text = date.edtf if isinstance(date, FuzzyDate) else date
    if "/" in text:
        start, _, end = text.partition("/")
        left = _plain_single(start) if start not in ("", "..") else "…"
        right = _plain_single(end) if end not in ("", "..") else "…"
        return f"{left} – {right}"
    return _plain_single(text)


def add_months(iso_day: str, months: int) -> str:
    """The ISO day `months` after `iso_day`, clamped to the month's last day."""
    day = dt.date.fromisoformat(iso_day)
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last)).isoformat()
