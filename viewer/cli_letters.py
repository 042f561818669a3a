"""The `kartoteka letters` subcommand (wired in by viewer/cli.py).

    kartoteka letters ARCHIVE OUT.csv [--lang ru|be] [--month N]

Writes the letters list (people in custody, the envelope for each in Russian
or Belarusian, birthdays from the month on, warnings) as a CSV file that
spreadsheets open. Like the rest of the CLI it does not import PySide6.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from viewer.cli_words import CliText
from viewer.ts_files import QT_TRANSLATE_NOOP

LETTERS_SUBCOMMANDS = ("letters",)
"""Names viewer/cli.py must treat as subcommands (its SUBCOMMANDS tuple)."""


def _month(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            CliText.tr("{value} is not a month number").format(value=repr(text))
        ) from None
    if not 1 <= value <= 12:
        raise argparse.ArgumentTypeError(
            CliText.tr("{value} is not a month (1 to 12)").format(value=repr(text))
        )
    return value


def add_letters_parser(subparsers: Any) -> None:
    """Add `letters` to the `kartoteka` subparsers; it sets `func(args, out, err) -> int`."""
    p = subparsers.add_parser(
        "letters",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "write the letters list (people in custody, envelopes, birthdays) as CSV"
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT.csv",
        help=QT_TRANSLATE_NOOP("CliHelp", "the CSV file to create"),
    )
    p.add_argument(
        "--lang",
        choices=("ru", "be"),
        default="ru",
        help=QT_TRANSLATE_NOOP("CliHelp", "envelope language (default ru)"),
    )
    p.add_argument(
        "--month",
        type=_month,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CliHelp", "birthdays from month N on (default: this month)"),
    )
    p.set_defaults(func=cmd_letters)


def cmd_letters(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.connection import open_archive
    from db.letters import export_letters_csv

    with open_archive(args.archive) as archive:
        n = export_letters_csv(archive.db, args.out, lang=args.lang, month=args.month)
    out.write(
        CliText.tr("Wrote {file}: {count} people in custody", "", n).format(
            file=args.out.name, count=f"{n:,}"
        )
        + "\n"
    )
    return 0
