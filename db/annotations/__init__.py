"""The annotation store: notes, tags and corrections kept apart from archives.

Public API (see docs/ANNOTATIONS.md for the design): `open_store`, the
`AnnotationStore` methods, `revert` for undo/redo, `export_annotations`,
`plan_import`/`apply_import`, `orphans`, `iter_searchable_text`,
`change_store_passphrase` (encrypt a store or change its passphrase).
"""

from __future__ import annotations

from db.annotations.backup import list_backups
from db.annotations.errors import (
    AnnotationInputError,
    AnnotationStoreDamagedError,
    AnnotationStoreError,
    AnnotationStoreFullError,
    AnnotationStoreLockedError,
    AnnotationStorePassphraseError,
    AnnotationStoreReadOnlyError,
    AnnotationStoreTooNewError,
    ConflictName,
    ExchangeFileError,
    NotAnAnnotationStoreError,
    StaleChangeError,
    UnresolvedConflictsError,
)
from db.annotations.exchange import (
    apply_import,
    export_annotations,
    export_plain_json,
    plan_import,
)
from db.annotations.orphans import archive_identity, existing_entities, orphans
from db.annotations.reader import ReaderSlot, StoreReader
from db.annotations.records import (
    ENTITY_TYPES,
    Annotation,
    AnnotationId,
    BackupInfo,
    Change,
    Conflict,
    DatedNote,
    Draft,
    EntityRef,
    ExportReport,
    HistoryEntry,
    ImportPlan,
    Resolution,
    RowChange,
    Tag,
    TagId,
)
from db.annotations.rekey import change_store_passphrase, check_store_passphrase
from db.annotations.store import (
    AnnotationStore,
    beside_archive_path,
    default_store_path,
    iter_searchable_text,
    open_store,
)

__all__ = [
    "ENTITY_TYPES",
    "Annotation",
    "AnnotationId",
    "AnnotationInputError",
    "AnnotationStore",
    "AnnotationStoreDamagedError",
    "AnnotationStoreError",
    "AnnotationStoreFullError",
    "AnnotationStoreLockedError",
    "AnnotationStorePassphraseError",
    "AnnotationStoreReadOnlyError",
    "AnnotationStoreTooNewError",
    "BackupInfo",
    "Change",
    "Conflict",
    "ConflictName",
    "DatedNote",
    "Draft",
    "EntityRef",
    "ExchangeFileError",
    "ExportReport",
    "HistoryEntry",
    "ImportPlan",
    "NotAnAnnotationStoreError",
    "ReaderSlot",
    "Resolution",
    "RowChange",
    "StaleChangeError",
    "StoreReader",
    "Tag",
    "TagId",
    "UnresolvedConflictsError",
    "apply_import",
    "archive_identity",
    "beside_archive_path",
    "change_store_passphrase",
    "check_store_passphrase",
    "default_store_path",
    "existing_entities",
    "export_annotations",
    "export_plain_json",
    "iter_searchable_text",
    "list_backups",
    "open_store",
    "orphans",
    "plan_import",
]
