"""File ▸ Make a publishable copy…: the dialog's choices, its preview, and the copy itself.

Widget-free (STYLE D9): the dialog asks for the choices (publishers,
droppable fields, tags), a preview of the rules it builds, and the copy;
each runs on the task runner and comes back by signal. The copy reads the
open archive through a connection of its own (an encrypted archive, while
unlocked, works like a plain one), reports its steps through a queued
signal, and stops at the next step when Cancel is pressed: db.publish
writes under a temporary name and removes it, so a cancelled or failed copy
leaves nothing. Lock cancels a running copy.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.errors import KartotekaError, QueryInterruptedError
from db.records import PersonId
from viewer.constraints import Constraint, values_of
from viewer.controllers.context import AppContext
from viewer.tasks import Lane, WorkerContext
from viewer.view_state import query_of

if TYPE_CHECKING:
    from db.connection import Archive
    from db.publish import PublishPreview, PublishReport, RedactionRules
    from db.publish.rules import PeopleFilter
    from viewer.annotations.session import AnnotationSession
    from viewer.controllers.browse import BrowseController

PREVIEW_LIMIT_MS = 120_000


class PublishCancelledError(KartotekaError):
    """Cancel stopped the copy; nothing was written."""

    title = "Cancelled"


FILTER_KINDS = ("statuses", "roles", "regions", "court_ids", "articles", "years")
"""Chips a rules file can say as `people.filter` (the rest become ids or tags)."""


@dataclass(frozen=True, slots=True)
class CurrentList:
    """The list as the chips describe it, as rules: "drop the people of the current list".

    A list narrowed only by facets becomes a `people.filter` (it reads well
    in a saved rules file), one narrowed only by tags the tags' names; a
    search, "Changed since" or tags beside facets become the list's ids.
    """

    chips: tuple[str, ...]  # what each chip says
    people_filter: PeopleFilter | None = None
    tags: tuple[str, ...] = ()
    person_ids: tuple[PersonId, ...] = ()
    count: int = 0  # people in the list


@dataclass(frozen=True, slots=True)
class PublishChoices:
    """What the dialog offers: fields that can be dropped, publishers of sources, tags."""

    fields: dict[str, tuple[str, ...]]  # "people.biography" -> ("drop",) or ("drop", "year")
    publishers: tuple[tuple[str, str, int], ...]  # (organization id, name, sources)
    tags: tuple[str, ...]  # tag names in the annotation store
    current: CurrentList


def _as_filter(constraints: Sequence[Constraint]) -> PeopleFilter:
    from db.publish.rules import PeopleFilter

    values = {kind: values_of(constraints, kind) for kind in FILTER_KINDS}
    years = next((v for v in values.pop("years") if isinstance(v, tuple)), (None, None))
    lists = {k: tuple(str(v) for v in vs) for k, vs in values.items()}
    return PeopleFilter(**lists, year_from=years[0], year_to=years[1])


class _Bridge(QObject):
    progressed = Signal(str, float)


class PublishController(QObject):
    """Choices, preview and copy for the publish dialog; see the module docstring.

    Signals:
        choices_ready(object): the `PublishChoices` of the open archive.
        preview_ready(object): a `PublishPreview` of the rules last asked about.
        preview_failed(object): the KartotekaError that stopped the preview (bad rules…).
        progressed(str, float): a step of the copy ("read", "redact", "build", "export",
            "check", "done") and the share done.
        published(object): the `PublishReport` of a finished copy.
        cancelled(): Cancel stopped the copy; nothing was written.
        failed(object): the KartotekaError that stopped the copy; nothing was written.
    """

    choices_ready = Signal(object)
    preview_ready = Signal(object)
    preview_failed = Signal(object)
    progressed = Signal(str, float)
    published = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        browse: BrowseController,
        annotations: AnnotationSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._browse = browse
        self._annotations = annotations
        self._cancel: threading.Event | None = None
        self._running: list[Archive] = []  # the copy's own connection, to interrupt it
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self.progressed)

    def archive(self) -> Archive | None:
        return self._browse.archive()

    def is_publishing(self) -> bool:
        return self._cancel is not None

    # ----- choices and preview ---------------------------------------------------

    def request_choices(self) -> None:
        """The dialog's choices and the current list as rules, read on the task runner."""
        archive = self.archive()
        if archive is None:
            return
        store = self._annotations.store
        browse = self._browse
        state = browse.state
        chips = tuple(chip.text for chip in browse.chips())
        query = query_of(state, browse.tag_people)
        kinds = {c.kind for c in state.constraints}
        by_filter = not state.searching() and kinds <= set(FILTER_KINDS)
        by_tags = not state.searching() and kinds == {"tags"}
        tagged = values_of(state.constraints, "tags")
        tag_names = tuple(browse.labels.get(("tags", str(v)), str(v)) for v in tagged)

        def job(context: WorkerContext) -> PublishChoices:
            from db.people import list_people, page_rows
            from db.publish import droppable_fields, source_publishers

            worker = context.archive(archive)
            tags: tuple[str, ...] = ()
            if store is not None:
                tags = tuple(sorted(t.name for t in context.reader(store).tags()))
            with worker.time_limit(PREVIEW_LIMIT_MS):
                publishers = tuple(source_publishers(worker))
                current = CurrentList(chips)
                if chips and query is not None:
                    plist = list_people(worker.db, query)
                    if by_filter:
                        current = CurrentList(
                            chips, _as_filter(state.constraints), count=plist.count
                        )
                    elif by_tags:
                        current = CurrentList(chips, tags=tag_names, count=plist.count)
                    else:
                        rows = page_rows(worker.db, plist, 0, plist.count)
                        ids = tuple(r.id for r in rows)
                        current = CurrentList(chips, person_ids=ids, count=len(ids))
            return PublishChoices(droppable_fields(), publishers, tags, current)

        self._context.tasks.run(
            job,
            key="publish-choices",
            on_done=self.choices_ready.emit,
            lane=Lane.EXPORT,
            quiet=True,
        )

    def request_preview(self, rules: RedactionRules) -> None:
        """What `rules` would drop (counts and examples), read on the task runner."""
        archive = self.archive()
        if archive is None:
            return
        store = self._annotations.store

        def job(context: WorkerContext) -> PublishPreview:
            from db.publish import preview

            worker = context.archive(archive)
            reader = context.reader(store) if store is not None else None
            with worker.time_limit(PREVIEW_LIMIT_MS):
                return preview(worker, rules, store=reader)

        self._context.tasks.run(
            job,
            key="publish-preview",
            on_done=self.preview_ready.emit,
            on_error=self.preview_failed.emit,
            lane=Lane.EXPORT,
        )

    def cancel_preview(self) -> None:
        self._context.tasks.cancel("publish-preview")

    # ----- the copy -----------------------------------------------------------------

    def publish(self, rules: RedactionRules, out_dir: Path) -> bool:
        """Write the copy into `out_dir` on the task runner; False if one is running."""
        archive = self.archive()
        if archive is None or self._cancel is not None:
            return False
        cancel = self._cancel = threading.Event()
        bridge, running = self._bridge, self._running
        store = self._annotations.store

        def progress(stage: str, share: float) -> None:
            if cancel.is_set():
                raise PublishCancelledError("Cancelled: nothing was written.")
            bridge.progressed.emit(stage, share)  # queued to the GUI thread

        def job(context: WorkerContext) -> PublishReport:
            from db.publish import publish

            progress("open", 0.0)
            own = archive.reopen()  # its own connection: Cancel interrupts only the copy
            running.append(own)
            try:
                reader = context.reader(store) if store is not None else None
                return publish(own, out_dir, rules, store=reader, progress=progress)
            except (QueryInterruptedError, sqlite3.OperationalError):
                if cancel.is_set():
                    raise PublishCancelledError("Cancelled: nothing was written.") from None
                raise
            finally:
                running.remove(own)
                own.close()

        self._context.tasks.run(
            job,
            key="publish",
            on_done=self._on_published,
            on_error=self._on_failed,
            lane=Lane.EXPORT,
        )
        return True

    def cancel(self) -> None:
        """Stop the copy at its next step (or its running query); nothing stays written."""
        if self._cancel is None:
            return
        self._cancel.set()
        for own in list(self._running):
            own.cancel()

    def stop(self) -> None:
        """Lock: a running copy is stopped and removed; nothing is reported any more."""
        if self._cancel is None:
            return
        self.cancel()
        self._cancel = None
        self._context.tasks.cancel("publish")
        self.cancelled.emit()

    def _on_published(self, report: PublishReport) -> None:
        self._cancel = None
        self.published.emit(report)

    def _on_failed(self, exc: KartotekaError) -> None:
        self._cancel = None
        if isinstance(exc, PublishCancelledError):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
