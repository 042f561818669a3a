"""What an archive is (title, edition, counts, health) and the words for its codes.

The archive stores codes ("in_custody", "be-Cyrl", "lacinka"); the CLI and
text exports show the English labels defined here. The viewer shows them in
the user's language from its own copy of these tables (viewer/archive_labels.py;
a test fails when a label here is missing there). `label()` falls back to a
readable form of an unknown code, because an archive made by a newer program
may use codes this build does not know.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

from sqlite_utils import Database

from db import sqlite_errors
from db.checks import CheckProgress, check_archive
from db.connection import Archive
from db.records import ArchiveInfo
from db.untrusted import untrusted_json

STATUS_LABELS: dict[str, str] = {
    "in_custody": "In custody",
    "released": "Released",
    "in_exile": "In exile",
    "deceased": "Deceased",
    "unknown": "Unknown",
}
ROLE_LABELS: dict[str, str] = {
    "prisoner": "Political prisoner",
    "politician": "Politician",
    "candidate": "Candidate",
    "opposition_leader": "Opposition leader",
    "blogger": "Blogger",
    "activist": "Activist",
    "journalist": "Journalist",
    "lawyer": "Lawyer",
    "judge": "Judge",
    "prosecutor": "Prosecutor",
    "official": "Official",
    "head_of_state": "Head of state",
    "envoy": "Envoy",
    "relative": "Relative",
    "other": "Other",
}
EVENT_KIND_LABELS: dict[str, str] = {
    "detained": "Detained",
    "administrative_detention": "Administrative detention",
    "charged": "Charged",
    "tried": "Trial",
    "sentenced": "Sentenced",
    "transferred": "Transferred",
    "released": "Released",
    "pardoned": "Pardoned",
    "exiled": "Exiled",
    "died": "Died",
    "statement": "Statement",
    "election": "Election",
    "protest": "Protest",
    "other": "Other",
}
SYSTEM_LABELS: dict[str, str] = {
    "native": "native spelling",
    "passport": "passport",
    "bgn_pcgn": "BGN/PCGN",
    "lacinka": "Łacinka",
    "national_2007": "national romanization",
    "russian_media": "Russian-based (media)",
    "german": "German",
    "polish": "Polish",
    "alias": "alias or variant",
    "other": "other",
}
LANG_LABELS: dict[str, str] = {
    "be": "Belarusian",
    "be-Cyrl": "Belarusian (Cyrillic)",
    "be-Latn": "Belarusian (Latin)",
    "ru": "Russian",
    "ru-Cyrl": "Russian (Cyrillic)",
    "ru-Latn": "Russian (Latin)",
    "uk": "Ukrainian",
    "uk-Cyrl": "Ukrainian (Cyrillic)",
    "uk-Latn": "Ukrainian (Latin)",
    "en": "English",
    "de": "German",
    "pl": "Polish",
    "lt": "Lithuanian",
    "fr": "French",
}
ORG_KIND_LABELS: dict[str, str] = {
    "court": "Court",
    "prison": "Prison",
    "human_rights": "Human rights organization",
    "media": "Media",
    "state_body": "State body",
    "international": "International organization",
    "party": "Party",
    "campaign": "Campaign",
    "other": "Other",
}
TERM_KIND_LABELS: dict[str, str] = {
    "prison": "prison",
    "restricted_freedom": "restricted freedom",
    "fine": "fine",
    "suspended": "suspended sentence",
    "other": "other penalty",
}
RELATION_LABELS: dict[str, str] = {
    "spouse": "spouse of",
    "parent_of": "parent of",
    "child_of": "child of",
    "relative": "relative of",
    "co_defendant": "co-defendant of",
    "associate": "associate of",
    "campaign_ally": "campaign ally of",
    "opponent": "opponent of",
    "ally": "ally of",
    "advisor_to": "advisor to",
    "judge_in_case_of": "judge in the case of",
    "prosecutor_in_case_of": "prosecutor in the case of",
    "lawyer_of": "lawyer of",
    "member_of": "member of",
    "leader_of": "leader of",
    "held_in": "held in",
    "works_for": "works for",
    "other": "related to",
}
"""How a stored relation reads from its subject ("A is <label> B")."""

INVERSE_RELATION_LABELS: dict[str, str] = {
    "spouse": "spouse of",
    "parent_of": "child of",
    "child_of": "parent of",
    "relative": "relative of",
    "co_defendant": "co-defendant of",
    "associate": "associate of",
    "campaign_ally": "campaign ally of",
    "opponent": "opponent of",
    "ally": "ally of",
    "advisor_to": "advised by",
    "judge_in_case_of": "tried by judge",
    "prosecutor_in_case_of": "prosecuted by",
    "lawyer_of": "represented by lawyer",
    "member_of": "has member",
    "leader_of": "led by",
    "held_in": "holds",
    "works_for": "employs",
    "other": "related to",
}
"""How a relation reads from its object (`Relation.inverse`): "B is <label> A"."""

ENTITY_TABLES: tuple[str, ...] = (
    "people",
    "person_names",
    "person_roles",
    "organizations",
    "org_names",
    "relations",
    "sentences",
    "charges",
    "appeals",
    "quotes",
    "quote_subjects",
    "events",
    "event_people",
    "figures",
    "sources",
    "citations",
    "recognitions",
    "placements",
    "attachments",
)
"""Tables counted by `archive_info`, in the order an info dialog lists them."""


def label(labels: Mapping[str, str], code: str) -> str:
    """The label of `code`, or the code made readable when it is not known."""
    code = str(code)  # a hostile file may hold a number where a code belongs
    return labels.get(code) or code.replace("_", " ")


def inverse_relation_label(kind: str) -> str:
    """How relation `kind` reads from the side of the person it points at."""
    return label(INVERSE_RELATION_LABELS, kind)


def _languages(raw: str | None) -> tuple[str, ...]:
    """The meta `languages` JSON list; anything malformed reads as no languages."""
    value = untrusted_json(raw)
    if not isinstance(value, list):
        return ()
    return tuple(v for v in value if isinstance(v, str))


def run_quick_check(archive: Archive, progress: CheckProgress | None = None) -> str:
    """The slow checks (db.checks): "ok", or a one-line summary of what was found."""
    result = check_archive(archive, progress=progress)
    if result.ok:
        return "ok"
    return result.summary


MAX_RECORDED_COUNT = 2**40


def _recorded_counts(db: Database) -> dict[str, int]:
    """Row counts of the entity tables as `ANALYZE` recorded them in sqlite_stat1.

    Kartoteka runs ANALYZE as the last step of writing an archive, so they are
    exact for its own files, and read in microseconds where COUNT(*) reads
    every index (a second or more for a million people). Values that are
    not whole numbers are left out (the caller counts those tables).
    """
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return {}
    counts: dict[str, int] = {}
    for table, stat in db.execute(
        "SELECT tbl, stat FROM sqlite_stat1 WHERE tbl IN (SELECT value FROM json_each(?))",
        [json.dumps(ENTITY_TABLES)],
    ):
        first = str(stat).split(" ", 1)[0]
        if first.isascii() and first.isdigit() and int(first) < MAX_RECORDED_COUNT:
            counts[str(table)] = max(counts.get(str(table), 0), int(first))
    return counts


def archive_info(
    archive: Archive,
    *,
    quick_check: bool = True,
    progress: CheckProgress | None = None,
    exact_counts: bool | None = None,
) -> ArchiveInfo:
    """Metadata, schema version, entity counts and (optionally) the slow checks.

    The checks read the whole file (a minute or more on a million-person
    archive, unless an earlier run is remembered), so callers run this off
    the GUI thread or pass `quick_check=False`; `progress` as in db.checks.
    Counts are exact COUNT(*)s when `exact_counts` (by default: with the
    checks), else what the archive recorded when it was written
    (`counts_recorded`), counting only tables it recorded nothing for.
    """
    db = archive.db
    exact = quick_check if exact_counts is None else exact_counts
    try:
        meta = {str(k): str(v) for k, v in db.execute("SELECT key, value FROM meta")}
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        recorded = {} if exact else _recorded_counts(db)
        counts = {
            table: recorded[table]
            if table in recorded
            else int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in ENTITY_TABLES
            if table in tables  # names come from ENTITY_TABLES, never from the file
        }
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if sqlite_errors.is_interrupt(exc):
            raise
        raise sqlite_errors.damaged_error(archive.path, exc) from exc
    return ArchiveInfo(
        path=str(archive.path),
        title=meta.get("title") or archive.path.stem,
        publisher=meta.get("publisher"),
        edition=meta.get("edition"),
        edition_date=meta.get("edition_date"),
        languages=_languages(meta.get("languages")),
        synthetic=meta.get("synthetic", "0").strip().lower() in ("1", "true", "yes"),
        archive_id=meta.get("archive_id", ""),
        schema_version=version,
        counts=counts,
        quick_check=run_quick_check(archive, progress) if quick_check else "not run",
        counts_recorded=bool(recorded),
    )
