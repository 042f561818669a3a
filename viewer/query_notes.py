"""What a search repaired or ignored (db.query_language.QueryNote), in the interface language.

db words each note in English for the CLI; the window says the same from
the note's kind and values, so a Belarusian or Russian reader never gets an
English sentence under the list. The query language's own words (`role:`,
`year:2021`, NOT, OR, the codes after `known:`) are typed as they are, so
they stay as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from db.query_language import QueryNote, QueryNoteKind
from viewer.translations import Context

QueryNotes = Context("QueryNotes")
"""Strings built outside QObject methods (lupdate reads `QueryNotes.tr`)."""


def _texts() -> dict[QueryNoteKind, Callable[[QueryNote], str]]:
    k = QueryNoteKind
    return {
        k.TOO_LONG: lambda n: QueryNotes.tr(
            "The query was longer than {limit} characters; only the start was used."
        ).format(limit=n.value("limit")),
        k.UNBALANCED_QUOTE: lambda n: QueryNotes.tr(
            "A quotation mark has no pair; the words were searched for without it."
        ),
        k.UNKNOWN_VALUE: lambda n: QueryNotes.tr(
            "{field}:{value} is not known and was ignored (known: {known})."
        ).format(field=n.value("field"), value=n.value("value"), known=n.value("known")),
        k.BAD_YEAR: lambda n: QueryNotes.tr(
            "year:{value} was ignored; write year:2021 or year:2020..2023."
        ).format(value=n.value("value")),
        k.LONE_NOT: lambda n: QueryNotes.tr(
            "NOT needs something to search for beside it; it was ignored."
        ),
        k.NEGATED_FIELD: lambda n: QueryNotes.tr(
            "-{field}: cannot leave people out; {field}:{value} was used."
        ).format(field=n.value("field"), value=n.value("value")),
        k.TOO_MANY_WORDS: lambda n: QueryNotes.tr("Only the first {limit} words were used.").format(
            limit=n.value("limit")
        ),
        k.LONE_OPERATOR: lambda n: QueryNotes.tr(
            "{operators} had nothing to join and was ignored; the words were searched for."
        ).format(operators=n.value("operators")),
        k.SYMBOLS: lambda n: QueryNotes.tr(
            "Brackets and other symbols are not part of the search syntax; they were ignored."
        ),
        k.NO_COURT: lambda n: QueryNotes.tr("No court is called {courts}.").format(
            courts=n.value("courts")
        ),
    }


def note_text(note: QueryNote) -> str:
    """One note as a sentence in the interface language."""
    return _texts()[note.kind](note)


def notes_text(notes: Sequence[QueryNote]) -> str:
    return " ".join(note_text(n) for n in notes)
