"""Export people, with everything linked to them, as JSON or CSV.

The output is the interchange layout that db.importing reads, so an export
imports back without loss. Exporting chosen people also exports what their
entries point at (the other side of a relation, co-participants of an event,
courts, sources, publishers …), so the result imports into an empty archive
on its own. Output files are written under a temporary name and renamed.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
import shutil
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import migrations as schema
from db.attachments import EXTENSIONS
from db.checks import refuse_bad_ids
from db.connection import Archive
from db.errors import ArchiveDamagedError, ErrorKind, KartotekaError, OutputError
from db.importing import ATTACHMENT_FILE, CSV_CHILDREN, CSV_FILES, CSV_LISTS, LIST_SEPARATOR
from db.problems import Problem
from db.records import PersonId
from db.untrusted import untrusted_json
from db.validate import (
    CITED_AS,
    ENTITY_KEYS,
    ENTITY_SINCE,
    FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    WHERE,
    Where,
    certainly_valid,
    validate_documents,
)

_IN = "IN (SELECT value FROM json_each(:ids))"


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote."""

    out: Path
    fmt: str  # "json" or "csv"
    counts: dict[str, int] = field(default_factory=dict)  # entity key -> entries
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        parts = [f"{n} {key}" for key, n in self.counts.items() if n]
        return f"Wrote {self.out.name}: " + (", ".join(parts) or "nothing")


def _columns(key: str, version: int) -> str:
    """SELECT list giving each interchange field its document name (those the version has)."""
    cols = []
    for name, spec in FIELDS[key].items():
        if spec.since <= version:
            cols.append(f"{name}_edtf AS {name}" if spec.kind == "date" else name)
    return ", ".join(f'"{c}"' if " AS " not in c else c for c in cols)


def _ids_param(ids: Iterable[str]) -> str:
    return json.dumps(sorted(ids))


def _fetch(db: Database, key: str, ids: set[str] | None, version: int) -> list[dict[str, Any]]:
    where = "" if ids is None else f"WHERE id {_IN}"
    sql = f"SELECT {_columns(key, version)} FROM {key} {where} ORDER BY pk"
    rows = db.query(sql, {} if ids is None else {"ids": _ids_param(ids)})
    return [_document(key, row) for row in rows]


def _document(key: str, row: dict[str, Any]) -> dict[str, Any]:
    doc = {k: v for k, v in row.items() if v is not None}
    for name, spec in FIELDS[key].items():
        if spec.kind == "bool" and name in doc:
            doc[name] = bool(doc[name])
    return doc


BATCH_ROWS = 2000
"""Entries a whole-archive JSON export reads, checks and writes at a time ..."""
ATTACHMENT_BATCH_ROWS = 8
"""... and attachments (up to 8 MB each): memory stays bounded whatever the archive's size.
Holding every document took 1.2 GB at 20,000 people, ~60 GB extrapolated to 1,000,000."""


def _batches(
    db: Database, key: str, version: int, pks: Sequence[int] | None = None
) -> Iterator[list[dict[str, Any]]]:
    """The entries of `key` in pk order (all, or those whose pk is in sorted `pks`), a batch
    at a time, each with its nested lists: the documents `read_documents` gives.

    Rows come as tuples (no dict per row, as `Database.query` makes) and become documents
    in one comprehension: reading was a third of an export's time.
    """
    size = ATTACHMENT_BATCH_ROWS if key == "attachments" else BATCH_ROWS
    columns = _columns(key, version)
    bools = [name for name, spec in FIELDS[key].items() if spec.kind == "bool"]
    conn = db.conn
    last: int | None = None
    start = 0
    while True:
        if pks is not None:
            chunk = pks[start : start + size]
            start += size
            if not chunk:
                return
            cursor = conn.execute(
                f"SELECT {columns}, pk FROM {key} WHERE pk IN (SELECT value FROM json_each(?)) "
                "ORDER BY pk",
                (json.dumps(chunk),),
            )
        elif last is None:
            cursor = conn.execute(f"SELECT {columns}, pk FROM {key} ORDER BY pk LIMIT {size}")
        else:
            sql = f"SELECT {columns}, pk FROM {key} WHERE pk > ? ORDER BY pk LIMIT {size}"
            cursor = conn.execute(sql, (last,))
        names = [d[0] for d in cursor.description][:-1]
        batch = []
        for row in cursor:
            last = row[-1]
            batch.append({n: v for n, v in zip(names, row, strict=False) if v is not None})
        if not batch:
            return
        for doc in batch if bools else ():
            for name in bools:
                if name in doc:
                    doc[name] = bool(doc[name])
        _attach_children(db, key, batch)
        yield batch
        if pks is None and len(batch) < size:
            return


def _grouped_children(db: Database, sql: str, ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    """`_children` for a streaming batch: the same groups, read as tuples."""
    cursor = db.conn.execute(f"SELECT * FROM ({sql}) WHERE parent {_IN}", {"ids": _ids_param(ids)})
    names = [d[0] for d in cursor.description]
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in cursor:
        child = {n: v for n, v in zip(names, row, strict=True) if v is not None}
        grouped.setdefault(child.pop("parent"), []).append(child)
    return grouped


def _attach_children(db: Database, key: str, items: list[dict[str, Any]]) -> None:
    """`_attach_nested` for one streaming batch (the same lists on the same documents)."""
    ids = {d["id"] for d in items if isinstance(d.get("id"), str)}
    nested = [
        (child, _grouped_children(db, sql, ids))
        for (parent_key, child), sql in _NESTED_SQL.items()
        if parent_key == key
    ]
    if key in CITED_AS:
        nested.append(("citations", _grouped_children(db, _citation_sql(CITED_AS[key]), ids)))
    for child, grouped in nested:
        if not grouped:
            continue
        for doc in items:
            rows = grouped.get(doc.get("id", ""))
            if not rows:
                continue
            doc[child] = _nested_list(child, rows)


def _nested_list(child: str, rows: list[dict[str, Any]]) -> list[Any]:
    """A document's nested list from its rows (roles, quote subjects: bare values; event
    people: bare ids unless they have a role)."""
    if child == "roles":
        return [r["role"] for r in rows]
    if child == "about":
        return [r["person_id"] for r in rows]
    if child == "people":
        return [r if r.get("role") else r["person_id"] for r in rows]
    return rows


_KNOWN_IDS_MAX = 50_000
"""Ids remembered per table by a streaming export's reference checks (a few MB at most)."""


class _ArchiveIds(AbstractSet[str]):
    """The ids of one table, asked of SQLite one at a time (never all held in memory)."""

    def __init__(self, db: Database, table: str) -> None:
        self._db, self._table = db, table
        self._sql = f"SELECT 1 FROM {table} WHERE id = ? LIMIT 1"
        self._many_sql = (  # the same test as `_sql`, for each value of a JSON list
            "SELECT j.value FROM json_each(?) j "
            f"WHERE EXISTS (SELECT 1 FROM {table} WHERE id = j.value)"
        )
        self._known: dict[str, bool] = {}  # the same court or person is named again and again

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str):
            return False
        found = self._known.get(value)
        if found is None:
            if len(self._known) >= _KNOWN_IDS_MAX:
                self._known.clear()
            found = self._db.conn.execute(self._sql, (value,)).fetchone() is not None
            self._known[value] = found
        return found

    def look_up(self, values: Iterable[object]) -> None:
        """Ask for many ids in one statement (a batch's references), not one statement each:
        one lookup per reference was a fifth of an export's time."""
        wanted = sorted({v for v in values if isinstance(v, str) and v not in self._known})
        if not wanted:
            return
        if len(self._known) + len(wanted) >= _KNOWN_IDS_MAX:
            self._known.clear()
        rows = self._db.conn.execute(self._many_sql, (json.dumps(wanted),))
        found = {row[0] for row in rows}
        for value in wanted:
            self._known[value] = value in found

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._db.execute(f"SELECT id FROM {self._table}"))

    def __len__(self) -> int:
        return int(self._db.execute(f"SELECT count(*) FROM {self._table}").fetchone()[0])


_REFS: dict[str, tuple[tuple[str, str], ...]] = {
    key: tuple((name, spec.target) for name, spec in fields.items() if spec.kind == "ref")
    for key, fields in FIELDS.items()
}


def _look_up_references(
    existing: Mapping[str, AbstractSet[str]], key: str, batch: Sequence[Mapping[str, Any]]
) -> None:
    """Ask SQLite at once for every id a batch refers to (what validation will ask one by
    one); a reference missed here is still asked alone, so this only saves time."""
    refs: dict[str, set[Any]] = {}
    for name, target in _REFS[key]:
        refs.setdefault(target, set()).update(doc[name] for doc in batch if name in doc)
    people = refs.setdefault("people", set())
    sources = refs.setdefault("sources", set())
    for doc in batch:
        for cited in doc.get("citations") or ():
            sources.add(cited.get("source_id"))
        people.update(doc.get("about") or ())
        for who in doc.get("people") or ():
            people.add(who if isinstance(who, str) else who.get("person_id"))
    for target, values in refs.items():
        ids = existing.get(target)
        if isinstance(ids, _ArchiveIds):
            ids.look_up(values)


def _json_at(value: Any, level: int) -> str:
    """`value` as json.dumps(indent=2) writes it `level` spaces deep in a bigger document."""
    return _ENCODER.encode(value).replace("\n", "\n" + " " * level)


_encode_text = json.encoder.encode_basestring
"""json's own string encoder (C) for ensure_ascii=False: the very bytes json.dumps writes."""


def _json_doc(value: Any, level: int) -> str:
    """`_json_at(value, level)`, the same bytes, without json's pure-Python encoder.

    json.dumps does not use its C encoder once `indent` is set: encoding entries
    that way took a quarter of an export's time. Documents are dicts and lists of
    text, whole numbers, booleans and bytes (base64, as `_json_bytes` writes them);
    anything else (a float, a subclass, a key that is not text) is left to `_json_at`.
    """
    kind = type(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = level + 2
        indent = "\n" + " " * inner
        parts = []
        for name, item in value.items():
            if type(name) is not str:
                return _json_at(value, level)
            kind = type(item)
            if kind is str:
                text = _encode_text(item)
            elif kind is int:
                text = int.__repr__(item)
            else:
                text = _json_doc(item, inner)
            parts.append(f"{indent}{_encode_text(name)}: {text}")
        return "{" + ",".join(parts) + "\n" + " " * level + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = level + 2
        indent = "\n" + " " * inner
        parts = [indent + _json_doc(item, inner) for item in value]
        return "[" + ",".join(parts) + "\n" + " " * level + "]"
    if kind is str:
        return _encode_text(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is bytes:
        return _encode_text(_json_bytes(value))
    return _json_at(value, level)


class _Sink:
    """Where a streaming export puts what it reads: `start`, then per key `key`, `doc`...,
    `end_key`, then `finish` (only when every entry passed) or `discard`."""

    def start(self, head: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def key(self, key: str) -> None:
        raise NotImplementedError

    def doc(self, key: str, index: int, doc: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def end_key(self, key: str, count: int, last: bool) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError


class _JsonSink(_Sink):
    """The bytes `json.dumps(read_documents(...), indent=2)` writes, a document at a time."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
        self.f = self.tmp.open("w", encoding="utf-8")

    def start(self, head: Mapping[str, Any]) -> None:
        self.f.write("{\n")
        for name, value in head.items():
            self.f.write(f"  {json.dumps(name)}: {_json_at(value, 2)},\n")

    def key(self, key: str) -> None:
        self.f.write(f"  {json.dumps(key)}: [")

    def doc(self, key: str, index: int, doc: Mapping[str, Any]) -> None:
        self.f.write(",\n    " if index else "\n    ")
        self.f.write(_json_doc(doc, 4))

    def end_key(self, key: str, count: int, last: bool) -> None:
        self.f.write("\n  ]" if count else "]")
        self.f.write("\n" if last else ",\n")

    def finish(self) -> None:
        self.f.write("}\n")
        self.f.close()
        os.replace(self.tmp, self.out)

    def discard(self) -> None:
        self.f.close()
        self.tmp.unlink(missing_ok=True)


class _CsvSink(_Sink):
    """Each CSV file (and attachment) written to a private folder beside `out` as rows come,
    then moved into the folder `out`, or packed into the zip `out`."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.parts = out.with_name(f".{out.name}.{os.getpid()}.parts")
        self.parts.mkdir()
        self.files = {
            name: (self.parts / name).open("w", encoding="utf-8", newline="") for name in CSV_FILES
        }
        self.writers = {
            name: csv.writer(f, lineterminator="\r\n") for name, f in self.files.items()
        }
        for name, writer in self.writers.items():
            writer.writerow(CSV_FILES[name])
        self.attached: list[str] = []

    def _rows(self, rows: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
        for name, row in rows:
            self.writers[name].writerow(_plain_cells(name, row))

    def start(self, head: Mapping[str, Any]) -> None:
        self._rows(_meta_rows(head.get("meta") or {}))

    def key(self, key: str) -> None:
        pass

    def doc(self, key: str, index: int, doc: Mapping[str, Any]) -> None:
        file = ""
        if key == "attachments":
            file = _attachment_file_name(index, doc)
            (self.parts / ATTACHMENTS_FOLDER).mkdir(exist_ok=True)
            (self.parts / file).write_bytes(doc["data"])
            self.attached.append(file)
        self._rows(_csv_rows(key, doc, file))

    def end_key(self, key: str, count: int, last: bool) -> None:
        pass

    def finish(self) -> None:
        for f in self.files.values():
            f.close()
        names = [*CSV_FILES, *self.attached]
        if self.out.suffix.lower() == ".zip":
            tmp = self.out.with_name(f".{self.out.name}.{os.getpid()}.partial")
            try:
                with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                    for name in names:
                        stored = zipfile.ZIP_STORED if name in self.attached else None
                        zf.write(self.parts / name, name, compress_type=stored)
                os.replace(tmp, self.out)
            finally:
                tmp.unlink(missing_ok=True)
        else:
            self.out.mkdir(exist_ok=True)
            if self.attached:
                (self.out / ATTACHMENTS_FOLDER).mkdir(exist_ok=True)
            for name in names:
                os.replace(self.parts / name, self.out / name)
        self.discard()

    def discard(self) -> None:
        for f in self.files.values():
            f.close()
        shutil.rmtree(self.parts, ignore_errors=True)


def _problems(
    head: Mapping[str, Any],
    key: str,
    batch: list[dict[str, Any]],
    start: int,
    existing: Mapping[str, AbstractSet[str]],
    source: str,
) -> list[Problem]:
    """A batch checked in full, as an import checks it, each entry named by its place."""
    for i, doc in enumerate(batch):
        doc[WHERE] = Where(f"{source}: {key}[{start + i}]")
    try:
        return validate_documents(
            {**head, key: batch}, existing=existing, replace=True, source=source
        )
    finally:
        for doc in batch:
            del doc[WHERE]


def _chosen_rows(
    db: Database, keys: Sequence[str], selection: Mapping[str, set[str]]
) -> tuple[dict[str, AbstractSet[str]], dict[str, list[int]]]:
    """The ids (to check references against) and the pks (to read, in order) of the chosen
    entries the archive holds: an export of chosen people keeps these, never the entries."""
    existing: dict[str, AbstractSet[str]] = {}
    pks: dict[str, list[int]] = {}
    for key in keys:
        chosen = selection.get(key) or set()
        rows = (
            db.conn.execute(
                f"SELECT pk, id FROM {key} WHERE id {_IN} ORDER BY pk", {"ids": _ids_param(chosen)}
            )
            if chosen
            else ()
        )
        pks[key] = []
        ids: set[str] = set()
        for pk, entry_id in rows:
            pks[key].append(pk)
            if isinstance(entry_id, str) and entry_id.strip():  # as validation collects ids
                ids.add(entry_id)
        existing[key] = ids
    return existing, pks


def _stream(
    archive: Archive, out: Path, fmt: str, selection: Mapping[str, set[str]] | None = None
) -> dict[str, int]:
    """Export the archive (or the `selection`'s entries) a batch at a time, checking each
    batch as an import would.

    What is written goes under temporary names beside `out` and is put in
    place only when every entry passed; references are checked against the
    archive's own ids, or the chosen entries' (duplicate ids were refused
    before, by `refuse_bad_ids`).
    """
    db = archive.db
    version = schema.archive_version(db)
    source = archive.path.name
    keys = [key for key in ENTITY_KEYS if ENTITY_SINCE.get(key, 1) <= version]
    existing: dict[str, AbstractSet[str]]
    pks: dict[str, list[int] | None] = dict.fromkeys(keys)
    if selection is None:
        existing = {key: _ArchiveIds(db, key) for key in keys}
    else:
        existing, chosen_pks = _chosen_rows(db, keys, selection)
        pks.update(chosen_pks)
        selection = None  # every id it named is in `existing` or was not in the archive
    head: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    head["meta"] = read_meta(db)
    problems: list[Problem] = []
    head_passes = not validate_documents(head, source=source)
    counts = dict.fromkeys(ENTITY_KEYS, 0)
    try:
        sink: _Sink = _JsonSink(out) if fmt == "json" else _CsvSink(out)
    except OSError as exc:
        raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, out, cause=exc) from exc
    try:
        sink.start(head)
        for n, key in enumerate(ENTITY_KEYS):
            sink.key(key)
            for batch in _batches(db, key, version, pks[key]) if key in existing else ():
                start = counts[key]
                _look_up_references(existing, key, batch)
                if not (head_passes and certainly_valid(key, batch, existing)):
                    problems += _problems(head, key, batch, start, existing, source)
                for i, doc in enumerate(batch if not problems else ()):  # none once refused
                    sink.doc(key, start + i, doc)
                counts[key] = start + len(batch)
            sink.end_key(key, counts[key], n == len(ENTITY_KEYS) - 1)
        if problems:
            raise _unimportable(archive, problems)
        sink.finish()
    except OSError as exc:
        sink.discard()
        raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, out, cause=exc) from exc
    except BaseException:
        sink.discard()
        raise
    return counts


def _children(db: Database, sql: str, ids: set[str] | None) -> dict[str, list[dict[str, Any]]]:
    """Rows of a nested table grouped by their parent id (first column `parent`)."""
    where = "" if ids is None else f"WHERE parent {_IN}"
    grouped: dict[str, list[dict[str, Any]]] = {}
    params = {} if ids is None else {"ids": _ids_param(ids)}
    for row in db.query(f"SELECT * FROM ({sql}) {where}", params):
        parent = row.pop("parent")
        grouped.setdefault(parent, []).append({k: v for k, v in row.items() if v is not None})
    return grouped


_NESTED_SQL: dict[tuple[str, str], str] = {
    ("organizations", "names"): (
        "SELECT org_id AS parent, name, lang, system FROM org_names ORDER BY pk"
    ),
    ("people", "names"): (
        "SELECT person_id AS parent, name, lang, system, note FROM person_names ORDER BY pk"
    ),
    ("people", "roles"): "SELECT person_id AS parent, role FROM person_roles",
    ("sentences", "charges"): (
        "SELECT sentence_id AS parent, article, article_text FROM charges "
        "ORDER BY sentence_id, position"
    ),
    ("quotes", "about"): "SELECT quote_id AS parent, person_id FROM quote_subjects",
    ("events", "people"): "SELECT event_id AS parent, person_id, role FROM event_people",
}


def _citation_sql(entity_type: str) -> str:
    return (
        "SELECT entity_id AS parent, source_id, locator, confidence FROM citations "
        f"WHERE entity_type = '{entity_type}' ORDER BY pk"
    )


def _attach_nested(db: Database, docs: dict[str, list[dict[str, Any]]], full: bool) -> None:
    for key, items in docs.items():
        if not items:
            continue
        # .get: a damaged page can give a row without its id although the index has one
        # (the open check reads the index); validation then refuses the export, by name
        # and a swapped page can give one that is not text (a number beside strings does not
        # sort: a streaming export ended in TypeError); only text ids can have nested rows
        ids = None if full else {d["id"] for d in items if isinstance(d.get("id"), str)}
        nested: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for (parent_key, child), sql in _NESTED_SQL.items():
            if parent_key == key:
                nested[child] = _children(db, sql, ids)
        if key in CITED_AS:
            nested["citations"] = _children(db, _citation_sql(CITED_AS[key]), ids)
        for doc in items:
            for child, grouped in nested.items():
                rows = grouped.get(doc.get("id", ""))
                if not rows:
                    continue
                doc[child] = _nested_list(child, rows)


def _ids(db: Database, sql: str, ids: set[str]) -> set[str]:
    return {row[0] for row in db.execute(sql, {"ids": _ids_param(ids)}) if row[0] is not None}


def _selection(db: Database, person_ids: Sequence[str]) -> dict[str, set[str]]:
    """Ids of everything linked to the chosen people, closed over references."""
    chosen = set(person_ids)
    found = _ids(db, f"SELECT id FROM people WHERE id {_IN}", chosen)
    unknown = sorted(chosen - found)
    if unknown:
        raise KartotekaError.of(
            ErrorKind.EXPORT_UNKNOWN_PEOPLE, None, ids=", ".join(map(repr, unknown[:5]))
        )
    sentences = _ids(db, f"SELECT id FROM sentences WHERE person_id {_IN}", chosen)
    events = _ids(db, f"SELECT event_id FROM event_people WHERE person_id {_IN}", chosen)
    quotes = _ids(
        db,
        f"SELECT id FROM quotes WHERE speaker_id {_IN} "
        f"UNION SELECT quote_id FROM quote_subjects WHERE person_id {_IN}",
        chosen,
    )
    relations = _ids(
        db, f"SELECT id FROM relations WHERE person_id {_IN} OR other_person_id {_IN}", chosen
    )
    v2 = schema.archive_version(db) >= 2
    while True:  # events and additional sentences may pull in further sentences
        more = _ids(db, f"SELECT sentence_id FROM events WHERE id {_IN}", events)
        more |= _ids(db, f"SELECT adds_to_id FROM sentences WHERE id {_IN}", sentences)
        if more <= sentences:
            break
        sentences |= more
    people = set(chosen)
    people |= _ids(
        db,
        f"SELECT person_id FROM sentences WHERE id {_IN} "
        f"UNION SELECT judge_id FROM sentences WHERE id {_IN}",
        sentences,
    )
    recognitions: set[str] = set()
    placements: set[str] = set()
    attachments: set[str] = set()
    appeals: set[str] = set()
    orgs: set[str] = set()
    if v2:
        people |= _ids(
            db,
            f"SELECT prosecutor_id FROM sentences WHERE id {_IN} "
            f"UNION SELECT lawyer_id FROM sentences WHERE id {_IN}",
            sentences,
        )
        recognitions = _ids(db, f"SELECT id FROM recognitions WHERE person_id {_IN}", chosen)
        placements = _ids(db, f"SELECT id FROM placements WHERE person_id {_IN}", chosen)
        attachments = _ids(db, f"SELECT id FROM attachments WHERE person_id {_IN}", chosen)
        appeals = _ids(db, f"SELECT id FROM appeals WHERE sentence_id {_IN}", sentences)
        orgs |= _ids(db, f"SELECT by_id FROM recognitions WHERE id {_IN}", recognitions)
        orgs |= _ids(db, f"SELECT facility_id FROM placements WHERE id {_IN}", placements)
        orgs |= _ids(db, f"SELECT court_id FROM appeals WHERE id {_IN}", appeals)
    people |= _ids(
        db,
        f"SELECT speaker_id FROM quotes WHERE id {_IN} "
        f"UNION SELECT person_id FROM quote_subjects WHERE quote_id {_IN}",
        quotes,
    )
    people |= _ids(db, f"SELECT person_id FROM event_people WHERE event_id {_IN}", events)
    people |= _ids(
        db,
        f"SELECT person_id FROM relations WHERE id {_IN} "
        f"UNION SELECT other_person_id FROM relations WHERE id {_IN}",
        relations,
    )
    orgs |= _ids(db, f"SELECT court_id FROM sentences WHERE id {_IN}", sentences)
    orgs |= _ids(db, f"SELECT org_id FROM relations WHERE id {_IN}", relations)
    orgs |= _ids(db, f"SELECT org_id FROM events WHERE id {_IN}", events)
    orgs |= _ids(db, f"SELECT published_by_id FROM quotes WHERE id {_IN}", quotes)
    cited = {"person": people, "relation": relations, "sentence": sentences}
    cited |= {"quote": quotes, "event": events}
    if v2:
        cited |= {"recognition": recognitions, "placement": placements}
        cited |= {"attachment": attachments, "appeal": appeals}
    sources: set[str] = set()
    for entity_type, ids in cited.items():
        sources |= _ids(
            db,
            f"SELECT source_id FROM citations WHERE entity_type = '{entity_type}' "
            f"AND entity_id {_IN}",
            ids,
        )
    while True:  # organizations and sources refer to each other
        before = (len(orgs), len(sources))
        orgs |= _ids(db, f"SELECT publisher_id FROM sources WHERE id {_IN}", sources)
        orgs |= _ids(db, f"SELECT parent_id FROM organizations WHERE id {_IN}", orgs)
        sources |= _ids(
            db,
            "SELECT source_id FROM citations WHERE entity_type = 'organization' "
            f"AND entity_id {_IN}",
            orgs,
        )
        if (len(orgs), len(sources)) == before:
            break
    return {
        "organizations": orgs,
        "sources": sources,
        "people": people,
        "relations": relations,
        "sentences": sentences,
        "quotes": quotes,
        "events": events,
        "figures": set(),
        "appeals": appeals,
        "recognitions": recognitions,
        "placements": placements,
        "attachments": attachments,
    }


def read_meta(db: Database) -> dict[str, Any]:
    """The archive's metadata as interchange `meta` (without its archive_id)."""
    meta: dict[str, Any] = {}
    for key, value in db.execute("SELECT key, value FROM meta ORDER BY key"):
        if key == "languages":  # untrusted JSON: malformed or deeply nested is left out
            languages = untrusted_json(value)
            if isinstance(languages, list) and all(isinstance(v, str) for v in languages):
                meta[key] = languages
        elif key == "synthetic":
            meta[key] = value == "1"
        elif key in ("title", "publisher", "edition", "edition_date"):
            meta[key] = value
    return meta


def read_documents(db: Database, person_ids: Sequence[str] | None = None) -> dict[str, Any]:
    """The archive (or the chosen people and what they link to) as interchange documents."""
    selection = None if person_ids is None else _selection(db, person_ids)
    version = schema.archive_version(db)
    docs: dict[str, list[dict[str, Any]]] = {}
    for key in ENTITY_KEYS:
        ids = None if selection is None else selection[key]
        if ENTITY_SINCE.get(key, 1) > version or (ids is not None and not ids):
            docs[key] = []
        else:
            docs[key] = _fetch(db, key, ids, version)
    _attach_nested(db, docs, full=selection is None)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "meta": read_meta(db), **docs}


# -- writers ------------------------------------------------------------------


ATTACHMENTS_FOLDER = "attachments"
"""Where CSV exports put attachments' image files, beside the CSV files."""


def attachment_file_names(docs: Mapping[str, Any]) -> dict[str, str]:
    """Attachment id -> the relative file name a CSV export writes its bytes to."""
    return {
        doc["id"]: _attachment_file_name(i, doc)
        for i, doc in enumerate(docs.get("attachments") or ())
    }


def _attachment_file_name(i: int, doc: Mapping[str, Any]) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", doc["id"])[:80]
    ext = EXTENSIONS.get(doc.get("media_type") or "", "bin")
    return f"{ATTACHMENTS_FOLDER}/{i + 1:06d}-{slug}.{ext}"


def csv_tables(docs: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Interchange documents as the rows of each CSV file (see db.importing)."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in CSV_FILES}
    for name, row in _meta_rows(docs.get("meta") or {}):
        tables[name].append(row)
    files = attachment_file_names(docs)
    for key in ENTITY_KEYS:
        for doc in docs.get(key, ()):
            file = files[doc["id"]] if key == "attachments" else ""
            for name, row in _csv_rows(key, doc, file):
                tables[name].append(row)
    return tables


def _meta_rows(meta: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for key, value in meta.items():
        if key == "languages":
            value = LIST_SEPARATOR.join(value)
        elif key == "synthetic":
            value = "1" if value else "0"
        yield "meta.csv", {"key": key, "value": value}


_CHILD_FILES = {(parent, nested): name for name, (parent, _c, nested) in CSV_CHILDREN.items()}


def _csv_rows(key: str, doc: Mapping[str, Any], file: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(CSV file, row) of one document: its own row, its nested lists', its citations'."""
    if key == "attachments":
        row = {k: v for k, v in doc.items() if k != "data"}
        yield "attachments.csv", {**row, ATTACHMENT_FILE: file}
    else:
        yield f"{key}.csv", dict(doc)
    for (parent, nested), name in _CHILD_FILES.items():
        if parent != key:
            continue
        parent_col = CSV_CHILDREN[name][1]
        for pos, child in enumerate(doc.get(nested) or ()):
            row = {"person_id": child} if isinstance(child, str) else dict(child)
            row[parent_col] = doc["id"]
            if name == "charges.csv":
                row["position"] = pos
            yield name, row
    for c in doc.get("citations") or ():
        yield "citations.csv", {"entity_type": CITED_AS[key], "entity_id": doc["id"], **c}


def _csv_text(name: str, rows: Sequence[Mapping[str, Any]]) -> str:
    buf = io.StringIO(newline="")
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(CSV_FILES[name])
    for row in rows:
        out.writerow(_csv_cells(name, row))
    return buf.getvalue()


def _csv_cells(name: str, row: Mapping[str, Any]) -> list[str]:
    cells = []
    for col in CSV_FILES[name]:
        value = row.get(col)
        if value is None:
            value = ""
        elif col in CSV_LISTS:
            value = LIST_SEPARATOR.join(value)
        elif isinstance(value, bool):
            value = "1" if value else "0"
        cells.append(str(value))
    return cells


_PLAIN_CELLS = frozenset({str, int, type(None)})
"""Values csv.writer writes as `_csv_cells` has them written: None as "", int as str()."""
_LIST_FILES = frozenset(n for n, cols in CSV_FILES.items() if set(cols) & set(CSV_LISTS))


def _plain_cells(name: str, row: Mapping[str, Any]) -> list[Any]:
    """`_csv_cells` without a Python step per cell where csv.writer writes the same: a
    streaming CSV export spent a fifth of its time there."""
    values = list(map(row.get, CSV_FILES[name]))
    if name in _LIST_FILES or not _PLAIN_CELLS.issuperset(map(type, values)):
        return _csv_cells(name, row)
    return values


def _detect_format(out: Path, fmt: str | None) -> str:
    if fmt is not None:
        if fmt not in ("json", "csv"):
            raise KartotekaError.of(
                ErrorKind.FORMAT_UNKNOWN, out, format=repr(fmt), choices="'json', 'csv'"
            )
        return fmt
    return "json" if out.suffix.lower() == ".json" else "csv"


def _check_target(out: Path, overwrite: bool) -> None:
    if not out.parent.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, out, folder=out.parent)
    if out.is_dir():
        if any(out.iterdir()) and not overwrite:
            raise OutputError.of(ErrorKind.OUTPUT_FOLDER_NOT_EMPTY, out)
    elif out.exists() and not overwrite:
        raise OutputError.of(ErrorKind.OUTPUT_EXISTS, out)


def write_atomically(out: Path, data: bytes) -> None:
    """Write `data` beside `out` under a temporary name, then rename it into place."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, out, cause=exc) from exc


def write_documents_to(docs: Mapping[str, Any], out: Path, fmt: str) -> None:
    """Write interchange documents as one JSON file, a CSV folder, or a zip of CSVs."""
    if fmt == "json":
        text = json.dumps(docs, ensure_ascii=False, indent=2, default=_json_bytes) + "\n"
        write_atomically(out, text.encode("utf-8"))
        return
    names = attachment_file_names(docs)
    files = {names[doc["id"]]: doc["data"] for doc in docs.get("attachments") or ()}
    texts = {name: _csv_text(name, rows) for name, rows in csv_tables(docs).items()}
    if out.suffix.lower() == ".zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, text in texts.items():
                zf.writestr(name, text.encode("utf-8"))
            for name, data in files.items():
                zf.writestr(name, data, compress_type=zipfile.ZIP_STORED)
        write_atomically(out, buf.getvalue())
        return
    try:
        out.mkdir(exist_ok=True)
        if files:
            (out / ATTACHMENTS_FOLDER).mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_NOT_MADE, out, cause=exc) from exc
    for name, text in texts.items():
        write_atomically(out / name, text.encode("utf-8"))
    for name, data in files.items():
        write_atomically(out / name, data)


def _json_bytes(value: Any) -> str:
    """Attachments' bytes as base64 text in JSON."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2, default=_json_bytes)
"""One encoder for every entry a streaming export writes (json.dumps makes one per call)."""


def refuse_unimportable(archive: Archive, docs: Mapping[str, Any]) -> None:
    """Raise ArchiveDamagedError if `docs` would not import back (checked as import checks).

    A file written around SQLite's rules can hold what Kartoteka never writes
    (a NUL in a status, a sentence of nobody): its export would be refused by
    every import, so none is written and the user learns why at once.
    """
    problems = validate_documents(docs, source=archive.path.name)
    if problems:
        raise _unimportable(archive, problems)


def _unimportable(archive: Archive, problems: Sequence[Problem]) -> ArchiveDamagedError:
    """The refusal, its first problem kept whole (`first_problem`) to be said in any language."""
    said = [p.removeprefix(f"{archive.path.name}: ") for p in problems]
    exc = ArchiveDamagedError.of(
        ErrorKind.UNIMPORTABLE_EXPORT,
        archive.path,
        details=tuple(said),
        problem=said[0],
        count=len(said),
    )
    exc.first_problem = problems[0]
    return exc


def export_archive(
    archive: Archive,
    out: Path,
    *,
    fmt: str | None = None,
    person_ids: Sequence[PersonId] | None = None,
    overwrite: bool = False,
) -> ExportReport:
    """Export the archive, or the chosen people with what they link to.

    `fmt` is "json" or "csv"; by default a `.json` name means JSON, a `.zip`
    name a zip of CSV files, and anything else a folder of CSV files.
    """
    out = Path(out)
    chosen = _detect_format(out, fmt)
    _check_target(out, overwrite)
    refuse_bad_ids(archive)
    counts = _stream(  # the selection held by _stream alone, let go once read
        archive, out, chosen, None if person_ids is None else _selection(archive.db, person_ids)
    )
    notes = []
    n_name_citations = archive.db.execute(
        "SELECT COUNT(*) FROM citations WHERE entity_type = 'person_name'"
    ).fetchone()[0]
    if n_name_citations:
        notes.append(
            f"{n_name_citations} citation(s) of single name spellings are not exported; "
            "the interchange layout carries citations of whole entries only"
        )
    return ExportReport(out=out, fmt=chosen, counts=counts, notes=tuple(notes))
