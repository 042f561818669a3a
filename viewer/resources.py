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


def icon(name: str) -> QIcon:
    """The bundled SVG icon `name` (without extension); an empty icon if missing."""
    from PySide6.QtGui import QIcon  # here: QIcon's enums are not needed for the first paint

    path = resources_root() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def stylesheet() -> str:
    """The application stylesheet, or "" when the file is missing."""
    path = resources_root() / "styles" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
