"""search(): ranking, snippets, notices, suggestions, variants, limits, index shape."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import name_index, search_index
from db.connection import Archive, open_archive
from db.errors import QueryInterruptedError
from db.query_language import SEARCH_SYNTAX_HELP, parse
from db.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchResult, fts_string, search
from tests.db.test_search_cases import build_search_fixture


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_search_fixture(tmp_path_factory.mktemp("search") / "fixture.db")


@pytest.fixture(scope="module")
def archive(archive_path: Path) -> Iterator[Archive]:
    opened = open_archive(archive_path)
    yield opened
    opened.close()


@pytest.fixture
def plain_db(archive_path: Path) -> Iterator[Database]:
    uri = archive_path.resolve().as_uri() + "?mode=ro"
    db = Database(sqlite3.connect(uri, uri=True))
    yield db
    db.close()


def _ids(result: SearchResult) -> list[str]:
    return list(result.person_ids)


def test_exact_spelling_ranks_above_key_prefix_and_typo(archive: Archive) -> None:
    exact = search(archive, "Tsikhanouski ").hits[0]
    key = search(archive, "Tsichanouski ").hits[0]
    typo = search(archive, "Tsikhanuoski ").hits[0]
    prefix = search(archive, "Tsikhanousk").hits[0]
    assert exact.person_id == key.person_id == typo.person_id == "p-tsikhanouski"
    assert exact.score > key.score > prefix.score > typo.score
    assert exact.field == "name"
    assert exact.system == "passport"


def test_names_rank_above_body_text(archive: Archive) -> None:
    # "Kalesnikava" is a name and also words in an event description
    result = search(archive, "Kalesnikava passport")
    assert result.hits[0].person_id == "p-kalesnikava"
    names_first = search(archive, "Lukashenka")
    assert names_first.hits[0].field == "name"
    assert all(h.field != "name" for h in names_first.hits[1:])


def test_one_hit_per_person(archive: Archive) -> None:
    result = search(archive, "Тихановский")  # matches two spellings and body text
    assert len(set(result.person_ids)) == len(result.person_ids)


def test_name_hit_says_which_spelling_and_marks_it(archive: Archive) -> None:
    hit = search(archive, "Тихановский ").hits[0]
    assert hit.matched_text == f"Сергей {HIGHLIGHT_START}Тихановский{HIGHLIGHT_END}"
    assert hit.system == "native"
    other = search(archive, "Tikhanovskiy ").hits[0]
    assert other.matched_text == f"Sergey {HIGHLIGHT_START}Tikhanovskiy{HIGHLIGHT_END}"


def test_body_hit_has_snippet_and_item(archive: Archive) -> None:
    hit = search(archive, "laundering").hits[0]
    assert hit.field == "charge"
    assert hit.item_id == "s-babaryka"
    assert f"{HIGHLIGHT_START}laundering{HIGHLIGHT_END}" in hit.snippet
    quote = search(archive, '"humane gesture"').hits[0]
    assert quote.field == "quote"
    assert quote.item_id == "q-gesture"
    assert quote.snippet == (
        f"a {HIGHLIGHT_START}humane{HIGHLIGHT_END} {HIGHLIGHT_START}gesture{HIGHLIGHT_END} "
        "toward those who had gone astray"
    )


def test_terms_are_the_positive_words(archive: Archive) -> None:
    result = search(archive, 'Babaryka "money laundering" -Minsk status:in_custody')
    assert result.terms == ("Babaryka", "money", "laundering")


def test_expand_variants_off_finds_only_stored_spellings(archive: Archive) -> None:
    assert _ids(search(archive, "Tsichanouski", expand_variants=True))[:1] == ["p-tsikhanouski"]
    assert _ids(search(archive, "Tsichanouski", expand_variants=False)) == []
    exact = search(archive, "Tikhanovskiy", expand_variants=False)
    assert _ids(exact) == ["p-tsikhanouski"]
    assert exact.hits[0].system == "russian_media"


def test_typo_forgiven_only_within_two_edits(archive: Archive) -> None:
    assert "p-babaryka" in _ids(search(archive, "Babrayka"))
    assert "p-babaryka" not in _ids(search(archive, "Bxbxrxkx"))


def test_suggestion_when_nothing_found(archive: Archive) -> None:
    result = search(archive, "Kalesnikavamen")  # three edits: too far to match
    assert result.hits == ()
    assert result.suggestion == "Kalesnikava"
    assert search(archive, "Калеснікавамен").suggestion == "Калеснікава"
    assert search(archive, "Kalesnikava").suggestion is None


def test_filters_combine_with_and(archive: Archive) -> None:
    assert set(_ids(search(archive, "status:in_custody"))) == {"p-babaryka", "p-kalesnikava"}
    assert _ids(search(archive, "status:in_custody article:357")) == ["p-kalesnikava"]
    assert _ids(search(archive, "status:in_custody role:judge")) == []
    assert set(_ids(search(archive, "status:released status:in_exile"))) == {
        "p-tsikhanouski",
        "p-tsikhanouskaya",
    }
    assert _ids(search(archive, "year:2025..")) == ["p-tsikhanouski"]
    assert _ids(search(archive, "year:..2020")) == ["p-kalesnikava", "p-tsikhanouskaya"]


def test_filter_restricts_free_text(archive: Archive) -> None:
    assert set(_ids(search(archive, "prison"))) >= {"p-babaryka", "p-kalesnikava"}
    assert _ids(search(archive, "prison court:Homiel")) == ["p-tsikhanouski"]
    assert _ids(search(archive, "Тихановск status:in_custody")) == []


def test_unknown_court_and_values_say_so(archive: Archive) -> None:
    result = search(archive, "court:Atlantis")
    assert result.hits == ()
    assert result.notice is not None
    assert "Atlantis" in result.notice
    bad = search(archive, "status:flying Babaryka")
    assert bad.person_ids[:1] == ("p-babaryka",)
    assert bad.notice is not None
    assert "flying" in bad.notice


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ('"Babaryka', "quotation mark"),
        ("Babaryka AND", "AND"),
        ("OR Babaryka", "OR"),
        ("AND Babaryka", "AND"),
        ("NOT", "NOT"),
        ("Babaryka) (", "Brackets"),
        ("Babaryka ^ ~ (", "symbols"),
    ],
)
def test_malformed_queries_fall_back_with_a_notice(
    archive: Archive, query: str, words: str
) -> None:
    result = search(archive, query)
    assert result.notice is not None
    assert words in result.notice
    if "Babaryka" in query:
        assert result.person_ids[:1] == ("p-babaryka",)


def test_huge_query_is_cut_with_notice(archive: Archive) -> None:
    result = search(archive, "Babaryka " + "x" * 10_000)
    assert result.notice is not None
    assert "longer than" in result.notice


def test_fts_syntax_never_reaches_match(archive: Archive) -> None:
    for query in ['col:"x"', "a NEAR b", "*", "^Babaryka", '"""', "Babaryka*" * 3, "-", "--x"]:
        result = search(archive, query)
        assert isinstance(result, SearchResult)
    assert fts_string('a"b') == '"a""b"'


def test_limit_is_respected(archive: Archive) -> None:
    assert len(search(archive, "prison", limit=2).hits) == 2
    assert len(search(archive, "status:in_custody", limit=1).hits) == 1


def test_plain_database_works_too(plain_db: Database) -> None:
    result = search(plain_db, "Бабарико")
    assert result.person_ids[:1] == ("p-babaryka",)


def test_timeout_returns_partial_result_with_notice(archive: Archive) -> None:
    result = search(archive, "Tsikhanouski prison", time_limit_ms=0)
    assert result.timed_out
    assert result.notice is not None
    assert "too long" in result.notice


def test_people_found_but_not_listed_in_time_say_so(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Running out of time while the found people are listed is not "nobody found"."""
    import db.search

    monkeypatch.setattr(db.search, "PRESENT_TIME_LIMIT_MS", 0)
    result = search(archive, "Tsikhanouski")
    assert not result.hits
    assert result.timed_out
    assert result.notice is not None
    assert "too long" in result.notice


@pytest.mark.real_time_limits
def test_the_default_time_limit_is_read_when_searching(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.search

    monkeypatch.setattr(db.search, "SEARCH_TIME_LIMIT_MS", 0)
    assert search(archive, "Tsikhanouski prison").timed_out


def test_cancel_raises_interrupted(archive_path: Path) -> None:
    opened = open_archive(archive_path)
    try:
        # stands in for the GUI thread calling cancel() while the query runs
        def cancel_now() -> int:
            opened.cancel()
            return 1

        opened.db.conn.set_progress_handler(cancel_now, 1)
        with pytest.raises(QueryInterruptedError):
            search(opened, "Tsikhanouski")
    finally:
        opened.close()


def test_index_rows_cover_every_spelling(archive_path: Path) -> None:
    db = Database(sqlite3.connect(archive_path.resolve().as_uri() + "?mode=ro", uri=True))
    try:
        forms = {
            r[0]
            for r in db.execute(
                "SELECT key FROM search_keys k JOIN people p ON p.pk = k.person_pk "
                "WHERE p.id = 'p-babaryka'"
            ).fetchall()
        }
        # keys of every word, and the transliterated form of every spelling's words
        assert {"viktar", "babarika"} <= forms
        assert {"=viktar", "=babaryka", "=babariko", "=viktor", "=wiktor"} <= forms
        assert {"~viktar", "~babaryka", "~viktor", "~babariko"} <= forms  # spelling keys
        assert {f for f in forms if f[0] not in "=~"} == {"viktar", "babarika"}
        vocab = dict(db.execute("SELECT word, rows FROM search_vocab").fetchall())
        assert vocab["babarika"] == 1
        assert vocab["tihanauski"] == 1
        typos = {
            r[0]
            for r in db.execute(
                "SELECT deletion FROM search_typos WHERE word = 'babarika'"
            ).fetchall()
        }
        assert typos == {
            "abarika",
            "bbarika",
            "baarika",
            "babrika",
            "babaika",
            "babarka",
            "babaria",
            "babarik",
        }
        courts = {
            r[0]
            for r in db.execute(
                "SELECT keys FROM search_org_names WHERE org_id = 'org-homiel-court'"
            ).fetchall()
        }
        assert courts == {"hamalski ablasni sud", "hamalski ablastnai sud", "hamal rahanal taurt"}
    finally:
        db.close()


def test_rebuild_is_repeatable(tmp_path: Path) -> None:
    path = build_search_fixture(tmp_path / "a.db")
    db = Database(sqlite3.connect(path))
    try:
        counts = "SELECT (SELECT count(*) FROM search_keys), (SELECT count(*) FROM search_typos)"
        before = db.execute(counts).fetchone()
        search_index.rebuild_search_index(db)
        after = db.execute(counts).fetchone()
        assert before == after
        assert before[0] > 0
    finally:
        db.close()


def test_name_lookups_are_index_seeks(archive: Archive) -> None:
    def plan(sql: str, params: dict[str, object]) -> str:
        rows = archive.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        return " ".join(str(r[3]) for r in rows)

    driver = plan(name_index.DRIVER_SQL, {"d": '["babarika"]', "cap": 10, "skip": 0})
    assert "SEARCH k0 USING PRIMARY KEY (key=?)" in driver
    sought = plan(name_index.SEEK_SQL, {"w": '["viktar"]', "c": "[1, 2]"})
    assert "SEARCH k USING PRIMARY KEY (key=? AND person_pk=?)" in sought
    any_form = plan(name_index.ANY_SEEK_SQL, {"c": "[1, 2]", "w": '["viktar", "viktor"]'})
    assert "SEARCH k USING PRIMARY KEY (key=? AND person_pk=?)" in any_form
    by_person = plan(name_index.PERSON_ANY_SQL, {"c": "[1, 2]", "w": '["viktar", "viktor"]'})
    assert "SEARCH k USING PRIMARY KEY (person_pk=?)" in by_person
    assert "SCAN k" not in driver + sought + any_form + by_person
    assert "SCAN search" not in by_person


def test_parse_reads_the_documented_syntax() -> None:
    q = parse('tsikh* "humane gesture" OR -judge Babaryka year:2020..2023 article:342')
    assert [len(a.include) for a in q.alternatives] == [2, 1]
    assert q.alternatives[0].include[0].prefix
    assert q.alternatives[0].include[1].phrase
    assert q.alternatives[1].exclude[0].words == ("judge",)
    assert (q.filters.year_from, q.filters.year_to) == (2020, 2023)
    assert q.filters.articles == ("342",)
    assert q.notices == ()
    assert q.typing is None  # the query ends with a filter
    typing = parse("siarhei tsikh").typing
    assert typing is not None
    assert typing.words == ("tsikh",)
    assert parse("tsikh ").typing is None


def test_help_text_names_every_filter() -> None:
    for word in ("status:", "role:", "kind:", "court:", "article:", "year:", "OR", "NOT", '"'):
        assert word in SEARCH_SYNTAX_HELP


def test_unavailable_search_says_why(archive_path: Path) -> None:
    opened = open_archive(archive_path)
    try:
        opened.search_available = False
        opened.search_problem = "the search index is damaged"
        result = search(opened, "Babaryka")
        assert result.hits == ()
        assert result.notice == "the search index is damaged"
    finally:
        opened.close()


def test_spelling_languages_name_the_matched_spellings_language(sample_archive: Archive) -> None:
    from db.search import spelling_languages

    result = search(sample_archive, "Тихановский")
    languages = spelling_languages(sample_archive, result.hits)
    assert result.hits[0].person_id == "p-tsikhanouski"
    assert languages["p-tsikhanouski"] == "ru-Cyrl"
    body = search(sample_archive, "pardoning")
    assert spelling_languages(sample_archive, body.hits) == {}  # only name hits have one
