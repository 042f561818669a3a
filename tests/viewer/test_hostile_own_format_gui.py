"""Every case of tests/data/hostile_own_format.py through the window.

Open, list (every cell), the first records, the timeline, three searches:
a plain message naming the file or a usable window, never an exception
(pytest-qt fails a test on one raised in a slot), and the user's folder
unchanged. The walk is tests/viewer/test_hostile_derived_gui.py's.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.sample import build_sample
from tests.data.hostile_own_format import CASES, make
from tests.viewer.conftest import ErrorLog, WindowFactory
from tests.viewer.test_hostile_derived_gui import _search, _walk_list, open_case

GUI_CASES = [
    "value_people_display_name_megabyte",
    "value_people_id_null",
    "value_people_status_nul",
    "value_events_date_earliest_bidi",
    "value_sentences_term_months_real",
    "value_sentences_term_months_huge_int",
    "person_deleted_raw",
    "people_all_deleted_raw",
    "derived_for_stranger",
    "org_parent_cycle",
    "relation_to_self",
    "duplicate_id_events",
    "meta_empty",
    "meta_languages_object",
    "fts_config_odd",
    "zero_middle_page",
    "header_utf16",
    "journal_is_folder",
    "name_escape",
    "photo_pixel_bomb",
]
"""One or two of each class (the whole kit took 9 minutes here); the CLI sweep runs all."""


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    build_sample(path)
    return path


def _listing(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.iterdir()):
        if p.is_symlink():
            out[p.name] = "-> " + os.readlink(p)
        elif p.is_dir():
            out[p.name] = "folder"
        else:
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def test_the_chosen_cases_exist() -> None:
    assert set(GUI_CASES) <= set(CASES)


@pytest.mark.parametrize("name", GUI_CASES)
def test_each_case_in_the_window(
    name: str,
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    path = make(name, folder, sample)
    before = _listing(folder)
    window = make_main_window()
    refused = open_case(qtbot, window, path, error_log)
    if refused is not None:  # one plain message naming the file
        assert "\n" not in refused.split(". ")[0]
    else:
        _walk_list(qtbot, window, 3)
        for text in ("Tsikhanouski", "Ціханоўскі", "court"):
            _search(qtbot, window, text)
        assert all("Traceback" not in text for _title, text in error_log), error_log
    window.shutdown()
    assert _listing(folder) == before  # nothing written beside the file, the file unchanged
