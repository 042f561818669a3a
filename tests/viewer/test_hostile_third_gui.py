"""Cases of the third hostile sweep (tests/data/hostile_third.py) through the window.

A person with thousands of rows in one list: the record pane shows a bounded
part of each list and says where the rest is (the record holds the first
db.person.SECTION_LIMIT rows of each list; every spelling of the name was laid
out, so 100,000 aliases made one table of 100,000 rows on the GUI thread).
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.data.hostile_third import bulk
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from tests.viewer.test_hostile_derived_gui import open_case
from viewer.panes.person_detail import MAX_SECTION_ITEMS

SECTION_LIMIT = 1000
"""db.person.SECTION_LIMIT (imported by name, the test would not run on the old code)."""
ROWS = SECTION_LIMIT + 500


def test_a_crowded_record_is_shown_bounded_and_says_where_the_rest_is(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    path = bulk("events", "names", rows=ROWS)(sample_archive_path, folder)
    window = make_main_window()
    assert open_case(qtbot, window, path, error_log) is None
    assert window.browse.go_to_person("p-tsikhanouski")
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == "p-tsikhanouski",
        timeout=WAIT_MS,
    )
    rec = window.detail_pane.record()
    assert rec is not None
    text = window.detail_pane.browser.toPlainText()
    assert text.count("Alias") <= MAX_SECTION_ITEMS  # every one of 1,500 spellings was laid out
    assert text.count("bulk event") <= MAX_SECTION_ITEMS
    export_note = "an export of the archive has them all"
    assert text.count(export_note) == 2, text[-2000:]  # names and events
    assert f"Events ({ROWS + 7})" in text  # the sample's 7 and the 1,500
    assert len(rec.events) == SECTION_LIMIT
    window.detail_pane.grab()
    assert not error_log
