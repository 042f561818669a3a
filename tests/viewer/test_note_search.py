"""The main search box also finds people through their notes and tag names."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.annotations import StoreReader
from db.annotations.lookup import Entry, Reads
from tests.viewer.annotation_helpers import fresh_store, listed_ids, open_window
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.annotations import note_search

__all__ = ["fresh_store"]


def test_a_note_word_is_found_by_the_search_box(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    archive = window.archive()
    assert archive is not None
    sentence_id, sentenced = archive.db.execute(
        "SELECT id, person_id FROM sentences WHERE person_id != 'p-putin' LIMIT 1"
    ).fetchone()
    session.apply(lambda store: store.add_note(session.ref("person", "p-putin"), "Zyxwordique"))
    session.apply(
        lambda store: store.add_note(session.ref("sentence", sentence_id), "Appeal: Zyxwordique")
    )
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, "zyxwordi")  # a prefix, any case
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 2, timeout=WAIT_MS)
    assert sorted(listed_ids(window)) == sorted(["p-putin", sentenced])
    assert "through notes or tags" in window.statusBar().currentMessage()


def test_a_tag_name_is_found_and_archive_hits_stay(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    session.apply(lambda store: store.create_tag("Kalesnikava circle"))
    tag_id = session.store.tags()[0].id if session.store else ""
    session.apply(lambda store: store.tag_entry(session.ref("person", "p-putin"), tag_id))
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, "Kalesnikava")
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 2, timeout=WAIT_MS)
    assert sorted(listed_ids(window)) == ["p-kalesnikava", "p-putin"]


def test_notes_are_matched_on_the_worker_thread(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The GUI thread only types; the store is read through the worker's own reader."""
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    session.apply(lambda store: store.add_note(session.ref("person", "p-putin"), "Quorvantic"))
    seen: list[tuple[str, type]] = []
    original = note_search.matching_entries

    def spy(store: Reads, archive_id: str, text: str) -> set[Entry]:
        seen.append((threading.current_thread().name, type(store)))
        return original(store, archive_id, text)

    monkeypatch.setattr(note_search, "matching_entries", spy)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, "quorvant")
    qtbot.waitUntil(lambda: listed_ids(window) == ["p-putin"], timeout=WAIT_MS)
    assert seen
    assert all(name != threading.main_thread().name for name, _ in seen)
    assert {kind for _, kind in seen} == {StoreReader}
