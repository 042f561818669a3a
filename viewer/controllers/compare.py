"""File ▸ Compare with another edition…: what changed since an earlier edition.

The other file is opened with `open_archive` (the same checked private copy
as any archive; an encrypted one asks for its passphrase), then db.diff
compares it, as the earlier edition, with the archive shown, on the task
runner with progress and Cancel. The result says who was added, removed and
changed; "Show only these people" puts a "Changed since <edition>" chip on
the list (a `ChangedSince` constraint, removable like every filter). The
compare also explains orphaned annotations: for each annotated entry the
archive shown lacks, why the earlier edition's entry is gone (Edit ▸
Orphaned annotations shows it).
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from db.connection import ArchiveEncryptedError, WrongPassphraseError
from db.errors import KartotekaError
from db.shown_names import script_for_language
from viewer.constraints import ChangedSince, Constraint
from viewer.controllers.context import AppContext
from viewer.error_text import error_text
from viewer.gone_words import gone_text
from viewer.tasks import Lane, WorkerContext
from viewer.view_state import Toggle

if TYPE_CHECKING:
    from db.diff import ArchiveDiff
    from viewer.annotations.session import AnnotationSession
    from viewer.controllers.browse import BrowseController

EntryKey = tuple[str, str]


class CompareCancelledError(KartotekaError):
    """Cancel stopped the comparison."""

    title = "Cancelled"


@dataclass(frozen=True, slots=True)
class Comparison:
    """A finished comparison: the other file, how to name its edition, the diff, orphans."""

    other: Path
    edition: str  # "edition 1 of 2026-11-01" (`CompareController.edition_name`)
    diff: ArchiveDiff
    orphan_reasons: dict[EntryKey, str] = field(default_factory=dict)
    shown_edition: str = ""  # how the archive shown is named, likewise


class _Bridge(QObject):
    progressed = Signal(str, float)


class CompareController(QObject):
    """Compare the archive shown with an earlier edition; see the module docstring.

    Signals:
        started(str): comparing with the file at this path.
        progressed(str, float): the aspect compared now and the share done.
        compared(object): a `Comparison`.
        passphrase_needed(str, str): the other file is encrypted: its path, and a problem
            to show ("" the first time; the wrong-passphrase message after).
        cancelled(): Cancel stopped it.
        failed(object): the KartotekaError that stopped it.
    """

    started = Signal(str)
    progressed = Signal(str, float)
    compared = Signal(object)
    passphrase_needed = Signal(str, str)
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
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self.progressed)
        self.last: Comparison | None = None  # the latest comparison with the archive shown

    def is_comparing(self) -> bool:
        return self._cancel is not None

    def compare(self, other: Path, passphrase: str | None = None) -> bool:
        """Compare `other` (the earlier edition) with the archive shown; False if busy."""
        archive = self._browse.archive()
        if archive is None or self._cancel is not None:
            return False
        cancel = self._cancel = threading.Event()
        bridge = self._bridge
        store, archive_id = self._annotations.store, self._annotations.archive_id
        annotated: set[EntryKey] = set()  # the entries notes are on (the store is small)
        if store is not None and archive_id is not None:
            annotated = {(a.entity_type, a.entity_id) for a in store.annotations(archive_id)}

        def progress(stage: str, share: float) -> None:
            if cancel.is_set():
                raise CompareCancelledError("Cancelled.")
            bridge.progressed.emit(stage, share)

        script = self._browse.state.names  # people named as the list names them
        # in that script's order, or the reader's language's (names as the archive writes them)
        collation = script_for_language(QLocale().name())

        def job(_context: WorkerContext) -> Comparison:
            from db.connection import open_archive
            from db.diff import diff_archives, missing_entries
            from db.entries import existing_entries
            from db.shown_rows import diff_in_script

            progress("open", 0.0)
            with open_archive(other, passphrase) as earlier:
                shown = archive.reopen()
                try:
                    diff = diff_archives(earlier, shown, progress=progress)
                    diff = diff_in_script(earlier.db, shown.db, diff, script, collation=collation)
                    reasons: dict[EntryKey, str] = {}
                    if annotated:
                        progress("orphans", 1.0)
                        gone = annotated - existing_entries(shown.db, annotated)
                        reasons.update(missing_entries(earlier, shown, gone))
                finally:
                    shown.close()
            return Comparison(other, other.name, diff, reasons)

        self._context.tasks.run(
            job,
            key="compare",
            on_done=self._on_compared,
            on_error=self._on_failed,
            lane=Lane.EXPORT,
        )
        self.started.emit(str(other))
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def stop(self) -> None:
        """Lock or another archive: forget a running comparison and the last result."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
            self._context.tasks.cancel("compare")
            self.cancelled.emit()
        self.last = None

    def show_changed(self, comparison: Comparison) -> None:
        """Put "Changed since <edition>" on the list: the people added or changed since."""
        value = ChangedSince(comparison.edition, comparison.diff.changed_ids())
        self._browse.dispatch(Toggle(Constraint("changed_since", value), True))

    def orphan_reason(self, entity_type: str, entity_id: str) -> str | None:
        """Why an annotated entry is not in the archive shown, from the last comparison."""
        if self.last is None:
            return None
        reason = self.last.orphan_reasons.get((entity_type, entity_id))
        return None if reason is None else gone_text(reason)  # in the UI language

    def edition_name(self, meta: dict[str, str], path: Path) -> str:
        """How the chip names an edition: "edition 3 of 2026-11-30", else the file's name."""
        edition, day = meta.get("edition"), meta.get("edition_date")
        if edition and day:
            return self.tr("edition {edition} of {date}").format(edition=edition, date=day)
        if edition:
            return self.tr("edition {edition}").format(edition=edition)
        return day or path.name

    def _on_compared(self, comparison: Comparison) -> None:
        self._cancel = None
        name = self.edition_name(comparison.diff.old, comparison.other)
        archive = self._browse.archive()
        shown = self.edition_name(
            comparison.diff.new, archive.path if archive is not None else comparison.other
        )
        comparison = dataclasses.replace(comparison, edition=name, shown_edition=shown)
        self.last = comparison
        self.compared.emit(comparison)

    def _on_failed(self, exc: KartotekaError) -> None:
        self._cancel = None
        if isinstance(exc, CompareCancelledError):
            self.cancelled.emit()
        elif isinstance(exc, WrongPassphraseError) and exc.path is not None:
            self.passphrase_needed.emit(str(exc.path), error_text(exc))
        elif isinstance(exc, ArchiveEncryptedError) and exc.path is not None:
            self.passphrase_needed.emit(str(exc.path), "")
        else:
            self.failed.emit(exc)
