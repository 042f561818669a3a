"""Every QAction and its shortcut in one table; menus are built from it.

Each controller connects the actions of its flow (`connect_actions`), the
window those that only move the focus or the view; this module only says
what each action is called, where it sits and which keys trigger it.
Text is translated when the actions are built (`QCoreApplication.translate`
with the "actions" context).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from viewer.resources import icon
from viewer.translations import LANGUAGES, QT_TRANSLATE_NOOP, SYSTEM

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


MENUS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("actions", "&File"),
    QT_TRANSLATE_NOOP("actions", "&Edit"),
    QT_TRANSLATE_NOOP("actions", "&View"),
    QT_TRANSLATE_NOOP("actions", "&Go"),
    QT_TRANSLATE_NOOP("actions", "&Help"),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Open archive…"),
        StandardKey.Open,
        "open",
        QT_TRANSLATE_NOOP("actions", "Open an archive file (.db)"),
    ),
    ActionSpec(
        "archive_info",
        "&File",
        QT_TRANSLATE_NOOP("actions", "Archive &info…"),
        "Ctrl+I",
        "info",
        QT_TRANSLATE_NOOP("actions", "Metadata, counts and format version of the open archive"),
    ),
    ActionSpec(
        "save_encrypted",
        "&File",
        QT_TRANSLATE_NOOP("actions", "Save &encrypted copy…"),
        "Ctrl+Shift+S",
        "",
        QT_TRANSLATE_NOOP(
            "actions", "Write a copy of the open archive encrypted with a passphrase"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "lock",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Lock"),
        "Ctrl+L",
        "",
        QT_TRANSLATE_NOOP(
            "actions", "Close the archive and forget its passphrase; nothing stays on screen"
        ),
    ),
    ActionSpec(
        "lock_idle",
        "&File",
        QT_TRANSLATE_NOOP("actions", "Lock after i&dle…"),
        "Ctrl+Alt+L",
        "",
        QT_TRANSLATE_NOOP("actions", "Lock the archive by itself after some minutes without input"),
    ),
    ActionSpec(
        "clear_history",
        "&File",
        QT_TRANSLATE_NOOP("actions", "Clear &history now"),
        "Ctrl+Shift+Del",
        "",
        QT_TRANSLATE_NOOP(
            "actions", "Forget the recent searches and archives, here and in the annotation store"
        ),
    ),
    ActionSpec(
        "export_annotations",
        "&File",
        QT_TRANSLATE_NOOP("actions", "E&xport annotations…"),
        "Ctrl+Alt+E",
        "",
        QT_TRANSLATE_NOOP("actions", "Write annotations to a file to hand to another archivist"),
        separator_before=True,
    ),
    ActionSpec(
        "import_annotations",
        "&File",
        QT_TRANSLATE_NOOP("actions", "I&mport annotations…"),
        "Ctrl+Alt+I",
        "",
        QT_TRANSLATE_NOOP("actions", "Merge another archivist's annotations file, after a preview"),
    ),
    ActionSpec(
        "dossier",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Print / Save dossier as PDF…"),
        StandardKey.Print,
        "",
        QT_TRANSLATE_NOOP(
            "actions",
            "A printable dossier with numbered sources, of one person or many",
        ),
        separator_before=True,
    ),
    ActionSpec(
        "export_sources",
        "&File",
        QT_TRANSLATE_NOOP("actions", "Export &sources…"),
        "Ctrl+Alt+Shift+S",
        "",
        QT_TRANSLATE_NOOP(
            "actions", "The sources of the people in the list as CSL-JSON, RIS or BibTeX"
        ),
    ),
    ActionSpec(
        "publish",
        "&File",
        QT_TRANSLATE_NOOP("actions", "Make a &publishable copy…"),
        "Ctrl+Alt+P",
        "",
        QT_TRANSLATE_NOOP(
            "actions",
            "Write a redacted copy to serve with Datasette or load into Aleph or Uwazi",
        ),
        separator_before=True,
    ),
    ActionSpec(
        "compare",
        "&File",
        QT_TRANSLATE_NOOP("actions", "Compare with another &edition…"),
        "Ctrl+Alt+W",
        "",
        QT_TRANSLATE_NOOP(
            "actions", "What changed since an earlier edition of this archive: who and how"
        ),
    ),
    ActionSpec(
        "quit", "&File", QT_TRANSLATE_NOOP("actions", "&Quit"), "Ctrl+Q", separator_before=True
    ),
    ActionSpec(
        "undo",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        StandardKey.Undo,
        "",
        QT_TRANSLATE_NOOP("actions", "Undo the last annotation edit"),
    ),
    ActionSpec(
        "redo",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        "Ctrl+Shift+Z",
        "",
        QT_TRANSLATE_NOOP("actions", "Redo the annotation edit undone"),
    ),
    ActionSpec(
        "copy_record",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Copy record as &text"),
        "Ctrl+Shift+C",
        "copy",
        QT_TRANSLATE_NOOP(
            "actions", "Copy the whole record of the person shown, with numbered sources"
        ),
    ),
    ActionSpec(
        "copy_citation",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Copy &citation"),
        "Ctrl+Alt+C",
        "",
        QT_TRANSLATE_NOOP(
            "actions", "Copy the source citation under the text cursor (or the first one)"
        ),
    ),
    ActionSpec(
        "cite",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "C&ite as CSL-JSON, RIS or BibTeX…"),
        "Ctrl+Alt+Shift+C",
        "",
        QT_TRANSLATE_NOOP(
            "actions",
            "Citations for a reference manager: one source or the whole record",
        ),
    ),
    ActionSpec(
        "find",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Search…"),
        StandardKey.Find,
        "search",
        QT_TRANSLATE_NOOP("actions", "Search names, quotes and sentences"),
        separator_before=True,
    ),
    ActionSpec(
        "exact_spelling",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "E&xact spelling"),
        "Ctrl+Shift+E",
        "",
        QT_TRANSLATE_NOOP("actions", "Exact spelling: no variants across scripts and typos"),
        checkable=True,
    ),
    ActionSpec(
        "clear_filters",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "C&lear filters and search"),
        "Ctrl+Shift+L",
        "clear",
        QT_TRANSLATE_NOOP("actions", "Show everybody again"),
    ),
    ActionSpec(
        "undo_filters",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Undo &filter change"),
        "Ctrl+Alt+Z",
        "",
        QT_TRANSLATE_NOOP(
            "actions", "Bring back the search, filters and sort before the last change"
        ),
    ),
    ActionSpec(
        "tags",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Tags…"),
        "Ctrl+Alt+T",
        "",
        QT_TRANSLATE_NOOP("actions", "Create, rename, recolour, merge and delete tags"),
        separator_before=True,
    ),
    ActionSpec(
        "orphans",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Orphaned annotations…"),
        "Ctrl+Alt+O",
        "",
        QT_TRANSLATE_NOOP(
            "actions",
            "Annotations whose entry is not in this edition of the archive (kept, never deleted)",
        ),
    ),
    ActionSpec(
        "preferences",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Preferences…"),
        "Ctrl+,",
        "",
        QT_TRANSLATE_NOOP("actions", "Your name on annotations, and where annotations are stored"),
        separator_before=True,
    ),
    ActionSpec("focus_list", "&View", QT_TRANSLATE_NOOP("actions", "People &list"), "Ctrl+1"),
    ActionSpec("focus_detail", "&View", QT_TRANSLATE_NOOP("actions", "Person &record"), "Ctrl+2"),
    ActionSpec("focus_timeline", "&View", QT_TRANSLATE_NOOP("actions", "&Timeline"), "Ctrl+3"),
    ActionSpec("focus_facets", "&View", QT_TRANSLATE_NOOP("actions", "&Filters"), "Ctrl+4"),
    ActionSpec(
        "annotations",
        "&View",
        QT_TRANSLATE_NOOP("actions", "&Annotations"),
        "Ctrl+5",
        "",
        QT_TRANSLATE_NOOP("actions", "Show or hide the annotations below the record"),
        checkable=True,
    ),
    ActionSpec(
        "letters_mode",
        "&View",
        QT_TRANSLATE_NOOP("actions", "L&etters to prisoners"),
        "Ctrl+6",
        "",
        QT_TRANSLATE_NOOP(
            "actions",
            "List the people in custody with their postal addresses and birthdays, "
            "instead of the people list",
        ),
        checkable=True,
    ),
    ActionSpec(
        "zoom_in",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Timeline zoom &in"),
        StandardKey.ZoomIn,
        separator_before=True,
    ),
    ActionSpec(
        "zoom_out", "&View", QT_TRANSLATE_NOOP("actions", "Timeline zoom &out"), StandardKey.ZoomOut
    ),
    ActionSpec("fit_all", "&View", QT_TRANSLATE_NOOP("actions", "Timeline &fit all"), "Ctrl+0"),
    ActionSpec(
        "back",
        "&Go",
        QT_TRANSLATE_NOOP("actions", "&Back"),
        "Alt+Left",
        "back",
        QT_TRANSLATE_NOOP("actions", "Previous person viewed"),
    ),
    ActionSpec(
        "forward",
        "&Go",
        QT_TRANSLATE_NOOP("actions", "&Forward"),
        "Alt+Right",
        "forward",
        QT_TRANSLATE_NOOP("actions", "Next person viewed"),
    ),
    ActionSpec("shortcuts", "&Help", QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"), "Ctrl+/"),
    ActionSpec(
        "search_help",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&Search syntax"),
        StandardKey.HelpContents,
    ),
    ActionSpec(
        "about",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&About Kartoteka"),
        "Ctrl+Shift+F1",
        separator_before=True,
    ),
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


NAMES_MENU = ("&View", QT_TRANSLATE_NOOP("actions", "Show &names in"))
"""Where the names-script choices sit: (top-level menu, submenu title)."""
NAMES_CHOICES: tuple[tuple[str, str], ...] = (
    ("be-Cyrl", QT_TRANSLATE_NOOP("actions", "&Belarusian Cyrillic")),
    ("ru-Cyrl", QT_TRANSLATE_NOOP("actions", "&Russian Cyrillic")),
    ("latin", QT_TRANSLATE_NOOP("actions", "&Latin (passport)")),
    ("archive", QT_TRANSLATE_NOOP("actions", "As in the &archive")),
)
"""(db.records.NameScript value, menu text) in menu order."""


def build_names_menu(menus: dict[str, QMenu], current: str, parent: QObject) -> dict[str, QAction]:
    """The checkable "Show names in" submenu of View; returns its actions by script value.

    Like the Language menu it holds no shortcuts (they are not in the table);
    its mnemonics reach it from the keyboard (Alt+V, N, then a letter).
    """
    menu_title, title = NAMES_MENU
    menu = QMenu(translate(title), menus[menu_title])
    menu.setObjectName("NamesMenu")
    menus[menu_title].addSeparator()
    menus[menu_title].addMenu(menu)
    group = QActionGroup(parent)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for value, text in NAMES_CHOICES:
        action = QAction(translate(text), group)
        action.setObjectName(f"action_names_{value}")
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        menu.addAction(action)
        actions[value] = action
    return actions


LANGUAGE_MENU = ("&View", QT_TRANSLATE_NOOP("actions", "&Language"))
"""Where the language choices sit: (top-level menu, submenu title)."""


def build_language_menu(
    menus: dict[str, QMenu], current: str, parent: QObject
) -> dict[str, QAction]:
    """The checkable Language submenu, one action per `translations.LANGUAGES` code.

    Each language is named in itself (a reader of it finds it in any UI
    language); "" is "System default". Returns the actions by code; the
    window connects them. No shortcuts: they are not in the table above.
    """
    menu_title, title = LANGUAGE_MENU
    menu = QMenu(translate(title), menus[menu_title])
    menu.setObjectName("LanguageMenu")
    menus[menu_title].addSeparator()
    menus[menu_title].addMenu(menu)
    group = QActionGroup(parent)
    group.setExclusive(True)
    names = [
        *LANGUAGES.items(),
        (SYSTEM, translate(QT_TRANSLATE_NOOP("actions", "System default"))),
    ]
    actions: dict[str, QAction] = {}
    for code, name in names:
        action = QAction(name, group)
        action.setObjectName(f"action_language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        if code == SYSTEM:
            menu.addSeparator()
        menu.addAction(action)
        actions[code] = action
    return actions
