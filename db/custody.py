"""Where people are held: custody placements, facilities and "held in" now.

A placement is one stay at one facility (`placements`, format 2); a facility
is an organization with its kind and official postal addresses. A person is
held now in their latest placement without an end, unless their status says
they are out (released, in exile, deceased): a source that never recorded
the end of a stay must not send letters to a prison the person has left.
Archives of format 1 have no placements; every read here returns nothing
for them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from db import dates
from db import migrations as schema
from db.records import Facility, OrgId, PersonId, Placement, PlacementId

OUT_OF_CUSTODY = ("released", "in_exile", "deceased")
"""Statuses under which an open placement is history, not where the person is."""

FACILITY_COLUMNS = "o.id, o.name, o.facility_kind, o.city, o.address_ru, o.address_be"
"""Columns of `organizations o` that make a Facility (see `facility_from`)."""

_PLACEMENT_COLUMNS = f"""
pl.id, pl.person_id, pl.start_edtf, pl.start_earliest, pl.start_latest,
pl.end_edtf, pl.end_earliest, pl.end_latest, pl.incommunicado, pl.note, {FACILITY_COLUMNS}
"""
_PERSON_SQL = f"""
SELECT {_PLACEMENT_COLUMNS}
FROM placements pl LEFT JOIN organizations o ON o.id = pl.facility_id
WHERE pl.person_id = :id
ORDER BY pl.start_earliest IS NULL, pl.start_earliest, pl.pk
"""
_STATUS_SQL = "SELECT status FROM people WHERE id = :id"
_FACILITY_SQL = f"SELECT {FACILITY_COLUMNS} FROM organizations o WHERE o.id = :id"
_FACILITY_PEOPLE_SQL = """
SELECT DISTINCT pl.person_id FROM placements pl
WHERE pl.facility_id = :id AND pl.end_edtf IS NULL
  AND pl.person_id IN (SELECT id FROM people WHERE status NOT IN
                       (SELECT value FROM json_each(:out)))
ORDER BY pl.person_id LIMIT :limit
"""


def facility_from(r: Sequence[Any]) -> Facility | None:
    """A Facility from the FACILITY_COLUMNS of a row (None when the id is NULL)."""
    if r[0] is None:
        return None
    return Facility(
        id=OrgId(r[0]),
        name=r[1] or r[0],
        facility_kind=r[2],
        city=r[3],
        address_ru=r[4],
        address_be=r[5],
    )


def placement_from(r: Sequence[Any], citations: tuple[int, ...] = ()) -> Placement:
    """A Placement from the placement columns of `_PLACEMENT_COLUMNS` order."""
    return Placement(
        id=PlacementId(r[0]),
        person_id=PersonId(r[1]),
        facility=facility_from(r[10:16]),
        start=dates.from_columns(r[2], r[3], r[4]),
        end=dates.from_columns(r[5], r[6], r[7]),
        incommunicado=bool(r[8]),
        note=r[9],
        citations=citations,
    )


def placement_rows(db: Database, person_id: str) -> list[Sequence[Any]]:
    """A person's placement rows by start (for db.person, which numbers their citations)."""
    if schema.archive_version(db) < 2:
        return []
    return list(db.execute(_PERSON_SQL, {"id": person_id}))


def current_of(placements: Sequence[Placement], status: str) -> Placement | None:
    """Where someone with these placements (by start) and this status is held now."""
    if status in OUT_OF_CUSTODY:
        return None
    open_ones = [p for p in placements if p.end is None]
    if not open_ones:
        return None
    # the latest start; an unknown start counts as earlier than any known one
    return max(
        enumerate(open_ones),
        key=lambda ip: (
            ip[1].start is not None,
            ip[1].start.earliest if ip[1].start else "",
            ip[0],
        ),
    )[1]


def person_placements(db: Database, person_id: PersonId) -> tuple[Placement, ...]:
    """A person's custody history (transfers), earliest first."""
    return tuple(placement_from(r) for r in placement_rows(db, person_id))


def held_in(db: Database, person_id: PersonId) -> Placement | None:
    """The placement a person is held in now, or None (not in custody, or not known)."""
    row = db.execute(_STATUS_SQL, {"id": person_id}).fetchone()
    if row is None:
        return None
    return current_of(person_placements(db, person_id), row[0])


def get_facility(db: Database, org_id: OrgId) -> Facility | None:
    """One organization as a facility (kind and addresses), or None if unknown."""
    if schema.archive_version(db) < 2:
        return None
    row = db.execute(_FACILITY_SQL, {"id": org_id}).fetchone()
    return None if row is None else facility_from(row)


def people_held_in(db: Database, org_id: OrgId, *, limit: int = 1000) -> list[PersonId]:
    """Ids of people held in a facility now (up to `limit`), for a facility's page."""
    if schema.archive_version(db) < 2:
        return []
    params = {"id": org_id, "out": json.dumps(OUT_OF_CUSTODY), "limit": limit}
    return [PersonId(r[0]) for r in db.execute(_FACILITY_PEOPLE_SQL, params)]
