"""Making a publishable copy: resolve, redact, build anew, verify, hand over.

`preview()` answers "what would be dropped?" without writing anything (the
GUI dialog shows it). `publish()` writes a folder:

    OUT_DIR/archive.db          the redacted archive (new archive_id, plain SQLite)
    OUT_DIR/metadata.yml        Datasette: titles, facets, FTS, label columns, queries
    OUT_DIR/datasette.yml       the same settings in Datasette 1.x's config layout
    OUT_DIR/csv/*.csv           the interchange CSV files ...
    OUT_DIR/csv/datapackage.json  ... described as a Frictionless data package
    OUT_DIR/entities.ftm.jsonl  FollowTheMoney entities for Aleph / OpenSanctions tools
    OUT_DIR/popolo.json         Popolo people, organizations and memberships
    OUT_DIR/report.json         what was redacted (counts and rules, never values)

The folder is written under a temporary name beside OUT_DIR and renamed when
everything is written and verified, so a failure leaves no half copy. The
source archive is only read, through `open_archive`'s private copy (an
encrypted source is decrypted in memory only; the copy is plain SQLite).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import mmap
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import dates, writer
from db.annotations.lookup import Reads, tag_people
from db.annotations.orphans import archive_identity
from db.attachments import AttachmentError
from db.connection import Archive, open_archive
from db.errors import ErrorKind, KartotekaError, OutputError
from db.exporting import read_documents, read_meta
from db.people import people_filter
from db.publish.redact import PossibleMention, Redaction, redact, strings
from db.publish.rules import RedactionRules
from db.records import PeopleQuery
from db.validate import ENTITY_KEYS

ARCHIVE_NAME = "archive.db"
REPORT_NAME = "report.json"
META_REDACTIONS = "redactions"
"""`meta` key of the copy: the rules and counts of what was redacted (JSON)."""
META_PUBLISHED = "published"
"""`meta` key of the copy: the day it was made (ISO)."""
SELF_CHECK_BYTES = 20 * 1024**3
"""Budget of the byte scan (file size x values); past it only the longest values are scanned."""
SELF_CHECK_SAMPLE = 500
PREVIEW_EXAMPLES = 10
"""How many dropped people the preview names."""

Progress = Callable[[str, float], None]
"""(stage, share done 0..1): called between the steps of `publish`; raising stops it
(the half-written folder is removed). Stages: "read", "redact", "build", "export",
"check", "done"."""


class PublishError(KartotekaError):
    """A publishable copy cannot be made as asked; nothing was written."""

    title = "Cannot make a publishable copy"


@dataclass(frozen=True, slots=True)
class PublishPreview:
    """What the rules would drop from an archive, in counts (for the dialog and the report)."""

    people_total: int
    people_dropped: int
    people_by_rule: dict[str, int]  # "ids", "tag:<name>", "filter" -> people each selects
    dropped: dict[str, int]  # entity key -> entries dropped (people included)
    kept: dict[str, int]  # entity key -> entries in the copy
    fields_changed: dict[str, int]
    citations_dropped: int
    links_cut: int
    mentions_scrubbed: int
    possible_mentions: tuple[PossibleMention, ...]
    annotations: str
    people_examples: tuple[str, ...] = ()  # some dropped people's names: for the dialog only

    def as_dict(self) -> dict[str, Any]:
        return {
            "people_total": self.people_total,
            "people_dropped": self.people_dropped,
            "people_by_rule": dict(self.people_by_rule),
            "dropped": dict(self.dropped),
            "kept": dict(self.kept),
            "fields_changed": dict(self.fields_changed),
            "citations_dropped": self.citations_dropped,
            "links_cut": self.links_cut,
            "mentions_scrubbed": self.mentions_scrubbed,
            "possible_mentions": [
                {"entity": m.entity, "id": m.entry_id, "field": m.field}
                for m in self.possible_mentions
            ],
            "annotations": self.annotations,
        }  # never people_examples: the report goes beside the copy, names must not

    def lines(self) -> list[str]:
        """The preview in plain English, one fact a line."""
        out = [f"People: {self.people_dropped:,} of {self.people_total:,} dropped"]
        out += [f"  selected by {rule}: {n:,}" for rule, n in self.people_by_rule.items()]
        for key, n in self.dropped.items():
            if n and key != "people":
                out.append(f"{key.capitalize()}: {n:,} dropped")
        out += [f"Field {name}: {n:,} value(s) changed" for name, n in self.fields_changed.items()]
        if self.citations_dropped:
            out.append(f"Citations: {self.citations_dropped:,} dropped")
        if self.links_cut:
            out.append(f"Links to dropped entries cut: {self.links_cut:,}")
        if self.mentions_scrubbed:
            out.append(f"Name spellings replaced in free text: {self.mentions_scrubbed:,}")
        if self.possible_mentions:
            out.append(
                f"Review: {len(self.possible_mentions):,} kept text field(s) may still mention "
                "a dropped person in another form (see possible_mentions in the report)"
            )
        out.append("Annotations: not included (they stay in your annotation store)")
        return out


@dataclass(frozen=True, slots=True)
class SelfCheck:
    """How many redacted values the self-check looked for: all of them, or the longest
    `scanned` of `total` (SELF_CHECK_BYTES); the viewer words it in the user's language."""

    scanned: int
    total: int

    @property
    def text(self) -> str:
        if self.scanned == self.total:
            return f"all {self.total:,} redacted values"
        return f"the longest {self.scanned:,} of {self.total:,} redacted values"


@dataclass(frozen=True, slots=True)
class PublishReport:
    """What `publish` wrote."""

    out_dir: Path
    archive_path: Path
    archive_id: str
    preview: PublishPreview
    files: tuple[str, ...]
    self_check: SelfCheck

    def lines(self) -> list[str]:
        return [
            f"Wrote a publishable copy to {self.out_dir}",
            f"Archive: {self.archive_path.name} (new archive id {self.archive_id})",
            *self.preview.lines(),
            f"Checked the written files for {self.self_check.text}: none found",
            f"Files: {', '.join(self.files)}",
        ]


# --- choosing the people ------------------------------------------------------


def _ids_in(db: Database, ids: Iterable[str]) -> set[str]:
    sql = "SELECT id FROM people WHERE id IN (SELECT value FROM json_each(:ids))"
    return {str(r[0]) for r in db.execute(sql, {"ids": json.dumps(sorted(ids))})}


_SPELLINGS = (
    "SELECT person_id, name FROM person_names"
    " WHERE person_id IN (SELECT value FROM json_each(:ids))"
    " UNION ALL SELECT id, display_name FROM people WHERE id IN (SELECT value FROM json_each(:ids))"
)
NAME_CANDIDATES = 200
"""How many search hits per name are checked for a spelling equal to it."""


def _same_name(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def people_named(archive: Archive, names: Iterable[str]) -> dict[str, set[str]]:
    """The ids of the people each of `names` is a spelling of (any case, any script held).

    People know names, not ids: a rules entry that is no id is looked up as a
    name. Only a spelling the archive holds counts (never a similar name or a
    typo: a redaction must not guess), and a name several people share
    selects all of them. The app's own search finds the candidates.
    """
    from db.search import search

    out: dict[str, set[str]] = {}
    for name in names:
        wanted = _same_name(name)
        if not wanted:
            continue
        found = search(archive, name, limit=NAME_CANDIDATES, expand_variants=False)
        ids = sorted({str(hit.person_id) for hit in found.hits if hit.field == "name"})
        rows = archive.db.execute(_SPELLINGS, {"ids": json.dumps(ids)}) if ids else []
        matched = {str(pid) for pid, spelled in rows if _same_name(str(spelled)) == wanted}
        if matched:
            out[name] = matched
    return out


def _filtered(db: Database, rules: RedactionRules) -> set[str]:
    f = rules.people_filter
    q = PeopleQuery(
        statuses=f.statuses,
        roles=f.roles,
        regions=f.regions,
        court_ids=f.court_ids,
        articles=f.articles,
        year_from=f.year_from,
        year_to=f.year_to,
    )
    where, params = people_filter(q)
    return {str(r[0]) for r in db.execute(f"SELECT p.id FROM people p WHERE {where}", params)}


def people_to_drop(
    archive: Archive, rules: RedactionRules, store: Reads | None = None
) -> tuple[set[str], dict[str, int]]:
    """The ids of the people the rules drop, and how many each rule selects.

    An id or tag the archive or store does not know is an error, not a
    silent no-op: a typo must never publish someone who asked not to be.
    """
    db = archive.db
    chosen: set[str] = set()
    by_rule: dict[str, int] = {}
    if rules.people_ids:
        found = _ids_in(db, rules.people_ids)
        named = people_named(archive, [i for i in rules.people_ids if i not in found])
        unknown = [i for i in rules.people_ids if i not in found and i not in named]
        if unknown:
            raise PublishError.of(
                ErrorKind.PUBLISH_UNKNOWN_PEOPLE,
                archive.path,
                people=", ".join(map(repr, unknown[:5])),
                file=archive.path.name,
            )
        for ids in named.values():
            found |= ids
        chosen |= found
        by_rule["ids"] = len(found)
    if rules.people_tags:
        if store is None:
            raise PublishError.of(ErrorKind.PUBLISH_TAGS_NO_STORE, archive.path)
        tags = {t.name: t.id for t in store.tags()}
        unknown = [t for t in rules.people_tags if t not in tags]
        if unknown:
            raise PublishError.of(
                ErrorKind.PUBLISH_UNKNOWN_TAGS,
                store.path,
                tags=", ".join(map(repr, unknown[:5])),
            )
        tagged = tag_people(store, archive_identity(archive), db)
        for name in rules.people_tags:
            people = {str(p) for p in tagged.get(tags[name], frozenset())}
            chosen |= people
            by_rule[f"tag:{name}"] = len(people)
    if not rules.people_filter.is_empty():
        people = _filtered(db, rules)
        chosen |= people
        by_rule["filter"] = len(people)
    return chosen, by_rule


SOURCE_PUBLISHERS_SQL = """
SELECT o.id, o.name, count(*) FROM sources s JOIN organizations o ON o.id = s.publisher_id
GROUP BY o.id ORDER BY o.name
"""


def source_publishers(archive: Archive) -> list[tuple[str, str, int]]:
    """(organization id, name, sources) of every publisher of sources: the dialog's choices."""
    return [(str(i), str(n), int(c)) for i, n, c in archive.db.execute(SOURCE_PUBLISHERS_SQL)]


def _silent(_stage: str, _share: float) -> None:
    return None


# --- preview --------------------------------------------------------------------


def _preview(
    docs: Mapping[str, Any],
    redacted: Mapping[str, Any],
    red: Redaction,
    chosen: set[str],
    by_rule: dict[str, int],
    rules: RedactionRules,
) -> PublishPreview:
    dropped_people = [p for p in docs.get("people", ()) if p["id"] in chosen]
    dropped_people.sort(key=lambda p: (str(p["display_name"]).casefold(), p["id"]))
    return PublishPreview(
        people_total=len(docs.get("people", ())),
        people_dropped=len(chosen),
        people_by_rule=by_rule,
        dropped={k: red.dropped.get(k, 0) for k in ENTITY_KEYS},
        kept={k: len(redacted.get(k, ())) for k in ENTITY_KEYS},
        fields_changed=dict(red.fields_changed),
        citations_dropped=red.citations_dropped,
        links_cut=red.links_cut,
        mentions_scrubbed=red.scrubbed,
        possible_mentions=tuple(red.possible_mentions),
        annotations=rules.annotations,
        people_examples=tuple(str(p["display_name"]) for p in dropped_people[:PREVIEW_EXAMPLES]),
    )


def _redacted(
    archive: Archive, rules: RedactionRules, store: Reads | None, progress: Progress | None = None
) -> tuple[dict[str, Any], Redaction, PublishPreview]:
    say = progress or _silent
    chosen, by_rule = people_to_drop(archive, rules, store)
    say("read", 0.05)
    docs = read_documents(archive.db)
    say("redact", 0.25)
    redacted, red = redact(docs, rules, chosen)
    return redacted, red, _preview(docs, redacted, red, chosen, by_rule, rules)


def preview(
    archive: Archive, rules: RedactionRules, *, store: Reads | None = None
) -> PublishPreview:
    """What `publish` would drop from this open archive; writes nothing.

    Reads the whole archive (as an export does): call it off the GUI thread.
    """
    return _redacted(archive, rules, store)[2]


# --- writing ----------------------------------------------------------------------


def _check_out_dir(out_dir: Path) -> None:
    if not out_dir.parent.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, out_dir, folder=out_dir.parent)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise OutputError.of(ErrorKind.PUBLISH_FOLDER_NOT_EMPTY, out_dir)


_WRITE_FAILURES = (
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
)
"""SQLite codes (primary) of a copy that could not be written where it was asked."""


def _output_error(out: Path, exc: OSError) -> OutputError:
    """A write that failed for a reason the user can fix (full disk, no permission)."""
    if exc.errno == errno.ENOSPC:
        what = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = "the folder cannot be written to"
    else:
        what = exc.strerror or str(exc)
    return OutputError.of(ErrorKind.PUBLISH_NOT_WRITTEN, out, reason=what, cause=exc)


def build_copy(
    path: Path, meta: Mapping[str, Any], docs: Mapping[str, Any], extra_meta: Mapping[str, str]
) -> str:
    """Build a new archive from documents (new archive_id); returns its archive_id."""
    fresh_meta = {k: v for k, v in meta.items() if k != "archive_id"}
    db = writer.create_archive(path, fresh_meta)
    try:
        with db.atomic():
            writer.write_documents(db, docs)
            writer.refresh_derived(db)
            db.conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)", sorted(extra_meta.items())
            )
        problems = writer.check_references(db)
        if problems:  # the redaction cuts every link it drops: the source had them already
            raise PublishError.of(
                ErrorKind.PUBLISH_DANGLING, path, problems="; ".join(problems[:5])
            )
        writer.finish(db, vacuum=True)
        archive_id = str(
            db.execute("SELECT value FROM meta WHERE key = 'archive_id'").fetchone()[0]
        )
    finally:
        db.close()
    return archive_id


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def self_check(root: Path, secrets: Iterable[str], kept: Mapping[str, Any]) -> SelfCheck:
    """Scan every written file's bytes for every redacted value; raise if one is found.

    Values shorter than 4 characters are skipped (a year or a code is not a
    secret and occurs everywhere), and so are values that kept text contains
    (a dropped regime quoted in a kept note is the note's, not a leak). Past
    SELF_CHECK_BYTES the longest values are scanned. Returns what was scanned.
    """
    values = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)
    files = _files(root)
    size = sum(p.stat().st_size for p in files)
    scanned = values
    if size * len(values) > SELF_CHECK_BYTES:
        scanned = values[:SELF_CHECK_SAMPLE]
    kept_text = "\x00".join(strings(kept))
    needles = [v.encode("utf-8") for v in scanned if v not in kept_text]
    for path in files:
        if path.stat().st_size == 0:
            continue
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for needle in needles:
                if data.find(needle) >= 0:
                    raise PublishError.of(ErrorKind.PUBLISH_REDACTED_LEFT, path.name)
    return SelfCheck(len(scanned), len(values))


Exporter = Callable[[Path, Path, Mapping[str, Any]], Sequence[str]]
"""(folder, archive file, documents) -> names of the files it wrote in the folder."""


def _default_exporters() -> list[Exporter]:
    from db.publish.hand_over import EXPORTERS

    return list(EXPORTERS)


@contextlib.contextmanager
def _source(source: str | Path | Archive, passphrase: str | None) -> Iterator[Archive]:
    if isinstance(source, Archive):
        yield source  # the caller's open archive (an encrypted one, unlocked): left open
        return
    with open_archive(source, passphrase) as archive:
        yield archive


def publish(
    source: str | Path | Archive,
    out_dir: str | Path,
    rules: RedactionRules | None = None,
    *,
    passphrase: str | None = None,
    store: Reads | None = None,
    today: dt.date | None = None,
    exporters: Sequence[Exporter] | None = None,
    progress: Progress | None = None,
) -> PublishReport:
    """Write a redacted, decrypted, publishable copy of `source` into `out_dir`.

    `source` is a path (opened safely here) or an open Archive (the viewer's,
    which may be an unlocked encrypted one). `out_dir` must not exist or be
    empty. Raises PublishError (or an ArchiveError for the source), or what
    `progress` raises, with nothing written.
    """
    say = progress or _silent
    rules = rules or RedactionRules()
    out = Path(out_dir)
    _check_out_dir(out)
    with _source(source, passphrase) as archive:
        redacted, red, pv = _redacted(archive, rules, store, say)
        meta = read_meta(archive.db)
        source_path = archive.path
    made = (today or dt.date.today()).isoformat()
    record = {"rules": rules.describe(), **red.summary(), "made": made}
    extra_meta = {
        META_REDACTIONS: json.dumps(record, ensure_ascii=False, sort_keys=True),
        META_PUBLISHED: made,
    }
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir()
    except OSError as exc:
        raise OutputError.of(
            ErrorKind.PUBLISH_FOLDER_NOT_WRITABLE, out, folder=out.parent, cause=exc
        ) from exc
    try:
        archive_path = tmp / ARCHIVE_NAME
        say("build", 0.4)
        try:
            archive_id = build_copy(archive_path, meta, redacted, extra_meta)
        except (dates.DateError, sqlite3.IntegrityError, AttachmentError) as exc:
            # a value the archive's own checks let through but Kartoteka never writes
            # (a photo that is not an image: the bare reason, with no file, was all it said)
            problem = exc.problem.value if isinstance(exc, AttachmentError) else ""
            raise PublishError.of(  # the problem's kind: the viewer words the reason anew
                ErrorKind.PUBLISH_SOURCE_INVALID,
                source_path,
                reason=_short(str(exc)),
                attachment_problem=problem,
            ) from exc
        written = [ARCHIVE_NAME]
        chosen_exporters = _default_exporters() if exporters is None else list(exporters)
        for i, export in enumerate(chosen_exporters):
            say("export", 0.6 + 0.25 * i / max(len(chosen_exporters), 1))
            written += export(tmp, archive_path, redacted)
        report = {"archive_id": archive_id, **record, "preview": pv.as_dict()}
        (tmp / REPORT_NAME).write_text(
            json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        written.append(REPORT_NAME)
        leftovers = [p.name for p in tmp.iterdir() if p.name.endswith(("-journal", "-wal", "-shm"))]
        if leftovers:
            raise PublishError.of(ErrorKind.PUBLISH_LEFTOVERS, out, files=", ".join(leftovers))
        say("check", 0.9)
        checked = self_check(tmp, red.secrets, redacted)
        say("done", 1.0)
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise _output_error(out, exc) from exc
    except sqlite3.Error as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code not in _WRITE_FAILURES:
            raise
        failure = OSError(errno.ENOSPC if code == sqlite3.SQLITE_FULL else errno.EACCES, str(exc))
        raise _output_error(out, failure) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return PublishReport(
        out_dir=out,
        archive_path=out / ARCHIVE_NAME,
        archive_id=archive_id,
        preview=pv,
        files=tuple(written),
        self_check=checked,
    )
