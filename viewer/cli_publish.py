"""The `kartoteka publish` subcommand (wired in by viewer/cli.py).

    kartoteka publish ARCHIVE OUT_DIR [--redact RULES.json] [--preview]
                      [--passphrase-file F] [--annotations STORE]

Writes a redacted, decrypted copy with its Datasette, CSV/Frictionless,
FollowTheMoney and Popolo files (db.publish; docs/PUBLISHING.md). `--preview`
only prints what the rules would drop. An encrypted ARCHIVE's passphrase is
asked at a hidden prompt or read from a file, never from the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from db.errors import KartotekaError
from viewer.cli_encrypt import _passphrase, _PassphraseInputError
from viewer.cli_errors import write_error
from viewer.cli_reports import preview_lines, report_lines
from viewer.cli_text import terminal_text
from viewer.cli_words import CliText
from viewer.ts_files import QT_TRANSLATE_NOOP

PROG = "kartoteka"
EXIT_OK, EXIT_ERROR = 0, 1
PUBLISH_SUBCOMMANDS = ("publish",)
"""Names viewer/cli.py must treat as subcommands (its SUBCOMMANDS tuple)."""


def add_publish_parser(subparsers: Any) -> None:
    """Add `publish` to the `kartoteka` subparsers; it sets `func`."""
    p = subparsers.add_parser(
        "publish",
        allow_abbrev=False,
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "write a redacted copy to serve with Datasette or load into Aleph/Uwazi"
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Write a redacted, decrypted copy of ARCHIVE into the new or empty folder "
                "OUT_DIR, with metadata.yml for Datasette, CSV files with datapackage.json, "
                "FollowTheMoney entities and Popolo JSON. Annotations are never included. "
                "The rules file says which people, fields and sources to leave out "
                "(docs/PUBLISHING.md).",
            )
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    p.add_argument(
        "--redact",
        type=Path,
        metavar="RULES.json",
        help=QT_TRANSLATE_NOOP("CliHelp", "the redaction rules"),
    )
    p.add_argument(
        "--preview",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "only say what would be dropped; write nothing"),
    )
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print the report as JSON")
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help=QT_TRANSLATE_NOOP("CliHelp", "passphrase of an encrypted ARCHIVE"),
    )
    p.add_argument(
        "--annotations",
        type=Path,
        metavar="STORE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "annotation store to look up the rules' tags in (default: your own store)"
        ),
    )
    p.set_defaults(func=cmd_publish)


def _source_passphrase(args: argparse.Namespace) -> str | None:
    from db.encryption import is_probably_encrypted

    if args.passphrase_file is None and not is_probably_encrypted(args.archive):
        return None
    return _passphrase(args.passphrase_file, "Archive passphrase: ", confirm=False)


def _run(args: argparse.Namespace, out: TextIO) -> None:
    from db.annotations.reader import open_reader
    from db.annotations.store import default_store_path
    from db.connection import open_archive
    from db.publish import RedactionRules, load_rules, preview, publish

    rules = load_rules(args.redact) if args.redact is not None else RedactionRules()
    passphrase = _source_passphrase(args)
    store = None
    if rules.people_tags:
        store_path = args.annotations or default_store_path()
        if not store_path.exists():
            raise KartotekaError(
                f"{store_path}: no annotation store there to look up the tags "
                f"{', '.join(rules.people_tags)}; name one with --annotations."
            )
        store = open_reader(store_path)
    try:
        if args.preview:
            with open_archive(args.archive, passphrase) as archive:
                pv = preview(archive, rules, store=store)
            if args.json:
                out.write(json.dumps(pv.as_dict(), ensure_ascii=False, indent=2) + "\n")
            else:
                lines = [CliText.tr("Preview (nothing written):"), *preview_lines(pv)]
                out.write("\n".join(terminal_text(line) for line in lines) + "\n")
            return
        report = publish(args.archive, args.out_dir, rules, passphrase=passphrase, store=store)
    finally:
        if store is not None:
            store.close()
    if args.json:
        doc = {
            "out_dir": str(report.out_dir),
            "archive_id": report.archive_id,
            "files": list(report.files),
            "self_check": report.self_check.text,
            **report.preview.as_dict(),
        }
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write("\n".join(terminal_text(line) for line in report_lines(report)) + "\n")


def cmd_publish(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """`kartoteka publish ARCHIVE OUT_DIR`."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        _run(args, out)
    except (_PassphraseInputError, KartotekaError) as exc:
        write_error(err, exc)
        return EXIT_ERROR
    return EXIT_OK
