"""Defects from the second black-box walk through the window (issue 10), one test each.

Each drives the real window (or the widget at hand) and fails on the code before its fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_search_gui import _search
from tests.viewer.test_walk_defects import _settle
from viewer import translations
from viewer.models.people import MATCH_COLUMN


def test_the_record_opens_at_its_heading_after_a_search(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """At 1024x640 a search whose word is in the biography scrolled the record to it: the
    person's name (the heading) was out of view, and stayed so for the next searches."""
    window = make_main_window(sample_archive_path)
    window.resize(1024, 640)
    _settle(qtbot, window)
    bar = window.detail_pane.browser.verticalScrollBar()
    for text in ("blogger", "court", "Minsk"):
        _search(qtbot, window, text)
        _settle(qtbot, window)
        assert window.detail_pane.record() is not None
        assert bar.maximum() > 0  # the record is longer than the pane: the case at hand
        assert bar.value() == 0, text
        assert window.detail_pane.browser.extraSelections()  # the words are still marked


def test_every_new_person_opens_at_the_top(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.resize(1024, 640)
    _settle(qtbot, window)
    browser = window.detail_pane.browser
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().maximum())  # read down
    window.list_pane.select_row(1)
    chosen = window.list_pane.current_person()
    assert chosen is not None

    def shown() -> bool:
        record = window.detail_pane.record()
        return record is not None and record.id == chosen.id

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    assert browser.verticalScrollBar().value() == 0


def _grab(box: QCheckBox) -> QImage:
    return box.grab().toImage()


@pytest.mark.parametrize("dark", [False, True])
def test_exact_is_a_check_box_that_says_its_state(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, dark: bool
) -> None:
    """The toolbar's "Exact" was an icon-less tool button: off, it read as the plain word."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()
    old = hints.colorScheme()
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    try:
        window = make_main_window(sample_archive_path)
        box = window.findChild(QCheckBox, "ExactSpelling")
        assert box is not None
        assert box.isVisible()
        assert box.text() == "Exact"
        assert box.accessibleName() == "Exact spelling"
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
        action = window.action_map["exact_spelling"]
        assert box.isChecked() == action.isChecked() is False
        off = _grab(box)
        interface = QAccessible.queryAccessibleInterface(box)
        assert interface is not None
        assert interface.role() == QAccessible.Role.CheckBox
        assert not interface.state().checked
        with qtbot.waitSignal(action.triggered, timeout=WAIT_MS):
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)
        assert action.isChecked()
        assert window.settings.exact_spelling()
        assert window.browse.state.exact
        assert QAccessible.queryAccessibleInterface(box).state().checked
        assert _grab(box) != off  # the state shows
        action.trigger()  # Ctrl+Shift+E or the menu: the box follows
        assert not box.isChecked()
    finally:
        hints.setColorScheme(old)


@pytest.mark.parametrize(
    ("code", "name"),
    [("en", "Tag to add"), ("be", "Тэг для дадання"), ("ru", "Тег для добавления")],
)
def test_the_tag_field_has_an_accessible_name(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    code: str,
    name: str,
) -> None:
    """The tag chooser's text field (what takes the focus) had no accessible name."""
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, code)
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    line = window.annotations_pane.tag_bar.chooser.lineEdit()
    assert line is not None
    assert line.accessibleName() == name
    interface = QAccessible.queryAccessibleInterface(line)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == name


def test_the_match_column_is_readable_at_800x600(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """At 800x600 the Match column got ~60-90 px: "Name: Ці" with the rest cut, no sign of it."""
    window = make_main_window(sample_archive_path)
    window.resize(800, 600)
    _settle(qtbot, window)
    _search(qtbot, window, "Ціханоўскі")
    _settle(qtbot, window)
    table = window.list_pane.table
    header = table.horizontalHeader()
    assert not table.isColumnHidden(MATCH_COLUMN)
    assert header.sectionSize(MATCH_COLUMN) >= 120
    assert header.sectionSize(0) >= 100  # the names keep room too
    index = window.people_model.index(0, MATCH_COLUMN)
    tip = window.people_model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str)
    assert tip.startswith("Name: ")  # the whole line, for what the cell cuts


DARK = {"Window": "#202124", "WindowText": "#e8eaed", "Base": "#1b1b1d", "Text": "#e8eaed",
        "Button": "#2d2e31", "ButtonText": "#e8eaed", "Highlight": "#8ab4f8"}  # fmt: skip


def _outline_pixels(widget: QWidget, width: int) -> int:
    """Pixels in the widget's first `width` columns that stand out from its background."""
    image = widget.grab().toImage()
    base = image.pixelColor(image.width() - 1, image.height() - 1).lightness()
    return sum(
        abs(image.pixelColor(x, y).lightness() - base) > 50
        for x in range(min(width, image.width()))
        for y in range(image.height())
    )


def test_unchecked_boxes_show_on_a_dark_palette(qtbot: QtBot) -> None:
    """On a dark palette Fusion drew an unchecked box black on near-black: the Exact box and
    every unchecked filter value read as plain text."""
    from viewer.app import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_style, old_palette, old_sheet = app.style().name(), app.palette(), app.styleSheet()
    try:
        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in DARK.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        app.setPalette(palette)
        apply_look(app)
        box = QCheckBox("Exact")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        assert _outline_pixels(box, 18) >= 12
    finally:
        app.setStyleSheet(old_sheet)
        app.setStyle(old_style)
        app.setPalette(old_palette)


def test_a_selection_at_a_page_end_reads_nothing_on_the_gui_thread(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path
) -> None:
    """The worker read only the selected row's page; centred at a page's end, the list showed
    the next page too and read it from the archive on the GUI thread (40-100 ms at a million)."""
    import threading

    from db.generate import generate_archive
    from viewer.models.roles import Role

    path = tmp_path / "people.db"
    generate_archive(path, 600)
    window = make_main_window(path)
    model = window.people_model
    model.page_size = 20  # pages of 20 rows: a short list has page ends to centre on
    _settle(qtbot, window)
    window.browse.toggle("statuses", "in_custody", True)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    assert model.rowCount() > 90
    row = 59  # the last row of the third page
    chosen = model.data(model.index(row, 0), Role.PERSON_ID)
    window.browse.toggle("statuses", "in_custody", False)  # everybody
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    window.browse.go_to_person(str(chosen))
    _settle(qtbot, window)
    archive = window.archive()
    assert archive is not None
    gui = threading.current_thread()
    on_gui: list[str] = []
    archive.db.conn.set_trace_callback(
        lambda sql: on_gui.append(sql) if threading.current_thread() is gui else None
    )
    try:
        window.browse.toggle("statuses", "in_custody", True)  # the person is at row 59 again
        qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
        _settle(qtbot, window)
        window.list_pane.table.viewport().repaint()
    finally:
        archive.db.conn.set_trace_callback(None)
    current = window.list_pane.table.currentIndex()
    assert current.row() == row
    assert model.data(current, Role.PERSON_ID) == chosen
    shown = window.list_pane.table.rowAt(window.list_pane.table.viewport().height() - 2)
    assert shown >= row + 1  # the next page is on screen: the case at hand
    assert on_gui == []
