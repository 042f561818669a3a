"""An application-wide idle timer: `idle` fires after N ms without keyboard or mouse input.

The main window uses it to lock an open archive after a time the user chose
(off by default). It watches the QApplication's events through an event
filter, which sees input to every window and dialog; the filter never
consumes an event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Restarts a single-shot timer on every input event while a timeout is set.

    Signals:
        idle(): no input for the whole timeout.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    def timeout_ms(self) -> int:
        """The idle time in ms; 0 when off."""
        return self._timer.interval() if self._installed else 0

    def set_timeout_ms(self, ms: int) -> None:
        """Fire `idle` after `ms` without input (0 or less: off)."""
        app = QCoreApplication.instance()
        if ms <= 0:
            self._timer.stop()
            if self._installed and app is not None:
                app.removeEventFilter(self)
            self._installed = False
            return
        self._timer.setInterval(ms)
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def restart(self) -> None:
        """Count the idle time from now (also after the window was unlocked)."""
        if self._installed:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._timer.start()
        return False
