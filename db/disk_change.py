"""What happened to an open archive's file on disk since it was opened.

Read in place (or copied aside), the user's file can change under an open
Archive: another program writes it, a sync tool replaces it with a newer
edition, or it is deleted or moved. `Archive.disk_change()` compares the
file's identity and state now (device, inode, size, modification time, and
its `-wal`/`-journal` sidecars) with those seen at open, plus SQLite's
`PRAGMA data_version` for a write that kept size and time; this module says
which kind of change that was, so the viewer can word its banner.
"""

from __future__ import annotations

import enum

FileState = tuple[str, int, int, int, int] | None
"""One file's (path, device, inode, size, mtime in ns); None: no such file."""


class DiskChange(enum.Enum):
    """What happened to the user's file since it was opened."""

    CHANGED = "changed"
    """Written in place (or a sidecar appeared or changed): another program changed it."""
    REPLACED = "replaced"
    """Another file now has its name (a new inode): a newer copy, or a file moved over it."""
    DELETED = "deleted"
    """No file has its name any more (deleted or moved away)."""


def change_between(
    then: tuple[FileState, ...], now: tuple[FileState, ...], *, data_changed: bool = False
) -> DiskChange | None:
    """The change from the states `then` to `now` (main file first, then its sidecars).

    `data_changed` is SQLite's word that another connection committed (data_version).
    """
    main_then, main_now = then[0] if then else None, now[0] if now else None
    if main_now is None:
        return DiskChange.DELETED if main_then is not None else None
    if main_then is None or main_then[1:3] != main_now[1:3]:
        return DiskChange.REPLACED
    if then != now or data_changed:
        return DiskChange.CHANGED
    return None
