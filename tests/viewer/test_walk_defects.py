"""Defects found walking the window as a new user (issue 10 follow-up), one test each.

Each test drives the real window on the sample archive and fails on the window
as it was before its fix.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QStyle, QWidget
from pytestqt.qtbot import QtBot

from db.generate import generate_archive
from tests.viewer.conftest import WAIT_MS, WindowFactory
from tests.viewer.test_view_defects import _tab_cycle
from viewer import translations
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.wait(120)
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=WAIT_MS)
    qtbot.wait(120)


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 768), (1024, 640)])
def test_the_note_editor_is_in_view_when_a_person_has_no_notes(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, size: tuple[int, int]
) -> None:
    """An empty list box took the annotations area and pushed the note editor below its fold."""
    window = make_main_window(sample_archive_path)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    _settle(qtbot, window)
    pane = window.annotations_pane
    assert pane.model.rowCount() == 0
    area = window.layout_.annotations_area.viewport()
    # at 1024x640 the record keeps its room: "New note on …" shows, the box is a scroll away
    editor = pane.editor.text if size[1] > 640 else pane.editor.heading
    top = editor.mapTo(area, QPoint(0, 0)).y()
    assert top >= 0
    assert top + 20 <= area.height()
    assert not pane.list_view.isVisible()  # no empty box above it


def test_a_list_that_keeps_a_deep_selection_reads_nothing_on_the_gui_thread(
    qtbot: QtBot, make_main_window: WindowFactory, tmp_path: Path
) -> None:
    """Taking a filter off kept the person selected far down the list; the GUI thread read that
    row's page from the archive (10 ms at 20,000 people, more at a million) on arrival."""
    path = tmp_path / "people.db"
    generate_archive(path, 1000)
    window = make_main_window(path)
    _settle(qtbot, window)
    window.browse.toggle("statuses", "in_custody", True)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    model = window.people_model
    row = model.rowCount() - 1
    window.list_pane.select_row(row)  # the user scrolls down and picks someone
    chosen = model.data(model.index(row, 0), Role.PERSON_ID)
    _settle(qtbot, window)
    archive = window.archive()
    assert archive is not None
    gui = threading.current_thread()
    on_gui: list[str] = []
    archive.db.conn.set_trace_callback(
        lambda sql: on_gui.append(sql) if threading.current_thread() is gui else None
    )
    try:
        window.browse.toggle("statuses", "in_custody", False)
        qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
        _settle(qtbot, window)
    finally:
        archive.db.conn.set_trace_callback(None)
    current = window.list_pane.table.currentIndex()
    assert current.row() >= model.page_size  # past the first page: the case at hand
    assert model.data(current, Role.PERSON_ID) == chosen
    assert on_gui == []


def test_new_facet_counts_update_the_lists_in_place(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Every toggle reset every facet list (their layout redone on the GUI thread, the
    keyboard's current row lost) even when only counts, or nothing, changed."""
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    statuses = window.facets_pane.models["statuses"]
    before = [statuses.data(statuses.index(r, 1)) for r in range(statuses.rowCount())]
    resets: list[str] = []
    statuses.modelReset.connect(lambda: resets.append("statuses"))
    window.browse.toggle("statuses", "in_custody", True)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    _settle(qtbot, window)
    window.browse.toggle("statuses", "in_custody", False)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    _settle(qtbot, window)
    assert resets == []  # a status's own counts do not depend on the status filter
    assert [statuses.data(statuses.index(r, 1)) for r in range(statuses.rowCount())] == before


def test_facet_counts_that_change_are_shown_without_a_reset(qtbot: QtBot) -> None:
    from db.records import FacetValue
    from viewer.models.facets import FacetModel

    model = FacetModel("statuses")
    model.set_values([FacetValue("a", "A", 5), FacetValue("b", "B", 3)])
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *_: changed.append(1))
    model.set_values([FacetValue("a", "A", 2), FacetValue("b", "B", 1)])
    assert resets == []
    assert changed
    assert model.data(model.index(0, 1)) == "2"
    model.set_values([FacetValue("b", "B", 1)])  # another set of values: a reset
    assert resets == [1]
    assert model.rowCount() == 1


@pytest.mark.parametrize(
    ("code", "text"), [("en", "None in this list"), ("be", "Няма ў гэтым спісе")]
)
def test_an_empty_facet_says_so_instead_of_a_blank_box(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    code: str,
    text: str,
) -> None:
    """With "In custody" checked the sample's Court list was an empty, unexplained box."""
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, code)
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    view = window.facets_pane.views["courts"]
    assert window.facets_pane.models["courts"].rowCount() > 0
    assert _ink(view) > 0
    window.browse.toggle("statuses", "in_custody", True)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    _settle(qtbot, window)
    assert window.facets_pane.models["courts"].rowCount() == 0
    assert _ink(view) > 0  # something is painted in the empty box
    assert view.placeholder() == text  # and it is this


def _ink(view: QWidget) -> int:
    """Pixels of the view's viewport that differ from its background."""
    image = view.viewport().grab().toImage()
    base = image.pixelColor(1, 1)
    return sum(
        image.pixelColor(x, y) != base
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_tab_reaches_every_control_above_the_list(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Tab jumped from the filters straight into the table: "Sort by", the chips' "Undo" and
    "Clear all" and the filters' "Clear all" were out of reach of a keyboard (the panes'
    focus proxies made Qt skip what comes before the proxy)."""
    window = make_main_window(sample_archive_path)
    _settle(qtbot, window)
    window.browse.toggle("statuses", "released", True)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    _settle(qtbot, window)
    names = [w.objectName() for w in _tab_cycle(qtbot, window, window.search_box)]
    wanted = ["FacetsClearAll", "ClearAllChips", "UndoChips", "SortBox", "PeopleTable"]
    assert [n for n in names if n in wanted] == [
        "FacetsClearAll", "UndoChips", "ClearAllChips", "SortBox", "PeopleTable"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "names"),
    [("ru", ("С какого года", "По какой год")), ("be", ("З якога года", "Па які год"))],
)
def test_the_year_boxes_have_grammatical_names(
    qtbot: QtBot, make_main_window: WindowFactory, code: str, names: tuple[str, str]
) -> None:
    """A screen reader said "По год" / "Па год" (broken grammar) for the "to" year box."""
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, code)
    window = make_main_window()
    pane = window.facets_pane
    assert (pane.year_from.accessibleName(), pane.year_to.accessibleName()) == names


@pytest.mark.parametrize("code", ["en", "be", "ru"])
def test_filter_values_are_not_cut_at_1024(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, code: str
) -> None:
    """At 1024x640 the filters pane cut "Head of state" and "Political prisoner" to
    "Head of st…" and "Political pr…" while the list beside it had room to spare."""
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, code)
    window = make_main_window(sample_archive_path)
    window.resize(1024, 640)
    window.layout_.fit_to(1024, 640)
    _settle(qtbot, window)
    cut = []
    for name in ("statuses", "roles"):  # the app's words; courts and articles are long archive
        view = window.facets_pane.views[name]  # text that elides, with a tooltip
        model = window.facets_pane.models[name]
        room = view.columnWidth(0) - view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        for row in range(model.rowCount()):
            label = model.data(model.index(row, 0))
            if view.fontMetrics().horizontalAdvance(label) + 12 > room:
                cut.append(label)
    assert cut == []
