"""The `kartoteka` command's errors in the user's language, one safe line each.

The command never imports Qt, so it cannot ask QCoreApplication: it reads
the language from the environment the way Qt's system locale does
(`LC_ALL`, `LC_MESSAGES`, `LANG`, then the `LANGUAGE` list; "C" and
"POSIX" mean English) and words an error that carries a kind from the
shipped .ts catalog (viewer.ts_files), with the same wording as the window
(viewer.error_words). An error without a kind keeps its English message.
Everything printed has its control characters escaped (viewer.cli_text).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TextIO

from db.errors import ImportValidationError, KartotekaError
from viewer.cli_text import error_lines
from viewer.cli_words import catalog, error_prefix
from viewer.error_words import CONTEXT, safe_lines, word_error, word_finding, word_problem

PROG = "kartoteka"
LANGUAGES = ("en", "be", "ru")
"""What the command speaks; anything else is said in English."""


def _code(tag: str) -> str:
    """`ru_RU.UTF-8` → `ru`; `C`/`POSIX` → `en`."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return "en" if base in ("c", "posix") else base


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the user's environment, if the command speaks it, else English."""
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if locale.split(".")[0].upper() in ("C", "POSIX"):
        return "en"  # a C locale turns LANGUAGE off, as in gettext
    for tag in [*env.get("LANGUAGE", "").split(":"), locale]:
        code = _code(tag) if tag else ""
        if code in LANGUAGES:
            return code
    return "en"


def error_message(exc: BaseException, language: str | None = None) -> str:
    """`exc` as the command says it: in `language` (default: the environment's) when it has a kind.

    For an ImportValidationError this is its first line; `error_problems` has the rest.
    """
    lang = cli_language() if language is None else language
    if isinstance(exc, KartotekaError) and exc.kind is not None and lang != "en":
        words = catalog(lang)
        return word_error(exc, lambda text: words.translate(CONTEXT, text))
    if isinstance(exc, KartotekaError) and exc.kind is None:
        return safe_lines(exc.message)
    return word_error(exc, str)


def write_error(
    err: TextIO,
    exc: BaseException | str,
    details: Sequence[str] = (),
    *,
    verbose: bool = False,
    language: str | None = None,
) -> None:
    """`kartoteka: error: …` for `exc`; its details with `verbose`, an import's problems always."""
    if isinstance(exc, str):
        message = exc
    else:
        message = error_message(exc, language)
        if isinstance(exc, KartotekaError):
            details = details or exc.details
    if details:  # a check's findings in the user's language, as the message quoting one
        words = catalog(cli_language() if language is None else language)
        details = [word_finding(d, lambda t: words.translate(CONTEXT, t)) for d in details]
    lines = error_lines(message, details, verbose=verbose)
    err.write(f"{error_prefix(PROG)}{lines[0]}\n")
    for line in lines[1:]:
        err.write(f"{line}\n")
    if isinstance(exc, ImportValidationError):  # the problems are what the user fixes
        lang = cli_language() if language is None else language
        words = catalog(lang)
        shown = exc.problems[:50]
        for problem in shown:
            err.write(f"  {word_problem(problem, lambda t: words.translate(CONTEXT, t))}\n")
        if len(exc.problems) > len(shown):
            err.write(f"  … (+{len(exc.problems) - len(shown)})\n")
