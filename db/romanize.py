"""Romanization of Belarusian and Russian Cyrillic names, and feminine surnames.

The generator (db.name_vocabulary, db.generate) writes every generated name
in the Latin systems real records use. No installed library implements
these systems: cyrtranslit's "by" is a scholarly transliteration (Sjarhej
Cixanoŭski) and anyascii mixes Russian habits into Belarusian (Syargey), so
small tables do it. Search never uses these: it folds spellings
(db.names), it does not produce them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

_FEM_BE: tuple[tuple[str, str], ...] = (
    ("скі", "ская"), ("цкі", "цкая"), ("аў", "ава"), ("оў", "ова"), ("ёў", "ёва"),
    ("еў", "ева"), ("ін", "іна"), ("ын", "ына"),
)  # fmt: skip
_FEM_RU: tuple[tuple[str, str], ...] = (
    ("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ёв", "ёва"), ("ев", "ева"),
    ("ин", "ина"), ("ын", "ына"),
)  # fmt: skip


def _feminine(name: str, rules: Sequence[tuple[str, str]]) -> str:
    for masc, fem in rules:
        if name.endswith(masc):
            return name[: -len(masc)] + fem
    return name  # -іч, -ка, -ук, -ак … do not change


def feminine_be(surname: str) -> str:
    """The feminine of a Belarusian surname: -скі -> -ская, -аў -> -ава, -ін -> -іна."""
    return _feminine(surname, _FEM_BE)


def feminine_ru(surname: str) -> str:
    """The feminine of a Russian surname: -ский -> -ская, -ов -> -ова, -ин -> -ина."""
    return _feminine(surname, _FEM_RU)


_VOWELS = set("аеёіоуыэюяАЕЁІОУЫЭЮЯ")
_SOFTENERS = set("ьЬ'’")
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "з": "z", "і": "i",
    "к": "k", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "ы": "y", "э": "e", "л": "l",
}  # fmt: skip
_PASSPORT = _COMMON | {
    "ж": "zh", "й": "i", "ў": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ь": "",
}  # fmt: skip
_BGN = _COMMON | {
    "ж": "zh", "й": "y", "ў": "w", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ь": "",
}  # fmt: skip
_LATIN_BE = _COMMON | {"ж": "ž", "й": "j", "ў": "ŭ", "х": "ch", "ц": "c", "ч": "č", "ш": "š"}
_SOFT = {"з": "ź", "с": "ś", "н": "ń", "ц": "ć", "л": "l"}  # consonant + ь, Łacinka
_SOFT_2007 = _SOFT | {"л": "ĺ"}

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip


_TABLES = {
    "passport": _PASSPORT,
    "bgn_pcgn": _BGN,
    "lacinka": _LATIN_BE,
    "national_2007": _LATIN_BE,
}
_SOFT_TABLES = {"lacinka": _SOFT, "national_2007": _SOFT_2007}
_PALATAL = set("іеёюяь")


def romanize_be(word: str, system: str) -> str:
    """One Belarusian Cyrillic word (or hyphenated words) in a Latin system.

    `system` is "passport" (ICAO practice in Belarusian passports: Siarhei,
    Tsikhanouski), "bgn_pcgn" (Syarhey, Tsikhanowski), "lacinka" (classic
    Łacinka: Siarhiej, Cichanoŭski, Śviatłana without assimilative softness)
    or "national_2007" (the official Instruction: l for л, ĺ for ль).
    Capitals are kept where the Cyrillic has them (first letters of names).
    """
    if "-" in word:
        return "-".join(romanize_be(part, system) for part in word.split("-"))
    lower = word.lower()
    table = _TABLES.get(system, _LATIN_BE)
    soft = _SOFT_TABLES.get(system)
    lacinka = system == "lacinka"
    out: list[str] = []
    n = len(lower)
    prev = ""
    for i, ch in enumerate(lower):
        if ch in _SOFTENERS:
            prev = ch
            continue  # folded into the consonant before, or silent
        nxt = lower[i + 1] if i + 1 < n else ""
        if ch in _IOTATED:
            base = _IOTATED[ch]
            initial = prev == "" or prev in _VOWELS or prev in _SOFTENERS or prev == "ў"
            if system == "passport":
                if prev == "":
                    piece = "y" + base
                elif ch == "е" and prev not in _VOWELS:
                    piece = "e"
                elif prev in "ая" and ch != "е":
                    piece = "y" + base
                else:
                    piece = "i" + base if ch != "е" else "ie"
            elif system == "bgn_pcgn":
                piece = "y" + base if (ch != "е" or initial) else "e"
            else:
                hard_l = lacinka and prev == "л"
                piece = base if hard_l else ("j" + base if initial else "i" + base)
        elif soft is not None and nxt in _SOFTENERS and ch in soft:
            piece = soft[ch]
        elif ch == "л" and lacinka:
            after = lower[i + 2 : i + 3]
            palatal = nxt in _PALATAL or (nxt == "л" and after != "" and after in _PALATAL)
            piece = "l" if palatal else "ł"
        else:
            piece = table.get(ch, ch)
        if word[i] != ch:
            piece = piece[:1].upper() + piece[1:]
        out.append(piece)
        prev = ch
    return "".join(out)


def romanize_ru(word: str) -> str:
    """One Russian Cyrillic word the way international media spell it (Sergei Tikhanovsky)."""
    if "-" in word:
        return "-".join(romanize_ru(part) for part in word.split("-"))
    lower = word.lower()
    if lower.endswith(("ий", "ый")):
        return romanize_ru(word[:-2]) + "y"
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(lower):
        if ch == "й" and prev == "е":
            piece = "i"  # Sergei, Alexei
        elif ch == "е" and (prev == "" or prev in "аеёиоуыэюяьъ"):
            piece = "ye"
        else:
            piece = _RU.get(ch, ch)
        if word[i] != ch:
            piece = piece[:1].upper() + piece[1:]
        out.append(piece)
        prev = ch
    return "".join(out)


BE_SYSTEMS: tuple[tuple[str, str], ...] = (
    ("passport", "be-Latn"),
    ("bgn_pcgn", "be-Latn"),
    ("lacinka", "be-Latn"),
    ("national_2007", "be-Latn"),
)


@dataclass(frozen=True, slots=True)
class NameForms:
    """Every spelling of one name part, computed once and reused by many people."""

    be: str
    ru: str
    latin: tuple[str, ...]  # in BE_SYSTEMS order
    media: str


@functools.lru_cache(maxsize=200_000)
def name_forms(be: str, ru: str) -> NameForms:
    return NameForms(
        be=be,
        ru=ru,
        latin=tuple(romanize_be(be, system) for system, _lang in BE_SYSTEMS),
        media=romanize_ru(ru),
    )
