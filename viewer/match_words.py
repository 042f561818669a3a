"""Where a search found a person, in one translated table: the window's Match column and
`kartoteka search` say the same words (the command printed db's field codes, "organization:",
"filter:" with nothing after it, in every language).

No Qt here: the command reads the same .ts entries through viewer.ts_files.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from viewer.ts_files import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from db.name_match import NameMatch

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("PeopleText", "Name"),
    "biography": QT_TRANSLATE_NOOP("PeopleText", "Biography"),
    "sentence": QT_TRANSLATE_NOOP("PeopleText", "Sentence"),
    "charge": QT_TRANSLATE_NOOP("PeopleText", "Charge"),
    "quote": QT_TRANSLATE_NOOP("PeopleText", "Quote"),
    "event": QT_TRANSLATE_NOOP("PeopleText", "Event"),
    "source": QT_TRANSLATE_NOOP("PeopleText", "Source"),
    "organization": QT_TRANSLATE_NOOP("PeopleText", "Organization"),
    "filter": QT_TRANSLATE_NOOP("PeopleText", "Filters"),
}
"""db.search.PersonHit.field values, named for a reader (context "PeopleText")."""

MATCHES_FILTERS = QT_TRANSLATE_NOOP("PeopleText", "matches the filters")
"""What a person a filter alone brought in matched (a "filter" hit has no text)."""

MATCH_LEVEL: dict[str, str] = {
    "SPELLED": QT_TRANSLATE_NOOP("MatchLevelLabel", "as stored"),
    "TRANSLITERATED": QT_TRANSLATE_NOOP("MatchLevelLabel", "in another script"),
    "ROMANIZED": QT_TRANSLATE_NOOP("MatchLevelLabel", "another romanization"),
    "DECLINED": QT_TRANSLATE_NOOP("MatchLevelLabel", "a declined form"),
    "VARIANT": QT_TRANSLATE_NOOP("MatchLevelLabel", "another spelling of the name"),
    "READING": QT_TRANSLATE_NOOP("MatchLevelLabel", "another language's spelling"),
    "EQUIVALENT": QT_TRANSLATE_NOOP("MatchLevelLabel", "the same name in another language"),
    "INFLECTED": QT_TRANSLATE_NOOP("MatchLevelLabel", "a declined form"),
    "SHORT_FORM": QT_TRANSLATE_NOOP("MatchLevelLabel", "a short form of the name"),
    "PREFIX": QT_TRANSLATE_NOOP("MatchLevelLabel", "the start of the name"),
    "TYPO": QT_TRANSLATE_NOOP("MatchLevelLabel", "a typo"),
    "UNSTATED": QT_TRANSLATE_NOOP(
        "MatchLevelLabel", "the archive states no patronymic for this person"
    ),
    "MISSING": QT_TRANSLATE_NOOP("MatchLevelLabel", "not among this person's names"),
}
"""db.name_match.MatchLevel names, as the window and the command say them."""

WORD_REASON = QT_TRANSLATE_NOOP("MatchReason", "{word}: {how}")
STORED_REASON = QT_TRANSLATE_NOOP("MatchReason", "{word} → {stored}: {how}")


def match_reason(match: NameMatch, translate: Callable[[str, str], str]) -> str:
    """Why a name matched, in `translate(context, text)`'s language (db.name_match.describe
    says it in English: `kartoteka search` printed "(a declined form)" in be and ru)."""
    from db.name_match import MatchLevel

    parts = []
    for w in match.words:
        if w.level <= MatchLevel.TRANSLITERATED:
            continue
        text = MATCH_LEVEL.get(w.level.name)
        # a level this table lacks: its name made readable (as db.info.label does)
        unknown = w.level.name.lower().replace("_", " ")
        how = unknown if text is None else translate("MatchLevelLabel", text)
        if w.level in (MatchLevel.MISSING, MatchLevel.UNSTATED):
            parts.append(translate("MatchReason", WORD_REASON).format(word=w.query, how=how))
        else:
            said = translate("MatchReason", STORED_REASON)
            parts.append(said.format(word=w.query, stored=w.stored, how=how))
    return "; ".join(parts)
