"""The Letters list model: people in custody and their envelopes, fetched in keyset pages.

db.letters reads the list page by page from its derived table (birthdays of
the month first); the first page comes from the task runner, the next ones
are fetched as the view scrolls (`canFetchMore`/`fetchMore`, an index range
scan each, never an OFFSET), so a million-person archive lists as fast as the
sample. Envelopes are in the language chosen (Russian or Belarusian); the
warnings and birthdays are worded in the UI language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from sqlite_utils import Database

from db.letters import PAGE_SIZE, envelope, letters_page
from db.records import LetterRow, LettersCursor, LettersPage, PeopleQuery
from viewer.formatting import describe_date, month_name
from viewer.models.roles import Role
from viewer.translations import QT_TRANSLATE_NOOP, Context

LettersText = Context("LettersText")
"""Strings built outside QObject methods (lupdate reads `LettersText.tr`)."""

COLUMNS: tuple[tuple[str, str], ...] = (
    ("recipient", QT_TRANSLATE_NOOP("LettersText", "Recipient")),
    ("birthday", QT_TRANSLATE_NOOP("LettersText", "Birthday")),
    ("facility", QT_TRANSLATE_NOOP("LettersText", "Held in")),
    ("address", QT_TRANSLATE_NOOP("LettersText", "Address")),
    ("since", QT_TRANSLATE_NOOP("LettersText", "Since")),
    ("warnings", QT_TRANSLATE_NOOP("LettersText", "Warnings")),
)
WARNING_TEXT: dict[str, str] = {
    "incommunicado": QT_TRANSLATE_NOOP(
        "LettersText", "held incommunicado: letters are not delivered"
    ),
    "no_facility": QT_TRANSLATE_NOOP("LettersText", "where they are held is not known"),
    "no_address": QT_TRANSLATE_NOOP(
        "LettersText", "the facility's postal address is not in the archive"
    ),
    "other_language": QT_TRANSLATE_NOOP(
        "LettersText", "the address is only known in the other language"
    ),
}
"""db.letters.WARNINGS in the UI language."""
FALLBACK_TEXT: dict[str, str] = {
    "be": QT_TRANSLATE_NOOP("LettersText", "Belarusian address not in the archive; Russian shown"),
    "ru": QT_TRANSLATE_NOOP("LettersText", "Russian address not in the archive; Belarusian shown"),
}
"""db.letters.FALLBACK_WORDS in the UI language: the envelope's address is the other one."""
_ITALIC = QFont()
_ITALIC.setItalic(True)

AnyIndex = QModelIndex | QPersistentModelIndex
_BOLD = QFont()
_BOLD.setBold(True)


def warning_text(code: str, row: LetterRow | None = None) -> str:
    """A letters warning code in the UI language (of `row`: which address is shown)."""
    fallback = fallback_note(row) if code == "other_language" and row is not None else None
    if fallback:
        return fallback
    text = WARNING_TEXT.get(code)
    return LettersText.tr(text) if text is not None else code.replace("_", " ")


def fallback_note(row: LetterRow) -> str:
    """ "Belarusian address not in the archive; Russian shown" when so, else ""."""
    if "other_language" not in row.warnings or row.address_lang not in FALLBACK_TEXT:
        return ""
    wanted = "be" if row.address_lang == "ru" else "ru"
    return LettersText.tr(FALLBACK_TEXT[wanted])


def birthday_words(row: LetterRow) -> str:
    """ "21 March", "March" when only the month is known, "" when unknown (UI language)."""
    if row.birth_month is None:
        return ""
    if row.birth_day is None:
        return month_name(row.birth_month, standalone=True)
    return f"{row.birth_day} {month_name(row.birth_month)}"


def address_line(row: LetterRow) -> str:
    """The address on one line (the table); the envelope has it line by line."""
    return ", ".join(x.strip() for x in (row.address or "").splitlines() if x.strip())


class LettersModel(QAbstractTableModel):
    """Rows of the letters list; see the module docstring."""

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._db: Database | None = None
        self._lang = "ru"
        self._month: int | None = None
        self._query: PeopleQuery | None = None
        self._rows: list[LetterRow] = []
        self._next: LettersCursor | None = None
        self.pages_loaded = 0  # for tests and benchmarks

    # ----- our API ----------------------------------------------------------

    def set_page(
        self,
        db: Database | None,
        lang: str,
        month: int | None,
        page: LettersPage,
        query: PeopleQuery | None = None,
    ) -> None:
        """Show the list whose first page is `page`; later pages (of `query`) come from `db`."""
        self.beginResetModel()
        try:
            self._db, self._lang, self._month, self._query = db, lang, month, query
            self._rows = list(page.rows)
            self._next = page.next
            self.pages_loaded = 1
        finally:
            self.endResetModel()

    def clear(self) -> None:
        self.set_page(None, self._lang, None, LettersPage(rows=(), next=None))

    def language(self) -> str:
        return self._lang

    def row_at(self, row: int) -> LetterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[LetterRow]:
        """The rows fetched so far."""
        return list(self._rows)

    # ----- Qt ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._db is not None and self._next is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._db is not None
        page = letters_page(
            self._db,
            lang=self._lang,
            month=self._month,
            after=self._next,
            limit=self.page_size,
            query=self._query,
        )
        self._next = page.next
        self.pages_loaded += 1
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(COLUMNS)
        ):
            return LettersText.tr(COLUMNS[section][1])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("recipient", "address"):
                text = envelope(row) or warning_text("no_address")
                note = fallback_note(row)
                return f"{text}\n\n{note}" if note else text
            if column == "warnings" and row.warnings:
                return "\n".join(warning_text(w, row) for w in row.warnings)
            return None
        if role == Qt.ItemDataRole.FontRole and column == "birthday":
            return _BOLD if row.birth_month == dt.date.today().month else None
        if role == Qt.ItemDataRole.FontRole and column == "address":
            return _ITALIC if fallback_note(row) else None  # the other language's address
        if role == Role.RECORD:
            return row
        if role == Role.PERSON_ID:
            return row.person_id
        return None

    def _display(self, row: LetterRow, column: str) -> str:
        if column == "recipient":
            return row.recipient
        if column == "birthday":
            return birthday_words(row)
        if column == "facility":
            return row.facility.name if row.facility is not None else ""
        if column == "address":
            return address_line(row)
        if column == "since":
            return describe_date(row.since) if row.since is not None else ""
        if column == "warnings":
            return "; ".join(warning_text(w, row) for w in row.warnings)
        return ""
