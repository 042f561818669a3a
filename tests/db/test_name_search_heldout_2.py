"""Classes of wrong first place found by the second held-out-style table
(tests/data/heldout_spellings_2.py) and the two defects issue 11d left, a test each.

Each failed before its fix:

- г, х and ч are one letter in spelling keys, so a g met a kh as "another
  romanization": Циганович (Ukrainian и, Russian Цыганович) and the press's
  Tsiganovich found a Ціхановіч first, and Statkiewicza (Polish cz, ч) a
  Статкевыга (г). A g is only ever г, kh only х, cz ч: such words now meet at the
  key, where the letters' closeness ranks the person whose name it is first.
- German transcription writes ж as sch, as it writes ш: Schemtschuschina (Жемчужина)
  met only ш, two letters off, and was not found among 100,000 people. A query word with
  sch now has the reading with ж too (a query reading: the index is unchanged).
- A woman's surname that ends in a consonant does not decline: Алеся Міхалевіча is
  a man's genitive (Алесь), never Алеся Міхалевіч's; Любови Соболь is hers
  (the given name declines, the surname does not). The archive's gender says who is a
  woman; nothing changes for people it states no gender for.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from db import names
from db.connection import Archive
from db.name_match import MatchLevel
from db.search import search
from tests.data.name_spellings import first_hit, small_archive
from tests.data.name_spellings import person_document as _person

META: dict[str, Any] = {"title": "Held-out names 2", "synthetic": True, "archive_id": "ho2-test"}


def documents() -> dict[str, list[dict[str, Any]]]:
    people = [
        # the namesakes come first in the archive, as generated people do
        _person("d-tsikh", "Uladzimir Tsikhanovich", "Уладзімір Ціхановіч", "Владимир Тихонович"),
        _person("tsyh", "Uladzimir Tsyhanovich", "Уладзімір Цыгановіч", "Владимир Цыганович"),
        _person("d-statkevyga", "Mikalai Statkevyha", "Мікалай Статкевыга", "Николай Статкевыга"),
        _person("statkevich", "Mikalai Statkevich", "Мікалай Статкевіч", "Николай Статкевич"),
        _person("d-khrib", "Pavel Khryb", "Павел Хрыб", "Павел Хриб"),
        _person("hryb", "Pavlo Hryb", "Павел Грыб", "Павел Гриб"),
        _person(
            "d-alesia", "Alesia Mikhalevich", "Алеся Міхалевіч", "Алеся Михалевич", gender="female"
        ),
        _person("ales", "Ales Mikhalevich", "Алесь Міхалевіч", "Алесь Михалевич", gender="male"),
        _person("d-sobal", "Liubov Sobal", "Любоў Собаль", "Любовь Собаль", gender="female"),
        _person("sobol", "Liubov Sobol", "Любоў Соболь", "Любовь Соболь", gender="female"),
        _person("d-shamchuzh", "Palina Shamchuzhyna", "Паліна Шамчужына", "Полина Шемчужина"),
        _person("zhamchuzh", "Palina Zhamchuzhyna", "Паліна Жамчужына", "Полина Жемчужина"),
        _person("d-shtern", "Lina Shterna", "Ліна Штэрна", "Лина Штерна", gender="female"),
        _person("shtern", "Lina Shtern", "Ліна Штэрн", "Лина Штерн", gender="female"),
    ]
    return {"people": people}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = tmp_path_factory.mktemp("heldout2") / "heldout2.db"
    with small_archive(path, META, documents()) as opened:
        yield opened


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Володимир Циганович", "tsyh"),  # Ukrainian и for ы, г for г: not Ціхановіч (х)
        ("Vladimir Tsiganovich", "tsyh"),  # the press's i for ы
        ("Уладзіміра Цыгановіча", "tsyh"),
        ("Statkiewicza", "statkevich"),  # Polish cz is ч, never г
        ("Pavel Grib", "hryb"),  # g is г, never х
        ("Pavlo Hryb", "hryb"),  # h may be either: the letters' closeness decides
    ],
)
def test_g_is_never_kh_in_another_romanization(archive: Archive, query: str, person: str) -> None:
    assert first_hit(archive, query) == person


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Циганович", "Ціхановіч", False),
        ("Tsiganovich", "Tsikhanovich", False),
        ("Statkiewicza", "Статкевыга", False),
        ("Hanchar", "Ганчар", True),  # Belarusian h is г
        ("Tihanovskij", "Тихановский", True),  # ISO 9 h is х
        ("Tichanowski", "Ціханоўскі", True),  # German ch is х
        ("Statkevich", "Статкевіч", True),  # English ch is ч
        ("Gomel", "Homiel", True),
    ],
)
def test_guttural_sounds(a: str, b: str, same: bool) -> None:
    assert names.same_gutturals(names.guttural_sounds(a), names.guttural_sounds(b)) is same


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Алеся Міхалевіча", "ales"),  # a man's genitive: not the woman Алеся Міхалевіч
        ("Алесю Міхалевічу", "ales"),
        ("Alesia Mikhalevich", "d-alesia"),  # her own name still finds her
        ("Любови Соболь", "sobol"),  # her given name declines, her surname does not
        ("Любовью Соболь", "sobol"),
        ("Лины Штерн", "shtern"),  # not Штерна: the surname stays as it is
        ("Sobols", "sobol"),  # the German and English genitive -s: any name takes it
    ],
)
def test_a_womans_consonant_final_surname_does_not_decline(
    archive: Archive, query: str, person: str
) -> None:
    assert first_hit(archive, query) == person


def test_a_mans_case_is_no_declined_form_of_a_womans_surname(archive: Archive) -> None:
    hits = search(archive, "Алеся Міхалевіча", limit=5).hits
    her = next(h for h in hits if h.person_id == "d-alesia")
    assert her.name_match is not None
    assert her.name_match.words[1].level not in (MatchLevel.DECLINED, MatchLevel.INFLECTED)
    him = next(h for h in hits if h.person_id == "ales")
    assert him.score > her.score


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Polina Schemtschuschina", "zhamchuzh"),  # German sch for ж, tsch for ч
        ("Schemtschuschina", "zhamchuzh"),
        ("Polina Shemtschuschina", "d-shamchuzh"),  # English sh is ш
    ],
)
def test_german_sch_may_be_zh(archive: Archive, query: str, person: str) -> None:
    assert first_hit(archive, query) == person


def test_german_sch_is_a_query_reading_only() -> None:
    # the index is unchanged: a stored word keeps its keys, a query word gains ж
    assert names.key_forms("schukow") == ("sukau",)
    assert names.query_key_forms("schukow") == ("sukau", "zukau")
    assert names.query_key_forms("schtschukin") == ("sukin",)  # щ stays щ
