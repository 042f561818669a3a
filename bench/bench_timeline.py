"""Timeline budgets: repaint time and aggregation time at 10k and 100k events.

Run: `.venv/bin/python bench/bench_timeline.py [--events 10000 100000] [--repeat 30]`.
Builds synthetic archives (a small built-in generator, or
`db.generate.generate_archive` with `--generator db`), then reports medians:

* SQL aggregation per filter change (`timeline_day_counts`, `timeline_extent`)
  and the SQL-only `timeline_density` for comparison;
* numpy re-binning per zoom step (`TimelineDays.counts`);
* `timeline_items` for a one-month window (marker mode), unfiltered and "In custody", beside
  a raw floor (3,000 events of that month through the date index, bare `sqlite3`);
* repaint of `TimelineView` at 1600x400 into a QImage (density, markers,
  density with a highlighted person), layout included. Budget: 16 ms. For the
  markers (the deepest zoom, where every item of a crowded week is loaded) also
  the repaint of the same view (a list, record, focus or hover change: the marks
  come from a pixmap) and how many marks were drawn for how many items (items on
  the same pixels of a lane share a mark that says how many it holds).

`--repaint-only` skips the SQL figures that take minutes on a big archive (the
filtered day counts, the SQL density, the one-month items); the items of the
deepest-zoom window are still read once.

Times are medians of CPU time (`time.process_time`), which stays meaningful
when other jobs share the machine.

`--archive BIG.db [--status in_custody] [--old]` instead measures a filter change on an
existing archive (read-only), once each: `timeline_overview` (what the window waits for:
the filtered span and day counts), with `--old` the two reads it replaced
(`timeline_extent` + `timeline_day_counts`), beside a raw floor on a bare `sqlite3`
connection: a hand-written GROUP BY (kind, day) over the same six tables and filter,
without the checks of untrusted dates or the span. Wall and CPU time, and the ratio. On an
archive with the interval index (db/timeline_spans.py) a second floor counts the same from
its per-person rows by hand.

`--add-index COPY.db` gives a copy of an archive written before the interval index its
tables, as an import does (pending migration steps, then the fill); never a shared file.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db import dates, writer
from db.connection import open_archive
from db.errors import ArchiveError
from db.records import PeopleQuery, PersonId
from db.timeline import (
    day_number,
    timeline_day_counts,
    timeline_density,
    timeline_extent,
    timeline_items,
    timeline_overview,
)

BUDGET_MS = 16.0
EVENT_KINDS = ("detained", "sentenced", "released", "pardoned", "exiled", "statement", "protest")


def _date(rng: random.Random, lo: int = 2015, hi: int = 2025) -> str:
    year = rng.randint(lo, hi)
    roll = rng.random()
    if roll < 0.05:
        return str(year)
    if roll < 0.15:
        return f"{year}-{rng.randint(1, 12):02d}"
    if roll < 0.18:
        return f"{year}-{rng.randint(21, 24)}"  # a season
    if roll < 0.2:
        return f"~{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def synthetic_docs(people: int, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """About four timeline items per person, spread over 2015-2025."""
    rng = random.Random(seed)
    docs: dict[str, list[dict[str, Any]]] = {
        "organizations": [{"id": "org-court", "name": "Court", "kind": "court"}],
        "people": [],
        "sentences": [],
        "events": [],
        "quotes": [],
    }
    statuses = ("in_custody", "released", "in_exile", "unknown")
    n_event = 0
    for i in range(people):
        pid = f"p{i}"
        docs["people"].append(
            {
                "id": pid,
                "display_name": f"Person {i}",
                "status": rng.choice(statuses),
                "region": rng.choice(("Minsk", "Homiel", "Brest", "Hrodna")),
                "names": [{"name": f"Person {i}", "lang": "en", "system": "passport"}],
            }
        )
        kinds = ["detained", *rng.sample(EVENT_KINDS[1:], rng.randint(1, 4))]
        for kind in kinds:
            n_event += 1
            docs["events"].append(
                {
                    "id": f"e{n_event}",
                    "kind": kind,
                    "date": _date(rng),
                    "description": f"{kind.replace('_', ' ').capitalize()}: person {i}",
                    "people": [pid],
                }
            )
        if "sentenced" in kinds:
            docs["sentences"].append(
                {
                    "id": f"s{i}",
                    "person_id": pid,
                    "court_id": "org-court",
                    "date": _date(rng),
                    "term_kind": "prison",
                    "term_months": rng.randint(6, 240),
                }
            )
        if rng.random() < 0.1:
            docs["quotes"].append(
                {
                    "id": f"q{i}",
                    "speaker_id": pid,
                    "text": "Words",
                    "lang": "en",
                    "date": _date(rng),
                }
            )
    return docs


def build_archive(path: Path, events: int, *, generator: str = "builtin") -> None:
    """An archive with about `events` timeline items."""
    people = max(1, events // 4)
    if generator == "db":
        import importlib

        importlib.import_module("db.generate").generate_archive(path, people)
        return
    docs = synthetic_docs(people)
    # EDTF parsing costs milliseconds per call and the synthetic dates repeat
    parse = dates.parse_optional
    dates.parse_optional = functools.lru_cache(maxsize=None)(parse)
    try:
        writer.build(path, {"title": "Timeline bench", "languages": ["en"]}, docs)
    finally:
        dates.parse_optional = parse


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    """Median CPU time of `fn` in ms.

    CPU time rather than wall time: the work is single-threaded, and CPU time
    stays meaningful on a machine busy with other jobs.
    """
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append((time.process_time() - t) * 1000)
    return statistics.median(times)


def bench(
    path: Path, repeat: int, *, sql_repeat: int | None = None, repaint_only: bool = False
) -> dict[str, float]:
    import numpy as np
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from viewer.widgets.timeline_view import BIN_PX, TimelineView

    app = QApplication.instance() or QApplication([])
    out: dict[str, float] = {}
    archive = open_archive(path, defer_checks=True)  # read-only; no whole-file check first
    db = archive.db
    q_all = PeopleQuery()
    q_some = PeopleQuery(statuses=("in_custody",))
    sql_repeat = sql_repeat or max(3, repeat // 5)
    days = timeline_day_counts(db, q_all)
    extent = timeline_extent(db, q_all)
    assert extent is not None
    out["items"] = days.total
    out["day_counts_all_ms"] = median_ms(lambda: timeline_day_counts(db, q_all), sql_repeat)
    out["extent_ms"] = median_ms(lambda: timeline_extent(db, q_all), sql_repeat)
    edges = np.linspace(day_number(extent[0]), day_number(extent[1]), 534)
    out["numpy_rebin_533_bins_ms"] = median_ms(lambda: days.counts(edges), repeat)
    if not repaint_only:
        out["day_counts_filtered_ms"] = median_ms(
            lambda: timeline_day_counts(db, q_some), sql_repeat
        )
        out["sql_density_533_bins_ms"] = median_ms(
            lambda: timeline_density(db, q_all, start=extent[0], end=extent[1], bins=533),
            sql_repeat,
        )
        out["items_one_month_ms"] = median_ms(
            lambda: timeline_items(db, q_all, start="2020-05-01", end="2020-05-31", limit=3000),
            sql_repeat,
        )
        out["items_one_month_filtered_ms"] = median_ms(
            lambda: timeline_items(db, q_some, start="2020-05-01", end="2020-05-31", limit=3000),
            sql_repeat,
        )
        out["raw_month_floor_ms"] = _raw_month_floor(path, sql_repeat)

    view = TimelineView()
    view.resize(1600, 400)
    view.set_data(days, extent)
    view.fit_all()
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def render(*, layout: bool = True) -> None:
        if layout:
            view._layout_key = None  # measure a full layout + paint, not a cached one
        painter = QPainter(image)
        view.render(painter, QPoint())
        painter.end()

    render()
    out["repaint_density_ms"] = median_ms(render, repeat)
    view.restore_zoom_state({"center": "2020-05-16", "span_days": 31})
    # marker mode needs no more than MARKER_LIMIT visible items; narrow if needed
    for _ in range(40):  # wants_items() is always true at the deepest zoom
        if view.wants_items() or view.visible_count() == 0:
            break
        view.zoom_by(1.5)
    lo, hi = view.visible_window()
    items = timeline_items(db, q_all, start=lo, end=hi, limit=3000)
    view.set_items((lo, hi), items)
    assert view.marker_mode()
    render()
    out["marker_items_visible"] = float(view.visible_count())
    out["marker_items_loaded"] = float(len(items))
    out["repaint_markers_ms"] = median_ms(render, repeat)
    out["repaint_markers_same_view_ms"] = median_ms(lambda: render(layout=False), repeat)
    marks = view.marks()
    out["marks_drawn"] = float(len(marks))
    out["items_in_marks"] = float(sum(n for _, n in marks))
    person = items[0].person_ids[0] if items and items[0].person_ids else PersonId("p0")
    mine = timeline_items(
        db, PeopleQuery(only_ids=(person,)), start="0001-01-01", end="9999-12-31", limit=2000
    )
    view.set_highlight(person, mine)
    view.fit_all()
    render()
    out["repaint_density_highlight_ms"] = median_ms(render, repeat)
    out["bins"] = float(np.ceil(view.plot_rect().width() / BIN_PX))
    archive.close()
    del app
    return out


RAW_MONTH_SQL = """
    SELECT id, kind, date_earliest, date_latest, description FROM events
    WHERE date_earliest BETWEEN '2020-05-01' AND '2020-05-31'
    ORDER BY date_earliest, id LIMIT 3000"""
"""The floor of a month's items: 3,000 events read through the date index on a bare connection."""


def _raw_month_floor(path: Path, repeat: int) -> float:
    import sqlite3

    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return median_ms(lambda: raw.execute(RAW_MONTH_SQL).fetchall(), repeat)
    finally:
        raw.close()


RAW_FILTERED_SQL = """
    WITH f(id) AS (SELECT id FROM people WHERE status IN (SELECT value FROM json_each(:s)))
    SELECT kind, CAST((julianday(a) + julianday(b)) / 2 - 1721424.5 AS INTEGER), COUNT(*) FROM (
        SELECT e.kind AS kind, e.date_earliest AS a, e.date_latest AS b FROM events e
            WHERE e.date_earliest IS NOT NULL
            AND e.id IN (SELECT event_id FROM event_people WHERE person_id IN f)
        UNION ALL SELECT 'sentence', date_earliest, date_latest FROM sentences
            WHERE date_earliest IS NOT NULL AND person_id IN f
        UNION ALL SELECT 'quote', date_earliest, date_latest FROM quotes q
            WHERE date_earliest IS NOT NULL AND (speaker_id IN f
            OR id IN (SELECT quote_id FROM quote_subjects WHERE person_id IN f))
        UNION ALL SELECT 'placement', start_earliest, start_latest FROM placements
            WHERE start_earliest IS NOT NULL AND person_id IN f
        UNION ALL SELECT 'recognition', date_earliest, date_latest FROM recognitions
            WHERE date_earliest IS NOT NULL AND person_id IN f
        UNION ALL SELECT 'appeal', x.date_earliest, x.date_latest FROM appeals x
            JOIN sentences s ON s.id = x.sentence_id
            WHERE x.date_earliest IS NOT NULL AND s.person_id IN f)
    GROUP BY 1, 2"""
"""The floor of a filtered timeline: what a hand-written query reads (format 2 archives)."""


RAW_PERSON_ROWS_SQL = """
    SELECT lane, day, COUNT(*) FROM (
        SELECT DISTINCT t.source, t.item_pk, t.lane, t.day FROM people p
        CROSS JOIN timeline_person_items t ON t.person_pk = p.pk
        WHERE p.status IN (SELECT value FROM json_each(:s)))
    GROUP BY 1, 2"""
"""The same counts by hand from the per-person rows (archives with the interval index)."""


def _timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def filtered(path: Path, status: str, old: bool) -> int:
    """A filter change on an existing archive: ours beside the raw floor (see the docstring)."""
    import json
    import sqlite3

    print(f"load average before: {os.getloadavg()}")
    q = PeopleQuery(statuses=(status,))
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows: list[tuple[Any, ...]] = []
    floor_wall, floor_cpu, _ = _timed(
        lambda: rows.extend(raw.execute(RAW_FILTERED_SQL, {"s": json.dumps([status])}))
    )
    raw.close()
    floor_items = sum(int(r[2]) for r in rows)
    print(f"raw sqlite3 floor: {floor_wall:.1f} s wall, {floor_cpu:.1f} s CPU, {floor_items} items")
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    if raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'timeline_person_items'").fetchone():
        rows = []
        wall, cpu, _ = _timed(
            lambda: rows.extend(raw.execute(RAW_PERSON_ROWS_SQL, {"s": json.dumps([status])}))
        )
        print(
            f"raw sqlite3 over timeline_person_items: {wall:.1f} s wall, {cpu:.1f} s CPU,"
            f" {sum(int(r[2]) for r in rows)} items"
        )
    raw.close()
    with open_archive(path, defer_checks=True) as archive:
        wall = time.perf_counter()
        cpu = time.process_time()
        extent, days = timeline_overview(archive.db, q)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        total = days.total if days is not None else 0
        print(
            f"timeline_overview: {wall:.1f} s wall, {cpu:.1f} s CPU, {total} items, span {extent}"
            f" ({wall / max(floor_wall, 1e-9):.2f}x the floor's wall, "
            f"{cpu / max(floor_cpu, 1e-9):.2f}x its CPU)"
        )
        if old:
            wall, cpu, _ = _timed(
                lambda: (timeline_extent(archive.db, q), timeline_day_counts(archive.db, q))
            )
            print(
                f"before (extent + day counts): {wall:.1f} s wall, {cpu:.1f} s CPU"
                f" ({wall / max(floor_wall, 1e-9):.2f}x the floor's wall, "
                f"{cpu / max(floor_cpu, 1e-9):.2f}x its CPU)"
            )
    print(f"load average after: {os.getloadavg()}")
    return 0


def add_index(path: Path) -> int:
    """Give a copy of an archive the interval index as an import does (it writes to the file)."""
    import json
    import sqlite3

    from sqlite_utils import Database

    from db import migrations as schema
    from db.timeline import _has_format2, _lane_case
    from db.timeline_spans import TABLES, store_timeline_spans

    db = Database(sqlite3.connect(path, isolation_level=None))
    db.execute("PRAGMA temp_store = FILE")  # sorting 30 million rows
    wall, cpu, _ = _timed(lambda: schema.apply(db))
    print(f"migrations: {wall:.1f} s wall, {cpu:.1f} s CPU")

    def fill() -> None:
        with db.atomic():
            store_timeline_spans(db, format2=_has_format2(db), lane_case=_lane_case)

    wall, cpu, _ = _timed(fill)
    rows = db.execute("SELECT SUM(items) FROM timeline_span_classes").fetchone()[0]
    size = db.execute(
        "SELECT SUM(pgsize) FROM dbstat WHERE name IN (SELECT value FROM json_each(?))",
        [json.dumps(TABLES)],
    ).fetchone()[0]
    print(f"interval index: {rows} items, {size / 1e6:.0f} MB, {wall:.1f} s wall, {cpu:.1f} s CPU")
    db.close()
    return 0


def _opens(path: Path) -> bool:
    try:
        open_archive(path).close()
    except ArchiveError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="folder to keep the generated archives in")
    parser.add_argument(
        "--archive",
        type=Path,
        help="measure this existing archive instead (read-only; each SQL figure timed once)",
    )
    parser.add_argument(
        "--generator",
        choices=("builtin", "db"),
        default="builtin",
        help="build archives with this script's generator or db.generate",
    )
    parser.add_argument(
        "--filtered",
        action="store_true",
        help="with --archive: measure one filter change instead (beside raw SQLite)",
    )
    parser.add_argument("--status", default="in_custody", help="the status filter (--filtered)")
    parser.add_argument("--old", action="store_true", help="also the reads before the overview")
    parser.add_argument(
        "--sql-repeat", type=int, default=1, help="with --archive: calls per SQL figure (median)"
    )
    parser.add_argument(
        "--add-index",
        type=Path,
        metavar="COPY.db",
        help="add the timeline's interval index to this archive (a copy: it is written to)",
    )
    parser.add_argument(
        "--repaint-only",
        action="store_true",
        help="skip the slow SQL figures (filtered day counts, SQL density, one month's items)",
    )
    args = parser.parse_args(argv)
    if args.add_index is not None:
        return add_index(args.add_index)
    if args.filtered and args.archive is None:
        parser.error("--filtered needs --archive BIG.db")
    if args.filtered:
        return filtered(args.archive, args.status, args.old)
    ok = True
    if args.archive is not None:
        figures = bench(
            args.archive, args.repeat, sql_repeat=args.sql_repeat, repaint_only=args.repaint_only
        )
        print(f"--- {args.archive.name} ({int(figures['items'])} timeline items) ---")
        for key, value in figures.items():
            print(f"  {key:32s} {value:10.2f}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        for n in args.events:
            path = folder / f"timeline-{n}.db"
            if path.exists() and not _opens(path):
                path.unlink()  # kept from an older schema
            if not path.exists():
                t = time.perf_counter()
                build_archive(path, n, generator=args.generator)
                print(f"built {path.name} in {time.perf_counter() - t:.1f} s")
            figures = bench(path, args.repeat, repaint_only=args.repaint_only)
            print(f"--- about {n} events ({int(figures['items'])} timeline items) ---")
            for key, value in figures.items():
                print(f"  {key:32s} {value:10.2f}")
            for key in (
                "repaint_density_ms",
                "repaint_markers_ms",
                "repaint_markers_same_view_ms",
                "repaint_density_highlight_ms",
            ):
                if figures[key] > BUDGET_MS:
                    ok = False
                    print(f"  OVER BUDGET: {key} {figures[key]:.1f} ms > {BUDGET_MS} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
