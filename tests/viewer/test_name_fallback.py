"""A name shown in another spelling than the script chosen is marked, in list, record and dossier.

When the archive has no Belarusian (or Russian, or passport Latin) spelling
of a person, the viewer shows the archive's own; it must say so rather than
pass one script off as another: the list's name is italic with a tooltip and
an accessible description, the record and the dossier carry a note in words.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from db.connection import Archive, open_archive
from db.generate import generate_archive
from db.person import get_person
from db.records import NameScript, PersonId
from db.shown_names import person_names, record_in_script
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_dossier_dialog import _text
from tests.viewer.test_names_setting import _choose, _settle
from viewer.dossier import DossierOptions, write_dossier
from viewer.models.roles import Role
from viewer.name_fallback import fallback_note

NOTE_EN = "No Belarusian spelling in this archive; shown as the archive has it."


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fallback") / "people.db"
    generate_archive(path, 120)
    return path


@pytest.fixture(scope="module")
def archive(generated: Path) -> Iterator[Archive]:
    with open_archive(generated) as opened:
        yield opened


def _split(archive: Archive) -> tuple[PersonId, PersonId]:
    """A person without a Belarusian spelling, and one with."""
    ids = [PersonId(r[0]) for r in archive.db.execute("SELECT id FROM people ORDER BY pk")]
    shown = person_names(archive.db, ids, NameScript.BELARUSIAN)
    missing = next(pid for pid in ids if not shown[pid].exact)
    present = next(pid for pid in ids if shown[pid].exact)
    return missing, present


def test_record_in_script_says_which_script_was_missing(archive: Archive) -> None:
    missing, present = _split(archive)
    for pid, expected in ((missing, NameScript.BELARUSIAN), (present, None)):
        rec = get_person(archive.db, pid)
        assert rec is not None
        assert record_in_script(archive.db, rec, NameScript.BELARUSIAN).name_missing_in == expected
        assert record_in_script(archive.db, rec, NameScript.ARCHIVE).name_missing_in is None


def test_list_and_record_mark_the_fallback(
    qtbot: QtBot, make_main_window: WindowFactory, generated: Path, archive: Archive
) -> None:
    missing, present = _split(archive)
    window = make_main_window(generated)
    _choose(qtbot, window, NameScript.BELARUSIAN)
    model = window.people_model
    by_id = {model.data(model.index(r, 0), Role.PERSON_ID): r for r in range(model.rowCount())}
    marked = model.index(by_id[missing], 0)
    plain = model.index(by_id[present], 0)
    font = model.data(marked, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.italic()
    assert NOTE_EN in str(model.data(marked, Qt.ItemDataRole.ToolTipRole))
    assert NOTE_EN in str(model.data(marked, Qt.ItemDataRole.AccessibleDescriptionRole))
    assert model.data(plain, Qt.ItemDataRole.FontRole) is None
    assert NOTE_EN not in str(model.data(plain, Qt.ItemDataRole.ToolTipRole))
    # the other columns are not marked
    assert model.data(model.index(by_id[missing], 1), Qt.ItemDataRole.FontRole) is None

    window.go_to_person(missing)
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: NOTE_EN in window.detail_pane.browser.toPlainText(), timeout=WAIT_MS)
    window.go_to_person(present)
    _settle(qtbot, window)
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == present,
        timeout=WAIT_MS,
    )
    assert NOTE_EN not in window.detail_pane.browser.toPlainText()
    # "as the archive has them": nothing is a fallback, nothing is marked
    _choose(qtbot, window, NameScript.ARCHIVE)
    row = {model.data(model.index(r, 0), Role.PERSON_ID): r for r in range(model.rowCount())}
    assert model.data(model.index(row[missing], 0), Qt.ItemDataRole.FontRole) is None


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_the_dossier_says_it_in_its_language(
    qapp: object, archive: Archive, tmp_path: Path, language: str
) -> None:
    from viewer.dossier.wording import DossierWording

    missing, present = _split(archive)
    out = tmp_path / "d.pdf"
    options = DossierOptions(language=language, names=NameScript.BELARUSIAN)
    write_dossier(archive.db, [missing, present], out, options)
    wording = DossierWording(language)
    note = fallback_note(NameScript.BELARUSIAN, lambda t: wording.translate("NameFallback", t))
    assert note
    if language != "en":
        assert note != NOTE_EN  # translated
    text = _text(out)
    assert text.count(" ".join(note.split())) == 1  # the one person without, not the other
