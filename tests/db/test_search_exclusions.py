"""Exclusions alone and queries left empty by what was ignored: the list is not silently empty.

Before, `NOT judge`, `-judge` (an exclusion with nothing else) and `role:xyz`
(an unknown role, ignored) found nobody: a user who asked to leave judges
out, or whose filter was ignored, saw an empty list. docs/SEARCH.md says what
they get now: everyone but the excluded, and everyone with the note.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db.connection import Archive, open_archive
from db.errors import ErrorKind
from db.query_language import QueryNoteKind, parse
from db.reindex import reindex
from db.search import search


def _everyone(archive: Archive) -> list[str]:
    return [str(r[0]) for r in archive.db.execute("SELECT id FROM people")]


def _excluded(archive: Archive, word: str) -> set[str]:
    return set(search(archive, word, limit=10_000).person_ids)


@pytest.mark.parametrize("query", ["NOT lukashenka", "-lukashenka", "NOT Lukashenka "])
def test_an_exclusion_alone_lists_everyone_but_the_excluded(
    sample_archive: Archive, query: str
) -> None:
    gone = _excluded(sample_archive, "lukashenka")
    assert gone  # the word is in the sample: the exclusion must take someone out
    result = search(sample_archive, query)
    assert set(result.person_ids) == set(_everyone(sample_archive)) - gone
    assert result.person_ids
    assert not result.notes  # nothing was ignored


def test_an_exclusion_alone_keeps_the_filters(sample_archive: Archive) -> None:
    released = set(search(sample_archive, "status:released").person_ids)
    result = search(sample_archive, "status:released -judge")
    assert set(result.person_ids) == released - _excluded(sample_archive, "judge")
    assert not [n for n in result.notes if n.kind is QueryNoteKind.LONE_NOT]


def test_an_exclusion_alone_fills_the_limit(tmp_path: Path) -> None:
    """The first `limit` people the exclusion leaves, not the first `limit` less the excluded."""
    from db.generate import generate_archive

    path = tmp_path / "gen.db"
    generate_archive(path, 400)
    with open_archive(path) as archive:
        everyone = set(_everyone(archive))
        for word in ("minsk", "released"):
            gone = _excluded(archive, word)
            if 0 < len(gone) < len(everyone) - 50:
                break
        else:
            pytest.skip("no word excludes part of this archive")
        result = search(archive, f"-{word}", limit=50)
        assert len(result.person_ids) == 50
        assert not set(result.person_ids) & gone
        whole = search(archive, f"-{word}", limit=10_000)
        assert set(whole.person_ids) == everyone - gone


def test_a_query_left_empty_by_an_unknown_role_lists_everyone_and_says_so(
    sample_archive: Archive,
) -> None:
    result = search(sample_archive, "role:xyz")
    assert set(result.person_ids) == set(_everyone(sample_archive))
    assert [n.kind for n in result.notes] == [QueryNoteKind.UNKNOWN_VALUE]
    assert result.notice is not None
    assert "role:xyz is not known and was ignored" in result.notice


def test_an_exclusion_alone_parses_as_an_alternative() -> None:
    parsed = parse("NOT judge")
    assert len(parsed.alternatives) == 1
    assert parsed.alternatives[0].include == ()
    assert parsed.alternatives[0].exclude[0].words == ("judge",)
    assert not parsed.notes


def test_an_empty_query_still_finds_nobody(sample_archive: Archive) -> None:
    assert search(sample_archive, "").person_ids == ()
    assert search(sample_archive, "   ").person_ids == ()


# --- an archive missing its name index tables -----------------------------------------


def _without(sample: Path, tmp_path: Path, table: str) -> Path:
    path = tmp_path / f"without-{table}.db"
    shutil.copyfile(sample, path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TABLE {table}")
    conn.close()
    return path


@pytest.mark.parametrize("table", ["search_keys", "search_typos"])
def test_a_missing_name_index_table_makes_search_unavailable_with_a_clear_reason(
    sample_archive_path: Path, tmp_path: Path, table: str
) -> None:
    """Before, the archive opened as if whole and every search failed on "no such table"."""
    path = _without(sample_archive_path, tmp_path, table)
    with open_archive(path) as archive:
        assert not archive.search_available
        error = archive.search_error
        assert error is not None
        assert error.kind is ErrorKind.NAME_INDEX_MISSING
        assert table in error.message
        assert "name search is unavailable in this archive" in error.message
        assert "kartoteka reindex" in error.message
        result = search(archive, "tsikhanouski")  # answers, never "no such table"
        assert result.person_ids == ()
        assert "no such table" not in (result.notice or "")


def test_reindex_restores_a_missing_name_index(sample_archive_path: Path, tmp_path: Path) -> None:
    """The message's way out works: `kartoteka reindex` writes a searchable copy."""
    path = _without(sample_archive_path, tmp_path, "search_keys")
    out = tmp_path / "reindexed.db"
    reindex(path, out)
    with open_archive(out) as archive:
        assert archive.search_error is None
        assert search(archive, "tsikhanouski").person_ids[:1] == ("p-tsikhanouski",)


# --- a search that finds more people than it lists ---------------------------------------


def test_a_search_that_finds_more_than_it_lists_says_so(sample_archive: Archive) -> None:
    """A filter or a broad word listed the first `limit` people found with nothing saying
    more matched (the window's list read "1 000 of 3 000 people" where 1,347 matched)."""
    for query in ("tsikhanouski", "status:unknown", "-lukashenka", "role:xyz"):
        everyone = search(sample_archive, query, limit=10_000)
        assert len(everyone.person_ids) >= 2, query
        assert not everyone.more, query
        cut = search(sample_archive, query, limit=1)
        assert len(cut.person_ids) == 1
        assert cut.more, query
    assert not search(sample_archive, "zzq", limit=1).more


def test_a_word_in_too_many_records_to_exclude_them_all_says_so(tmp_path: Path) -> None:
    """`-minsk` in a 3,000-person archive listed 179 people (of the first 400) whose
    biography names Minsk: each text source is read to BODY_CAP rows, so an exclusion of a
    common word left out only those. It says so now, and a search whose text sources held
    more matches than were read says more match."""
    from db import search as search_module
    from db.generate import generate_archive

    path = tmp_path / "gen.db"
    generate_archive(path, 400)
    with open_archive(path) as archive:
        cap = search_module.BODY_CAP
        try:
            search_module.BODY_CAP = 5  # fewer than the records naming Minsk
            found = search(archive, "minsk", limit=10_000)
            excluded = search(archive, "-minsk", limit=10_000)
            search_module.BODY_CAP = 100_000  # every record read
            everyone = search(archive, "minsk", limit=10_000)
            complete = search(archive, "-minsk", limit=10_000)
        finally:
            search_module.BODY_CAP = cap
        assert found.more  # the list is not everyone who mentions it, and says so
        assert [n.kind for n in excluded.notes] == [QueryNoteKind.EXCLUSION_INCOMPLETE]
        assert "minsk" in (excluded.notice or "")
        assert len(everyone.person_ids) > 20
        assert not everyone.more
        assert not complete.notes
        assert not set(complete.person_ids) & set(everyone.person_ids)
