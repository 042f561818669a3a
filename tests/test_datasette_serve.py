"""A real `datasette` process serves a published sample: tables, facets, FTS, any-spelling names.

Only this test opens a socket, to a Datasette it starts on a free loopback
port and stops at the end; the app itself never does (test_no_network.py).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from db.publish import parse_rules, publish

START_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory, sample_archive_path: Path
) -> Iterator[Callable[..., Any]]:
    out = tmp_path_factory.mktemp("served") / "out"
    publish(sample_archive_path, out, parse_rules({"people": {"ids": ["p-kalesnikava"]}}))
    port = _free_port()
    datasette = Path(sys.executable).with_name("datasette")
    proc = subprocess.Popen(
        [
            str(datasette),
            "serve",
            str(out / "archive.db"),
            "-m",
            str(out / "metadata.yml"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"

    def get(path: str, **params: str) -> Any:
        url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read().decode("utf-8")
        return json.loads(body) if ".json" in path else body

    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                get("/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    output = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"datasette did not start: {output[-2000:]}")
                time.sleep(0.2)
        yield get
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def test_the_plugin_is_loaded(served: Callable[..., Any]) -> None:
    names = {p["name"] for p in served("/-/plugins.json")}
    assert "kartoteka" in names


def test_people_table_json(served: Callable[..., Any]) -> None:
    rows = served("/archive/people.json", _shape="array", _size="max")
    ids = {r["id"] for r in rows}
    assert "p-tsikhanouski" in ids
    assert "p-kalesnikava" not in ids  # redacted
    assert [r["sort_name"] for r in rows] == sorted(r["sort_name"] for r in rows)  # the app's order


def test_facets(served: Callable[..., Any]) -> None:
    people = served("/archive/people.json")
    statuses = {f["value"]: f["count"] for f in people["facet_results"]["status"]["results"]}
    assert statuses["released"] == 1
    roles = served("/archive/person_roles.json")
    assert "prisoner" in {f["value"] for f in roles["facet_results"]["role"]["results"]}
    sentences = served("/archive/sentences.json")
    courts = sentences["facet_results"]["court_id"]["results"]
    assert any(f["label"] == "Homiel Regional Court" for f in courts)  # labelled via label_column
    years = served("/archive/person_years.json")
    assert 2021 in {f["value"] for f in years["facet_results"]["year"]["results"]}


def test_fts_search_box(served: Callable[..., Any]) -> None:
    rows = served("/archive/people.json", _search="tsikh*", _shape="array")
    assert {"p-tsikhanouski", "p-tsikhanouskaya"} <= {r["id"] for r in rows}
    assert "p-putin" not in {r["id"] for r in rows}
    quotes = served("/archive/quotes.json", _search="trusted", _shape="array")
    assert any("cannot be trusted" in q["text"] for q in quotes)


def test_canned_query_finds_any_spelling(served: Callable[..., Any]) -> None:
    for spelling in (
        "Тихановский",
        "Ціханоўскі",
        "Tikhanovsky",
        "Cichanoŭski",
        "Siarhei Tsikhanowski",
        "Tsikanouski",  # the article's own misspelling: a typo
        "Тихановского",  # declined, as media text has it
    ):
        rows = served("/archive/find_person_by_any_spelling.json", name=spelling, _shape="array")
        assert rows, spelling
        assert rows[0]["display_name"] == "Siarhei Tsikhanouski", spelling
    rows = served("/archive/find_person_by_any_spelling.json", name="tsikhanou", _shape="array")
    assert {r["id"] for r in rows} == {"p-tsikhanouski", "p-tsikhanouskaya"}  # a prefix
    assert served("/archive/find_person_by_any_spelling.json", name="!!!", _shape="array") == []


def test_row_links_by_stable_id(served: Callable[..., Any]) -> None:
    page = served("/archive/sentences")
    assert 'href="/-/kartoteka/archive/people/p-tsikhanouski"' in page
    # the stable link redirects to the row page, which shows the person
    html = served("/-/kartoteka/archive/people/p-tsikhanouski")
    assert "Siarhei Tsikhanouski" in html
    assert "sentences?person_id=p-tsikhanouski" in html  # incoming links counted by id
    with pytest.raises(urllib.error.HTTPError) as info:
        served("/-/kartoteka/archive/people/p-kalesnikava")
    info.value.close()
    assert info.value.code == 404
