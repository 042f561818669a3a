"""Proposed corrections shown in the record pane, driven through the real window."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from db.annotations import Annotation, AnnotationStore
from db.annotations.records import AnnotationId, Rev
from db.connection import Archive
from db.person import get_person
from db.records import PersonId, PersonRecord
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.annotations import corrections
from viewer.annotations.corrections import ProposedCorrection, reason_note, with_reasons
from viewer.annotations.render import local_time
from viewer.mainwindow import MainWindow
from viewer.panes.person_detail import MAX_SECTION_ITEMS, PersonDetailPane, render_record
from viewer.settings import Settings

Click = Qt.MouseButton.LeftButton
PERSON = "p-tsikhanouski"
"""In the sample: a region, a sentence with its court, quotes."""


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, make_main_window: WindowFactory, sample_archive_path: Path
) -> MainWindow:
    """A window on the sample with its own annotation store, the first person shown."""
    settings = Settings(tmp_path / "settings.ini")
    settings.set_author("alesia")
    settings.set_annotation_store_path(tmp_path / "notes.sqlite")
    settings.sync()
    win = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: win.annotations_pane.record() is not None, timeout=WAIT_MS)
    _show(qtbot, win, PERSON)
    return win


def _store(win: MainWindow) -> AnnotationStore:
    assert win.annotations.store is not None
    return win.annotations.store


def _record(win: MainWindow) -> PersonRecord:
    rec = win.detail_pane.record()
    assert rec is not None
    return rec


def _text(win: MainWindow) -> str:
    return win.detail_pane.browser.toPlainText()


def _propose(qtbot: QtBot, win: MainWindow, field: str, value: str, reason: str = "") -> None:
    """Propose a correction of the entry chosen in the annotations pane, as a person would."""
    pane = win.annotations_pane
    qtbot.mouseClick(pane.correct_button, Click)
    dialog = pane.correction_dialog
    assert dialog is not None
    dialog.field_chooser.setCurrentIndex(dialog.field_chooser.findData(field))
    dialog.proposed.clear()
    qtbot.keyClicks(dialog.proposed, value)
    if reason:
        dialog.reason.setPlainText(reason)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Click)
    assert not dialog.isVisible()


def _show(qtbot: QtBot, win: MainWindow, person_id: str) -> None:
    win.go_to_person(person_id)
    qtbot.waitUntil(lambda: _record(win).id == person_id, timeout=WAIT_MS)
    assert (rec := win.annotations_pane.record()) is not None
    assert rec.id == person_id
    _settle(qtbot, win)


def _settle(qtbot: QtBot, win: MainWindow) -> None:
    """Wait for the annotations pane's background load (the record follows it)."""
    qtbot.waitUntil(lambda: not win.annotations_pane.is_loading(), timeout=WAIT_MS)


def _wait_for(qtbot: QtBot, win: MainWindow, text: str, *, present: bool = True) -> str:
    """The record's text once `text` shows in it (or is gone from it)."""
    _settle(qtbot, win)
    qtbot.waitUntil(lambda: (text in _text(win)) == present, timeout=WAIT_MS)
    return _text(win)


def _corrections(win: MainWindow) -> list[Annotation]:
    store = _store(win)
    archive_id = win.annotations.archive_id
    assert archive_id is not None
    return [a for a in store.annotations(archive_id) if a.kind == "correction"]


def test_record_shows_both_values_with_who_when_why_and_follows_undo_redo(
    qtbot: QtBot, window: MainWindow
) -> None:
    rec = _record(window)
    _propose(qtbot, window, "region", "Viciebsk", "Court papers, Viasna list of 2024")
    (a,) = _corrections(window)
    assert a.reason == "Court papers, Viasna list of 2024"  # the record reads it from here
    assert [x.kind for x in _store(window).annotations(a.archive_id)] == ["correction"]
    text = _wait_for(qtbot, window, "⚑ Proposed — Region: “Viciebsk”")
    assert rec.region is not None
    assert rec.region in text  # the archive's value stays
    assert "⚑ Proposed — Region: “Viciebsk”" in text
    assert f"the archive says “{rec.region}”" in text
    assert f"proposed by alesia on {local_time(a.created_at)}" in text
    assert "Why: Court papers, Viasna list of 2024" in text
    assert text.index(rec.region) < text.index("⚑ Proposed — Region")  # below the value
    assert text.index("⚑ Proposed — Region") < text.index("Names")  # not far below it
    flag = f'{rec.region}<a class="fixmark" href="fix:1:region">'
    assert flag in render_record(rec, window.detail_pane.corrections())

    window.action_map["undo"].trigger()
    _wait_for(qtbot, window, "Proposed", present=False)
    assert window.detail_pane.corrections() == {}
    assert flag not in render_record(rec, window.detail_pane.corrections())
    window.action_map["redo"].trigger()
    text = _wait_for(qtbot, window, "⚑ Proposed — Region: “Viciebsk”")
    assert "Why: Court papers, Viasna list of 2024" in text


def test_markup_in_a_reason_or_value_shows_as_text(qtbot: QtBot, window: MainWindow) -> None:
    hostile = '<b>bold</b><img src="file:///etc/passwd"><a href="person:x">x</a>'
    _propose(qtbot, window, "city", "<i>Homel</i>", hostile)  # the archive has no city
    text = _wait_for(qtbot, window, "Why: <b>")
    assert f"Why: {hostile}" in text
    assert "⚑ Proposed — City: “<i>Homel</i>”" in text
    assert "the archive says (empty)" in text
    page = window.detail_pane.browser.toHtml()
    assert "<img" not in page
    assert 'href="person:x"' not in page


def test_a_sentence_correction_shows_in_the_sentence_section(
    qtbot: QtBot, window: MainWindow
) -> None:
    rec = _record(window)
    assert rec.quotes
    sentence = next(s for s in rec.sentences if s.court)
    assert sentence.court is not None
    assert window.annotations_pane.select_entry("sentence", sentence.id)
    _propose(qtbot, window, "court", "Supreme Court", "Verdict text, page 2")
    text = _wait_for(qtbot, window, "Why: Verdict")
    where = text.index("⚑ Proposed — Court: “Supreme Court”")
    assert text.index("Sentences") < text.index(sentence.court.name) < where
    assert where < text.index("Quotes")
    assert f"the archive says “{sentence.court.name}”" in text
    assert "Why: Verdict text, page 2" in text


def test_several_corrections_on_one_field_newest_first(qtbot: QtBot, window: MainWindow) -> None:
    _propose(qtbot, window, "region", "Pinsk", "first guess")
    _propose(qtbot, window, "region", "Brest", "second look")
    text = _wait_for(qtbot, window, "Why: second look")
    _wait_for(qtbot, window, "Why: first guess")
    assert text.index("“Brest”") < text.index("“Pinsk”")
    assert text.index("Why: second look") < text.index("Why: first guess")
    assert text.index("“Brest”") < text.index("Why: second look") < text.index("“Pinsk”")


def test_editing_or_deleting_a_correction_updates_the_record(
    qtbot: QtBot, window: MainWindow
) -> None:
    _propose(qtbot, window, "region", "Pinsk", "why not")
    (a,) = _corrections(window)
    window.annotations.apply(lambda s: s.edit(a.id, "Brest"))
    text = _wait_for(qtbot, window, "⚑ Proposed — Region: “Brest”")
    assert "Why: why not" in text  # the reason still found after the edit
    window.annotations.apply(lambda s: s.delete(a.id))
    _wait_for(qtbot, window, "⚑ Proposed — Region", present=False)
    window.action_map["undo"].trigger()
    _wait_for(qtbot, window, "⚑ Proposed — Region: “Brest”")


def test_an_old_correction_still_shows_its_reason_note(qtbot: QtBot, window: MainWindow) -> None:
    """Corrections proposed before they had a reason kept it in a note beside them."""
    rec = _record(window)
    ref = window.annotations.ref("person", rec.id)
    store = _store(window)
    old = store.propose_correction(ref, "region", "Pinsk", original=rec.region)
    store.add_note(ref, reason_note("region", "Pinsk", "the old way"))
    assert old.rows[0].after["reason"] is None
    newer = store.propose_correction(ref, "region", "Brest", original=rec.region, reason="own")
    store.add_note(ref, reason_note("region", "Brest", "a look-alike note"))  # not taken
    window.annotations_pane.refresh()
    text = _wait_for(qtbot, window, "Why: the old way")
    assert "Why: own" in text
    assert "look-alike" not in text
    fixes = window.detail_pane.corrections()[("person", rec.id)]
    assert [(f.annotation.id, f.reason) for f in fixes] == [
        (newer.rows[0].id, "own"),
        (old.rows[0].id, "the old way"),
    ]


def test_a_correction_of_a_field_no_longer_in_the_record_is_still_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    rec = _record(window)
    ref = window.annotations.ref("person", rec.id)
    window.annotations.apply(lambda s: s.propose_correction(ref, "shoe_size", "42", original="41"))
    text = _wait_for(qtbot, window, "⚑ Proposed — shoe size")
    assert "Other proposed corrections" in text
    assert "this field is no longer in the record" in text
    assert "⚑ Proposed — shoe size: “42”" in text
    assert "no reason given" in text


def test_marks_clear_for_another_person_and_on_lock(
    qtbot: QtBot, window: MainWindow, sample_archive: Archive
) -> None:
    first = _record(window)
    _propose(qtbot, window, "region", "Pinsk")
    _wait_for(qtbot, window, "⚑ Proposed — Region")
    other = next(
        PersonId(r[0])
        for r in sample_archive.db.execute("SELECT id FROM people")
        if r[0] != first.id
    )
    _show(qtbot, window, other)
    assert window.detail_pane.corrections() == {}
    assert "Proposed" not in _text(window)
    _show(qtbot, window, first.id)
    _wait_for(qtbot, window, "⚑ Proposed — Region: “Pinsk”")
    window.lock()
    assert window.detail_pane.corrections() == {}
    assert "Proposed" not in _text(window)


def test_flag_links_to_the_proposal_and_explains_itself(qtbot: QtBot, window: MainWindow) -> None:
    _propose(qtbot, window, "region", "Pinsk")
    _wait_for(qtbot, window, "⚑ Proposed — Region")
    pane = window.detail_pane
    assert 'href="fix:1:region"' in pane.browser.toHtml()
    assert pane._tooltip_for("fix:1:region") == (
        "A correction of Region is proposed (shown below it)"
    )
    assert "correction" in pane._tooltip_for("fix:1")  # a link without its field
    pane.browser.anchorClicked.emit(QUrl("fix:1:region"))  # scrolls, never navigates
    assert pane.record() is not None
    assert "⚑ Proposed — Region" in _text(window)


def _note(n: int, kind: str, body: str, at: str, *, field: str | None = None) -> Annotation:
    return Annotation(
        id=AnnotationId(f"a{n}"),
        archive_id="arch",
        entity_type="person",
        entity_id="p1",
        kind=kind,
        body=body,
        field=field,
        original="old",
        tag_id=None,
        created_at=at,
        created_by="alesia",
        updated_at=at,
        updated_by="alesia",
        rev=Rev(f"r{n}"),
        deleted=False,
    )


def test_reasons_pair_with_their_own_correction() -> None:
    c1 = _note(1, "correction", "Pinsk", "2024-01-01T10:00:00", field="city")
    c2 = _note(3, "correction", "Brest", "2024-01-02T10:00:00", field="city")
    n2 = _note(4, "note", reason_note("city", "Brest", "second"), "2024-01-02T10:00:01")
    late = _note(5, "note", reason_note("city", "Brest", "look-alike"), "2024-01-03T10:00:00")
    other = _note(6, "note", "Why not?", "2024-01-02T10:00:02")
    # the reason of c1 was deleted on its own: c1 must not take c2's
    found = with_reasons([late, n2, c1, other, c2])
    assert found == [ProposedCorrection(c2, "second"), ProposedCorrection(c1, "")]
    deleted = dataclasses.replace(c2, deleted=True)
    assert with_reasons([c1, deleted, n2]) == [ProposedCorrection(c1, "")]
    edited = dataclasses.replace(c2, body="Hrodna", updated_at="2024-01-05T10:00:00")
    assert with_reasons([edited, n2]) == [ProposedCorrection(edited, "second")]
    tricky = reason_note("city", "A”: B", "because")
    c3 = _note(7, "correction", "A”: B", "2024-01-04T10:00:00", field="city")
    n3 = _note(8, "note", tricky, "2024-01-04T10:00:01")
    assert with_reasons([c3, n3]) == [ProposedCorrection(c3, "because")]
    own = dataclasses.replace(c2, reason="its own")  # a reason of its own wins over any note
    assert [p.reason for p in with_reasons([c1, own, n2])] == ["its own", ""]


def test_reasons_of_many_notes_build_each_regex_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """10,000 notes beside an old correction: each regex is built once, not per note.

    How long this takes is measured in bench/bench_annotations.py.
    """
    at = "2024-01-01T10:00:00"
    notes = [_note(n, "note", f"Note {n} *about* “this”: that", at) for n in range(10_000)]
    old = _note(10_001, "correction", "Pinsk", at, field="city")
    reason = _note(10_002, "note", reason_note("city", "Pinsk", "found"), "2024-01-01T10:00:01")
    compiled: list[str] = []
    compile_ = re.compile

    def counting_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return compile_(pattern, flags)

    corrections._pattern.cache_clear()  # a pattern built by an earlier test would hide a build
    monkeypatch.setattr(re, "compile", counting_compile)
    found = with_reasons([*notes, old, reason])
    assert found == [ProposedCorrection(old, "found")]
    assert 1 <= len(compiled) <= 2, compiled  # one per template (this language, English)
    monkeypatch.undo()

    parsed: list[str] = []
    parse = corrections._parse

    def counting_parse(body: str) -> re.Match[str] | None:
        parsed.append(body)
        return parse(body)

    monkeypatch.setattr(corrections, "_parse", counting_parse)
    own = dataclasses.replace(old, reason="own")
    assert [p.reason for p in with_reasons([*notes, own, reason])] == ["own"]
    assert parsed == []  # no note is parsed at all


def test_new_marks_keep_the_scroll_and_cut_entries_still_show(
    qtbot: QtBot, sample_archive: Archive
) -> None:
    rec = get_person(sample_archive.db, PersonId(PERSON))
    assert rec is not None
    pane = PersonDetailPane()
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    pane.show()
    long = dataclasses.replace(rec, events=rec.events[:1] * (MAX_SECTION_ITEMS + 1))
    pane.show_record(long)
    bar = pane.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    assert before > 0
    at = "2024-01-01T10:00:00+00:00"
    event = dataclasses.replace(
        _note(1, "correction", "Minsk", at, field="place"),
        entity_type="event",
        entity_id=rec.events[0].id,
    )
    pane.set_corrections({("event", event.entity_id): [ProposedCorrection(event, "")]})
    assert bar.value() == before  # redrawn in place
    text = pane.browser.toPlainText()
    assert text.count("⚑ Proposed — Place: “Minsk”") == 1  # under the first copy only
    gone = dataclasses.replace(event, entity_id="ev-not-shown")
    pane.set_corrections({("event", "ev-not-shown"): [ProposedCorrection(gone, "")]})
    text = pane.browser.toPlainText()
    assert "Other proposed corrections" in text
    assert "event ev-not-shown: this entry is no longer in the record" in text
    pane.show_message("Locked")
    assert pane.corrections() == {}
