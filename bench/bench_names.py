"""The public name-spelling table, in full: recall@5 and first hit per class, with the misses.

Run: `.venv/bin/python bench/bench_names.py [--people 1500] [--keep FOLDER]`.
Builds a generated archive (realistic name vocabulary) of `--people` people,
imports the table's people, namesakes and register records
(tests/data/name_spellings.py) and runs every case with CLI semantics.
tests/db/test_name_table.py runs a third of the cases on every test run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.connection import open_archive
from tests.data.name_spellings import build_archive, cases, evaluate, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1500, help="generated people around them")
    parser.add_argument("--keep", type=Path, help="a folder to keep the archive in")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kartoteka-names-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"names-{args.people}.db"
    if not path.exists():
        build_archive(path, args.people)
    table = list(cases())
    with open_archive(path) as archive:
        started = time.perf_counter()
        scores = evaluate(archive, table)
        secs = time.perf_counter() - started
    print(report(scores))
    print(f"{len(table)} cases in {secs:.1f} s")
    for kind, s in scores.items():
        for miss in s.misses:
            print(f"not in top 5  [{kind}] {miss}")
        for other in s.not_first:
            print(f"not first     [{kind}] {other}")
    if args.keep is None:
        path.unlink()
    total = sum(s.cases for s in scores.values())
    ok = sum(s.in_top5 for s in scores.values()) == total
    return 0 if ok and sum(s.first for s in scores.values()) >= 0.95 * total else 1


if __name__ == "__main__":
    raise SystemExit(main())
