"""The `kartoteka dossier` and `kartoteka sources` subcommands (wired in by viewer/cli.py).

    kartoteka dossier ARCHIVE ID... -o OUT.pdf [--lang be] [--annotations STORE]
                      [--names be|ru|latin|archive] [--paper a4|letter]
    kartoteka sources ARCHIVE OUT.json|OUT.ris|OUT.bib [--person ID]...

`dossier` is the one command that starts Qt (an offscreen QGuiApplication,
only inside the command, for QTextDocument and QPdfWriter); `sources` and
every other command never import PySide6.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from viewer.cli_text import terminal_text
from viewer.cli_words import CliText, note_line
from viewer.ts_files import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from db.annotations.reader import StoreReader

DOSSIER_SUBCOMMANDS = ("dossier", "sources", "dossier-job")
"""Names viewer/cli.py must treat as subcommands (its SUBCOMMANDS tuple)."""
EXIT_OK = 0
SCRIPTS = {"be": "be-Cyrl", "ru": "ru-Cyrl", "latin": "latin", "archive": "archive"}


def add_dossier_parsers(subparsers: Any) -> None:
    """Add `dossier` and `sources` to the `kartoteka` subparsers; each sets `func`."""
    p = subparsers.add_parser(
        "dossier",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "write a PDF dossier of one or more people (sources as numbered notes)"
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Write one PDF with a section per person: summary, every spelling of the name, "
                "sentences, quotes, events, relations and numbered sources. Works offline.",
            )
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "ids",
        nargs="+",
        metavar="ID",
        help=QT_TRANSLATE_NOOP("CliHelp", "person ids, e.g. p-tsikhanouski"),
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument(
        "--lang",
        choices=("be", "ru", "en"),
        default="en",
        help=QT_TRANSLATE_NOOP("CliHelp", "default en"),
    )
    p.add_argument(
        "--names",
        choices=tuple(SCRIPTS),
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "script of names (default: Cyrillic for be and ru, Latin passport for en)"
        ),
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument(
        "--annotations",
        type=Path,
        metavar="STORE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "include the archivist's notes and proposed corrections from this store"
        ),
    )
    p.set_defaults(func=cmd_dossier)

    # the viewer's child process (viewer.dossier.child_process): a JSON request on stdin
    p = subparsers.add_parser("dossier-job")
    p.set_defaults(func=cmd_dossier_job)

    p = subparsers.add_parser(
        "sources",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "export sources as CSL-JSON (.json), RIS (.ris) or BibTeX (.bib)"
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT",
        help=QT_TRANSLATE_NOOP("CliHelp", "the format follows the extension"),
    )
    p.add_argument(
        "--person",
        action="append",
        metavar="ID",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "only the sources cited in this person's record (repeatable)"
        ),
    )
    p.set_defaults(func=cmd_sources)


def cmd_sources(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.citations import export_sources
    from db.connection import open_archive
    from db.records import PersonId

    people = None if args.person is None else [PersonId(p) for p in args.person]
    with open_archive(args.archive) as archive:
        n = export_sources(archive.db, args.out, person_ids=people)
    out.write(
        CliText.tr("Wrote {count} sources to {path}", "", n).format(count=n, path=args.out) + "\n"
    )
    return EXIT_OK


def _application() -> Any:
    """The running Qt application, or a new offscreen QGuiApplication for this command."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, none touched
        app = QGuiApplication(["kartoteka"])
    return app


def cmd_dossier_job(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The viewer's dossier child: one JSON request on stdin, JSON lines on stdout."""
    import sys

    _application()
    from viewer.dossier.child_process import serve

    return serve(sys.stdin, out)


def _read_store(path: Path) -> StoreReader:
    """The store named by --annotations, opened only for reading, as the window's dossier does.

    A dossier never writes notes: opening the store for writing made a new store
    inside an empty file, or moved a damaged one aside to restore a backup.
    """
    from db.annotations.errors import NotAnAnnotationStoreError
    from db.annotations.reader import open_reader
    from db.errors import ErrorKind

    if path.is_dir():
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_IS_FOLDER, path)
    if not path.is_file() or path.stat().st_size == 0:
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_MISSING, path)
    return open_reader(path)


def cmd_dossier(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.connection import open_archive
    from db.records import NameScript

    store_path: Path | None = args.annotations
    store = None if store_path is None else _read_store(store_path)
    _application()
    from viewer.cli import _Bar
    from viewer.dossier import DossierOptions, write_dossier

    try:
        with open_archive(args.archive) as archive:
            options = DossierOptions(
                language=args.lang,
                names=NameScript(SCRIPTS[args.names]) if args.names else None,
                annotations=store,
                paper=args.paper,
            )
            bar = _Bar(err, "Dossier") if len(args.ids) > 1 else None
            report = write_dossier(archive.db, args.ids, args.output, options, progress=bar)
    finally:
        if store is not None:
            store.close()
    for missing in report.missing:
        said = CliText.tr("{id}: no such person in {path}; left out")
        err.write(
            note_line("kartoteka", terminal_text(said.format(id=missing, path=args.archive))) + "\n"
        )
    text = CliText.tr(
        "Wrote {path}: {count} people, {pages} pages, {kb} KB in {seconds} s", "", report.people
    )
    said = text.format(
        path=report.path,
        count=report.people,
        pages=report.pages,
        kb=f"{report.bytes / 1024:,.0f}",
        seconds=f"{report.seconds:.1f}",
    )
    out.write(said + "\n")
    return EXIT_OK
