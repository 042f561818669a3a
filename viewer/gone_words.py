"""Why an annotated entry is not in an edition (db.diff.GoneReason), in the UI language.

db words the reason in English; the Compare dialog's Orphans tab and the
Orphaned annotations dialog (after a comparison) show it in the reader's
language. A plain str (a reason from elsewhere) is shown as it is.
"""

from __future__ import annotations

from db.diff import GONE_NOWHERE, GONE_REMOVED, GONE_WITH_PERSON, GoneReason
from viewer.translations import QT_TRANSLATE_NOOP, Context

GoneWords = Context("GoneWords")

GONE_WORDS: dict[str, str] = {
    GONE_NOWHERE: QT_TRANSLATE_NOOP("GoneWords", "not in either edition"),
    GONE_REMOVED: QT_TRANSLATE_NOOP("GoneWords", "removed in the new edition"),
    GONE_WITH_PERSON: QT_TRANSLATE_NOOP(
        "GoneWords", "removed in the new edition, with {name} ({id})"
    ),
}
"""db.diff.GONE_TEXTS, marked for lupdate (the English must stay equal: a test checks)."""


def gone_text(reason: str) -> str:
    """`reason` in the UI language when db gave its kind."""
    if not isinstance(reason, GoneReason) or reason.kind not in GONE_WORDS:
        return reason
    return GoneWords.tr(GONE_WORDS[reason.kind]).format(name=reason.person, id=reason.person_id)
