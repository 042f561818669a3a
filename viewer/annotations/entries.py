"""The annotatable entries of one person's record, with their correctable fields.

Annotations attach to an entry (the person, or one of their sentences, quotes,
events or sources) by its stable id. This module turns a PersonRecord into that
list, once, so the entry chooser, the annotations list and the correction
dialog all name entries the same way. Qt-free apart from translation.

The fields are named by code ("region", "term_months") in the store and in
`Entry.fields`; `field_label` is what people read wherever a field is named.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.records import FuzzyDate, PersonRecord
from viewer import archive_labels
from viewer.formatting import describe_date
from viewer.translations import QT_TRANSLATE_NOOP, Context, table_label

LABEL_CHARS = 48


AnnotationEntries = Context("AnnotationEntries")
"""Strings built outside QObject methods (lupdate reads `AnnotationEntries.tr`)."""

FieldLabel = Context("FieldLabel")
"""The correctable fields' names (lupdate reads the QT_TRANSLATE_NOOPs below)."""

FIELD_LABELS: dict[str, str] = {
    # the person
    "display_name": QT_TRANSLATE_NOOP("FieldLabel", "Name"),
    "status": QT_TRANSLATE_NOOP("FieldLabel", "Status"),
    "status_since": QT_TRANSLATE_NOOP("FieldLabel", "Status since"),
    "birth": QT_TRANSLATE_NOOP("FieldLabel", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("FieldLabel", "Gender"),
    "region": QT_TRANSLATE_NOOP("FieldLabel", "Region"),
    "city": QT_TRANSLATE_NOOP("FieldLabel", "City"),
    "biography": QT_TRANSLATE_NOOP("FieldLabel", "Biography"),
    # sentences, quotes and events (all three have a date)
    "date": QT_TRANSLATE_NOOP("FieldLabel", "Date"),
    "term_kind": QT_TRANSLATE_NOOP("FieldLabel", "Kind of term"),
    "term_months": QT_TRANSLATE_NOOP("FieldLabel", "Term (months)"),
    "term_text": QT_TRANSLATE_NOOP("FieldLabel", "Term as written"),
    "regime": QT_TRANSLATE_NOOP("FieldLabel", "Regime"),
    "court": QT_TRANSLATE_NOOP("FieldLabel", "Court"),
    "judge": QT_TRANSLATE_NOOP("FieldLabel", "Judge"),
    "charges": QT_TRANSLATE_NOOP("FieldLabel", "Charges"),
    "note": QT_TRANSLATE_NOOP("FieldLabel", "Note"),
    "text": QT_TRANSLATE_NOOP("FieldLabel", "Text"),
    "speaker": QT_TRANSLATE_NOOP("FieldLabel", "Speaker"),
    "venue": QT_TRANSLATE_NOOP("FieldLabel", "Venue"),
    "lang": QT_TRANSLATE_NOOP("FieldLabel", "Language"),
    "kind": QT_TRANSLATE_NOOP("FieldLabel", "Kind of event"),
    "place": QT_TRANSLATE_NOOP("FieldLabel", "Place"),
    "description": QT_TRANSLATE_NOOP("FieldLabel", "Description"),
    # facilities (organizations where people are held; format 2)
    "name": QT_TRANSLATE_NOOP("FieldLabel", "Name"),
    "facility_kind": QT_TRANSLATE_NOOP("FieldLabel", "Kind of facility"),
    "address_ru": QT_TRANSLATE_NOOP("FieldLabel", "Postal address (Russian)"),
    "address_be": QT_TRANSLATE_NOOP("FieldLabel", "Postal address (Belarusian)"),
    # sources
    "title": QT_TRANSLATE_NOOP("FieldLabel", "Title"),
    "publisher": QT_TRANSLATE_NOOP("FieldLabel", "Publisher"),
    "url": QT_TRANSLATE_NOOP("FieldLabel", "URL"),
    "published": QT_TRANSLATE_NOOP("FieldLabel", "Published"),
    "confidence": QT_TRANSLATE_NOOP("FieldLabel", "Confidence"),
}
"""A human label (English, sentence case) for each field code `record_entries` uses."""


def field_label(code: str) -> str:
    """A field's name in the UI language; an unknown code (an older edition's) as written."""
    return table_label(FieldLabel, FIELD_LABELS, code, code.replace("_", " "))


ENTITY_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("AnnotationEntries", "person"),
    "sentence": QT_TRANSLATE_NOOP("AnnotationEntries", "sentence"),
    "quote": QT_TRANSLATE_NOOP("AnnotationEntries", "quote"),
    "event": QT_TRANSLATE_NOOP("AnnotationEntries", "event"),
    "source": QT_TRANSLATE_NOOP("AnnotationEntries", "source"),
    "organization": QT_TRANSLATE_NOOP("AnnotationEntries", "organization"),
    "relation": QT_TRANSLATE_NOOP("AnnotationEntries", "relation"),
    "figure": QT_TRANSLATE_NOOP("AnnotationEntries", "figure"),
}
"""db.annotations.ENTITY_TYPES as a word in a sentence ("note on person p-12")."""


def entity_label(entity_type: str) -> str:
    """An entry type in the UI language; an unknown one (a newer file's) as written."""
    return table_label(AnnotationEntries, ENTITY_LABELS, entity_type)


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry annotations can attach to.

    `fields` maps a field name to the archive's current value as text, in the
    order the correction dialog offers them.
    """

    entity_type: str  # one of db.annotations.ENTITY_TYPES
    entity_id: str
    label: str
    fields: tuple[tuple[str, str], ...]

    def field_value(self, name: str) -> str | None:
        for field, value in self.fields:
            if field == name:
                return value
        return None


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _edtf(date: FuzzyDate | None) -> str:
    return date.edtf if date is not None else ""


def _when(date: FuzzyDate | None) -> str:
    return describe_date(date) if date is not None else AnnotationEntries.tr("date unknown")


def record_entries(rec: PersonRecord) -> list[Entry]:
    """The person first, then sentences, quotes, events, the facilities where the person
    was held, and sources, as the record shows them."""
    entries = [
        Entry(
            "person",
            rec.id,
            AnnotationEntries.tr("Person: {name}").format(name=rec.display_name),
            (
                ("display_name", rec.display_name),
                ("status", rec.status),
                ("status_since", _edtf(rec.status_since)),
                ("birth", _edtf(rec.birth)),
                ("gender", rec.gender or ""),
                ("region", rec.region or ""),
                ("city", rec.city or ""),
                ("biography", rec.biography or ""),
            ),
        )
    ]
    for s in rec.sentences:
        term = s.term_text or archive_labels.term_kind(s.term_kind)
        entries.append(
            Entry(
                "sentence",
                s.id,
                _short(
                    AnnotationEntries.tr("Sentence {when} — {term}").format(
                        when=_when(s.date), term=term
                    )
                ),
                (
                    ("date", _edtf(s.date)),
                    ("term_kind", s.term_kind),
                    ("term_months", "" if s.term_months is None else str(s.term_months)),
                    ("term_text", s.term_text or ""),
                    ("regime", s.regime or ""),
                    ("court", s.court.name if s.court else ""),
                    ("judge", s.judge.name if s.judge else ""),
                    ("charges", "; ".join(c.article for c in s.charges)),
                    ("note", s.note or ""),
                ),
            )
        )
    for q in rec.quotes:
        entries.append(
            Entry(
                "quote",
                q.id,
                _short(AnnotationEntries.tr("Quote “{text}”").format(text=q.text)),
                (
                    ("text", q.text),
                    ("speaker", q.speaker.name if q.speaker else ""),
                    ("date", _edtf(q.date)),
                    ("venue", q.venue or ""),
                    ("lang", q.lang),
                ),
            )
        )
    for ev in rec.events:
        kind = archive_labels.event_kind(ev.kind)
        entries.append(
            Entry(
                "event",
                ev.id,
                _short(
                    AnnotationEntries.tr("Event {when} — {kind}").format(
                        when=_when(ev.date), kind=kind
                    )
                ),
                (
                    ("kind", ev.kind),
                    ("date", _edtf(ev.date)),
                    ("place", ev.place or ""),
                    ("description", ev.description),
                ),
            )
        )
    facilities: set[str] = set()
    for pl in rec.placements:  # where the person was held: notes on a facility's address
        f = pl.facility
        if f is None or f.id in facilities:
            continue
        facilities.add(f.id)
        entries.append(
            Entry(
                "organization",
                f.id,
                _short(AnnotationEntries.tr("Facility: {name}").format(name=f.name)),
                (
                    ("name", f.name),
                    ("facility_kind", f.facility_kind or ""),
                    ("city", f.city or ""),
                    ("address_ru", f.address_ru or ""),
                    ("address_be", f.address_be or ""),
                ),
            )
        )
    seen: set[str] = set()
    for c in rec.citations:
        if c.source_id in seen:
            continue
        seen.add(c.source_id)
        entries.append(
            Entry(
                "source",
                c.source_id,
                _short(
                    AnnotationEntries.tr("Source [{n}] {title}").format(n=c.number, title=c.title)
                ),
                (
                    ("title", c.title),
                    ("publisher", c.publisher or ""),
                    ("url", c.url or ""),
                    ("published", _edtf(c.published)),
                    ("confidence", c.confidence),
                ),
            )
        )
    return entries
