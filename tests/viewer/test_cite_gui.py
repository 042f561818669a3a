"""Citing from the window: Copy citation, Cite as… (text, CSL-JSON, RIS, BibTeX), Export sources."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import rispy
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from db.citations import sources_of_people
from db.people import get_rows
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer import output_parts
from viewer.dialogs.cite import CiteDialog
from viewer.mainwindow import MainWindow

TSIKHANOUSKI = "p-tsikhanouski"


def _record_window(qtbot: QtBot, make_main_window: WindowFactory, path: Path) -> MainWindow:
    window = make_main_window(path)
    window.go_to_person(TSIKHANOUSKI)
    qtbot.waitUntil(
        lambda: (
            window.browse.settled()
            and window.record.settled()
            and window.action_map["cite"].isEnabled()
        ),
        timeout=WAIT_MS,
    )
    return window


def _cite_dialog(window: MainWindow) -> CiteDialog:
    window.action_map["cite"].trigger()
    dialogs = [d for d in window.open_dialogs() if isinstance(d, CiteDialog)]
    assert len(dialogs) == 1
    return dialogs[0]


def _copy(qtbot: QtBot, window: MainWindow, dialog: CiteDialog, fmt: str) -> str:
    dialog.set_format(fmt)
    with qtbot.waitSignal(window.output.cite.copied, timeout=WAIT_MS):
        dialog.copy_button.click()
    return QGuiApplication.clipboard().text()


def test_cite_as_copies_each_format_to_the_clipboard(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = _record_window(qtbot, make_main_window, sample_archive_path)
    record = window.detail_pane.record()
    assert record is not None
    chosen = window.detail_pane.citation_to_copy()
    assert chosen is not None
    dialog = _cite_dialog(window)

    text = _copy(qtbot, window, dialog, "text")
    assert chosen.title in text
    assert "\n" not in text.strip()  # one source, one line

    csl = json.loads(_copy(qtbot, window, dialog, "csl-json"))
    assert [item["title"] for item in csl] == [chosen.title]
    assert csl[0]["type"] in ("article-newspaper", "legal_case", "webpage", "document")

    ris = rispy.loads(_copy(qtbot, window, dialog, "ris"))
    assert len(ris) == 1
    assert ris[0].get("title") or ris[0].get("primary_title")

    library = bibtexparser.parse_string(_copy(qtbot, window, dialog, "bibtex"))
    assert len(library.entries) == 1
    assert not library.failed_blocks

    dialog.all_button.setChecked(True)
    every = json.loads(_copy(qtbot, window, dialog, "csl-json"))
    assert len(every) == len(record.citations)  # each with its locator
    assert len(every) > 1
    assert "Citation copied" in window.statusBar().currentMessage()


def test_cite_as_saves_a_file_and_says_why_it_cannot(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = _record_window(qtbot, make_main_window, sample_archive_path)
    dialog = _cite_dialog(window)
    dialog.set_format("bibtex")
    dialog.all_button.setChecked(True)
    target = tmp_path / "record.bib"
    dialog.ask_path = lambda: target  # type: ignore[method-assign]
    with qtbot.waitSignal(window.output.cite.saved, timeout=WAIT_MS):
        dialog.save_button.click()
    assert len(bibtexparser.parse_string(target.read_text(encoding="utf-8")).entries) > 1
    missing = tmp_path / "no such folder" / "x.ris"
    dialog.set_format("ris")
    with qtbot.waitSignal(window.output.cite.failed, timeout=WAIT_MS):
        dialog.save_to(missing)
    assert "does not exist" in dialog.status.text()
    assert not missing.parent.exists()


def test_copy_citation_action_copies_text_in_the_ui_language(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = _record_window(qtbot, make_main_window, sample_archive_path)
    chosen = window.detail_pane.citation_to_copy()
    assert chosen is not None
    window.action_map["copy_citation"].trigger()
    assert QGuiApplication.clipboard().text().startswith(f"“{chosen.title}”")


def test_export_sources_writes_the_lists_sources(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = _record_window(qtbot, make_main_window, sample_archive_path)
    target = tmp_path / "sources.ris"
    with qtbot.waitSignal(window.output.cite.saved, timeout=WAIT_MS) as saved:
        output_parts.export_sources(window, (target, "ris"))
    entries = rispy.loads(target.read_text(encoding="utf-8"))
    assert len(entries) == saved.args[1]
    archive = window.archive()
    assert archive is not None
    listed = [p.id for p in get_rows(archive.db, range(1, 1000))]  # type: ignore[arg-type]
    assert len(entries) == len(sources_of_people(archive.db, listed))
    assert entries


def test_a_sources_cite_as_link_opens_the_dialog_on_that_source(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = _record_window(qtbot, make_main_window, sample_archive_path)
    record = window.detail_pane.record()
    assert record is not None
    last = record.citations[-1]
    assert 'href="cite-as:' in window.detail_pane.browser.toHtml()
    window.detail_pane.browser.anchorClicked.emit(QUrl(f"cite-as:{last.number}"))
    dialogs = [d for d in window.open_dialogs() if isinstance(d, CiteDialog)]
    assert len(dialogs) == 1
    assert dialogs[0].citations() == (last,)


def test_export_sources_does_not_replace_an_unchecked_file_unasked(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path, monkeypatch
) -> None:
    """ "sources" + RIS is sources.ris, a file the file dialog never asked about."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = make_main_window(None)
    existing = tmp_path / "sources.ris"
    existing.write_text("mine", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "sources"), "RIS (*.ris)"),
    )
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    assert output_parts.ask_sources_path(window) is None
    assert len(asked) == 1
    assert str(existing) in asked[0]
    assert existing.read_text(encoding="utf-8") == "mine"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert output_parts.ask_sources_path(window) == (existing, "ris")


def test_export_sources_is_written_off_the_gui_thread_and_a_folder_is_said(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch,
) -> None:
    import threading

    from viewer.controllers import cite

    window = _record_window(qtbot, make_main_window, sample_archive_path)
    threads: list[threading.Thread] = []
    real = cite.write_file

    def spy(path: Path, text: str) -> None:
        threads.append(threading.current_thread())
        real(path, text)

    monkeypatch.setattr(cite, "write_file", spy)
    with qtbot.waitSignal(window.output.cite.saved, timeout=WAIT_MS):
        output_parts.export_sources(window, (tmp_path / "s.bib", "bibtex"))
    assert threads
    assert threads[0] is not threading.main_thread()
    folder = tmp_path / "a folder.json"
    folder.mkdir()
    with qtbot.waitSignal(window.output.cite.export_failed, timeout=WAIT_MS) as failed:
        output_parts.export_sources(window, (folder, "csl-json"))
    message = str(failed.args[0])
    assert "is a folder" in message
    assert "Choose" in message
    assert not list(tmp_path.glob(".*partial"))
