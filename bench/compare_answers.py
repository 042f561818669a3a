"""Search answers before and after a change: dump the top 100 of many queries, then compare.

Run: `.venv/bin/python bench/compare_answers.py dump ARCHIVE OUT.json [--sample 25]`
with each version of the code (a worktree of the old commit runs its own copy of
this script), then `.venv/bin/python bench/compare_answers.py diff OLD.json NEW.json`.

The queries are `bench_search.py`'s name kinds for `--sample` people spread
through the archive (its own sample: exact, other script, other system, typo,
partial, initials, inflected, surname alone, prefix as typed) plus the partial
query in two more word orders and with a real patronymic typed slightly wrong,
and a few fixed ones (a diminutive and the most common surname, a NOT query,
filters, text). For each: the ids, scores, fields, marked spellings and
systems of the first 100 hits, the notice, `exact`, and whether it timed out.
A speed-up of the search must leave every one of them as it was; `diff`
prints each query whose answer differs and exits 1 if any does. The time
limit is raised (`--time-limit-ms`, 60 s) so that a loaded machine does not
cut a search short in one run and not in the other.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import _genitive, _people, _typo

from db.connection import Archive, open_archive
from db.search import search


def queries(archive: Archive, sample: int) -> list[tuple[str, bool]]:
    """(query, live) pairs: bench_search's name kinds for `sample` people, and a few more."""
    out: list[tuple[str, bool]] = []
    for p in _people(archive, sample):
        given, surname = p["passport:be-Latn"].split()
        ru_given, ru_surname = p["native:ru-Cyrl"].split()
        _be_given, be_surname = p["native:be-Cyrl"].split()
        out += [
            (f"{given} {surname}", False),
            (f"{ru_given} {ru_surname}", False),
            (p["russian_media:en"], False),
            (f"{given} {_typo(surname)}", False),
            (f"{ru_given} Зиновьевич {ru_surname}", False),
            (f"{ru_surname} {ru_given} Зиновьевич", False),
            (f"Зиновьевич {ru_given} {ru_surname}", False),
            (f"{ru_given} Иванович {ru_surname}", False),
            (f"{ru_surname} {ru_given[0]}.", False),
            (_genitive(be_surname), False),
            (surname, False),
            (surname[:5], True),
        ]
    out += [
        ("Sasha Lukashenka", False),
        ("Уладзімір Зіновіевіч Дашкевіч", False),
        ("Владимир Зиновьевич Дашкевич", False),
        ("Игорь Зиновьевич Лукашевич", False),
        ("Alaksandr NOT Lukashenka", False),
        ('"in prison"', False),
        ("status:released article:342", False),
        ("extremist court:Minsk", False),
    ]
    return out


def answer(archive: Archive, query: str, live: bool, time_limit_ms: int) -> dict[str, Any]:
    """What a user sees of one search: the hits in order and the words around them."""
    found = search(archive, query, limit=100, live=live, time_limit_ms=time_limit_ms)
    return {
        "query": query,
        "live": live,
        "timed_out": found.timed_out,
        "exact": found.exact,
        "notice": found.notice,
        "hits": [
            [h.person_id, round(h.score, 9), h.field, h.matched_text, h.system] for h in found.hits
        ],
    }


def dump(path: Path, out: Path, sample: int, time_limit_ms: int) -> int:
    archive = open_archive(path, defer_checks=True)
    try:
        t0 = time.perf_counter()
        rows = [answer(archive, q, live, time_limit_ms) for q, live in queries(archive, sample)]
    finally:
        archive.close()
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    hits = sum(len(r["hits"]) for r in rows)
    print(f"{len(rows)} queries, {hits} hits, {time.perf_counter() - t0:.0f} s: {out}")
    return 0


def diff(old: Path, new: Path) -> int:
    before = json.loads(old.read_text(encoding="utf-8"))
    after = json.loads(new.read_text(encoding="utf-8"))
    if [(r["query"], r["live"]) for r in before] != [(r["query"], r["live"]) for r in after]:
        print("the two dumps asked different queries (another archive or --sample?)")
        return 1
    differ = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    for a, b in differ:
        print(f"differs: {a['query']!r} (live {a['live']})")
        for i, (x, y) in enumerate(zip(a["hits"], b["hits"], strict=False)):
            if x != y:
                print(f"  first difference at hit {i + 1}: {x} → {y}")
                break
        else:
            print(f"  hits {len(a['hits'])} → {len(b['hits'])}; other fields differ")
    timed_out = sum(r["timed_out"] for r in before + after)
    print(
        f"{len(before)} queries, {sum(len(r['hits']) for r in before)} hits: "
        f"{len(before) - len(differ)} identical, {len(differ)} differ; "
        f"timed out in either run: {timed_out}"
    )
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the answers of the queries to OUT")
    d.add_argument("archive", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--sample", type=int, default=25, help="people whose names are asked for")
    d.add_argument("--time-limit-ms", type=int, default=60_000)
    c = sub.add_parser("diff", help="compare two dumps; exit 1 if any answer differs")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.archive, args.out, args.sample, args.time_limit_ms)
    return diff(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())
