"""An archive whose name index was built by older folding rules: the window says so, and how
to rebuild it (db.key_version), in the interface language."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db import key_version
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer import translations


def _older(sample: Path, folder: Path) -> Path:
    """The sample as a build that recorded no key version wrote it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "older archive.db"
    shutil.copyfile(sample, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("DELETE FROM meta WHERE key = ?", [key_version.META_KEY])
    conn.close()
    return target


@pytest.mark.parametrize("language", ["en", "be", "ru"])
def test_an_older_name_index_is_shown_in_the_banner(
    qtbot: QtBot, qapp: QApplication, make_main_window: WindowFactory,
    sample_archive_path: Path, tmp_path: Path, language: str,
) -> None:  # fmt: skip
    path = _older(sample_archive_path, tmp_path / language)
    translations.install(qapp, language)  # the autouse fixture puts English back
    window = make_main_window()
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(path)
    banner = window.layout_.banner.banner()
    assert banner is not None
    assert banner.kind == "notice"
    assert path.name in banner.text
    assert key_version.reindex_command(path) in banner.text  # the command, never translated
    assert ("name search may miss" in banner.text) == (language == "en")
    assert window.archive() is not None
    if os.environ.get("KARTOTEKA_SCREENSHOTS"):
        window.resize(1100, 700)
        window.grab().save(str(Path(os.environ["KARTOTEKA_SCREENSHOTS"]) / f"keys-{language}.png"))


def test_a_current_name_index_shows_no_banner(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window()
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.open_path(sample_archive_path)
    assert window.layout_.banner.banner() is None
