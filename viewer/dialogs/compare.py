"""File ▸ Compare with another edition…: the progress while comparing, and the result.

`CompareProgressDialog` shows which part is being compared and has a
Cancel that stays until the comparison stopped. `CompareDialog` lists who
was added, removed and changed (and how), with links that show a person,
the annotations whose entries the new edition lacks and why, and "Show only
these people", which puts a "Changed since <edition>" chip on the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer import archive_labels
from viewer.annotations.entries import entity_label, field_label
from viewer.formatting import describe_date, grouped
from viewer.gone_words import gone_text
from viewer.translations import QT_TRANSLATE_NOOP, Context, table_label

if TYPE_CHECKING:
    from db.diff import ItemChange, PersonChange, PersonRef
    from viewer.controllers.compare import Comparison

LISTED = 300
"""People listed per tab (the chip shows them all)."""
CHANGES_SHOWN = 8
PERSON_SCHEME = "person"

CompareWords = Context("CompareWords")
"""Words of the compare dialogs built outside their methods (lupdate reads `CompareWords.tr`)."""

CATEGORY_LABELS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("CompareWords", "status"),
    "sentences": QT_TRANSLATE_NOOP("CompareWords", "sentences"),
    "appeals": QT_TRANSLATE_NOOP("CompareWords", "appeals"),
    "releases": QT_TRANSLATE_NOOP("CompareWords", "releases"),
    "transfers": QT_TRANSLATE_NOOP("CompareWords", "transfers"),
    "recognitions": QT_TRANSLATE_NOOP("CompareWords", "recognitions"),
    "names": QT_TRANSLATE_NOOP("CompareWords", "name spellings"),
    "roles": QT_TRANSLATE_NOOP("CompareWords", "roles"),
    "details": QT_TRANSLATE_NOOP("CompareWords", "details"),
    "events": QT_TRANSLATE_NOOP("CompareWords", "events"),
    "relations": QT_TRANSLATE_NOOP("CompareWords", "relations"),
    "quotes": QT_TRANSLATE_NOOP("CompareWords", "quotes"),
}
"""db.diff.CATEGORIES in the UI language."""

STAGES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("CompareWords", "Opening and checking the other edition…"),
    "orphans": QT_TRANSLATE_NOOP("CompareWords", "Looking up annotated entries…"),
}
"""Steps other than the aspects (whose names are db.diff's categories)."""


def category(code: str) -> str:
    return table_label(CompareWords, CATEGORY_LABELS, code, code)


def stage_text(stage: str) -> str:
    if stage in STAGES:
        return CompareWords.tr(STAGES[stage])
    return CompareWords.tr("Comparing {what}…").format(what=category(stage))


def _field_value(field: str, value: str | None, *, date: bool = False) -> str:
    if value is None or value == "":
        return "—"
    if field == "status":
        return archive_labels.status(value)
    if date:  # an EDTF date ("2020-08") as the record says it ("August 2020")
        return describe_date(value) or value
    return value


def change_text(c: ItemChange, others: Mapping[str, str] | None = None) -> str:
    """One change in words; `others` names whom a relation refers to (ArchiveDiff.others)."""
    what = category(c.category)
    if c.change == "changed" and c.category in ("status", "details"):  # a field of the person
        field = c.item.removesuffix("_edtf")
        date = c.item.endswith("_edtf")
        return CompareWords.tr("{field}: {old} → {new}").format(
            field=field_label(field),
            old=_field_value(field, c.old, date=date),
            new=_field_value(field, c.new, date=date),
        )
    item = item_text(c, others)
    if c.change == "changed":
        return CompareWords.tr("{what} changed: {item}").format(what=what, item=item)
    if c.change == "added":
        return CompareWords.tr("{what} added: {item}").format(what=what, item=item)
    return CompareWords.tr("{what} removed: {item}").format(what=what, item=item)


def item_text(c: ItemChange, others: Mapping[str, str] | None = None) -> str:
    """The entry as a person knows it ("sentence of 14 December 2021"), not its internal id.

    Read from db.diff's label of the entry (its columns joined by " | ", per aspect);
    a relation names the other person by `others` (their id only when unknown); the
    entry's id only where nothing better is known.
    """
    parts = (c.new if c.new is not None else c.old or "").split(" | ")

    def part(index: int) -> str:
        return parts[index].strip() if index < len(parts) else ""

    def when(index: int, *, genitive: bool = False) -> str:
        return describe_date(part(index), genitive=genitive) if part(index) else ""

    def of(template: str, index: int) -> str:  # "sentence of {date}": the date after "of"
        return template.format(date=when(index, genitive=True)) if part(index) else ""

    if c.aspect == "roles":
        return archive_labels.role(c.item)
    if c.aspect == "sentences":
        text = of(CompareWords.tr("sentence of {date}"), 0)
    elif c.aspect == "appeals":
        text = of(CompareWords.tr("appeal of {date}"), 0)
    elif c.aspect == "events":
        text = ", ".join(x for x in (archive_labels.event_kind(part(0)), when(1)) if x)
    elif c.aspect == "relations":
        kind = archive_labels.relation(part(0)).rstrip(": ")  # "spouse of", "opponent of"
        other = (others or {}).get(part(1), part(1))
        whom = f"{kind} {other}" if other else kind
        text = ", ".join(x for x in (whom, when(2)) if x)
    elif c.aspect == "placements":
        text = of(CompareWords.tr("held from {date}"), 1)
    elif c.aspect == "recognitions":
        text = ", ".join(x for x in (archive_labels.recognition_state(part(0)), when(2)) if x)
    elif c.aspect == "quotes":
        quote = part(0) if len(part(0)) <= 60 else part(0)[:59] + "…"
        text = ", ".join(x for x in (f"“{quote}”" if quote else "", when(1)) if x)
    else:  # a spelling ("Name [lang, system]") is its own description
        text = ""
    return text or c.item


def _link(person_id: str, name: str) -> str:
    return f"<a href='{PERSON_SCHEME}:{escape(person_id)}'>{escape(name)}</a>"


def _more(total: int) -> str:
    if total <= LISTED:
        return ""
    more = CompareWords.tr("… and {n} more.").format(n=grouped(total - LISTED))
    return f"<p><i>{escape(more)}</i></p>"


def _same_names(names: Iterable[str]) -> set[str]:
    """Names more than one listed person has: only those get their id beside them."""
    seen: set[str] = set()
    twice: set[str] = set()
    for name in names:
        (twice if name in seen else seen).add(name)
    return twice


def _named(person_id: str, name: str, linked: bool, twice: set[str]) -> str:
    shown = _link(person_id, name) if linked else escape(name)
    return f"{shown} <small>({escape(person_id)})</small>" if name in twice else shown


def refs_html(people: tuple[PersonRef, ...], linked: bool) -> str:
    if not people:
        return f"<p>{escape(CompareWords.tr('Nobody.'))}</p>"
    listed = people[:LISTED]
    twice = _same_names(ref.display_name for ref in listed)
    rows = [f"<li>{_named(r.person_id, r.display_name, linked, twice)}</li>" for r in listed]
    return f"<ul>{''.join(rows)}</ul>{_more(len(people))}"


def changed_html(people: tuple[PersonChange, ...], others: Mapping[str, str] | None = None) -> str:
    if not people:
        return f"<p>{escape(CompareWords.tr('Nobody.'))}</p>"
    listed = people[:LISTED]
    twice = _same_names(p.display_name for p in listed)
    rows = []
    for p in listed:
        what = ", ".join(category(c) for c in p.categories)
        lines = "".join(
            f"<li>{escape(change_text(c, others))}</li>" for c in p.changes[:CHANGES_SHOWN]
        )
        if len(p.changes) > CHANGES_SHOWN:
            more = CompareWords.tr("… and {n} more.").format(n=len(p.changes) - CHANGES_SHOWN)
            lines += f"<li><i>{escape(more)}</i></li>"
        rows.append(
            f"<li>{_named(p.person_id, p.display_name, True, twice)}"
            f" — {escape(what)}<ul>{lines}</ul></li>"
        )
    # Qt puts the outer list's bottom margin before the last item's own list: none here
    return f"<ul style='margin-bottom:0px'>{''.join(rows)}</ul>{_more(len(people))}"


def orphans_html(reasons: dict[tuple[str, str], str]) -> str:
    if not reasons:
        return (
            "<p>"
            + escape(CompareWords.tr("Every annotation belongs to an entry of this edition."))
            + "</p>"
        )
    intro = CompareWords.tr(
        "Your annotations on these entries have no entry in this edition. They are kept "
        "in the store (Edit ▸ Orphaned annotations lists them)."
    )
    rows = "".join(
        f"<tr><td>{escape(entity_label(t))}</td><td>{escape(i)}</td>"
        f"<td>{escape(gone_text(why))}</td></tr>"
        for (t, i), why in sorted(reasons.items())
    )
    return f"<p>{escape(intro)}</p><table cellpadding='3'>{rows}</table>"


class CompareProgressDialog(QDialog):
    """Which part of the editions is compared now; Cancel waits until it stopped.

    Signals:
        cancel_requested(): the user wants the comparison stopped.
    """

    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareProgressDialog")
        self.setWindowTitle(self.tr("Compare with another edition"))
        self.label = QLabel(self.tr("Comparing with {name}…").format(name=name), self)
        self.label.setWordWrap(True)
        self.step = QLabel("", self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.step, self.bar, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.cancelling = False

    def set_step(self, stage: str, share: float) -> None:
        if not self.cancelling:
            self.step.setText(stage_text(stage))
            self.bar.setValue(round(100 * min(max(share, 0.0), 1.0)))

    def reject(self) -> None:
        if self.cancelling:
            return
        self.cancelling = True
        self.step.setText(self.tr("Cancelling…"))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if button is not None:
            button.setEnabled(False)
        self.cancel_requested.emit()

    def finish(self) -> None:
        QDialog.done(self, QDialog.DialogCode.Accepted)


class CompareDialog(QDialog):
    """What changed since the earlier edition; see the module docstring.

    Signals:
        person_activated(str): a person's link was followed (the window shows them).
        show_changed_requested(): "Show only these people" (the list gets the chip).
    """

    person_activated = Signal(str)
    show_changed_requested = Signal()

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        diff = comparison.diff
        self.setObjectName("CompareDialog")
        self.setWindowTitle(self.tr("Changed since {edition}").format(edition=comparison.edition))
        head = QLabel(self._heading(), self)
        head.setObjectName("CompareSummary")
        head.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("CompareTabs")
        self.changed_view = self._browser("CompareChanged", changed_html(diff.changed, diff.others))
        self.added_view = self._browser("CompareAdded", refs_html(diff.added, True))
        self.removed_view = self._browser("CompareRemoved", refs_html(diff.removed, False))
        self.tabs.addTab(
            self.changed_view, self.tr("Changed ({n})").format(n=grouped(len(diff.changed)))
        )
        self.tabs.addTab(self.added_view, self.tr("Added ({n})").format(n=grouped(len(diff.added))))
        self.tabs.addTab(
            self.removed_view, self.tr("Removed ({n})").format(n=grouped(len(diff.removed)))
        )
        self.orphans_view = self._browser("CompareOrphans", orphans_html(comparison.orphan_reasons))
        self.tabs.addTab(
            self.orphans_view,
            self.tr("Annotations left without an entry ({n})").format(
                n=grouped(len(comparison.orphan_reasons))
            ),
        )
        self.tabs.setAccessibleName(self.tr("What changed, by kind"))
        views = (self.changed_view, self.added_view, self.removed_view, self.orphans_view)
        for index, view in enumerate(views):  # a screen reader names each list by its tab
            view.setAccessibleName(self.tabs.tabText(index))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button: QPushButton = self.buttons.addButton(
            self.tr("Show only these people in the list"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.setObjectName("CompareShowChanged")
        self.show_button.setToolTip(
            self.tr(
                "The people added or changed since {edition}; the chip above the list removes it."
            ).format(edition=comparison.edition)
        )
        self.show_button.setEnabled(bool(diff.changed_ids()))
        self.show_button.clicked.connect(self._on_show_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def _heading(self) -> str:
        c, d = self.comparison, self.comparison.diff
        lines = [
            self.tr("From {old} ({file}) to this archive ({new}).").format(
                old=c.edition, file=c.other.name, new=c.shown_edition
            ),
            self.tr("People added: {a}, removed: {r}, changed: {c}.").format(
                a=grouped(len(d.added)), r=grouped(len(d.removed)), c=grouped(len(d.changed))
            ),
        ]
        if d.counts:
            parts = ", ".join(f"{category(k)} {grouped(n)}" for k, n in d.counts.items())
            lines.append(self.tr("Changed, by kind: {parts}.").format(parts=parts))
        if not d.same_archive:
            lines.append(
                self.tr(
                    "The two files have different archive ids: they may not be editions "
                    "of one archive."
                )
            )
        return "<br>".join(escape(line) for line in lines)

    def _browser(self, name: str, html: str) -> QTextBrowser:
        view = QTextBrowser(self)
        view.setObjectName(name)
        view.setOpenLinks(False)
        view.setHtml(html)
        view.anchorClicked.connect(self._on_anchor_clicked)
        return view

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == PERSON_SCHEME:
            self.person_activated.emit(url.path())

    def _on_show_clicked(self) -> None:
        self.show_changed_requested.emit()
        self.accept()
