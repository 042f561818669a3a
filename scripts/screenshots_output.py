"""Screenshots of what leaves the window: the record summary (be/ru/en), the dossier dialog, a page.

    .venv/bin/python scripts/screenshots_output.py

Writes docs/screenshots/record-summary-{be,ru,en}.png (the record of Siarhei
Tsikhanouski with its summary; names follow the interface language),
dossier-dialog.png, and dossier-page-{be,ru}.png (page 1 of a dossier PDF
rendered with QtPdf). Offscreen; settings go to a throwaway folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "docs" / "screenshots"
PERSON = "p-tsikhanouski"


def go_to_person(window: Any) -> None:
    window.go_to_person(PERSON)


def dossier_dialog(sample: Path, out: Path) -> None:
    from screenshots import _settle

    from viewer.app import application, build_window
    from viewer.output_parts import open_dossier_dialog
    from viewer.settings import Settings

    app = application()
    settings = Settings(Path(os.environ["KARTOTEKA_DATA_DIR"]) / "d.ini")
    settings.set_language("en")
    window = build_window(sample, settings)
    window.show()
    _settle(app, window, 120)
    window.go_to_person(PERSON)
    _settle(app, window, 120)
    dialog = open_dossier_dialog(window)
    assert dialog is not None
    dialog.adjustSize()
    app.processEvents()
    dialog.grab().save(str(out))
    dialog.close()
    window.close()
    print(f"wrote {out.relative_to(ROOT)}")


def dossier_page(sample: Path, language: str, out: Path) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    from db.connection import open_archive
    from viewer.app import application
    from viewer.dossier import DossierOptions, write_dossier

    application()
    pdf = Path(os.environ["KARTOTEKA_DATA_DIR"]) / f"dossier-{language}.pdf"
    archive = open_archive(sample)
    try:
        write_dossier(archive.db, [PERSON], pdf, DossierOptions(language=language))
    finally:
        archive.close()
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    scale = 1000 / size.width()
    page = document.render(0, QSize(1000, round(size.height() * scale)))
    framed = QImage(page.size(), QImage.Format.Format_RGB32)
    framed.fill(QColor("white"))
    painter = QPainter(framed)
    painter.drawImage(0, 0, page)
    painter.end()
    framed.save(str(out))
    print(f"wrote {out.relative_to(ROOT)}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KARTOTEKA_DATA_DIR"] = tempfile.mkdtemp(prefix="kartoteka-shots-")
    from screenshots import shoot

    from db.sample import default_sample_path

    OUT.mkdir(parents=True, exist_ok=True)
    sample = default_sample_path()
    for language in ("be", "ru", "en"):
        out = OUT / f"record-summary-{language}.png"
        shoot(sample, out, language=language, prepare=go_to_person, size=(1366, 820))
    dossier_dialog(sample, OUT / "dossier-dialog.png")
    for language in ("be", "ru"):
        dossier_page(sample, language, OUT / f"dossier-page-{language}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
