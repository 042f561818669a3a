"""What a demanding user meets in the dialogs that take things out of the app.

Each output dialog fits on the screen it opens on, names every control it
asks about (a label that is the control's buddy, or an accessible name), shows
no internal ids or column names, and says why a disabled button cannot work.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.dialogs.cite import CiteDialog
from viewer.mainwindow import MainWindow

INTERNAL = re.compile(
    r"\b(?:p|org|s|src|q|e)-[a-z0-9][a-z0-9-]*\b|\b[a-z]+\.[a-z_]+_id\b|\bpeople\.[a-z_]+\b"
)
"""An entry's id (p-tsikhanouski, org-euronews) or a table.column name (people.biography)."""


def _unnamed_inputs(dialog: QDialog) -> list[str]:
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in dialog.findChildren(QWidget):
        asks = isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit))
        if asks and id(widget) not in buddies and not widget.accessibleName():
            missing.append(widget.objectName() or type(widget).__name__)
    return missing


def _shown_texts(dialog: QDialog) -> list[str]:
    texts = [w.toolTip() for w in dialog.findChildren(QWidget)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel)]
    return [t for t in texts if t]


def _fits(dialog: QDialog) -> bool:
    room = dialog.screen().availableGeometry()
    return dialog.width() <= room.width() and dialog.height() <= room.height()


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.browse.settled() and window.record.settled(), timeout=WAIT_MS)


def test_the_publish_dialog_names_its_controls_shows_no_ids_and_fits(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    _settled(qtbot, window)
    window.action_map["publish"].trigger()
    dialog = window.edition_dialogs.publish_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=WAIT_MS)
    assert _unnamed_inputs(dialog) == []
    shown = [t for t in _shown_texts(dialog) if INTERNAL.search(t)]
    assert shown == []
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    assert isinstance(dialog.fields_area, QAbstractScrollArea)


def test_the_cite_dialog_says_why_save_is_off_and_asks_before_replacing(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = make_main_window(sample_archive_path)
    window.go_to_person("p-tsikhanouski")
    _settled(qtbot, window)
    window.action_map["cite"].trigger()
    dialog = next(d for d in window.open_dialogs() if isinstance(d, CiteDialog))
    assert _fits(dialog)
    assert not dialog.save_button.isEnabled()  # Text is chosen first
    assert "RIS" in dialog.save_button.toolTip()
    dialog.format_buttons["ris"].setChecked(True)
    assert dialog.save_button.isEnabled()
    assert not dialog.save_button.toolTip()
    existing = tmp_path / "mine.ris"
    existing.write_text("mine", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine"), "")
    )
    asked: list[Path] = []
    dialog.confirm_overwrite = lambda p: asked.append(p) or False  # type: ignore[method-assign]
    assert dialog.ask_path() is None
    assert asked == [existing]
    assert existing.read_text(encoding="utf-8") == "mine"
