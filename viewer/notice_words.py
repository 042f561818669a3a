"""db.notices' sentences in the user's language, by kind: for the window and the CLI (no Qt).

db words each notice about an opened archive in English (`Notice.text`);
one about a sidecar, the name index or a private copy also carries its kind
and values, and is worded again here with any translate function: the
window's (`OpenArchiveController.tr`) or the CLI's catalog, in the context
"OpenArchiveController" the window's strings have always used.
"""

from __future__ import annotations

from collections.abc import Callable

from db.notices import Notice, NoticeKind
from viewer.cli_text import terminal_text
from viewer.ts_files import QT_TRANSLATE_NOOP

CONTEXT = "OpenArchiveController"

PRIVATE_COPY_TEXT = QT_TRANSLATE_NOOP(
    "OpenArchiveController",
    "Another program was writing this archive, so Kartoteka reads a private copy "
    "of it ({size} in the temporary folder, deleted when it is closed).",
)

NOTICE_TEXTS: dict[NoticeKind, str] = {
    NoticeKind.JOURNAL_UNDONE: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "{file} beside the archive records an unfinished change; it was undone in "
        "Kartoteka's private copy (your files were not touched).",
    ),
    NoticeKind.JOURNAL_IGNORED: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "{file} beside the archive records an unfinished change spanning several "
        "files; it was ignored, so the archive may look incomplete or half-changed.",
    ),
    NoticeKind.WAL_IGNORED: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "{file} beside the archive is not a valid write-ahead log; it was ignored, "
        "so the most recent changes may be missing.",
    ),
    NoticeKind.WAL_TORN: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "{file} beside the archive ends in the middle of a change; the complete "
        "changes were used and the cut one ignored.",
    ),
    NoticeKind.WAL_APPLIED: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "{file} beside the archive holds changes that are not in the file itself; "
        "Kartoteka shows them, as SQLite would (your files were not touched).",
    ),
    NoticeKind.NAME_KEYS_OLDER: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "The name index of {file} was built by an older version of Kartoteka, so name "
        "search may miss some spellings. To rebuild it into a new file (this one is not "
        "changed), run: {command}",
    ),
    NoticeKind.NAME_KEYS_NEWER: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "The name index of {file} was built by a newer version of Kartoteka, so name "
        "search may miss some spellings. To rebuild it into a new file (this one is not "
        "changed), run: {command}",
    ),
    NoticeKind.NAME_KEYS_UNREADABLE: QT_TRANSLATE_NOOP(
        "OpenArchiveController",
        "The name index of {file} records a version that cannot be read, so name search "
        "may miss some spellings. To rebuild it into a new file (this one is not changed), "
        "run: {command}",
    ),
}
"""db.notices' sentences about a sidecar or the name index, by kind, in the interface language
(db words them in English); the file's name fills {file}, a command line {command}."""


def notice_text(
    notice: Notice, translate: Callable[[str], str], size_text: Callable[[int], str]
) -> str:
    """`notice` in `translate`'s language; `size_text` says a private copy's size."""
    kind, file = notice.kind, terminal_text(notice.file)
    if kind is NoticeKind.PRIVATE_COPY and notice.size is not None:
        return translate(PRIVATE_COPY_TEXT).format(size=size_text(notice.size))
    template = NOTICE_TEXTS.get(kind)
    if not file or not template:
        return notice.text
    return translate(template).format(file=file, command=notice.command)
