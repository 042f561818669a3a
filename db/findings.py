"""What the slow checks found, each with a kind, so the viewer and the CLI can say it in be/ru.

db.checks lists every problem it finds as a line ("people: the id 'p-1' is
used by 2 entries", SQLite's own "row 5 missing from index …"): the first
goes into the damaged archive's message, all of them behind "Details…" and
`info --check --verbose`. Each is a `Finding`: a `str` holding the English
line, as it always was, that also carries its `kind` and the values of its
wording (`params`), as db.problems.Problem does for an import. SQLite's lines
are sorted into kinds by their shape; one it words in a way not known here
keeps its text as the `evidence` of an OTHER finding (said in the user's
language around it).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Self


class FindingKind(enum.Enum):
    """What a check found wrong in an archive."""

    DUPLICATE_ID = "duplicate_id"
    NO_USABLE_ID = "no_usable_id"
    RANK_ROWS = "rank_rows"
    RANK_ORDER = "rank_order"
    CHECK_FAILED = "check_failed"
    INDEX_ROWS = "index_rows"
    MISSING_FROM_INDEX = "missing_from_index"
    WRONG_ENTRIES = "wrong_entries"
    NULL_VALUE = "null_value"
    NOT_UNIQUE = "not_unique"
    CHECK_AGAIN = "check_again"
    OTHER = "other"


TEXTS: dict[FindingKind, str] = {
    FindingKind.DUPLICATE_ID: "{table}: the id {id} is used by {count} entries",
    FindingKind.NO_USABLE_ID: (
        "{table}: {count} entries have no usable id (missing, empty or not text)"
    ),
    FindingKind.RANK_ROWS: (
        "{table} has {rows} rows for the {people} people, "
        "{strangers} of them for people not in the archive"
    ),
    FindingKind.RANK_ORDER: (
        "{table}.{column} does not rank each of the {people} people once "
        "({misplaced} ranks repeat, skip or are not numbers)"
    ),
    FindingKind.CHECK_FAILED: "CHECK constraint failed in {table}",
    FindingKind.INDEX_ROWS: "{index} indexes {indexed} rows but {table} has {rows}",
    FindingKind.MISSING_FROM_INDEX: "row {row} missing from index {index}",
    FindingKind.WRONG_ENTRIES: "wrong # of entries in index {index}",
    FindingKind.NULL_VALUE: "NULL value in {table}.{column}",
    FindingKind.NOT_UNIQUE: "non-unique entry in index {index}",
    FindingKind.CHECK_AGAIN: "Check the archive again to see the problems.",
    FindingKind.OTHER: "{evidence}",
}
"""Each kind's English line: the CLI's and the logs' text, unchanged."""

_SQLITE_LINES: tuple[tuple[FindingKind, re.Pattern[str]], ...] = (
    (
        FindingKind.MISSING_FROM_INDEX,
        re.compile(r"^row (?P<row>\d+) missing from index (?P<index>\S+)$"),
    ),
    (FindingKind.WRONG_ENTRIES, re.compile(r"^wrong # of entries in index (?P<index>\S+)$")),
    (FindingKind.NULL_VALUE, re.compile(r"^NULL value in (?P<table>\w+)\.(?P<column>\w+)$")),
    (FindingKind.NOT_UNIQUE, re.compile(r"^non-unique entry in index (?P<index>\S+)$")),
    (FindingKind.CHECK_FAILED, re.compile(r"^CHECK constraint failed in (?P<table>\S+)$")),
)
"""The shapes of PRAGMA quick_check's lines that name what they are about."""


class Finding(str):
    """One problem a check found, as its English line (a str), with its kind and values."""

    kind: FindingKind
    params: Mapping[str, str]

    @classmethod
    def of(cls, kind: FindingKind, **params: object) -> Self:
        values = {name: str(value) for name, value in params.items()}
        finding = cls(TEXTS[kind].format(**values))
        finding.kind = kind
        finding.params = values
        return finding

    def cut(self, limit: int) -> Self:
        """The same finding on one line of at most about `limit` characters (its values cut)."""
        values = {name: _one_line(value, limit) for name, value in self.params.items()}
        return type(self).of(self.kind, **values)


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def sqlite_finding(line: str) -> Finding:
    """A line of PRAGMA quick_check as a Finding (OTHER, its text the evidence, if unknown)."""
    for kind, shape in _SQLITE_LINES:
        match = shape.match(line)
        if match is not None:
            return Finding.of(kind, **match.groupdict())
    return Finding.of(FindingKind.OTHER, evidence=line)


def finding_params(finding: str, prefix: str = "finding") -> dict[str, str]:
    """A finding's kind and values as an error's params (`finding`, `finding_<name>`), so
    the message quoting it can be worded again; {} for a plain line."""
    if not isinstance(finding, Finding):
        return {}
    params = {f"{prefix}_{name}": value for name, value in finding.params.items()}
    return {prefix: finding.kind.value, **params}


def finding_from_params(params: Mapping[str, str], prefix: str = "finding") -> Finding | None:
    """The Finding `finding_params` put into an error's params, if they hold one."""
    try:
        kind = FindingKind(params.get(prefix, ""))
    except ValueError:
        return None
    start = f"{prefix}_"
    values = {k.removeprefix(start): v for k, v in params.items() if k.startswith(start)}
    try:
        return Finding.of(kind, **values)
    except (KeyError, IndexError, ValueError):
        return None
