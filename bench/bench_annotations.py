"""Annotation store timings: saves, loads, note search, correction reasons, timeline reads.

Run: .venv/bin/python bench/bench_annotations.py [--dir FOLDER] [--no-gui]
Prints median and 95th-percentile times. A save includes its fsync
(WAL, synchronous=FULL), so the figure depends on the disk.

Loading a person with 10,000 annotations is shown three ways, in the same
run: the raw SQLite floor (the same SELECT, rows fetched as tuples, no
records), the store's `annotations_for`, and the viewer's annotations pane
showing that person (offscreen Qt). For the pane it reports the GUI
thread's time (the call that asks for the load, the longest single event
loop slice, and the total busy time until the list is filled) beside the
worker's time for the load itself.

Reads whose budgets used to be timed in unit tests, each beside the raw
SQLite query it stands on, run on a bare sqlite3 connection in the same run
(the ratio is store / raw):

* note search (`db.annotations.lookup.matching_entries`) over 10,000 notes
  of one archive: it folds every note in Python, so the floor is reading the
  same texts (its TEXTS_SQL, tuples); a plain `LIKE` scan is shown as well;
* pairing old reason notes with their corrections (`with_reasons`) among the
  10,000 annotations of one person, beside the raw SELECT of those rows (what
  the pane reads before pairing; there is no SQL equivalent of the pairing);
* the timeline's reads of 100,000 dated notes on the GUI thread: one window
  of at most 401 notes (`dated_notes`, a spring and the whole range) and the
  day counts (`dated_note_days`), beside the same SELECTs.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.annotations import EntityRef, open_store
from db.annotations.lookup import TEXTS_SQL, matching_entries
from db.annotations.records import AnnotationId
from db.annotations.store import (
    DATED_NOTE_DAYS_SQL,
    DATED_NOTES_SQL,
    LONGEST_NOTE_SPAN_SQL,
    SELECT_ENTITY_SQL,
    AnnotationStore,
    _Tx,
)

ARCHIVE = "bench-archive"
IDLE_S = 0.002  # an event-loop turn shorter than this did no real work
IDLE_TURNS = 50  # that many in a row: the pane is shown and laid out


def _fill(store: AnnotationStore, refs: list[EntityRef], count: int) -> None:
    """Insert `count` notes round-robin over `refs` in one transaction (setup only)."""

    def work(tx: _Tx) -> None:
        for i in range(count):
            ref = refs[i % len(refs)]
            row = {
                "id": uuid.uuid4().hex,
                "archive_id": ref.archive_id,
                "entity_type": ref.entity_type,
                "entity_id": ref.entity_id,
                "kind": "note",
                "body": f"Bench note {i}: arrested, tried, sentenced; source checked.",
                "deleted": 0,
            }
            tx.put("annotations", None, row)

    store._write("Bench fill", "create", work)


def _ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[int(len(samples) * 0.95) - 1]
    return f"median {statistics.median(samples) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def _times(fn: Callable[[], object], runs: int) -> list[float]:
    """Seconds per call of `fn`, `runs` times, after one untimed warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def _vs(samples: list[float], floor: list[float]) -> str:
    """Median against the raw floor's median, as a ratio."""
    return f"{statistics.median(samples) / statistics.median(floor):.2f}x raw"


def _search_figures(folder: Path, runs: int) -> None:
    """Note search over 10,000 notes of one archive, beside reading the same texts raw."""
    store = open_store(folder / "search.sqlite", author="bench")
    refs = [EntityRef(ARCHIVE, "person", f"p-{i}") for i in range(1000)]
    _fill(store, refs, 10_000)
    query = "sentenced 123"
    found = matching_entries(store, ARCHIVE, query)
    ours = _times(lambda: matching_entries(store, ARCHIVE, query), runs)
    conn = sqlite3.connect(store.path)
    raw = _times(lambda: conn.execute(TEXTS_SQL, {"archive_id": ARCHIVE}).fetchall(), runs)
    like_sql = (
        "SELECT DISTINCT entity_type, entity_id FROM annotations WHERE archive_id = ? "
        "AND deleted = 0 AND kind = 'note' AND body LIKE '%sentenced%' AND body LIKE '%123%'"
    )
    like = _times(lambda: conn.execute(like_sql, (ARCHIVE,)).fetchall(), runs)
    conn.close()
    store.close()
    print(f"note search {query!r} over 10,000 notes ({len(found)} entries found), {runs} runs:")
    print(f"  raw SQLite, the same texts read (TEXTS_SQL): {_ms(raw)}")
    print(f"  raw SQLite, two LIKE '%..%' (no folding):    {_ms(like)}")
    print(f"  matching_entries:                            {_ms(ours)} ({_vs(ours, raw)})")


def _reasons_figures(store: AnnotationStore, busy: EntityRef, raw: list[float]) -> None:
    """Pair reasons with corrections among the busy person's 10,000 annotations."""
    from viewer.annotations.corrections import ProposedCorrection, reason_note, with_reasons

    loaded = store.annotations_for(busy)
    at = "2024-01-01T10:00:00+00:00"
    old = dataclasses.replace(
        loaded[0], id=AnnotationId("bench-old"), kind="correction", field="city",
        body="Pinsk", created_at=at, updated_at=at, reason=None,
    )  # fmt: skip
    said = "2024-01-01T10:00:01+00:00"
    why = dataclasses.replace(
        loaded[0], id=AnnotationId("bench-why"), body=reason_note("city", "Pinsk", "found"),
        created_at=said, updated_at=said,
    )  # fmt: skip
    own = dataclasses.replace(old, reason="own")
    assert with_reasons([*loaded, old, why]) == [ProposedCorrection(old, "found")]
    runs = len(raw)
    pairing = _times(lambda: with_reasons([*loaded, old, why]), runs)
    owned = _times(lambda: with_reasons([*loaded, own, why]), runs)
    print(f"reasons among {len(loaded)} annotations of one person, {runs} runs:")
    print(f"  raw SQLite, the SELECT of those rows:        {_ms(raw)}")
    print(f"  with_reasons, an old correction (notes read): {_ms(pairing)} ({_vs(pairing, raw)})")
    print(f"  with_reasons, its own reason (none read):     {_ms(owned)} ({_vs(owned, raw)})")


def _fill_dated(store: AnnotationStore, count: int) -> None:
    """`count` notes dated one day each over 35 years, inserted raw (setup only)."""
    base = dt.date(1990, 1, 1).toordinal()
    at = "2025-01-01T00:00:00+00:00"
    rows = []
    for i in range(count):
        day = dt.date.fromordinal(base + (i * 7919) % (35 * 365)).isoformat()
        entity = f"p{i % 5000}"
        rows.append(
            (uuid.uuid4().hex, ARCHIVE, "person", entity, f"note {i}", at, at, day, day, day)
        )
    conn = store.db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO annotations (id, archive_id, entity_type, entity_id, kind, body, "
        "created_at, created_by, updated_at, updated_by, rev, deleted, date, date_earliest, "
        "date_latest, date_span) VALUES (?, ?, ?, ?, 'note', ?, ?, 'a', ?, 'a', 'r', 0, ?, ?, "
        "?, 0)",
        rows,
    )
    conn.execute("COMMIT")


def _raw_dated(
    conn: sqlite3.Connection, start: str, end: str, limit: int
) -> list[tuple[object, ...]]:
    """The store's two SELECTs for a timeline window, tuples only."""
    params: dict[str, object] = {"archive_id": ARCHIVE, "start": start, "end": end}
    longest = conn.execute(LONGEST_NOTE_SPAN_SQL, params).fetchone()[0]
    lower = max(dt.date.min.toordinal(), dt.date.fromisoformat(start).toordinal() - int(longest))
    params |= {"lower": dt.date.fromordinal(lower).isoformat(), "limit": limit}
    return conn.execute(DATED_NOTES_SQL, params).fetchall()


def _dated_figures(folder: Path, runs: int) -> None:
    """The timeline's reads of 100,000 dated notes, beside the same SELECTs raw."""
    store = open_store(folder / "dated.sqlite", author="bench")
    _fill_dated(store, 100_000)
    store.add_note(EntityRef(ARCHIVE, "person", "p-year"), "a year", date="2020")
    conn = sqlite3.connect(store.path)
    print(f"timeline reads of 100,001 dated notes (GUI thread), {runs} runs:")
    for name, start, end in (
        ("a spring (2020-03-01..06-01)", "2020-03-01", "2020-06-01"),
        ("the whole range", "0001-01-01", "9999-12-31"),
    ):
        n = len(store.dated_notes(ARCHIVE, start, end, limit=401))
        assert n == len(_raw_dated(conn, start, end, 401))
        raw = _times(functools.partial(_raw_dated, conn, start, end, 401), runs)
        ours = _times(functools.partial(store.dated_notes, ARCHIVE, start, end, limit=401), runs)
        print(f"  window, {name}, {n} notes:")
        print(f"    raw SQLite, the same two SELECTs: {_ms(raw)}")
        print(f"    dated_notes:                      {_ms(ours)} ({_vs(ours, raw)})")
    days = len(store.dated_note_days(ARCHIVE))
    sql = DATED_NOTE_DAYS_SQL
    raw = _times(lambda: conn.execute(sql, {"archive_id": ARCHIVE}).fetchall(), runs)
    ours = _times(lambda: store.dated_note_days(ARCHIVE), runs)
    print(f"  day counts, {days} days:")
    print(f"    raw SQLite, the same SELECT:      {_ms(raw)}")
    print(f"    dated_note_days:                  {_ms(ours)} ({_vs(ours, raw)})")
    conn.close()
    store.close()


def _raw_load(path: Path, ref: EntityRef) -> float:
    """The floor: the store's SELECT for one entry on a bare sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        params = {
            "archive_id": ref.archive_id,
            "entity_type": ref.entity_type,
            "entity_id": ref.entity_id,
            "all": False,
        }
        t = time.perf_counter()
        conn.execute(SELECT_ENTITY_SQL, params).fetchall()
        return time.perf_counter() - t
    finally:
        conn.close()


def _pane_figures(path: Path, busy: EntityRef, runs: int) -> None:
    """Show the person with 10k annotations in the annotations pane; GUI vs worker time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.records import PersonId, PersonPk, PersonRecord
    from viewer.annotations import pane as pane_module
    from viewer.annotations.pane import AnnotationsPane
    from viewer.annotations.session import AnnotationSession
    from viewer.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)

    def record(person_id: str) -> PersonRecord:
        return PersonRecord(
            PersonPk(1), PersonId(person_id), person_id, (), (), None, None, None, "unknown",
            None, None, None, (), (), (), (), (),
        )  # fmt: skip

    worker_s: list[float] = []
    load = pane_module.load

    def timed_load(*args: object) -> object:
        t = time.perf_counter()
        try:
            return load(*args)  # type: ignore[arg-type]
        finally:
            worker_s.append(time.perf_counter() - t)

    pane_module.load = timed_load  # type: ignore[assignment]
    session = AnnotationSession("bench")
    session.open(path)
    session.set_archive(busy.archive_id)
    worker = TaskRunner()
    pane = AnnotationsPane(session, worker)
    pane.resize(520, 600)
    pane.show()
    calls, slices, totals, walls, loads = [], [], [], [], []
    for i in range(runs):
        pane.set_record(record("p-0" if i % 2 else "p-warm"))  # another person first
        while pane.is_loading():
            app.processEvents()
        worker_s.clear()
        t0 = time.perf_counter()
        pane.set_record(record(busy.entity_id))
        calls.append(time.perf_counter() - t0)
        busy_s, longest = calls[-1], calls[-1]
        idle = 0  # then the view lays the rows out (in batches) until it is idle
        while pane.is_loading() or pane.model.rowCount() == 0 or idle < IDLE_TURNS:
            t = time.perf_counter()
            app.processEvents()
            took = time.perf_counter() - t
            busy_s += took
            longest = max(longest, took)
            idle = idle + 1 if took < IDLE_S else 0
            if idle == 0:
                done = time.perf_counter()
            else:
                time.sleep(IDLE_S)  # let timers (batched layout) come due
        walls.append(done - t0)
        slices.append(longest)
        totals.append(busy_s)
        loads.append(worker_s[-1])
    n = pane.model.rowCount()
    print(
        f"annotations pane, first showing of a person with {n} annotations (every row "
        f"measured): GUI busy {totals[0] * 1000:.0f} ms in slices of at most "
        f"{slices[0] * 1000:.0f} ms, worker {loads[0] * 1000:.0f} ms, "
        f"wall {walls[0] * 1000:.0f} ms"
    )
    calls, slices, totals, loads, walls = (v[1:] for v in (calls, slices, totals, loads, walls))
    print(f"annotations pane shows that person again, {runs - 1} runs:")
    print(f"  GUI thread, set_record() call:          {_ms(calls)}")
    print(f"  GUI thread, longest event-loop slice:   {_ms(slices)}")
    print(f"  GUI thread, busy in total until shown:  {_ms(totals)}")
    print(f"  worker thread, loading them:            {_ms(loads)}")
    print(f"  wall clock until shown:                 {_ms(walls)}")
    pane_module.load = load  # type: ignore[assignment]
    worker.shutdown()
    session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the test store")
    parser.add_argument("--no-gui", action="store_true", help="skip the annotations pane")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        store = open_store(Path(tmp) / "bench.sqlite", author="bench")
        busy = EntityRef(ARCHIVE, "person", "p-busy")
        others = [EntityRef(ARCHIVE, "person", f"p-{i}") for i in range(1000)]
        t0 = time.perf_counter()
        _fill(store, [busy], 10_000)  # one person with 10k annotations
        _fill(store, others, 10_000)  # and 10k more over 1,000 other people
        print(f"setup: 20,000 notes in {time.perf_counter() - t0:.1f} s")

        saves = []
        for i in range(200):
            t = time.perf_counter()
            store.add_note(others[i], f"timed save {i}")
            saves.append(time.perf_counter() - t)
        print(f"save one annotation (commit + fsync), 200 runs: {_ms(saves)}")

        raw = [_raw_load(store.path, busy) for _ in range(20)]
        print(f"raw SQLite: the same SELECT for the 10k, tuples only, 20 runs: {_ms(raw)}")

        loads_busy = []
        for _ in range(20):
            t = time.perf_counter()
            n = len(store.annotations_for(busy))
            loads_busy.append(time.perf_counter() - t)
        print(f"load all {n} annotations of a person with 10k, 20 runs: {_ms(loads_busy)}")

        loads_one = []
        for i in range(200):
            t = time.perf_counter()
            store.annotations_for(others[i])
            loads_one.append(time.perf_counter() - t)
        print(f"load one person's ~10 annotations in a 20k store, 200 runs: {_ms(loads_one)}")
        _reasons_figures(store, busy, raw)
        _search_figures(Path(tmp), runs=20)
        _dated_figures(Path(tmp), runs=30)
        if not args.no_gui:
            _pane_figures(store.path, busy, runs=20)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
