"""The name index checks other words by index seeks or by holder sets; both give one answer.

KeyIndex.people chooses, form by form, whether to seek each candidate in
the keys or to read the form's holders once (db.name_index.SEEK_COST): a
cost choice that must never change who is found or in what order. Ranking
matches people holding the very same spellings once per search.
"""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz.distance import OSA

from db import key_version, name_index, names, search_index
from db import search as search_module
from db.connection import Archive, open_archive
from db.generate import generate_archive
from db.name_match import (
    MatchCache,
    MatchLevel,
    QueryWord,
    _one_typed_edit,
    _Stored,
    _stored,
    match_person,
    query_words,
    word_level,
)
from db.search import search
from db.untrusted import stored_count


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
    monkeypatch.setattr(name_index, "PERSON_READ_US", 10**9)  # never the by-person table
    monkeypatch.setattr(name_index, "ANY_SEEK_MAX", 0)  # form by form (SEEK_SQL)
    monkeypatch.setattr(name_index, "SEEK_COST", 0)  # every form sought
    sought = _answers(archive, queries)
    monkeypatch.setattr(name_index, "SEEK_COST", 10**9)  # every form's holders read
    monkeypatch.setattr(name_index, "HOLDERS_READ_MAX", 10**9)
    read = _answers(archive, queries)
    monkeypatch.setattr(name_index, "HOLDERS_READ_MAX", 15)  # some read, the rest sought
    mixed = _answers(archive, queries)
    monkeypatch.setattr(name_index, "SEEK_COST", 0)
    monkeypatch.setattr(name_index, "ANY_SEEK_MAX", 10**9)  # person by person (ANY_SEEK_SQL)
    any_form = _answers(archive, queries)
    monkeypatch.setattr(name_index, "PERSON_READ_US", 0)  # always the by-person table
    by_person = _answers(archive, queries)
    monkeypatch.setattr(name_index, "PERSON_SEEK_FORMS", 0)  # each entry tested, never sought
    by_person_tests = _answers(archive, queries)
    monkeypatch.setattr(name_index, "PERSON_SEEK_FORMS", 8)
    monkeypatch.setattr(name_index, "PERSON_READ_US", 2.0)  # some by person, some not
    monkeypatch.setattr(name_index, "ANY_SEEK_MAX", 40)
    some_by_person = _answers(archive, queries)
    assert sum(len(a) for a in sought) > len(queries)
    assert read == sought
    assert mixed == sought
    assert any_form == sought
    assert by_person == sought
    assert by_person_tests == sought
    assert some_by_person == sought


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


def test_a_search_reads_the_vocabulary_counts_in_two_statements(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each count look-up is a round trip: the forms a search needs are counted together
    (the word's own forms, then its typo candidates and typed neighbours), not per lookup."""
    logged = _logged_statements(monkeypatch)
    name = next(q for q in _queries(archive) if len(q.split()) == 2)
    given, surname = name.split()
    slip = surname[:2] + surname[3] + surname[2] + surname[4:]
    for query in (name, f"{given} {slip}"):
        logged.clear()
        assert search(archive, query, limit=100).hits
        statements = [sql for sql, _params in logged]
        counts = [s for s in statements if "FROM search_vocab WHERE word IN" in s]
        assert any("search_typos" in s for s in statements)  # the loose strength was reached
        assert len(counts) <= 2, query


def _logged_statements(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, object]]]:
    """Every statement (and its parameters) the name index runs from now on."""
    statements: list[tuple[str, dict[str, object]]] = []
    made = name_index.KeyIndex.__init__

    def logging(self: name_index.KeyIndex, rows: name_index.Rows) -> None:
        def logged(sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
            statements.append((sql, params))
            return rows(sql, params)

        made(self, logged)

    monkeypatch.setattr(name_index.KeyIndex, "__init__", logging)
    return statements


def test_a_search_looks_each_form_up_in_the_vocabulary_once(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The partial tier asks again for the typo candidates, stems and prefixes the full
    tier read: they are answered from what was read, not read again."""
    statements = _logged_statements(monkeypatch)
    three = [q for q in _queries(archive) if "Зиновьевич" in q]
    assert three
    for query in three:
        statements.clear()
        search(archive, query, limit=100)
        asked: list[str] = []
        typo_probes: list[str] = []
        ranges: list[tuple[object, ...]] = []
        for sql, params in statements:
            if "FROM search_vocab WHERE word IN" in sql:
                asked += json.loads(str(params["w"]))
            elif "FROM search_typos" in sql:
                typo_probes.append(str(params["p"]))
            elif "FROM search_vocab WHERE word >=" in sql:
                ranges.append((params["lo"], params["n"]))
        assert asked, query
        assert len(asked) == len(set(asked)), query
        assert len(typo_probes) == len(set(typo_probes)), query
        assert len(ranges) == len(set(ranges)), query


def test_other_words_are_sought_form_by_form_in_person_order(archive: Archive) -> None:
    """Candidates are sought for each form in ascending order (neighbouring pages),
    not candidate by candidate through every form."""
    plan = archive.db.execute(
        "EXPLAIN QUERY PLAN " + name_index.SEEK_SQL, {"c": "[3, 1, 2]", "w": '["a", "b"]'}
    ).fetchall()
    steps = [str(row[-1]) for row in plan]
    assert steps[0].startswith("SCAN w"), steps
    assert any(s.startswith("SEARCH k") and "(key=? AND person_pk=?)" in s for s in steps), steps
    assert not any("CORRELATED" in s for s in steps), steps
    found = archive.db.execute(
        "SELECT key, person_pk FROM search_keys WHERE key GLOB '=*' ORDER BY key LIMIT 2"
    ).fetchall()
    index = name_index.KeyIndex(lambda sql, params: archive.db.execute(sql, params).fetchall())
    (form, pk), (_other, other_pk) = found
    assert index._seek([other_pk + 10**6, pk], [form]) == {frozenset([form]): {pk}}


def test_no_candidate_is_sought_twice_for_the_same_forms(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The driver's groups (its transliterated form, spelling key, key …) are mostly held
    by the very same people: one who failed the other words' check is not sought again."""
    monkeypatch.setattr(name_index, "HOLDERS_READ_MAX", 15)  # some forms read, some sought
    sought: list[tuple[int, tuple[str, ...]]] = []
    seek = name_index.KeyIndex._seek

    def logged(
        self: name_index.KeyIndex, pks: list[int], forms: list[str]
    ) -> dict[frozenset[str], set[int]]:
        sought.extend((pk, tuple(forms)) for pk in pks)
        return seek(self, pks, forms)

    monkeypatch.setattr(name_index.KeyIndex, "_seek", logged)
    total = 0
    for query in _queries(archive):
        sought.clear()
        search(archive, query, limit=30)
        total += len(sought)
        assert len(sought) == len(set(sought)), query
    assert total > 20  # the check was exercised


def _reference_level(q: QueryWord, s: _Stored) -> tuple[MatchLevel, int]:
    """db.name_match.word_level as first written (attribute by attribute): the spec."""
    if not s.keys:
        return MatchLevel.MISSING, 0
    if q.spelled == s.spelled:
        return MatchLevel.SPELLED, 0
    if q.initial:
        if q.lone and s.patronymic:
            return MatchLevel.MISSING, 0
        letters = names.initial_classes(q.token)
        met = bool(letters & names.initial_classes(s.token)) or (
            not s.patronymic and bool(letters & names.name_initials(s.keys[0]))
        )
        return (MatchLevel.PREFIX if met and len(s.token) > 1 else MatchLevel.MISSING), 0
    if q.translit and q.translit == s.translit:
        return MatchLevel.TRANSLITERATED, 0
    if q.spelling_key and q.spelling_key == s.spelling_key:
        return MatchLevel.ROMANIZED, 0
    if s.spelling_key in names.spelling_nominatives(names.spelling_key(q.token)):
        return MatchLevel.DECLINED, 0
    if q.key == s.keys[0]:
        return MatchLevel.VARIANT, 0
    if any(k in s.keys for k in q.keys):
        return MatchLevel.READING, 0
    if s.keys[0] in q.equivalents:
        return MatchLevel.EQUIVALENT, 0
    masculine_of_feminine = q.key[-3:] in ("aha", "amu") and s.keys[0] == q.key[:-3] + "a"
    if (
        (len(q.stem) >= names.MIN_STEM and q.stem == s.stem) or s.keys[0] in q.nominatives
    ) and not masculine_of_feminine:
        return MatchLevel.INFLECTED, 0
    if s.keys[0] in q.short_for or q.key in names.name_group_keys(s.keys[0])[1]:
        return MatchLevel.SHORT_FORM, 0
    if q.prefix and (
        (q.translit and s.translit.startswith(q.translit))
        or (len(q.key) >= 3 and s.keys[0].startswith(q.key))
    ):
        return MatchLevel.PREFIX, 0
    edits = q.typos.get(s.keys[0])
    if edits != 1 and q.allowed_typos and _one_typed_edit(q, s):
        return MatchLevel.TYPO, 1
    if edits is None and q.allowed_typos:
        d = int(OSA.distance(q.key, s.keys[0], score_cutoff=q.allowed_typos))
        edits = d if d <= q.allowed_typos else None
    if edits is not None and edits > 0:
        return MatchLevel.TYPO, edits
    return MatchLevel.MISSING, 0


def test_word_level_meets_its_reference_on_an_archives_words(archive: Archive) -> None:
    """word_level is tuned for speed (locals, a stored word's short-form keys kept with it):
    on every stored word of 400 people against typed, declined, short, prefix and initial
    query words it gives exactly the level the plain reading of the rules gives."""
    spellings = [
        str(r[0])
        for r in archive.db.execute(
            "SELECT n.name FROM person_names n JOIN people p ON p.id = n.person_id "
            "WHERE p.pk <= 400"
        )
    ]
    stored = {t: _stored(t) for sp in spellings for t in names.tokens(sp)}
    index = name_index.KeyIndex(lambda sql, params: archive.db.execute(sql, params).fetchall())
    raw: list[tuple[str, bool]] = []
    for name in _queries(archive)[::4]:
        given, surname = name.split()[0], name.split()[-1]
        raw += [(given, False), (surname, False), (surname[:4], True), (given[:1], False)]
        raw += [(surname + "а", False), (surname[:2] + surname[3] + surname[2:], False)]
    raw += [("Sasha", False), ("Саша", False), ("Аляксандр", False), ("Іванавіч", False)]
    qwords = query_words(raw)
    index.weigh(qwords)
    index.loosen(qwords)
    assert any(q.typos for q in qwords)
    assert any(q.prefix for q in qwords)
    levels: set[MatchLevel] = set()
    for q in qwords:
        for s in stored.values():
            level = word_level(q, s)
            assert level == _reference_level(q, s), (q.raw, s.token)
            levels.add(level[0])
    assert len(levels) >= 6, levels  # the rules were exercised, not only MISSING


def test_an_archive_without_the_by_person_table_finds_the_same(
    archive: Archive, tmp_path: Path
) -> None:
    """Archives written before the by-person table (derived step) open and search alike."""
    assert archive.db.execute(search_index.HAS_PERSON_KEYS_SQL).fetchall()
    copy = tmp_path / "older.db"
    shutil.copyfile(archive.path, copy)
    conn = sqlite3.connect(copy)
    conn.execute(f"DROP TABLE {search_index.PERSON_KEYS_TABLE}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'derived_0003_search_person_keys'")
    conn.commit()
    conn.close()
    older = open_archive(copy)
    try:
        assert not older.db.execute(search_index.HAS_PERSON_KEYS_SQL).fetchall()
        queries = _queries(archive)
        assert _answers(older, queries) == _answers(archive, queries)
    finally:
        older.close()


def test_the_by_person_table_holds_every_key_of_each_person(archive: Archive) -> None:
    """The writer fills it from search_keys (every build and import), nothing more or less."""
    keys = "SELECT person_pk, key FROM search_keys ORDER BY person_pk, key"
    by_person = f"SELECT person_pk, key FROM {search_index.PERSON_KEYS_TABLE}"
    assert archive.db.execute(keys).fetchall() == archive.db.execute(by_person).fetchall()


def test_filters_applied_while_reading_find_the_same_people(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk stops once enough people pass the filters: the first that reading every
    candidate and filtering afterwards would keep, in the same order."""
    statuses = [str(r[0]) for r in archive.db.execute("SELECT DISTINCT status FROM people")]
    queries = [f"{q} status:{s}" for q in _queries(archive)[::2] for s in statuses[:2]] + [
        f"{q.split()[0]} status:{statuses[0]}" for q in _queries(archive)[::4]
    ]
    walked = [[(h.person_id, h.score) for h in search(archive, q, limit=5).hits] for q in queries]

    def afterwards(
        self: name_index.KeyIndex,
        options: Sequence[name_index.Options],
        cap: int,
        seen: Iterable[int],
        admission: name_index.Admission | None = None,
    ) -> list[int]:
        found = people(self, options, cap, seen)
        return found if admission is None else admission.admit(found)[: admission.enough]

    people = name_index.KeyIndex.people
    monkeypatch.setattr(name_index.KeyIndex, "people", afterwards)
    filtered = [[(h.person_id, h.score) for h in search(archive, q, limit=5).hits] for q in queries]
    assert sum(map(len, walked)) > len(queries)
    assert walked == filtered


def test_a_driver_of_forms_held_by_the_same_people_is_read_to_the_end(archive: Archive) -> None:
    """Several driver forms name the same person more than once: the reads grow until
    enough distinct people are found or the forms' holders are all read."""
    forms = [
        str(r[0])
        for r in archive.db.execute(
            "SELECT key FROM search_keys WHERE person_pk = (SELECT min(person_pk) "
            "FROM search_keys) ORDER BY key"
        )
    ]
    assert len(forms) > 3
    index = name_index.KeyIndex(lambda sql, params: archive.db.execute(sql, params).fetchall())
    group = name_index._Group(tuple(forms), set(), loose=False)
    holders = {
        int(r[0])
        for r in archive.db.execute(
            "SELECT person_pk FROM search_keys WHERE key IN (SELECT value FROM json_each(?))",
            [json.dumps(forms)],
        )
    }
    found = index._group_people(group, len(holders) + 5)
    assert sorted(found) == sorted(holders)
    assert len(found) == len(set(found))
    assert index._group_people(group, 2) == found[:2]


def test_a_by_person_table_that_is_not_ours_turns_search_off(
    archive: Archive, tmp_path: Path
) -> None:
    """Derived data from a file is untrusted: a view in the table's place is refused by the
    schema check (search unavailable, browsing works), never read."""
    copy = tmp_path / "hostile.db"
    shutil.copyfile(archive.path, copy)
    conn = sqlite3.connect(copy)
    conn.execute(f"DROP TABLE {search_index.PERSON_KEYS_TABLE}")
    conn.execute(
        f"CREATE VIEW {search_index.PERSON_KEYS_TABLE} AS SELECT person_pk, key FROM search_keys"
    )
    conn.commit()
    conn.close()
    hostile = open_archive(copy)
    try:
        assert not hostile.search_available
        result = search(hostile, _queries(archive)[0])
        assert result.hits == ()
        assert result.notice
    finally:
        hostile.close()


def _drive_index(counts: dict[str, int]) -> name_index.KeyIndex:
    def no_reads(sql: str, params: object) -> list[tuple[object, ...]]:
        raise AssertionError("every count is known: nothing is read")

    index = name_index.KeyIndex(no_reads)
    index.counts.update(counts)
    return index


def test_a_word_cut_short_hands_the_drive_to_a_word_cheaper_to_read_whole() -> None:
    """A typed surname holding no one as written, with a typo group over LOOSE_SCAN,
    drives the read unless a strict word is cheaper to read whole than that group:
    reading the 76,000 holders of Uladzimir at 3M took 250-400 ms for a typo of Dashkevich
    that the cut read finds first; Юра beside a rare Дмитриев still hands over."""
    loose = name_index.LOOSE_SCAN
    typed = name_index.Options((("~dashekvich",), ("dashkevich",)), loose_from=1)
    common = name_index.Options((("~uladzimir",), ("uladzimir",)), loose_from=2)
    # a rare surname whose typo neighbours are common: larger to probe, cheap to read
    rare = name_index.Options((("~dmitriev",), ("dmitriev",), ("dmitriet",)), loose_from=2)
    counts = {"~dashekvich": 0, "dashkevich": 3 * loose, "~dmitriev": 40, "dmitriev": 40}
    counts["dmitriet"] = 4 * loose
    index = _drive_index({**counts, "~uladzimir": 76_000, "uladzimir": 76_000})
    assert index._drive_order([common, typed])[0] == 1
    index = _drive_index(counts)
    assert index._drive_order([rare, typed])[0] == 0


def test_candidates_are_checked_by_the_cheapest_seek_plan() -> None:
    """Checking 900 candidates for six forms of a common given name (40,000 holders each)
    cost 6.5 ms form by form at 3M and 3.9 ms through the by-person table; 4,700 candidates
    for four forms 6 ms form by form, 15 ms by person (each a random page); a few rare
    forms are cheapest sought person by person, stopping at the first form held."""
    common = [f"given{i}" for i in range(6)]
    index = _drive_index({**dict.fromkeys(common, 40_000), "rare0": 10, "rare1": 12})
    index._by_person = True
    assert index._seek_plan(4700, common[:4]) is name_index.SEEK_SQL
    assert index._seek_plan(900, common) is name_index.PERSON_SEEK_SQL  # a few forms
    many = [f"given{i}" for i in range(name_index.PERSON_SEEK_FORMS + 1)]
    index.counts.update(dict.fromkeys(many, 40_000))
    assert index._seek_plan(900, many) is name_index.PERSON_ANY_SQL
    assert index._seek_plan(900, ["rare0", "rare1"]) is name_index.ANY_SEEK_SQL
    assert index._seek_plan(900, ["rare0"]) is name_index.SEEK_SQL  # one form: one seek each
    index._by_person = False  # an archive written before the by-person table
    assert index._seek_plan(900, common) is name_index.ANY_SEEK_SQL
    assert index._seek_plan(4700, common[:4]) is name_index.SEEK_SQL


def test_a_candidate_holding_one_form_is_not_sought_for_the_others(archive: Archive) -> None:
    """Person by person, the forms are sought until one is held: one statement finds the
    holders of any of the forms, and who holds one is known for a later check of the
    same or more forms (the next strength, the partial tier) without a seek."""
    found = archive.db.execute(
        "SELECT key, person_pk FROM search_keys WHERE key GLOB '=*' ORDER BY key LIMIT 2"
    ).fetchall()
    (form, pk), (other, other_pk) = found
    statements: list[str] = []

    def rows(sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
        statements.append(sql)
        return archive.db.execute(sql, params).fetchall()

    index = name_index.KeyIndex(rows)
    index._by_person = False
    forms = (form, other, "=nobody-holds-this")
    check = name_index._Probe(forms, frozenset())
    assert index._passing([pk, other_pk, 10**9], [check]) == {pk, other_pk}
    assert statements == [name_index.ANY_SEEK_SQL]
    wider = name_index._Probe((*forms, "=nor-this"), frozenset())
    assert index._passing([pk, other_pk], [wider]) == {pk, other_pk}
    assert len(statements) == 1  # known to hold one of a subset of the forms: no seek


def _reread_from_start(
    self: name_index.KeyIndex, group: name_index._Group, limit: int
) -> list[int]:
    """KeyIndex._group_people as first written: each further read starts again at the
    group's first entry, with twice the entries (the spec the continued read must meet)."""
    key = (tuple(group.driver), group.loose)
    want = limit + len(group.seen)
    read, rows_read, complete = self._driver_reads.get(key, ((), 0, False))
    while len(read) < want and not complete:
        cap = max(want, 2 * rows_read)
        rows = self._driver_rows(group, cap)
        read, rows_read, complete = tuple(dict.fromkeys(rows)), cap, len(rows) < cap
        self._driver_reads[key] = (read, rows_read, complete)
    return [pk for pk in read if pk not in group.seen][:limit]


def test_driver_groups_read_on_find_what_reading_again_from_the_start_finds(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A driver group read further goes on where it stopped (OFFSET), or is read whole
    when short: the same people in the same order as reading it again from its start,
    for every query kind, the n − 1 tier's above all."""
    queries = _queries(archive)
    monkeypatch.setattr(name_index, "LOOSE_SCAN", 40)  # loose groups cut short too
    continued = _answers(archive, queries)
    monkeypatch.setattr(name_index.KeyIndex, "_group_people", _reread_from_start)
    again = _answers(archive, queries)
    assert sum(len(a) for a in again) > len(queries)
    assert continued == again


def _common_forms(archive: Archive, n: int) -> list[str]:
    return [
        str(r[0])
        for r in archive.db.execute(
            "SELECT key FROM search_keys GROUP BY key ORDER BY count(*) DESC, key LIMIT ?", [n]
        )
    ]


@pytest.mark.parametrize("n_forms", [1, 3])
def test_a_driver_group_read_in_slices_reads_each_entry_once(
    archive: Archive, n_forms: int
) -> None:
    """Slices of a growing read (KeyIndex._checked_people asks for 4× more each time) fetch
    each (key, person) entry into Python once: a surname's holders whose other words fail
    (Дашкевич beside Владимир at 3,000,000 people: 4,310 holders) were read again from the
    first at every slice, and once more for each of its key forms held by the same people."""
    forms = _common_forms(archive, n_forms)
    fetched: list[int] = []

    def rows(sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
        found = archive.db.execute(sql, params).fetchall()
        if sql in (name_index.DRIVER_SQL, name_index.DRIVER_LOOSE_SQL):
            fetched.append(len(found))
        return list(found)

    entries = int(
        archive.db.execute(
            "SELECT count(*) FROM search_keys WHERE key IN (SELECT value FROM json_each(?))",
            [json.dumps(forms)],
        ).fetchone()[0]
    )
    holders = len(
        archive.db.execute(
            "SELECT DISTINCT person_pk FROM search_keys "
            "WHERE key IN (SELECT value FROM json_each(?))",
            [json.dumps(forms)],
        ).fetchall()
    )
    assert holders >= 40
    index = name_index.KeyIndex(rows)
    group = name_index._Group(tuple(forms), set(), loose=False)
    slices = [index._group_people(group, n) for n in (5, 20, 80, 320, holders + 5)]
    assert len(fetched) >= 3  # read in several statements
    assert sum(fetched) <= entries  # no entry fetched twice
    assert sorted(slices[-1]) == sorted(
        int(r[0])
        for r in archive.db.execute(
            "SELECT DISTINCT person_pk FROM search_keys "
            "WHERE key IN (SELECT value FROM json_each(?))",
            [json.dumps(forms)],
        )
    )
    for a, b in itertools.pairwise(slices):
        assert b[: len(a)] == a  # each read starts as the one before


def test_a_group_the_vocabulary_counts_as_short_is_read_in_one_statement(
    archive: Archive,
) -> None:
    """A loose group holds at most LOOSE_SCAN entries, a strict one its forms' counts: when
    that is less than twice the read asked for, the whole group is read at once."""
    forms = _common_forms(archive, 1)
    statements: list[str] = []

    def rows(sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
        statements.append(sql)
        return list(archive.db.execute(sql, params).fetchall())

    index = name_index.KeyIndex(rows)
    index._count(forms)
    whole = sum(index.counts[f] for f in forms)
    for loose in (False, True):
        statements.clear()
        group = name_index._Group(tuple(forms), set(), loose=loose)
        first = index._group_people(group, whole // 2 + 1)
        index._group_people(group, whole + 5)
        driver = (name_index.DRIVER_SQL, name_index.DRIVER_LOOSE_SQL)
        assert len([s for s in statements if s in driver]) == 1
        assert len(first) == whole // 2 + 1


@pytest.mark.parametrize("value", [-1, 0, 7, 2**62, "x", "12", 3.0, None, b"\x01"])
def test_vocabulary_counts_are_taken_in_sql_as_stored_count_takes_them(value: object) -> None:
    """The vocabulary's counts are checked in SQL (a range reads thousands of entries), as
    db.untrusted.stored_count checks a value in Python: a whole number >= 0, else 0."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE search_vocab (word TEXT, rows)")
    conn.execute("INSERT INTO search_vocab VALUES ('w', ?)", [value])
    (n,) = conn.execute(f"SELECT {name_index.STORED_COUNT} FROM search_vocab").fetchone()
    assert n == stored_count(value)
    assert type(n) is int


def _plan(archive: Archive, sql: str, params: dict[str, object]) -> list[str]:
    return [str(row[-1]) for row in archive.db.execute("EXPLAIN QUERY PLAN " + sql, params)]


def test_a_few_forms_are_sought_among_a_persons_entries(archive: Archive) -> None:
    """By person, a few forms are each sought among the person's entries (on the page the
    person's seek reached) rather than every entry tested against them."""
    steps = _plan(archive, name_index.PERSON_SEEK_SQL, {"c": "[1, 2]", "w": '["a", "b"]'})
    assert any("(person_pk=? AND key=?)" in s for s in steps), steps
    assert not any(s.startswith("SCAN k") for s in steps), steps
    found = archive.db.execute(
        f"SELECT person_pk, key FROM {search_index.PERSON_KEYS_TABLE} LIMIT 1"
    ).fetchone()
    pk, form = int(found[0]), str(found[1])
    params = {"c": json.dumps([pk, 10**9]), "w": json.dumps([form, "=nobody-holds-this"])}
    for sql in (name_index.PERSON_SEEK_SQL, name_index.PERSON_ANY_SQL):
        assert archive.db.execute(sql, params).fetchall() == [(pk,)]


def test_a_groups_newcomers_are_read_by_one_merge(archive: Archive) -> None:
    """Who holds a form and none of the earlier forms is read by merging the forms' entries
    (each in person order) in SQLite: no seek per entry, no sort."""
    for before in (1, 3):
        params: dict[str, object] = {"d": "a", "n": 10, **{f"b{i}": "b" for i in range(before)}}
        steps = _plan(archive, name_index.newcomers_sql(before), params)
        assert steps.count("MERGE (EXCEPT)") == before, steps
        assert all("USING PRIMARY KEY (key=?)" in s for s in steps if s.startswith("SEARCH")), steps
        assert not any(s.startswith("SCAN") or "TEMP B-TREE" in s for s in steps), steps
    index = name_index.KeyIndex(lambda sql, params: archive.db.execute(sql, params).fetchall())

    def holders(form: str) -> list[int]:
        return [
            int(r[0])
            for r in archive.db.execute(
                "SELECT person_pk FROM search_keys WHERE key = ? ORDER BY person_pk", [form]
            )
        ]

    forms = _common_forms(archive, 40)
    # two forms some people hold both of, and some only the second
    first, second = next(
        (a, b)
        for a, b in itertools.permutations(forms, 2)
        if 0 < len(set(holders(b)) - set(holders(a))) < len(holders(b))
    )
    newcomers = [pk for pk in holders(second) if pk not in set(holders(first))]
    assert index._newcomers(second, [first], 10**6) == newcomers
    assert index._newcomers(second, [first], 3) == newcomers[:3]
    assert index._newcomers(second, [first, second], 10) == []
    assert index._newcomers(second, [], 10) == holders(second)[:10]


def _partial_queries(archive: Archive) -> list[str]:
    """Given name + a patronymic nobody holds + surname, with the commonest given names
    beside each of the commonest surnames (the n − 1 tier's costliest subset)."""
    rows = archive.db.execute(
        "SELECT n.name FROM person_names n WHERE n.system = 'native' AND n.lang = 'ru-Cyrl' "
        "AND n.name LIKE '% %' AND n.name NOT LIKE '% % %' ORDER BY n.pk LIMIT 600"
    ).fetchall()
    pairs = [str(r[0]).split() for r in rows]
    given = [g for g, _n in Counter(p[0] for p in pairs).most_common(4)]
    surnames = [s for s, _n in Counter(p[1] for p in pairs).most_common(8)]
    out = [f"{g} Зиновьевич {s}" for g in given for s in surnames]
    return out + [f"{s} {g} Зиновьевич" for g in given[:2] for s in surnames[:4]]


def test_a_strict_group_read_for_its_newcomers_finds_what_reading_it_whole_finds(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A strict driver group after others (the surname's spelling key and key after its
    transliterated form) reads only the people who hold none of their forms: the others'
    people were taken, seen or failed the same checks. The answers are those of reading
    each group whole, for every query kind; the n − 1 tier's subsets above all."""
    queries = _partial_queries(archive) + _queries(archive)
    monkeypatch.setattr(search_module, "NAME_CAP", 40)  # the combined tier reads groups in part
    newcomers = name_index.KeyIndex._newcomers
    read: list[int] = []

    def counted(
        self: name_index.KeyIndex, form: str, before: Sequence[str], limit: int
    ) -> list[int]:
        found = newcomers(self, form, before, limit)
        read.append(len(found))
        return found

    monkeypatch.setattr(name_index.KeyIndex, "_newcomers", counted)
    merged = _answers(archive, queries)
    assert len(read) > 20  # the merge ran
    checked = name_index.KeyIndex._checked_people

    def whole(self: name_index.KeyIndex, *args: Any) -> list[int]:
        return checked(self, *args[:7])  # no earlier groups named: each group read whole

    monkeypatch.setattr(name_index.KeyIndex, "_checked_people", whole)
    read.clear()
    assert _answers(archive, queries) == merged
    assert not read


def test_only_whole_numbers_pass_over_a_groups_people() -> None:
    """The earlier groups were read as DRIVER_SQL reads them, whole numbers only: a hostile
    5.0 or '6' among their entries never met person 5 or 6, so it passes neither over."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE search_keys (key, person_pk, PRIMARY KEY (key, person_pk)) WITHOUT ROWID"
    )
    rows = [("a", 5), ("a", 6), ("a", 7), ("b", 5.0), ("b", "6"), ("b", 7), ("a", "x")]
    conn.executemany("INSERT INTO search_keys VALUES (?, ?)", rows)
    found = conn.execute(name_index.newcomers_sql(1), {"d": "a", "b0": "b", "n": 10}).fetchall()
    assert found == [(5,), (6,)]


def _checked_forms(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, queries: Sequence[str]
) -> list[tuple[str, ...]]:
    """The forms each word's check asked for (sought or read as holders), over `queries`."""
    asked: list[tuple[str, ...]] = []
    probe = name_index.KeyIndex._probe

    def logged(self: name_index.KeyIndex, forms: tuple[str, ...], scanned: float) -> Any:
        asked.append(forms)
        return probe(self, forms, scanned)

    monkeypatch.setattr(name_index.KeyIndex, "_probe", logged)
    for query in queries:
        search(archive, query, limit=30)
    monkeypatch.setattr(name_index.KeyIndex, "_probe", probe)
    return asked


def test_a_transliterated_form_is_not_checked_beside_its_own_key(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every holder of `=igor` holds its spelling key `~ihor` and key `ihar` (the index
    writes all three for each word): a word's check asks for the keys alone."""
    asked = _checked_forms(archive, monkeypatch, _queries(archive))
    assert len(asked) > 20
    for forms in asked:
        for form in forms:
            if form.startswith(search_index.TRANSLIT_MARK):
                spelling, key = names.implied_keys(form[1:])
                assert search_index.SPELLING_MARK + spelling not in forms, (form, forms)
                assert key not in forms, (form, forms)


def test_checking_a_words_keys_for_its_transliterated_forms_finds_the_same(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = _queries(archive)
    fewer = _answers(archive, queries)
    monkeypatch.setattr(name_index.KeyIndex, "_covering_forms", lambda self, forms: forms)
    assert _answers(archive, queries) == fewer
    assert sum(len(a) for a in fewer) > len(queries)


def test_an_index_built_by_other_rules_checks_every_form(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Older folding may have written other keys beside a transliterated form: without this
    build's version recorded, every form of a word is checked."""
    copy = tmp_path / "older-keys.db"
    shutil.copyfile(archive.path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DELETE FROM meta WHERE key = ?", [key_version.META_KEY])
    conn.commit()
    conn.close()
    older = open_archive(copy)
    try:
        asked = _checked_forms(older, monkeypatch, _queries(archive)[:8])
    finally:
        older.close()
    covered = [
        form
        for forms in asked
        for form in forms
        if form.startswith(search_index.TRANSLIT_MARK) and names.implied_keys(form[1:])[1] in forms
    ]
    assert covered
