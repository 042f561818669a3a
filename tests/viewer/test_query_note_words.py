"""viewer.query_note_words: one translated source for the window's and the CLI's search notes."""

from __future__ import annotations

import pytest

from db.query_language import QUERY_NOTE_TEXTS, QueryNoteKind, note
from viewer import query_note_words
from viewer.cli_words import catalog


def test_every_note_kind_has_words_and_db_s_english_is_the_same() -> None:
    """db's English (logs, `SearchResult.notice`) and the words both front ends say agree."""
    assert set(query_note_words.TEXTS) == set(QueryNoteKind)
    for kind, text in query_note_words.TEXTS.items():
        assert QUERY_NOTE_TEXTS[kind] == text, kind


@pytest.mark.parametrize("language", ["be", "ru"])
def test_every_note_is_translated_in_the_cli_catalog(language: str) -> None:
    words = catalog(language)
    for kind, text in query_note_words.TEXTS.items():
        said = words.translate(query_note_words.CONTEXT, text)
        assert said != text, (language, kind)
    timed_out = words.translate(query_note_words.CONTEXT, query_note_words.TIMED_OUT_TEXT)
    assert timed_out != query_note_words.TIMED_OUT_TEXT


def test_a_note_missing_a_value_is_said_without_raising() -> None:
    made = note(QueryNoteKind.UNKNOWN_VALUE, field="role")
    assert query_note_words.note_text(made, str).startswith("role:")
