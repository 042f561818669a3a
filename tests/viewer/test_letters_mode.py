"""The Letters list mode: people in custody, envelopes in Russian or Belarusian, exports."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.connection import Archive
from db.custody import OUT_OF_CUSTODY
from db.letters import count_recipients, letters_page
from db.person import get_person
from db.records import PersonId
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.list_modes import LETTERS, MODES, mode_of
from viewer.mainwindow import MainWindow
from viewer.models.letters import LettersModel

CYRILLIC = re.compile(r"[А-Яа-яЁёІіЎў]")


def _letters(qtbot: QtBot, window: MainWindow) -> None:
    window.action_map["letters_mode"].trigger()
    qtbot.waitUntil(
        lambda: window.layout_.list_stack.currentWidget() is window.letters_pane, timeout=WAIT_MS
    )
    qtbot.waitUntil(window.letters.settled, timeout=WAIT_MS)


def test_letters_is_a_list_mode() -> None:
    assert MODES["letters"] is LETTERS
    assert LETTERS.own_list
    assert mode_of("no-such-mode").name == "people"


def test_the_model_pages_in_and_passes_the_model_tester(
    qtmodeltester: object, v2_archive_path: Path, sample_archive: Archive
) -> None:
    model = LettersModel(page_size=1)
    db = sample_archive.db
    model.set_page(db, "ru", 1, letters_page(db, lang="ru", month=1, limit=1))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    total = count_recipients(db)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == total
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.clear()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_sample_lists_only_people_in_custody(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive: Archive,
    sample_archive_path: Path,
) -> None:
    window = make_main_window(sample_archive_path)
    _letters(qtbot, window)
    rows = window.letters.model.rows()
    assert len(rows) == count_recipients(sample_archive.db) > 0
    for row in rows:
        rec = get_person(sample_archive.db, row.person_id)
        assert rec is not None
        assert rec.status not in OUT_OF_CUSTODY, rec.id
    ids = {r.person_id for r in rows}
    assert "p-tsikhanouski" not in ids  # released
    kalesnikava = next(r for r in rows if r.person_id == "p-kalesnikava")
    assert kalesnikava.warnings == ("no_facility",)
    assert "Letters — " in window.letters_pane.title.text()


def test_envelopes_in_russian_and_belarusian(
    qtbot: QtBot, make_main_window: WindowFactory, v2_archive_path: Path
) -> None:
    window = make_main_window(v2_archive_path)
    _letters(qtbot, window)
    model = window.letters.model
    assert [r.person_id for r in model.rows()] == ["p-ales"]  # the lawyer is not in custody
    address = model.index(0, 3).data()
    assert CYRILLIC.search(address)
    assert address.startswith("ИК-3")
    assert model.index(0, 0).data() == "Алесь Ковалевич, 1990 г. р."
    assert "held incommunicado" in model.index(0, 5).data()
    pane = window.letters_pane
    pane.language.setCurrentIndex(pane.language.findData("be"))
    pane.language.activated.emit(pane.language.currentIndex())
    qtbot.waitUntil(lambda: model.language() == "be", timeout=WAIT_MS)
    assert model.index(0, 0).data() == "Алесь Кавалевіч, 1990 г. н."
    assert model.index(0, 3).data().startswith("ПК-3")


def test_a_row_shows_its_persons_record_and_the_people_list_comes_back(
    qtbot: QtBot, make_main_window: WindowFactory, v2_archive_path: Path
) -> None:
    window = make_main_window(v2_archive_path)
    _letters(qtbot, window)
    window.letters_pane.table.selectRow(0)
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == "p-ales",
        timeout=WAIT_MS,
    )
    assert window.browse.state.mode == "letters"
    window.action_map["letters_mode"].trigger()
    qtbot.waitUntil(lambda: window.layout_.list_stack.currentWidget() is window.list_pane)
    assert window.browse.state.mode == "people"
    assert window.browse.state.selected == PersonId("p-ales")  # the record stays in the list


@pytest.mark.parametrize(
    ("name", "start", "expect"),
    [
        ("letters.csv", b"\xef\xbb\xbfperson_id", "Алесь Ковалевич"),
        ("letters.html", b"<html>", "Кому:"),
        ("letters.pdf", b"%PDF", None),
    ],
)
def test_exports_write_whole_files(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    v2_archive_path: Path,
    tmp_path: Path,
    name: str,
    start: bytes,
    expect: str | None,
) -> None:
    window = make_main_window(v2_archive_path)
    _letters(qtbot, window)
    out = tmp_path / "out" / name
    out.parent.mkdir()
    kind = "csv" if name.endswith(".csv") else "printable"
    window.letters_pane.ask_path = lambda _kind: out  # type: ignore[method-assign]
    with qtbot.waitSignal(window.letters.written, timeout=WAIT_MS):
        button = (
            window.letters_pane.csv_button if kind == "csv" else window.letters_pane.print_button
        )
        button.click()
    data = out.read_bytes()
    assert data.startswith(start)
    if expect is not None:
        assert expect in data.decode("utf-8")
    if name.endswith(".csv"):
        rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
        assert [r["person_id"] for r in rows] == ["p-ales"]
    assert sorted(p.name for p in out.parent.iterdir()) == [name]  # nothing left beside it


@pytest.mark.parametrize("kind", ["csv", "printable"])
def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    v2_archive_path: Path,
    tmp_path: Path,
    error_log: ErrorLog,
    kind: str,
) -> None:
    window = make_main_window(v2_archive_path)
    _letters(qtbot, window)
    out = tmp_path / "gone" / ("letters.csv" if kind == "csv" else "letters.pdf")
    with qtbot.waitSignal(window.letters.failed, timeout=WAIT_MS):
        window.letters.export(kind, out)
    assert error_log
    _title, text = error_log[-1]
    assert "does not exist" in text
    assert str(out) in text
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize("name", ["letters.pdf", "letters.html", "letters.csv"])
def test_a_write_that_fails_halfway_leaves_no_file(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    v2_archive_path: Path,
    tmp_path: Path,
    error_log: ErrorLog,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    window = make_main_window(v2_archive_path)
    _letters(qtbot, window)
    folder = tmp_path / "out"
    folder.mkdir()

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    kind = "csv" if name.endswith(".csv") else "printable"
    with qtbot.waitSignal(window.letters.failed, timeout=WAIT_MS):
        window.letters.export(kind, folder / name)
    assert "the disk is full" in error_log[-1][1]  # the reason in the window's words (errno)
    assert list(folder.iterdir()) == []


def test_the_record_shown_is_one_of_the_letters_list(
    qtbot: QtBot, make_main_window: WindowFactory, v2_archive_path: Path
) -> None:
    window = make_main_window(v2_archive_path)
    window.go_to_person("p-law")  # not in custody: not in the letters list
    qtbot.waitUntil(lambda: (r := window.detail_pane.record()) is not None and r.id == "p-law")
    _letters(qtbot, window)
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == "p-ales",
        timeout=WAIT_MS,
    )
    assert window.letters_pane.table.currentIndex().row() == 0
