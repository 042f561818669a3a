"""The defect classes the third hostile kit found (tests/data/hostile_own_format.py), through db/.

Each test here failed before its fix; tests/test_cli_hostile_own_format.py
runs every case of the kit through the command line as well.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from db.connection import open_archive
from db.dates import add_months
from db.errors import (
    ArchiveDamagedError,
    ArchiveUnreadableError,
    ErrorKind,
    OutputError,
)
from db.exporting import export_archive
from db.importing import import_files
from db.names import TYPO_WORD_MAX
from db.sample import build_sample
from db.search import search
from db.summary import MAX_TERM_MONTHS
from tests.data.hostile_own_format import make

NEW_PERSON = {
    "format": "kartoteka-interchange",
    "version": 1,
    "people": [{"id": "p-new", "display_name": "New Person"}],
}


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "sample.db"
    build_sample(path)
    return path


@pytest.fixture
def new(tmp_path: Path) -> Path:
    path = tmp_path / "new.json"
    path.write_text(json.dumps(NEW_PERSON), encoding="utf-8")
    return path


def _case(name: str, good: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    return make(name, folder, good)


def _listing(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.iterdir()):
        if p.is_symlink():
            out[p.name] = "-> " + os.readlink(p)
        else:
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# --- export writes only what an import takes back ------------------------------------------


@pytest.mark.parametrize("name", ["value_people_id_null", "value_events_id_null"])
def test_an_entry_without_an_id_is_refused_plainly(good: Path, tmp_path: Path, name: str) -> None:
    """A NULL stable id (written around NOT NULL) made export fail with a KeyError."""
    path = _case(name, good, tmp_path)
    out = tmp_path / "out.json"
    with (
        open_archive(path, defer_checks=True) as archive,
        pytest.raises(ArchiveDamagedError) as caught,
    ):
        export_archive(archive, out)
    assert caught.value.kind is ErrorKind.DUPLICATE_IDS
    assert "no usable id" in str(caught.value)
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("value_people_status_nul", "field status"),
        ("sentence_of_nobody", "p-nobody"),
        ("quote_about_nobody", "p-nobody"),
        ("placement_nowhere", "placements"),
    ],
)
def test_export_refuses_what_no_import_takes_back(
    good: Path, tmp_path: Path, name: str, words: str
) -> None:
    """These exported a file every import then refused."""
    path = _case(name, good, tmp_path)
    out = tmp_path / "out.json"
    with (
        open_archive(path, defer_checks=True) as archive,
        pytest.raises(ArchiveDamagedError) as caught,
    ):
        export_archive(archive, out)
    assert caught.value.kind is ErrorKind.UNIMPORTABLE_EXPORT
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)
    assert caught.value.details  # every problem, behind --verbose / Details…
    assert not out.exists()


def test_a_good_archive_still_exports_and_imports_back(good: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    with open_archive(good) as archive:
        export_archive(archive, out)
    report = import_files(tmp_path / "again.db", [out])
    assert report.added["people"] == 7


# --- import into a damaged, linked or read-only archive -----------------------------------


@pytest.mark.parametrize("name", ["event_people_dangling", "person_deleted_raw"])
def test_import_blames_the_damaged_target_not_the_input(
    good: Path, tmp_path: Path, new: Path, name: str
) -> None:
    """It said "fix these problems and try again" of the archive's own damage ("row None")."""
    path = _case(name, good, tmp_path)
    before = _listing(path.parent)
    with pytest.raises(ArchiveDamagedError) as caught:
        import_files(path, [new])
    assert caught.value.kind is ErrorKind.IMPORT_TARGET_DAMAGED
    assert "None" not in str(caught.value)
    assert "None" not in " ".join(caught.value.details)
    assert _listing(path.parent) == before


def test_import_writes_through_a_link(good: Path, tmp_path: Path, new: Path) -> None:
    """It replaced the link with a new file; the linked archive never got the import."""
    link = _case("symlink", good, tmp_path)
    import_files(link, [new])
    assert link.is_symlink()
    conn = sqlite3.connect(link.resolve())
    assert conn.execute("SELECT count(*) FROM people WHERE id = 'p-new'").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("symlink_dangling", "IMPORT_TARGET_LINK"),
        ("symlink_loop", "IMPORT_TARGET_LINK"),
        ("read_only_file", "IMPORT_TARGET_READ_ONLY"),
    ],
)
def test_import_leaves_links_and_read_only_files_alone(
    good: Path, tmp_path: Path, new: Path, name: str, kind: str
) -> None:
    """A dangling or looping link was replaced by a new archive; a read-only file by a copy."""
    path = _case(name, good, tmp_path)
    before = _listing(path.parent)
    with pytest.raises(OutputError) as caught:
        import_files(path, [new])
    assert caught.value.kind is ErrorKind[kind]
    assert _listing(path.parent) == before


def test_planted_triggers_are_reported_in_one_note(good: Path, tmp_path: Path, new: Path) -> None:
    path = _case("trigger_on_every_table", good, tmp_path)
    report = import_files(path, [new])
    assert len(report.notes) == 1
    assert "Kartoteka does not make" in report.notes[0]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 8  # nothing wiped
    conn.close()


# --- reading -------------------------------------------------------------------------------


def test_a_damaged_text_index_keeps_the_name_hits(good: Path, tmp_path: Path) -> None:
    """One FTS table with a foreign config made every search fail, names included."""
    path = _case("fts_config_odd", good, tmp_path)
    with open_archive(path, defer_checks=True) as archive:
        result = search(archive, "Tsikhanouski")
    assert result.person_ids[0] == "p-tsikhanouski"
    assert result.notice is not None
    assert "search index of people is damaged" in result.notice


def test_a_header_not_in_utf8_is_refused_by_the_header_check(good: Path, tmp_path: Path) -> None:
    """It reached SQLite, whose message quoted the schema read as UTF-16 (CJK garbage)."""
    path = _case("header_utf16", good, tmp_path)
    with pytest.raises(ArchiveDamagedError) as caught:
        open_archive(path)
    assert caught.value.kind is ErrorKind.HEADER_ENCODING


@pytest.mark.parametrize("name", ["journal_is_folder", "wal_is_folder"])
def test_a_folder_named_like_a_sidecar(good: Path, tmp_path: Path, name: str) -> None:
    """-journal as a folder read as "the archive is damaged (disk I/O error)"."""
    path = _case(name, good, tmp_path)
    with pytest.raises(ArchiveUnreadableError) as caught:
        open_archive(path)
    assert caught.value.kind is ErrorKind.SIDECAR_IS_FOLDER


def test_a_megabyte_name_word_gets_no_typo_deletions(good: Path, tmp_path: Path, new: Path) -> None:
    """Its million deletions of a million letters each took minutes (an import never ended)."""
    path = _case("value_people_display_name_megabyte", good, tmp_path)
    import_files(path, [new])
    conn = sqlite3.connect(path)
    longest = conn.execute("SELECT max(length(word)) FROM search_typos").fetchone()[0]
    conn.close()
    assert longest <= TYPO_WORD_MAX + 1


def test_a_term_past_the_calendar_is_summarized_not_fatal(
    good: Path, tmp_path: Path, new: Path
) -> None:
    """2**63 - 1 months: every import (which recomputes the summaries) failed with OverflowError."""
    path = _case("value_sentences_term_months_huge_int", good, tmp_path)
    import_files(path, [new])
    conn = sqlite3.connect(path)
    totals = [r[0] for r in conn.execute("SELECT total_term_months FROM person_summary")]
    conn.close()
    assert MAX_TERM_MONTHS in totals
    assert add_months("2020-01-31", 10**6) == "9999-12-31"
    assert add_months("2020-01-31", -(10**6)) == "0001-01-01"
    assert add_months("2020-01-31", 1) == "2020-02-29"
