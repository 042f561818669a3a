"""Search latency at scale: p50/p95 per query kind, beside a raw FTS5 MATCH of the same term.

Run: `.venv/bin/python bench/bench_search.py [ARCHIVE] [--people 1000000] [--repeat 20]`.
Without ARCHIVE a synthetic archive of `--people` people is generated with
`db.generate.generate_archive` into a temporary folder (kept with `--keep`).

Query kinds: exact name, other-script name, typo, phrase, prefix (as typed),
field-filtered, a common word and a common name. Each row shows `search()`
and, in the same run, a raw unranked FTS5 MATCH of the same term with LIMIT
50 (the floor any search pays). Budgets (issue 4): p95 < 50 ms for name
queries and < 100 ms for every kind; the script exits 1 when one is missed.
Times are wall-clock on one warm read-only connection (`open_archive`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.connection import Archive, open_archive
from db.search import fts_string, search

NAME_BUDGET_MS = 50.0
ANY_BUDGET_MS = 100.0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm the page cache and the fold caches
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _pick_names(archive: Archive) -> dict[str, str]:
    """Real spellings from the archive: a passport surname and its Cyrillic forms."""
    db = archive.db
    row = db.execute(
        "SELECT person_id FROM person_names WHERE pk = (SELECT max(pk) / 2 FROM person_names)"
    ).fetchone()
    spellings = {
        str(system) + ":" + str(lang): str(name)
        for name, system, lang in db.execute(
            "SELECT name, system, lang FROM person_names WHERE person_id = ?", [row[0]]
        ).fetchall()
    }
    latin = next(
        (v for k, v in spellings.items() if k.startswith("passport")),
        next(iter(spellings.values())),
    )
    cyrillic = next(
        (v for k, v in spellings.items() if "Cyrl" in k and k.startswith("native")), latin
    )
    common = db.execute("SELECT word FROM search_vocab ORDER BY rows DESC LIMIT 1").fetchone()[0]
    return {"latin": latin, "cyrillic": cyrillic, "common_key": str(common)}


def _typo(word: str) -> str:
    """Swap two letters in the middle (one OSA edit)."""
    i = len(word) // 2
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :] if len(word) > 4 else word


def run(archive: Archive, repeat: int) -> int:
    names = _pick_names(archive)
    surname = names["latin"].split()[-1]
    given = names["latin"].split()[0]
    cyr_surname = names["cyrillic"].split()[-1]
    db = archive.db

    def raw(table: str, term: str) -> Callable[[], object]:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 50"
        return lambda: db.execute(sql, [term]).fetchall()

    cases: list[tuple[str, str, bool, Callable[[], object]]] = [
        ("exact name", f"{surname} ", True, raw("person_names_fts", fts_string(surname))),
        (
            "given + surname",
            f"{given} {surname} ",
            True,
            raw("person_names_fts", fts_string(given) + " AND " + fts_string(surname)),
        ),
        (
            "other-script name",
            f"{cyr_surname} ",
            True,
            raw("person_names_fts", fts_string(cyr_surname)),
        ),
        ("typo", f"{_typo(surname)} ", True, raw("person_names_fts", fts_string(_typo(surname)))),
        (
            "prefix (typing)",
            surname[:5],
            True,
            raw("person_names_fts", fts_string(surname[:5]) + "*"),
        ),
        ("phrase", '"in prison" ', False, raw("sentences_fts", '"in prison"')),
        ("common word", "prison ", False, raw("sentences_fts", '"prison"')),
        (
            "common name key",
            names["common_key"] + " ",
            True,
            raw("search_names_fts", names["common_key"]),
        ),
        (
            "filtered name",
            f"{surname} status:in_custody year:2020..2023 ",
            True,
            raw("person_names_fts", fts_string(surname)),
        ),
        ("filter only", "status:released article:342 ", False, raw("charges_fts", '"342"')),
        ("text + filter", "extremist court:Minsk ", False, raw("charges_fts", '"extremist"')),
    ]
    head = f"{'kind':18} {'query':42} {'p50':>7} {'p95':>7} {'hits':>5}"
    print(f"{head} | {'raw p50':>7} {'raw p95':>7}   (ms)")
    failed = 0
    for kind, query, is_name, raw_fn in cases:
        times = _time(lambda q=query: search(archive, q, limit=100), repeat)
        n_hits = len(search(archive, query, limit=100).hits)
        raw_times = _time(raw_fn, repeat)
        p50, p95 = _pct(times, 0.5), _pct(times, 0.95)
        budget = NAME_BUDGET_MS if is_name else ANY_BUDGET_MS
        flag = "" if p95 < budget else f"  OVER {budget:.0f} ms"
        failed += bool(flag)
        print(
            f"{kind:18} {query[:42]:42} {p50:7.1f} {p95:7.1f} {n_hits:5d} | "
            f"{_pct(raw_times, 0.5):7.2f} {_pct(raw_times, 0.95):7.2f}{flag}"
        )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, help="an existing archive to measure")
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the generated archive")
    args = parser.parse_args(argv)
    path: Path = args.archive
    if path is None:
        from db.generate import generate_archive

        folder = Path(tempfile.mkdtemp(prefix="kartoteka-bench-"))
        path = folder / f"synthetic-{args.people}.db"
        t0 = time.perf_counter()
        generate_archive(path, args.people, seed=args.seed)
        print(f"generated {args.people:,} people in {time.perf_counter() - t0:.0f} s: {path}")
    archive = open_archive(path)
    try:
        counts = archive.db.execute(
            "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM search_names), "
            "(SELECT count(*) FROM search_vocab)"
        ).fetchone()
        print(f"people {counts[0]:,}, name rows {counts[1]:,}, key vocabulary {counts[2]:,}")
        return run(archive, args.repeat)
    finally:
        archive.close()
        if args.archive is None and not args.keep:
            path.unlink(missing_ok=True)


if __name__ == "__main__":
    raise SystemExit(main())
