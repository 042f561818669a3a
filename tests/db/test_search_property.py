"""Property: no query string makes search raise, hang or return a malformed result."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.connection import Archive, open_archive
from db.search import SearchResult, search
from tests.db.test_search_cases import build_search_fixture

LIMIT = 5
TIME_LIMIT_MS = 1000

FRAGMENTS = [
    "Tsikhanouski",
    "Ціханоўскі",
    "Тихановский",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "-",
    "*",
    '"',
    "(",
    ")",
    ":",
    "^",
    "status:",
    "status:released",
    "year:",
    "year:2020..",
    "year:9999..0000",
    "court:",
    "court:Minsk",
    "article:361-1",
    "kind:quote",
    "role:",
    "\x00",
    "\u0301",
    "ё",
    "ß",
    "🙂",
    " ",
    "\t",
    "'",
    "''",
    ";",
    "--",
    "/*",
    "\\",
    "%",
    "_",
]

queries = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=8).map(" ".join),
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path: Path = build_search_fixture(tmp_path_factory.mktemp("prop") / "fixture.db")
    opened = open_archive(path)
    yield opened
    opened.close()


def check_well_formed(result: SearchResult) -> None:
    assert isinstance(result, SearchResult)
    assert len(result.hits) <= LIMIT
    assert result.person_ids == tuple(h.person_id for h in result.hits)
    assert len(set(result.person_ids)) == len(result.person_ids)
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)
    for hit in result.hits:
        assert hit.person_id.startswith("p-")
        assert isinstance(hit.snippet, str)
        assert isinstance(hit.matched_text, str)
        assert hit.field in {
            "name",
            "biography",
            "sentence",
            "charge",
            "quote",
            "event",
            "source",
            "organization",
            "filter",
        }
    assert result.notice is None or (isinstance(result.notice, str) and result.notice)
    assert result.suggestion is None or isinstance(result.suggestion, str)
    assert all(isinstance(t, str) and t for t in result.terms)


@settings(
    max_examples=200,
    deadline=timedelta(milliseconds=TIME_LIMIT_MS * 3),
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=queries, expand=st.booleans())
def test_any_query_gives_a_well_formed_result(archive: Archive, text: str, expand: bool) -> None:
    result = search(archive, text, limit=LIMIT, expand_variants=expand, time_limit_ms=TIME_LIMIT_MS)
    check_well_formed(result)


def test_ten_thousand_characters_of_junk(archive: Archive) -> None:
    junk = ('"(*^:-' + "NOT OR AND ") * 900 + "ё" * 1000
    result = search(archive, junk, limit=LIMIT)
    check_well_formed(result)
    assert result.notice is not None
