"""Search latency at scale: p50/p95 per query kind, beside a raw FTS5 MATCH in the same run.

Run: `.venv/bin/python bench/bench_search.py [ARCHIVE] [--people 1000000] [--repeat 5]`.
Without ARCHIVE a synthetic archive of `--people` people (the realistic name
vocabulary of db.name_vocabulary) is generated with
`db.generate.generate_archive` into a temporary folder (kept with `--keep`).

Name query kinds, each over `--sample` different people spread through the
archive (CLI semantics: the query is complete): the passport spelling, the
Russian Cyrillic one (another script), the Russian media one (another
romanization), a typo in the surname, a given name + patronymic + surname
the archive lacks the patronymic of (partial), the Russian surname with the
initial of the given name (initials), a declined surname, a
diminutive, a surname alone, the most common surname, and the start of a
surname as the live search box sends it. Text kinds: a phrase, a common
word, filters, text + filter. Each row shows `search(limit=100)` and, in the
same run, a raw unranked FTS5 `MATCH … LIMIT 50` of the surname or word
(the floor any search pays). Budgets (issue 11): p95 <= 50 ms for the name
queries exact, other script, typo, partial and inflected; <= 100 ms for
every kind. The script exits 1 when one is missed. Times are wall-clock on
one warm read-only connection (`open_archive`); other work on the machine
shows in them, the ratio to the raw query less so. The search's own CPU time
(the thread's, `time.thread_time`) is printed beside them: on a shared
machine it says what the code costs, the wall clock what a user waited; the
load average at the start and end says how shared the machine was.
"""

from __future__ import annotations

import argparse
import functools
import os
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
STRICT_KINDS = ("exact name", "other script", "typo", "partial", "inflected")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _time(fn: Callable[[], object], repeat: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock ms of `repeat` runs after a warm-up; the thread's CPU ms added to `cpu`."""
    fn()  # warm the page cache and the fold caches
    out = []
    for _ in range(repeat):
        c0 = time.thread_time()
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
        if cpu is not None:
            cpu.append((time.thread_time() - c0) * 1000)
    return out


def _load() -> str:
    """The 1, 5 and 15 minute load averages and the CPUs (other work shows in the times)."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load unknown"
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def _typo(word: str) -> str:
    """Swap two letters in the middle (one OSA edit)."""
    i = len(word) // 2
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :] if len(word) > 4 else word


def _genitive(surname: str) -> str:
    """A Belarusian/Russian genitive, enough to exercise the inflection tier."""
    endings = (("скі", "скага"), ("ский", "ского"), ("ская", "скай"), ("ка", "кі"), ("ава", "авай"),
               ("ова", "овой"), ("аў", "ава"), ("ов", "ова"), ("а", "ы"))  # fmt: skip
    for end, rep in endings:
        if surname.endswith(end):
            return surname[: -len(end)] + rep
    return surname + "а"


def _people(archive: Archive, n: int) -> list[dict[str, str]]:
    """`n` people spread through the archive with every spelling the kinds need."""
    db = archive.db
    total = int(db.execute("SELECT max(pk) FROM people").fetchone()[0])
    out: list[dict[str, str]] = []
    pk = total // (n + 1)
    while len(out) < n and pk <= total:
        rows = db.execute(
            "SELECT n.system, n.lang, n.name FROM person_names n JOIN people p "
            "ON p.id = n.person_id WHERE p.pk = ?",
            [pk],
        ).fetchall()
        spellings = {f"{system}:{lang}": str(name) for system, lang, name in rows}
        wanted = ("passport:be-Latn", "native:ru-Cyrl", "native:be-Cyrl", "russian_media:en")
        if all(k in spellings for k in wanted) and all(
            len(spellings[k].split()) == 2 for k in wanted
        ):
            out.append(spellings)
        pk += max(1, total // (n + 1))
    return out


def run(archive: Archive, repeat: int, sample: int) -> int:
    db = archive.db
    people = _people(archive, sample)
    common = str(
        db.execute(
            "SELECT word FROM search_vocab WHERE word NOT GLOB '[=~]*' ORDER BY rows DESC LIMIT 1"
        ).fetchone()[0]
    )
    common_surname = next(
        (
            str(r[0]).split()[-1]
            for r in db.execute(
                "SELECT n.name FROM search_keys k JOIN people p ON p.pk = k.person_pk "
                "JOIN person_names n ON n.person_id = p.id AND n.system = 'passport' "
                "WHERE k.key = ? LIMIT 1",
                [common],
            )
        ),
        common,
    )

    def raw(table: str, term: str) -> Callable[[], object]:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 50"
        return lambda: db.execute(sql, [term]).fetchall()

    Case = tuple[str, str, bool, Callable[[], object], bool]  # kind, query, live, raw, name
    cases: list[Case] = []
    for p in people:
        given, surname = p["passport:be-Latn"].split()
        ru_given, ru_surname = p["native:ru-Cyrl"].split()
        _be_given, be_surname = p["native:be-Cyrl"].split()
        media = p["russian_media:en"]
        raw_sur = raw("person_names_fts", fts_string(surname))
        cases += [
            ("exact name", f"{given} {surname}", False, raw_sur, True),
            ("other script", f"{ru_given} {ru_surname}", False,
             raw("person_names_fts", fts_string(ru_surname)), True),
            ("other system", media, False, raw("person_names_fts", fts_string(media.split()[-1])),
             True),
            ("typo", f"{given} {_typo(surname)}", False,
             raw("person_names_fts", fts_string(_typo(surname))), True),
            ("partial", f"{ru_given} Зиновьевич {ru_surname}", False,
             raw("person_names_fts", fts_string(ru_surname)), True),
            ("initials", f"{ru_surname} {ru_given[0]}.", False,
             raw("person_names_fts", fts_string(ru_surname)), True),
            ("inflected", _genitive(be_surname), False,
             raw("person_names_fts", fts_string(_genitive(be_surname))), True),
            ("surname alone", surname, False, raw_sur, True),
            ("prefix (typing)", surname[:5], True,
             raw("person_names_fts", fts_string(surname[:5]) + "*"), True),
        ]  # fmt: skip
    cases += [
        ("diminutive", f"Sasha {common_surname}", False,
         raw("person_names_fts", fts_string(common_surname)), True),
        ("common surname", common_surname, False,
         raw("person_names_fts", fts_string(common_surname)), True),
        ("phrase", '"in prison"', False, raw("sentences_fts", '"in prison"'), False),
        ("common word", "prison", False, raw("sentences_fts", '"prison"'), False),
        ("filtered name", f"{people[0]['passport:be-Latn']} status:in_custody year:2020..2023",
         False, raw("person_names_fts", fts_string(people[0]["passport:be-Latn"].split()[-1])),
         True),
        ("filter only", "status:released article:342", False, raw("charges_fts", '"342"'), False),
        ("text + filter", "extremist court:Minsk", False, raw("charges_fts", '"extremist"'), False),
    ]  # fmt: skip
    by_kind: dict[str, tuple[list[float], list[float], list[float], list[int], str]] = {}
    print(f"start: {_load()}")
    for kind, query, live, raw_fn, _is_name in cases:
        times, cpu, raws, hits, _ex = by_kind.setdefault(kind, ([], [], [], [], query))
        times += _time(functools.partial(search, archive, query, limit=100, live=live), repeat, cpu)
        hits.append(len(search(archive, query, limit=100, live=live).hits))
        raws += _time(raw_fn, repeat)
    print(f"end: {_load()}")
    head = f"{'kind':16} {'example query':36} {'p50':>7} {'p95':>7} {'max':>7} {'hits':>5}"
    print(f"{head} | {'raw p50':>7} {'raw p95':>7}  ratio p50 | cpu p50 cpu p95   (ms)")
    failed = 0
    for kind, (times, cpu, raws, hits, example) in by_kind.items():
        p50, p95 = _pct(times, 0.5), _pct(times, 0.95)
        budget = NAME_BUDGET_MS if kind in STRICT_KINDS else ANY_BUDGET_MS
        flag = "" if p95 <= budget else f"  OVER {budget:.0f} ms"
        failed += bool(flag)
        r50, r95 = _pct(raws, 0.5), _pct(raws, 0.95)
        ratio = p50 / max(r50, 0.01)
        print(
            f"{kind:16} {example[:36]:36} {p50:7.1f} {p95:7.1f} {max(times):7.1f} "
            f"{round(sum(hits) / len(hits)):5d} | {r50:7.2f} {r95:7.2f} {ratio:8.0f}x | "
            f"{_pct(cpu, 0.5):7.1f} {_pct(cpu, 0.95):7.1f}{flag}"
        )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, help="an existing archive to measure")
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query")
    parser.add_argument("--sample", type=int, default=12, help="people queried per kind")
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
    archive = open_archive(path, defer_checks=True)  # as the viewer: no whole-file check first
    try:
        counts = archive.db.execute(
            "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM person_names), "
            "(SELECT count(*) FROM search_keys), (SELECT count(*) FROM search_vocab), "
            "(SELECT count(*) FROM search_typos)"
        ).fetchone()
        surnames = archive.db.execute(
            "SELECT count(DISTINCT substr(sort_name, 1, instr(sort_name || ' ', ' ') - 1)), "
            "count(DISTINCT substr(display_name, 1, instr(display_name || ' ', ' ') - 1)) "
            "FROM people"
        ).fetchone()
        print(
            f"people {counts[0]:,}, spellings {counts[1]:,}, search_keys rows {counts[2]:,}, "
            f"vocabulary {counts[3]:,}, typo deletions {counts[4]:,}; "
            f"distinct surnames ~{surnames[0]:,}, first words of display names {surnames[1]:,}"
        )
        return run(archive, args.repeat, args.sample)
    finally:
        archive.close()
        if args.archive is None and not args.keep:
            path.unlink(missing_ok=True)


if __name__ == "__main__":
    raise SystemExit(main())
