"""The `kartoteka` command: start the viewer, or build, import, export, inspect, search.

    kartoteka                          the viewer on the bundled sample archive
    kartoteka ARCHIVE                  the viewer on ARCHIVE
    kartoteka build-sample OUT.db      write the sample archive
    kartoteka generate --people N OUT.db [--seed S]
    kartoteka import ARCHIVE FILE...   add JSON/CSV files (creates ARCHIVE if missing)
    kartoteka export ARCHIVE OUT [--format json|csv]
    kartoteka info ARCHIVE [--json] [--check]
    kartoteka search ARCHIVE QUERY [--json] [--limit N] [--exact]
    kartoteka encrypt ARCHIVE OUT.db   an encrypted copy (passphrase asked twice)
    kartoteka rekey ARCHIVE            change an encrypted archive's passphrase
    kartoteka letters ARCHIVE OUT.csv  the letters list (people in custody, envelopes)
    kartoteka dossier ARCHIVE ID... -o OUT.pdf [--lang be] [--annotations STORE]
    kartoteka sources ARCHIVE OUT.json|OUT.ris|OUT.bib [--person ID]...
    kartoteka self-test [--export OUT] a short session in the window, to check an installation
    kartoteka install-desktop          a menu entry and icon (a normal install, not portable)
    kartoteka publish ARCHIVE OUT_DIR [--redact RULES.json] [--preview]
    kartoteka diff OLD.db NEW.db [--json]
    kartoteka reindex ARCHIVE OUT.db [--passphrase-file F]
                                       a copy with the name index rebuilt by this version

A first argument that is a subcommand name is always the subcommand: to open
an archive file called `info`, write `kartoteka ./info`.

Subcommands never import PySide6 (only starting the viewer does, and
`dossier`, which starts an offscreen Qt inside the command), so they work on
machines without a display. Every problem the user can fix is one
`kartoteka: error: …` line on stderr and a non-zero exit, never a traceback;
`--verbose` adds the details (every problem a check found). `search`, `info`
and `export` read a finished archive in place and skip the slow integrity
checks (`info --check` runs them, with a progress bar); what was repaired or
ignored in the file is one `kartoteka: note: …` line each. Archive text is
printed with control characters escaped (viewer/cli_text.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from db.errors import ErrorKind, KartotekaError
from viewer import selftest
from viewer.cli_diff import DIFF_SUBCOMMANDS, add_diff_parser
from viewer.cli_dossier import DOSSIER_SUBCOMMANDS, add_dossier_parsers
from viewer.cli_encrypt import ENCRYPT_SUBCOMMANDS, add_encrypt_parsers
from viewer.cli_errors import error_message, write_error
from viewer.cli_letters import LETTERS_SUBCOMMANDS, add_letters_parser
from viewer.cli_publish import PUBLISH_SUBCOMMANDS, add_publish_parser
from viewer.cli_text import error_lines, json_text, terminal_text
from viewer.cli_words import (
    CHECK_WORDS,
    ArgumentParser,
    CliText,
    Context,
    catalog,
    error_prefix,
    export_summary,
    import_summary,
    note_line,
    reindex_summary,
    speaking,
)
from viewer.contents_words import contents_word
from viewer.host import prepare_process
from viewer.match_words import FIELD_LABELS, MATCHES_FILTERS, match_reason
from viewer.notice_words import CONTEXT as NOTICE_CONTEXT
from viewer.notice_words import notice_text
from viewer.ts_files import QT_TRANSLATE_NOOP

ArchiveContents = Context("ArchiveContents")
"""The window's names of what `info` counts (viewer.contents_words)."""
PeopleText = Context("PeopleText")
"""The window's names of where a search found a person (viewer.match_words)."""


def _translate(context: str, text: str) -> str:
    """`text` of `context` in the user's language (as QCoreApplication.translate)."""
    return catalog().translate(context, text)


if TYPE_CHECKING:
    from db.connection import Archive
    from db.search import PersonHit

PROG = "kartoteka"
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

SUBCOMMANDS = (
    "build-sample",
    "generate",
    "import",
    "export",
    "info",
    "search",
    *ENCRYPT_SUBCOMMANDS,
    *LETTERS_SUBCOMMANDS,
    *DOSSIER_SUBCOMMANDS,
    "self-test",
    "install-desktop",
    "reindex",
    *PUBLISH_SUBCOMMANDS,
    *DIFF_SUBCOMMANDS,
)


class CliError(Exception):
    """A problem to report as one line and exit code 1."""


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(
            CliText.tr("{value} is not a whole number").format(value=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            CliText.tr("{value} must be 1 or more").format(value=repr(text))
        )
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            CliText.tr("{value} is not a whole number").format(value=repr(text))
        ) from None


def _version() -> str:
    from importlib import metadata  # 20-200 ms: only when the version is asked for

    try:
        return metadata.version("kartoteka")
    except metadata.PackageNotFoundError:  # a copy run from the source folder, never installed
        return CliText.tr("(not installed)")


class _VersionAction(argparse.Action):
    """`--version`, looked up only when given (argparse's own action formats it up front)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"{PROG} {_version()}\n")
        parser.exit()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The subcommand parser; `kartoteka [ARCHIVE]` is handled before it.

    `only` (search, info, export): that subcommand alone, so the commands that must
    answer in a fraction of a second build and import nothing else.
    """
    parser = ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [ARCHIVE]\n       {PROG} COMMAND [{CliText.tr('options')}] ...",
        description=(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Kartoteka: an offline viewer for archives of political prisoners' records. "
                "Run 'kartoteka' alone to open the bundled sample archive, or "
                "'kartoteka ARCHIVE' to open an archive file. A first argument that is a "
                "subcommand name is always the subcommand (write 'kartoteka ./info' to open a "
                "file named 'info').",
            )
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=QT_TRANSLATE_NOOP("CliHelp", "show the version and exit"),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print the details of an error"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog=PROG)
    if only in _READERS:
        _READERS[only](sub)
        return parser
    add_encrypt_parsers(sub)
    add_letters_parser(sub)
    add_dossier_parsers(sub)
    selftest.add_parser(sub)

    p = sub.add_parser(
        "install-desktop",
        help=QT_TRANSLATE_NOOP("CliHelp", "add Kartoteka to the desktop's menu (a normal install)"),
    )
    p.add_argument(
        "--uninstall",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "remove the menu entry again"),
    )

    add_publish_parser(sub)
    add_diff_parser(sub)

    p = sub.add_parser(
        "reindex",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "write a copy of an archive with its name index and derived tables rebuilt "
            "by this version (the archive itself is not changed)",
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT.db",
        help=QT_TRANSLATE_NOOP("CliHelp", "the new archive file to create"),
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "passphrase of an encrypted ARCHIVE (asked otherwise); the new file keeps it"
        ),
    )

    p = sub.add_parser(
        "build-sample",
        help=QT_TRANSLATE_NOOP("CliHelp", "write the bundled sample archive to a file"),
    )
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT.db",
        help=QT_TRANSLATE_NOOP("CliHelp", "the archive file to create"),
    )

    p = sub.add_parser(
        "generate",
        help=QT_TRANSLATE_NOOP("CliHelp", "write a synthetic archive (for tests and benchmarks)"),
    )
    p.add_argument(
        "--people",
        type=_positive,
        required=True,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CliHelp", "how many people"),
    )
    p.add_argument(
        "--seed",
        type=_int,
        default=0,
        metavar="S",
        help=QT_TRANSLATE_NOOP("CliHelp", "random seed (default 0)"),
    )
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT.db",
        help=QT_TRANSLATE_NOOP("CliHelp", "the archive file to create"),
    )

    p = sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "add JSON or CSV files to an archive (created when it does not exist)"
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--format",
        choices=("json", "csv", "viasna"),
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "input format (default: by name, else by what the file holds; a CSV list "
            "with a 'Name and surname' column is read as a Viasna-style list)",
        ),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "rewrite entries whose ids already exist"),
    )
    for add in _READERS.values():
        add(sub)
    return parser


def _add_export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export", help=QT_TRANSLATE_NOOP("CliHelp", "write an archive's data as JSON or CSV")
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "a .json file, a .zip of CSV files, or a folder for CSV files"
        ),
    )
    p.add_argument(
        "--format",
        choices=("json", "csv"),
        help=QT_TRANSLATE_NOOP("CliHelp", "default: .json means JSON, else CSV"),
    )
    _add_verbose(p)


def _add_info_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "info",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "title, counts, schema version and (with --check) a health check"
        ),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "one JSON object instead of text"),
    )
    p.add_argument(
        "--check",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "run the full integrity check (reads the whole file; a progress bar on stderr)",
        ),
    )
    _add_verbose(p)


def _add_search_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search",
        help=QT_TRANSLATE_NOOP("CliHelp", "find people by any spelling of a name, or by text"),
    )
    p.add_argument("archive", type=Path, metavar="ARCHIVE")
    p.add_argument("query", metavar="QUERY")
    p.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "one JSON object per person found"),
    )
    p.add_argument(
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CliHelp", "default 20"),
    )
    p.add_argument(
        "--exact",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "match the spelling as typed (no other scripts or romanizations)"
        ),
    )
    _add_verbose(p)


_READERS: dict[str, Callable[[Any], None]] = {
    "export": _add_export_parser,
    "info": _add_info_parser,
    "search": _add_search_parser,
}
"""The read-only commands, whose parsers are built alone when one of them is run."""


def _add_verbose(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: `kartoteka -v info X` keeps the top-level value
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("CliHelp", "print the details of an error"),
    )


def _viewer_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, add_help=False)
    parser.add_argument("archive", type=Path, nargs="?")
    return parser


# --------------------------------------------------------------------------
# commands; each returns an exit code and prints to the given streams
# --------------------------------------------------------------------------


class _Bar:
    """A progress bar on stderr: redrawn in place on a terminal, every 10% otherwise."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.tty = stream.isatty()
        self.last = -1
        self.start = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        pct = 100 * done // max(1, total)
        step = pct if self.tty else pct - pct % 10
        if step == self.last:
            return
        self.last = step
        secs = time.monotonic() - self.start
        if self.tty:
            filled = pct * 30 // 100
            bar = "#" * filled + "." * (30 - filled)
            end = "\n" if done >= total else ""
            self.stream.write(f"\r{self.label} [{bar}] {pct:3d}% {secs:5.0f}s{end}")
        else:
            self.stream.write(f"{self.label}: {step}% ({secs:.0f}s)\n")
        self.stream.flush()


def _cmd_build_sample(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.sample import build_sample

    build_sample(args.out)
    out.write(CliText.tr("Wrote the sample archive to {path}").format(path=args.out) + "\n")
    return EXIT_OK


def _cmd_generate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.generate import generate_archive

    started = time.monotonic()
    bar = _Bar(err, CliText.tr("Generating"))
    generate_archive(args.out, args.people, seed=args.seed, progress=bar)
    size = args.out.stat().st_size / 1e6
    secs = time.monotonic() - started
    text = CliText.tr(
        "Wrote {path}: {count} synthetic people (seed {seed}), {size} MB in {seconds} s",
        "",
        args.people,
    )
    said = text.format(
        path=args.out,
        count=f"{args.people:,}",
        seed=args.seed,
        size=f"{size:,.1f}",
        seconds=f"{secs:,.1f}",
    )
    out.write(said + "\n")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.importing import import_files

    report = import_files(args.archive, args.files, fmt=args.format, replace=args.replace)
    out.write(terminal_text(import_summary(report)) + "\n")
    for note in report.notes:
        err.write(note_line(PROG, terminal_text(note)) + "\n")
    return EXIT_OK


def _write_notices(archive: Archive, err: TextIO) -> None:
    if not archive.notices:
        return
    words = catalog()
    for notice in archive.notices:  # be/ru: worded by kind, as the window words them
        said = (
            notice.text
            if words.language == "en"
            else notice_text(notice, lambda t: words.translate(NOTICE_CONTEXT, t), _megabytes)
        )
        err.write(note_line(PROG, terminal_text(said)) + "\n")


def _megabytes(size: int) -> str:
    return CliText.tr("{size} MB").format(size=f"{size / 1e6:,.0f}")


def _cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.connection import open_archive
    from db.exporting import export_archive

    with open_archive(args.archive, defer_checks=True) as archive:
        _write_notices(archive, err)
        with archive.guard():
            report = export_archive(archive, args.out, fmt=args.format)
    out.write(terminal_text(export_summary(report)) + "\n")
    for note in report.notes:
        err.write(note_line(PROG, terminal_text(note)) + "\n")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.checks import check_archive
    from db.connection import open_archive
    from db.info import archive_info

    with open_archive(args.archive, defer_checks=True) as archive:
        _write_notices(archive, err)
        with archive.guard():
            info = archive_info(archive, quick_check=False, exact_counts=args.check)
            result = archive.check_result
            if args.check:
                bar = _Bar(err, CliText.tr("Checking"))
                result = check_archive(archive, progress=lambda pct: bar(pct, 100))
    check = (
        CliText.tr("not run (use --check)")
        if result is None
        else CliText.tr(CHECK_WORDS.get(result.status.value, result.status.value))
    )
    if args.json:
        data = asdict(info)
        data["quick_check"] = "not run" if result is None else result.status.value
        if result is not None:
            data["check"] = {
                "status": result.status.value,
                "summary": result.summary,
                "details": list(result.details),
                "from_ledger": result.from_ledger,
            }
        out.write(json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
    else:
        if result is not None and result.from_ledger and not args.check:
            check += " " + CliText.tr("(checked before; --check checks again)")
        edition = (
            CliText.tr("{edition} of {date}").format(edition=info.edition, date=info.edition_date)
            if info.edition and info.edition_date
            else info.edition or info.edition_date
        )
        synthetic = CliText.tr("yes (generated, not real records)") if info.synthetic else None
        lines = [
            (CliText.tr("Title"), info.title),
            (CliText.tr("File"), info.path),
            (CliText.tr("Archive id"), info.archive_id),
            (CliText.tr("Publisher"), info.publisher),
            (CliText.tr("Edition"), edition or None),
            (CliText.tr("Languages"), ", ".join(info.languages) or None),
            (CliText.tr("Synthetic"), synthetic or CliText.tr("no")),
            (CliText.tr("Schema version"), str(info.schema_version)),
        ]
        width = max(len(k) for k, _v in lines)
        for key, value in lines:
            if value:
                out.write(f"{key + ':':<{width + 2}}{terminal_text(value)}\n")
        out.write(
            CliText.tr("Entries (as recorded when the archive was written; --check counts them):")
            + "\n"
            if info.counts_recorded
            else CliText.tr("Entries:") + "\n"
        )
        words = {table: contents_word(table, ArchiveContents.tr) for table in info.counts}
        column = max((len(w) for w in words.values()), default=0)
        for table, n in info.counts.items():  # named as Archive info in the window names them
            out.write(f"  {words[table]:<{column}}{n:>10,}\n")
        out.write(f"{CliText.tr('Check') + ':':<{width + 2}}{check}\n")
    if result is not None and result.status.value not in ("ok", "search"):
        write_error(err, result.error(KartotekaError, info.path), verbose=args.verbose)
        return EXIT_ERROR
    if result is not None and result.search_problem:
        said = (  # worded in the user's language when the check gave its kind
            error_message(result.error(KartotekaError, info.path))
            if result.kind is not None
            else result.search_problem
        )
        err.write(note_line(PROG, terminal_text(said)) + "\n")
    return EXIT_OK


def _display_names(archive: Archive, hits: Sequence[PersonHit]) -> dict[int, str | None]:
    """Each hit's display name; None where a damaged file holds NULL (db.search says "None")."""
    names: dict[int, str | None] = {hit.pk: hit.display_name for hit in hits}
    for hit in hits:
        if hit.display_name == "None":  # a NULL written around NOT NULL, or a real "None"
            from db.people import stored_display_name  # only when needed

            names[hit.pk] = stored_display_name(archive.db, hit.pk)
    return names


def _cmd_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.connection import open_archive
    from db.name_match import describe
    from db.search import search
    from viewer.query_note_words import CONTEXT as QUERY_NOTES_CONTEXT
    from viewer.query_note_words import search_notice

    with open_archive(args.archive, defer_checks=True) as archive:
        _write_notices(archive, err)
        if archive.search_error is not None:  # no index to search: say why, not "nothing found"
            write_error(err, archive.search_error, verbose=args.verbose)
            return EXIT_ERROR
        with archive.guard():
            result = search(archive, args.query, limit=args.limit, expand_variants=not args.exact)
            names = _display_names(archive, result.hits)
    words = catalog()  # the notes as the window says them (viewer.query_note_words)
    said_notice = search_notice(result, lambda t: words.translate(QUERY_NOTES_CONTEXT, t))
    if said_notice:
        err.write(note_line(PROG, terminal_text(said_notice)) + "\n")
    if args.json:
        for hit in result.hits:
            row: dict[str, Any] = {
                "id": hit.person_id,
                "pk": hit.pk,
                "name": names[hit.pk],
                "score": round(hit.score, 4),
                "field": hit.field,
                "matched_text": hit.matched_text,
                "snippet": hit.snippet,
                "match": "similar" if hit.similar else "exact",
            }
            if hit.name_match is not None:
                row["why"] = describe(hit.name_match)
                row["words"] = [
                    {"query": w.query, "stored": w.stored, "level": w.level.name.lower()}
                    for w in hit.name_match.words
                ]
            out.write(json_text(json.dumps(row, ensure_ascii=False)) + "\n")
    else:
        if result.similar_only:
            out.write(CliText.tr("No exact match — similar names:") + "\n")
        for n, hit in enumerate(result.hits, 1):
            no_name = CliText.tr("(no name)")
            name = no_name if names[hit.pk] is None else terminal_text(names[hit.pk])
            # the field as the window's Match column names it, in the user's language
            field = PeopleText.tr(FIELD_LABELS.get(hit.field, hit.field))
            out.write(f"{n:>3}. {name}  [{terminal_text(hit.person_id)}]  {field}: ")
            why = match_reason(hit.name_match, _translate) if hit.name_match is not None else ""
            why = f"  ({terminal_text(why)})" if why else ""
            text = PeopleText.tr(MATCHES_FILTERS) if hit.field == "filter" else hit.matched_text
            out.write(f"{terminal_text(text)}{why}\n")
    if result.more and not args.json:  # else the list reads as everyone who matches
        more = CliText.tr(
            "only the first {count} people found are listed; more match "
            "(add words or filters, or list more with --limit).",
            None,
            len(result.hits),
        )
        err.write(note_line(PROG, more.format(count=f"{len(result.hits):,}")) + "\n")
    if not result.hits:
        said = CliText.tr("{prog}: nothing found for {query}.").format(
            prog=PROG, query=repr(args.query)
        )
        if result.suggestion:
            hint = CliText.tr("Did you mean {suggestion}?").format(
                suggestion=repr(result.suggestion)
            )
            said = f"{said} {hint}"
        err.write(terminal_text(said) + "\n")
        return EXIT_ERROR
    return EXIT_OK


def _cmd_reindex(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from db.encryption import is_probably_encrypted
    from db.reindex import reindex
    from viewer.cli_encrypt import _passphrase

    passphrase = None
    if args.passphrase_file is not None or is_probably_encrypted(args.archive):
        # a _PassphraseInputError is a KartotekaError: main() words it by its kind
        prompt = CliText.tr("Archive passphrase: ")
        passphrase = _passphrase(args.passphrase_file, prompt, confirm=False)
    report = reindex(args.archive, args.out, passphrase)
    out.write(terminal_text(reindex_summary(report)) + "\n")
    for note in report.notes:
        err.write(note_line(PROG, terminal_text(note)) + "\n")
    return EXIT_OK


def _cmd_install_desktop(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from viewer import desktop_entry

    if args.uninstall:
        for path in desktop_entry.uninstall():
            out.write(CliText.tr("Removed {path}").format(path=path) + "\n")
        return EXIT_OK
    for path in desktop_entry.install().values():
        out.write(CliText.tr("Wrote {path}").format(path=path) + "\n")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "build-sample": _cmd_build_sample,
    "generate": _cmd_generate,
    "import": _cmd_import,
    "export": _cmd_export,
    "info": _cmd_info,
    "search": _cmd_search,
    "install-desktop": _cmd_install_desktop,
    "reindex": _cmd_reindex,
}


def _start_viewer(argv: Sequence[str], err: TextIO) -> int:
    args, extra = _viewer_parser().parse_known_args(list(argv))
    if extra:
        raise CliError(
            CliText.tr(
                "unexpected argument {argument}. Usage: kartoteka [ARCHIVE] "
                "or kartoteka COMMAND ... (see kartoteka --help)"
            ).format(argument=repr(extra[0]))
        )
    archive: Path | None = args.archive
    if archive is not None and not archive.exists():
        raise KartotekaError.of(
            ErrorKind.NO_SUCH_FILE_OR_COMMAND, archive, commands=", ".join(SUBCOMMANDS)
        )
    from viewer.app import run_viewer  # imports PySide6: only when the GUI starts

    return run_viewer(archive)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file (tests): nothing will be flushed to a pipe


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises for user errors).

    Problems the user can fix (KartotekaError, OSError, bad arguments) are
    reported on stderr as `kartoteka: error: …`; anything else is a bug and
    propagates with its traceback.
    """
    out, err = sys.stdout, sys.stderr
    args_list = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args_list or "--verbose" in args_list
    prepare_process()  # portable mode: every file into the portable folder, before anything
    named: object = None  # the archive the command reads, once parsed
    try:
        if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
            return _start_viewer(args_list, err)
        with speaking():  # argparse's own words ("usage:", "error: …") in the user's language
            parser = build_parser(args_list[0])
            try:
                args = parser.parse_args(args_list)
            except SystemExit as exc:  # argparse printed usage or help already
                return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
        named = getattr(args, "archive", None) or getattr(args, "old", None)
        if args.command is None:
            with speaking():
                parser.print_help(out)
            return EXIT_USAGE
        func = getattr(args, "func", None)
        if func is not None:
            return int(func(args, out, err))
        if args.command in ("search", "info", "export"):
            from db.lean_imports import import_sqlite_utils_without_numpy

            import_sqlite_utils_without_numpy()
        return _COMMANDS[args.command](args, out, err)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK  # e.g. `kartoteka search … | head`
    except KartotekaError as exc:  # an import's problems are always listed
        write_error(err, exc, verbose=verbose)
        return EXIT_ERROR
    except CliError as exc:
        _write_error(err, str(exc), (), verbose)
        return EXIT_ERROR
    except sqlite3.DatabaseError as exc:
        # a file that breaks SQLite in a way no check foresaw: still one plain line,
        # naming the archive the command read
        if named:
            write_error(
                err, KartotekaError.of(ErrorKind.ARCHIVE_BREAKS_SQLITE, str(named), reason=exc)
            )
        else:
            write_error(err, KartotekaError.of(ErrorKind.ARCHIVE_READ_FAILED, None, cause=exc))
        return EXIT_ERROR
    except OSError as exc:
        from viewer.error_words import CONTEXT as ERROR_CONTEXT
        from viewer.error_words import os_error_text

        where = f"{terminal_text(str(exc.filename))}: " if exc.filename else ""
        words = catalog()  # "permission denied", "the disk is full" … in the user's language
        reason = os_error_text(exc, lambda t: words.translate(ERROR_CONTEXT, t))
        _write_error(err, f"{where}{reason}", (), verbose)
        return EXIT_ERROR


def _write_error(err: TextIO, message: str, details: Sequence[str], verbose: bool) -> None:
    lines = error_lines(message, details, verbose=verbose)
    err.write(f"{error_prefix(PROG)}{lines[0]}\n")
    for line in lines[1:]:
        err.write(f"{line}\n")


if __name__ == "__main__":
    sys.exit(main())
