"""The detail pane renders a whole record and handles its own links offline."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from db import dates
from db.connection import Archive
from db.person import citation_text, get_person, record_as_text
from db.records import PersonId, PersonRecord
from viewer.panes.person_detail import MAX_SECTION_ITEMS, PersonDetailPane, render_record


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
