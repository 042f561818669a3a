"""Every QAction and its shortcut in one table; menus are built from it.

Handlers live on the main window (`MainWindow.on_action_<name>`); this module
only says what each action is called, where it sits and which keys trigger it.
Text is translated when the actions are built (`QCoreApplication.translate`
with the "actions" context).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from viewer.resources import icon

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    menu: str  # top-level menu title; "" for window-only actions
    text: str
    shortcut: str | StandardKey
    icon: str = ""
    tip: str = ""
    separator_before: bool = False
    checkable: bool = False


MENUS: tuple[str, ...] = ("&File", "&Edit", "&View", "&Go", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open", "&File", "&Open archive…", StandardKey.Open, "open", "Open an archive file (.db)"
    ),
    ActionSpec(
        "archive_info",
        "&File",
        "Archive &info…",
        "Ctrl+I",
        "info",
        "Metadata, counts and format version of the open archive",
    ),
    ActionSpec(
        "save_encrypted",
        "&File",
        "Save &encrypted copy…",
        "Ctrl+Shift+S",
        "",
        "Write a copy of the open archive encrypted with a passphrase",
        separator_before=True,
    ),
    ActionSpec(
        "lock",
        "&File",
        "&Lock",
        "Ctrl+L",
        "",
        "Close the archive and forget its passphrase; nothing stays on screen",
    ),
    ActionSpec(
        "lock_idle",
        "&File",
        "Lock after i&dle…",
        "Ctrl+Alt+L",
        "",
        "Lock the archive by itself after some minutes without input",
    ),
    ActionSpec(
        "export_annotations",
        "&File",
        "E&xport annotations…",
        "Ctrl+Alt+E",
        "",
        "Write annotations to a file to hand to another archivist",
        separator_before=True,
    ),
    ActionSpec(
        "import_annotations",
        "&File",
        "I&mport annotations…",
        "Ctrl+Alt+I",
        "",
        "Merge another archivist's annotations file, after a preview",
    ),
    ActionSpec("quit", "&File", "&Quit", "Ctrl+Q", separator_before=True),
    ActionSpec("undo", "&Edit", "&Undo", StandardKey.Undo, "", "Undo the last annotation edit"),
    ActionSpec("redo", "&Edit", "&Redo", "Ctrl+Shift+Z", "", "Redo the annotation edit undone"),
    ActionSpec(
        "copy_record",
        "&Edit",
        "Copy record as &text",
        "Ctrl+Shift+C",
        "copy",
        "Copy the whole record of the person shown, with numbered sources",
    ),
    ActionSpec(
        "copy_citation",
        "&Edit",
        "Copy &citation",
        "Ctrl+Alt+C",
        "",
        "Copy the source citation under the text cursor (or the first one)",
    ),
    ActionSpec(
        "find",
        "&Edit",
        "&Search…",
        StandardKey.Find,
        "search",
        "Search names, quotes and sentences",
        separator_before=True,
    ),
    ActionSpec(
        "exact_spelling",
        "&Edit",
        "E&xact spelling",
        "Ctrl+Shift+E",
        "",
        "Exact spelling: no variants across scripts and typos",
        checkable=True,
    ),
    ActionSpec(
        "clear_filters",
        "&Edit",
        "C&lear filters and search",
        "Ctrl+Shift+L",
        "clear",
        "Show everybody again",
    ),
    ActionSpec(
        "tags",
        "&Edit",
        "&Tags…",
        "Ctrl+Alt+T",
        "",
        "Create, rename, recolour, merge and delete tags",
        separator_before=True,
    ),
    ActionSpec(
        "orphans",
        "&Edit",
        "&Orphaned annotations…",
        "Ctrl+Alt+O",
        "",
        "Annotations whose entry is not in this edition of the archive (kept, never deleted)",
    ),
    ActionSpec(
        "preferences",
        "&Edit",
        "&Preferences…",
        "Ctrl+,",
        "",
        "Your name on annotations, and where annotations are stored",
        separator_before=True,
    ),
    ActionSpec("focus_list", "&View", "People &list", "Ctrl+1"),
    ActionSpec("focus_detail", "&View", "Person &record", "Ctrl+2"),
    ActionSpec("focus_timeline", "&View", "&Timeline", "Ctrl+3"),
    ActionSpec("focus_facets", "&View", "&Filters", "Ctrl+4"),
    ActionSpec("zoom_in", "&View", "Timeline zoom &in", StandardKey.ZoomIn, separator_before=True),
    ActionSpec("zoom_out", "&View", "Timeline zoom &out", StandardKey.ZoomOut),
    ActionSpec("fit_all", "&View", "Timeline &fit all", "Ctrl+0"),
    ActionSpec("back", "&Go", "&Back", "Alt+Left", "back", "Previous person viewed"),
    ActionSpec("forward", "&Go", "&Forward", "Alt+Right", "forward", "Next person viewed"),
    ActionSpec("shortcuts", "&Help", "&Keyboard shortcuts", "Ctrl+/"),
    ActionSpec("search_help", "&Help", "&Search syntax", StandardKey.HelpContents),
    ActionSpec("about", "&Help", "&About Kartoteka", "Ctrl+Shift+F1", separator_before=True),
)
"""The one table; `tests/viewer/test_actions.py` checks every row has a unique shortcut."""

TOOLBAR: tuple[str, ...] = ("open", "back", "forward", "copy_record", "clear_filters")


def translate(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def key_sequence(spec: ActionSpec) -> QKeySequence:
    return QKeySequence(spec.shortcut)


def build_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per table row, parented to `parent` (the main window)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(translate(spec.text), parent)
        action.setObjectName(f"action_{spec.name}")
        action.setShortcut(key_sequence(spec))
        action.setCheckable(spec.checkable)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        tip = translate(spec.tip) if spec.tip else action.text().replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        actions[spec.name] = action
    return actions


def build_menus(menubar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menu bar from the table, in table order; returns the menus by title."""
    menus: dict[str, QMenu] = {}
    for title in MENUS:
        menus[title] = menubar.addMenu(translate(title))
    for spec in ACTIONS:
        if not spec.menu:
            continue
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(actions[spec.name])
    return menus
