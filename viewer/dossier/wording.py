"""A dossier's words in its own language, whatever language the window shows.

The window's translator is global (QCoreApplication); a dossier in
Belarusian printed from a Russian window must not switch it. So the
dossier reads the shipped .ts file of its language itself (the same parser
the window uses) and asks it directly, with a QLocale of that language for
month names.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale

from db import phrases
from db.dates import SpokenDate
from db.info import label as db_label
from viewer import archive_labels
from viewer.annotations.entries import FIELD_LABELS
from viewer.formatting import say_date
from viewer.translations import FALLBACK, LANGUAGES, TsTranslator, parse_ts, ts_path

_TABLES: dict[str, tuple[str, Mapping[str, str]]] = {
    "status": ("StatusLabel", archive_labels.STATUS),
    "role": ("RoleLabel", archive_labels.ROLE),
    "event_kind": ("EventKindLabel", archive_labels.EVENT_KIND),
    "name_system": ("NameSystemLabel", archive_labels.SYSTEM),
    "language": ("LanguageLabel", archive_labels.LANG),
    "term_kind": ("TermKindLabel", archive_labels.TERM_KIND),
    "relation": ("RelationLabel", archive_labels.RELATION),
    "inverse_relation": ("InverseRelationLabel", archive_labels.INVERSE_RELATION),
    "regime": ("RegimeLabel", archive_labels.REGIME),
    "confidence": ("ConfidenceLabel", archive_labels.CONFIDENCE),
    "field": ("FieldLabel", FIELD_LABELS),
}


class DossierContext:
    """`Name.tr(text)` for one context of a DossierWording (lupdate reads `Dossier.tr`)."""

    __slots__ = ("name", "wording")

    def __init__(self, wording: DossierWording, name: str) -> None:
        self.wording = wording
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.wording.translate(self.name, text, n)


class DossierWording:
    """Translations, dates and code labels of one language (be, ru or en)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else FALLBACK
        path = ts_path(self.language)
        messages = parse_ts(path) if path.is_file() else {}
        self._translator = TsTranslator(self.language, messages)
        self.locale = QLocale(self.language)
        self.phrases = phrases.Wording(
            translate=lambda template, n=-1: self.translate("Phrase", template, n),
            say=self.say,
            label=self.label,
            say_genitive=self.say_genitive,
        )

    def translate(
        self, context: str, text: str, n: int = -1, disambiguation: str | None = None
    ) -> str:
        found = self._translator.translate(context, text, disambiguation, n)
        return found if found else phrases.english(text, n)

    def context(self, name: str) -> DossierContext:
        return DossierContext(self, name)

    def say(self, date: SpokenDate) -> str:
        return say_date(date, self.locale, self._date_words)

    def say_genitive(self, date: SpokenDate) -> str:
        """A date after since/of, in this language's case for it."""
        return say_date(date, self.locale, self._date_words, genitive=True)

    def _date_words(self, text: str, disambiguation: str | None = None) -> str:
        return self.translate("Dates", text, disambiguation=disambiguation)

    def label(self, table: str, code: str) -> str:
        """A code's words (`table`: status, role, event_kind, relation, field …)."""
        context, labels = _TABLES[table]
        text = labels.get(code)
        if text is None:
            return code.replace("_", " ") if table == "field" else db_label(labels, code)
        return self.translate(context, text)
