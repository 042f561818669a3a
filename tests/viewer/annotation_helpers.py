"""Helpers for the annotation GUI tests: a fresh per-user store, entries of the sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.annotations import AnnotationStore
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own per-user annotation store (KARTOTEKA_DATA_DIR)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("KARTOTEKA_DATA_DIR", str(folder))
    return folder / "annotations.sqlite"


def open_window(make_main_window: WindowFactory, archive: Path) -> MainWindow:
    window = make_main_window(archive)
    assert window.annotations.is_ready()
    return window


def store_of(window: MainWindow) -> AnnotationStore:
    store = window.annotations.store
    assert store is not None
    return store


def listed_ids(window: MainWindow) -> list[str]:
    model = window.people_model
    return [model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())]


def facet_row(window: MainWindow, tag_id: str) -> int:
    model = window.facets_pane.tag_model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), Role.VALUE) == tag_id:
            return row
    return -1


def wait_tag_count(qtbot: QtBot, window: MainWindow, tag_id: str, count: int) -> None:
    model = window.facets_pane.tag_model

    def ready() -> bool:
        row = facet_row(window, tag_id)
        return row >= 0 and model.data(model.index(row, 0), Role.COUNT) == count

    qtbot.waitUntil(ready, timeout=WAIT_MS)
