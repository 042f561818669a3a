"""Viewer budgets: window-show time and RSS against a bare PySide6 window, jump to row N.

Every measurement runs in a fresh subprocess with QT_QPA_PLATFORM=offscreen,
so imports, caches and memory of one run never help another. The bare
PySide6 window is measured in the same run as the viewer, on the same machine.

The children run as an installed application does: with bytecode caching on
(PYTHONDONTWRITEBYTECODE is dropped from their environment, which some
sandboxes set) and their .pyc files under the user cache
(PYTHONPYCACHEPREFIX=<cache>/kartoteka/bench/pycache, so the repository stays
clean). One discarded warm-up child runs first for each mode (and archive),
so no measured run compiles modules or reads the archive cold; otherwise the
viewer, with its own modules to compile, would be compared with a bare
window whose PySide6 is already compiled.

    .venv/bin/python bench/bench_viewer.py                 # sample + 1M archive
    .venv/bin/python bench/bench_viewer.py --people 100000 # a smaller big archive
    .venv/bin/python bench/bench_viewer.py --big PATH      # an existing archive
    .venv/bin/python bench/bench_viewer.py --languages-only  # only loading a language

Budgets at 1M people: shown <= 1.3x bare, RSS <= bare + 150 MB, jump <= 50 ms.
Big archives are generated once into the user cache (db.generate).

Loading a language (`viewer.translations.install`: its .ts file parsed, the
translators installed) is timed too, for each language: the first install in
a fresh process, then installing it again in that process. It has no SQLite
equivalent, so it is reported in milliseconds only.
"""

from __future__ import annotations

import time

START = time.perf_counter()  # before any import: the child's clock starts here

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
JUMP_ROW = 500_000
SHOWN_RATIO_BUDGET = 1.3
RSS_EXTRA_BUDGET_MB = 150.0
JUMP_BUDGET_MS = 50.0
WAIT_S = 600.0
LANGUAGE_REPEATS = 20


def _rss_mb() -> float:
    import psutil  # type: ignore[import-untyped]

    return float(psutil.Process().memory_info().rss) / (1024 * 1024)


def _wait_painted(app: Any, window: Any) -> float:
    """Seconds from process start until the window's first paint event."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.at is None and event.type() == QEvent.Type.Paint:
                self.at = time.perf_counter()
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    window.show()
    _wait_until(app, lambda: spy.at is not None)
    app.removeEventFilter(spy)
    assert spy.at is not None
    return spy.at - START


def _wait_until(app: Any, done: Any, timeout_s: float = WAIT_S) -> bool:
    """Run the event loop until `done()`, sleeping between events as `app.exec()` does.

    A loop of bare `processEvents()` calls kept the GUI thread spinning: it took the
    GIL and a core from the threads the window was waiting for (the pane imports, the
    open job), and its own CPU was counted as the window's (~0.1-0.2 s of "CPU to the
    list" at 1M people that a user's window never spends). A 10 ms timer wakes the
    wait so `done()` is seen even when nothing else happens.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    wake = QTimer()
    wake.setInterval(10)
    wake.start()
    deadline = time.monotonic() + timeout_s
    try:
        while not done():
            if time.monotonic() > deadline:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        wake.stop()


def child_bare() -> dict[str, Any]:
    """A bare QMainWindow of the viewer's size: the baseline."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 820)
    shown = _wait_painted(app, window)
    result = {"shown_s": shown, "rss_mb": _rss_mb()}
    window.close()
    return result


def child_language(language: str) -> dict[str, Any]:
    """Install `language` in a fresh process, then `LANGUAGE_REPEATS` times again."""
    from PySide6.QtWidgets import QApplication

    from viewer import translations

    app = QApplication([])
    t0 = time.perf_counter()
    used = translations.install(app, language)
    first = time.perf_counter() - t0
    again = []
    for _ in range(LANGUAGE_REPEATS):
        t = time.perf_counter()
        translations.install(app, language)
        again.append(time.perf_counter() - t)
    translations.uninstall(app)
    return {"language": used, "first_ms": first * 1000, "again_ms": [s * 1000 for s in again]}


def _language_figures(runs: int) -> None:
    from viewer.translations import available

    for code in available():  # English too: its file holds the plural forms
        results = _run_children(runs, "language", language=code)
        if any(r["language"] != code for r in results):
            raise SystemExit(f"{code}: the viewer did not load that language")
        first = sorted(float(r["first_ms"]) for r in results)
        again = sorted(float(ms) for r in results for ms in r["again_ms"])
        p95 = again[int(len(again) * 0.95) - 1]
        print(
            f"language {code}: first install {first[len(first) // 2]:.1f} ms (fresh process, "
            f"median of {runs}), again median {again[len(again) // 2]:.1f} ms, "
            f"p95 {p95:.1f} ms ({len(again)} installs)"
        )


def child_viewer(archive: Path) -> dict[str, Any]:
    """The viewer on `archive`: shown, list ready, all panes loaded, jump to a deep row."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from viewer.app import application, build_window
    from viewer.settings import Settings

    # the application's own start (viewer.app.main): its QApplication with the style
    # sheet, the language, the window opening the archive as soon as its panes exist
    app = application()
    settings_dir = tempfile.mkdtemp(prefix="kartoteka-bench-")
    window = build_window(archive, Settings(Path(settings_dir) / "bench.ini"))
    window.resize(1280, 820)
    shown = _wait_painted(app, window)

    # the longest gap between timer ticks while the archive loads = the worst freeze
    clock = QElapsedTimer()
    clock.start()
    stall = {"last": 0, "max": 0}

    def tick() -> None:
        now = clock.elapsed()
        stall["max"] = max(stall["max"], now - stall["last"])
        stall["last"] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    t_open = time.perf_counter()
    _wait_until(app, window.is_ready)
    panes_ready = time.perf_counter() - START
    timeline: list[float] = []
    window.timeline_pane.loaded.connect(lambda: timeline.append(time.perf_counter()))
    if not _wait_until(app, lambda: window.archive() is not None):
        raise SystemExit(f"{archive}: the list did not load within {WAIT_S} s")
    window.list_pane.table.viewport().repaint()
    list_at = time.perf_counter()
    list_ready = list_at - t_open
    list_cpu = time.process_time()  # every thread's CPU until the list is shown
    _wait_until(app, lambda: not window.tasks.is_busy() and bool(timeline))
    all_loaded = time.perf_counter() - t_open
    timer.stop()
    rss = _rss_mb()

    rows = window.people_model.rowCount()
    jump_row = min(JUMP_ROW, rows - 1)
    t0 = time.perf_counter()
    window.list_pane.select_row(jump_row)
    window.list_pane.table.viewport().repaint()
    jump_ms = (time.perf_counter() - t0) * 1000
    app.processEvents()
    current = window.list_pane.current_person()
    shown_name = current.display_name if current else None
    window.close()
    return {
        "shown_s": shown,
        "panes_ready_s": panes_ready,
        "rss_mb": rss,
        "rows": rows,
        "list_ready_s": list_ready,
        "list_from_start_s": list_at - START,
        "list_cpu_s": list_cpu,
        "all_panes_loaded_s": all_loaded,
        "max_gui_stall_ms": stall["max"],
        "jump_row": jump_row,
        "jump_ms": jump_ms,
        "jump_shows": shown_name,
    }


def _bench_cache() -> Path:
    import platformdirs

    folder = Path(platformdirs.user_cache_dir("kartoteka")) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _child_env() -> dict[str, str]:
    """The children's environment: offscreen, and .pyc files cached as in an install."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_ACCESSIBILITY="0")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(_bench_cache() / "pycache")
    return env


def _run_children(
    runs: int, mode: str, archive: Path | None = None, language: str = ""
) -> list[dict[str, Any]]:
    """`runs` measured children, after one discarded warm-up child (.pyc files, disk cache)."""
    _run_child(mode, archive, language)
    return [_run_child(mode, archive, language) for _ in range(runs)]


def _run_child(mode: str, archive: Path | None = None, language: str = "") -> dict[str, Any]:
    env = _child_env()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode]
    if archive is not None:
        cmd += ["--archive", str(archive)]
    if language:
        cmd += ["--language", language]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"child {mode} failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _big_archive(people: int) -> Path:
    from db.generate import generate_archive

    path = _bench_cache() / f"people_{people}.db"
    if not path.exists():
        print(f"generating {path} ({people:,} people, once) …", file=sys.stderr)
        t0 = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        generate_archive(partial, people)
        partial.rename(path)
        print(f"  generated in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path


def _sample_archive() -> Path:
    from db.sample import default_sample_path

    return default_sample_path()


def _median(runs: list[dict[str, Any]], key: str) -> float:
    values = sorted(float(r[key]) for r in runs)
    return values[len(values) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", choices=("bare", "viewer", "language"), help=argparse.SUPPRESS)
    parser.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--language", help=argparse.SUPPRESS)
    parser.add_argument("--people", type=int, default=1_000_000, help="size of the big archive")
    parser.add_argument("--big", type=Path, help="use this archive instead of generating one")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument(
        "--languages-only", action="store_true", help="only time loading each language"
    )
    args = parser.parse_args()
    if args.child == "bare":
        print(json.dumps(child_bare()))
        return 0
    if args.child == "viewer":
        print(json.dumps(child_viewer(args.archive)))
        return 0
    if args.child == "language":
        print(json.dumps(child_language(args.language)))
        return 0

    sys.path.insert(0, str(ROOT))
    _language_figures(args.runs)
    if args.languages_only:
        return 0
    archives = {"sample": _sample_archive(), "big": args.big or _big_archive(args.people)}
    bare = _run_children(args.runs, "bare")
    bare_shown, bare_rss = _median(bare, "shown_s"), _median(bare, "rss_mb")
    print(f"bare PySide6 window: shown {bare_shown * 1000:.0f} ms, RSS {bare_rss:.0f} MB")
    failed = False
    for name, path in archives.items():
        runs = _run_children(args.runs, "viewer", path)
        shown, rss = _median(runs, "shown_s"), _median(runs, "rss_mb")
        jump = _median(runs, "jump_ms")
        ratio = shown / bare_shown
        print(
            f"{name} ({runs[0]['rows']:,} people): shown {shown * 1000:.0f} ms "
            f"({ratio:.2f}x bare), panes built "
            f"{_median(runs, 'panes_ready_s') * 1000:.0f} ms, "
            f"RSS {rss:.0f} MB (+{rss - bare_rss:.0f} MB), "
            f"list ready {_median(runs, 'list_ready_s') * 1000:.0f} ms, all panes "
            f"{_median(runs, 'all_panes_loaded_s') * 1000:.0f} ms, worst GUI stall "
            f"{_median(runs, 'max_gui_stall_ms'):.0f} ms, jump to row "
            f"{runs[0]['jump_row']:,} {jump:.1f} ms"
        )
        if name == "big":
            checks = {
                "shown <= 1.3x bare": ratio <= SHOWN_RATIO_BUDGET,
                "RSS <= bare + 150 MB": rss - bare_rss <= RSS_EXTRA_BUDGET_MB,
                "jump <= 50 ms": jump <= JUMP_BUDGET_MS,
            }
            for check, ok in checks.items():
                print(f"  {'ok  ' if ok else 'FAIL'} {check}")
                failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
