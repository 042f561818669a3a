"""The letters list: who is on it, in what order, with which envelope, page by page."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from db.connection import open_archive
from db.errors import KartotekaError, OutputError
from db.importing import import_files
from db.letters import (
    count_recipients,
    envelope,
    export_letters_csv,
    iter_letters,
    letters_page,
    recipients_query,
)
from db.people import get_rows, list_people
from db.records import PeopleQuery, PersonId

BIRTHS = ["1990-03-21", "1985-11-03", "1979-11", "1979", None, "1990-03-05", "1966-01-31"]


def _docs(n: int) -> dict[str, Any]:
    """`n` people: most in custody in one of two facilities, some released; varied birthdays."""
    people, placements = [], []
    for i in range(n):
        status = "released" if i % 5 == 4 else "in_custody"
        person: dict[str, Any] = {
            "id": f"p-{i:03d}",
            "display_name": f"Person {i:03d}",
            "status": status,
            "names": [
                {"name": f"Асоба {i:03d}", "lang": "be-Cyrl"},
                {"name": f"Персона {i:03d}", "lang": "ru-Cyrl"},
            ],
        }
        birth = BIRTHS[i % len(BIRTHS)]
        if birth:
            person["birth"] = birth
        people.append(person)
        if i % 7 != 6:  # every seventh: where they are held is not known
            placements.append(
                {
                    "id": f"pl-{i:03d}",
                    "person_id": person["id"],
                    "facility_id": "org-ik3" if i % 2 else "org-sizo",
                    "start": "2023-05",
                    "incommunicado": i == 3,
                }
            )
    return {
        "organizations": [
            {
                "id": "org-ik3",
                "name": "Penal Colony No. 3",
                "kind": "prison",
                "facility_kind": "penal_colony",
                "address_ru": "ИК-3\n211322, пос. Витьба",
                "address_be": "ПК-3\n211322, пас. Віцьба",
            },
            {
                "id": "org-sizo",
                "name": "SIZO-1",
                "kind": "prison",
                "facility_kind": "pretrial_detention_centre",
                "address_ru": "СИЗО-1\n220030, г. Минск",
            },
        ],
        "people": people,
        "placements": placements,
    }


def archive_of(folder: Path, docs: dict[str, Any]) -> Path:
    """An archive of `docs` (the JSON layout) in `folder`, imported as users import."""
    src = folder / "in.json"
    src.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    import_files(folder / "a.db", [src])
    return folder / "a.db"


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return archive_of(tmp_path_factory.mktemp("letters"), _docs(70))


def _key(month: int, row: Any) -> tuple[int, int, int, str]:
    if row.birth_month is None:
        return (2, 0, 0, "")
    seg = 0 if row.birth_month >= month else 1
    return (seg, row.birth_month, row.birth_day or 0, "")


@pytest.mark.parametrize("month", [1, 3, 11, 12])
def test_birthdays_of_the_month_first_then_the_year_round(archive_path: Path, month: int) -> None:
    with open_archive(archive_path) as archive:
        rows = list(iter_letters(archive.db, month=month, page_size=7))
        assert len(rows) == count_recipients(archive.db) == 56  # released people are not listed
        keys = [_key(month, r) for r in rows]
        assert keys == sorted(keys)
        first = next(r for r in rows if r.birth_month is not None)
        assert first.birth_month == min(
            (m for m in (3, 11, 1) if m >= month), default=min(3, 11, 1)
        )
        assert rows[-1].birth_month is None  # unknown birthdays last


def test_pages_join_without_gaps_or_repeats(archive_path: Path) -> None:
    with open_archive(archive_path) as archive:
        whole = [r.person_id for r in letters_page(archive.db, month=4, limit=1000).rows]
        paged: list[str] = []
        page = letters_page(archive.db, month=4, limit=9)
        while True:
            paged += [r.person_id for r in page.rows]
            if page.next is None:
                break
            page = letters_page(archive.db, month=4, after=page.next, limit=9)
    assert paged == whole
    assert len(set(paged)) == len(paged) == 56


def test_envelopes_and_warnings(archive_path: Path) -> None:
    with open_archive(archive_path) as archive:
        ru = {r.person_id: r for r in iter_letters(archive.db, lang="ru")}
        be = {r.person_id: r for r in iter_letters(archive.db, lang="be")}
    assert envelope(ru["p-001"]) == "Персона 001, 1985 г. р.\nИК-3\n211322, пос. Витьба"
    assert envelope(be["p-001"]) == "Асоба 001, 1985 г. н.\nПК-3\n211322, пас. Віцьба"
    assert ru["p-003"].warnings == ("incommunicado",)
    assert ru["p-006"].warnings == ("no_facility",)  # no placement
    assert envelope(ru["p-006"]) is None
    # the pre-trial centre's address is known in Russian only
    assert be["p-000"].warnings == ("other_language",)
    assert be["p-000"].address_lang == "ru"
    assert ru["p-000"].warnings == ()
    assert ru["p-011"].recipient == "Персона 011"  # year unknown: no year on the envelope
    assert ru["p-002"].birth_day is None
    assert ru["p-002"].birth_month == 11


def test_csv_export(archive_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "letters.csv"
    with open_archive(archive_path) as archive:
        n = export_letters_csv(archive.db, out, lang="be", month=3)
        with pytest.raises(OutputError, match="already exists"):
            export_letters_csv(archive.db, out)
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines(keepends=True)))
    assert n == len(rows) == 56
    assert rows[0]["birthday"].startswith("03-")
    zero = next(r for r in rows if r["person_id"] == "p-000")  # SIZO: a Russian address only
    assert zero["warnings"] == "Belarusian address not in the archive; Russian shown"
    assert zero["address_lang"] == "ru"
    three = next(r for r in rows if r["person_id"] == "p-003")
    assert three["warnings"] == "held incommunicado: letters are not delivered"
    assert three["envelope"] == "Асоба 003, 1979 г. н.\nПК-3\n211322, пас. Віцьба"


@pytest.mark.parametrize(
    "query",
    [
        PeopleQuery(only_ids=(PersonId("p-001"), PersonId("p-004"), PersonId("p-013"))),
        PeopleQuery(statuses=("released",)),
        PeopleQuery(statuses=("released", "in_custody")),
        PeopleQuery(year_from=1979, year_to=1979),
        PeopleQuery(only_ids=()),
    ],
)
def test_a_query_narrows_the_list_to_the_people_it_selects(
    archive_path: Path, query: PeopleQuery, tmp_path: Path
) -> None:
    """The list is the people in custody among those the people list shows for `query`."""
    with open_archive(archive_path) as archive:
        db = archive.db
        everyone = {r.person_id for r in iter_letters(db)}
        plist = list_people(db, query)
        selected = {r.id for r in get_rows(db, plist.pks(db, 0, plist.count))}
        rows = [r.person_id for r in iter_letters(db, query=query, page_size=2)]
        assert set(rows) == everyone & selected
        assert len(rows) == len(set(rows)) == count_recipients(db, query)
        whole = [r.person_id for r in iter_letters(db)]
        assert rows == [p for p in whole if p in selected]  # the same order, narrowed
        out = tmp_path / "narrow.csv"
        assert export_letters_csv(db, out, query=query) == len(rows)
        # as a people query (what the timeline shows in the Letters mode): the same people
        people = list_people(db, recipients_query(query))
        assert {r.id for r in get_rows(db, people.pks(db, 0, people.count))} == set(rows)
    if query.only_ids is not None and len(query.only_ids) == 3:
        assert sorted(rows) == ["p-001", "p-013"]  # p-004 is released


def test_bad_language_and_month_are_plain_errors(archive_path: Path) -> None:
    with open_archive(archive_path) as archive:
        with pytest.raises(KartotekaError, match="Russian or Belarusian"):
            letters_page(archive.db, lang="en")
        with pytest.raises(KartotekaError, match="1 to 12"):
            letters_page(archive.db, month=13)


def test_the_sample_lists_kalesnikava_without_an_address(sample_archive_path: Path) -> None:
    with open_archive(sample_archive_path) as archive:
        (row,) = letters_page(archive.db, lang="ru").rows
    assert row.person_id == "p-kalesnikava"
    assert row.recipient == "Мария Колесникова, 1982 г. р."
    assert row.warnings == ("no_facility",)
