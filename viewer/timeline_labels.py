"""Timeline labels in the UI language: recognitions, appeals and sentence bars.

db.timeline gives these items as codes and names (TimelineItem who, code,
by, term_months) beside an English label; here the words come from
viewer.archive_labels and the order from translatable templates, so a
Belarusian window never shows "reduced (Supreme Court)" or "36 months prison".
Other items (events, quotes, transfers) keep the label db gives: the
archive's own text and names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from db.records import TimelineItem
from viewer import archive_labels
from viewer.record_text import term_words
from viewer.translations import Context

TimelineLabel = Context("TimelineLabel")

_WORDS: dict[str, Callable[[TimelineItem, str], str]] = {
    "recognition": lambda _item, code: archive_labels.recognition_state(code),
    "appeal": lambda _item, code: archive_labels.appeal_outcome(code),
    "sentence": lambda item, code: term_words(code, item.term_months),
}


def timeline_label(item: TimelineItem) -> str:
    """The item's label in the UI language (the db label when it has no codes)."""
    word = _WORDS.get(item.kind)
    if word is None or item.code is None:
        return item.label
    what = word(item, item.code)
    if not item.who:
        return what
    if item.by:
        return TimelineLabel.tr("{name}: {what} ({by})").format(
            name=item.who, what=what, by=item.by
        )
    return TimelineLabel.tr("{name}: {what}").format(name=item.who, what=what)


def worded(items: Iterable[TimelineItem]) -> list[TimelineItem]:
    """Timeline items with their labels in the UI language (see `timeline_label`)."""
    return [
        dataclasses.replace(i, label=timeline_label(i)) if i.code is not None else i for i in items
    ]
