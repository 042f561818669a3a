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
from viewer.annotations.render import local_time

CSS = """
table { border-collapse: collapse; }
th { text-align: left; color: #5f6368; font-weight: normal; padding: 3px 12px 3px 0; }
td { padding: 3px 12px 3px 0; vertical-align: top; }
.muted { color: #5f6368; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def state_text(row: Mapping[str, Any] | None, tag_names: Mapping[str, str]) -> str:
    """One revision's content in words: the text, or the tag, and whether deleted."""
    if row is None:
        return "—"
    if row.get("kind") == "tag":
        text = tag_names.get(str(row.get("tag_id")), str(row.get("tag_id")))
        text = f"tag {text}"
    elif row.get("kind") == "correction":
        text = f"{row.get('field')}: {row.get('original') or ''} → {row.get('body')}"
        if row.get("reason"):  # the reason is part of what was changed
            text += f" (why: {row['reason']})"
    else:
        text = str(row.get("body", ""))
        if row.get("date"):  # a note's date is part of what was changed
            text = f"[{row['date']}] {text}"
    if row.get("deleted"):
        text += " (deleted)"
    return text


def history_html(entries: Sequence[HistoryEntry], tag_names: Mapping[str, str]) -> str:
    """The revisions as an HTML table, oldest first (every value escaped)."""
    head = "".join(f"<th>{h}</th>" for h in ("When", "Who", "Action", "Before", "After"))
    rows = []
    for entry in entries:
        before = state_text(entry.before, tag_names)
        after = state_text(entry.after, tag_names)
        rows.append(
            f"<tr><td>{_e(local_time(entry.at))}</td><td>{_e(entry.author)}</td>"
            f"<td>{_e(entry.action)}</td><td class='muted'>{_e(before)}</td>"
            f"<td>→ {_e(after)}</td></tr>"
        )
    if not rows:
        return "<p class='muted'>No revisions recorded.</p>"
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
        self.browser.document().setDefaultStyleSheet(CSS)
        self.browser.setHtml(history_html(entries, tag_names))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 320)
