"""The first release's name key, kept to search archives whose index it built.

Archives written by Kartoteka's first release store, in `search_names.keys`
and `search_vocab`, keys made by this function; a query must be folded the
same way to meet them. Frozen: never change it (db.names is the current
folding; docs/SEARCH.md, "Older archives").
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from db.names import clean, unmix

_PRE_ASCII = str.maketrans({"č": "ch", "ć": "c", "ŭ": "u"})
_SKELETON: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"[^a-z0-9]", ""),
        (r"tsch", "ch"),
        (r"sch", "sh"),
        (r"sz", "sh"),
        (r"cz", "ch"),
        (r"rz", "zh"),
        (r"dzh", "zh"),
        (r"[kc]h", "h"),
        (r"x", "ks"),
        (r"q", "k"),
        (r"g", "h"),
        (r"zh", "z"),
        (r"sh", "s"),
        (r"dz", "d"),
        (r"t[sz]", "c"),
        (r"c", "t"),
        (r"w", "v"),
        (r"[yj]", "i"),
        (r"o", "a"),
        (r"v(?=[^aeiu]|$)", "u"),
        (r"(?<=.)i(?=[aeiu])", ""),
        (r"(.)\1+", r"\1"),
    )
)


@functools.lru_cache(maxsize=50_000)
def fold_word_v1(word: str) -> str:
    """The first release's key of one word."""
    key = anyascii(unmix(clean(word)).translate(_PRE_ASCII)).lower()
    for pattern, replacement in _SKELETON:
        key = pattern.sub(replacement, key)
    return key
