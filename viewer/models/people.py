"""The people list model: an ordered id list from db/, rows loaded lazily in pages.

The model holds a `db.people.PeopleList` (exact count, cheap slices of pks at
any depth) and a small cache of `PersonRow` pages. `rowCount` is exact, so a
view can jump to row 500,000 of a million at once; `data()` loads the page a
row falls in (200 rows, one `IN (...)` query) the first time it is asked for.
Filtering and sorting happen in SQL: `sort()` makes a new PeopleQuery, never
a proxy model (Anki's browser table model; STYLE D3.2/D3.4).

While a search is shown, a last "Match" column says why each person was
found (`set_matches`): only the search's person_id → PersonHit dict is kept,
so the rows stay lazy.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from sqlite_utils import Database

from db import phrases
from db.people import PeopleList, list_people, page_rows, pk_for_id
from db.records import PeopleQuery, PersonId, PersonPk, PersonRow, PersonSummary, SortKey
from db.shown_rows import rows_in_script
from viewer import archive_labels
from viewer.formatting import describe_date
from viewer.match_words import FIELD_LABELS, MATCHES_FILTERS
from viewer.models.roles import Role
from viewer.name_fallback import fallback_note
from viewer.translations import QT_TRANSLATE_NOOP, Context

if TYPE_CHECKING:
    from db.search import PersonHit  # db.search loads on the first search, not at start-up

PAGE_SIZE = 200
MAX_PAGES = 64  # about 13,000 rows stay cached; older pages are dropped first

COLUMNS: tuple[tuple[SortKey, str], ...] = (
    (SortKey.NAME, QT_TRANSLATE_NOOP("PeopleText", "Name")),
    (SortKey.STATUS, QT_TRANSLATE_NOOP("PeopleText", "Status")),
    (SortKey.BIRTH, QT_TRANSLATE_NOOP("PeopleText", "Born")),
    (SortKey.TERM, QT_TRANSLATE_NOOP("PeopleText", "Latest term")),
    (SortKey.LATEST_EVENT, QT_TRANSLATE_NOOP("PeopleText", "Latest event")),
    (SortKey.QUOTES, QT_TRANSLATE_NOOP("PeopleText", "Quotes")),
    (SortKey.TOTAL_TERM, QT_TRANSLATE_NOOP("PeopleText", "Total term")),
    (SortKey.EXPECTED_END, QT_TRANSLATE_NOOP("PeopleText", "Expected end")),
)

STATUS_COLOURS: dict[str, str] = {
    "in_custody": "#b3261e",
    "released": "#2e7d32",
    "in_exile": "#8a5a00",
    "deceased": "#5f6368",
    "unknown": "#80868b",
}
"""Subtle text colours for the status column (cache-only, never SQL)."""

MATCH_COLUMN = len(COLUMNS)
"""The "Match" column, present only while a search is shown."""


@cache
def _marked_re() -> re.Pattern[str]:
    """Matches one marked word of db.search's snippets (the marks are db.search's)."""
    from db.search import HIGHLIGHT_END, HIGHLIGHT_START

    start, end = re.escape(HIGHLIGHT_START), re.escape(HIGHLIGHT_END)
    return re.compile(f"{start}([^{start}{end}]+?){end}")


AnyIndex = QModelIndex | QPersistentModelIndex
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


PeopleText = Context("PeopleText")
"""Strings built outside QObject methods (lupdate reads `PeopleText.tr`)."""


def format_term(months: int | None) -> str:
    """A prison term in years and months, e.g. "2 y 6 m"; "" when unknown."""
    if months is None:
        return ""
    years, rest = divmod(months, 12)
    if years and rest:
        return PeopleText.tr("{y} y {m} m").format(y=years, m=rest)
    if years:
        return PeopleText.tr("{y} y").format(y=years)
    return PeopleText.tr("{m} m").format(m=rest)


def summary_term(summary: PersonSummary | None) -> str:
    """The Total term column: the current case's total, short ("19 y 6 m"; "at least …")."""
    if summary is None:
        return ""
    from viewer.phrases import ui_wording

    return phrases.total_term(summary, ui_wording(), short=True) or ""


def summary_end(summary: PersonSummary | None) -> str:
    """The Expected end column: the expected end of the term, or when custody ended."""
    if summary is None or summary.custody_end is not None or summary.expected_end is None:
        return ""
    return describe_date(summary.expected_end)


def status_label(status: str) -> str:
    return archive_labels.status(status)


def marked_words(marked: str) -> list[str]:
    """The words db.search wrapped in highlight marks."""
    return _marked_re().findall(marked)


def unmarked(marked: str) -> str:
    return _marked_re().sub(r"\1", marked)


def _from_first_mark(marked: str, before: int = 12) -> str:
    """The snippet starting shortly before its first marked word, so a narrow
    column shows the match rather than the words leading up to it."""
    found = _marked_re().search(marked)
    if found is None or found.start() <= before + 1:
        return marked
    cut = marked.rfind(" ", 0, found.start() - before)
    start = cut + 1 if cut >= 0 else found.start() - before
    return "…" + marked[start:].lstrip("…")


def match_parts(hit: PersonHit | None, lang: str | None) -> tuple[str, str, str]:
    """(field label, marked text, spelling note) of a search hit.

    No hit means the person came in through a note or tag (the archive search
    cannot see annotations). The note names the spelling's language and
    system for name hits: "Belarusian (Cyrillic) · native spelling".
    """
    if hit is None:
        return PeopleText.tr("Note or tag"), "", ""
    if hit.field == "filter":
        return PeopleText.tr(FIELD_LABELS["filter"]), PeopleText.tr(MATCHES_FILTERS), ""
    text = hit.matched_text or hit.snippet
    note = ""
    if hit.field != "name":
        text = _from_first_mark(text)
    if hit.field == "name":
        bits = [
            archive_labels.language(lang) if lang else "",
            archive_labels.name_system(hit.system) if hit.system else "",
            archive_labels.name_match_reason(hit.name_match) if hit.name_match else "",
        ]
        note = " · ".join(b for b in bits if b)
    return PeopleText.tr(FIELD_LABELS.get(hit.field, hit.field.capitalize())), text, note


def match_text(hit: PersonHit | None, lang: str | None) -> str:
    """The Match column as plain text: "Name: Сяргей Ціханоўскі — Belarusian (Cyrillic) · …"."""
    field, text, note = match_parts(hit, lang)
    line = f"{field}: {unmarked(text)}" if text else field
    return f"{line} — {note}" if note else line


def match_html(hit: PersonHit | None, lang: str | None) -> str:
    """The Match column as rich text, the matched words in bold (for MatchDelegate)."""
    field, text, note = match_parts(hit, lang)
    body = _marked_re().sub(r"<b>\1</b>", html.escape(text, quote=False))
    line = f"<i>{html.escape(field)}</i>: {body}" if text else f"<i>{html.escape(field)}</i>"
    return f"{line} — {html.escape(note)}" if note else line


class PeopleModel(QAbstractTableModel):
    """Rows of a PeopleList; see the module docstring.

    With `delegate_sort` set, a header click emits `sort_requested` instead of
    the model sorting itself on the calling thread (the browse controller
    reads the new list on a worker and calls `set_list` with the answer).
    Clicking the Match column asks for the search's own order (Relevance).

    Signals:
        sort_requested(object, bool): the SortKey and direction a header click chose.
    """

    sort_requested = Signal(object, bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self._db: Database | None = None
        self._list: PeopleList | None = None
        self._query = PeopleQuery()
        self._total = 0
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self.delegate_sort = False
        self.pages_loaded = 0  # for tests and benchmarks
        self._matches: dict[PersonId, PersonHit] | None = None
        self._languages: dict[PersonId, str] = {}
        self._match_cache: dict[tuple[PersonId, bool], str] = {}

    # ----- our API ----------------------------------------------------------

    def set_list(
        self,
        db: Database | None,
        plist: PeopleList | None,
        query: PeopleQuery,
        total: int,
        first_page: Sequence[PersonRow] | None = None,
    ) -> None:
        """Show `plist` (rows paged from `db`); `total` is the archive's head count.

        `first_page`, the list's first `page_size` rows when the worker read them
        already, saves a read on the GUI thread.
        """
        self.beginResetModel()
        try:
            self._db, self._list, self._query, self._total = db, plist, query, total
            self._pages.clear()
            if first_page is not None and plist is not None:
                self._pages[0] = list(first_page)
        finally:
            self.endResetModel()

    def clear(self) -> None:
        self.set_list(None, None, PeopleQuery(), 0)

    def add_page(self, number: int, rows: Sequence[PersonRow]) -> None:
        """A page of the current list read on a worker (the selected row's), so the GUI needn't."""
        if self._list is not None and number not in self._pages:
            self._pages[number] = list(rows)

    def set_matches(
        self,
        hits: Mapping[PersonId, PersonHit] | None,
        languages: Mapping[PersonId, str] | None = None,
    ) -> None:
        """Show why each person matched the search (None: no search, no Match column).

        The column is inserted or removed rather than resetting the model, so
        the selection and scroll position survive.
        """
        had = self._matches is not None
        self._match_cache = {}
        if hits is None:
            if had:
                self.beginRemoveColumns(QModelIndex(), MATCH_COLUMN, MATCH_COLUMN)
                self._matches, self._languages = None, {}
                self.endRemoveColumns()
            return
        if not had:
            self.beginInsertColumns(QModelIndex(), MATCH_COLUMN, MATCH_COLUMN)
        self._matches, self._languages = dict(hits), dict(languages or {})
        if not had:
            self.endInsertColumns()
        elif self.count():
            self.dataChanged.emit(
                self.index(0, MATCH_COLUMN),
                self.index(self.rowCount() - 1, MATCH_COLUMN),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.HTML],
            )

    def has_matches(self) -> bool:
        return self._matches is not None

    def match_of(self, person_id: PersonId) -> PersonHit | None:
        """The search hit of a person while a search is shown."""
        return None if self._matches is None else self._matches.get(person_id)

    def query(self) -> PeopleQuery:
        return self._query

    def total(self) -> int:
        """People in the whole archive (the M of "N of M")."""
        return self._total

    def count(self) -> int:
        """People in the current list (the N of "N of M")."""
        return self._list.count if self._list is not None else 0

    def row_of(self, person_id: PersonId) -> int | None:
        """The row of a person in the current list, or None when not in it."""
        if self._db is None or self._list is None:
            return None
        pk = pk_for_id(self._db, person_id)
        return None if pk is None else self._list.index_of(self._db, pk)

    def row_of_pk(self, pk: PersonPk) -> int | None:
        if self._db is None or self._list is None:
            return None
        return self._list.index_of(self._db, pk)

    def person_at(self, row: int) -> PersonRow | None:
        """The row's record, loading its page if needed."""
        if not 0 <= row < self.count():
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def cached_person_at(self, row: int) -> PersonRow | None:
        """The row's record only if its page is cached (for hot paths)."""
        page = self._pages.get(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if page is not None and offset < len(page) else None

    def _page(self, number: int) -> list[PersonRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self._db is not None
        assert self._list is not None
        start = number * self.page_size
        rows = page_rows(self._db, self._list, start, start + self.page_size)
        page = rows_in_script(self._db, rows, self._query.names)  # names shown, summaries
        self.pages_loaded += 1
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    # ----- Qt overrides -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(COLUMNS) + (1 if self._matches is not None else 0)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == MATCH_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return PeopleText.tr("Match")
            if role == Qt.ItemDataRole.ToolTipRole:
                return PeopleText.tr("Why this person matched the search")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return PeopleText.tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # a view asks ~10 roles per cell on every paint: ints and one set test first
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self.count():
            return None
        if column == MATCH_COLUMN and role != _RECORD and role != _PERSON_ID:
            return self._match_data(row, role)
        if role == _DISPLAY:
            person = self.person_at(row)
            return None if person is None else _display(person, column)
        if role == _ALIGN:
            return _alignment(column)
        if role == _FOREGROUND:
            if COLUMNS[column][0] != SortKey.STATUS:
                return None
            person = self.cached_person_at(row)
            colour = STATUS_COLOURS.get(person.status) if person is not None else None
            return _colour(colour) if colour else None
        if role == _ACCESSIBLE:
            person = self.cached_person_at(row)
            return None if person is None else _display(person, column)
        if role == _FONT:  # a name in another script than chosen (no spelling in it): italic
            person = self.cached_person_at(row) if column == 0 else None
            return _italic() if person is not None and not person.name_exact else None
        person = self.person_at(row)  # RECORD, PERSON_ID, ToolTip
        if person is None:
            return None
        if role == _RECORD:
            return person
        if role == _PERSON_ID:
            return str(person.id)
        if column != 0:
            return None
        note = "" if person.name_exact else fallback_note(self._query.names)
        if role == _ACCESSIBLE_DESCRIPTION:
            return note or person.display_name
        return f"{person.display_name}\n{note}" if note else person.display_name

    def _match_data(self, row: int, role: int) -> object:
        if self._matches is None or role not in _MATCH_ROLES:
            return None
        if role == _ACCESSIBLE_DESCRIPTION:
            return PeopleText.tr("Why this person matched the search")
        if role == _ALIGN:
            return _LEFT
        person = self.person_at(row)
        if person is None:
            return None
        html = role == _HTML
        key = (person.id, html)
        cached = self._match_cache.get(key)
        if cached is None:  # made once per person and search: a repaint asks again
            hit = self._matches.get(person.id)
            lang = self._languages.get(person.id)
            cached = match_html(hit, lang) if html else match_text(hit, lang)
            self._match_cache[key] = cached
        return cached

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-sort in SQL: a new PeopleQuery with this column's sort key (Match: relevance)."""
        if column == MATCH_COLUMN and self._matches is not None:
            key = SortKey.RELEVANCE
        elif 0 <= column < len(COLUMNS):
            key = COLUMNS[column][0]
        else:
            return
        query = dataclasses.replace(
            self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        if query == self._query:
            return
        if self.delegate_sort:
            self.sort_requested.emit(query.sort, query.descending)
            return
        if self._db is None:
            self._query = query
            return
        plist = list_people(self._db, query)
        self.set_list(self._db, plist, query, self._total)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_RECORD = int(Role.RECORD)
_PERSON_ID = int(Role.PERSON_ID)
_ACCESSIBLE_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_HTML = int(Role.HTML)
_FONT = int(Qt.ItemDataRole.FontRole)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    {
        _DISPLAY,
        _ALIGN,
        _FOREGROUND,
        _ACCESSIBLE,
        _RECORD,
        _PERSON_ID,
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.AccessibleDescriptionRole),
        int(Role.HTML),
        _FONT,
    }
)
"""The roles this model answers; every other role is None at once."""


@cache
def _colour(name: str) -> QColor:
    return QColor(name)


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


_MATCH_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        Role.HTML,
    }
)
"""The Match column's roles; its accessible text is the plain "Name: … — …" line,
since a screen reader cannot read the delegate's painting."""


def column_of(key: SortKey) -> int:
    for number, (k, _title) in enumerate(COLUMNS):
        if k == key:
            return number
    return 0


_ALIGNMENTS: tuple[int, ...] = tuple(
    int(
        (
            Qt.AlignmentFlag.AlignRight
            if key in (SortKey.BIRTH, SortKey.TERM, SortKey.QUOTES, SortKey.TOTAL_TERM)
            else Qt.AlignmentFlag.AlignLeft
        )
        | Qt.AlignmentFlag.AlignVCenter
    )
    for key, _title in COLUMNS
)
"""Each column's alignment, made once: PySide6 enum arithmetic is slow in `data()`."""


def _alignment(column: int) -> int:
    return _ALIGNMENTS[column]


def _display(person: PersonRow, column: int) -> str:
    key = COLUMNS[column][0]
    if key == SortKey.NAME:
        return person.display_name
    if key == SortKey.STATUS:
        return status_label(person.status)
    if key == SortKey.BIRTH:
        return "" if person.birth_year is None else str(person.birth_year)
    if key == SortKey.TERM:
        return format_term(person.latest_term_months)
    if key == SortKey.LATEST_EVENT:
        return person.latest_event or ""
    if key == SortKey.TOTAL_TERM:
        return summary_term(person.summary)
    if key == SortKey.EXPECTED_END:
        return summary_end(person.summary)
    return str(person.quote_count) if person.quote_count else ""
