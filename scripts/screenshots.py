"""Regenerate the screenshots in docs/screenshots, offscreen.

    .venv/bin/python scripts/screenshots.py                    # the sample archive
    .venv/bin/python scripts/screenshots.py --large BIG.db     # plus a large archive
    .venv/bin/python scripts/screenshots.py --language be      # main-sample-be.png etc.
    .venv/bin/python scripts/screenshots.py --dark             # main-sample-dark.png etc.
    .venv/bin/python scripts/screenshots.py --sizes --language be   # window-be-1600x1000.png …
    .venv/bin/python scripts/screenshots.py --format2 --language be  # record-format2-be.png …

`--sizes` shoots the window searching (ranked list, its chip, the record)
at 1600×1000, 1366×768 and 1024×640, named by variant: light, dark, be, ru.

A large archive comes from `kartoteka generate --people 1000000 BIG.db`. Settings and
annotations go to a throwaway folder, so the user's own are never touched.
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


SIZES = ((1600, 1000), (1366, 768), (1024, 640))
SEARCH = "Ціханоўскі"


def _settle(app: object, window: object, timeout_s: float) -> None:
    """Run the event loop until the list, facets, record and timeline have all arrived."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.monotonic() + timeout_s
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        app.processEvents()
        ready = (
            window.is_ready()  # type: ignore[attr-defined]
            and window.archive() is not None  # type: ignore[attr-defined]
            and not window.tasks.is_busy()  # type: ignore[attr-defined]
            and window.browse.settled()  # type: ignore[attr-defined]
            and window.record.settled()  # type: ignore[attr-defined]
            and "…" not in window.timeline_pane.summary_text()  # type: ignore[attr-defined]
        )
        if ready:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 1.0:
                return
        else:
            quiet_since = None
        time.sleep(0.01)
    raise SystemExit(f"the window was not ready within {timeout_s:.0f} s")


def shoot(
    archive: Path,
    out: Path,
    *,
    person_row: int = 0,
    timeout_s: float = 600,
    language: str = "",
    prepare: Callable[[Any], None] | None = None,
    size: tuple[int, int] = (1280, 820),
) -> None:
    from viewer.app import application, build_window
    from viewer.settings import Settings

    app = application()
    settings = Settings(Path(os.environ["KARTOTEKA_DATA_DIR"]) / "s.ini")
    settings.set_language(language)
    window = build_window(archive, settings)
    window.resize(*size)
    window.show()
    _settle(app, window, timeout_s)
    if person_row:
        window.list_pane.select_row(person_row)
        _settle(app, window, timeout_s)
    if prepare is not None:
        prepare(window)
        _settle(app, window, timeout_s)
    window.grab().save(str(out))
    window.close()
    print(f"wrote {out.relative_to(ROOT)}")


DARK = {
    "Window": "#202124",
    "WindowText": "#e8eaed",
    "Base": "#17181a",
    "AlternateBase": "#26272a",
    "Text": "#e8eaed",
    "Button": "#303134",
    "ButtonText": "#e8eaed",
    "PlaceholderText": "#9aa0a6",
    "Highlight": "#3b6fc4",
    "HighlightedText": "#ffffff",
    "Light": "#4a4b4f",
    "Midlight": "#3c4043",
    "Mid": "#5f6368",
    "Dark": "#111214",
    "ToolTipBase": "#303134",
    "ToolTipText": "#e8eaed",
}
"""A dark desktop theme's palette, to check every pane reads on it."""


def use_dark_palette() -> None:
    from PySide6.QtGui import QColor, QPalette

    from viewer.app import application
    from viewer.palette_colours import make_placeholder_readable

    app = application()
    app.setStyle("Fusion")
    from viewer.widgets import check_style

    check_style.install(app)
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    app.setPalette(palette)
    make_placeholder_readable(app)


def annotate(window: Any) -> None:
    """A dated note and a proposed correction on the person shown, as an archivist adds them."""
    record = window.detail_pane.record()
    session = window.annotations
    ref = session.ref("person", record.id)
    session.apply(
        lambda s: s.add_note(ref, "Ask the family for the **release** documents.", date="2025-06")
    )
    if record.region:  # in the sample: Homiel (the city); the court record names the region
        session.apply(
            lambda s: s.propose_correction(
                ref,
                "region",
                f"{record.region} Region",
                original=record.region,
                reason="The verdict names the region, not the city.",
            )
        )


def search(window: Any) -> None:
    """A search, as typed: the ranked list, its chip, the record of the best match."""
    window.search_box.setText(SEARCH)


def format2_archive(folder: Path) -> Path:
    """The invented format 2 fixture of the tests, with a portrait-sized (drawn) photo and
    two more people in custody, so the Letters list has rows to order."""
    import base64
    import io
    import json

    from PIL import Image, ImageDraw

    from db.importing import import_files
    from tests.data.format_v2 import v2_documents

    docs = v2_documents()
    image = Image.new("RGB", (300, 380), (214, 220, 228))
    draw = ImageDraw.Draw(image)
    draw.ellipse((95, 60, 205, 180), fill=(120, 132, 150))  # a silhouette, not a person
    draw.ellipse((45, 190, 255, 430), fill=(120, 132, 150))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    docs["attachments"][0]["data"] = base64.b64encode(buf.getvalue()).decode("ascii")
    for pid, name, be, ru, birth, facility in (
        ("p-hanna", "Hanna Zhuk", "Ганна Жук", "Анна Жук", "1985-12-02", "org-sizo1"),
        ("p-ihar", "Ihar Maroz", "Ігар Мароз", "Игорь Мороз", "1979-07", "org-ik3"),
    ):
        docs["people"].append(
            {
                "id": pid,
                "display_name": name,
                "status": "in_custody",
                "birth": birth,
                "names": [{"name": be, "lang": "be-Cyrl"}, {"name": ru, "lang": "ru-Cyrl"}],
                "roles": ["prisoner", "blogger"],
            }
        )
        docs["placements"].append(
            {"id": f"pl-{pid}", "person_id": pid, "facility_id": facility, "start": "2023-05"}
        )
    src = folder / "format2.json"
    src.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    out = folder / "format2.db"
    import_files(out, [src])
    return out


def _show_ales(window: Any) -> None:
    window.go_to_person("p-ales")


def _letters_mode(window: Any) -> None:
    window.action_map["letters_mode"].trigger()


def format2_shots(folder: Path, suffix: str, lang: str) -> None:
    """The record with its format 2 sections, the timeline's transfers, the Letters list."""
    archive = format2_archive(folder)

    def record_and_timeline(window: Any) -> None:
        _show_ales(window)
        window.main_splitter.setSizes([620, 380])

    def sentence(window: Any) -> None:
        from PySide6.QtWidgets import QApplication

        _show_ales(window)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(window.detail_pane.photo_slots()) < 2:
            QApplication.processEvents()  # the record and its photos, decoded
            time.sleep(0.01)
        window.record_splitter.setSizes([900, 0])
        bar = window.detail_pane.browser.verticalScrollBar()
        bar.setValue(bar.maximum())  # the sentence with its trial and appeal, and the sources

    size = (1400, 1000)
    shoot(
        archive,
        OUT / f"record-format2{suffix}.png",
        language=lang,
        prepare=record_and_timeline,
        size=size,
    )
    shoot(
        archive,
        OUT / f"record-format2-sentence{suffix}.png",
        language=lang,
        prepare=sentence,
        size=size,
    )
    shoot(archive, OUT / f"letters{suffix}.png", language=lang, prepare=_letters_mode, size=size)

    def letters_of_bloggers(window: Any) -> None:
        _letters_mode(window)
        window.browse.toggle("roles", "blogger")  # a chip: the Letters list narrows with it

    shoot(
        archive,
        OUT / f"letters-filtered{suffix}.png",
        language=lang,
        prepare=letters_of_bloggers,
        size=size,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="a large (e.g. 1M-person) archive")
    parser.add_argument("--language", default="", help="be, ru or en (default: the system's)")
    parser.add_argument("--dark", action="store_true", help="a dark palette (Fusion style)")
    parser.add_argument(
        "--sizes", action="store_true", help="the searching window at 1600x1000, 1366x768, 1024x640"
    )
    parser.add_argument(
        "--format2",
        action="store_true",
        help="a small invented format 2 archive: the record's custody, photo and appeals, "
        "the timeline's transfers and the Letters list",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.mkdtemp(prefix="kartoteka-shots-")
    os.environ["KARTOTEKA_DATA_DIR"] = scratch
    sys.path.insert(0, str(ROOT))
    from db.sample import default_sample_path

    OUT.mkdir(parents=True, exist_ok=True)
    sample = default_sample_path()
    lang = args.language
    suffix = (f"-{lang}" if lang else "") + ("-dark" if args.dark else "")
    if args.dark:
        use_dark_palette()
    if args.format2:
        format2_shots(Path(scratch), suffix, lang)
        return 0
    if args.sizes:
        variant = lang or ("dark" if args.dark else "light")
        for width, height in SIZES:
            out = OUT / f"window-{variant}-{width}x{height}.png"
            shoot(sample, out, language=lang, prepare=search, size=(width, height))
        return 0
    shoot(sample, OUT / f"main-sample{suffix}.png", language=lang)
    shoot(sample, OUT / f"detail-sample{suffix}.png", person_row=6, language=lang)
    shoot(
        sample,
        OUT / f"annotations{suffix}.png",
        person_row=6,
        language=lang,
        prepare=annotate,
    )
    if args.large is not None:
        shoot(args.large, OUT / f"main-large{suffix}.png", person_row=3, language=lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
