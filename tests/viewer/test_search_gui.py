"""The search experience in the main window, driven through its real widgets.

Why each person matched (the Match column), the matched words marked in the
record, recent searches, the exact-spelling toggle and "Did you mean".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.annotations import open_store
from db.connection import Archive
from db.people import list_people, total_people
from db.records import PeopleQuery
from db.search import search, spelling_languages
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.dialogs.text import search_help_html
from viewer.mainwindow import MainWindow
from viewer.models.people import MATCH_COLUMN, PeopleModel, match_text
from viewer.models.roles import Role
from viewer.settings import MAX_RECENT_SEARCHES, Settings

TSIKHANOUSKI = "p-tsikhanouski"
TYPO = "Tsihanouski"
"""A typo that only spelling-variant search forgives (checked against db.search below)."""


def _ids(window: MainWindow) -> list[str]:
    model = window.people_model
    return [model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())]


def _row_of(window: MainWindow, person_id: str) -> int:
    return _ids(window).index(person_id)


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type `text` into the search box and wait until the list shows its result.

    QTest types ASCII only (it asserts on other keys), so Cyrillic is set as
    text: the box reacts to textChanged either way. Emptying the box first
    shows everybody at once; the list of the search comes after the typing.
    """
    window.search_box.clear()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        if text.isascii():
            qtbot.keyClicks(window.search_box, text)
        else:
            window.search_box.setText(text)
    qtbot.waitUntil(lambda: _shows_search(window, text), timeout=WAIT_MS)


def _shows_search(window: MainWindow, text: str) -> bool:
    shown = window.browse.shown()
    search = shown.search if shown is not None else None
    return window.browse.settled() and search is not None and search.text == text


def test_the_typo_needs_spelling_variants(sample_archive: Archive) -> None:
    assert TSIKHANOUSKI in search(sample_archive, TYPO).person_ids
    exact = search(sample_archive, TYPO, expand_variants=False)
    assert exact.person_ids == ()
    assert exact.suggestion == "Tsikhanouski"


def test_match_column_names_the_spelling_and_esc_removes_it(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    model = window.people_model
    plain_columns = model.columnCount()
    _search(qtbot, window, "Ціханоўскі")
    assert model.columnCount() == plain_columns + 1
    assert model.headerData(MATCH_COLUMN, Qt.Orientation.Horizontal) == "Match"
    assert not window.list_pane.table.isColumnHidden(MATCH_COLUMN)
    index = model.index(_row_of(window, TSIKHANOUSKI), MATCH_COLUMN)
    text = model.data(index)
    assert text.startswith("Name: ")
    assert "Ціханоўскі" in text
    assert "Belarusian (Cyrillic)" in text
    assert "<b>Ціханоўскі</b>" in model.data(index, Role.HTML)
    assert model.data(index, Role.PERSON_ID) == TSIKHANOUSKI  # any column names the row
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert model.columnCount() == plain_columns
    assert not model.has_matches()


def test_record_marks_the_matched_words_until_the_search_is_cleared(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _search(qtbot, window, "Тихановский")
    window.list_pane.select_row(_row_of(window, TSIKHANOUSKI))
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == TSIKHANOUSKI,
        timeout=WAIT_MS,
    )
    marked = window.detail_pane.browser.extraSelections()
    assert marked
    assert {s.cursor.selectedText().casefold() for s in marked} == {"тихановский"}
    # a Latin typo matched a Cyrillic spelling: that spelling is marked too
    _search(qtbot, window, TYPO)
    marked_words = {s.cursor.selectedText() for s in window.detail_pane.browser.extraSelections()}
    assert "Ціханоўскі" in marked_words
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.detail_pane.browser.extraSelections() == []
    assert window.detail_pane.highlight_terms() == ()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen popup
def test_recent_searches_are_stored_and_offered(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _search(qtbot, window, "Kalesnikava")
    _search(qtbot, window, "Ціханоўскі")
    _search(qtbot, window, "zzqqxx")  # found no one: not remembered
    assert window.settings.recent_searches()[:2] == ["Ціханоўскі", "Kalesnikava"]
    assert "zzqqxx" not in window.settings.recent_searches()
    window.search_box.clear()
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    completer = window.search_box.completer()
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    offered = [completer.completionModel().index(r, 0).data() for r in range(2)]
    assert offered == ["Ціханоўскі", "Kalesnikava"]
    popup.hide()


def test_settings_keep_recent_searches_in_order(tmp_path: Path) -> None:
    store = open_store(tmp_path / "notes.sqlite", author="alesia")
    settings = Settings(tmp_path / "s.ini")
    settings.history.attach(store)
    for text in ("Ts", "a", "b"):
        settings.add_recent_search(text)
    settings.add_recent_search("Tsikh", replaces="b")
    settings.add_recent_search("a")
    assert settings.recent_searches() == ["a", "Tsikh", "Ts"]
    for n in range(MAX_RECENT_SEARCHES + 5):
        settings.add_recent_search(f"q{n}")
    settings.add_recent_search("   ")
    assert len(settings.recent_searches()) == MAX_RECENT_SEARCHES
    again = Settings(tmp_path / "s.ini")
    again.history.attach(store)
    assert again.recent_searches()[0] == f"q{MAX_RECENT_SEARCHES + 4}"
    assert len(again.recent_searches()) == MAX_RECENT_SEARCHES
    store.close()


def test_exact_toggle_changes_results_and_the_suggestion_runs(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    exact = window.action_map["exact_spelling"]
    assert exact.isCheckable()
    assert not exact.isChecked()
    _search(qtbot, window, TYPO)
    assert TSIKHANOUSKI in _ids(window)
    assert window.list_pane.search_label.isHidden()
    with qtbot.waitSignals([window.search_finished, window.list_updated], timeout=WAIT_MS):
        exact.trigger()
    assert window.settings.exact_spelling()
    assert _ids(window) == []
    label = window.list_pane.search_label
    assert not label.isHidden()
    assert f"No one found for “{TYPO}”." in label.text()
    assert "Tsikhanouski" in label.text()
    assert "No one found" in window.statusBar().currentMessage()
    with qtbot.waitSignals([window.search_finished, window.list_updated], timeout=WAIT_MS):
        label.linkActivated.emit("suggest:Tsikhanouski")  # what a click on the link sends
    assert window.search_box.text() == "Tsikhanouski"
    assert TSIKHANOUSKI in _ids(window)
    assert label.isHidden()
    # the toggle is remembered by the next window
    window.save_settings()
    again = make_main_window(settings_file=tmp_path / "settings.ini")
    assert again.action_map["exact_spelling"].isChecked()


def test_people_model_with_the_match_column_passes_the_model_tester(
    qtmodeltester: ModelTester, sample_archive: Archive
) -> None:
    result = search(sample_archive, "Ціханоўскі")
    query = PeopleQuery(only_ids=result.person_ids)
    model = PeopleModel(page_size=2)
    db = sample_archive.db
    model.set_list(db, list_people(db, query), query, total_people(db))
    languages = spelling_languages(sample_archive, result.hits)
    model.set_matches({h.person_id: h for h in result.hits}, languages)
    qtmodeltester.check(model, force_py=True)
    assert model.columnCount() == MATCH_COLUMN + 1
    row = [model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())]
    hit = next(h for h in result.hits if h.person_id == TSIKHANOUSKI)
    cell = model.index(row.index(TSIKHANOUSKI), MATCH_COLUMN)
    assert model.data(cell) == match_text(hit, languages[TSIKHANOUSKI])
    model.set_matches(None)
    qtmodeltester.check(model, force_py=True)
    assert model.columnCount() == MATCH_COLUMN


def test_search_help_documents_the_exact_toggle() -> None:
    text = search_help_html()
    assert "Exact spelling" in text
    assert "no typos" in text
