"""The summary a reader asks first: at the top of the record and as list columns."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from db.generate import generate_archive
from db.records import NameScript, SortKey
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_translations import language as language  # a fixture
from viewer.formatting import describe_date
from viewer.mainwindow import MainWindow
from viewer.models.people import column_of
from viewer.models.roles import Role

TSIKHANOUSKI = "p-tsikhanouski"
TSIKHANOUSKAYA = "p-tsikhanouskaya"
INTERNAL_ID = re.compile(r"\b(?:[spqer]|org|src)-[a-z0-9]+(?:-[a-z0-9]+)+\b")
"""What the archive's ids look like (s-tsikhanouski-2021): never in the UI."""


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.browse.settled() and window.record.settled(), timeout=WAIT_MS)


def _cell(window: MainWindow, person_id: str, key: SortKey) -> str:
    model = window.people_model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), Role.PERSON_ID) == person_id:
            return str(model.data(model.index(row, column_of(key))) or "")
    raise AssertionError(f"{person_id} not listed")


def test_total_term_column_follows_adds_to(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    assert _cell(window, TSIKHANOUSKI, SortKey.TOTAL_TERM) == "19 y 6 m"
    assert _cell(window, TSIKHANOUSKAYA, SortKey.TOTAL_TERM) == "15 y"
    assert _cell(window, TSIKHANOUSKI, SortKey.TERM) == "1 y 6 m"  # the latest alone
    model = window.people_model
    header = model.headerData(column_of(SortKey.EXPECTED_END), Qt.Orientation.Horizontal)
    assert header == "Expected end"
    assert _cell(window, TSIKHANOUSKI, SortKey.EXPECTED_END) == ""  # released: custody ended


def test_expected_end_column_says_the_date_with_its_uncertainty(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "generated.db"
    generate_archive(path, 300)
    window = make_main_window(path)
    window.browse.set_sort(SortKey.EXPECTED_END)
    _settle(qtbot, window)
    model = window.people_model
    column = column_of(SortKey.EXPECTED_END)
    seen = 0
    for row in range(min(model.rowCount(), 100)):
        person = model.person_at(row)
        assert person is not None
        summary = person.summary
        shown = model.data(model.index(row, column))
        if summary is None or summary.expected_end is None or summary.custody_end is not None:
            assert shown == ""
            continue
        seen += 1
        assert shown == describe_date(summary.expected_end)
    assert seen


def test_sorting_by_total_term_orders_by_the_case(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.browse.set_sort(SortKey.TOTAL_TERM)
    _settle(qtbot, window)
    model = window.people_model
    first = [model.data(model.index(r, 0), Role.PERSON_ID) for r in range(2)]
    assert first == [TSIKHANOUSKAYA, TSIKHANOUSKI]  # 15 y, then 19 y 6 m (not 1 y 6 m)


def test_record_shows_the_summary_without_internal_ids(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.go_to_person(TSIKHANOUSKI)
    _settle(qtbot, window)
    text = window.detail_pane.browser.toPlainText()
    assert "Total term: 19 years 6 months" in text
    assert "Served:" in text
    assert "Custody ended: 21 June 2025" in text
    assert "added to the sentence of" in text.lower()
    assert not INTERNAL_ID.search(text), INTERNAL_ID.search(text)
    window.action_map["copy_record"].trigger()
    copied = QGuiApplication.clipboard().text()
    assert "Total term: 19 years 6 months" in copied
    assert not INTERNAL_ID.search(copied)


def test_record_summary_in_belarusian_names_follow_the_language(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, language: Any
) -> None:
    language("be")
    window = make_main_window(sample_archive_path)
    window.go_to_person(TSIKHANOUSKI)
    _settle(qtbot, window)
    assert window.browse.state.names == NameScript.BELARUSIAN  # nothing chosen: the UI's
    text = window.detail_pane.browser.toPlainText()
    assert "19 гадоў 6 месяцаў" in text
    assert text.startswith("Сяргей Ціханоўскі")
    assert _cell(window, TSIKHANOUSKI, SortKey.TOTAL_TERM) == "19 г. 6 мес."


def test_no_record_of_the_sample_shows_an_internal_id(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    model = window.people_model
    for row in range(model.rowCount()):
        person_id = model.data(model.index(row, 0), Role.PERSON_ID)
        window.go_to_person(person_id)
        _settle(qtbot, window)
        shown = window.detail_pane.browser.toPlainText()
        assert not INTERNAL_ID.search(shown), (person_id, INTERNAL_ID.search(shown))
        entries = window.annotations_pane.entry_chooser
        labels = [entries.itemText(i) for i in range(entries.count())]
        assert not any(INTERNAL_ID.search(label) for label in labels), labels
        copied = window.detail_pane.record_text() or ""
        assert not INTERNAL_ID.search(copied), (person_id, INTERNAL_ID.search(copied))
