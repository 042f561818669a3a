"""How well a person's stored names match the words of a query, word by word.

Search reads candidate people from the index (db.name_index) and ranks them
here, on the spellings themselves: each query word is matched against every
word of every stored spelling of the person and keeps its closest one, at
one of the `MatchLevel`s (the same spelling, the same letters in another
script, another romanization, … a typo). A person's rank is the sum of the
levels over the query words, then the sum of how far each matched word is
from the query word as typed (`closeness`), so that of two namesakes the
one whose own spelling is nearer to what was typed comes first.

The result is a typed `NameMatch` that the viewer words in its Match column
("another romanization", "declined form of", "short form of", "one letter
off", "2 of 3 words"); docs/SEARCH.md describes each level.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from rapidfuzz.distance import OSA

from db import names


class MatchLevel(IntEnum):
    """How a query word met a stored word, closest first (the value is its cost)."""

    SPELLED = 0  # as stored (case, stress, ё/е aside)
    TRANSLITERATED = 1  # the same letters in another script or without diacritics
    ROMANIZED = 2  # another romanization system of the same form (Tikhanovsky/Тихановский)
    DECLINED = 3  # the stored letters with a case ending (Виктора of Виктор, Бабарыкі)
    VARIANT = 4  # the same key: the Belarusian/Russian/Ukrainian form, other systems
    READING = 5  # a language-specific reading: Polish rz, German z, French ou …
    EQUIVALENT = 6  # the same given name in another language (Аляксандр/Олександр)
    INFLECTED = 7  # a declined form of another spelling (Ціханоўскага, Cichanouskiego)
    SHORT_FORM = 8  # a diminutive or short form (Саша, Алесь, Маша)
    PREFIX = 9  # the start of the word being typed (search box only)
    TYPO = 10  # one or two letters off
    UNSTATED = 19  # a patronymic, and the archive holds none for this person
    MISSING = 20  # nothing of this person's names matches the word


LEVEL_COST: dict[MatchLevel, float] = {
    MatchLevel.SPELLED: 0.0,
    MatchLevel.TRANSLITERATED: 0.0,  # the same letters in another script are as good
    MatchLevel.ROMANIZED: 1.0,
    MatchLevel.DECLINED: 2.0,
    MatchLevel.VARIANT: 3.0,
    MatchLevel.READING: 4.0,
    MatchLevel.EQUIVALENT: 5.0,
    MatchLevel.INFLECTED: 6.0,
    MatchLevel.SHORT_FORM: 7.0,
    MatchLevel.PREFIX: 8.0,
    MatchLevel.TYPO: 9.0,
    MatchLevel.UNSTATED: 19.0,
    MatchLevel.MISSING: 20.0,
}
"""What a word met at each level costs in the ranking (a person's score is 1000 − 10 × the
sum). The enum orders the levels; the costs are spaced by 1 from ROMANIZED on, so that
`rank_floor` stays a floor (closeness is below 1), and did not move when DECLINED came
in between ROMANIZED and VARIANT: every score that does not use it is unchanged."""


CONFIDENT = MatchLevel.PREFIX
"""Matches at this level or closer are the name asked for; beyond are similar names."""


@dataclass(frozen=True, slots=True)
class WordMatch:
    """One query word and the stored word it met."""

    query: str  # the query word as typed
    stored: str  # the stored word it matched, as stored ("" when MISSING)
    level: MatchLevel
    edits: int = 0  # letters off, for TYPO


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Why a person's name matched: one `WordMatch` per query word."""

    words: tuple[WordMatch, ...]

    @property
    def level(self) -> MatchLevel:
        """The worst word's level (what the match as a whole is); a patronymic the
        archive does not state for the person contradicts nothing and is left aside."""
        levels = [w.level for w in self.words if w.level is not MatchLevel.UNSTATED]
        return max(levels, default=MatchLevel.SPELLED)

    @property
    def partial(self) -> bool:
        """Some query word matched nothing (n − 1 of n words)."""
        return any(w.level is MatchLevel.MISSING for w in self.words)

    @property
    def confident(self) -> bool:
        """Every word is this person's name, in some spelling or form (no typos, none missing)."""
        return self.level <= CONFIDENT

    @property
    def matched(self) -> int:
        return sum(1 for w in self.words if w.level is not MatchLevel.MISSING)


@dataclass(slots=True)
class QueryWord:
    """One query token with its forms at every level, computed once per search."""

    raw: str  # as typed
    token: str  # after db.names.tokens
    prefix: bool = False  # matched as the start of a word too
    spelled: str = ""
    translit: str = ""
    spelling_key: str = ""
    gutturals: tuple[str, ...] = ()  # what each г/х/ч of the spelling key may be
    keys: tuple[str, ...] = ()
    stem: str = ""
    nominatives: frozenset[str] = frozenset()  # keys it may be a declined form of
    spelled_nominatives: frozenset[str] = frozenset()  # spelling keys, letter for letter
    declined_of: frozenset[str] = frozenset()  # other languages' forms of those given names
    equivalents: frozenset[str] = frozenset()
    short_for: frozenset[str] = frozenset()
    short_forms: frozenset[str] = frozenset()  # keys of its short forms (Anastasia: Наста)
    weight: float = 1.0  # rarity: missing a rare word costs more
    allowed_typos: int = 0
    typos: dict[str, int] = field(default_factory=dict)  # candidate key -> edits
    typed: tuple[str, ...] = ()  # stored transliterated forms (marked) one typed slip away
    initial: bool = False  # one letter (И., N.): the start of a given name or patronymic
    patronymic: bool = False  # looks like one (Иванович, Ivanovna)
    lone: bool = False  # the query's only initial

    @property
    def key(self) -> str:
        return self.keys[0] if self.keys else ""


def query_words(words: Sequence[tuple[str, bool]]) -> list[QueryWord]:
    """QueryWords of (raw word, prefix) pairs; a raw word may give several tokens."""
    out: list[QueryWord] = []
    for raw, prefix in words:
        toks = names.tokens(raw)
        for i, token in enumerate(toks):
            keys = names.query_key_forms(token)
            if not keys:
                continue
            same, short_for = names.name_group_keys(keys[0])
            nominatives = names.nominatives(keys[0])
            # a declined given name of another language: Миколи (Микола) of Николай
            declined_of = (
                frozenset(k for n in nominatives for k in names.name_group_keys(n)[0]) - nominatives
            )
            out.append(
                QueryWord(
                    raw=raw if len(toks) == 1 else token,
                    token=token,
                    prefix=prefix and i == len(toks) - 1,
                    spelled=names.spelled(token),
                    translit=names.translit(token),
                    spelling_key=names.spelling_key(token),
                    gutturals=names.guttural_sounds(token),
                    keys=keys,
                    stem=names.stem(keys[0]),
                    nominatives=nominatives,
                    spelled_nominatives=names.spelling_nominatives(names.spelling_key(token)),
                    declined_of=declined_of,
                    allowed_typos=names.max_typos(keys[0], names.translit(token)),
                    equivalents=same,
                    short_for=short_for,
                    short_forms=names.name_short_keys(keys[0]),
                    initial=len(token) == 1 and token.isalpha(),
                    patronymic=names.looks_like_patronymic(token),
                )
            )
    initials = [q for q in out if q.initial]
    if len(initials) == 1 and len(out) > 1:
        initials[0].lone = True
    return out


@dataclass(frozen=True, slots=True)
class _Stored:
    """The forms of one stored word (cached: names repeat across people)."""

    token: str
    spelled: str
    translit: str
    spelling_key: str
    keys: tuple[str, ...]
    stem: str
    patronymic: bool
    slot: frozenset[str]  # its main key and the keys of the same given name in other languages
    short_of: frozenset[str]  # keys of the full names its main key is a short form of
    e_translit: str = ""  # a word with ё transliterated as if written е (Королёв: korolev)


STORED_CACHE = 200_000
_STORED: dict[str, _Stored] = {}
"""The forms of stored words seen so far (names repeat across people); emptied when full."""
_PRIMED: set[str] = set()
"""Spellings whose words are all in _STORED (emptied with it)."""


def _stored(token: str) -> _Stored:
    found = _STORED.get(token)
    if found is None:
        found = _stored_from(token, names.key_forms(token))
        _keep(token, found)
    return found


def _stored_from(token: str, keys: tuple[str, ...]) -> _Stored:
    key = keys[0] if keys else ""
    same, short_of = names.name_group_keys(key) if key else (frozenset(), frozenset())
    return _Stored(
        token,
        names.spelled(token),
        names.translit(token),
        names.spelling_key(token),
        keys,
        names.stem(key),
        names.looks_like_patronymic(token),
        frozenset({key} | same) if key else frozenset(),
        short_of,
        names.translit(token.replace("ё", "е")) if "ё" in token else "",
    )


def _keep(token: str, stored: _Stored) -> None:
    if len(_STORED) >= STORED_CACHE:
        _STORED.clear()
        _PRIMED.clear()
    _STORED[token] = stored


def prime_stored(spellings: Iterable[str]) -> None:
    """Make the forms of every word of `spellings` at once, before matching them one by one.

    The keys of many words come from one pass of each rule over all of them
    (names.many_key_forms), not one pass per word: a search's candidates at
    a million people (~500 stored words) cost ~60 ms less.
    """
    fresh = {s for s in spellings if s not in _PRIMED}
    new = {t for spelling in fresh for t in names.tokens(spelling) if t not in _STORED}
    if new:
        for token, keys in names.many_key_forms(new).items():
            _keep(token, _stored_from(token, keys))
    if len(_PRIMED) + len(fresh) > STORED_CACHE:
        _PRIMED.clear()
    _PRIMED.update(fresh)


@functools.lru_cache(maxsize=100_000)
def _stored_words(spelling: str) -> tuple[_Stored, ...]:
    """The forms of each word of a stored spelling (spellings repeat across people)."""
    return tuple(_stored(t) for t in names.tokens(spelling))


def word_level(q: QueryWord, s: _Stored, *, undeclined: bool = False) -> tuple[MatchLevel, int]:
    """The closest level at which `q` meets the stored word, and edits for typos.

    `undeclined`: the stored word does not decline (a woman's surname that ends in a
    consonant: Алеся Міхалевіч, Любовь Соболь), so no case of it is a declined form.
    Run a few hundred times per search (once per query word and distinct stored
    word), so the forms are read into locals once.
    """
    skeys = s.keys
    if not skeys:
        return MatchLevel.MISSING, 0
    if q.spelled == s.spelled:
        return MatchLevel.SPELLED, 0
    if q.initial:
        # an initial is the start of a name in any script (С. = S. = Sergei); a lone
        # initial (P. Latushka) is the given name's, not the patronymic's
        if q.lone and s.patronymic:
            return MatchLevel.MISSING, 0
        wanted = names.initial_classes(q.token)
        met = not wanted.isdisjoint(names.initial_classes(s.token)) or (
            not s.patronymic and not wanted.isdisjoint(names.name_initials(skeys[0]))
        )
        return (MatchLevel.PREFIX if met and len(s.token) > 1 else MatchLevel.MISSING), 0
    qt = q.translit
    if qt and (qt == s.translit or qt == s.e_translit):
        return MatchLevel.TRANSLITERATED, 0
    # one spelling key, unless one writes g where the other writes kh (Циганович is no
    # romanization of Ціхановіч): those meet at the key, below
    if q.spelling_key and q.spelling_key == s.spelling_key and _same_sounds(q, s):
        return MatchLevel.ROMANIZED, 0
    if not undeclined and s.spelling_key in q.spelled_nominatives and _same_sounds(q, s):
        # the endings keep the gender (names.spelling_nominatives): no key check needed,
        # so a short given name's case (Ильи of Илья, a stem of two letters) counts too
        return MatchLevel.DECLINED, 0
    skey = skeys[0]
    qkeys = q.keys
    qkey = qkeys[0] if qkeys else ""
    if qkey == skey:
        return MatchLevel.VARIANT, 0
    for k in qkeys:
        if k in skeys:
            return MatchLevel.READING, 0
    if skey in q.equivalents:
        return MatchLevel.EQUIVALENT, 0
    if not undeclined and _declined(q, s):
        return MatchLevel.INFLECTED, 0
    if skey in q.short_for or qkey in s.short_of:
        return MatchLevel.SHORT_FORM, 0
    if q.prefix and (
        (qt and s.translit.startswith(qt)) or (len(qkey) >= 3 and skey.startswith(qkey))
    ):
        return MatchLevel.PREFIX, 0
    edits = q.typos.get(skey)
    allowed = q.allowed_typos
    if edits != 1 and allowed and _one_typed_edit(q, s):
        return MatchLevel.TYPO, 1
    if edits is None and allowed:
        d = int(OSA.distance(qkey, skey, score_cutoff=allowed))
        edits = d if d <= allowed else None
    if edits is not None and edits > 0:
        return MatchLevel.TYPO, edits
    return MatchLevel.MISSING, 0


def _same_sounds(q: QueryWord, s: _Stored) -> bool:
    """Whether the г/х/ч of two words of one spelling key may be the same letters (worked out
    only for such pairs: a stored word's are read from its token then)."""
    return names.same_gutturals(q.gutturals, names.guttural_sounds(s.token))


def _one_typed_edit(q: QueryWord, s: _Stored) -> bool:
    """One letter typed differently: left out, added, replaced or swapped with its neighbour.

    Measured on the letters (the query word's own script, transliterated),
    not on keys: one typed slip may be two edits in the lossy key.
    """
    typed = names.typed_neighbours(q.token)
    return s.translit in typed.translits or not typed.keys.isdisjoint(s.keys)


def closeness(q: QueryWord, s: _Stored) -> float:
    """0 for the word as typed (in any script), towards 1 the further the stored spelling is.

    A declined query word is closest to the nominative its ending points to
    (Тихановской to Тихановская rather than Тихановский).
    """
    if q.spelled == s.spelled or (q.translit and q.translit in (s.translit, s.e_translit)):
        return 0.0
    if q.initial:
        return 0.5  # any name with that initial, whatever its length
    if s.spelling_key in q.spelled_nominatives and _same_sounds(q, s):
        # the stored letters with an ending: the fewer letters the ending changes, the
        # closer (Arlous is Arlou's German genitive before Arlo's Lithuanian form); on
        # spelling keys, so every romanization of the stored form is as close
        return 0.01 * OSA.distance(q.spelling_key, s.spelling_key)
    if s.keys and s.keys[0] in q.nominatives:
        return 0.01
    return float(OSA.normalized_distance(q.translit, s.translit)) * 0.9 + 0.05


TYPO_EXTRA_EDIT = 4.0
"""What each edit beyond the first adds to a typo's cost: two edits between lossy keys
(Боннэр/Ганна, Пушкина/Дукіна) are weaker evidence than a declined or short form."""
FURTHER_DECLINED_COST = 2.0
"""What each declined word after the first costs: the case is one fact about the query."""
UNSTATED_COST = 9.5
"""A patronymic (or its initial) typed for someone the archive holds none for: it
contradicts nothing, but a stored patronymic that matches, even with a typo, or whose
initial matches, is better evidence."""
_DECLINED_SHARE = LEVEL_COST[MatchLevel.INFLECTED] - FURTHER_DECLINED_COST
"""What each declined word after the first is spared."""
WEAK_COST = 20.0
"""A match of every word whose levels cost this much (two typos, one of them of two
edits) is no better evidence than every word but one matching exactly (db.search ranks
it among the n − 1 matches)."""


def _cost(level: MatchLevel, edits: int) -> float:
    if level is MatchLevel.TYPO:
        return LEVEL_COST[level] + TYPO_EXTRA_EDIT * (edits - 1)
    if level is MatchLevel.UNSTATED:
        return UNSTATED_COST
    return LEVEL_COST[level]


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """The best match of a query among one person's spellings."""

    match: NameMatch
    spelling: int  # index of the spelling to show
    marked: frozenset[int]  # indexes of that spelling's tokens that matched
    rank: tuple[float, float]  # (sum of levels and missing weights, sum of closeness)


def _missing_cost(q: QueryWord) -> float:
    return LEVEL_COST[MatchLevel.MISSING] + q.weight


Pair = tuple[MatchLevel, int, float]
"""(level, edits, closeness) of one query word against one stored word."""
_NO_PAIR: Pair = (MatchLevel.MISSING, 0, 1.0)


class MatchCache:
    """Levels of (query word, stored word) pairs within one search: names repeat."""

    def __init__(self, qwords: Sequence[QueryWord]) -> None:
        self.qwords = list(qwords)
        self._pairs: dict[str, tuple[Pair, ...]] = {}
        self._undeclined: dict[str, tuple[Pair, ...]] = {}
        self.people: dict[tuple[tuple[str, ...], bool], PersonMatch] = {}
        """Matches by the person's spellings: namesakes often hold the very same ones."""
        self.floors: dict[tuple[str, ...], RankFloor] = {}

    def pairs(self, s: _Stored, *, female: bool = False) -> tuple[Pair, ...]:
        """The stored word against every query word, each pair worked out once per search
        (a woman's consonant-final word once more, undeclined: `undeclined_for_women`)."""
        undeclined = female and undeclined_for_women(s.token)
        pairs = self._undeclined if undeclined else self._pairs
        known = pairs.get(s.token)
        if known is None:
            known = pairs[s.token] = tuple(
                _pair(q, s, undeclined=undeclined and not _soft_case(q)) for q in self.qwords
            )
        return known


def _pair(q: QueryWord, s: _Stored, *, undeclined: bool = False) -> Pair:
    level, edits = word_level(q, s, undeclined=undeclined)
    return level, edits, closeness(q, s) if level is not MatchLevel.MISSING else 1.0


_VOWEL_LETTERS = frozenset("аеёиоуыэюяіїєaeiouyáéíóúýàèìòùäëïöüâêîôûąęə")


def undeclined_for_women(token: str) -> bool:
    """A woman's name word that ends in a consonant does not decline (Міхалевіч, Соболь,
    Штерн, Золотарь): Алеся Міхалевіча is a man's genitive, never hers."""
    return bool(token) and token[-1].isalpha() and token[-1] not in _VOWEL_LETTERS


def _soft_case(q: QueryWord) -> bool:
    """A case a woman's consonant-final name has: of a feminine noun in -ь (Любовь: Любови,
    Любовью; Любоў: Любові, Любоўю), and the German and English genitive -s, which any
    name takes (Darja Losiks)."""
    return q.token.endswith(("и", "і", "ью", "ўю")) or (q.token.endswith("s") and q.token.isascii())


def _unstated_patronymic(
    qwords: Sequence[QueryWord],
    stored: Sequence[Sequence[_Stored]],
    best: list[tuple[MatchLevel, int, float, int, int]],
    taken: set[str],
) -> list[tuple[MatchLevel, int, float, int, int]]:
    """A patronymic (or a second initial) the archive holds none for: UNSTATED, not MISSING.

    Only when one query word is missing, it looks like a patronymic (or is an
    initial beside another initial), and some stored spelling of the person
    is met word for word by the other query words: the query then holds the
    person's whole name and one word more, which nothing contradicts. A
    person with a stored word no query word met (another surname, another
    patronymic) is contradicted by the extra word and stays an n − 1 match.
    """
    missing = [i for i, b in enumerate(best) if b[0] is MatchLevel.MISSING]
    if len(missing) != 1 or len(qwords) < 3:
        return best
    q = qwords[missing[0]]
    if not (q.patronymic or (q.initial and sum(w.initial for w in qwords) >= 2)):
        return best
    if not any(toks and all(not taken.isdisjoint(s.slot) for s in toks) for toks in stored):
        return best
    out = list(best)
    out[missing[0]] = (MatchLevel.UNSTATED, 0, 0.5, -1, -1)
    return out


_DECLINED_TOO = (MatchLevel.EQUIVALENT, MatchLevel.SHORT_FORM)
"""Levels a declined word may reach first: Сергея reads as French Serge, Андрея as André."""


_MASCULINE_ENDINGS = ("aha", "amu")
"""Keys' endings of a masculine adjective's genitive and dative (-ого -ага -iego, -ому -аму
-iemu): never a form of the feminine (Беляцкая is declined -ой, -ую)."""


def _declined(q: QueryWord, s: _Stored) -> bool:
    """The query word is a declined form of the stored word (its stem or nominative).

    A surname's gender agrees: Беляцкого (of Беляцкий) is no form of Беляцкая.
    """
    if not (
        (len(q.stem) >= names.MIN_STEM and q.stem == s.stem)
        or (bool(s.keys) and (s.keys[0] in q.nominatives or s.keys[0] in q.declined_of))
    ):
        return False
    key = q.key
    return not (key.endswith(_MASCULINE_ENDINGS) and s.keys[0] == key[:-3] + "a")


def _declines(q: QueryWord, s: _Stored, female: bool) -> bool:
    """`q` is a declined form of `s`, which is a word that declines for this person."""
    undeclined = female and undeclined_for_women(s.token) and not _soft_case(q)
    return not undeclined and _declined(q, s)


def match_person(
    qwords: Sequence[QueryWord],
    spellings: Sequence[str],
    cache: MatchCache | None = None,
    *,
    female: bool = False,
) -> PersonMatch:
    """Match every query word against the person's spellings; the best spelling to show.

    `female`: the archive says the person is a woman, whose consonant-final surname
    does not decline (a case ending on it is a man's: `undeclined_for_women`)."""
    cache = cache if cache is not None else MatchCache(qwords)
    known = cache.people.get((tuple(spellings), female))
    if known is None:
        known = _match_person(qwords, spellings, cache, female)
        cache.people[(tuple(spellings), female)] = known
    return known


@dataclass(frozen=True, slots=True)
class RankFloor:
    """What a person's match costs at least, known before the match is worked out.

    `cost` and `closeness` are floors in the sense `_name_score`-like scores
    need: `10 × cost + closeness` and `cost + closeness` of the match are at
    least these (closeness alone may be lower: a word that meets a farther
    stored word costs a level more). `partial`: some word certainly matches
    nothing. `exact`: the sums are made as `match_person` makes them, so a
    floor the match reaches is the very same float.
    """

    partial: bool
    cost: float
    closeness: float
    exact: bool


def rank_floor(
    qwords: Sequence[QueryWord], spellings: Sequence[str], cache: MatchCache
) -> RankFloor:
    """A floor under `match_person(...).rank`, from each query word's best stored word alone.

    Cheap (the pairs are cached per search; no word is assigned), so that a
    search can match in full only the people who may enter its first results.
    Each word's best pair, ignoring that a stored name serves one query
    word only, costs no more than the pair it gets (levels cost more the
    further they are, by at least 1, and closeness is below 1); the two ways
    a match costs less than its words are allowed for: a missing patronymic
    the archive states none for (UNSTATED) and a name declined in one case
    (several declined words cost less each).
    """
    known = cache.floors.get(tuple(spellings))
    if known is None:
        known = cache.floors[tuple(spellings)] = _rank_floor(qwords, spellings, cache)
    return known


def _rank_floor(
    qwords: Sequence[QueryWord], spellings: Sequence[str], cache: MatchCache
) -> RankFloor:
    # the stored words as _match_person walks them: each once, where it first occurs
    words: dict[str, tuple[_Stored, tuple[Pair, ...]]] = {}
    for spelling in spellings:
        for s in _stored_words(spelling):
            if s.token not in words:
                words[s.token] = (s, cache.pairs(s))
    best = [_NO_PAIR] * len(qwords)
    at: list[_Stored | None] = [None] * len(qwords)
    for s, pairs in words.values():
        for i, pair in enumerate(pairs):
            if pair < best[i]:
                best[i], at[i] = pair, s
    # the word that chooses first (_match_person's order) gets its closest stored word;
    # every other word then chooses among the names that one leaves
    first = min(range(len(qwords)), key=lambda i: (qwords[i].initial, best[i]))
    chosen = at[first]
    taken = chosen.slot if chosen is not None else frozenset()
    if taken:
        for i in range(len(qwords)):
            if i != first:
                best[i] = min(
                    (
                        p[i]
                        for s, p in words.values()
                        if not (s.slot and not taken.isdisjoint(s.slot))
                    ),
                    default=_NO_PAIR,
                )
    many_initials = len(qwords) >= 3 and sum(q.initial for q in qwords) >= 2
    # a word that may end declined (its best level is at most SHORT_FORM, and it is
    # no initial) may get the declined discount, when two or more may
    declinable = [
        not q.initial and best[i][0] <= MatchLevel.SHORT_FORM for i, q in enumerate(qwords)
    ]
    discount = sum(declinable) >= 2
    partial = False
    cost = close_sum = 0.0
    for i, q in enumerate(qwords):
        level, edits, close = best[i]
        if level is MatchLevel.MISSING:
            if len(qwords) >= 3 and (q.patronymic or (q.initial and many_initials)):
                c, close = UNSTATED_COST, 0.5  # what _unstated_patronymic gives
            else:
                partial = True
                c = _missing_cost(q)
        else:
            c = _cost(level, edits)
            if discount and declinable[i]:
                # declined with others, it is spared at most _DECLINED_SHARE, or all of
                # its cost when DECLINED letter for letter
                shared = max(c, LEVEL_COST[MatchLevel.EQUIVALENT]) - _DECLINED_SHARE
                if level is MatchLevel.DECLINED:
                    shared = 0.0
                if shared <= c:
                    c, close = shared, 0.0
        cost += c
        close_sum += close
    return RankFloor(partial, cost, close_sum, not discount)


def _match_person(
    qwords: Sequence[QueryWord], spellings: Sequence[str], cache: MatchCache, female: bool
) -> PersonMatch:
    stored = [_stored_words(s) for s in spellings]
    Choice = tuple[MatchLevel, int, float, int, int]  # level, edits, close, spelling, token
    # each distinct stored word once, where it first occurs (a later copy never wins)
    distinct: dict[str, tuple[int, int, _Stored, tuple[Pair, ...]]] = {}
    for si, toks in enumerate(stored):
        for ti, s in enumerate(toks):
            if s.token not in distinct:
                distinct[s.token] = (si, ti, s, cache.pairs(s, female=female))
    words = list(distinct.values())

    def choose(i: int, taken: set[str]) -> Choice:
        best: Pair = (MatchLevel.MISSING, 0, 1.0)
        at = (-1, -1)
        for si, ti, s, pairs in words:
            if taken and s.slot and not taken.isdisjoint(s.slot):
                continue
            if pairs[i] < best:
                best, at = pairs[i], (si, ti)
        return (*best, *at)

    # Each stored name meets one query word: the words that match best take theirs
    # first (initials last), and a later word may not take the same name again in
    # any spelling or language (Елена → Анна and Боннэр → Ганна are one given name).
    free = {i: choose(i, set()) for i in range(len(qwords))}
    order = sorted(range(len(qwords)), key=lambda i: (qwords[i].initial, free[i][:3]))
    taken: set[str] = set()
    chosen: dict[int, Choice] = {}
    for i in order:
        choice = choose(i, taken) if taken else free[i]
        chosen[i] = choice
        if choice[3] >= 0:
            taken |= stored[choice[3]][choice[4]].slot
    best = [chosen[i] for i in range(len(qwords))]
    best = _unstated_patronymic(qwords, stored, best, taken)
    matches = tuple(
        WordMatch(
            q.raw, names.written_tokens(spellings[b[3]])[b[4]] if b[3] >= 0 else "", b[0], b[1]
        )
        for q, b in zip(qwords, best, strict=True)
    )
    cost = sum(
        _missing_cost(q) if b[0] is MatchLevel.MISSING else _cost(b[0], b[1])
        for q, b in zip(qwords, best, strict=True)
    )
    declined = [
        (b[0], _cost(b[0], b[1]))
        for q, b in zip(qwords, best, strict=True)
        if b[0] in (MatchLevel.DECLINED, MatchLevel.INFLECTED)
        or (b[0] in _DECLINED_TOO and _declines(q, stored[b[3]][b[4]], female))
    ]
    cost -= _declined_discount(declined)
    close_sum = sum(b[2] for b in best)
    spelling, marked = _spelling_to_show({t: w[3] for t, w in distinct.items()}, stored, best)
    return PersonMatch(NameMatch(matches), spelling, marked, (cost, close_sum))


def _declined_discount(declined: Sequence[tuple[MatchLevel, float]]) -> float:
    """What a name declined as a whole is spared: one case is one fact (Алеся Пушкина,
    Юрия Дмитриева), paid once.

    Without a DECLINED word, one declined word pays in full and each further one is
    spared _DECLINED_SHARE (costs FURTHER_DECLINED_COST). A word DECLINED letter for
    letter pays the fact at its own cost (2): every further DECLINED word is then spared
    all of its cost, every other declined word costs at least FURTHER_DECLINED_COST, so
    that the stored letters stay closer than a lossy key's (Сяргея Ціханоўскага: Ціханоўскі
    before Тыханоўскі) and a declined form of another spelling than a lossy key
    (Мікалая Дзядка: Дзядок before Дзядко).
    """
    as_stored = [c for level, c in declined if level is MatchLevel.DECLINED]
    others = [c for level, c in declined if level is not MatchLevel.DECLINED]
    if as_stored:
        return sum(as_stored[1:]) + sum(
            c - max(c - _DECLINED_SHARE, FURTHER_DECLINED_COST) for c in others
        )
    return max(0, len(others) - 1) * _DECLINED_SHARE


def _spelling_to_show(
    pairs_of: dict[str, tuple[Pair, ...]],
    stored: Sequence[Sequence[_Stored]],
    best: Sequence[tuple[MatchLevel, int, float, int, int]],
) -> tuple[int, frozenset[int]]:
    """The spelling holding the most query words at their best level (then the closest).

    `pairs_of` holds each stored word's pairs with the query words (by token).
    """
    if not stored:
        return 0, frozenset()
    scored: list[tuple[tuple[int, float, float], int, frozenset[int]]] = []
    for si, toks in enumerate(stored):
        hit: set[int] = set()
        level_sum = 0.0
        close_sum = 0.0
        held = 0
        pairs = [pairs_of[s.token] for s in toks]
        for i, b in enumerate(best):
            if b[3] < 0:
                continue
            for ti, tp in enumerate(pairs):
                level, _edits, close = tp[i]
                if level == b[0]:
                    hit.add(ti)
                    held += 1
                    level_sum += float(level)
                    close_sum += close
                    break
        scored.append(((-held, level_sum, close_sum), si, frozenset(hit)))
    _key, chosen, marked = min(scored, key=lambda x: (x[0], x[1]))
    return chosen, marked


LEVEL_LABELS: dict[str, str] = {
    "SPELLED": "as stored",
    "TRANSLITERATED": "in another script",
    "ROMANIZED": "another romanization",
    "DECLINED": "a declined form",
    "VARIANT": "another spelling of the name",
    "READING": "another language's spelling",
    "EQUIVALENT": "the same name in another language",
    "INFLECTED": "a declined form",
    "SHORT_FORM": "a short form of the name",
    "PREFIX": "the start of the name",
    "TYPO": "a typo",
    "UNSTATED": "the archive states no patronymic for this person",
    "MISSING": "not among this person's names",
}
"""English words for each MatchLevel (the CLI's; the viewer translates its own copy)."""


def describe(match: NameMatch) -> str:
    """Why a name matched, in English: the words that did not match as typed.

    "Sasha → Аляксандр (a short form of the name); Tsikanouski → Tsikhanouski
    (a typo)"; empty when every word is the stored spelling in some script.
    """
    parts = []
    for w in match.words:
        if w.level <= MatchLevel.TRANSLITERATED:
            continue
        if w.level in (MatchLevel.MISSING, MatchLevel.UNSTATED):
            parts.append(f"{w.query}: {LEVEL_LABELS[w.level.name]}")
        else:
            parts.append(f"{w.query} → {w.stored} ({LEVEL_LABELS[w.level.name]})")
    return "; ".join(parts)
