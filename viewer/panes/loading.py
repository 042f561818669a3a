"""What the window shows while an archive opens: which file, what is happening, how far.

Instead of empty panes ("0 people", "No archive open") for the seconds a
big archive takes: its name and size, the stage ("Checking the archive…"),
a percentage when the data layer reports one (a busy bar otherwise) and the
time so far.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from viewer.controllers.open_archive import (
    STAGE_BACKGROUND,
    STAGE_CHECKING,
    STAGE_COPYING,
    STAGE_LISTING,
)
from viewer.formatting import file_size_text
from viewer.translations import Context

Loading = Context("Loading")
"""The words of opening (lupdate reads `Loading.tr`)."""


def progress_text(stage: str, share: float) -> str:
    """ "Checking the archive… 40 %": a stage of opening (or of a later check) and its share."""
    words = {
        STAGE_CHECKING: Loading.tr("Checking the archive…"),
        STAGE_BACKGROUND: Loading.tr("Checking the archive…"),
        STAGE_COPYING: Loading.tr(
            "Another program is writing this archive: making a private copy to read…"
        ),
        STAGE_LISTING: Loading.tr("Reading the list of people…"),
    }.get(stage, stage)
    if share < 0:
        return words
    return Loading.tr("{stage} {percent} %").format(stage=words, percent=round(share * 100))


class LoadingPane(QWidget):
    """The opening page: file, stage, progress and elapsed time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoadingPane")
        self.setAccessibleName(self.tr("Opening an archive"))
        self.title = QLabel(self)
        self.title.setObjectName("LoadingTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.stage = QLabel(self)
        self.stage.setObjectName("LoadingStage")
        self.stage.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("LoadingProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setMaximumWidth(420)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("LoadingElapsed")
        self._started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._show_elapsed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addStretch(1)
        for widget in (self.title, self.stage, self.bar, self.elapsed):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def start(self, path: Path, size: float) -> None:
        """An archive starts opening."""
        name = path.name
        size_text = file_size_text(size)
        title = self.tr("Opening {name}").format(name=name)
        self.title.setText(f"{title} ({size_text})" if size_text else title)
        self._started = time.monotonic()
        self.set_progress(STAGE_CHECKING, -1.0)
        self._show_elapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_progress(self, stage: str, share: float) -> None:
        """The stage now, and its share done (negative: unknown)."""
        self.stage.setText(progress_text(stage, share))
        if share >= 0:
            self.bar.setRange(0, 100)
            self.bar.setValue(round(share * 100))
        else:
            self.bar.setRange(0, 0)  # busy: the data layer does not say how far it is

    def _show_elapsed(self) -> None:
        seconds = int(time.monotonic() - self._started)
        self.elapsed.setText(self.tr("{n} s so far", "", seconds).format(n=seconds))
