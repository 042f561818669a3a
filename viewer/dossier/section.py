"""One person's dossier section as HTML for QTextDocument (every value escaped).

The section reads like the record: the summary a reader asks first, every
spelling of the name, sentences with their charges, quotes, events and
relations, each fact followed by its citation numbers, and the numbered
sources at the end (title, publisher, date, place in it, URL as text: the
dossier is read on paper). The numbers are the record's own (db.person), so
[3] in the dossier is [3] in the window. With annotations, the archivist's
notes and proposed corrections follow the entry they are about, in a framed
box that names them as the archivist's, with author and date; the archive's
own values are never changed by them.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

from db import phrases
from db.annotations import Annotation
from db.records import FuzzyDate, PersonRecord, PersonSummary, Sentence
from viewer.dossier.wording import DossierWording
from viewer.name_fallback import fallback_note

Annotations = Mapping[tuple[str, str], Sequence[Annotation]]
"""{(entity_type, entity_id): live annotations}: what the dossier shows of the store."""

CSS = """
body { font-family: 'Noto Sans'; font-size: 10pt; color: #000000; }
h1 { font-size: 17pt; font-weight: 600; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 12pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; }
td { padding: 1px 8px 1px 0px; vertical-align: top; }
.muted { color: #444444; }
.summary { margin-bottom: 2px; }
.quote { font-style: italic; }
.mark { }
.url { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }
td.note { background-color: #f3f3f3; border: 1px solid #777777; padding: 4px; }
.notehead { font-weight: 600; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def marks(numbers: Iterable[int]) -> str:
    """Citation numbers after a fact: [1][3], as superscripts."""
    return "".join(f'<sup class="mark">[{n}]</sup>' for n in numbers)


class SectionBuilder:
    """Builds one section; keeps the wording and the annotations of the record."""

    def __init__(self, wording: DossierWording, annotations: Annotations | None) -> None:
        self.w = wording
        self.annotations = annotations

    def date(self, date: FuzzyDate | None) -> str:
        return _e(self.w.phrases.date(date))

    def notes(self, entity_type: str, entity_id: str) -> str:
        """The archivist's notes and proposed corrections on one entry, marked as theirs."""
        if self.annotations is None:
            return ""
        found = [a for a in self.annotations.get((entity_type, entity_id), ()) if not a.deleted]
        Dossier = self.w.context("Dossier")
        blocks = []
        for a in found:
            when = a.created_at[:10]
            if a.kind == "note":
                head = Dossier.tr("Archivist's note — {author}, {date}")
                body = _e(a.body).replace("\n", "<br>")
            elif a.kind == "correction":
                head = Dossier.tr("Archivist's proposed correction — {author}, {date}")
                template = Dossier.tr("{field}: the archive says {original}; proposed: {proposed}")
                body = _e(
                    template.format(
                        field=self.w.label("field", a.field or ""),
                        original=f"“{a.original or ''}”",
                        proposed=f"“{a.body}”",
                    )
                )
                if a.reason:
                    why = Dossier.tr("Why: {reason}").format(reason=a.reason)
                    body += "<br>" + _e(why)
            else:
                continue  # tags say nothing on paper
            head = head.format(author=a.created_by or "?", date=when)
            blocks.append(
                '<table width="100%" cellspacing="0" cellpadding="0"><tr><td class="note">'
                f'<span class="notehead">{_e(head)}</span><br>{body}</td></tr></table>'
            )
        return "".join(blocks)

    def section(self, title: str, items: Sequence[str], hidden: int = 0) -> str:
        """A heading and its items; `hidden`: rows the record left out (SECTION_LIMIT)."""
        if not items:
            return ""
        more = ""
        if hidden > 0:
            Dossier = self.w.context("Dossier")
            note = Dossier.tr(
                "… and {n} more, not in this dossier (an export of the archive has them all)."
            )
            more = f'<p class="muted">{_e(note.format(n=hidden))}</p>'
        return f"<h2>{_e(title)}</h2>" + "".join(items) + more

    def sentence(self, s: Sentence, rec: PersonRecord) -> str:
        w = self.w
        Dossier = w.context("Dossier")
        kind = w.label("term_kind", s.term_kind)
        if s.term_months is not None:
            term = _e(f"{phrases.term_words(s.term_months, w.phrases)} ({kind})")
            if s.term_text:  # as the source words it, in the archive's language
                term += f' <span class="muted">“{_e(s.term_text)}”</span>'
        else:
            term = _e(s.term_text or kind)
        head = f"<b>{self.date(s.date)}</b> — {term}"
        if s.person.id != rec.id:
            head = f"{_e(s.person.name)}: {head}"
        if s.regime:
            head += f", {_e(w.label('regime', s.regime))}"
        if s.in_absentia:
            head += f", <i>{_e(Dossier.tr('in absentia'))}</i>"
        lines = [head + marks(s.citations)]
        if s.court:
            lines.append(_e(Dossier.tr("Court: {court}").format(court=s.court.name)))
        if s.judge:
            lines.append(_e(Dossier.tr("Judge: {judge}").format(judge=s.judge.name)))
        for c in s.charges:
            if c.article_text:
                text = Dossier.tr("Article {article}: {text}").format(
                    article=c.article, text=c.article_text
                )
            else:
                text = Dossier.tr("Article {article}").format(article=c.article)
            lines.append(_e(text))
        if s.adds_to:
            base = next((x for x in rec.sentences if x.id == s.adds_to), None)
            added = phrases.added_to(base.date if base else None, base is not None, w.phrases)
            lines.append(_e(added[:1].upper() + added[1:]))
        if s.note:
            lines.append(f'<span class="muted">{_e(s.note)}</span>')
        return "<p>" + "<br>".join(lines) + "</p>" + self.notes("sentence", s.id)


def build_html(
    rec: PersonRecord,
    summary: PersonSummary | None,
    wording: DossierWording,
    annotations: Annotations | None = None,
    *,
    anchor: str = "",
) -> str:
    """One person's section (see the module docstring); `rec` already in the shown script."""
    b = SectionBuilder(wording, annotations)
    w = wording
    Dossier = w.context("Dossier")
    parts = [f'<a name="{_e(anchor)}"></a>' if anchor else ""]
    parts.append(f"<h1>{_e(rec.display_name)}{marks(rec.person_citations)}</h1>")
    if rec.name_missing_in is not None:  # a fallback spelling: say so under the name
        note = fallback_note(rec.name_missing_in, lambda t: w.translate("NameFallback", t))
        parts.append(f"<p class='muted'><i>{_e(note)}</i></p>")
    facts: list[str] = []
    if summary is not None:
        facts += [_e(line) for line in phrases.summary_lines(summary, w.phrases)]
    else:
        facts.append(_e(w.label("status", rec.status)))
    if rec.birth:
        facts.append(_e(Dossier.tr("Born: {date}").format(date=w.phrases.date(rec.birth))))
    place = ", ".join(x for x in (rec.city, rec.region) if x)
    if place:
        facts.append(_e(Dossier.tr("Place: {place}").format(place=place)))
    if rec.roles:
        roles = ", ".join(w.label("role", r) for r in rec.roles)
        facts.append(_e(Dossier.tr("Roles: {roles}").format(roles=roles)))
    parts += [f'<p class="summary">{line}</p>' for line in facts]
    parts.append(b.notes("person", rec.id))
    if rec.names:
        rows = "".join(
            f"<tr><td>{_e(n.name)}</td><td class='muted'>"
            f"{_e(w.label('language', n.lang))} · {_e(w.label('name_system', n.system))}"
            f"{' — ' + _e(n.note) if n.note else ''}</td></tr>"
            for n in rec.names
        )
        parts.append(
            b.section(
                Dossier.tr("Every spelling of the name"),
                [f"<table cellspacing='0'>{rows}</table>"],
                _hidden(rec, "names"),
            )
        )
    if rec.biography:
        parts.append(f"<h2>{_e(Dossier.tr('Biography'))}</h2><p>{_e(rec.biography)}</p>")
    parts.append(
        b.section(
            Dossier.tr("Sentences"),
            [b.sentence(s, rec) for s in rec.sentences],
            _hidden(rec, "sentences"),
        )
    )
    quotes = []
    for q in rec.quotes:
        by = [_e(q.speaker.name) if q.speaker else _e(Dossier.tr("unknown speaker"))]
        if q.date:
            by.append(b.date(q.date))
        if q.venue:
            by.append(_e(q.venue))
        if q.published_by:
            by.append(_e(Dossier.tr("published by {org}").format(org=q.published_by.name)))
        quotes.append(
            f'<p><span class="quote">“{_e(q.text)}”</span>{marks(q.citations)}<br>'
            f'<span class="muted">— {", ".join(by)}</span></p>' + b.notes("quote", q.id)
        )
    parts.append(b.section(Dossier.tr("Quotes"), quotes, _hidden(rec, "quotes")))
    events = []
    for ev in rec.events:
        line = f"<b>{b.date(ev.date)}</b> — {_e(w.label('event_kind', ev.kind))}"
        if ev.description:
            line += f": {_e(ev.description)}"
        where = ", ".join(_e(x) for x in (ev.place, ev.org.name if ev.org else None) if x)
        if where:
            line += f' <span class="muted">({where})</span>'
        events.append(f"<p>{line}{marks(ev.citations)}</p>" + b.notes("event", ev.id))
    parts.append(b.section(Dossier.tr("Events"), events, _hidden(rec, "events")))
    relations = []
    for r in rec.relations:
        words = w.label("inverse_relation" if r.inverse else "relation", r.kind)
        other = r.other_person.name if r.other_person else r.org.name if r.org else "?"
        line = f"{_e(words[:1].upper() + words[1:])} {_e(other)}"
        if r.start or r.end:
            line += f' <span class="muted">({b.date(r.start) if r.start else "…"} – '
            line += f"{b.date(r.end) if r.end else '…'})</span>"
        if r.note:
            line += f". {_e(r.note)}"
        relations.append(f"<p>{line}{marks(r.citations)}</p>" + b.notes("relation", r.id))
    parts.append(b.section(Dossier.tr("Relations"), relations, _hidden(rec, "relations")))
    sources = []
    noted: set[str] = set()
    for c in rec.citations:
        line = f"<b>[{c.number}]</b> {_e(phrases.citation_line(c, w.phrases))}"
        sources.append(f"<p>{line}</p>")
        if c.source_id not in noted:  # a source's notes once, below its first number
            noted.add(c.source_id)
            sources.append(b.notes("source", c.source_id))
    parts.append(b.section(Dossier.tr("Sources"), sources))
    return "".join(parts)


def _hidden(rec: PersonRecord, section: str) -> int:
    return rec.total(section) - len(getattr(rec, section))


def contents_html(
    title: str,
    subtitle: str,
    entries: Sequence[tuple[str, int]],
    wording: DossierWording,
) -> str:
    """The title and contents page of a dossier of many people: names and first pages."""
    Dossier = wording.context("Dossier")
    rows = "".join(
        f"<tr><td width='90%'>{_e(name)}</td><td align='right'>{page}</td></tr>"
        for name, page in entries
    )
    return (
        f"<h1>{_e(title)}</h1><p class='muted'>{_e(subtitle)}</p>"
        f"<h2>{_e(Dossier.tr('Contents'))}</h2>"
        f"<table width='100%' cellspacing='0'>{rows}</table>"
    )
