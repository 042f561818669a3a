"""A second hostile sweep of Kartoteka's own format (issue 12): what the first kit did not cover.

    python bench/bench_hostile.py [--seed S] [--work DIR] [--class C ...] [--case SUBSTR ...]
                                  [--timeout S] [--json OUT.json] [--viewer]

Builds, from `build-sample`, `generate` and `import` output, broken or hostile
variants in these classes and runs every consumer that reads them as a CHILD
process (`python -m viewer ...`) under a time limit, with its resident memory
watched (killed above 1 GB) and its private temporary folder measured:

* `format2:` photos that are not images, decompression bombs, lying sizes;
  placements, recognitions and appeals with wrong values; letters data. Run
  through info, search, export (JSON and CSV), letters, dossier, publish,
  sources, diff against the good archive, and the window (`--viewer`).
* `zip:` a zip of CSV files given to `import`: a zip bomb, `../` member
  names, a symlink member, 20,000 members, a CRC error, an encrypted member.
* `crypt:` encrypted archives: wrong passphrase, truncated, salt or page
  damaged, garbage after the end.
* `store:` annotation stores given beside an archive: garbage, truncated,
  another program's database, a store with a trigger.
* `fuzz:` seeded random damage of a generated archive: flipped or zeroed
  bytes in random pages, cuts at page boundaries, swapped pages, header
  fields (page size, reserved bytes, schema cookie, text encoding, free
  list, largest root page meaning pointer maps).
* `value:` every column of every base table with wrong values chosen by the
  seed (blob, NaN, infinities, huge and negative integers, empty, only
  combining marks, only RTL marks, only NUL bytes, dates at and beyond the
  limits, deeply nested JSON).
* `third:` the third sweep (tests/data/hostile_third.py): format versions
  shipped and migrations half-done, derived tables stale (people added or
  renamed without a reindex, a rebuild cut short), ids with RTL marks,
  zero-width characters, NUL, lone surrogates or 10 kB, every date column in
  a wrong shape, 100,000 rows of one list for one person, cycles; and files
  named to a command that are no files (a pipe, /dev/zero, /dev/urandom, a
  pipe in a CSV folder) given to `import` and `publish --redact`. Each case
  also runs `info --check`, `reindex` and an import into it; with
  `--viewer`, `self-test --only-start`.

Each command's outcome is one of: clean (exit 0, or exit 1 with one line
`kartoteka: …`), traceback, crash (another exit code), hang, memory, temp
(private temporary disk above 2x the file), beside (a file appeared in the
user's folder), changed (a user's file changed), unclear (not one plain
line, or raw control characters), english (the error line was not in the
user's language: the sweep runs under LANG=be_BY.UTF-8), roundtrip (an
export no import takes back). It prints a class -> outcome table; `--json`
writes every command's outcome.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_export import rss_kb  # noqa: E402

MEMORY_LIMIT_KB = 1024 * 1024
CYRILLIC = re.compile("[\u0400-\u04ff]")
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ARCHIVE = "archive.db"
PASSPHRASE = "correct horse battery staple"


Commands = list[list[str]]
Build = Callable[[Path, dict[str, Path]], Commands]
"""Writes a variant into the folder; returns the commands to run on it."""


@dataclass
class Case:
    """One hostile variant: the user's folder and the commands run on it."""

    klass: str
    name: str
    build: Callable[[Path, dict[str, Path]], list[list[str]]]
    """Writes the variant into the folder; returns the commands ({out} is the output folder)."""


@dataclass
class Outcome:
    case: str
    command: str
    outcome: str
    code: object
    seconds: float
    rss_mb: float
    stderr: str = ""
    extra: dict[str, object] = field(default_factory=dict)


# --- running one command ------------------------------------------------------------------


def _tree_bytes(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):  # removed while measured
                total += os.lstat(os.path.join(dirpath, name)).st_blocks * 512
    return total


def run(
    argv: list[str],
    user: Path,
    tmp: Path,
    env: dict[str, str],
    timeout: float,
    checkout: Path = ROOT,
) -> tuple[str, object, float, float, str, str, int]:
    """(outcome, exit code, seconds, peak RSS MB, stdout, stderr, peak temp bytes)."""
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    from tests.data.hostile_own_format_sweep import listing

    before = listing(user)
    sizes = sum(p.stat().st_size for p in user.iterdir() if p.is_file() and not p.is_symlink())
    start = time.monotonic()
    out_f = tmp.parent / "stdout.txt"
    err_f = tmp.parent / "stderr.txt"
    with out_f.open("wb") as so, err_f.open("wb") as se:
        proc = subprocess.Popen(
            [sys.executable, "-m", "viewer", *argv],
            stdout=so,
            stderr=se,
            stdin=subprocess.DEVNULL,
            cwd=checkout,
            env={**env, "TMPDIR": str(tmp), "PYTHONPATH": str(checkout)},
            start_new_session=True,
        )
        killed = ""
        peak_tmp = 0
        peak_rss = 0
        tick = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            rss = rss_kb(proc.pid)
            peak_rss = max(peak_rss, rss)
            if rss > MEMORY_LIMIT_KB:
                killed = "memory"
            elif time.monotonic() - start > timeout:
                killed = "hang"
            if tick % 5 == 0:
                peak_tmp = max(peak_tmp, _tree_bytes(tmp))
            tick += 1
            if killed:
                os.killpg(proc.pid, 9)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    peak_rss = max(peak_rss, usage.ru_maxrss)
    peak_tmp = max(peak_tmp, _tree_bytes(tmp))
    stdout = out_f.read_text(errors="replace")
    stderr = err_f.read_text(errors="replace")
    after = listing(user)
    code: object = proc.returncode
    if killed:
        outcome = killed
    elif peak_rss > MEMORY_LIMIT_KB:
        outcome = "memory"
    elif "Traceback" in stderr:
        outcome = "traceback"
    elif code not in (0, 1):
        outcome = "crash"
    elif set(after) - set(before):
        outcome = "beside"
    elif after != before:
        outcome = "changed"
    elif peak_tmp > 2 * sizes + 16 * 1024 * 1024:
        outcome = "temp"
    else:
        outcome = _wording(code, stdout, stderr)
    return outcome, code, seconds, peak_rss / 1024, stdout, stderr, peak_tmp


def _wording(code: object, stdout: str, stderr: str) -> str:
    said = [
        line
        for line in stderr.splitlines()
        if line.strip()
        and not line.startswith("kartoteka: note:")
        and not line.startswith("kartoteka: заўвага")
        and not re.fullmatch(r"\S+: \d+% \(\d+\S*\)", line)
        and line not in QT_OFFSCREEN_NOISE
    ]
    if RAW_CONTROLS.search(stdout) or RAW_CONTROLS.search(stderr):
        return "unclear"
    problems: list[str] = []
    if said and said[0].startswith("kartoteka: ") and all(s.startswith("  ") for s in said[1:]):
        said, problems = said[:1], said[1:]  # an import's problems, indented under one line
    if code == 1:
        if len(said) != 1 or not said[0].startswith("kartoteka: "):
            return "unclear"
        if not CYRILLIC.search(said[0]) or any(english_words(line) for line in said + problems):
            return "english"
    return "clean"


QT_OFFSCREEN_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})
"""What Qt's offscreen platform prints for every window (`self-test` under the sweep)."""

ENGLISH_RUN = re.compile(r"\b[a-z]{2,}(?: [a-z]{2,}){3,}\b")
"""Four English words in a row: a sentence left untranslated."""


def english_words(line: str) -> bool:
    """Whether `line`, under a Belarusian locale, still holds an English phrase.

    Paths, quoted values and parenthesised details (SQLite's own words, the
    file's values) are left out: only the sentence Kartoteka says is judged.
    """
    text = re.sub(r"/\S+", " ", line)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|\([^()]*\)", " ", text)
    return bool(ENGLISH_RUN.search(text))


def reclassify(results: list[dict[str, object]]) -> list[dict[str, object]]:
    """Outcomes read again from a saved `--json` (only the wording of clean ones can change)."""
    for r in results:
        # the saved stderr is its tail: only the wording (clean, english, unclear) is judged
        # again, never an outcome the run itself saw (hang, memory, changed …)
        if r["outcome"] in ("clean", "english", "unclear") and r["code"] in (0, 1):
            r["outcome"] = _wording(r["code"], "", str(r["stderr"]))
    return results


# --- bases ---------------------------------------------------------------------------------


def build_bases(work: Path, seed: int) -> dict[str, Path]:
    from db.connection import open_archive
    from db.exporting import export_archive
    from db.generate import generate_archive
    from db.importing import import_files
    from db.sample import build_sample

    bases = work / "bases"
    bases.mkdir(parents=True, exist_ok=True)
    sample = bases / "sample.db"
    if not sample.exists():
        build_sample(sample)
    generated = bases / "generated.db"
    if not generated.exists():
        generate_archive(generated, 300, seed=seed)
    imported = bases / "imported.db"
    if not imported.exists():
        exported = bases / "sample.json"
        with open_archive(sample) as archive:
            export_archive(archive, exported)
        import_files(imported, [exported])
    encrypted = bases / "encrypted.db"
    if not encrypted.exists():
        from db.encryption import encrypt_archive

        encrypt_archive(sample, encrypted, PASSPHRASE)
    return {"sample": sample, "generated": generated, "imported": imported, "encrypted": encrypted}


def _first_person(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            row = conn.execute(
                "SELECT person_id FROM attachments UNION ALL SELECT person_id FROM placements "
                "UNION ALL SELECT id FROM people LIMIT 1"
            ).fetchone()
        except sqlite3.OperationalError:  # format 1: no photos, no custody
            row = conn.execute("SELECT id FROM people LIMIT 1").fetchone()
        return str(row[0])
    finally:
        conn.close()


def reader_commands(path: Path, person: str, *, more: bool = True) -> list[list[str]]:
    """The commands that read an archive; `more`: also letters, dossier, publish, diff."""
    cmds = [
        ["info", str(path)],
        ["search", "--json", str(path), "Tsikhanouski"],
        ["export", str(path), "{out}/export.json"],
        ["import", "{out}/back.db", "{out}/export.json"],
    ]
    if more:
        cmds += [
            ["export", str(path), "{out}/export.zip"],
            ["letters", str(path), "{out}/letters.csv"],
            ["dossier", str(path), person, "-o", "{out}/dossier.pdf"],
            ["publish", str(path), "{out}/published"],
            ["sources", str(path), "{out}/sources.ris"],
            ["diff", "{good}", str(path)],
        ]
    return cmds


# --- format 2 --------------------------------------------------------------------------------


def _loosened(path: Path, *statements: str) -> None:
    from tests.data.hostile_own_format import _around

    _around(path, *statements)


def _png(width: int, height: int, body: bytes | None = None) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    if body is None:
        raw = zlib.compressobj(9)
        row = b"\x00" + b"\x00" * width
        data = b"".join(raw.compress(row) for _ in range(min(height, 20000))) + raw.flush()
    else:
        data = body
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def _photo(data: bytes, media: str = "image/png", w: int = 10, h: int = 10) -> Build:
    def build(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
        path = folder / ARCHIVE
        shutil.copyfile(bases["sample"], path)
        conn = sqlite3.connect(path)
        digest = hashlib.sha256(data).hexdigest()
        has = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
        conn.close()
        sql = (
            "UPDATE attachments SET data = ?1, byte_size = length(?1), sha256 = ?2, "
            "media_type = ?3, width = ?4, height = ?5 WHERE pk = (SELECT min(pk) FROM attachments)"
            if has
            else "INSERT INTO attachments (id, person_id, media_type, byte_size, width, height, "
            "sha256, data) VALUES ('a-hostile', (SELECT id FROM people LIMIT 1), ?3, "
            "length(?1), ?4, ?5, ?2, ?1)"
        )
        conn = sqlite3.connect(path)
        for t in ("attachments",):
            conn.execute(f"DROP TRIGGER IF EXISTS {t}_x")
        conn.close()
        from tests.data.hostile_archives import run_loosened
        from tests.data.hostile_own_format import loosen_everything

        # parameters cannot pass through run_loosened: write the bytes as a hex literal
        lit = sql.replace("?1", f"X'{data.hex()}'").replace("?2", f"'{digest}'")
        lit = lit.replace("?3", f"'{media}'").replace("?4", str(w)).replace("?5", str(h))
        run_loosened(path, loosen_everything, lit)
        return reader_commands(path, _first_person(path))

    return build


def _bomb_png() -> bytes:
    # 30000 x 30000 greyscale: 900 MB of pixels from ~1 MB compressed
    comp = zlib.compressobj(9)
    row = b"\x00" * 30001
    data = b"".join(comp.compress(row) for _ in range(30000)) + comp.flush()
    return _png(30000, 30000, data)


def _statements_on(base: str, *statements: str, more: bool = True) -> Build:
    def build(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
        path = folder / ARCHIVE
        shutil.copyfile(bases[base], path)
        _loosened(path, *statements)
        return reader_commands(path, _first_person(path), more=more)

    return build


FIRST = "pk = (SELECT min(pk) FROM {t})"


def format2_cases() -> list[Case]:
    cases = {
        "photo_not_image": _photo(b"just some text, not a picture" * 10),
        "photo_html": _photo(b"<html><script>alert(1)</script></html>", "image/png"),
        "photo_png_bomb": _photo(_bomb_png(), w=30000, h=30000),
        "photo_png_lies_small": _photo(_bomb_png(), w=1, h=1),
        "photo_truncated_png": _photo(_png(50, 50)[:40]),
        "photo_jpeg_header_only": _photo(b"\xff\xd8\xff\xe0" + b"\x00" * 60, "image/jpeg"),
        "photo_svg_script": _photo(
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script>'
            b'<image href="http://example.org/x.png"/></svg>',
            "image/svg+xml",
        ),
        "photo_sha_wrong": _statements_on(
            "sample", f"UPDATE attachments SET sha256 = '00' WHERE {FIRST.format(t='attachments')}"
        ),
        "photo_size_lies": _statements_on(
            "sample",
            f"UPDATE attachments SET byte_size = 5 WHERE {FIRST.format(t='attachments')}",
        ),
        "photo_dims_negative": _statements_on(
            "sample",
            f"UPDATE attachments SET width = -5, height = 0 WHERE {FIRST.format(t='attachments')}",
        ),
        "placement_dates_reversed": _statements_on(
            "sample",
            "UPDATE placements SET start_edtf = '2024-01-01', start_earliest = '2024-01-01', "
            "start_latest = '2024-01-01', end_edtf = '1900-01-01', end_earliest = '1900-01-01', "
            "end_latest = '1900-01-01'",
        ),
        "placement_date_garbage": _statements_on(
            "sample",
            "UPDATE placements SET start_edtf = 'soon', start_earliest = 'x', start_latest = 'y'",
        ),
        "placement_incommunicado_7": _statements_on(
            "sample", "UPDATE placements SET incommunicado = 7"
        ),
        "placement_facility_person": _statements_on(
            "sample", "UPDATE placements SET facility_id = (SELECT id FROM people LIMIT 1)"
        ),
        "placements_thousand_per_person": _statements_on(
            "sample",
            "INSERT INTO placements (id, person_id, facility_id, start_edtf, start_earliest, "
            "start_latest, incommunicado, note) SELECT 'pl-x' || value, "
            "(SELECT person_id FROM placements LIMIT 1), NULL, '2020-01-01', '2020-01-01', "
            "'2020-01-01', 0, printf('%.2000c', 'n') FROM (WITH RECURSIVE n(value) AS "
            "(SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 3000) SELECT value FROM n)",
        ),
        "recognition_state_odd": _statements_on(
            "sample", "UPDATE recognitions SET state = 'maybe' || char(0)"
        ),
        "recognition_by_person": _statements_on(
            "sample", "UPDATE recognitions SET by_id = 'p-nobody'"
        ),
        "appeal_of_nothing": _statements_on("sample", "UPDATE appeals SET sentence_id = 's-none'"),
        "appeal_term_negative": _statements_on(
            "sample", "UPDATE appeals SET term_months = -99999999999"
        ),
        "appeal_cycle_sentence": _statements_on("sample", "UPDATE sentences SET adds_to_id = id"),
        "letters_month_13_day_99": _statements_on(
            "sample", "UPDATE letter_recipients SET birth_month = 99, birth_day = -3"
        ),
        "letters_placement_gone": _statements_on(
            "sample", "UPDATE letter_recipients SET placement_pk = 999999"
        ),
        "letters_person_gone": _statements_on(
            "sample", "UPDATE letter_recipients SET person_pk = person_pk + 100000"
        ),
        "letters_sort_name_blob": _statements_on(
            "sample", "UPDATE letter_recipients SET sort_name = X'00ff'"
        ),
        "org_name_control": _statements_on(
            "sample",
            "UPDATE organizations SET name = char(27) || '[2J' || char(7) || name || char(13)",
        ),
        "person_name_rtl_override": _statements_on(
            "sample",
            "UPDATE people SET display_name = char(8238) || display_name",
        ),
    }
    return [Case("format2", n, b) for n, b in cases.items()]


# --- zip given to import --------------------------------------------------------------------


def _zip(members: Callable[[zipfile.ZipFile], None], name: str = "bundle.zip") -> Build:
    def build(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
        path = folder / name
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            members(zf)
        return [["import", "{out}/new.db", str(path)]]

    return build


PEOPLE_CSV = "id,display_name\np-zip-1,Zip Person\n"


def _bomb(zf: zipfile.ZipFile) -> None:
    with zf.open("people.csv", "w", force_zip64=True) as f:
        f.write(PEOPLE_CSV.encode())
        chunk = b"p-zz,Z" + b" " * (1 << 20) + b"\n"
        for _ in range(1500):  # 1.5 GB uncompressed, ~1.5 MB in the zip
            f.write(chunk)


def _bomb_many(zf: zipfile.ZipFile) -> None:
    block = b"\n" * (1 << 20)
    from db.importing import CSV_FILES

    for i, name in enumerate(list(CSV_FILES)[:20]):  # 20 members of 50 MB each: 1 GB
        with zf.open(name, "w", force_zip64=True) as f:
            f.write(b"id,display_name\n" if i == 0 else b"x\n")
            for _ in range(50):
                f.write(block)


def _traversal(zf: zipfile.ZipFile) -> None:
    zf.writestr("../../../escape.csv", PEOPLE_CSV)
    zf.writestr("/abs/people.csv", PEOPLE_CSV)


def _symlink_member(zf: zipfile.ZipFile) -> None:
    info = zipfile.ZipInfo("people.csv")
    info.external_attr = (0o120777 << 16) | 0
    info.create_system = 3
    zf.writestr(info, "/etc/passwd")


def _many(zf: zipfile.ZipFile) -> None:
    for i in range(20000):
        zf.writestr(f"m{i}.csv", "id,display_name\n", compress_type=zipfile.ZIP_STORED)


def _photo_bomb(zf: zipfile.ZipFile) -> None:
    zf.writestr("people.csv", PEOPLE_CSV)
    zf.writestr(
        "attachments.csv",
        "id,person_id,media_type,file\na-1,p-zip-1,image/png,bomb.png\n",
    )
    zf.writestr("bomb.png", _bomb_png())


def _photo_member_bomb(zf: zipfile.ZipFile) -> None:
    zf.writestr("people.csv", PEOPLE_CSV)
    zf.writestr(
        "attachments.csv",
        "id,person_id,media_type,file\na-1,p-zip-1,image/png,big.png\n",
    )
    with zf.open("big.png", "w", force_zip64=True) as f:
        f.write(_png(10, 10))
        for _ in range(1200):
            f.write(b"\x00" * (1 << 20))


def _crc_error(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
    path = folder / "bundle.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("people.csv", PEOPLE_CSV)
    data = bytearray(path.read_bytes())
    i = data.find(b"Zip Person")
    data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return [["import", "{out}/new.db", str(path)]]


def _encrypted_member(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
    path = folder / "bundle.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("people.csv", PEOPLE_CSV)
    data = bytearray(path.read_bytes())
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        i = data.find(sig)
        off = i + (6 if sig == b"PK\x03\x04" else 8)
        data[off] |= 1  # the "encrypted" flag
    path.write_bytes(bytes(data))
    return [["import", "{out}/new.db", str(path)]]


def _method(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
    """A member packed with a method number Python does not read (AES is 99)."""
    path = folder / "bundle.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("people.csv", PEOPLE_CSV)
    data = bytearray(path.read_bytes())
    for sig, off in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        i = data.find(sig)
        data[i + off : i + off + 2] = struct.pack("<H", 99)
    path.write_bytes(bytes(data))
    return [["import", "{out}/new.db", str(path)]]


def _bad_deflate(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
    """A deflate stream whose bytes were changed (the CRC never gets checked)."""
    path = folder / "bundle.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("people.csv", PEOPLE_CSV * 50)
    data = bytearray(path.read_bytes())
    start = data.find(b"people.csv") + len("people.csv")
    data[start : start + 6] = b"\xff" * 6
    path.write_bytes(bytes(data))
    return [["import", "{out}/new.db", str(path)]]


def _nested(zf: zipfile.ZipFile) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z2:
        z2.writestr("people.csv", PEOPLE_CSV)
    zf.writestr("inner.csv", inner.getvalue())


def _archive_as_csv(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
    path = folder / "bundle.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(bases["sample"], "people.csv")
    return [["import", "{out}/new.db", str(path)]]


def _zip_into_itself(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
    path = folder / ARCHIVE
    shutil.copyfile(bases["sample"], path)
    z = folder / "bundle.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("people.csv", "id,display_name\n" + "p-a,A\n" * 3)
    return [["import", str(path), str(z)]]


def zip_cases() -> list[Case]:
    cases = {
        "zip_bomb_one_member": _zip(_bomb),
        "zip_bomb_many_members": _zip(_bomb_many),
        "zip_path_traversal": _zip(_traversal),
        "zip_symlink_member": _zip(_symlink_member),
        "zip_20000_members": _zip(_many),
        "zip_photo_decompression_bomb": _zip(_photo_bomb),
        "zip_photo_member_1gb": _zip(_photo_member_bomb),
        "zip_crc_error": _crc_error,
        "zip_encrypted_member": _encrypted_member,
        "zip_unknown_method": _method,
        "zip_bad_deflate": _bad_deflate,
        "zip_nested_zip_as_csv": _zip(_nested),
        "zip_archive_as_csv": _archive_as_csv,
        "zip_duplicate_ids_into_archive": _zip_into_itself,
    }
    return [Case("zip", n, b) for n, b in cases.items()]


# --- encrypted archives ----------------------------------------------------------------------


def _crypt(damage: Callable[[bytearray], bytes], key: str = PASSPHRASE) -> Build:
    def build(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
        path = folder / ARCHIVE
        path.write_bytes(damage(bytearray(bases["encrypted"].read_bytes())))
        keyfile = folder.parent / f"{folder.name}-key.txt"
        keyfile.write_text(key + "\n")
        return [
            ["info", str(path)],
            ["search", "--json", str(path), "Tsikhanouski"],
            ["reindex", str(path), "{out}/plain.db", "--passphrase-file", str(keyfile)],
            ["publish", str(path), "{out}/published", "--passphrase-file", str(keyfile)],
            [
                "rekey",
                str(path),
                "--old-passphrase-file",
                str(keyfile),
                "--new-passphrase-file",
                str(keyfile),
            ],
        ]

    return build


def _flip(at: int) -> Callable[[bytearray], bytes]:
    def damage(data: bytearray) -> bytes:
        data[at % len(data)] ^= 0x5A
        return bytes(data)

    return damage


def crypt_cases() -> list[Case]:
    cases = {
        "crypt_wrong_key": _crypt(bytes, key="wrong passphrase"),
        "crypt_empty_key": _crypt(bytes, key=""),
        "crypt_truncated_half": _crypt(lambda d: bytes(d[: len(d) // 2])),
        "crypt_truncated_odd": _crypt(lambda d: bytes(d[:5000])),
        "crypt_salt_flipped": _crypt(_flip(3)),
        "crypt_page1_hmac_flipped": _crypt(_flip(4090)),
        "crypt_page3_flipped": _crypt(_flip(4096 * 2 + 100)),
        "crypt_garbage_appended": _crypt(lambda d: bytes(d) + os.urandom(3000)),
        "crypt_first_16_zero": _crypt(lambda d: b"\x00" * 16 + bytes(d[16:])),
        "crypt_sqlite_header": _crypt(lambda d: b"SQLite format 3\x00" + bytes(d[16:])),
    }
    return [Case("crypt", n, b) for n, b in cases.items()]


# --- annotation stores beside archives -------------------------------------------------------


def _store(make: Callable[[Path, Path], object]) -> Build:
    def build(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
        path = folder / ARCHIVE
        shutil.copyfile(bases["sample"], path)
        store = folder / "archive.annotations.sqlite"
        make(store, bases["sample"])
        person = _first_person(path)
        rules = folder.parent / f"{folder.name}-rules.json"
        rules.write_text(json.dumps({"people": {"tags": ["secret"]}}))
        return [
            ["dossier", str(path), person, "-o", "{out}/d.pdf", "--annotations", str(store)],
            [
                "publish",
                str(path),
                "{out}/pub",
                "--redact",
                str(rules),
                "--annotations",
                str(store),
            ],
        ]

    return build


def _real_store(store: Path, archive: Path, *statements: str, truncate: int = 0) -> None:
    from db.annotations import open_store

    open_store(store, author="sweep").close()
    if truncate:
        store.write_bytes(store.read_bytes()[:truncate])
    conn = sqlite3.connect(store, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()


def store_cases() -> list[Case]:
    def other_db(store: Path, _a: Path) -> None:
        conn = sqlite3.connect(store)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()

    cases = {
        "store_garbage": _store(lambda s, _a: s.write_bytes(os.urandom(8192))),
        "store_empty": _store(lambda s, _a: s.write_bytes(b"")),
        "store_other_db": _store(other_db),
        "store_is_archive": _store(lambda s, a: shutil.copyfile(a, s)),
        "store_is_folder": _store(lambda s, _a: s.mkdir()),
    }
    try:
        from db.annotations.store import AnnotationStore  # noqa: F401

        cases["store_truncated"] = _store(lambda s, a: _real_store(s, a, truncate=3000))
    except ImportError:
        pass
    return [Case("store", n, b) for n, b in cases.items()]


# --- seeded page fuzzing ---------------------------------------------------------------------


def _page_size(data: bytes | bytearray) -> int:
    size = struct.unpack(">H", data[16:18])[0]
    return 65536 if size == 1 else size


def _fuzz(kind: str, seed: int) -> Build:
    def build(folder: Path, bases: dict[str, Path]) -> list[list[str]]:
        rng = random.Random(f"{kind}-{seed}")
        data = bytearray(bases["generated"].read_bytes())
        ps = _page_size(data)
        pages = len(data) // ps
        if kind == "flip":
            for _ in range(rng.randint(1, 8)):
                page = rng.randrange(1, pages)
                at = page * ps + rng.randrange(ps)
                data[at] ^= 1 << rng.randrange(8)
        elif kind == "zero_run":
            page = rng.randrange(1, pages)
            at = page * ps + rng.randrange(ps)
            n = rng.randint(1, 200)
            data[at : at + n] = b"\x00" * len(data[at : at + n])
        elif kind == "cut":
            data = data[: rng.randrange(1, pages) * ps]
        elif kind == "swap":
            a, b = rng.sample(range(1, pages), 2)
            pa = bytes(data[a * ps : (a + 1) * ps])
            data[a * ps : (a + 1) * ps] = data[b * ps : (b + 1) * ps]
            data[b * ps : (b + 1) * ps] = pa
        elif kind == "page_size":
            data[16:18] = struct.pack(">H", rng.choice([512, 1024, 8192, 65535, 3, 0]))
        elif kind == "reserved":
            data[20] = rng.choice([1, 8, 32, 64, 255])
        elif kind == "cookie":
            data[40:44] = struct.pack(">I", rng.randrange(1 << 32))
        elif kind == "encoding":
            data[56:60] = struct.pack(">I", rng.choice([2, 3, 4, 0x7FFFFFFF]))
        elif kind == "freelist":
            data[32:36] = struct.pack(">I", rng.randrange(1, pages))
            data[36:40] = struct.pack(">I", rng.randint(1, 1000))
        elif kind == "ptrmap":
            data[52:56] = struct.pack(">I", rng.randint(1, pages))
            data[64:68] = struct.pack(">I", rng.choice([0, 1]))
        elif kind == "btree_type":
            page = rng.randrange(1, pages)
            data[page * ps] = rng.choice([0, 1, 3, 6, 0xFF])
        elif kind == "cell_pointer":
            page = rng.randrange(1, pages)
            off = page * ps + 8 + rng.randrange(0, 40, 2)
            data[off : off + 2] = struct.pack(">H", rng.randrange(1 << 16))
        path = folder / ARCHIVE
        path.write_bytes(bytes(data))
        return reader_commands(path, "p-1", more=False)

    return build


FUZZ_KINDS = (
    "flip",
    "zero_run",
    "cut",
    "swap",
    "page_size",
    "reserved",
    "cookie",
    "encoding",
    "freelist",
    "ptrmap",
    "btree_type",
    "cell_pointer",
)


def fuzz_cases(seed: int, per_kind: int) -> list[Case]:
    return [
        Case("fuzz", f"fuzz_{kind}_{seed}_{i}", _fuzz(kind, seed * 1000 + i))
        for kind in FUZZ_KINDS
        for i in range(per_kind)
    ]


# --- values in every column -------------------------------------------------------------------

DEEP = 20000
VALUES: dict[str, str] = {
    "blob": "X'00ff10'",
    "nan": "0.0/0.0",  # SQLite keeps NULL for NaN
    "inf": "9e999",
    "neg_inf": "-9e999",
    "huge_int": "9223372036854775807",
    "min_int": "-9223372036854775808",
    "negative_id": "-1",
    "empty": "''",
    "combining": "replace(printf('%.300c', 'x'), 'x', char(769))",
    "rtl_only": "replace(printf('%.50c', 'x'), 'x', char(8207))",
    "nul_only": "char(0, 0, 0)",
    "date_min": "'0000-01-01'",
    "date_max": "'9999-12-31'",
    "date_beyond": "'+10000-01-01'",
    "date_negative": "'-0044-03-15'",
    "date_nonsense": "'2024-02-30'",
    "json_deep": f"printf('%.{DEEP}c', '[') || printf('%.{DEEP}c', ']')",
    "json_deep_object": f"replace(printf('%.{DEEP}c', 'x'), 'x', '{{\"a\":') || '1'"
    f" || printf('%.{DEEP}c', '}}')",
}
SKIP_TABLES = ("sqlite_", "_sqlite_migrations")


def _columns(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' AND name NOT LIKE '%_fts%' ORDER BY name"
            )
            if not r[0].startswith(SKIP_TABLES)
        ]
        out = []
        for t in tables:
            if not conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone():
                continue
            out += [(t, c[1]) for c in conn.execute(f"PRAGMA table_info({t})")]
        return out
    finally:
        conn.close()


def value_cases(bases: dict[str, Path], seed: int, per_column: int) -> list[Case]:
    from tests.data.hostile_own_format import _first_row

    rng = random.Random(seed)
    cases = []
    kinds = sorted(VALUES)
    for table, column in _columns(bases["sample"]):
        chosen = rng.sample(kinds, per_column)
        if any(w in column for w in ("edtf", "earliest", "latest", "first", "last")):
            chosen.append(rng.choice([k for k in kinds if k.startswith("date")]))
        if table == "meta" or column in ("value",):
            chosen.append(rng.choice(["json_deep", "json_deep_object"]))
        for kind in dict.fromkeys(chosen):

            def build(
                folder: Path, b: dict[str, Path], t: str = table, c: str = column, k: str = kind
            ) -> list[list[str]]:
                path = folder / ARCHIVE
                shutil.copyfile(b["sample"], path)
                where = _first_row(path, t)
                _loosened(path, f"UPDATE {t} SET {c} = {VALUES[k]} WHERE {where}")
                return reader_commands(path, _first_person(path), more=t in FORMAT2_TABLES)

            cases.append(Case("value", f"value_{table}_{column}_{kind}", build))
    return cases


FORMAT2_TABLES = ("attachments", "placements", "recognitions", "appeals", "letter_recipients")


# --- third sweep: versions, stale derived data, odd ids, dates, bulk rows, cycles ------------

NEW_PERSON = {
    "format": "kartoteka-interchange",
    "version": 1,
    "people": [{"id": "p-swept", "display_name": "Swept Person"}],
}


def third_commands(path: Path, person: str, out_hint: Path) -> Commands:
    """Every consumer of an archive: the readers, the full check, reindex, an import into it."""
    new = out_hint.parent / f"{out_hint.name}-new.json"
    new.write_text(json.dumps(NEW_PERSON))
    return [
        *reader_commands(path, person),
        ["info", "--check", str(path)],
        ["search", "--json", str(path), "Zyxwvut"],
        ["reindex", str(path), "{out}/reindexed.db"],
        ["import", str(path), str(new)],  # last: it writes (into a copy, then swaps)
    ]


def third_cases(seed: int) -> list[Case]:
    from tests.data.hostile_third import CASES

    def builder(name: str) -> Build:
        def build(folder: Path, bases: dict[str, Path]) -> Commands:
            from tests.data.hostile_third import make

            base = bases["generated"] if name.startswith("bulk") else bases["sample"]
            path = make(name, folder, base)
            person = _first_person(path)
            if name.startswith("bulk"):  # the person given the 100,000 rows
                from tests.data.hostile_third import _PERSON

                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                person = str(conn.execute(f"SELECT {_PERSON}").fetchone()[0])
                conn.close()
            if "\x00" in person:  # no argument can hold a NUL: the dossier asks for another
                person = "p-nobody"
            return third_commands(path, person, folder)

        return build

    def named_input(make: Callable[[Path], Path]) -> Build:
        """A file a command reads beside the archive: given to import, --redact."""

        def build(folder: Path, bases: dict[str, Path]) -> Commands:
            path = folder / ARCHIVE
            shutil.copyfile(bases["sample"], path)
            given = make(folder)
            return [
                ["import", "{out}/new.db", str(given)],
                ["publish", str(path), "{out}/pub", "--redact", str(given)],
            ]

        return build

    def pipe(folder: Path) -> Path:
        os.mkfifo(folder / "input.json")
        return folder / "input.json"

    def device(target: str) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            (folder / "input.json").symlink_to(target)
            return folder / "input.json"

        return make

    def piped_csv_folder(folder: Path) -> Path:
        (folder / "csv").mkdir()
        os.mkfifo(folder / "csv" / "people.csv")
        return folder / "csv"

    inputs = {
        "input_pipe": named_input(pipe),
        "input_dev_zero": named_input(device("/dev/zero")),
        "input_dev_urandom": named_input(device("/dev/urandom")),
        "input_csv_folder_pipe": named_input(piped_csv_folder),
    }
    return [
        *(Case("third:" + klass, name, builder(name)) for name, (klass, _b) in CASES.items()),
        *(Case("third:input", name, b) for name, b in inputs.items()),
    ]


# --- the sweep -------------------------------------------------------------------------------


def sweep(
    cases: list[Case],
    bases: dict[str, Path],
    work: Path,
    timeout: float,
    viewer: bool,
    checkout: Path = ROOT,
) -> list[Outcome]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "LANG": "be_BY.UTF-8",
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(work / "home"),
        "XDG_DATA_HOME": str(work / "home" / "data"),
        "XDG_CONFIG_HOME": str(work / "home" / "config"),
        "XDG_CACHE_HOME": str(work / "home" / "cache"),
        "KARTOTEKA_CACHE_DIR": str(work / "home" / "kcache"),
    }
    results: list[Outcome] = []
    for case in cases:
        folder = work / "cases" / case.name
        out = work / "out" / case.name
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        folder.mkdir(parents=True)
        out.mkdir(parents=True)
        try:
            commands = case.build(folder, bases)
        except Exception as exc:  # the builder itself (e.g. SQLite refused the damage)
            results.append(Outcome(case.name, "build", "skipped", None, 0, 0, repr(exc)[:200]))
            print(f"{case.klass:8} {case.name[:44]:44} build skipped {exc!r:.200}", file=sys.stderr)
            continue
        if viewer and commands and commands[0][0] == "info":
            commands.append(["self-test", "--archive", commands[0][1], "--only-start"])
        good = bases["sample"]
        for argv in commands:
            argv = [a.replace("{out}", str(out)).replace("{good}", str(good)) for a in argv]
            label = argv[0] + (" " + Path(argv[-1]).suffix if argv[0] == "export" else "")
            if argv[0] == "import" and "back.db" in argv[1]:
                exported = Path(argv[2])
                if not exported.exists():
                    continue
                label = "import export"
            outcome, code, secs, rss, _so, se, tmp = run(
                argv, folder, work / "tmp" / "t", env, timeout, checkout
            )
            if argv[0] == "import" and argv[1] == commands[0][1]:
                label = "import into"
                if outcome == "changed" and code == 0:
                    outcome = "clean"  # an import into the archive is meant to change it
            if label == "import export" and code != 0 and outcome == "clean":
                outcome = "roundtrip"
            if label.startswith("export") and code != 0:
                left = [p.name for p in out.iterdir() if p.name.startswith("export")]
                if left:
                    outcome = "half-written"
            results.append(
                Outcome(
                    case.name,
                    label,
                    outcome,
                    code,
                    round(secs, 2),
                    round(rss),
                    se[-1500:],
                    {"tmp_mb": round(tmp / 1e6, 1)},
                )
            )
            print(
                f"{case.klass:8} {case.name[:44]:44} {label:14} {outcome:10} {code!s:>4} "
                f"{secs:6.1f}s {rss:6.0f}MB",
                file=sys.stderr,
                flush=True,
            )
    return results


def _nothing(_folder: Path, _bases: dict[str, Path]) -> Commands:
    return []


def table(cases: list[Case], results: list[Outcome]) -> str:
    klass = {c.name: c.klass for c in cases}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        counts[klass.get(r.case, "?")][r.outcome] += 1
    kinds = sorted({o for c in counts.values() for o in c}, key=lambda k: (k != "clean", k))
    lines = ["| class | " + " | ".join(kinds) + " |", "|---" * (len(kinds) + 1) + "|"]
    for k in sorted(counts):
        lines.append(f"| {k} | " + " | ".join(str(counts[k][o]) for o in kinds) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "kartoteka-hostile-sweep"
    )
    parser.add_argument(
        "--class",
        dest="classes",
        action="append",
        choices=("format2", "zip", "crypt", "store", "fuzz", "value", "third"),
    )
    parser.add_argument("--case", action="append", help="only cases whose name holds this")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--fuzz-per-kind", type=int, default=3)
    parser.add_argument("--values-per-column", type=int, default=1)
    parser.add_argument("--viewer", action="store_true", help="also open each in the window")
    parser.add_argument("--json", type=Path, help="write every outcome here")
    parser.add_argument(
        "--code",
        type=Path,
        default=ROOT,
        help="the checkout whose `kartoteka` is run (e.g. main, for a before/after table)",
    )
    parser.add_argument(
        "--table-from",
        type=Path,
        metavar="OUT.json",
        help="print the table of a saved --json again (outcomes re-read), run nothing",
    )
    args = parser.parse_args()
    if args.table_from is not None:
        saved = reclassify(json.loads(args.table_from.read_text()))
        named = {str(r["case"]) for r in saved}
        kits = ("zip", "crypt", "store", "fuzz", "value")
        third = {c.name: c.klass for c in third_cases(args.seed)}
        klass = [
            Case(third.get(n) or next((k for k in kits if n.startswith(k)), "format2"), n, _nothing)
            for n in named
        ]
        outcomes = [Outcome(**r) for r in saved]  # type: ignore[arg-type]
        print(table(klass, outcomes))
        for o in outcomes:
            if o.outcome not in ("clean", "skipped"):
                print(f"- {o.case} / {o.command}: {o.outcome} {o.stderr[-200:]!r}")
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    bases = build_bases(args.work, args.seed)
    classes = args.classes or ["format2", "zip", "crypt", "store", "fuzz", "value"]
    cases: list[Case] = []
    if "format2" in classes:
        cases += format2_cases()
    if "zip" in classes:
        cases += zip_cases()
    if "crypt" in classes:
        cases += crypt_cases()
    if "store" in classes:
        cases += store_cases()
    if "fuzz" in classes:
        cases += fuzz_cases(args.seed, args.fuzz_per_kind)
    if "value" in classes:
        cases += value_cases(bases, args.seed, args.values_per_column)
    if "third" in classes:
        cases += third_cases(args.seed)
    if args.case:
        cases = [c for c in cases if any(s in c.name for s in args.case)]
    results = sweep(cases, bases, args.work, args.timeout, args.viewer, args.code.resolve())
    print(table(cases, results))
    bad = [r for r in results if r.outcome not in ("clean", "skipped")]
    for r in bad:
        print(f"- {r.case} / {r.command}: {r.outcome} (exit {r.code}) {r.stderr[-300:]!r}")
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in results], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
