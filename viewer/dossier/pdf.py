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
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from sqlite_utils import Database

from db.annotations import Annotation, EntityRef
from db.errors import OutputError
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


class _Pages:
    """The writer, its painter and the page geometry in device pixels."""

    def __init__(self, path: Path, paper: str, title: str) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(RESOLUTION)
        self.writer.setPageSize(QPageSize(PAPER.get(paper, QPageSize.PageSizeId.A4)))
        self.writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
        self.writer.setTitle(title)
        self.writer.setCreator("Kartoteka")
        rect = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.band = RESOLUTION * 0.3  # header and footer: about 7.6 mm each
        self.body = QSizeF(self.width, self.height - 2 * self.band)
        self.small = _font(7)
        self.painter: QPainter | None = None
        self.pages = 0

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
            if self.pages:
                self.writer.newPage()
            self.pages += 1
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
    wording = DossierWording(options.language)
    Dossier = wording.context("Dossier")
    script = options.names or script_for_language(wording.language)
    archive_title, archive_id = _archive_meta(db)
    title = options.title or archive_title or Dossier.tr("Dossier")
    wanted = list(dict.fromkeys(person_ids))
    total = 2 * len(wanted)
    if not out.parent.is_dir():
        raise OutputError(f"{out}: the folder {out.parent} does not exist.", path=out)
    partial = out.with_name(f".{out.name}.partial")

    def check(done: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise DossierCancelledError("The dossier was cancelled; no file was written.")

    pages = _Pages(partial, options.paper, title)
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
            raise OutputError(
                f"{out}: none of the ids ({', '.join(wanted[:5])}) is in this archive; "
                "nothing was written.",
                path=out,
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
        os.replace(partial, out)
    except BaseException:
        if pages.painter is not None and pages.painter.isActive():
            pages.painter.end()
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return DossierReport(
        path=out,
        people=len(sections),
        pages=page_total,
        bytes=out.stat().st_size,
        seconds=time.perf_counter() - started,
        missing=tuple(missing),
    )
