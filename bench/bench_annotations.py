"""Annotation store timings: one save, and loading a person's annotations at 10k.

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
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.annotations import EntityRef, open_store
from db.annotations.store import SELECT_ENTITY_SQL, AnnotationStore, _Tx

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
    from viewer.workers import DbWorker

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
    worker = DbWorker()
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
        if not args.no_gui:
            _pane_figures(store.path, busy, runs=20)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
