"""Offline search: one person however their name is written, then everything else.

`search(db, text)` parses `text` with db.query_language, then for each OR
alternative collects candidate people in tiers, best first:

1. names (db.name_index reads candidates, db.name_match ranks them): every
   query word must meet a word of the person's stored names at some level
   (the same spelling, another script, another romanization, a
   language-specific reading, the same given name in another language, a
   declined form, a short form, the start of a word being typed, a typo).
   Candidates are read in passes from strict to loose (transliterated forms,
   then keys, then typos, stems, equivalents and prefixes), each bounded, and
   ranked by the sum of the word levels, then by how close each stored
   spelling is to what was typed: 500-1000 points;
2. body text (biographies 400+, sentences and charges 350+, quotes and
   events 300+, sources 200+) through the schema's `<table>_fts` indexes.
   Only the first `BODY_CAP` matching rows of each source are read, each
   value cut to `BODY_READ_CHARS`, and they are ranked with Okapi BM25
   computed here: FTS5's own bm25() visits every matching row first;
3. organizations: people tried by a court or related to an organization
   whose name matches (380);
4. when nothing matched all words in one place: people who match each word
   somewhere in their record (scores averaged, halved);
5. names again, with one word left out (n − 1 of n; the first and last word
   of longer queries): 100-199, below every match of all the words.

`SearchResult.exact` is False when every person found is only similar (a
typo, or a word left out): the CLI then says "no exact match — similar
names", and the viewer says so above the list. Each name hit carries a
`NameMatch` saying why it matched, word by word.

People are grouped (one hit per person, the best), `NOT` terms remove people,
field filters restrict every tier in SQL. User words reach MATCH only as
quoted FTS5 strings. In snippets and `matched_text` the matched words are
wrapped in `HIGHLIGHT_START` / `HIGHLIGHT_END` ("[" and "]").

Every query is bounded; pass an `Archive` to have SQLite interrupt anything
that runs past `time_limit_ms` (its progress handler), or a plain
`Database`, where the limit is checked between steps. Either way a timeout
returns the people found so far (name hits are found first, so a huge text
value elsewhere never hides them) with a notice; `Archive.cancel()` raises
QueryInterruptedError as everywhere else.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import json
import math
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from db import names
from db.connection import Archive
from db.migrations import EVENT_KINDS, FTS_TABLES
from db.name_index import Admission, KeyIndex, LegacyIndex, NameIndex, Options
from db.name_index import fts_string as fts_string
from db.name_match import (
    LEVEL_COST,
    WEAK_COST,
    MatchCache,
    MatchLevel,
    NameMatch,
    PersonMatch,
    QueryWord,
    RankFloor,
    match_person,
    prime_stored,
    query_words,
    rank_floor,
)
from db.query_language import (
    QUERY_NOTE_TEXTS,
    Alternative,
    Filters,
    ParsedQuery,
    QueryNote,
    QueryNoteKind,
    Term,
    note,
    parse,
)
from db.records import PersonId, PersonPk
from db.search_index import HAS_KEY_INDEX_SQL, TRANSLIT_MARK
from db.sqlite_errors import is_interrupt

_WORD_RE = re.compile(r"\w+", re.UNICODE)
HIGHLIGHT_START = "["
HIGHLIGHT_END = "]"
SEARCH_TIME_LIMIT_MS = 2000
PRESENT_TIME_LIMIT_MS = 1000
"""Extra time to load names and snippets of the people found in time."""
BODY_CAP = 200
"""Rows read per body source and ranked with BM25; further matches are not read."""
BODY_READ_CHARS = 20_000
"""Characters read of each text value (a value of 50 MB is read only this far)."""
NAME_READ_CHARS = 300
"""Characters read of each stored name (names are short; a hostile one is not)."""
NAME_CAP = 2000
"""Candidate people read per name pass at most."""
CAP_LIMIT_MIN = 100
"""A smaller limit reads the candidates of this one (the viewer's and the CLI's limit)."""
INITIALS_SCAN = 1000
"""Candidates read by the full words of a query with initials (Иванова П. Ф.): the
initials only rank them, so enough namesakes are read for the right one to be among them."""
EXCLUDE_CAP = 5000
FILTER_SCAN = 2000
"""With field filters, matches read per source before the filters are applied:
bounds the cost of a common word combined with a rare filter."""

SCORE_SPELLING = 1000.0
SCORE_NAME_FLOOR = 500.0
SCORE_PARTIAL = 199.0
SCORE_ORGANIZATION = 380.0
_BODY_BASE = {
    "biography": 400.0,
    "sentence": 350.0,
    "charge": 350.0,
    "quote": 300.0,
    "event": 300.0,
    "source": 200.0,
}


@dataclass(frozen=True, slots=True)
class PersonHit:
    """The best match for one person."""

    person_id: PersonId
    pk: PersonPk
    display_name: str
    score: float
    field: str  # name, biography, sentence, charge, quote, event, source, organization, filter
    matched_text: str  # the spelling (names) or snippet (text) that matched, marked
    snippet: str  # a short excerpt with the matched words marked
    system: str | None = None  # the spelling's name system, for name hits
    item_id: str | None = None  # the sentence, quote, event or source that matched
    name_match: NameMatch | None = None  # why a name matched, word by word

    @property
    def similar(self) -> bool:
        """Only a similar name: a typo, or a query word that matched nothing."""
        return self.name_match is not None and not self.name_match.confident


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[PersonHit, ...]
    person_ids: tuple[PersonId, ...]
    notice: str | None = None  # in English: every note, the time-out, a damaged index
    suggestion: str | None = None
    terms: tuple[str, ...] = ()
    timed_out: bool = False
    exact: bool = True  # False: no one matches; the hits are similar names
    notes: tuple[QueryNote, ...] = ()  # what the query's reading repaired, to word anew
    more: bool = False  # `limit` people are listed and more (may) match: the list is not all

    @property
    def similar_only(self) -> bool:
        """People were found, but none by the name as asked ("no exact match")."""
        return bool(self.hits) and not self.exact


@dataclass(slots=True)
class _Cand:
    score: float
    field: str
    text: str  # spelling for names; empty for body until the snippet is made
    system: str | None = None
    item_id: str | None = None
    words: tuple[tuple[str, bool], ...] = ()  # body: query words to highlight
    name: PersonMatch | None = None  # names: the match and the spelling's marked tokens


class _Timeout(Exception):
    """The time limit passed; the runner returns what it has."""


@dataclass(slots=True)
class _Ctx:
    db: Database
    archive: Archive | None
    deadline: float
    filters: Filters
    filter_sql: str
    filter_params: dict[str, Any]
    expand: bool
    typing: Term | None  # the word being typed (live search box), also matched as a prefix
    index: NameIndex | None = None
    notices: list[str] = field(default_factory=list)  # the time-out's
    notes: list[QueryNote] = field(default_factory=list)
    admitted: dict[int, bool] = field(default_factory=dict)
    """Who passed the field filters, for each person checked so far in this search."""
    capped: bool = False
    """A text source held more matches than BODY_CAP, which were not read: more may match."""

    def rows(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        if time.monotonic() > self.deadline:
            raise _Timeout
        try:
            return list(self.db.execute(sql, {**params, **self.filter_params}).fetchall())
        except sqlite3.OperationalError as exc:
            if is_interrupt(exc) and time.monotonic() > self.deadline:
                raise _Timeout from exc
            raise

    def text_rows(self, fts: str, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """`rows` of a query over the full-text index `fts`; none if that index is damaged.

        A damaged or hostile FTS table (a garbage segment, a config from no
        FTS5 version) fails only the queries that read it: the name tiers,
        which read the name index, and the other texts still answer, and a
        notice says what was not searched. Cancel and time limits still stop.
        """
        try:
            return self.rows(sql, params)
        except sqlite3.DatabaseError as exc:
            if is_interrupt(exc):
                raise
            damaged = note(QueryNoteKind.TEXT_INDEX_DAMAGED, table=fts.removesuffix("_fts"))
            if damaged not in self.notes:
                self.notes.append(damaged)  # a note, so the window and the CLI word it
            return []


# --- FTS5 expressions -------------------------------------------------------------


def _text_expr(term: Term, *, typing: bool = False) -> str:
    """FTS5 expression over body text (unicode61): a quoted string or phrase."""
    expr = fts_string(" ".join(term.words))
    return expr + "*" if (term.prefix or typing) and not term.phrase else expr


# --- filters ----------------------------------------------------------------------


def _filter_sql(ctx: _Ctx, f: Filters) -> tuple[str, dict[str, Any]]:
    """SQL conditions on `people p` for the field filters, with bound parameters."""
    conds: list[str] = []
    params: dict[str, Any] = {}

    def bind(prefix: str, values: Sequence[Any]) -> str:
        marks = []
        for i, v in enumerate(values):
            params[f"{prefix}{i}"] = v
            marks.append(f":{prefix}{i}")
        return ", ".join(marks)

    if f.statuses:
        conds.append(f"p.status IN ({bind('f_st', f.statuses)})")
    if f.roles:
        conds.append(
            "EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id "
            f"AND r.role IN ({bind('f_ro', f.roles)}))"
        )
    if f.courts:
        org_ids = _court_ids(ctx, f.courts)
        if not org_ids:
            courts = ", ".join(repr(c) for c in f.courts)
            ctx.notes.append(note(QueryNoteKind.NO_COURT, courts=courts))
            conds.append("0")
        else:
            conds.append(
                "EXISTS (SELECT 1 FROM sentences s WHERE s.person_id = p.id "
                f"AND s.court_id IN ({bind('f_co', org_ids)}))"
            )
    if f.articles:
        ors = []
        for i, a in enumerate(f.articles):
            params[f"f_ar{i}"] = a
            params[f"f_al{i}"] = a + "-"
            params[f"f_ah{i}"] = a + "/"
            ors.append(f"c.article = :f_ar{i} OR (c.article > :f_al{i} AND c.article < :f_ah{i})")
        conds.append(
            "EXISTS (SELECT 1 FROM sentences s JOIN charges c ON c.sentence_id = s.id "
            f"WHERE s.person_id = p.id AND ({' OR '.join(ors)}))"
        )
    if f.year_from is not None or f.year_to is not None:
        params["f_y0"] = f.year_from if f.year_from is not None else -9999
        params["f_y1"] = f.year_to if f.year_to is not None else 9999
        conds.append(
            "EXISTS (SELECT 1 FROM person_years y WHERE y.person_id = p.id "
            "AND y.year BETWEEN :f_y0 AND :f_y1)"
        )
    return " AND ".join(conds), params


def _court_ids(ctx: _Ctx, courts: Sequence[str]) -> list[str]:
    """Organization ids whose id or any spelling of whose name matches each value."""
    found: dict[str, None] = {}
    for value in courts:
        for (org_id,) in ctx.rows("SELECT id FROM organizations WHERE id = :v", {"v": value}):
            found[str(org_id)] = None
        keys = names.fold_words(value)
        if not keys:
            continue
        expr = " AND ".join(fts_string(k) for k in keys)
        for (org_id,) in ctx.text_rows(
            "search_org_names_fts",
            "SELECT DISTINCT n.org_id FROM search_org_names_fts f "
            "JOIN search_org_names n ON n.pk = f.rowid "
            "WHERE search_org_names_fts MATCH :q LIMIT 200",
            {"q": expr},
        ):
            found[str(org_id)] = None
    return list(found)


def _where(ctx: _Ctx) -> str:
    return f" AND {ctx.filter_sql}" if ctx.filter_sql else ""


# --- name tiers -------------------------------------------------------------------


def _cap(limit: int) -> int:
    """Candidate people to read per pass for `limit` results.

    Never fewer than for `CAP_LIMIT_MIN` results: the first five of a search must not
    depend on whether five or a hundred were asked for (with limit=5, 55 candidates
    held the first 55 of 80 namesakes read in archive order, not the best one).
    """
    return min(NAME_CAP, max(limit, CAP_LIMIT_MIN) + 50)


def _name_words(ctx: _Ctx, alt: Alternative) -> list[QueryWord]:
    """The alternative's words as QueryWords (prefix: `word*`, or the word being typed)."""
    pairs = [(w, t.prefix or t is ctx.typing) for t in alt.include for w in t.words]
    return query_words(pairs)


_PEOPLE_ROWS = f"""
SELECT pk, substr(display_name, 1, {NAME_READ_CHARS}), substr(sort_name, 1, {NAME_READ_CHARS}),
       gender IS 'female'
FROM people WHERE pk IN (SELECT value FROM json_each(:pks))
"""
_NAME_ROWS = f"""
SELECT p.pk, substr(n.name, 1, {NAME_READ_CHARS}), n.system
FROM people p JOIN person_names n ON n.person_id = p.id
WHERE p.pk IN (SELECT value FROM json_each(:pks))
"""


def _people_rows(ctx: _Ctx, pks: Sequence[int]) -> dict[int, tuple[str, str, bool]]:
    """(display name, sort name, a woman) of each person; the sort name is what `_hits`
    breaks ties by, a woman's consonant-final surname does not decline (db.name_match)."""
    out: dict[int, tuple[str, str, bool]] = {}
    for start in range(0, len(pks), 500):
        chunk = json.dumps(list(pks[start : start + 500]))
        for pk, shown, sort_name, female in ctx.rows(_PEOPLE_ROWS, {"pks": chunk}):
            out[int(pk)] = (str(shown), str(sort_name), bool(female))
    return out


def _name_rows(
    ctx: _Ctx, people: dict[int, tuple[str, str, bool]], pks: Sequence[int]
) -> dict[int, list[tuple[str, str]]]:
    """(spelling, system) of each of `pks` (people read by `_people_rows`): their names,
    then the display name if not among them."""
    out: dict[int, list[tuple[str, str]]] = {pk: [] for pk in pks if pk in people}
    for start in range(0, len(pks), 500):
        chunk = json.dumps(list(pks[start : start + 500]))
        for pk, name, system in ctx.rows(_NAME_ROWS, {"pks": chunk}):
            out[int(pk)].append((str(name), str(system)))
    for pk, spellings in out.items():
        shown = people[pk][0]
        if all(name != shown for name, _s in spellings):
            spellings.append((shown, "display"))
    return out


def _spellings(ctx: _Ctx, pks: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    """(spelling, system) of each person: their names, then the display name if not among them."""
    return _name_rows(ctx, _people_rows(ctx, pks), pks)


def _name_score(m: PersonMatch) -> float:
    """1000 for every word as stored; lower by level and distance; partial matches < 200."""
    cost, close = m.rank
    if m.match.partial or cost >= WEAK_COST:
        # n − 1 of n words, or every word only loosely (typos): ranked together
        return max(100.0, SCORE_PARTIAL - cost - close)
    return max(SCORE_NAME_FLOOR + 1, SCORE_SPELLING - 10 * cost - close)


_CEILING_SLACK = 1e-6
"""Added to a ceiling whose floor is not summed as the match is (a name declined in one
case): the last bit of a float may differ. Not otherwise: a tie must stay a tie."""


def _score_ceiling(floor: RankFloor) -> float:
    """The most `_name_score` can give a match whose rank is at least `floor`."""
    cost, close = floor.cost, floor.closeness
    if floor.partial or cost >= WEAK_COST:
        ceiling = max(100.0, SCORE_PARTIAL - cost - close)
    else:
        ceiling = max(SCORE_NAME_FLOOR + 1, SCORE_SPELLING - 10 * cost - close)
    return ceiling if floor.exact else ceiling + _CEILING_SLACK


SCORE_UNRANKED = -1.0
"""The score of a person read for a name tier but not matched in full: at least `limit`
people of the same tier rank above anyone their names could make them."""


def _prune(alt: Alternative, limit: int) -> int | None:
    """`limit` for `_rank_people`, unless NOT terms will take people out of the answer
    (those below the first `limit` would then move up, so each must be ranked)."""
    return None if alt.exclude else limit


def _rank_people(
    ctx: _Ctx,
    qwords: Sequence[QueryWord],
    pks: Sequence[int],
    out: dict[int, _Cand],
    limit: int | None = None,
) -> None:
    """Match each person's spellings against the words; keep the better of old and new.

    With `limit`, people are matched in full in the order of the most their
    names could score, then by sort name, as `_hits` orders them; once `limit`
    of them rank above the most the next one could, the rest cannot be among
    the first `limit` and are kept as SCORE_UNRANKED (still found: later
    tiers skip them as before). The most a person could score is known from
    their spellings (db.name_match.rank_floor), and for initials before they
    are read (`_initials_ceilings`): names are read in batches, in that order.
    Pass `limit` only when nothing is taken out of `out` afterwards (no NOT terms).
    """
    cache = MatchCache(qwords)
    people = _people_rows(ctx, pks)
    if limit is None or len(people) <= limit:
        found = _name_rows(ctx, people, [pk for pk in pks if pk in people])
        prime_stored(s for spellings in found.values() for s, _sys in spellings)
        for pk, spellings in found.items():
            m = match_person(qwords, _texts(spellings), cache, female=people[pk][2])
            _keep_match(out, pk, spellings, m)
        return
    before = _initials_ceilings(ctx, qwords, list(people))
    unread = sorted(people, key=lambda pk: (-before[pk], people[pk][1], pk))
    read = 0
    waiting: list[tuple[float, str, int]] = []  # (−most they could score, sort name, pk)
    spellings_of: dict[int, list[tuple[str, str]]] = {}
    best: list[tuple[float, str, int]] = []  # `_hits`' keys of the `limit` best so far
    while waiting or read < len(unread):
        nxt = unread[read] if read < len(unread) else None
        if nxt is not None and (not waiting or (-before[nxt], people[nxt][1], nxt) < waiting[0]):
            key = (-before[nxt], people[nxt][1], nxt)
            if len(best) >= limit and best[limit - 1] < key:
                break
            batch = unread[read : read + max(limit, RANK_BATCH)]
            read += len(batch)
            found = _name_rows(ctx, people, batch)
            prime_stored(s for spellings in found.values() for s, _sys in spellings)
            for pk, spellings in found.items():
                floor = rank_floor(qwords, _texts(spellings), cache)
                most = min(before[pk], _score_ceiling(floor))
                spellings_of[pk] = spellings
                heapq.heappush(waiting, (-most, people[pk][1], pk))
            continue
        key = waiting[0]
        if len(best) >= limit and best[limit - 1] < key:
            break
        heapq.heappop(waiting)
        pk = key[2]
        m = match_person(qwords, _texts(spellings_of[pk]), cache, female=people[pk][2])
        _keep_match(out, pk, spellings_of[pk], m)
        bisect.insort(best, (-_name_score(m), people[pk][1], pk))
        del best[limit:]
    for _most, _sort, pk in waiting:
        out.setdefault(pk, _Cand(SCORE_UNRANKED, "name", ""))
    for pk in unread[read:]:
        out.setdefault(pk, _Cand(SCORE_UNRANKED, "name", ""))


_INITIAL_CLOSENESS = 0.5
"""An initial's closeness to any longer stored word (db.name_match.closeness)."""
RANK_BATCH = 50
"""People whose names `_rank_people` reads at a time (at least `limit`)."""


def _texts(spellings: Sequence[tuple[str, str]]) -> list[str]:
    return [s for s, _sys in spellings]


def _keep_match(
    out: dict[int, _Cand], pk: int, spellings: Sequence[tuple[str, str]], m: PersonMatch
) -> None:
    """Record the person's match unless they scored better before."""
    score = _name_score(m)
    old = out.get(pk)
    if old is None or score > old.score:
        name, system = spellings[m.spelling]
        out[pk] = _Cand(score, "name", name, system, name=m)


def _initials_ceilings(
    ctx: _Ctx, qwords: Sequence[QueryWord], pks: Sequence[int]
) -> dict[int, float]:
    """The most each person could score, before their names are read: an initial is the
    start of a stored word (PREFIX, 8) at best, unless the person holds it as a word of its
    own (И. stored as И.), which the index says (NameIndex.holding)."""
    initials = [q for q in qwords if q.initial]
    if not initials or ctx.index is None:
        return dict.fromkeys(pks, math.inf)
    away: dict[int, int] = dict.fromkeys(pks, len(initials))
    for q in initials:
        forms = [*((TRANSLIT_MARK + q.translit,) if q.translit else ()), *q.keys]
        for pk in ctx.index.holding(pks, forms) if forms else pks:
            away[pk] -= 1
    cost = LEVEL_COST[MatchLevel.PREFIX]  # UNSTATED, MISSING cost more; closeness as much or more
    return {
        pk: _score_ceiling(RankFloor(False, cost * n, _INITIAL_CLOSENESS * n, True))
        for pk, n in away.items()
    }


def _raw_name_people(ctx: _Ctx, alt: Alternative, cap: int) -> list[int]:
    """Exact spellings only (expand_variants=False): the schema's person_names_fts."""
    expr = " AND ".join(_text_expr(t) for t in alt.include)
    rows = ctx.text_rows(
        "person_names_fts",
        "SELECT DISTINCT p.pk FROM person_names_fts f "
        "JOIN person_names n ON n.pk = f.rowid JOIN people p ON p.id = n.person_id "
        f"WHERE person_names_fts MATCH :q{_where(ctx)} LIMIT :cap",
        {"q": expr, "cap": cap},
    )
    return [int(r[0]) for r in rows]


def _filtered(ctx: _Ctx, pks: Sequence[int]) -> list[int]:
    """The people among `pks` that pass the field filters (each person checked once)."""
    if not ctx.filter_sql or not pks:
        return list(pks)
    todo = [pk for pk in pks if pk not in ctx.admitted]
    if todo:
        rows = ctx.rows(
            "SELECT p.pk FROM people p WHERE p.pk IN (SELECT value FROM json_each(:fpks)) "
            f"AND {ctx.filter_sql}",
            {"fpks": json.dumps(todo)},
        )
        keep = {int(r[0]) for r in rows}
        ctx.admitted.update((pk, pk in keep) for pk in todo)
    return [pk for pk in pks if ctx.admitted[pk]]


def _collect(ctx: _Ctx, options: Sequence[Options], cap: int, found: dict[int, None]) -> None:
    """Add the people holding a form of every word (filters applied) to `found`.

    With field filters, the first FILTER_SCAN people holding the words are
    filtered, as they are read: the walk stops once enough pass.
    """
    assert ctx.index is not None
    need = cap - len(found)
    if need <= 0:
        return
    if not ctx.filter_sql:
        pks = ctx.index.people(options, cap, found)
    else:
        admission = Admission(functools.partial(_filtered, ctx), need)
        pks = ctx.index.people(options, max(cap, FILTER_SCAN), found, admission)
    for pk in pks[:need]:
        found[pk] = None


def _lookup_words(qwords: Sequence[QueryWord]) -> list[QueryWord]:
    """The words that find candidates: initials (И., N.) only rank them, unless all are."""
    return [q for q in qwords if not q.initial] or list(qwords)


def _names_tier(
    ctx: _Ctx,
    alt: Alternative,
    out: dict[int, _Cand],
    limit: int,
    *,
    exact: bool = False,
    rank: bool = True,
) -> None:
    """Add people whose names hold every word: strict passes first, then loose ones.

    `exact` (NOT terms, and the parts of a combined match) skips typos,
    stems and the like; without `rank` people are found but not ranked.
    """
    if not ctx.expand:
        pks = _raw_name_people(ctx, alt, _cap(limit))
        if rank:
            _rank_people(ctx, _name_words(ctx, alt), pks, out, _prune(alt, limit))
        else:
            for pk in pks:
                out.setdefault(pk, _Cand(SCORE_SPELLING, "name", ""))
        return
    index = ctx.index
    assert index is not None
    qwords = _name_words(ctx, alt)
    if not qwords:
        return
    index.weigh(qwords)
    lookup = _lookup_words(qwords)
    cap = _cap(limit) if len(lookup) == len(qwords) else max(_cap(limit), INITIALS_SCAN)
    found: dict[int, None] = {}
    strengths = index.strict_strengths if exact else (*index.strict_strengths, 3)
    try:
        for strength in strengths:
            if len(found) >= limit:
                break
            if strength == 3:
                if not found:
                    # before typos: a double surname written as one word (Султангалиев,
                    # Чобанзаде) stands for its halves, strictly and then loosely
                    qwords, lookup = _respelled(ctx, qwords, cap, found, index.split_compounds)
                index.loosen(lookup)
            _collect(ctx, [index.options(q, strength) for q in lookup], cap, found)
        if not found and not exact:
            # last: a name stored as one word written in two (Gebre-Mariam) stands for the
            # word, strictly; the words as written, declined or mistyped, came first
            qwords, lookup = _respelled(ctx, qwords, cap, found, index.join_compounds)
    finally:
        # what was found before a timeout is still ranked and shown
        if rank:
            _rank_people(ctx, qwords, list(found), out, _prune(alt, limit))
        else:
            for pk in found:
                out.setdefault(pk, _Cand(SCORE_SPELLING - 100, "name", ""))


def _respelled(
    ctx: _Ctx,
    qwords: list[QueryWord],
    cap: int,
    found: dict[int, None],
    respell: Callable[[Sequence[QueryWord]], list[QueryWord]],
) -> tuple[list[QueryWord], list[QueryWord]]:
    """The words respelled (a compound split into stored halves, or two words joined into a
    stored one), if someone holds them so (then they are added to `found`); else unchanged."""
    assert ctx.index is not None
    split = respell(qwords)
    if len(split) != len(qwords):
        lookup = _lookup_words(split)
        for strength in ctx.index.strict_strengths:
            _collect(ctx, [ctx.index.options(q, strength) for q in lookup], cap, found)
        if found:
            return split, lookup
    return qwords, _lookup_words(qwords)


def _partial_names_tier(ctx: _Ctx, alt: Alternative, out: dict[int, _Cand], limit: int) -> None:
    """People whose names hold all query words but one (or the first and last of 4+).

    A patronymic or middle name the archive lacks, or a given name in a form
    nothing bridges, must not hide the person. The most common word is left
    out first, so a matching surname counts for more than a given name.
    """
    index = ctx.index
    if index is None or not ctx.expand:
        return
    qwords = _name_words(ctx, alt)
    if len(qwords) < 2:
        return
    index.weigh(qwords)
    prune = _prune(alt, limit)
    _partial_people(ctx, qwords, out, limit, prune)
    split = index.split_compounds(qwords)
    if len(split) > len(qwords):
        # and with a double surname written as one word split (Bekir Sıtkı Çobanzade)
        _partial_people(ctx, split, out, limit, prune)


def _partial_people(
    ctx: _Ctx, qwords: list[QueryWord], out: dict[int, _Cand], limit: int, prune: int | None
) -> None:
    """`_partial_names_tier` for one list of query words."""
    index = ctx.index
    assert index is not None
    lookup = [i for i, q in enumerate(qwords) if not q.initial]  # initials only rank
    if len(lookup) < 2:
        return
    index.loosen([qwords[i] for i in lookup])
    options = {i: index.options(qwords[i], 3) for i in lookup}
    subsets: list[list[int]] = []
    by_commonness = sorted(lookup, key=lambda i: qwords[i].weight)
    for drop in by_commonness:
        subsets.append([i for i in lookup if i != drop])
    if len(lookup) >= 4:
        subsets.append([lookup[0], lookup[-1]])
    found: dict[int, None] = dict.fromkeys(out)
    before = set(found)
    cap = _cap(limit)
    try:
        for subset in subsets:
            if len(found) - len(before) >= cap:
                break
            _collect(ctx, [options[i] for i in subset], len(before) + cap, found)
    finally:
        fresh = [pk for pk in found if pk not in before]
        _rank_people(ctx, qwords, fresh, out, prune)


# --- body tiers -------------------------------------------------------------------

# (field, fts table, FROM/JOIN clause reaching `people p`, item id expression);
# the FTS table is aliased `f`; its columns come from the content table
_BODY_SOURCES: tuple[tuple[str, str, str, str], ...] = (
    ("biography", "people_fts", "people_fts f JOIN people p ON p.pk = f.rowid", "NULL"),
    (
        "sentence",
        "sentences_fts",
        "sentences_fts f JOIN sentences s ON s.pk = f.rowid JOIN people p ON p.id = s.person_id",
        "s.id",
    ),
    (
        "charge",
        "charges_fts",
        "charges_fts f JOIN charges c ON c.pk = f.rowid "
        "JOIN sentences s ON s.id = c.sentence_id JOIN people p ON p.id = s.person_id",
        "s.id",
    ),
    (
        "quote",
        "quotes_fts",
        "quotes_fts f JOIN quotes q ON q.pk = f.rowid JOIN people p ON p.id = q.speaker_id",
        "q.id",
    ),
    (
        "quote",
        "quotes_fts",
        "quotes_fts f JOIN quotes q ON q.pk = f.rowid "
        "JOIN quote_subjects qs ON qs.quote_id = q.id JOIN people p ON p.id = qs.person_id",
        "q.id",
    ),
    (
        "event",
        "events_fts",
        "events_fts f JOIN events e ON e.pk = f.rowid "
        "JOIN event_people ep ON ep.event_id = e.id JOIN people p ON p.id = ep.person_id",
        "e.id",
    ),
    (
        "source",
        "sources_fts",
        "sources_fts f JOIN sources src ON src.pk = f.rowid "
        "JOIN citations c ON c.source_id = src.id AND c.entity_type = 'person' "
        "JOIN people p ON p.id = c.entity_id",
        "src.id",
    ),
)


def _text_sql(fts: str) -> str:
    """The indexed columns of an FTS table as one text (`f` is the FTS alias).

    Each column is cut to BODY_READ_CHARS: a hostile or careless archive may
    hold one value of tens of megabytes, and ranking and snippets need only
    its start.
    """
    table = fts.removesuffix("_fts")
    columns = dict(FTS_TABLES)[table]
    return " || ' ' || ".join(f"substr(coalesce(f.{c}, ''), 1, {BODY_READ_CHARS})" for c in columns)


@functools.lru_cache(maxsize=100_000)
def plain(word: str) -> str:
    """A word as unicode61 with remove_diacritics 2 sees it: case and accents gone."""
    decomposed = unicodedata.normalize("NFD", names.clean(word))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _query_words(terms: Sequence[Term], typing: Term | None) -> list[tuple[str, bool]]:
    """(plain word, is a prefix) for every word of the terms, for tf and highlighting."""
    out: list[tuple[str, bool]] = []
    for t in terms:
        for w in t.words:
            out.append((plain(w), t.prefix or t is typing))
    return out


def _token_matches(token: str, qwords: Sequence[tuple[str, bool]]) -> int:
    """Index of the query word `token` matches, or -1."""
    p = plain(token)
    for i, (w, prefix) in enumerate(qwords):
        if p == w or (prefix and p.startswith(w)):
            return i
    return -1


_BM25_K1, _BM25_B = 1.2, 0.75


def _bm25(texts: Sequence[str], qwords: Sequence[tuple[str, bool]], complete: bool) -> list[float]:
    """Okapi BM25 of each text over the capped candidate set (FTS5's k1 and b).

    FTS5's bm25() counts every document holding a term before it returns the
    first row, which costs ~4 µs per match (seconds for a common word at 1M
    people); here document frequencies come from the candidates themselves,
    and only when they are all the matches (`complete`), else terms weigh 1.
    """
    counts: list[list[int]] = []
    lengths: list[int] = []
    for text in texts:
        tf = [0] * len(qwords)
        tokens = _WORD_RE.findall(text)
        for token in tokens:
            i = _token_matches(token, qwords)
            if i >= 0:
                tf[i] += 1
        counts.append(tf)
        lengths.append(max(len(tokens), 1))
    if not texts:
        return []
    avg = sum(lengths) / len(lengths)
    n = len(texts)
    idf = [1.0] * len(qwords)
    if complete:
        for i in range(len(qwords)):
            df = sum(1 for tf in counts if tf[i])
            idf[i] = math.log(1 + (n - df + 0.5) / (df + 0.5))
    scores = []
    for tf, dl in zip(counts, lengths, strict=True):
        norm = _BM25_K1 * (1 - _BM25_B + _BM25_B * dl / avg)
        scores.append(
            sum(w * f * (_BM25_K1 + 1) / (f + norm) for w, f in zip(idf, tf, strict=True))
        )
    return scores


def highlight(text: str, qwords: Sequence[tuple[str, bool]], *, window: int = 16) -> str:
    """A window of `text` around the first matched word, matched words marked."""
    tokens = list(_WORD_RE.finditer(text))
    hits = [i for i, m in enumerate(tokens) if _token_matches(m.group(0), qwords) >= 0]
    if not tokens:
        return text[:200]
    first = hits[0] if hits else 0
    lo = max(0, first - window // 3)
    hi = min(len(tokens), lo + window)
    start = tokens[lo].start() if lo else 0
    end = tokens[hi - 1].end() if hi < len(tokens) else len(text)
    marked: list[str] = []
    pos = start
    for i in range(lo, hi):
        m = tokens[i]
        if i in hits:
            marked.append(text[pos : m.start()])
            marked.append(f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_END}")
            pos = m.end()
    marked.append(text[pos:end])
    return ("…" if start else "") + "".join(marked) + ("…" if end < len(text) else "")


def _body_tier(
    ctx: _Ctx, alt: Alternative, out: dict[int, _Cand], kinds: Sequence[str], limit: int
) -> None:
    """Add people mentioned by one text that holds every term; BM25 on a capped set.

    Sources are visited from the highest base score down and a source's
    scores never reach the one before, so stopping at `limit` people keeps
    the order of the first `limit` exact.
    """
    expr = " AND ".join(_text_expr(t, typing=t is ctx.typing) for t in alt.include)
    qwords = _query_words(alt.include, ctx.typing)
    event_kinds = [k for k in kinds if k in EVENT_KINDS]
    for fld, fts, joins, item in _BODY_SOURCES:
        if len(out) >= limit:
            return
        if kinds and fld not in kinds and not (fld == "event" and event_kinds):
            continue
        extra = ""
        if fld == "event" and event_kinds:
            marks = ", ".join(f"'{k}'" for k in event_kinds)  # known constants only
            extra = f" AND e.kind IN ({marks})"
        if ctx.filter_sql:
            # filters are checked on the first FILTER_SCAN matches only, and the
            # text is read for the rows that pass
            sql = (
                f"WITH m(pk, item, r) AS MATERIALIZED (SELECT p.pk, {item}, f.rowid "
                f"FROM {joins} WHERE {fts} MATCH :q{extra} LIMIT :scan) "
                f"SELECT m.pk, m.item, {_text_sql(fts)} FROM m JOIN people p ON p.pk = m.pk "
                f"JOIN {fts} f ON f.rowid = m.r WHERE {ctx.filter_sql} LIMIT :cap"
            )
        else:
            sql = (
                f"SELECT p.pk, {item}, {_text_sql(fts)} FROM {joins} "
                f"WHERE {fts} MATCH :q{extra} LIMIT :cap"
            )
        rows = ctx.text_rows(fts, sql, {"q": expr, "cap": BODY_CAP + 1, "scan": FILTER_SCAN})
        complete = len(rows) <= BODY_CAP
        ctx.capped = ctx.capped or not complete
        rows = rows[:BODY_CAP]
        rows = [(pk, item_id, str(text).strip()) for pk, item_id, text in rows]
        scores = _bm25([r[2] for r in rows], qwords, complete)
        # the speaker of a quote ranks above the people it is about
        bonus = 1.0 if "speaker_id" in joins else 0.0
        for (person_pk, item_id, text), bm in zip(rows, scores, strict=True):
            score = _BODY_BASE[fld] + min(bm * 4 + bonus, 49.0)
            old = out.get(int(person_pk))
            if old is None or score > old.score:
                out[int(person_pk)] = _Cand(
                    score,
                    fld,
                    text,
                    item_id=None if item_id is None else str(item_id),
                    words=tuple(qwords),
                )


_ORG_PEOPLE_SQL = """
SELECT p.pk, s.court_id, s.id FROM sentences s JOIN people p ON p.id = s.person_id
WHERE s.court_id IN (SELECT value FROM json_each(:orgs))
UNION ALL
SELECT p.pk, r.org_id, r.id FROM relations r JOIN people p ON p.id = r.person_id
WHERE r.org_id IN (SELECT value FROM json_each(:orgs))
"""


def _org_tier(ctx: _Ctx, alt: Alternative, out: dict[int, _Cand]) -> None:
    """Add people tried by a court, or held or working in an organization, named so."""
    assert ctx.index is not None
    qwords = _name_words(ctx, alt)
    if not qwords or len(qwords) < sum(len(t.words) for t in alt.include):
        return
    expr = " AND ".join(ctx.index.org_expression(q) for q in qwords)
    orgs = {
        str(org_id): str(name)
        for org_id, name in ctx.text_rows(
            "search_org_names_fts",
            "SELECT n.org_id, n.name FROM search_org_names_fts f "
            "JOIN search_org_names n ON n.pk = f.rowid "
            "WHERE search_org_names_fts MATCH :q LIMIT 200",
            {"q": expr},
        )
    }
    if not orgs:
        return
    sql = _ORG_PEOPLE_SQL
    if ctx.filter_sql:
        sql = (
            f"SELECT k.* FROM ({sql} LIMIT :scan) AS k JOIN people p ON p.pk = k.pk "
            f"WHERE {ctx.filter_sql}"
        )
    params = {"orgs": json.dumps(list(orgs)), "cap": NAME_CAP, "scan": FILTER_SCAN}
    for person_pk, org_id, item_id in ctx.rows(sql + " LIMIT :cap", params):
        if int(person_pk) not in out:
            out[int(person_pk)] = _Cand(
                SCORE_ORGANIZATION, "organization", orgs[str(org_id)], item_id=str(item_id)
            )


# --- alternatives -----------------------------------------------------------------


def _match(
    ctx: _Ctx,
    alt: Alternative,
    limit: int,
    out: dict[int, _Cand],
    *,
    exact: bool = False,
    rank: bool = True,
) -> None:
    """Add people matching one alternative to `out`, best tiers first.

    `out` is filled as the tiers go, so a timeout in a later tier keeps what
    the earlier ones found. `exact` (NOT terms) turns off typos, stems and
    partial names.
    """
    kinds = ctx.filters.kinds
    if not kinds or "name" in kinds:
        _names_tier(ctx, alt, out, limit, exact=exact, rank=rank)
    body_kinds = [k for k in kinds if k != "name"]
    if (not kinds or body_kinds) and len(out) < limit:
        _body_tier(ctx, alt, out, body_kinds, limit)
    if ctx.expand and (not kinds or "organization" in kinds) and len(out) < limit:
        _org_tier(ctx, alt, out)
    if len(alt.include) > 1 and not out and not exact:
        _combined(ctx, alt, out)
    # every word matched, and not only loosely (db.name_match.WEAK_COST)
    full_name_hit = any(c.name is not None and c.score > SCORE_PARTIAL for c in out.values())
    # a patronymic typed, and room left: the person the archive states none for is next
    # (Мария Александровна Колесникова beside a namesake whose record has it)
    typed = [w for t in alt.include for w in t.words]
    patronymic = (
        len(out) < limit and len(typed) >= 3 and any(map(names.looks_like_patronymic, typed))
    )
    if not exact and (not full_name_hit or patronymic) and (not kinds or "name" in kinds):
        _partial_names_tier(ctx, alt, out, limit)


def _combined(ctx: _Ctx, alt: Alternative, out: dict[int, _Cand]) -> None:
    """Each word somewhere in the person's record (a name word and a court, …).

    The rarest name word is looked up first, and the search stops at the
    first word that leaves no one (a patronymic nobody has): the common
    words, which cost the most, are then never read.
    """
    parts: list[dict[int, _Cand]] = []
    common: set[int] | None = None
    for t in _rarest_first(ctx, alt.include):
        part: dict[int, _Cand] = {}
        _match(ctx, Alternative((t,)), NAME_CAP, part, exact=True, rank=False)
        parts.append(part)
        common = set(part) if common is None else common & set(part)
        if not common:
            return
    for pk in common or ():
        if pk in out:
            continue
        best = max((p[pk] for p in parts), key=lambda c: c.score)
        score = sum(p[pk].score for p in parts) / len(parts) / 2
        out[pk] = _Cand(score, best.field, best.text, best.system, best.item_id, best.words)


def _rarest_first(ctx: _Ctx, terms: Sequence[Term]) -> list[Term]:
    """The terms, those whose name words fewest people hold first (stable otherwise)."""
    if ctx.index is None:
        return list(terms)
    weights: list[float] = []
    for t in terms:
        qwords = query_words([(w, False) for w in t.words])
        ctx.index.weigh(qwords)
        weights.append(max((q.weight for q in qwords), default=1.0))
    order = sorted(range(len(terms)), key=lambda i: -weights[i])
    return [terms[i] for i in order]


def _filter_only(ctx: _Ctx, limit: int) -> dict[int, _Cand]:
    """People matching the filters alone, in name order (the people_order ranks)."""
    conds = [ctx.filter_sql] if ctx.filter_sql else []
    event_kinds = [k for k in ctx.filters.kinds if k in EVENT_KINDS]
    if event_kinds:
        marks = ", ".join(f"'{k}'" for k in event_kinds)  # known constants only
        conds.append(
            "EXISTS (SELECT 1 FROM event_people ep JOIN events e ON e.id = ep.event_id "
            f"WHERE ep.person_id = p.id AND e.kind IN ({marks}))"
        )
    if "quote" in ctx.filters.kinds:
        conds.append(
            "(EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = p.id) OR "
            "EXISTS (SELECT 1 FROM quote_subjects qs WHERE qs.person_id = p.id))"
        )
    if {"sentence", "charge"} & set(ctx.filters.kinds):
        conds.append("EXISTS (SELECT 1 FROM sentences s WHERE s.person_id = p.id)")
    where = " AND ".join(conds) or "1"
    rows = ctx.rows(
        # walk the name order and stop at `limit` matches (SQLite would otherwise
        # collect every person a broad filter matches and sort them)
        "SELECT p.pk FROM people_order o CROSS JOIN people p ON p.pk = o.person_pk "
        f"WHERE {where} ORDER BY o.by_name LIMIT :lim",
        {"lim": limit},
    )
    return {int(r[0]): _Cand(0.0, "filter", "") for r in rows}


# --- presentation -----------------------------------------------------------------


def _mark_spelling(spelling: str, marked_tokens: frozenset[int]) -> str:
    """The spelling with each space-separated part holding a matched token marked."""
    out: list[str] = []
    index = 0
    for part in spelling.split(" "):
        count = len(names.tokens(part))
        hit = any(i in marked_tokens for i in range(index, index + count))
        index += count
        out.append(f"{HIGHLIGHT_START}{part}{HIGHLIGHT_END}" if hit and part else part)
    return " ".join(out)


def _mark_org(text: str, parsed: ParsedQuery) -> str:
    """An organization's name with the words that meet a query word marked."""
    keys = {k for alt in parsed.alternatives for t in alt.include for k in names.all_keys(t.words)}
    out = []
    for part in text.split(" "):
        hit = any(k in keys for t in names.tokens(part) for k in names.key_forms(t))
        out.append(f"{HIGHLIGHT_START}{part}{HIGHLIGHT_END}" if hit else part)
    return " ".join(out)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _suggest(ctx: _Ctx, parsed: ParsedQuery) -> str | None:
    """The stored spelling of the name word nearest to the first query word (≤ 3 edits)."""
    if ctx.index is None:
        return None
    for alt in parsed.alternatives:
        for q in _name_words(ctx, alt):
            if len(q.key) < 3:
                continue
            found = ctx.index.nearest(q)
            if found is None:
                continue
            nearest, pks = found
            tokens = [
                token
                for spellings in _spellings(ctx, pks).values()
                for spelling, _system in spellings
                for token in spelling.split()
                if nearest in names.all_keys([token]) or ctx.index.holds(token, nearest)
            ]
            if tokens:  # the spelling nearest to what was typed, in its script
                typed = names.clean(q.raw)
                return min(
                    tokens,
                    key=lambda tok: (
                        _is_cyrillic(tok) != _is_cyrillic(q.raw),
                        names.typo_distance(names.clean(tok), typed),
                        tok,
                    ),
                )
    return None


def _people_info(ctx: _Ctx, pks: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """(id, display name, sort name) of each person."""
    info: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(pks), 500):
        chunk = pks[start : start + 500]
        for pk, pid, display, sort_name in ctx.rows(
            f"SELECT pk, id, substr(display_name, 1, {NAME_READ_CHARS}), "
            f"substr(sort_name, 1, {NAME_READ_CHARS}) FROM people "
            "WHERE pk IN (SELECT value FROM json_each(:pks))",
            {"pks": json.dumps(list(chunk))},
        ):
            info[int(pk)] = (str(pid), str(display), str(sort_name))
    return info


def _hits(ctx: _Ctx, cands: dict[int, _Cand], parsed: ParsedQuery, limit: int) -> list[PersonHit]:
    if not cands:
        return []
    # only the people scoring at least the `limit`-th best can be shown (ties go by sort
    # name): the rest are read only if some of those have no row
    by_score = sorted(cands, key=lambda pk: -cands[pk].score)
    cut = cands[by_score[limit - 1]].score if len(by_score) > limit else -math.inf
    pks = [pk for pk in by_score if cands[pk].score >= cut]
    info = _people_info(ctx, pks)
    if len(info) < min(limit, len(pks)) < len(by_score):
        pks = by_score
        info.update(_people_info(ctx, [pk for pk in pks if pk not in info]))
    ordered = sorted(
        (pk for pk in pks if pk in info),
        key=lambda pk: (-cands[pk].score, info[pk][2], pk),
    )[:limit]
    hits = []
    for pk in ordered:
        c = cands[pk]
        pid, display, _sort = info[pk]
        if c.field == "name":
            marked = _mark_spelling(c.text, c.name.marked) if c.name else c.text
            snippet = marked
        elif c.field == "organization":
            marked = snippet = _mark_org(c.text, parsed)
        else:
            snippet = highlight(c.text, c.words)
            marked = snippet
        hits.append(
            PersonHit(
                person_id=PersonId(pid),
                pk=PersonPk(pk),
                display_name=display,
                score=round(c.score, 3),
                field=c.field,
                matched_text=marked,
                snippet=snippet,
                system=c.system,
                item_id=c.item_id,
                name_match=c.name.match if c.name else None,
            )
        )
    return hits


def _run(ctx: _Ctx, parsed: ParsedQuery, limit: int) -> tuple[dict[int, _Cand], bool]:
    """Candidates of all alternatives minus exclusions; (candidates, timed out).

    An alternative of exclusions alone (`NOT judge`, `-judge`) is everyone the
    filters admit except the excluded; a query left with nothing once its
    notes' parts were ignored (only `role:xyz`) is everyone, as an empty
    search box shows them, and its note says what was ignored.
    """
    cands: dict[int, _Cand] = {}
    if not parsed.alternatives:
        try:
            if parsed.filters.any() or parsed.notes:
                cands = _filter_only(ctx, limit)
        except _Timeout:
            return cands, True
        return cands, False
    timed_out = False
    for alt in parsed.alternatives:
        found: dict[int, _Cand] = {}
        try:
            if alt.include:
                _match(ctx, alt, limit, found)
        except _Timeout:
            timed_out = True
        try:
            gone: set[int] = set()
            for t in alt.exclude:
                matched: dict[int, _Cand] = {}
                found_capped, ctx.capped = ctx.capped, False
                _match(ctx, Alternative((t,)), EXCLUDE_CAP, matched, exact=True, rank=False)
                if ctx.capped or len(matched) >= EXCLUDE_CAP:  # not all who match were read
                    said = " ".join(t.words)
                    ctx.notes.append(note(QueryNoteKind.EXCLUSION_INCOMPLETE, words=said))
                ctx.capped = found_capped
                gone.update(matched)
            if not alt.include and not timed_out:
                # the first `limit` people the exclusions leave, in name order
                found = _filter_only(ctx, limit + len(gone))
            for pk in gone:
                found.pop(pk, None)
        except _Timeout:
            # the exclusions could not be applied: show none rather than wrong ones
            found = {}
            timed_out = True
        for pk, c in found.items():
            if pk not in cands or c.score > cands[pk].score:
                cands[pk] = c
        if timed_out:
            break
    return cands, timed_out


TEXT_INDEX_DAMAGED_NOTICE = QUERY_NOTE_TEXTS[QueryNoteKind.TEXT_INDEX_DAMAGED]
"""The notice of a full-text index that failed to read (`_Ctx.text_rows`, a QueryNote)."""
TIMED_OUT_NOTICE = (
    "The search took too long and was stopped; the results may be incomplete. "
    "Add words or filters to narrow it."
)
"""The notice of a search cut short (`SearchResult.timed_out`); the viewer words it itself."""


def _iter_notices(notes: Sequence[QueryNote], extra: Sequence[str]) -> Iterator[str]:
    yield from (n.text for n in notes)
    yield from extra


def _index_for(ctx: _Ctx) -> NameIndex:
    found = ctx.rows(HAS_KEY_INDEX_SQL, {})
    return KeyIndex(ctx.rows) if found else LegacyIndex(ctx.rows)


def search(
    db: Database | Archive,
    text: str,
    *,
    limit: int = 100,
    expand_variants: bool = True,
    time_limit_ms: int | None = None,
    live: bool = False,
) -> SearchResult:
    """Find people by any spelling of their name, by text and by field filters.

    `live` is for a search box that searches while the user types: the last
    word, with no space after it yet, also matches as the start of a word.
    Everywhere else (the CLI, scripts) the query is taken as complete.

    Never raises for any `text`; what was repaired or cut short is in
    `SearchResult.notice`. With an `Archive`, `Archive.cancel()` raises
    QueryInterruptedError, and damaged-file errors surface as ArchiveError.
    `time_limit_ms` defaults to SEARCH_TIME_LIMIT_MS, read at call time.
    """
    if time_limit_ms is None:
        time_limit_ms = SEARCH_TIME_LIMIT_MS
    archive = db if isinstance(db, Archive) else None
    database = db.db if isinstance(db, Archive) else db
    limit = max(1, int(limit))
    parsed = parse(text)
    ctx = _Ctx(
        database,
        archive,
        time.monotonic() + time_limit_ms / 1000,
        parsed.filters,
        "",
        {},
        expand_variants,
        parsed.typing if (expand_variants and live) else None,
    )
    if archive is not None and not archive.search_available:
        notice = archive.search_problem or "Search is unavailable for this archive."
        return SearchResult(hits=(), person_ids=(), notice=notice, terms=parsed.terms())
    if archive is None:
        cands, timed_out = _gather(ctx, parsed, limit)
        return _present(ctx, parsed, cands, timed_out, limit)
    with archive.time_limit(time_limit_ms):
        cands, timed_out = _gather(ctx, parsed, limit)
    ctx.deadline = time.monotonic() + PRESENT_TIME_LIMIT_MS / 1000
    with archive.time_limit(PRESENT_TIME_LIMIT_MS):
        return _present(ctx, parsed, cands, timed_out, limit)


def _gather(ctx: _Ctx, parsed: ParsedQuery, limit: int) -> tuple[dict[int, _Cand], bool]:
    try:
        ctx.index = _index_for(ctx)
        ctx.filter_sql, ctx.filter_params = _filter_sql(ctx, parsed.filters)
    except _Timeout:
        return {}, True
    return _run(ctx, parsed, limit + 1)  # one more than listed: `more` can tell


def _present(
    ctx: _Ctx, parsed: ParsedQuery, cands: dict[int, _Cand], timed_out: bool, limit: int
) -> SearchResult:
    if timed_out:
        ctx.notices.append(TIMED_OUT_NOTICE)
    hits: list[PersonHit] = []
    suggestion: str | None = None
    try:
        hits = _hits(ctx, cands, parsed, limit)
        if not hits and parsed.alternatives and not timed_out:
            suggestion = _suggest(ctx, parsed)
    except _Timeout:
        # people were found but could not be listed in time: an empty list
        # with no notice would read as "nobody found"
        if cands and not hits and not timed_out:
            timed_out = True
            ctx.notices.append(TIMED_OUT_NOTICE)
    notes = (*parsed.notes, *ctx.notes)
    notice = " ".join(_iter_notices(notes, ctx.notices)) or None
    exact = not hits or any(not h.similar for h in hits)
    # the tiers collect one more than `limit` (`_gather`): holding it, more match than listed
    more = (len(hits) >= limit and len(cands) > limit) or (bool(hits) and ctx.capped)
    return SearchResult(
        hits=tuple(hits),
        person_ids=tuple(h.person_id for h in hits),
        notice=notice,
        notes=notes,
        suggestion=suggestion,
        terms=parsed.terms(),
        timed_out=timed_out,
        exact=exact,
        more=more,
    )


def spelling_languages(
    db: Database | Archive, hits: Sequence[PersonHit], *, chunk: int = 400
) -> dict[PersonId, str]:
    """The language tag (`person_names.lang`) of each name hit's matched spelling.

    The search index keeps keys, not languages; the viewer wants to say
    "Ціханоўскі — Belarusian (Cyrillic)" beside a name match, so it asks here
    for the spellings it shows. Hits on a display name that is not among the
    person's spellings get no entry.
    """
    database = db.db if isinstance(db, Archive) else db
    wanted = {
        h.person_id: h.matched_text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        for h in hits
        if h.field == "name"
    }
    ids = list(wanted)
    out: dict[PersonId, str] = {}
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        params = {f"p{i}": pid for i, pid in enumerate(part)}
        marks = ", ".join(f":{name}" for name in params)
        sql = f"SELECT person_id, name, lang FROM person_names WHERE person_id IN ({marks})"
        for row in database.query(sql, params):
            pid = PersonId(row["person_id"])
            if pid not in out and wanted.get(pid) == row["name"]:
                out[pid] = str(row["lang"])
    return out
