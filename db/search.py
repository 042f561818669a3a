"""Offline search: one person however their name is written, then everything else.

`search(db, text)` parses `text` with db.query_language, then for each OR
alternative collects candidate people in tiers, best first, and stops as soon
as `limit` people are found:

1. names, by folded key (db.names): a stored spelling equal to the query
   scores 1000, a key match 900, a prefix 800, a typo 700 or 650 (one or
   two edits, verified with OSA distance over the key vocabulary);
2. body text (biographies 400+, sentences and charges 350+, quotes and
   events 300+, sources 200+) through the schema's `<table>_fts` indexes.
   Only the first `BODY_CAP` matching rows of each source are read, and they
   are ranked with Okapi BM25 computed here: FTS5's own bm25() visits every
   matching row first (~4 µs each, seconds for a common word at 1M people);
3. organizations: people tried by a court or related to an organization
   whose name matches (380);
4. only when nothing matched all words in one place: people who match each
   word somewhere in their record (scores averaged, halved).

People are grouped (one hit per person, the best), `NOT` terms remove people,
field filters restrict every tier in SQL. User words reach MATCH only as
quoted FTS5 strings. In snippets and `matched_text` the matched words are
wrapped in `HIGHLIGHT_START` / `HIGHLIGHT_END` ("[" and "]"); snippets are
cut from the text already read rather than by one FTS5 snippet() query per
hit.

Every query is bounded; pass an `Archive` to have SQLite interrupt anything
that runs past `time_limit_ms` (its progress handler), or a plain
`Database`, where the limit is checked between steps. Either way a timeout
returns the people found so far with a notice; `Archive.cancel()` raises
QueryInterruptedError as everywhere else.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlite_utils import Database

from db import names
from db.connection import Archive
from db.migrations import EVENT_KINDS, FTS_TABLES
from db.query_language import Alternative, Filters, ParsedQuery, Term, parse
from db.records import PersonId, PersonPk
from db.sqlite_errors import is_interrupt

_WORD_RE = re.compile(r"\w+", re.UNICODE)
HIGHLIGHT_START = "["
HIGHLIGHT_END = "]"
SEARCH_TIME_LIMIT_MS = 2000
PRESENT_TIME_LIMIT_MS = 1000
"""Extra time to load names and snippets of the people found in time."""
BODY_CAP = 200
"""Rows read per body source and ranked with BM25; further matches are not read."""
NAME_CAP = 2000
"""Name rows read per tier; enough for every spelling of `limit` people."""
EXCLUDE_CAP = 5000
FILTER_SCAN = 2000
"""With field filters, matches read per source before the filters are applied:
bounds the cost of a common word combined with a rare filter."""
VOCAB_CAP = 20_000

SCORE_SPELLING = 1000.0
SCORE_KEY = 900.0
SCORE_PREFIX = 800.0
SCORE_TYPO = (750.0, 700.0, 650.0)  # by edit distance 0 (shouldn't happen), 1, 2
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


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[PersonHit, ...]
    person_ids: tuple[PersonId, ...]
    notice: str | None = None
    suggestion: str | None = None
    terms: tuple[str, ...] = ()
    timed_out: bool = False


@dataclass(slots=True)
class _Cand:
    score: float
    field: str
    text: str  # spelling for names; empty for body until the snippet is made
    system: str | None = None
    item_id: str | None = None
    words: tuple[tuple[str, bool], ...] = ()  # body: query words to highlight


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
    typing: Term | None  # the word being typed, also matched as a prefix
    notices: list[str] = field(default_factory=list)

    def rows(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        if time.monotonic() > self.deadline:
            raise _Timeout
        try:
            return list(self.db.execute(sql, {**params, **self.filter_params}).fetchall())
        except sqlite3.OperationalError as exc:
            if is_interrupt(exc) and time.monotonic() > self.deadline:
                raise _Timeout from exc
            raise


# --- FTS5 expressions -------------------------------------------------------------


def fts_string(text: str) -> str:
    """`text` as one FTS5 string token: double quotes doubled, then quoted."""
    return '"' + text.replace('"', '""') + '"'


def _key_expr(term: Term, *, typos: dict[str, list[str]], typing: bool) -> str | None:
    """FTS5 expression over folded keys for one term (None if it folds to nothing)."""
    keys = [k for k in (names.fold_word(w) for w in term.words) if k]
    if not keys:
        return None
    if term.phrase:
        return fts_string(" ".join(keys))
    key = keys[0] if len(keys) == 1 else None
    if key is None:
        return fts_string(" ".join(keys))
    options = [fts_string(key)]
    if term.prefix or typing:
        options.append(fts_string(key) + "*")
        shorter = names.fold_word(term.words[0][:-1])
        if len(shorter) >= 2 and shorter != key:
            options.append(fts_string(shorter) + "*")
    options += [fts_string(t) for t in typos.get(key, ())]
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


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
            ctx.notices.append(f"No court matches {', '.join(repr(c) for c in f.courts)}.")
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
        for (org_id,) in ctx.rows(
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


def _typo_candidates(ctx: _Ctx, key: str) -> list[str]:
    """Vocabulary words within the allowed OSA distance of `key` (excluding `key`)."""
    allowed = names.max_typos(key)
    if allowed == 0:
        return []
    # a word that is some stored name is taken as meant, not as a typo
    if ctx.rows("SELECT 1 FROM search_vocab WHERE word = :w", {"w": key}):
        return []
    grams = {key[i : i + 3] for i in range(len(key) - 2)}
    if not grams:
        return []
    expr = " OR ".join(fts_string(g) for g in sorted(grams))
    words = [
        str(r[0])
        for r in ctx.rows(
            "SELECT word FROM search_vocab_tri WHERE search_vocab_tri MATCH :q LIMIT :cap",
            {"q": expr, "cap": VOCAB_CAP},
        )
    ]
    close = process.extract(key, words, scorer=OSA.distance, score_cutoff=allowed, limit=50)
    return [w for w, _d, _i in sorted(close, key=lambda c: (c[1], c[0])) if w != key]


def _cap(limit: int) -> int:
    """Name rows to read for `limit` people: a person has about ten spellings."""
    return min(NAME_CAP, limit * 10 + 20)


def _name_rows(ctx: _Ctx, expr: str, cap: int) -> list[tuple[Any, ...]]:
    select = (
        "SELECT n.person_pk, n.name, n.system, n.keys FROM search_names_fts f "
        "JOIN search_names n ON n.pk = f.rowid WHERE search_names_fts MATCH :q"
    )
    if not ctx.filter_sql:
        return ctx.rows(f"{select} LIMIT :cap", {"q": expr, "cap": cap})
    # filters are checked once per person among the first FILTER_SCAN name rows
    return ctx.rows(
        f"WITH m(person_pk, name, system, keys) AS MATERIALIZED ({select} LIMIT :scan), "
        "ok(person_pk) AS MATERIALIZED (SELECT p.pk FROM (SELECT DISTINCT person_pk FROM m) "
        f"AS d CROSS JOIN people p ON p.pk = d.person_pk WHERE {ctx.filter_sql}) "
        "SELECT m.* FROM m JOIN ok ON ok.person_pk = m.person_pk LIMIT :cap",
        {"q": expr, "cap": cap, "scan": FILTER_SCAN},
    )


def _raw_name_rows(ctx: _Ctx, expr: str, cap: int) -> list[tuple[Any, ...]]:
    """Exact spellings only (expand_variants=False): the schema's person_names_fts."""
    return ctx.rows(
        "SELECT p.pk, n.name, n.system, '' FROM person_names_fts f "
        "JOIN person_names n ON n.pk = f.rowid JOIN people p ON p.id = n.person_id "
        f"WHERE person_names_fts MATCH :q{_where(ctx)} LIMIT :cap",
        {"q": expr, "cap": cap},
    )


def _score_spelling(name: str, keys: str, alt: Alternative, typing: Term | None) -> float:
    """How well one stored spelling matches the terms: the worst term decides."""
    spelled = set(names.words(name))
    key_words = keys.split() if keys else names.fold_words(name)
    worst = SCORE_SPELLING
    for term in alt.include:
        last = term is typing
        best = 0.0
        for word in term.words:
            w = names.words(word)
            if w and all(x in spelled for x in w):
                best = max(best, SCORE_SPELLING)
                continue
            k = names.fold_word(word)
            if not k:
                continue
            for kw in key_words:
                if kw == k:
                    best = max(best, SCORE_KEY)
                elif (term.prefix or last) and kw.startswith(k[: max(len(k) - 1, 1)]):
                    best = max(best, SCORE_PREFIX)
                else:
                    d = names.typo_distance(k, kw)
                    if d <= names.max_typos(k):
                        best = max(best, SCORE_TYPO[d])
            if term.phrase:
                break
        worst = min(worst, best or SCORE_TYPO[-1])
    return worst


def _names_tier(
    ctx: _Ctx, alt: Alternative, out: dict[int, _Cand], limit: int, *, exact: bool = False
) -> None:
    """Add people whose one spelling matches every term: exact, prefix, then typo."""
    if not ctx.expand:
        rows = _raw_name_rows(ctx, " AND ".join(_text_expr(t) for t in alt.include), _cap(limit))
        _add_name_rows(rows, alt, out, typing=None)
        return
    typing = next((t for t in alt.include if t is ctx.typing), None)
    plans: list[tuple[Term | None, bool]] = [(None, False)]  # (word being typed, typos)
    if typing is not None:
        plans.append((typing, False))
    if not exact:
        plans.append((typing, True))
    for prefix_term, with_typos in plans:
        if len(out) >= limit:
            return
        typos: dict[str, list[str]] = {}
        if with_typos:
            for t in alt.include:
                if len(t.words) == 1 and not t.phrase and not t.prefix:
                    k = names.fold_word(t.words[0])
                    if k and k not in typos:
                        typos[k] = _typo_candidates(ctx, k)
            if not any(typos.values()):
                continue
        exprs = []
        for t in alt.include:
            e = _key_expr(t, typos=typos, typing=t is prefix_term)
            if e is not None:
                exprs.append(e)
        if not exprs:
            return
        rows = _name_rows(ctx, " AND ".join(exprs), _cap(limit))
        _add_name_rows(rows, alt, out, typing=prefix_term)


def _add_name_rows(
    rows: Sequence[tuple[Any, ...]],
    alt: Alternative,
    out: dict[int, _Cand],
    *,
    typing: Term | None,
) -> None:
    scored: dict[tuple[str, str], float] = {}  # common names repeat across people
    for person_pk, name, system, keys in rows:
        old = out.get(int(person_pk))
        if old is not None and old.score >= SCORE_SPELLING:
            continue
        spelling = (str(name), str(keys))
        score = scored.get(spelling)
        if score is None:
            score = scored[spelling] = _score_spelling(*spelling, alt, typing)
        if old is None or score > old.score:
            out[int(person_pk)] = _Cand(score, "name", str(name), str(system))


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
    """The indexed columns of an FTS table as one text (`f` is the FTS alias)."""
    table = fts.removesuffix("_fts")
    columns = dict(FTS_TABLES)[table]
    return " || ' ' || ".join(f"coalesce(f.{c}, '')" for c in columns)


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
        rows = ctx.rows(sql, {"q": expr, "cap": BODY_CAP + 1, "scan": FILTER_SCAN})
        complete = len(rows) <= BODY_CAP
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
    exprs = [_key_expr(t, typos={}, typing=t is ctx.typing) for t in alt.include]
    if not all(exprs):
        return
    orgs = {
        str(org_id): str(name)
        for org_id, name in ctx.rows(
            "SELECT n.org_id, n.name FROM search_org_names_fts f "
            "JOIN search_org_names n ON n.pk = f.rowid "
            "WHERE search_org_names_fts MATCH :q LIMIT 200",
            {"q": " AND ".join(e for e in exprs if e)},
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


def _match(ctx: _Ctx, alt: Alternative, limit: int, *, exact: bool = False) -> dict[int, _Cand]:
    """People matching one alternative, best first; `exact` turns off typos (NOT)."""
    kinds = ctx.filters.kinds
    out: dict[int, _Cand] = {}
    if not kinds or "name" in kinds:
        _names_tier(ctx, alt, out, limit, exact=exact)
    body_kinds = [k for k in kinds if k != "name"]
    if (not kinds or body_kinds) and len(out) < limit:
        _body_tier(ctx, alt, out, body_kinds, limit)
    if ctx.expand and (not kinds or "organization" in kinds) and len(out) < limit:
        _org_tier(ctx, alt, out)
    if len(alt.include) > 1 and not out and not exact:
        # each word somewhere in the person's record (a name word and a court, …)
        parts = [_match(ctx, Alternative((t,)), NAME_CAP, exact=True) for t in alt.include]
        common = set(parts[0]).intersection(*parts[1:])
        for pk in common:
            if pk in out:
                continue
            best = max((p[pk] for p in parts), key=lambda c: c.score)
            score = sum(p[pk].score for p in parts) / len(parts) / 2
            out[pk] = _Cand(
                score,
                best.field,
                best.text,
                best.system,
                best.item_id,
                best.words,
            )
    return out


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


def _mark_spelling(spelling: str, parsed: ParsedQuery, typing: Term | None) -> str:
    """The spelling with each word that matched a query word wrapped in markers."""
    keys: list[tuple[str, bool]] = []
    for alt in parsed.alternatives:
        for t in alt.include:
            last = t is typing
            for w in t.words:
                k = names.fold_word(w)
                if k:
                    keys.append((k, t.prefix or last))

    def matches(word: str) -> bool:
        kw = names.fold_word(word)
        for k, pre in keys:
            if kw == k or (pre and kw.startswith(k[: max(len(k) - 1, 1)])):
                return True
            if names.max_typos(k) and names.typo_distance(k, kw) <= names.max_typos(k):
                return True
        return False

    out: list[str] = []
    for token in spelling.split(" "):
        out.append(f"{HIGHLIGHT_START}{token}{HIGHLIGHT_END}" if matches(token) else token)
    return " ".join(out)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _suggest(ctx: _Ctx, parsed: ParsedQuery) -> str | None:
    """The stored spelling of the name word nearest to the first query word."""
    for alt in parsed.alternatives:
        for t in alt.include:
            for w in t.words:
                key = names.fold_word(w)
                if len(key) < 3:
                    continue
                grams = {key[i : i + 3] for i in range(len(key) - 2)}
                expr = " OR ".join(fts_string(g) for g in sorted(grams))
                words = [
                    str(r[0])
                    for r in ctx.rows(
                        "SELECT word FROM search_vocab_tri "
                        "WHERE search_vocab_tri MATCH :q LIMIT :cap",
                        {"q": expr, "cap": VOCAB_CAP},
                    )
                ]
                best = process.extractOne(key, words, scorer=OSA.distance, score_cutoff=3)
                if best is None:
                    continue
                found = ctx.rows(
                    "SELECT n.name FROM search_names_fts f JOIN search_names n "
                    "ON n.pk = f.rowid WHERE search_names_fts MATCH :q "
                    "LIMIT 20",
                    {"q": fts_string(best[0])},
                )
                tokens = [
                    token
                    for (name,) in found
                    for token in str(name).split()
                    if names.fold_word(token) == best[0]
                ]
                if tokens:  # the spelling nearest to what was typed, in its script
                    typed = names.clean(w)
                    return min(
                        tokens,
                        key=lambda tok: (
                            _is_cyrillic(tok) != _is_cyrillic(w),
                            names.typo_distance(names.clean(tok), typed),
                        ),
                    )
    return None


def _hits(ctx: _Ctx, cands: dict[int, _Cand], parsed: ParsedQuery, limit: int) -> list[PersonHit]:
    if not cands:
        return []
    pks = list(cands)
    info: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(pks), 500):
        chunk = pks[start : start + 500]
        marks = ", ".join(str(int(pk)) for pk in chunk)  # integers from our own rows
        for pk, pid, display, sort_name in ctx.rows(
            f"SELECT pk, id, display_name, sort_name FROM people WHERE pk IN ({marks})", {}
        ):
            info[int(pk)] = (str(pid), str(display), str(sort_name))
    ordered = sorted(
        (pk for pk in pks if pk in info),
        key=lambda pk: (-cands[pk].score, info[pk][2], pk),
    )[:limit]
    hits = []
    for pk in ordered:
        c = cands[pk]
        pid, display, _sort = info[pk]
        if c.field in ("name", "organization"):
            marked = _mark_spelling(c.text, parsed, ctx.typing)
            snippet = marked
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
            )
        )
    return hits


def _run(ctx: _Ctx, parsed: ParsedQuery, limit: int) -> tuple[dict[int, _Cand], bool]:
    """Candidates of all alternatives minus exclusions; (candidates, timed out)."""
    cands: dict[int, _Cand] = {}
    try:
        if not parsed.alternatives:
            if parsed.filters.any():
                cands = _filter_only(ctx, limit)
            return cands, False
        for alt in parsed.alternatives:
            found = _match(ctx, alt, limit)
            for t in alt.exclude:
                for pk in _match(ctx, Alternative((t,)), EXCLUDE_CAP, exact=True):
                    found.pop(pk, None)
            for pk, c in found.items():
                if pk not in cands or c.score > cands[pk].score:
                    cands[pk] = c
    except _Timeout:
        return cands, True
    return cands, False


def _iter_notices(parsed: ParsedQuery, extra: Sequence[str]) -> Iterator[str]:
    yield from parsed.notices
    yield from extra


def search(
    db: Database | Archive,
    text: str,
    *,
    limit: int = 100,
    expand_variants: bool = True,
    time_limit_ms: int = SEARCH_TIME_LIMIT_MS,
) -> SearchResult:
    """Find people by any spelling of their name, by text and by field filters.

    Never raises for any `text`; what was repaired or cut short is in
    `SearchResult.notice`. With an `Archive`, `Archive.cancel()` raises
    QueryInterruptedError, and damaged-file errors surface as ArchiveError.
    """
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
        parsed.typing if expand_variants else None,
    )
    if archive is not None and not archive.search_available:
        notice = archive.search_problem or "Search is unavailable for this archive."
        return SearchResult(hits=(), person_ids=(), notice=notice, terms=parsed.terms())
    if archive is None:
        cands, timed_out = _collect(ctx, parsed, limit)
        return _present(ctx, parsed, cands, timed_out, limit)
    with archive.time_limit(time_limit_ms):
        cands, timed_out = _collect(ctx, parsed, limit)
    ctx.deadline = time.monotonic() + PRESENT_TIME_LIMIT_MS / 1000
    with archive.time_limit(PRESENT_TIME_LIMIT_MS):
        return _present(ctx, parsed, cands, timed_out, limit)


def _collect(ctx: _Ctx, parsed: ParsedQuery, limit: int) -> tuple[dict[int, _Cand], bool]:
    try:
        ctx.filter_sql, ctx.filter_params = _filter_sql(ctx, parsed.filters)
    except _Timeout:
        return {}, True
    return _run(ctx, parsed, limit)


def _present(
    ctx: _Ctx, parsed: ParsedQuery, cands: dict[int, _Cand], timed_out: bool, limit: int
) -> SearchResult:
    if timed_out:
        ctx.notices.append(
            "The search took too long and was stopped; the results may be incomplete. "
            "Add words or filters to narrow it."
        )
    hits: list[PersonHit] = []
    suggestion: str | None = None
    try:
        hits = _hits(ctx, cands, parsed, limit)
        if not hits and parsed.alternatives and not timed_out:
            suggestion = _suggest(ctx, parsed)
    except _Timeout:
        pass
    notice = " ".join(_iter_notices(parsed, ctx.notices)) or None
    return SearchResult(
        hits=tuple(hits),
        person_ids=tuple(h.person_id for h in hits),
        notice=notice,
        suggestion=suggestion,
        terms=parsed.terms(),
        timed_out=timed_out,
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
