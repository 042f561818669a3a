"""What the window shows while locked: no data, the file's name and "Open again…".

Locking closed the archive and forgot its key, so this pane holds nothing
from the archive; the file name is the only thing shown (it is in the
recent-files list anyway).

Signals are wired by the main window (STYLE D2.3).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class LockedPane(QWidget):
    """The locked state of the window.

    Signals:
        open_again_requested(): the user wants the locked archive back (passphrase asked).
        open_other_requested(): the user wants to pick another archive.
    """

    open_again_requested = Signal()
    open_other_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockedPane")
        self.setAccessibleName(self.tr("Archive locked"))
        title = QLabel(self.tr("Archive locked"), self)
        title.setObjectName("LockedTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.message = QLabel(self)
        self.message.setObjectName("LockedMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_again_button = QPushButton(self.tr("Open again…"), self)
        self.open_again_button.setObjectName("OpenAgainButton")
        self.open_again_button.setDefault(True)
        self.open_again_button.clicked.connect(self.open_again_requested)
        other = QPushButton(self.tr("Open another archive…"), self)
        other.setObjectName("OpenOtherButton")
        other.clicked.connect(self.open_other_requested)
        # a fixed-width column: a word-wrapped label then gets its full height
        column = QWidget(self)
        column.setFixedWidth(480)
        inner = QVBoxLayout(column)
        inner.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.message)
        inner.addSpacing(8)
        inner.addWidget(self.open_again_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(other, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def set_path(self, path: Path, *, encrypted: bool) -> None:
        """Say which archive was locked and what opening it again needs."""
        name = path.name
        if encrypted:
            text = self.tr(
                "“{name}” was closed and its passphrase forgotten. Opening it again "
                "asks for the passphrase."
            ).format(name=name)
        else:
            text = self.tr(
                "“{name}” was closed. Nothing from it is on screen. It is not "
                "encrypted, so anyone with this computer can open the file itself."
            ).format(name=name)
        self.message.setText(text)
        self.message.setToolTip(str(path))
