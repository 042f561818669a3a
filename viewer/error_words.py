"""db/ errors' wording in every language, without Qt: for the window and the CLI.

db/ never imports Qt, so its errors are English sentences; those a person
meets also carry `kind` and `params` (`db.errors.KartotekaError.of`). Here
each kind is worded again for lupdate, in the same English as
`db.errors.TEXTS` (a test keeps the two equal); the operating system's
reason behind `{reason}` is worded by its errno where it is a common one,
and a value from a fixed set (what the annotation store was doing) by
PHRASES. `word_error` puts an error into words with any translate function:
viewer.error_text passes Qt's, the CLI a catalog read from the .ts file.

Values come from files and folders a hostile archive or import can name:
each is shown with its control and direction characters as visible escapes
(`\\x1b`, `\\u202e`), so no message can recolour a terminal, reorder a
dialog's line or hide part of itself.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from db.errors import ErrorKind, KartotekaError
from db.findings import Finding, FindingKind, finding_from_params
from db.problems import Problem, ProblemKind
from viewer.cli_text import terminal_text
from viewer.ts_files import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # db.annotations loads sqlite_utils: the CLI's lean commands must not
    from db.annotations.errors import ConflictName

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
    ErrorKind.SEARCH_INDEX_NOT_OURS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the search index of this archive is damaged or not Kartoteka's "
        "({problems}). Browsing works; search is unavailable. Ask for a fresh copy to search it.",
    ),
    ErrorKind.NAME_INDEX_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: name search is unavailable in this archive: its name index is missing "
        "({tables}). Browsing works; search is unavailable. To search it, write a copy with "
        "the index rebuilt (this file is not changed): {command}; or ask for a fresh copy.",
    ),
    ErrorKind.NAME_INDEX_STALE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: search is unavailable in this archive: its name index lacks people written "
        "without rebuilding it ({problems}). Browsing works. To search it, write a copy with "
        "the index rebuilt (this file is not changed): {command}; or ask for a fresh copy.",
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
    ErrorKind.IMPORT_NOT_A_FILE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is not a file but a pipe, a device or a socket, so nothing was imported. "
        "Give a JSON or CSV file, a zip of CSV files or a folder of them.",
    ),
    ErrorKind.INPUT_NOT_A_FILE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is not a file but a pipe, a device or a socket, so it was not read "
        "and nothing was written. Give a file.",
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
    ErrorKind.HEADER_ENCODING: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive's header says its text is not stored as UTF-8, as Kartoteka "
        "stores it, so every name would read as garbage. The header is damaged; ask for a "
        "fresh copy of the archive.",
    ),
    ErrorKind.UNIMPORTABLE_EXPORT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive is damaged: {problem} ({count} such problems in all). An "
        "export would hold entries no import takes back, so none was written. Ask for a "
        "fresh copy.",
    ),
    ErrorKind.IMPORT_TARGET_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive is damaged: {problem} ({count} such problems in all), so "
        "nothing was imported into it and it was not changed. Ask for a fresh copy.",
    ),
    ErrorKind.SIDECAR_IS_FOLDER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is a folder (or another special file) where SQLite expects its own "
        "working file beside the archive, so the archive cannot be read safely. Move or "
        "rename it.",
    ),
    ErrorKind.IMPORT_TARGET_LINK: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is a link to a file that cannot be reached ({reason}), so nothing "
        "was imported and the link was left as it is. Import into the file itself.",
    ),
    ErrorKind.IMPORT_TARGET_READ_ONLY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive file is read-only, so nothing was imported into it. Make it "
        "writable first, or import into a copy.",
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
    ErrorKind.STORE_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: there is no annotation store here. Check the name and folder."
    ),
    ErrorKind.STORE_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the annotation store cannot be read ({reason}); nothing was changed."
        " Check the disk and try again.",
    ),
    ErrorKind.STORE_IN_USE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: another program (or another Kartoteka window) has the annotation "
        "store open, so its passphrase was not changed. Close it there and try again.",
    ),
    ErrorKind.STORE_REKEY_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the encrypted copy could not be written ({reason}); the store still "
        "opens as before. Free some disk space and try again.",
    ),
    ErrorKind.STORE_DISK_FULL: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the disk is full, so {doing} failed. Everything saved before is "
        "kept; free some space and save again.",
    ),
    ErrorKind.STORE_READ_ONLY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the annotation store is on a read-only disk or folder, so {doing} "
        "failed. Your annotations can be read but not changed; make the folder "
        "writable or choose a store in another folder.",
    ),
    ErrorKind.STORE_BUSY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: another program (or another Kartoteka window) is writing the "
        "annotations, so {doing} failed. Nothing was lost; try again in a moment.",
    ),
    ErrorKind.STORE_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the annotation store is damaged ({reason}). Close and reopen it to "
        "restore the newest good backup.",
    ),
    ErrorKind.STORE_DISK_ERROR: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the disk reported an error, so {doing} failed ({reason}). Everything"
        " saved before is kept; check the disk and save again.",
    ),
    ErrorKind.STORE_FAILED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: {doing} failed ({reason}). Everything saved before is kept; try again.",
    ),
    ErrorKind.BACKUP_CHECK_FAILED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the backup just written failed its check and was discarded. The "
        "store itself is unchanged; check the disk.",
    ),
    ErrorKind.BACKUP_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{folder}: cannot write a backup of the annotations ({reason}). Your "
        "annotations are unchanged; free some disk space or check the folder.",
    ),
    ErrorKind.ARCHIVE_ID_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot read the archive's identity ({reason}). The archive may be "
        "damaged; ask for a fresh copy.",
    ),
    ErrorKind.ARCHIVE_NO_ID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive has no identity (meta.archive_id), so annotations cannot"
        " be attached to it. Rebuild it with a current Kartoteka.",
    ),
    ErrorKind.ANNOTATIONS_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the annotations file is damaged and was not imported: {problems}. "
        "Ask for a fresh export.",
    ),
    ErrorKind.CONFLICTS_UNDECIDED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: {count} conflict(s) need a decision before importing ({names}). "
        "Choose to keep yours, take theirs, or keep both.",
    ),
    ErrorKind.ANNOTATIONS_CHANGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the annotations changed since this import was planned. Nothing was "
        "imported; plan the import again.",
    ),
    ErrorKind.UNDO_STALE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: “{label}” cannot be undone because the annotation was changed since."
        " Nothing was changed.",
    ),
    ErrorKind.NOTE_DATE_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{text}” is not a date. Type a year (2024), a month (2024-05) or a day "
        "(2024-05-03); “~2024” means about 2024, “2024-05/2024-07” a span. Leave it "
        "empty for a note without a date. ({reason})",
    ),
    ErrorKind.TAG_NAME_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "A tag needs a name. Type one."),
    ErrorKind.TAG_EXISTS: QT_TRANSLATE_NOOP(
        "ErrorText", "A tag called “{name}” already exists. Pick another name, or merge the tags."
    ),
    ErrorKind.TAG_MERGE_SELF: QT_TRANSLATE_NOOP(
        "ErrorText", "A tag cannot be merged into itself. Pick another tag to merge it into."
    ),
    ErrorKind.TAG_COLOUR_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText", "“{colour}” is not a colour; use the form #rrggbb."
    ),
    ErrorKind.ANNOTATION_GONE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The annotation {id} does not exist (it may have been deleted meanwhile). "
        "Reload and try again.",
    ),
    ErrorKind.TAG_GONE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The tag {id} does not exist (it may have been deleted meanwhile). Reload and try again.",
    ),
    ErrorKind.PASSPHRASE_SHORT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The passphrase is too short: use at least {chars} characters (several "
        "unrelated words are easy to remember and hard to guess).",
    ),
    ErrorKind.ENCRYPTED_COPY_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the encrypted copy could not be read back ({reason}); nothing was "
        "changed. Free some disk space and try again.",
    ),
    ErrorKind.ENCRYPTION_CANCELLED: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the encrypted copy was cancelled; nothing was written."
    ),
    ErrorKind.ARCHIVE_NOT_ENCRYPTED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this archive is not encrypted, so it has no passphrase to change. "
        "Use 'kartoteka encrypt' to make an encrypted copy.",
    ),
    ErrorKind.REKEY_LEFTOVER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: an unfinished change ({name}) lies beside it; the passphrase was not"
        " changed. Open the archive once with Kartoteka elsewhere, or ask for a fresh"
        " copy.",
    ),
    ErrorKind.REKEY_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive cannot be read ({reason}); the passphrase was not "
        "changed. Ask for a fresh copy.",
    ),
    ErrorKind.REKEY_CHANGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive changed while the passphrase was being changed; nothing "
        "was changed. Try again.",
    ),
    ErrorKind.REKEY_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the re-encrypted copy could not be written ({reason}); the archive "
        "still opens with the old passphrase. Free some disk space and try again.",
    ),
    ErrorKind.IMPORT_REJECTED: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: nothing was imported; fix these {count} problem(s) and try again:"
    ),
    ErrorKind.IMPORT_MIXED_FORMATS: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: import either JSON files or CSV files, not both at once."
    ),
    ErrorKind.FORMAT_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "Unknown format {format}; use {choices}."
    ),
    ErrorKind.IMPORT_IS_ARCHIVE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: this is a Kartoteka archive (an SQLite database), not an export. "
        "Open it in Kartoteka, or export it to JSON or CSV first and import that.",
    ),
    ErrorKind.IMPORT_CONTENT_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot tell what this file holds (it is not JSON, CSV, a zip of CSV "
        "files or an archive). If it is an export, give its format with --format json "
        "or --format csv.",
    ),
    ErrorKind.SOURCES_FORMAT_FROM_NAME: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot tell the format from the name; use .json (CSL-JSON), .ris or "
        ".bib, or name the format.",
    ),
    ErrorKind.IMPORT_NOTHING: QT_TRANSLATE_NOOP(
        "ErrorText", "Nothing to import: give at least one file."
    ),
    ErrorKind.IMPORT_WORKING_COPY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot make a working copy next to the archive ({reason}). Free some"
        " disk space or check the folder's permissions.",
    ),
    ErrorKind.DANGLING_REFERENCES: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the data refers to entries that do not exist: {problems}. Fix the "
        "files and try again.",
    ),
    ErrorKind.EXPORT_UNKNOWN_PEOPLE: QT_TRANSLATE_NOOP(
        "ErrorText", "Cannot export: no person with id {ids} in this archive. Check the ids."
    ),
    ErrorKind.LETTERS_LANGUAGE: QT_TRANSLATE_NOOP(
        "ErrorText", "Letters are written in Russian or Belarusian ('ru' or 'be'), not {lang}."
    ),
    ErrorKind.LETTERS_MONTH: QT_TRANSLATE_NOOP("ErrorText", "A month is 1 to 12, not {month}."),
    ErrorKind.DIFF_LOCKED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive was locked; open it with its passphrase and compare again.",
    ),
    ErrorKind.RULES_NOT_OBJECT: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the top level must be a JSON object. Check the redaction rules file."
    ),
    ErrorKind.RULES_PROBLEMS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the redaction rules have {count} problem(s): {problems}. Fix them "
        "and try again (nothing was written).",
    ),
    ErrorKind.RULES_NOT_JSON: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the rules file is not valid JSON ({reason}). Check the redaction rules file.",
    ),
    ErrorKind.RULES_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot read the rules file ({reason}). Check the name and folder.",
    ),
    ErrorKind.PUBLISH_TAGS_NO_STORE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The redaction rules drop people by tag, but no annotation store was given to"
        " look the tags up in. Open the annotation store first.",
    ),
    ErrorKind.PUBLISH_UNKNOWN_TAGS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "No tag named {tags} in the annotation store; check the tag names in the "
        "redaction rules (nothing was written).",
    ),
    ErrorKind.PUBLISH_DANGLING: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the copy would hold entries that refer to missing ones ({problems})."
        " The archive itself is inconsistent; ask for a fresh copy. Nothing was "
        "written.",
    ),
    ErrorKind.PUBLISH_REDACTED_LEFT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: still holds a redacted value after redaction; nothing was published."
        " Please report this as a bug.",
    ),
    ErrorKind.PUBLISH_LEFTOVERS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: SQLite left {files} beside the copy; nothing was published. Check "
        "the disk and try again.",
    ),
    ErrorKind.GENERATE_PEOPLE: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the number of people must be at least 1 (got {count})."
    ),
    ErrorKind.RESOURCES_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Kartoteka's resources folder is missing (looked in: {tried}). The "
        "installation is incomplete; reinstall Kartoteka.",
    ),
    ErrorKind.SAMPLE_CACHE_NOT_MADE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot create the cache folder for the sample archive ({reason}). "
        "Set {env} to a writable folder.",
    ),
    ErrorKind.SAMPLE_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot write the sample archive ({reason}). Free some disk space or "
        "set {env} to a writable folder.",
    ),
    ErrorKind.PASSPHRASE_FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot read the passphrase file ({reason}). Check the name and folder.",
    ),
    ErrorKind.PASSPHRASE_FILE_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the passphrase file's first line is empty. Put the passphrase on its first line.",
    ),
    ErrorKind.PASSPHRASES_DIFFER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The two passphrases differ; nothing was written. Type the same passphrase twice.",
    ),
    ErrorKind.PASSPHRASE_NOT_TYPED: QT_TRANSLATE_NOOP(
        "ErrorText", "No passphrase was typed (no terminal?); use --passphrase-file for scripts."
    ),
    ErrorKind.NO_SUCH_FILE_OR_COMMAND: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: no such file. Check the name, or run 'kartoteka --help' for the "
        "commands ({commands}).",
    ),
    ErrorKind.ARCHIVE_BREAKS_SQLITE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive could not be read ({reason}). It may be damaged or made "
        "to cause trouble; ask for a fresh copy.",
    ),
    ErrorKind.DOSSIER_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: cannot write the dossier ({reason}). Choose another folder or free some space.",
    ),
    ErrorKind.DOSSIER_NOT_STARTED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the dossier could not be started ({reason}). Check that Kartoteka is"
        " installed completely.",
    ),
    ErrorKind.DOSSIER_CHILD_STOPPED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the dossier was not written: the program writing it stopped "
        "unexpectedly (exit code {code}{detail}). Try again; if it happens again, "
        "write fewer people at once and report the problem.",
    ),
    ErrorKind.DOSSIER_NO_PEOPLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: none of the ids ({ids}) is in this archive, so nothing was written. "
        "Check the ids: 'kartoteka search' shows each person's id.",
    ),
    ErrorKind.PDF_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the PDF could not be written. Choose another folder or free some space.",
    ),
    ErrorKind.CHECK_FOUND_DAMAGE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: the archive is damaged: the integrity check found problems ({count};"
        " first: {first}). Results may be incomplete; ask for a fresh copy.",
    ),
    ErrorKind.CHECK_DAMAGED_BEFORE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: an earlier check found this archive damaged; results may be "
        "incomplete. Ask for a fresh copy.",
    ),
    ErrorKind.SEARCH_DAMAGED_BEFORE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}: an earlier check found the search index of this archive damaged or not "
        "Kartoteka's. Browsing works; search is unavailable. Ask for a fresh copy to search it.",
    ),
    ErrorKind.CHECK_CANCELLED: QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the check was cancelled. Check the archive again when there is time."
    ),
    ErrorKind.CONFLICT_CHOICE_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Each conflict is settled with “mine”, “theirs” or (for notes) “both”.",
    ),
    ErrorKind.CORRECTION_NEEDS_FIELD: QT_TRANSLATE_NOOP(
        "ErrorText",
        "A correction needs the name of the field it corrects.",
    ),
    ErrorKind.TAG_HAS_NO_TEXT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "A tag on an entry has no text to edit.",
    ),
    ErrorKind.DATE_ONLY_ON_NOTES: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Only notes have a date; corrections do not.",
    ),
    ErrorKind.REASON_ONLY_ON_CORRECTIONS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Only corrections have a reason; notes do not.",
    ),
    ErrorKind.ENTRY_TYPE_NOT_ANNOTATABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{type}” entries cannot be annotated; use one of: {choices}.",
    ),
    ErrorKind.ANNOTATION_NEEDS_IDS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "An annotation needs the archive's id and the entry's id.",
    ),
    ErrorKind.ARCHIVE_IN_USE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The archive is in use by another program. Wait a moment and try again.",
    ),
    ErrorKind.ARCHIVE_READ_FAILED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The archive could not be read ({reason}). It may be damaged; ask for a fresh copy.",
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
    errno.EFBIG: QT_TRANSLATE_NOOP(
        "ErrorText", "the file is too large for this disk (a FAT32 stick holds at most 4 GB)"
    ),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ErrorText", "the file name is too long"),
    errno.EISDIR: QT_TRANSLATE_NOOP("ErrorText", "it is a folder"),
}
"""The operating system's reasons a person meets, by errno (its own words are English)."""

DATE_REASONS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("ErrorText", "the date is empty"),
    "too_long": QT_TRANSLATE_NOOP("ErrorText", "it is too long to be a date"),
    "not_edtf": QT_TRANSLATE_NOOP("ErrorText", "Kartoteka cannot read it as a date"),
    "backwards": QT_TRANSLATE_NOOP("ErrorText", "it ends before it starts"),
}
"""db.dates.DateProblem values: why a note's date was refused (db words it in English)."""


def os_error_text(exc: OSError, translate: Callable[[str], str]) -> str:
    """The operating system's reason for `exc` in `translate`'s language (common errnos),
    else its own words."""
    reason = REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is not None:
        return translate(reason)
    return terminal_text(exc.strerror or str(exc))


PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ErrorText", "reading the annotations"),
    QT_TRANSLATE_NOOP("ErrorText", "opening the annotations"),
    QT_TRANSLATE_NOOP("ErrorText", "preparing the annotation store"),
    QT_TRANSLATE_NOOP("ErrorText", "saving the annotations"),
    QT_TRANSLATE_NOOP("ErrorText", "reading the recent searches"),
    QT_TRANSLATE_NOOP("ErrorText", "saving the recent searches"),
    QT_TRANSLATE_NOOP("ErrorText", "clearing the recent searches"),
)
"""db.annotations.store.STORE_DOINGS, marked for lupdate (`{doing}` in the store's errors)."""


CONFLICT_TAG = QT_TRANSLATE_NOOP("ErrorText", "tag “{name}”")
"""An undecided conflict about a tag itself (`{names}` of CONFLICTS_UNDECIDED)."""

CONFLICT_KINDS: dict[str, str] = {
    "note": QT_TRANSLATE_NOOP("ErrorText", "note on {entry}"),
    "correction": QT_TRANSLATE_NOOP("ErrorText", "correction on {entry}"),
    "tag": QT_TRANSLATE_NOOP("ErrorText", "tag on {entry}"),
}
"""An undecided conflict about an annotation, by its kind (db.annotations.KINDS)."""

CONFLICT_ENTRIES: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("ErrorText", "person {id}"),
    "sentence": QT_TRANSLATE_NOOP("ErrorText", "sentence {id}"),
    "quote": QT_TRANSLATE_NOOP("ErrorText", "quote {id}"),
    "event": QT_TRANSLATE_NOOP("ErrorText", "event {id}"),
    "source": QT_TRANSLATE_NOOP("ErrorText", "source {id}"),
}
"""The entry an annotation is on, by db.annotations.ENTITY_TYPES."""


def conflict_names(names: Iterable[ConflictName], translate: Callable[[str], str]) -> str:
    """`{names}` of CONFLICTS_UNDECIDED in `translate`'s language (db words them in English)."""
    said: list[str] = []
    for c in names:
        if not c.entity_type:
            said.append(translate(CONFLICT_TAG).format(name=terminal_text(c.name)))
            continue
        entry_words = CONFLICT_ENTRIES.get(c.entity_type)
        kind_words = CONFLICT_KINDS.get(c.kind)
        if entry_words is None or kind_words is None:  # a newer file's words: as db says them
            said.append(terminal_text(str(c)))
            continue
        entry = translate(entry_words).format(id=terminal_text(c.entity_id))
        said.append(translate(kind_words).format(entry=entry))
    return ", ".join(said)


PROBLEM_TEXTS: dict[ProblemKind, str] = {
    ProblemKind.REQUIRED: QT_TRANSLATE_NOOP("ErrorText", "is required but empty or missing"),
    ProblemKind.NOT_TEXT: QT_TRANSLATE_NOOP("ErrorText", "{value} must be text"),
    ProblemKind.BAD_ID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{value} is not a usable id (no spaces at the ends, no ';', tabs or line breaks)",
    ),
    ProblemKind.NOT_ONE_OF: QT_TRANSLATE_NOOP("ErrorText", "{value} is not one of: {choices}"),
    ProblemKind.BAD_DATE: QT_TRANSLATE_NOOP("ErrorText", "{reason}"),
    ProblemKind.NOT_WHOLE_NUMBER: QT_TRANSLATE_NOOP("ErrorText", "{value} is not a whole number"),
    ProblemKind.NEGATIVE_TERM: QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is negative; a term cannot be below 0 months"
    ),
    ProblemKind.NOT_BOOL: QT_TRANSLATE_NOOP("ErrorText", "{value} is not true/false (or 1/0)"),
    ProblemKind.NOT_BYTES: QT_TRANSLATE_NOOP(
        "ErrorText", "must be the image's bytes (base64 in JSON, a file in CSV)"
    ),
    ProblemKind.TOP_NOT_OBJECT: QT_TRANSLATE_NOOP(
        "ErrorText", "the top level must be an object of lists"
    ),
    ProblemKind.UNKNOWN_SECTION: QT_TRANSLATE_NOOP(
        "ErrorText", "unknown section {value}; expected some of: {choices}"
    ),
    ProblemKind.SECTION_NOT_LIST: QT_TRANSLATE_NOOP("ErrorText", "section {value} must be a list"),
    ProblemKind.NOT_OBJECT: QT_TRANSLATE_NOOP("ErrorText", "must be an object"),
    ProblemKind.WRONG_FORMAT: QT_TRANSLATE_NOOP("ErrorText", "{value} is not {expected}"),
    ProblemKind.VERSION_TOO_NEW: QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is newer than this Kartoteka reads ({supported}); update Kartoteka"
    ),
    ProblemKind.UNKNOWN_META_KEY: QT_TRANSLATE_NOOP(
        "ErrorText", "unknown key; expected some of: {choices}"
    ),
    ProblemKind.LANGUAGES_NOT_LIST: QT_TRANSLATE_NOOP(
        "ErrorText", 'must be a list of language codes, e.g. ["en", "be"]'
    ),
    ProblemKind.NOT_TRUE_FALSE: QT_TRANSLATE_NOOP("ErrorText", "{value} must be true or false"),
    ProblemKind.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "ErrorText", "{value} appears more than once in {section}"
    ),
    ProblemKind.ID_EXISTS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{value} already exists in the archive; use another id, or import with replace "
        "to overwrite the existing entry",
    ),
    ProblemKind.DANGLING_REF: QT_TRANSLATE_NOOP(
        "ErrorText",
        "refers to {value}, which is neither in this import nor in the archive's {target}",
    ),
    ProblemKind.UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "ErrorText", "unknown field; expected some of: {choices}"
    ),
    ProblemKind.NOT_LIST: QT_TRANSLATE_NOOP("ErrorText", "must be a list"),
    ProblemKind.RELATION_ONE_TARGET: QT_TRANSLATE_NOOP(
        "ErrorText", "a relation needs exactly one of other_person_id and org_id"
    ),
    ProblemKind.HIGH_REQUIRED: QT_TRANSLATE_NOOP(
        "ErrorText", "is required when qualifier is 'between'"
    ),
    ProblemKind.HIGH_BELOW: QT_TRANSLATE_NOOP("ErrorText", "{high} is below value {value}"),
    ProblemKind.ADDS_TO_ITSELF: QT_TRANSLATE_NOOP("ErrorText", "a sentence cannot add to itself"),
    ProblemKind.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "ErrorText", "{end} is before the start {start}"
    ),
    ProblemKind.ATTACHMENT_REFUSED: QT_TRANSLATE_NOOP("ErrorText", "cannot be taken in: {reason}"),
    ProblemKind.NOT_JSON: QT_TRANSLATE_NOOP("ErrorText", "not valid JSON ({reason})"),
    ProblemKind.NOT_UTF8: QT_TRANSLATE_NOOP("ErrorText", "not UTF-8 text ({reason})"),
    ProblemKind.CSV_NOT_UTF8: QT_TRANSLATE_NOOP(
        "ErrorText", "not UTF-8 text (byte {byte}); save it as CSV UTF-8"
    ),
    ProblemKind.NOT_ZIP: QT_TRANSLATE_NOOP("ErrorText", "not a readable zip file ({reason})"),
    ProblemKind.ZIP_BOMB: QT_TRANSLATE_NOOP(
        "ErrorText",
        "unpacks to more than {limit} bytes from {packed} packed (a zip bomb, or far too "
        "large); it was not unpacked. Unpack the zip yourself and import its files",
    ),
    ProblemKind.ZIP_LOCKED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "is encrypted or packed in a way Kartoteka does not read; unpack the zip yourself "
        "and import its files",
    ),
    ProblemKind.DATA_AND_FILE: QT_TRANSLATE_NOOP("ErrorText", "give either data or file, not both"),
    ProblemKind.FILE_NOT_NAME: QT_TRANSLATE_NOOP("ErrorText", "must be a file name"),
    ProblemKind.FILE_REFUSED: QT_TRANSLATE_NOOP("ErrorText", "{reason}"),
    ProblemKind.DATA_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorText", "about {size} bytes is more than an attachment may have ({limit} bytes)"
    ),
    ProblemKind.NOT_BASE64: QT_TRANSLATE_NOOP("ErrorText", "is not base64 text"),
    ProblemKind.CSV_HEADER_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText", "cannot read the header ({reason})"
    ),
    ProblemKind.CSV_UNKNOWN_COLUMNS: QT_TRANSLATE_NOOP(
        "ErrorText", "unknown column(s) {columns}; expected some of: {choices}"
    ),
    ProblemKind.CSV_CELLS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{cells} cells but the header has {columns} columns (a missing quote around a comma?)",
    ),
    ProblemKind.CSV_ROW_UNREADABLE: QT_TRANSLATE_NOOP(
        "ErrorText", "cannot read the row ({reason})"
    ),
    ProblemKind.CSV_UNKNOWN_FILE: QT_TRANSLATE_NOOP(
        "ErrorText", "unknown file name; expected some of: {choices}"
    ),
    ProblemKind.CSV_FILE_TWICE: QT_TRANSLATE_NOOP("ErrorText", "given more than once"),
    ProblemKind.CSV_PARENT_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText",
        "must name an entry of {file} in this import (nested rows are imported together "
        "with their entry)",
    ),
    ProblemKind.CSV_CITED_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText",
        "must name an entry of {file} in this import (citations are imported together "
        "with what they cite)",
    ),
    ProblemKind.FILE_IS_URL: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{name} is a web address; Kartoteka never downloads anything. Save the image next "
        "to the import files and give its file name",
    ),
    ProblemKind.FILE_OUTSIDE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{name} must be a file name inside the import's folder or zip (no absolute paths, no '..')",
    ),
    ProblemKind.FILE_NOT_IN_ZIP: QT_TRANSLATE_NOOP("ErrorText", "{name} is not in {zip}"),
    ProblemKind.FILE_MISSING: QT_TRANSLATE_NOOP("ErrorText", "{name}: no such file in {folder}"),
    ProblemKind.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorText", "{size} bytes is more than an attachment may have ({limit} bytes)"
    ),
    ProblemKind.LIST_DATE: QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is not a date (write 18.08.1978, 08.1978 or 1978)"
    ),
    ProblemKind.LIST_NAME_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "is required but empty"),
    ProblemKind.LIST_STATUS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{value} is not a status this import knows (for example: Political prisoner, "
        "Палітвязень, Бывший политзаключённый)",
    ),
    ProblemKind.LIST_NO_NAME_COLUMN: QT_TRANSLATE_NOOP(
        "ErrorText", "not a list with a 'Name and surname' column"
    ),
}
"""db.problems.TEXTS again, marked for lupdate (the English must stay equal: a test checks)."""

PROBLEM_PLACES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ErrorText", "{place} row {row}"),
    QT_TRANSLATE_NOOP("ErrorText", "{place} line {line}"),
    QT_TRANSLATE_NOOP("ErrorText", "{where}, field {field}"),
    QT_TRANSLATE_NOOP("ErrorText", "{where}, column {field}"),
)
"""Where a problem is: a CSV row, a JSON line, a field or column there (db.problems.Problem)."""


ATTACHMENT_REASONS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("ErrorText", "the photo is not in this archive"),
    "too_large": QT_TRANSLATE_NOOP("ErrorText", "the file is larger than an archive may hold"),
    "not_an_image": QT_TRANSLATE_NOOP(
        "ErrorText", "the file is not a JPEG, PNG, GIF or WebP image"
    ),
    "type_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "the file is another kind of image than the archive says"
    ),
    "too_many_pixels": QT_TRANSLATE_NOOP(
        "ErrorText", "the image declares far too many pixels (it may be a decompression bomb)"
    ),
}
"""An attachment refused by import or export, by db.attachments.AttachmentProblem value: the
reason db gives is English (it said "cannot be taken in: it is not a JPEG…" in Belarusian)."""


FINDING_TEXTS: dict[FindingKind, str] = {
    FindingKind.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "ErrorText", "{table}: the id {id} is used by {count} entries"
    ),
    FindingKind.NO_USABLE_ID: QT_TRANSLATE_NOOP(
        "ErrorText", "{table}: {count} entries have no usable id (missing, empty or not text)"
    ),
    FindingKind.RANK_ROWS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{table} has {rows} rows for the {people} people, "
        "{strangers} of them for people not in the archive",
    ),
    FindingKind.RANK_ORDER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{table}.{column} does not rank each of the {people} people once "
        "({misplaced} ranks repeat, skip or are not numbers)",
    ),
    FindingKind.CHECK_FAILED: QT_TRANSLATE_NOOP("ErrorText", "CHECK constraint failed in {table}"),
    FindingKind.INDEX_ROWS: QT_TRANSLATE_NOOP(
        "ErrorText", "{index} indexes {indexed} rows but {table} has {rows}"
    ),
    FindingKind.MISSING_FROM_INDEX: QT_TRANSLATE_NOOP(
        "ErrorText", "row {row} missing from index {index}"
    ),
    FindingKind.WRONG_ENTRIES: QT_TRANSLATE_NOOP(
        "ErrorText", "wrong # of entries in index {index}"
    ),
    FindingKind.NULL_VALUE: QT_TRANSLATE_NOOP("ErrorText", "NULL value in {table}.{column}"),
    FindingKind.NOT_UNIQUE: QT_TRANSLATE_NOOP("ErrorText", "non-unique entry in index {index}"),
    FindingKind.CHECK_AGAIN: QT_TRANSLATE_NOOP(
        "ErrorText", "Check the archive again to see the problems."
    ),
    FindingKind.OTHER: QT_TRANSLATE_NOOP("ErrorText", "{evidence}"),
}
"""What a check found (db.findings), said again: the English of an id problem or of SQLite's
evidence stood inside a Belarusian or Russian sentence. The English is db's (SQLite's own
words, what a specialist looks up; a test checks they are equal); be and ru say it plainly.
Table, index and column names stay as the file has them."""


def word_finding(finding: str, translate: Callable[[str], str]) -> str:
    """One line of what a check found in `translate`'s language (a plain str: as it is)."""
    kind = getattr(finding, "kind", None)
    if not isinstance(finding, Finding) or kind not in FINDING_TEXTS:
        return terminal_text(finding)
    params = {name: terminal_text(value) for name, value in finding.params.items()}
    try:
        return translate(FINDING_TEXTS[kind]).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation naming a value db did not give
        return terminal_text(finding)


def word_problem(problem: str, translate: Callable[[str], str]) -> str:
    """One problem of an import in `translate`'s language (a plain str: as it is, escaped).

    db words each problem in English (db.problems.Problem is that line); with
    its kind it is said again here, every value escaped like an error's.
    """
    kind = getattr(problem, "kind", None)
    if not isinstance(problem, Problem) or kind not in PROBLEM_TEXTS:
        return terminal_text(problem)
    row_place, line_place, at_field, at_column = PROBLEM_PLACES
    where = terminal_text(problem.place)
    if problem.row is not None:
        where = translate(row_place).format(place=where, row=problem.row)
    if problem.line is not None:
        where = translate(line_place).format(place=where, line=problem.line)
    if problem.field is not None:
        at = at_column if problem.csv_column else at_field
        where = translate(at).format(where=where, field=terminal_text(problem.field))
    params = {name: terminal_text(value) for name, value in problem.params.items()}
    reason = ATTACHMENT_REASONS.get(problem.params.get("problem", ""))
    if kind is ProblemKind.ATTACHMENT_REFUSED and reason is not None:
        params["reason"] = translate(reason)
    try:
        text = translate(PROBLEM_TEXTS[kind]).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation naming a value db did not give
        return terminal_text(problem)
    return f"{where}: {text}"


def safe_lines(text: str) -> str:
    """`text` with control and direction characters escaped, its line breaks kept."""
    return "\n".join(terminal_text(line) for line in text.split("\n"))


def word_error(
    exc: object,
    translate: Callable[[str], str],
    *,
    label: Callable[[str], str] | None = None,
) -> str:
    """What `exc` says, in `translate`'s language when db gave its kind (else its message).

    `label` words a `{label}` (an annotation change's name, "Rename tag").
    Every value is shown with its control characters escaped (see the module docstring).
    """
    kind = exc.kind if isinstance(exc, KartotekaError) else None
    if kind is None or kind not in TEXTS:
        return safe_lines(str(exc))
    assert isinstance(exc, KartotekaError)
    params = {name: terminal_text(value) for name, value in exc.params.items()}
    reason = REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is not None and "reason" in params:
        params["reason"] = translate(reason)
    if exc.params.get("attachment_problem") in ATTACHMENT_REASONS and "reason" in params:
        params["reason"] = translate(ATTACHMENT_REASONS[exc.params["attachment_problem"]])
    if exc.params.get("date_problem") in DATE_REASONS and "reason" in params:
        params["reason"] = translate(DATE_REASONS[exc.params["date_problem"]])
    if params.get("doing") in PHRASES:
        params["doing"] = translate(params["doing"])
    conflicts = getattr(exc, "conflicts", None)
    if "names" in params and isinstance(conflicts, tuple) and conflicts:
        params["names"] = conflict_names(conflicts, translate)
    if label is not None and "label" in exc.params:
        params["label"] = terminal_text(label(exc.params["label"]))
    found = finding_from_params(exc.params)  # a check's finding, quoted in the sentence
    for name in ("first", "problem", "problems"):
        if found is not None and name in params:
            params[name] = word_finding(found, translate)
    first = getattr(exc, "first_problem", None)
    if isinstance(first, Problem) and "problem" in params:
        # an export's refusal said its problem in English inside a Belarusian sentence
        name = terminal_text(exc.params.get("path", "")).rsplit("/", 1)[-1]
        params["problem"] = word_problem(first, translate).removeprefix(f"{name}: ")
    try:
        return translate(TEXTS[kind]).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation naming a value db did not give
        return safe_lines(str(exc))
