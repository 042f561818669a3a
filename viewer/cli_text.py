"""Text the `kartoteka` command prints: archive text made safe for a terminal, one-line errors.

Archive text is untrusted: an ESC in a name could recolour or clear the
terminal, move the cursor or (on some terminals) answer back; a CR could
overwrite what was printed before; bidirectional controls can make a line
read differently from what it holds. `terminal_text` shows such characters
as visible escapes (`\\x1b`, `\\u202e`); `json_text` does the same inside
JSON strings. Errors are one line; their details (every problem a check
found) are printed only with `--verbose`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: object) -> str:
    """`text` with control and direction characters shown as escapes, on one line."""
    return _CONTROL.sub(_escape, str(text))


def json_text(line: str) -> str:
    """A line of JSON (from json.dumps) with the characters json leaves raw escaped as \\uXXXX."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", line)


def error_lines(message: str, details: Iterable[str], *, verbose: bool) -> list[str]:
    """An error as the lines to print: one line, and the details with `verbose`."""
    first = terminal_text(" ".join(message.split()))
    shown = [terminal_text(d) for d in details]
    if not shown:
        return [first]
    if not verbose:
        from viewer.cli_words import CliText  # the user's language (no Qt)

        return [f"{first} {CliText.tr('(run with --verbose for the details)')}"]
    return [first, *(f"  {d}" for d in shown)]
