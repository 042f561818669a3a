"""Read-only text dialogs: keyboard shortcuts, search syntax, about, archive info."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from db.records import ArchiveInfo
from viewer.actions import ACTIONS, key_sequence, translate
from viewer.contents_words import CONTENTS_LABELS
from viewer.formatting import grouped, metadata_date
from viewer.translations import Context, table_label

Dialogs = Context("Dialogs")
"""Strings built outside QObject methods (lupdate reads `Dialogs.tr`)."""
ArchiveContents = Context("ArchiveContents")
"""What each table `db.info.ENTITY_TABLES` counts, for Archive info's Contents."""


def contents_label(table: str) -> str:
    return table_label(ArchiveContents, CONTENTS_LABELS, table, table.replace("_", " "))


def check_text(quick_check: str) -> str:
    """db.info's "ok" / "not run" in words; a problem found stays as db says it."""
    if quick_check == "ok":
        return Dialogs.tr("No problems found")
    if quick_check == "not run":
        return Dialogs.tr("Not run")
    return quick_check


class TextDialog(QDialog):
    """A titled, scrollable, selectable page with a Close button."""

    def __init__(self, title: str, body_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(title)
        self.browser.setHtml(body_html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 480)


def shortcuts_html() -> str:
    """Every action and its keys, straight from the actions table."""
    rows = []
    for spec in ACTIONS:
        keys = key_sequence(spec).toString(QKeySequence.SequenceFormat.NativeText)
        name = translate(spec.text).replace("&", "").rstrip("…")
        rows.append(f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    extra = (
        (Dialogs.tr("Clear the search box"), "Esc"),
        (Dialogs.tr("Move between panes"), "Tab / Shift+Tab"),
        (Dialogs.tr("Toggle a filter value"), "Space / Enter"),
        (Dialogs.tr("Record: next or previous link, follow it"), "→ / ← / Enter"),
        (Dialogs.tr("Timeline: next or previous event, show its person"), "↓ / ↑ / Enter"),
        (Dialogs.tr("Timeline: move in time, zoom, fit all"), "← / → / + / − / 0"),
        (Dialogs.tr("Recent searches"), "↓"),
    )
    for name, keys in extra:
        rows.append(f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    return f"<table cellpadding='3'>{''.join(rows)}</table>"


SearchHelp = Context("SearchHelp")
"""Help ▸ Search syntax: the examples are typed as they are; what they do is translated."""

STATUS_CODES = "in_custody, released, in_exile, deceased, unknown"
ROLE_CODES = "prisoner, candidate, journalist, lawyer, judge, …"
KIND_CODES = "name, biography, sentence, charge, quote, event, source, organization"


def search_syntax_rows() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(words, filters): each an example as typed and what it does, in the UI language.

    The same examples as db.query_language.SEARCH_SYNTAX_HELP (the English
    reference; a test keeps them together), as rows of a table, so a narrow
    dialog wraps the explanations instead of breaking the columns.
    """
    words = (
        (
            "tsikhanouski",
            SearchHelp.tr(
                "a name in any script or spelling: Ціханоўскі, Тихановский, Tsikhanowski, "
                "Cichanoŭski and Tikhanovsky find the same person"
            ),
        ),
        (
            "siarhei tsikhanouski",
            SearchHelp.tr("all words must match (given name and surname in any order)"),
        ),
        (
            "tsikh*",
            SearchHelp.tr(
                "words starting with “tsikh” (the last word is also matched as a prefix "
                "while you type)"
            ),
        ),
        ('"humane gesture"', SearchHelp.tr("the exact phrase")),
        ("exile OR pardoned", SearchHelp.tr("either word")),
        ("NOT judge, -judge", SearchHelp.tr("leave out people matching the word")),
        (
            "tsikanouski",
            SearchHelp.tr(
                "one or two wrong, missing, doubled or swapped letters are forgiven in names "
                "(such matches rank below exact ones)"
            ),
        ),
    )
    filters = (
        ("status:released", SearchHelp.tr("the status: {codes}").format(codes=STATUS_CODES)),
        ("role:judge", SearchHelp.tr("a role: {codes}").format(codes=ROLE_CODES)),
        (
            "kind:quote",
            SearchHelp.tr(
                "where the words must be: {codes}, or an event kind such as kind:sentenced"
            ).format(codes=KIND_CODES),
        ),
        ("court:Minsk", SearchHelp.tr("a court by any spelling of its name")),
        ("article:342", SearchHelp.tr("a criminal-code article (342 also finds 342-1)")),
        (
            "year:2020..2023",
            SearchHelp.tr(
                "something happened to the person in these years "
                "(also year:2021, year:..2021, year:2020..)"
            ),
        ),
    )
    return words, filters


def search_help_html() -> str:
    """The query language (db.query_language), then what the viewer adds around it."""
    keys = next(
        key_sequence(spec).toString(QKeySequence.SequenceFormat.NativeText)
        for spec in ACTIONS
        if spec.name == "exact_spelling"
    )

    def table(rows: tuple[tuple[str, str], ...]) -> str:
        cells = "".join(
            f"<tr><td style='white-space: nowrap'><code>{html.escape(example)}</code></td>"
            f"<td>{html.escape(what)}</td></tr>"
            for example, what in rows
        )
        return f"<table cellpadding='3'>{cells}</table>"

    words, filters = search_syntax_rows()
    title = SearchHelp.tr("Search syntax")
    filters_intro = SearchHelp.tr(
        "Filters (combine them with words; repeat a filter to allow several values):"
    )
    closing = SearchHelp.tr(
        "Case, accents, stress marks, ё/е and look-alike Latin/Cyrillic letters never "
        "matter. A query that cannot be read as written is searched as plain words, and "
        "a note above the list says so."
    )
    syntax = (
        f"<h3>{html.escape(title)}</h3>{table(words)}"
        f"<p>{html.escape(filters_intro)}</p>{table(filters)}<p>{html.escape(closing)}</p>"
    )
    viewer_notes = (
        Dialogs.tr(
            "Exact spelling (the “Exact” check box beside the search box, Edit ▸ Exact "
            "spelling, {keys}): names are matched only as written in the archive — no "
            "variants across scripts or romanizations, no typos, no prefixes while "
            "typing. Case and accents still do not matter."
        ).format(keys=keys),
        Dialogs.tr(
            "While a search is shown, the list's Match column says where each person "
            "matched (and which spelling of the name), and the record marks the matched words."
        ),
        Dialogs.tr(
            "Down arrow in the empty search box lists recent searches; Esc clears the search."
        ),
        Dialogs.tr("When no one is found, the nearest stored spelling is offered above the list."),
    )
    return syntax + "".join(f"<p>{html.escape(p)}</p>" for p in viewer_notes)


def about_html() -> str:
    paragraphs = (
        Dialogs.tr("An offline viewer for archives of records about political prisoners."),
        Dialogs.tr(
            "Archives are opened read-only. Kartoteka never uses the network: "
            "links are shown and can be copied, never opened."
        ),
        Dialogs.tr("Licence: GPL-3.0-or-later."),
    )
    return "<h2>Kartoteka</h2>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def info_html(info: ArchiveInfo) -> str:
    def row(name: str, value: object) -> str:
        return f"<tr><td>{html.escape(name)}</td><td>{html.escape(str(value))}</td></tr>"

    rows = [
        row(Dialogs.tr("Title"), info.title),
        row(Dialogs.tr("Publisher"), info.publisher or "—"),
        row(
            Dialogs.tr("Edition"),
            " · ".join(x for x in (info.edition, metadata_date(info.edition_date or "")) if x)
            or "—",
        ),
        row(Dialogs.tr("Languages"), ", ".join(info.languages) or "—"),
        row(
            Dialogs.tr("Synthetic data"),
            Dialogs.tr("yes — made up for testing") if info.synthetic else Dialogs.tr("no"),
        ),
        row(Dialogs.tr("Format version"), info.schema_version),
        row(Dialogs.tr("Archive id"), info.archive_id or "—"),
        row(Dialogs.tr("File"), info.path),
        row(Dialogs.tr("Integrity check"), check_text(info.quick_check)),
    ]
    counts = "".join(row(contents_label(name), grouped(n)) for name, n in info.counts.items())
    return (
        f"<h3>{html.escape(info.title)}</h3><table cellpadding='3'>{''.join(rows)}</table>"
        f"<h3>{Dialogs.tr('Contents')}</h3><table cellpadding='3'>{counts}</table>"
    )
