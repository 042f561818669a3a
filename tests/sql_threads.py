"""Which thread runs each SQL statement: for tests and bench/ (never imported by the app).

`SqlThreads()` is a context manager that makes every `sqlite3.connect` made
inside it return a connection whose trace callback notes each statement it
runs, the thread it ran on, when, and which file the connection reads. A
statement that reads the archive on the GUI thread is a disk read the window
waits for: a few milliseconds when the file is in the page cache, up to a
disk seek per page on a cold cache (a 3M-person archive does not fit in it).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement as SQLite started it."""

    sql: str
    database: str  # the file (or URI) the connection was opened on
    thread: str
    on_gui: bool  # run on the thread that entered SqlThreads (the GUI thread)
    at: float  # time.perf_counter() when it started

    def reads(self, path: Path) -> bool:
        """Whether the statement ran on a connection to `path` (a `file:` URI naming it too)."""
        return _file_of(self.database) == Path(path).resolve()


def _file_of(database: str) -> Path | None:
    if database.startswith("file:"):
        return Path(unquote(urlsplit(database).path)).resolve()
    if database in ("", ":memory:"):
        return None
    return Path(database).resolve()


class SqlThreads:
    """Notes every statement of the connections opened while it is entered.

    `gui_statements(path)` lists those that ran on the entering thread,
    optionally only on connections to `path`. Connections opened before
    entering are not traced. The original `sqlite3.connect` is restored on
    exit; connections opened meanwhile keep tracing into this object until
    they close (`stop()` makes them quiet).
    """

    def __init__(self) -> None:
        self.statements: list[Statement] = []
        self._gui = threading.get_ident()
        self._lock = threading.Lock()
        self._original: Callable[..., sqlite3.Connection] | None = None
        self._on = False

    def __enter__(self) -> SqlThreads:
        self._gui = threading.get_ident()
        self._original = sqlite3.connect
        self._on = True
        sqlite3.connect = self._connect  # type: ignore[assignment]
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        if self._original is not None:
            sqlite3.connect = self._original  # type: ignore[assignment]
            self._original = None
        self._on = False

    def _connect(self, database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        assert self._original is not None
        conn = self._original(database, *args, **kwargs)
        name = str(database)
        gui = self._gui

        def note(sql: str) -> None:
            if not self._on:
                return
            ident = threading.get_ident()
            statement = Statement(
                " ".join(sql.split())[:300],
                name,
                threading.current_thread().name,
                ident == gui,
                time.perf_counter(),
            )
            with self._lock:
                self.statements.append(statement)

        conn.set_trace_callback(note)
        return conn

    def gui_statements(self, path: Path | None = None) -> list[Statement]:
        """Statements that ran on the GUI thread (on connections to `path`, if given)."""
        with self._lock:
            found = [s for s in self.statements if s.on_gui]
        return [s for s in found if path is None or s.reads(path)]

    def clear(self) -> None:
        with self._lock:
            self.statements.clear()
