"""The problems an import lists, each with a kind, so they can be said in be/ru too.

An import refused as a whole (db.errors.ImportValidationError) lists every
problem its files have. Each is a `Problem`: a `str` holding the English line
("people.csv row 3, column birth: 'spring' is not an EDTF date"), as it
always was for the CLI, logs and tests, that also carries its `kind`, the
values of its wording (`params`) and where it is (`place`, `row`, the
`field` and whether that is a JSON field or a CSV column). The viewer words
it again in the user's language (viewer.error_words.word_problem).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Self


class ProblemKind(enum.Enum):
    """What is wrong with one entry, field or file of an import."""

    REQUIRED = "required"
    NOT_TEXT = "not_text"
    BAD_ID = "bad_id"
    NOT_ONE_OF = "not_one_of"
    BAD_DATE = "bad_date"
    NOT_WHOLE_NUMBER = "not_whole_number"
    NEGATIVE_TERM = "negative_term"
    NOT_BOOL = "not_bool"
    NOT_BYTES = "not_bytes"
    TOP_NOT_OBJECT = "top_not_object"
    UNKNOWN_SECTION = "unknown_section"
    SECTION_NOT_LIST = "section_not_list"
    NOT_OBJECT = "not_object"
    WRONG_FORMAT = "wrong_format"
    VERSION_TOO_NEW = "version_too_new"
    UNKNOWN_META_KEY = "unknown_meta_key"
    LANGUAGES_NOT_LIST = "languages_not_list"
    NOT_TRUE_FALSE = "not_true_false"
    DUPLICATE_ID = "duplicate_id"
    ID_EXISTS = "id_exists"
    DANGLING_REF = "dangling_ref"
    UNKNOWN_FIELD = "unknown_field"
    NOT_LIST = "not_list"
    RELATION_ONE_TARGET = "relation_one_target"
    HIGH_REQUIRED = "high_required"
    HIGH_BELOW = "high_below"
    ADDS_TO_ITSELF = "adds_to_itself"
    END_BEFORE_START = "end_before_start"
    ATTACHMENT_REFUSED = "attachment_refused"
    NOT_JSON = "not_json"
    NOT_UTF8 = "not_utf8"
    CSV_NOT_UTF8 = "csv_not_utf8"
    NOT_ZIP = "not_zip"
    ZIP_BOMB = "zip_bomb"
    ZIP_LOCKED = "zip_locked"
    DATA_AND_FILE = "data_and_file"
    FILE_NOT_NAME = "file_not_name"
    FILE_REFUSED = "file_refused"
    DATA_TOO_LARGE = "data_too_large"
    NOT_BASE64 = "not_base64"
    CSV_HEADER_UNREADABLE = "csv_header_unreadable"
    CSV_UNKNOWN_COLUMNS = "csv_unknown_columns"
    CSV_CELLS = "csv_cells"
    CSV_ROW_UNREADABLE = "csv_row_unreadable"
    CSV_UNKNOWN_FILE = "csv_unknown_file"
    CSV_FILE_TWICE = "csv_file_twice"
    CSV_PARENT_MISSING = "csv_parent_missing"
    CSV_CITED_MISSING = "csv_cited_missing"
    FILE_IS_URL = "file_is_url"
    FILE_OUTSIDE = "file_outside"
    FILE_NOT_IN_ZIP = "file_not_in_zip"
    FILE_MISSING = "file_missing"
    FILE_TOO_LARGE = "file_too_large"
    LIST_DATE = "list_date"
    LIST_NAME_EMPTY = "list_name_empty"
    LIST_STATUS = "list_status"
    LIST_NO_NAME_COLUMN = "list_no_name_column"


TEXTS: dict[ProblemKind, str] = {
    ProblemKind.REQUIRED: "is required but empty or missing",
    ProblemKind.NOT_TEXT: "{value} must be text",
    ProblemKind.BAD_ID: (
        "{value} is not a usable id (no spaces at the ends, no ';', tabs or line breaks)"
    ),
    ProblemKind.NOT_ONE_OF: "{value} is not one of: {choices}",
    ProblemKind.BAD_DATE: "{reason}",
    ProblemKind.NOT_WHOLE_NUMBER: "{value} is not a whole number",
    ProblemKind.NEGATIVE_TERM: "{value} is negative; a term cannot be below 0 months",
    ProblemKind.NOT_BOOL: "{value} is not true/false (or 1/0)",
    ProblemKind.NOT_BYTES: "must be the image's bytes (base64 in JSON, a file in CSV)",
    ProblemKind.TOP_NOT_OBJECT: "the top level must be an object of lists",
    ProblemKind.UNKNOWN_SECTION: "unknown section {value}; expected some of: {choices}",
    ProblemKind.SECTION_NOT_LIST: "section {value} must be a list",
    ProblemKind.NOT_OBJECT: "must be an object",
    ProblemKind.WRONG_FORMAT: "{value} is not {expected}",
    ProblemKind.VERSION_TOO_NEW: (
        "{value} is newer than this Kartoteka reads ({supported}); update Kartoteka"
    ),
    ProblemKind.UNKNOWN_META_KEY: "unknown key; expected some of: {choices}",
    ProblemKind.LANGUAGES_NOT_LIST: 'must be a list of language codes, e.g. ["en", "be"]',
    ProblemKind.NOT_TRUE_FALSE: "{value} must be true or false",
    ProblemKind.DUPLICATE_ID: "{value} appears more than once in {section}",
    ProblemKind.ID_EXISTS: (
        "{value} already exists in the archive; use another id, or import with replace "
        "to overwrite the existing entry"
    ),
    ProblemKind.DANGLING_REF: (
        "refers to {value}, which is neither in this import nor in the archive's {target}"
    ),
    ProblemKind.UNKNOWN_FIELD: "unknown field; expected some of: {choices}",
    ProblemKind.NOT_LIST: "must be a list",
    ProblemKind.RELATION_ONE_TARGET: "a relation needs exactly one of other_person_id and org_id",
    ProblemKind.HIGH_REQUIRED: "is required when qualifier is 'between'",
    ProblemKind.HIGH_BELOW: "{high} is below value {value}",
    ProblemKind.ADDS_TO_ITSELF: "a sentence cannot add to itself",
    ProblemKind.END_BEFORE_START: "{end} is before the start {start}",
    ProblemKind.ATTACHMENT_REFUSED: "cannot be taken in: {reason}",
    ProblemKind.NOT_JSON: "not valid JSON ({reason})",
    ProblemKind.NOT_UTF8: "not UTF-8 text ({reason})",
    ProblemKind.CSV_NOT_UTF8: "not UTF-8 text (byte {byte}); save it as CSV UTF-8",
    ProblemKind.NOT_ZIP: "not a readable zip file ({reason})",
    ProblemKind.ZIP_BOMB: (
        "unpacks to more than {limit} bytes from {packed} packed (a zip bomb, or far too "
        "large); it was not unpacked. Unpack the zip yourself and import its files"
    ),
    ProblemKind.ZIP_LOCKED: (
        "is encrypted or packed in a way Kartoteka does not read; unpack the zip yourself "
        "and import its files"
    ),
    ProblemKind.DATA_AND_FILE: "give either data or file, not both",
    ProblemKind.FILE_NOT_NAME: "must be a file name",
    ProblemKind.FILE_REFUSED: "{reason}",
    ProblemKind.DATA_TOO_LARGE: (
        "about {size} bytes is more than an attachment may have ({limit} bytes)"
    ),
    ProblemKind.NOT_BASE64: "is not base64 text",
    ProblemKind.CSV_HEADER_UNREADABLE: "cannot read the header ({reason})",
    ProblemKind.CSV_UNKNOWN_COLUMNS: "unknown column(s) {columns}; expected some of: {choices}",
    ProblemKind.CSV_CELLS: (
        "{cells} cells but the header has {columns} columns (a missing quote around a comma?)"
    ),
    ProblemKind.CSV_ROW_UNREADABLE: "cannot read the row ({reason})",
    ProblemKind.CSV_UNKNOWN_FILE: "unknown file name; expected some of: {choices}",
    ProblemKind.CSV_FILE_TWICE: "given more than once",
    ProblemKind.CSV_PARENT_MISSING: (
        "must name an entry of {file} in this import (nested rows are imported together "
        "with their entry)"
    ),
    ProblemKind.CSV_CITED_MISSING: (
        "must name an entry of {file} in this import (citations are imported together "
        "with what they cite)"
    ),
    ProblemKind.FILE_IS_URL: (
        "{name} is a web address; Kartoteka never downloads anything. Save the image next "
        "to the import files and give its file name"
    ),
    ProblemKind.FILE_OUTSIDE: (
        "{name} must be a file name inside the import's folder or zip (no absolute paths, no '..')"
    ),
    ProblemKind.FILE_NOT_IN_ZIP: "{name} is not in {zip}",
    ProblemKind.FILE_MISSING: "{name}: no such file in {folder}",
    ProblemKind.FILE_TOO_LARGE: "{size} bytes is more than an attachment may have ({limit} bytes)",
    ProblemKind.LIST_DATE: "{value} is not a date (write 18.08.1978, 08.1978 or 1978)",
    ProblemKind.LIST_NAME_EMPTY: "is required but empty",
    ProblemKind.LIST_STATUS: (
        "{value} is not a status this import knows (for example: Political prisoner, "
        "Палітвязень, Бывший политзаключённый)"
    ),
    ProblemKind.LIST_NO_NAME_COLUMN: "not a list with a 'Name and surname' column",
}
"""Each kind's English wording, after "{where}: "."""


class Problem(str):
    """One problem, as its English line (a str), with what the viewer needs to word it again.

    `place` names the file and entry ("people.csv", "data.json: people[3]");
    `row` is a CSV row (the English says "people.csv row 3"), `line` a JSON
    file's line (a column then is its `field`); `field` is the
    JSON field or CSV column (`csv_column` says which), if the problem is about one.
    """

    kind: ProblemKind
    params: Mapping[str, str]
    place: str
    row: int | None
    line: int | None
    field: str | None
    csv_column: bool

    @classmethod
    def of(
        cls,
        kind: ProblemKind,
        place: str,
        *,
        row: int | None = None,
        line: int | None = None,
        field: str | None = None,
        csv_column: bool = False,
        **params: object,
    ) -> Self:
        values = {name: str(value) for name, value in params.items()}
        where = place if row is None else f"{place} row {row}"
        where = where if line is None else f"{where} line {line}"
        if field is not None:
            where = f"{where}, {'column' if csv_column else 'field'} {field}"
        said = cls(f"{where}: {TEXTS[kind].format(**values)}")
        said.kind, said.params, said.place, said.row, said.line = kind, values, place, row, line
        said.field, said.csv_column = field, csv_column
        return said
