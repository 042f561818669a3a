"""The background check and "In custody" in the window, at a million people and more.

    .venv/bin/python bench/bench_checks_gui.py --archive BIG.db [--drop-cache] [--floor]
    .venv/bin/python bench/bench_checks_gui.py --archive BIG.db --close-after 30

The viewer's window (offscreen, built as the application builds it) opens the
archive with an empty cache folder, so no ledger knows it and the background
checks (db.checks: quick_check, the search indexes, CHECK constraints,
duplicate ids) run after the list is shown, as on a first open. A 2 ms
heartbeat on the GUI thread (bench_stalls.Heartbeat) measures the longest
stall meanwhile. Reported:

* the check: from the list shown to the result, the status-bar percentages
  the window showed, and the longest time the figure stood still (a bar that
  stays at one figure for a minute looks hung);
* the window's longest stall during the check, with the GUI thread's CPU in it;
* "In custody" checked in the status facet after the check: until the list,
  facets and the timeline's custody day counts have settled (their reads run
  in the background), with the longest stall meanwhile;
* `--floor`: raw sqlite3 `PRAGMA quick_check` on the same file (read-only) in
  a child process, after the window's run: the floor of the check;
* `--close-after S`: in a child process, the window is closed S seconds into
  the check; the time from `close()` to the process's exit (budget ~1 s).

`--drop-cache` empties the page cache (root only) before the window opens.
The machine is shared with other work: figures are wall time, and the
floor's ratio is taken in the same run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CHECK_WAIT_S = 3600.0
CUSTODY_WAIT_S = 600.0
CLOSE_BUDGET_S = 1.0


def _window(archive: Path) -> tuple[Any, Any, float]:
    """The window as the application builds it, the archive's list shown; (app, window, s)."""
    import bench_stalls as bs

    from viewer.app import application
    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    app = application()
    settings = Settings(Path(tempfile.mkdtemp(prefix="kartoteka-bench-")) / "bench.ini")
    window = MainWindow(settings, defer_panes=True)
    window.resize(1366, 768)
    start = time.perf_counter()
    window.open_path(archive)
    window.show()
    bs._run_until(app, lambda: window.archive() is not None and window.browse.settled())
    return app, window, time.perf_counter() - start


class Percentages:
    """The status bar's percentage as the window shows it: (time, figure) at each change."""

    def __init__(self, window: Any) -> None:
        from viewer.controllers.open_archive import STAGE_BACKGROUND

        self.stage = STAGE_BACKGROUND
        self.shown: list[tuple[float, int]] = []
        self.done_at: float | None = None
        self.echo = False
        window.opener.progressed.connect(self._on_progressed)

    def _on_progressed(self, stage: str, share: float) -> None:
        if stage != self.stage:
            return
        now = time.perf_counter()
        if share >= 1.0:
            self.done_at = now
            return
        figure = round(max(share, 0.0) * 100)
        if not self.shown or self.shown[-1][1] != figure:
            self.shown.append((now, figure))
            if self.echo:  # a run cut short by --check-limit still shows its course
                print(f"    {now - self.shown[0][0]:7.1f} s: {figure} %", flush=True)

    def longest_still(self) -> tuple[float, int]:
        """The longest time one figure stood (until the next or the end), and the figure."""
        marks = [*self.shown, (self.done_at or time.perf_counter(), 100)]
        gaps = [(b[0] - a[0], a[1]) for a, b in itertools.pairwise(marks)]
        return max(gaps, default=(0.0, 0))


def _read_bytes() -> int:
    """This process's bytes read so far (Linux `rchar`: page cache hits too); -1 elsewhere."""
    try:
        with open("/proc/self/io", encoding="ascii") as f:
            return next(int(ln.split()[1]) for ln in f if ln.startswith("rchar:"))
    except (OSError, StopIteration, ValueError):
        return -1


def measure_check(archive: Path, *, custody: bool, limit_s: float) -> dict[str, Any]:
    import bench_stalls as bs

    from viewer.models.roles import Role

    app, window, listed_s = _window(archive)
    beat = bs.Heartbeat()
    shown = Percentages(window)
    shown.echo = True
    bs._run_until(app, lambda: window.opener.is_checking() or shown.done_at is not None, 60)
    started = time.perf_counter()
    read_before = _read_bytes()
    beat.reset()
    deadline = started + limit_s
    bs._run_until(
        app,
        lambda: not window.opener.is_checking() or time.perf_counter() > deadline,
        CHECK_WAIT_S,
    )
    check_s = time.perf_counter() - started
    read_mb = (_read_bytes() - read_before) / 1e6
    finished = not window.opener.is_checking()
    known = window.archive().check_result
    still_s, still_at = shown.longest_still()
    figures: dict[str, Any] = {
        "archive": str(archive),
        "people": window.people_model.total(),
        "list_s": listed_s,
        "check_s": check_s,
        "check_status": (known.status.value if known is not None else "unknown")
        if finished
        else f"cut short at {limit_s:.0f} s",
        "check_finished": finished,
        "check_read_mb": read_mb,
        "percentages": len(shown.shown),
        "first_last": [shown.shown[0][1], shown.shown[-1][1]] if shown.shown else [],
        "longest_still_s": still_s,
        "longest_still_at": still_at,
        "check_worst_ms": beat.worst_ms(),
        "check_p99_ms": beat.p99_ms(),
        "check_worst_cpu_ms": beat.worst_cpu_ms(),
        "check_most_cpu_ms": beat.most_cpu_ms(),
        "check_worst_runq_ms": beat.worst_runq_ms(),
        "progress": [(round(t - started, 1), p) for t, p in shown.shown],
    }
    if not finished:  # the status bar's Cancel: "In custody" is timed without the check
        window.opener.cancel_checks()
    if custody:
        bs._run_until(app, lambda: bs._settled(window), CUSTODY_WAIT_S)
        model = window.facets_pane.models["statuses"]
        values = [model.data(model.index(r, 0), Role.VALUE) for r in range(model.rowCount())]
        from PySide6.QtCore import Qt

        beat.reset()
        start = time.perf_counter()
        model.setData(
            model.index(values.index("in_custody"), 0),
            Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )
        bs._run_until(app, lambda: bs._settled(window), CUSTODY_WAIT_S)
        figures |= {
            "custody_s": time.perf_counter() - start,
            "custody_people": window.people_model.count(),
            "custody_summary": window.timeline_pane.summary_text(),
            "custody_worst_ms": beat.worst_ms(),
            "custody_worst_cpu_ms": beat.worst_cpu_ms(),
            "custody_most_cpu_ms": beat.most_cpu_ms(),
        }
    window.close()
    return figures


def floor(archive: Path) -> dict[str, Any]:
    """Raw sqlite3 `PRAGMA quick_check` on the file, read-only, in a child process."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)\n"
        "t = time.perf_counter()\n"
        "rows = c.execute('PRAGMA quick_check(100)').fetchall()\n"
        "print(time.perf_counter() - t, rows[0][0])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(archive)], capture_output=True, text=True, check=True
    )
    seconds, answer = out.stdout.split(maxsplit=1)
    return {"floor_quick_check_s": float(seconds), "floor_answer": answer.strip()}


def close_child(archive: Path, after_s: float) -> None:
    """In the child: close the window `after_s` into the check, print when close() began."""
    import bench_stalls as bs

    app, window, _ = _window(archive)
    shown = Percentages(window)
    bs._run_until(app, lambda: window.opener.is_checking(), 60)
    bs._run_for(app, after_s)
    figure = shown.shown[-1][1] if shown.shown else -1
    checking = window.opener.is_checking()
    began = time.time()
    window.close()
    closed = time.time()
    print(json.dumps({"began": began, "closed": closed, "at": figure, "checking": checking}))
    sys.stdout.flush()
    app.quit()


def measure_close(archive: Path, after_s: float) -> dict[str, Any]:
    env = dict(os.environ)
    cmd = [sys.executable, __file__, "--archive", str(archive), "--child-close", str(after_s)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = ""
    for line in child.stdout:
        if line.startswith("{"):
            break
    child.wait()
    exited = time.time()
    report = json.loads(line)
    return {
        "close_at_percent": report["at"],
        "close_while_checking": report["checking"],
        "close_call_s": report["closed"] - report["began"],
        "close_to_exit_s": exited - report["began"],
    }


def _report(r: dict[str, Any]) -> None:
    print(f"archive: {r['archive']} ({r.get('people', 0):,} people); {r.get('cache', '')}")
    print(f"  load average now: {os.getloadavg()}")
    if "check_s" in r:
        print(f"  list shown {r['list_s']:.2f} s after the open request")
        if not r["check_finished"]:
            print(
                f"  the check was cut short (Cancel) after {r['check_s']:.0f} s at "
                f"{r['first_last'][-1] if r['first_last'] else 0} %"
            )
        print(
            f"  background check: {r['check_s']:.1f} s ({r['check_status']}); the status bar "
            f"showed {r['percentages']} figures {r['first_last']}; the longest at one figure "
            f"{r['longest_still_s']:.1f} s (at {r['longest_still_at']} %); read "
            f"{r['check_read_mb']:,.0f} MB, {r['check_read_mb'] / max(r['check_s'], 0.1):.1f} MB/s"
        )
        print(
            f"  during the check: longest stall {r['check_worst_ms']:.1f} ms "
            f"(GUI CPU {r['check_worst_cpu_ms']:.1f} ms, waiting for a core "
            f"{r['check_worst_runq_ms']:.1f} ms), p99 gap {r['check_p99_ms']:.1f} ms, "
            f"longest GUI work {r['check_most_cpu_ms']:.1f} ms"
        )
    if "floor_quick_check_s" in r:
        ratio = r["check_s"] / max(r["floor_quick_check_s"], 0.001)
        print(
            f"  floor: raw sqlite3 quick_check {r['floor_quick_check_s']:.1f} s "
            f"({r['floor_answer']}); the window's check x{ratio:.2f}"
        )
    if "custody_s" in r:
        print(
            f"  'In custody': {r['custody_people']:,} people, settled in {r['custody_s']:.1f} s; "
            f"longest stall {r['custody_worst_ms']:.1f} ms (GUI CPU "
            f"{r['custody_worst_cpu_ms']:.1f} ms), longest GUI work "
            f"{r['custody_most_cpu_ms']:.1f} ms; timeline: {r['custody_summary']!r}"
        )
    for c in r.get("closes", []):
        verdict = "within" if c["close_to_exit_s"] <= CLOSE_BUDGET_S else "OVER"
        print(
            f"  closed at {c['close_at_percent']} % (checking: {c['close_while_checking']}): "
            f"close() {c['close_call_s']:.2f} s, process gone {c['close_to_exit_s']:.2f} s "
            f"after close() began ({verdict} {CLOSE_BUDGET_S:.0f} s)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--drop-cache", action="store_true")
    parser.add_argument("--floor", action="store_true", help="raw sqlite3 quick_check after")
    parser.add_argument("--no-check", action="store_true", help="skip the full check run")
    parser.add_argument("--no-custody", action="store_true")
    parser.add_argument(
        "--close-after", type=float, nargs="*", default=[], help="close S s into the check"
    )
    parser.add_argument(
        "--check-limit", type=float, default=CHECK_WAIT_S, help="stop waiting after S s"
    )
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child-close", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # no ledger, no store: the checks run as on a first open
    os.environ["KARTOTEKA_CACHE_DIR"] = tempfile.mkdtemp(prefix="kartoteka-bench-cache-")
    os.environ.setdefault("KARTOTEKA_DATA_DIR", tempfile.mkdtemp(prefix="kartoteka-bench-"))
    sys.path[:0] = [str(ROOT), str(BENCH)]
    import bench_stalls as bs

    if args.child_close is not None:
        close_child(args.archive, args.child_close)
        return 0
    results: dict[str, Any] = {"archive": str(args.archive)}
    if args.drop_cache:
        results["cache"] = bs.drop_page_cache()
    if not args.no_check:
        results |= measure_check(
            args.archive, custody=not args.no_custody, limit_s=args.check_limit
        )
    if args.floor:
        results |= floor(args.archive)
    closes = []
    for after in args.close_after:
        if args.drop_cache:
            bs.drop_page_cache()
        closes.append(measure_close(args.archive, after))
    results["closes"] = closes
    _report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    slow = [c for c in closes if c["close_to_exit_s"] > CLOSE_BUDGET_S]
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
