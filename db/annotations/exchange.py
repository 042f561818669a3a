"""Exchanging annotations between archivists: export, plan an import, apply it.

The exchange file is one UTF-8 JSON document (docs/ANNOTATIONS.md), readable
without SQLite. It carries each annotation's and tag's current state and its
whole history, so an import can tell, by revision ids, whether the incoming
version is older, newer, or a parallel edit (a conflict). Nothing is written
until `apply_import(store, plan, resolutions)`; conflicts are never settled
silently.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from db import dates
from db.annotations.errors import (
    AnnotationInputError,
    ConflictName,
    ExchangeFileError,
    StaleChangeError,
    UnresolvedConflictsError,
)
from db.annotations.records import (
    ENTITY_TYPES,
    KINDS,
    Change,
    Conflict,
    EntityRef,
    ExportReport,
    ImportPlan,
    ItemTable,
    Resolution,
    Row,
    RowChange,
    TagId,
)
from db.annotations.store import COLUMNS, AnnotationStore, _Tx, now_iso, same_content
from db.errors import ErrorKind
from db.untrusted import special_file

FORMAT = "kartoteka-annotations"
FORMAT_VERSION = 3
"""Version 2 added a note's `date`, version 3 a correction's `reason`. A file
is written with the lowest version that holds what is in it (1 with no date
and no reason, 2 with dates, 3 with reasons), so archivists on an older
Kartoteka can still import it when nothing would be lost; otherwise an older
build refuses it instead of silently dropping the dates or reasons."""
OPTIONAL_KEYS = frozenset({"date", "reason"})
"""Annotation columns a file may lack: files written before they existed."""
HISTORY_KEYS = ("rev", "change_id", "action", "author", "at", "before", "after")
SELECT_ALL_REVS_SQL = "SELECT rev FROM history"
SELECT_ITEM_REVS_SQL = "SELECT rev FROM history WHERE item_table = :table AND item_id = :id"


def _history(store: AnnotationStore, table: ItemTable, item_id: str) -> list[dict[str, Any]]:
    return [
        {
            "rev": h.rev,
            "change_id": h.change_id,
            "action": h.action,
            "author": h.author,
            "at": h.at,
            "before": h.before,
            "after": h.after,
        }
        for h in store.history(item_id, table=table)
    ]


def _exported(store: AnnotationStore, table: ItemTable, item_id: str) -> dict[str, Any]:
    row = store._row(table, item_id)
    assert row is not None  # listed a moment ago, and rows are never deleted
    return {**row, "history": _history(store, table, item_id)}


def export_annotations(
    store: AnnotationStore,
    out: str | Path,
    *,
    archive_id: str | None = None,
    entities: Collection[EntityRef] | None = None,
    tag_id: str | None = None,
) -> ExportReport:
    """Write annotations (all, or of some entries, or of the entries with a tag) to `out`.

    Deleted annotations go too, so that a deletion reaches the other side.
    The file is written beside `out` first and renamed into place.
    """
    target = Path(out)
    chosen = store.annotations(archive_id, include_deleted=True)
    if entities is not None:
        wanted = set(entities)
        chosen = [a for a in chosen if a.entity in wanted]
    if tag_id is not None:
        tagged = {a.entity for a in store.tagged(tag_id)}
        chosen = [a for a in chosen if a.entity in tagged]
    tag_ids = {a.tag_id for a in chosen if a.tag_id is not None}
    if tag_id is not None:
        tag_ids.add(TagId(tag_id))
    tags = [t for t in store.tags(include_deleted=True) if t.id in tag_ids]
    if any(a.reason is not None for a in chosen):
        version = 3
    elif any(a.date is not None for a in chosen):
        version = 2
    else:
        version = 1
    doc = {
        "format": FORMAT,
        "version": version,
        "exported_at": now_iso(store.clock),
        "exported_by": store.author,
        "tags": [_exported(store, "tags", t.id) for t in tags],
        "annotations": [_exported(store, "annotations", a.id) for a in chosen],
    }
    _write_json(target, doc)
    return ExportReport(str(target), len(chosen), len(tags))


def export_plain_json(
    store: AnnotationStore, out: str | Path, *, archive_id: str | None = None
) -> ExportReport:
    """A flat, read-only view for people and other tools: live entries, tags by name.

    Unlike `export_annotations` it carries no history and cannot be merged
    back; it is for reading, grepping and spreadsheets.
    """
    target = Path(out)
    tag_names = {t.id: t.name for t in store.tags(include_deleted=True)}
    entries: dict[tuple[str, str, str], dict[str, Any]] = {}
    anns = store.annotations(archive_id)
    for a in anns:
        entry = entries.setdefault(
            (a.archive_id, a.entity_type, a.entity_id),
            {
                "archive_id": a.archive_id,
                "entity_type": a.entity_type,
                "entity_id": a.entity_id,
                "notes": [],
                "tags": [],
                "corrections": [],
            },
        )
        who = {"author": a.updated_by, "updated_at": a.updated_at}
        if a.kind == "note":
            entry["notes"].append({"text": a.body, "date": a.date, **who})
        elif a.kind == "tag" and a.tag_id is not None:
            entry["tags"].append(tag_names.get(a.tag_id, a.tag_id))
        else:
            entry["corrections"].append(
                {
                    "field": a.field,
                    "original": a.original,
                    "proposed": a.body,
                    "reason": a.reason,
                    **who,
                }
            )
    doc = {
        "format": "kartoteka-annotations-plain",
        "exported_at": now_iso(store.clock),
        "entries": list(entries.values()),
    }
    _write_json(target, doc)
    used = {a.tag_id for a in anns if a.tag_id is not None}
    return ExportReport(str(target), len(anns), len(used))


def _write_json(target: Path, doc: Mapping[str, Any]) -> None:
    """Write beside the target, fsync, then rename: never a half-written export."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExchangeFileError.of(ErrorKind.ANNOTATIONS_NOT_WRITTEN, target, cause=exc) from exc


def _load(path: Path) -> dict[str, Any]:
    if special_file(path):  # a pipe would wait for good, /dev/zero fill the memory
        raise ExchangeFileError.of(ErrorKind.INPUT_NOT_A_FILE, path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ExchangeFileError.of(ErrorKind.ANNOTATIONS_MISSING, path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ExchangeFileError.of(
            ErrorKind.ANNOTATIONS_UNREADABLE, path, reason=str(exc), cause=exc
        ) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeFileError.of(
            ErrorKind.ANNOTATIONS_NOT_JSON, path, reason=exc.msg, line=exc.lineno
        ) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExchangeFileError.of(ErrorKind.ANNOTATIONS_OTHER_JSON, path)
    version = doc.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ExchangeFileError.of(
            ErrorKind.ANNOTATIONS_TOO_NEW, path, version=version, supported=FORMAT_VERSION
        )
    problems = []
    for table in ("tags", "annotations"):
        items = doc.get(table)
        if not isinstance(items, list):
            problems.append(f"“{table}” is missing or not a list")
            continue
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict):
                problems.append(f"{table} #{n} is not an object")
                continue
            missing = [c for c in COLUMNS[table] if c not in item and c not in OPTIONAL_KEYS]
            if missing:
                problems.append(f"{table} #{n} lacks {', '.join(missing)}")
            if table == "annotations" and not _valid_date(item.get("date")):
                problems.append(f"annotations #{n} has a date that is not a date")
            if table == "annotations" and (why := _reason_problem(item)):
                problems.append(f"annotations #{n} {why}")
            if table == "annotations" and (
                item.get("entity_type") not in ENTITY_TYPES or item.get("kind") not in KINDS
            ):
                problems.append(f"annotations #{n} has an unknown entity type or kind")
            if not isinstance(item.get("history", []), list):
                problems.append(f"{table} #{n}: history is not a list")
    if problems:
        shown = "; ".join(problems[:10]) + (
            f"; … (+{len(problems) - 10})" if len(problems) > 10 else ""
        )
        raise ExchangeFileError.of(ErrorKind.ANNOTATIONS_DAMAGED, path, problems=shown)
    return doc


def plan_import(store: AnnotationStore, path: str | Path) -> ImportPlan:
    """Compare an exchange file with the store; write nothing.

    Per item: unknown here -> addition; same revision, or the incoming one is
    in our history -> unchanged; our revision is in the incoming history ->
    change (fast-forward, including deletions); otherwise both sides edited
    since their common version -> conflict.
    """
    p = Path(path)
    doc = _load(p)
    known_revs = {r["rev"] for r in store._query(SELECT_ALL_REVS_SQL, {})}
    live_names = {t.name.casefold(): t.id for t in store.tags()}
    additions: list[Row] = []
    changes: list[RowChange] = []
    conflicts: list[Conflict] = []
    history: list[Row] = []
    unchanged = 0
    tag_map: dict[str, str] = {}
    for table in ("tags", "annotations"):
        tbl: ItemTable = "tags" if table == "tags" else "annotations"
        for item in doc[table]:
            incoming = {c: item.get(c) for c in COLUMNS[table]}
            if table == "annotations" and incoming["tag_id"] in tag_map:
                incoming["tag_id"] = tag_map[incoming["tag_id"]]
            in_history = [h for h in item.get("history", []) if isinstance(h, dict)]
            in_revs = {h.get("rev") for h in in_history}
            local = store._row(table, incoming["id"])
            if local is None and table == "tags":
                same = live_names.get(str(incoming["name"]).casefold())
                if same is not None and not incoming["deleted"]:
                    tag_map[incoming["id"]] = same
                    unchanged += 1
                    continue
            history.extend(
                {**h, "item_table": table, "item_id": incoming["id"]}
                for h in in_history
                if h.get("rev") not in known_revs
            )
            if local is None:
                additions.append(incoming)
            elif incoming["rev"] == local["rev"] or incoming["rev"] in known_revs:
                unchanged += 1
            elif local["rev"] in in_revs:
                changes.append(RowChange(tbl, incoming["id"], local, incoming))
            elif same_content(table, local, incoming):
                unchanged += 1
            else:
                conflicts.append(Conflict(tbl, incoming["id"], local, incoming))
    return ImportPlan(
        source=str(p),
        additions=tuple(additions),
        changes=tuple(changes),
        conflicts=tuple(conflicts),
        unchanged=unchanged,
        tag_map=tag_map,
        history=tuple(history),
    )


def apply_import(
    store: AnnotationStore,
    plan: ImportPlan,
    resolutions: Mapping[str, Resolution] | None = None,
) -> Change:
    """Apply a plan in one transaction; every conflict needs a resolution by id.

    Raises StaleChangeError when the store changed since the plan was made
    (plan again), and UnresolvedConflictsError listing what is undecided.
    The returned Change undoes the whole import through `store.revert`.
    """
    chosen = dict(resolutions or {})
    missing = [c for c in plan.conflicts if c.id not in chosen]
    if missing:
        shown = tuple(_conflict_name(c.mine) for c in missing[:5])
        error = UnresolvedConflictsError.of(
            ErrorKind.CONFLICTS_UNDECIDED,
            plan.source,
            count=len(missing),
            names=", ".join(map(str, shown)),
        )
        error.conflicts = shown
        raise error
    bad = [c.id for c in plan.conflicts if chosen[c.id] == "both" and c.table != "annotations"]
    if bad or any(v not in ("mine", "theirs", "both") for v in chosen.values()):
        raise AnnotationInputError.of(ErrorKind.CONFLICT_CHOICE_INVALID, plan.source)

    def expect(tx: _Tx, table: ItemTable, item_id: str, rev: str | None) -> Row | None:
        current = tx.get(table, item_id)
        if (current["rev"] if current else None) != rev:
            raise StaleChangeError.of(ErrorKind.ANNOTATIONS_CHANGED, plan.source)
        return current

    def work(tx: _Tx) -> None:
        for h in plan.history:
            tx.store.db.conn.execute(
                "INSERT OR IGNORE INTO history (rev, change_id, item_table, item_id, action, "
                "author, at, before, after) VALUES (:rev, :change_id, :item_table, :item_id, "
                ":action, :author, :at, :before, :after)",
                {
                    **{k: h.get(k) for k in HISTORY_KEYS},
                    "item_table": h["item_table"],
                    "item_id": h["item_id"],
                    "before": _json(h.get("before")),
                    "after": _json(h.get("after")),
                },
            )
        # tags first, so that tag links never point at a tag not yet there
        ordered = sorted(plan.additions, key=lambda r: _table_of(r) != "tags")
        for row in ordered:
            table = _table_of(row)
            expect(tx, table, row["id"], None)
            tx.put(table, None, row, action="import", author=row["updated_by"], keep_rev=True)
        for rc in plan.changes:
            before = expect(tx, rc.table, rc.id, rc.before["rev"] if rc.before else None)
            tx.put(
                rc.table,
                before,
                rc.after,
                action="import",
                author=rc.after["updated_by"],
                keep_rev=True,
            )
        for c in plan.conflicts:
            mine = expect(tx, c.table, c.id, c.mine["rev"])
            how = chosen[c.id]
            if how == "theirs":
                tx.put(
                    c.table,
                    mine,
                    c.theirs,
                    action="import",
                    author=c.theirs["updated_by"],
                    keep_rev=True,
                )
            elif how == "mine":
                tx.put(c.table, mine, {**c.mine}, action="resolve")
            else:
                copy = {**c.theirs, "id": uuid.uuid4().hex, "created_at": None, "deleted": 0}
                tx.put(c.table, None, copy, action="import", author=c.theirs["updated_by"])

    return store._write("Import annotations", "import", work)


def _valid_date(value: object) -> bool:
    """Whether an incoming note date is absent or one the store would accept."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        dates.parse(value)
    except dates.DateError:
        return False
    return True


def _reason_problem(item: Mapping[str, Any]) -> str:
    """What is wrong with an incoming reason ("" when it is absent, or text on a correction)."""
    reason = item.get("reason")
    if reason is None:
        return ""
    if not isinstance(reason, str):
        return "has a reason that is not text"
    if item.get("kind") != "correction":
        return "has a reason but is not a correction"
    return ""


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False)


def _table_of(row: Row) -> ItemTable:
    return "annotations" if "entity_type" in row else "tags"


def _conflict_name(row: Row) -> ConflictName:
    if "name" in row:
        return ConflictName("tag", name=str(row["name"]))
    return ConflictName(
        str(row["kind"]), entity_type=str(row["entity_type"]), entity_id=str(row["entity_id"])
    )
