"""A line across the top of the window about the archive shown, with "Details…".

What opening repaired or ignored, a damaged part found by a check that ran
later, the file changed on disk: `viewer.controllers.open_archive.Banner`
says which, and this shows it until it is closed or replaced.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from viewer.controllers.open_archive import Banner
from viewer.palette_colours import accent


class BannerBar(QFrame):
    """One banner at a time; hidden when there is none.

    Signals:
        details_requested(object): "Details…" of this Banner was pressed.
        action_requested(object): the banner's own button ("Reopen") was pressed.
    """

    details_requested = Signal(object)
    action_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BannerBar")
        self.setAccessibleName(self.tr("Notice about this archive"))
        self._banner: Banner | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.clicked.connect(self._on_details_clicked)
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self._on_action_clicked)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        self.close_button.clicked.connect(lambda: self.show_banner(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.action_button)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        self.hide()

    def banner(self) -> Banner | None:
        """The banner shown, if any."""
        return self._banner

    def show_banner(self, banner: Banner | None) -> None:
        self._banner = banner
        if banner is None:
            self.hide()
            return
        self.setProperty("kind", banner.kind)
        for widget in (self, self.label):  # the style sheet styles each kind and its text
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        loud = banner.kind in ("damaged", "vanished")
        warning = accent("orange", self.palette()) if loud else ""
        self.label.setStyleSheet(f"color: {warning};" if warning else "")
        self.label.setText(banner.text)
        self.details_button.setVisible(bool(banner.details))
        action = self.tr("Reopen") if banner.kind == "changed" else ""
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        on_disk = banner.kind in ("changed", "vanished")  # keep reading what is shown
        self.close_button.setText(self.tr("Dismiss") if on_disk else self.tr("Close"))
        self.show()

    def _on_details_clicked(self) -> None:
        if self._banner is not None:
            self.details_requested.emit(self._banner)

    def _on_action_clicked(self) -> None:
        if self._banner is not None:
            self.action_requested.emit(self._banner)
