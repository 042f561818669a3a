"""The `kartoteka` command's words in the user's language: help, output and argparse's own.

The command never imports Qt, so it reads the shipped .ts files itself
(viewer.ts_files.Catalog) in the language of the environment
(viewer.cli_errors.cli_language). Three kinds of text go through it:

- help and descriptions: marked `QT_TRANSLATE_NOOP("CliHelp", …)` where the
  parsers are built, translated when help is printed (`HelpFormatter`);
- what the commands print ("Wrote …", counts, progress, notes): a
  `Context`, as in the window, `CliText.tr("Wrote {path}")`;
- argparse's own words ("usage: ", "error: the following arguments are
  required: …"), which it asks gettext for: `speaking()` answers those
  calls from the "argparse" context while the command runs.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from viewer.ts_files import QT_TRANSLATE_NOOP, Catalog

if TYPE_CHECKING:
    from db.exporting import ExportReport
    from db.importing import ImportReport
    from db.reindex import ReindexReport

HELP = "CliHelp"
"""The context of the parsers' help texts and descriptions."""

ARGPARSE = "argparse"
"""The context of argparse's own words (its gettext messages)."""

ARGPARSE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
"""The messages argparse (Python 3.11–3.13) asks gettext for that a user can meet."""


@functools.lru_cache(maxsize=4)
def _catalog(language: str) -> Catalog:
    return Catalog.load(language)


def catalog(language: str | None = None) -> Catalog:
    """The catalog of `language` (default: the environment's), read once per process."""
    from viewer.cli_errors import cli_language

    return _catalog(cli_language() if language is None else language)


class Context:
    """A translation context for the command's output (the window's `Context`, without Qt).

    lupdate reads `CliText.tr("…")` as context "CliText"; bind each one to a
    module-level name spelled like its context.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return catalog().translate(self.name, text, disambiguation or "", n)


CliText = Context("CliText")


def help_text(text: str) -> str:
    """A help text or description marked in the "CliHelp" context, in the user's language."""
    return catalog().translate(HELP, text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, saying help texts and descriptions in the user's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return help_text(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(help_text(text) if text and text is not argparse.SUPPRESS else text)


@contextmanager
def speaking(language: str | None = None) -> Iterator[None]:
    """While it runs, argparse's own words come from the "argparse" context.

    argparse calls the module-level `_` and `ngettext` it imported from
    gettext; they are swapped for the catalog's and put back afterwards, so
    nothing outside the command (a test calling `main`) is affected.
    """
    words = catalog(language)

    def gettext(text: str) -> str:
        return words.translate(ARGPARSE, text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        english = singular if n == 1 else plural
        said = words.translate(ARGPARSE, english)
        return said

    module: Any = argparse
    saved = module._, module.ngettext
    module._, module.ngettext = gettext, ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


class ArgumentParser(argparse.ArgumentParser):
    """The command's parsers (its subparsers are of this class too): help in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


ENTRY_WORDS: dict[str, str] = {
    "organizations": QT_TRANSLATE_NOOP("CliText", "organizations"),
    "sources": QT_TRANSLATE_NOOP("CliText", "sources"),
    "people": QT_TRANSLATE_NOOP("CliText", "people"),
    "relations": QT_TRANSLATE_NOOP("CliText", "relations"),
    "sentences": QT_TRANSLATE_NOOP("CliText", "sentences"),
    "quotes": QT_TRANSLATE_NOOP("CliText", "quotes"),
    "events": QT_TRANSLATE_NOOP("CliText", "events"),
    "figures": QT_TRANSLATE_NOOP("CliText", "figures"),
    "appeals": QT_TRANSLATE_NOOP("CliText", "appeals"),
    "recognitions": QT_TRANSLATE_NOOP("CliText", "recognitions"),
    "placements": QT_TRANSLATE_NOOP("CliText", "placements"),
    "attachments": QT_TRANSLATE_NOOP("CliText", "attachments"),
}
"""db.validate.ENTITY_KEYS as the command names them in counts ("people: 7")."""

CHECK_WORDS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("CliText", "ok"),
    "search": QT_TRANSLATE_NOOP("CliText", "the search index is unusable"),
    "damaged": QT_TRANSLATE_NOOP("CliText", "damaged"),
    "cancelled": QT_TRANSLATE_NOOP("CliText", "cancelled"),
    "timed_out": QT_TRANSLATE_NOOP("CliText", "not finished in time"),
}
"""db.checks.CheckStatus values as `info` says them on its Check line ("ok" was "ok" in be/ru)."""

REINDEX_BEFORE: dict[str, str] = {
    "current": QT_TRANSLATE_NOOP("CliText", "it was already current"),
    "older": QT_TRANSLATE_NOOP("CliText", "it was built by an older version"),
    "newer": QT_TRANSLATE_NOOP("CliText", "it was built by a newer version"),
    "unreadable": QT_TRANSLATE_NOOP("CliText", "its recorded version could not be read"),
}
"""db.key_version.KeyState values: what the name index was before `reindex`."""


def entry_counts(counts: Mapping[str, int], *, replaced: Mapping[str, int] | None = None) -> str:
    """ "7 people, 12 sources" in the user's language ("" when every count is 0)."""
    parts = [
        CliText.tr("{count} {entries}").format(
            entries=CliText.tr(ENTRY_WORDS.get(key, key)), count=f"{n:,}"
        )
        for key, n in counts.items()
        if n
    ]
    parts += [
        CliText.tr("{count} {entries} replaced").format(
            entries=CliText.tr(ENTRY_WORDS.get(key, key)), count=f"{n:,}"
        )
        for key, n in (replaced or {}).items()
        if n
    ]
    return ", ".join(parts)


def import_summary(report: ImportReport) -> str:
    """What `import` did (db's ImportReport.summary, in the user's language)."""
    counts = entry_counts(report.added, replaced=report.replaced) or CliText.tr("nothing to add")
    verb = (
        CliText.tr("Created {file}: {counts}")
        if report.created
        else CliText.tr("Updated {file}: {counts}")
    )
    return verb.format(file=report.archive_path.name, counts=counts)


def export_summary(report: ExportReport) -> str:
    """What `export` wrote (db's ExportReport.summary, in the user's language)."""
    counts = entry_counts(report.counts) or CliText.tr("nothing")
    return CliText.tr("Wrote {file}: {counts}").format(file=report.out.name, counts=counts)


def reindex_summary(report: ReindexReport) -> str:
    """What `reindex` wrote (db's ReindexReport.summary, in the user's language)."""
    state = report.before.state.value
    before = CliText.tr(REINDEX_BEFORE[state]) if state in REINDEX_BEFORE else state
    text = CliText.tr("Wrote {path}: the name index and derived tables rebuilt ({before}).")
    return text.format(path=report.out, before=before)


def note_line(prog: str, text: str) -> str:
    """ "kartoteka: note: …" with "note" in the user's language (one line, no newline)."""
    return CliText.tr("{prog}: note: {text}").format(prog=prog, text=text)


def error_prefix(prog: str) -> str:
    """ "kartoteka: error: " in the user's language (as argparse says its own errors)."""
    return CliText.tr("{prog}: error: ").format(prog=prog)
