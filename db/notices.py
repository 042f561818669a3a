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
    NAME_KEYS_OLDER = "name_keys_older"
    """The name index was built by older folding rules (db.key_version): spellings may be missed."""
    NAME_KEYS_NEWER = "name_keys_newer"
    """The name index was built by a newer Kartoteka's folding rules."""
    NAME_KEYS_UNREADABLE = "name_keys_unreadable"
    """The name index's recorded version is not a version (text, negative, huge)."""


WARNINGS = frozenset({NoticeKind.JOURNAL_IGNORED, NoticeKind.WAL_IGNORED, NoticeKind.WAL_TORN})
"""Kinds that mean the archive as shown may be incomplete (a banner, not just a note)."""
REPAIRS = frozenset(
    {
        NoticeKind.JOURNAL_UNDONE,
        NoticeKind.JOURNAL_IGNORED,
        NoticeKind.WAL_IGNORED,
        NoticeKind.WAL_TORN,
        NoticeKind.WAL_APPLIED,
    }
)
"""Kinds about a sidecar repaired or ignored while opening: such a file is not remembered
as checked (db.ledger), since what was read is not the file alone."""
NAME_KEYS = frozenset(
    {NoticeKind.NAME_KEYS_OLDER, NoticeKind.NAME_KEYS_NEWER, NoticeKind.NAME_KEYS_UNREADABLE}
)
"""Kinds about the name index's folding version (db.key_version)."""


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing to tell the user about the archive as it was opened."""

    kind: NoticeKind
    text: str
    size: int | None = None  # bytes of a private copy (PRIVATE_COPY)
    file: str = ""  # the sidecar (or archive) it is about, by name (the viewer words it by `kind`)
    command: str = ""  # a command that fixes it (`kartoteka reindex …`), never translated

    @property
    def warning(self) -> bool:
        """Whether what is shown may be incomplete (see WARNINGS)."""
        return self.kind in WARNINGS

    def __str__(self) -> str:
        return self.text
