"""Name folding: any script or romanization of a name reduces to one Latin key.

A person's surname may reach a researcher as Ціханоўскі, Тихановский,
Tsikhanouski, Tsikhanowski, Cichanoŭski, Tikhanovskiy or Tichanowski. Search
folds every stored spelling and every query word the same way, so that all of
these meet in one *key* ("tihanauski"), and an FTS5 index over the keys does
the matching. The steps (docs/SEARCH.md explains each):

1. Unicode clean-up: NFKC, case folding, stress marks dropped, ё -> е.
2. Look-alike letters: inside a word that is mostly Cyrillic, Latin letters
   that look like Cyrillic ones become those (a Latin "H" in "ЛукашеHко"),
   and the other way round (a Cyrillic "і" in "Tsіkhanouski").
3. Transliteration to ASCII with anyascii's letter tables (Cyrillic and Latin
   diacritics alike); only Łacinka "č" is pre-mapped to "ch" so it meets "ч".
4. A hand-written skeleton that merges what romanization systems write
   differently and what Belarusian and Russian spell differently letter by
   letter (kh/ch/h/g, ts/c/t, sz/sh/sch/s, w/v, v before a consonant/u,
   y/j/i, o/a, dz/d, i before a vowel, doubled letters). No library does
   this merging; it is deliberately lossy, since ranking and typo checks
   work on the original spellings afterwards.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii
from rapidfuzz.distance import OSA

_WORD = re.compile(r"\w+", re.UNICODE)
_STRESS = {"\u0301", "\u0300"}  # combining acute and grave used as stress marks

# look-alike letters, written lower case (the text is case-folded first)
_LATIN_TO_CYRILLIC = str.maketrans(
    {
        "a": "а",
        "b": "в",
        "c": "с",
        "e": "е",
        "h": "н",
        "i": "і",
        "k": "к",
        "m": "м",
        "o": "о",
        "p": "р",
        "t": "т",
        "x": "х",
        "y": "у",
    }
)
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "с": "c",
        "е": "e",
        "н": "h",
        "і": "i",
        "ј": "j",
        "к": "k",
        "м": "m",
        "о": "o",
        "р": "p",
        "т": "t",
        "х": "x",
        "у": "y",
        "ѕ": "s",
    }
)
# letters anyascii would flatten in a way that loses their sound
_PRE_ASCII = str.maketrans({"č": "ch", "ć": "c", "ŭ": "u"})

# (pattern, replacement), applied in order to the ASCII word
_SKELETON: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"[^a-z0-9]", ""),
        (r"tsch", "ch"),  # German ч
        (r"sch", "sh"),  # German ш
        (r"sz", "sh"),  # Polish ш
        (r"cz", "ch"),  # Polish ч
        (r"rz", "zh"),  # Polish ж
        (r"dzh", "zh"),
        (r"[kc]h", "h"),  # х and ч: kh, ch (Łacinka/Polish/German ch is х)
        (r"x", "ks"),
        (r"q", "k"),
        (r"g", "h"),  # Belarusian г is h; Russian г is g
        (r"zh", "z"),
        (r"sh", "s"),
        (r"dz", "d"),  # Belarusian дз, Russian д
        (r"t[sz]", "c"),
        (r"c", "t"),  # Belarusian ц(ь) where Russian has т(ь)
        (r"w", "v"),
        (r"[yj]", "i"),
        (r"o", "a"),  # Belarusian akanne: unstressed о is written а
        (r"v(?=[^aeiu]|$)", "u"),  # ў: Ціханоўскі / Тихановский / Tsikhanowski
        (r"(?<=.)i(?=[aeiu])", ""),  # soft sign of я/е/ю: ia, ya, ja, ie
        (r"(.)\1+", r"\1"),  # doubled letters
    )
)


_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ANY_LATIN = re.compile("[a-zA-Z]")


def _mostly_cyrillic(word: str) -> bool | None:
    """True/False for a word in one script with stray letters, None if unmixed."""
    if word.isascii() or _ANY_CYRILLIC.search(word) is None or _ANY_LATIN.search(word) is None:
        return None
    cyr = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in word if ch.isascii() and ch.isalpha())
    if not cyr or not lat:
        return None
    return cyr >= lat


def strip_stress(text: str) -> str:
    """`text` in NFC without the combining accents that mark stress (Ціхано́ўскі)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _STRESS))


def clean(text: str) -> str:
    """Step 1: NFKC, case-folded, stress marks dropped, ё -> е (script kept)."""
    return strip_stress(unicodedata.normalize("NFKC", text).casefold()).replace("ё", "е")


def unmix(word: str) -> str:
    """Step 2: rewrite look-alike letters into the script the word mostly uses."""
    majority = _mostly_cyrillic(word)
    if majority is None:
        return word
    if majority:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


@functools.lru_cache(maxsize=100_000)
def words(text: str) -> tuple[str, ...]:
    """The words of `text` after steps 1-2 (letters and digits, in any script)."""
    return tuple(unmix(w) for w in _WORD.findall(clean(text)) if w.strip("_"))


@functools.lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """The key of one word; names share a small vocabulary, so this is cached."""
    ascii_word = anyascii(unmix(clean(word)).translate(_PRE_ASCII)).lower()
    key = ascii_word
    for pattern, replacement in _SKELETON:
        key = pattern.sub(replacement, key)
    return key


@functools.lru_cache(maxsize=200_000)
def _fold_chunk(chunk: str) -> tuple[str, ...]:
    return tuple(k for k in (fold_word(w) for w in words(chunk)) if k)


def fold_words(text: str) -> list[str]:
    """The keys of every word in `text`, in order.

    Folded chunk by chunk (between spaces): names are made of few distinct
    words, so rebuilding the index for millions of spellings hits the cache.
    """
    return [k for chunk in text.split() for k in _fold_chunk(chunk)]


def fold(text: str) -> str:
    """The keys of every word in `text`, space-separated, in order."""
    return " ".join(fold_words(text))


def typo_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: one swap of neighbours counts once."""
    return int(OSA.distance(a, b))


def max_typos(key: str) -> int:
    """How many edits a query word of this length may have and still match."""
    if len(key) <= 3:
        return 0
    if len(key) <= 5:
        return 1
    return 2
