"""Candidate people for the words of a name query, read from the archive's name index.

Two layouts exist. `KeyIndex` reads this build's index (db.search_index:
`search_keys`, `search_vocab`, `search_typos`); `LegacyIndex` reads the
per-spelling FTS5 index of archives written by the first release
(`search_names_fts`, keys made by db.names_v1). Both answer the same
questions: which forms stand for a query word at each strength (1: its
transliterated form, 2: its keys, 3: also typos, stems, equivalent and
short given names, prefixes), and which people hold a form of every word.
Ranking is not done here (db.name_match does it on the spellings).

Every statement is bounded (LIMIT, capped IN lists) and goes through the
caller's `rows` function, which enforces the search's time limit.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from db import key_version, names, sqlite_errors
from db.name_match import QueryWord, query_words
from db.names_v1 import fold_word_v1
from db.search_index import (
    HAS_PERSON_KEYS_SQL,
    PERSON_KEYS_TABLE,
    SPELLING_MARK,
    TRANSLIT_MARK,
)
from db.untrusted import stored_count, whole_number

Rows = Callable[[str, dict[str, Any]], list[tuple[Any, ...]]]

PREFIX_SCAN = 3000
"""Vocabulary entries read for a prefix; the most common PREFIX_KEYS of them are used."""
PREFIX_KEYS = 200
STEM_SCAN = 3000
"""Vocabulary entries read for a stem (the keys that start with it)."""
MAX_TYPO_KEYS = 60
"""Typo candidates kept per word, closest and most common first."""
MAX_OPTIONS = 400
"""Forms per word in one lookup (bounds the IN lists)."""
RAW_MARK = "raw:"
"""Legacy strength 1: a word to match as spelled in person_names_fts."""
LOOSE_SHARE_MIN = 20
"""People one loose group of forms may contribute at least (see Options)."""
SUGGEST_EDITS = 3
"""How far the "did you mean" spelling may be from what was typed."""
PROBE_SIBLINGS = 5
"""Stem siblings of a word checked beside a rarer one (the nearest first)."""
LOOSE_SCAN = 1000
"""Holders of a loose group of forms read per pass (bounds common typo neighbours)."""
COMPOUND_PART = 4
"""Letters each half of a word written together (Sultangaliev) has at least."""
SEEK_COST = 2
"""An index seek costs about this many rows read in order (KeyIndex.people's choice)."""
HOLDERS_READ_MAX = 200_000
"""Holders of a word read into a set at most; beyond, its forms are checked by seeks."""


SLICE_OVERSHOOT = 2
"""A driver group's first slice reads this many times the candidates the pass rate says
are needed (KeyIndex._checked_people); each further slice reads SLICE_GROWTH times more."""
SLICE_GROWTH = 4

# The cost of checking candidates for a word's forms (KeyIndex._seek's choice), in µs,
# fitted on the 1M and 3M archives (warm, CPU): a seek in the (key, person_pk) tree costs
# SEEK_ROW_US, and SEEK_PAGE_US more for each leaf page it is the first to touch (a form's
# holders span count / LEAF_ENTRIES leaves); reading a candidate's entries in the
# by-person table costs PERSON_READ_US (one random page).
SEEK_ROW_US = 0.5
SEEK_PAGE_US = 2.0
LEAF_ENTRIES = 200
PERSON_READ_US = 4.0
ANY_SEEK_MAX = 2000
"""Fewer candidates than this, checked for two forms or more in the key tree, are sought
candidate by candidate, stopping at the first form held (ANY_SEEK_SQL); more are sought
form by form (SEEK_SQL), where consecutive seeks share leaf pages."""


SEEK_SQL = (
    "SELECT k.key, k.person_pk FROM json_each(:w) w JOIN search_keys k ON k.key = w.value "
    "WHERE k.person_pk IN (SELECT value FROM json_each(:c))"
)
"""Which of the people :c hold which of the forms :w: for each form, the people's
(key, person_pk) entries sought in ascending order (a sorted IN list)."""

ANY_SEEK_SQL = (
    "SELECT c.value FROM json_each(:c) c WHERE EXISTS (SELECT 1 FROM search_keys k "
    "WHERE k.key IN (SELECT value FROM json_each(:w)) AND k.person_pk = c.value)"
)
"""Which of the people :c hold one of the forms :w: for each person, a seek per form until
one is held (a person who holds the first form is not sought for the others)."""

PERSON_ANY_SQL = (
    f"SELECT c.value FROM json_each(:c) c WHERE EXISTS (SELECT 1 FROM {PERSON_KEYS_TABLE} k "
    "WHERE k.person_pk = c.value AND +k.key IN (SELECT value FROM json_each(:w)))"
)
"""ANY_SEEK_SQL through the by-person table (db.search_index): one seek per person, whose
entries are then compared with the forms :w (`+key`: a test, not a seek per form) until
one is among them."""

PERSON_SEEK_SQL = (
    f"SELECT c.value FROM json_each(:c) c WHERE EXISTS (SELECT 1 FROM {PERSON_KEYS_TABLE} k "
    "WHERE k.person_pk = c.value AND k.key IN (SELECT value FROM json_each(:w)))"
)
"""PERSON_ANY_SQL for a few forms: one seek per person, then a seek per form among that
person's entries (on the page the first seek reached), until one is held."""
PERSON_SEEK_FORMS = 8
"""Forms up to which PERSON_SEEK_SQL is used: a person holds about 15 entries, and testing
each against the forms (PERSON_ANY_SQL) cost more than seeking a few forms among them (at
300,000 people, 899 holders of a surname checked for 4 forms of a given name: 0.8 ms by
seeks, 1.35 ms by tests; equal at about 12 forms, then the tests win)."""

WHOLE_PK = "typeof({col}) = 'integer'"
"""SQL true when a person pk read from the name index is a whole number: a hostile file can
hold text or reals there (written around STRICT). Tested in SQL, not row by row in Python:
a common form has tens of thousands of holders (53,000 at 3M: 77 ms in Python)."""

DRIVER_SQL = (
    "SELECT k0.person_pk FROM search_keys k0 "
    "WHERE k0.key IN (SELECT value FROM json_each(:d)) "
    f"AND {WHOLE_PK.format(col='k0.person_pk')} LIMIT :cap OFFSET :skip"
)
DRIVER_LOOSE_SQL = (
    "SELECT k0.person_pk FROM (SELECT key, person_pk FROM search_keys "
    f"WHERE key IN (SELECT value FROM json_each(:d)) AND {WHOLE_PK.format(col='person_pk')} "
    "LIMIT :scan) k0 LIMIT :cap OFFSET :skip"
)
"""The :cap (key, person) entries of the driver forms :d after the first :skip, in the
index's order (a loose group: of its first :scan entries); entries whose person is not a
number are left out. A group read further goes on where it stopped (:skip): the entries
skipped are stepped over in SQLite, not read again into Python."""

STORED_COUNT = "CASE WHEN typeof(rows) = 'integer' AND rows >= 0 THEN rows ELSE 0 END"
"""A vocabulary count as db.untrusted.stored_count takes it (a whole number >= 0, else 0),
worked out in SQL: a stem or prefix range reads thousands of entries per search."""

HOLDERS_SQL = (
    "SELECT key, json_group_array(person_pk) FROM search_keys "
    f"WHERE key IN (SELECT value FROM json_each(:h)) AND {WHOLE_PK.format(col='person_pk')} "
    "GROUP BY key"
)
"""Each of the forms :h with its holders, as one JSON list of whole numbers per form (made
by SQLite from integers only: parsed in C, no value checked in Python)."""


def newcomers_sql(before: int) -> str:
    """The holders of the form :d, in person order (its entries' order in the index), who
    hold none of the forms :b0, :b1 … (`before` of them), at most :n of them.

    Each form's entries are read in person order and merged (`EXCEPT … ORDER BY`: SQLite
    steps through the sorted lists side by side, no seek, no sort); whole numbers only on
    each side, as DRIVER_SQL reads them.
    """
    whole = WHOLE_PK.format(col="person_pk")
    sql = f"SELECT person_pk FROM search_keys WHERE key = :d AND {whole}"
    for i in range(before):
        # whole numbers on both sides: a hostile 5.0 must not pass over person 5, whom
        # the earlier group's read (DRIVER_SQL) never met
        sql += f" EXCEPT SELECT person_pk FROM search_keys WHERE key = :b{i} AND {whole}"
    return sql + " ORDER BY 1 LIMIT :n"


@dataclass(frozen=True, slots=True)
class Options:
    """The forms that stand for one query word, in relevance groups (best first).

    Groups from `loose_from` on (stems, equivalents, typos …) each read at
    most a share of the people asked for, so that one common sibling form
    (the masculine of a feminine, a frequent typo neighbour) cannot fill
    the answer before the closer ones are read.
    """

    groups: tuple[tuple[str, ...], ...]
    loose_from: int = 1_000_000
    probe_skip: frozenset[int] = frozenset()
    """Groups left out when the word is checked beside a rarer one (two-edit typos, far
    stem siblings): each form checked costs an index seek per candidate read."""

    def all(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for g in self.groups:
            for f in g:
                seen[f] = None
        return tuple(seen)[:MAX_OPTIONS]

    def probe(self) -> tuple[str, ...]:
        """The forms to check when another word drives the lookup."""
        seen: dict[str, None] = {}
        for i, g in enumerate(self.groups):
            if i not in self.probe_skip:
                for f in g:
                    seen[f] = None
        return tuple(seen)[:MAX_OPTIONS]


@dataclass(frozen=True, slots=True)
class Admission:
    """The search's field filters, applied while candidates are read (KeyIndex.people).

    `admit` keeps the people among those given who pass the filters, in their
    order; once `enough` are admitted the walk stops. The walk itself does not
    change: the people admitted are the first `enough` that reading every
    candidate and filtering afterwards would admit.
    """

    admit: Callable[[Sequence[int]], list[int]]
    enough: int


@dataclass(frozen=True, slots=True)
class _Probe:
    """How one other word is checked: forms sought by index seeks, and the holders of
    the rest (read once per search)."""

    sought: tuple[str, ...]
    holders: frozenset[int]


@dataclass(frozen=True, slots=True)
class _Group:
    """One driver group's statement: its forms, who is skipped, whether it is loose."""

    driver: Sequence[str]
    seen: set[int]
    loose: bool


class NameIndex(Protocol):
    """What db.search needs from a name index layout."""

    strict_strengths: tuple[int, ...]

    def weigh(self, qwords: Sequence[QueryWord]) -> None: ...

    def loosen(self, qwords: Sequence[QueryWord]) -> None: ...

    def split_compounds(self, qwords: Sequence[QueryWord]) -> list[QueryWord]: ...

    def join_compounds(self, qwords: Sequence[QueryWord]) -> list[QueryWord]: ...

    def options(self, q: QueryWord, strength: int) -> Options: ...

    def people(
        self,
        options: Sequence[Options],
        cap: int,
        seen: Iterable[int],
        admission: Admission | None = None,
    ) -> list[int]: ...

    def org_expression(self, q: QueryWord) -> str: ...

    def nearest(self, q: QueryWord) -> tuple[str, list[int]] | None: ...

    def holds(self, token: str, form: str) -> bool: ...

    def holding(self, pks: Sequence[int], forms: Sequence[str]) -> set[int]: ...


def fts_string(text: str) -> str:
    """`text` as one FTS5 string token: double quotes doubled, then quoted."""
    return '"' + text.replace('"', '""') + '"'


def _range_end(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class KeyIndex:
    """This build's index: `search_keys(key, person_pk)` and its vocabulary."""

    strict_strengths: tuple[int, ...] = (1, 2)

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self.counts: dict[str, int] = {}
        """Holders of each form looked up so far (0: not in the vocabulary)."""
        self._present: set[str] = set()
        """The forms looked up so far that the vocabulary holds."""
        self._typo_keys: dict[tuple[str, int], dict[str, int]] = {}
        self._ranges: dict[tuple[str, int], list[tuple[str, int]]] = {}
        self._form_holders: dict[str, frozenset[int]] = {}
        self._holder_unions: dict[tuple[str, ...], frozenset[int]] = {}
        """Everyone holding one of these forms (each check of a word asks for the same ones)."""
        self._holding: dict[frozenset[str], set[int]] = {}
        """Who was found holding one of these forms (a single form: that one) in this search."""
        self._lacking: dict[str, set[int]] = {}
        """Who was sought for a form in this search and found lacking it."""
        self._lacking_all: dict[tuple[str, ...], set[int]] = {}
        """Who was sought for all of these forms at once and found lacking each (a word's
        check asks for the same forms slice after slice: they are passed over at once)."""
        self._driver_reads: dict[
            tuple[tuple[str, ...], bool], tuple[tuple[int, ...], int, bool]
        ] = {}
        """The holders read of each driver group: distinct, entries read, all of them."""
        self._by_person: bool | None = None
        self._total: int | None = None
        self._keys_current: bool | None = None
        self._covering: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _count(self, forms: Iterable[str]) -> None:
        want = [f for f in dict.fromkeys(forms) if f not in self.counts]
        if want:
            self._vocab(want)

    def _vocab(self, forms: Sequence[str]) -> set[str]:
        """The `forms` in the vocabulary; every form's count is kept.

        Forms looked up before in this search are answered from what was
        read then (a search asks for the same forms in several tiers); the
        rest in one statement.
        """
        want = [f for f in forms if f not in self.counts]
        for f in want:
            self.counts[f] = 0
        if want:
            for word, n in self.rows(
                f"SELECT word, {STORED_COUNT} FROM search_vocab "
                "WHERE word IN (SELECT value FROM json_each(:w))",
                {"w": json.dumps(want)},
            ):
                self._present.add(str(word))
                self.counts[str(word)] = n
        return {f for f in forms if f in self._present}

    def weigh(self, qwords: Sequence[QueryWord]) -> None:
        """Rarity of each word (for ranking partial matches and choosing the driver).

        The forms every strength looks up (db.search asks for them next) are
        counted in the same statement: one round trip instead of one per lookup.
        """
        self._count(
            f
            for q in qwords
            for f in (
                TRANSLIT_MARK + q.translit,
                *q.keys,
                *((SPELLING_MARK + q.spelling_key,) if q.spelling_key else ()),
                *(SPELLING_MARK + n for n in sorted(q.spelled_nominatives)),
                *sorted(q.nominatives),
                *sorted(q.declined_of),
                *sorted(q.equivalents),
                *sorted(q.short_for),
                *sorted(q.short_forms),
                *(f for pair in _halves(q) for h in pair for f in _half_forms(h)),
            )
        )
        for q in qwords:
            q.weight = rarity(max(self.counts.get(k, 0) for k in q.keys))

    def split_compounds(self, qwords: Sequence[QueryWord]) -> list[QueryWord]:
        """The words, a word nobody holds split in two where both halves are stored words.

        A double surname is often written as one word (Султан-Галиев as
        Султангалиев, Sultangaliev): when no one holds the word in any form, the
        split whose rarer half most people hold stands for it.
        """
        out: list[QueryWord] = []
        for q in qwords:
            t = q.translit
            halves = _halves(q)
            if not halves:
                out.append(q)
                continue
            self._count([TRANSLIT_MARK + t, *q.keys])
            if any(self.counts.get(f, 0) for f in (TRANSLIT_MARK + t, *q.keys)):
                out.append(q)
                continue
            forms = {h: _half_forms(h) for pair in halves for h in pair}
            self._count(f for pair in forms.values() for f in pair)

            held = {h: max(self.counts.get(f, 0) for f in fs) for h, fs in forms.items()}
            scored = [(min(held[a], held[b]), a, b) for a, b in halves]
            best = max(scored, default=(0, "", ""))
            if best[0] == 0:
                out.append(q)
                continue
            parts = query_words([(best[1], False), (best[2], False)])
            self.weigh(parts)
            out.extend(parts)
        return out

    def join_compounds(self, qwords: Sequence[QueryWord]) -> list[QueryWord]:
        """The words, two neighbours joined where someone holds them as one word.

        A name stored as one word is written in two by the press (Gebremariam as
        Gebre-Mariam or Gebre Mariam: the tokenizer splits at hyphens): the first
        pair of neighbours whose joined letters someone holds (transliterated or in
        another romanization, not merely the lossy key) stands for them.
        """
        pairs = [
            (i, f"{a.token}{b.token}")
            for i, (a, b) in enumerate(itertools.pairwise(qwords))
            if _joinable(a) and _joinable(b)
        ]
        forms = {
            i: (TRANSLIT_MARK + names.translit(j), SPELLING_MARK + names.spelling_key(j))
            for i, j in pairs
        }
        self._count(f for pair in forms.values() for f in pair)
        for i, joined in pairs:
            if any(self.counts.get(f, 0) for f in forms[i]):
                parts = query_words([(joined, qwords[i + 1].prefix)])
                self.weigh(parts)
                return [*qwords[:i], *parts, *qwords[i + 2 :]]
        return list(qwords)

    def loosen(self, qwords: Sequence[QueryWord]) -> None:
        """Typo candidates of each word: one typed slip first, then keys one or two edits off."""
        todo = [(q, names.max_typos(q.key, q.translit)) for q in qwords if not q.typos]
        todo = [(q, allowed) for q, allowed in todo if allowed]
        # the typed neighbours of every word counted in the typos' statement
        typed_forms = [f for q, _a in todo for forms in _typed_forms(q.token, q.key) for f in forms]
        typos = self._many_typos([(q.key, allowed) for q, allowed in todo], typed_forms)
        for (q, _allowed), near in zip(todo, typos, strict=True):
            typed, typed_keys = self._typed(q)
            q.typed = typed
            q.typos = dict.fromkeys(typed_keys, 1)
            for k, d in near.items():
                q.typos.setdefault(k, d)

    def _typed(self, q: QueryWord) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Stored forms one typed slip from the word: (transliterated forms, keys).

        The keys are lossy, so one slip may be two edits between keys
        (Олиенвич/Олиневич: alanvih/alinavih), out of the deletion index's
        reach; the word's typed neighbours (db.names.typed_neighbours) are
        looked up instead, most common first.
        """
        translits, keys = _typed_forms(q.token, q.key)
        self._count([*translits, *keys])

        def held(forms: Sequence[str]) -> tuple[str, ...]:
            found = [f for f in forms if self.counts.get(f, 0)]
            found.sort(key=lambda f: -self.counts[f])
            return tuple(found[:MAX_TYPO_KEYS])

        return held(translits), held(keys)

    def _typos(self, key: str, allowed: int | None = None) -> dict[str, int]:
        allowed = names.max_typos(key) if allowed is None else allowed
        return self._many_typos([(key, allowed)])[0]

    def _many_typos(
        self, words: Sequence[tuple[str, int]], count: Sequence[str] = ()
    ) -> list[dict[str, int]]:
        """Vocabulary keys up to `allowed` edits from each key, closest and most common first.

        The deletion index is read per key; the probes and the candidates
        found (and the forms to `count`) are looked up in the vocabulary in
        one statement for all keys.
        """
        known = {w: self._typo_keys[w] for w in words if w in self._typo_keys}
        todo = [w for w in words if w not in known]
        probes: list[set[str]] = []
        found: list[set[str]] = []
        for key, allowed in todo:
            p = {key} | names.deletions(key)
            if allowed >= 2 and len(key) > 3:
                p |= {d2 for d in names.deletions(key) for d2 in names.deletions(d)}
            probes.append(p)
            found.append(
                {
                    str(w)
                    for (w,) in self.rows(
                        "SELECT word FROM search_typos WHERE deletion IN "
                        "(SELECT value FROM json_each(:p)) LIMIT 5000",
                        {"p": json.dumps(sorted(p))},
                    )
                }
            )
        if not todo:
            self._count(count)
            return [known[w] for w in words]
        want = set().union(*probes, *found)
        present = self._vocab(sorted(want) + [f for f in count if f not in want])
        for (key, allowed), p, near in zip(todo, probes, found, strict=True):
            near = (near | (p & present)) - {key}
            close = {w: names.typo_distance(key, w) for w in near}
            ok = {w: d for w, d in close.items() if 0 < d <= allowed}
            best = sorted(ok, key=lambda w: (ok[w], -self.counts.get(w, 0), w))[:MAX_TYPO_KEYS]
            known[(key, allowed)] = self._typo_keys[(key, allowed)] = {w: ok[w] for w in best}
        return [known[w] for w in words]

    def _vocab_range(self, prefix: str, scan: int) -> list[tuple[str, int]]:
        """Vocabulary entries starting with `prefix` (their counts kept: no second look-up)."""
        if not prefix:
            return []
        found = self._ranges.get((prefix, scan))
        if found is None:
            found = self._ranges[(prefix, scan)] = [
                (str(w), n)
                for w, n in self.rows(
                    f"SELECT word, {STORED_COUNT} FROM search_vocab "
                    "WHERE word >= :lo AND word < :hi LIMIT :n",
                    {"lo": prefix, "hi": _range_end(prefix), "n": scan},
                )
            ]
            for w, n in found:
                self.counts[w] = n
                self._present.add(w)
        return list(found)

    def _stem_keys(self, q: QueryWord) -> list[str]:
        if len(q.stem) < names.MIN_STEM:
            return []
        found = self._vocab_range(q.stem, STEM_SCAN)
        return [w for w, _n in found if names.stem(w) == q.stem and w != q.key]

    def _spelling_stem_forms(self, q: QueryWord) -> list[str]:
        """Stored spelling keys with the query's spelling stem: the declined word's own family."""
        sstem = names.spelling_stem(q.spelling_key)
        if len(sstem) <= names.MIN_STEM or sstem == q.spelling_key:
            return []
        found = self._vocab_range(SPELLING_MARK + sstem, STEM_SCAN)
        mark = len(SPELLING_MARK)
        return [w for w, _n in found if names.spelling_stem(w[mark:]) == sstem]

    def _prefix_forms(self, q: QueryWord) -> list[str]:
        found = self._vocab_range(TRANSLIT_MARK + q.translit, PREFIX_SCAN)
        if len(q.key) >= 3:
            found += self._vocab_range(q.key, PREFIX_SCAN)
        found.sort(key=lambda wn: -wn[1])
        return [w for w, _n in found[:PREFIX_KEYS]]

    def options(self, q: QueryWord, strength: int) -> Options:
        groups: list[tuple[str, ...]] = [(TRANSLIT_MARK + q.translit,)] if q.translit else []
        if strength >= 2:
            if q.spelling_key:
                groups.append((SPELLING_MARK + q.spelling_key,))
            groups += [q.keys[:1], q.keys[1:]]
            # the stored letters with a case ending (DECLINED) rank above the lossy key:
            # read strictly, or a key's holders fill the limit first (Statkiewicza)
            groups.append(tuple(SPELLING_MARK + n for n in sorted(q.spelled_nominatives)))
        groups = [g for g in groups if g]
        loose_from = len(groups)
        skip: set[int] = set()
        if strength >= 3:
            groups.append(tuple(self._spelling_stem_forms(q)))
            groups.append(tuple(sorted(q.nominatives)))  # the nominative an ending points to
            groups.append(tuple(sorted(q.declined_of)))  # Миколи: Микола, so Николай
            groups.append(tuple(sorted(q.equivalents)))
            # each stem sibling alone, the one nearest the query word first
            siblings = sorted(self._stem_keys(q), key=lambda k: (names.typo_distance(q.key, k), k))
            skip.update(range(len(groups) + PROBE_SIBLINGS, len(groups) + len(siblings)))
            groups += [(k,) for k in siblings]
            groups.append(tuple(sorted(q.short_for)))
            groups.append(tuple(sorted(q.short_forms)))  # stored as known: Наста for Anastasia
            if q.prefix:
                groups.append(tuple(self._prefix_forms(q)))
            groups.append(q.typed)  # a stored word one typed slip away, letter for letter
            for edits in (1, 2):
                if edits == 2:
                    skip.add(len(groups))
                groups.append(tuple(k for k, d in q.typos.items() if d == edits))
        kept = [i for i, g in enumerate(groups) if g]
        return Options(
            tuple(groups[i] for i in kept),
            loose_from,
            frozenset(n for n, i in enumerate(kept) if i in skip),
        )

    def _estimate(self, opts: Options) -> int:
        # the forms a probe checks: the skipped ones (two-edit typos, far stem siblings)
        # are read loosely, LOOSE_SCAN holders at most, and must not make a rare word
        # with common typo neighbours look common (Карнея beside Ігара)
        forms = opts.probe()
        self._count(forms)
        return sum(self.counts.get(f, 0) for f in forms)

    def _strict_holders(self, opts: Options) -> int:
        return sum(self.counts.get(f, 0) for g in opts.groups[: opts.loose_from] for f in g)

    def _drive_order(self, options: Sequence[Options]) -> list[int]:
        """The words, the one to drive the read first: the smallest, unless it holds no one
        strictly and one of its loose groups is larger than LOOSE_SCAN (read in part, it
        would lose late holders: Юра of Юрий beside Дмитриев), and another word holds
        someone strictly."""
        order = sorted(range(len(options)), key=lambda i: self._estimate(options[i]))
        first = options[order[0]]
        if self._strict_holders(first):
            return order
        cut = max(
            (
                sum(self.counts.get(f, 0) for f in g)
                for n, g in enumerate(first.groups)
                if n >= first.loose_from and n not in first.probe_skip
            ),
            default=0,
        )
        if cut > LOOSE_SCAN:
            # only a word that is cheaper to read whole than the group cut short: a common
            # given name (Uladzimir, 76,000 holders at 3M) read whole to pass a typed
            # surname took 250-400 ms where the cut read finds the same person first
            strict = [i for i in order[1:] if 0 < self._strict_holders(options[i]) <= cut]
            if strict:
                order.remove(strict[0])
                order.insert(0, strict[0])
        return order

    def _people_total(self) -> int:
        if self._total is None:
            found = self.rows("SELECT max(pk) FROM people", {})
            self._total = max(1, int(found[0][0] or 1)) if found else 1
        return self._total

    def _holders(self, forms: Sequence[str]) -> frozenset[int]:
        """Everyone holding one of `forms`, each form's holders read once per search."""
        want = [f for f in forms if f not in self._form_holders]
        if want:
            for f in want:
                self._form_holders[f] = frozenset()
            for key, pks in self.rows(HOLDERS_SQL, {"h": json.dumps(want)}):
                self._form_holders[str(key)] = frozenset(json.loads(pks))
        if len(forms) == 1:
            return self._form_holders[forms[0]]
        key = tuple(forms)
        found = self._holder_unions.get(key)
        if found is None:
            found = frozenset().union(*(self._form_holders[f] for f in forms))
            self._holder_unions[key] = found
        return found

    def _covering_forms(self, forms: tuple[str, ...]) -> tuple[str, ...]:
        """`forms` without the transliterated ones whose spelling key or main key is among
        them: every holder of those holds that key too (`names.implied_keys`), so who holds
        one of the forms is the same, and each form left out is a seek per candidate less.

        Only in an index built by this build's folding (db.key_version): older rules
        may have written other keys beside a transliterated form.
        """
        found = self._covering.get(forms)
        if found is not None:
            return found
        if self._keys_current is None:
            try:
                stored = self.rows(key_version.READ_SQL, {})
            except sqlite3.DatabaseError as exc:  # no readable meta: not known to be ours
                if sqlite_errors.is_interrupt(exc):
                    raise
                stored = []
            self._keys_current = key_version.is_current(stored)
        found = forms
        if self._keys_current:
            present = set(forms)

            def covered(form: str) -> bool:
                if not form.startswith(TRANSLIT_MARK):
                    return False
                spelling, key = names.implied_keys(form[len(TRANSLIT_MARK) :])
                return SPELLING_MARK + spelling in present or (bool(key) and key in present)

            found = tuple(f for f in forms if not covered(f))
        self._covering[forms] = found
        return found

    def _probe(self, forms: tuple[str, ...], scanned: float) -> _Probe:
        """How to check a word's forms: a form whose holders number fewer than the index
        seeks it would cost (one per candidate) is read into a set, the rest are sought."""
        read: list[str] = []
        sought: list[str] = []
        total = 0
        for f in forms:
            n = self.counts.get(f, 0)
            if f in self._form_holders or (
                n <= SEEK_COST * scanned and total + n <= HOLDERS_READ_MAX
            ):
                read.append(f)
                total += n if f not in self._form_holders else 0
            else:
                sought.append(f)
        return _Probe(tuple(sought), self._holders(read) if read else frozenset())

    def people(
        self,
        options: Sequence[Options],
        cap: int,
        seen: Iterable[int],
        admission: Admission | None = None,
    ) -> list[int]:
        """People holding a form of every word: the rarest word drives, in relevance order.

        Each form of another word is checked either by index seeks (one per
        candidate) or, when that would cost more, against the set of its holders
        read once per search: the answer is the same, in the same order. What a
        seek found is kept for the whole search, so the driver's later groups,
        the looser passes and the partial tier (mostly the same candidates, the
        same or more forms) seek only what was not sought before.

        With `admission`, the people it admits among the first `cap` found are
        returned (at most `admission.enough`), and the walk stops once enough are.
        """
        if not options or any(not o.groups for o in options) or cap <= 0:
            return []
        order = self._drive_order(options)
        driver, probes = options[order[0]], [options[i] for i in order[1:]]
        probe_forms: list[tuple[str, ...]] = []
        for opts in probes:
            self._count(opts.probe())
            held_forms = tuple(f for f in opts.probe() if self.counts.get(f, 0))
            if not held_forms:
                return []  # no one holds any form of this word
            probe_forms.append(self._covering_forms(held_forms))
        pass_rate = 1.0
        for forms in probe_forms:
            holders = sum(self.counts.get(f, 0) for f in forms)
            pass_rate *= min(1.0, holders / self._people_total())
        pass_rate = max(pass_rate, 1e-6)
        share = max(LOOSE_SHARE_MIN, cap // 4)
        plan: list[tuple[list[str], bool, int]] = []  # driver forms, loose, people wanted
        scanned = 0.0  # driver rows expected to be checked, over all groups
        for i, group in enumerate(driver.groups):
            held = [f for f in group[:MAX_OPTIONS] if self.counts.get(f, 1)]
            if not held:
                continue  # no one holds these forms (counted in _estimate)
            loose = i >= driver.loose_from and bool(probes)
            want = cap if i < driver.loose_from else min(share, cap)
            rows = sum(self.counts.get(f, 1) for f in held)
            rows = min(rows, LOOSE_SCAN) if loose else rows
            scanned += min(rows, want / pass_rate)
            plan.append((held, loose, want))
        checks = [self._probe(forms, scanned) for forms in probe_forms]
        seen_set = set(seen)
        out: list[int] = []
        taken: set[int] = set()
        admitted: list[int] = []
        # every group is checked against the same words: who failed once fails again
        # (the driver's forms are often held by the very same people)
        verdict: dict[int, bool] = {}
        # the forms of the strict groups walked so far, each read to its end (a group
        # that fills the cap ends the walk): their people were taken, seen or failed
        before: list[str] = []
        for held, loose, want in plan:
            if len(out) >= cap or (admission and len(admitted) >= admission.enough):
                break
            want = min(want, cap - len(out))
            batch = _Group(held, seen_set | taken, loose)
            if not checks and admission is None:
                found = self._group_people(batch, want)
            else:
                after = before if admission is None and probes and not loose else []
                found = self._checked_people(
                    batch, checks, want, pass_rate, verdict, admission, admitted, after
                )
            if probes and not loose:
                before += held
            fresh = [pk for pk in found if pk not in taken]
            taken.update(fresh)
            out += fresh
            if admission is not None:
                admitted += admission.admit(fresh)
        return out if admission is None else admitted[: admission.enough]

    def _checked_people(
        self,
        group: _Group,
        checks: Sequence[_Probe],
        want: int,
        pass_rate: float,
        verdict: dict[int, bool],
        admission: Admission | None,
        admitted: Sequence[int],
        before: Sequence[str] = (),
    ) -> list[int]:
        """The first `want` people of the group that also pass `checks`, in the group's order.

        The group is read in growing slices (the same order each time); who was
        sought before is not sought again (`_passing`). `verdict` holds who passed
        or failed `checks` before (earlier slices and groups); it is updated.
        With `admission`, a slice
        whose people bring the admitted (`admitted` so far) to enough ends the
        read early: the people returned are then a shorter start of the same list.

        `before`: the forms of earlier strict groups of the walk, each read to its
        end, so that each of their people was taken, seen or failed `checks`. A strict
        group of one form not yet read whole then reads only its people outside
        them (`_newcomers`): the surname's spelling key and key after its
        transliterated form (9,366 holders each of Лукашевич at 3,000,000 people,
        nearly all the same) cost a merge in SQLite, not their entries in Python.
        """
        limit = max(64, int(SLICE_OVERSHOOT * want / pass_rate))
        key = (tuple(group.driver), False)
        newcomers = (
            bool(before)
            and len(group.driver) == 1
            and not group.loose
            and not (key in self._driver_reads and self._driver_reads[key][2])
        )
        while True:
            if newcomers:
                read = self._newcomers(group.driver[0], before, limit)
                found = [pk for pk in read if pk not in group.seen]
                ended = len(read) < limit
            else:
                found = self._group_people(group, limit)
                ended = len(found) < limit
            fresh = [pk for pk in found if pk not in verdict]
            if fresh:
                passing = self._passing(fresh, checks)
                verdict.update(dict.fromkeys(fresh, False))
                verdict.update(dict.fromkeys(passing, True))
            kept = [pk for pk in found if verdict[pk]]
            if len(kept) >= want or ended:
                return kept[:want]
            if admission and len(admitted) + len(admission.admit(kept)) >= admission.enough:
                return kept
            limit *= SLICE_GROWTH

    def _newcomers(self, form: str, before: Sequence[str], limit: int) -> list[int]:
        """The first `limit` holders of `form`, in the index's order, who hold none of the
        `before` forms: one merge of the forms' entries (each in person order) in SQLite."""
        return _person_pks(
            self.rows(
                newcomers_sql(len(before)),
                {"d": form, **{f"b{i}": f for i, f in enumerate(before)}, "n": limit},
            )
        )

    def _passing(self, pks: Sequence[int], checks: Sequence[_Probe]) -> set[int]:
        """The people among `pks` holding a form of each checked word.

        A person outside a word's holder set is sought for the word's other
        forms; who holds one of the forms sought and who lacks each of them is
        kept for the rest of the search, and only what is not known yet is sought.
        """
        passing = set(pks)
        for check in checks:
            if not passing:
                break
            open_ = passing - check.holders
            if open_ and self._holding:
                sought = frozenset(check.sought)
                for known, held in self._holding.items():
                    if known <= sought:
                        open_ -= held
            for ask, forms in self._unknown(open_, check.sought):
                holders: set[int] = set()
                for held_forms, held in self._seek(sorted(ask), forms).items():
                    self._holding.setdefault(held_forms, set()).update(held)
                    holders |= held
                lacking = ask - holders
                for f in forms:
                    self._lacking.setdefault(f, set()).update(lacking)
                if forms == check.sought:
                    self._lacking_all.setdefault(forms, set()).update(lacking)
                open_ -= holders
            passing -= open_
        return passing

    def _unknown(
        self, pks: set[int], forms: Sequence[str]
    ) -> list[tuple[set[int], tuple[str, ...]]]:
        """The people of `pks` not yet sought for some of `forms`, with those forms.

        Usually the people were sought for none of the forms or for all of
        them, so one seek asks for the rest; a person sought before for some
        of the forms may be asked again for those (never for a form every one
        of them was sought for).
        """
        together = self._lacking_all.get(tuple(forms))
        if together:
            pks = pks - together  # known to lack each of `forms`: nothing to ask
        ask: set[int] = set()
        left: list[str] = []
        for f in forms:
            known = self._lacking.get(f)
            if len(ask) == len(pks):
                # everyone is asked already (`ask` is part of `pks`): only whether the
                # form is, for someone (a subset test stops at the first not known)
                if not known or not pks <= known:
                    left.append(f)
                continue
            need = pks - known if known else pks
            if need:
                ask |= need
                left.append(f)
        return [(ask, tuple(left))] if ask else []

    def _seek(self, pks: Sequence[int], forms: Sequence[str]) -> dict[frozenset[str], set[int]]:
        """Who of `pks` (ascending) holds one of `forms`, by what is known of them: each
        set of people under the forms they are known to hold one of.

        Three plans find the same people at different costs (`_seek_plan`): form by
        form through the people in ascending order (SEEK_SQL: consecutive seeks share
        leaf pages of the (key, person_pk) tree), person by person through the forms
        until one is held (ANY_SEEK_SQL), or each person's entries read in the
        by-person table where the archive has it (PERSON_SEEK_SQL for a few forms,
        PERSON_ANY_SQL for more).
        """
        sql = self._seek_plan(len(pks), forms)
        params = {"c": json.dumps(list(pks)), "w": json.dumps(list(forms))}
        if sql is not SEEK_SQL:
            return {frozenset(forms): {pk for (pk,) in self.rows(sql, params)}}
        found: dict[frozenset[str], set[int]] = {}
        for form, pk in self.rows(sql, params):
            if whole_number(pk) is not None:
                found.setdefault(frozenset((str(form),)), set()).add(pk)
        return found

    def _seek_plan(self, candidates: int, forms: Sequence[str]) -> str:
        """The cheapest statement to check `candidates` people for `forms` (see SEEK_ROW_US)."""
        if len(forms) < 2:
            return SEEK_SQL
        key_tree = sum(
            SEEK_ROW_US * candidates
            + SEEK_PAGE_US * min(candidates, self.counts.get(f, 0) / LEAF_ENTRIES)
            for f in forms
        )
        if key_tree > PERSON_READ_US * candidates:
            if self._by_person is None:
                self._by_person = bool(self.rows(HAS_PERSON_KEYS_SQL, {}))
            if self._by_person:
                return PERSON_SEEK_SQL if len(forms) <= PERSON_SEEK_FORMS else PERSON_ANY_SQL
        return ANY_SEEK_SQL if candidates < ANY_SEEK_MAX else SEEK_SQL

    def _group_people(self, group: _Group, limit: int) -> list[int]:
        """Up to `limit` holders of a driver form not in `group.seen`, in the index's order.

        A loose group (typos, stems …) of a common form reads at most LOOSE_SCAN
        of its holders. What is read is kept for the search: the same forms are
        read again by the next slice, the next strength and the partial tier,
        each time with more people already seen. Each further read goes on where
        the last stopped, and takes the whole group at once when the vocabulary's
        counts say it is less than twice as long as the read would be anyway (a
        loose group: its LOOSE_SCAN entries): a group whose holders were all met
        before (the key form of a surname after its transliterated form) is then
        read once, not slice after slice from its start.
        """
        key = (tuple(group.driver), group.loose)
        want = limit + len(group.seen)
        read, rows_read, complete = self._driver_reads.get(key, ((), 0, False))
        while len(read) < want and not complete:
            cap = max(want, 2 * rows_read)
            whole = sum(self.counts.get(f, 0) for f in group.driver)
            if group.loose:
                whole = min(whole, LOOSE_SCAN)
            if whole < 2 * cap:
                cap = max(cap, whole + 1)  # one entry more: the end is then seen
            rows = self._driver_rows(group, cap - rows_read, rows_read)
            read = tuple(dict.fromkeys((*read, *rows)))
            rows_read, complete = cap, len(rows) < cap - rows_read
            self._driver_reads[key] = (read, rows_read, complete)
        seen = group.seen
        if not seen:
            return list(read[:limit])
        return [pk for pk in read if pk not in seen][:limit]

    def _driver_rows(self, group: _Group, cap: int, skip: int = 0) -> list[int]:
        """`cap` (key, person) entries of the group's forms after the first `skip`, in the
        index's order.

        One form's entries name each person once; several forms' may repeat a
        person (the caller keeps the first).
        """
        params = {
            "d": json.dumps(list(group.driver)),
            "scan": LOOSE_SCAN,
            "cap": cap,
            "skip": skip,
        }
        sql = DRIVER_LOOSE_SQL if group.loose else DRIVER_SQL
        return _person_pks(self.rows(sql, params))

    def nearest(self, q: QueryWord) -> tuple[str, list[int]] | None:
        """The vocabulary key nearest to the word (up to SUGGEST_EDITS), and a few holders."""
        words = set(self._typos(q.key, SUGGEST_EDITS)) if len(q.key) > 3 else set()
        words.update(w for w, _n in self._vocab_range(q.key[:4], STEM_SCAN))
        self._count([q.key])
        if self.counts.get(q.key):
            words.add(q.key)  # stored under another spelling: the best suggestion
        close = [(names.typo_distance(q.key, w), w) for w in words]
        close = [(d, w) for d, w in close if d <= SUGGEST_EDITS]
        if not close:
            return None
        _d, word = min(close)
        pks = [
            int(r[0])
            for r in self.rows(
                "SELECT person_pk FROM search_keys WHERE key = :k LIMIT 5", {"k": word}
            )
            if whole_number(r[0]) is not None
        ]
        return word, pks

    def holds(self, token: str, form: str) -> bool:
        return form in names.key_forms(token)

    def holding(self, pks: Sequence[int], forms: Sequence[str]) -> set[int]:
        """Who of `pks` holds one of `forms` (for db.search's ranking: a form nobody holds
        costs no seek)."""
        self._count(forms)
        held = [f for f in forms if self.counts.get(f, 0)]
        if not held or not pks:
            return set()
        found: set[int] = set()
        for holders in self._seek(sorted(pks), held).values():
            found |= holders
        return found

    def org_expression(self, q: QueryWord) -> str:
        forms = [fts_string(k) for k in q.keys]
        if q.prefix and q.key:
            forms.append(fts_string(q.key) + "*")
        return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


class LegacyIndex:
    """A first-release archive: one FTS5 row per spelling, keys made by db.names_v1."""

    strict_strengths: tuple[int, ...] = (1, 2)

    def __init__(self, rows: Rows) -> None:
        self.rows = rows

    @staticmethod
    def _key(q: QueryWord) -> str:
        return fold_word_v1(q.token)

    def weigh(self, qwords: Sequence[QueryWord]) -> None:
        for q in qwords:
            found = self.rows("SELECT rows FROM search_vocab WHERE word = :w", {"w": self._key(q)})
            q.weight = rarity(stored_count(found[0][0]) if found else 0)

    def split_compounds(self, qwords: Sequence[QueryWord]) -> list[QueryWord]:
        return list(qwords)  # the first release's index has no per-word counts to test halves

    def join_compounds(self, qwords: Sequence[QueryWord]) -> list[QueryWord]:
        return list(qwords)  # nor to test a joined word

    def _trigram_words(self, key: str) -> list[str]:
        """Vocabulary words sharing a trigram with `key` (the first release's typo index)."""
        grams = {key[i : i + 3] for i in range(len(key) - 2)}
        if not grams:
            return []
        expr = " OR ".join(fts_string(g) for g in sorted(grams))
        return [
            str(r[0])
            for r in self.rows(
                "SELECT word FROM search_vocab_tri WHERE search_vocab_tri MATCH :q LIMIT 20000",
                {"q": expr},
            )
        ]

    def loosen(self, qwords: Sequence[QueryWord]) -> None:
        for q in qwords:
            key = self._key(q)
            allowed = names.max_typos(key)
            if not allowed or q.typos:
                continue
            close = {w: names.typo_distance(key, w) for w in self._trigram_words(key)}
            best = sorted((w for w, d in close.items() if 0 < d <= allowed), key=lambda w: close[w])
            # typo candidates are old-style keys here; db.name_match checks typos itself
            q.typos = {f"v1:{w}": close[w] for w in best[:MAX_TYPO_KEYS]}

    def options(self, q: QueryWord, strength: int) -> Options:
        # strength 1: the word as spelled, through the schema's person_names_fts
        if strength == 1:
            return Options(((RAW_MARK + q.token,),))
        groups: list[tuple[str, ...]] = [(self._key(q),)]
        if strength >= 3:
            same, short = names.name_group_forms(q.key)
            groups.append(tuple(sorted({fold_word_v1(f) for f in same | short})))
            groups.append(tuple(k.removeprefix("v1:") for k in q.typos))
        return Options(tuple(g for g in groups if g))

    def people(
        self,
        options: Sequence[Options],
        cap: int,
        seen: Iterable[int],
        admission: Admission | None = None,
    ) -> list[int]:
        found = self._people(options, cap, seen)
        return found if admission is None else admission.admit(found)[: admission.enough]

    def _people(self, options: Sequence[Options], cap: int, seen: Iterable[int]) -> list[int]:
        if not options or any(not o.groups for o in options) or cap <= 0:
            return []
        parts = []
        for opts in options:
            forms = [fts_string(f) for f in opts.all() if f]
            if not forms:
                return []
            parts.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
        skip = set(seen)
        sql = (
            "SELECT DISTINCT n.person_pk FROM search_names_fts f JOIN search_names n "
            "ON n.pk = f.rowid WHERE search_names_fts MATCH :q LIMIT :cap"
        )
        if all(o.all()[0].startswith(RAW_MARK) for o in options):
            parts = [fts_string(o.all()[0].removeprefix(RAW_MARK)) for o in options]
            sql = (
                "SELECT DISTINCT p.pk FROM person_names_fts f JOIN person_names n "
                "ON n.pk = f.rowid JOIN people p ON p.id = n.person_id "
                "WHERE person_names_fts MATCH :q LIMIT :cap"
            )
        rows = self.rows(sql, {"q": " AND ".join(parts), "cap": cap + len(skip)})
        return [int(pk) for (pk,) in rows if int(pk) not in skip][:cap]

    def nearest(self, q: QueryWord) -> tuple[str, list[int]] | None:
        key = self._key(q)
        words = self._trigram_words(key)
        close = [(names.typo_distance(key, w), w) for w in words if w != key]
        close = [(d, w) for d, w in close if d <= SUGGEST_EDITS]
        if not close:
            return None
        _d, word = min(close)
        pks = self.people([Options(((word,),))], 5, ())
        return word, pks

    def holds(self, token: str, form: str) -> bool:
        return fold_word_v1(token) == form

    def holding(self, pks: Sequence[int], forms: Sequence[str]) -> set[int]:
        return set(pks)  # not known from this index: anyone may

    def org_expression(self, q: QueryWord) -> str:
        key = self._key(q)
        return fts_string(key) + ("*" if q.prefix else "")


@functools.lru_cache(maxsize=4_096)
def _typed_forms(token: str, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The index forms of a token's typed neighbours: marked transliterations, and keys.

    Keys one edit from the token's own are left out: the deletion index
    finds those (KeyIndex._typos); the rest are what it cannot reach.
    """
    near = names.typed_neighbours(token)
    translits = tuple(TRANSLIT_MARK + t for t in sorted(near.translits))
    keys = tuple(k for k in sorted(near.keys) if names.typo_distance(key, k) > 1)
    return translits, keys


def _person_pks(rows: Iterable[Sequence[Any]]) -> list[int]:
    """The person pks of `rows` read from `search_keys` by a statement that tested WHOLE_PK."""
    return [pk for (pk,) in rows]


def _halves(q: QueryWord) -> list[tuple[str, str]]:
    """The two-part splits of a word that may be a double surname written together
    (of its Tatar reading too: Soltanğäliev as Sultan + galiev)."""
    t = q.translit
    if q.initial or q.prefix or q.patronymic or len(t) < 2 * COMPOUND_PART or not t.isalpha():
        return []  # a patronymic nobody holds is a patronymic the archive lacks, not two names
    out = []
    for read in (t, names.turkic_reading(q.token)):
        if read:
            out += [
                (read[:i], read[i:]) for i in range(COMPOUND_PART, len(read) - COMPOUND_PART + 1)
            ]
    return out


def _joinable(q: QueryWord) -> bool:
    """A word that may be half of a name written in two: no initial or patronymic."""
    return not (q.initial or q.patronymic) and q.translit.isalpha()


def _half_forms(half: str) -> tuple[str, str]:
    """A half's index forms: its transliterated form and key (counted with the word's own)."""
    return TRANSLIT_MARK + half, names.fold_word(half)


def rarity(holders: int) -> float:
    """1 for a word nobody or few hold, towards 0 for a common one (log scale)."""
    return 1.0 / (1.0 + math.log10(1 + holders))
