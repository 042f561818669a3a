"""Format 2 budgets (issue 14): build, record open p95 and the letters list's first page.

Run: `.venv/bin/python bench/bench_format_v2.py --people 1000000 --dir DIR`
(not part of the test suite; a million people takes about a quarter of an
hour and ~6 GB in DIR, which is emptied afterwards unless --keep).

The generated archive has recognitions (~85 % of prisoners), custody
placements (pre-trial centre, then colony; ~1.6 per prisoner), facilities
with postal addresses and 1 % photos. Each figure is beside a floor
measured in the same run:

* build: `generate_archive` against bench_archive's raw-sqlite3 floor (the
  very same rows, new tables included, inserted with bare `executemany`,
  FTS rebuilt once).
* record open: `get_person` for people in custody (their recognitions,
  placements, held-in, sentences with start/end/prosecutor/lawyer/appeals,
  photos checked by header) against hand-written SELECTs of the same rows;
  p50 and p95 over --records people.
* letters first page: `letters_page(limit=200)` for each month (names,
  envelopes, warnings built) against the bare keyset query.
* photo bytes: `attachment_bytes` (header checks, then the read) against a
  bare SELECT of the blob.

Prints a table and writes JSON to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_archive import floor_build

from db.attachments import attachment_bytes
from db.connection import open_archive
from db.generate import generate_archive
from db.letters import letters_page
from db.person import get_person
from db.records import AttachmentId, PersonId

OUT_DIR = Path(__file__).resolve().parent / "out"

RAW_RECORD_SQL = (
    "SELECT * FROM people WHERE id = :id",
    "SELECT * FROM person_names WHERE person_id = :id ORDER BY pk",
    "SELECT role FROM person_roles WHERE person_id = :id",
    "SELECT r.*, p.display_name, o.name FROM relations r LEFT JOIN people p "
    "ON p.id = r.other_person_id LEFT JOIN organizations o ON o.id = r.org_id "
    "WHERE r.person_id = :id OR r.other_person_id = :id",
    "SELECT s.*, o.name, j.display_name, pr.display_name, lw.display_name FROM sentences s "
    "LEFT JOIN organizations o ON o.id = s.court_id LEFT JOIN people j ON j.id = s.judge_id "
    "LEFT JOIN people pr ON pr.id = s.prosecutor_id LEFT JOIN people lw ON lw.id = s.lawyer_id "
    "WHERE s.person_id = :id",
    "SELECT c.* FROM charges c JOIN sentences s ON s.id = c.sentence_id "
    "WHERE s.person_id = :id ORDER BY c.sentence_id, c.position",
    "SELECT a.* FROM appeals a JOIN sentences s ON s.id = a.sentence_id WHERE s.person_id = :id",
    "SELECT q.* FROM quotes q WHERE q.speaker_id = :id OR q.id IN "
    "(SELECT quote_id FROM quote_subjects WHERE person_id = :id)",
    "SELECT e.*, o.name FROM event_people ep JOIN events e ON e.id = ep.event_id "
    "LEFT JOIN organizations o ON o.id = e.org_id WHERE ep.person_id = :id",
    "SELECT r.*, o.name FROM recognitions r LEFT JOIN organizations o ON o.id = r.by_id "
    "WHERE r.person_id = :id",
    "SELECT pl.*, o.name, o.address_ru, o.address_be FROM placements pl "
    "LEFT JOIN organizations o ON o.id = pl.facility_id WHERE pl.person_id = :id",
    "SELECT id, media_type, caption, licence, width, height, length(data) FROM attachments "
    "WHERE person_id = :id",
    "SELECT c.*, s.title, s.url FROM citations c JOIN sources s ON s.id = c.source_id "
    "WHERE (c.entity_type = 'person' AND c.entity_id = :id) OR (c.entity_type = 'sentence' "
    "AND c.entity_id IN (SELECT id FROM sentences WHERE person_id = :id)) OR "
    "(c.entity_type = 'event' AND c.entity_id IN "
    "(SELECT event_id FROM event_people WHERE person_id = :id)) OR "
    "(c.entity_type = 'quote' AND c.entity_id IN (SELECT id FROM quotes WHERE speaker_id = :id)) "
    "OR (c.entity_type = 'recognition' AND c.entity_id IN "
    "(SELECT id FROM recognitions WHERE person_id = :id)) OR (c.entity_type = 'placement' "
    "AND c.entity_id IN (SELECT id FROM placements WHERE person_id = :id))",
)
RAW_LETTERS_SQL = """
SELECT lr.person_pk, p.id, p.display_name, p.birth_edtf, pl.start_edtf, pl.incommunicado,
       o.name, o.address_ru, o.address_be
FROM letter_recipients lr JOIN people p ON p.pk = lr.person_pk
LEFT JOIN placements pl ON pl.pk = lr.placement_pk
LEFT JOIN organizations o ON o.id = pl.facility_id
WHERE lr.birth_month >= ? AND lr.birth_month <= 12
ORDER BY lr.birth_month, lr.birth_day, lr.sort_name, lr.person_pk LIMIT 200
"""


def _times_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def measure(path: Path, records: int, repeat: int) -> dict[str, Any]:
    archive = open_archive(path)
    db = archive.db
    raw = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    rng = random.Random(14)
    n_custody = db.execute("SELECT count(*) FROM letter_recipients").fetchone()[0]
    top = db.execute("SELECT max(pk) FROM people").fetchone()[0]
    ids: list[str] = [r[0] for r in db.execute("SELECT person_id FROM attachments LIMIT 20")]
    while len(ids) < min(records, n_custody):  # random people in custody
        row = db.execute(
            "SELECT p.id FROM letter_recipients lr JOIN people p ON p.pk = lr.person_pk "
            "WHERE lr.person_pk = ?",
            [rng.randint(1, top)],
        ).fetchone()
        if row is not None:
            ids.append(row[0])
    for pid in ids[:10]:  # warm both paths alike
        get_person(db, PersonId(pid))
        [raw.execute(sql, {"id": pid}).fetchall() for sql in RAW_RECORD_SQL]
    ours = [t for pid in ids for t in _times_ms(lambda p=pid: get_person(db, PersonId(p)), 1)]
    floor = [
        t
        for pid in ids
        for t in _times_ms(
            lambda p=pid: [raw.execute(sql, {"id": p}).fetchall() for sql in RAW_RECORD_SQL], 1
        )
    ]
    result: dict[str, Any] = {
        "people_in_custody": n_custody,
        "record": {
            "p50_ms": statistics.median(ours),
            "p95_ms": _p95(ours),
            "raw_p50_ms": statistics.median(floor),
            "raw_p95_ms": _p95(floor),
        },
    }
    result["record"]["p95_ratio"] = result["record"]["p95_ms"] / result["record"]["raw_p95_ms"]
    letters: list[float] = []
    letters_raw: list[float] = []
    for month in range(1, 13):
        letters_page(db, month=month)
        raw.execute(RAW_LETTERS_SQL, [month]).fetchall()
        letters += _times_ms(lambda m=month: letters_page(db, month=m, lang="be"), repeat)
        letters_raw += _times_ms(
            lambda m=month: raw.execute(RAW_LETTERS_SQL, [m]).fetchall(), repeat
        )
    result["letters_first_page"] = {
        "p50_ms": statistics.median(letters),
        "p95_ms": _p95(letters),
        "raw_p50_ms": statistics.median(letters_raw),
        "raw_p95_ms": _p95(letters_raw),
    }
    photo = db.execute("SELECT id, pk FROM attachments LIMIT 1").fetchone()
    if photo is not None:
        ours_photo = _times_ms(lambda: attachment_bytes(db, AttachmentId(photo[0])), repeat)
        raw_photo = _times_ms(
            lambda: raw.execute("SELECT data FROM attachments WHERE pk = ?", [photo[1]]).fetchone(),
            repeat,
        )
        result["photo_bytes"] = {
            "p50_ms": statistics.median(ours_photo),
            "raw_p50_ms": statistics.median(raw_photo),
        }
    result["counts"] = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("people", "recognitions", "placements", "attachments")
    }
    raw.close()
    archive.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, help="folder for the archives (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the generated archive")
    parser.add_argument(
        "--reuse", action="store_true", help="measure a kept archive in --dir (no build figures)"
    )
    parser.add_argument("--records", type=int, default=400, help="records opened for the p95")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="kartoteka-bench-v2-"))
    folder.mkdir(parents=True, exist_ok=True)
    gen, flo = folder / f"format2-{args.people}.db", folder / f"format2-floor-{args.people}.db"
    print(f"== {args.people:,} people, format 2 ==", flush=True)
    build_s = floor_s = float("nan")
    if not (args.reuse and gen.exists()):
        for p in (gen, flo):
            p.unlink(missing_ok=True)
        t = time.perf_counter()
        generate_archive(gen, args.people, seed=args.seed)
        build_s = time.perf_counter() - t
        print(f"generate_archive: {build_s:,.1f} s", flush=True)
        floor_s = floor_build(gen, flo)
        flo.unlink(missing_ok=True)
        print(f"raw sqlite3 floor: {floor_s:,.1f} s", flush=True)
    result = {
        "people": args.people,
        "build_s": build_s,
        "floor_s": floor_s,
        "build_ratio": build_s / floor_s,
        "size_mb": gen.stat().st_size / 1e6,
        **measure(gen, args.records, args.repeat),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result, indent=2))
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / f"format2-{args.people}.json").write_text(json.dumps(result, indent=2) + "\n")
    if not args.keep:
        gen.unlink(missing_ok=True)
        if args.dir is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
