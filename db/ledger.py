"""The ledger of checked archives: repeat opens of an unchanged file skip the slow checks.

It lives on a device that may be seized, so it holds only digests: the
sha256 of the path, and one sha256 over the file's identity (device, inode,
size, modification and change times), the first and last MiB of the file,
the header's file change counter and schema fields, and this build's schema
and checks; beside it the check's outcome as a code ("ok", "search",
"damaged"), never a message. A match means "this very file, unchanged, was
checked with this build"; anything else runs the checks again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from db import locations, schema_check
from db import migrations as schema
from db.header import SQLITE_MAGIC

CACHE_ENV = locations.CACHE_ENV
"""Overrides the cache folder (same variable as db.sample; tests, portable use)."""
LEDGER_NAME = "checked-archives.json"
LEDGER_VERSION = 2
LEDGER_MAX_ENTRIES = 256
"""The ledger keeps the most recently checked files; older entries are dropped."""
CHECKS_VERSION = 3
"""Bump when the checks change, so files are checked again with the new ones."""
FINGERPRINT_SPAN = 1024 * 1024
"""Bytes hashed at each end of the file for the ledger's content fingerprint."""
WHOLE_FILE_CHUNK = 4 * 1024 * 1024
"""Read size when a WAL-mode file is hashed whole."""
OUTCOMES = ("ok", "search", "damaged")


def cache_dir() -> Path:
    """The cache folder (db.locations: per user, KARTOTEKA_CACHE_DIR, or the portable folder)."""
    return locations.current().cache


def ledger_path() -> Path:
    return cache_dir() / LEDGER_NAME


@functools.cache
def build_digest() -> str:
    """Changes whenever this build's schema or checks change."""
    digest = hashlib.sha256(f"checks {CHECKS_VERSION} schema {schema.SCHEMA_VERSION}\n".encode())
    for name, obj in sorted(schema_check.current().items()):
        digest.update(f"{name}\0{obj.type}\0{obj.raw}\0".encode())
    return digest.hexdigest()


def _path_key(p: Path) -> str:
    return hashlib.sha256(f"kartoteka-ledger\0{p}".encode()).hexdigest()


def fingerprint(p: Path, *, encrypted: bool) -> str | None:
    """The digest of the file's identity and of its ends; None if it cannot be read.

    A WAL-mode file longer than its two ends is hashed whole (see `_wal_mode`).
    """
    try:
        st = p.stat()
        digest = hashlib.sha256(build_digest().encode())
        digest.update(
            repr(
                (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, encrypted)
            ).encode()
        )
        with p.open("rb") as fh:
            head = fh.read(FINGERPRINT_SPAN)
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - FINGERPRINT_SPAN))
            tail = fh.read(FINGERPRINT_SPAN)
            if size != st.st_size:
                return None
            if not encrypted and _wal_mode(head) and size > 2 * FINGERPRINT_SPAN:
                fh.seek(0)
                digest.update(hashlib.file_digest(fh, "sha256").digest())
    except OSError:
        return None
    # file change counter (24..27), schema cookie (40..43), user_version (60..63)
    digest.update(head[24:28] + head[40:44] + head[60:64])
    digest.update(hashlib.sha256(head).digest() + hashlib.sha256(tail).digest())
    return digest.hexdigest()


def _wal_mode(head: bytes) -> bool:
    """Whether the header says write-ahead-log mode (read and write versions 2).

    In that mode SQLite increments the change counter only when a change writes
    page 1, so a changed row in the middle of the file leaves the header as it
    was: such a file is hashed whole. (In rollback mode every commit increments it.)
    """
    return head.startswith(SQLITE_MAGIC) and len(head) >= 20 and 2 in (head[18], head[19])


def _read() -> dict[str, list[Any]]:
    """The entries: path digest -> [fingerprint, time, outcome]; {} if unusable."""
    try:
        data = json.loads(ledger_path().read_text(encoding="ascii"))
    except (OSError, ValueError, RecursionError):
        return {}
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, dict) or data.get("version") != LEDGER_VERSION:
        return {}
    return {
        str(k): v
        for k, v in entries.items()
        if isinstance(v, list)
        and len(v) == 3
        and isinstance(v[0], str)
        and isinstance(v[1], int)
        and v[2] in OUTCOMES
    }


def lookup(p: Path, print_: str) -> str | None:
    """The recorded outcome for this very file ("ok", "search", "damaged"), or None."""
    entry = _read().get(_path_key(p))
    if entry is None or not hmac.compare_digest(entry[0], print_):
        return None
    return str(entry[2])


def record(p: Path, print_: str, outcome: str) -> None:
    """Remember a check's outcome; failures are ignored (the ledger only saves time)."""
    entries = _read()
    entries[_path_key(p)] = [print_, int(time.time()), outcome]
    newest = sorted(entries.items(), key=lambda kv: -int(kv[1][1]))[:LEDGER_MAX_ENTRIES]
    text = json.dumps({"version": LEDGER_VERSION, "entries": dict(newest)}, indent=0)
    target = ledger_path()
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{LEDGER_NAME}.", dir=target.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def forget_checked_archives() -> None:
    """Delete the ledger, so every archive is fully checked at its next open."""
    with contextlib.suppress(FileNotFoundError):
        ledger_path().unlink()
