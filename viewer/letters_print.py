"""The letters list as a printable page (HTML or PDF): one envelope block per person.

Each block carries what goes on the envelope in the letter's language
("Кому"/"Каму", the recipient with their birth year, "Куда"/"Куды", the
facility's address line by line) and, for whoever prints it, the birthday
and the warnings in the UI language. The PDF is laid out by QTextDocument
and written with QPdfWriter; both files are written beside the target and
renamed into place when complete, so a failure never leaves half a file.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from db.errors import ErrorKind, OutputError
from db.exporting import write_atomically
from db.records import LetterRow
from viewer.models.letters import birthday_words, warning_text
from viewer.translations import Context

LettersText = Context("LettersText")

ENVELOPE_WORDS: dict[str, tuple[str, str]] = {"ru": ("Кому:", "Куда:"), "be": ("Каму:", "Куды:")}
"""The envelope's own words, in the letter's language (not the UI's)."""
RESOLUTION = 300

CSS = """
body { font-family: 'Noto Sans', sans-serif; font-size: 10pt; color: #000000; }
h1 { font-size: 15pt; margin-bottom: 2px; }
p.sub { color: #444444; margin-top: 0; }
table.env { margin-top: 10px; border-color: #888888; border-style: solid; }
td.env { padding: 8px; }
.to { font-size: 13pt; font-weight: 600; }
.addr { font-size: 12pt; }
.muted { color: #555555; }
.warn { color: #a50e0e; font-weight: 600; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def letters_html(rows: Sequence[LetterRow], lang: str, title: str) -> str:
    """The whole page as HTML (every archive value escaped)."""
    to_word, where_word = ENVELOPE_WORDS.get(lang, ENVELOPE_WORDS["ru"])
    count = LettersText.tr("{n} people in custody", "", len(rows)).format(n=len(rows))
    parts = [f"<h1>{_e(title)}</h1><p class='sub'>{_e(count)}</p>"]
    for row in rows:
        lines = [
            f"<span class='muted'>{_e(to_word)}</span> <span class='to'>{_e(row.recipient)}</span>"
        ]
        if row.address:
            address = "<br>".join(_e(x.strip()) for x in row.address.splitlines() if x.strip())
            where = f"<span class='muted'>{_e(where_word)}</span>"
            lines.append(f"{where}<br><span class='addr'>{address}</span>")
        notes = []
        birthday = birthday_words(row)
        if birthday:
            notes.append(LettersText.tr("Birthday: {date}").format(date=birthday))
        if row.facility is not None:
            notes.append(row.facility.name)
        if notes:
            lines.append(f"<span class='muted'>{_e(' · '.join(notes))}</span>")
        lines += [f"<span class='warn'>⚠ {_e(warning_text(w, row))}</span>" for w in row.warnings]
        parts.append(
            "<table class='env' width='100%' border='1' cellspacing='0' cellpadding='0'>"
            f"<tr><td class='env'>{'<br>'.join(lines)}</td></tr></table>"
        )
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        + "".join(parts)
        + "</body></html>"
    )


def write_printable(rows: Sequence[LetterRow], out: Path, lang: str, title: str) -> None:
    """Write the page to `out`: PDF when it ends in .pdf, else HTML (atomically)."""
    out = Path(out)
    if not out.parent.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, out, folder=out.parent)
    page = letters_html(rows, lang, title)
    if out.suffix.lower() != ".pdf":
        write_atomically(out, page.encode("utf-8"))
        return
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("Kartoteka")
        document = QTextDocument()
        document.setHtml(page)
        document.print_(writer)
        del writer  # closes the file
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OutputError.of(ErrorKind.PDF_NOT_WRITTEN, out)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, out, cause=exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
