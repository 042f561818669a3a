"""db/ errors in the interface language, chosen by their kind.

db/ never imports Qt, so its errors are English sentences; those a person
meets (a damaged, foreign or encrypted file, a wrong passphrase, a full or
read-only disk, an import file that cannot be read, a search that took too
long) also carry `kind` and `params` (`db.errors.KartotekaError.of`). Here
each kind is worded again for lupdate, in the same English as
`db.errors.TEXTS` (a test keeps the two equal), and the operating system's
reason behind `{reason}` is worded by its errno where it is a common one.
Everything shown to the user from a db error goes through `error_text`.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from db.errors import ErrorKind, KartotekaError
from viewer.translations import QT_TRANSLATE_NOOP

CONTEXT = "ErrorText"

TEXTS: dict[ErrorKind, str] = {
    ErrorKind.FILE_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: no such file. Check the name and folder."
    ),
    ErrorKind.FILE_UNREACHABLE: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the file cannot be reached ({reason}). Check the name and folder."
    ),
    ErrorKind.FOLDER_NOT_FILE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is a folder, not an archive file. Pick the .db file inside it.",
    ),
    ErrorKind.NOT_REGULAR_FILE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is not a regular file (it is a device, pipe or socket). "
        "Pick an archive file.",
    ),
    ErrorKind.NO_READ_PERMISSION: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: you do not have permission to read this file. "
        "Copy it somewhere you can read it, or ask the owner.",
    ),
    ErrorKind.FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the file cannot be read ({reason}). Copy it to this computer first.",
    ),
    ErrorKind.FILE_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the file is empty (0 bytes). It may have been copied incompletely; "
        "ask for the archive again.",
    ),
    ErrorKind.TEXT_FILE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is a text file, not a Kartoteka archive. "
        "If it is an export (JSON or CSV), use Import instead.",
    ),
    ErrorKind.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is not a Kartoteka archive (not an SQLite database, and it does "
        "not look encrypted either). It may be damaged; check that you picked the "
        "right file.",
    ),
    ErrorKind.CUT_SHORT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the file is cut short ({size} bytes). It was probably copied "
        "incompletely; ask for the archive again.",
    ),
    ErrorKind.HEADER_PAGE_SIZE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive's header is damaged (impossible page size {page_size}). "
        "Ask for a fresh copy of the archive.",
    ),
    ErrorKind.HEADER_VERSION: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive's header is damaged or the file was made by a much newer "
        "SQLite. Ask for a fresh copy of the archive.",
    ),
    ErrorKind.TRUNCATED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the file is shorter than the archive it holds ({size} bytes). "
        "It was probably copied or downloaded incompletely; ask for the archive again.",
    ),
    ErrorKind.ENCRYPTED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this archive looks encrypted: enter its passphrase to open it. "
        "(If it is not encrypted, the file is damaged; ask for a fresh copy.)",
    ),
    ErrorKind.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the passphrase does not open this archive (or the file is damaged). "
        "Nothing was changed; check the passphrase (and keyboard layout) and try again.",
    ),
    ErrorKind.NO_ARCHIVE_TABLES: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is an SQLite database, but not a Kartoteka archive "
        "(it lacks the archive's tables). Check that you picked the right file.",
    ),
    ErrorKind.TOO_NEW: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this archive was made by a newer Kartoteka (format version {version}; "
        "this program reads up to {supported}). Update Kartoteka to open it.",
    ),
    ErrorKind.NO_FORMAT_VERSION: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this file has the archive's tables but no format version, so it was not "
        "made by Kartoteka. Ask for an archive made by Kartoteka.",
    ),
    ErrorKind.OTHER_LAYOUT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this file has a different layout than a Kartoteka archive "
        "({problems}). It was made by another program or an "
        "incompatible version, or changed since; ask for an archive made by Kartoteka.",
    ),
    ErrorKind.LOCKED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the file is in use by another program that is changing it. "
        "Wait until it has finished (or close it there) and try again.",
    ),
    ErrorKind.DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive is damaged and cannot be read ({reason}). "
        "Ask for a fresh copy of the archive.",
    ),
    ErrorKind.PART_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: part of the archive is damaged ({reason}). Ask for a fresh copy of the archive.",
    ),
    ErrorKind.VALUE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: a value in this archive is larger than {mb} MB and was not "
        "loaded. The archive may be damaged or made to cause trouble; ask its publisher.",
    ),
    ErrorKind.READ_FAILED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive could not be read ({reason}). "
        "Check that the disk or stick is still attached and try again.",
    ),
    ErrorKind.QUERY_TIMEOUT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the query took longer than {ms} ms and was stopped. "
        "Narrow the filter or search and try again.",
    ),
    ErrorKind.QUERY_STOPPED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the query took longer than its time limit and was stopped. "
        "Narrow the filter or search and try again.",
    ),
    ErrorKind.CHECK_TIMEOUT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: checking the archive took longer than {seconds} s "
        "and was stopped. The file may be damaged or made to cause trouble.",
    ),
    ErrorKind.TEMP_FOLDER_FULL: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the temporary folder is full, so the private copy could not be "
        "finished. Free some space and try again.",
    ),
    ErrorKind.OUTPUT_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the folder {folder} does not exist."
    ),
    ErrorKind.OUTPUT_EXISTS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: a file with this name already exists. "
        "Choose another name or remove the file first.",
    ),
    ErrorKind.OUTPUT_FOLDER_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the folder is not empty. Choose an empty or new folder."
    ),
    ErrorKind.OUTPUT_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: cannot write the file ({reason})."
    ),
    ErrorKind.OUTPUT_FOLDER_NOT_MADE: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: cannot create the folder ({reason})."
    ),
    ErrorKind.IMPORT_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: cannot read the file ({reason})."
    ),
    ErrorKind.ANNOTATIONS_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot write the export ({reason}). "
        "Check that the folder exists, is writable and has free space.",
    ),
    ErrorKind.ANNOTATIONS_MISSING: QT_TRANSLATE_NOOP("ErrorText", "{path}: no such file."),
    ErrorKind.ANNOTATIONS_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot read the file ({reason}). Pick a Kartoteka annotations file (.json).",
    ),
    ErrorKind.ANNOTATIONS_NOT_JSON: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is not an annotations file (not valid JSON: {reason} at line "
        "{line}). Pick the file exported from Kartoteka.",
    ),
    ErrorKind.ANNOTATIONS_OTHER_JSON: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: this JSON file is not a Kartoteka annotations export."
    ),
    ErrorKind.ANNOTATIONS_TOO_NEW: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the file was exported by a newer Kartoteka (format version {version}; "
        "this program reads up to {supported}). Update Kartoteka to import it.",
    ),
    ErrorKind.PUBLISH_UNKNOWN_PEOPLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "No person with the id or name {people} in {file}; check the names and ids "
        "of the people to leave out (nothing was written).",
    ),
    ErrorKind.OUTPUT_IS_FOLDER: QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is a folder. Choose a file name."
    ),
    ErrorKind.PUBLISH_FOLDER_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: exists and is not an empty folder. Choose a new or empty folder."
    ),
    ErrorKind.PUBLISH_FOLDER_NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot write in {folder} ({reason}). Choose a folder you can write to.",
    ),
    ErrorKind.PUBLISH_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the publishable copy could not be written ({reason}); nothing was written. "
        "Free some space or choose another folder.",
    ),
}
"""db.errors.TEXTS again, marked for lupdate (the English must stay equal: a test checks)."""

REASONS: dict[int, str] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("ErrorText", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("ErrorText", "the disk quota is used up"),
    errno.EACCES: QT_TRANSLATE_NOOP("ErrorText", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("ErrorText", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("ErrorText", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("ErrorText", "no such file or folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("ErrorText", "a part of the path is not a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("ErrorText", "the disk could not be read or written"),
}
"""The operating system's reasons a person meets, by errno (its own words are English)."""


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(exc: object) -> str:
    """What `exc` says, in the interface language when db gave its kind (else its message)."""
    kind = exc.kind if isinstance(exc, KartotekaError) else None
    if kind is None or kind not in TEXTS:
        return str(exc)
    assert isinstance(exc, KartotekaError)
    params = dict(exc.params)
    reason = REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is not None and "reason" in params:
        params["reason"] = translate(reason)
    try:
        return translate(TEXTS[kind]).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation naming a value db did not give
        return str(exc)
