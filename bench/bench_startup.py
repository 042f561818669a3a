"""Where the CPU before the first list goes: each start-up piece's thread CPU, in children.

    .venv/bin/python bench/bench_startup.py --archive BIG.db [--runs 3] [--also OLD_CHECKOUT]

Each child starts as `kartoteka-gui ARCHIVE` does (viewer.app) and stops when the list
has painted; the pieces are timed with the CPU clock of the thread that runs them
(`time.thread_time`), so waiting for a core or for the GIL is not counted: Python start
and `import PySide6`, viewer.app's imports, the QApplication and the window's shell, the
panes' modules on the preload thread, the frame, the panes built and wired, the open job on
the worker, the list's paint, and the rest of the GUI thread (first paint, the event loop,
Qt types made on first use). With `--also`, another checkout's children run alternating
with this one's (before/after in the same time window). The pieces are found by wrapping
viewer.mainwindow and viewer.controllers.open_archive functions by name: a checkout that
renamed them reports those pieces as 0. Not part of the test suite.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PIECES = (
    ("start", "Python start, import PySide6 (main)"),
    ("app_imports", "viewer.app's imports (main)"),
    ("shell", "QApplication, style sheet, language, shell (main)"),
    ("preload", "the panes' modules (preload thread)"),
    ("frame", "menus and toolbar (main)"),
    ("panes", "the panes built and wired (main)"),
    ("open_job", "the open job (worker)"),
    ("list_paint", "the list painted (main)"),
    ("main_rest", "the rest of the GUI thread"),
    ("all", "all threads"),
    ("wall", "wall, process start to list"),
)
MAIN = ("start", "app_imports", "shell", "frame", "panes", "list_paint")


def child(archive: Path) -> dict[str, float]:
    """Start the window on `archive` as the application does; each piece's thread CPU."""
    cpu: dict[str, float] = {}

    def add(key: str, seconds: float) -> None:
        cpu[key] = cpu.get(key, 0.0) + seconds

    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets  # noqa: F401

    add("start", time.thread_time())
    t = time.thread_time()
    import viewer.app as app_module
    import viewer.mainwindow as mainwindow

    add("app_imports", time.thread_time() - t)

    def timed(key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                add(key, time.thread_time() - t0)

        return run

    mainwindow._preload_modules = timed("preload", mainwindow._preload_modules)
    for name, key in (("_build_frame", "frame"), ("_build_next_piece", "panes")):
        if hasattr(mainwindow.MainWindow, name):
            setattr(mainwindow.MainWindow, name, timed(key, getattr(mainwindow.MainWindow, name)))
    import viewer.controllers.open_archive as open_archive

    make_job = open_archive._open_job

    def job_factory(*args: Any, **kwargs: Any) -> Any:
        return timed("open_job", make_job(*args, **kwargs))

    open_archive._open_job = job_factory
    from PySide6.QtCore import QEventLoop, QTimer

    from viewer.settings import Settings

    t = time.thread_time()
    app = app_module.application()
    settings = Settings(Path(tempfile.mkdtemp(prefix="kartoteka-bench-")) / "bench.ini")
    window = app_module.build_window(archive, settings)
    window.resize(1280, 820)
    add("shell", time.thread_time() - t)
    wake = QTimer()
    wake.setInterval(10)
    wake.start()
    window.show()
    while window.archive() is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    t = time.thread_time()
    window.list_pane.table.viewport().repaint()
    add("list_paint", time.thread_time() - t)
    cpu["main_rest"] = time.thread_time() - sum(cpu.get(k, 0.0) for k in MAIN)
    cpu["all"] = time.process_time()
    cpu["wall"] = time.perf_counter() - START
    return cpu


def run_child(archive: Path, root: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_ACCESSIBILITY="0")
    env["PYTHONPATH"] = str(root)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "kartoteka-bench-pycache")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--archive", str(archive)]
    out = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"child failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--also", type=Path, action="append", default=[])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.archive)), flush=True)
        os._exit(0)  # the window's threads are not waited for: the figures are out
    roots = [ROOT, *(a.resolve() for a in args.also)]
    for root in roots:
        run_child(args.archive, root)  # warm-up: .pyc files, the page cache
    runs: dict[Path, list[dict[str, float]]] = {root: [] for root in roots}
    for _ in range(args.runs):
        for root in roots:
            runs[root].append(run_child(args.archive, root))
    print(f"thread CPU per piece, ms (median of {args.runs}; load {os.getloadavg()[0]:.1f})")
    print(f"  {'piece':<52}" + "".join(f"{root.name[:14]:>16}" for root in roots))
    for key, label in PIECES:
        cells = "".join(
            f"{statistics.median(r.get(key, 0.0) for r in runs[root]) * 1000:16.0f}"
            for root in roots
        )
        print(f"  {label:<52}{cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
