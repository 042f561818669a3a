"""Regenerate the screenshots in docs/screenshots, offscreen.

    .venv/bin/python scripts/screenshots.py                    # the sample archive
    .venv/bin/python scripts/screenshots.py --large BIG.db     # plus a large archive
    .venv/bin/python scripts/screenshots.py --language be      # main-sample-be.png etc.
    .venv/bin/python scripts/screenshots.py --dark             # main-sample-dark.png etc.
    .venv/bin/python scripts/screenshots.py --sizes --language be   # window-be-1600x1000.png …

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="a large (e.g. 1M-person) archive")
    parser.add_argument("--language", default="", help="be, ru or en (default: the system's)")
    parser.add_argument("--dark", action="store_true", help="a dark palette (Fusion style)")
    parser.add_argument(
        "--sizes", action="store_true", help="the searching window at 1600x1000, 1366x768, 1024x640"
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
