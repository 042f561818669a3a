"""The Letters list mode: its rows, its envelope language and its exports, off the GUI thread.

When the view state's mode is "letters" (viewer.list_modes.LETTERS) the list's
place shows the letters pane. The list is the people in custody among those
the search and filters select: it follows the query of the people list shown
(`set_query`, from the browse controller's `list_shown`), so every chip above
it applies to it, and nothing filters it that is not a chip. This controller
reads the list's first page on
the task runner (the next ones page in as the table scrolls) and writes the
CSV export and the printable page on the task runner too. Both are written
beside the target and renamed into place, so an error (a full disk, a folder
that went away) leaves no half-written file and comes back as a
KartotekaError with a message for people.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from db.errors import KartotekaError
from db.letters import count_recipients, export_letters_csv, iter_letters, letters_page
from db.records import LettersPage, PeopleQuery, SortKey
from viewer.controllers.context import AppContext
from viewer.models.letters import LettersModel
from viewer.tasks import WorkerContext

if TYPE_CHECKING:
    from db.connection import Archive

LETTERS_LIMIT_MS = 10_000
EXPORT_LIMIT_MS = 600_000


def default_language() -> str:
    """The envelope language to start with: Belarusian for a Belarusian UI, else Russian."""
    return "be" if QLocale().language() == QLocale.Language.Belarusian else "ru"


class LettersController(QObject):
    """The letters list; see the module docstring.

    Signals:
        listed(int): the first page is shown; the number of people in custody.
        written(str): an export finished; what to say (the file and how many people).
        failed(object): the KartotekaError of a read or an export that failed.
    """

    listed = Signal(int)
    written = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        archive: Callable[[], Archive | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._archive = archive
        self.model = LettersModel(self)
        self._lang = context.settings.envelope_language() or default_language()
        self._month: int | None = None  # this month, as db.letters decides it
        self._query: PeopleQuery | None = None  # None: everyone (no list shown yet)
        self._active = False
        self.count: int | None = None  # the list's length; None while it is read

    def language(self) -> str:
        return self._lang

    def not_listed_text(self) -> str:
        """Why the People list came back: the person to show is not in the letters list."""
        return self.tr(
            "The People list is shown again: the person chosen is not in the Letters list "
            "(not in custody, or further down than it has read)."
        )

    def active(self) -> bool:
        """Whether the letters list is shown (and so kept up to date)."""
        return self._active

    def show(self) -> None:
        """The Letters mode is on: read the list's first page."""
        self._active = True
        self.reload()

    def hide(self) -> None:
        """The Letters mode is off: nothing more is read."""
        self._active = False
        self._context.tasks.cancel("letters")

    def clear(self) -> None:
        """Another archive (or Lock): forget the rows."""
        self._context.tasks.cancel("letters")
        self.count = None
        self.model.clear()

    def query(self) -> PeopleQuery | None:
        """The people list's filters the letters list applies (None: everyone)."""
        return self._query

    def set_query(self, query: PeopleQuery | None) -> bool:
        """The people list shows `query` now: the letters list narrows to it (its order stays).

        Returns whether the list is read again (False: the same people, another sort).
        """
        if query is not None:
            query = dataclasses.replace(query, sort=SortKey.NAME, descending=False)
        if query == self._query:
            return False
        self._query = query
        self.reload()
        return self._active

    def set_language(self, lang: str) -> None:
        """The envelopes' language, kept for the next start."""
        self._context.settings.set_envelope_language(lang)
        if lang != self._lang:
            self._lang = lang
            self.reload()

    def settled(self) -> bool:
        return not self._context.tasks.is_pending("letters")

    def reload(self) -> None:
        archive = self._archive()
        if archive is None or not self._active:
            return
        self.count = None
        lang, month, size, query = self._lang, self._month, self.model.page_size, self._query

        def job(context: WorkerContext) -> tuple[LettersPage, int]:
            worker = context.archive(archive)
            with worker.time_limit(LETTERS_LIMIT_MS):
                page = letters_page(worker.db, lang=lang, month=month, limit=size, query=query)
                return page, count_recipients(worker.db, query)

        def done(result: tuple[LettersPage, int]) -> None:
            page, count = result
            self.model.set_page(archive.db, lang, month, page, query)
            self.count = count
            self.listed.emit(count)

        self._context.tasks.run(job, key="letters", on_done=done, on_error=self.failed.emit)

    def export(self, kind: str, path: Path) -> None:
        """Write the whole list (as the chips narrow it) as CSV or as a printable page."""
        archive = self._archive()
        if archive is None:
            return
        # the printing modules (fonts, QPdfWriter, the export layer) load on first use
        from viewer.dossier.pdf import register_fonts
        from viewer.letters_print import write_printable

        lang, month, query = self._lang, self._month, self._query
        register_fonts()  # the bundled Noto Sans (Cyrillic) for the PDF, on the GUI thread
        title = self.tr("Letters to political prisoners — {date}").format(
            date=dt.date.today().isoformat()
        )

        def job(context: WorkerContext) -> int:
            worker = context.archive(archive)
            with worker.time_limit(EXPORT_LIMIT_MS):
                if kind == "csv":
                    return export_letters_csv(
                        worker.db, path, lang=lang, month=month, overwrite=True, query=query
                    )
                rows = list(iter_letters(worker.db, lang=lang, month=month, query=query))
            write_printable(rows, path, lang, title)
            return len(rows)

        def done(n: int) -> None:
            self.written.emit(
                self.tr("Wrote {file}: {n} people in custody.", "", n).format(file=path.name, n=n)
            )

        def failed(exc: KartotekaError) -> None:
            self.failed.emit(exc)

        self._context.tasks.run(job, key="letters_export", on_done=done, on_error=failed)
