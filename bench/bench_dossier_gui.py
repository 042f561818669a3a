"""The dossier dialog on a big list: time, size, and how long the GUI thread ever waits.

Run: `.venv/bin/python bench/bench_dossier_gui.py [--people 1000] [--dir D]` (not part of the
test suite). Builds a window offscreen on a generated archive of --people people, opens File ▸
Print / Save dossier as PDF…, chooses "Everyone in the list" and writes the PDF through the
dialog (the DossierController on the task runner, which has a child process lay the pages out),
while a 5 ms timer on the GUI thread records the longest gap between its ticks (a stall the user
would feel). Then the same again, cancelled once the progress bar passes half way: the time until
it stops and that no file is left; then printed (to a PDF file, as the print dialog's "Print to
file" does). Baselines in the same run: the same timer on a bare event loop (the window idle) for
as long as the dossier took, and `write_dossier` of the same people in this process without the
window (what the work itself costs).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="kartoteka-bench-"))
    os.environ["KARTOTEKA_DATA_DIR"] = str(folder / "data")

    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrinter

    from db.connection import open_archive
    from db.generate import generate_archive
    from db.people import get_rows, list_people
    from db.records import PeopleQuery
    from viewer.app import application, build_window
    from viewer.dialogs.dossier import DossierDialog
    from viewer.dossier import DossierOptions, write_dossier
    from viewer.output_parts import open_dossier_dialog
    from viewer.settings import Settings

    archive_path = folder / "bench.db"
    if not archive_path.exists():
        generate_archive(archive_path, args.people)
    app = application()
    window = build_window(archive_path, Settings(folder / "settings.ini"))
    window.show()
    deadline = time.monotonic() + 120
    while not (window.is_ready() and window.archive() is not None and window.browse.settled()):
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("the window did not open the archive")
        time.sleep(0.005)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    def run(out: Path, cancel_at: float | None, printing: bool = False) -> tuple[float, float, str]:
        dialog = open_dossier_dialog(window)
        assert isinstance(dialog, DossierDialog)
        dialog.list_button.setChecked(True)
        done: list[str] = []
        controller = window.output.dossier
        controller.finished.connect(lambda _r: done.append("finished"))
        controller.printed.connect(lambda _r: done.append("printed"))
        controller.cancelled.connect(lambda: done.append("cancelled"))
        controller.failed.connect(lambda e: done.append(f"failed: {e}"))
        gaps.clear()
        last[0] = time.perf_counter()
        timer.start()
        started = time.perf_counter()
        cancelled_at = 0.0
        if printing:

            def to_file(printer: QPrinter, _dialog_class: type) -> bool:
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(out))
                gaps.clear()  # the print dialog is modal: count from when it closes
                last[0] = time.perf_counter()
                return True

            dialog.ask_printer = to_file  # type: ignore[method-assign,assignment]
            dialog.print_button.click()
        else:
            dialog.save_to(out)
        while not done:
            app.processEvents()
            bar = dialog.progress
            if (
                cancel_at is not None
                and not cancelled_at
                and bar.maximum() > 0
                and bar.value() >= cancel_at * bar.maximum()
            ):
                cancelled_at = time.perf_counter()
                dialog.cancel_button.click()
            time.sleep(0.001)
        timer.stop()
        ended = time.perf_counter()
        dialog.close()
        stop = ended - cancelled_at if cancelled_at else 0.0
        return ended - started, stop, done[0]

    def stats() -> str:
        if not gaps:
            return "no ticks"
        ordered = sorted(gaps)
        p99 = ordered[int(0.99 * (len(ordered) - 1))]
        over = sum(g > 0.05 for g in gaps)
        return (
            f"longest {ordered[-1] * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
            f"{over} gaps over 50 ms of {len(gaps)} ticks"
        )

    def bare(seconds: float) -> str:
        gaps.clear()
        last[0] = time.perf_counter()
        timer.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        return stats()

    out = folder / "all.pdf"
    seconds, _stop, what = run(out, None)
    size = out.stat().st_size if out.exists() else 0
    print(f"{args.people} people through the dialog: {seconds:.1f} s, {size / 1e6:.1f} MB ({what})")
    print(f"  GUI-thread gaps while writing: {stats()}")
    print(f"  a bare event loop for as long (same timer): {bare(seconds)}")
    cancelled = folder / "cancelled.pdf"
    seconds, stop, what = run(cancelled, 0.5)
    left = cancelled.exists() or any(folder.glob(".*partial"))
    print(
        f"cancelled at half way: stopped {stop * 1000:.0f} ms after Cancel ({what}), "
        f"file left: {left}; gaps: {stats()}"
    )
    printed = folder / "printed.pdf"
    seconds, _stop, what = run(printed, None, printing=True)
    size = printed.stat().st_size if printed.exists() else 0
    print(f"printed (to a PDF file): {seconds:.1f} s, {size / 1e6:.1f} MB ({what})")
    print(f"  GUI-thread gaps while printing: {stats()}")
    print(f"  a bare event loop for as long (same timer): {bare(seconds)}")
    window.close()

    archive = open_archive(archive_path)
    try:
        plist = list_people(archive.db, PeopleQuery())
        ids = [r.id for r in get_rows(archive.db, plist.pks(archive.db, 0, plist.count))]
        started = time.perf_counter()
        write_dossier(archive.db, ids, folder / "floor.pdf", DossierOptions(language="en"))
        floor = time.perf_counter() - started
    finally:
        archive.close()
    print(f"floor: write_dossier of the same people without the window: {floor:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
