"""Dossiers: one person's or many people's records as a printable, cited PDF.

    from viewer.dossier import DossierOptions, write_dossier
    report = write_dossier(db, ["p-tsikhanouski"], Path("out.pdf"), DossierOptions(language="be"))

`build_html` gives one person's section (what the PDF holds), `write_dossier`
lays sections out with QTextDocument and paints them with QPdfWriter. Needs
a QGuiApplication (an offscreen one is enough); never touches the network.
"""

from __future__ import annotations

from viewer.dossier.pdf import (
    DossierCancelledError,
    DossierOptions,
    DossierReport,
    write_dossier,
)
from viewer.dossier.section import build_html
from viewer.dossier.wording import DossierWording

__all__ = [
    "DossierCancelledError",
    "DossierOptions",
    "DossierReport",
    "DossierWording",
    "build_html",
    "write_dossier",
]
