"""Run every archive-reading command on every case of tests/data/hostile_derived.py.

`python -m tests.data.hostile_derived_sweep GOOD.db ROOT [CASE ...]` builds
each case under ROOT and runs the CLI's commands on it in this process
(`viewer.cli.main`), each under a time limit (SIGALRM), plus an open with the
passphrase for the encrypted cases (`db.connection.open_archive`). It prints
one JSON object: {case: {command: [exit code or "hang"/"exception: …", stdout
tail, stderr, files changed beside the archive]}, "__rss_mb__": peak RSS}.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
import signal
import sys
import traceback
from pathlib import Path
from types import FrameType

from tests.data.hostile_derived import CASES, PASSPHRASE, make
from tests.data.hostile_sweep import peak_rss_mb
from viewer import cli

LIMIT_S = 60
"""A command still running after this long counts as a hang."""
COMMANDS: dict[str, list[str]] = {
    "info": ["info", "{path}"],
    "info --json": ["info", "--json", "{path}"],
    "info --check": ["info", "--check", "{path}"],
    "search --json": ["search", "--json", "{path}", "Tsikhanouski"],
    "search text": ["search", "{path}", "court"],
    "export": ["export", "{path}", "{out}/x.json"],
    "export csv": ["export", "{path}", "{out}/x.zip"],
    "sources": ["sources", "{path}", "{out}/x.ris"],
    "letters": ["letters", "{path}", "{out}/x.csv"],
    "publish": ["publish", "{path}", "{out}/pub"],
    "dossier": ["dossier", "{path}", "{person}", "-o", "{out}/x.pdf"],
    "diff": ["diff", "--json", "{good}", "{path}"],
    "encrypt": ["encrypt", "--passphrase-file", "{secret}", "{path}", "{out}/e.db"],
    "reindex": ["reindex", "{path}", "{out}/r.db"],
    "import": ["import", "{path}", "{new}"],  # last: it writes (into a copy, then swaps)
}
ENCRYPTED_COMMANDS = ("info", "search --json", "rekey", "open")
NEW_PERSON = {
    "format": "kartoteka-interchange",
    "version": 1,
    "people": [{"id": "p-swept", "display_name": "Swept Person"}],
}


class Hang(BaseException):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


def _prints(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _open_with_passphrase(path: Path) -> int:
    from db.connection import open_archive
    from db.errors import KartotekaError

    try:
        with open_archive(path, PASSPHRASE) as archive:
            archive.db.execute("SELECT count(*) FROM people").fetchone()
    except KartotekaError as exc:
        sys.stderr.write(f"kartoteka: error: {exc}\n")
        return 1
    return 0


def _run(argv: list[str], path: Path) -> tuple[object, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    signal.alarm(LIMIT_S)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code: object = _open_with_passphrase(path) if argv == ["open"] else cli.main(argv)
    except Hang:
        code = "hang"
    except BaseException as exc:  # a bug: recorded, the sweep goes on
        code = f"exception: {type(exc).__name__}: {exc}"[:300]
        stderr.write(traceback.format_exc())
    finally:
        signal.alarm(0)
    return code, stdout.getvalue()[-2000:], stderr.getvalue()[-4000:]


def sweep(good: Path, root: Path, names: list[str]) -> dict[str, dict[str, list[object]]]:
    signal.signal(signal.SIGALRM, _alarm)
    results: dict[str, dict[str, list[object]]] = {}
    new = root / "new-person.json"
    new.write_text(json.dumps(NEW_PERSON), encoding="utf-8")
    secret = root / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    for name in names:
        folder, out = root / name, root / f"{name}-out"
        folder.mkdir()
        path = make(name, folder, good)
        results[name] = {}
        commands = dict(COMMANDS)
        if name.startswith("encrypted"):
            commands = {
                "info": COMMANDS["info"],
                "search --json": COMMANDS["search --json"],
                "rekey": [
                    "rekey",
                    "--old-passphrase-file",
                    "{secret}",
                    "--new-passphrase-file",
                    "{secret}",
                    "{path}",
                ],
                "open": ["open"],
            }
        for label, template in commands.items():
            out.mkdir()
            argv = [
                a.format(
                    path=path, out=out, new=new, good=good, secret=secret, person="p-tsikhanouski"
                )
                for a in template
            ]
            before = _prints(folder)
            code, stdout, stderr = _run(argv, path)
            changed = sorted(set(before.items()) ^ set(_prints(folder).items()))
            results[name][label] = [code, stdout, stderr, changed]
            shutil.rmtree(out)
        shutil.rmtree(folder)
    return results


if __name__ == "__main__":
    chosen = sys.argv[3:] or list(CASES)
    swept: dict[str, object] = dict(sweep(Path(sys.argv[1]), Path(sys.argv[2]), chosen))
    swept["__rss_mb__"] = peak_rss_mb()
    print(json.dumps(swept))
