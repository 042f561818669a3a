"""Things worth telling the user about an archive that still opened, as typed values.

`Archive.notices` holds them; the CLI prints each as one `note:` line on
stderr and the viewer shows them in a banner. `kind` lets a caller decide how
loudly to show one; `text` is a plain sentence naming the file.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class NoticeKind(enum.Enum):
    """What a notice is about."""

    JOURNAL_UNDONE = "journal_undone"
    """A hot `-journal` was rolled back in the private copy."""
    JOURNAL_IGNORED = "journal_ignored"
    """A hot `-journal` naming a super-journal was not replayed: the file may look half-changed."""
    WAL_IGNORED = "wal_ignored"
    """A `-wal` that is not a write-ahead log was left out: recent changes may be missing."""
    WAL_TORN = "wal_torn"
    """A `-wal` ends mid-change: the complete changes were used."""
    WAL_APPLIED = "wal_applied"
    """A `-wal` beside a rollback-journal file held changes; they are shown."""
    PRIVATE_COPY = "private_copy"
    """A big private copy was made (its size in `size`)."""


WARNINGS = frozenset({NoticeKind.JOURNAL_IGNORED, NoticeKind.WAL_IGNORED, NoticeKind.WAL_TORN})
"""Kinds that mean the archive as shown may be incomplete (a banner, not just a note)."""


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing to tell the user about the archive as it was opened."""

    kind: NoticeKind
    text: str
    size: int | None = None  # bytes of a private copy (PRIVATE_COPY)
    file: str = ""  # the name of the sidecar it is about (the viewer words it by `kind`)

    @property
    def warning(self) -> bool:
        """Whether what is shown may be incomplete (see WARNINGS)."""
        return self.kind in WARNINGS

    def __str__(self) -> str:
        return self.text
