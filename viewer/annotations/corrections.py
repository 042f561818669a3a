"""Proposed corrections with their reasons, for showing them in the record.

A correction carries its reason (`Annotation.reason`, store v3). Before that
the store had no place for it, and the correction dialog saved the "why" as a
note on the same entry, in the same undo step, worded by `reason_note`. Such
notes are still paired back with corrections that have no reason of their own
(`reason` None), so older corrections keep showing why they were proposed.
Qt-free apart from translation.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from db.annotations import Annotation
from viewer.translations import QT_TRANSLATE_NOOP, Context

REASON_TEMPLATE = QT_TRANSLATE_NOOP("Annotations", "Why *{field}* should be “{value}”: {reason}")
"""The wording of an old reason note (translated through the "Annotations" context).

No longer written; read for corrections proposed before they had a reason."""
REASON_WITHIN = dt.timedelta(minutes=1)
"""A reason note is saved milliseconds after its correction; a look-alike note
written later by hand is not taken for the reason."""

_GROUPS = {
    "field": r"(?P<field>[^*\n]+)",
    "value": r"(?P<value>.*?)",
    "reason": r"(?P<reason>.*)",
}


Annotations = Context("Annotations")
"""Strings built outside QObject methods (lupdate reads `Annotations.tr`)."""


def reason_note(field: str, value: str, reason: str) -> str:
    """The note text that carried the reason for proposing `value` for `field` (old stores)."""
    return Annotations.tr(REASON_TEMPLATE).format(field=field, value=value, reason=reason)


@functools.lru_cache(maxsize=8)
def _pattern(template: str) -> re.Pattern[str]:
    """The template as a regex, built once per template (one per language in use)."""
    pieces = re.split(r"\{(\w+)\}", template)
    parts = [_GROUPS.get(p, re.escape(p)) if i % 2 else re.escape(p) for i, p in enumerate(pieces)]
    return re.compile("".join(parts), re.DOTALL)


def _parse(body: str) -> re.Match[str] | None:
    """The reason note's parts, in this language or as first written (English)."""
    for template in dict.fromkeys((Annotations.tr(REASON_TEMPLATE), REASON_TEMPLATE)):
        found = _pattern(template).fullmatch(body)
        if found is not None:
            return found
    return None


@dataclass(frozen=True, slots=True)
class ProposedCorrection:
    """A live correction and the reason given for it.

    `noted_reason` is the reason found in an old-style reason note; it is
    used only when the correction has no reason of its own.
    """

    annotation: Annotation
    noted_reason: str = ""

    @property
    def field(self) -> str:
        return self.annotation.field or ""

    @property
    def reason(self) -> str:
        """Why it was proposed ("" when no reason was given)."""
        if self.annotation.reason is not None:
            return self.annotation.reason
        return self.noted_reason


def _reason_of(note: Annotation, correction: Annotation, found: re.Match[str]) -> str:
    """The reason; the exact prefix first, since a value may itself contain “”: ”."""
    start = reason_note(correction.field or "", correction.body, "")
    if note.body.startswith(start):
        return note.body[len(start) :].strip()
    return found.group("reason").strip()


def _when(iso: str) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _belongs(note: Annotation, value: str, correction: Annotation) -> bool:
    """Whether `note` can be the reason saved with `correction` (same step, same value)."""
    said, proposed = _when(note.created_at), _when(correction.created_at)
    if said is None or proposed is None or not dt.timedelta(0) <= said - proposed <= REASON_WITHIN:
        return False
    edited = correction.updated_at != correction.created_at  # the value may have changed since
    return edited or value == correction.body


def with_reasons(annotations: Iterable[Annotation]) -> list[ProposedCorrection]:
    """The live corrections among one entry's annotations, newest first, with reasons.

    A correction's own reason comes first. Only for corrections without one
    (proposed before corrections had a reason) are old reason notes read: such
    a note was saved right after its correction, by the same author, in the
    same undo step, so it belongs to the newest correction of its field by
    that author made just before it and proposing the value it names. The
    first such note wins. A correction deleted on its own leaves its reason
    note behind; that note then matches no live correction.
    """
    items = [a for a in annotations if not a.deleted]
    corrections = sorted(
        (a for a in items if a.kind == "correction"), key=lambda a: (a.created_at, a.id)
    )
    reasons: dict[str, str] = {}
    if all(c.reason is not None for c in corrections):
        return [ProposedCorrection(c) for c in reversed(corrections)]
    notes = sorted((a for a in items if a.kind == "note"), key=lambda a: (a.created_at, a.id))
    for note in notes:
        found = _parse(note.body)
        if found is None:
            continue
        field = found.group("field")
        earlier = [
            c
            for c in corrections
            if c.field == field
            and c.created_by == note.created_by
            and c.created_at <= note.created_at
        ]
        if not earlier or earlier[-1].id in reasons or earlier[-1].reason is not None:
            continue
        correction = earlier[-1]
        value = found.group("value")
        if note.body.startswith(reason_note(field, correction.body, "")):
            value = correction.body  # the exact wording: a value may itself hold “”: ”
        if _belongs(note, value, correction):
            reasons[correction.id] = _reason_of(note, correction, found)
    return [ProposedCorrection(c, reasons.get(c.id, "")) for c in reversed(corrections)]
