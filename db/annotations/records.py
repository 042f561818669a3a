"""Frozen records the annotation store hands out instead of rows.

`Change` is the unit of undo: every write returns the `Change` it made, and
`AnnotationStore.revert(change)` applies its inverse and returns the change
that reverts *that* (so undo and redo are the same call, as QUndoStack wants).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NewType

AnnotationId = NewType("AnnotationId", str)
TagId = NewType("TagId", str)
Rev = NewType("Rev", str)

ENTITY_TYPES = (
    "person",
    "sentence",
    "quote",
    "event",
    "source",
    "organization",
    "relation",
    "figure",
)
KINDS = ("note", "tag", "correction")
ItemTable = Literal["annotations", "tags"]
Resolution = Literal["mine", "theirs", "both"]
"""How an import conflict is settled: keep the local text, take the incoming
one (the local text stays in the history), or keep both as separate notes."""

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entry of an archive, by the archive's identity and the entry's stable id."""

    archive_id: str
    entity_type: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note, a tag on an entry, or a proposed correction of one field."""

    id: AnnotationId
    archive_id: str
    entity_type: str
    entity_id: str
    kind: str  # one of KINDS
    body: str  # note text (simple Markdown subset) or the proposed value
    field: str | None  # correction: the field the new value is for
    original: str | None  # correction: the archive's value when proposed
    tag_id: TagId | None  # tag: which tag
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    rev: Rev
    deleted: bool
    date: str | None = None  # note: the date it is about (EDTF, e.g. "2024-05"), or None
    reason: str | None = None  # correction: why (None: none given, or proposed before reasons)

    @property
    def entity(self) -> EntityRef:
        return EntityRef(self.archive_id, self.entity_type, self.entity_id)


@dataclass(frozen=True, slots=True)
class DatedNote:
    """A live note with a date, as the timeline places it (`AnnotationStore.dated_notes`)."""

    id: AnnotationId
    entity: EntityRef
    date: str  # EDTF as typed
    earliest: str  # ISO day bounds of `date`
    latest: str
    excerpt: str  # the note's first NOTE_EXCERPT_CHARS characters


@dataclass(frozen=True, slots=True)
class Tag:
    id: TagId
    name: str
    colour: str | None  # '#rrggbb'
    merged_into: TagId | None
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    rev: Rev
    deleted: bool


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One revision of an annotation or tag: who, when, what before and after."""

    rev: Rev
    change_id: str
    item_table: str
    item_id: str
    action: str  # create, edit, delete, undo, merge, import, resolve
    author: str
    at: str
    before: Row | None
    after: Row | None


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row's state before and after a change (None before = created)."""

    table: ItemTable
    id: str
    before: Row | None
    after: Row


@dataclass(frozen=True, slots=True)
class Change:
    """What one write did; pass it to `AnnotationStore.revert` to undo it."""

    id: str
    label: str  # for the Edit menu: "Add note", "Merge tags" …
    rows: tuple[RowChange, ...]

    @property
    def entities(self) -> frozenset[EntityRef]:
        """Entries whose annotations changed, so panes can refresh only those."""
        refs: set[EntityRef] = set()
        for rc in self.rows:
            for state in (rc.before, rc.after):
                if rc.table == "annotations" and state is not None:
                    refs.add(
                        EntityRef(state["archive_id"], state["entity_type"], state["entity_id"])
                    )
        return frozenset(refs)


@dataclass(frozen=True, slots=True)
class Draft:
    """Text being typed, saved so that a crash never loses more than a keystroke burst."""

    key: str
    archive_id: str
    entity_type: str
    entity_id: str
    annotation_id: AnnotationId | None
    body: str
    saved_at: str
    date: str | None = None  # the note's date field as typed (not checked; may be half-typed)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: str
    taken_at: str  # ISO UTC
    reason: str  # daily, migration, manual, before-restore


@dataclass(frozen=True, slots=True)
class Conflict:
    """Both sides changed the same item since their last common revision."""

    table: ItemTable
    id: str
    mine: Row
    theirs: Row


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What `apply_import` will do; nothing is written until it is applied."""

    source: str
    additions: tuple[Row, ...]  # rows new to this store (annotations and tags)
    changes: tuple[RowChange, ...]  # fast-forward edits and deletions
    conflicts: tuple[Conflict, ...]
    unchanged: int
    tag_map: Mapping[str, str] = field(default_factory=dict)  # incoming tag id -> local id
    history: tuple[Row, ...] = ()  # incoming history entries this store lacks

    @property
    def deletions(self) -> tuple[RowChange, ...]:
        return tuple(c for c in self.changes if c.after.get("deleted"))


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: str
    annotations: int
    tags: int
