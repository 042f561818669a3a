"""Composed lines: whole templates with the archive's values, never ids or mixed words."""

from __future__ import annotations

import re

from db import phrases
from db.connection import Archive
from db.records import PersonId
from db.summary import get_summary


def test_terms_in_words() -> None:
    assert phrases.term_words(234) == "19 years 6 months"
    assert phrases.term_words(234, short=True) == "19 y 6 m"
    assert phrases.term_words(180) == "15 years"
    assert phrases.term_words(13) == "1 year 1 month"
    assert phrases.term_words(0) == "0 months"
    assert phrases.served_words((60, 63)) == "5 years to 5 years 3 months"


def test_added_to_names_the_date_never_the_id() -> None:
    from db.dates import parse

    assert (
        phrases.added_to(parse("2021-12-14"), True) == "added to the sentence of 14 December 2021"
    )
    assert phrases.added_to(None, False) == "added to an earlier sentence"


def test_sample_summary_lines(sample_archive: Archive) -> None:
    s = get_summary(sample_archive.db, PersonId("p-tsikhanouski"), "2026-01-01")
    assert s is not None
    assert phrases.summary_lines(s) == [
        "Status: Released since 21 June 2025",
        "Total term: 19 years 6 months",
        # the sample's sentence states its start (the arrest; custody is credited)
        "Served: 5 years to 5 years 3 months, counted from spring 2020",
        "Custody ended: 21 June 2025",
    ]


BELARUSIAN = {
    phrases.YEARS: ("{n} год", "{n} гады", "{n} гадоў"),
    phrases.MONTHS: ("{n} месяц", "{n} месяцы", "{n} месяцаў"),
    phrases.TOTAL_TERM: "Агульны тэрмін: {term}",
    phrases.STATUS_SINCE: "Статус: {status} з {date}",
    phrases.SERVED_FROM_DETENTION: "Адбыта: {served}, з затрымання {date}",
    phrases.SERVED_FROM_START: "Адбыта: {served}, з {date}",
    phrases.BETWEEN: "ад {least} да {most}",
    phrases.CUSTODY_ENDED: "Вызвалены: {date}",
}


def _be(template: str, n: int = -1) -> str:
    found = BELARUSIAN.get(template, template)
    if isinstance(found, tuple):
        index = 0 if n % 10 == 1 and n % 100 != 11 else 1 if 2 <= n % 10 <= 4 else 2
        return found[index]
    return found


def test_a_translation_replaces_whole_lines(sample_archive: Archive) -> None:
    """With every template translated, no English word of ours is left in a line."""
    s = get_summary(sample_archive.db, PersonId("p-tsikhanouski"), "2026-01-01")
    assert s is not None
    w = phrases.Wording(
        translate=_be, say=lambda d: f"{d.year}", label=lambda table, code: "на волі"
    )
    lines = phrases.summary_lines(s, w)
    assert lines[1] == "Агульны тэрмін: 19 гадоў 6 месяцаў"
    for line in lines:
        assert not re.search(r"[A-Za-z]", line), line


def test_every_template_is_listed() -> None:
    names = [v for k, v in vars(phrases).items() if k.isupper() and isinstance(v, str)]
    assert set(names) <= set(phrases.PHRASES)
    assert len(set(phrases.PHRASES)) == len(phrases.PHRASES)
