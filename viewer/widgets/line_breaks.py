"""Break opportunities in long unbroken runs of archive text, for Qt's text layout.

Archive values are untrusted. A value cut to 20,000 characters for display
(db.untrusted) is still one "word" when it has no spaces (a hex dump, a
pasted base64 blob, a hostile file), and Qt's line breaker lays a word out
character by character when it has to wrap it anywhere: a record of such
values froze the window for seconds. A zero-width space every few dozen
characters of a long run gives the breaker ordinary break points; the text
looks the same, and `strip_breaks` takes them out again whenever text leaves
the widget (copy, drag), so a copied URL or id stays intact.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"
RUN_CHARS = 64
"""Runs at least this long, with no space or markup, get break points."""
STEP = 32
"""Characters between two break points inside such a run."""

_TEXT_NODE = re.compile(r"(<[^>]*>)")
_RUN = re.compile(rf"[^\s<>&;{ZWSP}]{{{RUN_CHARS},}}")


def _break_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return ZWSP.join(run[i : i + STEP] for i in range(0, len(run), STEP))


def breakable_text(text: str) -> str:
    """`text` (plain or escaped HTML text, no tags) with break points in long runs."""
    return _RUN.sub(_break_run, text) if len(text) >= RUN_CHARS else text


def breakable_html(html: str) -> str:
    """`html` with break points in long runs of its text, never inside a tag.

    Attributes (link targets) keep their exact bytes: only the text between
    tags changes. The renderers escape every value, so a '>' in text is
    always '&gt;' and splitting at tags is exact.
    """
    parts = _TEXT_NODE.split(html)
    return "".join(p if p.startswith("<") else breakable_text(p) for p in parts)


def strip_breaks(text: str) -> str:
    """`text` without the break points `breakable_text` added."""
    return text.replace(ZWSP, "")
