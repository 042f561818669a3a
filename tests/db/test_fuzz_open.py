"""Fuzzing open_archive: malformed bytes and mutated real archives give only plain errors.

Whatever the file holds, opening it either works or raises a KartotekaError
subclass (a message for a person); nothing else may escape, nothing may hang
and nothing may appear beside the file. Bounded to a few seconds per test.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import connection
from db.connection import SQLITE_MAGIC, open_archive
from db.errors import KartotekaError
from tests.db.builders import build_fixture_archive

FUZZ = settings(
    max_examples=40,
    deadline=None,  # one example may legitimately take a second on a slow CI box
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@functools.cache
def good_bytes() -> bytes:
    """A small real archive; not a fixture, so failing examples do not print its bytes."""
    with tempfile.TemporaryDirectory() as folder:
        path = build_fixture_archive(Path(folder) / "good.db", people=6)
        return path.read_bytes()


@pytest.fixture
def short_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "OPEN_CHECK_LIMIT_MS", 3000)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)


def open_bytes(data: bytes) -> None:
    """Write `data` alone into a fresh folder and open it; only plain errors may escape."""
    folder = Path(tempfile.mkdtemp(prefix="kartoteka-fuzz-"))
    try:
        path = folder / "archive.db"
        path.write_bytes(data)
        message = str(path)
        try:
            with open_archive(path) as archive:
                archive.db.execute("SELECT count(*) FROM people").fetchone()
        except KartotekaError as exc:
            message = str(exc)
        assert str(path) in message
        assert sorted(p.name for p in folder.iterdir()) == ["archive.db"]
        assert path.read_bytes() == data
    finally:
        shutil.rmtree(folder)


def test_harness_lets_other_errors_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    """The harness must fail the test when anything but a plain error escapes."""

    def broken(path: Path) -> None:
        raise ValueError("a bug")

    monkeypatch.setitem(globals(), "open_archive", broken)
    with pytest.raises(ValueError, match="a bug"):
        open_bytes(b"anything")


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes(data: bytes, short_checks: None) -> None:
    open_bytes(data)


@FUZZ
@given(tail=st.binary(min_size=0, max_size=8192))
def test_sqlite_magic_then_random_bytes(tail: bytes, short_checks: None) -> None:
    open_bytes(SQLITE_MAGIC + tail)


@settings(FUZZ, max_examples=100)
@given(
    flips=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
        min_size=1,
        max_size=24,
    ),
    in_header=st.booleans(),
)
def test_mutated_real_archive(
    flips: list[tuple[int, int]], in_header: bool, short_checks: None
) -> None:
    data = bytearray(good_bytes())
    span = 100 if in_header else len(data)
    for offset, mask in flips:
        data[offset % span] ^= mask
    open_bytes(bytes(data))


@FUZZ
@given(cut=st.integers(min_value=0))
def test_truncated_real_archive(cut: int, short_checks: None) -> None:
    data = good_bytes()
    open_bytes(data[: cut % len(data)])
