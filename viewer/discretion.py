"""Recent searches and archives, kept with discretion.

Names a person searched for are exactly what a seized or shared computer
must not give away. So the recent lists:

* live in memory while the window runs, and on disk only in the annotation
  store (db.annotations.recent), which can be encrypted, never in the plain
  settings file;
* are written only when "Remember recent searches and files" is on (off by
  default in portable mode); turning it off deletes what was kept;
* are forgotten from memory by Lock (and come back from the store when it
  is opened again), and deleted everywhere by "Clear history now", together
  with Qt's own file-dialog history.

`RecentHistory` is the one object the settings, the search box's completer
and the recent-files menu read; `install(window)` wires it to the window's
store and Lock (app.py calls it).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QSettings, QStringListModel, Signal
from PySide6.QtWidgets import QCompleter

from db.errors import KartotekaError
from viewer.error_text import error_text

if TYPE_CHECKING:
    from db.annotations import AnnotationStore
    from viewer.mainwindow import MainWindow

# db.annotations (sqlite-utils) is imported where used: the window's first
# paint, which imports this module through viewer.settings, must not wait for it
Kind = Literal["search", "file"]
_StoreWrite = Callable[["AnnotationStore"], None]

MAX_RECENT_FILES = 8
MAX_RECENT_SEARCHES = 15
_LIMITS: dict[Kind, int] = {"search": MAX_RECENT_SEARCHES, "file": MAX_RECENT_FILES}


class RecentHistory(QObject):
    """The recent searches and archives of this window, newest first.

    Signals:
        changed(): the lists changed (added to, loaded, forgotten or cleared).
        remember_changed(bool): "Remember recent searches and files" was switched.
        failed(object): the store could not save or clear them (the
            AnnotationStoreError); the lists in memory are still right.
    """

    changed = Signal()
    failed = Signal(object)
    remember_changed = Signal(bool)

    def __init__(self, remember: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._remember = remember
        self._lists: dict[Kind, list[str]] = {"search": [], "file": []}
        self._unsaved: dict[Kind, list[str]] = {"search": [], "file": []}
        self._store: AnnotationStore | None = None

    @property
    def remember(self) -> bool:
        return self._remember

    def searches(self) -> list[str]:
        return list(self._lists["search"])

    def files(self) -> list[Path]:
        return [Path(p) for p in self._lists["file"]]

    def add_search(self, text: str, *, replaces: str | None = None) -> None:
        """Put `text` first; `replaces` (an earlier stage of typing it) is dropped."""
        text = text.strip()
        if text:
            self._add("search", text, tuple(t for t in (replaces,) if t and t != text))

    def add_file(self, path: Path) -> None:
        self._add("file", str(path), ())

    def _add(self, kind: Kind, value: str, drop: tuple[str, ...]) -> None:
        items = [v for v in self._lists[kind] if v != value and v not in drop]
        self._lists[kind] = [value, *items][: _LIMITS[kind]]
        if self._remember:
            if self._store is not None:
                self._save(
                    functools.partial(
                        _remember, kind=kind, values=[value], keep=_LIMITS[kind], drop=drop
                    )
                )
            else:  # written when a store is opened (e.g. after its passphrase)
                pending = [v for v in self._unsaved[kind] if v != value and v not in drop]
                self._unsaved[kind] = [*pending, value]
        self.changed.emit()

    # ----- the store --------------------------------------------------------

    @property
    def store(self) -> AnnotationStore | None:
        return self._store

    def attach(self, store: AnnotationStore | None) -> None:
        """Use `store` from now on (None: it closed): what it kept joins this run's lists."""
        self._store = store
        if store is None:
            return
        if self._remember:
            for kind, limit in _LIMITS.items():
                unsaved, self._unsaved[kind] = self._unsaved[kind], []
                if unsaved:
                    self._save(functools.partial(_remember, kind=kind, values=unsaved, keep=limit))
                try:
                    kept = _recent(store, kind, limit)
                except KartotekaError as exc:
                    self.failed.emit(exc)
                    continue
                ours = self._lists[kind]
                self._lists[kind] = [*ours, *(v for v in kept if v not in ours)][:limit]
        self.changed.emit()

    def forget(self) -> None:
        """Lock: drop the lists from memory and let go of the store (it is being closed)."""
        self._store = None
        for kind in _LIMITS:
            self._lists[kind] = []
            self._unsaved[kind] = []
        self.changed.emit()

    def set_remember(self, remember: bool) -> None:
        """Turning it off deletes what the store kept; turning it on saves this run's lists."""
        if remember == self._remember:
            return
        self._remember = remember
        self.remember_changed.emit(remember)
        if not remember:
            self._unsaved = {"search": [], "file": []}
            self._save(_forget)
        else:
            for kind, limit in _LIMITS.items():
                values = list(reversed(self._lists[kind]))
                if self._store is None:
                    self._unsaved[kind] = values
                elif values:
                    self._save(functools.partial(_remember, kind=kind, values=values, keep=limit))

    def clear(self) -> None:
        """Clear history now: memory, the store, and Qt's file-dialog history."""
        for kind in _LIMITS:
            self._lists[kind] = []
            self._unsaved[kind] = []
        self._save(_forget)
        forget_file_dialog_history()
        self.changed.emit()

    def _save(self, write: _StoreWrite) -> None:
        if self._store is None:
            return
        try:
            write(self._store)
        except KartotekaError as exc:  # e.g. a read-only stick: memory still works
            self.failed.emit(exc)


def _recent(store: AnnotationStore, kind: Kind, limit: int) -> list[str]:
    from db.annotations.recent import recent

    return recent(store, kind, limit)


def _remember(
    store: AnnotationStore, *, kind: Kind, values: list[str], keep: int, drop: tuple[str, ...] = ()
) -> None:
    from db.annotations.recent import remember

    remember(store, kind, values, keep=keep, drop=drop)


def _forget(store: AnnotationStore) -> None:
    from db.annotations.recent import forget

    forget(store)


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's own file dialog remembers (QtProject.conf, "FileDialog")."""
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.sync()


def install(window: MainWindow) -> None:
    """Wire the window's settings history to its annotation store, Lock and completer.

    The store's lists load when a store opens (at start, after a passphrase,
    after choosing another store); Lock forgets them; the search box's
    completer ("RecentSearches") always shows the lists as they are.
    """
    history = window.settings.history
    following: list[bool] = []

    def follow_store() -> None:
        session = window.annotations
        if not following:  # the session exists once the first store opened
            following.append(True)
            session.store_changed.connect(follow_store)
        if session.store is not history.store:
            history.attach(session.store)

    def show_searches() -> None:
        completer = window.findChild(QCompleter, "RecentSearches")
        model = completer.model() if completer is not None else None
        if isinstance(model, QStringListModel):
            model.setStringList(history.searches())

    def on_failed(exc: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window is being destroyed
            window.statusBar().showMessage(error_text(exc), 10_000)

    window.annotation_store_opened.connect(follow_store)
    window.locked.connect(history.forget)
    history.changed.connect(show_searches)
    history.failed.connect(on_failed)
    if window.is_ready():  # built at once (not deferred): its store may be open already
        follow_store()
