"""Name folding: any script or romanization of a name reduces to comparable forms.

A person's surname may reach a researcher as Ціханоўскі, Тихановский,
Tsikhanouski, Tsikhanowski, Cichanoŭski, Tikhanovskiy, Tichanowski,
Tikhanovski or Loukachenko-style French and Loekasjenko-style Dutch
spellings. Search compares words at four levels, from exact to loose
(docs/SEARCH.md explains each):

0. *spelled*: the word as written, case, stress marks, ё/е and look-alike
   letters from the other alphabet aside (`tokens`, `spelled`);
1. *transliterated*: the word in ASCII (`translit`; Ціханоўскі and
   Tsikhanouski are both "tsikhanouski");
2. *key*: a deliberately lossy skeleton that merges what romanization
   systems and Belarusian, Russian and Ukrainian write differently letter by
   letter (`key_forms`; all of the above become "tihanauski"). Readings that
   only one language family has (Polish rz = ж, German z = ц, French ch = ш
   and ou = у, Dutch oe = у and sj = ш, scholarly x = х, English j = дж) are
   *alternative* keys of a Latin word, never rewrites of its main key;
3. *stem*: the key without a case ending (`stem`), so Ціханоўскага,
   Тихановского, Cichanouskiego and Tichanowskis meet Ціханоўскі.

Given names that no letter rule bridges (Аляксандр/Олександр/Алесь/Саша)
come from the curated table in db.given_names (`name_group_keys`).

One tokenizer (`tokens`) splits both stored names and queries: at spaces,
hyphens and punctuation; apostrophes inside a word (Дар'я, Dar’ya) are
dropped, not split at.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from anyascii import anyascii

from db.given_names import GIVEN_NAMES
from db.key_version import KEY_VERSION as _KEY_VERSION

# Bump db.key_version.KEY_VERSION whenever a rule below changes what any word folds
# to: archives keep the keys they were indexed with (tests/db/test_key_version.py
# fails until the bump). Kept there, not here, so that opening never imports this module.
KEY_VERSION = _KEY_VERSION

_STRESS = {"\u0301", "\u0300"}  # combining acute and grave used as stress marks
# apostrophes, primes and modifier letters written for the soft sign or the
# Belarusian/Ukrainian apostrophe; inside a word they are dropped
_APOSTROPHES = "'’ʼʻ`´‘ʹʺ′″"
_INNER_APOSTROPHE = re.compile(f"(?<=\\w)[{_APOSTROPHES}]+(?=\\w)")
_SPLIT = re.compile(r"[\W_]+", re.UNICODE)
# combining marks NFKC leaves on their own: the dot of Turkish İ (casefolded to
# i + U+0307), marks typed after a letter that has no precomposed form
_LOOSE_MARKS = re.compile("[\u0300-\u036f]")

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

# Letters whose sound anyascii would flatten, mapped before it runs: Łacinka,
# Polish, Czech and ISO 9 diacritics keep the digraph of their sound (ž zh,
# š sh, č ch: so Łacinka dž meets Cyrillic дж), ё keeps its iotation, the
# soft and hard signs vanish. Used for the transliterated form and the key.
_PRE_ASCII = str.maketrans(
    {
        "č": "ch",
        "ĉ": "ch",
        "ç": "ch",
        "š": "sh",
        "ş": "sh",
        "ŝ": "shch",
        "ž": "zh",
        "ż": "zh",
        "ź": "z",
        "ś": "s",
        "ć": "c",
        "ń": "n",
        "ĺ": "l",
        "ľ": "l",
        "ł": "l",
        "ŭ": "u",
        "ǔ": "u",
        "û": "iu",
        "â": "ia",
        "ê": "ie",
        "ě": "ie",
        "ë": "io",
        "ů": "u",
        "ı": "y",
        "ğ": "g",
        "ё": "io",
        "ь": "",
        "ъ": "",
        "ß": "ss",
    }
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


# letters that decompose into a base letter and an acute or grave accent
_ACCENTED = frozenset(
    ch
    for ch in map(chr, range(0xC0, 0x2000))
    if any(m in unicodedata.normalize("NFD", ch) for m in _STRESS)
)


def strip_stress(text: str) -> str:
    """`text` in NFC without the combining accents that mark stress (Ціхано́ўскі)."""
    if text.isascii() or not (
        "\u0301" in text or "\u0300" in text or not _ACCENTED.isdisjoint(text)
    ):
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _STRESS))


def strip_marks(text: str) -> str:
    """`strip_stress`, and the combining marks left over after NFC dropped too.

    What a query is split into words from: a mark with no precomposed letter
    (the Library of Congress tie bar of Ali͡aksandr, a stress typed as a mark on a
    letter that has no accented form) would otherwise split the word in two;
    `tokens` drops the same marks from stored names.
    """
    text = strip_stress(text)
    if text.isascii():
        return text
    return _LOOSE_MARKS.sub("", unicodedata.normalize("NFC", text))


def clean(text: str) -> str:
    """NFKC, case-folded, stress marks dropped, ё -> е (script kept)."""
    return strip_stress(unicodedata.normalize("NFKC", text).casefold()).replace("ё", "е")


def unmix(word: str) -> str:
    """Rewrite look-alike letters into the script the word mostly uses."""
    majority = _mostly_cyrillic(word)
    if majority is None:
        return word
    if majority:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


@functools.lru_cache(maxsize=100_000)
def tokens(text: str) -> tuple[str, ...]:
    """The words of `text` as search sees them, for stored names and queries alike.

    Case-folded, stress marks dropped, look-alike letters unmixed, split at
    spaces, hyphens and punctuation (Шарэнда-Панасюк is two words), with
    apostrophes inside a word dropped (Дар'я, Dar’ya, Lukʼyanau). ё is kept:
    `spelled` and the keys decide what it meets.
    """
    prepared = strip_stress(unicodedata.normalize("NFKC", text).casefold())
    prepared = _INNER_APOSTROPHE.sub("", prepared)
    if not prepared.isascii():
        prepared = _LOOSE_MARKS.sub("", prepared)
    return tuple(unmix(w) for w in _SPLIT.split(prepared) if w)


@functools.lru_cache(maxsize=100_000)
def written_tokens(text: str) -> tuple[str, ...]:
    """`tokens` as written (case kept), to show a matched word the way the archive has it."""
    prepared = _INNER_APOSTROPHE.sub("", strip_stress(unicodedata.normalize("NFKC", text)))
    if not prepared.isascii():
        prepared = _LOOSE_MARKS.sub("", prepared)
    out = tuple(w for w in _SPLIT.split(prepared) if w)
    return out if len(out) == len(tokens(text)) else tokens(text)


def words(text: str) -> tuple[str, ...]:
    """The words of `text` at the spelled level (ё read as е)."""
    return tuple(spelled(w) for w in tokens(text))


def spelled(token: str) -> str:
    """Level 0: a token as written, ё and е alike."""
    return token.replace("ё", "е")


@functools.lru_cache(maxsize=200_000)
def translit(token: str) -> str:
    """Level 1: a token in lower-case ASCII (Ціханоўскі, Tsikhanoŭski -> tsikhanouski)."""
    out = anyascii(token.translate(_PRE_ASCII)).lower()
    return out if out.isalnum() else "".join(ch for ch in out if ch.isalnum())


# --- level 1½: the spelling key ---------------------------------------------------

# Romanization systems differ in how they write one letter (kh/ch/h, ts/c/z,
# sh/sz/sch/š, w/v, j/y/i for й, -iy/-y/-ij/-ii for -ий); the spelling key
# unifies only those, keeping the vowels and ы apart from и, so that
# Tikhanovsky, Tichanowski and Tihanovskij meet Тихановский but not Тыхановский.
# one pass for the letter groups (longest first at each position), then
# single letters by table, then the few rules that look at neighbours
_SPELLING_GROUPS = re.compile(
    "szcz|shch|schtsch|chtch|sjtsj|shtsh|tsch|tch|tsj|sch|sz|sh|dzh|dj|zh|cz|ch|kh|ts|tz"
)
_SPELLING_GROUP_MAP = {
    "szcz": "S", "shch": "S", "schtsch": "S", "chtch": "S", "sjtsj": "S", "shtsh": "S",
    "tsch": "H", "tch": "H", "tsj": "H", "sch": "S", "sz": "S", "sh": "S", "dzh": "Z",
    "dj": "Z", "zh": "Z", "cz": "H", "ch": "H", "kh": "H", "ts": "T", "tz": "T",
}  # fmt: skip
_SPELLING_LETTERS = str.maketrans({"h": "H", "g": "H", "c": "T", "w": "v", "x": "ks", "q": "k"})
# Every pattern here and in the key works on many words at once, one per line
# (`_lines`): anchors are per line (re.M) and no class matches the newline.
_SPELLING_CONTEXT: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.M), r)
    for p, r in (
        (r"(?:^|(?<=[aeiou]))[ijy]e", "e"),  # е after a vowel or first: ye, je, ie, e
        (r"(?:iy|yi|ii|ij|yj|yy|y)$", "i"),  # -ий, -ый, -ій
        (r"(?<=[aeiou])[jy]", "i"),  # й after a vowel
        (r"^[jy](?=[aeiou])|(?<=[^aeiou\n])j(?=[aeiou])", "i"),  # iotation
        (r"(?<=[^aeiouy\n])y(?=[aeou])", "i"),
        # Polish and Łacinka soften a consonant with i: nie, bie, sie are не, бе, се
        # (Kuznieczyk, Biebienin), as Cyrillic ие is (Дмитриев) on both sides
        (r"(?<=[b-df-hj-np-tv-zHSTZ])ie", "e"),
    )
)


def _groups(pattern: re.Pattern[str], table: dict[str, str], word: str) -> str:
    return pattern.sub(lambda m: table[m.group(0)], word)


@functools.lru_cache(maxsize=400_000)
def spelling_key(token: str) -> str:
    """Level 1½: the transliterated form with only romanization differences unified.

    Romanization systems differ in how they write one letter (kh/ch/h,
    ts/c/z, sh/sz/sch/š, w/v, j/y/i for й, -iy/-y/-ij/-ii for -ий); the
    spelling key unifies only those, keeping the vowels and ы apart from и,
    so that Tikhanovsky, Tichanowski and Tihanovskij meet Тихановский but
    not Тыхановский.
    """
    return _spelling_key_lines(translit(token))


# The spelling key writes г, х and ч as one letter, because the systems write each of them
# in letters that stand for another elsewhere: h is Belarusian and Ukrainian г and ISO 9 х,
# ch is English ч and Polish, German and Czech х. But g is only ever г, kh only х, cz, tsch
# and tch only ч, and a Cyrillic letter is itself: Циганович (г) is not Ціхановіч (х), and
# Statkiewicza (ч) not Статкевыга (г). `guttural_sounds` says which each such letter of
# a word may be, in order, so that two words with one spelling key can be told apart.
_GUTTURAL_GROUPS = re.compile(
    "szcz|shch|schtsch|chtch|sjtsj|shtsh|tsch|tch|tsj|sch|sz|sh|dzh|dj|zh|cz|ch|kh|ts|tz|[hg]"
)
_GUTTURAL_LATIN = {"tsch": "ч", "tch": "ч", "tsj": "ч", "cz": "ч", "ch": "чх", "kh": "х",
                   "h": "гх", "g": "г"}  # fmt: skip
_GUTTURAL_CYRILLIC = {"г": "г", "ґ": "г", "ғ": "г", "х": "х", "ҳ": "х", "һ": "гх", "ч": "ч"}
_GUTTURAL_PRE = str.maketrans({"č": "cz", "ç": "cz", "ĉ": "cz"})


@functools.lru_cache(maxsize=200_000)
def guttural_sounds(token: str) -> tuple[str, ...]:
    """What each г/х/ч of the spelling key may be, in order: the Cyrillic letters it may
    stand for ("г", "х", "ч"; "гх" for a Latin h, "чх" for ch)."""
    token = token.casefold()
    if _ANY_CYRILLIC.search(token):
        return tuple(_GUTTURAL_CYRILLIC[ch] for ch in token if ch in _GUTTURAL_CYRILLIC)
    written = translit(token.translate(_GUTTURAL_PRE))
    return tuple(
        _GUTTURAL_LATIN[m.group(0)]
        for m in _GUTTURAL_GROUPS.finditer(written)
        if m.group(0) in _GUTTURAL_LATIN
    )


def same_gutturals(a: Sequence[str], b: Sequence[str]) -> bool:
    """False when two words of one spelling key write, at one place, letters that are never
    the same one (g against kh, ч against г): each г/х/ч met in the same order, as far as
    the shorter goes (a case ending may add one: Цыгановіча's -а, -ага's г)."""
    return all(not set(x).isdisjoint(y) for x, y in zip(a, b, strict=False))


def _spelling_key_lines(ascii_lines: str) -> str:
    """The spelling key of each line of `ascii_lines` (transliterated words)."""
    key = _groups(_SPELLING_GROUPS, _SPELLING_GROUP_MAP, ascii_lines)
    key = key.translate(_SPELLING_LETTERS)
    for pattern, replacement in _SPELLING_CONTEXT:
        key = pattern.sub(replacement, key)
    # doubled consonants are one (Боннэр/Boner); doubled vowels are kept, so that
    # Aleksijevič (Алексиевич) and Aleksiejevič (Алексеевич) stay apart
    return _DOUBLED_CONSONANT.sub(r"\1", key.translate(_PLACEHOLDERS))


# --- level 2: keys ----------------------------------------------------------------

# The key in four passes: letter groups (longest first at each position) to
# one-sound placeholders, single letters by table, then the rules that look at
# neighbours. Upper-case letters are placeholders, so no pass reads them again.
_KEY_GROUPS = re.compile(
    "szcz|shch|schtsch|chtch|sjtsj|shtsh|stsch|tsch|tch|tsj|sch|sz|sh|dzh|dj|zh|cz|ch|kh|"
    "ts|tz|dz|ph|x"
)
_KEY_GROUP_MAP = {
    # щ; ч (German, French, Dutch); ш (German, Polish, English); дж, ж
    "szcz": "S", "shch": "S", "schtsch": "S", "chtch": "S", "sjtsj": "S", "shtsh": "S",
    "stsch": "S", "tsch": "H", "tch": "H", "tsj": "H", "sch": "S", "sz": "S", "sh": "S",
    "dzh": "Z", "dj": "Z", "zh": "Z",
    # ч (Polish, English) and х (kh, Czech/Polish/German ch) merge
    "cz": "H", "ch": "H", "kh": "H",
    # ц, and Belarusian ць where Russian has ть (Пуцін/Путин); дз/д (Уладзімір/Владимир)
    "ts": "T", "tz": "T", "dz": "d", "ph": "f", "x": "ks",
}  # fmt: skip
_KEY_LETTERS = str.maketrans(
    {
        "h": "H",
        "c": "T",
        "q": "k",
        "w": "v",
        "g": "H",  # Belarusian г is h (Homiel/Gomel)
        "y": "i",
        "j": "i",
        "o": "a",  # akanne (Калеснікава/Колесникова), yakanne, ё written е
        "e": "a",
    }
)
_KEY_CONTEXT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"v(?=[^aiu]|$)", re.M), "u"),  # ў: Ціханоўскі / Тихановский / Tsikhanowski
    (re.compile(r"i(?=[aiu])"), ""),  # iotation and softness: ia ya ja ie ye je io yo iu
)
_NON_ALNUM = re.compile(r"[^a-z0-9\n]")
_PLACEHOLDERS = str.maketrans({"S": "s", "H": "h", "Z": "z", "T": "t"})
_DOUBLED = re.compile(r"(.)\1+")
_DOUBLED_CONSONANT = re.compile(r"([^aeiou\n])\1+")

# readings of a Latin spelling that only one language family has: each group
# yields one alternative key (the main key reads the letters the common way)
_ALTERNATIVE_READINGS: tuple[
    tuple[tuple[str, ...], tuple[tuple[re.Pattern[str], str], ...]], ...
] = tuple(
    (triggers, tuple((re.compile(p, re.M), r) for p, r in group))
    for triggers, group in (
        (("rz",), (("rz", "zh"),)),  # Polish rz = ж (Grzegorz); a German rz is r + ц
        (  # German: dsch = дж, ck = k, z = ц, s = з
            ("z", "ck", "s"),
            (("dsch", "dzh"), ("ck", "k"), ("(?<![tdsc])z(?!h)", "ts"), ("^s(?=[aeiouy])", "z")),
        ),
        (  # French: ch = ш, ou = у, dj = дж, j = ж
            ("ch", "ou", "j"),
            (("(?<![stcdk])ch(?!tch)", "sh"), ("ou", "u"), ("dj", "dzh"), ("(?<!d)j", "zh")),
        ),
        (("oe", "sj", "zj"), (("oe", "u"), ("(?<!t)sj", "sh"), ("zj", "zh"))),  # Dutch
        (("x",), (("x", "kh"),)),  # scholarly x = х (Cixanoŭski)
        (("j",), (("^j(?=[aeiou])", "dzh"),)),  # English j = дж (Jamal)
        (("itz",), (("itz$", "ich"),)),  # Yiddish/German -witz = -вич (Gurewitz, Rabinowitz)
    )
)
MAX_ALTERNATIVES = 4


def _key(ascii_lines: str) -> str:
    """The main key of each line of `ascii_lines` (transliterated words)."""
    key = ascii_lines if ascii_lines.isalnum() else _NON_ALNUM.sub("", ascii_lines)
    key = _groups(_KEY_GROUPS, _KEY_GROUP_MAP, key).translate(_KEY_LETTERS)
    for pattern, replacement in _KEY_CONTEXT:
        key = pattern.sub(replacement, key)
    return _DOUBLED.sub(r"\1", key.translate(_PLACEHOLDERS))


@functools.lru_cache(maxsize=100_000)
def implied_keys(ascii_word: str) -> tuple[str, str]:
    """The spelling key and the main key of every token transliterated to `ascii_word`.

    Both are worked out from the transliterated form alone (`spelling_key`, `key_forms`),
    so the name index holds them beside it for each word it holds it for: a search may
    check a word's keys instead of its transliterated forms, and finds the same people.
    """
    return _spelling_key_lines(ascii_word), _key(ascii_word)


@functools.lru_cache(maxsize=400_000)
def key_forms(token: str) -> tuple[str, ...]:
    """Level 2: the main key of a token, then its alternative keys (Latin only).

    Cyrillic words have one key. A Latin word has one more key for each
    language-specific reading of its letters that applies (at most
    MAX_ALTERNATIVES): Herz keeps the key of Герц and gains Polish "hez"
    only as an alternative.
    """
    return _key_forms_lines([translit(token)], latin=not _ANY_CYRILLIC.search(token))[0]


def _key_forms_lines(ascii_words: Sequence[str], *, latin: bool) -> list[tuple[str, ...]]:
    """`key_forms` of many transliterated words at once: each pass runs once over all of them."""
    text = "\n".join(ascii_words)
    forms = [[main] if main else [] for main in _key(text).split("\n")]
    if not latin:
        return [tuple(f) for f in forms]
    full = [False] * len(forms)
    for triggers, group in _ALTERNATIVE_READINGS:
        if not any(t in text for t in triggers):
            continue
        read = text
        for pattern, replacement in group:
            read = pattern.sub(replacement, read)
        changed = [
            (i, after)
            for i, (before, after) in enumerate(zip(ascii_words, read.split("\n"), strict=True))
            if after != before and forms[i] and not full[i]
        ]
        if not changed:
            continue
        alts = _key("\n".join(after for _i, after in changed)).split("\n")
        for (i, _after), alt in zip(changed, alts, strict=True):
            if alt and alt not in forms[i]:
                forms[i].append(alt)
                full[i] = len(forms[i]) > MAX_ALTERNATIVES
    return [tuple(f) for f in forms]


# Readings only a query word gets (stored words keep theirs): Turkish, Tatar,
# Azerbaijani and Crimean Tatar Latin write дж as c (Cemilev, Cavid, Ğälimcan),
# a reading no stored spelling of these archives relies on, so the index stays as is
_TURKIC_C = re.compile(r"(?<![sctz])c(?![hzk])")


# German transcription writes ж as sch, as it writes ш (Schemtschuschina: Жемчужина, Schukow:
# Жуков); a query word gets that reading too (not tsch, ч, nor schtsch, щ)
_GERMAN_SCH = re.compile(r"(?<![td])sch(?!tsch)")


# Letters of Tatar (and Turkish, Azerbaijani, Crimean Tatar) Latin: a word with one of
# them is Turkic, and its o is the Russian form's у (Soltanğäliev, Султан-Галиев)
_TATAR_LETTERS = frozenset("äğıñöüçşə")


@functools.lru_cache(maxsize=50_000)
def turkic_reading(token: str) -> str:
    """A Tatar Latin word as the Russian form writes it (o as у), or "" if not Tatar Latin."""
    if _TATAR_LETTERS.isdisjoint(token):
        return ""
    read = translit(token).replace("o", "u")
    return read if read != translit(token) else ""


@functools.lru_cache(maxsize=50_000)
def query_key_forms(token: str) -> tuple[str, ...]:
    """`key_forms` of a query word, with the readings only queries get (Turkic c = дж,
    Tatar o = у, German sch = ж)."""
    forms = key_forms(token)
    if not forms or _ANY_CYRILLIC.search(token):
        return forms
    ascii_form = translit(token)
    reads = [_TURKIC_C.sub("dzh", ascii_form)] if "c" in ascii_form else []
    if "sch" in ascii_form:
        reads.append(_GERMAN_SCH.sub("zh", ascii_form))
    tatar = turkic_reading(token)
    if tatar:
        reads += [tatar, _TURKIC_C.sub("dzh", tatar)]
    out = list(forms)
    for read in reads:
        alt = _key(read) if read != ascii_form else ""
        if alt and alt not in out:
            out.append(alt)
    return tuple(out)


def fold_word(word: str) -> str:
    """The main key of one word (of its first token, if it splits)."""
    for token in tokens(word):
        forms = key_forms(token)
        if forms:
            return forms[0]
    return ""


def fold_words(text: str) -> list[str]:
    """The main keys of every word in `text`, in order."""
    return [f[0] for f in (key_forms(t) for t in tokens(text)) if f]


def fold(text: str) -> str:
    """The main keys of every word in `text`, space-separated, in order."""
    return " ".join(fold_words(text))


# --- level 3: stems ---------------------------------------------------------------

# Case endings as they look in keys (o/e are a, y/j are i, г is h): Belarusian
# and Russian adjective, noun and possessive endings, Polish -iego/-iemu/-ą,
# German and Lithuanian -s/-as/-is. Longest first; one is removed, then a
# trailing vowel, v or u (Калеснікаў/Калеснікава/Калеснікавым all give kalasnik).
_ENDINGS = tuple(
    sorted(
        (
            "avimi",
            "avim",
            "avam",
            "avai",
            "aiu",
            "ami",
            "ama",
            "amu",
            "aha",
            "avu",
            "ava",
            "imi",
            "iam",
            "as",
            "is",
            "us",
            "ai",
            "am",
            "im",
            "a",
            "u",
            "i",
            "s",
        ),
        key=len,
        reverse=True,
    )
)
MIN_STEM = 3


@functools.lru_cache(maxsize=100_000)
def stem(key: str) -> str:
    """Level 3: a key without its case ending (tihanauskaha -> tihanausk)."""
    s = key
    for ending in _ENDINGS:
        if s.endswith(ending) and len(s) - len(ending) >= MIN_STEM:
            s = s[: -len(ending)]
            break
    while len(s) > MIN_STEM and s[-1] in "aiuv":
        s = s[:-1]
    return s


# endings of declined forms in keys, and what the nominative then ends in
_NOMINATIVE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ai", ("a",)),  # -ой/-ай/-ей/-iej of a feminine: Калеснікавай, Тихановской
    ("aha", ("i", "")),  # -ого/-ага/-iego of a masculine: Тихановского, Статкевіча's kin
    ("amu", ("i", "")),
    ("im", ("i", "")),
    ("u", ("a", "")),  # -ую/-у
    ("i", ("a",)),  # Лукашэнкі, Łukaszenki
    ("a", ("", "i")),  # Статкевіча, Лосіка; -ия of -ий (Юрия, Дмитрия: keys ura, uri)
    ("s", ("",)),  # German genitive: Tichanowskis
)


_VOWELS = frozenset("aeiouy")


def fleeting(stem_key: str) -> str:
    """The nominative of a stem that lost its fleeting vowel, or "".

    Nouns in -ок/-ец/-ек (Belarusian, Russian, Ukrainian, Polish -ek/-iec) drop the
    vowel before their last consonant when declined: Дзядок -> Дзядка, Севярынец ->
    Севярынца, Siewiaryniec -> Siewiaryńca. In keys (ц is t, о and е are a) a stem
    that ends in a consonant + k or t gets its a back: dadk -> dadak, savarint -> savarinat.
    """
    if (
        len(stem_key) > MIN_STEM
        and stem_key[-1] in "kt"
        and stem_key[-2] not in _VOWELS
        and stem_key[-2] not in "kt"
    ):
        return stem_key[:-1] + "a" + stem_key[-1]
    return ""


@functools.lru_cache(maxsize=50_000)
def nominatives(key: str) -> frozenset[str]:
    """Keys the word may be a declined form of (Тихановской -> tihanauska; Дзядка -> dadak)."""
    out: set[str] = set()
    for ending, replacements in _NOMINATIVE:
        if key.endswith(ending) and len(key) - len(ending) >= MIN_STEM:
            out.update(key[: -len(ending)] + r for r in replacements)
    if key.endswith("a") and len(key) >= 3:
        out.add(key[:-1] + "i")  # short given names too: Юрия (ura) of Юрий (uri)
    base = stem(key)
    if base != key and (restored := fleeting(base)):
        out.add(restored)
    out.discard(key)
    return frozenset(out)


_SPELLING_ENDINGS = tuple(
    sorted(
        ("ieho", "iemu", "skiej", "oho", "aho", "aha", "eho", "omu", "amu", "emu", "uiu", "oi",
         "ai", "ei", "ii", "ym", "im", "om", "em", "iu", "as", "is", "us", "u", "a", "y", "i",
         "e", "s"),
        key=len,
        reverse=True,
    )
)  # fmt: skip


@functools.lru_cache(maxsize=100_000)
def spelling_stem(skey: str) -> str:
    """A spelling key without its case ending (tihanouskaha -> tihanousk); vowels are kept,
    so a declined Ціханоўскага reaches Ціханоўскі before Тыханоўскі."""
    for ending in _SPELLING_ENDINGS:
        if skey.endswith(ending) and len(skey) - len(ending) >= MIN_STEM + 1:
            return skey[: -len(ending)]
    return skey


# endings of declined forms in spelling keys (vowels kept), and what the same letters end
# in when not declined; a masculine's -а is never a feminine's nominative -а, and a
# masculine adjective's ending never a feminine's (Cichanouska is no case of Ціханоўскі)
_SPELLING_NOMINATIVE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("aha", ("i",)),  # -ага -ого -iego of -скі -ский -ski (g and h are one letter here)
    ("oho", ("i",)),
    ("eho", ("i",)),
    ("amu", ("i",)),  # -аму -ому -iemu
    ("omu", ("i",)),
    ("emu", ("i",)),
    ("ovi", ("",)),  # Polish and Czech dative: Kondrusiewiczowi
    ("uiu", ("aia", "a")),  # -ую of -ая
    ("iia", ("i",)),  # -ия of -ий: Юрия
    ("ai", ("a", "aia")),  # -ай -ой -ей -iej of a feminine
    ("oi", ("a", "aia")),
    ("ei", ("a", "aia")),
    ("im", ("i",)),  # -ім -им of -скі
    ("am", ("",)),  # instrumental: Лосікам
    ("om", ("",)),
    ("em", ("",)),
    ("ia", ("",)),  # a soft stem's genitive: Игоря, Алеся, Гундаря
    ("iu", ("",)),
    ("as", ("",)),  # Lithuanian endings on the same letters: Kudinas, Šišovas
    ("is", ("", "i")),  # and the German genitive: Tichanowskis
    ("us", ("",)),
    ("a", ("",)),  # a masculine's genitive: Виктора, Статкевіча, Kondrusiewicza
    ("u", ("", "a")),  # dative of a masculine, accusative of a feminine: Знаку, Бабарыку
    ("i", ("a", "ia", "iia")),  # genitive of a feminine: Бабарыкі, Вольгі, Марии
    ("e", ("a",)),  # Polish dative and locative of a feminine: Kryscinie
    ("s", ("",)),
)


_MIN_SPELLED_STEM = 2
"""Letter for letter, a short given name's stem is enough: Ильи is Илья's, Оли Оля's."""


@functools.lru_cache(maxsize=50_000)
def spelling_nominatives(skey: str) -> frozenset[str]:
    """Spelling keys a declined word may be a case of, letter for letter (Виктора -> viktor,
    not Виктория's viktoriia; Статкевіча -> statkevih). Every ending the word has counts."""
    out: set[str] = set()
    for ending, replacements in _SPELLING_NOMINATIVE:
        stem_ = skey[: -len(ending)]
        if (
            skey.endswith(ending)
            and len(stem_) >= _MIN_SPELLED_STEM
            # a one-letter vowel ending follows a consonant or й (Салея of Салей): Latin
            # -au -ou -eu are ў (Aleksandrau); German -s follows anything (Arlous)
            and (ending not in "aiue" or stem_[-1] not in "aeou")
            # -і of a feminine noun's genitive, never of an adjective: Tsikhanouski is
            # no case of Polish Cichanouska
            and not (ending == "i" and stem_.endswith(("sk", "tk", "zk")))
        ):
            out.update(stem_ + r for r in replacements)
    out.discard(skey)
    return frozenset(out)


# --- curated given names -------------------------------------------------------


@functools.cache
def _name_groups() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]], list[set[str]]]:
    """(full-form key -> groups, diminutive key -> groups, keys of each group's full forms)."""
    full: dict[str, set[int]] = {}
    small: dict[str, set[int]] = {}
    group_keys: list[set[str]] = []
    every = (f for name in GIVEN_NAMES for f in (*name.full_forms, *name.diminutives))
    forms_of = many_key_forms(t for form in every for t in tokens(form))

    def forms_keys(form: str) -> set[str]:
        # main keys only: a language-specific reading of a table form is no form of the
        # name (the French reading of Yiddish Chana is the key of Соня)
        return {k for t in tokens(form) for k in forms_of[t][:1]}

    for i, name in enumerate(GIVEN_NAMES):
        keys: set[str] = set()
        for form in name.full_forms:
            for k in forms_keys(form):
                keys.add(k)
                full.setdefault(k, set()).add(i)
        for form in name.diminutives:
            for k in forms_keys(form):
                small.setdefault(k, set()).add(i)
        group_keys.append(keys)
    return (
        {k: frozenset(v) for k, v in full.items()},
        {k: frozenset(v) for k, v in small.items()},
        group_keys,
    )


def many_key_forms(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """`key_forms` of many tokens at once: each regex pass runs once per script, not per
    token (the given-name table at a command's start: 0.1 s -> a few ms)."""
    unique = list(dict.fromkeys(words))
    forms: dict[str, tuple[str, ...]] = {}
    for latin in (True, False):
        batch = [t for t in unique if (_ANY_CYRILLIC.search(t) is None) == latin]
        if batch:
            keyed = _key_forms_lines([translit(t) for t in batch], latin=latin)
            forms.update(zip(batch, keyed, strict=True))
    return forms


@functools.lru_cache(maxsize=20_000)
def name_group_keys(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the same given name in other languages, and of the full names it is short for.

    ("alaksandr") -> ({aleksandr, alaksandr, ...}, {}); ("sasa") -> ({}, {alaksandr,
    aleksandr, ...}). The key itself is not included.
    """
    full, small, group_keys = _name_groups()
    same = {k for g in full.get(key, ()) for k in group_keys[g]}
    short_for = {k for g in small.get(key, ()) for k in group_keys[g]}
    same.discard(key)
    short_for -= same
    short_for.discard(key)
    return frozenset(same), frozenset(short_for)


@functools.lru_cache(maxsize=20_000)
def name_short_keys(key: str) -> frozenset[str]:
    """Keys of the short forms of the full given name whose main key is `key`.

    The other way round from `name_group_keys`' second half: a documenter often
    stores the name a person is known by (Наста Лойка, Алесь Бяляцкі, Mikola
    Dziadok), and the press writes the full one (Anastasia Loiko).
    ("anastasia") -> {nasta, nasta, asa, ...}; a short form itself gives none.
    """
    full, small, group_keys = _name_groups()
    groups = full.get(key, frozenset())
    shorts = {k for k, of in small.items() if not of.isdisjoint(groups)}
    shorts -= {k for g in groups for k in group_keys[g]}
    return frozenset(shorts)


def name_group_forms(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """The table's forms behind `name_group_keys`: (same name, names it is short for)."""
    full, small, _group_keys = _name_groups()
    same = {t for g in full.get(key, ()) for f in GIVEN_NAMES[g].full_forms for t in tokens(f)}
    short_for = {
        t for g in small.get(key, ()) for f in GIVEN_NAMES[g].full_forms for t in tokens(f)
    }
    return frozenset(same), frozenset(short_for - same)


# --- typos ----------------------------------------------------------------------


def typo_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: one swap of neighbours counts once."""
    return int(_osa_distance()(a, b))


@functools.cache
def _osa_distance() -> Callable[[str, str], float]:
    """rapidfuzz's OSA distance, imported with the first typo compared, not with db.names
    (which the window's first list imports through db.shown_names: ~20 ms of imports)."""
    from rapidfuzz.distance import OSA

    return OSA.distance


TYPO_WORD_MAX = 40
"""Longer query words get no typo search: no name word is this long, and the
neighbours of a 10,000-letter word would run to gigabytes."""


def max_typos(key: str, translit: str = "") -> int:
    """How many edits a query word may have and still match: by the longer of its
    key and its spelling (keys are shorter: Maryna -> marina, Maryia -> mara)."""
    length = max(len(key), len(translit))
    if len(key) <= 2 or length <= 3 or length > TYPO_WORD_MAX:
        return 0
    if length <= 5:
        return 1
    return 2


def deletions(key: str) -> set[str]:
    """The key with any one letter left out (the typo index stores these)."""
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


# Typos happen in the letters typed, and the keys are lossy: one typed edit may
# be two in the key (Олиенвич: alanvih, Олиневич: alinavih; the swap put и
# before a vowel, where the key drops it). So a query word's typed neighbours
# are made in its own script, then transliterated and folded, rather than
# searched for among keys.
_TYPED_LETTERS = {
    True: "абвгдежзийклмнопрстуфхцчшщъыьэюяёіўїєґ",  # Russian, Belarusian, Ukrainian
    False: "abcdefghijklmnopqrstuvwxyz",
}


def one_edit_variants(token: str) -> set[str]:
    """Every word one typed edit from `token`, transliterated: a letter left out,
    added (or doubled) or replaced, or two neighbours swapped.

    The edits are made in the token's own script (letters of its alphabet and
    its own), so a Cyrillic swap of ч and и is one edit, not the two that
    "ch" and "i" would take; transliteration goes letter by letter, so each
    variant is put together from transliterated pieces.
    """
    cyrillic = _ANY_CYRILLIC.search(token) is not None
    letters = {translit(ch) for ch in set(_TYPED_LETTERS[cyrillic]) | set(token)} | {""}
    parts = [translit(ch) for ch in token]
    n = len(parts)
    heads = ["".join(parts[:i]) for i in range(n + 1)]
    tails = ["".join(parts[i:]) for i in range(n + 1)]
    out: set[str] = set()
    for i in range(n + 1):
        head, tail = heads[i], tails[i]
        out.update(head + x + tail for x in letters)
        if i < n:
            rest = tails[i + 1]
            out.update(head + x + rest for x in letters)  # with x = "": a letter left out
            if i + 1 < n:
                out.add(head + parts[i + 1] + parts[i] + tails[i + 2])
    out.discard(tails[0])
    out.discard("")
    return out


@dataclass(frozen=True, slots=True)
class TypedNeighbours:
    """The forms of the words one typed edit from a token (the token's own left out)."""

    translits: frozenset[str]
    keys: frozenset[str]


@functools.lru_cache(maxsize=4_096)
def typed_neighbours(token: str) -> TypedNeighbours:
    """Transliterated forms and keys (main and alternative) of `one_edit_variants(token)`.

    About 650 variants for an 8-letter name, folded together: each pass of
    the key runs once over all of them, one per line (a few milliseconds).
    """
    if len(token) > TYPO_WORD_MAX:
        return TypedNeighbours(frozenset(), frozenset())
    variants = sorted(one_edit_variants(token))
    latin = _ANY_CYRILLIC.search(token) is None
    keys = {k for forms in _key_forms_lines(variants, latin=latin) for k in forms}
    return TypedNeighbours(
        frozenset(variants) - {translit(token)}, frozenset(keys) - set(key_forms(token))
    )


# --- initials -------------------------------------------------------------------

_INITIAL_CLASS = str.maketrans({"j": "i", "y": "i", "w": "v", "g": "h"})
_DIGRAPH_INITIALS = ("kh", "zh", "ch", "sh", "ts", "sch", "sz", "cz", "dz")
"""Sounds written with two letters: their first letter is no initial (Х is not К); the
key's first letter stands for them."""


@functools.lru_cache(maxsize=50_000)
def initial_classes(token: str) -> frozenset[str]:
    """The letters an initial of this word may be written as, in any script.

    The first letter of its transliterated form and spelling key (an iotated
    vowel read as its vowel: Yelena and Елена both give e), with j/y/i, w/v
    and g/h alike, and the first letter of its key when a consonant (Ш and
    Sch, Г and H meet there; Х is not К). A one-letter word (the initial itself) that is
    i, j or y may also stand for an iotated vowel (Y. for Юрий).
    So И. Э. Бабель, I. E. Babel and Бабель И. Э. meet Бабель Исаак Эммануилович,
    and Э. does not meet Осип.
    """
    out: set[str] = set()
    for form in (translit(token), spelling_key(token)):
        if len(form) > 1 and form[0] in "ijy" and form[1] in "aeiou":
            form = form[1:]
        if form and not form.startswith(_DIGRAPH_INITIALS):
            out.add(form[0].translate(_INITIAL_CLASS))
    keys = key_forms(token)
    if keys and keys[0] and keys[0][0] not in "aeiou":
        out.add(keys[0][0].translate(_INITIAL_CLASS))
    if len(token) == 1 and out & {"i"}:
        out.update("aeou")
    return frozenset(out)


@functools.lru_cache(maxsize=20_000)
def name_initials(key: str) -> frozenset[str]:
    """`initial_classes` of every full form of the given name whose main key is `key`.

    A register writes the initial of the name in its own language: У. Жылка for
    Жилка Владимир, В. Караткевіч for Уладзімір Караткевіч, O. Kolchenko for
    Александр. Only the Russian, Belarusian and Ukrainian forms count, an iotated
    vowel as the letter written (Ян gives i, not a), and short forms never (С. is
    not Александр through Саша): `A.` is no initial of Иван.
    """
    full, _small, _group_keys = _name_groups()
    forms = {
        t
        for g in full.get(key, ())
        for f in (GIVEN_NAMES[g].russian, *GIVEN_NAMES[g].belarusian, *GIVEN_NAMES[g].ukrainian)
        for t in tokens(f)
    }
    out: set[str] = set()
    for form in forms:
        written = translit(form)
        if len(written) > 1 and written[0] in "ijy" and written[1] in "aeiou":
            out.add("i")
        else:
            out.update(initial_classes(form))
    return frozenset(out)


# --- word order -----------------------------------------------------------------

_PATRONYMIC = re.compile(
    r"(?:[oe]vich|[oe]vitch|[oe]witsch|[oe]wicz|avich|[oe]vych|ichna|[oe]vna|avna|auna|[ie]vna|"
    r"ович|евич|авіч|евіч|эвіч|ыч|ічна|ична|овна|евна|аўна|еўна|івна|ївна|"
    r"оглы|оглу|кызы|ogly|oglu|kyzy)$"
)


_TURKIC_PATRONYMIC = frozenset({"оглы", "оглу", "кызы", "ogly", "oglu", "kyzy", "ulı", "qızı"})


def looks_like_patronymic(word: str) -> bool:
    """True for Иванович, Ивановна, Іванавіч, Ivanovich, Ivanivna, the оглы of Мамед оглы …."""
    w = clean(word)
    return w in _TURKIC_PATRONYMIC or (len(w) > 5 and _PATRONYMIC.search(w) is not None)


def surname_first(display_name: str) -> str:
    """The name with the surname first: "Siarhei Tsikhanouski" -> "Tsikhanouski Siarhei".

    A name whose last word is a patronymic is already surname first
    (Иванов Иван Иванович, as Russian registers write it) and is left as is;
    otherwise the last word is taken as the surname.
    """
    parts = display_name.split()
    if len(parts) < 2:
        return display_name.strip()
    if len(parts) >= 3 and looks_like_patronymic(parts[-1]):
        return " ".join(parts)
    return " ".join([parts[-1], *parts[:-1]])


def sort_key(display_name: str) -> str:
    """Surname first, in ASCII, case-folded: Ціханоўскі sorts beside Tsikhanouski,
    and Иванов Иван Иванович by Иванов, not by his patronymic."""
    return anyascii(surname_first(display_name)).casefold()


def all_keys(words_: Iterable[str]) -> set[str]:
    """Every key (main and alternative) of every token of the given texts."""
    return {k for text in words_ for t in tokens(text) for k in key_forms(t)}
