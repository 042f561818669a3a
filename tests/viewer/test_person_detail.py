"""The detail pane renders a whole record and handles its own links offline."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db import dates, phrases
from db.connection import Archive
from db.person import citation_text, get_person, record_as_text
from db.records import PersonId, PersonRecord
from db.summary import get_summary
from viewer import translations
from viewer.dossier.wording import DossierWording
from viewer.formatting import describe_date
from viewer.panes.person_detail import (
    DOCUMENT_CSS,
    HIGHLIGHT_COLOUR,
    MAX_SECTION_ITEMS,
    PersonDetailPane,
    render_record,
)
from viewer.record_text import record_text


def _records(archive: Archive) -> list[PersonRecord]:
    ids = [PersonId(r[0]) for r in archive.db.execute("SELECT id FROM people ORDER BY pk")]
    found = [get_person(archive.db, pid) for pid in ids]
    return [r for r in found if r is not None]


def _with_relation(archive: Archive) -> PersonRecord:
    return next(r for r in _records(archive) if any(x.other_person for x in r.relations))


def test_render_shows_every_part_of_the_record(sample_archive: Archive) -> None:
    for rec in _records(sample_archive):
        page = render_record(rec)
        for spelling in rec.names:
            assert spelling.name.replace("'", "&#x27;") in page
        for c in rec.citations:
            assert f'name="src-{c.number}"' in page
            if c.url:
                assert c.url.replace("&", "&amp;") in page
        for s in rec.sentences:
            for charge in s.charges:
                assert charge.article in page
            if s.judge:
                assert f"person:{s.judge.id}" in page
        if rec.birth:
            assert dates.describe(rec.birth) in page


def test_escapes_markup_in_text(sample_archive: Archive) -> None:
    rec = _records(sample_archive)[0]
    hostile = type(rec)(**{**{f: getattr(rec, f) for f in rec.__slots__}, "biography": "<b>x</b>"})  # type: ignore[attr-defined]
    assert "&lt;b&gt;x&lt;/b&gt;" in render_record(hostile)


def test_links_are_never_opened_and_person_links_are_signalled(
    qtbot: QtBot, sample_archive: Archive
) -> None:
    pane = PersonDetailPane()
    qtbot.addWidget(pane)
    rec = _with_relation(sample_archive)
    pane.show_record(rec)
    assert not pane.browser.openLinks()
    assert not pane.browser.openExternalLinks()
    other = next(x.other_person for x in rec.relations if x.other_person)
    assert other is not None
    with qtbot.waitSignal(pane.person_link_activated, check_params_cb=lambda p: p == other.id):
        pane.browser.anchorClicked.emit(QUrl(f"person:{other.id}"))
    with qtbot.assertNotEmitted(pane.person_link_activated):
        pane.browser.anchorClicked.emit(QUrl("https://example.org/never"))
    assert pane.record() is rec  # the page did not navigate away


def test_date_hover_shows_the_exact_edtf(qtbot: QtBot, sample_archive: Archive) -> None:
    pane = PersonDetailPane()
    qtbot.addWidget(pane)
    assert "2020-21" in pane._tooltip_for("edtf:2020-21")
    assert pane._tooltip_for("nothing") == ""


def test_copy_record_and_citation(qtbot: QtBot, sample_archive: Archive) -> None:
    pane = PersonDetailPane()
    qtbot.addWidget(pane)
    assert not pane.copy_record()
    rec = next(r for r in _records(sample_archive) if len(r.citations) >= 2)
    pane.show_record(rec)
    assert pane.copy_record()
    assert QGuiApplication.clipboard().text() == record_as_text(rec)
    assert pane.copy_citation()
    assert QGuiApplication.clipboard().text() == citation_text(rec.citations[0])
    second = rec.citations[1]
    pane.browser.anchorClicked.emit(QUrl(f"cite:{second.number}"))
    assert pane.copy_citation()
    assert QGuiApplication.clipboard().text() == citation_text(second)


def test_history_back_and_forward(qtbot: QtBot, sample_archive: Archive) -> None:
    pane = PersonDetailPane()
    qtbot.addWidget(pane)
    a, b, c = _records(sample_archive)[:3]
    for rec in (a, b, c):
        pane.show_record(rec)
    assert pane.can_go_back()
    assert not pane.can_go_forward()
    with qtbot.waitSignal(pane.history_requested, check_params_cb=lambda p: p == b.id):
        pane.back()
    pane.show_record(b, push=False)
    assert pane.can_go_forward()
    with qtbot.waitSignal(pane.history_requested, check_params_cb=lambda p: p == c.id):
        pane.forward()
    pane.show_record(c, push=False)
    pane.back()
    pane.show_record(b, push=False)
    pane.show_record(a)  # a new visit drops the forward history
    assert pane.history() == ([a.id, b.id, a.id], 2)
    assert not pane.can_go_forward()


def test_long_sections_are_capped_with_a_note(sample_archive: Archive) -> None:
    rec = next(r for r in _records(sample_archive) if r.events)
    many = dataclasses.replace(rec, events=rec.events[:1] * (MAX_SECTION_ITEMS + 7))
    page = render_record(many)
    assert "and 7 more" in page
    assert f"({MAX_SECTION_ITEMS + 7})" in page
    assert "and 7 more" not in render_record(rec)


# ----- the record in the user's language -----------------------------------------


@pytest.fixture
def use_language(qapp: QApplication) -> Callable[[str], str]:
    """`use_language("be")` installs a language (conftest restores English afterwards)."""
    return lambda code: translations.install(qapp, code)


def _tsikhanouski(archive: Archive) -> PersonRecord:
    rec = get_person(archive.db, PersonId("p-tsikhanouski"))
    assert rec is not None
    return rec


def test_record_in_english_is_unchanged(sample_archive: Archive) -> None:
    page = render_record(_tsikhanouski(sample_archive))
    assert ">Released</b>" in page
    assert "21 June 2025" in page
    assert "18 August 1978" in page
    assert "spring 2020" in page
    assert "Political prisoner, Politician" in page
    assert "Sentenced" in page
    assert "Belarusian (Latin) · Łacinka" in page


ENGLISH_LABELS = [
    '">21 June 2025</a>',  # dates are links; the biography's "21 June 2025" is archive text
    '">spring 2020</a>',
    ">Released</b>",
    "</b> — Sentenced",
    "Political prisoner",
    "spouse of",
    "Belarusian (",
    "native spelling",
]
"""What the record says in English where it shows a label or a date (not archive text)."""


@pytest.mark.parametrize(
    ("code", "expected", "english"),
    [
        (
            "be",
            [
                ">На волі</b>",
                "21 чэрвеня 2025",
                "18 жніўня 1978",
                "вясна 2020",
                "14 снежня 2021",
                "Палітвязень, Палітык",
                "Прысуд",
                "Затрыманне",
                "Адміністрацыйны арышт",
                "беларуская (лацінка) · лацінка",
                "Муж або жонка:",
            ],
            ENGLISH_LABELS,
        ),
        (
            "ru",
            [
                ">На свободе</b>",
                "21 июня 2025",
                "18 августа 1978",
                "весна 2020",
                "14 декабря 2021",
                "Политзаключённый, Политик",
                "Приговор",
                "Задержание",
                "Административный арест",
                "белорусский (латиница) · лацинка",
                "Муж или жена:",
            ],
            ENGLISH_LABELS,
        ),
    ],
)
def test_record_in_the_ui_language(
    sample_archive: Archive,
    use_language: Callable[[str], str],
    code: str,
    expected: list[str],
    english: list[str],
) -> None:
    assert use_language(code) == code
    page = render_record(_tsikhanouski(sample_archive))
    missing = [text for text in expected if text not in page]
    assert not missing, missing
    left = [text for text in english if text in page]
    assert not left, left


@pytest.mark.parametrize(
    ("edtf", "be", "ru"),
    [
        ("2025-06-21", "21 чэрвеня 2025", "21 июня 2025"),
        ("2025-06", "чэрвень 2025", "июнь 2025"),
        ("2025-03", "сакавік 2025", "март 2025"),
        ("2025", "2025", "2025"),
        ("2020-21", "вясна 2020", "весна 2020"),
        ("2020-24", "зіма 2020", "зима 2020"),
        ("~1979", "каля 1979", "около 1979"),
        ("2020-05?", "травень 2020?", "май 2020?"),
        ("2020-05-29%", "каля 29 траўня 2020?", "около 29 мая 2020?"),
        ("197X", "1970-я", "1970-е"),
        ("2020-03/2020-05", "сакавік 2020 – травень 2020", "март 2020 – май 2020"),
        ("2021-12-14/..", "14 снежня 2021 – …", "14 декабря 2021 – …"),
        ("2020-05-29T10:00:00", "29 траўня 2020", "29 мая 2020"),
        ("not a date", "not a date", "not a date"),
    ],
)
def test_dates_in_belarusian_and_russian(
    use_language: Callable[[str], str], edtf: str, be: str, ru: str
) -> None:
    use_language("be")
    assert describe_date(edtf) == be
    use_language("ru")
    assert describe_date(edtf) == ru


@pytest.mark.parametrize(
    ("edtf", "be", "ru"),
    [
        ("2020-08", "жніўня 2020", "августа 2020"),
        ("2021-05", "траўня 2021", "мая 2021"),
        ("2022-21", "вясны 2022", "весны 2022"),
        ("2022-23", "восені 2022", "осени 2022"),
        ("2020-24", "зімы 2020", "зимы 2020"),
        ("197X", "1970-х", "1970-х"),
        ("2020-08-09", "9 жніўня 2020", "9 августа 2020"),
        ("2020", "2020", "2020"),
        ("2020-05~", "каля траўня 2020", "около мая 2020"),
        ("2020-05?", "траўня 2020?", "мая 2020?"),
    ],
)
def test_dates_after_since_and_of_take_the_genitive(
    use_language: Callable[[str], str], edtf: str, be: str, ru: str
) -> None:
    """ "У эміграцыі з жнівень 2020", "Под стражей с весна 2022": the date after a preposition
    was in the nominative (and "about" too: "около май 2020")."""
    use_language("be")
    assert describe_date(edtf, genitive=True) == be
    use_language("ru")
    assert describe_date(edtf, genitive=True) == ru
    use_language("en")
    assert describe_date(edtf, genitive=True) == dates.describe(edtf)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("be", "з жніўня 2020"), ("ru", "с августа 2020"), ("en", "since August 2020")],
)
def test_the_record_and_copy_say_since_in_the_genitive(
    use_language: Callable[[str], str], sample_archive: Archive, code: str, expected: str
) -> None:
    use_language(code)
    rec = get_person(sample_archive.db, PersonId("p-tsikhanouskaya"))
    assert rec is not None
    assert rec.status_since is not None
    assert rec.status_since.edtf == "2020-08"
    assert expected in QTextDocumentFragment.fromHtml(render_record(rec)).toPlainText()
    assert expected in record_text(rec)
    wording = DossierWording(code).phrases  # a dossier in that language, whatever the UI's
    use_language("en")
    summary = get_summary(sample_archive.db, rec.id)
    assert summary is not None
    assert expected in "\n".join(phrases.summary_lines(summary, wording))


@pytest.mark.parametrize(
    "edtf",
    [
        "2025-06-21",
        "2025-06",
        "2025",
        "2020-21",
        "~1979",
        "2020-05?",
        "2020-05-29%",
        "197X",
        "2020-03/2020-05",
        "../2020",
        "2020-05-29T10:00:00",
        "-0100",
        "2020-13-01",
    ],
)
def test_dates_in_english_are_what_db_says(use_language: Callable[[str], str], edtf: str) -> None:
    assert describe_date(edtf) == dates.describe(edtf)
    use_language("en")
    assert describe_date(edtf) == dates.describe(edtf)


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _css_colour(selector: str, prop: str) -> QColor:
    """A colour of one rule of the record's stylesheet."""
    rule = re.search(rf"^{re.escape(selector)} {{([^}}]*)}}", DOCUMENT_CSS, re.MULTILINE)
    assert rule is not None, selector
    value = re.search(rf"(?:^|;)\s*{prop}:\s*(#[0-9a-fA-F]{{6}})", rule.group(1))
    assert value is not None, (selector, prop)
    return QColor(value.group(1))


def test_the_record_stays_readable_with_a_dark_palette(
    qtbot: QtBot, qapp: QApplication, sample_archive: Archive
) -> None:
    saved = qapp.palette()
    dark = QPalette(saved)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Link, "#6ab0ff"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        pane = PersonDetailPane()
        qtbot.addWidget(pane)
        pane.show_record(_records(sample_archive)[0])
        pane.resize(500, 400)
        pane.show()
        qtbot.waitExposed(pane)
        paper = pane.browser.viewport().palette().color(pane.browser.viewport().backgroundRole())
        ink = _css_colour("body", "color")
        assert paper == _css_colour("body", "background-color")
        assert pane.browser.palette().color(QPalette.ColorRole.Text) == ink
        for selector, prop in (
            ("body", "color"),
            ("h2", "color"),
            ("th", "color"),
            ("a", "color"),
            (".muted", "color"),
        ):
            assert _contrast(_css_colour(selector, prop), paper) >= 4.5, selector
        box = _css_colour("td.fix", "background-color")
        assert _contrast(_css_colour("td.fix", "color"), box) >= 4.5
        assert _contrast(_css_colour(".fixlabel", "color"), box) >= 4.5
        assert _contrast(ink, QColor(HIGHLIGHT_COLOUR)) >= 4.5
        # what is drawn: the page is the paper, not the palette's dark base
        image = pane.browser.viewport().grab().toImage()
        corner = image.pixelColor(image.width() - 3, image.height() - 3)
        assert _contrast(corner, ink) >= 4.5
    finally:
        qapp.setPalette(saved)


@pytest.mark.parametrize(
    ("code", "expected", "wrong"),
    [
        ("be", "нар. снежня 1954", "снежань 1954"),
        ("ru", "род. декабря 1954", "декабрь 1954"),
        ("en", "born December 1954", ""),
    ],
)
def test_a_birth_month_after_born_takes_the_genitive(
    use_language: Callable[[str], str],
    sample_archive: Archive,
    code: str,
    expected: str,
    wrong: str,
) -> None:
    """ "нар. снежань 1954": the month after "нар."/"род." was in the nominative."""
    use_language(code)
    rec = dataclasses.replace(_tsikhanouski(sample_archive), birth=dates.parse("1954-12"))
    text = QTextDocumentFragment.fromHtml(render_record(rec)).toPlainText()
    assert expected in text
    assert not wrong or wrong not in text
