"""`kartoteka export` on a big archive: wall time, CPU, peak RSS, and where the time goes.

    python bench/bench_export.py ARCHIVE [--out DIR] [--format json|csv] [--rss-cap-mb N]
                                 [--steps raw,phases,cli,chosen] [--person ID]

Runs, each as a child process watched for resident memory (killed above
`--rss-cap-mb`, so a run that would exhaust the machine stops and says so):

1. raw SQLite: every row of every table the export reads, fetched and dropped
   (`sqlite3` in Python, read-only, no Kartoteka code): the floor;
2. the in-memory export (every document held at once, as a selection of
   people is still exported), its phases timed one by one: the id check
   (`refuse_bad_ids`), reading the documents, validating them as an import
   would (`refuse_unimportable`), writing the file;
3. `kartoteka export ARCHIVE OUT` itself, as a user runs it (a whole
   archive is read, checked and written a batch at a time);
4. `chosen`: an export of one person and what they pull in
   (`export_archive(..., person_ids=...)`): `--person`, or by default the
   person with the most relations, events, quotes and sentences.

Prints one JSON object per step: wall seconds, CPU seconds (user + system),
peak RSS in MB, and whether the cap stopped it; then each step's CPU as a
multiple of raw SQLite's in the same run (when `raw` ran). The archive is opened
read-only; the output goes to `--out` (default: a temporary folder removed
at the end).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _raw(archive: Path) -> dict[str, object]:
    """Every row of every table the export reads, fetched by SQLite and dropped."""
    from db.validate import ENTITY_KEYS

    conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    tables = [*ENTITY_KEYS, "person_names", "org_names", "charges", "quote_subjects"]
    tables += ["event_people", "citations", "person_roles"]
    rows = 0
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in tables:
        if table in have:
            for _row in conn.execute(f"SELECT * FROM {table}"):
                rows += 1
    conn.close()
    return {"rows": rows}


def _phases(archive: Path, out: Path) -> dict[str, object]:
    """The export's steps one by one, each timed (the same calls export_archive makes)."""
    from db.checks import refuse_bad_ids
    from db.connection import open_archive
    from db.exporting import read_documents, refuse_unimportable, write_documents_to

    times: dict[str, object] = {}
    with open_archive(archive) as opened:
        start = time.perf_counter()
        refuse_bad_ids(opened)
        times["id_check_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        docs = read_documents(opened.db)
        times["read_s"] = round(time.perf_counter() - start, 2)
        times["read_rss_mb"] = _self_rss_mb()
        start = time.perf_counter()
        refuse_unimportable(opened, docs)
        times["validate_s"] = round(time.perf_counter() - start, 2)
        times["validate_rss_mb"] = _self_rss_mb()
        start = time.perf_counter()
        write_documents_to(docs, out, "json" if out.suffix == ".json" else "csv")
        times["write_s"] = round(time.perf_counter() - start, 2)
    return times


MOST_LINKED_SQL = """
SELECT person_id, count(*) AS n FROM (
  SELECT person_id FROM relations UNION ALL SELECT other_person_id FROM relations
  UNION ALL SELECT person_id FROM event_people UNION ALL SELECT speaker_id FROM quotes
  UNION ALL SELECT person_id FROM sentences
) WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY n DESC, person_id LIMIT 1
"""


def _chosen(archive: Path, out: Path, person: str | None) -> dict[str, object]:
    """An export of one person and what they pull in, as the API does it."""
    from db.connection import open_archive
    from db.exporting import export_archive
    from db.records import PersonId

    with open_archive(archive, defer_checks=True) as opened:
        start = time.perf_counter()
        if person is None:
            person = str(opened.db.execute(MOST_LINKED_SQL).fetchone()[0])
        chosen_s = round(time.perf_counter() - start, 2)
        report = export_archive(opened, out, person_ids=[PersonId(person)])
    return {"person": person, "pick_s": chosen_s, "entries": sum(report.counts.values())}


def _self_rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def rss_kb(pid: int) -> int:
    """A process's resident memory now (kB), 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _child(argv: list[str], cap_mb: int) -> dict[str, object]:
    """Run argv; wall, CPU and peak RSS from wait4, killed above the RSS cap."""
    start = time.monotonic()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True
    )
    capped = False
    peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, rss_kb(proc.pid))
        if peak > cap_mb * 1024:
            capped = True
            os.killpg(proc.pid, signal.SIGKILL)
            _pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.1)
    wall = time.monotonic() - start
    stdout = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    result: dict[str, object] = {
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": max(peak, usage.ru_maxrss) // 1024,
        "exit": os.waitstatus_to_exitcode(status),
        "capped": capped,
    }
    if stdout.strip().startswith("{"):
        result.update(json.loads(stdout.strip().splitlines()[-1]))
    elif stderr.strip():
        result["stderr"] = stderr.strip()[-300:]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path, nargs="?")
    parser.add_argument("--out", type=Path, help="folder for the exported files")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--rss-cap-mb", type=int, default=8192)
    parser.add_argument("--steps", default="raw,phases,cli", help="comma-separated")
    parser.add_argument("--person", help="the person of the `chosen` step")
    parser.add_argument("--child", choices=("raw", "phases", "chosen"), help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.archive is None:
        parser.error("ARCHIVE is required")
    if args.child == "raw":
        print(json.dumps(_raw(args.archive)))
        return 0
    if args.child == "phases":
        print(json.dumps(_phases(args.archive, args.child_out)))
        return 0
    if args.child == "chosen":
        print(json.dumps(_chosen(args.archive, args.child_out, args.person)))
        return 0
    folder = args.out or Path(tempfile.mkdtemp(prefix="bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".json" if args.format == "json" else ".zip"
    me = [sys.executable, str(Path(__file__).resolve()), str(args.archive)]
    steps = {
        "raw sqlite": [*me, "--child", "raw"],
        "export phases": [*me, "--child", "phases", "--child-out", str(folder / f"p{suffix}")],
        "kartoteka export": [
            sys.executable,
            "-m",
            "viewer",
            "export",
            str(args.archive),
            str(folder / f"cli{suffix}"),
        ],
        "export of chosen people": [
            *me,
            "--child",
            "chosen",
            "--child-out",
            str(folder / f"chosen{suffix}"),
            *(["--person", args.person] if args.person else []),
        ],
    }
    chosen = {
        "raw": "raw sqlite",
        "phases": "export phases",
        "cli": "kartoteka export",
        "chosen": "export of chosen people",
    }
    outs = {"phases": "p", "cli": "cli", "chosen": "chosen"}
    cpu: dict[str, float] = {}
    for key in args.steps.split(","):
        name = chosen[key]
        result = _child(steps[name], args.rss_cap_mb)
        written = (folder / outs.get(key, key)).with_suffix(suffix)
        if written.exists():
            result["out_mb"] = round(written.stat().st_size / 1e6, 1)
            written.unlink()
        cpu[key] = float(str(result["cpu_s"]))
        print(json.dumps({"step": name, **result}), flush=True)
    if cpu.get("raw"):
        times = {key: round(value / cpu["raw"], 1) for key, value in cpu.items() if key != "raw"}
        print(json.dumps({"cpu_times_raw_sqlite": times}), flush=True)
    if args.out is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
