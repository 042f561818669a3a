"""Import JSON or CSV files into an archive, all or nothing.

Files are read into the interchange layout (docs/ARCHIVE.md), every row is
checked by db.validate against the file and the target archive, and only
then written. Writing happens in a copy of the archive that replaces the
original with `os.replace` once it is complete, so a rejected or failed
import leaves the target byte for byte as it was, and a reader that has the
old file open keeps a consistent view.

Ids that already exist in the archive are an error, unless `replace=True`:
then each such entry (with its nested names, roles, charges, subjects, event
people and citations) is deleted and written anew from the file. Entries
elsewhere that refer to it keep pointing at the same stable id.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
import os
import re
import sqlite3
import stat
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlite_utils import Database

from db import migrations as schema
from db import private_copy, schema_check, writer
from db.connection import open_archive
from db.errors import (
    ArchiveDamagedError,
    ErrorKind,
    ImportValidationError,
    KartotekaError,
    OutputError,
    import_rejected,
)
from db.problems import Problem, ProblemKind
from db.untrusted import special_file
from db.validate import (
    CITED_AS,
    ENTITY_KEYS,
    ENTITY_SINCE,
    FIELDS,
    WHERE,
    Where,
    check_documents,
)
from db.viasna import REUSE, load_viasna, looks_like_viasna

# -- the CSV layout (exporting writes the same) ---------------------------------

CSV_LISTS = ("roles", "about")
"""Columns holding several values separated by LIST_SEPARATOR."""
_CSV_LIST_COLUMNS = {"people": ("roles",), "quotes": ("about",)}
ATTACHMENT_FILE = "file"
"""The CSV column (and JSON field) naming an attachment's image file, relative to the files."""


def _entity_csv_columns(key: str) -> tuple[str, ...]:
    """An entity file's columns: its fields (db.validate.FIELDS), bytes as a file name."""
    names = [ATTACHMENT_FILE if f.kind == "bytes" else n for n, f in FIELDS[key].items()]
    return (*names, *_CSV_LIST_COLUMNS.get(key, ()))


CSV_FILES: dict[str, tuple[str, ...]] = {
    "meta.csv": ("key", "value"),
    **{f"{key}.csv": _entity_csv_columns(key) for key in ENTITY_KEYS},
    "org_names.csv": ("org_id", "name", "lang", "system"),
    "names.csv": ("person_id", "name", "lang", "system", "note"),
    "charges.csv": ("sentence_id", "position", "article", "article_text"),
    "event_people.csv": ("event_id", "person_id", "role"),
    "citations.csv": ("source_id", "entity_type", "entity_id", "locator", "confidence"),
}
"""File name -> columns, in the order exports write them."""

CSV_CHILDREN: dict[str, tuple[str, str, str]] = {
    "org_names.csv": ("organizations", "org_id", "names"),
    "names.csv": ("people", "person_id", "names"),
    "charges.csv": ("sentences", "sentence_id", "charges"),
    "event_people.csv": ("events", "event_id", "people"),
}
"""Child file -> (parent entity key, column naming the parent, nested list)."""

LIST_SEPARATOR = ";"
CSV_INTS = ("term_months", "value", "value_high", "position")
CSV_BOOLS = ("in_absentia", "incommunicado")
_TRUE = ("1", "true", "yes")
_FALSE = ("0", "false", "no")
ENTITY_OF_TYPE = {v: k for k, v in CITED_AS.items()}
META_TEXT_KEYS = ("title", "publisher", "edition", "edition_date", "archive_id")

_TABLE_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "people": (("person_names", "person_id"), ("person_roles", "person_id")),
    "organizations": (("org_names", "org_id"),),
    "sentences": (("charges", "sentence_id"),),
    "quotes": (("quote_subjects", "quote_id"),),
    "events": (("event_people", "event_id"),),
}
"""Rows nested in an entity, deleted with it when `replace` rewrites it."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, for the CLI and GUI to show."""

    archive_path: Path
    created: bool  # True when the archive did not exist before
    added: dict[str, int] = field(default_factory=dict)  # entity key -> new entries
    replaced: dict[str, int] = field(default_factory=dict)  # entity key -> rewritten
    notes: tuple[str, ...] = ()  # things not carried over (e.g. Popolo identifiers)

    def summary(self) -> str:
        parts = [f"{n} {key}" for key, n in self.added.items() if n]
        parts += [f"{n} {key} replaced" for key, n in self.replaced.items() if n]
        verb = "Created" if self.created else "Updated"
        return f"{verb} {self.archive_path.name}: " + (", ".join(parts) or "nothing to add")


def _reject(path: Path | str, problems: Sequence[str]) -> ImportValidationError:
    return import_rejected(path, problems)


# -- JSON ---------------------------------------------------------------------


def _drop_empty(value: Any) -> Any:
    """Empty strings mean "no value", as an empty CSV cell does."""
    if isinstance(value, dict):
        return {
            k: _drop_empty(v)
            for k, v in value.items()
            if not (isinstance(v, str) and not v.strip()) and v is not None
        }
    if isinstance(value, list):
        return [_drop_empty(v) for v in value]
    return value


def _popolo_person(raw: Mapping[str, Any], notes: list[str], where: Where) -> dict[str, Any]:
    """A Popolo person (name, other_names, identifiers) as an interchange person."""
    doc: dict[str, Any] = {WHERE: where}
    ident = raw.get("id")
    for item in raw.get("identifiers") or ():
        if isinstance(item, Mapping) and item.get("scheme") == "kartoteka" and not ident:
            ident = item.get("identifier")
        elif isinstance(item, Mapping):
            notes.append(
                f"{where.label}: identifier {item.get('scheme')}:{item.get('identifier')} "
                "is not stored (the archive has no identifiers table)"
            )
    doc["id"] = ident
    doc["display_name"] = raw.get("name")
    renamed = {
        "birth_date": "birth",
        "gender": "gender",
        "biography": "biography",
        "summary": "biography",
    }
    for src, dst in renamed.items():
        if raw.get(src) is not None and dst not in doc:
            doc[dst] = raw[src]
    names = []
    for item in raw.get("other_names") or ():
        if not isinstance(item, Mapping):
            names.append(item)  # the validator says what is wrong with it
            continue
        note = item.get("note")
        system = item.get("system")  # written by db.publish.popolo beside the note
        if system not in schema.NAME_SYSTEMS:
            system = note if note in schema.NAME_SYSTEMS else "other"
        name: dict[str, Any] = {"name": item.get("name"), "lang": item.get("lang") or "und"}
        name["system"] = system
        if note and note != system:
            name["note"] = note
        names.append(name)
    if names:
        doc["names"] = names
    for key in ("roles", "status", "status_since", "region", "city", "sort_name", "citations"):
        if key in raw:
            doc[key] = raw[key]
    known = {
        *renamed,
        "id",
        "name",
        "identifiers",
        "other_names",
        "roles",
        "status",
        "status_since",
        "region",
        "city",
        "sort_name",
        "citations",
    }
    dropped = sorted(k for k in raw if k not in known)
    if dropped:
        notes.append(f"{where.label}: Popolo fields not stored: {', '.join(dropped)}")
    return doc


def _popolo_org(raw: Mapping[str, Any], where: Where) -> dict[str, Any]:
    kind = raw.get("classification") or raw.get("kind")
    doc = {
        WHERE: where,
        "id": raw.get("id"),
        "name": raw.get("name"),
        "kind": kind if kind in schema.ORG_KINDS else "other",
    }
    if raw.get("parent_id"):
        doc["parent_id"] = raw["parent_id"]
    return doc


def _is_popolo_person(doc: Any) -> bool:
    return isinstance(doc, Mapping) and "name" in doc and "display_name" not in doc


def load_json(path: Path, notes: list[str]) -> dict[str, Any]:
    """One JSON file in the interchange layout (or Popolo), every entry located."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        problem = Problem.of(
            ProblemKind.NOT_JSON,
            path.name,
            line=exc.lineno,
            field=str(exc.colno),
            csv_column=True,  # "bad.json line 2, column 14"
            reason=exc.msg,
        )
        raise _reject(path, [problem]) from exc
    except UnicodeDecodeError as exc:
        problem = Problem.of(ProblemKind.NOT_UTF8, path.name, reason=exc.reason)
        raise _reject(path, [problem]) from exc
    except OSError as exc:
        raise KartotekaError.of(ErrorKind.IMPORT_UNREADABLE, path, cause=exc) from exc
    if not isinstance(raw, dict):
        raise _reject(path, [Problem.of(ProblemKind.TOP_NOT_OBJECT, path.name)])
    raw = _drop_empty(raw)
    popolo = "persons" in raw
    docs: dict[str, Any] = {}
    for key, value in raw.items():
        target = "people" if key == "persons" else key
        if target == "memberships" and popolo and isinstance(value, list):
            docs.setdefault("relations", []).extend(_memberships(value, path))
            continue
        if target not in ENTITY_KEYS or not isinstance(value, list):
            docs[target] = value  # meta, format, version; or an error for the validator
            continue
        items = docs.setdefault(target, [])
        for i, doc in enumerate(value):
            where = Where(f"{path.name}: {key}[{i}]")
            if target == "people" and (popolo or _is_popolo_person(doc)):
                items.append(_popolo_person(doc, notes, where))
            elif target == "organizations" and popolo and isinstance(doc, Mapping):
                items.append(_popolo_org(doc, where))
            elif isinstance(doc, dict):
                items.append({**doc, WHERE: where})
            else:
                items.append(doc)
    problems: list[Problem] = []
    attachments = docs.get("attachments")
    if isinstance(attachments, list):
        _decode_data(attachments, problems)
        _attach_files(attachments, _Container(path.parent), problems)
    if problems:
        raise _reject(path, problems)
    return docs


def _memberships(items: list[Any], path: Path) -> Iterator[dict[str, Any]]:
    """Popolo memberships become `member_of` relations."""
    for i, m in enumerate(items):
        where = Where(f"{path.name}: memberships[{i}]")
        if not isinstance(m, Mapping):
            yield {WHERE: where, "id": None}
            continue
        rel_id = m.get("id") or f"membership-{m.get('person_id')}-{m.get('organization_id')}-{i}"
        doc: dict[str, Any] = {
            WHERE: where,
            "id": rel_id,
            "person_id": m.get("person_id"),
            "kind": "member_of",
            "org_id": m.get("organization_id"),
        }
        if m.get("start_date"):
            doc["start"] = m["start_date"]
        if m.get("end_date"):
            doc["end"] = m["end_date"]
        if m.get("role"):
            doc["note"] = m["role"]
        yield doc


# -- CSV ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Container:
    """Where imported files came from: a folder or a zip; attachments' files are looked up there."""

    path: Path
    is_zip: bool = False

    def read_image(self, name: str) -> bytes:
        """The bytes of the image file `name`, at most the attachment limit; never from the web."""
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", name) and not re.match(r"^[a-zA-Z]:[\\/]", name):
            raise _FileProblem(ProblemKind.FILE_IS_URL, name=repr(name))
        rel = PurePosixPath(name.replace("\\", "/"))
        if rel.is_absolute() or ".." in rel.parts or re.match(r"^[a-zA-Z]:", name):
            raise _FileProblem(ProblemKind.FILE_OUTSIDE, name=repr(name))
        limit = schema.ATTACHMENT_MAX_BYTES
        if self.is_zip:
            with zipfile.ZipFile(self.path) as zf:
                try:
                    info = zf.getinfo(str(rel))
                except KeyError:
                    raise _FileProblem(
                        ProblemKind.FILE_NOT_IN_ZIP, name=repr(name), zip=self.path.name
                    ) from None
                if info.file_size > limit:
                    raise _too_large(info.file_size)
                if info.file_size > _zip_limit(info) or info.flag_bits & 0x1:
                    kind = ProblemKind.ZIP_LOCKED if info.flag_bits & 0x1 else ProblemKind.ZIP_BOMB
                    raise _FileProblem(
                        kind, limit=f"{_zip_limit(info):,}", packed=f"{info.compress_size:,}"
                    )
                with zf.open(info) as member:
                    data = member.read(limit + 1)  # the zip's own size field may lie
        else:
            path = self.path / rel
            if not path.is_file():
                raise _FileProblem(ProblemKind.FILE_MISSING, name=repr(name), folder=self.path)
            size = path.stat().st_size
            if size > limit:
                raise _too_large(size)
            with path.open("rb") as f:
                data = f.read(limit + 1)
        if len(data) > limit:
            raise _too_large(len(data))
        return data


class _FileProblem(Exception):
    """An attachment's file cannot be taken in; its kind and values say why."""

    def __init__(self, kind: ProblemKind, **params: object) -> None:
        super().__init__(kind.value)
        self.kind, self.params = kind, params


def _too_large(size: int) -> _FileProblem:
    limit = f"{schema.ATTACHMENT_MAX_BYTES:,}"
    return _FileProblem(ProblemKind.FILE_TOO_LARGE, size=f"{size:,}", limit=limit)


def _attach_files(items: Iterable[Any], container: _Container, problems: list[Problem]) -> None:
    """Replace each attachment's `file` name with the bytes of that file."""
    for doc in items:
        if not isinstance(doc, dict) or ATTACHMENT_FILE not in doc:
            continue
        name = doc.pop(ATTACHMENT_FILE)
        where: Where = doc[WHERE]
        if "data" in doc:
            problems.append(where.problem(ATTACHMENT_FILE, ProblemKind.DATA_AND_FILE))
        elif not isinstance(name, str):
            problems.append(where.problem(ATTACHMENT_FILE, ProblemKind.FILE_NOT_NAME))
        else:
            try:
                doc["data"] = container.read_image(name)
            except _FileProblem as exc:
                problems.append(where.problem(ATTACHMENT_FILE, exc.kind, **exc.params))
            except (RuntimeError, NotImplementedError):
                problems.append(where.problem(ATTACHMENT_FILE, ProblemKind.ZIP_LOCKED))
            except ZIP_READ_ERRORS as exc:
                problems.append(
                    where.problem(ATTACHMENT_FILE, ProblemKind.FILE_REFUSED, reason=exc)
                )


_MAX_BASE64 = (schema.ATTACHMENT_MAX_BYTES + 2) // 3 * 4
"""Length of the base64 text of the largest attachment."""


def _decode_data(items: Iterable[Any], problems: list[Problem]) -> None:
    """Base64 `data` of attachments in JSON, as bytes; too long text is refused undecoded."""
    for doc in items:
        if not isinstance(doc, dict) or not isinstance(doc.get("data"), str):
            continue
        where: Where = doc[WHERE]
        text = "".join(doc["data"].split())
        if len(text) > _MAX_BASE64:
            problems.append(
                where.problem(
                    "data",
                    ProblemKind.DATA_TOO_LARGE,
                    size=f"{len(text) * 3 // 4:,}",
                    limit=f"{schema.ATTACHMENT_MAX_BYTES:,}",
                )
            )
            continue
        try:
            doc["data"] = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            problems.append(where.problem("data", ProblemKind.NOT_BASE64))


def _csv_sources(paths: Sequence[Path]) -> Iterator[tuple[str, str, _Container]]:
    """(file name, text, where it is) of every CSV file in the given files, folders and zips."""
    for path in paths:
        if path.is_dir():
            for member in sorted(path.glob("*.csv")):
                yield member.name, _read_text(member), _Container(path)
        elif path.suffix.lower() == ".zip" or _starts_with(path, ZIP_HEADER):
            try:
                with zipfile.ZipFile(path) as zf:
                    for info in zf.infolist():
                        name = Path(info.filename).name
                        if name.lower().endswith(".csv") and not info.is_dir():
                            where = f"{path.name}/{name}"
                            text = _decode(_zip_member(zf, info, where), where)
                            yield name, text, _Container(path, is_zip=True)
            except zipfile.BadZipFile as exc:
                problem = Problem.of(ProblemKind.NOT_ZIP, path.name, reason=exc)
                raise _reject(path, [problem]) from exc
        else:
            yield path.name, _read_text(path), _Container(path.parent)


ZIP_RATIO_MAX = 100
"""A zip member may unpack to at most this many times its packed size (CSV text packs
5-15x; a zip bomb 1,000x and more) ..."""
ZIP_SMALL_BYTES = 4 << 20
"""... or to this much, whatever its ratio (a small file of repeated rows packs well)."""
ZIP_READ_ERRORS = (
    zipfile.BadZipFile,
    RuntimeError,  # an encrypted member
    NotImplementedError,  # a compression method Python does not read
    zlib.error,
    EOFError,
    OSError,
)
"""What unpacking a damaged or hostile zip member raises."""


def _zip_limit(info: zipfile.ZipInfo) -> int:
    return max(ZIP_SMALL_BYTES, ZIP_RATIO_MAX * info.compress_size)


def _zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    """A member's bytes, unpacked no further than `_zip_limit` (the size fields may lie).

    A 1.5 MB zip holding a 1.5 GB CSV file took 1.5 GB of memory before this; an
    encrypted member ended in a traceback.
    """
    limit = _zip_limit(info)
    bomb = Problem.of(
        ProblemKind.ZIP_BOMB, where, limit=f"{limit:,}", packed=f"{info.compress_size:,}"
    )
    if info.file_size > limit:
        raise _reject(where, [bomb])
    if info.flag_bits & 0x1:
        raise _reject(where, [Problem.of(ProblemKind.ZIP_LOCKED, where)])
    try:
        with zf.open(info) as member:
            data = member.read(limit + 1)
    except (RuntimeError, NotImplementedError):
        raise _reject(where, [Problem.of(ProblemKind.ZIP_LOCKED, where)]) from None
    except ZIP_READ_ERRORS as exc:
        raise _reject(where, [Problem.of(ProblemKind.NOT_ZIP, where, reason=exc)]) from exc
    if len(data) > limit:
        raise _reject(where, [bomb])
    return data


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _reject(name, [Problem.of(ProblemKind.CSV_NOT_UTF8, name, byte=exc.start)]) from exc


def refuse_special(path: Path) -> None:
    """Refuse a pipe, device or socket given (or linked) as an import file, before opening it
    (a pipe hung the import for good; /dev/zero named .json filled 13.8 GB of memory)."""
    if special_file(path):
        raise KartotekaError.of(ErrorKind.IMPORT_NOT_A_FILE, path)


def _read_text(path: Path) -> str:
    refuse_special(path)
    try:
        return _decode(path.read_bytes(), path.name)
    except OSError as exc:
        raise KartotekaError.of(ErrorKind.IMPORT_UNREADABLE, path, cause=exc) from exc


def _cell(column: str, text: str) -> Any:
    """A CSV cell as the interchange value; unparseable text is left for the validator."""
    value = text.strip()
    if column in CSV_LISTS:
        return [v.strip() for v in value.split(LIST_SEPARATOR) if v.strip()]
    if column in CSV_INTS:
        try:
            return int(value)
        except ValueError:
            return value
    if column in CSV_BOOLS:
        low = value.casefold()
        return True if low in _TRUE else False if low in _FALSE else value
    return value


def _csv_rows(
    name: str, text: str, problems: list[Problem]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(spreadsheet row number, non-empty cells) of one CSV file; header is row 1."""
    columns = CSV_FILES[name]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return
    except csv.Error as exc:
        problems.append(Problem.of(ProblemKind.CSV_HEADER_UNREADABLE, name, row=1, reason=exc))
        return
    unknown = [h for h in header if h not in columns]
    if unknown:
        problems.append(
            Problem.of(
                ProblemKind.CSV_UNKNOWN_COLUMNS,
                name,
                row=1,
                columns=", ".join(map(repr, unknown)),
                choices=", ".join(columns),
            )
        )
        return
    row_no = 1
    try:
        for cells in reader:
            row_no += 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                problems.append(
                    Problem.of(
                        ProblemKind.CSV_CELLS,
                        name,
                        row=row_no,
                        cells=len(cells),
                        columns=len(header),
                    )
                )
                continue
            yield (
                row_no,
                {
                    h: c.strip() if name == "meta.csv" else _cell(h, c)
                    for h, c in zip(header, cells, strict=False)
                    if c.strip()
                },
            )
    except csv.Error as exc:
        problems.append(
            Problem.of(ProblemKind.CSV_ROW_UNREADABLE, name, row=row_no + 1, reason=exc)
        )


def _charge_order(row: tuple[int, dict[str, Any]]) -> tuple[int, int]:
    position = row[1].get("position")
    return (position if isinstance(position, int) else 0, row[0])


def load_csv(paths: Sequence[Path]) -> dict[str, Any]:
    """CSV files (one per table, see CSV_FILES) into located interchange documents."""
    problems: list[Problem] = []
    tables: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    containers: dict[str, _Container] = {}
    for name, text, container in _csv_sources(paths):
        if name not in CSV_FILES:
            choices = ", ".join(CSV_FILES)
            problems.append(Problem.of(ProblemKind.CSV_UNKNOWN_FILE, name, choices=choices))
            continue
        if name in tables:
            problems.append(Problem.of(ProblemKind.CSV_FILE_TWICE, name))
            continue
        tables[name] = list(_csv_rows(name, text, problems))
        containers[name] = container
    if problems:
        raise _reject(", ".join(str(p) for p in paths), problems)
    docs: dict[str, Any] = {}
    by_id: dict[str, dict[str, dict[str, Any]]] = {}
    for key in ENTITY_KEYS:
        name = f"{key}.csv"
        items = []
        for row_no, cells in tables.get(name, ()):
            doc = {**cells, WHERE: Where(name, "column", row_no)}
            items.append(doc)
            if isinstance(doc.get("id"), str):
                by_id.setdefault(key, {}).setdefault(doc["id"], doc)
        if items:
            docs[key] = items
    if "attachments.csv" in containers:
        _attach_files(docs.get("attachments", ()), containers["attachments.csv"], problems)
    for name, (parent_key, parent_col, nested) in CSV_CHILDREN.items():
        rows = tables.get(name, ())
        if name == "charges.csv":
            rows = sorted(rows, key=_charge_order)
        for row_no, cells in rows:
            where = Where(name, "column", row_no)
            parent = by_id.get(parent_key, {}).get(cells.pop(parent_col, ""))
            if parent is None:
                problems.append(
                    where.problem(
                        parent_col, ProblemKind.CSV_PARENT_MISSING, file=f"{parent_key}.csv"
                    )
                )
                continue
            position = cells.pop("position", 0) if name == "charges.csv" else 0
            if not isinstance(position, int):
                problems.append(
                    where.problem("position", ProblemKind.NOT_WHOLE_NUMBER, value=repr(position))
                )
            parent.setdefault(nested, []).append({**cells, WHERE: where})
    for row_no, cells in tables.get("citations.csv", ()):
        where = Where("citations.csv", "column", row_no)
        entity_type = cells.pop("entity_type", "")
        cited_key = ENTITY_OF_TYPE.get(entity_type)
        if cited_key is None:
            problems.append(
                where.problem(
                    "entity_type",
                    ProblemKind.NOT_ONE_OF,
                    value=repr(entity_type),
                    choices=", ".join(ENTITY_OF_TYPE),
                )
            )
            continue
        parent = by_id.get(cited_key, {}).get(cells.pop("entity_id", ""))
        if parent is None:
            problems.append(
                where.problem("entity_id", ProblemKind.CSV_CITED_MISSING, file=f"{cited_key}.csv")
            )
            continue
        parent.setdefault("citations", []).append({**cells, WHERE: where})
    meta_rows = tables.get("meta.csv", ())
    if meta_rows:
        docs["meta"] = _meta_from_rows(meta_rows, problems)
    if problems:
        raise _reject(", ".join(str(p) for p in paths), problems)
    return docs


def _meta_from_rows(
    rows: Iterable[tuple[int, dict[str, Any]]], problems: list[Problem]
) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for row_no, cells in rows:
        key, value = cells.get("key", ""), cells.get("value", "")
        if key == "languages":
            meta[key] = [v.strip() for v in str(value).split(LIST_SEPARATOR) if v.strip()]
        elif key == "synthetic":
            meta[key] = str(value).casefold() in _TRUE
        elif key in META_TEXT_KEYS:
            meta[key] = value
        else:
            problems.append(
                Where("meta.csv", "column", row_no).problem(
                    "key",
                    ProblemKind.NOT_ONE_OF,
                    value=repr(key),
                    choices=", ".join((*META_TEXT_KEYS, "languages", "synthetic")),
                )
            )
    return meta


# -- format detection and writing ---------------------------------------------


SQLITE_HEADER = b"SQLite format 3\x00"
ZIP_HEADER = b"PK\x03\x04"
_SNIFF_BYTES = 4096


def _starts_with(path: Path, header: bytes) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(header)) == header
    except OSError:
        return False  # reading it says why


def _zip_holds_csv(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return any(name.lower().endswith(".csv") for name in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


def sniff_format(path: Path) -> str:
    """'json' or 'csv' from what `path` holds (its name when that says .json/.csv/.zip).

    An extensionless export (`kartoteka export OUT --format json`) reads back
    without `--format`: JSON starts with `{` or `[`, a zip is CSV files, a text
    whose first line has a comma or a semicolon is CSV. An archive (SQLite's
    header) and anything else get a message that says what to do.
    """
    refuse_special(path)
    if path.is_dir() or path.suffix.lower() in (".csv", ".zip"):
        return "csv"
    if path.suffix.lower() == ".json":
        return "json"
    if not path.exists():
        raise KartotekaError.of(ErrorKind.FILE_MISSING, path)
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError as exc:
        raise KartotekaError.of(ErrorKind.IMPORT_UNREADABLE, path, cause=exc) from exc
    if head.startswith(SQLITE_HEADER):
        raise KartotekaError.of(ErrorKind.IMPORT_IS_ARCHIVE, path)
    if head.startswith(ZIP_HEADER) and _zip_holds_csv(path):  # not a spreadsheet (.xlsx)
        return "csv"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        return "json"
    first = text.split("\n", 1)[0]
    if first and "\ufffd" not in first and "\x00" not in text and ("," in first or ";" in first):
        return "csv"
    raise KartotekaError.of(ErrorKind.IMPORT_CONTENT_UNKNOWN, path)


def detect_format(files: Sequence[Path]) -> str:
    """'json' or 'csv' for the files (by name, else by content); an error when they disagree."""
    kinds = {sniff_format(path) for path in files}
    if len(kinds) != 1:
        raise KartotekaError.of(ErrorKind.IMPORT_MIXED_FORMATS, files[0])
    return kinds.pop()


def load_files(files: Sequence[Path], fmt: str, notes: list[str]) -> dict[str, Any]:
    """Read the files into one set of located interchange documents."""
    missing = [p for p in files if not p.exists()]
    if missing:
        raise KartotekaError.of(ErrorKind.FILE_MISSING, missing[0])
    for path in files:
        refuse_special(path)
    if fmt not in ("json", "csv", "viasna"):
        raise KartotekaError.of(
            ErrorKind.FORMAT_UNKNOWN, None, format=repr(fmt), choices="'json', 'csv', 'viasna'"
        )
    merged: dict[str, Any] = {}

    def merge(loaded: Mapping[str, Any]) -> None:
        for key, value in loaded.items():
            if key in ENTITY_KEYS and isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            elif key not in merged:
                merged[key] = value

    if fmt == "json":
        for path in files:
            merge(load_json(path, notes))
        return merged
    # a single CSV file with a Viasna-style header is a list of prisoners, not a table
    problems: list[Problem] = []
    tables: list[Path] = []
    for path in files:
        text = _read_text(path) if path.is_file() and path.suffix.lower() != ".zip" else ""
        if fmt == "viasna" or (text and looks_like_viasna(text)):
            merge(load_viasna(path, text, problems))
        else:
            tables.append(path)
    if problems:
        raise _reject(", ".join(str(p) for p in files), problems)
    if tables:
        merge(load_csv(tables))
    return merged


def _resolve_shared(docs: dict[str, Any], existing: Mapping[str, set[str]]) -> None:
    """Drop shared entries (REUSE) the archive or this import already has; one of each."""
    for key in ENTITY_KEYS:
        items = docs.get(key)
        if not isinstance(items, list):
            continue
        own = {d.get("id") for d in items if isinstance(d, dict) and not d.get(REUSE)}
        seen: set[str] = set()
        kept = []
        for doc in items:
            if isinstance(doc, dict) and doc.get(REUSE):
                doc_id = doc["id"]
                if doc_id in own or doc_id in seen or doc_id in existing.get(key, ()):
                    continue
                seen.add(doc_id)
                doc = {k: v for k, v in doc.items() if k != REUSE}
            kept.append(doc)
        docs[key] = kept


def existing_ids(db: Database) -> dict[str, set[str]]:
    """The ids already in an archive, per entity key (tables share the key's name).

    An archive of an older format has no entries of the lists added since.
    """
    version = schema.archive_version(db)
    return {
        key: {row[0] for row in db.execute(f"SELECT id FROM {key}")}
        if ENTITY_SINCE.get(key, 1) <= version
        else set()
        for key in ENTITY_KEYS
    }


def _delete_replaced(
    db: Database, docs: Mapping[str, Any], existing: Mapping[str, set[str]]
) -> dict[str, int]:
    """Delete the entries a replace import rewrites, with everything nested in them."""
    counts: dict[str, int] = {}
    for key in ENTITY_KEYS:
        ids = [d["id"] for d in docs.get(key, ()) if d["id"] in existing.get(key, ())]
        if not ids:
            continue
        counts[key] = len(ids)
        param = json.dumps(ids)
        in_ids = "IN (SELECT value FROM json_each(?))"
        for table, column in _TABLE_CHILDREN.get(key, ()):
            db.execute(f"DELETE FROM {table} WHERE {column} {in_ids}", [param])
        if key in CITED_AS:
            db.execute(
                f"DELETE FROM citations WHERE entity_type = ? AND entity_id {in_ids}",
                [CITED_AS[key], param],
            )
        db.execute(f"DELETE FROM {key} WHERE id {in_ids}", [param])
    return counts


def _strip_where(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_where(v) for k, v in value.items() if k != WHERE}
    if isinstance(value, list):
        return [_strip_where(v) for v in value]
    return value


def _write_into_copy(
    target: Path,
    docs: Mapping[str, Any],
    existing: Mapping[str, set[str]],
    replace: bool,
    notes: list[str] | None = None,
) -> dict[str, int]:
    """Write into a copy of `target`, then swap it in; the original is never opened for writing."""
    tmp = target.with_name(f".{target.name}.import-{os.getpid()}.tmp")
    try:
        private_copy.copy_sparse(target, tmp)  # a sparse archive's holes are not filled in
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError.of(ErrorKind.IMPORT_WORKING_COPY, target, cause=exc) from exc
    db = Database(sqlite3.connect(tmp, isolation_level=None))
    with writer.swapped_in(db, tmp, target):
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA foreign_keys = OFF")
        # a trigger planted in the archive would run on every insert (wiping or rewriting
        # entries): the copy keeps only this build's triggers (whose FTS updates need
        # trusted_schema, so it stays on) and no views
        removed = schema_check.remove_foreign_sql(db)
        if notes is not None:
            notes.extend(removed)
        schema.apply(db)
        damage = writer.check_references(db)
        if damage:  # the archive's own: the import is not to blame, and must not hide it
            raise ArchiveDamagedError.of(
                ErrorKind.IMPORT_TARGET_DAMAGED,
                target,
                details=tuple(damage),
                problem=damage[0],
                count=len(damage),
            )
        with db.atomic():
            replaced = _delete_replaced(db, docs, existing) if replace else {}
            writer.write_documents(db, docs)
            writer.refresh_derived(db)
        problems = writer.check_references(db)
        if problems:
            raise _reject(target, problems)
    return replaced


def writable_target(target: Path) -> Path:
    """The file an import writes: a link's target; refused if read-only or unreachable.

    The import replaces the archive by renaming its finished copy onto it:
    done on a link, that would swap the link for a file and leave the linked
    archive without the import. A file whose every write bit is off is the
    owner saying "do not change this" (a rename would replace it regardless).
    """
    if target.is_symlink():
        try:
            resolved = target.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise OutputError.of(
                ErrorKind.IMPORT_TARGET_LINK,
                target,
                reason=getattr(exc, "strerror", None) or "a loop of links",
            ) from exc
        target = resolved
    try:
        st = target.stat()
    except FileNotFoundError:
        return target  # created by the import
    except OSError as exc:
        raise OutputError.of(ErrorKind.IMPORT_TARGET_LINK, target, cause=exc) from exc
    if stat.S_ISREG(st.st_mode) and (not st.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise OutputError.of(ErrorKind.IMPORT_TARGET_READ_ONLY, target)
    return target


def import_files(
    archive_path: Path,
    files: Sequence[Path],
    *,
    fmt: str | None = None,
    replace: bool = False,
) -> ImportReport:
    """Import JSON or CSV files into `archive_path`, creating it if it does not exist.

    Raises ImportValidationError (listing every problem, by file, row and
    column) without touching the archive when anything in the files is wrong.
    """
    if not files:
        raise KartotekaError.of(ErrorKind.IMPORT_NOTHING, None)
    target = writable_target(Path(archive_path))
    files = [Path(f) for f in files]
    notes: list[str] = []
    docs = load_files(files, fmt or detect_format(files), notes)
    source = files[0].name if len(files) == 1 else "the import files"
    created = not target.exists()
    existing: dict[str, set[str]] = {}
    if not created:
        with open_archive(target) as archive:
            existing = existing_ids(archive.db)
    _resolve_shared(docs, existing)
    check_documents(docs, existing=existing, replace=replace, source=source)
    clean = _strip_where({key: docs.get(key, []) for key in ENTITY_KEYS})
    if created:
        meta = dict(docs.get("meta") or {})
        meta.setdefault("title", target.stem)
        writer.build(target, meta, clean)
        replaced: dict[str, int] = {}
    else:
        replaced = _write_into_copy(target, clean, existing, replace, notes)
    added = {key: len(clean[key]) - replaced.get(key, 0) for key in ENTITY_KEYS}
    return ImportReport(
        archive_path=target,
        created=created,
        added=added,
        replaced=replaced,
        notes=tuple(notes),
    )
