"""Defects from the fifth black-box walk through the window (be, ru, en), one test each.

Each drives the real window and fails on the code before its fix.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.records import PersonId
from tests.viewer.annotation_helpers import fresh_store
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_walk_defects import _settle
from tests.viewer.test_walk_defects_fourth import _install, _search
from viewer.mainwindow import MainWindow

__all__ = ["fresh_store"]  # the fixture, used by name


def _in_view(widget: QWidget, area: QWidget) -> bool:
    top = widget.mapTo(area, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= area.height()


@pytest.mark.parametrize("code", ["en", "be", "ru"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (800, 600)])
def test_the_whole_note_editor_is_in_view_at_the_default_layout(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    size: tuple[int, int],
    code: str,
) -> None:
    """RECORD_SHARE 0.68 left the note box cut and its Save button below the fold at
    1366×768 and 1920×1080 (and the box one line high at 800×600)."""
    _install(code)
    window = make_main_window(sample_archive_path)
    window.resize(*size)
    for row in (1, 6):  # a short name and a long one (the heading may take two lines)
        window.list_pane.select_row(row)
        qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
        _settle(qtbot, window)
        editor = window.annotations_pane.editor
        area = window.layout_.annotations_area.viewport()
        for part in (editor.heading, editor.text, editor.date, editor.save_button):
            assert _in_view(part, area), (part.objectName(), size, code)
        assert window.layout_.annotations_area.verticalScrollBar().value() == 0
        # the record keeps a readable share of the column
        assert window.detail_pane.height() >= 80  # the name and status lines at 800×600


def _everyone(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {str(r[0]) for r in conn.execute("SELECT id FROM people")}
    finally:
        conn.close()


def _listed(window: MainWindow) -> set[str]:
    model = window.people_model
    rows = [model.person_at(row) for row in range(model.count())]
    return {str(r.id) for r in rows if r is not None}


@pytest.mark.parametrize("query", ["NOT lukashenka", "-lukashenka"])
def test_an_exclusion_alone_lists_everyone_but_the_excluded(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, query: str
) -> None:
    """`-lukashenka` alone emptied the list (its note said NOT "was ignored", yet nobody
    was listed): now everyone is, except those the word finds."""
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    _search(qtbot, window, "lukashenka")
    gone = _listed(window)
    assert gone
    _search(qtbot, window, query)
    listed = _listed(window)
    assert listed == _everyone(sample_archive_path) - gone
    assert window.people_model.count() == len(listed)
    assert not window.list_pane.search_label.isVisible()  # nothing was repaired


def test_an_unknown_role_alone_says_so_and_keeps_everyone(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    _install("ru")
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    _search(qtbot, window, "role:xyz")
    assert _listed(window) == _everyone(sample_archive_path)
    assert window.list_pane.search_label.isVisible()
    assert "role:xyz" in window.list_pane.search_label.text()
    assert "No one found" not in window.list_pane.search_label.text()


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "name search is unavailable in this archive"),
        ("be", "пошук па імёнах у гэтым архіве недаступны"),
        ("ru", "поиск по именам в этом архиве недоступен"),
    ],
)
def test_an_archive_without_its_name_index_says_search_is_unavailable(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    code: str,
    said: str,
) -> None:
    """Each search failed with "the archive could not be read (no such table: …)"; the
    banner of a search index not Kartoteka's was English in every language."""
    path = tmp_path / "no-typos.db"
    shutil.copyfile(sample_archive_path, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE search_typos")
    conn.close()
    _install(code)
    window = make_main_window(path)
    _settle(qtbot, window)
    banner = window.layout_.banner
    assert banner.isVisible()
    assert said in banner.label.text()
    assert "kartoteka reindex" in banner.label.text()
    _search(qtbot, window, "tsikhanouski")
    label = window.list_pane.search_label
    assert label.isVisible()
    assert said in label.text()
    assert "no such table" not in label.text()
    assert "no such table" not in window.statusBar().currentMessage()
    assert said in window.statusBar().currentMessage()


@pytest.mark.parametrize(("code", "said"), [("en", "is a folder"), ("be", "гэта папка")])
def test_an_export_sources_error_is_a_message_not_a_status_line(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    error_log: list[tuple[str, str]],
    code: str,
    said: str,
) -> None:
    """File ▸ Export sources… into a folder said why only in the status bar (10 s, elided
    in a narrow window); now it is a message with the file, the problem and what to do."""
    from viewer import output_parts

    _install(code)
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    folder = tmp_path / "a folder.json"
    folder.mkdir()
    with qtbot.waitSignal(window.output.cite.export_failed, timeout=WAIT_MS):
        output_parts.export_sources(window, (folder, "csl-json"))
    _settle(qtbot, window)
    assert len(error_log) == 1
    title, text = error_log[0]
    assert "a folder.json" in text
    assert said in text
    assert title


# --- English left in a Belarusian or Russian window ---------------------------------------


@pytest.mark.parametrize(
    ("code", "unreadable", "backwards"),
    [
        ("be", "не можа прачытаць гэта як дату", "канчаецца раней, чым пачынаецца"),
        ("ru", "не может прочитать это как дату", "заканчивается раньше, чем начинается"),
    ],
)
def test_a_refused_note_date_gives_its_reason_in_the_user_s_language(
    qapp: object, code: str, unreadable: str, backwards: str
) -> None:
    """“x” is not a date … ('x' is not an EDTF date (examples: …)): the reason stayed English."""
    from db.annotations.store import note_date
    from db.errors import KartotekaError
    from viewer.error_text import error_text

    _install(code)
    for text, english, said in (
        ("31.31.2020x", "EDTF", unreadable),
        ("2024/2020", "ends before", backwards),
    ):
        with pytest.raises(KartotekaError) as caught:
            note_date(text)
        message = error_text(caught.value)
        assert english not in message
        assert text in message
        assert said in message


@pytest.mark.parametrize(
    ("number", "english", "be"),
    [
        (27, "File too large", "файл завялікі для гэтага дыска"),  # EFBIG
        (28, "No space left", "дыск перапоўнены"),  # ENOSPC
        (30, "Read-only file system", "дыск толькі для чытання"),  # EROFS
        (13, "Permission denied", "доступ забаронены"),  # EACCES
        (2, "No such file", "няма такога файла або папкі"),  # ENOENT
    ],
)
def test_an_os_reason_passed_as_reason_is_worded_by_its_errno(
    qapp: object, tmp_path: Path, number: int, english: str, be: str
) -> None:
    """db passed OSErrors as `reason=exc` (writer, encryption, sample): no errno was kept, so
    the window said "[Errno 28] No space left on device: '…'" in every language."""
    import errno as errno_names
    import os

    from db.errors import ErrorKind, OutputError
    from viewer.error_text import error_text

    assert getattr(errno_names, errno_names.errorcode[number]) == number
    out = tmp_path / "out.db"
    cause = OSError(number, os.strerror(number), str(out))
    exc = OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, out, reason=cause)
    assert exc.errno == number
    assert "[Errno" not in exc.message
    _install("be")
    said = error_text(exc)
    assert english not in said
    assert "[Errno" not in said
    assert be in said


def test_the_self_test_failure_line_speaks_belarusian(monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer import selftest

    monkeypatch.setenv("LANGUAGE", "be")
    monkeypatch.setenv("LANG", "be_BY.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)

    def fail(_args: object, _out: object) -> int:
        selftest._wait(selftest.QT_TRANSLATE_NOOP("CliText", "the first paint"), lambda: False, 0)
        return 0

    monkeypatch.setattr(selftest, "run", fail)
    import io

    err = io.StringIO()
    assert selftest.main(object(), io.StringIO(), err) == 1  # type: ignore[arg-type]
    line = err.getvalue()
    assert line.startswith("kartoteka: самаправерка не прайшла: не дачакаўся: першага")
    assert "self-test failed" not in line
    assert "the first paint" not in line


@pytest.mark.parametrize(
    ("code", "look_in", "name", "types"),
    [
        ("be", "&Глядзець у:", "&Назва файла:", "&Тып файлаў:"),
        ("ru", "&Папка:", "&Имя файла:", "&Тип файлов:"),
    ],
)
def test_qt_s_file_dialog_speaks_the_language(
    qtbot: QtBot, code: str, look_in: str, name: str, types: str, tmp_path: Path
) -> None:
    """Qt's own file dialog said "Look in:", "File name:", "Files of type:" and its tool tips
    in English in be (no qtbase_be.qm) and partly in ru (qtbase_ru.qm predates "&Look in:")."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    _install(code)
    dialog = QFileDialog(None, "x", str(tmp_path), "JSON (*.json)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {look_in, name, types} <= labels, labels
    assert not {"&Look in:", "File &name:", "Files of &type:"} & labels
    dialog.close()
    from viewer.qt_strings import file_dialog_disambiguated

    column, folder = file_dialog_disambiguated()  # the Type column, a folder's type
    assert (column, folder) == (("Тып", "Папка") if code == "be" else ("Тип", "Папка"))


def test_a_search_that_finds_more_than_it_lists_says_so_above_the_list(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "status:in_custody" typed in a 3,000-person archive listed 1,000 people under "1 000 of
    3 000 people" (1,347 matched; the Status filter says so) and nothing said the list was cut."""
    monkeypatch.setattr("viewer.controllers.browse.SEARCH_LIMIT", 3)  # the sample has 7
    _install("ru")
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    _search(qtbot, window, "status:unknown")  # 4 in the sample
    assert window.people_model.count() == 3
    label = window.list_pane.search_label
    assert label.isVisible()
    assert "В списке только первые 3 найденных человек; подходит больше" in label.text()
    _search(qtbot, window, "status:released")  # 1 in the sample
    assert window.people_model.count() == 1
    assert not label.isVisible()


def test_the_annotations_name_the_person_as_the_record_does_after_show_names_in(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """View ▸ Show names in ▸ Russian renamed the list and the record (Александр Лукашенко),
    but the annotations kept "Person: Aliaksandr Lukashenka" and the heading "New note on
    Person: Aliaksandr Lukashenka" until another person was chosen."""
    from db.records import NameScript

    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    row = window.people_model.row_of(PersonId("p-lukashenka"))
    assert row is not None
    window.list_pane.select_row(row)
    qtbot.waitUntil(lambda: window.annotations_pane.record() is not None, timeout=WAIT_MS)
    _settle(qtbot, window)
    editor = window.annotations_pane.editor
    editor.text.setPlainText("Ask about the 2020 appeal")
    window.browse.set_names(NameScript.RUSSIAN)
    _settle(qtbot, window)
    record = window.detail_pane.record()
    assert record is not None
    assert record.display_name == "Александр Лукашенко"
    chooser = window.annotations_pane.entry_chooser
    assert "Александр Лукашенко" in chooser.currentText()
    assert "Aliaksandr" not in chooser.currentText()
    assert "Александр Лукашенко" in editor.heading.text()
    assert editor.text.toPlainText() == "Ask about the 2020 appeal"  # what was typed stays
    assert window.annotations_pane.record() is not None
    assert window.annotations_pane.record().id == "p-lukashenka"


def test_deleting_a_tag_takes_its_filter_chip_away(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    """A tag deleted in the tag manager kept its chip "Tag: witness": the list showed
    "0 of 7 people" under a filter on a tag that no longer exists and that no facet offers."""
    from tests.viewer.annotation_helpers import open_window

    window = open_window(make_main_window, sample_archive_path)
    _settle(qtbot, window)
    session = window.annotations
    session.apply(lambda store: store.create_tag("witness"))
    store = session.store
    assert store is not None
    tag = next(t for t in store.tags() if t.name == "witness")
    session.apply(lambda s: s.tag_entry(session.ref("person", "p-kellogg"), tag.id))
    _settle(qtbot, window)
    window.browse.toggle("tags", tag.id, True)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    _settle(qtbot, window)
    assert _listed(window) == {"p-kellogg"}
    session.apply(lambda s: s.delete_tag(tag.id))
    qtbot.waitUntil(lambda: not window.browse.state.constraints, timeout=WAIT_MS)
    _settle(qtbot, window)
    assert not window.chip_bar.chips()
    assert _listed(window) == _everyone(sample_archive_path)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "an earlier check found the search index of this archive damaged"),
        ("be", "ранейшая праверка знайшла, што пошукавы індэкс"),
        ("ru", "предыдущая проверка нашла, что поисковый индекс"),
    ],
)
def test_a_search_index_found_damaged_before_is_said_in_the_user_s_language(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    tmp_path: Path,
    code: str,
    said: str,
) -> None:
    """Reopening an archive whose search index an earlier check found damaged showed the
    remembered sentence in English ("… (found by an earlier check)") in every language."""
    from db.connection import open_archive

    path = tmp_path / "search-damaged.db"
    shutil.copyfile(sample_archive_path, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER people_ai")  # a row the full-text index does not know
        conn.execute("INSERT INTO people (id, display_name, sort_name) VALUES ('p-x', 'X', 'x')")
    conn.close()
    with open_archive(path) as archive:  # the full check: the ledger remembers "search"
        assert archive.search_available is False
    _install(code)
    window = make_main_window(path)
    _settle(qtbot, window)
    banner = window.layout_.banner
    assert banner.isVisible()
    assert said in banner.label.text()
    assert "found by an earlier check" not in banner.label.text()
