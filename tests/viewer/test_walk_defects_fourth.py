"""Defects from the fourth black-box walk through the window, one test each.

Each drives the real window (or the text it shows) and fails on the code before its fix.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from db.info import ENTITY_TABLES
from db.query_language import QUERY_NOTE_TEXTS, SEARCH_SYNTAX_HELP, QueryNoteKind, note
from tests.viewer.annotation_helpers import fresh_store, open_window
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_walk_defects import _settle
from tests.viewer.test_walk_defects_third import _add_tag
from viewer import translations
from viewer.dialogs.text import CONTENTS_LABELS, search_help_html, search_syntax_rows
from viewer.mainwindow import MainWindow
from viewer.query_notes import note_text

__all__ = ["fresh_store"]  # the fixture, used by name


def _install(code: str) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, code)


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    window.search_box.clear()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_box.setText(text)
    _settle(qtbot, window)


@pytest.mark.parametrize(
    ("code", "query", "english", "said"),
    [
        ("be", '"humane gesture', "quotation mark has no pair", "Двукоссе не мае пары"),
        ("ru", '"humane gesture', "quotation mark has no pair", "У кавычки нет пары"),
        ("be", "role:xyz", "is not known and was ignored", "role:xyz невядома"),
        ("ru", "year:20x", "was ignored; write", "year:20x пропущено"),
    ],
)
def test_what_a_search_repaired_is_said_in_the_interface_language(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    code: str,
    query: str,
    english: str,
    said: str,
) -> None:
    """A Belarusian window said "Unbalanced quote; searched for the words instead." (and
    "Unknown role 'xyz' was ignored …") in English, in the status bar only, where the help
    promised a note above the list."""
    _install(code)
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    _search(qtbot, window, query)
    status = window.statusBar().currentMessage()
    above_list = window.list_pane.search_label.text()
    assert english not in status
    assert said in status
    assert window.list_pane.search_label.isVisible()
    assert said in above_list
    assert english not in above_list


def test_a_search_that_found_people_keeps_its_note_above_the_list(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """The note of a repaired query that found people went with the status bar's 10 s."""
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    _search(qtbot, window, '"humane gesture')
    assert window.people_model.count() >= 1
    window.statusBar().clearMessage()  # as its time running out would
    assert "quotation mark has no pair" in window.list_pane.search_label.text()
    assert window.list_pane.search_label.isVisible()
    _search(qtbot, window, "humane")
    assert not window.list_pane.search_label.isVisible()


@pytest.mark.parametrize("code", ["be", "ru"])
def test_every_query_note_has_its_own_words(code: str) -> None:
    _install(code)
    values = {"limit": "500", "field": "role", "value": "xyz", "known": "judge", "courts": "'X'"}
    values |= {"operators": "OR", "table": "quotes", "words": "minsk"}
    for kind in QueryNoteKind:
        made = note(
            kind, **{k: v for k, v in values.items() if "{" + k + "}" in QUERY_NOTE_TEXTS[kind]}
        )
        text = note_text(made)
        assert text != made.text
        assert re.search("[а-яіў]", text), (kind, text)
        for value in dict(made.values).values():
            assert value in text, (kind, text)


def _archive_info_text(qtbot: QtBot, window: MainWindow) -> str:
    window.action_map["archive_info"].trigger()
    qtbot.waitUntil(lambda: bool(window.open_dialogs()), timeout=WAIT_MS)
    browser = window.open_dialogs()[-1].findChild(QTextBrowser)
    assert browser is not None
    return browser.toPlainText()


@pytest.mark.parametrize(
    ("code", "contents", "check"),
    [
        ("be", "Напісанні імёнаў людзей", "Праблем не знойдзена"),
        ("ru", "Места содержания", "Проблем не найдено"),
    ],
)
def test_archive_info_names_its_contents_in_the_interface_language(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    code: str,
    contents: str,
    check: str,
) -> None:
    """File ▸ Archive info listed its contents by table name ("person names", "org names",
    "event people") and said the integrity check was "ok", in English, in be/ru."""
    _install(code)
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    text = _archive_info_text(qtbot, window)
    assert contents in text
    assert check in text
    for table in ENTITY_TABLES:
        assert table.replace("_", " ") not in text
    assert "\nok" not in text


def test_every_counted_table_has_a_name() -> None:
    assert set(CONTENTS_LABELS) == set(ENTITY_TABLES)


@pytest.mark.parametrize(("code", "word"), [("be", "дакладная фраза"), ("ru", "точная фраза")])
def test_search_help_speaks_the_interface_language(code: str, word: str) -> None:
    """Help ▸ Search syntax was the English reference text in every language, and its two
    columns broke apart where the dialog wrapped the lines."""
    _install(code)
    text = search_help_html()
    assert word in text
    for english in ("the exact phrase", "either word", "all words must match", "Filters ("):
        assert english not in text
    assert "<pre" not in text  # rows of a table: a narrow dialog wraps within the column


def test_the_help_shows_the_examples_of_the_reference() -> None:
    """The viewer's table and db's English reference (docs, CLI) name the same examples."""
    words, filters = search_syntax_rows()
    for example, _what in (*words, *filters):
        assert example in SEARCH_SYNTAX_HELP


def _timeline_shows_everything(window: MainWindow) -> bool:
    view = window.timeline_pane.view()
    everything = view.count_between(0, 10**7)
    assert everything > 0
    return view.visible_count() == everything


def test_a_narrower_window_keeps_every_timeline_item_in_view(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """The timeline showed 2020–2038; made 800 px wide it showed 2025–2034, the 2020
    detentions cut off and their lanes empty, while the summary still said 2020–2038."""
    window = make_main_window(sample_archive_path)
    window.resize(1366, 768)
    _settle(qtbot, window)
    window.action_map["fit_all"].trigger()
    assert _timeline_shows_everything(window)
    window.resize(800, 600)
    _settle(qtbot, window)
    assert _timeline_shows_everything(window)
    window.resize(1920, 1080)
    _settle(qtbot, window)
    assert _timeline_shows_everything(window)


def test_a_zoomed_timeline_keeps_its_scale_when_the_window_narrows(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Only a view that held everything refits; a zoomed one keeps its days per pixel."""
    window = make_main_window(sample_archive_path)
    window.resize(1366, 768)
    _settle(qtbot, window)
    view = window.timeline_pane.view()
    view.fit_all()
    view.zoom_in()
    view.zoom_in()
    scale = view.days_per_pixel()
    window.resize(800, 600)
    _settle(qtbot, window)
    assert view.days_per_pixel() == pytest.approx(scale)


def _tab_names(qtbot: QtBot, window: MainWindow, start: QWidget, steps: int) -> list[str]:
    start.setFocus()
    names = []
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        names.append(now.objectName() if now is not None else "")
    return names


def test_tab_reaches_a_new_tag_chip_where_it_is_drawn(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    """A tag chip, drawn left of the tag box, came last in the Tab order: after the note's
    text and date, just before the Tab order started over at the search box."""
    window = open_window(make_main_window, sample_archive_path)
    _settle(qtbot, window)
    _add_tag(qtbot, window, "witness")
    _settle(qtbot, window)
    names = _tab_names(qtbot, window, window.annotations_pane.entry_chooser, 12)
    assert "TagChip" in names
    assert names.index("TagChip") < names.index("TagChooser") < names.index("NoteText")


def test_clear_filters_is_enabled_only_when_something_narrows_the_list(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Edit ▸ Clear filters and search (and its toolbar button) stayed enabled with nothing to
    clear, and did nothing, beside a greyed-out "Clear all"."""
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    action = window.action_map["clear_filters"]
    assert not action.isEnabled()
    _search(qtbot, window, "Putin")
    assert action.isEnabled()
    action.trigger()
    _settle(qtbot, window)
    assert not action.isEnabled()
    window.browse.toggle("statuses", "released")
    _settle(qtbot, window)
    assert action.isEnabled()
    assert window.facets_pane.clear_button.isEnabled()
    window.action_map["letters_mode"].trigger()
    _settle(qtbot, window)
    assert action.isEnabled()


def test_a_locked_window_offers_nothing_about_the_archive(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Locked, Edit ▸ Search (Ctrl+F), Tags…, Letters, the annotation exchange, Orphaned
    annotations, the focus keys and the timeline zoom stayed enabled: Tags… opened an empty
    dead dialog and the rest did nothing (or said "Open an archive first")."""
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    names = ("find", "tags", "letters_mode", "export_annotations", "orphans", "focus_list")
    names += ("exact_spelling", "import_annotations", "zoom_in", "fit_all")
    assert all(window.action_map[n].isEnabled() for n in names)
    window.action_map["lock"].trigger()
    qtbot.waitUntil(window.is_locked, timeout=WAIT_MS)
    assert [n for n in names if window.action_map[n].isEnabled()] == []
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_again()
    _settle(qtbot, window)
    assert all(window.action_map[n].isEnabled() for n in names)
