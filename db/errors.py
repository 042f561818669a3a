"""Errors the user can do something about, each with a plain message.

`ArchiveError` and its subclasses are the only exceptions the GUI and the
CLI show to people; anything else escaping db/ is a bug and propagates.
Every message names the file, says what is wrong and what to do.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
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
    HEADER_ENCODING = "header_encoding"
    TRUNCATED = "truncated"
    ENCRYPTED = "encrypted"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_ARCHIVE_TABLES = "no_archive_tables"
    TOO_NEW = "too_new"
    NO_FORMAT_VERSION = "no_format_version"
    OTHER_LAYOUT = "other_layout"
    SEARCH_INDEX_NOT_OURS = "search_index_not_ours"
    NAME_INDEX_MISSING = "name_index_missing"
    NAME_INDEX_STALE = "name_index_stale"
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
    IMPORT_NOT_A_FILE = "import_not_a_file"
    INPUT_NOT_A_FILE = "input_not_a_file"
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
    UNIMPORTABLE_EXPORT = "unimportable_export"
    IMPORT_TARGET_DAMAGED = "import_target_damaged"
    SIDECAR_IS_FOLDER = "sidecar_is_folder"
    IMPORT_TARGET_LINK = "import_target_link"
    IMPORT_TARGET_READ_ONLY = "import_target_read_only"
    PRIVATE_FOLDER_NOT_MADE = "private_folder_not_made"
    PRIVATE_COPY_NO_SPACE = "private_copy_no_space"
    COPY_EXISTS = "copy_exists"
    COPY_IS_SOURCE = "copy_is_source"
    COPY_FOLDER_MISSING = "copy_folder_missing"
    ENCRYPTED_COPY_NOT_WRITTEN = "encrypted_copy_not_written"
    STORE_MISSING = "store_missing"
    STORE_UNREADABLE = "store_unreadable"
    STORE_IN_USE = "store_in_use"
    STORE_REKEY_NOT_WRITTEN = "store_rekey_not_written"
    STORE_DISK_FULL = "store_disk_full"
    STORE_READ_ONLY = "store_read_only"
    STORE_BUSY = "store_busy"
    STORE_DAMAGED = "store_damaged"
    STORE_DISK_ERROR = "store_disk_error"
    STORE_FAILED = "store_failed"
    BACKUP_CHECK_FAILED = "backup_check_failed"
    BACKUP_NOT_WRITTEN = "backup_not_written"
    ARCHIVE_ID_UNREADABLE = "archive_id_unreadable"
    ARCHIVE_NO_ID = "archive_no_id"
    ANNOTATIONS_DAMAGED = "annotations_damaged"
    CONFLICTS_UNDECIDED = "conflicts_undecided"
    ANNOTATIONS_CHANGED = "annotations_changed"
    UNDO_STALE = "undo_stale"
    NOTE_DATE_INVALID = "note_date_invalid"
    TAG_NAME_EMPTY = "tag_name_empty"
    TAG_EXISTS = "tag_exists"
    TAG_MERGE_SELF = "tag_merge_self"
    TAG_COLOUR_INVALID = "tag_colour_invalid"
    ANNOTATION_GONE = "annotation_gone"
    TAG_GONE = "tag_gone"
    PASSPHRASE_SHORT = "passphrase_short"
    ENCRYPTED_COPY_UNREADABLE = "encrypted_copy_unreadable"
    ENCRYPTION_CANCELLED = "encryption_cancelled"
    ARCHIVE_NOT_ENCRYPTED = "archive_not_encrypted"
    REKEY_LEFTOVER = "rekey_leftover"
    REKEY_UNREADABLE = "rekey_unreadable"
    REKEY_CHANGED = "rekey_changed"
    REKEY_NOT_WRITTEN = "rekey_not_written"
    IMPORT_REJECTED = "import_rejected"
    IMPORT_MIXED_FORMATS = "import_mixed_formats"
    FORMAT_UNKNOWN = "format_unknown"
    IMPORT_IS_ARCHIVE = "import_is_archive"
    IMPORT_CONTENT_UNKNOWN = "import_content_unknown"
    SOURCES_FORMAT_FROM_NAME = "sources_format_from_name"
    IMPORT_NOTHING = "import_nothing"
    IMPORT_WORKING_COPY = "import_working_copy"
    DANGLING_REFERENCES = "dangling_references"
    EXPORT_UNKNOWN_PEOPLE = "export_unknown_people"
    LETTERS_LANGUAGE = "letters_language"
    LETTERS_MONTH = "letters_month"
    DIFF_LOCKED = "diff_locked"
    RULES_NOT_OBJECT = "rules_not_object"
    RULES_PROBLEMS = "rules_problems"
    RULES_NOT_JSON = "rules_not_json"
    RULES_UNREADABLE = "rules_unreadable"
    PUBLISH_TAGS_NO_STORE = "publish_tags_no_store"
    PUBLISH_UNKNOWN_TAGS = "publish_unknown_tags"
    PUBLISH_DANGLING = "publish_dangling"
    PUBLISH_REDACTED_LEFT = "publish_redacted_left"
    PUBLISH_LEFTOVERS = "publish_leftovers"
    GENERATE_PEOPLE = "generate_people"
    RESOURCES_MISSING = "resources_missing"
    SAMPLE_CACHE_NOT_MADE = "sample_cache_not_made"
    SAMPLE_NOT_WRITTEN = "sample_not_written"
    PASSPHRASE_FILE_UNREADABLE = "passphrase_file_unreadable"
    PASSPHRASE_FILE_EMPTY = "passphrase_file_empty"
    PASSPHRASES_DIFFER = "passphrases_differ"
    PASSPHRASE_NOT_TYPED = "passphrase_not_typed"
    NO_SUCH_FILE_OR_COMMAND = "no_such_file_or_command"
    ARCHIVE_BREAKS_SQLITE = "archive_breaks_sqlite"
    DOSSIER_NOT_WRITTEN = "dossier_not_written"
    DOSSIER_NOT_STARTED = "dossier_not_started"
    DOSSIER_CHILD_STOPPED = "dossier_child_stopped"
    DOSSIER_NO_PEOPLE = "dossier_no_people"
    PDF_NOT_WRITTEN = "pdf_not_written"
    CHECK_FOUND_DAMAGE = "check_found_damage"
    CHECK_DAMAGED_BEFORE = "check_damaged_before"
    SEARCH_DAMAGED_BEFORE = "search_damaged_before"
    CHECK_CANCELLED = "check_cancelled"
    CONFLICT_CHOICE_INVALID = "conflict_choice_invalid"
    CORRECTION_NEEDS_FIELD = "correction_needs_field"
    TAG_HAS_NO_TEXT = "tag_has_no_text"
    DATE_ONLY_ON_NOTES = "date_only_on_notes"
    REASON_ONLY_ON_CORRECTIONS = "reason_only_on_corrections"
    ENTRY_TYPE_NOT_ANNOTATABLE = "entry_type_not_annotatable"
    ANNOTATION_NEEDS_IDS = "annotation_needs_ids"
    ARCHIVE_IN_USE = "archive_in_use"
    ARCHIVE_READ_FAILED = "archive_read_failed"


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
    ErrorKind.HEADER_ENCODING: (
        "{path}: the archive's header says its text is not stored as UTF-8, as Kartoteka "
        "stores it, so every name would read as garbage. The header is damaged; ask for a "
        "fresh copy of the archive."
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
    ErrorKind.SEARCH_INDEX_NOT_OURS: (
        "{path}: the search index of this archive is damaged or not Kartoteka's "
        "({problems}). Browsing works; search is unavailable. Ask for a fresh copy to search it."
    ),
    ErrorKind.NAME_INDEX_MISSING: (
        "{path}: name search is unavailable in this archive: its name index is missing "
        "({tables}). Browsing works; search is unavailable. To search it, write a copy with "
        "the index rebuilt (this file is not changed): {command}; or ask for a fresh copy."
    ),
    ErrorKind.NAME_INDEX_STALE: (
        "{path}: search is unavailable in this archive: its name index lacks people written "
        "without rebuilding it ({problems}). Browsing works. To search it, write a copy with "
        "the index rebuilt (this file is not changed): {command}; or ask for a fresh copy."
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
    ErrorKind.IMPORT_NOT_A_FILE: (
        "{path}: this is not a file but a pipe, a device or a socket, so nothing was imported. "
        "Give a JSON or CSV file, a zip of CSV files or a folder of them."
    ),
    ErrorKind.INPUT_NOT_A_FILE: (
        "{path}: this is not a file but a pipe, a device or a socket, so it was not read "
        "and nothing was written. Give a file."
    ),
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
    ErrorKind.UNIMPORTABLE_EXPORT: (
        "{path}: the archive is damaged: {problem} ({count} such problems in all). An "
        "export would hold entries no import takes back, so none was written. Ask for a "
        "fresh copy."
    ),
    ErrorKind.IMPORT_TARGET_DAMAGED: (
        "{path}: the archive is damaged: {problem} ({count} such problems in all), so "
        "nothing was imported into it and it was not changed. Ask for a fresh copy."
    ),
    ErrorKind.SIDECAR_IS_FOLDER: (
        "{path}: this is a folder (or another special file) where SQLite expects its own "
        "working file beside the archive, so the archive cannot be read safely. Move or "
        "rename it."
    ),
    ErrorKind.IMPORT_TARGET_LINK: (
        "{path}: this is a link to a file that cannot be reached ({reason}), so nothing "
        "was imported and the link was left as it is. Import into the file itself."
    ),
    ErrorKind.IMPORT_TARGET_READ_ONLY: (
        "{path}: the archive file is read-only, so nothing was imported into it. Make it "
        "writable first, or import into a copy."
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
    ErrorKind.STORE_MISSING: (
        "{path}: there is no annotation store here. Check the name and folder."
    ),
    ErrorKind.STORE_UNREADABLE: (
        "{path}: the annotation store cannot be read ({reason}); nothing was changed. "
        "Check the disk and try again."
    ),
    ErrorKind.STORE_IN_USE: (
        "{path}: another program (or another Kartoteka window) has the annotation store "
        "open, so its passphrase was not changed. Close it there and try again."
    ),
    ErrorKind.STORE_REKEY_NOT_WRITTEN: (
        "{path}: the encrypted copy could not be written ({reason}); the store still "
        "opens as before. Free some disk space and try again."
    ),
    ErrorKind.STORE_DISK_FULL: (
        "{path}: the disk is full, so {doing} failed. Everything saved before is kept; "
        "free some space and save again."
    ),
    ErrorKind.STORE_READ_ONLY: (
        "{path}: the annotation store is on a read-only disk or folder, so {doing} "
        "failed. Your annotations can be read but not changed; make the folder writable "
        "or choose a store in another folder."
    ),
    ErrorKind.STORE_BUSY: (
        "{path}: another program (or another Kartoteka window) is writing the "
        "annotations, so {doing} failed. Nothing was lost; try again in a moment."
    ),
    ErrorKind.STORE_DAMAGED: (
        "{path}: the annotation store is damaged ({reason}). Close and reopen it to "
        "restore the newest good backup."
    ),
    ErrorKind.STORE_DISK_ERROR: (
        "{path}: the disk reported an error, so {doing} failed ({reason}). Everything "
        "saved before is kept; check the disk and save again."
    ),
    ErrorKind.STORE_FAILED: (
        "{path}: {doing} failed ({reason}). Everything saved before is kept; try again."
    ),
    ErrorKind.BACKUP_CHECK_FAILED: (
        "{path}: the backup just written failed its check and was discarded. "
        "The store itself is unchanged; check the disk."
    ),
    ErrorKind.BACKUP_NOT_WRITTEN: (
        "{folder}: cannot write a backup of the annotations ({reason}). "
        "Your annotations are unchanged; free some disk space or check the folder."
    ),
    ErrorKind.ARCHIVE_ID_UNREADABLE: (
        "{path}: cannot read the archive's identity ({reason}). The archive may be "
        "damaged; ask for a fresh copy."
    ),
    ErrorKind.ARCHIVE_NO_ID: (
        "{path}: the archive has no identity (meta.archive_id), so annotations cannot be "
        "attached to it. Rebuild it with a current Kartoteka."
    ),
    ErrorKind.ANNOTATIONS_DAMAGED: (
        "{path}: the annotations file is damaged and was not imported: {problems}. "
        "Ask for a fresh export."
    ),
    ErrorKind.CONFLICTS_UNDECIDED: (
        "{path}: {count} conflict(s) need a decision before importing ({names}). "
        "Choose to keep yours, take theirs, or keep both."
    ),
    ErrorKind.ANNOTATIONS_CHANGED: (
        "{path}: the annotations changed since this import was planned. "
        "Nothing was imported; plan the import again."
    ),
    ErrorKind.UNDO_STALE: (
        "{path}: “{label}” cannot be undone because the annotation was changed since. "
        "Nothing was changed."
    ),
    ErrorKind.NOTE_DATE_INVALID: (
        "“{text}” is not a date. Type a year (2024), a month (2024-05) or a day "
        "(2024-05-03); “~2024” means about 2024, “2024-05/2024-07” a span. "
        "Leave it empty for a note without a date. ({reason})"
    ),
    ErrorKind.TAG_NAME_EMPTY: "A tag needs a name. Type one.",
    ErrorKind.TAG_EXISTS: (
        "A tag called “{name}” already exists. Pick another name, or merge the tags."
    ),
    ErrorKind.TAG_MERGE_SELF: (
        "A tag cannot be merged into itself. Pick another tag to merge it into."
    ),
    ErrorKind.TAG_COLOUR_INVALID: "“{colour}” is not a colour; use the form #rrggbb.",
    ErrorKind.ANNOTATION_GONE: (
        "The annotation {id} does not exist (it may have been deleted meanwhile). "
        "Reload and try again."
    ),
    ErrorKind.TAG_GONE: (
        "The tag {id} does not exist (it may have been deleted meanwhile). Reload and try again."
    ),
    ErrorKind.PASSPHRASE_SHORT: (
        "The passphrase is too short: use at least {chars} characters "
        "(several unrelated words are easy to remember and hard to guess)."
    ),
    ErrorKind.ENCRYPTED_COPY_UNREADABLE: (
        "{path}: the encrypted copy could not be read back ({reason}); nothing was "
        "changed. Free some disk space and try again."
    ),
    ErrorKind.ENCRYPTION_CANCELLED: (
        "{path}: the encrypted copy was cancelled; nothing was written."
    ),
    ErrorKind.ARCHIVE_NOT_ENCRYPTED: (
        "{path}: this archive is not encrypted, so it has no passphrase to change. "
        "Use 'kartoteka encrypt' to make an encrypted copy."
    ),
    ErrorKind.REKEY_LEFTOVER: (
        "{path}: an unfinished change ({name}) lies beside it; the passphrase was not "
        "changed. Open the archive once with Kartoteka elsewhere, or ask for a fresh copy."
    ),
    ErrorKind.REKEY_UNREADABLE: (
        "{path}: the archive cannot be read ({reason}); the passphrase was not changed. "
        "Ask for a fresh copy."
    ),
    ErrorKind.REKEY_CHANGED: (
        "{path}: the archive changed while the passphrase was being changed; "
        "nothing was changed. Try again."
    ),
    ErrorKind.REKEY_NOT_WRITTEN: (
        "{path}: the re-encrypted copy could not be written ({reason}); the archive "
        "still opens with the old passphrase. Free some disk space and try again."
    ),
    ErrorKind.IMPORT_REJECTED: (
        "{path}: nothing was imported; fix these {count} problem(s) and try again:"
    ),
    ErrorKind.IMPORT_MIXED_FORMATS: (
        "{path}: import either JSON files or CSV files, not both at once."
    ),
    ErrorKind.FORMAT_UNKNOWN: "Unknown format {format}; use {choices}.",
    ErrorKind.IMPORT_IS_ARCHIVE: (
        "{path}: this is a Kartoteka archive (an SQLite database), not an export. "
        "Open it in Kartoteka, or export it to JSON or CSV first and import that."
    ),
    ErrorKind.IMPORT_CONTENT_UNKNOWN: (
        "{path}: cannot tell what this file holds (it is not JSON, CSV, a zip of CSV "
        "files or an archive). If it is an export, give its format with --format json "
        "or --format csv."
    ),
    ErrorKind.SOURCES_FORMAT_FROM_NAME: (
        "{path}: cannot tell the format from the name; use .json (CSL-JSON), "
        ".ris or .bib, or name the format."
    ),
    ErrorKind.IMPORT_NOTHING: "Nothing to import: give at least one file.",
    ErrorKind.IMPORT_WORKING_COPY: (
        "{path}: cannot make a working copy next to the archive ({reason}). "
        "Free some disk space or check the folder's permissions."
    ),
    ErrorKind.DANGLING_REFERENCES: (
        "{path}: the data refers to entries that do not exist: {problems}. "
        "Fix the files and try again."
    ),
    ErrorKind.EXPORT_UNKNOWN_PEOPLE: (
        "Cannot export: no person with id {ids} in this archive. Check the ids."
    ),
    ErrorKind.LETTERS_LANGUAGE: (
        "Letters are written in Russian or Belarusian ('ru' or 'be'), not {lang}."
    ),
    ErrorKind.LETTERS_MONTH: "A month is 1 to 12, not {month}.",
    ErrorKind.DIFF_LOCKED: (
        "{path}: the archive was locked; open it with its passphrase and compare again."
    ),
    ErrorKind.RULES_NOT_OBJECT: (
        "{path}: the top level must be a JSON object. Check the redaction rules file."
    ),
    ErrorKind.RULES_PROBLEMS: (
        "{path}: the redaction rules have {count} problem(s): {problems}. "
        "Fix them and try again (nothing was written)."
    ),
    ErrorKind.RULES_NOT_JSON: (
        "{path}: the rules file is not valid JSON ({reason}). Check the redaction rules file."
    ),
    ErrorKind.RULES_UNREADABLE: (
        "{path}: cannot read the rules file ({reason}). Check the name and folder."
    ),
    ErrorKind.PUBLISH_TAGS_NO_STORE: (
        "The redaction rules drop people by tag, but no annotation store was given "
        "to look the tags up in. Open the annotation store first."
    ),
    ErrorKind.PUBLISH_UNKNOWN_TAGS: (
        "No tag named {tags} in the annotation store; check the tag names in the "
        "redaction rules (nothing was written)."
    ),
    ErrorKind.PUBLISH_DANGLING: (
        "{path}: the copy would hold entries that refer to missing ones ({problems}). "
        "The archive itself is inconsistent; ask for a fresh copy. Nothing was written."
    ),
    ErrorKind.PUBLISH_REDACTED_LEFT: (
        "{path}: still holds a redacted value after redaction; nothing was published. "
        "Please report this as a bug."
    ),
    ErrorKind.PUBLISH_LEFTOVERS: (
        "{path}: SQLite left {files} beside the copy; nothing was published. "
        "Check the disk and try again."
    ),
    ErrorKind.GENERATE_PEOPLE: ("{path}: the number of people must be at least 1 (got {count})."),
    ErrorKind.RESOURCES_MISSING: (
        "Kartoteka's resources folder is missing (looked in: {tried}). "
        "The installation is incomplete; reinstall Kartoteka."
    ),
    ErrorKind.SAMPLE_CACHE_NOT_MADE: (
        "{path}: cannot create the cache folder for the sample archive ({reason}). "
        "Set {env} to a writable folder."
    ),
    ErrorKind.SAMPLE_NOT_WRITTEN: (
        "{path}: cannot write the sample archive ({reason}). "
        "Free some disk space or set {env} to a writable folder."
    ),
    ErrorKind.PASSPHRASE_FILE_UNREADABLE: (
        "{path}: cannot read the passphrase file ({reason}). Check the name and folder."
    ),
    ErrorKind.PASSPHRASE_FILE_EMPTY: (
        "{path}: the passphrase file's first line is empty. Put the passphrase on its first line."
    ),
    ErrorKind.PASSPHRASES_DIFFER: (
        "The two passphrases differ; nothing was written. Type the same passphrase twice."
    ),
    ErrorKind.PASSPHRASE_NOT_TYPED: (
        "No passphrase was typed (no terminal?); use --passphrase-file for scripts."
    ),
    ErrorKind.NO_SUCH_FILE_OR_COMMAND: (
        "{path}: no such file. Check the name, or run 'kartoteka --help' for the "
        "commands ({commands})."
    ),
    ErrorKind.ARCHIVE_BREAKS_SQLITE: (
        "{path}: the archive could not be read ({reason}). It may be damaged or made "
        "to cause trouble; ask for a fresh copy."
    ),
    ErrorKind.DOSSIER_NOT_WRITTEN: (
        "{path}: cannot write the dossier ({reason}). Choose another folder or free some space."
    ),
    ErrorKind.DOSSIER_NOT_STARTED: (
        "{path}: the dossier could not be started ({reason}). Check that Kartoteka is"
        " installed completely."
    ),
    ErrorKind.DOSSIER_CHILD_STOPPED: (
        "{path}: the dossier was not written: the program writing it stopped "
        "unexpectedly (exit code {code}{detail}). Try again; if it happens again, "
        "write fewer people at once and report the problem."
    ),
    ErrorKind.DOSSIER_NO_PEOPLE: (
        "{path}: none of the ids ({ids}) is in this archive, so nothing was written. "
        "Check the ids: 'kartoteka search' shows each person's id."
    ),
    ErrorKind.PDF_NOT_WRITTEN: (
        "{path}: the PDF could not be written. Choose another folder or free some space."
    ),
    ErrorKind.CHECK_FOUND_DAMAGE: (
        "{path}: the archive is damaged: the integrity check found problems ({count};"
        " first: {first}). Results may be incomplete; ask for a fresh copy."
    ),
    ErrorKind.CHECK_DAMAGED_BEFORE: (
        "{path}: an earlier check found this archive damaged; results may be "
        "incomplete. Ask for a fresh copy."
    ),
    ErrorKind.SEARCH_DAMAGED_BEFORE: (
        "{path}: an earlier check found the search index of this archive damaged or not "
        "Kartoteka's. Browsing works; search is unavailable. Ask for a fresh copy to search it."
    ),
    ErrorKind.CHECK_CANCELLED: (
        "{path}: the check was cancelled. Check the archive again when there is time."
    ),
    ErrorKind.CONFLICT_CHOICE_INVALID: (
        "Each conflict is settled with “mine”, “theirs” or (for notes) “both”."
    ),
    ErrorKind.CORRECTION_NEEDS_FIELD: ("A correction needs the name of the field it corrects."),
    ErrorKind.TAG_HAS_NO_TEXT: ("A tag on an entry has no text to edit."),
    ErrorKind.DATE_ONLY_ON_NOTES: ("Only notes have a date; corrections do not."),
    ErrorKind.REASON_ONLY_ON_CORRECTIONS: ("Only corrections have a reason; notes do not."),
    ErrorKind.ENTRY_TYPE_NOT_ANNOTATABLE: (
        "“{type}” entries cannot be annotated; use one of: {choices}."
    ),
    ErrorKind.ANNOTATION_NEEDS_IDS: ("An annotation needs the archive's id and the entry's id."),
    ErrorKind.ARCHIVE_IN_USE: (
        "The archive is in use by another program. Wait a moment and try again."
    ),
    ErrorKind.ARCHIVE_READ_FAILED: (
        "The archive could not be read ({reason}). It may be damaged; ask for a fresh copy."
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
        path: str | Path | None,
        *,
        details: tuple[str, ...] = (),
        cause: BaseException | None = None,
        **params: object,
    ) -> Self:
        """The error of `kind` about `path`, worded from TEXTS with `params`.

        `cause` (an OSError or SQLite error) gives `{reason}` unless it is in
        `params`, and its errno. `path` is None for an error about no file
        (a passphrase, a tag name typed in the window).
        """
        reason = params.get("reason")
        if cause is None and isinstance(reason, OSError):
            cause = reason  # its errno words the reason in the user's language
        values = {name: str(value) for name, value in params.items()}
        if isinstance(reason, OSError):
            values["reason"] = os_reason(reason)  # "No space left on device", not "[Errno 28] …"
        values["path"] = str(path) if path is not None else ""
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
    first_problem: object = None
    """An export's refusal: its first db.problems.Problem, for the viewer to word."""


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
        self, message: str, problems: Sequence[str] = (), *, path: str | Path | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.problems = list(problems)

    def __str__(self) -> str:
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        tail = f"\n  … and {more} more" if more > 0 else ""
        return f"{self.message}\n{shown}{tail}"


def import_rejected(path: str | Path, problems: Sequence[str]) -> ImportValidationError:
    """The import of `path` refused as a whole for `problems` (each one listed)."""
    exc = ImportValidationError.of(ErrorKind.IMPORT_REJECTED, path, count=len(problems))
    exc.problems = list(problems)
    return exc


class OutputError(KartotekaError):
    """An output file cannot be written (exists, directory missing, disk full)."""

    title = "Cannot write file"
