"""The titles of db.errors, marked for translation in one place.

`viewer.dialogs.host.error_title` translates them in the "MainWindow" context.
"""

from __future__ import annotations

from viewer.translations import QT_TRANSLATE_NOOP

ERROR_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("MainWindow", "Archive is damaged"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot open archive"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive is in use"),
    QT_TRANSLATE_NOOP("MainWindow", "File not found"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive is too new"),
    QT_TRANSLATE_NOOP("MainWindow", "Import rejected"),
    QT_TRANSLATE_NOOP("MainWindow", "Problem"),
    QT_TRANSLATE_NOOP("MainWindow", "Not a Kartoteka archive"),
    QT_TRANSLATE_NOOP("MainWindow", "Not an archive file"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot write file"),
    QT_TRANSLATE_NOOP("MainWindow", "Cancelled"),
    QT_TRANSLATE_NOOP("MainWindow", "Query took too long"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot read archive"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive check took too long"),
    QT_TRANSLATE_NOOP("MainWindow", "Archive is encrypted"),
    QT_TRANSLATE_NOOP("MainWindow", "Wrong passphrase"),
    QT_TRANSLATE_NOOP("MainWindow", "Value too large"),
)
"""The titles of db.errors, marked for lupdate (shown by viewer.dialogs.host.error_title)."""
