"""Read-only text dialogs: keyboard shortcuts, search syntax, about, archive info."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from db.query_language import SEARCH_SYNTAX_HELP
from db.records import ArchiveInfo
from viewer.actions import ACTIONS, key_sequence, translate
from viewer.translations import Context

Dialogs = Context("Dialogs")
"""Strings built outside QObject methods (lupdate reads `Dialogs.tr`)."""


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


def search_help_html() -> str:
    """The query language (db.query_language), then what the viewer adds around it."""
    keys = next(
        key_sequence(spec).toString(QKeySequence.SequenceFormat.NativeText)
        for spec in ACTIONS
        if spec.name == "exact_spelling"
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
    return f"<pre style='white-space: pre-wrap'>{html.escape(SEARCH_SYNTAX_HELP)}</pre>" + "".join(
        f"<p>{html.escape(p)}</p>" for p in viewer_notes
    )


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
            " ".join(x for x in (info.edition, info.edition_date) if x) or "—",
        ),
        row(Dialogs.tr("Languages"), ", ".join(info.languages) or "—"),
        row(
            Dialogs.tr("Synthetic data"),
            Dialogs.tr("yes — made up for testing") if info.synthetic else Dialogs.tr("no"),
        ),
        row(Dialogs.tr("Format version"), info.schema_version),
        row(Dialogs.tr("Archive id"), info.archive_id or "—"),
        row(Dialogs.tr("File"), info.path),
        row(Dialogs.tr("Integrity check"), info.quick_check),
    ]
    counts = "".join(row(name.replace("_", " "), f"{n:,}") for name, n in info.counts.items())
    return (
        f"<h3>{html.escape(info.title)}</h3><table cellpadding='3'>{''.join(rows)}</table>"
        f"<h3>{Dialogs.tr('Contents')}</h3><table cellpadding='3'>{counts}</table>"
    )
