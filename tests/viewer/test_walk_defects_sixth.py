"""Defects from the sixth black-box walk through the window (be, ru, en), one test each.

Each drives the real window (or the command) and fails on the code before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.info import ENTITY_TABLES
from tests.viewer.annotation_helpers import fresh_store, listed_ids, open_window
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_walk_defects import _settle
from tests.viewer.test_walk_defects_fourth import _install
from viewer import cli
from viewer.contents_words import CONTENTS_LABELS
from viewer.mainwindow import MainWindow
from viewer.ts_files import Catalog
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
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
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
