"""Annotation store timings: one save, and loading a person's annotations at 10k.

Run: .venv/bin/python bench/bench_annotations.py [--dir FOLDER]
Prints median and 95th-percentile times. A save includes its fsync
(WAL, synchronous=FULL), so the figure depends on the disk.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.annotations import EntityRef, open_store
from db.annotations.store import AnnotationStore, _Tx

ARCHIVE = "bench-archive"


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the test store")
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
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
