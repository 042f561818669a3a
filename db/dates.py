"""Partial and uncertain dates: EDTF text in, ISO bounds and plain words out.

Parsing is the `edtf` package's (Library of Congress EDTF levels 0-2); this
module only turns its answers into the earliest/latest day bounds the archive
stores and into the phrases people use ("spring 2020", "about 1979").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
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


@functools.lru_cache(maxsize=65536)
def parse(text: str) -> FuzzyDate:
    """Parse EDTF text; the bounds widen for "~" and "?" qualifiers.

    Raises DateError with a message naming the text when it is not EDTF.
    """
    cleaned = text.strip()
    if not cleaned:
        raise DateError("empty date")
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
