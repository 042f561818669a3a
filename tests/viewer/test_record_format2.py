"""The record pane's format 2 parts: recognition, custody, trial, appeals and photos.

Photos are decoded on the task runner's PHOTO lane (never the GUI thread)
after the record is shown; an image that cannot be shown gets a note that
says why, however it is broken.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.connection import Archive, open_archive
from db.person import get_person
from db.records import PersonId, PersonRecord
from tests.data.format_v2 import image_bytes
from tests.db.test_attachments import BOMB, NOT_A_PNG, _plant
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer import translations
from viewer.mainwindow import MainWindow
from viewer.panes.person_detail import PersonDetailPane, render_record
from viewer.photos import PHOTO_URL, Photo
from viewer.settings import Settings


def _record(path: Path, person_id: str) -> PersonRecord:
    with open_archive(path) as archive:
        rec = get_person(archive.db, PersonId(person_id))
    assert rec is not None
    return rec


def _shown_text(qtbot: QtBot, rec: PersonRecord) -> str:
    pane = PersonDetailPane()
    qtbot.addWidget(pane)
    pane.show_record(rec)
    return pane.browser.toPlainText()


def test_tsikhanouski_shows_his_recognition_and_where_he_was_held(
    qtbot: QtBot, sample_archive: Archive
) -> None:
    rec = get_person(sample_archive.db, PersonId("p-tsikhanouski"))
    assert rec is not None
    text = _shown_text(qtbot, rec)
    assert "Former political prisoner" in text
    assert "Custody and transfers" in text
    assert "Prison holding Siarhei Tsikhanouski" in text
    assert "held incommunicado: letters are not delivered" in text
    assert "Held in:" not in text  # released: the prison is history, not where he is


def test_kalesnikava_is_held_where_the_sources_do_not_say(
    qtbot: QtBot, sample_archive: Archive
) -> None:
    rec = get_person(sample_archive.db, PersonId("p-kalesnikava"))
    assert rec is not None
    assert rec.held_in is not None
    text = _shown_text(qtbot, rec)
    assert "Held in: a place the sources do not name (since 2020)" in text


def test_every_format_2_fact_of_a_record_is_shown(qtbot: QtBot, v2_archive_path: Path) -> None:
    rec = _record(v2_archive_path, "p-ales")
    text = _shown_text(qtbot, rec)
    page = render_record(rec)
    assert "Political prisoner" in text
    assert "recognized by Viasna" in text
    assert "Held in: Penal Colony No. 3, Vitsba (since June 2022)" in text
    assert "Penal colony" in text  # the facility's kind
    assert "Pre-trial Detention Centre No. 1" in text  # the transfer history
    assert "ПК-3" in text  # the current facility's postal address
    assert "Prosecutor: Petr Prakuror" in text
    assert "Lawyer: Lidziya Advakat" in text
    assert 'href="person:p-pros"' in page
    assert 'href="person:p-law"' in page
    assert "Term counted from: 12 August 2021" in text
    assert "End of term:" in text
    assert "Appeal, 10 May 2022: term reduced (term now 30 months), Supreme Court" in text
    assert "Ales in 2020" in text
    assert "licence: CC BY 4.0" in text
    assert "Loading photo…" in text  # a placeholder until the photo is decoded


def test_the_record_speaks_belarusian(
    qtbot: QtBot, qapp: QApplication, v2_archive_path: Path
) -> None:
    translations.install(qapp, "be")  # conftest restores English afterwards
    text = _shown_text(qtbot, _record(v2_archive_path, "p-ales"))
    assert "Месца ўтрымання:" in text
    assert "Пракурор:" in text
    assert "Political prisoner" not in text


def _show(qtbot: QtBot, window: MainWindow, person_id: str) -> None:
    window.go_to_person(person_id)
    qtbot.waitUntil(lambda: (r := window.detail_pane.record()) is not None and r.id == person_id)


def _collect(window: MainWindow) -> list[Photo]:
    arrived: list[Photo] = []
    window.photos.photo_ready.connect(lambda _pid, photo: arrived.append(photo))
    return arrived


def test_photos_are_decoded_off_the_gui_thread_and_drawn_in(
    qtbot: QtBot, make_main_window: WindowFactory, v2_archive_path: Path
) -> None:
    window = make_main_window(v2_archive_path)
    arrived = _collect(window)
    _show(qtbot, window, "p-ales")
    qtbot.waitUntil(lambda: len(window.detail_pane.photo_slots()) == 2, timeout=WAIT_MS)
    assert {p.attachment_id for p in arrived} == {"ph-ales", "ph-ales-2"}
    assert all(p.image is not None for p in arrived)
    main = threading.main_thread().name
    assert {p.thread for p in arrived} == {"kartoteka-photo"}  # the PHOTO lane, not main
    assert main != "kartoteka-photo"
    document = window.detail_pane.browser.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL + "ph-ales"))
    assert image is not None
    assert "Loading photo…" not in window.detail_pane.browser.toPlainText()
    # Back and forth: the decoded photos are kept, nothing is decoded again
    first = list(arrived)
    arrived.clear()
    _show(qtbot, window, "p-pros")
    _show(qtbot, window, "p-ales")
    qtbot.waitUntil(lambda: len(window.detail_pane.photo_slots()) == 2, timeout=WAIT_MS)
    assert sorted(map(id, arrived)) == sorted(map(id, first))


@pytest.fixture
def hostile_photos(sample_archive_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hostile.db"
    shutil.copyfile(sample_archive_path, path)
    good = image_bytes("PNG", (400, 300))
    cut = good[: len(good) // 2]  # a sound header over pixels that end too soon
    _plant(
        path,
        [
            ("ph-good", "image/png", good, len(good), 400, 300),
            ("ph-text", "image/png", NOT_A_PNG, len(NOT_A_PNG), 10, 10),
            ("ph-bomb", "image/png", BOMB, len(BOMB), 10, 10),
            ("ph-cut", "image/png", cut, len(cut), 400, 300),
        ],
    )
    return path


def test_a_damaged_photo_gets_a_note_and_the_good_one_shows(
    qtbot: QtBot, make_main_window: WindowFactory, hostile_photos: Path
) -> None:
    window = make_main_window(hostile_photos)
    _show(qtbot, window, "p-kalesnikava")
    pane = window.detail_pane
    qtbot.waitUntil(lambda: {"ph-good", "ph-cut"} <= set(pane.photo_slots()), timeout=WAIT_MS)
    slots = pane.photo_slots()
    assert slots["ph-good"].image is not None
    image = slots["ph-good"].image
    assert (image.width(), image.height()) == (220, 165)  # scaled into the photo box
    assert slots["ph-cut"].image is None
    text = pane.browser.toPlainText()
    assert "Cannot display this photo: the file is not a JPEG, PNG, GIF or WebP image." in text
    assert "decompression bomb" in text
    assert "Cannot display this photo: the image is damaged and cannot be decoded." in text
    assert "Loading photo…" not in text


def test_a_note_can_go_on_the_facility_where_someone_was_held(
    qtbot: QtBot, tmp_path: Path, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Facilities are organizations, an entry type the annotation store already has."""
    settings = Settings(tmp_path / "settings.ini")
    settings.set_author("alesia")
    settings.set_annotation_store_path(tmp_path / "notes.sqlite")
    settings.sync()
    window = make_main_window(sample_archive_path)
    _show(qtbot, window, "p-tsikhanouski")
    pane = window.annotations_pane
    qtbot.waitUntil(lambda: (r := pane.record()) is not None and r.id == "p-tsikhanouski")
    keys = [(e.entity_type, e.entity_id) for e in pane.entries()]
    row = keys.index(("organization", "org-prison-tsikhanouski"))
    assert pane.entries()[row].label == "Facility: Prison holding Siarhei Tsikhanouski"
    pane.entry_chooser.setCurrentIndex(row)
    qtbot.keyClicks(pane.editor.text, "Letters returned unopened.")
    pane.editor.save()
    (item,) = pane.model.items()
    assert (item.annotation.entity_type, item.annotation.entity_id) == keys[row]
