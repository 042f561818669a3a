"""The name index checks other words by index seeks or by holder sets; both give one answer.

KeyIndex.people chooses, form by form, whether to seek each candidate in
the keys or to read the form's holders once (db.name_index.SEEK_COST): a
cost choice that must never change who is found or in what order. Ranking
matches people holding the very same spellings once per search.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from db import name_index
from db.connection import Archive, open_archive
from db.generate import generate_archive
from db.name_match import MatchCache, match_person, query_words
from db.search import search


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = tmp_path_factory.mktemp("plans") / "people.db"
    generate_archive(path, 1500, seed=3)
    opened = open_archive(path)
    yield opened
    opened.close()


def _queries(archive: Archive) -> list[str]:
    rows = archive.db.execute(
        "SELECT display_name FROM people WHERE display_name LIKE '% %' ORDER BY pk LIMIT 400"
    ).fetchall()
    names = [str(r[0]) for r in rows][::40]
    out = []
    for name in names:
        given, surname = name.split()[0], name.split()[-1]
        slip = surname[:2] + surname[3] + surname[2] + surname[4:] if len(surname) > 5 else surname
        out += [name, f"{given} {slip}", f"{given} Зиновьевич {surname}", f"Sasha {surname}"]
    return out


def _answers(archive: Archive, queries: list[str]) -> list[list[tuple[str, float]]]:
    return [[(h.person_id, h.score) for h in search(archive, q, limit=30).hits] for q in queries]


def test_seeks_and_holder_sets_find_the_same_people(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = _queries(archive)
    assert len(queries) >= 30
    monkeypatch.setattr(name_index, "SEEK_COST", 0)  # every form sought
    sought = _answers(archive, queries)
    monkeypatch.setattr(name_index, "SEEK_COST", 10**9)  # every form's holders read
    monkeypatch.setattr(name_index, "HOLDERS_READ_MAX", 10**9)
    read = _answers(archive, queries)
    monkeypatch.setattr(name_index, "HOLDERS_READ_MAX", 15)  # some read, the rest sought
    mixed = _answers(archive, queries)
    assert sum(len(a) for a in sought) > len(queries)
    assert read == sought
    assert mixed == sought


def test_namesakes_with_the_same_spellings_are_matched_once() -> None:
    qwords = query_words([("Siarhei", False), ("Tsikhanouski", False)])
    cache = MatchCache(qwords)
    spellings = ["Siarhei Tsikhanouski", "Сяргей Ціханоўскі"]
    first = match_person(qwords, spellings, cache)
    assert match_person(qwords, list(spellings), cache) is first
    # the order of the spellings says which one is shown: not the same match
    turned = match_person(qwords, spellings[::-1], cache)
    assert turned.spelling != first.spelling
    assert turned.rank == first.rank
    assert match_person(qwords, spellings) == first
