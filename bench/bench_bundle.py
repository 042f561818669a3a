"""Launch to window: the bundle against `.venv/bin/kartoteka`, in the same run.

    .venv/bin/python bench/bench_bundle.py BUNDLE_FOLDER [--runs 7]

Each run starts `kartoteka self-test --only-start` (offscreen, a throwaway
settings folder) and reads the wall-clock times it prints: the window's
first paint and the sample archive listed, both counted from the moment the
process was started. The two programs alternate, after one discarded warm-up
each, so the disk cache favours neither. Also prints the bundle's size.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def launch(command: list[str], home: Path) -> dict[str, float]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home),
    }
    started = time.time()
    done = subprocess.run(
        [*command, "self-test", "--only-start"], env=env, capture_output=True, text=True, check=True
    )
    steps = {json.loads(line)["step"]: json.loads(line) for line in done.stdout.splitlines()}
    return {
        "painted": steps["painted"]["at_paint"] - started,
        "listed": steps["listed"]["at"] - started,
    }


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bundle", type=Path, help="the unpacked bundle folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    programs = {
        "bundle": [str(args.bundle / "kartoteka")],
        "venv": [str(ROOT / ".venv" / "bin" / "kartoteka")],
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory(prefix="kartoteka-bench-") as tmp:
        home = Path(tmp)
        os.chmod(home, 0o700)
        for command in programs.values():
            launch(command, home)  # warm-up, discarded
        for _ in range(args.runs):
            for name, command in programs.items():
                results[name].append(launch(command, home))
    for name, runs in results.items():
        painted = statistics.median(r["painted"] for r in runs)
        listed = statistics.median(r["listed"] for r in runs)
        print(
            f"{name:6}: first paint {painted:.2f} s, sample listed {listed:.2f} s "
            f"(median of {args.runs})"
        )
    ratio = statistics.median(r["listed"] for r in results["bundle"]) / statistics.median(
        r["listed"] for r in results["venv"]
    )
    print(f"bundle / venv (listed): {ratio:.2f}x")
    print(f"bundle folder: {size_mb(args.bundle):.1f} MB unpacked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
