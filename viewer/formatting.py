"""Numbers and dates as the panes show them.

Numbers: digits grouped by a thin space (1 000 000), one convention for every
pane, readable in Belarusian, Russian and English alike, and independent of
the machine's locale (often "C" on exile laptops).

Dates: `describe_date` says an archive date in the user's language, as
`db.dates.describe` does in English ("21 June 2025", "spring 2020", "about
1979"). Month names come from QLocale, which `viewer.translations.install`
sets to the UI language: the format form after a day ("21 чэрвеня 2025"),
the standalone form without one ("чэрвень 2025"). After a preposition that
governs the genitive in Belarusian and Russian ("since", "of", "about": з,
ад, каля; с, от, около) a date takes that case, `genitive=True`: "з жніўня
2020", "с весны 2022", not "з жнівень 2020", "с весна 2022". Qt's Belarusian data
(CLDR) names May "май"/"мая"; the official orthography says "травень"/
"траўня", so that one month is corrected here.
"""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtCore import QLocale

from db import dates
from db.records import FuzzyDate
from viewer.translations import QT_TRANSLATE_NOOP, Context

Sizes = Context("Sizes")
"""File-size units ("7.5 GB" is "7,5 ГБ" in Russian)."""
Dates = Context("Dates")
"""Date phrases (lupdate reads `Dates.tr` and the QT_TRANSLATE_NOOP marks below)."""

DATE_PHRASES = (
    QT_TRANSLATE_NOOP("Dates", "spring {year}"),
    QT_TRANSLATE_NOOP("Dates", "summer {year}"),
    QT_TRANSLATE_NOOP("Dates", "autumn {year}"),
    QT_TRANSLATE_NOOP("Dates", "winter {year}"),
    QT_TRANSLATE_NOOP("Dates", "the {decade}s"),
    QT_TRANSLATE_NOOP("Dates", "{month} {year}"),
    QT_TRANSLATE_NOOP("Dates", "{day} {month} {year}"),
    QT_TRANSLATE_NOOP("Dates", "about {date}"),
    QT_TRANSLATE_NOOP("Dates", "{date}?"),
)
"""Every template `say_date` uses, marked for lupdate (it is called with another `tr` too)."""
GENITIVE = "genitive"
"""The disambiguation of a date phrase's form after since/of/about (be, ru: the genitive)."""


def _mark_genitive_phrases() -> None:  # pragma: no cover - never called: lupdate reads it
    """The genitive forms `say_date(genitive=True)` asks `words` for, marked for lupdate."""
    Dates.tr("spring {year}", "genitive")
    Dates.tr("summer {year}", "genitive")
    Dates.tr("autumn {year}", "genitive")
    Dates.tr("winter {year}", "genitive")
    Dates.tr("the {decade}s", "genitive")


class Words(Protocol):
    """A `tr` of the "Dates" context: `words(text)` or `words(text, GENITIVE)`."""

    def __call__(self, text: str, disambiguation: str | None = None, /) -> str: ...


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
    locale: QLocale | None = None,
) -> str:
    """The name of `month` (1-12) in the UI language (or `locale`'s), after a day or standalone."""
    locale = locale if locale is not None else QLocale()
    fix = _MONTH_FIXES.get((locale.language(), month))
    if fix is not None:
        return fix[2] if form != QLocale.FormatType.LongFormat else fix[1 if standalone else 0]
    if standalone:
        return locale.standaloneMonthName(month, form)
    return locale.monthName(month, form)


def _season(season: str, year: str, words: Words, case: str | None) -> str:
    if season == "spring":
        return words("spring {year}", case).format(year=year)
    if season == "summer":
        return words("summer {year}", case).format(year=year)
    if season == "autumn":
        return words("autumn {year}", case).format(year=year)
    return words("winter {year}", case).format(year=year)


def say_date(
    date: dates.SpokenDate,
    locale: QLocale | None = None,
    words: Words = Dates.tr,
    *,
    genitive: bool = False,
) -> str:
    """One date (no interval) in words in the UI language.

    A document in another language than the window's (a dossier) passes its
    own `locale` (month names) and `words` (the "Dates" context of its language).
    `genitive`: the form after since/of/about (see the module docstring); "about"
    itself governs it, so an approximate date's own words are always in it.
    """
    case = GENITIVE if genitive or date.approximate else None
    if date.decade:
        text = words("the {decade}s", case).format(decade=date.year)
    elif date.season is not None:
        text = _season(date.season, date.year, words, case)
    elif date.month is None:
        text = date.year
    elif date.day is None:  # a month alone: its standalone name, or the genitive
        month = month_name(date.month, standalone=case is None, locale=locale)
        text = words("{month} {year}").format(month=month, year=date.year)
    else:
        month = month_name(date.month, locale=locale)
        text = words("{day} {month} {year}").format(day=date.day, month=month, year=date.year)
    if date.approximate:
        text = words("about {date}").format(date=text)
    if date.uncertain:
        text = words("{date}?").format(date=text)
    return text


def say_date_genitive(date: dates.SpokenDate) -> str:
    """`say_date` in the form after since/of/about, in the UI language."""
    return say_date(date, genitive=True)


def describe_date(date: FuzzyDate | str | None, *, genitive: bool = False) -> str:
    """`date` the way people say it, in the UI language ("" for None).

    `genitive`: after since/of/about ("з жніўня 2020", "с весны 2022").
    """
    return dates.describe(date, say_date_genitive if genitive else say_date)


def metadata_date(value: str) -> str:
    """A date of the archive's metadata (ISO, "2025-06-21") as the window says dates
    ("21 чэрвеня 2025"), after "of"; anything else as the file has it."""
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value.strip()):
        return describe_date(value.strip(), genitive=True)
    return value


def file_size_text(size: float) -> str:
    """A file size in words a person reads at a glance: "5.3 GB", "812 MB", "40 KB"."""
    if size < 0:
        return ""
    for unit, factor in (
        (Sizes.tr("{n} GB"), 1024**3),
        (Sizes.tr("{n} MB"), 1024**2),
        (Sizes.tr("{n} KB"), 1024),
    ):
        if size >= factor:
            value = size / factor
            n = QLocale().toString(value, "f", 1) if value < 10 else grouped(round(value))
            return unit.format(n=n)
    return Sizes.tr("{n} B").format(n=int(size))
