"""What each table db.info counts is called, in one translated table: the window's Archive
info and `kartoteka info` say the same words (the command printed "person_names",
"quote_subjects" … where its own table had no word for them, in every language).

No Qt here: the command reads the same .ts entries through viewer.ts_files.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.ts_files import QT_TRANSLATE_NOOP

CONTENTS_LABELS: dict[str, str] = {
    "people": QT_TRANSLATE_NOOP("ArchiveContents", "People"),
    "person_names": QT_TRANSLATE_NOOP("ArchiveContents", "Spellings of people's names"),
    "person_roles": QT_TRANSLATE_NOOP("ArchiveContents", "Roles of people"),
    "organizations": QT_TRANSLATE_NOOP("ArchiveContents", "Organizations"),
    "org_names": QT_TRANSLATE_NOOP("ArchiveContents", "Spellings of organizations' names"),
    "relations": QT_TRANSLATE_NOOP("ArchiveContents", "Relations"),
    "sentences": QT_TRANSLATE_NOOP("ArchiveContents", "Sentences"),
    "charges": QT_TRANSLATE_NOOP("ArchiveContents", "Charges"),
    "appeals": QT_TRANSLATE_NOOP("ArchiveContents", "Appeals"),
    "quotes": QT_TRANSLATE_NOOP("ArchiveContents", "Quotes"),
    "quote_subjects": QT_TRANSLATE_NOOP("ArchiveContents", "People quotes are about"),
    "events": QT_TRANSLATE_NOOP("ArchiveContents", "Events"),
    "event_people": QT_TRANSLATE_NOOP("ArchiveContents", "People in events"),
    "figures": QT_TRANSLATE_NOOP("ArchiveContents", "Figures"),
    "sources": QT_TRANSLATE_NOOP("ArchiveContents", "Sources"),
    "citations": QT_TRANSLATE_NOOP("ArchiveContents", "Citations"),
    "recognitions": QT_TRANSLATE_NOOP("ArchiveContents", "Recognitions as political prisoners"),
    "placements": QT_TRANSLATE_NOOP("ArchiveContents", "Places of custody"),
    "attachments": QT_TRANSLATE_NOOP("ArchiveContents", "Photos and attachments"),
}
"""Every table of db.info.ENTITY_TABLES (a test checks), named for a reader."""


def contents_word(table: str, translate: Callable[[str], str]) -> str:
    """`table`'s label in `translate`'s language; a table this build does not know (a newer
    file's) made readable, never its bare name with underscores."""
    label = CONTENTS_LABELS.get(table)
    return translate(label) if label is not None else table.replace("_", " ")
