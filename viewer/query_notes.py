"""What a search repaired or ignored (db.query_language.QueryNote), in the window's language.

The words live in viewer.query_note_words, shared with the CLI; here they
are said through Qt's translators (context "QueryNotes").
"""

from __future__ import annotations

from collections.abc import Sequence

from db.query_language import QueryNote
from viewer import query_note_words
from viewer.translations import Context

QueryNotes = Context("QueryNotes")


def note_text(note: QueryNote) -> str:
    """One note as a sentence in the interface language."""
    return query_note_words.note_text(note, QueryNotes.tr)


def notes_text(notes: Sequence[QueryNote]) -> str:
    return query_note_words.notes_text(notes, QueryNotes.tr)
