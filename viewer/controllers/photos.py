"""Photos of the record shown: decoded lazily, on the task runner, never on the GUI thread.

The record pane shows a placeholder where a photo goes and asks for it once
the record is on screen (`request`); the photos are read and scaled on the
task runner's PHOTO lane (viewer.photos.decode_photo: its own thread, so a
large image never holds up the next record) and come back by `photo_ready`.
Another record makes the request stale (one key, "photos"), so scrolling
through the list never queues up images nobody will see. The last few
decoded photos are kept, so Back shows them at once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.errors import KartotekaError
from db.records import Attachment, AttachmentId
from viewer.controllers.context import AppContext
from viewer.photos import UNDECODABLE, Photo, decode_photo
from viewer.tasks import Lane, WorkerContext

if TYPE_CHECKING:
    from db.connection import Archive

PHOTO_LIMIT_MS = 10_000
KEPT_PHOTOS = 24


class PhotoController(QObject):
    """Decodes the photos a record pane asks for; see the module docstring.

    Signals:
        photo_ready(str, object): a person id and the `viewer.photos.Photo` for them.
    """

    photo_ready = Signal(str, object)

    def __init__(
        self,
        context: AppContext,
        archive: Callable[[], Archive | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._archive = archive  # the archive open now (the browse controller's)
        self._kept_for: Archive | None = None
        self._kept: OrderedDict[AttachmentId, Photo] = OrderedDict()

    def request(self, person_id: str, attachments: Sequence[Attachment]) -> None:
        """Decode the displayable ones of `attachments`; kept ones answer at once."""
        archive = self._archive()
        tasks = self._context.tasks
        tasks.cancel("photos")
        if archive is not self._kept_for:  # another archive (or Lock): forget the old photos
            self._kept.clear()
            self._kept_for = archive
        if archive is None:
            return
        wanted: list[AttachmentId] = []
        for a in attachments:
            if a.problem is not None:
                continue
            kept = self._kept.get(a.id)
            if kept is not None:
                self.photo_ready.emit(person_id, kept)
            else:
                wanted.append(a.id)
        if not wanted:
            return

        def job(context: WorkerContext) -> list[Photo]:
            worker = context.archive(archive)
            with worker.time_limit(PHOTO_LIMIT_MS):
                return [decode_photo(worker.db, aid) for aid in wanted]

        def done(photos: list[Photo]) -> None:
            for photo in photos:
                if photo.image is not None:
                    self._kept[photo.attachment_id] = photo
                    while len(self._kept) > KEPT_PHOTOS:
                        self._kept.popitem(last=False)
                self.photo_ready.emit(person_id, photo)

        def failed(_exc: KartotekaError) -> None:
            for aid in wanted:
                self.photo_ready.emit(person_id, Photo(aid, None, UNDECODABLE))

        tasks.run(job, key="photos", lane=Lane.PHOTO, quiet=True, on_done=done, on_error=failed)
