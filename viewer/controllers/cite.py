"""Citing: the sources of the record shown, or of the list, for a reference manager.

"Copy citation" copies a source as a line of text in the UI language; "Cite
as…" copies or saves it (or every source of the record) as CSL-JSON, RIS or
BibTeX (db.citations), and File ▸ Export sources… writes the sources of
everyone in the list. The archive is read on the task runner; the text is
made on the GUI thread (it is worded in the UI language) and files are
written beside the target and renamed (db.citations.write_file), so a
failure never leaves half a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from db.citations import FORMATS, cite_text, cited, render, sources_of_people, write_file
from db.errors import KartotekaError
from db.people import get_rows, list_people
from db.records import Citation, CitedSource, PersonId
from viewer.controllers.context import AppContext
from viewer.phrases import ui_wording
from viewer.tasks import WorkerContext

if TYPE_CHECKING:
    from viewer.controllers.browse import BrowseController

TEXT = "text"
"""The formatted-text format ("Copy citation"); the others are db.citations.FORMATS."""
CITE_LIMIT_MS = 10_000
EXPORT_LIMIT_MS = 120_000


def citation_text(items: Sequence[CitedSource], fmt: str) -> str:
    """`items` as text in `fmt`: TEXT (one line each, in the UI language) or a FORMATS key."""
    if fmt == TEXT:
        wording = ui_wording()
        return "\n".join(cite_text(item, wording) for item in items)
    return render(items, fmt)  # type: ignore[arg-type]


class CiteController(QObject):
    """Copies and saves citations; see the module docstring.

    Signals:
        copied(str, str): the format and the text put on the clipboard.
        saved(str, int): the file written and how many sources it holds.
        message(str): a short status line.
        failed(object): a KartotekaError to show (a file that cannot be written).
        export_failed(object): a KartotekaError of File ▸ Export sources… (no dialog is
            open to say it: the window shows it as a message, not in the status bar).
    """

    copied = Signal(str, str)
    saved = Signal(str, int)
    message = Signal(str)
    failed = Signal(object)
    export_failed = Signal(object)

    def __init__(
        self, context: AppContext, browse: BrowseController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._browse = browse

    def copy(self, citations: Sequence[Citation], fmt: str) -> None:
        """Put `citations` (of the record shown) on the clipboard in `fmt`."""
        self._read(citations, lambda items: self._copy_now(items, fmt))

    def save(self, citations: Sequence[Citation], fmt: str, path: Path) -> None:
        """Write `citations` to `path` in `fmt` (a FORMATS key)."""
        self._read(citations, lambda items: self._save_now(items, fmt, path))

    def export_sources(self, path: Path, fmt: str) -> None:
        """Write the sources of everyone in the list shown to `path` (File ▸ Export sources…)."""
        archive = self._browse.archive()
        query = self._browse.model.query()
        if archive is None:
            return

        def job(context: WorkerContext) -> int:
            worker = context.archive(archive)
            with worker.time_limit(EXPORT_LIMIT_MS):
                plist = list_people(worker.db, query)
                ids: list[PersonId] = []
                for start in range(0, plist.count, 5000):
                    pks = plist.pks(worker.db, start, start + 5000)
                    ids += [row.id for row in get_rows(worker.db, pks)]
                items = [CitedSource(s) for s in sources_of_people(worker.db, ids)]
            # rendered and written here too: tens of thousands of sources took seconds
            # on the GUI thread
            write_file(path, citation_text(items, fmt))
            return len(items)

        self._context.tasks.run(
            job,
            key="cite.export",
            on_done=lambda n: self._said_saved(path, n),
            on_error=self.export_failed.emit,
        )

    def _read(
        self, citations: Sequence[Citation], then: Callable[[list[CitedSource]], object]
    ) -> None:
        archive = self._browse.archive()
        wanted = list(citations)
        if archive is None or not wanted:
            return

        def job(context: WorkerContext) -> list[CitedSource]:
            worker = context.archive(archive)
            with worker.time_limit(CITE_LIMIT_MS):
                return cited(worker.db, wanted)

        self._context.tasks.run(
            job, key="cite", quiet=True, on_done=then, on_error=self.failed.emit
        )

    def _copy_now(self, items: list[CitedSource], fmt: str) -> None:
        if not items:
            return
        text = citation_text(items, fmt)
        QGuiApplication.clipboard().setText(text)
        name = format_name(fmt)
        self.message.emit(self.tr("Citation copied ({format}).").format(format=name))
        self.copied.emit(fmt, text)

    def _save_now(self, items: list[CitedSource], fmt: str, path: Path) -> None:
        try:
            write_file(path, citation_text(items, fmt))
        except KartotekaError as exc:
            self.failed.emit(exc)
            return
        self._said_saved(path, len(items))

    def _said_saved(self, path: Path, n: int) -> None:
        self.message.emit(
            self.tr("{n} source(s) written to {name}.", "", n).format(n=n, name=path.name)
        )
        self.saved.emit(str(path), n)


def format_name(fmt: str) -> str:
    """The name users know a format by."""
    return {TEXT: "text", "csl-json": "CSL-JSON", "ris": "RIS", "bibtex": "BibTeX"}.get(fmt, fmt)


def suffix(fmt: str) -> str:
    """The file name ending of a format (.json, .ris, .bib)."""
    return FORMATS.get(fmt, ".txt")
