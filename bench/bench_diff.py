"""Edition diff at scale: `db.diff` on two generated editions beside raw EXCEPT queries.

Run: `.venv/bin/python bench/bench_diff.py --people 1000000 --dir DIR`
(not part of the test suite). DIR keeps `generated-N.db` (made with
`db.generate.generate_archive` unless it is there already) and the later
edition `edition2-N.db` written by `db.editions.next_edition`: one person in
`--every` removed, one status changed, one new sentence, one release, one
transfer and one new spelling each, plus `--added` new people.

Each measurement runs in a child process, so its peak memory (ru_maxrss) is
its own; each is the median of `--repeat` runs with a warm page cache:

* diff: `db.diff.compare` on both files attached read-only (every aspect's two
  EXCEPTs, grouping the differences, reading them into records);
* changed ids: the same differences, only the person ids read (the viewer's
  "changed since" filter);
* floor: raw `SELECT * EXCEPT SELECT *` over the same base tables in both
  directions (every column but the file-local pk), counting the rows; the
  least any SQL diff of these tables can do.

The files are attached directly: `diff_archives` on paths also copies and
checks both files through `open_archive` first (the viewer has them open
already), which is not part of the diff. The found changes are checked
against the known ones. Prints a table and writes JSON to bench/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.diff import attach_paths, compare
from db.editions import next_edition
from db.generate import generate_archive

OUT_DIR = Path(__file__).resolve().parent / "out"
FLOOR_TABLES = (
    "people",
    "person_names",
    "person_roles",
    "sentences",
    "charges",
    "events",
    "event_people",
    "relations",
    "quotes",
)
_CHANGED_IDS = """
SELECT count(*) FROM (
  SELECT person_id FROM temp.diff WHERE person_id IN (SELECT id FROM new.people)
  UNION SELECT * FROM (SELECT id FROM new.people EXCEPT SELECT id FROM old.people))
"""


def _columns(conn: sqlite3.Connection, table: str) -> str:
    rows = conn.execute(f"SELECT name FROM new.pragma_table_info('{table}')").fetchall()
    return ", ".join(str(r[0]) for r in rows if r[0] != "pk")


def child(kind: str, old: Path, new: Path) -> dict[str, Any]:
    """One measurement in this process: seconds, peak RSS, and what it found."""
    started = time.perf_counter()
    with attach_paths(old, new) as conn:
        if kind == "diff":
            d = compare(conn)
            found: Any = {
                "added": len(d.added),
                "removed": len(d.removed),
                "changed": len(d.changed),
                "changed_ids": sorted(d.changed_ids()),
            }
        elif kind == "ids":
            from db.diff import ASPECTS, _fill_differences

            _fill_differences(conn, ASPECTS)
            found = {"changed_ids": int(conn.execute(_CHANGED_IDS).fetchone()[0])}
        else:
            rows = 0
            for table in FLOOR_TABLES:
                cols = _columns(conn, table)
                for a, b in (("new", "old"), ("old", "new")):
                    sql = (
                        f"SELECT count(*) FROM (SELECT {cols} FROM {a}.{table} "
                        f"EXCEPT SELECT {cols} FROM {b}.{table})"
                    )
                    rows += int(conn.execute(sql).fetchone()[0])
            found = {"rows": rows}
    seconds = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rss_mb": rss_mb, "found": found}


def _run_child(kind: str, old: Path, new: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(old), str(new)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _measure(kind: str, old: Path, new: Path, repeat: int) -> dict[str, Any]:
    runs = [_run_child(kind, old, new) for _ in range(repeat)]
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "rss_mb": max(r["rss_mb"] for r in runs),
        "found": runs[-1]["found"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--added", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="folder for the two editions (required)")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "OLD", "NEW"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, old_s, new_s = args.child
        print(json.dumps(child(kind, Path(old_s), Path(new_s))))
        return
    if args.dir is None:
        parser.error("--dir is required")
    args.dir.mkdir(parents=True, exist_ok=True)
    old = args.dir / f"generated-{args.people}.db"
    new = args.dir / f"edition2-{args.people}.db"
    if not old.exists():
        t = time.perf_counter()
        generate_archive(old, args.people)
        print(f"generated {old.name} in {time.perf_counter() - t:.0f} s")
    new.unlink(missing_ok=True)
    t = time.perf_counter()
    known = next_edition(old, new, every=args.every, added=args.added, refresh=False)
    print(f"wrote {new.name} in {time.perf_counter() - t:.0f} s")
    for path in (old, new):  # warm the page cache once
        with path.open("rb") as fh:
            while fh.read(1 << 24):
                pass
    results = {kind: _measure(kind, old, new, args.repeat) for kind in ("diff", "ids", "floor")}
    found = results["diff"]["found"]
    correct = set(found["changed_ids"]) == set(known.changed_ids()) and found["removed"] == len(
        known.changed["removed"]
    )
    floor = results["floor"]["seconds"]
    print(f"\n{args.people:,} people, 1 in {args.every} changed per kind, {args.added:,} added")
    print(f"{'measure':<12}{'seconds':>10}{'x floor':>10}{'peak RSS':>12}")
    for kind, label in (("diff", "diff"), ("ids", "changed ids"), ("floor", "raw EXCEPT")):
        r = results[kind]
        print(
            f"{label:<12}{r['seconds']:>10.2f}{r['seconds'] / floor:>10.2f}{r['rss_mb']:>10.0f} MB"
        )
    print(
        f"found: {found['added']:,} added, {found['removed']:,} removed, "
        f"{found['changed']:,} changed; matches the known changes: {correct}"
    )
    OUT_DIR.mkdir(exist_ok=True)
    report = {
        "people": args.people,
        "every": args.every,
        "added": args.added,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "correct": correct,
        "results": {
            k: {kk: vv for kk, vv in v.items() if kk != "found"} for k, v in results.items()
        },
        "sizes_mb": {p.name: p.stat().st_size / 1e6 for p in (old, new)},
    }
    out = OUT_DIR / f"diff-{args.people}.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
