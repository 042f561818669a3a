"""Reading values from an archive that may be hostile: parse or refuse, never raise.

Every value in a file is untrusted, derived ones too (a cached count, a
stored date bound, a JSON list in `meta`): they were written by whoever made
the file. Readers take them through these helpers, which answer None for
anything that is not what Kartoteka writes, so a caller can fall back or
recompute instead of crashing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import stat
from pathlib import Path
from typing import Any, TypeVar

_T = TypeVar("_T")

MAX_JSON_CHARS = 1_000_000
"""Longer JSON text in a small field (meta) is not parsed."""
MAX_JSON_DEPTH = 64
"""Deeper nesting is refused before parsing (Python's parser would recurse to a crash)."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NESTING = re.compile(r"[\[{]")


def untrusted_json(text: object) -> Any | None:
    """JSON text parsed, or None if it is not text, too long, too deep or malformed."""
    if not isinstance(text, str) or not text or len(text) > MAX_JSON_CHARS:
        return None
    depth = peak = 0
    in_string = escaped = False
    for ch in text:  # a cheap scan: brackets outside strings
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif _NESTING.match(ch):
            depth += 1
            peak = max(peak, depth)
            if peak > MAX_JSON_DEPTH:
                return None
        elif ch in "]}":
            depth -= 1
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def iso_day(value: object) -> str | None:
    """`value` if it is an ISO calendar day (YYYY-MM-DD, year 1 or later), else None."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def whole_number(value: object, *, minimum: int | None = None) -> int | None:
    """`value` if it is an integer (not a bool, not text), at least `minimum`; else None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    if minimum is not None and value < minimum:
        return None
    return value


def stored_count(value: object) -> int:
    """A count read from a derived table: `value` if a whole number >= 0, else 0 (not held)."""
    n = whole_number(value, minimum=0)
    return 0 if n is None else n


ISO_DAY_SQL = "(date({col}, '+0 days') IS {col} AND {col} >= '0001-01-01')"
"""SQL true when column {col} holds an ISO calendar day (what `iso_day` accepts).

`date(x)` alone gives '2020-02-30' back as it is (SQLite 3.40); a modifier makes SQLite
normalize it to '2020-03-01', so a day that is not in the calendar fails the test."""


def valid_day_sql(column: str) -> str:
    """The SQL test of `ISO_DAY_SQL` for one column expression (a constant of the caller's)."""
    return ISO_DAY_SQL.format(col=column)


DISPLAY_MAX_CHARS = 20_000
"""Default cut-off of `truncate_for_display`: longer values would freeze text widgets."""


def truncate_for_display(text: str, limit: int = DISPLAY_MAX_CHARS) -> str:
    """`text` cut to `limit` characters with a note saying how much was left out.

    Archive values are untrusted: a 50 MB quote is valid SQLite, but a text
    widget given it would freeze the window. Callers show this instead.
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters not shown]"


def bounded(value: _T, limit: int = DISPLAY_MAX_CHARS) -> _T:
    """`value` with every text longer than `limit` cut by `truncate_for_display`.

    Walks records (dataclasses) and tuples, so a record read from a file is
    bounded as a whole, whichever of its many fields a hostile file filled:
    a record of 2 MB values froze the window in the text widget's layout.
    Unchanged parts are returned as they are (no copy for ordinary records).
    """
    return _bounded(value, limit)  # type: ignore[no-any-return]


def _bounded(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return value if len(value) <= limit else truncate_for_display(value, limit)
    if type(value) is tuple:
        items = tuple(_bounded(v, limit) for v in value)
        changed = any(a is not b for a, b in zip(items, value, strict=True))
        return items if changed else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _bounded(old, limit)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def special_file(path: Path) -> bool:
    """Whether `path` (its link followed) is a pipe, a device or a socket, not a file or folder.

    Readers of a file a user names (an import, redaction rules, an annotations
    exchange file) ask before they open it: opening a pipe waits for a writer
    for good, and /dev/zero or /dev/urandom never end (the third hostile sweep:
    an import of /dev/zero filled 13.8 GB of memory in 20 s). A missing or
    unreadable path is no special file: its reader says what is wrong.
    """
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
