"""Recognitions, appeals and sentence bars on the timeline are worded in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.connection import open_archive
from db.records import PeopleQuery, PersonId, TimelineItem
from db.timeline import timeline_items
from viewer import translations
from viewer.panes.timeline import TimelinePane
from viewer.timeline_labels import timeline_label, worded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _items(path: Path) -> list[TimelineItem]:
    with open_archive(path) as archive:
        return timeline_items(
            archive.db,
            PeopleQuery(only_ids=(PersonId("p-ales"),)),
            start="1900-01-01",
            end="2100-01-01",
            limit=1000,
        )


def test_english_labels_are_as_db_words_them(qapp: QApplication, v2_archive_path: Path) -> None:
    items = _items(v2_archive_path)
    for item in items:
        if item.kind != "sentence":
            assert timeline_label(item) == item.label
    bar = next(i for i in items if i.kind == "sentence")
    assert bar.label == "Ales Kavalevich: 36 months prison"  # db's English, from the codes
    assert timeline_label(bar).startswith("Ales Kavalevich: prison, 3 year")  # as in the record


def test_the_timeline_pane_shows_belarusian_labels(
    qtbot: QtBot, qapp: QApplication, v2_archive_path: Path
) -> None:
    translations.install(qapp, "be")  # conftest restores English afterwards
    items = _items(v2_archive_path)
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane._on_items(("1900-01-01", "2100-01-01", items, True))  # as the worker hands them over
    shown = {i.item_id: i.label for i in pane._view._items.items}  # type: ignore[union-attr]
    appeal, recognition = shown["a-ales"], shown["rec-ales"]
    assert appeal.startswith("Ales Kavalevich: ")
    assert "тэрмін зменшаны" in appeal
    assert "(Supreme Court)" in appeal  # the court's name is the archive's
    assert "reduced" not in appeal
    assert "Political prisoner" not in recognition
    assert recognition.startswith("Ales Kavalevich: Палітвязень (")
    bar = next(label for key, label in shown.items() if key.startswith("s-"))
    assert bar.startswith("Ales Kavalevich: ")
    assert "months" not in bar
    assert "prison" not in bar.lower()
    assert shown["pl-ales-1"] == next(i.label for i in items if i.item_id == "pl-ales-1")


def test_an_unknown_code_is_shown_readable(qapp: QApplication) -> None:
    item = TimelineItem(
        kind="appeal",
        lane="trial",
        item_id="a-1",
        person_ids=(),
        earliest="2022-01-01",
        latest="2022-01-01",
        end_latest=None,
        label="X: sent to the moon",
        edtf="2022",
        who="X",
        code="sent_to_the_moon",
    )
    assert timeline_label(item) == "X: sent to the moon"
    assert worded([item])[0].label == "X: sent to the moon"
