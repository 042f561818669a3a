"""Where Kartoteka keeps its files: the one decision that db/ and viewer/ both follow.

Normal mode uses the platform's per-user folders (XDG on Linux, through
platformdirs): settings under the config folder, the sample archive and the
checked-archives ledger under the cache folder, the annotation store (and its
backups beside it) under the data folder, private copies of open archives in
the system's temporary folder. `KARTOTEKA_CACHE_DIR` and `KARTOTEKA_DATA_DIR`
override the cache and data folders (tests use them).

Portable mode keeps every one of those files under one folder, so a copy of
Kartoteka on a USB stick leaves nothing on the computer it runs on. It is on
when a file named `portable`, or a folder named `kartoteka-data`, lies beside
the program (the frozen bundle's executable), or when `KARTOTEKA_PORTABLE`
names a folder (a source checkout, tests). The data then lives in that
`kartoteka-data` folder (or the named one); the overrides above are ignored.
`portable_environment()` lists the variables that point the libraries below
us (Qt, fontconfig, Mesa, SQLite's temporary files) into the same folder.

Private temporary folders (`private_folder()`) carry an owner lock that is
held while the process lives: at the next start, folders whose owner is gone
(a crash, a kill) are removed, so a crash leaves nothing behind for long.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, ClassVar

import platformdirs

PORTABLE_ENV = "KARTOTEKA_PORTABLE"
"""Names the data folder of a portable run (a source checkout, tests)."""
CACHE_ENV = "KARTOTEKA_CACHE_DIR"
"""Overrides the cache folder in normal mode."""
DATA_ENV = "KARTOTEKA_DATA_DIR"
"""Overrides the data folder (the default annotation store) in normal mode."""
PORTABLE_MARKER = "portable"
"""A file of this name beside the executable turns portable mode on."""
PORTABLE_FOLDER = "kartoteka-data"
"""The portable data folder beside the executable (its presence also turns the mode on)."""
APP_NAME = "Kartoteka"
SETTINGS_NAME = "kartoteka.ini"
OWNER_LOCK = ".kartoteka-owner.lock"
"""Inside each private temporary folder: locked by the process that uses the folder."""


@dataclass(frozen=True, slots=True)
class Locations:
    """The folders of one run; `portable_root` is None in normal mode."""

    portable_root: Path | None
    config: Path
    cache: Path
    data: Path
    temp: Path

    @property
    def portable(self) -> bool:
        return self.portable_root is not None

    @property
    def settings_file(self) -> Path:
        return self.config / SETTINGS_NAME

    @property
    def qt_config(self) -> Path:
        """Where Qt's own settings (file dialog history) go: QSettings.setPath's folder."""
        return self.config / "qt"


def app_dir() -> Path | None:
    """The folder of the frozen program's executable; None when run from Python."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_root() -> Path | None:
    """The portable data folder, or None in normal mode."""
    named = os.environ.get(PORTABLE_ENV, "").strip()
    if named:
        return Path(named).expanduser().absolute()
    home = app_dir()
    if home is not None and (
        (home / PORTABLE_MARKER).is_file() or (home / PORTABLE_FOLDER).is_dir()
    ):
        return home / PORTABLE_FOLDER
    return None


def current() -> Locations:
    """The folders for this run, from the environment and the program's own folder.

    Computed on each call (a few variable look-ups), so tests can change the
    environment between calls.
    """
    root = portable_root()
    if root is not None:
        return Locations(
            portable_root=root,
            config=root / "config",
            cache=root / "cache",
            data=root / "data",
            temp=root / "tmp",
        )
    cache = os.environ.get(CACHE_ENV)
    data = os.environ.get(DATA_ENV)
    return Locations(
        portable_root=None,
        # the folder Qt's QStandardPaths.AppConfigLocation gave before (organisation/app)
        config=platformdirs.user_config_path(APP_NAME, appauthor=False, roaming=True) / APP_NAME,
        cache=Path(cache) if cache else platformdirs.user_cache_path("kartoteka", appauthor=False),
        data=Path(data) if data else platformdirs.user_data_path("kartoteka", appauthor=False),
        temp=Path(tempfile.gettempdir()),
    )


def portable_environment(locations: Locations) -> dict[str, str]:
    """Variables that keep the libraries' own files inside the portable folder.

    XDG_* move what Qt (QStandardPaths), fontconfig (its cache), Mesa (its
    shader cache) and GTK (recently-used.xbel) would write under the home
    folder; TMPDIR and SQLITE_TMPDIR move temporary files. XDG_RUNTIME_DIR is
    left alone when set (the display server's sockets live there). Empty in
    normal mode.
    """
    root = locations.portable_root
    if root is None:
        return {}
    xdg = root / "xdg"
    return {
        "XDG_CONFIG_HOME": str(xdg / "config"),
        "XDG_CACHE_HOME": str(xdg / "cache"),
        "XDG_DATA_HOME": str(xdg / "data"),
        "XDG_STATE_HOME": str(xdg / "state"),
        "TMPDIR": str(locations.temp),
        "SQLITE_TMPDIR": str(locations.temp),
        "MESA_SHADER_CACHE_DISABLE": "true",
        "MESA_GLSL_CACHE_DISABLE": "true",
    }


def enter_portable_mode(locations: Locations | None = None) -> Locations:
    """In portable mode: create the folders and point the environment into them.

    Call once at start, before Qt or any other library reads the environment.
    Does nothing (but return the locations) in normal mode.
    """
    locations = locations if locations is not None else current()
    if not locations.portable:
        return locations
    for folder in (locations.config, locations.cache, locations.data, locations.temp):
        with contextlib.suppress(OSError):  # a read-only stick: reading still works
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    variables = portable_environment(locations)
    for name, value in variables.items():
        if name.startswith("XDG_"):
            with contextlib.suppress(OSError):
                Path(value).mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ.update(variables)
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again
    if not os.environ.get("XDG_RUNTIME_DIR"):
        # Qt would make runtime-<user> in the system temporary folder: a private one inside
        # the portable folder instead
        with contextlib.suppress(OSError):
            os.environ["XDG_RUNTIME_DIR"] = str(private_folder("kartoteka-runtime-").path)
    return locations


# --- private temporary folders ------------------------------------------------


class PrivateFolder:
    """A mode-0700 temporary folder owned by this process; `remove()` deletes it.

    An owner lock (flock on a file inside) is held while the folder lives; a
    later start removes folders whose lock nobody holds. Folders still present
    at interpreter exit are removed then.
    """

    _live: ClassVar[set[PrivateFolder]] = set()
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path, owner: IO[bytes] | None) -> None:
        self.path = path
        self._owner = owner
        with PrivateFolder._lock:
            PrivateFolder._live.add(self)

    def remove(self) -> None:
        with PrivateFolder._lock:
            PrivateFolder._live.discard(self)
        shutil.rmtree(self.path, ignore_errors=True)
        owner, self._owner = self._owner, None
        if owner is not None:
            with contextlib.suppress(OSError):
                owner.close()  # releases the lock

    @classmethod
    def remove_all(cls) -> None:
        with cls._lock:
            live = list(cls._live)
        for folder in live:
            folder.remove()


atexit.register(PrivateFolder.remove_all)


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the exclusive owner lock without waiting; True when it was free."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system: no crash sweeping
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


_swept: set[Path] = set()


def sweep_stale(parent: Path) -> list[Path]:
    """Remove the private folders under `parent` whose owner process is gone.

    Only folders holding our owner-lock file are considered, and only when
    that lock is free: another running Kartoteka keeps its folders.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith("kartoteka-"):
            continue
        lock = Path(entry.path) / OWNER_LOCK
        try:
            if not entry.is_dir(follow_symlinks=False):
                continue
            if hasattr(os, "getuid") and entry.stat().st_uid != os.getuid():
                continue  # another user's folder: never ours to remove
            handle = lock.open("rb")
        except OSError:
            continue
        with handle:
            if _try_lock(handle):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
    return removed


def private_folder(prefix: str = "kartoteka-") -> PrivateFolder:
    """A new private folder in this run's temporary folder (swept once per process first)."""
    parent = current().temp
    parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if parent not in _swept:
        _swept.add(parent)
        sweep_stale(parent)
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))  # mode 0700
    owner: IO[bytes] | None = None
    try:
        owner = (path / OWNER_LOCK).open("wb")
        if not _try_lock(owner):  # cannot happen for a fresh folder; be safe
            owner.close()
            owner = None
    except OSError:
        owner = None
    return PrivateFolder(path, owner)
