"""Numbers and dates as the panes show them.

Numbers: digits grouped by a thin space (1 000 000), one convention for every
pane, readable in Belarusian, Russian and English alike, and independent of
the machine's locale (often "C" on exile laptops).

Dates: `describe_date` says an archive date in the user's language, as
`db.dates.describe` does in English ("21 June 2025", "spring 2020", "about
1979"). Month names come from QLocale, which `viewer.translations.install`
sets to the UI language: the format form after a day ("21 чэрвеня 2025"),
the standalone form without one ("чэрвень 2025"). Qt's Belarusian data
(CLDR) names May "май"/"мая"; the official orthography says "травень"/
"траўня", so that one month is corrected here.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from db import dates
from db.records import FuzzyDate
from viewer.translations import Context

Dates = Context("Dates")
"""Date phrases (lupdate reads `Dates.tr`)."""


def grouped(number: int) -> str:
    """`number` with a narrow no-break space between groups of three digits."""
    return f"{int(number):,}".replace(",", "\u202f")


_MONTH_FIXES: dict[tuple[QLocale.Language, int], tuple[str, str, str]] = {
    (QLocale.Language.Belarusian, 5): ("траўня", "травень", "тра"),
}
"""(language, month) -> (format form, standalone form, short form) where Qt's data is wrong."""


def month_name(
    month: int,
    form: QLocale.FormatType = QLocale.FormatType.LongFormat,
    *,
    standalone: bool = False,
) -> str:
    """The name of `month` (1-12) in the UI language: after a day, or `standalone`."""
    locale = QLocale()
    fix = _MONTH_FIXES.get((locale.language(), month))
    if fix is not None:
        return fix[2] if form != QLocale.FormatType.LongFormat else fix[1 if standalone else 0]
    if standalone:
        return locale.standaloneMonthName(month, form)
    return locale.monthName(month, form)


def _season(season: str, year: str) -> str:
    if season == "spring":
        return Dates.tr("spring {year}").format(year=year)
    if season == "summer":
        return Dates.tr("summer {year}").format(year=year)
    if season == "autumn":
        return Dates.tr("autumn {year}").format(year=year)
    return Dates.tr("winter {year}").format(year=year)


def say_date(date: dates.SpokenDate) -> str:
    """One date (no interval) in words in the UI language."""
    if date.decade:
        words = Dates.tr("the {decade}s").format(decade=date.year)
    elif date.season is not None:
        words = _season(date.season, date.year)
    elif date.month is None:
        words = date.year
    elif date.day is None:
        month = month_name(date.month, standalone=True)
        words = Dates.tr("{month} {year}").format(month=month, year=date.year)
    else:
        month = month_name(date.month)
        words = Dates.tr("{day} {month} {year}").format(day=date.day, month=month, year=date.year)
    if date.approximate:
        words = Dates.tr("about {date}").format(date=words)
    if date.uncertain:
        words = Dates.tr("{date}?").format(date=words)
    return words


def describe_date(date: FuzzyDate | str | None) -> str:
    """`date` the way people say it, in the UI language ("" for None)."""
    return dates.describe(date, say_date)
