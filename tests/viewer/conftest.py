"""Viewer test fixtures: a main-window factory with settings under tmp_path."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from db.locations import DATA_ENV
from viewer import discretion, translations
from viewer.dialogs import error as error_dialog
from viewer.mainwindow import MainWindow
from viewer.settings import Settings

WAIT_MS = 20_000
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
"""The offscreen platform warns on every top-level show(); harmless there."""
SESSION_DATA_DIR = os.environ.get(DATA_ENV)
"""The per-user store folder tests/conftest.py set for the whole run."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


ErrorLog = list[tuple[str, str]]
WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def error_log(monkeypatch: pytest.MonkeyPatch) -> ErrorLog:
    """Errors the windows would have shown, as (title, text); no modal dialog blocks."""
    shown: ErrorLog = []

    def record(_parent: object, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(error_dialog, "show_error", record)
    return shown


@pytest.fixture
def make_main_window(
    qtbot: QtBot, tmp_path: Path, error_log: ErrorLog, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WindowFactory]:
    """Build MainWindows whose QSettings live in tmp_path; all are shut down after the test.

    `make_main_window(archive_path=None, settings_file=None)` opens the archive
    (if given) and waits until its list is shown. The recent lists are wired
    as app.py wires them, so each test gets its own per-user store (unless it
    chose one), or recent searches of one test would show in the next.
    """
    windows: list[MainWindow] = []
    if os.environ.get(DATA_ENV) == SESSION_DATA_DIR:
        monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))

    def factory(
        archive_path: Path | None = None, *, settings_file: Path | None = None
    ) -> MainWindow:
        settings = Settings(settings_file or tmp_path / "settings.ini")
        window = MainWindow(settings)
        discretion.install(window)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        if archive_path is not None:
            with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
                window.open_path(archive_path)
        return window

    yield factory
    for window in windows:
        window.shutdown()


@pytest.fixture(autouse=True)
def _source_language_after_each_test() -> Iterator[None]:
    """build_window() installs the settings' (or the system's) language; tests expect English."""
    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is not None:
        translations.uninstall(app)
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """The app turns automatic gc off (viewer.gui_gc); tests collect between tests."""
    yield
    gc.collect()
