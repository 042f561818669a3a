"""The researchers' query language, parsed without ever raising.

Grammar (docs/SEARCH.md has examples): words and "quoted phrases" are ANDed;
`OR` between them starts another alternative; `NOT word` or `-word` excludes;
`word*` matches a prefix; `field:value` filters apply to the whole query.
Anything malformed (an unbalanced quote, a lone operator, brackets, FTS5
syntax characters, a huge input) is repaired and `ParsedQuery.notes` says
how (a kind and its values, so the viewer words it in its own language;
`QueryNote.text` is the English the CLI prints), so search always has
something sensible to run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from db.migrations import EVENT_KINDS, PERSON_STATUSES, ROLES
from db.names import strip_marks

MAX_QUERY_CHARS = 500
MAX_TERMS = 16

BODY_KINDS = (
    "name",
    "biography",
    "sentence",
    "charge",
    "quote",
    "event",
    "source",
    "organization",
)
"""Values of `kind:` besides the event kinds: which field a hit must be in."""


class QueryNoteKind(StrEnum):
    """What a search repaired, ignored or found impossible (see QUERY_NOTE_TEXTS)."""

    TOO_LONG = "too_long"
    UNBALANCED_QUOTE = "unbalanced_quote"
    UNKNOWN_VALUE = "unknown_value"
    BAD_YEAR = "bad_year"
    LONE_NOT = "lone_not"
    NEGATED_FIELD = "negated_field"
    TOO_MANY_WORDS = "too_many_words"
    LONE_OPERATOR = "lone_operator"
    SYMBOLS = "symbols"
    NO_COURT = "no_court"
    TEXT_INDEX_DAMAGED = "text_index_damaged"
    EXCLUSION_INCOMPLETE = "exclusion_incomplete"


QUERY_NOTE_TEXTS: dict[QueryNoteKind, str] = {
    QueryNoteKind.TOO_LONG: (
        "The query was longer than {limit} characters; only the start was used."
    ),
    QueryNoteKind.UNBALANCED_QUOTE: (
        "A quotation mark has no pair; the words were searched for without it."
    ),
    QueryNoteKind.UNKNOWN_VALUE: ("{field}:{value} is not known and was ignored (known: {known})."),
    QueryNoteKind.BAD_YEAR: "year:{value} was ignored; write year:2021 or year:2020..2023.",
    QueryNoteKind.LONE_NOT: "NOT needs something to search for beside it; it was ignored.",
    QueryNoteKind.NEGATED_FIELD: "-{field}: cannot leave people out; {field}:{value} was used.",
    QueryNoteKind.TOO_MANY_WORDS: "Only the first {limit} words were used.",
    QueryNoteKind.LONE_OPERATOR: (
        "{operators} had nothing to join and was ignored; the words were searched for."
    ),
    QueryNoteKind.SYMBOLS: (
        "Brackets and other symbols are not part of the search syntax; they were ignored."
    ),
    QueryNoteKind.NO_COURT: "No court is called {courts}.",
    QueryNoteKind.TEXT_INDEX_DAMAGED: (
        "The archive's search index of {table} is damaged, so that text was not searched; "
        "ask for a fresh copy."
    ),
    QueryNoteKind.EXCLUSION_INCOMPLETE: (
        "Too many records mention {words} to leave out everyone they name; some people "
        "listed may still be mentioned with it. Add words or filters to narrow the search."
    ),
}
"""The English of each note; viewer.query_note_words says the same in every language
(for the window and the CLI), and a test keeps the two Englishes equal."""


@dataclass(frozen=True, slots=True)
class QueryNote:
    """One thing a search repaired or ignored: its kind and the values its sentence names."""

    kind: QueryNoteKind
    values: tuple[tuple[str, str], ...] = ()

    def value(self, name: str) -> str:
        return dict(self.values).get(name, "")

    @property
    def text(self) -> str:
        """The sentence in English."""
        return QUERY_NOTE_TEXTS[self.kind].format(**dict(self.values))


def note(kind: QueryNoteKind, **values: object) -> QueryNote:
    return QueryNote(kind, tuple((k, str(v)) for k, v in values.items()))


SEARCH_SYNTAX_HELP = """\
Search syntax

  tsikhanouski          a name in any script or spelling: Ціханоўскі, Тихановский,
                        Tsikhanowski, Cichanoŭski and Tikhanovsky find the same person
  siarhei tsikhanouski  all words must match (given name and surname in any order)
  tsikh*                words starting with "tsikh" (the last word is also matched
                        as a prefix while you type)
  "humane gesture"      the exact phrase
  exile OR pardoned     either word
  NOT judge, -judge     leave out people matching the word
  tsikanouski           one or two wrong, missing, doubled or swapped letters are
                        forgiven in names (such matches rank below exact ones)

Filters (combine them with words; repeat a filter to allow several values):
  status:released       in_custody, released, in_exile, deceased, unknown
  role:judge            prisoner, candidate, journalist, lawyer, judge, …
  kind:quote            where the words must be: name, biography, sentence, charge,
                        quote, event, source, organization (a court, prison, …),
                        or an event kind such as kind:sentenced
  court:Minsk           a court by any spelling of its name
  article:342           a criminal-code article (342 also finds 342-1)
  year:2020..2023       something happened to the person in these years
                        (also year:2021, year:..2021, year:2020..)

Case, accents, stress marks, ё/е and look-alike Latin/Cyrillic letters never matter.
A query that cannot be read as written is searched as plain words, and a note
above the results says so.
"""
"""The English reference; Help ▸ Search syntax shows the same examples, translated
(viewer.dialogs.text.search_syntax_rows; a test keeps them together)."""

FIELDS = ("status", "role", "kind", "court", "article", "year")


@dataclass(frozen=True, slots=True)
class Term:
    """One word or phrase; `words` are the raw words, already split."""

    words: tuple[str, ...]
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Alternative:
    """Terms that must all match, and terms that must not."""

    include: tuple[Term, ...]
    exclude: tuple[Term, ...] = ()


@dataclass(frozen=True, slots=True)
class Filters:
    statuses: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    courts: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    def any(self) -> bool:
        return bool(self.statuses or self.roles or self.kinds or self.courts or self.articles) or (
            self.year_from is not None or self.year_to is not None
        )


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    alternatives: tuple[Alternative, ...]
    filters: Filters
    notes: tuple[QueryNote, ...] = ()
    # the word being typed (the last one, no space after it): also a prefix
    typing: Term | None = None

    @property
    def notices(self) -> tuple[str, ...]:
        """The notes in English."""
        return tuple(n.text for n in self.notes)

    def terms(self) -> tuple[str, ...]:
        """Every positive word, for highlighting."""
        seen: dict[str, None] = {}
        for alt in self.alternatives:
            for term in alt.include:
                for word in term.words:
                    seen[word] = None
        return tuple(seen)


_TOKEN = re.compile(
    r"""
    (?P<neg>-)?(?P<field>[A-Za-z]+):(?P<fvalue>"[^"]*"|[^\s"()]+)
  | (?P<negp>-)?"(?P<phrase>[^"]*)"
  | (?P<op>\bAND\b|\bOR\b|\bNOT\b)
  | (?P<negw>-)?(?P<word>[^\s"()]+)
  | (?P<paren>[()])
    """,
    re.VERBOSE,
)
_APOSTROPHES = "'’ʼʻ`´‘ʹʺ′″"
# a word may hold hyphens, dots and apostrophes (Шарэнда-Панасюк, Dar'ya, Il’yash):
# db.names.tokens splits and joins them the same way for stored names
_WORDS = re.compile(f"\\w+(?:[-.{_APOSTROPHES}]+\\w+)*", re.UNICODE)


def _choices(value: str, known: tuple[str, ...], what: str, notices: list[QueryNote]) -> list[str]:
    v = value.casefold().replace("-", "_").replace(" ", "_")
    if v in known:
        return [v]
    partial = [k for k in known if v and v in k]
    if partial:
        return partial
    notices.append(
        note(QueryNoteKind.UNKNOWN_VALUE, field=what, value=value, known=", ".join(known))
    )
    return []


def _year_range(value: str, notices: list[QueryNote]) -> tuple[int | None, int | None] | None:
    m = re.fullmatch(r"(\d{4})?(?:(\.\.|-)(\d{4})?)?", value)
    if m is None or not (m.group(1) or m.group(3)):
        notices.append(note(QueryNoteKind.BAD_YEAR, value=value))
        return None
    lo = int(m.group(1)) if m.group(1) else None
    hi = int(m.group(3)) if m.group(3) else (lo if m.group(2) is None else None)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return lo, hi


def parse(text: str) -> ParsedQuery:
    """Parse a query; never raises, and says in `notes` what it repaired."""
    notices: list[QueryNote] = []
    text = strip_marks(text)
    if len(text) > MAX_QUERY_CHARS:
        notices.append(note(QueryNoteKind.TOO_LONG, limit=MAX_QUERY_CHARS))
        text = text[:MAX_QUERY_CHARS]
    if text.count('"') % 2:
        notices.append(note(QueryNoteKind.UNBALANCED_QUOTE))
        text = text.replace('"', " ")
    open_prefix = bool(text) and not text[-1].isspace()
    last_word: Term | None = None

    statuses: list[str] = []
    roles: list[str] = []
    kinds: list[str] = []
    courts: list[str] = []
    articles: list[str] = []
    years: tuple[int | None, int | None] | None = None

    alternatives: list[Alternative] = []
    include: list[Term] = []
    exclude: list[Term] = []
    pending: str | None = None  # an operator waiting for its right-hand side
    dropped_ops: list[str] = []
    odd_chars = False
    n_terms = 0

    def close_alternative() -> None:
        nonlocal include, exclude
        if include or exclude:  # exclusions alone: everyone but those (db.search._run)
            alternatives.append(Alternative(tuple(include), tuple(exclude)))
        include, exclude = [], []

    for m in _TOKEN.finditer(text):
        last_word = None
        if m.group("paren"):
            odd_chars = True
            continue
        if m.group("field"):
            name = m.group("field").casefold()
            value = m.group("fvalue").strip('"').strip()
            if name in FIELDS and value:
                if m.group("neg"):
                    notices.append(note(QueryNoteKind.NEGATED_FIELD, field=name, value=value))
                if name == "status":
                    statuses += _choices(value, PERSON_STATUSES, "status", notices)
                elif name == "role":
                    roles += _choices(value, ROLES, "role", notices)
                elif name == "kind":
                    kinds += _choices(value, BODY_KINDS + EVENT_KINDS, "kind", notices)
                elif name == "court":
                    courts.append(value)
                elif name == "article":
                    articles.append(value)
                else:
                    years = _year_range(value, notices) or years
                continue
            # an unknown field is searched as words
            raw_words = _WORDS.findall(m.group(0))
            term: Term | None = Term(tuple(raw_words)) if raw_words else None
            negated = bool(m.group("neg"))
        elif m.group("op"):
            op = m.group("op")
            if op == "OR":
                if pending is not None or not include:
                    dropped_ops.append(op)
                pending = "OR"
                close_alternative()
            else:
                if pending is not None:
                    dropped_ops.append(pending)
                elif op == "AND" and not include:
                    dropped_ops.append(op)
                pending = op
            continue
        elif m.group("phrase") is not None:
            raw_words = _WORDS.findall(m.group("phrase"))
            term = Term(tuple(raw_words), phrase=len(raw_words) > 1) if raw_words else None
            negated = bool(m.group("negp"))
        else:
            raw = m.group("word")
            raw_words = _WORDS.findall(raw)
            if not raw_words:
                odd_chars = True
                continue
            if re.search(f"[^\\w*.{_APOSTROPHES}-]", raw):
                odd_chars = True
            prefix = raw.endswith("*") and len(raw_words) == 1
            term = Term(tuple(raw_words), phrase=len(raw_words) > 1, prefix=prefix)
            negated = bool(m.group("negw"))
        if term is None:
            pending = None
            continue
        if n_terms >= MAX_TERMS:
            if n_terms == MAX_TERMS:
                notices.append(note(QueryNoteKind.TOO_MANY_WORDS, limit=MAX_TERMS))
            n_terms += 1
            continue
        n_terms += 1
        if pending == "NOT":
            negated = not negated
        pending = None
        (exclude if negated else include).append(term)
        if not negated and m.group("word") and not term.phrase and not term.prefix:
            last_word = term
    if pending is not None:
        dropped_ops.append(pending)
    close_alternative()
    if dropped_ops:
        operators = ", ".join(dict.fromkeys(dropped_ops))
        notices.append(note(QueryNoteKind.LONE_OPERATOR, operators=operators))
    if odd_chars:
        notices.append(note(QueryNoteKind.SYMBOLS))
    lo, hi = years if years is not None else (None, None)
    filters = Filters(
        statuses=tuple(dict.fromkeys(statuses)),
        roles=tuple(dict.fromkeys(roles)),
        kinds=tuple(dict.fromkeys(kinds)),
        courts=tuple(dict.fromkeys(courts)),
        articles=tuple(dict.fromkeys(articles)),
        year_from=lo,
        year_to=hi,
    )
    typing = last_word if open_prefix else None
    return ParsedQuery(tuple(alternatives), filters, tuple(notices), typing)
