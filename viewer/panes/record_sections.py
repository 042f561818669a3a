"""The record pane's format 2 parts: recognition, custody, photos, a sentence's trial, appeals.

Each function returns HTML for `viewer.panes.person_detail.render_record`
(every archive value escaped): a recognition badge per recognition with who,
when and its source; "Held in: <facility>, <place> (since …)" with the
incommunicado warning; the custody history (transfers); the photos with
caption, date, licence and source, drawn from `PhotoSlot`s the pane fills as
the decoded images arrive (a placeholder until then, a note when an image
cannot be shown); and, under a sentence, when its term started and ends,
the prosecutor and lawyer (links to their records) and its appeals.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from db.records import Appeal, Attachment, FuzzyDate, PersonRecord, Placement, Sentence
from viewer import archive_labels
from viewer.error_words import ATTACHMENT_REASONS
from viewer.formatting import describe_date
from viewer.panes import person_detail as pd
from viewer.photos import PHOTO_URL, UNDECODABLE, PhotoSlot, fitted
from viewer.translations import QT_TRANSLATE_NOOP, Context

PersonDetail = Context("PersonDetail")
"""The record pane's words (lupdate reads `PersonDetail.tr`)."""

RECOGNITION_COLOURS: dict[str, tuple[str, str]] = {
    "recognized": ("#fce8e6", "#a50e0e"),
    "former": ("#eceff1", "#3c4043"),
    "recognized_after_release": ("#fef7e0", "#7a4f01"),
}
"""(background, ink) of the recognition badge per state; the words say the state too."""
WARNING_INK = "#a50e0e"

PHOTO_PROBLEMS: dict[str, str] = {
    **ATTACHMENT_REASONS,  # the same words as an import's or export's refusal
    UNDECODABLE: QT_TRANSLATE_NOOP("ErrorText", "the image is damaged and cannot be decoded"),
}
"""Why a photo cannot be shown, by db.attachments.AttachmentProblem (and UNDECODABLE)."""

ErrorText = Context("ErrorText")


def photo_problem(code: str) -> str:
    """A photo problem code in the UI language."""
    text = PHOTO_PROBLEMS.get(code)
    return ErrorText.tr(text) if text is not None else code.replace("_", " ")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _label(text: str) -> str:
    return f'<span class="muted">{_e(text)}</span>'


def _since(date: FuzzyDate | None) -> str:
    if date is None:
        return ""
    return " " + PersonDetail.tr("(since {date})").format(date=pd.date_html(date, genitive=True))


def _facility(pl: Placement) -> str:
    if pl.facility is None:
        return f"<i>{_e(PersonDetail.tr('a place the sources do not name'))}</i>"
    bits = [f"<b>{_e(pl.facility.name)}</b>"]
    if pl.facility.city:
        bits.append(_e(pl.facility.city))
    return ", ".join(bits)


def _incommunicado() -> str:
    words = PersonDetail.tr("held incommunicado: letters are not delivered")
    return f'<span style="color:{WARNING_INK}; font-weight:600">⚠ {_e(words)}</span>'


# ----- at the top of the record -------------------------------------------------------


def recognition_html(rec: PersonRecord) -> str:
    """One badge per recognition: the state, who recognized, when, and the source marks."""
    lines = []
    for r in rec.recognitions:
        bg, ink = RECOGNITION_COLOURS.get(r.state, ("#eceff1", "#3c4043"))
        state = _e(archive_labels.recognition_state(r.state))
        badge = (
            f'<span style="background-color:{bg}; color:{ink}; font-weight:600">'
            f"&nbsp;{state}&nbsp;</span>"
        )
        bits = []
        if r.by is not None:
            bits.append(_e(PersonDetail.tr("recognized by {org}").format(org=r.by.name)))
        if r.date is not None:
            bits.append(pd.date_html(r.date))
        line = badge + (" " + ", ".join(bits) if bits else "") + pd.marks_html(r.citations)
        if r.note:
            line += f'<br><span class="muted">{_e(r.note)}</span>'
        lines.append(f'<p class="item">{line}</p>')
    return "".join(lines)


def held_in_html(rec: PersonRecord) -> str:
    """ "Held in: Penal colony No. 3, Vitsba (since June 2022)", the kind, any warning."""
    pl = rec.held_in
    if pl is None:
        return ""
    line = (
        f"{_label(PersonDetail.tr('Held in:'))} {_facility(pl)}{_since(pl.start)}"
        + pd.marks_html(pl.citations)
    )
    if pl.facility is not None and pl.facility.facility_kind:
        kind = archive_labels.facility_kind(pl.facility.facility_kind)
        line += f' <span class="muted">· {_e(kind)}</span>'
    if pl.incommunicado:
        line += "<br>" + _incommunicado()
    return f"<p>{line}</p>"


# ----- sections -----------------------------------------------------------------------


def custody_section(rec: PersonRecord) -> str:
    """The custody history, earliest first: each stay, its dates, kind and notes (transfers)."""
    if not rec.placements:
        return ""
    items = []
    for pl in rec.placements[: pd.MAX_SECTION_ITEMS]:
        start = pd.date_html(pl.start) or "…"
        end = pd.date_html(pl.end) if pl.end is not None else PersonDetail.tr("now")
        span = f"<b>{start} – {_e(end) if pl.end is None else end}</b>"
        line = f"{span} — {_facility(pl)}" + pd.marks_html(pl.citations)
        if pl.facility is not None and pl.facility.facility_kind:
            kind = archive_labels.facility_kind(pl.facility.facility_kind)
            line += f' <span class="muted">({_e(kind)})</span>'
        if pl is rec.held_in and pl.facility is not None:
            address = pl.facility.address_be or pl.facility.address_ru
            if address:
                lines = "<br>".join(_e(x.strip()) for x in address.splitlines() if x.strip())
                line += f"<br>{_label(PersonDetail.tr('Postal address:'))}<br>{lines}"
        if pl.incommunicado:
            line += "<br>" + _incommunicado()
        if pl.note:
            line += f"<br>{_e(pl.note)}"
        items.append(line)
    return pd._section(PersonDetail.tr("Custody and transfers"), items, len(rec.placements))


def photo_size(a: Attachment) -> tuple[int, int]:
    """The size the photo is shown at (its placeholder has it too, so nothing jumps)."""
    return fitted(a.width, a.height)


def photos_section(rec: PersonRecord, photos: Mapping[str, PhotoSlot]) -> str:
    """Each photo (or its placeholder, or why it cannot be shown) with caption, licence, source."""
    if not rec.attachments:
        return ""
    items = []
    for a in rec.attachments[: pd.MAX_SECTION_ITEMS]:
        slot = photos.get(a.id)
        problem = a.problem or (slot.problem if slot is not None else None)
        if problem is not None:
            note = PersonDetail.tr("Cannot display this photo: {problem}.").format(
                problem=photo_problem(problem)
            )
            picture = f'<span style="color:{WARNING_INK}">⚠ {_e(note)}</span>'
        elif slot is not None and slot.image is not None:
            w, h = slot.image.width(), slot.image.height()
            alt = _e(a.caption or PersonDetail.tr("Photo"))
            picture = f'<img src="{PHOTO_URL}{_e(a.id)}" width="{w}" height="{h}" alt="{alt}">'
        else:
            w, h = photo_size(a)
            loading = _e(PersonDetail.tr("Loading photo…"))
            picture = (
                f'<table cellspacing="0" cellpadding="0"><tr><td width="{w}" height="{h}" '
                f'style="background-color:#eceff1; color:#5f6368" align="center" valign="middle">'
                f"{loading}</td></tr></table>"
            )
        bits = [f"<i>{_e(a.caption)}</i>"] if a.caption else []
        if a.date is not None:
            bits.append(pd.date_html(a.date))
        if a.licence:
            bits.append(_e(PersonDetail.tr("licence: {licence}").format(licence=a.licence)))
        caption = ", ".join(bits) + pd.marks_html(a.citations)
        items.append(picture + (f"<br>{caption}" if caption else ""))
    return pd._section(PersonDetail.tr("Photos"), items, len(rec.attachments))


# ----- under a sentence ---------------------------------------------------------------


def _end_of_term(s: Sentence) -> str:
    if not (s.term_end_earliest and s.term_end_latest):
        return ""
    if s.term_end_earliest == s.term_end_latest:
        return _e(describe_date(s.term_end_earliest))
    return _e(
        PersonDetail.tr("between {earliest} and {latest}").format(
            earliest=describe_date(s.term_end_earliest), latest=describe_date(s.term_end_latest)
        )
    )


def sentence_trial_lines(s: Sentence) -> list[str]:
    """Prosecutor, lawyer (links), term start and end of a sentence, one line each."""
    lines = []
    if s.prosecutor is not None:
        lines.append(f"{_label(PersonDetail.tr('Prosecutor:'))} {pd.person_html(s.prosecutor)}")
    if s.lawyer is not None:
        lines.append(f"{_label(PersonDetail.tr('Lawyer:'))} {pd.person_html(s.lawyer)}")
    if s.start is not None:
        start = PersonDetail.tr("Term counted from: {date}").format(date="\x00")
        head, _, tail = start.partition("\x00")
        lines.append(f'<span class="muted">{_e(head)}</span>{pd.date_html(s.start)}{_e(tail)}')
    end = _end_of_term(s)
    if end:
        template = PersonDetail.tr("End of term: {date}").format(date="\x00")
        head, _, tail = template.partition("\x00")
        lines.append(f'<span class="muted">{_e(head)}</span>{end}{_e(tail)}')
    return lines


def appeal_line(a: Appeal) -> str:
    """ "Appeal, 10 May 2022: term reduced (term now 30 months), Supreme Court [1]"."""
    when = pd.date_html(a.date) if a.date is not None else _e(PersonDetail.tr("date unknown"))
    outcome = f"<b>{_e(archive_labels.appeal_outcome(a.outcome))}</b>"
    template = PersonDetail.tr("Appeal, {date}: {outcome}")
    line = _e(template).replace("{date}", when).replace("{outcome}", outcome)
    if a.term_months is not None:
        line += " " + _e(PersonDetail.tr("(term now {n} months)").format(n=a.term_months))
    if a.court is not None:
        line += f", {_e(a.court.name)}"
    if a.note:
        line += f". {_e(a.note)}"
    return "↳ " + line + pd.marks_html(a.citations)
