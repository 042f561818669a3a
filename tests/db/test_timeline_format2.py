"""Format 2's dated facts on the timeline: transfers in their own lane, recognitions, appeals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from sqlite_utils import Database

from db.connection import open_archive
from db.records import PeopleQuery, PersonId
from db.sample import sample_documents
from db.timeline import (
    STORED_LANES,
    _item,
    part_label,
    person_item_ids,
    timeline_day_counts,
    timeline_density,
    timeline_extent,
    timeline_items,
)
from db.untrusted import truncate_for_display
from tests.data.format_v2 import build_v1_archive


def _items(path: Path, q: PeopleQuery) -> dict[str, tuple[str, str, str]]:
    with open_archive(path) as archive:
        items = timeline_items(archive.db, q, start="1900-01-01", end="2100-01-01", limit=1000)
    return {i.item_id: (i.kind, i.lane, i.label) for i in items}


def test_transfers_recognitions_and_appeals_are_on_the_timeline(v2_archive_path: Path) -> None:
    items = _items(v2_archive_path, PeopleQuery())
    assert items["pl-ales-1"] == (
        "placement", "custody", "Ales Kavalevich → Pre-trial Detention Centre No. 1"
    )  # fmt: skip
    assert items["pl-ales-2"][:2] == ("placement", "custody")
    assert items["rec-ales"][:2] == ("recognition", "statement")
    assert "Viasna" in items["rec-ales"][2]
    assert items["a-ales"] == ("appeal", "trial", "Ales Kavalevich: term reduced (Supreme Court)")
    only_lawyer = _items(v2_archive_path, PeopleQuery(only_ids=(PersonId("p-law"),)))
    assert not {"pl-ales-1", "rec-ales", "a-ales"} & set(only_lawyer)
    only_ales = _items(v2_archive_path, PeopleQuery(only_ids=(PersonId("p-ales"),)))
    assert {"pl-ales-1", "pl-ales-2", "rec-ales", "a-ales"} <= set(only_ales)


def test_recognitions_and_appeals_carry_their_codes_for_the_viewer_to_word(
    v2_archive_path: Path,
) -> None:
    """db/ gives the codes and names; the English label is worded from them, not in SQL."""
    with open_archive(v2_archive_path) as archive:
        items = timeline_items(
            archive.db, PeopleQuery(), start="1900-01-01", end="2100-01-01", limit=1000
        )
    by_id = {i.item_id: i for i in items}
    rec, appeal = by_id["rec-ales"], by_id["a-ales"]
    assert (rec.who, rec.code) == ("Ales Kavalevich", "recognized")
    assert rec.by is not None
    assert rec.label == f"Ales Kavalevich: Political prisoner ({rec.by})"
    assert (appeal.who, appeal.code, appeal.by) == ("Ales Kavalevich", "reduced", "Supreme Court")
    assert by_id["pl-ales-1"].code is None  # transfers are names and an arrow
    assert part_label("appeal", None, "new_outcome", None) == "new outcome"


def test_a_persons_items_include_their_format_2_facts(v2_archive_path: Path) -> None:
    with open_archive(v2_archive_path) as archive:
        ids = person_item_ids(archive.db, "p-ales")
    assert {"pl-ales-1", "pl-ales-2", "rec-ales", "a-ales", "s-ales"} <= ids


def test_density_and_stored_days_count_the_new_kinds(v2_archive_path: Path) -> None:
    db = Database(sqlite3.connect(v2_archive_path))
    try:
        stored = timeline_day_counts(db, PeopleQuery())
        db.conn.execute("SAVEPOINT empty_cache")
        db.conn.execute("DELETE FROM timeline_days")
        db.conn.execute("DELETE FROM timeline_bounds")
        computed = timeline_day_counts(db, PeopleQuery())
        filtered = timeline_day_counts(db, PeopleQuery(only_ids=(PersonId("p-ales"),)))
        density = timeline_density(db, PeopleQuery(), start="2000-01-01", end="2030-01-01", bins=10)
        db.conn.execute("ROLLBACK TO empty_cache")
    finally:
        db.close()
    assert stored.total == computed.total == density.total
    assert int(computed.cumulative["custody"][-1]) == 2
    for lane in STORED_LANES:
        assert np.array_equal(stored.days[lane], computed.days[lane])
    assert filtered.total == computed.total  # every dated fact of the fixture is Ales's


def test_a_format_1_archive_still_has_a_timeline(tmp_path: Path) -> None:
    docs = sample_documents()
    path = tmp_path / "v1.db"
    build_v1_archive(path, docs["meta"], docs)
    with open_archive(path) as archive:
        assert timeline_extent(archive.db, PeopleQuery(only_ids=(PersonId("p-tsikhanouski"),)))
        items = timeline_items(
            archive.db, PeopleQuery(), start="1900-01-01", end="2100-01-01", limit=1000
        )
        assert items
        assert not {i.kind for i in items} & {"placement", "recognition", "appeal"}
        assert person_item_ids(archive.db, "p-tsikhanouski")


@pytest.mark.parametrize(
    ("kind", "label", "expect"),
    [
        ("appeal", "An event of this kind", "An event of this kind"),
        ("sentence", '["Name", "prison", "36", null]', "Name: prison"),  # months not a number
        ("sentence", '["Name", "prison", "x", null, 5]', '["Name", "prison", "x", null, 5]'),
        ("sentence", '[7, "prison", 36, "3 years"]', "7: 3 years"),
        ("recognition", '[[1], 2, {"a": 1}]', "[1]: 2 ({'a': 1})"),
        # too deep: left as it is, cut for display like every long value
        ("recognition", "[" * 100_000, truncate_for_display("[" * 100_000)),
    ],
)
def test_label_parts_from_a_hostile_archive_never_raise(kind: str, label: str, expect: str) -> None:
    """An event may carry these kinds, and any column any text: labels are read, never trusted."""
    row = (kind, "x-1", "2022-01-01", "2022-01-01", None, label, "2022", "[]")
    assert _item(row).label == expect
