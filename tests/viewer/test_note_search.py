"""The main search box also finds people through their notes and tag names."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.viewer.annotation_helpers import fresh_store, listed_ids, open_window
from tests.viewer.conftest import WAIT_MS, WindowFactory

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
