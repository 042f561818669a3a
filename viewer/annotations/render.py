"""Annotations as text and HTML: the Markdown subset, times, one line per item.

Note text is typed by people and may come from another archivist's export, so
it is escaped first and only the documented subset (`*em*`, `**strong**`,
`- lists`) becomes markup: no links, no images, nothing that loads a file.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from db.annotations import Annotation, Tag
from viewer.annotations.entries import field_label
from viewer.formatting import describe_date
from viewer.palette_colours import accent, muted_name
from viewer.translations import Context

_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")

KIND_HUES = {"note": "blue", "tag": "green", "correction": "orange"}
"""Each kind's heading colour (viewer.palette_colours.accent: readable light or dark)."""


Annotations = Context("Annotations")
"""Strings built outside QObject methods (lupdate reads `Annotations.tr`)."""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _inline(text: str) -> str:
    escaped = _e(text)
    escaped = _STRONG.sub(r"<b>\1</b>", escaped)
    return _EM.sub(r"<i>\1</i>", escaped)


def markdown_html(text: str) -> str:
    """The Markdown subset of a note as HTML (everything else shown as typed)."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(f"<p>{'<br>'.join(paragraph)}</p>")
            paragraph.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for line in text.splitlines():
        bullet = _BULLET.match(line)
        if bullet and not line.lstrip().startswith("**"):
            if paragraph:
                flush()
            items.append(_inline(bullet.group(1)))
        elif not line.strip():
            flush()
        else:
            if items:
                flush()
            paragraph.append(_inline(line))
    flush()
    return "".join(blocks)


def plain_text(text: str) -> str:
    """A note's words without the Markdown subset's marks (for one-line labels)."""
    lines = []
    for line in text.splitlines():
        bullet = _BULLET.match(line)
        if bullet and not line.lstrip().startswith("**"):
            line = bullet.group(1)
        lines.append(_EM.sub(r"\1", _STRONG.sub(r"\1", line)))
    return "\n".join(lines)


def local_time(iso: str) -> str:
    """A store timestamp (ISO UTC) in the user's time zone, to the minute."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def byline(a: Annotation) -> str:
    """Who wrote it and when; an edit by someone else or later says so."""
    text = Annotations.tr("by {who} on {when}").format(
        who=a.created_by, when=local_time(a.created_at)
    )
    if a.updated_at != a.created_at:
        text += Annotations.tr(", edited by {who} on {when}").format(
            who=a.updated_by, when=local_time(a.updated_at)
        )
    return text


def correction_text(a: Annotation) -> str:
    """The correction as “Field: original → proposed”, as the list shows it."""
    original = a.original if a.original else Annotations.tr("(empty)")
    return f"{field_label(a.field or '')}: {original} → {a.body}"


@dataclass(frozen=True, slots=True)
class AnnotationItem:
    """One row of the annotations list: the annotation, its entry's label, its tag."""

    annotation: Annotation
    entry_label: str
    tag: Tag | None = None

    def kind_label(self) -> str:
        return {
            "note": Annotations.tr("Note"),
            "tag": Annotations.tr("Tag"),
            "correction": Annotations.tr("Correction"),
        }.get(self.annotation.kind, self.annotation.kind)

    def tag_name(self) -> str:
        return self.tag.name if self.tag is not None else Annotations.tr("(deleted tag)")

    def plain_text(self) -> str:
        """The row as plain text (accessibility, copy, tests)."""
        a = self.annotation
        if a.kind == "tag":
            body = self.tag_name()
        elif a.kind == "correction":
            body = correction_text(a)
        else:
            body = a.body
        when = f" · {self.date_label()}" if a.date else ""
        why = f" · {Annotations.tr('Why:')} {a.reason}" if a.reason else ""  # a correction's
        return f"{self.kind_label()}{when} · {self.entry_label}: {body} — {byline(a)}{why}"

    def date_label(self) -> str:
        """The date a note is about, as people say it ("3 May 2024"); "" when undated."""
        return describe_date(self.annotation.date) if self.annotation.date else ""

    def html(self) -> str:
        """The row as HTML: a small grey heading, then the rendered body."""
        a = self.annotation
        grey = muted_name()
        colour = accent(KIND_HUES[a.kind]) if a.kind in KIND_HUES else grey
        when = (
            f' <span style="color:{colour}; font-weight:600">· {_e(self.date_label())}</span>'
            if a.date
            else ""
        )
        head = (
            f'<span style="color:{colour}; font-weight:600">{_e(self.kind_label())}</span>{when}'
            f' <span style="color:{grey}">· {_e(self.entry_label)} — {_e(byline(a))}</span>'
        )
        if a.kind == "tag":
            tag_colour = (self.tag.colour if self.tag else None) or "#5f6368"
            body = (
                f'<p><span style="background-color:{_e(tag_colour)}; color:white">'
                f"&nbsp;{_e(self.tag_name())}&nbsp;</span></p>"
            )
        elif a.kind == "correction":
            original = _e(a.original) if a.original else f"<i>{_e(Annotations.tr('(empty)'))}</i>"
            name = _e(field_label(a.field or ""))
            body = f"<p><b>{name}</b>: <s>{original}</s> → <b>{_e(a.body)}</b></p>"
            if a.reason:
                why = _e(a.reason).replace("\n", "<br>")
                label = _e(Annotations.tr("Why:"))
                body += f'<p><span style="color:{grey}">{label}</span> {why}</p>'
        else:
            body = markdown_html(a.body)
        return f'<div style="font-size:small">{head}</div>{body}'
