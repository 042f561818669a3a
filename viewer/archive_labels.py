"""The archive's words in the user's language: statuses, roles, event kinds, relations….

db/ stays Qt-free and English (db.info holds the English label of every code,
which the CLI and text exports show). The viewer keeps its own copy of each
table here, every label wrapped in `QT_TRANSLATE_NOOP` so lupdate puts it in
the .ts files, one context per table: the same English word can need
different words elsewhere ("Released" as a status is "На волі", as an event
"Вызваленне"). tests/viewer/test_translations.py checks that each table here
equals its db.info table, so a code added to db without a translation fails
the tests instead of showing up in English.

A code this build does not know (an archive from a newer program) shows as
db.info shows it: the code made readable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.info import label as db_label
from viewer.match_words import MATCH_LEVEL, match_reason
from viewer.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the name matcher (rapidfuzz, the name tables) loads with the first search
    from db.name_match import NameMatch

STATUS: dict[str, str] = {
    "in_custody": QT_TRANSLATE_NOOP("StatusLabel", "In custody"),
    "released": QT_TRANSLATE_NOOP("StatusLabel", "Released"),
    "in_exile": QT_TRANSLATE_NOOP("StatusLabel", "In exile"),
    "deceased": QT_TRANSLATE_NOOP("StatusLabel", "Deceased"),
    "unknown": QT_TRANSLATE_NOOP("StatusLabel", "Unknown"),
}
ROLE: dict[str, str] = {
    "prisoner": QT_TRANSLATE_NOOP("RoleLabel", "Political prisoner"),
    "politician": QT_TRANSLATE_NOOP("RoleLabel", "Politician"),
    "candidate": QT_TRANSLATE_NOOP("RoleLabel", "Candidate"),
    "opposition_leader": QT_TRANSLATE_NOOP("RoleLabel", "Opposition leader"),
    "blogger": QT_TRANSLATE_NOOP("RoleLabel", "Blogger"),
    "activist": QT_TRANSLATE_NOOP("RoleLabel", "Activist"),
    "journalist": QT_TRANSLATE_NOOP("RoleLabel", "Journalist"),
    "lawyer": QT_TRANSLATE_NOOP("RoleLabel", "Lawyer"),
    "judge": QT_TRANSLATE_NOOP("RoleLabel", "Judge"),
    "prosecutor": QT_TRANSLATE_NOOP("RoleLabel", "Prosecutor"),
    "official": QT_TRANSLATE_NOOP("RoleLabel", "Official"),
    "head_of_state": QT_TRANSLATE_NOOP("RoleLabel", "Head of state"),
    "envoy": QT_TRANSLATE_NOOP("RoleLabel", "Envoy"),
    "relative": QT_TRANSLATE_NOOP("RoleLabel", "Relative"),
    "other": QT_TRANSLATE_NOOP("RoleLabel", "Other"),
}
EVENT_KIND: dict[str, str] = {
    "detained": QT_TRANSLATE_NOOP("EventKindLabel", "Detained"),
    "administrative_detention": QT_TRANSLATE_NOOP("EventKindLabel", "Administrative detention"),
    "charged": QT_TRANSLATE_NOOP("EventKindLabel", "Charged"),
    "tried": QT_TRANSLATE_NOOP("EventKindLabel", "Trial"),
    "sentenced": QT_TRANSLATE_NOOP("EventKindLabel", "Sentenced"),
    "transferred": QT_TRANSLATE_NOOP("EventKindLabel", "Transferred"),
    "released": QT_TRANSLATE_NOOP("EventKindLabel", "Released"),
    "pardoned": QT_TRANSLATE_NOOP("EventKindLabel", "Pardoned"),
    "exiled": QT_TRANSLATE_NOOP("EventKindLabel", "Exiled"),
    "died": QT_TRANSLATE_NOOP("EventKindLabel", "Died"),
    "statement": QT_TRANSLATE_NOOP("EventKindLabel", "Statement"),
    "election": QT_TRANSLATE_NOOP("EventKindLabel", "Election"),
    "protest": QT_TRANSLATE_NOOP("EventKindLabel", "Protest"),
    "other": QT_TRANSLATE_NOOP("EventKindLabel", "Other"),
}
SYSTEM: dict[str, str] = {
    "native": QT_TRANSLATE_NOOP("NameSystemLabel", "native spelling"),
    "passport": QT_TRANSLATE_NOOP("NameSystemLabel", "passport"),
    "bgn_pcgn": QT_TRANSLATE_NOOP("NameSystemLabel", "BGN/PCGN"),
    "lacinka": QT_TRANSLATE_NOOP("NameSystemLabel", "Łacinka"),
    "national_2007": QT_TRANSLATE_NOOP("NameSystemLabel", "national romanization"),
    "russian_media": QT_TRANSLATE_NOOP("NameSystemLabel", "Russian-based (media)"),
    "german": QT_TRANSLATE_NOOP("NameSystemLabel", "German"),
    "polish": QT_TRANSLATE_NOOP("NameSystemLabel", "Polish"),
    "alias": QT_TRANSLATE_NOOP("NameSystemLabel", "alias or variant"),
    "other": QT_TRANSLATE_NOOP("NameSystemLabel", "other"),
}
LANG: dict[str, str] = {
    "be": QT_TRANSLATE_NOOP("LanguageLabel", "Belarusian"),
    "be-Cyrl": QT_TRANSLATE_NOOP("LanguageLabel", "Belarusian (Cyrillic)"),
    "be-Latn": QT_TRANSLATE_NOOP("LanguageLabel", "Belarusian (Latin)"),
    "ru": QT_TRANSLATE_NOOP("LanguageLabel", "Russian"),
    "ru-Cyrl": QT_TRANSLATE_NOOP("LanguageLabel", "Russian (Cyrillic)"),
    "ru-Latn": QT_TRANSLATE_NOOP("LanguageLabel", "Russian (Latin)"),
    "uk": QT_TRANSLATE_NOOP("LanguageLabel", "Ukrainian"),
    "uk-Cyrl": QT_TRANSLATE_NOOP("LanguageLabel", "Ukrainian (Cyrillic)"),
    "uk-Latn": QT_TRANSLATE_NOOP("LanguageLabel", "Ukrainian (Latin)"),
    "en": QT_TRANSLATE_NOOP("LanguageLabel", "English"),
    "de": QT_TRANSLATE_NOOP("LanguageLabel", "German"),
    "pl": QT_TRANSLATE_NOOP("LanguageLabel", "Polish"),
    "lt": QT_TRANSLATE_NOOP("LanguageLabel", "Lithuanian"),
    "fr": QT_TRANSLATE_NOOP("LanguageLabel", "French"),
}
ORG_KIND: dict[str, str] = {
    "court": QT_TRANSLATE_NOOP("OrgKindLabel", "Court"),
    "prison": QT_TRANSLATE_NOOP("OrgKindLabel", "Prison"),
    "human_rights": QT_TRANSLATE_NOOP("OrgKindLabel", "Human rights organization"),
    "media": QT_TRANSLATE_NOOP("OrgKindLabel", "Media"),
    "state_body": QT_TRANSLATE_NOOP("OrgKindLabel", "State body"),
    "international": QT_TRANSLATE_NOOP("OrgKindLabel", "International organization"),
    "party": QT_TRANSLATE_NOOP("OrgKindLabel", "Party"),
    "campaign": QT_TRANSLATE_NOOP("OrgKindLabel", "Campaign"),
    "other": QT_TRANSLATE_NOOP("OrgKindLabel", "Other"),
}
TERM_KIND: dict[str, str] = {
    "prison": QT_TRANSLATE_NOOP("TermKindLabel", "prison"),
    "restricted_freedom": QT_TRANSLATE_NOOP("TermKindLabel", "restricted freedom"),
    "fine": QT_TRANSLATE_NOOP("TermKindLabel", "fine"),
    "suspended": QT_TRANSLATE_NOOP("TermKindLabel", "suspended sentence"),
    "other": QT_TRANSLATE_NOOP("TermKindLabel", "other penalty"),
}
RELATION: dict[str, str] = {
    "spouse": QT_TRANSLATE_NOOP("RelationLabel", "spouse of"),
    "parent_of": QT_TRANSLATE_NOOP("RelationLabel", "parent of"),
    "child_of": QT_TRANSLATE_NOOP("RelationLabel", "child of"),
    "relative": QT_TRANSLATE_NOOP("RelationLabel", "relative of"),
    "co_defendant": QT_TRANSLATE_NOOP("RelationLabel", "co-defendant of"),
    "associate": QT_TRANSLATE_NOOP("RelationLabel", "associate of"),
    "campaign_ally": QT_TRANSLATE_NOOP("RelationLabel", "campaign ally of"),
    "opponent": QT_TRANSLATE_NOOP("RelationLabel", "opponent of"),
    "ally": QT_TRANSLATE_NOOP("RelationLabel", "ally of"),
    "advisor_to": QT_TRANSLATE_NOOP("RelationLabel", "advisor to"),
    "judge_in_case_of": QT_TRANSLATE_NOOP("RelationLabel", "judge in the case of"),
    "prosecutor_in_case_of": QT_TRANSLATE_NOOP("RelationLabel", "prosecutor in the case of"),
    "lawyer_of": QT_TRANSLATE_NOOP("RelationLabel", "lawyer of"),
    "member_of": QT_TRANSLATE_NOOP("RelationLabel", "member of"),
    "leader_of": QT_TRANSLATE_NOOP("RelationLabel", "leader of"),
    "held_in": QT_TRANSLATE_NOOP("RelationLabel", "held in"),
    "works_for": QT_TRANSLATE_NOOP("RelationLabel", "works for"),
    "other": QT_TRANSLATE_NOOP("RelationLabel", "related to"),
}
INVERSE_RELATION: dict[str, str] = {
    "spouse": QT_TRANSLATE_NOOP("InverseRelationLabel", "spouse of"),
    "parent_of": QT_TRANSLATE_NOOP("InverseRelationLabel", "child of"),
    "child_of": QT_TRANSLATE_NOOP("InverseRelationLabel", "parent of"),
    "relative": QT_TRANSLATE_NOOP("InverseRelationLabel", "relative of"),
    "co_defendant": QT_TRANSLATE_NOOP("InverseRelationLabel", "co-defendant of"),
    "associate": QT_TRANSLATE_NOOP("InverseRelationLabel", "associate of"),
    "campaign_ally": QT_TRANSLATE_NOOP("InverseRelationLabel", "campaign ally of"),
    "opponent": QT_TRANSLATE_NOOP("InverseRelationLabel", "opponent of"),
    "ally": QT_TRANSLATE_NOOP("InverseRelationLabel", "ally of"),
    "advisor_to": QT_TRANSLATE_NOOP("InverseRelationLabel", "advised by"),
    "judge_in_case_of": QT_TRANSLATE_NOOP("InverseRelationLabel", "tried by judge"),
    "prosecutor_in_case_of": QT_TRANSLATE_NOOP("InverseRelationLabel", "prosecuted by"),
    "lawyer_of": QT_TRANSLATE_NOOP("InverseRelationLabel", "represented by lawyer"),
    "member_of": QT_TRANSLATE_NOOP("InverseRelationLabel", "has member"),
    "leader_of": QT_TRANSLATE_NOOP("InverseRelationLabel", "led by"),
    "held_in": QT_TRANSLATE_NOOP("InverseRelationLabel", "holds"),
    "works_for": QT_TRANSLATE_NOOP("InverseRelationLabel", "employs"),
    "other": QT_TRANSLATE_NOOP("InverseRelationLabel", "related to"),
}
REGIME: dict[str, str] = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("RegimeLabel", "general regime"),
        QT_TRANSLATE_NOOP("RegimeLabel", "reinforced regime"),
        QT_TRANSLATE_NOOP("RegimeLabel", "strict regime"),
        QT_TRANSLATE_NOOP("RegimeLabel", "special regime"),
        QT_TRANSLATE_NOOP("RegimeLabel", "prison"),
    )
}
"""Sentence regimes are free text in the archive; the usual ones are translated
(db.generate.REGIMES writes these), any other shows as the archive has it."""

CONFIDENCE: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP("ConfidenceLabel", "high"),
    "medium": QT_TRANSLATE_NOOP("ConfidenceLabel", "medium"),
    "low": QT_TRANSLATE_NOOP("ConfidenceLabel", "low"),
}
"""How sure a citation is (db.migrations.CONFIDENCES; db shows the code itself)."""

RECOGNITION_STATE: dict[str, str] = {
    "recognized": QT_TRANSLATE_NOOP("RecognitionLabel", "Political prisoner"),
    "former": QT_TRANSLATE_NOOP("RecognitionLabel", "Former political prisoner"),
    "recognized_after_release": QT_TRANSLATE_NOOP(
        "RecognitionLabel", "Recognized as a political prisoner after release"
    ),
}
"""db.record_words.RECOGNITION_STATE_WORDS in the UI language."""

APPEAL_OUTCOME: dict[str, str] = {
    "upheld": QT_TRANSLATE_NOOP("AppealOutcomeLabel", "upheld"),
    "reduced": QT_TRANSLATE_NOOP("AppealOutcomeLabel", "term reduced"),
    "increased": QT_TRANSLATE_NOOP("AppealOutcomeLabel", "term increased"),
    "overturned": QT_TRANSLATE_NOOP("AppealOutcomeLabel", "overturned"),
    "returned": QT_TRANSLATE_NOOP("AppealOutcomeLabel", "sent back for a new trial"),
    "pending": QT_TRANSLATE_NOOP("AppealOutcomeLabel", "pending"),
    "other": QT_TRANSLATE_NOOP("AppealOutcomeLabel", "other outcome"),
}
"""db.record_words.APPEAL_OUTCOME_WORDS in the UI language."""

FACILITY_KIND: dict[str, str] = {
    "temporary_detention": QT_TRANSLATE_NOOP("FacilityKindLabel", "Temporary detention facility"),
    "pretrial_detention_centre": QT_TRANSLATE_NOOP(
        "FacilityKindLabel", "Pre-trial detention centre"
    ),
    "penal_colony": QT_TRANSLATE_NOOP("FacilityKindLabel", "Penal colony"),
    "colony_settlement": QT_TRANSLATE_NOOP("FacilityKindLabel", "Colony settlement"),
    "open_correctional_institution": QT_TRANSLATE_NOOP(
        "FacilityKindLabel", "Open-type correctional institution"
    ),
    "prison": QT_TRANSLATE_NOOP("FacilityKindLabel", "Prison"),
    "medical_labour_centre": QT_TRANSLATE_NOOP("FacilityKindLabel", "Medical labour centre"),
    "psychiatric_hospital": QT_TRANSLATE_NOOP("FacilityKindLabel", "Psychiatric hospital"),
    "other": QT_TRANSLATE_NOOP("FacilityKindLabel", "Place of detention"),
}
"""db.record_words.FACILITY_KIND_WORDS in the UI language."""

CONTEXTS: dict[str, Mapping[str, str]] = {
    "StatusLabel": STATUS,
    "RoleLabel": ROLE,
    "EventKindLabel": EVENT_KIND,
    "NameSystemLabel": SYSTEM,
    "LanguageLabel": LANG,
    "OrgKindLabel": ORG_KIND,
    "TermKindLabel": TERM_KIND,
    "RelationLabel": RELATION,
    "InverseRelationLabel": INVERSE_RELATION,
    "RegimeLabel": REGIME,
    "ConfidenceLabel": CONFIDENCE,
    "RecognitionLabel": RECOGNITION_STATE,
    "AppealOutcomeLabel": APPEAL_OUTCOME,
    "FacilityKindLabel": FACILITY_KIND,
    "MatchLevelLabel": MATCH_LEVEL,
}
"""Each table under the translation context its labels are marked in."""


def _translated(context: str, table: Mapping[str, str], code: str) -> str:
    text = table.get(code)
    if text is None:
        return db_label(table, code)  # unknown: the code made readable, as db.info does
    return QCoreApplication.translate(context, text)


def status(code: str) -> str:
    return _translated("StatusLabel", STATUS, code)


def role(code: str) -> str:
    return _translated("RoleLabel", ROLE, code)


def event_kind(code: str) -> str:
    return _translated("EventKindLabel", EVENT_KIND, code)


def name_system(code: str) -> str:
    return _translated("NameSystemLabel", SYSTEM, code)


def language(code: str) -> str:
    return _translated("LanguageLabel", LANG, code)


def org_kind(code: str) -> str:
    return _translated("OrgKindLabel", ORG_KIND, code)


def term_kind(code: str) -> str:
    return _translated("TermKindLabel", TERM_KIND, code)


def relation(kind: str, *, inverse: bool = False) -> str:
    """How relation `kind` reads from its subject, or (`inverse`) from its object."""
    if inverse:
        return _translated("InverseRelationLabel", INVERSE_RELATION, kind)
    return _translated("RelationLabel", RELATION, kind)


def match_level(code: str) -> str:
    return _translated("MatchLevelLabel", MATCH_LEVEL, code)


def name_match_reason(match: NameMatch) -> str:
    """Why a name matched, in the UI language (db.name_match.describe in English)."""
    return match_reason(match, QCoreApplication.translate)


def confidence(code: str) -> str:
    return _translated("ConfidenceLabel", CONFIDENCE, code)


def recognition_state(code: str) -> str:
    return _translated("RecognitionLabel", RECOGNITION_STATE, code)


def appeal_outcome(code: str) -> str:
    return _translated("AppealOutcomeLabel", APPEAL_OUTCOME, code)


def facility_kind(code: str) -> str:
    return _translated("FacilityKindLabel", FACILITY_KIND, code)


def regime(text: str) -> str:
    """A sentence regime: the usual ones translated, any other as the archive has it."""
    return QCoreApplication.translate("RegimeLabel", text) if text in REGIME else text
