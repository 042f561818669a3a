"""The main window driven through its real widgets on real archive files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.person import get_person, record_as_text
from db.records import PersonId, SortKey
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.app import build_window
from viewer.mainwindow import MainWindow
from viewer.models.people import column_of
from viewer.models.roles import Role
from viewer.settings import Settings


def _ids(window: MainWindow) -> list[str]:
    model = window.people_model
    return [model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())]


def _select_row(qtbot: QtBot, window: MainWindow, row: int) -> str:
    person_id = window.people_model.data(window.people_model.index(row, 0), Role.PERSON_ID)
    window.list_pane.select_row(row)
    qtbot.waitUntil(lambda: _shown(window) == person_id, timeout=WAIT_MS)
    return str(person_id)


def _shown(window: MainWindow) -> str | None:
    record = window.detail_pane.record()
    return None if record is None else record.id


def _with_relation(window: MainWindow) -> tuple[str, str]:
    archive = window.archive()
    assert archive is not None
    for person_id in _ids(window):
        record = get_person(archive.db, PersonId(person_id))
        assert record is not None
        for relation in record.relations:
            if relation.other_person is not None:
                return person_id, relation.other_person.id
    raise AssertionError("the sample has no relation between people")


def test_opening_shows_the_list_and_the_first_person(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    assert window.people_model.rowCount() == window.people_model.total() > 0
    qtbot.waitUntil(lambda: _shown(window) == _ids(window)[0], timeout=WAIT_MS)
    assert sample_archive_path.name in window.archive_label.text()
    assert window.readonly_label.text() == "read-only"
    count = window.people_model.rowCount()
    assert window.list_pane.count_label.text() == f"{count} people"
    assert window.counts_label.text() == f"{count} people"


def test_selecting_a_row_shows_that_person(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    last = window.people_model.rowCount() - 1
    person_id = _select_row(qtbot, window, last)
    record = window.detail_pane.record()
    assert record is not None
    assert record.display_name in window.detail_pane.browser.toPlainText()
    assert window.timeline_pane.highlighted_person() == person_id


def test_clicking_a_relation_navigates_and_back_forward_return(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    start, other = _with_relation(window)
    _select_row(qtbot, window, _ids(window).index(start))
    window.detail_pane.browser.anchorClicked.emit(f"person:{other}")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: _shown(window) == other, timeout=WAIT_MS)
    current = window.list_pane.current_person()
    assert current is not None
    assert current.id == other  # the list follows the record
    assert window.action_map["back"].isEnabled()
    window.action_map["back"].trigger()
    qtbot.waitUntil(lambda: _shown(window) == start, timeout=WAIT_MS)
    assert window.action_map["forward"].isEnabled()
    window.action_map["forward"].trigger()
    qtbot.waitUntil(lambda: _shown(window) == other, timeout=WAIT_MS)
    history, position = window.detail_pane.history()
    assert history[-2:] == [start, other]
    assert position == len(history) - 1


def test_back_forward_shortcuts_are_alt_arrows(make_main_window: WindowFactory) -> None:
    window = make_main_window()
    assert window.action_map["back"].shortcut().toString() == "Alt+Left"
    assert window.action_map["forward"].shortcut().toString() == "Alt+Right"


def test_a_facet_filter_changes_list_and_timeline_together(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.facets_pane.models["statuses"].rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "dated item" in window.timeline_pane.summary_text(), timeout=WAIT_MS)
    before = window.timeline_pane.summary_text()
    total = window.people_model.rowCount()
    model = window.facets_pane.models["statuses"]
    row = next(
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), Role.VALUE) == "released"
    )
    expected = model.data(model.index(row, 0), Role.COUNT)
    with qtbot.waitSignals([window.list_updated, window.timeline_pane.loaded], timeout=WAIT_MS):
        model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert window.people_model.rowCount() == expected < total
    assert window.current_query().statuses == ("released",)
    archive = window.archive()
    assert archive is not None
    for person_id in _ids(window):
        record = get_person(archive.db, PersonId(person_id))
        assert record is not None
        assert record.status == "released"
    assert window.timeline_pane.summary_text() != before
    assert f"{expected} of {total} people" in window.list_pane.count_label.text()
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        window.action_map["clear_filters"].trigger()
    assert window.people_model.rowCount() == total


def test_sorting_a_column_runs_a_new_query(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        window.list_pane.table.sortByColumn(column_of(SortKey.BIRTH), Qt.SortOrder.DescendingOrder)
    assert window.current_query().sort == SortKey.BIRTH
    years = [
        window.people_model.person_at(r).birth_year for r in range(window.people_model.rowCount())
    ]  # type: ignore[union-attr]
    known = [y for y in years if y is not None]
    assert known == sorted(known, reverse=True)


def test_clicking_a_timeline_marker_selects_the_person(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    target = _ids(window)[-1]
    window.timeline_pane.item_activated.emit(target, "some-event")
    qtbot.waitUntil(lambda: _shown(window) == target, timeout=WAIT_MS)
    current = window.list_pane.current_person()
    assert current is not None
    assert current.id == target


def test_search_filters_list_and_escape_clears(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    total = window.people_model.rowCount()
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, "Kalesnikava")
    assert window.people_model.rowCount() == 1
    assert window.current_query().only_ids is not None
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.people_model.rowCount() == total


def test_copy_record_action_copies_text(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    record = window.detail_pane.record()
    assert record is not None
    window.action_map["copy_record"].trigger()
    assert QGuiApplication.clipboard().text() == record_as_text(record, window.record.summary())


def _bad_files(tmp_path: Path, sample: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    text = tmp_path / "notes.db"
    text.write_text("just some notes, not a database\n", encoding="utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    newer = tmp_path / "newer.db"
    shutil.copy(sample, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    return {
        "zero-byte": empty,
        "text named .db": text,
        "another schema": other,
        "newer version": newer,
        "missing": tmp_path / "nowhere.db",
    }


@pytest.mark.parametrize(
    "kind", ["zero-byte", "text named .db", "another schema", "newer version", "missing"]
)
def test_a_bad_file_shows_a_dialog_and_keeps_the_previous_archive(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
    tmp_path: Path,
    kind: str,
) -> None:
    window = make_main_window(sample_archive_path)
    previous = window.archive()
    rows = window.people_model.rowCount()
    bad = _bad_files(tmp_path, sample_archive_path)[kind]
    window.open_path(bad)
    qtbot.waitUntil(lambda: bool(error_log), timeout=WAIT_MS)
    title, text = error_log[0]
    assert title
    assert bad.name in text
    assert "Traceback" not in text
    assert window.archive() is previous
    assert window.people_model.rowCount() == rows
    _select_row(qtbot, window, rows - 1)  # still usable
    assert not window.tasks.is_busy()


def test_settings_are_restored_across_a_restart(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    settings_file = tmp_path / "restart.ini"
    first = make_main_window(sample_archive_path, settings_file=settings_file)
    with qtbot.waitSignal(first.list_updated, timeout=WAIT_MS):
        first.list_pane.table.sortByColumn(column_of(SortKey.QUOTES), Qt.SortOrder.DescendingOrder)
    first.top_splitter.setSizes([180, 600, 500])
    sizes = first.top_splitter.sizes()
    first.resize(760, 560)
    first.close()

    second = make_main_window(settings_file=settings_file)
    assert second.current_query().sort == SortKey.QUOTES
    assert second.current_query().descending
    restored = second.top_splitter.sizes()
    assert restored[1] / restored[2] == pytest.approx(sizes[1] / sizes[2], rel=0.02)
    assert (second.width(), second.height()) == (760, 560)
    assert second.settings.last_archive() == sample_archive_path
    assert sample_archive_path in second.settings.recent_files()


def test_a_first_window_fits_the_screen(make_main_window: WindowFactory) -> None:
    """Without saved geometry the window fits the screen's free area (a 1366×768 laptop
    whose window manager does not clamp it lost the status bar below the edge)."""
    window = make_main_window()
    room = window.screen().availableGeometry()
    assert window.width() <= room.width()
    assert window.height() <= room.height()
    assert window.width() >= min(1280, room.width()) - 40  # still as large as the screen allows


def test_help_dialogs_open(make_main_window: WindowFactory, sample_archive_path: Path) -> None:
    window = make_main_window()
    for name in ("shortcuts", "search_help", "about"):
        window.action_map[name].trigger()
    titles = {d.windowTitle() for d in window.open_dialogs()}
    assert titles == {"Keyboard shortcuts", "Search syntax", "About Kartoteka"}
    shortcuts = next(d for d in window.open_dialogs() if d.windowTitle() == "Keyboard shortcuts")
    assert "Alt+Left" in shortcuts.browser.toPlainText()  # type: ignore[attr-defined]


def test_archive_info_dialog(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window(sample_archive_path)
    window.action_map["archive_info"].trigger()
    qtbot.waitUntil(lambda: bool(window.open_dialogs()), timeout=WAIT_MS)
    text = window.open_dialogs()[0].browser.toPlainText()  # type: ignore[attr-defined]
    assert "Format version" in text
    assert "people" in text


def test_smoke_list_detail_timeline(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    """Walk list -> detail -> timeline on the sample, the way a person would."""
    window = make_main_window(sample_archive_path)
    window.list_pane.table.setFocus()
    person_id = _select_row(qtbot, window, 1)
    assert window.detail_pane.record() is not None
    qtbot.waitUntil(lambda: "dated item" in window.timeline_pane.summary_text(), timeout=WAIT_MS)
    assert window.timeline_pane.highlighted_person() == person_id
    window.action_map["zoom_in"].trigger()
    window.action_map["fit_all"].trigger()
    window.timeline_pane.item_activated.emit(_ids(window)[0], "x")
    qtbot.waitUntil(lambda: _shown(window) == _ids(window)[0], timeout=WAIT_MS)
    assert window.windowTitle().startswith(sample_archive_path.name)


def test_timeline_zoom_is_restored_across_a_restart(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, tmp_path: Path
) -> None:
    settings_file = tmp_path / "zoom.ini"
    first = make_main_window(sample_archive_path, settings_file=settings_file)
    qtbot.waitUntil(lambda: "dated item" in first.timeline_pane.summary_text(), timeout=WAIT_MS)
    fitted = first.timeline_pane.zoom_state()
    first.action_map["zoom_in"].trigger()
    first.action_map["zoom_in"].trigger()
    zoomed = first.timeline_pane.zoom_state()
    assert zoomed != fitted
    first.close()

    second = make_main_window(sample_archive_path, settings_file=settings_file)
    qtbot.waitUntil(lambda: "dated item" in second.timeline_pane.summary_text(), timeout=WAIT_MS)
    restored = second.timeline_pane.zoom_state()
    assert restored.keys() == zoomed.keys()
    for key, value in zoomed.items():
        if isinstance(value, float):
            assert restored[key] == pytest.approx(value, rel=1e-3)
        else:
            assert restored[key] == value


def test_deferred_panes_are_built_after_show_and_open_the_pending_archive(
    qtbot: QtBot, tmp_path: Path, sample_archive_path: Path
) -> None:
    """What the application does: a bare shell first, frame and panes after the first paint."""
    window = MainWindow(Settings(tmp_path / "deferred.ini"), defer_panes=True)
    qtbot.addWidget(window)
    assert not window.is_ready()
    assert not hasattr(window, "action_map")  # menus and toolbar come after the first paint
    assert window.statusBar().currentMessage() == "Starting…"
    window.open_path(sample_archive_path)  # remembered until the panes exist
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.show()
    assert window.is_ready()
    assert window.action_map["open"].isEnabled()
    assert window.people_model.rowCount() > 0
    window.shutdown()


def test_start_up_opens_the_archive_while_the_panes_are_built(
    qtbot: QtBot, tmp_path: Path, sample_archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker opens start-up's archive and reads its list while the GUI thread builds
    the panes (not after), and the opening page still says what is being opened."""
    from viewer.controllers.open_archive import OpenArchiveController

    window = MainWindow(Settings(tmp_path / "early.ini"), defer_panes=True)
    qtbot.addWidget(window)
    panes_at_open: list[bool] = []
    opening: list[str] = []
    real_open = OpenArchiveController.open_path

    def open_path(self: OpenArchiveController, *args: object, **kwargs: object) -> None:
        panes_at_open.append(hasattr(window, "list_pane"))
        self.opening.connect(lambda path, _size: opening.append(path))
        real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(OpenArchiveController, "open_path", open_path)
    window.open_path(sample_archive_path)
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.show()
    assert panes_at_open == [False]
    assert opening == [str(sample_archive_path)] * 2  # asked, then told the connected panes
    assert window.people_model.rowCount() == 7
    window.shutdown()


def test_start_up_builds_the_panes_a_piece_per_turn_and_holds_the_first_list(
    qtbot: QtBot, tmp_path: Path, sample_archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built in one go, the panes held the GUI thread for ~120 ms of CPU while the list
    appeared (issue 12): each piece now gets its own turn of the event loop, and the
    list that arrives meanwhile waits until the window is wired, then shows."""
    from viewer import window_parts

    window = MainWindow(Settings(tmp_path / "pieces.ini"), defer_panes=True)
    qtbot.addWidget(window)
    turns: list[bool] = []
    real_piece = MainWindow._build_next_piece

    def piece(self: MainWindow, *, at_once: bool = False) -> None:
        turns.append(self.is_ready())
        real_piece(self, at_once=at_once)

    real_list = window_parts.PeopleListPane

    def slow_list(*args: object) -> object:  # the open job answers before the panes exist
        deadline = time.monotonic() + 5
        while not window.tasks._held and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        assert window.tasks._held, "the first list did not arrive while the panes were built"
        return real_list(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(MainWindow, "_build_next_piece", piece)
    monkeypatch.setattr(window_parts, "PeopleListPane", slow_list)
    window.open_path(sample_archive_path)
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.show()
    assert len(turns) >= 8  # controllers, panes, layout, dialogs: each in a turn of its own
    assert turns[:-1] == [False] * (len(turns) - 1)
    assert window.is_ready()
    assert window.people_model.rowCount() == 7
    window.shutdown()


def test_closing_while_the_panes_are_built_finishes_and_shuts_down(
    qtbot: QtBot, tmp_path: Path, sample_archive_path: Path
) -> None:
    window = MainWindow(Settings(tmp_path / "closed.ini"), defer_panes=True)
    qtbot.addWidget(window)
    window.open_path(sample_archive_path)
    window.show()
    qtbot.waitUntil(lambda: window._steps is not None, timeout=WAIT_MS)
    window.close()
    assert window.is_ready()
    assert window._steps is None
    assert window._shut


def test_dropping_a_file_opens_it(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path
) -> None:
    window = make_main_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_archive_path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.dropEvent(event)
    assert window.people_model.rowCount() > 0


def test_build_window_opens_the_given_archive(
    qtbot: QtBot, tmp_path: Path, sample_archive_path: Path
) -> None:
    """The command-line path: build_window(path) opens it once shown."""
    window = build_window(sample_archive_path, Settings(tmp_path / "cli.ini"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.archive_opened, timeout=WAIT_MS):
        window.show()
    archive = window.archive()
    assert archive is not None
    assert archive.path == sample_archive_path.absolute()
    window.shutdown()


def _run_python(code: str) -> str:
    """`code` in a fresh interpreter (offscreen, this checkout first on the path)."""
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_window_module_imports_only_what_the_first_paint_needs() -> None:
    """The shell is painted before the data layer, the actions or XML parsing are loaded."""
    loaded = set(_run_python("import sys, viewer.mainwindow; print(*sys.modules)").split())
    slow = {"sqlite_utils", "numpy", "edtf", "viewer.actions", "xml.etree.ElementTree", "db.people"}
    assert not slow & loaded


def test_preloaded_modules_are_all_the_panes_import() -> None:
    """Building the panes imports nothing the preload thread has not imported already,
    so no slow import runs on the GUI thread after the first paint."""
    code = """
import importlib, sys
from PySide6.QtWidgets import QApplication
from viewer.mainwindow import MainWindow
from viewer.preload import FRAME_MODULES, PRELOAD_MODULES
from viewer.settings import Settings
import tempfile, pathlib
for name in (*FRAME_MODULES, *PRELOAD_MODULES):
    importlib.import_module(name)
app = QApplication([])
before = set(sys.modules)
window = MainWindow(Settings(pathlib.Path(tempfile.mkdtemp()) / "s.ini"))
window.shutdown()
print(*sorted(m for m in set(sys.modules) - before if m.split(".")[0] in ("db", "viewer")))
"""
    assert _run_python(code).split() == []


def test_building_the_panes_leaves_exports_and_printing_unloaded() -> None:
    """What only an export, a printout or an unusual date needs is imported on first use,
    not while the window builds its panes (the list waits for those imports)."""
    code = """
import sys, tempfile, pathlib
from PySide6.QtWidgets import QApplication
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
app = QApplication([])
window = MainWindow(Settings(pathlib.Path(tempfile.mkdtemp()) / "s.ini"))
window.shutdown()
print(*sys.modules)
"""
    loaded = set(_run_python(code).split())
    later = {"edtf", "rispy", "bibtexparser", "viewer.letters_print", "db.exporting"}
    later |= {"db.name_match", "db.search"}  # with the first search
    later |= {"viewer.dossier", "viewer.dossier.pdf", "viewer.dossier.child_process"}
    later |= {"rapidfuzz", "icu"}  # with the first typo compared, the first name sorted
    assert not later & loaded


def test_pyside_answers_its_per_import_question_from_the_files_bytes() -> None:
    """PySide6 reads each later import's source through `inspect` to look for "PySide6"
    (~50 ms before the first list); the window's modules install a cheaper reading of the
    same file, which answers as PySide6's own check does for every module loaded."""
    code = """
import sys
import viewer.mainwindow, viewer.window_parts
feature = sys.modules["shibokensupport.feature"]
check = feature._mod_uses_pyside
print(getattr(check, "kartoteka_fast", False))
modules = [m for m in list(sys.modules.values()) if m is not None]
same = all(check(m) == check.original(m) for m in modules)
print(same, sum(1 for m in modules if check(m)) > 50, sum(1 for m in modules if not check(m)) > 50)
"""
    assert _run_python(code).split() == ["True", "True", "True", "True"]


def test_the_preloaded_modules_are_kept_out_of_later_collections(tmp_path: Path) -> None:
    """Once the panes' modules are imported they are frozen (gc.freeze): the GUI thread's
    first collection, often before the first list, no longer scans their objects."""
    code = f"""
import gc, sys, time, pathlib
from PySide6.QtWidgets import QApplication
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
app = QApplication([])
print(gc.get_freeze_count() == 0)
window = MainWindow(Settings(pathlib.Path({str(tmp_path / "s.ini")!r})), defer_panes=True)
window._preload.join(60)
print(gc.get_freeze_count() > 50_000)
"""
    assert _run_python(code).split() == ["True", "True"]


def test_the_list_is_shown_while_numpy_cannot_be_imported(
    sample_archive_path: Path, tmp_path: Path
) -> None:
    """numpy (a tenth of a second or more of CPU) is not on the way to the first list: any
    import of it waits until the list is shown, so a use before it would never show one."""
    code = f"""
import importlib.abc, os, sys, threading, time, pathlib
os.environ["KARTOTEKA_CACHE_DIR"] = {str(tmp_path / "cache")!r}
gate = threading.Event()

class Gate(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "numpy":
            gate.wait()
        return None

sys.meta_path.insert(0, Gate())
from PySide6.QtWidgets import QApplication
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
app = QApplication([])
window = MainWindow(Settings(pathlib.Path({str(tmp_path / "s.ini")!r})), defer_panes=True)
window.open_path(pathlib.Path({str(sample_archive_path)!r}))
window.show()
deadline = time.monotonic() + 60
while time.monotonic() < deadline and not (window.archive() and window.people_model.rowCount()):
    app.processEvents()
    time.sleep(0.005)
shown = window.is_ready() and window.archive() is not None and window.people_model.rowCount()
print("shown", shown, "numpy" in sys.modules, flush=True)
gate.set()
while window.tasks.is_busy() and time.monotonic() < deadline:
    app.processEvents()
window.shutdown()
os._exit(0)
"""
    assert _run_python(code).split() == ["shown", "7", "False"]


def test_the_panes_modules_load_from_the_windows_construction_on(tmp_path: Path) -> None:
    """The preload does not wait for the first paint: it runs while Qt starts and paints."""
    code = f"""
import sys, time, pathlib
from PySide6.QtWidgets import QApplication
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
app = QApplication([])
window = MainWindow(Settings(pathlib.Path({str(tmp_path / "s.ini")!r})), defer_panes=True)
deadline = time.monotonic() + 60
while "viewer.window_parts" not in sys.modules and time.monotonic() < deadline:
    time.sleep(0.01)  # no event loop, never shown
print("viewer.window_parts" in sys.modules, window.is_ready())
"""
    assert _run_python(code).split() == ["True", "False"]
