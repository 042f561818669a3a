"""A person's whole record as plain text in the UI language, for "Copy record" and citations.

`db.person.record_as_text` says the record in English (the CLI, text
exports); the window copies it in the language it speaks, with the same
layout: the name, the facts, then each section with every item (the record
pane shows at most a few dozen per section; a copy has them all) and the
numbered sources the marks point to. Words come from the record pane's own
context (PersonDetail) and viewer.archive_labels, dates from
viewer.formatting.describe_date.
"""

from __future__ import annotations

from db import phrases
from db.attachments import PROBLEM_TEXT, AttachmentProblem
from db.records import (
    Appeal,
    Attachment,
    Citation,
    FuzzyDate,
    PersonId,
    PersonRecord,
    PersonSummary,
    Placement,
    Recognition,
    Relation,
    Sentence,
    SentenceId,
)
from viewer import archive_labels
from viewer.formatting import describe_date
from viewer.phrases import ui_wording
from viewer.translations import Context

PersonDetail = Context("PersonDetail")
"""The record pane's words (lupdate reads `PersonDetail.tr`)."""


def _marks(numbers: tuple[int, ...]) -> str:
    return "".join(f" [{n}]" for n in numbers)


def _when(date: FuzzyDate | None) -> str:
    return describe_date(date) if date is not None else PersonDetail.tr("date unknown")


def term_text(s: Sentence) -> str:
    """A sentence's term in words: "Colony, 18 years"."""
    if s.term_text:
        return s.term_text
    return term_words(s.term_kind, s.term_months)


def term_words(term_kind: str, term_months: int | None) -> str:
    """A term kind and length in words: "Colony, 18 years" (the record, the timeline)."""
    kind = archive_labels.term_kind(term_kind)
    if term_months is None:
        return kind
    years, months = divmod(term_months, 12)
    parts = [
        PersonDetail.tr("{n} year(s)", "", years).format(n=years) if years else "",
        PersonDetail.tr("{n} month(s)", "", months).format(n=months) if months else "",
    ]
    term = " ".join(p for p in parts if p) or PersonDetail.tr("{n} month(s)", "", 0).format(n=0)
    return f"{kind}, {term}"


def citation_line(c: Citation) -> str:
    """One source as a line: title, publisher, date, place in it, URL, confidence."""
    return phrases.citation_line(c, ui_wording())


def _span(start: FuzzyDate | None, end: FuzzyDate | None) -> str:
    if end is None:
        if start is None:
            return PersonDetail.tr("dates unknown")
        return PersonDetail.tr("since {date}").format(date=describe_date(start, genitive=True))
    return f"{describe_date(start) or '…'} – {describe_date(end)}"


def _facility_name(pl: Placement) -> str:
    if pl.facility is None:
        return PersonDetail.tr("a place the sources do not name")
    return pl.facility.name


def _placement_line(pl: Placement) -> str:
    line = f"{_facility_name(pl)} ({_span(pl.start, pl.end)})"
    if pl.incommunicado:
        line += ", " + PersonDetail.tr("held incommunicado: letters are not delivered")
    if pl.note:
        line += f". {pl.note}"
    return line + _marks(pl.citations)


def _recognition_line(r: Recognition) -> str:
    line = archive_labels.recognition_state(r.state)
    if r.by:
        line += ", " + PersonDetail.tr("recognized by {org}").format(org=r.by.name)
    if r.date:
        line += f", {describe_date(r.date)}"
    if r.note:
        line += f". {r.note}"
    return line + _marks(r.citations)


def _appeal_line(a: Appeal) -> str:
    line = PersonDetail.tr("Appeal, {date}: {outcome}").format(
        date=_when(a.date), outcome=archive_labels.appeal_outcome(a.outcome)
    )
    if a.term_months is not None:
        line += " " + PersonDetail.tr("(term now {n} months)").format(n=a.term_months)
    if a.court:
        line += f", {a.court.name}"
    if a.note:
        line += f". {a.note}"
    return line + _marks(a.citations)


def _attachment_line(a: Attachment) -> str:
    line = a.caption or PersonDetail.tr("Photo")
    details = [PersonDetail.tr("licence: {licence}").format(licence=a.licence)] if a.licence else []
    if a.problem is not None:
        problem = PROBLEM_TEXT[AttachmentProblem(a.problem)]
        details.append(PersonDetail.tr("cannot display: {problem}").format(problem=problem))
    else:
        details.append(f"{a.width} × {a.height}, {a.media_type}")
    return f"{line} ({'; '.join(details)})" + _marks(a.citations)


def _relation_line(r: Relation) -> str:
    words = archive_labels.relation(r.kind, inverse=r.inverse)
    other = r.other_person.name if r.other_person else r.org.name if r.org else "?"
    line = f"{words} {other}"
    if r.start or r.end:
        span = f"{describe_date(r.start) or '…'} – {describe_date(r.end) or '…'}"
        line += f" ({span})"
    if r.note:
        line += f". {r.note}"
    return line + _marks(r.citations)


def _sentence_lines(s: Sentence, own: PersonId, by_id: dict[SentenceId, Sentence]) -> list[str]:
    head = f"{_when(s.date)}: {term_text(s)}"
    if s.person.id != own:
        head = f"{s.person.name}, {head}"
    if s.regime:
        head += f", {archive_labels.regime(s.regime)}"
    if s.in_absentia:
        head += f", {PersonDetail.tr('in absentia')}"
    lines = [head + _marks(s.citations)]
    if s.court:
        lines.append(f"    {PersonDetail.tr('Court:')} {s.court.name}")
    if s.judge:
        lines.append(f"    {PersonDetail.tr('Judge:')} {s.judge.name}")
    if s.prosecutor:
        lines.append(f"    {PersonDetail.tr('Prosecutor:')} {s.prosecutor.name}")
    if s.lawyer:
        lines.append(f"    {PersonDetail.tr('Lawyer:')} {s.lawyer.name}")
    if s.start:
        start = describe_date(s.start)
        lines.append("    " + PersonDetail.tr("Term counted from: {date}").format(date=start))
    if s.term_end_earliest and s.term_end_latest:
        end = s.term_end_earliest
        if s.term_end_earliest != s.term_end_latest:
            end = PersonDetail.tr("between {earliest} and {latest}").format(
                earliest=s.term_end_earliest, latest=s.term_end_latest
            )
        lines.append("    " + PersonDetail.tr("End of term: {date}").format(date=end))
    for c in s.charges:
        text = f": {c.article_text}" if c.article_text else ""
        lines.append(f"    {PersonDetail.tr('Article')} {c.article}{text}")
    if s.adds_to:
        base = by_id.get(s.adds_to)
        added = phrases.added_to(base.date if base else None, base is not None, ui_wording())
        lines.append(f"    {added[:1].upper()}{added[1:]}")  # never the sentence's id
    if s.note:
        lines.append(f"    {s.note}")
    lines += [f"    {_appeal_line(a)}" for a in s.appeals]
    return lines


def _cut_line(rec: PersonRecord, section: str) -> list[str]:
    """The line closing a list the record holds only the first rows of (db.person.SECTION_LIMIT)."""
    hidden = rec.total(section) - len(getattr(rec, section))
    if hidden <= 0:
        return []
    more = PersonDetail.tr(
        "… and {n} more, not shown here (an export of the archive has them all)."
    )
    return [more.format(n=hidden)]


def record_text(rec: PersonRecord, summary: PersonSummary | None = None) -> str:
    """The whole record as plain text with numbered sources, in the UI language.

    With `summary` its lines (total term, served, expected end …) follow the status.
    """
    lines = [rec.display_name + _marks(rec.person_citations)]
    status = archive_labels.status(rec.status)
    if rec.status_since:
        status += f" {PersonDetail.tr('since')} {describe_date(rec.status_since, genitive=True)}"
    lines.append(PersonDetail.tr("Status: {status}").format(status=status))
    if summary is not None and summary.person_id == rec.id:
        lines += phrases.summary_lines(summary, ui_wording())[1:]
    if rec.birth:
        lines.append(PersonDetail.tr("Born: {date}").format(date=describe_date(rec.birth)))
    place = ", ".join(x for x in (rec.city, rec.region) if x)
    if place:
        lines.append(PersonDetail.tr("Place: {place}").format(place=place))
    if rec.roles:
        roles = ", ".join(archive_labels.role(r) for r in rec.roles)
        lines.append(PersonDetail.tr("Roles: {roles}").format(roles=roles))
    if rec.held_in is not None:
        place = f"{_facility_name(rec.held_in)} ({_span(rec.held_in.start, None)})"
        lines.append(PersonDetail.tr("Held in: {place}").format(place=place))
    by_id = {s.id: s for s in rec.sentences}
    unknown = PersonDetail.tr("unknown speaker")
    sections: list[tuple[str, list[str]]] = [
        (
            PersonDetail.tr("Names"),
            [
                f"{n.name} ({archive_labels.language(n.lang)}, "
                f"{archive_labels.name_system(n.system)})" + (f" – {n.note}" if n.note else "")
                for n in rec.names
            ]
            + _cut_line(rec, "names"),
        ),
        (
            PersonDetail.tr("Recognition"),
            [_recognition_line(r) for r in rec.recognitions] + _cut_line(rec, "recognitions"),
        ),
        (PersonDetail.tr("Custody"), [_placement_line(pl) for pl in rec.placements]),
        (PersonDetail.tr("Photos"), [_attachment_line(a) for a in rec.attachments]),
        (PersonDetail.tr("Biography"), [rec.biography] if rec.biography else []),
        (
            PersonDetail.tr("Relations"),
            [_relation_line(r) for r in rec.relations] + _cut_line(rec, "relations"),
        ),
        (
            PersonDetail.tr("Sentences"),
            [line for s in rec.sentences for line in _sentence_lines(s, rec.id, by_id)]
            + _cut_line(rec, "sentences"),
        ),
        (
            PersonDetail.tr("Quotes"),
            [
                f"{_when(q.date)}, {q.speaker.name if q.speaker else unknown}: “{q.text}”"
                + (f" ({q.venue})" if q.venue else "")
                + _marks(q.citations)
                for q in rec.quotes
            ]
            + _cut_line(rec, "quotes"),
        ),
        (
            PersonDetail.tr("Events"),
            [
                f"{_when(e.date)}: {archive_labels.event_kind(e.kind)}. {e.description}"
                + (f" ({e.place})" if e.place else "")
                + _marks(e.citations)
                for e in rec.events
            ]
            + _cut_line(rec, "events"),
        ),
        (PersonDetail.tr("Sources"), [f"[{c.number}] {citation_line(c)}" for c in rec.citations]),
    ]
    for title, body in sections:
        if body:
            heading = PersonDetail.tr("{section}:").format(section=title)
            lines += ["", heading] + [f"  {line}" for line in body]
    return "\n".join(lines) + "\n"
