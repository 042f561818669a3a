"""Hostile attachments: refused on import, or marked undisplayable on read, never read whole.

Three kinds of bad image come from outside: far too many bytes (200 MB), bytes
that are not the image they say ("PNG" text), and a decompression bomb (a
valid header declaring billions of pixels over a few bytes of data).
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import struct
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import migrations as schema
from db.attachments import (
    AttachmentError,
    AttachmentProblem,
    attachment_bytes,
    inspect_bytes,
    person_attachments,
)
from db.connection import ArchiveDamagedError, open_archive
from db.errors import ImportValidationError
from db.importing import import_files
from db.person import get_person
from db.records import AttachmentId, PersonId
from tests.data.format_v2 import image_bytes

BIG = 200 * 1024 * 1024


def png_header(width: int, height: int) -> bytes:
    """A well-formed PNG declaring `width` × `height` grey pixels over a few bytes of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 4096)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


NOT_A_PNG = b"\x89PNG\r\n\x1a\n" + b"this is not an image, just text after a PNG signature" * 20
BOMB = png_header(50_000, 50_000)  # 2.5 billion pixels in 4 KB
JUST_OVER = png_header(8_000, 8_000)  # under Pillow's limit, over ours


@pytest.mark.parametrize(
    ("data", "declared", "problem"),
    [
        (NOT_A_PNG, "image/png", AttachmentProblem.NOT_AN_IMAGE),
        (b"", None, AttachmentProblem.NOT_AN_IMAGE),
        (b"GIF89a", None, AttachmentProblem.NOT_AN_IMAGE),
        (BOMB, None, AttachmentProblem.TOO_MANY_PIXELS),
        (JUST_OVER, None, AttachmentProblem.TOO_MANY_PIXELS),
        (png_header(30_000, 10), None, AttachmentProblem.TOO_MANY_PIXELS),
        (image_bytes("JPEG"), "image/png", AttachmentProblem.TYPE_MISMATCH),
        (b"%PDF-1.7\n" + b"x" * 100, None, AttachmentProblem.NOT_AN_IMAGE),
    ],
)
def test_inspection_refuses_bad_bytes(
    data: bytes, declared: str | None, problem: AttachmentProblem
) -> None:
    with pytest.raises(AttachmentError) as info:
        inspect_bytes(data, declared=declared)
    assert info.value.problem == problem


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP"])
def test_inspection_accepts_real_images(fmt: str) -> None:
    header = inspect_bytes(image_bytes(fmt, (31, 17)))
    assert (header.width, header.height) == (31, 17)
    assert header.media_type == f"image/{fmt.lower()}"


@pytest.fixture
def csv_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "people.csv").write_text("id,display_name\np-a,A\n", encoding="utf-8")
    return folder


def _attachments_csv(folder: Path, name: str) -> None:
    (folder / "attachments.csv").write_text(
        f"id,person_id,media_type,file\nph-1,p-a,image/png,{name}\n", encoding="utf-8"
    )


def test_import_refuses_a_200_mb_file_without_reading_it(csv_folder: Path, tmp_path: Path) -> None:
    big = csv_folder / "big.png"
    with big.open("wb") as f:
        f.write(image_bytes("PNG"))
        f.truncate(BIG)  # sparse: costs no disk, but stat says 200 MB
    _attachments_csv(csv_folder, "big.png")
    tracemalloc.start()
    with pytest.raises(ImportValidationError) as info:
        import_files(tmp_path / "a.db", [csv_folder])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "209,715,200 bytes is more than an attachment may have" in "\n".join(info.value.problems)
    assert peak < 20 * 1024 * 1024
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (NOT_A_PNG, "is not a JPEG, PNG, GIF or WebP image"),
        (BOMB, "declares more than 40,000,000 pixels"),
        (image_bytes("JPEG"), "says image/png, is image/jpeg"),
    ],
)
def test_import_refuses_bad_images_by_row(
    csv_folder: Path, tmp_path: Path, content: bytes, problem: str
) -> None:
    (csv_folder / "x.png").write_bytes(content)
    _attachments_csv(csv_folder, "x.png")
    with pytest.raises(ImportValidationError) as info:
        import_files(tmp_path / "a.db", [csv_folder])
    (line,) = [p for p in info.value.problems if "attachments.csv" in p]
    assert line.startswith("attachments.csv row 2, column data: cannot be taken in:")
    assert problem in line


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("https://example.org/photo.png", "is a web address; Kartoteka never downloads"),
        ("../secret.png", "must be a file name inside the import's folder"),
        ("/etc/passwd", "must be a file name inside the import's folder"),
        ("missing.png", "no such file"),
    ],
)
def test_import_never_fetches_or_leaves_the_folder(
    csv_folder: Path, tmp_path: Path, name: str, problem: str
) -> None:
    _attachments_csv(csv_folder, name)
    with pytest.raises(ImportValidationError) as info:
        import_files(tmp_path / "a.db", [csv_folder])
    assert any(problem in p for p in info.value.problems), info.value.problems


def test_json_base64_over_the_limit_is_refused_undecoded(tmp_path: Path) -> None:
    doc = {
        "people": [{"id": "p-a", "display_name": "A"}],
        "attachments": [{"id": "ph", "person_id": "p-a", "data": "A" * (12 * 1024 * 1024)}],
    }
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportValidationError, match="more than an attachment may have"):
        import_files(tmp_path / "a.db", [src])


def test_a_zip_member_that_lies_about_its_size_is_cut_at_the_limit(tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "in.zip"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("people.csv", "id,display_name\np-a,A\n")
        zf.writestr("attachments.csv", "id,person_id,file\nph,p-a,attachments/big.png\n")
        zf.writestr("attachments/big.png", b"\0" * (schema.ATTACHMENT_MAX_BYTES + 10))
    with pytest.raises(ImportValidationError, match="more than an attachment may have"):
        import_files(tmp_path / "a.db", [out])


# -- archives that hold bad attachments (made by someone else) -----------------------


def _plant(path: Path, rows: list[tuple[str, str, bytes | None, int, int, int]]) -> None:
    """Put attachments into an archive behind the writer's back (id, type, data, size, w, h)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for aid, media_type, data, size, width, height in rows:
        blob = "zeroblob(:size)" if data is None else ":data"
        conn.execute(
            "INSERT INTO attachments (id, person_id, media_type, byte_size, width, height, "
            f"sha256, data) VALUES (:id, 'p-kalesnikava', :type, :size, :w, :h, 'x', {blob})",
            {"id": aid, "type": media_type, "size": size, "w": width, "h": height, "data": data},
        )
    conn.commit()
    conn.close()


@pytest.fixture
def hostile(sample_archive_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hostile.db"
    shutil.copyfile(sample_archive_path, path)
    good = image_bytes("PNG")
    _plant(
        path,
        [
            ("ph-good", "image/png", good, len(good), 12, 16),
            # metadata that looks fine over bytes that are not an image, and a bomb
            ("ph-text", "image/png", NOT_A_PNG, len(NOT_A_PNG), 10, 10),
            ("ph-bomb", "image/png", BOMB, len(BOMB), 10, 10),
        ],
    )
    return path


def test_open_archive_shows_what_can_and_cannot_be_displayed(hostile: Path) -> None:
    with open_archive(hostile) as archive:
        rec = get_person(archive.db, PersonId("p-kalesnikava"))
        assert rec is not None
        problems = {a.id: a.problem for a in rec.attachments}
        assert problems == {
            "ph-good": None,
            "ph-text": "not_an_image",
            "ph-bomb": "too_many_pixels",
        }
        header, data = attachment_bytes(archive.db, AttachmentId("ph-good"))
        assert (header.width, header.height) == (12, 16)
        assert data.startswith(b"\x89PNG")
        for bad in ("ph-text", "ph-bomb", "ph-missing"):
            with pytest.raises(AttachmentError):
                attachment_bytes(archive.db, AttachmentId(bad))


def test_a_200_mb_blob_is_judged_by_its_length_alone(hostile: Path) -> None:
    _plant(hostile, [("ph-huge", "image/png", None, BIG, 10, 10)])
    db = Database(sqlite3.connect(f"file:{hostile}?mode=ro", uri=True))
    tracemalloc.start()
    started = time.perf_counter()
    (huge,) = [a for a in person_attachments(db, PersonId("p-kalesnikava")) if a.id == "ph-huge"]
    with pytest.raises(AttachmentError) as info:
        attachment_bytes(db, AttachmentId("ph-huge"))
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    db.close()
    assert huge.problem == "too_large"
    assert huge.byte_size == BIG
    assert info.value.problem == AttachmentProblem.TOO_LARGE
    assert peak < 20 * 1024 * 1024  # the 200 MB were never loaded
    assert elapsed < 5  # generous: a shared machine; reading 200 MB twice would not pass peak


def test_opening_refuses_an_archive_whose_attachment_breaks_the_format(hostile: Path) -> None:
    _plant(hostile, [("ph-huge", "image/png", None, BIG, 10, 10)])
    with pytest.raises(ArchiveDamagedError, match="damaged"):
        open_archive(hostile)


def test_base64_round_trip_of_a_real_photo(tmp_path: Path) -> None:
    jpeg = image_bytes("JPEG", (40, 30))
    doc = {
        "people": [{"id": "p-a", "display_name": "A"}],
        "attachments": [{"id": "ph", "person_id": "p-a", "data": base64.b64encode(jpeg).decode()}],
    }
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    import_files(tmp_path / "a.db", [src])
    with open_archive(tmp_path / "a.db") as archive:
        header, data = attachment_bytes(archive.db, AttachmentId("ph"))
    assert data == jpeg
    assert (header.media_type, header.width, header.height) == ("image/jpeg", 40, 30)


def test_pillow_is_loaded_only_when_an_image_is_looked_at() -> None:
    """Start-up cost: the viewer imports these modules before any photo is shown."""
    import subprocess
    import sys

    code = (
        "import sys, db.person, db.sample, db.importing, db.exporting, db.letters, db.custody;"
        "print('PIL' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
