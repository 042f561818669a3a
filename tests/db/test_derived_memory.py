"""The derived-table steps of a build hold a bounded slice of the archive in Python.

A million-person build reached 4.4 GB resident because store_summaries held
every person's facts at once and store_name_order every person's names and
collation keys. Python's own allocations (tracemalloc; SQLite's page cache
and sorts are not traced) must not grow with the number of people.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import summary
from db.generate import generate_archive
from db.shown_names import store_name_order
from db.summary import store_summaries

SMALL, LARGE = 600, 2400


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("derived-memory")
    out = {}
    for n in (SMALL, LARGE):
        out[n] = folder / f"{n}.db"
        generate_archive(out[n], n, seed=5)
    return out


def _python_peak(path: Path, step: Callable[[Database], None]) -> int:
    db = Database(path)
    try:
        db.conn.execute("BEGIN")
        tracemalloc.start()
        try:
            step(db)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            db.conn.execute("ROLLBACK")
    finally:
        db.close()


@pytest.mark.parametrize("step", [store_summaries, store_name_order], ids=lambda f: f.__name__)
def test_python_memory_does_not_grow_with_people(
    archives: dict[int, Path], step: Callable[[Database], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    # slices smaller than the small archive, so both sizes run several of them
    monkeypatch.setattr(summary, "SUMMARY_SLICE", 200, raising=False)
    small = _python_peak(archives[SMALL], step)
    large = _python_peak(archives[LARGE], step)
    # four times the people: a step holding everyone's rows takes ~4x
    assert large < 1.6 * small + 256 * 1024, (small, large)
