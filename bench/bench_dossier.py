"""Dossier and reader budgets: one person's PDF, a 1,000-person PDF, summary columns, name order.

Run: `.venv/bin/python bench/bench_dossier.py [--people 1000] [--archive-people 20000] [--dir D]`
(not part of the test suite). Figures, each beside a raw-sqlite3 floor measured in the same run:

* one person: `write_dossier` of Siarhei Tsikhanouski from the bundled sample (records read,
  names in Belarusian, summary, layout, PDF written), median of --repeat runs. Budget: <= 1 s.
  Floor: the raw SELECTs of the same rows (person, names, sentences, charges, events, quotes,
  relations, citations) on a bare sqlite3 connection.
* many people: `write_dossier` of the first --people people a filter keeps (in custody, sorted
  by Belarusian name) in a generated archive, with progress printed and a second run cancelled
  at half way (time until it stops, and that no file is left). Time, pages and size reported.
  Floor: the same raw SELECTs for those people.
* derived tables: `store_summaries` + `store_name_order` (what db.writer adds per build) against
  the whole build of the generated archive; and a page of 200 list rows with their summaries
  (`get_summaries`) and Belarusian names (`person_names_by_pk`) against one raw SELECT of the
  stored columns, and the first page of the list sorted by Belarusian name against the raw
  rank query.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from db.connection import open_archive
from db.generate import generate_archive
from db.people import list_people
from db.records import NameScript, PeopleQuery
from db.sample import build_sample
from db.shown_names import person_names_by_pk, store_name_order
from db.summary import get_summaries, store_summaries
from viewer.dossier import DossierCancelledError, DossierOptions, write_dossier

RAW_RECORD = (
    "SELECT * FROM people WHERE id = :id",
    "SELECT * FROM person_names WHERE person_id = :id",
    "SELECT * FROM sentences WHERE person_id = :id",
    "SELECT c.* FROM charges c JOIN sentences s ON s.id = c.sentence_id WHERE s.person_id = :id",
    "SELECT e.* FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE ep.person_id = :id",
    "SELECT * FROM quotes WHERE speaker_id = :id",
    "SELECT * FROM relations WHERE person_id = :id OR other_person_id = :id",
    "SELECT * FROM citations WHERE entity_id = :id",
)


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _raw_records(path: Path, ids: list[str]) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    for pid in ids:
        for sql in RAW_RECORD:
            conn.execute(sql, {"id": pid}).fetchall()
    conn.close()


def one_person(folder: Path, repeat: int) -> None:
    sample = folder / "sample.db"
    if not sample.exists():
        build_sample(sample)
    out = folder / "one.pdf"
    with open_archive(sample) as archive:
        options = DossierOptions(language="be")
        write_dossier(archive.db, ["p-tsikhanouski"], out, options)  # warm-up (fonts, .ts)
        took = _median(lambda: write_dossier(archive.db, ["p-tsikhanouski"], out, options), repeat)
    raw = _median(lambda: _raw_records(sample, ["p-tsikhanouski"]), repeat)
    size = out.stat().st_size
    print(
        f"one person (be): {took * 1000:.0f} ms (budget 1000 ms), {size / 1024:.0f} KB; "
        f"raw SELECTs {raw * 1000:.2f} ms, ratio {took / raw:.0f}x"
    )


def many_people(folder: Path, people: int, archive_people: int) -> None:
    path = folder / f"generated-{archive_people}.db"
    if not path.exists():
        t = time.perf_counter()
        generate_archive(path, archive_people)
        print(f"generated {archive_people:,} people in {time.perf_counter() - t:.1f} s")
    with open_archive(path) as archive:
        db = archive.db
        q = PeopleQuery(statuses=("in_custody",), names=NameScript.BELARUSIAN)
        plist = list_people(db, q)
        pks = plist.pks(db, 0, people)
        ids = [
            str(db.execute("SELECT id FROM people WHERE pk = ?", [pk]).fetchone()[0]) for pk in pks
        ]
        out = folder / f"many-{people}.pdf"
        last = [-1]

        def progress(done: int, total: int) -> None:
            pct = 100 * done // max(1, total)
            if pct // 10 != last[0]:
                last[0] = pct // 10
                print(f"  progress {pct:3d}% ({done}/{total})", flush=True)

        report = write_dossier(db, ids, out, DossierOptions(language="be"), progress=progress)
        raw = _median(lambda: _raw_records(path, ids), 1)
        print(
            f"{report.people:,} people (be): {report.seconds:.1f} s, {report.pages:,} pages, "
            f"{report.bytes / 1e6:.1f} MB; raw SELECTs {raw:.2f} s, "
            f"ratio {report.seconds / raw:.0f}x"
        )
        stop_at = len(ids)  # half of the 2*n progress units
        asked = [0.0]

        def cancelled() -> bool:
            return asked[0] > 0

        def progress_cancel(done: int, total: int) -> None:
            if done >= stop_at and not asked[0]:
                asked[0] = time.perf_counter()

        cancelled_out = folder / "cancelled.pdf"
        try:
            write_dossier(
                db,
                ids,
                cancelled_out,
                DossierOptions(language="be"),
                progress=progress_cancel,
                cancelled=cancelled,
            )
        except DossierCancelledError:
            print(
                f"cancel at 50%: stopped {1000 * (time.perf_counter() - asked[0]):.0f} ms "
                f"after the request; file left behind: {cancelled_out.exists()}"
            )

        # derived tables and list pages
        conn = sqlite3.connect(path)
        from sqlite_utils import Database

        wdb = Database(conn)
        t = time.perf_counter()
        with wdb.atomic():
            store_summaries(wdb)
        summaries = time.perf_counter() - t
        t = time.perf_counter()
        with wdb.atomic():
            store_name_order(wdb)
        names = time.perf_counter() - t
        conn.close()
        print(
            f"derived tables for {archive_people:,} people: summaries {summaries:.1f} s, "
            f"name order {names:.1f} s"
        )
        first = list_people(db, PeopleQuery())
        page = first.pks(db, 0, 200)

        def our_page() -> None:
            get_summaries(db, page)
            person_names_by_pk(db, page, NameScript.BELARUSIAN)

        ours = _median(our_page, 30)
        raw_conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        marks = ",".join(str(int(pk)) for pk in page)

        def raw_page() -> None:
            raw_conn.execute(
                f"SELECT * FROM person_summary WHERE person_pk IN ({marks})"
            ).fetchall()
            raw_conn.execute(
                "SELECT p.pk, n.name, n.lang, n.system FROM people p JOIN person_names n "
                f"ON n.person_id = p.id WHERE p.pk IN ({marks})"
            ).fetchall()

        raw_p = _median(raw_page, 30)
        print(
            f"page of 200 rows with summaries and be names: {ours * 1000:.2f} ms; "
            f"raw {raw_p * 1000:.2f} ms, ratio {ours / raw_p:.1f}x"
        )
        be = PeopleQuery(names=NameScript.BELARUSIAN)
        ours = _median(lambda: list_people(db, be).pks(db, 0, 200), 30)
        raw_s = _median(
            lambda: raw_conn.execute(
                "SELECT person_pk FROM person_name_order WHERE by_name_be BETWEEN 0 AND 199 "
                "ORDER BY by_name_be"
            ).fetchall(),
            30,
        )
        print(
            f"first page sorted by Belarusian name: {ours * 1000:.2f} ms; "
            f"raw rank query {raw_s * 1000:.2f} ms, ratio {ours / raw_s:.1f}x"
        )
        raw_conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--archive-people", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--dir", type=Path, help="keep archives and PDFs here (default: temp)")
    args = parser.parse_args()
    app = QGuiApplication([])
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
        folder = args.dir
        one_person(folder, args.repeat)
        many_people(folder, args.people, args.archive_people)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            one_person(Path(tmp), args.repeat)
            many_people(Path(tmp), args.people, args.archive_people)
    del app


if __name__ == "__main__":
    main()
