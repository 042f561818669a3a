"""Which folding rules built an archive's name index, and what to say when they are not ours.

The derived name index (`search_keys`, `search_person_keys`, `search_vocab`,
`search_typos`, the organization keys) stores words folded by db.names. When
a folding rule changes, an index built by older code keeps the old keys, and
a query folded by the new rules silently misses the people whose words fold
differently (Siarhiej, Chtchoukine). So the builder
(db.search_index.rebuild_search_index) records `KEY_VERSION` in the
archive's `meta` table under `META_KEY`, opening reads it (`read`), and when
it is missing, older, newer or not a plain number `notice` says, naming the
file, that name search may miss spellings and which command rebuilds the
index into a new file (`kartoteka reindex`, db.reindex). Search keeps
working either way. The value comes from the file, so it is untrusted: text,
a negative or a huge number is reported as unreadable, never raised.
"""

from __future__ import annotations

import enum
import shlex
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import sqlite_errors
from db.notices import Notice, NoticeKind

KEY_VERSION = 3
"""The version of the folding rules that a stored name index holds.

db.names (`tokens`, `translit`, `spelling_key`, `key_forms`, `fold`) decides what the
derived name index stores (db.search_index); an archive indexed by other
rules keeps other keys, and a query folded by these misses the people whose
words fold differently. The builder records this number in the archive and
opening compares it (`read`). Bump it whenever a rule changes what
any word folds to: tests/db/test_key_version.py holds a fingerprint of each
version's folds of a fixed list of words and fails until the bump.

1. the first release (db.names_v1: one key per word, `search_names`);
2. `search_keys` as first built (no version recorded in the archive);
3. Latin consonant + `ie` read as iotation (Siarhiej), French `chtch` = щ,
   combining marks left alone by NFKC dropped (Turkish İ).
"""

META_KEY = "name_key_version"
"""The `meta` key holding the KEY_VERSION the name index was built with."""
MAX_VERSION = 10_000
"""Larger values are not versions any build wrote: unreadable, like text."""
_DIGITS = 6

READ_SQL = (
    "SELECT typeof(value), substr(CAST(value AS TEXT), 1, 16), length(CAST(value AS BLOB)) "
    f"FROM meta WHERE key = '{META_KEY}' LIMIT 2"
)
"""At most 16 characters of the value, and its length in bytes (text functions stop at a
NUL byte, so a value "3" followed by NULs would read as "3"). No parameters: a search's own
reader asks it too (`is_current`)."""
_HAS_KEYS_SQL = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_keys'"


class KeyState(enum.Enum):
    """How an archive's name index compares with this build's folding."""

    CURRENT = "current"
    OLDER = "older"
    """Built by older rules: recorded lower, or not recorded (built before versions were)."""
    NEWER = "newer"
    """Built by a later Kartoteka than this one."""
    UNREADABLE = "unreadable"
    """The recorded value is not a version (text, negative, huge, repeated)."""


@dataclass(frozen=True, slots=True)
class StoredKeys:
    """The name index's recorded version (None when missing or unreadable) and its state."""

    state: KeyState
    version: int | None


def record(db: Database) -> None:
    """Record this build's KEY_VERSION (the builder calls this after filling the index)."""
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [META_KEY, str(KEY_VERSION)],
    )


def parse(kind: object, value: object, size: object = None) -> int | None:
    """A recorded value as a version number; None when it is not one.

    `size` is the value's length in bytes, when known: more bytes than
    characters read means a NUL byte cut the text short.
    """
    if kind not in ("text", "integer") or not isinstance(value, str):
        return None
    if size is not None and size != len(value):
        return None
    if not (value.isascii() and value.isdigit()) or len(value) > _DIGITS:
        return None
    number = int(value)
    return number if 0 < number <= MAX_VERSION else None


def stored(rows: Sequence[Sequence[object]]) -> StoredKeys:
    """What the rows of READ_SQL record, beside this build's KEY_VERSION."""
    if not rows:
        return StoredKeys(KeyState.OLDER, None)
    if len(rows) > 1:
        return StoredKeys(KeyState.UNREADABLE, None)
    version = parse(*rows[0])
    if version is None:
        return StoredKeys(KeyState.UNREADABLE, None)
    if version < KEY_VERSION:
        return StoredKeys(KeyState.OLDER, version)
    if version > KEY_VERSION:
        return StoredKeys(KeyState.NEWER, version)
    return StoredKeys(KeyState.CURRENT, version)


def is_current(rows: Sequence[Sequence[object]]) -> bool:
    """Whether the rows of READ_SQL record exactly this build's KEY_VERSION."""
    return stored(rows).state is KeyState.CURRENT


def read(db: Database) -> StoredKeys:
    """How the archive's name index compares with this build's folding.

    An archive without `search_keys` is a first-release one (version 1,
    db.names_v1), whatever its `meta` says. Raises only for an interrupted
    read (the caller's time limit); a damaged or odd `meta` is UNREADABLE.
    """
    try:
        if not db.execute(_HAS_KEYS_SQL).fetchall():
            return StoredKeys(KeyState.OLDER, 1)
        rows = db.execute(READ_SQL).fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if sqlite_errors.is_interrupt(exc):
            raise
        return StoredKeys(KeyState.UNREADABLE, None)
    return stored(rows)


def reindex_command(path: Path) -> str:
    """The command that writes a re-indexed copy of `path` beside it (shell-quoted)."""
    out = path.with_name(f"{path.stem}-reindexed{path.suffix or '.db'}")
    return f"kartoteka reindex {shlex.quote(str(path))} {shlex.quote(str(out))}"


_TEXTS = {
    KeyState.OLDER: (NoticeKind.NAME_KEYS_OLDER, "was built by an older version of Kartoteka"),
    KeyState.NEWER: (NoticeKind.NAME_KEYS_NEWER, "was built by a newer version of Kartoteka"),
    KeyState.UNREADABLE: (NoticeKind.NAME_KEYS_UNREADABLE, "records a version that cannot be read"),
}


def notice(path: Path, stored: StoredKeys) -> Notice | None:
    """What to tell the user when the name index is not this build's; None when it is."""
    if stored.state is KeyState.CURRENT:
        return None
    kind, what = _TEXTS[stored.state]
    command = reindex_command(path)
    text = (
        f"{path.name}: the name index {what}, so name search may miss some spellings "
        f"(other scripts and romanizations of a name). To rebuild it into a new file "
        f"(this one is not changed), run: {command}"
    )
    return Notice(kind, text, file=path.name, command=command)
