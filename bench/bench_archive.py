"""Archive budgets: build time and size, list paging and one record, beside raw sqlite3.

Run: `.venv/bin/python bench/bench_archive.py --people 100000 1000000`
(not part of the test suite; a million people takes tens of minutes and a
few GB of disk in the temp folder, or in --keep).

For each size it reports, each beside a floor measured in the same run:

* build: `db.generate.generate_archive` (rows generated in Python, derived
  data, FTS, ANALYZE, VACUUM) against the raw-sqlite3 floor: the very same
  rows (read back from the generated archive, reading not timed) inserted
  with bare `executemany` into the same schema with its indexes but without
  the FTS triggers, then every FTS index built with 'rebuild'. Same pragmas
  (journal off, synchronous off, 256 MB cache). Budget: ratio <= 1.5.
* latency (median of --repeat runs, warm cache): `list_people` for the
  unfiltered list (against a bare COUNT), the first page and deeper pages
  of it (200 rows: `PeopleList.pks` + `get_rows`), and one person's full
  record (`get_person`), each against the equivalent hand-written sqlite3
  queries. "Page 50,000" of the issue does not exist
  below 10M people, so the deep page starts at row 50,000 and the last page
  is reported too.

Prints a table and writes JSON to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import writer
from db.connection import open_archive
from db.generate import generate_archive, meta_for
from db.people import get_rows, list_people
from db.person import get_person
from db.records import PeopleQuery, PersonId

PAGE = 200
OUT_DIR = Path(__file__).resolve().parent / "out"
FLOOR_PRAGMAS = ("journal_mode = OFF", "synchronous = OFF", "cache_size = -262144")
SKIP_TABLES = {"meta", "_sqlite_migrations"}


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _tables(conn: sqlite3.Connection) -> tuple[list[str], list[str], list[str]]:
    """(plain tables to copy, external-content FTS to rebuild, other FTS to copy)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid"
    ).fetchall()
    virtual = {n: sql for n, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")}
    shadow = {f"{v}_{s}" for v in virtual for s in ("data", "idx", "content", "docsize", "config")}
    plain = [n for n, _s in rows if n not in virtual and n not in shadow and n not in SKIP_TABLES]
    external = [n for n, sql in virtual.items() if "content=" in sql.replace(" ", "")]
    copied = [n for n in virtual if n not in external]
    return plain, external, copied


def floor_build(generated: Path, out: Path) -> float:
    """Seconds to insert the generated archive's rows with bare sqlite3, then build FTS."""
    db = writer.create_archive(out, meta_for(1, 0))
    triggers = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (name,) in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    db.close()
    src = sqlite3.connect(generated)
    dst = sqlite3.connect(out, isolation_level=None)
    for pragma in FLOOR_PRAGMAS:
        dst.execute(f"PRAGMA {pragma}")
    plain, external, copied = _tables(src)
    spent = 0.0
    dst.execute("BEGIN")
    for table in plain + copied:
        cols = [r[1] for r in src.execute(f'PRAGMA table_xinfo("{table}")') if r[6] in (0,)]
        names = ", ".join(f'"{c}"' for c in cols)
        insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})'
        cursor = src.execute(f'SELECT {names} FROM "{table}"')
        while batch := cursor.fetchmany(50_000):
            t = time.perf_counter()
            dst.executemany(insert, batch)
            spent += time.perf_counter() - t
    t = time.perf_counter()
    for fts in external:
        dst.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
    dst.execute("COMMIT")
    spent += time.perf_counter() - t
    src.close()
    dst.close()
    return spent


RAW_PAGE_SQL = """
SELECT p.pk, p.id, p.display_name, p.status, p.birth_year, p.latest_term_months,
       p.latest_event_earliest, p.quote_count
FROM people_order o JOIN people p ON p.pk = o.person_pk
WHERE o.by_name BETWEEN ? AND ? ORDER BY o.by_name
"""
RAW_OFFSET_SQL = """
SELECT pk, id, display_name, status, birth_year, latest_term_months,
       latest_event_earliest, quote_count
FROM people ORDER BY sort_name, pk LIMIT ? OFFSET ?
"""
RAW_RECORD_SQL = (
    "SELECT * FROM people WHERE id = :id",
    "SELECT * FROM person_names WHERE person_id = :id ORDER BY pk",
    "SELECT role FROM person_roles WHERE person_id = :id",
    "SELECT r.*, p.display_name, o.name FROM relations r LEFT JOIN people p "
    "ON p.id = r.other_person_id LEFT JOIN organizations o ON o.id = r.org_id "
    "WHERE r.person_id = :id OR r.other_person_id = :id",
    "SELECT s.*, o.name, j.display_name FROM sentences s LEFT JOIN organizations o "
    "ON o.id = s.court_id LEFT JOIN people j ON j.id = s.judge_id WHERE s.person_id = :id",
    "SELECT c.* FROM charges c JOIN sentences s ON s.id = c.sentence_id "
    "WHERE s.person_id = :id ORDER BY c.sentence_id, c.position",
    "SELECT q.* FROM quotes q WHERE q.speaker_id = :id OR q.id IN "
    "(SELECT quote_id FROM quote_subjects WHERE person_id = :id)",
    "SELECT e.*, o.name FROM event_people ep JOIN events e ON e.id = ep.event_id "
    "LEFT JOIN organizations o ON o.id = e.org_id WHERE ep.person_id = :id",
    "SELECT c.*, s.title, s.url FROM citations c JOIN sources s ON s.id = c.source_id "
    "WHERE (c.entity_type = 'person' AND c.entity_id = :id) OR (c.entity_type = 'sentence' "
    "AND c.entity_id IN (SELECT id FROM sentences WHERE person_id = :id)) OR "
    "(c.entity_type = 'event' AND c.entity_id IN "
    "(SELECT event_id FROM event_people WHERE person_id = :id)) OR "
    "(c.entity_type = 'quote' AND c.entity_id IN (SELECT id FROM quotes WHERE speaker_id = :id))",
)


def latencies(path: Path, repeat: int) -> dict[str, dict[str, float]]:
    """Median ms of the db functions and of the equivalent raw sqlite3 queries."""
    archive = open_archive(path, defer_checks=True)  # as the viewer: no whole-file check first
    db = archive.db
    raw = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    count = int(db.execute("SELECT COUNT(*) FROM people").fetchone()[0])
    deep = min(50_000, max(0, count - PAGE))
    last = max(0, count - PAGE)
    pid = db.execute(
        "SELECT person_id FROM sentences GROUP BY person_id ORDER BY COUNT(*) DESC, person_id "
        "LIMIT 1"
    ).fetchone()[0]

    listing = list_people(db, PeopleQuery())

    def page(start: int) -> Callable[[], object]:
        return lambda: get_rows(db, listing.pks(db, start, start + PAGE))

    def raw_page(start: int) -> Callable[[], object]:
        return lambda: raw.execute(RAW_PAGE_SQL, (start, start + PAGE - 1)).fetchall()

    def raw_offset(start: int) -> Callable[[], object]:
        return lambda: raw.execute(RAW_OFFSET_SQL, (PAGE, start)).fetchall()

    def raw_record() -> object:
        return [raw.execute(sql, {"id": pid}).fetchall() for sql in RAW_RECORD_SQL]

    Case = tuple[Callable[[], object], Callable[[], object], Callable[[], object] | None]
    cases: dict[str, Case] = {
        "list_people (count)": (
            lambda: list_people(db, PeopleQuery()),
            lambda: raw.execute("SELECT COUNT(*) FROM people").fetchone(),
            None,
        ),
        "first page": (page(0), raw_page(0), raw_offset(0)),
        f"page at row {deep:,}": (page(deep), raw_page(deep), raw_offset(deep)),
        f"last page (row {last:,})": (page(last), raw_page(last), raw_offset(last)),
        "one full record": (lambda: get_person(db, PersonId(pid)), raw_record, None),
    }
    result: dict[str, dict[str, float]] = {}
    for name, (ours, floor, offset) in cases.items():
        ours()  # warm the cache the same way for both
        floor()
        entry = {"ms": _median_ms(ours, repeat), "raw_ms": _median_ms(floor, repeat)}
        if offset is not None:
            entry["raw_offset_ms"] = _median_ms(offset, max(3, repeat // 4))
        entry["ratio"] = entry["ms"] / entry["raw_ms"] if entry["raw_ms"] else float("nan")
        result[name] = entry
    raw.close()
    archive.close()
    return result


def bench(people: int, folder: Path, seed: int, repeat: int) -> dict[str, Any]:
    gen = folder / f"generated-{people}.db"
    flo = folder / f"floor-{people}.db"
    for p in (gen, flo):
        p.unlink(missing_ok=True)
    print(f"\n== {people:,} people ==", flush=True)
    t = time.perf_counter()
    generate_archive(gen, people, seed=seed)
    build_s = time.perf_counter() - t
    print(f"generate_archive: {build_s:,.1f} s", flush=True)
    floor_s = floor_build(gen, flo)
    print(f"raw sqlite3 floor: {floor_s:,.1f} s", flush=True)
    result: dict[str, Any] = {
        "people": people,
        "build_s": build_s,
        "floor_s": floor_s,
        "build_ratio": build_s / floor_s,
        "size_mb": gen.stat().st_size / 1e6,
        "floor_size_mb": flo.stat().st_size / 1e6,
        "latency": latencies(gen, repeat),
    }
    flo.unlink(missing_ok=True)
    return result


def print_table(results: list[dict[str, Any]]) -> None:
    head = ("people", "build s", "floor s", "ratio", "MB", "floor MB")
    print("\n{:>10}  {:>9}  {:>9}  {:>6}  {:>8}  {:>9}".format(*head))
    for r in results:
        print(
            f"{r['people']:>10,}  {r['build_s']:>9.1f}  {r['floor_s']:>9.1f}  "
            f"{r['build_ratio']:>6.2f}  {r['size_mb']:>8.1f}  {r['floor_size_mb']:>9.1f}"
        )
    print(
        f"\n{'people':>10}  {'case':<26}  {'ms':>8}  {'raw ms':>8}  {'ratio':>6}  {'OFFSET ms':>9}"
    )
    for r in results:
        for name, v in r["latency"].items():
            offset = f"{v['raw_offset_ms']:>9.2f}" if "raw_offset_ms" in v else f"{'-':>9}"
            print(
                f"{r['people']:>10,}  {name:<26}  {v['ms']:>8.2f}  {v['raw_ms']:>8.2f}  "
                f"{v['ratio']:>6.2f}  {offset}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="folder for the archives (default: temp)")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="kartoteka-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.people:
            results.append(bench(n, folder, args.seed, args.repeat))
            print_table(results)
    OUT_DIR.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = OUT_DIR / f"archive-{stamp}.json"
    machine = {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    out.write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    print(f"\nwrote {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
