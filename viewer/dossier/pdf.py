"""Lay dossier sections out with QTextDocument and write them with QPdfWriter.

Each person's section is its own QTextDocument laid out on the page body,
so it starts on a new page and its page count is known before anything is
painted: the contents page (for more than one person) lists the page each
section starts on, and every page carries a header (the person's name, the
archive's title) and "Page N of M". Noto Sans from resources/fonts is
registered and embedded (as a subset), so Belarusian and Russian print the
same everywhere. The file is written beside the target and renamed when
complete; `cancelled()` is asked between people, and a cancelled or failed
dossier leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from sqlite_utils import Database

from db.annotations import Annotation, EntityRef
from db.errors import ErrorKind, OutputError
from db.person import get_person
from db.records import NameScript, PersonId, PersonRecord
from db.resources import resources_dir
from db.shown_names import record_in_script, script_for_language
from db.summary import get_summary
from viewer.dossier.section import CSS, Annotations, build_html, contents_html
from viewer.dossier.wording import DossierWording

FONT_FAMILY = "Noto Sans"
RESOLUTION = 300  # dpi of the layout; text is vector in the PDF anyway
PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 16, 18, 16)


class AnnotationSource(Protocol):
    """What the dossier reads of an annotation store (AnnotationStore or StoreReader)."""

    def annotations_for(
        self, ref: EntityRef, *, include_deleted: bool = False
    ) -> list[Annotation]: ...


class DossierCancelledError(Exception):
    """The dossier was cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class DossierOptions:
    language: str = "en"  # be, ru or en
    names: NameScript | None = None  # None: the language's script (be/ru Cyrillic, else Latin)
    annotations: AnnotationSource | None = None  # include the archivist's notes and corrections
    paper: str = "a4"  # "a4" or "letter"
    as_of: str | None = None  # ISO day time served counts to (default today)
    title: str | None = None  # the dossier's title (default: the archive's)


@dataclass(frozen=True, slots=True)
class DossierReport:
    path: Path
    people: int
    pages: int
    bytes: int
    seconds: float
    missing: tuple[str, ...] = field(default=())  # ids the archive does not hold


Progress = Callable[[int, int], None]


@cache
def register_fonts() -> str:
    """Register the bundled Noto Sans faces once; the family name to use."""
    folder = resources_dir() / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    return FONT_FAMILY


def _font(points: float) -> QFont:
    """Noto Sans without ligatures: "ﬁgure" would not be found by searching "figure"."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _archive_meta(db: Database) -> tuple[str, str]:
    rows = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('title', 'archive_id')"))
    return str(rows.get("title") or ""), str(rows.get("archive_id") or "")


def _record_annotations(
    source: AnnotationSource, archive_id: str, rec: PersonRecord
) -> dict[tuple[str, str], list[Annotation]]:
    keys: list[tuple[str, str]] = [("person", rec.id)]
    keys += [("sentence", s.id) for s in rec.sentences]
    keys += [("quote", q.id) for q in rec.quotes]
    keys += [("event", e.id) for e in rec.events]
    keys += [("relation", r.id) for r in rec.relations]
    keys += [("source", c.source_id) for c in rec.citations]
    out: dict[tuple[str, str], list[Annotation]] = {}
    for key in dict.fromkeys(keys):
        found = source.annotations_for(EntityRef(archive_id, *key))
        if found:
            out[key] = found
    return out


def partial_path(out: Path) -> Path:
    """The name a dossier is written under beside `out` until it is complete."""
    return out.with_name(f".{out.name}.partial")


def pdf_writer(path: Path, paper: str, title: str) -> QPdfWriter:
    """A QPdfWriter for a dossier on `paper` ("a4" or "letter")."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAPER.get(paper, QPageSize.PageSizeId.A4)))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Kartoteka")
    return writer


class _Pages:
    """The paged device (a QPdfWriter or a QPrinter), its painter and the page geometry.

    `wanted` (first, last), 1-based, paints only those pages (a printer's page range).
    """

    def __init__(
        self, device: QPagedPaintDevice, resolution: int, wanted: tuple[int, int] | None = None
    ) -> None:
        self.writer = device
        rect = device.pageLayout().paintRectPixels(resolution)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.band = resolution * 0.3  # header and footer: about 7.6 mm each
        self.body = QSizeF(self.width, self.height - 2 * self.band)
        self.small = _font(7)
        self.painter: QPainter | None = None
        self.pages = 0  # pages laid out so far (page numbers)
        self.painted = 0  # pages painted (the range of a printer)
        self.wanted = wanted

    def document(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(_font(10))
        doc.setDefaultStyleSheet(CSS)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setPageSize(self.body)
        return doc

    def paint(
        self, doc: QTextDocument, header: str, right: str, footer: Callable[[int], str]
    ) -> None:
        if self.painter is None:
            self.painter = QPainter(self.writer)
        painter = self.painter
        page_height = self.body.height()
        for page in range(doc.pageCount()):
            self.pages += 1
            if self.wanted is not None and not self.wanted[0] <= self.pages <= self.wanted[1]:
                continue
            if self.painted:
                self.writer.newPage()
            self.painted += 1
            painter.save()
            painter.translate(0, self.band - page * page_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * page_height, self.width, page_height)
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(self.small)
            top = QRectF(0, 0, self.width, self.band * 0.7)
            align = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(top, int(align | Qt.AlignmentFlag.AlignLeft), header)
            painter.drawText(top, int(align | Qt.AlignmentFlag.AlignRight), right)
            bottom = QRectF(0, self.height - self.band * 0.7, self.width, self.band * 0.7)
            centre = int(align | Qt.AlignmentFlag.AlignHCenter)
            painter.drawText(bottom, centre, footer(self.pages))

    def finish(self) -> None:
        if self.painter is None:
            self.painter = QPainter(self.writer)  # an empty document still gets a page
        self.painter.end()


def write_dossier(
    db: Database,
    person_ids: Sequence[str],
    out: Path,
    options: DossierOptions = DossierOptions(),
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DossierReport:
    """Write the dossier of `person_ids` (in the order given) to `out` as PDF.

    Ids the archive does not hold are skipped and listed in the report; none
    found raises OutputError. `progress(done, total)` is called as people are
    laid out and painted (total is twice the number of people); when
    `cancelled()` turns true the work stops at the next person and
    DossierCancelledError is raised, with no file left behind.
    """
    started = time.perf_counter()
    register_fonts()
    if not out.parent.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, out, folder=out.parent)
    partial = partial_path(out)
    title = _title(db, options)
    pages = _Pages(pdf_writer(partial, options.paper, title), RESOLUTION)
    try:
        people, page_total, missing = _paint_dossier(
            db, person_ids, pages, options, out, progress, cancelled
        )
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return DossierReport(
        path=out,
        people=people,
        pages=page_total,
        bytes=out.stat().st_size,
        seconds=time.perf_counter() - started,
        missing=tuple(missing),
    )


def print_dossier(
    db: Database,
    person_ids: Sequence[str],
    printer: QPagedPaintDevice,
    resolution: int,
    options: DossierOptions = DossierOptions(),
    *,
    wanted: tuple[int, int] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, int, tuple[str, ...]]:
    """Paint the dossier of `person_ids` on `printer` (a QPrinter set up by the print dialog).

    `wanted` is the printer's page range (1-based, inclusive). Returns
    (people, pages, missing ids). Progress and cancelling as `write_dossier`.
    """
    register_fonts()
    pages = _Pages(printer, resolution, wanted)
    people, page_total, missing = _paint_dossier(
        db, person_ids, pages, options, None, progress, cancelled
    )
    return people, page_total, tuple(missing)


def _title(db: Database, options: DossierOptions) -> str:
    Dossier = DossierWording(options.language).context("Dossier")
    archive_title, _archive_id = _archive_meta(db)
    return options.title or archive_title or Dossier.tr("Dossier")


def _paint_dossier(
    db: Database,
    person_ids: Sequence[str],
    pages: _Pages,
    options: DossierOptions,
    out: Path | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, int, list[str]]:
    """Lay out and paint every section on `pages`; (people, pages, missing ids).

    The painter is ended (the device finished) on success and on failure.
    """
    wording = DossierWording(options.language)
    Dossier = wording.context("Dossier")
    script = options.names or script_for_language(wording.language)
    archive_title, archive_id = _archive_meta(db)
    title = _title(db, options)
    wanted = list(dict.fromkeys(person_ids))
    total = 2 * len(wanted)

    def check(done: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise DossierCancelledError("The dossier was cancelled; no file was written.")

    try:
        sections: list[tuple[str, QTextDocument]] = []
        missing: list[str] = []
        for n, pid in enumerate(wanted):
            check(n)
            rec = get_person(db, PersonId(pid))
            if rec is None:
                missing.append(pid)
                continue
            shown = record_in_script(db, rec, script)
            summary = get_summary(db, rec.id, options.as_of)
            notes: Annotations | None = None
            if options.annotations is not None:
                notes = _record_annotations(options.annotations, archive_id, rec)
            html = build_html(shown, summary, wording, notes)
            sections.append((shown.display_name, pages.document(html)))
        if not sections:
            # a kind, so the message is said in the user's language (it was English)
            raise OutputError.of(
                ErrorKind.DOSSIER_NO_PEOPLE,
                out if out is not None else archive_title,
                ids=", ".join(wanted[:5]),
            )
        contents: QTextDocument | None = None
        if len(sections) > 1:
            today = dt.date.today().isoformat()
            subtitle = Dossier.tr(
                "{n} people · made on {date} from the archive “{archive}”", "", len(sections)
            )
            subtitle = subtitle.format(n=len(sections), date=today, archive=archive_title)
            first_pages: list[tuple[str, int]] = []

            def layout_contents() -> QTextDocument:
                return pages.document(contents_html(title, subtitle, first_pages, wording))

            first_pages = [(name, 0) for name, _doc in sections]
            contents = layout_contents()
            start = contents.pageCount() + 1
            first_pages = []
            for name, doc in sections:
                first_pages.append((name, start))
                start += doc.pageCount()
            contents = layout_contents()
        page_total = sum(doc.pageCount() for _n, doc in sections)
        page_total += contents.pageCount() if contents is not None else 0
        of = Dossier.tr("Page {page} of {pages}")

        def footer(page: int) -> str:
            return of.format(page=page, pages=page_total)

        if contents is not None:
            pages.paint(contents, title, "", footer)
        for n, (name, doc) in enumerate(sections):
            check(len(wanted) + n)
            pages.paint(doc, name, archive_title, footer)
        pages.finish()
    except BaseException:
        if pages.painter is not None and pages.painter.isActive():
            pages.painter.end()
        raise
    if progress is not None:
        progress(total, total)
    return len(sections), page_total, missing
