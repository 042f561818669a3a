"""A person's photo made small enough to show, on a worker thread, never on the GUI's.

`decode_photo` runs as a task-runner job (viewer.controllers.photos): it reads
the attachment through `db.attachments.attachment_bytes`, which refuses
oversized values, bytes that are not the image they claim and decompression
bombs by their header before any pixel is decoded, then decodes and scales
with Pillow (JPEG decodes straight at a reduced size) and hands back a
QImage, which unlike a QPixmap may be made off the GUI thread. Whatever
cannot be shown comes back as a problem code the record pane words ("cannot
display: …"); nothing here raises for a bad image.
"""

from __future__ import annotations

import io
import threading
import warnings
from dataclasses import dataclass

from PySide6.QtGui import QImage
from sqlite_utils import Database

from db.attachments import AttachmentError, attachment_bytes
from db.records import AttachmentId

MAX_WIDTH = 220
MAX_HEIGHT = 280
"""The photo's box in the record pane (pixels); larger images are scaled down into it."""
PHOTO_URL = "kartoteka-photo:"
"""Image resources of the record's document are named PHOTO_URL + attachment id."""
UNDECODABLE = "undecodable"
"""Problem code of an image whose header is sound but whose pixels are not."""


@dataclass(frozen=True, slots=True)
class Photo:
    """A decoded, scaled photo, or why it cannot be shown (`image` None, `problem` set)."""

    attachment_id: AttachmentId
    image: QImage | None
    problem: str | None = None  # a db.attachments.AttachmentProblem value or UNDECODABLE
    thread: str = ""  # the name of the thread that decoded it (never the GUI thread)


@dataclass(frozen=True, slots=True)
class PhotoSlot:
    """What the record pane has for one photo: the image once decoded, or why there is none."""

    image: QImage | None = None
    problem: str | None = None


def fitted(width: int, height: int) -> tuple[int, int]:
    """`width` × `height` scaled down (never up) to fit MAX_WIDTH × MAX_HEIGHT."""
    if width <= 0 or height <= 0:
        return MAX_WIDTH, MAX_WIDTH
    scale = min(1.0, MAX_WIDTH / width, MAX_HEIGHT / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def decode_photo(db: Database, attachment_id: AttachmentId) -> Photo:
    """The attachment as a QImage that fits the record's photo box (call off the GUI thread)."""
    here = threading.current_thread().name
    try:
        header, data = attachment_bytes(db, attachment_id)
    except AttachmentError as exc:
        return Photo(attachment_id, None, str(exc.problem), here)
    from PIL import Image

    size = fitted(header.width, header.height)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the header was checked against our own limits
            with Image.open(io.BytesIO(data)) as image:
                image.draft("RGB", size)  # JPEG: decode at a fraction of the size
                image.thumbnail(size)
                rgba = image.convert("RGBA")
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        return Photo(attachment_id, None, UNDECODABLE, here)
    raw = rgba.tobytes()
    qimage = QImage(raw, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return Photo(attachment_id, qimage.copy(), None, here)  # copy: owns its pixels
