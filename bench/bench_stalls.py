"""The longest GUI-thread stall while typing a name and toggling facets, beside a bare event loop.

    .venv/bin/python bench/bench_stalls.py --archive BIG.db      # e.g. 1,000,000 people
    .venv/bin/python bench/bench_stalls.py --people 20000        # generated into the user cache

A heartbeat timer (every 2 ms, PreciseTimer) runs on the GUI thread; the
longest gap between two of its ticks is the longest time the window could
not paint or take input. Four phases, in one process, one after the other:

0. opening: the viewer's window built as the application builds it (panes
   deferred until the frame has painted) and asked to open the archive, from
   `show()` until the list, facets, record and timeline have settled (the
   start-up stall; `--drop-cache` empties the page cache first, as root, so the
   archive is read from disk as on a first open after boot; the archive's
   statements run on the GUI thread are counted and what ran in the longest
   stall is printed; `--open-only` stops after it; `--timeline-only` then zooms the
   timeline in to the deepest zoom and out again, one key per 150 ms, and checks
   and unchecks "In custody", 5 s each, its reads running in the background);

1. bare: a plain QMainWindow with a QLineEdit; the name is typed into it one
   key per 80 ms and the loop runs as long as phase 2 does (the machine's
   own noise: other processes, the Python GC, the offscreen platform);
2. typing: the viewer on the archive (opened and settled first, not timed
   here), the same name typed into its search box one key per 80 ms, until
   the list, facets, record and timeline show the result;
3. facets: each status value checked and unchecked again, each time until
   everything has settled.

Budget (issue 10): the longest stall while typing and while toggling facets
<= 50 ms. Figures are printed and, with --json, written to a file. The
machine is shared with other work: run it more than once (--runs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.sql_threads import SqlThreads

ROOT = Path(__file__).resolve().parent.parent
NAME = "Tsikhanouski"  # 12 characters
KEY_MS = 80
BEAT_MS = 2
BUDGET_MS = 50.0
WAIT_S = 900.0
TRACE = False
PROFILE = False
SORT = "cumulative"  # --profile-sort tottime: the calls that themselves took the time
OPEN_ONLY = False
TIMELINE_ONLY = False
TIMELINE_STEPS = 20  # + from the whole span to the deepest zoom, then - back
TIMELINE_KEY_MS = 150
TIMELINE_FILTER_S = 5.0  # the loop runs this long after each check/uncheck
DROP_CACHE = False
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


class Heartbeat:
    """Ticks on the GUI thread; `worst_ms` is the longest gap between ticks since `reset`.

    Each gap also records the GUI thread's own CPU time in it (`time.thread_time`):
    a long gap with little CPU is time the thread waited (for a core, or the GIL);
    one with much CPU is work it did. On Linux it also records the time the thread
    waited for a core (`schedstat`) and its major page faults (`/proc/thread-self/stat`:
    code or a mapped file read from disk on a cold cache).
    """

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.cpu: list[float] = []
        self.runq: list[float] = []
        self.ends: list[float] = []  # perf_counter() at the tick that ended each gap
        self.faults: list[int] = []
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_runq = _runqueue_ms()
        self._last_faults = _major_faults()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu, runq = time.perf_counter(), time.thread_time(), _runqueue_ms()
        faults = _major_faults()
        self.gaps.append((now - self._last) * 1000)
        self.cpu.append((cpu - self._last_cpu) * 1000)
        self.runq.append(runq - self._last_runq)
        self.ends.append(now)
        self.faults.append(faults - self._last_faults)
        self._last, self._last_cpu, self._last_runq = now, cpu, runq
        self._last_faults = faults
        if PROFILER is not None:
            PROFILER.tick(self.cpu[-1])

    def reset(self) -> None:
        self.gaps, self.cpu, self.runq, self.ends = [], [], [], []
        self.faults = []
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._last_runq = _runqueue_ms()
        self._last_faults = _major_faults()

    def worst_runq_ms(self) -> float:
        """Within the longest gap, the time the GUI thread was runnable but had no core
        (Linux schedstat; 0 elsewhere). The rest of a gap without CPU is waiting for
        the GIL or a lock."""
        if not self.gaps:
            return 0.0
        return self.runq[self.gaps.index(max(self.gaps))]

    def worst_ms(self) -> float:
        return max(self.gaps, default=0.0)

    def worst_cpu_ms(self) -> float:
        """The GUI thread's CPU time within the longest gap."""
        if not self.gaps:
            return 0.0
        return self.cpu[self.gaps.index(max(self.gaps))]

    def most_cpu_ms(self) -> float:
        """The most CPU the GUI thread spent between two ticks: its longest piece of work."""
        return max(self.cpu, default=0.0)

    def total_cpu_ms(self) -> float:
        """All the GUI thread's CPU since `reset`: its work, whatever the machine's load."""
        return sum(self.cpu)

    def p99_ms(self) -> float:
        if not self.gaps:
            return 0.0
        ordered = sorted(self.gaps)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _runqueue_ms() -> float:
    """This thread's total time waiting for a core (Linux `schedstat`), in ms; 0 elsewhere."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def _major_faults() -> int:
    """This thread's major page faults so far (Linux; 0 elsewhere)."""
    try:
        with open("/proc/thread-self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[12 - 3])  # fields after the name start at the state (field 3)
    except (OSError, IndexError, ValueError):
        return 0


def drop_page_cache() -> str:
    """Empty the kernel's page cache (root only), so the archive is read from disk.

    Returns what happened, for the report: the figures of a run whose cache
    could not be dropped are warm-cache figures whatever the option said.
    """
    os.sync()
    try:
        DROP_CACHES.write_text("1\n", encoding="ascii")
    except OSError as exc:
        why = "needs root" if os.geteuid() != 0 else exc.strerror
        return f"page cache NOT dropped ({why}): warm-cache figures"
    return "page cache dropped before opening (cold cache)"


class StallSampler:
    """Samples the GUI thread's Python stack while it has not ticked for `threshold_ms` (--trace).

    A plain thread, so it runs only when it gets the GIL: a stack seen here is
    where the GUI thread was when the sampler got in (the innermost Python frame
    of a long Qt call, or the Python code itself). The other threads' innermost
    frames are kept beside it: one of them may hold the GIL the GUI thread waits for.
    """

    def __init__(self, beat: Heartbeat, threshold_ms: float = 20.0, every_ms: float = 2.0) -> None:
        self.beat = beat
        self.threshold = threshold_ms / 1000
        self.every = every_ms / 1000
        self.gui = threading.get_ident()
        self.phase = ""
        self.stacks: dict[str, Counter[tuple[str, ...]]] = {}
        self.others: dict[str, Counter[str]] = {}
        self.timed: list[tuple[float, tuple[str, ...]]] = []  # (perf_counter, GUI stack)
        self._stop = False
        self.thread = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self._stop:
            time.sleep(self.every)
            if not self.phase or time.perf_counter() - self.beat._last < self.threshold:
                continue
            frames = sys._current_frames()
            gui = frames.get(self.gui)
            if gui is None:
                continue
            stack = tuple(
                f"{Path(f.filename).name}:{f.lineno} {f.name}"
                for f in traceback.extract_stack(gui)[-14:]
            )
            self.stacks.setdefault(self.phase, Counter())[stack] += 1
            self.timed.append((time.perf_counter(), stack))
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in frames.items():
                if ident in (self.gui, threading.get_ident()):
                    continue
                top = traceback.extract_stack(frame)[-1]
                place = f"{Path(top.filename).name}:{top.lineno} {top.name}"
                where = f"{names.get(ident, ident)}: {place}"
                self.others.setdefault(self.phase, Counter())[where] += 1

    def report(self) -> None:
        for phase, stacks in self.stacks.items():
            limit = self.threshold * 1000
            print(f"--- stall samples while {phase} (GUI thread stalled > {limit:.0f} ms)")
            for stack, count in stacks.most_common(12):
                print(f"  {count} samples:")
                for line in stack:
                    print(f"      {line}")
            print("  other threads at those moments:")
            for where, count in self.others.get(phase, Counter()).most_common(10):
                print(f"    {count:4d} {where}")

    def stop(self) -> None:
        self._stop = True


SAMPLER: StallSampler | None = None


class TickProfiler:
    """cProfile of the GUI thread, one profile per heartbeat gap (--profile).

    Gaps in which the GUI thread spent more than `cpu_ms` of CPU keep their
    profile (the slowest first in the report): its own longest pieces of work,
    by function, not the time it waited for a core or the GIL. The profiles count
    the GUI thread's CPU time (`time.thread_time`), not wall-clock time: on a loaded
    machine a wall-clock profile blamed whatever call the thread was preempted in.
    cProfile slows Python code down about twice; the CPU figures here are inflated alike.
    """

    def __init__(self, cpu_ms: float = 12.0) -> None:
        import cProfile

        self._cprofile = cProfile
        self.cpu_ms = cpu_ms
        self.phase = ""
        self.kept: list[tuple[float, str, str]] = []
        self._profile = cProfile.Profile(time.thread_time)
        self._profile.enable()

    def tick(self, cpu_ms: float) -> None:
        import io
        import pstats

        self._profile.disable()
        if self.phase and cpu_ms > self.cpu_ms:
            out = io.StringIO()
            stats = pstats.Stats(self._profile, stream=out)
            # what is not under a Python call is Qt's own work (events, layout, painting)
            print(f"in Python calls: {stats.total_tt * 1000:.1f} ms", file=out)
            stats.sort_stats(SORT).print_stats(28)
            self.kept.append((cpu_ms, self.phase, out.getvalue()))
        self._profile = self._cprofile.Profile(time.thread_time)
        self._profile.enable()

    def report(self) -> None:
        for cpu, phase, text in sorted(self.kept, reverse=True)[:6]:
            print(f"=== {phase}: a gap with {cpu:.1f} ms of GUI-thread CPU")
            lines = [ln for ln in text.splitlines() if ln.strip()]
            lines = lines[:1] + lines[5:]
            print("\n".join(lines))


PROFILER: TickProfiler | None = None


def _phase(name: str) -> None:
    if SAMPLER is not None:
        SAMPLER.phase = name
    if PROFILER is not None:
        PROFILER.phase = name


def _run_until(app: Any, done: Callable[[], bool], timeout_s: float = WAIT_S) -> float:
    """Run the event loop until `done()`, asked every 10 ms by a timer (the asking is GUI work too).

    The loop blocks between events (`QEventLoop.exec`), as a real window does in
    `exec()`: polling with `processEvents` and a short sleep kept the GUI thread
    busy (~12 s of CPU while toggling at a million people), so the scheduler
    treated it as a CPU hog competing with the lanes and gave it a core later.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    if done():
        return 0.0
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop(app)
    late: list[bool] = []

    def ask() -> None:
        if done():
            loop.quit()
        elif time.monotonic() > deadline:
            late.append(True)
            loop.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(ask)
    timer.start()
    loop.exec()
    timer.stop()
    if late:
        raise SystemExit(f"not done within {timeout_s:.0f} s")
    return time.perf_counter() - start


def _run_for(app: Any, seconds: float) -> None:
    """Run the event loop (blocking between events) for `seconds`."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if seconds <= 0:
        return
    loop = QEventLoop(app)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(round(seconds * 1000))
    loop.exec()


def _type(app: Any, widget: Any, text: str) -> None:
    """Type `text` into `widget`, one key every KEY_MS, the loop running in between."""
    from PySide6.QtTest import QTest

    start = time.perf_counter()
    for n, char in enumerate(text):
        _run_for(app, start + n * KEY_MS / 1000 - time.perf_counter())
        QTest.keyClick(widget, char)


def _settled(window: Any) -> bool:
    return bool(
        window.browse.settled()
        and window.record.settled()
        and not window.tasks.is_busy()
        and "…" not in window.timeline_pane.summary_text()
    )


def measure(archive: Path) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    from tests.sql_threads import SqlThreads
    from viewer.app import application
    from viewer.mainwindow import MainWindow
    from viewer.models.roles import Role
    from viewer.settings import Settings

    global SAMPLER, PROFILER
    app = application()
    if PROFILE and PROFILER is None:
        PROFILER = TickProfiler()
    beat = Heartbeat()
    if TRACE and SAMPLER is None:
        SAMPLER = StallSampler(beat)
    elif SAMPLER is not None:
        SAMPLER.beat = beat

    # 1. a bare event loop with a line edit: the machine's own noise
    bare = QMainWindow()
    edit = QLineEdit(bare)
    bare.setCentralWidget(edit)
    bare.resize(1366, 768)
    bare.show()
    _run_for(app, 0.5)
    beat.reset()
    _phase("bare")
    _type(app, edit, NAME)
    _run_for(app, 1.5)
    _phase("")
    bare_ms, bare_p99 = beat.worst_ms(), beat.p99_ms()
    bare.close()

    # 0. the viewer opening the archive: from the open request until everything settled
    cache = drop_page_cache() if DROP_CACHE else "page cache as it was (warm unless dropped)"
    settings = Settings(Path(tempfile.mkdtemp(prefix="kartoteka-bench-")) / "bench.ini")
    with SqlThreads() as sql:
        window = MainWindow(settings, defer_panes=True)  # as the application starts
        window.resize(1366, 768)
        window.open_path(archive)  # runs as soon as the panes exist
        beat.reset()
        _phase("opening")
        window.show()
        opened_s = _run_until(app, lambda: window.archive() is not None and _settled(window))
        _phase("")
    opening = {**_phase_figures(beat, "opening"), **_what_ran(beat, sql, archive), "cache": cache}
    people = window.people_model.total()
    bare = {"bare_worst_ms": bare_ms, "bare_p99_ms": bare_p99}
    if OPEN_ONLY:
        window.close()
        return {"archive": str(archive), "people": people, "opened_s": opened_s, **opening, **bare}
    if TIMELINE_ONLY:
        figures = _timeline_phase(app, window, beat)
        window.close()
        return {
            "archive": str(archive),
            "people": people,
            "opened_s": opened_s,
            **opening,
            **figures,
        }

    # 2. typing a name, until everything shows its result
    window.search_box.setFocus()
    beat.reset()
    _phase("typing")
    started = time.perf_counter()
    _type(app, window.search_box, NAME)
    typed = time.perf_counter()
    _run_until(app, lambda: _settled(window) and window.browse.state.current_search() is not None)
    result_s = time.perf_counter() - typed
    _phase("")
    typing_ms, typing_p99 = beat.worst_ms(), beat.p99_ms()
    typing_cpu, typing_work = beat.worst_cpu_ms(), beat.most_cpu_ms()
    typing_runq = beat.worst_runq_ms()
    typing_total = beat.total_cpu_ms()
    typing_s = time.perf_counter() - started
    found = window.people_model.rowCount()

    # 3. facets: each status checked, then unchecked, on the whole archive
    window.browse.clear_all()
    _run_until(app, lambda: _settled(window))
    model = window.facets_pane.models["statuses"]
    values = [model.data(model.index(r, 0), Role.VALUE) for r in range(model.rowCount())]
    beat.reset()
    _phase("facets")
    toggles = []
    for value in values:
        for state in (Qt.CheckState.Checked, Qt.CheckState.Unchecked):
            row = [model.data(model.index(r, 0), Role.VALUE) for r in range(model.rowCount())]
            index = model.index(row.index(value), 0)
            t = time.perf_counter()
            model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
            _run_until(app, lambda: _settled(window))
            toggles.append((value, state == Qt.CheckState.Checked, time.perf_counter() - t))
    _phase("")
    facets_ms, facets_p99 = beat.worst_ms(), beat.p99_ms()
    facets_cpu, facets_work = beat.worst_cpu_ms(), beat.most_cpu_ms()
    facets_runq = beat.worst_runq_ms()
    facets_total = beat.total_cpu_ms()
    window.close()
    return {
        "archive": str(archive),
        "people": people,
        "opened_s": opened_s,
        **opening,
        "bare_worst_ms": bare_ms,
        "bare_p99_ms": bare_p99,
        "typing_worst_ms": typing_ms,
        "typing_p99_ms": typing_p99,
        "typing_worst_cpu_ms": typing_cpu,
        "typing_most_cpu_ms": typing_work,
        "typing_worst_runq_ms": typing_runq,
        "typing_cpu_total_ms": typing_total,
        "typing_s": typing_s,
        "result_after_last_key_s": result_s,
        "found": found,
        "facets_worst_ms": facets_ms,
        "facets_p99_ms": facets_p99,
        "facets_worst_cpu_ms": facets_cpu,
        "facets_most_cpu_ms": facets_work,
        "facets_worst_runq_ms": facets_runq,
        "facets_cpu_total_ms": facets_total,
        "toggles": [{"value": v, "on": on, "settled_s": round(s, 3)} for v, on, s in toggles],
    }


def _timeline_phase(app: Any, window: Any, beat: Heartbeat) -> dict[str, Any]:
    """Zoom the timeline from everything to the deepest zoom and back, one key per
    TIMELINE_KEY_MS (its reads run in the background meanwhile), then check and
    uncheck one status and keep the loop running while the lanes work."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from viewer.models.roles import Role

    view = window.timeline_pane.view()
    view.setFocus()
    beat.reset()
    _phase("timeline")
    for key in ("+", "-"):
        for _ in range(TIMELINE_STEPS):
            QTest.keyClick(view, key)
            _run_for(app, TIMELINE_KEY_MS / 1000)
        _run_for(app, 1.0)
    model = window.facets_pane.models["statuses"]
    for state in (Qt.CheckState.Checked, Qt.CheckState.Unchecked):
        row = [model.data(model.index(r, 0), Role.VALUE) for r in range(model.rowCount())]
        index = model.index(row.index("in_custody") if "in_custody" in row else 0, 0)
        model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
        _run_for(app, TIMELINE_FILTER_S)
    _phase("")
    return _phase_figures(beat, "timeline")


def _what_ran(beat: Heartbeat, sql: SqlThreads, archive: Path) -> dict[str, Any]:
    """The archive's statements run on the GUI thread while opening, and what ran in the
    longest gap: the statements the GUI thread started in it and (with --trace) its stacks."""
    on_gui = sql.gui_statements(archive)
    if not beat.gaps:
        return {"opening_gui_sql": [s.sql for s in on_gui], "opening_longest_ran": []}
    worst = beat.gaps.index(max(beat.gaps))
    end = beat.ends[worst]
    start = end - beat.gaps[worst] / 1000
    ran = [f"SQL {s.sql[:120]}" for s in sql.gui_statements() if start <= s.at <= end]
    if SAMPLER is not None:
        stacks = Counter(stack for at, stack in SAMPLER.timed if start <= at <= end)
        ran += [f"{n} samples: {' < '.join(reversed(st[-4:]))}" for st, n in stacks.most_common(3)]
    return {
        "opening_gui_sql": [s.sql for s in on_gui],
        "opening_longest_ran": ran,
        "opening_longest_faults": beat.faults[worst],
    }


def _phase_figures(beat: Heartbeat, key: str) -> dict[str, Any]:
    longest = sorted(range(len(beat.gaps)), key=beat.gaps.__getitem__, reverse=True)[:5]
    return {
        f"{key}_longest_gaps": [
            (
                round(beat.gaps[i], 1),
                round(beat.cpu[i], 1),
                round(beat.runq[i], 1),
                beat.faults[i],
            )
            for i in longest
        ],
        f"{key}_worst_ms": beat.worst_ms(),
        f"{key}_p99_ms": beat.p99_ms(),
        f"{key}_worst_cpu_ms": beat.worst_cpu_ms(),
        f"{key}_most_cpu_ms": beat.most_cpu_ms(),
        f"{key}_worst_runq_ms": beat.worst_runq_ms(),
        f"{key}_cpu_total_ms": beat.total_cpu_ms(),
    }


def _report(results: list[dict[str, Any]]) -> None:
    first = results[0]
    print(f"archive: {first['archive']} ({first['people']:,} people), {len(results)} run(s)")
    print(f"  opened and settled in {statistics.median(r['opened_s'] for r in results):.1f} s")
    print(f"  load average now: {os.getloadavg()}")
    _report_phase(results, "opening", "opening the archive            ")
    if "typing_worst_ms" not in first:  # the same run's bare loop: the machine's own stalls
        _report_phase(results, "bare", "bare event loop (before opening)")
    if "timeline_worst_ms" in first:
        _report_phase(results, "timeline", "timeline zoom in/out, a filter ")
    if "typing_worst_ms" not in first:
        return
    for key, label in (
        ("bare", "bare event loop, same typing   "),
        ("typing", f"typing {NAME!r} at {KEY_MS} ms/key"),
        ("facets", "checking/unchecking each status"),
    ):
        _report_phase(results, key, label)
    bare = statistics.median(r["bare_worst_ms"] for r in results)
    for key in ("typing", "facets"):
        ratio = statistics.median(r[f"{key}_worst_ms"] for r in results) / max(bare, 0.1)
        print(f"  {key}: {ratio:.1f}x the bare loop's longest stall")
    after = statistics.median(r["result_after_last_key_s"] for r in results)
    print(f"  the list showed {first['found']:,} people {after:.2f} s after the last key")
    toggles = [t["settled_s"] for r in results for t in r["toggles"]]
    median, most = statistics.median(toggles), max(toggles)
    print(f"  each facet toggle settled in median {median:.2f} s, max {most:.2f} s")


def _report_phase(results: list[dict[str, Any]], key: str, label: str) -> None:
    worst = max(r[f"{key}_worst_ms"] for r in results)
    median = statistics.median(r[f"{key}_worst_ms"] for r in results)
    p99 = statistics.median(r[f"{key}_p99_ms"] for r in results)
    verdict = ""
    if key != "bare":
        verdict = "within" if worst <= BUDGET_MS else "OVER"
        verdict = f"  ({verdict} the {BUDGET_MS:.0f} ms budget)"
    print(
        f"  {label}: longest stall {worst:.1f} ms (median of runs {median:.1f} ms, "
        f"p99 gap {p99:.1f} ms){verdict}"
    )
    if key == "bare":
        return
    if f"{key}_longest_gaps" in results[0]:
        gaps = "; ".join(
            ", ".join(
                f"{g:.0f} ms ({c:.0f} CPU, {q:.0f} no core, {f} major faults)"
                for g, c, q, f in r[f"{key}_longest_gaps"]
            )
            for r in results
        )
        print(
            f"  {key}: longest gaps per run (GUI-thread CPU, waiting for a core, "
            f"major page faults): {gaps}"
        )
    if key == "opening":
        for n, r in enumerate(results, 1):
            print(f"  opening, run {n}: {r['cache']}")
            reads = Counter(r["opening_gui_sql"])
            print(f"    the archive's statements on the GUI thread: {sum(reads.values())}")
            for text, count in reads.most_common(8):
                print(f"      {count} x {text[:110]}")
            print(f"    in the longest stall ({r['opening_worst_ms']:.0f} ms) the GUI thread ran:")
            for line in r["opening_longest_ran"] or ["(no SQL; --trace for its Python stack)"]:
                print(f"      {line}")
    cpu = max(r[f"{key}_worst_cpu_ms"] for r in results)
    work = max(r[f"{key}_most_cpu_ms"] for r in results)
    total = statistics.median(r[f"{key}_cpu_total_ms"] for r in results)
    runq = max(r[f"{key}_worst_runq_ms"] for r in results)
    print(
        f"  {key}: GUI-thread CPU {cpu:.1f} ms and {runq:.1f} ms waiting for a core "
        f"within the longest stall; "
        f"its longest piece of work {work:.1f} ms of CPU; all its work {total:.0f} ms"
    )


def _archive(people: int) -> Path:
    from db.connection import cache_dir
    from db.generate import generate_archive

    path = cache_dir() / "bench" / f"stalls-{people}.db"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        generate_archive(path, people)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an existing archive")
    parser.add_argument("--people", type=int, default=20_000, help="else generate this many")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--niceness", type=int, help="the lanes' niceness (viewer.tasks.WORKER_NICENESS), for A/B"
    )
    parser.add_argument(
        "--trace", action="store_true", help="print the GUI thread's stacks during stalls"
    )
    parser.add_argument(
        "--profile", action="store_true", help="print cProfile of the GUI thread's longest work"
    )
    parser.add_argument(
        "--profile-sort",
        default="cumulative",
        choices=("cumulative", "tottime"),
        help="order of --profile's calls (tottime: Qt calls made from Python stand out)",
    )
    parser.add_argument(
        "--open-only",
        action="store_true",
        help="measure only the opening (until the list, facets and timeline settle)",
    )
    parser.add_argument(
        "--drop-cache",
        action="store_true",
        help="empty the page cache before each opening (root only; says so when it cannot)",
    )
    parser.add_argument(
        "--timeline-only",
        action="store_true",
        help="the opening, then the timeline zoomed in and out and one status toggled",
    )
    args = parser.parse_args()
    global TRACE, PROFILE, OPEN_ONLY, TIMELINE_ONLY, DROP_CACHE, SORT
    TRACE, PROFILE, OPEN_ONLY = args.trace, args.profile, args.open_only
    SORT = args.profile_sort
    DROP_CACHE = args.drop_cache
    TIMELINE_ONLY = args.timeline_only
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KARTOTEKA_DATA_DIR", tempfile.mkdtemp(prefix="kartoteka-bench-"))
    sys.path.insert(0, str(ROOT))
    if args.niceness is not None:
        from viewer import tasks

        tasks.WORKER_NICENESS = tasks.CHECK_NICENESS = args.niceness
    archive = args.archive or _archive(args.people)
    results = [measure(archive) for _ in range(args.runs)]
    _report(results)
    if SAMPLER is not None:
        SAMPLER.stop()
        SAMPLER.report()
    if PROFILER is not None:
        PROFILER.report()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    keys = ("opening", "typing", "facets")
    if args.open_only or args.timeline_only:
        keys = ("opening", "timeline") if args.timeline_only else ("opening",)
    worst = max(r[f"{key}_worst_ms"] for r in results for key in keys)
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
