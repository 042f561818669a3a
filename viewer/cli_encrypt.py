"""The `kartoteka encrypt` and `kartoteka rekey` subcommands (wired in by viewer/cli.py).

    kartoteka encrypt ARCHIVE OUT.db [--passphrase-file F]
    kartoteka rekey ARCHIVE [--old-passphrase-file F] [--new-passphrase-file F]

Passphrases are typed at a hidden prompt (twice for a new one) or read from
the first line of a file for scripts; never from the command line, where
other users and the shell history could see them. Like the rest of the CLI,
this module does not import PySide6, and every problem is one
`kartoteka: error: …` line and exit code 1.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any, TextIO

from db.errors import ErrorKind, KartotekaError
from viewer.cli_errors import write_error
from viewer.cli_words import CliText
from viewer.ts_files import QT_TRANSLATE_NOOP

PROG = "kartoteka"
EXIT_OK, EXIT_ERROR = 0, 1
ENCRYPT_SUBCOMMANDS = ("encrypt", "rekey")
"""Names viewer/cli.py must treat as subcommands (its SUBCOMMANDS tuple)."""
LOST_PASSPHRASE = QT_TRANSLATE_NOOP(
    "CliText",
    "Keep the passphrase safe: without it the archive cannot be opened by anyone, "
    "including you. There is no recovery.",
)


class _PassphraseInputError(KartotekaError):
    """The passphrase could not be read or the two entries differ."""


def add_encrypt_parsers(subparsers: Any) -> None:
    """Add `encrypt` and `rekey` to the `kartoteka` subparsers; each sets `func`.

    `func(args, out=sys.stdout, err=sys.stderr) -> int` runs the command and
    returns the exit code.
    """
    p = subparsers.add_parser(
        "encrypt",
        allow_abbrev=False,  # "--passphrase SECRET" must not mean --passphrase-file
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "write an encrypted copy of an archive (opened only with its passphrase)"
        ),
        description=QT_TRANSLATE_NOOP(
            "CliHelp",
            "Write an encrypted copy of ARCHIVE to OUT.db. Keep the passphrase safe: "
            "without it the archive cannot be opened by anyone, including you. "
            "There is no recovery.",
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT.db",
        help=QT_TRANSLATE_NOOP("CliHelp", "the encrypted file to create"),
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "read the passphrase from the first line of F instead of asking"
        ),
    )
    p.set_defaults(func=cmd_encrypt)

    p = subparsers.add_parser(
        "rekey",
        allow_abbrev=False,
        help=QT_TRANSLATE_NOOP("CliHelp", "change the passphrase of an encrypted archive"),
        description=(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Change the passphrase of an encrypted ARCHIVE. The change is atomic: if it "
                "is interrupted, the archive opens with the old or the new passphrase.",
            )
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "--old-passphrase-file",
        type=Path,
        metavar="F",
        help=QT_TRANSLATE_NOOP("CliHelp", "the old passphrase"),
    )
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="F",
        help=QT_TRANSLATE_NOOP("CliHelp", "the new passphrase"),
    )
    p.set_defaults(func=cmd_rekey)


def _from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _PassphraseInputError.of(
            ErrorKind.PASSPHRASE_FILE_UNREADABLE, path, cause=exc
        ) from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise _PassphraseInputError.of(ErrorKind.PASSPHRASE_FILE_EMPTY, path)
    return lines[0]


def _ask(prompt: str, *, confirm: bool) -> str:
    """Read a passphrase at a hidden prompt (twice when `confirm`)."""
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(CliText.tr("Type it again: ")) != first:
            raise _PassphraseInputError.of(ErrorKind.PASSPHRASES_DIFFER, None)
    except EOFError as exc:
        raise _PassphraseInputError.of(ErrorKind.PASSPHRASE_NOT_TYPED, None) from exc
    return first


def _passphrase(file: Path | None, prompt: str, *, confirm: bool) -> str:
    return _from_file(file) if file is not None else _ask(prompt, confirm=confirm)


def cmd_encrypt(
    args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """`kartoteka encrypt ARCHIVE OUT.db`."""
    from db.encryption import encrypt_archive

    try:
        passphrase = _passphrase(args.passphrase_file, CliText.tr("New passphrase: "), confirm=True)
        encrypt_archive(args.archive, args.out, passphrase)
    except (_PassphraseInputError, KartotekaError) as exc:
        write_error(err, exc)
        return EXIT_ERROR
    said = CliText.tr("Wrote the encrypted archive {path}.").format(path=args.out)
    out.write(f"{said} {CliText.tr(LOST_PASSPHRASE)}\n")
    return EXIT_OK


def cmd_rekey(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """`kartoteka rekey ARCHIVE`."""
    out, err = out or sys.stdout, err or sys.stderr
    from db.encryption import change_passphrase

    try:
        old = _passphrase(
            args.old_passphrase_file, CliText.tr("Current passphrase: "), confirm=False
        )
        new = _passphrase(args.new_passphrase_file, CliText.tr("New passphrase: "), confirm=True)
        change_passphrase(args.archive, old, new)
    except (_PassphraseInputError, KartotekaError) as exc:
        write_error(err, exc)
        return EXIT_ERROR
    said = CliText.tr("Changed the passphrase of {path}.").format(path=args.archive)
    out.write(f"{said} {CliText.tr(LOST_PASSPHRASE)}\n")
    return EXIT_OK
