"""The annotation store: notes, tags and corrections on archive entries.

The viewer never writes into an archive. Annotations live in this separate
SQLite file, keyed by the archive's `meta.archive_id` and the entries'
stable ids, so a newer edition of the same archive finds them again and one
store serves many archives (docs/ANNOTATIONS.md).

Every save is one `BEGIN IMMEDIATE … COMMIT` in WAL mode with
`synchronous=FULL`, and returns only after the commit returned: an
acknowledged save survives a crash or a kill. Rows are never deleted:
deleting sets a flag and every revision goes to `history`, which is what
undo, merging and "nothing lost" rest on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import errno
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from db import dates, locations
from db.annotations import backup
from db.annotations import schema as annotation_schema
from db.annotations.errors import (
    AnnotationInputError,
    AnnotationStoreDamagedError,
    AnnotationStoreError,
    AnnotationStoreFullError,
    AnnotationStoreLockedError,
    AnnotationStorePassphraseError,
    AnnotationStoreReadOnlyError,
    AnnotationStoreTooNewError,
    NotAnAnnotationStoreError,
    StaleChangeError,
)
from db.annotations.records import (
    ENTITY_TYPES,
    Annotation,
    AnnotationId,
    BackupInfo,
    Change,
    DatedNote,
    Draft,
    EntityRef,
    HistoryEntry,
    ItemTable,
    Rev,
    Row,
    RowChange,
    Tag,
    TagId,
)
from db.errors import ErrorKind
from db.sqlite_errors import Failure, failure_of

if TYPE_CHECKING:
    from db.annotations.reader import StoreReader

SQLITE_MAGIC = b"SQLite format 3\x00"
STORE_FILENAME = "annotations.sqlite"
DEFAULT_KEEP_BACKUPS = 7
DEFAULT_BUSY_TIMEOUT_MS = 5000

ANNOTATION_COLUMNS = (  # the order of records.Annotation's fields
    "id",
    "archive_id",
    "entity_type",
    "entity_id",
    "kind",
    "body",
    "field",
    "original",
    "tag_id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "rev",
    "deleted",
    "date",
    "reason",
)
TAG_COLUMNS = (
    "id",
    "name",
    "colour",
    "merged_into",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "rev",
    "deleted",
)
COLUMNS: dict[str, tuple[str, ...]] = {"annotations": ANNOTATION_COLUMNS, "tags": TAG_COLUMNS}
# kept beside the content for indexing, recomputed from it on every write, never exported
DERIVED_COLUMNS: dict[str, tuple[str, ...]] = {
    "annotations": ("date_earliest", "date_latest", "date_span"),
    "tags": (),
}
NOTE_EXCERPT_CHARS = 300
# what makes two revisions "the same" regardless of who saved them and when
CONTENT_KEYS: dict[str, tuple[str, ...]] = {
    table: tuple(c for c in cols if c not in ("rev", "updated_at", "updated_by", "created_at"))
    for table, cols in COLUMNS.items()
}


def same_content(table: str, a: Row, b: Row) -> bool:
    return all(a.get(k) == b.get(k) for k in CONTENT_KEYS[table])


def _upsert_sql(table: str) -> str:
    cols = COLUMNS[table] + DERIVED_COLUMNS[table]
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    return (
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)}) "
        f"ON CONFLICT(id) DO UPDATE SET {sets}"
    )


UPSERT_SQL = {table: _upsert_sql(table) for table in COLUMNS}
SELECT_ROW_SQL = {t: f"SELECT {', '.join(c)} FROM {t} WHERE id = :id" for t, c in COLUMNS.items()}
INSERT_HISTORY_SQL = """
INSERT OR IGNORE INTO history
    (rev, change_id, item_table, item_id, action, author, at, before, after)
VALUES (:rev, :change_id, :item_table, :item_id, :action, :author, :at, :before, :after)
"""
HISTORY_COLUMNS = ("rev", "change_id", "item_table", "item_id", "action", "author", "at")
SELECT_HISTORY_SQL = """
SELECT rev, change_id, item_table, item_id, action, author, at, before, after
FROM history WHERE item_table = :table AND item_id = :id ORDER BY seq
"""
SELECT_ENTITY_SQL = f"""
SELECT {", ".join(ANNOTATION_COLUMNS)} FROM annotations
WHERE archive_id = :archive_id AND entity_type = :entity_type AND entity_id = :entity_id
  AND (:all OR deleted = 0)
ORDER BY created_at, id
"""
SELECT_ARCHIVE_SQL = f"""
SELECT {", ".join(ANNOTATION_COLUMNS)} FROM annotations
WHERE (:archive_id IS NULL OR archive_id = :archive_id) AND (:all OR deleted = 0)
ORDER BY archive_id, entity_type, entity_id, created_at, id
"""
SELECT_TAGS_SQL = f"""
SELECT {", ".join(TAG_COLUMNS)} FROM tags WHERE (:all OR deleted = 0)
ORDER BY name COLLATE NOCASE, id
"""
SELECT_TAGGED_SQL = f"""
SELECT {", ".join(ANNOTATION_COLUMNS)} FROM annotations
WHERE tag_id = :tag_id AND deleted = 0 ORDER BY archive_id, entity_type, entity_id
"""
SELECT_LIVE_TAG_BY_NAME_SQL = """
SELECT id FROM tags WHERE deleted = 0 AND name = :name COLLATE NOCASE AND id != :id
"""
SEARCHABLE_SQL = """
SELECT entity_type, entity_id,
       CASE WHEN reason IS NULL THEN body ELSE body || char(10) || reason END AS body
FROM annotations
WHERE archive_id = :archive_id AND deleted = 0 AND kind IN ('note', 'correction')
ORDER BY entity_type, entity_id, created_at
"""
# the terms after archive_id repeat the partial indexes' WHERE, so they apply
_LIVE_DATED_NOTE = "date_earliest IS NOT NULL AND kind = 'note' AND deleted = 0"
LONGEST_NOTE_SPAN_SQL = f"""
SELECT max(date_span) FROM annotations INDEXED BY annotations_date_span
WHERE archive_id = :archive_id AND {_LIVE_DATED_NOTE}
"""
DATED_NOTES_SQL = f"""
SELECT id, archive_id, entity_type, entity_id, date, date_earliest, date_latest,
       substr(body, 1, {NOTE_EXCERPT_CHARS})
FROM annotations INDEXED BY annotations_dated
WHERE archive_id = :archive_id AND {_LIVE_DATED_NOTE}
  AND date_earliest >= :lower AND date_earliest <= :end AND date_latest >= :start
ORDER BY date_earliest, id
LIMIT :limit
"""
DATED_NOTE_DAYS_SQL = f"""
SELECT date_earliest, count(*) FROM annotations INDEXED BY annotations_dated
WHERE archive_id = :archive_id AND {_LIVE_DATED_NOTE}
GROUP BY date_earliest
"""
DATED_NOTE_SPANS_SQL = f"""
SELECT id, entity_type, entity_id, date_earliest, date_latest
FROM annotations INDEXED BY annotations_dated
WHERE archive_id = :archive_id AND {_LIVE_DATED_NOTE}
ORDER BY date_earliest, id
"""
DATED_NOTES_BY_ID_SQL = f"""
SELECT id, archive_id, entity_type, entity_id, date, date_earliest, date_latest,
       substr(body, 1, {NOTE_EXCERPT_CHARS})
FROM annotations
WHERE id IN (SELECT value FROM json_each(:ids)) AND {_LIVE_DATED_NOTE}
ORDER BY date_earliest, id
"""
UPSERT_DRAFT_SQL = """
INSERT INTO drafts (key, archive_id, entity_type, entity_id, annotation_id, body, date, saved_at)
VALUES (:key, :archive_id, :entity_type, :entity_id, :annotation_id, :body, :date, :saved_at)
ON CONFLICT(key) DO UPDATE SET
    body = excluded.body, date = excluded.date, saved_at = excluded.saved_at
"""
DATA_ENV = locations.DATA_ENV
SELECT_DRAFTS_SQL = """
SELECT key, archive_id, entity_type, entity_id, annotation_id, body, saved_at, date FROM drafts
WHERE (:archive_id IS NULL OR archive_id = :archive_id) ORDER BY saved_at
"""


def default_store_path() -> Path:
    """The per-user store, in the platform's data directory (one for all archives).

    db.locations decides the folder: KARTOTEKA_DATA_DIR overrides it, and in
    portable mode it is inside the portable folder.
    """
    return locations.current().data / STORE_FILENAME


def beside_archive_path(archive_path: Path) -> Path:
    """The store a user keeps next to an archive (e.g. on a shared stick)."""
    return archive_path.with_name(f"{archive_path.stem}.annotations.sqlite")


@contextlib.contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """One `BEGIN IMMEDIATE … COMMIT`; rolled back when the body raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def now_iso(clock: Callable[[], dt.datetime]) -> str:
    return clock().astimezone(dt.UTC).isoformat(timespec="microseconds")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def annotation_from_row(row: Row) -> Annotation:
    return Annotation(
        id=AnnotationId(row["id"]),
        archive_id=row["archive_id"],
        entity_type=row["entity_type"],
        entity_id=row["entity_id"],
        kind=row["kind"],
        body=row["body"],
        field=row["field"],
        original=row["original"],
        tag_id=TagId(row["tag_id"]) if row["tag_id"] is not None else None,
        created_at=row["created_at"],
        created_by=row["created_by"],
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
        rev=Rev(row["rev"]),
        deleted=bool(row["deleted"]),
        date=row.get("date"),
        reason=row.get("reason"),
    )


def derived_values(table: str, row: Row) -> dict[str, Any]:
    """The indexed columns computed from a row's content (a note's day bounds)."""
    if table != "annotations":
        return {}
    text = row.get("date")
    if not text:
        return {"date_earliest": None, "date_latest": None, "date_span": None}
    parsed = dates.parse(str(text))
    span = dt.date.fromisoformat(parsed.latest) - dt.date.fromisoformat(parsed.earliest)
    return {"date_earliest": parsed.earliest, "date_latest": parsed.latest, "date_span": span.days}


def note_date(text: str | None) -> str | None:
    """A note's date as stored (stripped EDTF, None for no date); refuses what is not a date."""
    if text is None or not text.strip():
        return None
    clean = text.strip()
    try:
        dates.parse(clean)
    except dates.DateError as exc:
        raise AnnotationInputError.of(
            ErrorKind.NOTE_DATE_INVALID,
            None,
            text=clean,
            reason=exc,
            date_problem=exc.problem.value,  # the viewer words the reason by it
        ) from exc
    return clean


def correction_reason(text: str | None) -> str | None:
    """A correction's reason as stored: the text without outer blanks, None for none."""
    if text is None or not text.strip():
        return None
    return text.strip()


class _Keep(enum.Enum):
    """`edit(..., date=KEEP, reason=KEEP)`: leave the date or the reason as it is."""

    KEEP = "keep"


KEEP = _Keep.KEEP


def tag_from_row(row: Row) -> Tag:
    return Tag(
        id=TagId(row["id"]),
        name=row["name"],
        colour=row["colour"],
        merged_into=TagId(row["merged_into"]) if row["merged_into"] is not None else None,
        created_at=row["created_at"],
        created_by=row["created_by"],
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
        rev=Rev(row["rev"]),
        deleted=bool(row["deleted"]),
    )


STORE_DOINGS = (
    "reading the annotations",
    "opening the annotations",
    "preparing the annotation store",
    "saving the annotations",
    "reading the recent searches",
    "saving the recent searches",
    "clearing the recent searches",
)
"""What `store_error` says was being done: a fixed set, so the viewer can translate it."""


def store_error(exc: sqlite3.Error, path: Path, doing: str) -> AnnotationStoreError:
    """Turn an SQLite failure into the error a person can act on (`doing`: one of STORE_DOINGS)."""
    failure = failure_of(exc)
    if failure is Failure.FULL:
        return AnnotationStoreFullError.of(ErrorKind.STORE_DISK_FULL, path, doing=doing)
    if failure is Failure.READONLY:
        return AnnotationStoreReadOnlyError.of(ErrorKind.STORE_READ_ONLY, path, doing=doing)
    if failure is Failure.BUSY:
        return AnnotationStoreLockedError.of(ErrorKind.STORE_BUSY, path, doing=doing)
    if failure in (Failure.CORRUPT, Failure.NOT_A_DATABASE):
        return AnnotationStoreDamagedError.of(ErrorKind.STORE_DAMAGED, path, reason=exc)
    if failure in (Failure.IO, Failure.CANT_OPEN, Failure.PERMISSION):
        return AnnotationStoreError.of(ErrorKind.STORE_DISK_ERROR, path, doing=doing, reason=exc)
    return AnnotationStoreError.of(ErrorKind.STORE_FAILED, path, doing=doing, reason=exc)


class _Tx:
    """Collects the row changes of one write transaction."""

    def __init__(self, store: AnnotationStore, change_id: str, action: str, at: str) -> None:
        self.store = store
        self.change_id = change_id
        self.action = action
        self.at = at
        self.rows: list[RowChange] = []

    def get(self, table: ItemTable, item_id: str) -> dict[str, Any] | None:
        return self.store._row(table, item_id)

    def put(
        self,
        table: ItemTable,
        before: Row | None,
        content: Mapping[str, Any],
        *,
        action: str | None = None,
        author: str | None = None,
        keep_rev: bool = False,
    ) -> dict[str, Any]:
        """Write a new revision of one row and its history entry."""
        who = author or self.store.author
        after = {c: content.get(c) for c in COLUMNS[table]}
        if before is None and after.get("created_at") is None:
            after["created_at"], after["created_by"] = self.at, who
        elif before is not None:
            after["created_at"], after["created_by"] = before["created_at"], before["created_by"]
        if not keep_rev:
            after["rev"] = uuid.uuid4().hex
            after["updated_at"], after["updated_by"] = self.at, who
        after["deleted"] = int(bool(after.get("deleted")))
        conn = self.store.db.conn
        conn.execute(UPSERT_SQL[table], {**after, **derived_values(table, after)})
        self.log(table, before, after, action=action, author=who)
        self.rows.append(RowChange(table, str(after["id"]), before, after))
        return after

    def log(
        self,
        table: ItemTable,
        before: Row | None,
        after: Row,
        *,
        action: str | None = None,
        author: str | None = None,
    ) -> None:
        self.store.db.conn.execute(
            INSERT_HISTORY_SQL,
            {
                "rev": after["rev"],
                "change_id": self.change_id,
                "item_table": table,
                "item_id": after["id"],
                "action": action or self.action,
                "author": author or self.store.author,
                "at": self.at,
                "before": json.dumps(dict(before), ensure_ascii=False) if before else None,
                "after": json.dumps(dict(after), ensure_ascii=False),
            },
        )


class AnnotationStore:
    """An open annotation store; every write returns the `Change` that undoes it.

    Create it with `open_store()`. `recovered_from` is set when opening found
    the file damaged and restored a backup (show its date to the user).
    """

    def __init__(
        self,
        path: Path,
        db: Database,
        *,
        author: str,
        keep_backups: int,
        busy_timeout_ms: int,
        clock: Callable[[], dt.datetime],
        key: str | None = None,
    ) -> None:
        self.path = path
        self._key = key  # an encrypted store's passphrase: reconnects and backups need it
        self.db = db
        self.author = author
        self.keep_backups = keep_backups
        self.busy_timeout_ms = busy_timeout_ms
        self.clock = clock
        self.recovered_from: BackupInfo | None = None
        self.moved_aside: Path | None = None
        self._needs_reconnect = False

    @property
    def encrypted(self) -> bool:
        """Whether the store (and its backups) are encrypted with a passphrase."""
        return self._key is not None

    def reader(self) -> StoreReader:
        """A read-only connection of its own (same file, same key), for a worker thread.

        This store's connection belongs to the thread that opened it; long
        reads go through a reader on the worker instead. Close it when done.
        """
        from db.annotations.reader import open_reader

        return open_reader(self.path, key=self._key, busy_timeout_ms=self.busy_timeout_ms)

    def reader_key(self) -> str | None:
        """The passphrase a reader in another process needs (None: not encrypted).

        Only for handing to a child process over a pipe (the dossier writer),
        never on a command line or in the environment.
        """
        return self._key

    # -- lifecycle -------------------------------------------------------

    def close(self) -> None:
        """Take the daily backup if due, then close.

        Closing checkpoints the WAL and returns the file to rollback-journal
        mode, so the single file is complete: it can be copied, or read from a
        read-only medium. (When another connection is open this is skipped.)
        """
        with contextlib.suppress(AnnotationStoreError, sqlite3.Error):
            self.maybe_backup()
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA journal_mode = DELETE")
        self.db.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _reconnect(self) -> None:
        """A fresh connection, after the disk became writable or unlocked again."""
        self.db.close()
        self.db = _database(_connect(self.path, self.busy_timeout_ms, self._key))
        with contextlib.suppress(sqlite3.Error):
            _set_wal(self.db.conn)
        self._needs_reconnect = False

    # -- writing ---------------------------------------------------------

    def _write(self, label: str, action: str, work: Callable[[_Tx], None]) -> Change:
        """Run `work` in one IMMEDIATE transaction; return after COMMIT returned."""
        if self._needs_reconnect:
            with contextlib.suppress(sqlite3.Error):
                self._reconnect()
        conn = self.db.conn
        tx = _Tx(self, uuid.uuid4().hex, action, now_iso(self.clock))
        try:
            with immediate(conn):
                work(tx)
        except sqlite3.Error as exc:
            error = store_error(exc, self.path, "saving the annotations")
            # a connection that met a read-only disk stays read-only: start afresh next time
            reconnect = type(error) in (AnnotationStoreReadOnlyError, AnnotationStoreError)
            self._needs_reconnect = self._needs_reconnect or reconnect
            raise error from exc
        return Change(tx.change_id, label, tuple(tx.rows))

    def add_note(
        self,
        ref: EntityRef,
        body: str,
        *,
        date: str | None = None,
        draft_key: str | None = None,
    ) -> Change:
        """Add a note; `draft_key` names a draft to discard in the same transaction.

        `date` is the date the note is about, in the archive's EDTF form
        ("2024-05-03", "2024-05", "2024", "~2024" …); such notes go on the
        timeline. A text that is not a date raises AnnotationInputError.
        """
        return self._add(
            ref, "note", body, date=note_date(date), draft_key=draft_key, label="Add note"
        )

    def propose_correction(
        self,
        ref: EntityRef,
        field: str,
        proposed: str,
        *,
        original: str | None,
        reason: str | None = None,
        draft_key: str | None = None,
    ) -> Change:
        """Record a proposed new value for a field; the archive's value stays as it is.

        `reason` says why (and from which source); it is part of the
        correction, so one change (one undo step) holds both.
        """
        if not field:
            raise AnnotationInputError.of(ErrorKind.CORRECTION_NEEDS_FIELD, None)
        return self._add(
            ref,
            "correction",
            proposed,
            field=field,
            original=original,
            reason=correction_reason(reason),
            draft_key=draft_key,
            label="Propose correction",
        )

    def _add(
        self,
        ref: EntityRef,
        kind: str,
        body: str,
        *,
        label: str,
        field: str | None = None,
        original: str | None = None,
        tag_id: str | None = None,
        date: str | None = None,
        reason: str | None = None,
        draft_key: str | None = None,
    ) -> Change:
        _check_ref(ref)
        row = {
            "id": uuid.uuid4().hex,
            "archive_id": ref.archive_id,
            "entity_type": ref.entity_type,
            "entity_id": ref.entity_id,
            "kind": kind,
            "body": body,
            "field": field,
            "original": original,
            "tag_id": tag_id,
            "deleted": 0,
            "date": date,
            "reason": reason,
        }

        def work(tx: _Tx) -> None:
            tx.put("annotations", None, row)
            if draft_key is not None:
                self.db.conn.execute("DELETE FROM drafts WHERE key = ?", (draft_key,))

        return self._write(label, "create", work)

    def edit(
        self,
        annotation_id: str,
        body: str,
        *,
        date: str | _Keep | None = KEEP,
        reason: str | _Keep | None = KEEP,
        draft_key: str | None = None,
    ) -> Change:
        """Replace the text of a note or the proposed value of a correction.

        `date` sets a note's date (None or "" removes it); `reason` sets a
        correction's reason (None or "" removes it). By default both stay.
        """
        new_date = date if isinstance(date, _Keep) else note_date(date)
        new_reason = reason if isinstance(reason, _Keep) else correction_reason(reason)

        def work(tx: _Tx) -> None:
            before = self._live_row("annotations", annotation_id)
            if before["kind"] == "tag":
                raise AnnotationInputError.of(ErrorKind.TAG_HAS_NO_TEXT, None)
            content = {**before, "body": body}
            if not isinstance(new_date, _Keep):
                if new_date is not None and before["kind"] != "note":
                    raise AnnotationInputError.of(ErrorKind.DATE_ONLY_ON_NOTES, None)
                content["date"] = new_date
            if not isinstance(new_reason, _Keep):
                if new_reason is not None and before["kind"] != "correction":
                    raise AnnotationInputError.of(ErrorKind.REASON_ONLY_ON_CORRECTIONS, None)
                content["reason"] = new_reason
            tx.put("annotations", before, content)
            if draft_key is not None:
                self.db.conn.execute("DELETE FROM drafts WHERE key = ?", (draft_key,))

        return self._write("Edit note", "edit", work)

    def delete(self, annotation_id: str) -> Change:
        """Delete a note, correction or tag link (kept, flagged, and undoable)."""

        def work(tx: _Tx) -> None:
            before = self._live_row("annotations", annotation_id)
            tx.put("annotations", before, {**before, "deleted": 1})

        return self._write("Delete annotation", "delete", work)

    def revert(self, change: Change) -> Change:
        """Undo `change`; returns the change that reverts this one (i.e. redo).

        Refuses with StaleChangeError when a row's content differs from what
        `change` left (edited since, e.g. by an import), instead of
        overwriting that edit. Content, not revision, is compared, so undoing
        a later change first (which writes a new revision) keeps the earlier
        ones undoable.
        """

        def work(tx: _Tx) -> None:
            for rc in reversed(change.rows):
                current = tx.get(rc.table, rc.id)
                if current is None or not same_content(rc.table, current, rc.after):
                    raise StaleChangeError.of(ErrorKind.UNDO_STALE, self.path, label=change.label)
                target = rc.before if rc.before is not None else {**current, "deleted": 1}
                tx.put(rc.table, current, {**target, "deleted": target["deleted"]})

        label = change.label if change.label.startswith("Undo ") else f"Undo {change.label}"
        return self._write(label, "undo", work)

    # -- tags --------------------------------------------------------------

    def create_tag(self, name: str, *, colour: str | None = None) -> Change:
        """A new tag; names are unique regardless of case."""
        clean = _tag_name(name)
        tag_id = uuid.uuid4().hex
        row = {"id": tag_id, "name": clean, "colour": _colour(colour), "deleted": 0}

        def work(tx: _Tx) -> None:
            self._check_tag_name_free(clean, tag_id)
            tx.put("tags", None, row)

        return self._write("Create tag", "create", work)

    def rename_tag(self, tag_id: str, name: str) -> Change:
        clean = _tag_name(name)

        def work(tx: _Tx) -> None:
            before = self._live_row("tags", tag_id)
            self._check_tag_name_free(clean, tag_id)
            tx.put("tags", before, {**before, "name": clean})

        return self._write("Rename tag", "edit", work)

    def set_tag_colour(self, tag_id: str, colour: str | None) -> Change:
        value = _colour(colour)

        def work(tx: _Tx) -> None:
            before = self._live_row("tags", tag_id)
            tx.put("tags", before, {**before, "colour": value})

        return self._write("Change tag colour", "edit", work)

    def delete_tag(self, tag_id: str) -> Change:
        """Delete a tag and its links to entries (all kept in history, undoable)."""

        def work(tx: _Tx) -> None:
            before = self._live_row("tags", tag_id)
            for link in self._tag_links(tag_id):
                tx.put("annotations", link, {**link, "deleted": 1})
            tx.put("tags", before, {**before, "deleted": 1})

        return self._write("Delete tag", "delete", work)

    def merge_tags(self, source_id: str, target_id: str) -> Change:
        """Move every use of `source_id` to `target_id`, then retire the source tag."""
        if source_id == target_id:
            raise AnnotationInputError.of(ErrorKind.TAG_MERGE_SELF, None)

        def work(tx: _Tx) -> None:
            source = self._live_row("tags", source_id)
            self._live_row("tags", target_id)
            already = {
                (r["archive_id"], r["entity_type"], r["entity_id"])
                for r in self._tag_links(target_id)
            }
            for link in self._tag_links(source_id):
                key = (link["archive_id"], link["entity_type"], link["entity_id"])
                if key in already:
                    tx.put("annotations", link, {**link, "deleted": 1})
                else:
                    tx.put("annotations", link, {**link, "tag_id": target_id})
                    already.add(key)
            tx.put("tags", source, {**source, "deleted": 1, "merged_into": target_id})

        return self._write("Merge tags", "merge", work)

    def tag_entry(self, ref: EntityRef, tag_id: str) -> Change:
        """Put a tag on an entry (a no-op change when it is already there)."""
        _check_ref(ref)

        def work(tx: _Tx) -> None:
            self._live_row("tags", tag_id)
            for link in self._tag_links(tag_id):
                if EntityRef(link["archive_id"], link["entity_type"], link["entity_id"]) == ref:
                    return
            row = {
                "id": uuid.uuid4().hex,
                "archive_id": ref.archive_id,
                "entity_type": ref.entity_type,
                "entity_id": ref.entity_id,
                "kind": "tag",
                "body": "",
                "tag_id": tag_id,
                "deleted": 0,
            }
            tx.put("annotations", None, row)

        return self._write("Add tag", "create", work)

    def untag_entry(self, ref: EntityRef, tag_id: str) -> Change:
        def work(tx: _Tx) -> None:
            for link in self._tag_links(tag_id):
                if EntityRef(link["archive_id"], link["entity_type"], link["entity_id"]) == ref:
                    tx.put("annotations", link, {**link, "deleted": 1})

        return self._write("Remove tag", "delete", work)

    def _check_tag_name_free(self, name: str, tag_id: str) -> None:
        if self.db.execute(SELECT_LIVE_TAG_BY_NAME_SQL, {"name": name, "id": tag_id}).fetchone():
            raise AnnotationInputError.of(ErrorKind.TAG_EXISTS, None, name=name)

    def _tag_links(self, tag_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query(SELECT_TAGGED_SQL, {"tag_id": tag_id})]

    # -- drafts ------------------------------------------------------------

    def save_draft(
        self,
        ref: EntityRef,
        body: str,
        *,
        annotation_id: str | None = None,
        date: str | None = None,
    ) -> Draft:
        """Save text being typed (committed like any save); returns the draft and its key.

        `date` is the note's date field as typed, kept as it is (unchecked: it
        may be half-typed); "" is kept as None.
        """
        _check_ref(ref)
        key = annotation_id or f"new:{ref.archive_id}:{ref.entity_type}:{ref.entity_id}"
        draft = Draft(
            key,
            ref.archive_id,
            ref.entity_type,
            ref.entity_id,
            AnnotationId(annotation_id) if annotation_id else None,
            body,
            now_iso(self.clock),
            date or None,
        )

        def work(tx: _Tx) -> None:
            self.db.conn.execute(
                UPSERT_DRAFT_SQL,
                {
                    "key": draft.key,
                    "archive_id": draft.archive_id,
                    "entity_type": draft.entity_type,
                    "entity_id": draft.entity_id,
                    "annotation_id": draft.annotation_id,
                    "body": draft.body,
                    "date": draft.date,
                    "saved_at": draft.saved_at,
                },
            )

        self._write("Save draft", "draft", work)
        return draft

    def drafts(self, archive_id: str | None = None) -> list[Draft]:
        """Drafts left by an editor that was not saved (e.g. after a crash)."""
        return [
            Draft(
                r["key"],
                r["archive_id"],
                r["entity_type"],
                r["entity_id"],
                AnnotationId(r["annotation_id"]) if r["annotation_id"] else None,
                r["body"],
                r["saved_at"],
                r["date"],
            )
            for r in self._query(SELECT_DRAFTS_SQL, {"archive_id": archive_id})
        ]

    def discard_draft(self, key: str) -> None:
        def work(tx: _Tx) -> None:
            self.db.conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

        self._write("Discard draft", "draft", work)

    # -- reading -----------------------------------------------------------

    def _query(self, sql: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        try:
            return [dict(r) for r in self.db.query(sql, dict(params))]
        except sqlite3.Error as exc:
            raise store_error(exc, self.path, "reading the annotations") from exc

    def _row(self, table: str, item_id: str) -> dict[str, Any] | None:
        rows = self._query(SELECT_ROW_SQL[table], {"id": item_id})
        return rows[0] if rows else None

    def _live_row(self, table: ItemTable, item_id: str) -> dict[str, Any]:
        row = self._row(table, item_id)
        if row is None or row["deleted"]:
            kind = ErrorKind.ANNOTATION_GONE if table == "annotations" else ErrorKind.TAG_GONE
            raise AnnotationInputError.of(kind, None, id=item_id)
        return row

    def get(self, annotation_id: str) -> Annotation | None:
        row = self._row("annotations", annotation_id)
        return annotation_from_row(row) if row else None

    def _annotations(self, sql: str, params: Mapping[str, Any]) -> list[Annotation]:
        # tuples straight into the record (columns are in field order): this is
        # the hot path when a person with thousands of notes is opened
        try:
            rows = self.db.conn.execute(sql, dict(params)).fetchall()
        except sqlite3.Error as exc:
            raise store_error(exc, self.path, "reading the annotations") from exc
        return [
            Annotation(
                AnnotationId(r[0]),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                TagId(r[8]) if r[8] is not None else None,
                r[9],
                r[10],
                r[11],
                r[12],
                Rev(r[13]),
                bool(r[14]),
                r[15],
                r[16],
            )
            for r in rows
        ]

    def annotations_for(self, ref: EntityRef, *, include_deleted: bool = False) -> list[Annotation]:
        """All annotations on one entry, oldest first."""
        params = {
            "archive_id": ref.archive_id,
            "entity_type": ref.entity_type,
            "entity_id": ref.entity_id,
            "all": include_deleted,
        }
        return self._annotations(SELECT_ENTITY_SQL, params)

    def annotations(
        self, archive_id: str | None = None, *, include_deleted: bool = False
    ) -> list[Annotation]:
        """Every annotation (of one archive, or of all)."""
        return self._annotations(
            SELECT_ARCHIVE_SQL, {"archive_id": archive_id, "all": include_deleted}
        )

    def dated_notes(
        self, archive_id: str, start: str, end: str, *, limit: int | None = None
    ) -> list[DatedNote]:
        """Live notes of one archive whose date overlaps [start, end] (ISO days), oldest first.

        For the timeline: reads the partial index of dated notes from where
        the longest-dated note overlapping `start` could begin, and at most
        `limit` rows, so a window of a store with 100k notes costs milliseconds.
        """
        params: dict[str, Any] = {"archive_id": archive_id, "start": start, "end": end}
        try:
            conn = self.db.conn
            longest = conn.execute(LONGEST_NOTE_SPAN_SQL, params).fetchone()[0]
            if longest is None:
                return []
            lower = dt.date.min.toordinal()
            with contextlib.suppress(ValueError):  # not an ISO day: no lower bound
                lower = max(lower, dt.date.fromisoformat(start).toordinal() - int(longest))
            params |= {"lower": dt.date.fromordinal(lower).isoformat(), "limit": limit or -1}
            rows = conn.execute(DATED_NOTES_SQL, params).fetchall()
        except sqlite3.Error as exc:
            raise store_error(exc, self.path, "reading the annotations") from exc
        return [
            DatedNote(AnnotationId(r[0]), EntityRef(r[1], r[2], r[3]), r[4], r[5], r[6], r[7])
            for r in rows
        ]

    def dated_note_spans(self, archive_id: str) -> list[tuple[str, str, str, str, str]]:
        """(id, entity_type, entity_id, earliest, latest) of every live dated note, oldest first.

        Only what placing and filtering the notes needs, for the timeline's
        Notes lane under a people filter (one pass over the partial index).
        """
        try:
            rows = self.db.conn.execute(DATED_NOTE_SPANS_SQL, {"archive_id": archive_id})
            return rows.fetchall()
        except sqlite3.Error as exc:
            raise store_error(exc, self.path, "reading the annotations") from exc

    def dated_notes_by_id(self, ids: Sequence[str]) -> list[DatedNote]:
        """The live dated notes among `ids`, oldest first (ids bound as one JSON array)."""
        try:
            rows = self.db.conn.execute(DATED_NOTES_BY_ID_SQL, {"ids": json.dumps(list(ids))})
            found = rows.fetchall()
        except sqlite3.Error as exc:
            raise store_error(exc, self.path, "reading the annotations") from exc
        return [
            DatedNote(AnnotationId(r[0]), EntityRef(r[1], r[2], r[3]), r[4], r[5], r[6], r[7])
            for r in found
        ]

    def dated_note_days(self, archive_id: str) -> list[tuple[str, int]]:
        """(ISO day, count) of where the live dated notes of an archive begin, by day.

        The timeline re-bins these for any zoom level, as it does the
        archive's own day counts. One pass over the partial index.
        """
        try:
            rows = self.db.conn.execute(DATED_NOTE_DAYS_SQL, {"archive_id": archive_id})
            return rows.fetchall()
        except sqlite3.Error as exc:
            raise store_error(exc, self.path, "reading the annotations") from exc

    def tags(self, *, include_deleted: bool = False) -> list[Tag]:
        return [tag_from_row(r) for r in self._query(SELECT_TAGS_SQL, {"all": include_deleted})]

    def tag(self, tag_id: str) -> Tag | None:
        row = self._row("tags", tag_id)
        return tag_from_row(row) if row else None

    def tagged(self, tag_id: str) -> list[Annotation]:
        """The live links of one tag: which entries carry it."""
        return [annotation_from_row(r) for r in self._tag_links(tag_id)]

    def history(self, item_id: str, *, table: ItemTable = "annotations") -> list[HistoryEntry]:
        """Every revision of an annotation (or tag), oldest first."""
        return [
            HistoryEntry(
                rev=Rev(r["rev"]),
                change_id=r["change_id"],
                item_table=r["item_table"],
                item_id=r["item_id"],
                action=r["action"],
                author=r["author"],
                at=r["at"],
                before=json.loads(r["before"]) if r["before"] else None,
                after=json.loads(r["after"]) if r["after"] else None,
            )
            for r in self._query(SELECT_HISTORY_SQL, {"table": table, "id": item_id})
        ]

    def archive_ids(self) -> list[str]:
        """Archives this store holds annotations for."""
        rows = self._query("SELECT DISTINCT archive_id FROM annotations ORDER BY 1", {})
        return [r["archive_id"] for r in rows]

    # -- maintenance -----------------------------------------------------

    def integrity_check(self) -> list[str]:
        """`PRAGMA integrity_check` lines; ["ok"] when the file is sound."""
        return [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        """Write a verified backup now and rotate old ones."""
        return backup.make_backup(
            self.db.conn,
            self.path,
            reason=reason,
            keep=self.keep_backups,
            now=self.clock(),
            key=self._key,
        )

    def maybe_backup(self) -> BackupInfo | None:
        """Take the daily backup when the newest is a day old and the store changed since."""
        now = self.clock()
        age = backup.newest_backup_age(self.path, now)
        if age is not None and age < backup.DAILY:
            return None
        last = self.db.execute("SELECT max(seq) FROM history").fetchone()[0]
        if last is None:
            return None
        newest = backup.list_backups(self.path)
        if newest and _max_seq(Path(newest[0].path), self._key) == last:
            return None
        return self.backup_now("daily")


def _max_seq(path: Path, key: str | None = None) -> int | None:
    try:
        conn = backup.connect(path.resolve().as_uri() + "?mode=ro", key, uri=True)
        try:
            value = conn.execute("SELECT max(seq) FROM history").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return int(value) if value is not None else None


def _check_ref(ref: EntityRef) -> None:
    if ref.entity_type not in ENTITY_TYPES:
        raise AnnotationInputError.of(
            ErrorKind.ENTRY_TYPE_NOT_ANNOTATABLE,
            None,
            type=ref.entity_type,
            choices=", ".join(ENTITY_TYPES),
        )
    if not ref.archive_id or not ref.entity_id:
        raise AnnotationInputError.of(ErrorKind.ANNOTATION_NEEDS_IDS, None)


def _tag_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise AnnotationInputError.of(ErrorKind.TAG_NAME_EMPTY, None)
    return clean


def _colour(colour: str | None) -> str | None:
    if colour is None:
        return None
    value = colour.strip().lower()
    if len(value) != 7 or value[0] != "#" or any(c not in "0123456789abcdef" for c in value[1:]):
        raise AnnotationInputError.of(ErrorKind.TAG_COLOUR_INVALID, None, colour=colour)
    return value


def _connect(path: Path, busy_timeout_ms: int, key: str | None = None) -> sqlite3.Connection:
    """A read-write connection, or a read-only one when the folder cannot be written.

    A WAL store on a read-only medium cannot get its `-shm` file; SQLite then
    reads it as immutable (only when no WAL content is pending, which a clean
    close guarantees because it returns the file to rollback-journal mode).
    With `key` the connection is SQLCipher's, keyed before its first read.
    """
    conn = backup.connect(path, key)
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
        wal = Path(f"{path}-wal")
        pending_wal = wal.exists() and wal.stat().st_size > 0
        uri = path.resolve().as_uri() + ("?mode=ro" if pending_wal else "?mode=ro&immutable=1")
        conn = backup.connect(uri, key, uri=True)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA trusted_schema = 0")
    # deleted drafts and recent searches are overwritten, not left readable in free pages
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _set_wal(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError("attempt to write a readonly database")
    conn.execute("PRAGMA synchronous = FULL")  # FULL in WAL: fsync the WAL on every commit


def _has_good_backup(path: Path, key: str | None) -> bool:
    return any(backup.quick_check(Path(b.path), key) for b in backup.list_backups(path))


def _looks_damaged(path: Path, busy_timeout_ms: int, key: str | None = None) -> bool:
    """True when the file is not a readable SQLite database that passes quick_check.

    Encryption is told apart from damage first, so a missing or wrong
    passphrase never makes a good store look damaged (and get moved aside):
    without `key`, random-looking bytes with no plain backup mean "encrypted";
    with `key`, a first page that does not decrypt means a wrong passphrase
    unless a backup opens with that key (then the key is right and the
    store damaged).
    """
    from db.encryption import is_probably_encrypted

    with path.open("rb") as fh:
        plain = fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    if key is None and not plain:
        if is_probably_encrypted(path) and not _has_good_backup(path, None):
            raise AnnotationStorePassphraseError.of(ErrorKind.STORE_ENCRYPTED, path)
        return True
    if key is not None and plain:
        raise AnnotationStorePassphraseError.of(ErrorKind.STORE_NOT_ENCRYPTED, path)
    try:
        conn = _connect(path, busy_timeout_ms, key)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        failure = failure_of(exc)
        if (
            key is not None
            and failure is Failure.NOT_A_DATABASE
            and not _has_good_backup(path, key)
        ):
            raise AnnotationStorePassphraseError.of(ErrorKind.STORE_WRONG_PASSPHRASE, path) from exc
        if failure in (Failure.CORRUPT, Failure.NOT_A_DATABASE):
            return True
        raise
    return rows != [("ok",)]


def _database(conn: sqlite3.Connection) -> Database:
    """The store's Database: no sqlite-utils plugins, as for archives (db.connection).

    Plugins could register functions on the connection, and finding them scans
    every installed distribution's metadata (tens of milliseconds on the GUI thread).
    """
    return Database(conn, execute_plugins=False)


def open_store(
    path: str | Path | None = None,
    *,
    author: str,
    keep_backups: int = DEFAULT_KEEP_BACKUPS,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    clock: Callable[[], dt.datetime] = _utcnow,
    passphrase: str | None = None,
) -> AnnotationStore:
    """Open (or create) an annotation store; `None` means the per-user default store.

    With `passphrase` the store is an SQLCipher file (created encrypted, or
    opened with it): the file and its backups hold no plaintext note. A
    missing or wrong passphrase raises AnnotationStorePassphraseError and
    changes nothing. Without one the store is a plain SQLite file (the default).

    A damaged store is moved aside and the newest good backup restored
    (`store.recovered_from` says which); a store from a newer Kartoteka is
    refused. A store on a read-only disk opens for reading, and saves raise
    AnnotationStoreReadOnlyError.
    """
    p = Path(path).expanduser() if path is not None else default_store_path()
    key = passphrase or None
    recovered: tuple[BackupInfo, Path] | None = None
    exists = p.exists() and p.stat().st_size > 0
    if key is not None and not exists:
        from db.encryption import MIN_PASSPHRASE_CHARS

        if len(key) < MIN_PASSPHRASE_CHARS:
            raise AnnotationStorePassphraseError.of(
                ErrorKind.STORE_PASSPHRASE_SHORT, p, chars=MIN_PASSPHRASE_CHARS
            )
    if p.exists() and p.is_dir():
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_IS_FOLDER, p)
    if p.exists() and p.stat().st_size == 0 and backup.list_backups(p):
        exists = True  # an emptied file with backups is damage, not a new store
    if exists:
        try:
            damaged = _looks_damaged(p, busy_timeout_ms, key)
        except sqlite3.Error as exc:
            raise store_error(exc, p, "opening the annotations") from exc
        if damaged:
            recovered = backup.restore_newest_good(p, key)
    else:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            if not os.access(p.parent, os.W_OK):
                raise PermissionError(errno.EROFS, "the folder is read-only")
        except OSError as exc:
            raise AnnotationStoreReadOnlyError.of(
                ErrorKind.STORE_NOT_CREATED, p, cause=exc
            ) from exc
    try:
        conn = _connect(p, busy_timeout_ms, key)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise store_error(exc, p, "opening the annotations") from exc
    db = _database(conn)
    _check_kind(p, conn, tables, version)
    _refuse_foreign_code(p, conn)
    store = AnnotationStore(
        p,
        db,
        author=author,
        keep_backups=keep_backups,
        busy_timeout_ms=busy_timeout_ms,
        clock=clock,
        key=key,
    )
    if recovered is not None:
        store.recovered_from, store.moved_aside = recovered
    try:
        pending = annotation_schema.migrations.pending(db)
        if pending:
            if set(annotation_schema.TABLES) & tables:
                store.backup_now("migration")
            _set_wal(conn)
            annotation_schema.migrations.apply(db)
        else:
            with contextlib.suppress(sqlite3.OperationalError):
                _set_wal(conn)  # a read-only medium: reading still works
        if not pending:
            with contextlib.suppress(AnnotationStoreError, sqlite3.Error):
                store.maybe_backup()
    except sqlite3.Error as exc:
        conn.close()
        raise store_error(exc, p, "preparing the annotation store") from exc
    except AnnotationStoreError:
        conn.close()
        raise
    return store


def _check_kind(p: Path, conn: sqlite3.Connection, tables: set[str], version: int) -> None:
    ours = set(annotation_schema.TABLES)
    others = tables - ours - {"_sqlite_migrations", "sqlite_sequence", "sqlite_stat1"}
    if others and not ours & tables:
        conn.close()
        raise NotAnAnnotationStoreError.of(ErrorKind.STORE_OTHER_FILE, p)
    known = set(annotation_schema.known_versions())
    applied: set[str] = set()
    if "_sqlite_migrations" in tables:
        applied = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                (annotation_schema.MIGRATION_SET,),
            )
        }
    if version > annotation_schema.SCHEMA_VERSION or applied - known:
        conn.close()
        raise AnnotationStoreTooNewError.of(
            ErrorKind.STORE_TOO_NEW,
            p,
            version=version,
            supported=annotation_schema.SCHEMA_VERSION,
        )


def _refuse_foreign_code(p: Path, conn: sqlite3.Connection) -> None:
    """Refuse a store holding triggers or views: Kartoteka creates neither.

    A store can arrive from someone else (beside an archive on a USB stick). With
    trusted_schema off a trigger cannot call app functions, but it still runs
    plain SQL on every save (it could delete or rewrite notes, history included),
    and a view could stand in for a table and never finish. Nothing is run or
    written before this check: opening reads only sqlite_master, quick_check and
    the version.
    """
    try:
        found = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"
        ).fetchall()
    except sqlite3.Error as exc:
        conn.close()
        raise store_error(exc, p, "opening the annotations") from exc
    if not found:
        return
    conn.close()
    names = ", ".join(f"{kind} “{name}”" for kind, name in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    raise NotAnAnnotationStoreError.of(ErrorKind.STORE_HOLDS_CODE, p, names=names + more)


def iter_searchable_text(store: AnnotationStore, archive_id: str) -> Iterator[tuple[str, str, str]]:
    """(entity_type, entity_id, text) of every live note and correction, for search.

    A correction's text is its proposed value and, on the next line, its reason.
    """
    for row in store._query(SEARCHABLE_SQL, {"archive_id": archive_id}):
        yield row["entity_type"], row["entity_id"], row["body"]


def ids_of(changes: Sequence[Change]) -> list[str]:
    """Ids of the rows a sequence of changes created or touched (handy for callers)."""
    return [rc.id for ch in changes for rc in ch.rows]
