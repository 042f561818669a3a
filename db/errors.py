"""Errors the user can do something about, each with a plain message.

`ArchiveError` and its subclasses are the only exceptions the GUI and the
CLI show to people; anything else escaping db/ is a bug and propagates.
Every message names the file, says what is wrong and what to do.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from pathlib import Path
from typing import Self


class ErrorKind(enum.Enum):
    """What went wrong, for callers that word an error themselves.

    db/ never imports Qt, so it cannot speak the interface language: an error
    made with `KartotekaError.of(kind, …)` carries its kind and the values of
    its wording (`params`), and the viewer words it in the user's language
    (viewer.error_text). `TEXTS` holds the English the CLI prints.
    """

    FILE_MISSING = "file_missing"
    FILE_UNREACHABLE = "file_unreachable"
    FOLDER_NOT_FILE = "folder_not_file"
    NOT_REGULAR_FILE = "not_regular_file"
    NO_READ_PERMISSION = "no_read_permission"
    FILE_UNREADABLE = "file_unreadable"
    FILE_EMPTY = "file_empty"
    TEXT_FILE = "text_file"
    NOT_SQLITE = "not_sqlite"
    CUT_SHORT = "cut_short"
    HEADER_PAGE_SIZE = "header_page_size"
    HEADER_VERSION = "header_version"
    TRUNCATED = "truncated"
    ENCRYPTED = "encrypted"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_ARCHIVE_TABLES = "no_archive_tables"
    TOO_NEW = "too_new"
    NO_FORMAT_VERSION = "no_format_version"
    OTHER_LAYOUT = "other_layout"
    LOCKED = "locked"
    DAMAGED = "damaged"
    PART_DAMAGED = "part_damaged"
    VALUE_TOO_LARGE = "value_too_large"
    READ_FAILED = "read_failed"
    QUERY_TIMEOUT = "query_timeout"
    QUERY_STOPPED = "query_stopped"
    CHECK_TIMEOUT = "check_timeout"
    TEMP_FOLDER_FULL = "temp_folder_full"
    OUTPUT_FOLDER_MISSING = "output_folder_missing"
    OUTPUT_EXISTS = "output_exists"
    OUTPUT_FOLDER_NOT_EMPTY = "output_folder_not_empty"
    OUTPUT_NOT_WRITTEN = "output_not_written"
    OUTPUT_FOLDER_NOT_MADE = "output_folder_not_made"
    IMPORT_UNREADABLE = "import_unreadable"
    ANNOTATIONS_NOT_WRITTEN = "annotations_not_written"
    ANNOTATIONS_MISSING = "annotations_missing"
    ANNOTATIONS_UNREADABLE = "annotations_unreadable"
    ANNOTATIONS_NOT_JSON = "annotations_not_json"
    ANNOTATIONS_OTHER_JSON = "annotations_other_json"
    ANNOTATIONS_TOO_NEW = "annotations_too_new"
    PUBLISH_UNKNOWN_PEOPLE = "publish_unknown_people"
    OUTPUT_IS_FOLDER = "output_is_folder"
    PUBLISH_FOLDER_NOT_EMPTY = "publish_folder_not_empty"
    PUBLISH_FOLDER_NOT_WRITABLE = "publish_folder_not_writable"
    PUBLISH_NOT_WRITTEN = "publish_not_written"
    PUBLISH_SOURCE_INVALID = "publish_source_invalid"
    STORE_ENCRYPTED = "store_encrypted"
    STORE_NOT_ENCRYPTED = "store_not_encrypted"
    STORE_WRONG_PASSPHRASE = "store_wrong_passphrase"
    STORE_PASSPHRASE_SHORT = "store_passphrase_short"
    STORE_IS_FOLDER = "store_is_folder"
    STORE_NOT_CREATED = "store_not_created"
    STORE_OTHER_FILE = "store_other_file"
    STORE_TOO_NEW = "store_too_new"
    STORE_HOLDS_CODE = "store_holds_code"
    STORE_DAMAGED_NO_BACKUP = "store_damaged_no_backup"
    DELETED_WHILE_OPEN = "deleted_while_open"
    DUPLICATE_IDS = "duplicate_ids"
    PRIVATE_FOLDER_NOT_MADE = "private_folder_not_made"
    PRIVATE_COPY_NO_SPACE = "private_copy_no_space"
    COPY_EXISTS = "copy_exists"
    COPY_IS_SOURCE = "copy_is_source"
    COPY_FOLDER_MISSING = "copy_folder_missing"
    ENCRYPTED_COPY_NOT_WRITTEN = "encrypted_copy_not_written"


TEXTS: dict[ErrorKind, str] = {
    ErrorKind.FILE_MISSING: "{path}: no such file. Check the name and folder.",
    ErrorKind.FILE_UNREACHABLE: (
        "{path}: the file cannot be reached ({reason}). Check the name and folder."
    ),
    ErrorKind.FOLDER_NOT_FILE: (
        "{path}: this is a folder, not an archive file. Pick the .db file inside it."
    ),
    ErrorKind.NOT_REGULAR_FILE: (
        "{path}: this is not a regular file (it is a device, pipe or socket). Pick an archive file."
    ),
    ErrorKind.NO_READ_PERMISSION: (
        "{path}: you do not have permission to read this file. "
        "Copy it somewhere you can read it, or ask the owner."
    ),
    ErrorKind.FILE_UNREADABLE: (
        "{path}: the file cannot be read ({reason}). Copy it to this computer first."
    ),
    ErrorKind.FILE_EMPTY: (
        "{path}: the file is empty (0 bytes). It may have been copied incompletely; "
        "ask for the archive again."
    ),
    ErrorKind.TEXT_FILE: (
        "{path}: this is a text file, not a Kartoteka archive. "
        "If it is an export (JSON or CSV), use Import instead."
    ),
    ErrorKind.NOT_SQLITE: (
        "{path}: this is not a Kartoteka archive (not an SQLite database, and it does "
        "not look encrypted either). It may be damaged; check that you picked the "
        "right file."
    ),
    ErrorKind.CUT_SHORT: (
        "{path}: the file is cut short ({size} bytes). It was probably copied "
        "incompletely; ask for the archive again."
    ),
    ErrorKind.HEADER_PAGE_SIZE: (
        "{path}: the archive's header is damaged (impossible page size {page_size}). "
        "Ask for a fresh copy of the archive."
    ),
    ErrorKind.HEADER_VERSION: (
        "{path}: the archive's header is damaged or the file was made by a much newer "
        "SQLite. Ask for a fresh copy of the archive."
    ),
    ErrorKind.TRUNCATED: (
        "{path}: the file is shorter than the archive it holds ({size} bytes). "
        "It was probably copied or downloaded incompletely; ask for the archive again."
    ),
    ErrorKind.ENCRYPTED: (
        "{path}: this archive looks encrypted: enter its passphrase to open it. "
        "(If it is not encrypted, the file is damaged; ask for a fresh copy.)"
    ),
    ErrorKind.WRONG_PASSPHRASE: (
        "{path}: the passphrase does not open this archive (or the file is damaged). "
        "Nothing was changed; check the passphrase (and keyboard layout) and try again."
    ),
    ErrorKind.NO_ARCHIVE_TABLES: (
        "{path}: this is an SQLite database, but not a Kartoteka archive "
        "(it lacks the archive's tables). Check that you picked the right file."
    ),
    ErrorKind.TOO_NEW: (
        "{path}: this archive was made by a newer Kartoteka (format version {version}; "
        "this program reads up to {supported}). Update Kartoteka to open it."
    ),
    ErrorKind.NO_FORMAT_VERSION: (
        "{path}: this file has the archive's tables but no format version, so it was not "
        "made by Kartoteka. Ask for an archive made by Kartoteka."
    ),
    ErrorKind.OTHER_LAYOUT: (
        "{path}: this file has a different layout than a Kartoteka archive "
        "({problems}). It was made by another program or an "
        "incompatible version, or changed since; ask for an archive made by Kartoteka."
    ),
    ErrorKind.LOCKED: (
        "{path}: the file is in use by another program that is changing it. "
        "Wait until it has finished (or close it there) and try again."
    ),
    ErrorKind.DAMAGED: (
        "{path}: the archive is damaged and cannot be read ({reason}). "
        "Ask for a fresh copy of the archive."
    ),
    ErrorKind.PART_DAMAGED: (
        "{path}: part of the archive is damaged ({reason}). Ask for a fresh copy of the archive."
    ),
    ErrorKind.VALUE_TOO_LARGE: (
        "{path}: a value in this archive is larger than {mb} MB and was not "
        "loaded. The archive may be damaged or made to cause trouble; ask its publisher."
    ),
    ErrorKind.READ_FAILED: (
        "{path}: the archive could not be read ({reason}). "
        "Check that the disk or stick is still attached and try again."
    ),
    ErrorKind.QUERY_TIMEOUT: (
        "{path}: the query took longer than {ms} ms and was stopped. "
        "Narrow the filter or search and try again."
    ),
    ErrorKind.QUERY_STOPPED: (
        "{path}: the query took longer than its time limit and was stopped. "
        "Narrow the filter or search and try again."
    ),
    ErrorKind.CHECK_TIMEOUT: (
        "{path}: checking the archive took longer than {seconds} s "
        "and was stopped. The file may be damaged or made to cause trouble."
    ),
    ErrorKind.TEMP_FOLDER_FULL: (
        "{path}: the temporary folder is full, so the private copy could not be "
        "finished. Free some space and try again."
    ),
    ErrorKind.OUTPUT_FOLDER_MISSING: "{path}: the folder {folder} does not exist.",
    ErrorKind.OUTPUT_EXISTS: (
        "{path}: a file with this name already exists. "
        "Choose another name or remove the file first."
    ),
    ErrorKind.OUTPUT_FOLDER_NOT_EMPTY: (
        "{path}: the folder is not empty. Choose an empty or new folder."
    ),
    ErrorKind.OUTPUT_NOT_WRITTEN: "{path}: cannot write the file ({reason}).",
    ErrorKind.OUTPUT_FOLDER_NOT_MADE: "{path}: cannot create the folder ({reason}).",
    ErrorKind.IMPORT_UNREADABLE: "{path}: cannot read the file ({reason}).",
    ErrorKind.ANNOTATIONS_NOT_WRITTEN: (
        "{path}: cannot write the export ({reason}). "
        "Check that the folder exists, is writable and has free space."
    ),
    ErrorKind.ANNOTATIONS_MISSING: "{path}: no such file.",
    ErrorKind.ANNOTATIONS_UNREADABLE: (
        "{path}: cannot read the file ({reason}). Pick a Kartoteka annotations file (.json)."
    ),
    ErrorKind.ANNOTATIONS_NOT_JSON: (
        "{path}: this is not an annotations file (not valid JSON: {reason} at line "
        "{line}). Pick the file exported from Kartoteka."
    ),
    ErrorKind.ANNOTATIONS_OTHER_JSON: (
        "{path}: this JSON file is not a Kartoteka annotations export."
    ),
    ErrorKind.ANNOTATIONS_TOO_NEW: (
        "{path}: the file was exported by a newer Kartoteka (format version {version}; "
        "this program reads up to {supported}). Update Kartoteka to import it."
    ),
    ErrorKind.PUBLISH_UNKNOWN_PEOPLE: (
        "No person with the id or name {people} in {file}; check the names and ids "
        "of the people to leave out (nothing was written)."
    ),
    ErrorKind.OUTPUT_IS_FOLDER: "{path} is a folder. Choose a file name.",
    ErrorKind.PUBLISH_FOLDER_NOT_EMPTY: (
        "{path}: exists and is not an empty folder. Choose a new or empty folder."
    ),
    ErrorKind.PUBLISH_FOLDER_NOT_WRITABLE: (
        "{path}: cannot write in {folder} ({reason}). Choose a folder you can write to."
    ),
    ErrorKind.PUBLISH_NOT_WRITTEN: (
        "{path}: the publishable copy could not be written ({reason}); nothing was written. "
        "Free some space or choose another folder."
    ),
    ErrorKind.PUBLISH_SOURCE_INVALID: (
        "{path}: the archive holds a value Kartoteka does not write ({reason}), so it is "
        "damaged or was made to cause trouble. Nothing was written; ask for a fresh copy."
    ),
    ErrorKind.STORE_ENCRYPTED: (
        "{path}: this annotation store is encrypted: enter its passphrase to open it."
    ),
    ErrorKind.STORE_NOT_ENCRYPTED: (
        "{path}: this annotation store is not encrypted, so it has no passphrase. Open "
        "it without one."
    ),
    ErrorKind.STORE_WRONG_PASSPHRASE: (
        "{path}: the passphrase does not open this annotation store (or the file is "
        "damaged). Nothing was changed; check the passphrase (and keyboard layout) and "
        "try again."
    ),
    ErrorKind.STORE_PASSPHRASE_SHORT: (
        "{path}: the passphrase is too short: use at least {chars} characters (several "
        "unrelated words are easy to remember and hard to guess)."
    ),
    ErrorKind.STORE_IS_FOLDER: ("{path}: this is a folder, not an annotation store."),
    ErrorKind.STORE_NOT_CREATED: (
        "{path}: cannot create the annotation store there ({reason}). Choose a store in "
        "a folder you can write to."
    ),
    ErrorKind.STORE_OTHER_FILE: (
        "{path}: this SQLite file is not a Kartoteka annotation store (it has other "
        "tables). Pick another file, or let Kartoteka create a new store."
    ),
    ErrorKind.STORE_TOO_NEW: (
        "{path}: these annotations were saved by a newer Kartoteka (format version "
        "{version}; this program reads up to {supported}). Update Kartoteka to open "
        "them; the file was not changed."
    ),
    ErrorKind.STORE_HOLDS_CODE: (
        "{path}: this annotation store holds code Kartoteka never puts there ({names}); "
        "it could change or delete notes behind your back, so it was not opened and "
        "nothing in it was run or changed. Use your own store, or let Kartoteka create "
        "a new one."
    ),
    ErrorKind.STORE_DAMAGED_NO_BACKUP: (
        "{path}: the annotation store is damaged and there is no good backup in "
        "{folder}. The file was left untouched; copy it somewhere safe and ask for help "
        "recovering it."
    ),
    ErrorKind.DELETED_WHILE_OPEN: (
        "{path}: the file was deleted or moved while it was open, so it was not "
        "checked. What is shown stays readable until it is closed."
    ),
    ErrorKind.DUPLICATE_IDS: (
        "{path}: the archive is damaged: {problem} ({count} such problems in all), so "
        "an export of it could not be imported back. Ask for a fresh copy."
    ),
    ErrorKind.PRIVATE_FOLDER_NOT_MADE: (
        "{path}: could not create a private working folder ({reason}). Check the "
        "temporary folder's free space and permissions."
    ),
    ErrorKind.PRIVATE_COPY_NO_SPACE: (
        "{path}: opening this archive needs a private working copy of {needed} MB, but "
        "the temporary folder ({folder}) has only {free} MB free. Free some space, or "
        "open the archive after it has been finished by the program that writes it."
    ),
    ErrorKind.COPY_EXISTS: (
        "{path}: a file with this name already exists; Kartoteka never overwrites it. "
        "Choose another name."
    ),
    ErrorKind.COPY_IS_SOURCE: (
        "{path}: this is the archive itself; an encrypted copy never replaces it. "
        "Choose another name."
    ),
    ErrorKind.COPY_FOLDER_MISSING: (
        "{path}: the folder {folder} does not exist. Create it or choose another."
    ),
    ErrorKind.ENCRYPTED_COPY_NOT_WRITTEN: (
        "{path}: the encrypted copy could not be written ({reason}). Free some disk "
        "space or choose another folder."
    ),
}
"""Each kind's English wording; `{path}` and the other placeholders come from `params`."""


def os_reason(exc: OSError | BaseException) -> str:
    """The operating system's words for `exc` (its strerror), or the exception itself."""
    reason = getattr(exc, "strerror", None)
    return reason if isinstance(reason, str) and reason else str(exc)


class KartotekaError(Exception):
    """Base of every error meant for a person rather than a developer.

    `kind` and `params` (set by `of`) let the viewer word it in the user's
    language; the message stays the English one for the CLI and logs.
    `errno` is the operating system's error number behind `{reason}`, if any.
    """

    title = "Problem"

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        details: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        # longer evidence (every problem a check found): behind "Details…" and --verbose
        self.details = details
        self.kind: ErrorKind | None = None
        self.params: Mapping[str, str] = {}
        self.errno: int | None = None

    @classmethod
    def of(
        cls,
        kind: ErrorKind,
        path: str | Path,
        *,
        details: tuple[str, ...] = (),
        cause: BaseException | None = None,
        **params: object,
    ) -> Self:
        """The error of `kind` about `path`, worded from TEXTS with `params`.

        `cause` (an OSError or SQLite error) gives `{reason}` unless it is in
        `params`, and its errno.
        """
        values = {name: str(value) for name, value in params.items()}
        values["path"] = str(path)
        if cause is not None:
            values.setdefault("reason", os_reason(cause))
        exc = cls(TEXTS[kind].format(**values), path=path)
        exc.kind, exc.params, exc.details = kind, values, details
        errno = getattr(cause, "errno", None)
        exc.errno = errno if isinstance(errno, int) else None
        return exc

    def __str__(self) -> str:
        return self.message


class ArchiveError(KartotekaError):
    """The archive file cannot be used; the message says why."""

    title = "Cannot open archive"


class ArchiveMissingError(ArchiveError):
    title = "File not found"


class NotSQLiteError(ArchiveError):
    title = "Not an archive file"


class ArchiveDamagedError(ArchiveError):
    title = "Archive is damaged"


class NotAnArchiveError(ArchiveError):
    title = "Not a Kartoteka archive"


class ArchiveTooNewError(ArchiveError):
    title = "Archive is too new"


class ArchiveLockedError(ArchiveError):
    title = "Archive is in use"


class ArchiveUnreadableError(ArchiveError):
    """The file exists but cannot be read or copied (permissions, device, disk full)."""

    title = "Cannot read archive"


class ArchiveCheckTimeoutError(ArchiveError):
    """Checking the archive took longer than allowed."""

    title = "Archive check took too long"


class ArchiveEncryptedError(ArchiveError):
    """The file looks encrypted and no passphrase was given (or it was forgotten)."""

    title = "Archive is encrypted"


class WrongPassphraseError(ArchiveError):
    """The passphrase does not open this encrypted archive; nothing was changed."""

    title = "Wrong passphrase"


class ArchiveValueTooLargeError(ArchiveDamagedError):
    """A value in the archive is larger than Kartoteka is willing to load."""

    title = "Value too large"


class QueryTimeoutError(KartotekaError):
    title = "Query took too long"


class QueryInterruptedError(KartotekaError):
    """A newer request superseded this one; callers drop it silently."""

    title = "Cancelled"


class ImportValidationError(KartotekaError):
    """An import file was rejected as a whole; `problems` lists each one."""

    title = "Import rejected"

    def __init__(
        self, message: str, problems: list[str], *, path: str | Path | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.problems = problems

    def __str__(self) -> str:
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        tail = f"\n  … and {more} more" if more > 0 else ""
        return f"{self.message}\n{shown}{tail}"


class OutputError(KartotekaError):
    """An output file cannot be written (exists, directory missing, disk full)."""

    title = "Cannot write file"
