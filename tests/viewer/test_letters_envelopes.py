"""Envelopes in Belarusian or Russian: the other language's address is marked; the choice kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.connection import open_archive
from db.letters import iter_letters
from db.records import LettersPage
from tests.db.test_letters import _docs, archive_of
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer import translations
from viewer.letters_print import write_printable
from viewer.models.letters import COLUMNS, LettersModel
from viewer.settings import Settings

ADDRESS = next(n for n, (name, _title) in enumerate(COLUMNS) if name == "address")
WARNINGS = next(n for n, (name, _title) in enumerate(COLUMNS) if name == "warnings")


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return archive_of(tmp_path_factory.mktemp("envelopes"), _docs(14))


def _model(archive_path: Path, lang: str) -> tuple[LettersModel, dict[str, int]]:
    model = LettersModel()
    with open_archive(archive_path) as archive:
        rows = list(iter_letters(archive.db, lang=lang, month=1))
    model.set_page(None, lang, 1, LettersPage(rows=tuple(rows), next=None))
    return model, {r.person_id: n for n, r in enumerate(rows)}


def test_a_russian_address_on_a_belarusian_envelope_is_marked(
    qapp: QApplication, archive_path: Path
) -> None:
    model, row = _model(archive_path, "be")
    sizo, colony = row["p-000"], row["p-001"]  # the SIZO's address is only known in Russian
    note = "Belarusian address not in the archive; Russian shown"
    address = model.index(sizo, ADDRESS)
    assert address.data().startswith("СИЗО-1")  # the fallback is kept
    assert note in address.data(Qt.ItemDataRole.ToolTipRole)
    assert address.data(Qt.ItemDataRole.FontRole).italic()
    assert note in model.index(sizo, WARNINGS).data()
    assert model.index(sizo, 0).data(Qt.ItemDataRole.ToolTipRole).endswith(note)
    # an envelope in its own language carries no note
    assert note not in (model.index(colony, ADDRESS).data(Qt.ItemDataRole.ToolTipRole) or "")
    assert model.index(colony, ADDRESS).data(Qt.ItemDataRole.FontRole) is None
    ru, ru_row = _model(archive_path, "ru")
    assert ru.index(ru_row["p-000"], WARNINGS).data() == ""


def test_the_note_is_in_belarusian_and_on_the_printable_page(
    qapp: QApplication, archive_path: Path, tmp_path: Path
) -> None:
    translations.install(qapp, "be")  # conftest restores English afterwards
    model, row = _model(archive_path, "be")
    text = model.index(row["p-000"], WARNINGS).data()
    assert "Russian shown" not in text
    assert "рус" in text.lower()
    out = tmp_path / "letters.html"
    write_printable(model.rows(), out, "be", "Лісты")
    assert text in out.read_text(encoding="utf-8")


def test_the_envelope_language_is_kept_for_the_next_start(
    qtbot: QtBot, make_main_window: WindowFactory, archive_path: Path, tmp_path: Path
) -> None:
    settings_file = tmp_path / "kept.ini"
    window = make_main_window(archive_path, settings_file=settings_file)
    window.action_map["letters_mode"].trigger()
    qtbot.waitUntil(window.letters.settled, timeout=WAIT_MS)
    pane = window.letters_pane
    other = "be" if window.letters.language() == "ru" else "ru"
    pane.language.setCurrentIndex(pane.language.findData(other))
    pane.language.activated.emit(pane.language.currentIndex())
    qtbot.waitUntil(lambda: window.letters.model.language() == other, timeout=WAIT_MS)
    window.save_settings()
    assert Settings(settings_file).envelope_language() == other
    again = make_main_window(archive_path, settings_file=settings_file)
    assert again.letters.language() == other
    assert again.letters_pane.language.currentData() == other
