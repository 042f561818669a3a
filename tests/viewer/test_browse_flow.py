"""Browsing through the window: chips, Undo, links outside the filters, sorts, banners, layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.records import SortKey
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.controllers.open_archive import Banner
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role

TSIKHANOUSKI = "p-tsikhanouski"


def _ids(window: MainWindow) -> list[str]:
    model = window.people_model
    return [model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())]


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.browse.settled() and window.record.settled(), timeout=WAIT_MS)


def _shown(window: MainWindow) -> str | None:
    record = window.detail_pane.record()
    return None if record is None else record.id


def _check(qtbot: QtBot, window: MainWindow, value: str) -> None:
    model = window.facets_pane.models["statuses"]
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    row = [model.data(model.index(r, 0), Role.VALUE) for r in range(model.rowCount())]
    model.setData(
        model.index(row.index(value), 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    _settle(qtbot, window)


def test_a_chip_shows_each_filter_and_removing_it_unchecks_the_facet(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    assert window.chip_bar.isHidden()
    _check(qtbot, window, "released")
    assert window.chip_bar.texts() == ["Status: Released"]
    assert _ids(window) == [TSIKHANOUSKI]
    window.chip_bar.chips()[0].click()
    _settle(qtbot, window)
    assert window.facets_pane.models["statuses"].checked() == ()
    assert len(_ids(window)) == window.people_model.total()
    assert window.chip_bar.texts() == []


def test_undo_brings_back_what_clear_all_removed(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _check(qtbot, window, "released")
    window.search_box.setText("Tsikhanouski")
    qtbot.waitUntil(lambda: window.browse.state.current_search() is not None, timeout=WAIT_MS)
    _settle(qtbot, window)
    assert window.chip_bar.texts() == ["Search: “Tsikhanouski”", "Status: Released"]
    window.chip_bar.clear_all_requested.emit()
    _settle(qtbot, window)
    assert window.search_box.text() == ""
    assert window.chip_bar.texts() == []
    assert window.chip_bar.undo_button.isVisibleTo(window)  # "Showing everybody. Undo"
    window.action_map["undo_filters"].trigger()
    _settle(qtbot, window)
    assert window.search_box.text() == "Tsikhanouski"
    assert window.chip_bar.texts() == ["Search: “Tsikhanouski”", "Status: Released"]
    assert _ids(window) == [TSIKHANOUSKI]


def test_a_link_to_someone_the_filters_leave_out_clears_them_first(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _check(qtbot, window, "released")
    assert _shown(window) == TSIKHANOUSKI
    window.detail_pane.person_link_activated.emit("p-tsikhanouskaya")  # his wife, in exile
    _settle(qtbot, window)
    assert _shown(window) == "p-tsikhanouskaya"
    assert "p-tsikhanouskaya" in _ids(window)  # never a record outside the list
    assert window.chip_bar.texts() == []
    assert "cleared" in window.statusBar().currentMessage()
    window.action_map["undo_filters"].trigger()
    _settle(qtbot, window)
    assert window.chip_bar.texts() == ["Status: Released"]
    assert _shown(window) == TSIKHANOUSKI  # she is not in that list: its first row


def test_relevance_is_a_sort_while_searching_that_can_be_left_and_returned_to(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    box = window.list_pane.sort_box
    assert box.findData(SortKey.RELEVANCE.value) == -1  # no search: no relevance
    window.search_box.setText("Ціханоўскі")
    qtbot.waitUntil(lambda: window.browse.state.current_search() is not None, timeout=WAIT_MS)
    _settle(qtbot, window)
    ranked = _ids(window)
    assert ranked[0] == TSIKHANOUSKI
    assert box.currentData() == SortKey.RELEVANCE.value
    window.list_pane.sort_chosen.emit(SortKey.NAME, False)
    _settle(qtbot, window)
    assert _ids(window) == sorted(ranked, key=lambda pid: pid != "p-tsikhanouskaya")
    assert window.people_model.has_matches()  # the Match column stays
    window.list_pane.sort_chosen.emit(SortKey.RELEVANCE, False)
    _settle(qtbot, window)
    assert _ids(window) == ranked


def test_a_banner_says_what_happened_to_the_archive_and_offers_to_reopen(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    bar = window.layout_.banner
    assert bar.isHidden()
    window.opener.show_banner(Banner("changed", "The file changed on disk.", "size and time"))
    assert bar.isVisibleTo(window)
    assert bar.action_button.text() == "Reopen"
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        bar.action_button.click()
    assert bar.isHidden()  # the reopened archive has nothing to say


def test_the_annotations_panel_is_remembered_hidden_or_shown(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    settings = tmp_path / "layout.ini"
    first = make_main_window(sample_archive_path, settings_file=settings)
    first.action_map["annotations"].trigger()
    assert not first.layout_.annotations_visible()
    first.close()
    second = make_main_window(settings_file=settings)
    assert not second.layout_.annotations_visible()
    assert not second.action_map["annotations"].isChecked()
    assert not second.layout_.record_splitter.childrenCollapsible()


def test_a_check_after_the_list_is_shown_says_how_far_it_is(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """The progress hook: a later check reports from its thread, the status bar shows it."""
    import threading

    window = make_main_window(sample_archive_path)
    # the archive's own background check ends with 1.0, and the end of the last busy request
    # hides the bar: let both finish before reporting
    qtbot.waitUntil(
        lambda: not window.opener.is_checking() and not window.tasks.is_busy(), timeout=WAIT_MS
    )
    worker = threading.Thread(target=window.opener.report_progress, args=("checking", 0.4))
    worker.start()
    worker.join()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Checking the archive… 40 %",
        timeout=WAIT_MS,
    )
    assert window.frame.progress.isVisibleTo(window)
    assert window.frame.progress.value() == 40
    window.opener.report_progress("checking", 1.0)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=WAIT_MS)


def test_a_name_nobody_has_says_no_exact_match_with_the_list_count(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.search_box.setText("Mikhail Tsikhanouski")
    qtbot.waitUntil(lambda: window.browse.state.current_search() is not None, timeout=WAIT_MS)
    _settle(qtbot, window)
    search = window.browse.state.current_search()
    assert search is not None
    assert search.similar_only
    count = window.people_model.count()
    assert count > 0
    message = window.statusBar().currentMessage()
    assert message.startswith(f"No exact match — similar names: {count}.")
    window.search_box.setText("Siarhei Tsikhanouski")
    qtbot.waitUntil(
        lambda: (window.browse.state.current_search() or search).text == "Siarhei Tsikhanouski",
        timeout=WAIT_MS,
    )
    _settle(qtbot, window)
    assert "No exact match" not in window.statusBar().currentMessage()
