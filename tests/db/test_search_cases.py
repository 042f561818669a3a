"""The search case table: (query, expected first person) over two real archives.

One archive is the bundled sample (db.sample), the other a small fixture
written here through db.writer.build, which also carries Babaryka (whose
Belarusian and Russian forms cannot be bridged letter by letter) and a
judge. Every script and romanization system, typos, prefixes, filters,
phrases and boolean operators appear in the table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from db import writer
from db.connection import Archive, open_archive
from db.search import search

SEARCH_META: dict[str, Any] = {
    "title": "Search fixture",
    "publisher": "Kartoteka tests",
    "languages": ["en", "be", "ru"],
    "synthetic": True,
    "archive_id": "search-fixture",
}


def _names(*spellings: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"name": n, "lang": lang, "system": system} for n, lang, system in spellings]


def search_documents() -> dict[str, list[dict[str, Any]]]:
    """Interchange documents of the search fixture archive."""
    people: list[dict[str, Any]] = [
        {
            "id": "p-tsikhanouski",
            "display_name": "Siarhei Tsikhanouski",
            "status": "released",
            "roles": ["prisoner", "blogger"],
            "biography": "Blogger who ran for president in 2020.",
            "names": _names(
                ("Сяргей Ціханоўскі", "be-Cyrl", "native"),
                ("Сергей Тихановский", "ru-Cyrl", "native"),
                ("Siarhei Tsikhanouski", "be-Latn", "passport"),
                ("Siarhei Tsikhanowski", "be-Latn", "bgn_pcgn"),
                ("Siarhiej Cichanoŭski", "be-Latn", "lacinka"),
                ("Siarhiej Cichanouski", "be-Latn", "national_2007"),
                ("Sergei Tikhanovsky", "en", "russian_media"),
                ("Sergey Tikhanovskiy", "ru-Latn", "russian_media"),
                ("Sergej Tichanowski", "de", "german"),
                ("Siergiej Cichanouski", "pl", "polish"),
            ),
        },
        {
            "id": "p-tsikhanouskaya",
            "display_name": "Sviatlana Tsikhanouskaya",
            "status": "in_exile",
            "roles": ["opposition_leader", "candidate"],
            "biography": "Opposition leader in exile since 2020.",
            "names": _names(
                ("Святлана Ціханоўская", "be-Cyrl", "native"),
                ("Светлана Тихановская", "ru-Cyrl", "native"),
                ("Sviatlana Tsikhanouskaya", "be-Latn", "passport"),
                ("Sviatlana Cichanoŭskaja", "be-Latn", "national_2007"),
                ("Svetlana Tikhanovskaya", "en", "russian_media"),
                ("Swetlana Tichanowskaja", "de", "german"),
            ),
        },
        {
            "id": "p-lukashenka",
            "display_name": "Aliaksandr Lukashenka",
            "status": "unknown",
            "roles": ["head_of_state", "politician"],
            "biography": "Head of state since 1994.",
            "names": _names(
                ("Аляксандр Лукашэнка", "be-Cyrl", "native"),
                ("Александр Лукашенко", "ru-Cyrl", "native"),
                ("Aliaksandr Lukashenka", "be-Latn", "passport"),
                ("Alaksandr Łukašenka", "be-Latn", "lacinka"),
                ("Alexander Lukashenko", "en", "russian_media"),
                ("Alexander Lukaschenko", "de", "german"),
                ("Aleksander Łukaszenka", "pl", "polish"),
            ),
        },
        {
            "id": "p-kalesnikava",
            "display_name": "Maryia Kalesnikava",
            "status": "in_custody",
            "roles": ["prisoner", "activist"],
            "biography": "Musician and campaign manager; tore up her passport at the border.",
            "names": _names(
                ("Марыя Калеснікава", "be-Cyrl", "native"),
                ("Мария Колесникова", "ru-Cyrl", "native"),
                ("Maryia Kalesnikava", "be-Latn", "passport"),
                ("Maryja Kalesnikava", "be-Latn", "national_2007"),
                ("Maria Kolesnikova", "en", "russian_media"),
            ),
        },
        {
            "id": "p-babaryka",
            "display_name": "Viktar Babaryka",
            "status": "in_custody",
            "roles": ["prisoner", "candidate"],
            "biography": "Former head of Belgazprombank.",
            "names": _names(
                ("Віктар Бабарыка", "be-Cyrl", "native"),
                ("Виктор Бабарико", "ru-Cyrl", "native"),
                ("Viktar Babaryka", "be-Latn", "passport"),
                ("Viktor Babariko", "en", "russian_media"),
                ("Wiktor Babaryka", "pl", "polish"),
            ),
        },
        {
            "id": "p-judge",
            "display_name": "Ivan Kaspiarovich",
            "status": "unknown",
            "roles": ["judge"],
            "names": _names(
                ("Іван Каспяровіч", "be-Cyrl", "native"),
                ("Иван Каспарович", "ru-Cyrl", "native"),
                ("Ivan Kaspiarovich", "be-Latn", "passport"),
            ),
        },
    ]
    organizations: list[dict[str, Any]] = [
        {
            "id": "org-homiel-court",
            "name": "Homiel Regional Court",
            "kind": "court",
            "city": "Homiel",
            "names": _names(
                ("Гомельскі абласны суд", "be-Cyrl", "native"),
                ("Гомельский областной суд", "ru-Cyrl", "native"),
                ("Gomel Regional Court", "en", "russian_media"),
            ),
        },
        {
            "id": "org-minsk-court",
            "name": "Minsk City Court",
            "kind": "court",
            "city": "Minsk",
            "names": _names(("Мінскі гарадскі суд", "be-Cyrl", "native")),
        },
        {"id": "org-news", "name": "Example News", "kind": "media"},
    ]
    sentences: list[dict[str, Any]] = [
        {
            "id": "s-tsikhanouski",
            "person_id": "p-tsikhanouski",
            "court_id": "org-homiel-court",
            "judge_id": "p-judge",
            "date": "2021-12-14",
            "term_months": 216,
            "term_text": "18 years in prison",
            "regime": "harshest possible conditions",
            "charges": [
                {"article": "342", "article_text": "organising mass disorder"},
                {"article": "293", "article_text": "mass riots"},
            ],
        },
        {
            "id": "s-tsikhanouskaya",
            "person_id": "p-tsikhanouskaya",
            "court_id": "org-minsk-court",
            "date": "2023-03-06",
            "term_months": 180,
            "term_text": "15 years in prison",
            "in_absentia": True,
            "charges": [{"article": "361-1", "article_text": "creating an extremist formation"}],
        },
        {
            "id": "s-kalesnikava",
            "person_id": "p-kalesnikava",
            "court_id": "org-minsk-court",
            "date": "2021-09-06",
            "term_months": 132,
            "term_text": "11 years in prison",
            "charges": [{"article": "357", "article_text": "conspiracy to seize power"}],
        },
        {
            "id": "s-babaryka",
            "person_id": "p-babaryka",
            "date": "2021-07-06",
            "term_months": 168,
            "term_text": "14 years in prison",
            "charges": [{"article": "235", "article_text": "money laundering"}],
        },
    ]
    quotes: list[dict[str, Any]] = [
        {
            "id": "q-trusted",
            "speaker_id": "p-tsikhanouskaya",
            "text": "He cannot be trusted at all",
            "lang": "en",
            "about": ["p-lukashenka"],
        },
        {
            "id": "q-gesture",
            "speaker_id": "p-lukashenka",
            "text": "a humane gesture toward those who had gone astray",
            "lang": "en",
            "date": "2025-01",
        },
    ]
    events: list[dict[str, Any]] = [
        {
            "id": "e-kalesnikava-detained",
            "kind": "detained",
            "date": "2020-09-07",
            "place": "Minsk",
            "description": "Kalesnikava is detained and tears up her passport at the border.",
            "people": ["p-kalesnikava"],
        },
        {
            "id": "e-tsikhanouski-released",
            "kind": "released",
            "date": "2025-06-21",
            "description": "Released in a deal brokered by a US envoy.",
            "people": ["p-tsikhanouski"],
        },
        {
            "id": "e-tsikhanouskaya-exile",
            "kind": "exiled",
            "date": "2020-08",
            "description": "Leaves for Lithuania for fear of prosecution.",
            "people": ["p-tsikhanouskaya"],
        },
    ]
    sources: list[dict[str, Any]] = [
        {"id": "src-news", "title": "Belarus frees opposition figure", "publisher_id": "org-news"}
    ]
    people[0]["citations"] = [{"source_id": "src-news", "locator": "para. 1"}]
    return {
        "organizations": organizations,
        "sources": sources,
        "people": people,
        "relations": [],
        "sentences": sentences,
        "quotes": quotes,
        "events": events,
    }


def build_search_fixture(path: Path) -> Path:
    """Write the search fixture archive to `path` through the one writer."""
    writer.build(path, SEARCH_META, search_documents())
    return path


@pytest.fixture(scope="module")
def fixture_archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_search_fixture(tmp_path_factory.mktemp("search") / "fixture.db")


@pytest.fixture(scope="module")
def fixture_archive(fixture_archive_path: Path):  # type: ignore[no-untyped-def]
    archive = open_archive(fixture_archive_path)
    yield archive
    archive.close()


# (query, expected first person) over the fixture archive
FIXTURE_CASES = [
    # scripts and romanization systems
    ("Ціханоўскі", "p-tsikhanouski"),  # Belarusian Cyrillic
    ("Тихановский", "p-tsikhanouski"),  # Russian Cyrillic
    ("Tsikhanouski", "p-tsikhanouski"),  # passport / ICAO
    ("Tsikhanowski", "p-tsikhanouski"),  # BGN/PCGN
    ("Cichanoŭski", "p-tsikhanouski"),  # Łacinka / national 2007
    ("Cichanouski", "p-tsikhanouski"),  # without the breve
    ("Tikhanovsky", "p-tsikhanouski"),  # Russian-based media
    ("Tikhanovskiy", "p-tsikhanouski"),
    ("Tichanowski", "p-tsikhanouski"),  # German
    ("Tsichanouski", "p-tsikhanouski"),  # not stored anywhere: the key bridges it
    ("Tsikhanovskiy", "p-tsikhanouski"),  # a mixture of systems, not stored
    ("ЦІХАНОЎСКІ", "p-tsikhanouski"),  # case
    ("Ціхано́ўскі", "p-tsikhanouski"),  # stress mark
    ("Tsіkhanouski", "p-tsikhanouski"),  # Cyrillic і inside a Latin word
    ("ЛукашеHко", "p-lukashenka"),  # Latin H inside a Cyrillic word
    ("Лукашэнка", "p-lukashenka"),
    ("Łukašenka", "p-lukashenka"),
    ("Lukaschenko", "p-lukashenka"),
    ("Łukaszenka", "p-lukashenka"),
    ("lukashenko", "p-lukashenka"),
    ("Колесникова", "p-kalesnikava"),
    ("Kolesnikowa", "p-kalesnikava"),  # German-style w, not stored
    ("Бабарико", "p-babaryka"),
    ("Babariko", "p-babaryka"),
    ("Бабарыка", "p-babaryka"),
    ("Светлана Тихановская", "p-tsikhanouskaya"),
    ("Sviatlana Cichanouskaja", "p-tsikhanouskaya"),
    # typos
    ("Tsikanouski", "p-tsikhanouski"),  # missing letter
    ("Tsikhanuoski", "p-tsikhanouski"),  # swapped letters
    ("Tsikhannouski", "p-tsikhanouski"),  # doubled letter
    ("Kalesnikawa", "p-kalesnikava"),
    ("Babraykka", "p-babaryka"),  # two edits
    ("Kaspiarowicz", "p-judge"),
    # prefixes and word order
    ("tsikhanouskay", "p-tsikhanouskaya"),
    ("Kalesn", "p-kalesnikava"),
    ("Бабар", "p-babaryka"),
    ("luka*", "p-lukashenka"),
    ("Tsikhanouski Siarhei", "p-tsikhanouski"),
    ("Siarhei Tsikhanouski", "p-tsikhanouski"),
    ("Sviatlana Tsikh", "p-tsikhanouskaya"),
    # field filters
    ("status:in_exile", "p-tsikhanouskaya"),
    ("role:judge", "p-judge"),
    ("court:Homiel", "p-tsikhanouski"),
    ("court:Гомель", "p-tsikhanouski"),
    ("article:361", "p-tsikhanouskaya"),
    ("article:235", "p-babaryka"),
    ("year:2023", "p-tsikhanouskaya"),
    ("prison year:2021..2021 status:in_custody court:Minsk", "p-kalesnikava"),
    ("kind:quote trusted", "p-tsikhanouskaya"),
    ("kind:detained passport", "p-kalesnikava"),
    ("status:released Тихановский", "p-tsikhanouski"),
    # text, phrases and boolean operators
    ("Belgazprombank", "p-babaryka"),
    ('"humane gesture"', "p-lukashenka"),
    ('"18 years"', "p-tsikhanouski"),
    ("money laundering", "p-babaryka"),
    ("Babaryka OR Kalesnikava", "p-babaryka"),
    ("passport -Kalesnikava", None),
    ("prison NOT Tsikhanouski NOT Babaryka NOT Kalesnikava", "p-tsikhanouskaya"),
    ("Tsikhanouski Homiel", "p-tsikhanouski"),  # name plus the court's name
]

SAMPLE_CASES = [
    ("Ціханоўскі", "p-tsikhanouski"),
    ("Тихановский", "p-tsikhanouski"),
    ("Tsikhanowski", "p-tsikhanouski"),
    ("Cichanoŭski", "p-tsikhanouski"),
    ("Tikhanovskiy", "p-tsikhanouski"),
    ("Tichanowski", "p-tsikhanouski"),
    ("Tsikanouski", "p-tsikhanouski"),
    ("Сергей Тихановский", "p-tsikhanouski"),
    ("Ціханоўская", "p-tsikhanouskaya"),
    ("Tsikhanouskaya", "p-tsikhanouskaya"),
    ("Lukashenko", "p-lukashenka"),
    ("Лукашэнка", "p-lukashenka"),
    ("Kolesnikova", "p-kalesnikava"),
    ("Калеснікава", "p-kalesnikava"),
    ("Путин", "p-putin"),
    ("Pucin", "p-putin"),
    ("Kellogg", "p-kellogg"),
    ("Келлог", "p-kellogg"),
    ("kell", "p-kellogg"),
    ("status:in_exile", "p-tsikhanouskaya"),
    ("court:Homiel", "p-tsikhanouski"),
    ("article:411", "p-tsikhanouski"),
    ('"humane gesture"', "p-lukashenka"),
    ("kind:quote trusted", "p-tsikhanouskaya"),
    ("role:envoy", "p-kellogg"),
]


def _first(archive: Archive, query: str) -> str | None:
    result = search(archive, query, limit=20, live=True)
    assert result.person_ids == tuple(h.person_id for h in result.hits)
    return result.person_ids[0] if result.person_ids else None


@pytest.mark.parametrize(("query", "expected"), FIXTURE_CASES)
def test_fixture_case(fixture_archive: Archive, query: str, expected: str | None) -> None:
    assert _first(fixture_archive, query) == expected


@pytest.mark.parametrize(("query", "expected"), SAMPLE_CASES)
def test_sample_case(sample_archive: Archive, query: str, expected: str | None) -> None:
    assert _first(sample_archive, query) == expected


def test_case_table_is_large_enough() -> None:
    assert len(FIXTURE_CASES) + len(SAMPLE_CASES) >= 40
