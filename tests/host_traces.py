"""Helpers for the no-trace tests: a clean environment, and every path a process wrote.

`strace -f` records the file system calls of the program and its children;
`written_paths` keeps those that create, write, rename, link or delete.
scripts/setup.sh installs strace for the tests.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

STRACE = shutil.which("strace")
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
_CALL = re.compile(r"^(?:\[pid\s+\d+\]\s+)?(?:\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+|\?)")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_DIRFD = re.compile(r"^\d+<([^>]*)>")
"""With `strace -y` a descriptor shows its path: `3</tmp/x>`; `unlinkat(3</tmp/x>, "a")`."""
ALWAYS_WRITING = (
    "mkdir",
    "mkdirat",
    "rename",
    "renameat",
    "renameat2",
    "unlink",
    "unlinkat",
    "rmdir",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "creat",
    "truncate",
    "chmod",
    "fchmodat",
    "utimensat",
)


@dataclass
class Host:
    """Empty folders standing in for the computer's home, XDG folders and temp."""

    home: Path
    xdg: dict[str, Path]
    tmp: Path

    def folders(self) -> list[Path]:
        return [self.home, *self.xdg.values(), self.tmp]

    def files(self) -> list[Path]:
        """Everything that is now inside the folders (they started empty)."""
        return sorted(p for folder in self.folders() for p in folder.rglob("*"))


def make_host(root: Path) -> Host:
    xdg = {
        name: root / name.lower()
        for name in (
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_RUNTIME_DIR",
        )
    }
    host = Host(home=root / "home", xdg=xdg, tmp=root / "tmp")
    for folder in host.folders():
        folder.mkdir(parents=True, mode=0o700)
    return host


def clean_env(host: Host, **extra: str) -> dict[str, str]:
    """As `env -i` would give, plus the host folders: no virtualenv, no PYTHON* variables."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(host.home),
        "TMPDIR": str(host.tmp),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",  # a source run must not leave .pyc files either
    }
    env |= {name: str(path) for name, path in host.xdg.items()}
    env |= extra
    return env


def _unescape(text: str) -> str:
    raw = text.encode("latin-1", "backslashreplace").decode("unicode_escape")
    return raw.encode("latin-1", "replace").decode("utf-8", "replace")


def written_paths(trace: str, cwd: Path) -> set[Path]:
    """Paths the traced processes created, wrote, renamed, linked or removed."""
    found: set[Path] = set()
    for line in trace.splitlines():
        match = _CALL.match(line.strip())
        if match is None:
            continue
        call, args, result = match.groups()
        if result.startswith("-") and call not in ("unlink", "unlinkat", "rmdir"):
            continue  # failed: nothing was written
        writes = call in ALWAYS_WRITING or (
            call in ("open", "openat", "openat2") and any(f in args for f in WRITE_FLAGS)
        )
        if not writes:
            continue
        dirfd = _DIRFD.match(args)
        base = Path(_unescape(dirfd.group(1))) if dirfd else cwd
        for text in _STRING.findall(args):
            path = Path(_unescape(text))
            found.add(path if path.is_absolute() else base / path)
    return found


def run_traced(
    command: list[str], env: dict[str, str], cwd: Path, trace_file: Path, timeout: float = 300
) -> tuple[subprocess.CompletedProcess[str], set[Path] | None]:
    """Run `command`; with strace, also return every path it wrote (None without strace)."""
    if STRACE is None:
        done = subprocess.run(
            command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
        )
        return done, None
    traced = [STRACE, "-f", "-y", "-qq", "-s", "4096", "-e", "trace=%file", "-o", str(trace_file)]
    done = subprocess.run(
        [*traced, *command], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    return done, written_paths(trace_file.read_text(encoding="utf-8", errors="replace"), cwd)


def outside(paths: set[Path], *allowed: Path) -> list[Path]:
    """The written paths not under any of `allowed` (devices and /proc aside)."""
    ok = (*allowed, Path("/dev"), Path("/proc"))
    return sorted(p for p in paths if not any(p == a or a in p.parents for a in ok))


def contains(folder: Path, text: str) -> list[Path]:
    """Files under `folder` holding `text` (UTF-8 or UTF-16, as Qt may write)."""
    needles = (text.encode(), text.encode("utf-16-le"), text.casefold().encode())
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(path)
    return hits


def strace_works() -> bool:
    """strace is installed and allowed to trace here (some sandboxes forbid ptrace)."""
    if STRACE is None:
        return False
    done = subprocess.run([STRACE, "-qq", "-o", os.devnull, "true"], capture_output=True)
    return done.returncode == 0
