"""Corrected fields are named in words, in the UI language, never by their code."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from db.annotations import Annotation
from db.annotations.records import AnnotationId, Rev
from db.connection import Archive
from db.person import get_person
from db.records import PersonId, PersonRecord
from viewer import translations
from viewer.annotations.correction_dialog import CorrectionDialog
from viewer.annotations.corrections import ProposedCorrection
from viewer.annotations.entries import FIELD_LABELS, field_label, record_entries
from viewer.annotations.render import AnnotationItem
from viewer.panes.person_detail import render_record

PERSON = "p-tsikhanouski"
"""In the sample: a region, a sentence with its court, quotes."""


def _records(archive: Archive) -> list[PersonRecord]:
    ids = [PersonId(r[0]) for r in archive.db.execute("SELECT id FROM people ORDER BY id")]
    found = [get_person(archive.db, pid) for pid in ids]
    return [r for r in found if r is not None]


def _correction(rec: PersonRecord, field: str, body: str) -> Annotation:
    at = "2024-05-03T10:00:00+00:00"
    return Annotation(
        id=AnnotationId("a1"),
        archive_id="arch",
        entity_type="person",
        entity_id=rec.id,
        kind="correction",
        body=body,
        field=field,
        original=rec.region,
        tag_id=None,
        created_at=at,
        created_by="alesia",
        updated_at=at,
        updated_by="alesia",
        rev=Rev("r1"),
        deleted=False,
    )


def _plain(html: str) -> str:
    browser = QTextBrowser()
    browser.setHtml(html)
    text = browser.toPlainText()
    browser.deleteLater()
    return text


def test_every_field_of_every_entry_has_a_label(sample_archive: Archive) -> None:
    entries = [e for rec in _records(sample_archive) for e in record_entries(rec)]
    kinds = {"person", "sentence", "quote", "event", "organization", "source"}  # all it makes
    assert {e.entity_type for e in entries} == kinds  # the sample has every kind
    codes = {field for e in entries for field, _value in e.fields}
    assert codes - FIELD_LABELS.keys() == set()
    assert set(FIELD_LABELS) == codes  # no label left over for a field no entry has
    for code in codes:
        assert field_label(code) == FIELD_LABELS[code]
        assert "_" not in field_label(code)
        assert field_label(code)[0].isupper() or code == "url"


def test_an_unknown_field_is_shown_as_written() -> None:
    """A field of an older archive edition, proposed against it, still reads as words."""
    assert field_label("shoe_size") == "shoe size"


def test_belarusian_names_the_corrected_field_everywhere(
    qapp: QApplication, qtbot: QtBot, sample_archive: Archive
) -> None:
    rec = get_person(sample_archive.db, PersonId(PERSON))
    assert rec is not None
    assert rec.region
    a = _correction(rec, "region", "Віцебская вобласць")
    translations.install(qapp, "be")  # the source language comes back after the test
    assert field_label("region") == "Рэгіён"

    text = _plain(render_record(rec, {("person", rec.id): (ProposedCorrection(a),)}))
    assert "⚑ Прапанавана — Рэгіён: “Віцебская вобласць”" in text
    assert "region:" not in text  # the code is not shown (the archive's own words may be English)

    item = AnnotationItem(a, record_entries(rec)[0].label)
    assert item.plain_text().startswith("Выпраўленне · ")
    assert f"Рэгіён: {rec.region} → Віцебская вобласць" in item.plain_text()
    assert "<b>Рэгіён</b>" in item.html()

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = CorrectionDialog(record_entries(rec)[0], parent)
    chooser = dialog.field_chooser
    shown = {chooser.itemData(i): chooser.itemText(i) for i in range(chooser.count())}
    assert shown["region"] == "Рэгіён"
    assert shown["status_since"] == "Статус з"
    dialog.field_chooser.setCurrentIndex(chooser.findData("region"))
    assert dialog.field() == "region"  # the store keeps the code


def test_name_match_reason_names_each_word_past_a_transliteration() -> None:
    from db.name_match import MatchLevel, NameMatch, WordMatch
    from viewer.archive_labels import name_match_reason

    match = NameMatch(
        (
            WordMatch("Siarhei", "Siarhei", MatchLevel.SPELLED),
            WordMatch("Tsikanouski", "Tsikhanouski", MatchLevel.TYPO, 1),
            WordMatch("Leanidavich", "", MatchLevel.MISSING),
        )
    )
    assert name_match_reason(match) == (
        "Tsikanouski → Tsikhanouski: a typo; Leanidavich: not among this person's names"
    )
