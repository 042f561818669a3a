"""Edit ▸ Orphaned annotations…: annotations whose entry this edition lacks.

Orphans stay in the store (a later edition may bring the entry back, and
nothing is ever deleted automatically); this page only lists them. The
check looks up just the annotated entries in the archive (indexed), so it
does not scan a large archive.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from sqlite_utils import Database

from db.annotations import Annotation, TagId, orphans
from db.entries import existing_entries
from viewer.annotations.entries import field_label
from viewer.annotations.session import AnnotationSession
from viewer.translations import Context


def find_orphans(session: AnnotationSession, archive_db: Database) -> list[Annotation]:
    store, archive_id = session.store, session.archive_id
    if store is None or archive_id is None:
        return []
    annotated = {(a.entity_type, a.entity_id) for a in store.annotations(archive_id)}
    present = existing_entries(archive_db, annotated)
    return orphans(store, archive_id, present)


Orphans = Context("Orphans")
"""Strings of the orphans page (lupdate reads `Orphans.tr`)."""


def orphans_html(
    found: list[Annotation],
    tag_names: Mapping[TagId, str],
    reason: Callable[[str, str], str | None] | None = None,
) -> str:
    """A table of orphans, or a sentence saying there are none.

    `reason(entity_type, entity_id)` says why an entry is gone, once File ▸
    Compare with another edition… compared with the edition that had it;
    until then the page points there.
    """

    if not found:
        return (
            "<p>"
            + escape(Orphans.tr("Every annotation belongs to an entry of this archive."))
            + "</p>"
        )
    rows = []
    for a in found:
        if a.kind == "tag" and a.tag_id is not None:
            what = Orphans.tr("tag “{name}”").format(name=tag_names.get(a.tag_id, a.tag_id))
        elif a.kind == "correction":
            what = Orphans.tr("correction of {field}: {body}").format(
                field=field_label(a.field or ""), body=a.body
            )
        else:
            what = a.body
        rows.append(
            f"<tr><td>{escape(a.entity_type)}</td><td>{escape(a.entity_id)}</td>"
            f"<td>{escape(what)}</td><td>{escape(a.updated_by)}, {escape(a.updated_at[:10])}</td>"
            f"<td>{escape(_why(reason, a.entity_type, a.entity_id))}</td></tr>"
        )
    intro = Orphans.tr(
        "{n} annotations refer to entries that are not in this edition of the archive. "
        "They are kept in the store and come back if an edition has the entries again.",
        "",
        len(found),
    ).format(n=len(found))
    headings = (
        Orphans.tr("Type"),
        Orphans.tr("Entry id"),
        Orphans.tr("Annotation"),
        Orphans.tr("By"),
        Orphans.tr("Why"),
    )
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headings)
    hint = Orphans.tr(
        "To see why each entry is gone, use File ▸ Compare with another edition… with the "
        "earlier edition that had it."
    )
    return (
        f"<p>{escape(intro)}</p><p>{escape(hint)}</p>"
        f"<table cellpadding='3'><tr>{head}</tr>{''.join(rows)}</table>"
    )


def _why(reason: Callable[[str, str], str | None] | None, entity_type: str, entity_id: str) -> str:
    found = reason(entity_type, entity_id) if reason is not None else None
    return found or Orphans.tr("not compared yet")
