"""View ▸ Show names in: list, sort, record, timeline and Copy record follow the script chosen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from db.records import NameScript, SortKey
from db.shown_names import sort_key
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.mainwindow import MainWindow
from viewer.models.people import column_of
from viewer.models.roles import Role
from viewer.settings import Settings

TSIKHANOUSKI = "p-tsikhanouski"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.browse.settled() and window.record.settled(), timeout=WAIT_MS)


def _column(window: MainWindow, key: SortKey) -> list[str]:
    model = window.people_model
    column = column_of(key)
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def _choose(qtbot: QtBot, window: MainWindow, script: NameScript) -> None:
    window.output.names_actions[str(script)].trigger()
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: window.people_model.query().names == script, timeout=WAIT_MS)
    _settle(qtbot, window)


def test_belarusian_names_show_in_the_list_in_icu_order(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _choose(qtbot, window, NameScript.LATIN)
    latin = _column(window, SortKey.NAME)
    assert "Siarhei Tsikhanouski" in latin
    _choose(qtbot, window, NameScript.BELARUSIAN)
    names = _column(window, SortKey.NAME)
    assert "Сяргей Ціханоўскі" in names
    assert "Святлана Ціханоўская" in names
    assert all(CYRILLIC.search(n) for n in names), names
    assert names == sorted(names, key=lambda n: sort_key(n, NameScript.BELARUSIAN))
    assert names != sorted(names)  # surname first (ICU), not the code-point order of the text
    # descending really reverses the ICU order (the list sorts in SQL by the stored ranks)
    window.browse.set_sort(SortKey.NAME, True)
    _settle(qtbot, window)
    assert _column(window, SortKey.NAME) == names[::-1]


def test_the_choice_is_saved_and_restored(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _choose(qtbot, window, NameScript.RUSSIAN)
    assert Settings(tmp_path / "settings.ini").names_script() == "ru-Cyrl"
    again = make_main_window(sample_archive_path)
    _settle(qtbot, again)
    assert again.browse.state.names == NameScript.RUSSIAN
    assert again.output.names_actions["ru-Cyrl"].isChecked()
    assert "Сергей Тихановский" in _column(again, SortKey.NAME)


def test_record_timeline_and_copy_follow_the_script(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _choose(qtbot, window, NameScript.LATIN)
    window.go_to_person(TSIKHANOUSKI)
    _settle(qtbot, window)
    _choose(qtbot, window, NameScript.BELARUSIAN)
    record = window.detail_pane.record()
    assert record is not None
    assert record.display_name == "Сяргей Ціханоўскі"
    assert "Сяргей Ціханоўскі" in window.detail_pane.browser.toPlainText()
    window.action_map["copy_record"].trigger()
    assert QGuiApplication.clipboard().text().startswith("Сяргей Ціханоўскі")
    # the timeline draws his items on top: their labels begin with the Belarusian name
    view = window.timeline_pane.view()

    def labels() -> list[str]:
        drawn = view._highlight.items if view._highlight is not None else []
        return [i.label for i in drawn if i.kind == "sentence"]

    qtbot.waitUntil(lambda: any("Ціханоўскі" in x for x in labels()), timeout=WAIT_MS)
    assert not any(x.startswith("Siarhei Tsikhanouski") for x in labels())


def test_switching_names_keeps_the_person_shown(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.go_to_person(TSIKHANOUSKI)
    _settle(qtbot, window)
    for script in (NameScript.RUSSIAN, NameScript.ARCHIVE, NameScript.BELARUSIAN):
        _choose(qtbot, window, script)
        assert window.browse.state.selected == TSIKHANOUSKI
        record = window.detail_pane.record()
        assert record is not None
        assert record.id == TSIKHANOUSKI
        row = window.list_pane.table.currentIndex().row()
        model = window.people_model
        assert model.data(model.index(row, 0), Role.PERSON_ID) == TSIKHANOUSKI
        assert model.data(model.index(row, 0)) == record.display_name


def test_the_filters_name_courts_in_the_script(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _choose(qtbot, window, NameScript.BELARUSIAN)
    model = window.facets_pane.models["courts"]

    def courts() -> list[str]:
        return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: any("Гомельскі" in c for c in courts()), timeout=WAIT_MS)
    _choose(qtbot, window, NameScript.ARCHIVE)
    qtbot.waitUntil(lambda: "Homiel Regional Court" in courts(), timeout=WAIT_MS)


def test_preferences_choose_the_script_too(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    window = make_main_window(sample_archive_path)
    _choose(qtbot, window, NameScript.LATIN)
    window.action_map["preferences"].trigger()
    dialog = window.dialogs.preferences_dialog
    assert dialog is not None
    box = dialog.findChild(QComboBox, "PreferencesNames")
    assert box is not None
    assert box.currentData() == "latin"  # shows what the View menu chose
    box.setCurrentIndex(box.findData("ru-Cyrl"))
    dialog.accept()
    _settle(qtbot, window)
    qtbot.waitUntil(
        lambda: window.people_model.query().names == NameScript.RUSSIAN, timeout=WAIT_MS
    )
    assert window.output.names_actions["ru-Cyrl"].isChecked()
    assert Settings(tmp_path / "settings.ini").names_script() == "ru-Cyrl"
    _settle(qtbot, window)
    assert "Сергей Тихановский" in _column(window, SortKey.NAME)
