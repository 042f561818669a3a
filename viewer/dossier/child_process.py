"""Dossiers written (or printed) by a child process, so the window never waits for Qt's layout.

PySide6 holds the GIL inside QTextDocument's layout even on a worker thread,
so a thousand-person dossier laid out in the viewer's process froze the
window for seconds at a time. The viewer starts `kartoteka dossier-job` (the
same program: `python -m viewer.cli` or the frozen executable) and sends it
one JSON request on stdin; the child answers with JSON lines on stdout:

    {"progress": [done, total]}     as people are laid out and painted
    {"done": {...report...}}        the file is complete (renamed into place)
    {"error": "a plain sentence"}   nothing was written

Secrets (an encrypted archive's or annotation store's passphrase) travel
only in that request on the pipe, never on the command line or in the
environment, where other programs of the same user could read them. The
child reads the very file the viewer reads (its checked private copy, if
one was made) and the annotation store read-only. The request's pipe stays
open while the child works: when it closes (the viewer was closed or
crashed) the child stops at the next person and leaves no file. Cancel kills
the child and deletes the half-written file (`partial_path`), whose name
the viewer knows.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from db.errors import ErrorKind, KartotekaError, OutputError

JOB_COMMAND = "dossier-job"
"""The hidden `kartoteka` subcommand the child runs (viewer/cli_dossier.py)."""
EXIT_CANCELLED = 3
KILL_POLL_S = 0.1
"""How often the viewer's side looks whether the job is still wanted."""
CHILD_NICENESS = 10
"""How much lower the child runs than the window (as the task runner's lanes do): on a
busy two-core machine a child at full priority starved the window's thread for 0.5 s."""


class ChildCancelledError(Exception):
    """The child was stopped (Cancel, Lock, the window closed); its file was deleted."""


@dataclass(frozen=True, slots=True)
class JobRequest:
    """What the child needs: which file to read, whose dossier, how, and where it goes."""

    archive: str  # the file the viewer reads (the user's file, or its private copy)
    archive_name: str  # the user's file, for messages
    ids: list[str]
    language: str = "en"
    names: str | None = None
    paper: str = "a4"
    as_of: str | None = None
    out: str | None = None  # the PDF to write; None when printing
    printer: dict[str, Any] | None = None  # viewer.dossier.printing.printer_settings
    store: str | None = None  # the annotation store to include, read-only
    key: str | None = field(default=None, repr=False)  # the archive's passphrase
    store_key: str | None = field(default=None, repr=False)  # the store's passphrase

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> JobRequest:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a dossier job request is a JSON object")
        return cls(**data)


def child_command() -> list[str]:
    """The command line of the child: this program with the hidden job subcommand."""
    if getattr(sys, "frozen", False):  # the bundle: the executable is viewer.cli itself
        return [sys.executable, JOB_COMMAND]
    return [sys.executable, "-m", "viewer.cli", JOB_COMMAND]


def run_child(
    request: JobRequest,
    *,
    progress: Callable[[int, int], None],
    stop: Callable[[], bool],
    wake: threading.Event | None = None,
) -> dict[str, Any]:
    """Run the child for `request` (on a worker thread); its report when done.

    `progress(done, total)` is called for each progress line; the child is
    killed as soon as `stop()` is true (asked every KILL_POLL_S), and
    ChildCancelledError raised once the half-written file is deleted.
    `wake` (Cancel's event) makes that check at once.
    Failures raise OutputError in plain words.
    """
    out = Path(request.out) if request.out else None
    printer_file = (request.printer or {}).get("output_file") or None
    target = out or (Path(printer_file) if printer_file else None)
    try:
        process = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
    except OSError as exc:
        raise OutputError.of(
            ErrorKind.DOSSIER_NOT_STARTED, target or request.archive_name, cause=exc
        ) from exc
    stderr_tail: collections.deque[str] = collections.deque(maxlen=20)
    drain = threading.Thread(
        target=lambda: stderr_tail.extend(process.stderr or ()), daemon=True, name="dossier-err"
    )
    drain.start()
    finished = threading.Event()

    def watch() -> None:
        while not finished.is_set():
            if stop():
                with contextlib.suppress(OSError):
                    process.kill()
                return
            (wake or finished).wait(KILL_POLL_S)

    threading.Thread(target=watch, daemon=True, name="dossier-watch").start()
    report: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    try:
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            process.stdin.write(request.to_json() + "\n")
            process.stdin.flush()  # the pipe stays open: closing it stops the child
        except OSError:
            pass  # the child ended at once: its exit code and stderr say why
        for line in process.stdout:
            message = _parse(line)
            if message is None:
                continue
            if "progress" in message:
                done, total = message["progress"]
                progress(int(done), int(total))
            elif "done" in message:
                report = message["done"]
            elif "error" in message:
                error = message
        code = process.wait()
    finally:
        finished.set()
        with contextlib.suppress(OSError):
            if process.stdin is not None:
                process.stdin.close()
        if process.poll() is None:
            process.kill()
            process.wait()
        drain.join(1.0)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        if report is None and out is not None:
            from viewer.dossier.pdf import partial_path

            partial_path(out).unlink(missing_ok=True)
        if report is None and printer_file:
            from viewer.dossier.pdf import partial_path

            partial_path(Path(printer_file)).unlink(missing_ok=True)
    if report is not None:
        return report
    if stop():
        raise ChildCancelledError
    if error is not None:
        raise _child_error(error, request, target)
    last = next((s.strip() for s in reversed(stderr_tail) if s.strip()), "")
    raise OutputError.of(
        ErrorKind.DOSSIER_CHILD_STOPPED,
        target or request.archive_name,
        code=code,
        detail=f": {last}" if last else "",
    )


def _child_error(
    message: dict[str, Any], request: JobRequest, target: str | Path | None
) -> OutputError:
    """The child's error again, with its kind (so the window words it), the archive's own name.

    The child read a private copy of the archive; its path never reaches the user.
    """

    def hide(text: object) -> str:
        return str(text).replace(request.archive, request.archive_name)

    params: dict[str, Any] = {str(k): hide(v) for k, v in dict(message.get("params") or {}).items()}
    where = hide(params.pop("path", target or request.archive_name))
    try:
        exc = OutputError.of(ErrorKind(message.get("kind")), where, **params)
    except (ValueError, KeyError):  # an English-only error, or a kind this build lacks
        return OutputError(hide(message["error"]), path=target)
    errno = message.get("errno")
    exc.errno = errno if isinstance(errno, int) else None
    return exc


def _error_message(exc: KartotekaError) -> dict[str, Any]:
    """An error as the child sends it: its English, and its kind and values for the window."""
    return {
        "error": exc.message,
        "kind": exc.kind.value if exc.kind is not None else None,
        "params": dict(exc.params),
        "errno": exc.errno,
    }


def _parse(line: str) -> dict[str, Any] | None:
    try:
        message = json.loads(line)
    except ValueError:
        return None  # not ours (a library printing to stdout)
    return message if isinstance(message, dict) else None


# ----- the child's side ------------------------------------------------------------------


def serve(stdin: TextIO, stdout: TextIO) -> int:
    """The child: read one request, write the dossier, say how it went (see the module)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICENESS)  # the window's process goes first for the CPU
    line = stdin.readline()
    if not line.strip():
        return EXIT_CANCELLED  # the viewer went away before asking
    request = JobRequest.from_json(line)
    gone = threading.Event()

    def watch_stdin() -> None:
        for _line in stdin:
            pass
        gone.set()  # the viewer closed the pipe: stop at the next person

    threading.Thread(target=watch_stdin, daemon=True, name="dossier-stdin").start()

    def say(message: dict[str, Any]) -> None:
        stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
        stdout.flush()

    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done in (0, total) or now - last[0] >= 0.05:  # at most ~20 lines a second
            last[0] = now
            say({"progress": [done, total]})

    from viewer.dossier.pdf import DossierCancelledError

    try:
        report = _write(request, progress, gone.is_set)
    except DossierCancelledError:
        return EXIT_CANCELLED
    except KartotekaError as exc:
        say(_error_message(exc))
        return 1
    except OSError as exc:
        where = request.out or (request.printer or {}).get("output_file") or request.archive_name
        say(_error_message(OutputError.of(ErrorKind.DOSSIER_NOT_WRITTEN, where, cause=exc)))
        return 1
    say({"done": report})
    return 0


def _write(
    request: JobRequest, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
) -> dict[str, Any]:
    from db.annotations.reader import open_reader
    from db.connection import open_archive
    from db.records import NameScript
    from viewer.dossier.pdf import DossierOptions, print_dossier, write_dossier

    store = None
    if request.store:
        store = open_reader(Path(request.store), key=request.store_key)
    try:
        with open_archive(request.archive, request.key, defer_checks=True) as archive:
            options = DossierOptions(
                language=request.language,
                names=NameScript(request.names) if request.names else None,
                annotations=store,
                paper=request.paper,
                as_of=request.as_of,
            )
            if request.printer is not None:
                return _print(archive.db, request, options, progress, cancelled, print_dossier)
            assert request.out is not None
            report = write_dossier(
                archive.db,
                request.ids,
                Path(request.out),
                options,
                progress=progress,
                cancelled=cancelled,
            )
            return {
                "path": str(report.path),
                "people": report.people,
                "pages": report.pages,
                "bytes": report.bytes,
                "seconds": report.seconds,
                "missing": list(report.missing),
            }
    finally:
        if store is not None:
            store.close()


def _print(
    db: Any,
    request: JobRequest,
    options: Any,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    print_dossier: Callable[..., tuple[int, int, tuple[str, ...]]],
) -> dict[str, Any]:
    from viewer.dossier.pdf import partial_path
    from viewer.dossier.printing import new_printer

    assert request.printer is not None
    started = time.perf_counter()
    printer, wanted = new_printer(request.printer)
    target = request.printer.get("output_file") or ""
    partial = partial_path(Path(target)) if target else None
    if partial is not None:
        if not partial.parent.is_dir():
            raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, target, folder=partial.parent)
        printer.setOutputFileName(str(partial))
    try:
        people, pages, missing = print_dossier(
            db,
            request.ids,
            printer,
            printer.resolution(),
            options,
            wanted=wanted,
            progress=progress,
            cancelled=cancelled,
        )
        if partial is not None:
            os.replace(partial, target)
    except BaseException:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise
    return {
        "path": target,
        "people": people,
        "pages": pages,
        "bytes": Path(target).stat().st_size if target else 0,
        "seconds": time.perf_counter() - started,
        "missing": list(missing),
    }
