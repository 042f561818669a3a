"""Kartoteka never touches the network: no networking import anywhere, no socket at run time.

The static part parses every module under db/ and viewer/ with `ast` (so an
import inside a function or behind `if` is found too); the runtime part makes
every socket operation raise and runs the data layer end to end.
"""

from __future__ import annotations

import ast
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("db", "viewer")

FORBIDDEN = frozenset(
    {
        "socket",
        "socketserver",
        "ssl",
        "http",
        "urllib",
        "urllib3",
        "ftplib",
        "smtplib",
        "poplib",
        "imaplib",
        "nntplib",
        "telnetlib",
        "xmlrpc",
        "webbrowser",
        "requests",
        "httpx",
        "aiohttp",
        "websocket",
        "websockets",
        "paramiko",
        "PySide6.QtNetwork",
        "PySide6.QtNetworkAuth",
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtWebSockets",
        "PySide6.QtWebChannel",
        "PySide6.QtHttpServer",
        "PySide6.QtRemoteObjects",
    }
)
"""Modules (and their submodules) that open network connections."""
ALLOWED = frozenset({"urllib.parse"})
"""Pure string handling inside a forbidden package (quoting a file URL is not networking)."""


def _forbidden(module: str) -> bool:
    if any(module == name or module.startswith(name + ".") for name in ALLOWED):
        return False
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def network_imports(source: str, filename: str = "<string>") -> list[str]:
    """Every networking import in `source`, as "line: module" strings."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    modules = [arg.value]
        line = getattr(node, "lineno", 0)
        found.extend((line, m) for m in modules if _forbidden(m))
    return [f"{line}: {module}" for line, module in sorted(found)]


def _modules() -> Iterator[Path]:
    for package in PACKAGES:
        yield from sorted((ROOT / package).rglob("*.py"))


def test_the_checker_finds_network_imports() -> None:
    source = (
        "import os\n"
        "import socket\n"
        "from urllib.request import urlopen\n"
        "from urllib.parse import quote\n"
        "from PySide6 import QtNetwork, QtWidgets\n"
        "def later():\n"
        "    import http.client\n"
        "    importlib.import_module('ssl')\n"
        "from PySide6.QtNetwork import QNetworkAccessManager\n"
    )
    assert network_imports(source) == [
        "2: socket",
        "3: urllib.request",
        "3: urllib.request.urlopen",
        "5: PySide6.QtNetwork",
        "7: http.client",
        "8: ssl",
        "9: PySide6.QtNetwork",
        "9: PySide6.QtNetwork.QNetworkAccessManager",
    ]
    assert network_imports("import os\nfrom PySide6 import QtWidgets\nimport sqlite3\n") == []


def test_no_module_imports_networking() -> None:
    modules = list(_modules())
    assert len(modules) > 5  # the walk really found the packages
    problems = [
        f"{path.relative_to(ROOT)}:{hit}"
        for path in modules
        for hit in network_imports(path.read_text(encoding="utf-8"), str(path))
    ]
    assert problems == []


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
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_the_guard_really_refuses(no_sockets: list[str]) -> None:
    with pytest.raises(OSError, match="network use"):
        socket.socket()
    with pytest.raises(OSError, match="network use"):
        socket.create_connection(("example.org", 80))
    assert no_sockets == ["socket()", "create_connection"]
    no_sockets.clear()


def test_data_layer_works_without_network(
    no_sockets: list[str], sample_archive_path: Path, tmp_path: Path
) -> None:
    from db.connection import open_archive
    from db.exporting import export_archive
    from db.facets import facet_counts
    from db.info import archive_info
    from db.people import get_rows, list_people
    from db.person import get_person, record_as_text
    from db.records import PeopleQuery
    from db.search import search
    from db.timeline import timeline_extent

    with open_archive(sample_archive_path) as archive:
        info = archive_info(archive)
        assert info is not None
        people = list_people(archive.db, PeopleQuery())
        assert people.count > 0
        rows = get_rows(archive.db, people.pks(archive.db, 0, min(people.count, 20)))
        record = get_person(archive.db, rows[0].id)
        assert record is not None
        assert record_as_text(record)
        facet_counts(archive.db, PeopleQuery())
        timeline_extent(archive.db, PeopleQuery())
        result = search(archive.db, rows[0].display_name)
        assert result.hits
        report = export_archive(archive, tmp_path / "out.json")
        assert report is not None
        assert (tmp_path / "out.json").stat().st_size > 0
        with archive.reopen() as second:
            assert second.db.execute("SELECT count(*) FROM people").fetchone()[0] == people.count
    assert no_sockets == []
