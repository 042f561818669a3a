"""Run the consumers of an archive on every case of tests/data/hostile_own_format.py.

`python -m tests.data.hostile_own_format_sweep GOOD.db ROOT [CASE ...]`
builds each case under ROOT and runs, in this process (`viewer.cli.main`),
each under a time limit: `info`, `search --json NAME`, `export` (and, when
the export was written, `import` of it into a fresh archive: what export
writes must import back) and `import` of one new person into the case
itself. It prints one JSON object: {case: {command: [exit code or
"hang"/"exception: …", CPU seconds, stdout tail, stderr, the user's folder
changed (listing and hashes), an output file left behind by a failure]}},
with "__rss_mb__": this process's peak RSS.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path
from types import FrameType

from tests.data.hostile_own_format import CASES, FOUND_VALUES, make
from tests.data.hostile_sweep import peak_rss_mb
from viewer import cli

LIMIT_S = 60
"""A command still running after this long counts as a hang (the test asks for far less)."""
NEW_PERSON = {
    "format": "kartoteka-interchange",
    "version": 1,
    "people": [{"id": "p-swept-3", "display_name": "Swept Person"}],
}
IMPORT_INTO = frozenset(
    name
    for name, (klass, _builder) in CASES.items()
    if klass != "value" or any(name == f"value_{t}_{c}_{k}" for t, c, k in FOUND_VALUES)
)
"""Cases also imported into (each import copies the archive and VACUUMs: the rotating
wrong-value cases, which the writer meets the same way, are left to the others)."""


class Hang(BaseException):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


def listing(folder: Path) -> dict[str, str]:
    """Each entry's kind and content digest (links by their target)."""
    out = {}
    for p in sorted(folder.iterdir()):
        if p.is_symlink():
            out[p.name] = "link -> " + os.readlink(p)
        elif p.is_dir():
            out[p.name] = "folder"
        elif not p.is_file():  # a pipe or device: reading it would wait or never end
            out[p.name] = f"special {p.stat().st_mode:o}"
        else:
            st = p.stat()
            out[p.name] = f"{st.st_mode:o}:{hashlib.sha256(p.read_bytes()).hexdigest()}"
    return out


def _run(argv: list[str]) -> tuple[object, float, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    signal.alarm(LIMIT_S)  # wall time: a command waiting on something is a hang too
    start = time.process_time()  # CPU: what a hostile value makes it do, whatever the load
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code: object = cli.main(argv)
    except Hang:
        code = "hang"
    except BaseException as exc:  # a bug: recorded, the sweep goes on
        code = f"exception: {type(exc).__name__}: {exc}"[:300]
        stderr.write(traceback.format_exc())
    finally:
        signal.alarm(0)
    return code, time.process_time() - start, stdout.getvalue()[-1000:], stderr.getvalue()[-3000:]


def sweep(good: Path, root: Path, names: list[str]) -> dict[str, dict[str, list[object]]]:
    signal.signal(signal.SIGALRM, _alarm)
    results: dict[str, dict[str, list[object]]] = {}
    new = root / "new-person.json"
    new.write_text(json.dumps(NEW_PERSON), encoding="utf-8")
    for name in names:
        folder, out = root / name, root / f"{name}-out"
        folder.mkdir()
        out.mkdir()
        path = make(name, folder, good)
        exported = out / "export.json"
        commands = {
            "info": ["info", str(path)],
            "search --json": ["search", "--json", str(path), "Tsikhanouski"],
            "export": ["export", str(path), str(exported)],
            "import export": ["import", str(out / "fresh.db"), str(exported)],
            "import into": ["import", str(path), str(new)],
        }
        results[name] = {}
        for label, argv in commands.items():
            if label == "import export" and not exported.exists():
                continue
            if label == "import into" and name not in IMPORT_INTO:
                continue
            before = listing(folder)
            code, seconds, stdout, stderr = _run(argv)
            changed = before != listing(folder)
            left = label == "export" and code != 0 and exported.exists()
            results[name][label] = [code, round(seconds, 2), stdout, stderr, changed, left]
        for p in folder.iterdir():
            if p.is_file() and not p.is_symlink():
                p.chmod(0o644)
        shutil.rmtree(folder)
        shutil.rmtree(out)
    return results


if __name__ == "__main__":
    chosen = sys.argv[3:] or list(CASES)
    swept: dict[str, object] = dict(sweep(Path(sys.argv[1]), Path(sys.argv[2]), chosen))
    swept["__rss_mb__"] = peak_rss_mb()
    print(json.dumps(swept))
