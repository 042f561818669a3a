"""A printer chosen in the viewer's print dialog, carried to the child that prints.

The print dialog runs on the GUI thread (it is the platform's own); the
pages are laid out and painted in the dossier child process
(viewer.dossier.child_process), on a QPrinter set up from these settings:
the printer, copies, collation, duplex, colour, paper, orientation,
margins, the page range, the file when printing to a PDF file, and the CUPS
options Qt's Unix print dialog sets (pages per sheet, page set, banners …),
which Qt keeps as a print-engine property. Other platforms' native dialogs
may have extras beyond these that are not carried.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintEngine, QPrinter

CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)
"""Qt's PPK_CupsOptions (qcups_p.h): the CUPS options the print dialog chose, as a string
list of name/value pairs (Qt's Unix print dialog sets it; other engines ignore it)."""


def _cups_options(printer: QPrinter) -> list[str]:
    try:
        value = printer.printEngine().property(CUPS_OPTIONS)
    except (RuntimeError, TypeError, ValueError):
        return []
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return list(value)
    return []


def printer_settings(printer: QPrinter) -> dict[str, Any]:
    """The settings of `printer` (after the print dialog) as plain JSON values."""
    layout = printer.pageLayout()
    size = layout.pageSize().size(QPageSize.Unit.Millimeter)
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    pdf = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    wanted = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        wanted = [printer.fromPage(), printer.toPage() or printer.fromPage()]
    return {
        "name": printer.printerName(),
        "output_file": printer.outputFileName() if pdf else "",
        "copies": printer.copyCount(),
        "collate": printer.collateCopies(),
        "duplex": printer.duplex().value,
        "colour": printer.colorMode().value,
        "size_mm": [size.width(), size.height()],
        "size_id": layout.pageSize().id().value,
        "orientation": layout.orientation().value,
        "margins_mm": [margins.left(), margins.top(), margins.right(), margins.bottom()],
        "pages": wanted,
        "document": printer.docName(),
        "cups_options": _cups_options(printer) if not pdf else [],
    }


def new_printer(settings: dict[str, Any]) -> tuple[QPrinter, tuple[int, int] | None]:
    """A QPrinter set up as `settings` say, and the page range to print (None: all)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if settings.get("output_file"):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(settings["output_file"]))
    elif settings.get("name"):
        printer.setPrinterName(str(settings["name"]))
    printer.setDocName(str(settings.get("document") or "Kartoteka"))
    printer.setCopyCount(int(settings.get("copies") or 1))
    printer.setCollateCopies(bool(settings.get("collate", True)))
    printer.setDuplex(QPrinter.DuplexMode(int(settings.get("duplex", 0))))
    printer.setColorMode(QPrinter.ColorMode(int(settings.get("colour", 1))))
    size_id = QPageSize.PageSizeId(int(settings.get("size_id", QPageSize.PageSizeId.A4.value)))
    if size_id == QPageSize.PageSizeId.Custom:
        width, height = settings.get("size_mm") or (210.0, 297.0)
        page_size = QPageSize(QSizeF(float(width), float(height)), QPageSize.Unit.Millimeter)
    else:
        page_size = QPageSize(size_id)
    left, top, right, bottom = settings.get("margins_mm") or (18.0, 16.0, 18.0, 16.0)
    printer.setPageLayout(
        QPageLayout(
            page_size,
            QPageLayout.Orientation(int(settings.get("orientation", 0))),
            QMarginsF(float(left), float(top), float(right), float(bottom)),
            QPageLayout.Unit.Millimeter,
        )
    )
    options = settings.get("cups_options") or []
    if options and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        printer.printEngine().setProperty(CUPS_OPTIONS, [str(o) for o in options])
    pages = settings.get("pages")
    wanted = (int(pages[0]), int(pages[1])) if pages else None
    return printer, wanted
