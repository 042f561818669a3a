"""Every revision of one annotation: when, who, what was done, before → after.

The store never forgets a revision (undo and delete write new ones), so this
is the audit trail an archivist checks before trusting or reverting a note.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from db.annotations import HistoryEntry
from viewer.annotations.entries import field_label
from viewer.annotations.render import local_time
from viewer.palette_colours import muted_name
from viewer.translations import QT_TRANSLATE_NOOP, Context, table_label

History = Context("History")
"""Strings of the module-level helpers (lupdate reads `History.tr`)."""

ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("History", "created"),
    "edit": QT_TRANSLATE_NOOP("History", "edited"),
    "delete": QT_TRANSLATE_NOOP("History", "deleted"),
    "undo": QT_TRANSLATE_NOOP("History", "undone"),
    "merge": QT_TRANSLATE_NOOP("History", "merged"),
    "import": QT_TRANSLATE_NOOP("History", "imported"),
    "resolve": QT_TRANSLATE_NOOP("History", "conflict resolved"),
    "draft": QT_TRANSLATE_NOOP("History", "draft"),
}
"""The store's revision actions (db.annotations), as the Action column says them."""

CSS = """
table { border-collapse: collapse; }
th { text-align: left; color: MUTED; font-weight: normal; padding: 3px 12px 3px 0; }
td { padding: 3px 12px 3px 0; vertical-align: top; }
.muted { color: MUTED; }
"""
"""The table's style; MUTED becomes the palette's secondary text colour when shown."""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def action_label(action: str) -> str:
    """A revision's action in the UI language; an unknown one (a newer store's) as written."""
    return table_label(History, ACTION_LABELS, action)


def state_text(row: Mapping[str, Any] | None, tag_names: Mapping[str, str]) -> str:
    """One revision's content in words: the text, or the tag, and whether deleted."""
    if row is None:
        return "—"
    if row.get("kind") == "tag":
        name = tag_names.get(str(row.get("tag_id")), str(row.get("tag_id")))
        text = History.tr("tag {name}").format(name=name)
    elif row.get("kind") == "correction":
        text = f"{field_label(str(row.get('field') or ''))}: {row.get('original') or ''} → "
        text += str(row.get("body"))
        if row.get("reason"):  # the reason is part of what was changed
            text += " " + History.tr("(why: {reason})").format(reason=row["reason"])
    else:
        text = str(row.get("body", ""))
        if row.get("date"):  # a note's date is part of what was changed
            text = f"[{row['date']}] {text}"
    if row.get("deleted"):
        text += " " + History.tr("(deleted)")
    return text


def history_html(entries: Sequence[HistoryEntry], tag_names: Mapping[str, str]) -> str:
    """The revisions as an HTML table, oldest first (every value escaped)."""
    titles = (
        History.tr("When"),
        History.tr("Who"),
        History.tr("Action"),
        History.tr("Before"),
        History.tr("After"),
    )
    head = "".join(f"<th>{_e(h)}</th>" for h in titles)
    rows = []
    for entry in entries:
        before = state_text(entry.before, tag_names)
        after = state_text(entry.after, tag_names)
        rows.append(
            f"<tr><td>{_e(local_time(entry.at))}</td><td>{_e(entry.author)}</td>"
            f"<td>{_e(action_label(entry.action))}</td><td class='muted'>{_e(before)}</td>"
            f"<td>→ {_e(after)}</td></tr>"
        )
    if not rows:
        return f"<p class='muted'>{_e(History.tr('No revisions recorded.'))}</p>"
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


class HistoryDialog(QDialog):
    """A read-only, selectable list of an annotation's revisions."""

    def __init__(
        self,
        title: str,
        entries: Sequence[HistoryEntry],
        tag_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("HistoryText")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(CSS.replace("MUTED", muted_name()))
        self.browser.setHtml(history_html(entries, tag_names))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 320)
