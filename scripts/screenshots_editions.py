"""Screenshots of the publish and compare dialogs and the "Changed since" chip, offscreen.

    .venv/bin/python scripts/screenshots_editions.py                # English
    .venv/bin/python scripts/screenshots_editions.py --language be  # …-be.png

Opens a second edition of the sample (db.editions: one person in seven
changed, one added), makes a publishable copy with a few redactions, then
compares with the sample. Everything is written to a throwaway folder;
only the PNGs go to docs/screenshots.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def _wait(app: Any, done: Callable[[], bool], timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(30):  # let layouts and paints finish
        app.processEvents()
        time.sleep(0.01)


def _save(widget: Any, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="", help="be, ru or en (default: English)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="kartoteka-shots-"))
    os.environ["KARTOTEKA_DATA_DIR"] = str(scratch)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QComboBox

    from db.editions import next_edition
    from db.sample import build_sample
    from viewer.app import application, build_window
    from viewer.settings import Settings

    sample = scratch / "sample.db"
    build_sample(sample)
    edition = scratch / "archive-edition-2.db"
    changes = next_edition(sample, edition, every=7, added=1, edition="2")
    suffix = f"-{args.language}" if args.language else ""

    app = application()
    settings = Settings(scratch / "s.ini")
    settings.set_language(args.language or "en")
    window = build_window(edition, settings)
    window.resize(1280, 820)
    window.show()
    _wait(app, lambda: window.is_ready() and window.archive() is not None)
    _wait(app, lambda: window.browse.settled() and window.record.settled())

    dialog = window.edition_dialogs.open_publish()
    _wait(app, lambda: dialog.choices is not None and dialog.preview is not None)
    dialog.ids_edit.setText("p-kalesnikava")
    for name, action in (("people.biography", "drop"), ("people.birth", "year")):
        combo = dialog.findChild(QComboBox, f"PublishField:{name}")
        combo.setCurrentIndex(combo.findData(action))
    dialog._publisher_boxes["org-euronews"].setChecked(True)
    dialog.preview = None
    dialog.update_preview()
    _wait(app, lambda: dialog.preview is not None)
    _save(dialog, f"publish-dialog{suffix}.png")
    dialog.out_edit.setText(str(scratch / "published"))
    dialog.start()
    _wait(app, lambda: dialog.report is not None)
    _save(dialog, f"publish-report{suffix}.png")
    dialog.close()

    from db.annotations.records import EntityRef

    _wait(app, window.annotations.is_ready)
    store, archive_id = window.annotations.store, window.annotations.archive_id
    for gone in sorted(changes.changed["removed"]):  # a note on someone the edition lacks
        store.add_note(EntityRef(archive_id, "person", gone), "Ask the family first.")
    window.edition_dialogs.compare(sample)
    _wait(app, lambda: window.edition_dialogs.compare_dialog is not None)
    compare = window.edition_dialogs.compare_dialog
    _save(compare, f"compare-dialog{suffix}.png")
    compare.show_button.click()
    _wait(app, lambda: window.browse.settled() and window.record.settled())
    _save(window, f"changed-since-chip{suffix}.png")
    window.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
