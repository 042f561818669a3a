"""Reading the shipped .ts files without Qt: for the viewer's translator and the CLI.

The `kartoteka` subcommands never import PySide6 (they run on machines
without a display), yet their errors are said in the user's language too:
`Catalog` answers a (context, English) lookup from a parsed .ts file just
as viewer.translations.TsTranslator does for `QCoreApplication.translate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.resources import resources_dir


def ts_path(language: str) -> Path:
    """resources/translations/kartoteka_<language>.ts (it may not exist)."""
    return resources_dir() / "translations" / f"kartoteka_{language}.ts"


def plural_index(language: str, n: int) -> int:
    """Which numerus form (in Qt's order for `language`) a count `n` takes.

    Belarusian and Russian have three: 1, 21, 101 → 0; 2–4, 22–24 → 1;
    0, 5–20, 25… → 2. English has two: 1 → 0, anything else → 1.
    """
    n = abs(n)
    if language in ("be", "ru"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate in `context` and returns it: for tables built at import.

    PySide6's own QT_TRANSLATE_NOOP is typed as returning `object`; lupdate
    recognises this one by its name just the same.
    """
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """One translated message: a single form, or numerus forms in Qt's order."""

    forms: tuple[str, ...]
    numerus: bool


def parse_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    """Finished and unfinished translations of `path` by (context, source, comment).

    Empty translations and vanished/obsolete messages are left out, so those
    fall through to the English source text, as with lrelease.
    """
    import xml.etree.ElementTree as ET  # here: the window imports this module before painting

    messages: dict[tuple[str, str, str], Message] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if not any(forms):
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            messages[(name, source, comment)] = Message(forms, numerus)
    return messages


def message_text(
    messages: dict[tuple[str, str, str], Message],
    language: str,
    key: tuple[str, str, str],
    n: int = -1,
) -> str | None:
    """The translation of `key` (context, source, disambiguation) for the count `n`; None: none.

    A message without the disambiguation is used when there is none with it, and
    an empty plural form falls back to any form that is not empty (as Qt does).
    """
    message = messages.get(key)
    if message is None and key[2]:
        message = messages.get((key[0], key[1], ""))
    if message is None:
        return None
    forms = message.forms
    if message.numerus and len(forms) > 1:
        said = forms[min(plural_index(language, n if n >= 0 else 1), len(forms) - 1)]
        return said or next((f for f in forms if f), None)
    return forms[0] or None


class Catalog:
    """One language's messages, looked up by context and English text (no Qt)."""

    def __init__(self, language: str, messages: dict[tuple[str, str, str], Message]) -> None:
        self.language = language
        self._messages = messages

    @classmethod
    def load(cls, language: str) -> Catalog:
        """The shipped catalog of `language`; empty (English) when there is none."""
        path = ts_path(language)
        return cls(language, parse_ts(path) if path.is_file() else {})

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        """`text` in this language, or `text` itself when it has no translation.

        A numerus message takes the form of the count `n` (as Qt's `tr(text, "", n)`).
        """
        said = message_text(self._messages, self.language, (context, text, disambiguation), n)
        return text if said is None else said
