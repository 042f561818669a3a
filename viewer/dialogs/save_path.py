"""The file a Save dialog returned, with the suffix its format needs, never replaced unasked.

QFileDialog asks before replacing the file whose name the user typed; when
we then add the format's suffix ("sources" becomes "sources.ris"), that is
another file, which the dialog never checked. `with_suffix_asking` asks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.translations import Context

SavePath = Context("SavePath")
"""Strings of this module (lupdate reads `SavePath.tr`)."""


def ask_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask whether to replace the existing file `path`; True to replace it."""
    answer = QMessageBox.question(
        parent,
        SavePath.tr("Replace the file?"),
        SavePath.tr("{path} already exists. Replace it?").format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def with_suffix_asking(
    path: Path, suffixes: tuple[str, ...], confirm: Callable[[Path], bool]
) -> Path | None:
    """`path` if it ends in one of `suffixes`; else with the first added, asking
    `confirm` first when that file exists (None: the user said no)."""
    if path.suffix.lower() in suffixes:
        return path  # the file dialog asked before replacing it
    path = Path(f"{path}{suffixes[0]}")
    if path.exists() and not path.is_dir() and not confirm(path):
        return None
    return path
