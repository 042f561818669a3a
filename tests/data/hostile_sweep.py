"""Run every hostile case through the CLI in one process; print the outcomes as JSON.

`python -m tests.data.hostile_sweep GOOD.db FOLDER` builds each case of
tests/data/hostile_archives.py (and the big-value cases of bad_archives.py)
under FOLDER and runs `info`, `info --check`, `search --json`, `export` and `import`
on it through `viewer.cli.main`, in this process, so that the caller can
measure the peak memory of all of them (`ru_maxrss` of this process) and
check each command's output. Output: {case: {command: [exit code, stdout,
stderr, changed files beside the archive, bytes of the biggest private copy]}}.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import resource
import sys
from pathlib import Path

from db import private_copy
from tests.data.bad_archives import make_case
from tests.data.hostile_archives import CASES, make_hostile
from viewer import cli

COMMANDS: dict[str, list[str]] = {
    "info": ["info", "{path}"],
    "info --check": ["info", "--check", "{path}"],
    "search --json": ["search", "--json", "{path}", "Tsikhanouski"],
    "export": ["export", "{path}", "{out}"],
    "import": ["import", "{path}", "{new}"],  # last: it writes (into a copy, then swaps)
}
NEW_PERSON = {
    "format": "kartoteka-interchange",
    "version": 1,
    "people": [{"id": "p-swept", "display_name": "Swept Person"}],
}
IMPORT_CASES = frozenset({"wiping_trigger", "nested_meta", "garbage_wal", "sparse"})
"""Cases also imported into (the import writes a working copy and VACUUMs: slow for all)."""
BIG_CASES = ("too_big_value", "invalid_utf8")
"""From bad_archives.py; its 50 MB quote (class 1, search behind one huge value) is issue 11's."""


def _prints(folder: Path) -> dict[str, str]:
    """Each file's size, modification time and (up to 5 MB) content digest."""
    out = {}
    for p in sorted(folder.iterdir()):
        st = p.stat()
        digest = hashlib.sha256(p.read_bytes()).hexdigest() if st.st_size < 5_000_000 else ""
        out[p.name] = f"{st.st_size}:{st.st_mtime_ns}:{digest}"
    return out


_copies: list[int] = []
"""Disk used by each private copy, measured just before it is removed."""


def _measure_copies() -> None:
    remove = private_copy.PrivateFolder.remove

    def measured(self: private_copy.PrivateFolder) -> None:
        _copies.append(private_copy.copied_bytes(self))
        remove(self)

    private_copy.PrivateFolder.remove = measured  # type: ignore[method-assign]


def sweep(good: Path, root: Path) -> dict[str, dict[str, list[object]]]:
    results: dict[str, dict[str, list[object]]] = {}
    new = root / "new-person.json"
    new.write_text(json.dumps(NEW_PERSON), encoding="utf-8")
    builders = [(name, "hostile") for name in CASES] + [(name, "bad") for name in BIG_CASES]
    for name, kind in builders:
        folder = root / name
        folder.mkdir()
        if kind == "hostile":
            path = make_hostile(name, folder, good).path
        else:
            path = make_case(name, folder, good).path
        results[name] = {}
        for label, template in COMMANDS.items():
            if label == "import" and name not in IMPORT_CASES:
                continue
            out_file = root / f"{name}-{label.replace(' ', '')}.json"
            argv = [a.format(path=path, out=out_file, new=new) for a in template]
            before = _prints(folder)
            stdout, stderr = io.StringIO(), io.StringIO()
            _copies.clear()
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                code = cli.main(argv)
            changed = sorted(set(before.items()) ^ set(_prints(folder).items()))
            copy = max(_copies, default=0)
            results[name][label] = [code, stdout.getvalue(), stderr.getvalue(), changed, copy]
            out_file.unlink(missing_ok=True)
        for p in folder.iterdir():  # the big files go at once
            p.unlink()
    return results


def peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM).

    Not ru_maxrss: Linux carries the parent's peak over fork and exec, so a
    child of a big test process would report at least the parent's size.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kb = [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")]
    return kb[0] / 1024 if kb else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    _measure_copies()
    swept: dict[str, object] = dict(sweep(Path(sys.argv[1]), Path(sys.argv[2])))
    swept["__rss_mb__"] = peak_rss_mb()
    print(json.dumps(swept))
