"""Locates resources/ once: the "icons:" search path, icons and the stylesheet.

The folder is found through db.resources (source checkout or installed
wheel), so the viewer never depends on the working directory.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir

from db.resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


@cache
def _registered() -> Path:
    root = resources_dir()
    QDir.addSearchPath("icons", str(root / "icons"))
    return root


def resources_root() -> Path:
    """The resources folder, with the "icons:" search path registered."""
    return _registered()


ICON_STROKE = "#3c4043"
"""The bundled icons' line colour: dark grey, drawn for a light toolbar."""
ICON_SIZES = (16, 24, 32, 48)


def icon(name: str) -> QIcon:
    """The bundled SVG icon `name` (without extension); an empty icon if missing.

    On a dark palette the lines are drawn in the buttons' text colour instead of
    ICON_STROKE, which all but vanished on a dark toolbar (1.6:1 contrast).
    """
    from PySide6.QtGui import QIcon  # here: QIcon's enums are not needed for the first paint

    from viewer.palette_colours import is_dark

    path = resources_root() / "icons" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    if not is_dark():
        return QIcon(str(path))
    return _tinted(path.read_text(encoding="utf-8"))


def _tinted(svg: str) -> QIcon:
    """`svg` drawn in the palette's button text colour, at the sizes a toolbar asks for."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    renderer = QSvgRenderer(QByteArray(svg.replace(ICON_STROKE, colour).encode("utf-8")))
    result = QIcon()
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result


def stylesheet() -> str:
    """The application stylesheet, or "" when the file is missing."""
    path = resources_root() / "styles" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
