"""A whole GUI session with every socket operation refused: nothing may try the network.

Qt's own networking (QtNetwork) is not imported by the viewer at all
(tests/test_no_network.py); this catches Python-level use at run time.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.models.roles import Role


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of opening a connection raise, and record the attempts."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def _refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(name)
            raise OSError(f"network use during a test: {name}")

        return _refuse

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket()"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_gui_session_uses_no_network(
    no_sockets: list[str],
    qtbot: QtBot,
    make_main_window: WindowFactory,
    error_log: ErrorLog,
    sample_archive_path: Path,
) -> None:
    with pytest.raises(OSError, match="network use"):
        socket.create_connection(("example.org", 80))  # the guard is active
    no_sockets.clear()
    window = make_main_window(sample_archive_path)
    rows = window.people_model.rowCount()
    assert rows > 1
    person_id = window.people_model.data(window.people_model.index(1, 0), Role.PERSON_ID)
    window.list_pane.select_row(1)
    qtbot.waitUntil(
        lambda: (r := window.detail_pane.record()) is not None and r.id == person_id,
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, "Kalesnikava")  # type: ignore[no-untyped-call]
    window.action_map["archive_info"].trigger()
    qtbot.waitUntil(lambda: bool(window.open_dialogs()), timeout=WAIT_MS)
    assert error_log == []
    assert no_sockets == []
