"""What Qt and the libraries below it write on the computer: redirected or turned off.

Our own files follow db.locations. Qt writes some of its own: its file
dialog remembers folders and history in `QtProject.conf`, native (GTK or
portal) file dialogs add every chosen file to `recently-used.xbel`, and
fontconfig and Mesa keep caches under the home folder. So:

This module imports Qt only inside the functions that need it, so the
command line (which never loads Qt) can call `prepare_process()` too.

* `prepare_process()` runs first, before Qt is imported: in portable mode it
  points XDG_*, TMPDIR and SQLITE_TMPDIR into the portable folder
  (db.locations.enter_portable_mode), and in a bundle on a computer without a
  fontconfig set-up it uses the bundle's fonts.conf.
* `configure(app, history)` runs once the QApplication exists: Qt's own
  settings go to the portable folder (portable mode), or to a private
  temporary folder removed at exit (history not remembered), and Qt's own
  file dialogs replace native ones in both cases; the bundled fonts
  (Belarusian and Russian letters on a computer that has none) are added.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from db import locations
from db.resources import resources_dir

if TYPE_CHECKING:
    from viewer.discretion import RecentHistory

SYSTEM_FONTCONFIG = Path("/etc/fonts/fonts.conf")
_private_qt: list[locations.PrivateFolder] = []


def fonts_dir() -> Path:
    """Fonts shipped with a bundle (scripts/bundle copies them; a checkout has none)."""
    return resources_dir() / "fonts"


def prepare_process() -> locations.Locations:
    """Before Qt starts: portable environment, and a fontconfig set-up where the host has none."""
    found = locations.enter_portable_mode()
    bundled = fonts_dir() / "fonts.conf"
    if (
        locations.app_dir() is not None
        and bundled.is_file()
        and not SYSTEM_FONTCONFIG.is_file()
        and "FONTCONFIG_FILE" not in os.environ
    ):
        os.environ["FONTCONFIG_FILE"] = str(bundled)
    return found


def qt_settings_folder(remember: bool) -> Path | None:
    """Where Qt's own settings go: the portable folder, a private one, or None (Qt's default)."""
    found = locations.current()
    if found.portable:
        return found.qt_config
    if remember:
        return None
    if not _private_qt:
        _private_qt.append(locations.private_folder("kartoteka-qt-"))
    return _private_qt[0].path


def apply_discretion(remember: bool) -> None:
    """Point Qt's own settings and file dialogs where `remember` allows."""
    from PySide6.QtCore import QCoreApplication, QSettings, Qt

    folder = qt_settings_folder(remember)
    if folder is None:
        default = Path.home() / ".config"
        xdg = os.environ.get("XDG_CONFIG_HOME")
        folder = Path(xdg) if xdg else default
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    native_allowed = remember and not locations.current().portable
    QCoreApplication.setAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native_allowed
    )


def register_fonts() -> int:
    """Add the bundled fonts to the application; returns how many loaded."""
    folder = fonts_dir()
    if not folder.is_dir():
        return 0
    from PySide6.QtGui import QFontDatabase

    loaded = 0
    for path in sorted(folder.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            loaded += 1
    return loaded


def configure(history: RecentHistory) -> None:
    """After the QApplication exists: Qt's own files and dialogs, the bundled fonts."""
    apply_discretion(history.remember)
    history.remember_changed.connect(apply_discretion)
    register_fonts()
