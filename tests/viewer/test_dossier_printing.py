"""The printer chosen in the print dialog is set up the same way in the dossier child.

Printing to a PDF file (this machine has no printers): duplex and CUPS options belong to a
real printer and are not checked here.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from viewer.dossier.printing import new_printer, printer_settings


def test_printer_settings_survive_the_trip_to_the_child(qapp: object, tmp_path: object) -> None:
    chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
    chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    chosen.setOutputFileName(f"{tmp_path}/out.pdf")
    chosen.setCopyCount(2)
    chosen.setCollateCopies(False)
    chosen.setColorMode(QPrinter.ColorMode.GrayScale)
    chosen.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 12, 14, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    chosen.setPrintRange(QPrinter.PrintRange.PageRange)
    chosen.setFromTo(2, 5)
    settings = json.loads(json.dumps(printer_settings(chosen)))  # as the pipe carries them
    again, wanted = new_printer(settings)
    assert wanted == (2, 5)
    assert again.outputFileName() == chosen.outputFileName()
    assert again.outputFormat() == QPrinter.OutputFormat.PdfFormat
    assert again.copyCount() == 2
    assert not again.collateCopies()
    assert again.colorMode() == QPrinter.ColorMode.GrayScale
    layout = again.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (10, 12, 14, 16)


def test_all_pages_and_a_custom_paper(qapp: object) -> None:
    chosen = QPrinter()
    chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    chosen.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    settings = printer_settings(chosen)
    assert settings["pages"] is None
    again, wanted = new_printer(settings)
    assert wanted is None
    assert again.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
