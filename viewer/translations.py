"""The viewer's languages: read the shipped .ts files directly, no compile step.

`TsTranslator` parses a Qt Linguist .ts file (XML, a few milliseconds for the
whole viewer) and answers `QCoreApplication.translate` from Python; PySide6
dispatches the virtual `QTranslator.translate` to the override. So the .ts
files in resources/translations are both what translators edit and what the
app loads: no lrelease step and no .qm binaries in git.

`install(app, choice)` resolves the user's choice (a code from LANGUAGES, or
"" for the system locale), replaces any translators it installed before, and
adds Qt's own qtbase translation (standard dialog buttons) when Qt ships one.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from viewer.resources import resources_root
from viewer.ts_files import QT_TRANSLATE_NOOP, Message, message_text, parse_ts, plural_index

LANGUAGES: dict[str, str] = {"en": "English", "be": "Беларуская", "ru": "Русский"}
"""The viewer's languages, each named in itself (as the Language menu shows them)."""

SYSTEM = ""
"""The settings value meaning "follow the system locale"."""

FALLBACK = "en"
"""The source language: what shows when nothing better is available."""

__all__ = [
    "FALLBACK",
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "SYSTEM",
    "Context",
    "Message",
    "TsTranslator",
    "available",
    "install",
    "parse_ts",
    "plural_index",
    "resolve",
    "table_label",
    "uninstall",
]

_OBJECT_NAME = "kartoteka-translator"


def translations_dir() -> Path:
    """resources/translations, where kartoteka_<code>.ts live."""
    return resources_root() / "translations"


def ts_path(language: str) -> Path:
    return translations_dir() / f"kartoteka_{language}.ts"


class Context:
    """A translation context for strings outside QObject methods.

    lupdate reads `Name.tr("…")` as context "Name" (like C++ `Name::tr`), so
    bind each one to a module-level name spelled like its context:
    `PersonDetail = Context("PersonDetail")`, then `PersonDetail.tr("Names")`.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def table_label(context: Context, table: Mapping[str, str], code: str, unknown: str = "") -> str:
    """`code`'s label from a QT_TRANSLATE_NOOP table, in the UI language.

    A code the table lacks (an older or a newer file's) shows as `unknown`,
    or as itself: never an empty cell.
    """
    label = table.get(code)
    if label is None:
        return unknown or code
    return context.tr(label)


class TsTranslator(QTranslator):
    """A QTranslator answering from a parsed .ts file (see the module docstring)."""

    def __init__(
        self,
        language: str,
        messages: dict[tuple[str, str, str], Message],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._messages = messages

    @classmethod
    def from_file(cls, language: str, path: Path, parent: QObject | None = None) -> TsTranslator:
        return cls(language, parse_ts(path), parent)

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None (a null QString) so Qt tries the next translator."""
        key = (context, sourceText, disambiguation or "")
        return message_text(self._messages, self._language, key, n)


def available() -> list[str]:
    """Language codes with a shipped .ts file, plus English (the source)."""
    return [code for code in LANGUAGES if code == FALLBACK or ts_path(code).is_file()]


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show: `choice` if the viewer has it, "" follows `system`.

    An unknown choice (a language removed since it was saved) gives English.
    """
    codes = available()
    if choice != SYSTEM:
        return choice if choice in codes else FALLBACK
    locale = system if system is not None else QLocale.system()
    for tag in locale.uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in codes:
            return code
    return FALLBACK


def install(app: QCoreApplication, choice: str) -> str:
    """Show `choice` (see `resolve`) from now on; returns the language code used.

    Translators installed by an earlier call are removed first, so calling this
    again (tests, a second window) never stacks them. They are children of
    `app`, which keeps them alive without any global.
    """
    uninstall(app)
    language = resolve(choice)
    locale = QLocale(language)
    if QLocale().language() != locale.language():
        QLocale.setDefault(locale)
    if language != FALLBACK:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            qtbase.setObjectName(_OBJECT_NAME)
            QCoreApplication.installTranslator(qtbase)
        else:
            qtbase.deleteLater()
    # Ours last: the most recently installed translator is asked first. English
    # has a file too, holding only plural forms ("1 person", "2 people").
    path = ts_path(language)
    if path.is_file():
        ours = TsTranslator.from_file(language, path, app)
        ours.setObjectName(_OBJECT_NAME)
        QCoreApplication.installTranslator(ours)
    return language


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators `install` added (the source English shows again)."""
    for old in app.findChildren(QTranslator, _OBJECT_NAME):
        QCoreApplication.removeTranslator(old)
        old.setObjectName("")
        old.deleteLater()
