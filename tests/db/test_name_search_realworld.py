"""Classes of miss found by the real-world table (tests/data/real_world_spellings.py), a test each.

Each failed before the fix it names: Library of Congress tie bars (and any
combining mark with no precomposed letter) splitting a query word, an initial
written in the other language (У. for Владимир), fleeting vowels in declined
surnames (Дзядок -> Дзядка), a full given name asked for a person stored by
the short one (Anastasia for Наста), a masculine declined surname matching
the feminine one (Беляцкого for Беляцкая), and a small `limit` reading too
few candidates to hold the best one among many namesakes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import names, writer
from db.connection import Archive, open_archive
from db.name_match import MatchLevel
from db.query_language import parse
from db.search import search
from tests.data.name_spellings import person_document as _person
from tests.data.name_spellings import register_document

META: dict[str, Any] = {"title": "Real-world names", "synthetic": True, "archive_id": "rw-test"}

NAMESAKES = 70
"""Generated-style namesakes read before the person (more than a limit of 5 + 50 used to read)."""


def documents() -> dict[str, list[dict[str, Any]]]:
    namesakes = [
        _person(f"n-{i:03d}", "Aliaksandr Bialiatski", "Аляксандр Бяляцкі", "Александр Беляцкий")
        for i in range(NAMESAKES)
    ]
    people = [
        *namesakes,
        _person("d-alesia", "Alesia Bialiatskaya", "Алеся Бяляцкая", "Алеся Беляцкая"),
        _person("rw-bialiatski", "Ales Bialiatski", "Алесь Бяляцкі", "Алесь Беляцкий"),
        _person(
            "rw-lukashenka", "Aliaksandr Lukashenka", "Аляксандр Лукашэнка", "Александр Лукашенко"
        ),
        _person("rw-dziadok", "Mikalai Dziadok", "Мікалай Дзядок", "Николай Дедок"),
        _person("d-dziadka", "Mikalai Dziadko", "Мікалай Дзядко", "Николай Дедко"),
        _person("rw-seviarynets", "Pavel Seviarynets", "Павел Севярынец", "Павел Северинец"),
        _person("rw-loika", "Nasta Loika", "Наста Лойка", "Наста Лойко"),
        _person("d-ledziko", "Nastassia Ledziko", "Настасся Ледзіко", "Анастасия Ледико"),
        _person(
            "rw-kolchenko", "Oleksandr Kolchenko", "Аляксандр Кольчанка", "Александр Кольченко"
        ),
        register_document("rw-r-zhylka", "Жилка Владимир Адамович"),
        register_document("d-zlak", "Злак Юлия Ивановна"),
    ]
    return {"people": people}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path: Path = tmp_path_factory.mktemp("realworld") / "realworld.db"
    writer.build(path, META, documents())
    opened = open_archive(path)
    yield opened
    opened.close()


def _levels(archive: Archive, query: str, person: str) -> list[MatchLevel]:
    hit = next(h for h in search(archive, query, limit=5).hits if h.person_id == person)
    assert hit.name_match is not None
    return [w.level for w in hit.name_match.words]


@pytest.mark.parametrize(
    "query",
    ["Ali\u0361aksandr Lukash\u0117nka", "Lukashe\u0301nka"],
)
def test_combining_marks_do_not_split_a_query_word(archive: Archive, query: str) -> None:
    parsed = parse(query)
    assert not parsed.notices
    assert [len(t.words) for t in parsed.alternatives[0].include] == [1] * len(
        parsed.alternatives[0].include
    )
    assert search(archive, query, limit=5).person_ids[:1] == ("rw-lukashenka",)


def test_strip_marks_keeps_precomposed_letters() -> None:
    assert names.strip_marks("Ali\u0361aksandr") == "Aliaksandr"
    assert names.strip_marks("Nikolai\u0306") == "Nikolaĭ"  # NFC composes i + breve
    assert names.strip_marks("и\u0306") == "й"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Жылка У.", "rw-r-zhylka"),  # Belarusian У. of Уладзімір for Владимир
        ("O. Kolchenko", "rw-kolchenko"),  # Ukrainian O. of Олександр for Александр
        ("Жилка В. А.", "rw-r-zhylka"),
    ],
)
def test_an_initial_may_be_the_other_languages_form(
    archive: Archive, query: str, expected: str
) -> None:
    hits = search(archive, query, limit=5).hits
    assert hits[0].person_id == expected
    assert hits[0].score >= 500  # a full match, not the n - 1 band
    assert names.name_initials(names.key_forms("Владимир")[0]) >= {"u", "v"}


def test_a_short_form_is_no_initial_of_the_full_name() -> None:
    assert "s" not in names.name_initials(names.key_forms("Александр")[0])  # not through Саша


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Мікалая Дзядка", "rw-dziadok"),
        ("Mikoły Dziadka", "rw-dziadok"),
        ("Павла Севярынца", "rw-seviarynets"),
        ("Северинцу", "rw-seviarynets"),
        ("Севярынцам", "rw-seviarynets"),
    ],
)
def test_a_fleeting_vowel_is_a_declined_form(archive: Archive, query: str, person: str) -> None:
    assert search(archive, query, limit=5).person_ids[0] == person
    assert _levels(archive, query, person)[-1] is MatchLevel.INFLECTED  # was a typo


def test_fleeting_restores_only_after_a_consonant() -> None:
    assert names.fleeting("dadk") == "dadak"
    assert names.fleeting("savarint") == "savarinat"
    assert names.fleeting("laik") == ""  # Лойка: no vowel dropped
    assert names.fleeting("znak") == ""


@pytest.mark.parametrize("query", ["Anastasia Loiko", "Анастасия Лойко", "Anastazja Łojka"])
def test_the_full_name_finds_a_person_stored_by_the_short_one(archive: Archive, query: str) -> None:
    hits = search(archive, query, limit=5).hits
    assert hits[0].person_id == "rw-loika"
    assert hits[0].score >= 500  # every word matched (before: the n - 1 band at best)
    assert _levels(archive, query, "rw-loika")[0] is MatchLevel.SHORT_FORM


@pytest.mark.parametrize("query", ["Алеся Беляцкого", "Alesia Bialackiego", "Бяляцкага Алеся"])
def test_a_masculine_declined_surname_is_no_form_of_the_feminine(
    archive: Archive, query: str
) -> None:
    assert search(archive, query, limit=5).person_ids[0] == "rw-bialiatski"


def test_a_small_limit_reads_the_candidates_of_the_default_one(archive: Archive) -> None:
    query = "Алеся Беляцкого"
    small = search(archive, query, limit=5).person_ids
    assert small == search(archive, query, limit=100).person_ids[:5]
    assert small[0] == "rw-bialiatski"
