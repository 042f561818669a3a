"""The note on a name shown in another spelling than the script the reader chose (issue 13).

When an archive has no Belarusian (Russian, passport Latin) spelling of a
person, db.shown_names falls back to another spelling the archive has; the
list marks that name (italic, with this note as tooltip and accessible
description), the record and the dossier say it under the name. The words
live in the "NameFallback" context: the window translates them with its
language, a dossier with its own (DossierWording.translate).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from db.records import NameScript
from viewer.translations import QT_TRANSLATE_NOOP

CONTEXT = "NameFallback"
NOTES: dict[NameScript, str] = {
    NameScript.BELARUSIAN: QT_TRANSLATE_NOOP(
        "NameFallback", "No Belarusian spelling in this archive; shown as the archive has it."
    ),
    NameScript.RUSSIAN: QT_TRANSLATE_NOOP(
        "NameFallback", "No Russian spelling in this archive; shown as the archive has it."
    ),
    NameScript.LATIN: QT_TRANSLATE_NOOP(
        "NameFallback", "No Latin (passport) spelling in this archive; shown as the archive has it."
    ),
}


def fallback_note(
    script: NameScript | str | None, translate: Callable[[str], str] | None = None
) -> str:
    """The note for a name that has no spelling in `script` ("" when none is due).

    `translate(text)` gives the words in a dossier's language; by default the window's.
    """
    if script is None:
        return ""
    try:
        text = NOTES.get(NameScript(script))
    except ValueError:
        return ""
    if text is None:
        return ""
    return translate(text) if translate is not None else QCoreApplication.translate(CONTEXT, text)
