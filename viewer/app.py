"""Composition root: the QApplication, settings, the main window, the first archive.

Only this module decides which archive opens at start: the command-line
path, else the last archive (if it still exists), else the bundled sample;
and installs the interface language (viewer.translations) before any widget.
It also points Qt's own files where db.locations and the discretion settings
say (viewer.host) and wires the recent lists to the window (viewer.discretion).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import viewer.pyside_feature  # noqa: F401  # first: a cheaper check for every later import
from db.errors import KartotekaError
from viewer import discretion, gui_gc, host, translations
from viewer.dialogs import error as error_dialog
from viewer.error_text import error_text
from viewer.mainwindow import MainWindow
from viewer.palette_colours import make_placeholder_readable
from viewer.resources import stylesheet
from viewer.settings import Settings
from viewer.widgets import check_style


def application() -> QApplication:
    """The QApplication as the viewer runs it (names, style sheet, GUI-thread GC); made once."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kartoteka")
    app.setOrganizationName("Kartoteka")
    app.setApplicationDisplayName("Kartoteka")
    from viewer.desktop_entry import ICON_NAME, desktop_dir

    app.setWindowIcon(QIcon(str(desktop_dir() / f"{ICON_NAME}.svg")))
    app.setDesktopFileName("kartoteka")  # Wayland: the window belongs to kartoteka.desktop
    apply_look(app)
    gui_gc.install(app)
    return app


def apply_look(app: QApplication) -> None:
    """Placeholder colours, check boxes that show on dark palettes, the style sheet."""
    make_placeholder_readable(app)
    check_style.install(app)
    app.setStyleSheet(stylesheet())


def build_window(archive_path: Path | None, settings: Settings | None = None) -> MainWindow:
    """A main window opening `archive_path` (None: the sample archive)."""
    settings = settings if settings is not None else Settings()
    app = QCoreApplication.instance()
    if app is not None:
        translations.install(app, settings.language())
        host.configure(settings.history)
    window = MainWindow(settings, defer_panes=True)
    discretion.install(window)
    if archive_path is None:
        try:
            from db.sample import default_sample_path

            archive_path = default_sample_path()
        except KartotekaError as exc:
            title = QCoreApplication.translate("MainWindow", exc.title)
            error_dialog.show_error(window, title, error_text(exc))
            return window
    window.open_path(archive_path)
    return window


def run_viewer(archive_path: Path | None, *, settings: Settings | None = None) -> int:
    """Show the viewer on `archive_path` (None: the sample) until it is closed."""
    app = application()
    window = build_window(archive_path, settings)
    window.show()
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    """`kartoteka-gui [ARCHIVE]`: open ARCHIVE, else the last one, else the sample."""
    parser = argparse.ArgumentParser(prog="kartoteka-gui", description=main.__doc__)
    parser.add_argument("archive", nargs="?", type=Path, help="archive file to open")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    host.prepare_process()
    application()
    settings = Settings()
    path: Path | None = args.archive
    if path is None:
        last = settings.last_archive()
        path = last if last is not None and last.is_file() else None
    return run_viewer(path, settings=settings)
