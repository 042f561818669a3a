"""The `kartoteka diff` subcommand (wired in by viewer/cli.py).

    kartoteka diff OLD.db NEW.db [--json] [--limit N]

Says which people an edition added, removed and changed (status, sentences,
appeals, releases, transfers, name spellings …), matched by stable id
(db.diff). The exit code is 0 either way; `--json` prints everything.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from db.errors import KartotekaError
from viewer.cli_errors import write_error
from viewer.cli_text import terminal_text
from viewer.ts_files import QT_TRANSLATE_NOOP

PROG = "kartoteka"
EXIT_OK, EXIT_ERROR = 0, 1
DIFF_SUBCOMMANDS = ("diff",)
"""Names viewer/cli.py must treat as subcommands (its SUBCOMMANDS tuple)."""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def add_diff_parser(subparsers: Any) -> None:
    """Add `diff` to the `kartoteka` subparsers; it sets `func`."""
    p = subparsers.add_parser(
        "diff",
        help=QT_TRANSLATE_NOOP("CliHelp", "what changed between two editions of an archive"),
        description=(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Compare an earlier edition OLD.db with a later one NEW.db: people added, "
                "removed and changed (status, sentences, appeals, releases, transfers, name "
                "spellings), matched by their stable ids.",
            )
        ),
    )
    p.add_argument("old", type=Path, metavar="OLD.db")
    p.add_argument("new", type=Path, metavar="NEW.db")
    p.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "the whole difference as one JSON object"),
    )
    p.add_argument(
        "--limit",
        type=_positive,
        default=50,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CliHelp", "people listed per kind (text)"),
    )
    p.set_defaults(func=cmd_diff)


def cmd_diff(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """`kartoteka diff OLD.db NEW.db`."""
    out, err = out or sys.stdout, err or sys.stderr
    from db.diff import diff_archives
    from viewer.cli_reports import diff_lines

    try:
        result = diff_archives(args.old, args.new)
    except KartotekaError as exc:
        write_error(err, exc)
        return EXIT_ERROR
    if args.json:
        out.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        lines = diff_lines(result, limit=args.limit)
        out.write("\n".join(terminal_text(line) for line in lines) + "\n")
    return EXIT_OK
