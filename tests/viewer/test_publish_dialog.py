"""File ▸ Make a publishable copy…: the dialog's rules, preview, copy, Cancel and errors."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot

from db.connection import open_archive
from db.exporting import read_documents
from db.publish import load_rules, parse_rules, preview
from db.publish.copy import self_check
from db.publish.redact import redact
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.dialogs.publish import PublishDialog
from viewer.mainwindow import MainWindow
from viewer.tasks import Lane

KALESNIKAVA = "p-kalesnikava"


def _dialog(qtbot: QtBot, window: MainWindow) -> PublishDialog:
    window.action_map["publish"].trigger()
    dialog = window.edition_dialogs.publish_dialog
    assert dialog is not None
    ready = lambda: dialog.choices is not None and dialog.preview is not None  # noqa: E731
    qtbot.waitUntil(ready, timeout=WAIT_MS)
    return dialog


def _preview_now(qtbot: QtBot, dialog: PublishDialog) -> None:
    dialog.preview = None
    dialog.update_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)


def _choose(dialog: PublishDialog) -> None:
    """Drop Kalesnikava by id, her biography and birth day, and Euronews' sources."""
    dialog.ids_edit.setText(KALESNIKAVA)
    for name, action in (("people.biography", "drop"), ("people.birth", "year")):
        combo = dialog.findChild(QComboBox, f"PublishField:{name}")
        assert combo is not None
        combo.setCurrentIndex(combo.findData(action))
    dialog._publisher_boxes["org-euronews"].setChecked(True)


def test_the_preview_counts_what_the_rules_drop_as_db_does(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    assert dialog.preview is not None
    assert dialog.preview.people_dropped == 0
    assert dialog.annotations_box.isChecked()
    assert not dialog.annotations_box.isEnabled()
    _choose(dialog)
    _preview_now(qtbot, dialog)
    with open_archive(sample_archive_path) as archive:
        expected = preview(archive, dialog.rules())
    assert dialog.preview == expected
    assert dialog.preview.people_dropped == 1
    assert dialog.preview.fields_changed["people.birth"] > 0
    assert dialog.preview.dropped["sources"] > 0
    text = dialog.preview_text.toPlainText()
    assert "People left out: 1 of" in text
    assert "Kalesnikava" in text  # an example of who goes


def test_the_copy_lacks_every_redacted_value_and_reports_how_to_serve_it(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    _choose(dialog)
    out = tmp_path / "published"
    dialog.out_edit.setText(str(out))
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    rules = dialog.rules()
    with open_archive(sample_archive_path) as archive:
        docs = read_documents(archive.db)
    redacted, red = redact(docs, rules, {KALESNIKAVA})
    assert red.secrets  # something was redacted, and none of it is in any byte written
    self_check(out, red.secrets, redacted)
    archive_bytes = (out / "archive.db").read_bytes()
    assert b"Kalesnikava" not in archive_bytes
    assert "Калеснікава".encode() not in archive_bytes
    report = dialog.preview_text.toPlainText()
    assert "Self-check passed" in report
    assert f"datasette {out / 'archive.db'} -m {out / 'metadata.yml'}" in report
    assert not dialog.publish_button.isEnabled()


def test_cancel_leaves_nothing_behind(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    out = tmp_path / "cancelled"
    dialog.out_edit.setText(str(out))
    gate = threading.Event()
    window.tasks.run(
        lambda _c: gate.wait(30), key="test-gate", on_done=lambda _r: None, lane=Lane.EXPORT
    )
    assert dialog.start()  # queued behind the gate: Cancel comes first, deterministically
    assert dialog.close_button.text() == "Cancel"
    with qtbot.waitSignal(window.edition_dialogs.publisher.cancelled, timeout=WAIT_MS):
        dialog.reject()
        gate.set()
    assert dialog.isVisible()  # Cancel stops the copy; the dialog stays
    assert "Nothing was written" in dialog.step_label.text()
    assert sorted(p.name for p in tmp_path.iterdir() if "cancelled" in p.name) == []
    assert dialog.publish_button.isEnabled()


def test_a_folder_that_is_not_empty_is_refused_with_nothing_written(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    out = tmp_path / "busy"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(window.edition_dialogs.publisher.failed, timeout=WAIT_MS):
        dialog.start()
    assert "not an empty folder" in dialog.problem_label.text()
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_gets_a_clear_message(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        dialog.out_edit.setText(str(locked / "copy"))
        with qtbot.waitSignal(window.edition_dialogs.publisher.failed, timeout=WAIT_MS):
            dialog.start()
        assert "Choose a folder you can write to" in dialog.problem_label.text()
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_rules_are_saved_and_loaded_in_the_cli_format(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    _choose(dialog)
    dialog.scrub_box.setChecked(False)
    path = tmp_path / "rules.json"
    assert dialog.save_rules(path)
    assert load_rules(path) == dialog.rules()  # what `kartoteka publish --redact` reads
    saved = dialog.rules()
    dialog.close()
    again = _dialog(qtbot, window)
    assert again.rules() == parse_rules({})
    assert again.load_rules(path)
    assert again.rules() == saved
    assert again.ids_edit.text() == KALESNIKAVA
    assert again._publisher_boxes["org-euronews"].isChecked()


def test_the_current_list_becomes_a_filter_rule(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.browse.toggle("statuses", "released", True)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    dialog = _dialog(qtbot, window)
    box = dialog.findChild(QCheckBox, "PublishCurrentList")
    assert box is not None
    assert box.isEnabled()
    assert "Status: Released" in box.text()
    box.setChecked(True)
    assert dialog.rules().people_filter.statuses == ("released",)
    _preview_now(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.people_dropped == window.people_model.count() == 1


def test_lock_stops_a_running_copy_and_closes_the_dialog(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    out = tmp_path / "locked-out"
    dialog.out_edit.setText(str(out))
    gate = threading.Event()
    window.tasks.run(
        lambda _c: gate.wait(30), key="test-gate", on_done=lambda _r: None, lane=Lane.EXPORT
    )
    assert dialog.start()
    window.lock()
    gate.set()
    assert window.edition_dialogs.publish_dialog is None or not dialog.isVisible()
    assert not window.edition_dialogs.publisher.is_publishing()
    qtbot.wait(200)
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".locked-out")] == []


def test_searching_goes_on_while_a_copy_is_written(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    dialog.out_edit.setText(str(tmp_path / "meanwhile"))
    gate = threading.Event()
    window.tasks.run(
        lambda _c: gate.wait(30), key="test-gate", on_done=lambda _r: None, lane=Lane.EXPORT
    )
    assert dialog.start()  # held behind the gate: the copy is "running" all along
    window.browse.search_now("Tsikhanouski")
    qtbot.waitUntil(
        lambda: window.browse.state.current_search() is not None and window.browse.settled(),
        timeout=WAIT_MS,
    )
    assert window.edition_dialogs.publisher.is_publishing()
    gate.set()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)


@pytest.mark.parametrize(
    "typed",
    ["Марыя Калеснікава", "maryia kalesnikava", "Мария Колесникова; ", "p-kalesnikava"],
)
def test_people_are_left_out_by_the_names_users_know(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, typed: str
) -> None:
    """The field asked for internal ids ("By id:"); a name typed there was an error."""
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    dialog.ids_edit.setText(typed)
    _preview_now(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.people_dropped == 1
    assert "Kalesnikava" in dialog.preview_text.toPlainText()


def test_a_similar_name_leaves_nobody_out_and_says_so(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """A redaction never guesses: a typo is said, not matched to the nearest name."""
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    dialog.ids_edit.setText("Maria Kalesnikova")
    dialog.preview = None
    dialog.update_preview()
    qtbot.waitUntil(
        lambda: "Maria Kalesnikova" in dialog.preview_text.toPlainText(), timeout=WAIT_MS
    )
    assert dialog.preview is None
    assert "No person with the id or name" in dialog.preview_text.toPlainText()


def test_the_person_shown_is_added_with_one_button(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.record.settled(), timeout=WAIT_MS)
    record = window.detail_pane.record()
    assert record is not None
    dialog = _dialog(qtbot, window)
    assert dialog.add_shown_button.isEnabled()
    assert record.display_name in dialog.add_shown_button.toolTip()
    dialog.add_shown_button.click()
    dialog.add_shown_button.click()  # once is enough
    assert dialog.ids_edit.text() == record.id
    _preview_now(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.people_dropped == 1


def test_many_publishers_scroll_and_the_dialog_fits_a_laptop_screen(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path
) -> None:
    """With the generator's eleven publishers the dialog was 902 px tall: its buttons fell
    below a 1366x768 screen. The publishers now scroll like the fields."""
    from db.generate import generate_archive

    path = tmp_path / "many.db"
    generate_archive(path, 120)
    window = make_main_window(path)
    dialog = _dialog(qtbot, window)
    assert len(dialog._publisher_boxes) >= 8
    assert dialog.minimumSizeHint().height() <= 728 - 40
    assert dialog.sources_area.widget().isAncestorOf(next(iter(dialog._publisher_boxes.values())))


def test_the_names_field_is_not_cut_by_its_button(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    from PySide6.QtCore import QCoreApplication

    from viewer import translations

    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, "be")  # the longest words
    window = make_main_window(sample_archive_path)
    dialog = _dialog(qtbot, window)
    dialog.resize(900, 700)
    qtbot.wait(50)
    edit = dialog.ids_edit
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 12
    assert edit.width() >= needed
