"""Settings round-trip through a real INI file under tmp_path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from db.annotations import open_store
from viewer.settings import MAX_RECENT, Settings


def test_values_survive_a_new_settings_object(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "k.ini"
    store = open_store(tmp_path / "notes.sqlite", author="alesia")  # keeps the recent lists
    first = Settings(path)
    first.history.attach(store)
    first.set_sort("birth", True)
    first.set_last_archive(tmp_path / "a.db")
    first.set_timeline_zoom({"start": 1.5, "end": 9.0})
    first.set_geometry(QByteArray(b"\x01\x02geometry"))
    for i in range(MAX_RECENT + 3):
        first.add_recent_file(tmp_path / f"{i}.db")
    first.add_recent_file(tmp_path / "3.db")
    first.sync()

    second = Settings(path)
    second.history.attach(store)
    assert second.sort() == ("birth", True)
    assert second.last_archive() == tmp_path / "a.db"
    assert second.timeline_zoom() == {"start": 1.5, "end": 9.0}
    assert second.geometry() == QByteArray(b"\x01\x02geometry")
    recent = second.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == tmp_path / "3.db"
    assert recent.count(tmp_path / "3.db") == 1
    store.close()
    assert "3.db" not in path.read_text(encoding="utf-8")  # not in the plain settings file


def test_garbage_values_fall_back_to_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "k.ini"
    path.write_text(
        "[prefs]\nsort=not json\nrecent_files=42\n[state]\ntimeline_zoom=[1,2]\n",
        encoding="utf-8",
    )
    settings = Settings(path)
    assert settings.sort() == ("name", False)
    assert settings.recent_files() == []
    assert settings.timeline_zoom() == {}
    assert settings.last_archive() is None
    assert settings.splitter_state("top") is None
