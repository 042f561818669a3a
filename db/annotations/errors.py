"""Errors of the annotation store, each with a message a person can act on.

They derive from `db.errors.KartotekaError`, so the GUI and the CLI show them
like archive errors. Whenever one is raised, everything saved before it is
still in the store, and the same call works again once the cause is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.errors import KartotekaError


class AnnotationStoreError(KartotekaError):
    """The annotation store cannot be used or written right now."""

    title = "Annotations cannot be saved"


class AnnotationStoreFullError(AnnotationStoreError):
    title = "Disk full"


class AnnotationStoreReadOnlyError(AnnotationStoreError):
    title = "Annotations are read-only"


class AnnotationStoreLockedError(AnnotationStoreError):
    title = "Annotations are in use"


class AnnotationStoreDamagedError(AnnotationStoreError):
    title = "Annotation store is damaged"


class AnnotationStorePassphraseError(AnnotationStoreError):
    """An encrypted store was opened without its passphrase, or with a wrong one."""

    title = "Annotations are encrypted"


class AnnotationStoreTooNewError(AnnotationStoreError):
    title = "Annotation store is too new"


class NotAnAnnotationStoreError(AnnotationStoreError):
    title = "Not an annotation store"


class StaleChangeError(AnnotationStoreError):
    """An undo, redo or import plan no longer matches the store (edited since)."""

    title = "Changed in the meantime"


class AnnotationInputError(AnnotationStoreError):
    """A value passed in cannot be stored (unknown entity type, empty tag name …)."""

    title = "Cannot save annotation"


class ExchangeFileError(AnnotationStoreError):
    """An annotation exchange file cannot be read or is not one."""

    title = "Cannot import annotations"

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message, path=path)


@dataclass(frozen=True, slots=True)
class ConflictName:
    """What an undecided conflict is about, for the interface to word in its language.

    A tag (`kind` "tag" and its `name`, no entry), or an annotation of `kind`
    (note, correction, tag) on the entry `entity_type` `entity_id`.
    """

    kind: str
    name: str = ""
    entity_type: str = ""
    entity_id: str = ""

    def __str__(self) -> str:
        if not self.entity_type:
            return f"tag “{self.name}”"
        return f"{self.kind} on {self.entity_type} {self.entity_id}"


class UnresolvedConflictsError(AnnotationStoreError):
    """`apply_import` was called without a resolution for every conflict.

    `conflicts` names the first few undecided ones (its `{names}` in English).
    """

    title = "Conflicts to resolve"
    conflicts: tuple[ConflictName, ...] = ()
