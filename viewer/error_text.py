"""db/ errors in the interface language, chosen by their kind.

The wording of every kind lives in viewer.error_words (no Qt there, so the
CLI shares it); this module answers with the window's translator.
Everything shown to the user from a db error goes through `error_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.error_words import CONTEXT, PHRASES, REASONS, TEXTS, word_error, word_finding

__all__ = ["CONTEXT", "PHRASES", "REASONS", "TEXTS", "details_text", "error_text", "translate"]


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _change_label(label: str) -> str:
    from viewer.annotations.session import change_text  # the store's labels, worded there

    return change_text(label)


def error_text(exc: object) -> str:
    """What `exc` says, in the interface language when db gave its kind (else its message)."""
    return word_error(exc, translate, label=_change_label)


def details_text(exc: object) -> str:
    """What "Details…" shows for `exc`: its sentence, then each line of its evidence (a
    check's findings), all in the interface language (they were db's English)."""
    details = getattr(exc, "details", ())
    return "\n".join([error_text(exc), *(word_finding(line, translate) for line in details)])
