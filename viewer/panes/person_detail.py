"""The selected person's whole record as a readable, selectable document.

Rendered as HTML into a QTextBrowser that never opens links: the app is
offline, so `http:` links are never followed. Internal links are handled
here: `person:<id>` asks to show that person, `cite:<n>` scrolls to source n,
`copy-url:<n>`/`copy-cite:<n>` copy a source's URL or citation, and
`edtf:<text>` marks an uncertain date whose exact EDTF shows on hover.
Back/Forward history of the people viewed lives here too. While a search is
shown, the words it matched are marked with a background colour (extra
selections: the document itself is not changed, so copying is unaffected).
Proposed corrections (from the annotations pane) are flagged at the value
they would change, with the proposed value, who, when and why below it; the
archive's value itself is shown unchanged.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QHelpEvent,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QVBoxLayout, QWidget

from db import phrases
from db.records import (
    Citation,
    FuzzyDate,
    PersonRecord,
    PersonRef,
    PersonSummary,
    Sentence,
    SentenceId,
)
from viewer import archive_labels
from viewer.annotations.corrections import ProposedCorrection
from viewer.annotations.entries import Entry, field_label, record_entries
from viewer.annotations.render import byline
from viewer.formatting import describe_date
from viewer.models.people import STATUS_COLOURS
from viewer.name_fallback import fallback_note
from viewer.photos import PHOTO_URL, Photo, PhotoSlot
from viewer.phrases import ui_wording
from viewer.record_text import citation_line, record_text, term_text
from viewer.translations import Context
from viewer.widgets.record_browser import RecordBrowser

MAX_HISTORY = 200
HIGHLIGHT_COLOUR = "#fde68a"
"""Background of the words a search matched."""
PAPER = "#ffffff"
INK = "#202124"
"""The record is printed on light paper whatever the system palette: its
colours (ink, links, status, correction boxes, search highlights) are chosen
for a light background, and a dark palette's dark base under them was
unreadable. The browser's own palette says so (`_paper_palette`)."""
MAX_HIGHLIGHTS = 500
_FIND_PLAIN = QTextDocument.FindFlag(0)
"""Made once: a PySide6 flag made from a number builds a new enum member each time (slow)."""
MAX_SECTION_ITEMS = 60
ORIGINAL_CHARS = 160
"""The archive's value is cut this short in a correction's byline (a biography)."""
"""Items shown per section; a judge may have handed down hundreds of sentences,
and laying out all of them would freeze the window (Copy record has them all)."""

DOCUMENT_CSS = """
body { font-size: 10.5pt; color: #202124; background-color: #ffffff; }
h1 { font-size: 17pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 12pt; font-weight: 600; color: #3c4043; margin-top: 16px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; }
td { padding: 2px 10px 2px 0; vertical-align: top; }
th { text-align: left; color: #5f6368; font-weight: normal; padding: 2px 10px 2px 0; }
a { color: #1a5fb4; text-decoration: none; }
a.date { color: #202124; text-decoration: none; }
.muted { color: #5f6368; }
.mark { color: #1a5fb4; }
.quote { font-style: italic; }
.url { font-family: monospace; color: #3c4043; }
.item { margin-bottom: 6px; }
table.fix { margin-left: 14px; margin-bottom: 6px; }
table.summary { margin-top: 4px; margin-bottom: 6px; }
td.summary { background-color: #eef3fb; color: #202124; padding: 6px 10px; }
td.fix { background-color: #fff4e5; color: #202124; padding: 4px 8px; }
td.fix .muted { color: #5f6368; }
.fixlabel { color: #8a3100; font-weight: 600; }
a.fixmark { color: #8a3100; background-color: #fff4e5; font-weight: 600; }
"""
"""Corrections carry their own light background and dark text, so they read
the same whatever the palette; the flag and the "Proposed" label say what they
are without relying on colour."""

Corrections = Mapping[tuple[str, str], Sequence[ProposedCorrection]]
"""{(entity_type, entity_id): corrections}, as the annotations pane emits them."""


PersonDetail = Context("PersonDetail")
"""Strings built outside QObject methods (lupdate reads `PersonDetail.tr`)."""


def _paper_palette(palette: QPalette) -> QPalette:
    """`palette` with the record's paper and ink (roles set here survive palette changes)."""
    paper = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        paper.setColor(group, QPalette.ColorRole.Base, QColor(PAPER))
        paper.setColor(group, QPalette.ColorRole.Text, QColor(INK))
    paper.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(PAPER))
    paper.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#5f6368"))
    return paper


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class PersonDetailPane(QWidget):
    """One person's record with Back/Forward history.

    Signals:
        person_link_activated(str): a `person:` link was clicked (a person id).
        history_requested(str): Back/Forward wants this person shown again.
        history_changed(): whether Back/Forward are possible may have changed.
        message(str): a short status line (e.g. "URL copied").
        cite_requested(): a source's "cite as…" was clicked (`citation_to_copy` is that source).
        photos_wanted(str, object): the record shown has photos to decode (off the GUI
            thread, by viewer.controllers.photos); `set_photo` puts each one in.
    """

    person_link_activated = Signal(str)
    history_requested = Signal(str)
    history_changed = Signal()
    message = Signal(str)
    cite_requested = Signal()
    photos_wanted = Signal(str, object)  # a person id and their Attachments (format 2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonDetailPane")
        self.browser = RecordBrowser(self)
        self.browser.setObjectName("PersonDetail")
        self.browser.setAccessibleName(self.tr("Person record"))
        self.browser.setAccessibleDescription(
            self.tr("Right and Left move between links; Enter follows one; Tab leaves the record")
        )
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setPalette(_paper_palette(self.browser.palette()))
        self.browser.document().setDefaultStyleSheet(DOCUMENT_CSS)
        self.browser.document().setDocumentMargin(14)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.browser.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)
        self._record: PersonRecord | None = None
        self._summary: PersonSummary | None = None
        self._history: list[str] = []
        self._position = -1
        self._chosen_citation: int | None = None
        self._search_terms: tuple[str, ...] = ()
        self._person_terms: dict[str, tuple[str, ...]] = {}
        self._corrections: dict[tuple[str, str], tuple[ProposedCorrection, ...]] = {}
        self._photos: dict[str, PhotoSlot] = {}  # attachment id -> decoded image or problem
        self.show_message(self.tr("Select a person in the list."))

    # ----- showing ----------------------------------------------------------

    def record(self) -> PersonRecord | None:
        return self._record

    def summary(self) -> PersonSummary | None:
        """The summary shown at the top of the record (None: none shown)."""
        return self._summary if self._record is not None else None

    def show_record(
        self, rec: PersonRecord, *, push: bool = True, summary: PersonSummary | None = None
    ) -> None:
        """Show `rec` (its `summary` at the top); `push` adds it to the history."""
        if self._record is None or self._record.id != rec.id:
            self._corrections = {}  # another person's; theirs follow from the annotations pane
            self._photos = {}
        self._record = rec
        self._summary = summary if summary is not None and summary.person_id == rec.id else None
        self._chosen_citation = None
        self.browser.setExtraSelections([])
        self.browser.setHtml(render_record(rec, self._corrections, self._photos, self._summary))
        self._apply_highlights()
        self.browser.verticalScrollBar().setValue(0)  # every record opens at its heading
        self.browser.horizontalScrollBar().setValue(0)
        shown = rec.attachments[:MAX_SECTION_ITEMS]  # the section shows no more
        if any(a.problem is None and a.id not in self._photos for a in shown):
            self.photos_wanted.emit(rec.id, shown)
        if push and (self._position < 0 or self._history[self._position] != rec.id):
            del self._history[self._position + 1 :]
            self._history.append(rec.id)
            if len(self._history) > MAX_HISTORY:
                del self._history[0]
            self._position = len(self._history) - 1
            self.history_changed.emit()

    def show_message(self, text: str) -> None:
        """Show a line of text instead of a record (nothing selected, errors)."""
        self._record = None
        self._corrections = {}
        self._photos = {}
        self.browser.setExtraSelections([])
        self.browser.setHtml(f'<p class="muted">{_e(text)}</p>')

    # ----- proposed corrections ---------------------------------------------

    def set_corrections(self, corrections: Corrections) -> None:
        """Flag the fields of the record shown that these corrections propose to change.

        They come from the annotations pane after every change to the person's
        annotations (propose, edit, delete, undo, redo) and when the store
        closes; the record is redrawn in place, keeping the scroll position.
        """
        new = {key: tuple(items) for key, items in corrections.items() if items}
        if new == self._corrections:
            return
        self._corrections = new
        self._redraw()

    def _redraw(self) -> None:
        """Draw the record shown again in place, keeping the scroll position."""
        if self._record is None:
            return
        bar = self.browser.verticalScrollBar()
        value = bar.value()
        self.browser.setExtraSelections([])
        self.browser.setHtml(
            render_record(self._record, self._corrections, self._photos, self._summary)
        )
        self._apply_highlights()
        bar.setValue(value)

    # ----- photos -------------------------------------------------------------

    def set_photo(self, person_id: str, photo: Photo) -> None:
        """A photo of the record shown was decoded (or could not be): draw it in."""
        rec = self._record
        if rec is None or rec.id != person_id:
            return  # another person's, late
        if photo.attachment_id not in {a.id for a in rec.attachments}:
            return
        if photo.image is not None:
            url = QUrl(PHOTO_URL + photo.attachment_id)
            self.browser.document().addResource(
                QTextDocument.ResourceType.ImageResource, url, photo.image
            )
        self._photos[photo.attachment_id] = PhotoSlot(photo.image, photo.problem)
        self._redraw()

    def photo_slots(self) -> dict[str, PhotoSlot]:
        """The photos of the record shown that arrived (decoded, or why not)."""
        return dict(self._photos)

    def corrections(self) -> dict[tuple[str, str], tuple[ProposedCorrection, ...]]:
        """The corrections flagged in the record shown now."""
        return dict(self._corrections)

    # ----- search highlights ------------------------------------------------

    def set_search_highlights(
        self,
        terms: Sequence[str] = (),
        person_terms: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """Mark `terms` in every record shown, and `person_terms[id]` in that person's.

        The per-person words are the spellings a name search matched (a query
        in Latin letters matched "Ціханоўскі", which the query words would not
        find in the text). No terms clear the marks.
        """
        self._search_terms = tuple(terms)
        self._person_terms = {k: tuple(v) for k, v in (person_terms or {}).items()}
        self._apply_highlights()

    def highlight_terms(self) -> tuple[str, ...]:
        """The words marked in the record shown now."""
        if self._record is None:
            return ()
        extra = self._person_terms.get(self._record.id, ())
        words = [t for t in (*self._search_terms, *extra) if len(t.strip()) >= 2]
        return tuple(dict.fromkeys(w.strip().rstrip("*") for w in words))

    def _apply_highlights(self) -> None:
        """Mark the search's words; the view never moves to them (the heading stays in view:
        the list's Match column says where a person matched)."""
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.browser.document()
        for term in self.highlight_terms():
            cursor = QTextCursor(document)
            while len(selections) < MAX_HIGHLIGHTS:
                cursor = document.find(term, cursor, _FIND_PLAIN)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format.setBackground(QColor(HIGHLIGHT_COLOUR))
                selections.append(selection)
        self.browser.setExtraSelections(selections)

    def clear_history(self) -> None:
        self._history.clear()
        self._position = -1
        self.history_changed.emit()

    # ----- history ----------------------------------------------------------

    def can_go_back(self) -> bool:
        return self._position > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._position < len(self._history) - 1

    def back(self) -> None:
        if self.can_go_back():
            self._position -= 1
            self.history_changed.emit()
            self.history_requested.emit(self._history[self._position])

    def forward(self) -> None:
        if self.can_go_forward():
            self._position += 1
            self.history_changed.emit()
            self.history_requested.emit(self._history[self._position])

    def history(self) -> tuple[list[str], int]:
        return list(self._history), self._position

    # ----- copying ----------------------------------------------------------

    def record_text(self) -> str | None:
        """The record as plain text in the UI language (what Copy record copies)."""
        return None if self._record is None else record_text(self._record, self.summary())

    def citation_to_copy(self) -> Citation | None:
        """The citation last pointed at (a mark or a source), else the first one."""
        if self._record is None or not self._record.citations:
            return None
        for c in self._record.citations:
            if c.number == self._chosen_citation:
                return c
        return self._record.citations[0]

    def copy_record(self) -> bool:
        text = self.record_text()
        if text is None:
            return False
        QGuiApplication.clipboard().setText(text)
        self.message.emit(self.tr("Record copied as text."))
        return True

    def copy_citation(self) -> bool:
        citation = self.citation_to_copy()
        if citation is None:
            return False
        QGuiApplication.clipboard().setText(citation_line(citation))
        self.message.emit(self.tr("Citation [{n}] copied.").format(n=citation.number))
        return True

    # ----- links and hover --------------------------------------------------

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        scheme, _, rest = url.toString().partition(":")
        rest = unquote(rest)
        if scheme == "person" and rest:
            if self._record is None or rest != self._record.id:
                self.person_link_activated.emit(rest)
        elif scheme == "cite" and rest.isdigit():
            self._chosen_citation = int(rest)
            self.browser.scrollToAnchor(f"src-{rest}")
        elif scheme == "fix" and (n := rest.partition(":")[0]).isdigit():
            self.browser.scrollToAnchor(f"fix-{n}")
        elif scheme == "cite-as" and rest.isdigit():
            self._chosen_citation = int(rest)
            self.cite_requested.emit()
        elif scheme in ("copy-url", "copy-cite") and rest.isdigit():
            self._chosen_citation = int(rest)
            citation = self.citation_to_copy()
            if citation is None:
                return
            if scheme == "copy-cite":
                self.copy_citation()
            elif citation.url:
                QGuiApplication.clipboard().setText(citation.url)
                self.message.emit(self.tr("URL copied (not opened: Kartoteka works offline)."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            anchor = self.browser.anchorAt(event.pos())
            tip = self._tooltip_for(anchor)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.browser.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _tooltip_for(self, anchor: str) -> str:
        scheme, _, rest = anchor.partition(":")
        rest = unquote(rest)
        if scheme == "edtf":
            return self.tr("Exact date (EDTF): {edtf}").format(edtf=rest)
        if scheme == "person":
            return self.tr("Show this person")
        if scheme == "cite":
            return self.tr("Go to source {n}").format(n=rest)
        if scheme == "copy-url":
            return self.tr("Copy the URL (Kartoteka never opens it)")
        if scheme == "copy-cite":
            return self.tr("Copy this citation")
        if scheme == "cite-as":
            return self.tr("Copy or save this citation as CSL-JSON, RIS or BibTeX")
        if scheme == "fix":
            field = rest.partition(":")[2]  # "fix:3:region"
            if field:
                return self.tr("A correction of {field} is proposed (shown below it)").format(
                    field=field_label(field)
                )
            return self.tr("A correction of this value is proposed (shown below it)")
        return ""


# ----------------------------------------------------------------- rendering


def date_html(date: FuzzyDate | None, *, genitive: bool = False) -> str:
    """The date in words, hovering to the exact EDTF (`genitive`: after since/of)."""
    if date is None:
        return ""
    words = describe_date(date, genitive=genitive)
    return f'<a class="date" href="edtf:{quote(date.edtf, safe="")}">{_e(words)}</a>'


def person_html(ref: PersonRef | None) -> str:
    if ref is None:
        return ""
    return f'<a href="person:{quote(ref.id, safe="")}">{_e(ref.name)}</a>'


def marks_html(numbers: Iterable[int]) -> str:
    return "".join(f'<sup><a class="mark" href="cite:{n}">[{n}]</a></sup>' for n in numbers)


def _term(s: Sentence) -> str:
    return _e(term_text(s))


class _Fixes:
    """The proposed corrections of one record, handed out where their fields are shown.

    `mark` flags a value shown in the record; `notes` takes an entry's
    corrections and renders them below it. Whatever no section took (a field
    no longer in the record, an entry cut from a long list) comes out of
    `rest`, so no correction is ever dropped silently.
    """

    def __init__(self, rec: PersonRecord, corrections: Corrections) -> None:
        self._all = {key: tuple(items) for key, items in corrections.items() if items}
        self._left = {key: list(items) for key, items in self._all.items()}
        self._entries: dict[tuple[str, str], Entry] = (
            {(e.entity_type, e.entity_id): e for e in record_entries(rec)} if self._all else {}
        )
        self._anchors: dict[tuple[str, str, str], int] = {}

    def _anchor(self, key: tuple[str, str], field: str) -> int:
        return self._anchors.setdefault((*key, field), len(self._anchors) + 1)

    def mark(self, entity_type: str, entity_id: str, *fields: str) -> str:
        """A flag after a value shown when a correction proposes to change it."""
        key = (entity_type, entity_id)
        for c in self._all.get(key, ()):
            if c.field in fields:
                href = f"fix:{self._anchor(key, c.field)}:{quote(c.field, safe='')}"
                return f'<a class="fixmark" href="{href}">&nbsp;⚑&nbsp;</a>'
        return ""

    def notes(self, entity_type: str, entity_id: str, fields: Iterable[str] | None = None) -> str:
        """The entry's corrections on `fields` (None: all it has), in field order, newest first."""
        key = (entity_type, entity_id)
        entry = self._entries.get(key)
        left = self._left.get(key)
        if entry is None or not left:
            return ""
        order = [f for f, _ in entry.fields]
        wanted = set(order) if fields is None else set(fields) & set(order)
        taken = [c for c in left if c.field in wanted]
        self._left[key] = [c for c in left if c.field not in wanted]
        taken.sort(key=lambda c: c.annotation.created_at, reverse=True)
        taken.sort(key=lambda c: order.index(c.field))
        return "".join(self._block(key, c, entry) for c in taken)

    def rest(self) -> str:
        """A section with the corrections no other section showed."""
        blocks = []
        for key, items in self._left.items():
            entry = self._entries.get(key)
            name = entry.label if entry is not None else f"{key[0]} {key[1]}"
            for c in items:
                if entry is None:
                    where = PersonDetail.tr("{entry}: this entry is no longer in the record")
                elif entry.field_value(c.field) is None:
                    where = PersonDetail.tr("{entry}: this field is no longer in the record")
                else:
                    where = PersonDetail.tr("{entry} (not shown above)")
                where = where.format(entry=name)
                blocks.append(self._block(key, c, entry, where))
        if not blocks:
            return ""
        return f"<h2>{_e(PersonDetail.tr('Other proposed corrections'))}</h2>" + "".join(blocks)

    def _block(
        self, key: tuple[str, str], c: ProposedCorrection, entry: Entry | None, where: str = ""
    ) -> str:
        a = c.annotation
        anchor = f'<a name="fix-{self._anchor(key, c.field)}"></a>'
        proposed = f"“{_e(a.body)}”" if a.body else f"<i>{_e(PersonDetail.tr('(empty)'))}</i>"
        lines = [anchor + _fix_heading(field_label(c.field), proposed)]
        if where:
            lines.append(f'<span class="muted">{_e(where)}</span>')
        original = _quoted(a.original or "")
        current = entry.field_value(c.field) if entry is not None else None
        if current is not None and current != (a.original or ""):
            was = PersonDetail.tr("the archive said {was} when proposed, now {now}").format(
                was=original, now=_quoted(current)
            )
        else:
            was = PersonDetail.tr("the archive says {was}").format(was=original)
        lines.append(
            f'<span class="muted">{_e(was)} · {_e(PersonDetail.tr("proposed"))} '
            f"{_e(byline(a))}</span>"
        )
        # the correction's own reason; older corrections keep theirs in a note
        reason = a.reason if a.reason is not None else c.noted_reason
        if reason:
            why = _e(reason).replace("\n", "<br>")
        else:
            why = f"<i>{_e(PersonDetail.tr('no reason given'))}</i>"
        lines.append(f'<span class="muted">{_e(PersonDetail.tr("Why:"))}</span> {why}')
        return (
            '<table class="fix" width="100%" cellspacing="0" cellpadding="0">'
            f'<tr><td class="fix">{"<br>".join(lines)}</td></tr></table>'
        )


def _fix_heading(field: str, proposed: str) -> str:
    """“⚑ Proposed — Region: “…””, the words before the field in the correction's colour.

    `proposed` is HTML already; the template's own words are escaped.
    """
    template = PersonDetail.tr("⚑ Proposed — {field}: {value}")
    values = {"{field}": f"<b>{_e(field)}</b>", "{value}": proposed}
    parts = re.split(r"(\{field\}|\{value\})", template)
    out = [values.get(p, _e(p)) for p in parts]
    label = parts[0].rstrip()  # "⚑ Proposed —", however the translation words it
    if label:
        out[0] = f'<span class="fixlabel">{_e(label)}</span>{parts[0][len(label) :]}'
    return "".join(out)


def _quoted(text: str) -> str:
    """An archive value in quotes, cut short (a biography), or "(empty)"."""
    text = " ".join(text.split())
    if not text:
        return PersonDetail.tr("(empty)")
    if len(text) > ORIGINAL_CHARS:
        text = text[: ORIGINAL_CHARS - 1].rstrip() + "…"
    return f"“{text}”"


def _more_note(shown: int, total: int | None, held: int | None) -> str:
    """ "… and N more" below a list cut short, naming where the rest is (or nothing)."""
    hidden = (total if total is not None else shown) - shown
    if hidden <= 0:
        return ""
    if held is not None and total is not None and total > held:
        more = PersonDetail.tr(
            "… and {n} more, not shown here (an export of the archive has them all)."
        )
    else:
        more = PersonDetail.tr("… and {n} more, not shown here (Copy record as text has them all).")
    return f'<p class="muted">{_e(more.format(n=hidden))}</p>'


def _section(
    title: str,
    items: list[str],
    total: int | None = None,
    after: Sequence[str] = (),
    held: int | None = None,
) -> str:
    """A heading and one paragraph per item; `after[n]` goes below item n (its corrections).

    `total`: the archive's count; `held`: how many of them the record holds
    (db.person.SECTION_LIMIT), so the note names what has them all.
    """
    if not items:
        return ""
    body = "".join(
        f'<p class="item">{item}</p>{after[n] if n < len(after) else ""}'
        for n, item in enumerate(items)
    )
    body += _more_note(len(items), total, held)
    hidden = (total if total is not None else len(items)) - len(items)
    heading = f"{title} ({total})" if hidden > 0 else title
    return f"<h2>{_e(heading)}</h2>" + body


def _sentence_html(s: Sentence, own: str, fx: _Fixes, by_id: Mapping[SentenceId, Sentence]) -> str:
    from viewer.panes import record_sections as v2

    def mark(*fields: str) -> str:
        return fx.mark("sentence", s.id, *fields)

    when = date_html(s.date) or PersonDetail.tr("Date unknown")
    head = (
        f"<b>{when}</b>{mark('date')} — {_term(s)}{mark('term_kind', 'term_months', 'term_text')}"
    )
    if s.person.id != own:
        head = f"{person_html(s.person)}: {head}"
    if s.regime:
        head += f", {_e(archive_labels.regime(s.regime))}{mark('regime')}"
    if s.in_absentia:
        head += f", <i>{PersonDetail.tr('in absentia')}</i>"
    lines = [head + marks_html(s.citations)]
    if s.court:
        court = f"{_e(s.court.name)}{mark('court')}"
        lines.append(f'<span class="muted">{PersonDetail.tr("Court:")}</span> {court}')
    if s.judge:
        judge = f"{person_html(s.judge)}{mark('judge')}"
        lines.append(f'<span class="muted">{PersonDetail.tr("Judge:")}</span> {judge}')
    lines += v2.sentence_trial_lines(s)
    for n, c in enumerate(s.charges):
        text = f" — {_e(c.article_text)}" if c.article_text else ""
        flag = mark("charges") if n == 0 else ""
        lines.append(
            f'<span class="muted">{PersonDetail.tr("Article")}</span> {_e(c.article)}{text}{flag}'
        )
    if s.adds_to:
        base = by_id.get(s.adds_to)  # said by its date: never the sentence's id
        added = phrases.added_to(base.date if base else None, base is not None, ui_wording())
        lines.append(f'<span class="muted">{_e(added[:1].upper() + added[1:])}</span>')
    if s.note:
        lines.append(_e(s.note) + mark("note"))
    lines += [v2.appeal_line(a) for a in s.appeals]
    return "<br>".join(lines)


def summary_html(summary: PersonSummary | None) -> str:
    """The summary box at the top of the record: total term, served, expected end, where held.

    Each line is a db.phrases template in the UI language; the first line
    (the status) is left out, the record's own facts line says it already.
    """
    if summary is None:
        return ""
    lines = phrases.summary_lines(summary, ui_wording())[1:]
    if not lines:
        return ""
    body = "<br>".join(_e(line) for line in lines)
    return (
        '<table class="summary" width="100%" cellspacing="0" cellpadding="0">'
        f'<tr><td class="summary">{body}</td></tr></table>'
    )


def render_record(
    rec: PersonRecord,
    corrections: Corrections | None = None,
    photos: Mapping[str, PhotoSlot] | None = None,
    summary: PersonSummary | None = None,
) -> str:
    """The record as HTML for the detail pane (every value escaped).

    `summary` is shown first, under the name and facts. `corrections` flags
    the values they propose to change and shows each proposal (value, who,
    when, why) below its entry. `photos` holds the photos decoded so far
    (the others show a placeholder).
    """
    from viewer.panes import record_sections as v2  # it uses this module's helpers

    fx = _Fixes(rec, corrections or {})

    def mark(*fields: str) -> str:
        return fx.mark("person", rec.id, *fields)

    colour = STATUS_COLOURS.get(rec.status, "#5f6368")
    shown = _e(archive_labels.status(rec.status))
    status = f'<b style="color:{colour}">{shown}</b>{mark("status")}'
    if rec.status_since:
        since = date_html(rec.status_since, genitive=True)
        status += f" {PersonDetail.tr('since')} {since}{mark('status_since')}"
    facts = [status]
    if rec.birth:
        born = date_html(rec.birth, genitive=True)  # "нар. снежня 1954", not "снежань"
        facts.append(f"{PersonDetail.tr('born')} {born}{mark('birth')}")
    place = ", ".join(
        _e(value) + mark(field)
        for field, value in (("city", rec.city), ("region", rec.region))
        if value
    )
    if place:
        facts.append(place)
    name = f"{_e(rec.display_name)}{mark('display_name')}"
    parts = [f"<h1>{name}{marks_html(rec.person_citations)}</h1>"]
    if rec.name_missing_in is not None:  # a fallback spelling: say so under the name
        parts.append(f"<p><i>{_e(fallback_note(rec.name_missing_in))}</i></p>")
    parts.append(fx.notes("person", rec.id, ("display_name",)))
    parts.append(f"<p>{' · '.join(facts)}</p>")
    facts_fields = ("status", "status_since", "birth", "gender", "city", "region")
    parts.append(fx.notes("person", rec.id, facts_fields))
    if summary is not None and rec.held_in is not None:  # "Held in" has its own line below
        summary = dataclasses.replace(summary, custody_place=None, custody_place_since=None)
    parts.append(summary_html(summary))
    parts.append(v2.recognition_html(rec) + v2.held_in_html(rec))
    if rec.roles:
        roles = ", ".join(_e(archive_labels.role(r)) for r in rec.roles)
        parts.append(f'<p class="muted">{roles}</p>')
    if rec.names:
        # two columns, the name never wrapped: four squeezed a narrow pane into
        # one word per line and a sideways scroll bar
        rows = "".join(
            f"<tr><td nowrap>{_e(n.name)}</td><td class='muted'>"
            f"{_e(archive_labels.language(n.lang))} · {_e(archive_labels.name_system(n.system))}"
            f"{' — ' + _e(n.note) if n.note else ''}</td></tr>"
            for n in rec.names[:MAX_SECTION_ITEMS]  # a file may give 100,000 spellings
        )
        more = _more_note(
            min(len(rec.names), MAX_SECTION_ITEMS), rec.total("names"), len(rec.names)
        )
        parts.append(
            f"<h2>{_e(PersonDetail.tr('Names'))}</h2><table cellspacing='0'>{rows}</table>{more}"
        )
    parts.append(v2.photos_section(rec, photos or {}) + v2.custody_section(rec))
    if rec.biography:
        biography = f"{_e(rec.biography)}{mark('biography')}"
        parts.append(f"<h2>{_e(PersonDetail.tr('Biography'))}</h2><p>{biography}</p>")
    parts.append(fx.notes("person", rec.id))  # the biography, or one the record lacks
    relations = []
    for r in rec.relations[:MAX_SECTION_ITEMS]:
        words = archive_labels.relation(r.kind, inverse=r.inverse)
        other = person_html(r.other_person) if r.other_person else _e(r.org.name if r.org else "?")
        line = f"{_e(words[:1].upper() + words[1:])} {other}"
        if r.start or r.end:
            span = f"{date_html(r.start) or '…'} – {date_html(r.end) or '…'}"
            line += f' <span class="muted">({span})</span>'
        if r.note:
            line += f". {_e(r.note)}"
        relations.append(line + marks_html(r.citations))
    parts.append(
        _section(
            PersonDetail.tr("Relations"),
            relations,
            rec.total("relations"),
            held=len(rec.relations),
        )
    )
    shown_sentences = rec.sentences[:MAX_SECTION_ITEMS]
    by_id = {s.id: s for s in rec.sentences}
    sentences = [_sentence_html(s, rec.id, fx, by_id) for s in shown_sentences]
    after = [fx.notes("sentence", s.id) for s in shown_sentences]
    parts.append(
        _section(
            PersonDetail.tr("Sentences"),
            sentences,
            rec.total("sentences"),
            after,
            held=len(rec.sentences),
        )
    )
    quotes = []
    after = []
    for q in rec.quotes[:MAX_SECTION_ITEMS]:

        def qmark(*fields: str, q_id: str = q.id) -> str:
            return fx.mark("quote", q_id, *fields)

        by = [
            (person_html(q.speaker) if q.speaker else PersonDetail.tr("unknown speaker"))
            + qmark("speaker")
        ]
        if q.date:
            by.append(date_html(q.date) + qmark("date"))
        if q.venue:
            by.append(_e(q.venue) + qmark("venue"))
        if q.published_by:
            by.append(f"{PersonDetail.tr('published by')} {_e(q.published_by.name)}")
        quotes.append(
            f'<span class="quote">“{_e(q.text)}”</span>{qmark("text")}{marks_html(q.citations)}'
            f'<br><span class="muted">— </span>{", ".join(by)}'
        )
        after.append(fx.notes("quote", q.id))
    parts.append(
        _section(
            PersonDetail.tr("Quotes"), quotes, rec.total("quotes"), after, held=len(rec.quotes)
        )
    )
    events = []
    after = []
    for ev in rec.events[:MAX_SECTION_ITEMS]:

        def emark(*fields: str, ev_id: str = ev.id) -> str:
            return fx.mark("event", ev_id, *fields)

        when = date_html(ev.date) or PersonDetail.tr("Date unknown")
        kind = _e(archive_labels.event_kind(ev.kind))
        line = f"<b>{when}</b>{emark('date')} — {kind}{emark('kind')}"
        if ev.description:
            line += f": {_e(ev.description)}{emark('description')}"
        where = ", ".join(
            x
            for x in (
                _e(ev.place) + emark("place") if ev.place else None,
                _e(ev.org.name) if ev.org else None,
            )
            if x
        )
        if where:
            line += f' <span class="muted">({where})</span>'
        others = [person_html(p) for p in ev.people if p.id != rec.id]
        if others:
            line += f'<br><span class="muted">{PersonDetail.tr("With:")}</span> {", ".join(others)}'
        events.append(line + marks_html(ev.citations))
        after.append(fx.notes("event", ev.id))
    parts.append(
        _section(
            PersonDetail.tr("Events"), events, rec.total("events"), after, held=len(rec.events)
        )
    )
    sources = []
    after = []
    for c in rec.citations:

        def smark(*fields: str, source_id: str = c.source_id) -> str:
            return fx.mark("source", source_id, *fields)

        bits = [f"“{_e(c.title)}”{smark('title')}"]
        if c.publisher:
            bits.append(_e(c.publisher) + smark("publisher"))
        if c.published:
            bits.append(date_html(c.published) + smark("published"))
        if c.locator:
            bits.append(_e(c.locator))
        line = f'<a name="src-{c.number}"></a><b>[{c.number}]</b> ' + ", ".join(bits)
        if c.confidence != "high":
            sure = _e(archive_labels.confidence(c.confidence))
            confidence = f"{PersonDetail.tr('confidence:')} {sure}{smark('confidence')}"
            line += f' <span class="muted">({confidence})</span>'
        if c.url:
            line += (
                f'<br><span class="url">{_e(c.url)}</span>{smark("url")} '
                f'<a href="copy-url:{c.number}">{PersonDetail.tr("copy URL")}</a>'
            )
        line += f' · <a href="copy-cite:{c.number}">{PersonDetail.tr("copy citation")}</a>'
        line += f' · <a href="cite-as:{c.number}">{PersonDetail.tr("cite as…")}</a>'
        sources.append(line)
        after.append(fx.notes("source", c.source_id))  # below the source's first citation
    parts.append(_section(PersonDetail.tr("Sources"), sources, None, after))
    parts.append(fx.rest())
    return "<html><body>" + "".join(parts) + "</body></html>"
