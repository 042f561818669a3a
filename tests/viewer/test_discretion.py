"""Discretion: recent searches and archives only in the annotation store, Lock, Clear history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter
from pytestqt.qtbot import QtBot

from db import locations
from db.annotations import open_store
from db.annotations.recent import recent
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer import host
from viewer.annotations.preferences_dialog import PreferencesDialog
from viewer.mainwindow import MainWindow
from viewer.settings import Settings

NAME = "Ціханоўскі"


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.clear()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.search_box.setText(text)


def _offered(window: MainWindow) -> list[str]:
    completer = window.findChild(QCompleter, "RecentSearches")
    assert completer is not None
    model = completer.model()
    assert isinstance(model, QStringListModel)
    return model.stringList()


def _stored(window: MainWindow, kind: str = "search") -> list[str]:
    store = window.annotations.store
    assert store is not None
    return recent(store, kind, 50)  # type: ignore[arg-type]


def _menu(window: MainWindow) -> list[str]:
    window.recent_menu.aboutToShow.emit()
    return [a.text() for a in window.recent_menu.actions()]


@pytest.fixture
def window(make_main_window: WindowFactory, sample_archive_path: Path) -> MainWindow:
    return make_main_window(sample_archive_path)


def test_searches_and_archives_live_in_the_store_not_the_settings_file(
    qtbot: QtBot, window: MainWindow, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    _search(qtbot, window, NAME)
    assert _stored(window) == [NAME]
    assert _stored(window, "file") == [str(sample_archive_path.absolute())]
    window.save_settings()
    ini = window.settings.path.read_text(encoding="utf-8")
    assert NAME not in ini
    assert "recent" not in ini
    again = make_main_window(settings_file=window.settings.path)  # the next start
    assert again.settings.recent_searches() == [NAME]
    assert _offered(again) == [NAME]


def test_lock_forgets_the_lists_and_the_store_brings_them_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, NAME)
    assert _offered(window) == [NAME]
    window.lock()
    assert _offered(window) == []
    assert window.settings.recent_searches() == []
    assert _menu(window) == ["No recent archives"]
    with qtbot.waitSignal(window.annotation_store_opened, timeout=WAIT_MS):
        window.open_again()
    assert window.settings.recent_searches() == [NAME]
    assert _offered(window) == [NAME]


def test_clear_history_now_clears_memory_store_and_qt_dialog_history(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/history", [str(tmp_path / "secret-folder")])
    qt.sync()
    _search(qtbot, window, NAME)
    window.save_settings()
    assert window.settings.last_archive() is not None
    window.action_map["clear_history"].trigger()
    assert _offered(window) == []
    assert _stored(window) == []
    assert _stored(window, "file") == []
    assert _menu(window) == ["No recent archives"]
    assert window.settings.last_archive() is None
    assert "secret-folder" not in (tmp_path / "QtProject.conf").read_text(encoding="utf-8")


def test_remember_off_keeps_nothing_on_disk(
    qtbot: QtBot, window: MainWindow, make_main_window: WindowFactory
) -> None:
    _search(qtbot, window, "Kalesnikava")
    window.dialogs.open_preferences()
    dialog = window.dialogs.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.remember_history()
    dialog.remember_check.setChecked(False)
    dialog.accept()
    assert _stored(window) == []  # turning it off deleted what was kept
    _search(qtbot, window, NAME)
    assert window.settings.recent_searches()[0] == NAME  # this run still offers it
    assert _stored(window) == []
    window.save_settings()
    assert window.settings.last_archive() is None
    assert "last_archive" not in window.settings.path.read_text(encoding="utf-8")
    again = make_main_window(settings_file=window.settings.path)
    assert again.settings.recent_searches() == []
    assert not again.settings.remember_history()


def test_lists_of_older_versions_move_from_the_settings_file_into_the_store(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ini = tmp_path / "old.ini"
    ini.write_text(
        '[prefs]\nrecent_searches="[\\"Losik\\", \\"Ціханоўскі\\"]"\n'
        'recent_files="[\\"/media/stick/a.db\\"]"\nauthor=alesia\n',
        encoding="utf-8",
    )
    settings = Settings(ini)
    assert settings.recent_searches() == ["Losik", "Ціханоўскі"]
    assert settings.recent_files() == [Path("/media/stick/a.db")]
    text = ini.read_text(encoding="utf-8")
    assert "Losik" not in text
    assert "stick" not in text
    assert settings.author() == "alesia"
    store = open_store(tmp_path / "notes.sqlite", author="alesia")
    try:
        settings.history.attach(store)
        assert recent(store, "search", 10) == ["Losik", "Ціханоўскі"]
        assert recent(store, "file", 10) == ["/media/stick/a.db"]
    finally:
        store.close()


def test_portable_mode_does_not_remember_by_default(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(locations.PORTABLE_ENV, str(tmp_path / "kartoteka-data"))
    assert not Settings(tmp_path / "p.ini").remember_history()
    dialog = PreferencesDialog("alesia", None, remember_history=False)
    qtbot.addWidget(dialog)
    label = dialog.findChild(type(dialog.problem), "PortableFolder")
    assert label is not None
    assert "kartoteka-data" in label.text()
    monkeypatch.delenv(locations.PORTABLE_ENV)
    assert Settings(tmp_path / "n.ini").remember_history()


@pytest.fixture
def restore_qt_paths(qapp: QCoreApplication) -> Iterator[None]:
    yield
    host.apply_discretion(True)


def test_qt_dialogs_keep_no_history_when_not_remembering(
    restore_qt_paths: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home-config"))
    host.apply_discretion(False)
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not Path(qt.fileName()).is_relative_to(tmp_path / "home-config")
    assert Path(qt.fileName()).is_relative_to(locations.current().temp)
    host.apply_discretion(True)
    assert not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt.fileName()).is_relative_to(tmp_path / "home-config")
    monkeypatch.setenv(locations.PORTABLE_ENV, str(tmp_path / "kartoteka-data"))
    host.apply_discretion(True)
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt.fileName()).is_relative_to(tmp_path / "kartoteka-data")
