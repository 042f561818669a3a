"""Defects from the sixth black-box walk through the window (be, ru, en), one test each.

Each drives the real window (or the command) and fails on the code before its fix.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from db.findings import TEXTS as FINDING_LINES
from db.info import ENTITY_TABLES
from db.records import PersonId
from db.summary import get_summary
from tests.data.hostile_archives import make_hostile
from tests.test_cli_language import _locale
from tests.viewer.annotation_helpers import fresh_store, listed_ids, open_window
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_walk_defects import _settle
from tests.viewer.test_walk_defects_fourth import _install
from viewer import cli
from viewer.constraints import Chip
from viewer.contents_words import CONTENTS_LABELS
from viewer.error_words import FINDING_TEXTS
from viewer.mainwindow import MainWindow
from viewer.ts_files import Catalog
from viewer.widgets.chip_bar import ChipBar
from viewer.window_layout import RECORD_MIN_SHARE

__all__ = ["fresh_store"]  # the fixture, used by name

TSIKHANOUSKI = "p-tsikhanouski"


def _in_view(widget: QWidget, area: QWidget) -> bool:
    top = widget.mapTo(area, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= area.height()


def _show(qtbot: QtBot, window: MainWindow, person: str) -> None:
    window.list_pane.select_row(listed_ids(window).index(person))
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == person,
        timeout=WAIT_MS,
    )
    _settle(qtbot, window)


def _annotate(qtbot: QtBot, window: MainWindow, person: str) -> None:
    """A dated note and a proposed correction, as an archivist adds them to the record shown."""
    session = window.annotations
    ref = session.ref("person", person)
    session.apply(lambda s: s.add_note(ref, "Ask the family for the release documents."))
    session.apply(
        lambda s: s.propose_correction(
            ref, "region", "Homiel Region", original="Homiel", reason="The verdict says so."
        )
    )
    qtbot.waitUntil(lambda: window.annotations_pane.model.rowCount() == 2, timeout=WAIT_MS)
    _settle(qtbot, window)


@pytest.mark.parametrize("code", ["en", "be"])
@pytest.mark.parametrize("size", [(1024, 640), (1366, 768), (1920, 1080)])
def test_a_person_with_notes_keeps_the_record_readable(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    size: tuple[int, int],
    code: str,
) -> None:
    """With two annotations on the person the record shrank to its least, 70 px (the name
    and one line) at 1024×640 and at 1366×768, while the note editor was scrolled away
    anyway: the notes list asked for Qt's 192 px and the scroll area sized the pane by it."""
    _install(code)
    window = open_window(make_main_window, sample_archive_path)
    window.resize(*size)
    _show(qtbot, window, TSIKHANOUSKI)
    _annotate(qtbot, window, TSIKHANOUSKI)
    window.resize(size[0], size[1] - 1)  # the layout is fitted again, as on any resize
    window.resize(*size)
    _settle(qtbot, window)
    record = window.detail_pane.height()
    column = window.layout_.record_splitter.height()
    assert record >= RECORD_MIN_SHARE * column - 4, (record, column)
    if size[1] > 640:  # and the whole note editor is in view, unscrolled
        area = window.layout_.annotations_area
        editor = window.annotations_pane.editor
        for part in (editor.heading, editor.text, editor.save_button):
            assert _in_view(part, area.viewport()), part.objectName()
        assert area.verticalScrollBar().value() == 0


@pytest.mark.parametrize("code", ["en", "be", "ru"])
def test_no_blank_band_under_a_short_note_editor(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, code: str
) -> None:
    """At 1024×640 the annotations got the record's least share (234 px) though the
    two-line editor needs ~208: 26 px of blank band in them, the record 126 px."""
    _install(code)
    window = make_main_window(sample_archive_path)
    window.resize(1024, 640)
    _show(qtbot, window, TSIKHANOUSKI)
    pane = window.annotations_pane
    assert pane.editor.is_short()
    area = window.layout_.annotations_area.viewport()
    needs = pane.heightForWidth(area.width()) if pane.hasHeightForWidth() else 0
    needs = max(needs, pane.minimumSizeHint().height())
    assert area.height() <= needs + 4, (area.height(), needs)


@pytest.mark.parametrize("lang", ["be_BY.UTF-8", "ru_RU.UTF-8", "C.UTF-8"])
def test_info_names_every_count_as_archive_info_does(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sample_archive_path: Path,
    lang: str,
) -> None:
    """`kartoteka info` printed "person_names", "quote_subjects", "event_people", "citations" …
    (every table its own word list lacked) in every language, and its Check line said "ok"
    in be/ru; the window's Archive info named them all. One table now serves both."""
    _locale(monkeypatch, lang)
    assert cli.main(["info", "--check", str(sample_archive_path)]) == 0
    lines = [line.strip() for line in capsys.readouterr().out.split("\n")]
    code = lang[:2] if lang[:2] in ("be", "ru") else "en"
    catalog = Catalog.load(code)
    for table in ENTITY_TABLES:
        word = catalog.translate("ArchiveContents", CONTENTS_LABELS[table])
        assert any(line.startswith(f"{word} ") for line in lines), (table, word)
        assert not any(line.startswith(f"{table} ") for line in lines), table
    check = lines[-2]  # the last line, before the final newline
    assert check.split(":", 1)[0] == catalog.translate("CliText", "Check"), check
    assert check.endswith(" " + catalog.translate("CliText", "ok")), check
    if code != "en":
        assert not check.endswith(" ok"), check


def test_a_finding_s_english_is_db_s() -> None:
    """The window's English of each finding is the line db (and the CLI's logs) give."""
    assert FINDING_TEXTS == FINDING_LINES


@pytest.mark.parametrize(
    ("case", "english", "said"),
    [
        ("duplicate_ids", "is used by 2 entries", "маюць некалькі запісаў"),
        ("many_problems", "NULL value in people.", "пустое там, дзе патрэбна значэнне"),
    ],
)
def test_what_the_check_found_is_said_in_belarusian(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    english: str,
    said: str,
) -> None:
    """A damaged archive's banner: "Details…" showed db's English summary and every finding
    ("people: the id 'p-…' is used by 2 entries", SQLite's "NULL value in people.sort_name")
    in a Belarusian window; the first finding stood in English inside the translated
    sentence of the banner's details and of the CLI's error too."""
    folder = tmp_path / case
    folder.mkdir()
    path = make_hostile(case, folder, sample_archive_path).path
    _install("be")
    window = make_main_window(path)
    qtbot.waitUntil(lambda: not window.opener.is_checking(), timeout=WAIT_MS)
    banner = window.layout_.banner.banner()
    assert banner is not None
    assert banner.kind == "damaged"
    assert said in banner.details
    assert english not in banner.details
    assert "the archive is damaged" not in banner.details
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.dialogs, "show_text", lambda *text: shown.append(text))
    window.layout_.banner.details_button.click()
    [(_title, html)] = shown
    assert said in html


def test_info_check_says_the_findings_in_russian(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sample_archive_path: Path,
    tmp_path: Path,
) -> None:
    """`kartoteka info --check --verbose` under LANG=ru: the sentence was Russian, the
    problem inside it and the details below it English."""
    path = make_hostile("duplicate_ids", tmp_path, sample_archive_path).path
    _locale(monkeypatch, "ru_RU.UTF-8")
    assert cli.main(["info", "--check", "--verbose", str(path)]) != 0
    err = capsys.readouterr().err
    assert "носят несколько записей" in err
    assert "is used by" not in err


def test_a_replaced_chip_is_not_drawn_under_the_new_one(qtbot: QtBot) -> None:
    """A new search's chip was drawn over the old one ("Поиск: «"Ivan Petrov"»" with
    "…у -минск»" showing behind it): the replaced buttons stayed shown, and in the focus
    chain, until their deferred deletion (a grab of the window, or a dialog's loop, saw them)."""
    bar = ChipBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_chips([Chip(key="search", text="Search: “status:in_custody -minsk”")],
                   can_undo=False, cleared=False)  # fmt: skip
    old = bar.chips()
    bar.show_chips([Chip(key="search", text="Search: “Ivan Petrov”")], can_undo=True,
                   cleared=False)  # fmt: skip
    shown = [b for b in bar.findChildren(QToolButton, "Chip") if b.isVisible()]
    assert shown == bar.chips()
    assert not any(b.isVisible() for b in old)


@pytest.mark.parametrize(
    ("code", "wrong", "said"),
    [
        ("ru", "признал(а) Viasna", "признание: Viasna"),
        ("be", "прызнаў(-ла) Viasna", "прызнанне: Viasna"),
    ],
)
def test_a_recognition_says_who_recognized_the_person(
    qtbot: QtBot, make_main_window: WindowFactory, v2_archive_path: Path, code: str, wrong: str,
    said: str,
) -> None:  # fmt: skip
    """The badge read "Политзаключённый признал(а) Viasna Human Rights Centre" (and
    "прызнаў(-ла)"): the person "recognized" the organization, the other way round."""
    _install(code)
    window = make_main_window(v2_archive_path)
    _show(qtbot, window, "p-ales")
    text = window.detail_pane.browser.toPlainText()
    assert said in text
    assert wrong not in text


def test_recent_archives_of_one_name_are_told_apart(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    """File ▸ Open recent listed "1 archive.db" and "2 archive.db" for the copies from two
    USB sticks (the folder only in a tool tip menus do not show), so the user could open,
    and annotate, the other one; an "&" in a name was taken as a shortcut mark and vanished."""
    paths = [tmp_path / "stick-a" / "archive.db", tmp_path / "stick-b" / "archive.db"]
    paths.append(tmp_path / "Notes & sources.db")
    for path in paths:
        path.parent.mkdir(exist_ok=True)
        shutil.copy(sample_archive_path, path)
    window = make_main_window()
    for path in paths:
        with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
            window.open_path(path)
        _settle(qtbot, window)
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert len(set(texts)) == len(texts) == 3
    assert any(str(tmp_path / "stick-a") in t for t in texts)
    assert any(str(tmp_path / "stick-b") in t for t in texts)
    assert any("Notes && sources.db" in t for t in texts)  # shown as "Notes & sources.db"
    assert window.recent_menu.toolTipsVisible()


def test_the_summary_counts_the_term_an_appeal_left(
    qtbot: QtBot, make_main_window: WindowFactory, v2_archive_path: Path
) -> None:
    """The record of a person whose appeal cut the term to 30 months opened with "Total
    term: 3 years, expected end 12 August 2024", above the sentence that said "term now 30
    months" and "End of term: 12 February 2024"; the list's Total term column said 3 y too."""
    window = make_main_window(v2_archive_path)
    _show(qtbot, window, "p-ales")
    text = window.detail_pane.browser.toPlainText()
    assert "term now 30 months" in text
    assert "Total term: 2 years 6 months" in text
    assert "Expected end of term: 12 February 2024" in text
    assert "Total term: 3 years" not in text
    summary = get_summary(window.archive().db, PersonId("p-ales"))  # the list's columns
    assert summary is not None
    assert summary.total_term_months == 30


def test_a_default_layout_is_fitted_again_at_the_next_start(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    """The splitters were saved on close even when the user never moved one; restored, they
    counted as the user's own and were never fitted again: closed at 1366×768, the window
    opened at 1024×640 with the annotations' 1366 share (a blank band, the record 120 px)."""
    settings = tmp_path / "shared.ini"
    first = make_main_window(sample_archive_path, settings_file=settings)
    first.resize(1366, 768)
    _settle(qtbot, first)
    first.save_settings()
    first.shutdown()
    second = make_main_window(sample_archive_path, settings_file=settings)
    fresh = make_main_window(sample_archive_path, settings_file=tmp_path / "fresh.ini")
    for window in (second, fresh):
        window.resize(1024, 640)
        _show(qtbot, window, TSIKHANOUSKI)
    assert second.layout_.record_splitter.sizes() == fresh.layout_.record_splitter.sizes()
    assert second.layout_.main_splitter.sizes() == fresh.layout_.main_splitter.sizes()


def test_a_layout_the_user_set_is_kept(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    """A splitter the user dragged is theirs: saved and restored as they left it."""
    settings = tmp_path / "shared.ini"
    first = make_main_window(sample_archive_path, settings_file=settings)
    first.resize(1366, 768)
    _settle(qtbot, first)
    splitter = first.layout_.record_splitter
    splitter.splitterMoved.emit(100, 1)  # as a drag of its handle says
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    first.save_settings()
    first.shutdown()
    second = make_main_window(sample_archive_path, settings_file=settings)
    second.resize(1366, 768)
    _settle(qtbot, second)
    assert second.layout_.record_splitter.sizes()[1] == 300


@pytest.mark.parametrize(
    ("lang", "said", "english"),
    [
        ("be_BY.UTF-8", ("Імя: ", "скланёная форма", "Фільтры: адпавядае фільтрам"), "filter:"),
        ("ru_RU.UTF-8", ("Имя: ", "склонённая форма", "Фильтры: соответствует фильтрам"), "name:"),
    ],
)
def test_search_says_where_it_found_each_person_in_the_user_s_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sample_archive_path: Path,
    lang: str,
    said: tuple[str, str, str],
    english: str,
) -> None:
    """`kartoteka search` printed db's field codes ("name:", "organization:", "filter:"
    with nothing after it) and why a name matched ("(a declined form)") in English under
    be/ru; the window's Match column said them in the language. One table serves both."""
    _locale(monkeypatch, lang)
    assert cli.main(["search", str(sample_archive_path), "Tsikhanouski", "--limit", "2"]) == 0
    assert cli.main(["search", str(sample_archive_path), "status:released"]) == 0
    out = capsys.readouterr().out
    for words in said:
        assert words in out, words
    assert english not in out
    assert "a declined form" not in out
