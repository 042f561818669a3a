"""Opening budgets: CLI `search`/`info` wall time, first and repeat open, beside raw sqlite3.

Run: `.venv/bin/python bench/bench_open.py --people 1000000 3000000 --dir FOLDER`
(not part of the test suite; a million people takes ten minutes or more to
build and about 5 GB of disk, three million about 16 GB). Archives already in
FOLDER (`generated-N.db`, with the `generated-N.json` written when they were
built) are reused, so a second run only measures.

For each size it reports:

* build: `kartoteka generate --people N` in a child process: wall time, peak
  RSS (the child's `ru_maxrss`) and file size;
* CLI wall time and CPU time (user + system: what the command costs on an
  idle machine; wall time on a shared one includes waiting for a core),
  process start included, each beside a floor run the same
  way in the same run: a child Python that opens the file with `sqlite3`
  (`mode=ro`) and runs the equivalent queries (for search: the name index's
  exact-form lookup and the display names; for info: the meta table and the same
  COUNT(*)s). "first" is the first call of the run with an empty ledger
  (KARTOTEKA_CACHE_DIR points at a fresh folder), "repeat" the median of
  --repeat further calls. The OS page cache is warm in both (the build or
  the previous step read the file); the script cannot drop it;
* `open_archive(defer_checks=True)` in-process (what the viewer waits for
  before the list can be shown) and the background check (`db.checks`,
  `kartoteka info --check`), first (empty ledger) and repeat (from the
  ledger), with the check's progress steps;
* with --gui, the viewer's time to list (bench_viewer.py's child, offscreen,
  started as `kartoteka-gui ARCHIVE` starts: viewer.app's QApplication, style
  sheet and language, then the window): from the process's start to the list
  painted, first (an empty cache folder: no ledger, no schema reference yet)
  and repeat (min, median, worst and spread of --repeat further children on
  the cache the in-process check recorded: "checked before"; with --no-check
  or --cli-only not checked), with the children's CPU time (all threads)
  until the list was shown, after --warm discarded children (page cache,
  .pyc files). In every round a raw sqlite3 child (read-only open, the
  schema, a page of 200 names) runs too: the floor in the same time window.
  `--also OTHER_CHECKOUT` (e.g. `git worktree add --detach DIR OLD_COMMIT`)
  runs that checkout's window in the same rounds, alternating with this one,
  so a before/after on a shared machine sees the same load. The background
  check runs after the list, so it is not in this figure;
* with --latency, bench_archive.py's list, jump and record latencies on the
  same file (after the check, so its open comes from the ledger).

`--archive FILE` measures an existing archive instead of building one (it is
only ever opened read-only; nothing is written beside it: the folder listing
is compared before and after). Child Pythons run with their .pyc files cached
(PYTHONDONTWRITEBYTECODE dropped, a cache prefix in the bench cache), as in an
installed copy, after one discarded warm-up.

Budgets (issue 12): CLI search <= 0.5 s per call and info <= 1 s, process
start included. Prints a table and writes JSON to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.checks import ArchiveCheck  # noqa: E402
from db.connection import open_archive  # noqa: E402
from db.info import ENTITY_TABLES  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "out"

FLOOR_SEARCH = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], uri=True)
rows = conn.execute(
    "SELECT p.id, p.display_name FROM search_keys k JOIN people p ON p.pk = k.person_pk "
    "WHERE k.key = ? LIMIT 20", [sys.argv[2]]).fetchall()
for row in rows:
    print(*row)
"""
FLOOR_INFO = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], uri=True)
print(conn.execute("SELECT key, value FROM meta").fetchall())
for table in sys.argv[2].split(","):
    print(table, conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
"""


TIME = Path("/usr/bin/time")
"""GNU time: a small process between this one and the child, so the child's peak RSS
is its own (Linux carries ru_maxrss over fork and exec, so a child of this big
process would report at least this process's RSS)."""


def run(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `cmd`; its wall time, CPU time, peak RSS (MB) and exit code."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        wrapped = [str(TIME), "-f", "%M", "-o", rss_file.name, *cmd] if TIME.exists() else cmd
        start = time.perf_counter()
        with tempfile.TemporaryFile() as errors:
            proc = subprocess.Popen(
                wrapped, stdout=subprocess.DEVNULL, stderr=errors, env=env, cwd=ROOT
            )
            _pid, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            errors.seek(0)
            stderr = errors.read().decode(errors="replace")
        proc.returncode = os.waitstatus_to_exitcode(status)
        text = rss_file.read().strip().splitlines()
    rss_kb = int(text[-1]) if text and text[-1].isdigit() else usage.ru_maxrss
    return {
        "s": seconds,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rss_mb": rss_kb / 1024,
        "rc": proc.returncode,
        "stderr": stderr[-2000:],
    }


def child_env(cache: Path, root: Path = ROOT) -> dict[str, str]:
    """Children's environment: a checkout, the given cache folder, .pyc files cached."""
    env = {**os.environ, "KARTOTEKA_CACHE_DIR": str(cache), "PYTHONPATH": str(root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pycache = Path(tempfile.gettempdir()) / "kartoteka-bench-pycache"
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def warm_up(env: dict[str, str]) -> None:
    """Compile and cache what the commands import (a real install ships its .pyc files)."""
    code = "import viewer.cli, db.search, db.info, db.checks, db.exporting, viewer.mainwindow"
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)


def kartoteka(*args: str) -> list[str]:
    return [sys.executable, "-m", "viewer.cli", *args]


def build(people: int, folder: Path) -> dict[str, Any]:
    path = folder / f"generated-{people}.db"
    stats = folder / f"generated-{people}.json"
    if path.exists() and stats.exists():
        return dict(json.loads(stats.read_text()))
    path.unlink(missing_ok=True)
    print(f"building {people:,} people …", flush=True)
    result = run(kartoteka("generate", "--people", str(people), str(path)))
    if result["rc"] != 0:
        raise SystemExit(f"generate failed: {result['stderr']}")
    built = {
        "build_s": result["s"],
        "build_rss_mb": result["rss_mb"],
        "size_mb": path.stat().st_size / 1e6,
    }
    stats.write_text(json.dumps(built))
    return built


def a_name(path: Path) -> str:
    """The display name of a person in the middle of the archive (a real search target)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    n = conn.execute("SELECT max(pk) FROM people").fetchone()[0]
    name = conn.execute("SELECT display_name FROM people WHERE pk >= ? LIMIT 1", [n // 2])
    text = str(name.fetchone()[0])
    conn.close()
    return text


def timed_calls(cmd: list[str], env: dict[str, str], repeat: int) -> dict[str, Any]:
    first = run(cmd, env)
    if first["rc"] not in (0,):
        print(f"  ! {' '.join(cmd[3:5])} exited {first['rc']}: {first['stderr'][:300]}")
    rest = [run(cmd, env) for _ in range(repeat)]
    return {
        "first_s": first["s"],
        "repeat_s": statistics.median(r["s"] for r in rest),
        "repeat_cpu_s": statistics.median(r["cpu_s"] for r in rest),
        "rss_mb": max(r["rss_mb"] for r in [first, *rest]),
        "rc": first["rc"],
    }


def cli(path: Path, cache: Path, repeat: int) -> dict[str, Any]:
    env = child_env(cache)
    warm_up(env)
    uri = path.resolve().as_uri() + "?mode=ro"
    from db.names import tokens, translit
    from db.search_index import TRANSLIT_MARK

    name = a_name(path)
    word = name.split()[-1]
    # the floor reads the name index's exact (transliterated) form of the word
    key = TRANSLIT_MARK + translit(tokens(word)[0])
    tables = ",".join(ENTITY_TABLES)
    return {
        "query": word,
        "search": timed_calls(kartoteka("search", str(path), word), env, repeat),
        "search_floor": timed_calls([sys.executable, "-c", FLOOR_SEARCH, uri, key], env, repeat),
        "info": timed_calls(kartoteka("info", str(path)), env, repeat),
        "info_floor": timed_calls([sys.executable, "-c", FLOOR_INFO, uri, tables], env, repeat),
        "python_start": timed_calls([sys.executable, "-c", "pass"], env, repeat),
    }


FLOOR_OPEN = """
import time
t0 = time.perf_counter()
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], uri=True)
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
conn.execute("SELECT pk, display_name FROM people ORDER BY pk LIMIT 200").fetchall()
print(time.perf_counter() - t0)
"""
"""The GUI's floor: a child Python that opens the file read-only, reads the schema and a
page of 200 names (start-up and imports included, as in the GUI figure)."""


def spread(values: list[float]) -> dict[str, float]:
    """min, median, worst and spread (worst - min) of `values`."""
    return {
        "min": min(values),
        "median": statistics.median(values),
        "worst": max(values),
        "spread": max(values) - min(values),
    }


def gui(
    path: Path,
    first_cache: Path,
    repeat_cache: Path,
    repeat: int,
    roots: list[Path] | None = None,
    warm: int = 1,
) -> dict[str, Any]:
    """The viewer's time to list: first open ever (`first_cache` empty) and repeat opens
    (`repeat_cache`: checked before when the in-process check ran on it): children.

    With several `roots` (checkouts, e.g. this one and an older commit), each round runs
    one child of each, alternating, so a load that comes and goes hits them alike; the
    raw sqlite3 floor child runs in every round too. `warm` discarded children per root
    come first (page cache, .pyc files).
    """
    roots = roots or [ROOT]
    uri = path.resolve().as_uri() + "?mode=ro"
    viewer = Path(__file__).resolve().parent / "bench_viewer.py"

    def child(cache: Path, root: Path) -> dict[str, Any]:
        env = child_env(cache, root)
        env.update(QT_QPA_PLATFORM="offscreen", QT_ACCESSIBILITY="0")
        cmd = [sys.executable, str(viewer), "--child", "viewer", "--archive", str(path)]
        out = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"viewer child failed:\n{out.stderr[-3000:]}")
        result = dict(json.loads(out.stdout.strip().splitlines()[-1]))
        result.setdefault("list_from_start_s", result["shown_s"] + result["list_ready_s"])
        return result

    def floor() -> dict[str, Any]:
        env = child_env(repeat_cache)
        out = subprocess.run(
            [sys.executable, "-c", FLOOR_OPEN, uri],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return {"s": float(out.stdout.strip().splitlines()[-1])}

    for root in roots:
        for _ in range(warm):
            child(repeat_cache, root)
    out: dict[str, Any] = {"load_start": os.getloadavg(), "roots": [str(r) for r in roots]}
    firsts = {root: child(first_cache, root) for root in roots}
    rests: dict[Path, list[dict[str, Any]]] = {root: [] for root in roots}
    floors: list[float] = []
    loads: list[float] = []
    for _ in range(repeat):
        for root in roots:
            rests[root].append(child(repeat_cache, root))
        floors.append(floor()["s"])
        loads.append(os.getloadavg()[0])
    out["load"] = os.getloadavg()
    out["loads"] = loads
    out["floor_s"] = spread(floors)
    out["per_root"] = {}
    for root in roots:
        first, rest = firsts[root], rests[root]
        entry: dict[str, Any] = {"first": first, "repeat": rest}
        for key in ("shown_s", "list_ready_s", "list_cpu_s", "max_gui_stall_ms", "rss_mb"):
            entry[f"first_{key}"] = first.get(key)
            values = [r[key] for r in rest if key in r]
            entry[f"repeat_{key}"] = statistics.median(values) if values else None
        entry["from_start_first_s"] = first["list_from_start_s"]
        entry["from_start_repeat"] = spread([r["list_from_start_s"] for r in rest])
        entry["cpu_repeat"] = spread([r["list_cpu_s"] for r in rest])
        # the figures earlier runs reported, kept under their names
        entry["from_start_repeat_s"] = entry["from_start_repeat"]["median"]
        entry["from_start_repeat_worst_s"] = entry["from_start_repeat"]["worst"]
        out["per_root"][str(root)] = entry
        wall, cpu = entry["from_start_repeat"], entry["cpu_repeat"]
        print(
            f"  GUI list shown, from process start ({root.name}): first "
            f"{entry['from_start_first_s']:.2f} s (CPU {first['list_cpu_s']:.2f} s); repeat of "
            f"{len(rest)}: min {wall['min']:.2f} / median {wall['median']:.2f} / worst "
            f"{wall['worst']:.2f} s, spread {wall['spread']:.2f} s; CPU min {cpu['min']:.2f} / "
            f"median {cpu['median']:.2f} / worst {cpu['worst']:.2f} s; longest GUI stall "
            f"{entry['repeat_max_gui_stall_ms']:.0f} ms; RSS {entry['repeat_rss_mb']:.0f} MB"
        )
    if len(roots) == 1:  # the single-checkout keys earlier JSON readers expect
        out.update(out["per_root"][str(roots[0])])
    f = out["floor_s"]
    print(
        f"  raw sqlite3 child (open ro, schema, 200 names), same rounds: min {f['min']:.3f} / "
        f"median {f['median']:.3f} / worst {f['worst']:.3f} s; load {min(loads):.1f}-"
        f"{max(loads):.1f}"
    )
    return out


def people_in(path: Path) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT max(pk) FROM people").fetchone()[0] or 0)
    finally:
        conn.close()


def in_process(path: Path, cache: Path, *, check: bool = True) -> dict[str, Any]:
    os.environ["KARTOTEKA_CACHE_DIR"] = str(cache)
    out: dict[str, Any] = {}
    for label in ("first", "repeat"):
        beside = _listing(path.parent)
        start = time.perf_counter()
        archive = open_archive(path, defer_checks=True)
        opened = time.perf_counter() - start
        extra = _extra_disk(archive, path, beside)
        steps: list[tuple[float, int]] = []

        def progress(pct: int, steps: list[tuple[float, int]] = steps, t0: float = start) -> None:
            steps.append((time.perf_counter() - t0, pct))

        result = ArchiveCheck(archive, progress=progress).run() if check else None
        checked = time.perf_counter() - start - opened
        raw_start = time.perf_counter()
        raw = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        raw_open = time.perf_counter() - raw_start
        raw.close()
        out[label] = {
            "open_s": opened,
            "raw_open_s": raw_open,
            "check_s": checked,
            "check": result.status.value if result is not None else "not run",
            "from_ledger": result.from_ledger if result is not None else None,
            "in_place": archive.in_place,
            "extra_disk_mb": extra / 1e6,
            "progress": steps[:: max(1, len(steps) // 12)],
        }
        archive.close()
        print(
            f"  {label} open {opened:.3f} s (raw {raw_open:.3f} s), in place {archive.in_place}, "
            f"extra disk {extra / 1e6:.1f} MB; check {checked:.1f} s "
            f"({result.status.value if result is not None else 'not run'})"
        )
    return out


def _listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir()}


def _extra_disk(archive: Any, path: Path, before: dict[str, int]) -> int:
    """Bytes an open archive added: its private copy's folder and anything new beside the file."""
    now = _listing(path.parent)
    added = sum(size for name, size in now.items() if name not in before)
    private = archive._source.private
    if private is not None:
        added += sum(f.stat().st_blocks * 512 for f in private.folder.rglob("*") if f.is_file())
    return added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--dir", type=Path, help="folder for the archives it builds")
    parser.add_argument(
        "--archive",
        type=Path,
        action="append",
        default=[],
        help="measure this existing archive (opened read-only, never written); repeatable",
    )
    parser.add_argument("--gui", action="store_true", help="also the viewer's time to list")
    parser.add_argument(
        "--no-check", action="store_true", help="open in-process, without the full check"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--warm", type=int, default=1, help="discarded GUI children per checkout first"
    )
    parser.add_argument(
        "--also",
        type=Path,
        action="append",
        default=[],
        help="another checkout (e.g. a git worktree of an older commit) whose GUI children "
        "run alternating with this one's in the same rounds; repeatable",
    )
    parser.add_argument("--gui-only", action="store_true", help="skip the CLI figures")
    parser.add_argument("--latency", action="store_true", help="also bench_archive's latencies")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument(
        "--cli-only", action="store_true", help="only the CLI figures (no in-process check)"
    )
    args = parser.parse_args()
    if args.dir is None and not args.archive:
        parser.error("give --dir (to build archives) or --archive FILE")
    targets: list[tuple[int, Path, dict[str, Any]]] = []
    for existing in args.archive:
        size = {"size_mb": existing.stat().st_size / 1e6, "file": existing.name}
        targets.append((people_in(existing), existing, size))
    if args.dir is not None and not args.archive:
        args.dir.mkdir(parents=True, exist_ok=True)
        for n in args.people:
            built = build(n, args.dir)
            print(f"== {n:,} people: {built} ==", flush=True)
            targets.append((n, args.dir / f"generated-{n}.db", built))
    results = []
    for n, path, built in targets:
        if args.build_only:
            continue
        print(f"== {path.name}: {n:,} people, {built['size_mb']:,.0f} MB ==", flush=True)
        beside = _listing(path.parent)
        entry: dict[str, Any] = {"people": n, **built}
        if not args.gui_only:
            with tempfile.TemporaryDirectory(prefix="kartoteka-bench-cache-") as cache:
                entry["cli"] = cli(path, Path(cache), args.repeat)
                print_cli(n, entry["cli"])
        with tempfile.TemporaryDirectory(prefix="kartoteka-bench-cache-") as cache:
            if not args.cli_only and not args.gui_only:
                entry["open"] = in_process(path, Path(cache), check=not args.no_check)
            if args.gui:  # repeat opens on the cache the check (if run) recorded
                with tempfile.TemporaryDirectory(prefix="kartoteka-bench-cache-") as empty:
                    checked = "open" in entry and not args.no_check
                    again = Path(cache) if checked else Path(empty)
                    roots = [ROOT, *(a.resolve() for a in args.also)]
                    entry["gui"] = gui(path, Path(empty), again, args.repeat, roots, args.warm)
            if args.latency:
                from bench.bench_archive import latencies

                entry["latency"] = latencies(path, 10)
                for case, v in entry["latency"].items():
                    ms, raw, ratio = v["ms"], v["raw_ms"], v["ratio"]
                    print(f"  {case:<26} {ms:8.2f} ms  raw {raw:8.2f}  x{ratio:.2f}")
            results.append(entry)
        if _listing(path.parent) != beside:
            raise SystemExit(f"{path.parent}: files beside the archive changed during the run")
    if results:
        OUT_DIR.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        out = OUT_DIR / f"bench_open-{stamp}.json"
        meta = {
            "python": sys.version.split()[0],
            "sqlite": sqlite3.sqlite_version,
            "cpus": os.cpu_count(),
            "machine": platform.machine(),
            "load": os.getloadavg(),
        }
        out.write_text(json.dumps({"meta": meta, "results": results}, indent=1))
        print(f"wrote {out}")
    return 0


def print_cli(n: int, r: dict[str, Any]) -> None:
    print(f"  CLI ({n:,} people; query {r['query']!r})  first s  repeat s  repeat CPU s  RSS MB")
    for key in ("search", "search_floor", "info", "info_floor", "python_start"):
        v = r[key]
        print(
            f"  {key:<28} {v['first_s']:8.3f}  {v['repeat_s']:8.3f}  "
            f"{v['repeat_cpu_s']:12.3f}  {v['rss_mb']:6.1f}"
        )
    for key in ("search", "info"):
        ratio = r[key]["repeat_s"] / r[f"{key}_floor"]["repeat_s"]
        print(f"  {key} / floor (repeat): {ratio:.2f}")


if __name__ == "__main__":
    sys.exit(main())
