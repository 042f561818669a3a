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
    ErrorKind.PUBLISH_SOURCE_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive holds a value Kartoteka does not write ({reason}), so it is "
        "damaged or was made to cause trouble. Nothing was written; ask for a fresh copy.",
    ),
    ErrorKind.STORE_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this annotation store is encrypted: enter its passphrase to open it.",
    ),
    ErrorKind.STORE_NOT_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this annotation store is not encrypted, so it has no passphrase. Open "
        "it without one.",
    ),
    ErrorKind.STORE_WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the passphrase does not open this annotation store (or the file is "
        "damaged). Nothing was changed; check the passphrase (and keyboard layout) and "
        "try again.",
    ),
    ErrorKind.STORE_PASSPHRASE_SHORT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the passphrase is too short: use at least {chars} characters (several "
        "unrelated words are easy to remember and hard to guess).",
    ),
    ErrorKind.STORE_IS_FOLDER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is a folder, not an annotation store.",
    ),
    ErrorKind.STORE_NOT_CREATED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot create the annotation store there ({reason}). Choose a store in "
        "a folder you can write to.",
    ),
    ErrorKind.STORE_OTHER_FILE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this SQLite file is not a Kartoteka annotation store (it has other "
        "tables). Pick another file, or let Kartoteka create a new store.",
    ),
    ErrorKind.STORE_TOO_NEW: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: these annotations were saved by a newer Kartoteka (format version "
        "{version}; this program reads up to {supported}). Update Kartoteka to open "
        "them; the file was not changed.",
    ),
    ErrorKind.STORE_HOLDS_CODE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this annotation store holds code Kartoteka never puts there ({names}); "
        "it could change or delete notes behind your back, so it was not opened and "
        "nothing in it was run or changed. Use your own store, or let Kartoteka create "
        "a new one.",
    ),
    ErrorKind.STORE_DAMAGED_NO_BACKUP: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the annotation store is damaged and there is no good backup in "
        "{folder}. The file was left untouched; copy it somewhere safe and ask for help "
        "recovering it.",
    ),
    ErrorKind.DELETED_WHILE_OPEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the file was deleted or moved while it was open, so it was not "
        "checked. What is shown stays readable until it is closed.",
    ),
    ErrorKind.DUPLICATE_IDS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive is damaged: {problem} ({count} such problems in all), so "
        "an export of it could not be imported back. Ask for a fresh copy.",
    ),
    ErrorKind.PRIVATE_FOLDER_NOT_MADE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: could not create a private working folder ({reason}). Check the "
        "temporary folder's free space and permissions.",
    ),
    ErrorKind.PRIVATE_COPY_NO_SPACE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: opening this archive needs a private working copy of {needed} MB, but "
        "the temporary folder ({folder}) has only {free} MB free. Free some space, or "
        "open the archive after it has been finished by the program that writes it.",
    ),
    ErrorKind.COPY_EXISTS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: a file with this name already exists; Kartoteka never overwrites it. "
        "Choose another name.",
    ),
    ErrorKind.COPY_IS_SOURCE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is the archive itself; an encrypted copy never replaces it. "
        "Choose another name.",
    ),
    ErrorKind.COPY_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the folder {folder} does not exist. Create it or choose another.",
    ),
    ErrorKind.ENCRYPTED_COPY_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the encrypted copy could not be written ({reason}). Free some disk "
        "space or choose another folder.",
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
