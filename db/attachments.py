"""Images kept inside an archive, judged by their header and read only when sound.

An attachment's bytes live in the archive (`attachments.data`); Kartoteka
never fetches an image from a URL. What the bytes are (format, width,
height) is read from the image header with Pillow's `Image.open`, which
parses headers and decodes nothing. That happens when an import takes the
bytes in and again whenever a reader asks for them, because an archive from
elsewhere may hold anything in that column (a 200 MB blob, text called a
PNG, a decompression bomb) and its stored metadata proves nothing. The size
is asked of SQLite (`length(data)`, which does not load the value) before a
single byte is read.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, BinaryIO

from sqlite_utils import Database

from db import dates
from db import migrations as schema
from db.errors import KartotekaError
from db.records import Attachment, AttachmentId, PersonId

MAX_BYTES = schema.ATTACHMENT_MAX_BYTES
MAX_PIXELS = schema.ATTACHMENT_MAX_PIXELS
MAX_SIDE = 20_000
"""Longest side in pixels an attachment may declare."""

MEDIA_TYPES: dict[str, str] = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
"""Pillow format name -> media type, for the formats an archive may hold."""
EXTENSIONS: dict[str, str] = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
}


class AttachmentProblem(StrEnum):
    """Why an attachment cannot be shown (the viewer words these)."""

    MISSING = "missing"
    TOO_LARGE = "too_large"
    NOT_AN_IMAGE = "not_an_image"
    TYPE_MISMATCH = "type_mismatch"
    TOO_MANY_PIXELS = "too_many_pixels"


PROBLEM_TEXT: dict[AttachmentProblem, str] = {
    AttachmentProblem.MISSING: "there is no such attachment in this archive",
    AttachmentProblem.TOO_LARGE: (
        f"it is larger than {MAX_BYTES // (1024 * 1024)} MB, the most an archive may hold"
    ),
    AttachmentProblem.NOT_AN_IMAGE: "it is not a JPEG, PNG, GIF or WebP image",
    AttachmentProblem.TYPE_MISMATCH: "its bytes are another image format than it says",
    AttachmentProblem.TOO_MANY_PIXELS: (
        f"it declares more than {MAX_PIXELS:,} pixels or a side over {MAX_SIDE:,} "
        "(a decompression bomb, or far too large to show)"
    ),
}


class AttachmentError(KartotekaError):
    """An attachment that cannot be taken in or shown; `problem` says why."""

    def __init__(self, message: str, problem: AttachmentProblem) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ImageHeader:
    """What an image's header says, checked against the limits."""

    media_type: str
    width: int
    height: int


def _fail(problem: AttachmentProblem, detail: str = "") -> AttachmentError:
    return AttachmentError(PROBLEM_TEXT[problem] + (f" ({detail})" if detail else ""), problem)


def inspect_image(fp: BinaryIO, size: int, *, declared: str | None = None) -> ImageHeader:
    """The real format and dimensions of `size` bytes at `fp`, from the header only.

    Raises AttachmentError when the bytes are too many, not an image of an
    allowed format, another format than `declared`, or declare too many
    pixels. Nothing is decoded, so a decompression bomb costs a header read.
    """
    if size > MAX_BYTES:
        raise _fail(AttachmentProblem.TOO_LARGE, f"{size:,} bytes")
    if size <= 0:
        raise _fail(AttachmentProblem.NOT_AN_IMAGE, "no bytes")
    # imported here: Pillow costs start-up time, and only images need it
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        # our own, lower limit applies below; Pillow's only warns or raises
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(fp, formats=tuple(MEDIA_TYPES)) as image:
                fmt, (width, height) = image.format, image.size
        except Image.DecompressionBombError as exc:
            raise _fail(AttachmentProblem.TOO_MANY_PIXELS) from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
            raise _fail(AttachmentProblem.NOT_AN_IMAGE) from exc
    media_type = MEDIA_TYPES.get(fmt or "")
    if media_type is None or width <= 0 or height <= 0:
        raise _fail(AttachmentProblem.NOT_AN_IMAGE)
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise _fail(AttachmentProblem.TOO_MANY_PIXELS, f"{width:,} × {height:,}")
    if declared is not None and declared != media_type:
        raise _fail(AttachmentProblem.TYPE_MISMATCH, f"says {declared}, is {media_type}")
    return ImageHeader(media_type, width, height)


def inspect_bytes(data: bytes, *, declared: str | None = None) -> ImageHeader:
    """`inspect_image` for bytes in memory (imports, the writer)."""
    return inspect_image(io.BytesIO(data), len(data), declared=declared)


# -- reading attachments from an archive -------------------------------------------

_META_COLUMNS = """
a.pk, a.id, a.person_id, a.media_type, a.caption, a.licence,
a.date_edtf, a.date_earliest, a.date_latest, typeof(a.data), length(a.data)
"""
_PERSON_SQL = f"""
SELECT {_META_COLUMNS} FROM attachments a WHERE a.person_id = :id ORDER BY a.pk
"""
_ONE_SQL = f"SELECT {_META_COLUMNS} FROM attachments a WHERE a.id = :id"
_DATA_SQL = "SELECT data FROM attachments WHERE pk = :pk"


def _header(db: Database, pk: int, kind: str, size: int, declared: str) -> ImageHeader:
    """Check one stored attachment by its header; reads the bytes only within the limit."""
    if kind != "blob":
        raise _fail(AttachmentProblem.NOT_AN_IMAGE, f"the archive holds {kind}, not bytes")
    if size > MAX_BYTES:
        raise _fail(AttachmentProblem.TOO_LARGE, f"{size:,} bytes")
    try:
        blob = db.conn.blobopen("attachments", "data", pk, readonly=True)
    except (AttributeError, NotImplementedError):  # a connection without blob I/O
        data = db.execute(_DATA_SQL, {"pk": pk}).fetchone()[0]
        return inspect_bytes(data, declared=declared)
    with blob:
        return inspect_image(io.BufferedReader(_BlobReader(blob)), size, declared=declared)


class _BlobReader(io.RawIOBase):
    """A read-only, seekable file over an SQLite blob handle, for Pillow."""

    def __init__(self, blob: Any) -> None:
        super().__init__()
        self._blob = blob

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._blob.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        size = len(self._blob)
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._blob.tell(), io.SEEK_END: size}[whence]
        # SQLite refuses positions outside the blob; a header that asks for one is cut short
        self._blob.seek(max(0, min(size, base + offset)))
        return int(self._blob.tell())

    def tell(self) -> int:
        return int(self._blob.tell())


def _attachment(db: Database, r: Sequence[Any], citations: tuple[int, ...]) -> Attachment:
    pk, aid, pid, declared, caption, licence, d_edtf, d_early, d_late, kind, size = r
    problem: AttachmentProblem | None = None
    width = height = 0
    media_type = declared
    try:
        header = _header(db, pk, kind, size or 0, declared)
        media_type, width, height = header.media_type, header.width, header.height
    except AttachmentError as exc:
        problem = exc.problem
    return Attachment(
        id=AttachmentId(aid),
        person_id=PersonId(pid),
        media_type=media_type,
        caption=caption,
        licence=licence,
        date=dates.from_columns(d_edtf, d_early, d_late),
        byte_size=int(size or 0),
        width=width,
        height=height,
        problem=None if problem is None else str(problem),
        citations=citations,
    )


def person_attachment_rows(db: Database, person_id: str) -> list[Sequence[Any]]:
    """The metadata rows of a person's attachments (for db.person); none before format 2."""
    if schema.archive_version(db) < 2:
        return []
    return list(db.execute(_PERSON_SQL, {"id": person_id}))


def person_attachments(
    db: Database, person_id: PersonId, citations: dict[str, tuple[int, ...]] | None = None
) -> tuple[Attachment, ...]:
    """A person's attachments, each checked by its header; no image bytes are kept.

    `problem` is set on those that cannot be shown (the viewer says "cannot
    display" with the reason); `citations` maps attachment ids to footnote
    numbers when the caller numbers them (db.person does).
    """
    numbers = citations or {}
    return tuple(
        _attachment(db, r, numbers.get(r[1], ())) for r in person_attachment_rows(db, person_id)
    )


def attachment_bytes(db: Database, attachment_id: AttachmentId) -> tuple[ImageHeader, bytes]:
    """The bytes of one attachment and what they are, after the header checks pass.

    Raises AttachmentError (with `problem`) instead of reading an oversized
    value or returning bytes that are not the image they claim to be. Call it
    off the GUI thread: it reads up to MAX_BYTES.
    """
    row = None
    if schema.archive_version(db) >= 2:
        row = db.execute(_ONE_SQL, {"id": attachment_id}).fetchone()
    if row is None:
        raise _fail(AttachmentProblem.MISSING, attachment_id)
    pk, _aid, _pid, declared, *_rest, kind, size = row
    _header(db, pk, kind, size or 0, declared)
    data = db.execute(_DATA_SQL, {"pk": pk}).fetchone()[0]
    # the bytes read are the bytes checked: check again, in memory, what is returned
    header = inspect_bytes(bytes(data), declared=declared)
    return header, bytes(data)
