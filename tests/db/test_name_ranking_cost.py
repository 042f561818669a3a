"""Ranking matches in full only the people who may enter the first results; the answer is the same.

db.search reads up to INITIALS_SCAN namesakes for a query with an initial
(Кравченко И.) and limit + 50 for the other name tiers. Each is given the most
its names could score (db.name_match.rank_floor: each query word's closest
stored word alone), and people are matched in full in that order until
`limit` of them rank above what the next could reach.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest

from db import search as search_module
from db.connection import Archive, open_archive
from db.name_match import MatchCache, match_person, query_words, rank_floor
from db.search import _name_score, _score_ceiling, search
from tests.data import attested_spellings, name_spellings, world_spellings

_GIVEN = (
    ("Иван", "Іван", "Ivan"),
    ("Игорь", "Ігар", "Ihar"),
    ("Ирина", "Ірына", "Iryna"),
    ("Александр", "Аляксандр", "Aliaksandr"),
    ("Ольга", "Вольга", "Volha"),
    ("Виктор", "Віктар", "Viktar"),
    ("Юрий", "Юрый", "Yury"),
    ("Наталья", "Наталля", "Natallia"),
)
_PATRONYMICS = ("Петрович", "Сергеевич", "Иванович", "Олегович", "Павлович", "Юрьевич")


def _namesakes() -> list[dict[str, Any]]:
    """Kravchenkos with every given name, each with a patronymic of their own (no two
    people hold the same spellings, so none is matched once for another)."""
    docs: list[dict[str, Any]] = []
    combos = itertools.product(range(6), _GIVEN, _PATRONYMICS)
    for n, (round_, (ru, be, latin), patronymic) in enumerate(combos):
        suffix = "" if round_ == 0 else f"-{round_}"  # Кравченко-2 …: still the surname
        docs.append(
            {
                "id": f"k{n}",
                "display_name": f"{latin} Kravchenka{suffix}",
                "names": [
                    {"name": f"Кравченко{suffix} {ru} {patronymic}", "lang": "ru-Cyrl"},
                    {"name": f"{be} Краўчэнка{suffix}", "lang": "be-Cyrl"},
                    {"name": f"{latin} Kravchenka{suffix}", "lang": "be-Latn"},
                ],
            }
        )
    for doc in docs:
        for name in doc["names"]:
            name["system"] = "passport" if name["lang"] == "be-Latn" else "native"
    docs.append(  # a register record with initials as stored: scores above the namesakes
        {
            "id": "r1",
            "display_name": "Кравченко И. П.",
            "names": [{"name": "Кравченко И. П.", "lang": "ru-Cyrl", "system": "native"}],
        }
    )
    return docs


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = tmp_path_factory.mktemp("ranking") / "people.db"
    name_spellings.build_archive(path, 300, seed=5, people=_namesakes())
    opened = open_archive(path)
    yield opened
    opened.close()


_QUERIES = (
    "Кравченко И.",
    "Кравченко И. П.",
    "Kravchenka I.",
    "Краўчэнка В.",
    "Кравченко Ю.",
    "Kravchenko",
    "Кравченко Иван",
    "Sasha Kravchenka",
    "Игорь Зиновьевич Кравченко",
    "Ивана Кравченко",
    "Ирины Кравченко",
    "Kravcenka Iryna",
    "Кравченко Ирина Олеговна",
    "Иван Петрович",
)


def _answer(archive: Archive, query: str, limit: int) -> list[tuple[Any, ...]]:
    hits = search(archive, query, limit=limit).hits
    return [(h.person_id, h.score, h.matched_text, h.system, h.name_match) for h in hits]


@pytest.mark.parametrize("limit", [1, 7, 40])
def test_matching_only_the_first_gives_the_answer_of_matching_all(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    pruned = [_answer(archive, q, limit) for q in _QUERIES]
    monkeypatch.setattr(search_module, "_prune", lambda alt, limit: None)
    everyone = [_answer(archive, q, limit) for q in _QUERIES]
    assert pruned == everyone
    assert all(pruned)


def test_an_initials_query_matches_few_namesakes_in_full(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    matched: list[int] = []
    real = search_module.match_person

    def counting(*args: Any, **kwargs: Any) -> Any:
        matched.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(search_module, "match_person", counting)
    hits = search(archive, "Кравченко И.", limit=10).hits
    assert hits[0].person_id == "r1"  # the initials as stored
    assert len(hits) == 10
    # 288 namesakes are read (INITIALS_SCAN), 10 shown: those matched in full are the 10,
    # and those tied with the 10th until one ranks below (same score, later sort name)
    assert len(matched) <= 20


def _table_people() -> dict[str, list[str]]:
    docs = name_spellings.documents() + attested_spellings.documents() + world_spellings.documents()
    people: dict[str, list[str]] = {}
    for doc in json.loads(json.dumps(docs)):
        spellings = [str(n["name"]) for n in doc["names"]]
        if doc["display_name"] not in spellings:
            spellings.append(str(doc["display_name"]))
        people[str(doc["id"])] = spellings
    return people


def test_the_most_a_person_could_score_is_never_below_their_score() -> None:
    """Every case of the three name tables against its person and a few others
    (declined names, unstated patronymics, initials, typos, short forms)."""
    people = _table_people()
    others = list(people.values())[::97]
    cases = [
        *name_spellings.cases(),
        *attested_spellings.cases(),
        *world_spellings.cases(),
    ]
    checked = 0
    for case in cases:
        qwords = query_words([(w, False) for w in case.query.split()])
        if not qwords:
            continue
        cache = MatchCache(qwords)
        for spellings in [people.get(case.expected, []), *others]:
            if not spellings:
                continue
            score = _name_score(match_person(qwords, spellings, cache))
            ceiling = _score_ceiling(rank_floor(qwords, spellings, cache))
            assert score <= ceiling, (case.query, spellings, score, ceiling)
            checked += 1
    assert checked > 3000


@pytest.mark.parametrize(
    ("query", "spellings", "levels", "cost"),
    [
        # both words declined: one case is one fact, paid once; a further INFLECTED
        # word costs db.name_match.FURTHER_DECLINED_COST (2), a further DECLINED one
        # (the stored letters with the case ending) nothing
        ("Алеся Пушкина", ["Алесь Пушкин", "Ales Pushkin"], ["DECLINED", "DECLINED"], 2.0),
        ("Віктара Бабарыкі", ["Viktor Babariko"], ["INFLECTED", "INFLECTED"], 8.0),
        ("Юрия Дмитриева", ["Юрый Дзмітрыеў"], ["DECLINED", "INFLECTED"], 4.0),
    ],
)
def test_the_floor_allows_for_a_name_declined_in_one_case(
    query: str, spellings: list[str], levels: list[str], cost: float
) -> None:
    qwords = query_words([(w, False) for w in query.split()])
    cache = MatchCache(qwords)
    m = match_person(qwords, spellings, cache)
    assert [w.level.name for w in m.match.words] == levels
    assert m.rank[0] == cost
    assert _name_score(m) <= _score_ceiling(rank_floor(qwords, spellings, cache))


def test_the_floor_allows_for_a_patronymic_the_archive_states_none_for() -> None:
    qwords = query_words([("Мария", False), ("Александровна", False), ("Колесникова", False)])
    spellings = ["Мария Колесникова", "Maryia Kalesnikava"]
    cache = MatchCache(qwords)
    m = match_person(qwords, spellings, cache)
    assert any(w.level.name == "UNSTATED" for w in m.match.words)
    assert m.match.confident
    assert _name_score(m) <= _score_ceiling(rank_floor(qwords, spellings, cache))
