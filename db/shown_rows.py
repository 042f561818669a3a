"""People-list rows and timeline labels in the reader's script, with each row's summary.

The list's rows come from `db.people.page_rows` with the archive's display
name; `rows_in_script` gives each row the spelling of the script the reader
chose (db.shown_names) and its summary (db.summary: total term, expected
end), two indexed reads for a page of 200 rows. Timeline labels of
sentences, quotes and transfers begin with a person's display name ("Name: …",
"Name → facility") and recognitions, appeals and sentences carry it as `who`
(worded by the viewer); `items_in_script` puts the shown name in both, so every
pane names a person alike, and `facets_in_script` names the courts of the filters the same way.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import TypeVar

from sqlite_utils import Database

from db.diff import ArchiveDiff, PersonChange, PersonRef
from db.records import Facets, NameScript, OrgId, PersonId, PersonRow, ShownName, TimelineItem
from db.shown_names import org_names, person_names, person_names_by_pk, sorted_by_name
from db.summary import get_summaries

_Named = TypeVar("_Named", PersonRef, PersonChange)


def rows_in_script(
    db: Database, rows: Sequence[PersonRow], script: NameScript, as_of: str | None = None
) -> list[PersonRow]:
    """`rows` with the name shown in `script` and their summary (the list's columns)."""
    if not rows:
        return []
    pks = [r.pk for r in rows]
    summaries = get_summaries(db, pks, as_of)
    names = person_names_by_pk(db, pks, script) if script is not NameScript.ARCHIVE else {}
    out = []
    for r in rows:
        shown = names.get(r.pk)
        out.append(
            dataclasses.replace(
                r,
                display_name=shown.text if shown is not None else r.display_name,
                name_exact=shown.exact if shown is not None else True,
                summary=summaries.get(r.pk),
            )
        )
    return out


def _display_names(db: Database, ids: Sequence[PersonId]) -> dict[PersonId, str]:
    sql = "SELECT id, display_name FROM people WHERE id IN (SELECT value FROM json_each(:ids))"
    found = db.execute(sql, {"ids": json.dumps(list(ids), ensure_ascii=False)})
    return {PersonId(str(r[0])): str(r[1]) for r in found}


def items_in_script(
    db: Database, items: Sequence[TimelineItem], script: NameScript
) -> list[TimelineItem]:
    """Timeline items whose label starts with a person's name, that name in `script`."""
    if script is NameScript.ARCHIVE:
        return list(items)
    firsts = list(dict.fromkeys(i.person_ids[0] for i in items if i.person_ids))
    if not firsts:
        return list(items)
    display = _display_names(db, firsts)
    shown = person_names(db, firsts, script)
    out = []
    for item in items:
        pid = item.person_ids[0] if item.person_ids else None
        old = display.get(pid) if pid is not None else None
        new = shown.get(pid) if pid is not None else None
        if old and new is not None:
            item = _renamed(item, old, new.text)
        out.append(item)
    return out


def _renamed(item: TimelineItem, old: str, new: str) -> TimelineItem:
    """`item` with `new` for the leading name `old` ("Name: …", "Name → …") and its `who`."""
    label = item.label
    rest = label[len(old) :]
    if label.startswith(old) and not rest[:1].isalnum():
        label = new + rest
    who = new if item.who == old else item.who
    if label == item.label and who == item.who:
        return item
    return dataclasses.replace(item, label=label, who=who)


def facets_in_script(db: Database, facets: Facets, script: NameScript) -> Facets:
    """The filters' courts named in `script` (their values, the court ids, stay)."""
    if script is NameScript.ARCHIVE or not facets.courts:
        return facets
    shown = org_names(db, [OrgId(v.value) for v in facets.courts], script)
    courts = tuple(
        dataclasses.replace(v, label=shown[OrgId(v.value)].text) if OrgId(v.value) in shown else v
        for v in facets.courts
    )
    return dataclasses.replace(facets, courts=courts)


def diff_in_script(
    old: Database,
    new: Database,
    diff: ArchiveDiff,
    script: NameScript,
    *,
    collation: NameScript | None = None,
) -> ArchiveDiff:
    """`diff` naming each person in `script`, as the list does (removed ones from `old`).

    Each list of people is in the order of their shown names (surname first) by
    ICU collation: of `script`, as the people list sorts them, or, with names as
    the archive writes them, of `collation` (the reader's language). It was the
    archive's sort names, in the archive's script, compared code point by code point.
    """
    order = script if script is not NameScript.ARCHIVE else collation or NameScript.LATIN
    if order is NameScript.ARCHIVE:
        order = NameScript.LATIN
    if script is NameScript.ARCHIVE:
        return _sorted_diff(diff, order)
    ids = [p.person_id for p in diff.added] + [p.person_id for p in diff.changed]
    shown_new = person_names(new, ids, script)
    shown_old = person_names(old, [p.person_id for p in diff.removed], script)

    def named(person: _Named, shown: dict[PersonId, ShownName]) -> _Named:
        name = shown.get(person.person_id)
        return person if name is None else dataclasses.replace(person, display_name=name.text)

    shown_others: dict[str, str] = {}
    for db in (old, new):  # the new edition's name wins
        orgs = org_names(db, [OrgId(i) for i in diff.others], script)
        people = person_names(db, [PersonId(i) for i in diff.others], script)
        shown_others.update({str(k): v.text for k, v in orgs.items()})
        shown_others.update({str(k): v.text for k, v in people.items()})
    shown = dataclasses.replace(
        diff,
        added=tuple(named(p, shown_new) for p in diff.added),
        removed=tuple(named(p, shown_old) for p in diff.removed),
        changed=tuple(named(p, shown_new) for p in diff.changed),
        others={i: shown_others.get(i, name) for i, name in diff.others.items()},
    )
    return _sorted_diff(shown, order)


def _by_name(people: Sequence[_Named], collation: NameScript) -> tuple[_Named, ...]:
    return tuple(sorted_by_name(people, lambda p: p.display_name, collation))


def _sorted_diff(diff: ArchiveDiff, collation: NameScript) -> ArchiveDiff:
    return dataclasses.replace(
        diff,
        added=_by_name(diff.added, collation),
        removed=_by_name(diff.removed, collation),
        changed=_by_name(diff.changed, collation),
    )
