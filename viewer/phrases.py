"""db.phrases' templates marked for translation, and a Wording in the UI language.

db/ composes lines such as "Total term: {term}" from English templates
(db.phrases.PHRASES); this table marks the very same strings for lupdate in
the "Phrase" context, and tests/viewer/test_phrases.py checks that the two
lists agree, so a template added to db without a translation fails the tests.
"""

from __future__ import annotations

from db import phrases
from viewer import archive_labels
from viewer.formatting import say_date, say_date_genitive
from viewer.translations import QT_TRANSLATE_NOOP, Context

PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Phrase", "{n} y"),
    QT_TRANSLATE_NOOP("Phrase", "{n} m"),
    QT_TRANSLATE_NOOP("Phrase", "{term} ({kind})"),
    QT_TRANSLATE_NOOP("Phrase", "at least {term}"),
    QT_TRANSLATE_NOOP("Phrase", "{least} to {most}"),
    QT_TRANSLATE_NOOP("Phrase", "added to the sentence of {date}"),
    QT_TRANSLATE_NOOP("Phrase", "added to an earlier sentence"),
    QT_TRANSLATE_NOOP("Phrase", "Total term: {term}"),
    QT_TRANSLATE_NOOP("Phrase", "Served: {served}"),
    QT_TRANSLATE_NOOP("Phrase", "Served: {served}, counted from the detention of {date}"),
    QT_TRANSLATE_NOOP("Phrase", "Served: {served}, counted from {date}"),
    QT_TRANSLATE_NOOP("Phrase", "Served: {served}, counted from the sentence of {date}"),
    QT_TRANSLATE_NOOP("Phrase", "Expected end of term: {date}"),
    QT_TRANSLATE_NOOP("Phrase", "Custody ended: {date}"),
    QT_TRANSLATE_NOOP("Phrase", "Held in: {place}"),
    QT_TRANSLATE_NOOP("Phrase", "Held in: {place} (since {date})"),
    QT_TRANSLATE_NOOP("Phrase", "Status: {status}"),
    QT_TRANSLATE_NOOP("Phrase", "Status: {status} since {date}"),
    QT_TRANSLATE_NOOP("Phrase", "Sentenced in absentia: nothing served"),
    QT_TRANSLATE_NOOP("Phrase", "“{title}”"),
    QT_TRANSLATE_NOOP("Phrase", "{citation}, {publisher}"),
    QT_TRANSLATE_NOOP("Phrase", "{citation}, {date}"),
    QT_TRANSLATE_NOOP("Phrase", "{citation}, {locator}"),
    QT_TRANSLATE_NOOP("Phrase", "{citation}."),
    QT_TRANSLATE_NOOP("Phrase", "{citation} {url}"),
    QT_TRANSLATE_NOOP("Phrase", "{citation} (confidence: {confidence})"),
    QT_TRANSLATE_NOOP("Phrase", "date unknown"),
)
"""The templates of db.phrases but the counted ones (db.phrases.PLURAL, in `translate`)."""

Phrase = Context("Phrase")


def translate(template: str, n: int = -1) -> str:
    """A db.phrases template in the UI language (numerus forms for counted ones)."""
    if template == phrases.YEARS:
        text = Phrase.tr("{n} year(s)", "", n)
    elif template == phrases.MONTHS:
        text = Phrase.tr("{n} month(s)", "", n)
    else:
        text = Phrase.tr(template)
    return phrases.english(text, n) if text == template else text


LABELS = {
    "status": archive_labels.status,
    "term_kind": archive_labels.term_kind,
    "confidence": archive_labels.confidence,
}


def ui_wording() -> phrases.Wording:
    """Lines worded in the UI language (dates and codes too)."""
    return phrases.Wording(
        translate=translate,
        say=say_date,
        label=lambda table, code: LABELS[table](code),
        say_genitive=say_date_genitive,
    )
