"""The window's frame: menus and toolbar from the action table, the search box, the status bar.

Built right after the first paint of the bare window shell (see
viewer.mainwindow); until the panes exist, only the actions in
`SHELL_ACTIONS` work. The status bar's count is always the list's count
("N of M people"), never a search's: what the list shows is what it says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolBar,
    QWidget,
)

from viewer import actions as action_table
from viewer.settings import Settings
from viewer.widgets.exact_toggle import ExactToggle
from viewer.widgets.search_box import SearchBox

SHELL_ACTIONS = frozenset({"quit", "shortcuts", "search_help", "about"})
"""Actions that work before the panes exist."""


@dataclass(slots=True)
class Frame:
    """What the frame holds: actions by name, menus by title, the search box, status widgets."""

    actions: dict[str, QAction]
    menus: dict[str, QMenu]
    recent_menu: QMenu
    language_actions: dict[str, QAction]
    toolbar: QToolBar
    search_box: SearchBox
    exact_box: ExactToggle
    archive_label: QLabel
    readonly_label: QLabel
    counts_label: QLabel
    progress: QProgressBar
    cancel_check: QPushButton

    def enable(self, ready: bool) -> None:
        """Everything once the panes exist; before, only `SHELL_ACTIONS`."""
        for name, action in self.actions.items():
            action.setEnabled(ready or name in SHELL_ACTIONS)
        self.search_box.setEnabled(ready)

    def fill_recent(self, settings: Settings, open_path: Callable[[Path], None]) -> None:
        """File ▸ Open recent, filled as it opens: the recent files, or that there are none."""
        menu = self.recent_menu
        menu.clear()
        menu.setToolTipsVisible(True)
        paths = settings.recent_files()
        names = Counter(path.name for path in paths)
        for number, path in enumerate(paths, start=1):
            # two archives of one name (from two USB sticks) read alike: their folders tell
            shown = path.name if names[path.name] == 1 else f"{path.name} — {path.parent}"
            action = QAction(f"&{number} {shown.replace('&', '&&')}", menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
            menu.addAction(action)
        if menu.isEmpty():
            none = QCoreApplication.translate("MainWindow", "No recent archives")
            menu.addAction(none).setEnabled(False)


def build_frame(window: QMainWindow, settings: Settings, recent: Callable[[], list[str]]) -> Frame:
    """Menus, toolbar (with the search box) and status bar of `window`."""
    actions = action_table.build_actions(window)
    menus = action_table.build_menus(window.menuBar(), actions)
    recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), window)
    recent_menu.setObjectName("RecentMenu")
    menus["&File"].insertMenu(actions["archive_info"], recent_menu)
    languages = action_table.build_language_menu(menus, settings.language(), window)

    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    bar.setObjectName("MainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in action_table.TOOLBAR:
        bar.addAction(actions[name])
    spacer = QWidget(bar)
    spacer.setMinimumWidth(12)
    bar.addWidget(spacer)
    search_box = SearchBox(recent, bar)
    bar.addWidget(search_box)
    exact = actions["exact_spelling"]
    exact.setChecked(settings.exact_spelling())
    gap = QWidget(bar)
    gap.setMinimumWidth(6)
    bar.addWidget(gap)
    exact_box = ExactToggle(exact, bar)
    bar.addWidget(exact_box)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    status = window.statusBar()
    archive_label = QLabel(QCoreApplication.translate("MainWindow", "No archive open"), window)
    archive_label.setObjectName("ArchiveLabel")
    readonly_label = QLabel(QCoreApplication.translate("MainWindow", "read-only"), window)
    readonly_label.setObjectName("ReadOnlyLabel")
    readonly_label.setToolTip(
        QCoreApplication.translate("MainWindow", "Kartoteka never changes the archive file.")
    )
    counts_label = QLabel(window)
    counts_label.setObjectName("CountsLabel")
    progress = QProgressBar(window)
    progress.setObjectName("BusyIndicator")
    progress.setAccessibleName(QCoreApplication.translate("MainWindow", "Working"))
    progress.setRange(0, 0)
    progress.setMaximumWidth(110)
    progress.setMaximumHeight(14)
    progress.setTextVisible(False)
    progress.hide()
    cancel_check = QPushButton(QCoreApplication.translate("MainWindow", "Cancel check"), window)
    cancel_check.setObjectName("CancelCheck")
    cancel_check.setAccessibleName(
        QCoreApplication.translate("MainWindow", "Cancel the archive check")
    )
    cancel_check.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Stop checking this archive for damage; browsing goes on."
        )
    )
    cancel_check.setFlat(True)
    cancel_check.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab
    cancel_check.hide()
    for widget in (progress, cancel_check, counts_label, archive_label, readonly_label):
        status.addPermanentWidget(widget)
    return Frame(
        actions,
        menus,
        recent_menu,
        languages,
        bar,
        search_box,
        exact_box,
        archive_label,
        readonly_label,
        counts_label,
        progress,
        cancel_check,
    )
