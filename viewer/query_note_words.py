"""What a search repaired or ignored (db.query_language.QueryNote) in words, without Qt.

One translated source for the window and the CLI: db words each note in
English (`QueryNote.text`, equal to the texts here, a test keeps them so);
here each kind is marked for lupdate in the context "QueryNotes" and put
into words with any translate function: the window's (viewer.query_notes)
or the CLI's catalog read from the .ts file. The query language's own words
(`role:`, `year:2021`, NOT, OR, the codes after `known:`) are typed as they
are, so they stay as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from db.query_language import QueryNote, QueryNoteKind
from viewer.ts_files import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # db.search loads sqlite_utils: imported where it is used
    from db.search import SearchResult

CONTEXT = "QueryNotes"

TEXTS: dict[QueryNoteKind, str] = {
    QueryNoteKind.TOO_LONG: QT_TRANSLATE_NOOP(
        "QueryNotes", "The query was longer than {limit} characters; only the start was used."
    ),
    QueryNoteKind.UNBALANCED_QUOTE: QT_TRANSLATE_NOOP(
        "QueryNotes", "A quotation mark has no pair; the words were searched for without it."
    ),
    QueryNoteKind.UNKNOWN_VALUE: QT_TRANSLATE_NOOP(
        "QueryNotes", "{field}:{value} is not known and was ignored (known: {known})."
    ),
    QueryNoteKind.BAD_YEAR: QT_TRANSLATE_NOOP(
        "QueryNotes", "year:{value} was ignored; write year:2021 or year:2020..2023."
    ),
    QueryNoteKind.LONE_NOT: QT_TRANSLATE_NOOP(
        "QueryNotes", "NOT needs something to search for beside it; it was ignored."
    ),
    QueryNoteKind.NEGATED_FIELD: QT_TRANSLATE_NOOP(
        "QueryNotes", "-{field}: cannot leave people out; {field}:{value} was used."
    ),
    QueryNoteKind.TOO_MANY_WORDS: QT_TRANSLATE_NOOP(
        "QueryNotes", "Only the first {limit} words were used."
    ),
    QueryNoteKind.LONE_OPERATOR: QT_TRANSLATE_NOOP(
        "QueryNotes",
        "{operators} had nothing to join and was ignored; the words were searched for.",
    ),
    QueryNoteKind.SYMBOLS: QT_TRANSLATE_NOOP(
        "QueryNotes",
        "Brackets and other symbols are not part of the search syntax; they were ignored.",
    ),
    QueryNoteKind.NO_COURT: QT_TRANSLATE_NOOP("QueryNotes", "No court is called {courts}."),
    QueryNoteKind.TEXT_INDEX_DAMAGED: QT_TRANSLATE_NOOP(
        "QueryNotes",
        "The archive's search index of {table} is damaged, so that text was not searched; "
        "ask for a fresh copy.",
    ),
    QueryNoteKind.EXCLUSION_INCOMPLETE: QT_TRANSLATE_NOOP(
        "QueryNotes",
        "Too many records mention {words} to leave out everyone they name; some people "
        "listed may still be mentioned with it. Add words or filters to narrow the search.",
    ),
}
"""Each note's sentence, marked for lupdate; its values fill the {names}."""


def note_text(note: QueryNote, translate: Callable[[str], str]) -> str:
    """One note as a sentence in `translate`'s language."""
    template = TEXTS.get(note.kind)
    if template is None:
        return note.text
    values = dict.fromkeys(_NAMES, "") | dict(note.values)
    return translate(template).format(**values)


_NAMES = ("limit", "field", "value", "known", "operators", "courts", "table", "words")
"""Every value a note names: a note missing one says it as empty rather than raise."""


def notes_text(notes: Sequence[QueryNote], translate: Callable[[str], str]) -> str:
    """The notes as one line, in `translate`'s language."""
    return " ".join(note_text(n, translate) for n in notes)


TIMED_OUT_TEXT = QT_TRANSLATE_NOOP(
    "QueryNotes",
    "The search took too long and was stopped; the results may be incomplete. "
    "Add words or filters to narrow it.",
)
"""A search cut short by its time limit (db.search.TIMED_OUT_NOTICE, said anew)."""


MORE_TEXT = QT_TRANSLATE_NOOP(
    "QueryNotes",
    "Only the first {count} people found are listed; more match. "
    "Add words or filters to narrow the search.",
)
"""A search that found more people than it lists (db.search.SearchResult.more)."""


def search_notice(result: SearchResult, translate: Callable[[str], str]) -> str | None:
    """`result.notice` in `translate`'s language: its notes, a time-out, then db's other words.

    db's notice is English; what it says by a note or the time-out is worded
    here, and only what has no kind (none at present) passes through as it is.
    """
    from db.search import TIMED_OUT_NOTICE

    rest = result.notice or ""
    for said in (*(n.text for n in result.notes), TIMED_OUT_NOTICE):
        rest = rest.replace(said, "")
    parts = [note_text(n, translate) for n in result.notes]
    if result.timed_out:
        parts.append(translate(TIMED_OUT_TEXT))
    parts.append(" ".join(rest.split()))
    return " ".join(p for p in parts if p) or None
