"""File ▸ Print / Save dossier as PDF…: a real PDF is written; Cancel and errors leave none."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from db.generate import generate_archive
from db.records import NameScript
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.dialogs.dossier import DossierDialog
from viewer.mainwindow import MainWindow

TSIKHANOUSKI = "p-tsikhanouski"


def _dialog(qtbot: QtBot, window: MainWindow) -> DossierDialog:
    qtbot.waitUntil(lambda: window.browse.settled() and window.record.settled(), timeout=WAIT_MS)
    window.action_map["dossier"].trigger()
    dialogs = [d for d in window.open_dialogs() if isinstance(d, DossierDialog)]
    assert len(dialogs) == 1
    return dialogs[0]


def _text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_dossier_of_the_person_shown_in_belarusian_names(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.go_to_person(TSIKHANOUSKI)
    dialog = _dialog(qtbot, window)
    assert dialog.person_button.isChecked()
    dialog.names_box.setCurrentIndex(dialog.names_box.findData(str(NameScript.BELARUSIAN)))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    out = tmp_path / "dossier.pdf"
    dialog.ask_path = lambda: out  # type: ignore[method-assign]
    with qtbot.waitSignal(window.output.dossier.finished, timeout=60_000):
        dialog.save_button.click()
    text = _text(out)
    assert "Сяргей Ціханоўскі" in text
    assert "19 лет 6 месяцев" in text  # the words in Russian, the names in Belarusian
    assert "dossier.pdf" in dialog.status.text()
    assert dialog.save_button.isEnabled()
    assert not list(tmp_path.glob(".*partial"))


def test_cancel_leaves_no_file(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "many.db"
    generate_archive(path, 300)
    window = make_main_window(path)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    out = tmp_path / "all.pdf"
    progressed: list[tuple[int, int]] = []
    controller = window.output.dossier
    controller.progressed.connect(lambda done, total: progressed.append((done, total)))
    assert dialog.save_to(out)
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: len(progressed) >= 3, timeout=60_000)
    with qtbot.waitSignal(controller.cancelled, timeout=60_000):
        dialog.cancel_button.click()
    assert not out.exists()
    assert not list(tmp_path.glob(".*partial"))
    assert "no file" in dialog.status.text()
    assert progressed[-1][1] == 2 * 300
    assert dialog.isVisible()  # Cancel stopped the work; a second Cancel closes


def test_a_folder_that_does_not_exist_is_said_in_words(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.go_to_person(TSIKHANOUSKI)
    dialog = _dialog(qtbot, window)
    out = tmp_path / "gone" / "dossier.pdf"
    with qtbot.waitSignal(window.output.dossier.failed, timeout=WAIT_MS):
        dialog.save_to(out)
    assert "does not exist" in dialog.status.text()
    assert not out.parent.exists()


def test_the_selection_and_print(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = make_main_window(sample_archive_path)
    table = window.list_pane.table
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    table.selectAll()
    ids = window.list_pane.selected_person_ids()
    assert len(ids) == window.people_model.count()
    dialog = _dialog(qtbot, window)
    assert dialog.selection_button.isEnabled()
    dialog.selection_button.setChecked(True)
    assert dialog.request().ids == ids
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter, _dialog_class: type) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    dialog.ask_printer = to_file  # type: ignore[method-assign,assignment]
    with qtbot.waitSignal(window.output.dossier.printed, timeout=60_000):
        dialog.print_button.click()
    qtbot.waitUntil(lambda: "printer" in dialog.status.text(), timeout=WAIT_MS)
    text = _text(out)
    assert "Tsikhanouski" in text
    assert "Kalesnikava" in text


def test_closing_the_dialog_cancels_the_dossier(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "some.db"
    generate_archive(path, 120)
    window = make_main_window(path)
    dialog = _dialog(qtbot, window)
    dialog.list_button.setChecked(True)
    out = tmp_path / "closed.pdf"
    controller = window.output.dossier
    with qtbot.waitSignal(controller.cancelled, timeout=60_000):
        assert dialog.save_to(out)
        dialog.reject()
    assert not controller.busy()
    assert not out.exists()
    assert not list(tmp_path.glob(".*partial"))
