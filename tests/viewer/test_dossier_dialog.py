"""File ▸ Print / Save dossier as PDF…: a real PDF is written; Cancel and errors leave none."""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from db.generate import generate_archive
from db.records import NameScript, PersonId
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.dialogs.dossier import DossierDialog
from viewer.formatting import grouped
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
    assert not dialog.save_to(out)  # said before anything starts
    assert "does not exist" in dialog.status.text()
    assert str(out.parent) in dialog.status.text()
    assert not out.parent.exists()


def test_the_selection_and_print(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtPrintSupport import QPrinter

    window = make_main_window(sample_archive_path)
    table = window.list_pane.table
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    table.selectAll()
    table.selectionModel().select(
        window.people_model.index(window.people_model.count() - 1, 0),
        QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows,
    )
    ids = window.list_pane.selected_person_ids()
    assert len(ids) == window.people_model.count() - 1
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


def _bare_dialog(
    window: MainWindow,
    *,
    person: tuple[PersonId, str] | None = None,
    selection: tuple[PersonId, ...] = (),
    listed: int = 0,
    everyone_selected: bool = False,
) -> DossierDialog:
    dialog = DossierDialog(
        window.output.dossier,
        person=person,
        selection=selection,
        query=window.people_model.query(),
        listed=listed,
        language="en",
        names=window.browse.state.names,
        has_annotations=False,
        everyone_selected=everyone_selected,
        parent=window,
    )
    return dialog


def test_no_person_shown_is_said_and_not_the_default(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    dialog = _bare_dialog(window, listed=7)
    text = dialog.person_button.text()
    assert not dialog.person_button.isEnabled()
    assert not text.rstrip().endswith(":")  # never "The person shown: " with no name
    assert "no one is shown" in text
    assert dialog.list_button.isChecked()
    assert dialog.request().query is not None
    assert dialog.save_button.isEnabled()
    many = _bare_dialog(window, selection=(PersonId("a"), PersonId("b")), listed=7)
    assert many.selection_button.isChecked()  # nobody shown, two selected: the selection
    assert many.request().ids == ("a", "b")


def test_an_empty_list_and_nobody_shown_disables_writing(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    window.browse.search_now("qqqqzzzzxxxx")
    qtbot.waitUntil(
        lambda: window.browse.settled() and window.people_model.count() == 0, timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: window.record.settled(), timeout=WAIT_MS)
    dialog = _dialog(qtbot, window)
    if window.detail_pane.record() is None:
        assert not dialog.person_button.isEnabled()
        assert not dialog.save_button.isEnabled()
        assert not dialog.print_button.isEnabled()
        assert "empty" in dialog.status.text()
    assert not dialog.list_button.isEnabled()
    assert dialog.list_button.toolTip()


def test_everyone_selected_means_the_list_and_reads_no_ids(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, monkeypatch
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    window.list_pane.table.selectAll()

    def no_ids() -> tuple[PersonId, ...]:
        raise AssertionError("the ids of a whole list are read on the worker, not here")

    monkeypatch.setattr(window.list_pane, "selected_person_ids", no_ids)
    dialog = _dialog(qtbot, window)
    assert dialog.list_button.isChecked()
    request = dialog.request()
    assert request.ids == ()
    assert request.query == window.people_model.query()


def test_a_large_dossier_asks_with_its_size_first(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    dialog = _bare_dialog(window, listed=1_000_000)
    assert dialog.list_button.isChecked()
    asked: list[int] = []
    paths: list[int] = []

    def decline(people: int) -> bool:
        asked.append(people)
        return False

    dialog.confirm_large = decline  # type: ignore[method-assign]
    dialog.ask_path = lambda: paths.append(1)  # type: ignore[method-assign,assignment,func-returns-value]
    dialog.save_button.click()
    dialog.print_button.click()
    assert asked == [1_000_000, 1_000_000]
    assert not paths  # declined: no file dialog, nothing started
    assert not window.output.dossier.busy()
    question = dialog.large_question(1_000_000)
    assert grouped(1_000_000) in question
    assert grouped(2_000_000) in question
    assert "GB" in question
    assert "pages" in question
    small = _bare_dialog(window, listed=7)
    small.confirm_large = decline  # type: ignore[method-assign]
    small.ask_path = lambda: None  # type: ignore[method-assign]
    small.save_button.click()
    assert asked == [1_000_000, 1_000_000]  # a few people: no question


def test_bad_destinations_are_said_before_starting(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.go_to_person(TSIKHANOUSKI)
    dialog = _dialog(qtbot, window)
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    assert not dialog.save_to(folder)
    assert "is a folder" in dialog.status.text()
    assert not window.output.dossier.busy()
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # (root may write anywhere)
            assert not dialog.save_to(locked / "d.pdf")
            assert "cannot be written" in dialog.status.text()
    finally:
        locked.chmod(0o700)
    huge = _bare_dialog(window, listed=1_000_000_000)
    huge.list_button.setChecked(True)
    assert not huge.save_to(tmp_path / "all.pdf")  # about 8 TB: no disk here has that
    assert "free" in huge.status.text()
    assert not (tmp_path / "all.pdf").exists()
    assert not list(tmp_path.glob(".*partial"))


def test_a_name_without_pdf_that_exists_is_not_replaced_unasked(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = make_main_window(sample_archive_path)
    window.go_to_person(TSIKHANOUSKI)
    dialog = _dialog(qtbot, window)
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"mine")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report"), "")
    )
    asked: list[Path] = []

    def refuse(path: Path) -> bool:
        asked.append(path)
        return False

    dialog.confirm_overwrite = refuse  # type: ignore[method-assign]
    assert dialog.ask_path() is None
    assert asked == [existing]
    assert existing.read_bytes() == b"mine"
    dialog.confirm_overwrite = lambda _p: True  # type: ignore[method-assign]
    assert dialog.ask_path() == existing


def _select_rows(window: MainWindow, rows: range) -> None:
    from PySide6.QtCore import QItemSelectionModel

    table = window.list_pane.table
    model, selection = table.model(), table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(model.index(row, 0), flags)


def test_several_selected_people_are_the_default_and_counted(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Selecting three people then Print offered "the person shown", one of the three."""
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    _select_rows(window, range(3))
    dialog = _dialog(qtbot, window)
    assert dialog.selection_button.isChecked()
    assert "(3)" in dialog.selection_button.text()
    assert len(dialog.request().ids) == 3


def test_everyone_selected_is_counted_not_zero(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Ctrl+A then Print said "The people selected (0)" with all seven selected."""
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    window.list_pane.table.selectAll()
    dialog = _dialog(qtbot, window)
    listed = window.people_model.count()
    assert f"({grouped(listed)})" in dialog.selection_button.text()
    assert "(0)" not in dialog.selection_button.text()
    assert dialog.list_button.isChecked()


def test_one_selected_row_says_how_to_select_several(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.browse.settled(), timeout=WAIT_MS)
    window.list_pane.select_row(1)
    dialog = _dialog(qtbot, window)
    text = dialog.selection_button.text()
    assert not dialog.selection_button.isEnabled()
    assert "(0)" not in text
    assert "(1)" not in text
    assert "two or more" in text
    assert dialog.person_button.isChecked()
