"""Name folding: every script and romanization of a name meets in one key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import names

SAME_KEY = [
    # surname in every system the issue lists
    (
        "Ціханоўскі",
        "Тихановский",
        "Tsikhanouski",
        "Tsikhanowski",
        "Cichanoŭski",
        "Cichanouski",
        "Tikhanovsky",
        "Tikhanovskiy",
        "Tichanowski",
    ),
    (
        "Лукашэнка",
        "Лукашенко",
        "Lukashenka",
        "Łukašenka",
        "Lukashenko",
        "Łukaszenka",
        "Lukaschenko",
    ),
    ("Калеснікава", "Колесникова", "Kalesnikava", "Kaleśnikava", "Kolesnikova", "Kolesnikowa"),
    ("Аляксандр", "Aliaksandr", "Alyaksandr", "Alaksandr"),
    ("Святлана", "Sviatlana", "Svyatlana", "Śviatłana", "Swiatłana"),
    ("Марыя", "Maryia", "Maryya", "Maryja", "Maria"),
    ("Уладзімір", "Владимир", "Uladzimir", "Vladimir", "Wladimir", "Władimir"),
    ("Статкевіч", "Статкевич", "Statkievič", "Statkevich", "Statkiewicz"),
    ("Гомель", "Homiel", "Gomel"),
]


@pytest.mark.parametrize("spellings", SAME_KEY, ids=lambda s: s[0])
def test_spellings_share_one_key(spellings: tuple[str, ...]) -> None:
    keys = {names.fold(s) for s in spellings}
    assert len(keys) == 1, {s: names.fold(s) for s in spellings}


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("ЦІХАНОЎСКІ", "ціханоўскі"),  # case
        ("Ціхано́ўскі", "Ціханоўскі"),  # stress mark
        ("Алёна", "Алена"),  # ё/е
        ("Tsіkhanouski", "Tsikhanouski"),  # Cyrillic і in a Latin word
        ("ЛукашеHко", "Лукашенко"),  # Latin H in a Cyrillic word
        ("Łukašenka", "Lukasenka"),  # diacritics
        ("ｔｓｉｋｈａｎｏｕｓｋｉ", "tsikhanouski"),  # full-width forms (NFKC)
    ],
)
def test_irrelevant_differences_vanish(variant: str, plain: str) -> None:
    assert names.fold(variant) == names.fold(plain)


def test_different_people_keep_different_keys() -> None:
    keys = [names.fold(s) for s in ("Tsikhanouski", "Tsikhanouskaya", "Kalesnikava", "Babaryka")]
    assert len(set(keys)) == len(keys)


def test_words_keep_order_and_drop_punctuation() -> None:
    assert names.fold_words("Tsikhanouski, Siarhei!") == ["tihanauski", "sarhai"]
    assert names.fold("") == ""
    assert names.fold("«»—…") == ""


def test_unmix_leaves_single_script_words_alone() -> None:
    assert names.unmix("hello") == "hello"
    assert names.unmix("прывітанне") == "прывітанне"
    assert names.unmix("нello") == "hello"  # Latin majority wins


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("tihanauski", "tihanauski", 0), ("tihanauski", "tihnauski", 1), ("ab", "ba", 1)],
)
def test_typo_distance_counts_a_swap_once(a: str, b: str, distance: int) -> None:
    assert names.typo_distance(a, b) == distance


def test_max_typos_grows_with_length() -> None:
    assert [names.max_typos("x" * n) for n in (3, 4, 5, 6, 7, 12)] == [0, 1, 1, 2, 2, 2]
    assert names.max_typos("mara", "maryia") == 2  # keys are shorter than spellings


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("олиенвич", "олиневич"),  # swapped
        ("олиневч", "олиневич"),  # left out
        ("олинеевич", "олиневич"),  # doubled
        ("олинявич", "олиневич"),  # replaced
        ("аліневіцч", "аліневіч"),  # added
        ("olienvich", "olinevich"),
        ("tsikhanuoski", "tsikhanouski"),
    ],
)
def test_typed_neighbours_hold_every_one_letter_slip(typed: str, stored: str) -> None:
    near = names.typed_neighbours(typed)
    assert names.translit(stored) in near.translits
    assert names.key_forms(stored)[0] in near.keys | set(names.key_forms(typed))
    assert names.translit(typed) not in near.translits


def test_typed_neighbours_are_the_keys_of_all_variants_at_once() -> None:
    # the multi-line key passes give each variant the key it has alone
    # (a Cyrillic word's variants are transliterated, but keep one key, as Cyrillic words do)
    for word in ("grzegorz", "jamal", "herz", "loekasjenko", "ціханоўскі"):
        near = names.typed_neighbours(word)
        keep = 1 if word == "ціханоўскі" else None
        alone = {k for v in names.one_edit_variants(word) for k in names.key_forms(v)[:keep]}
        assert near.keys == frozenset(alone) - set(names.key_forms(word))


def test_a_word_longer_than_any_name_gets_no_typo_search() -> None:
    # its one-edit and two-edit neighbours would run to gigabytes
    word = "x" * (names.TYPO_WORD_MAX + 1)
    assert names.max_typos(word, word) == 0
    assert not names.typed_neighbours(word).translits
    assert names.max_typos("tsikhanouski") == 2


def test_given_name_keys_made_at_once_equal_those_made_word_by_word() -> None:
    """The given-name table's keys are made in two batched passes at a command's start."""
    words = [
        t
        for g in names.GIVEN_NAMES
        for f in (*g.full_forms, *g.diminutives)
        for t in names.tokens(f)
    ]
    batched = names.many_key_forms(words)
    assert batched == {w: names.key_forms(w) for w in words}
    assert any(len(forms) > 1 for forms in batched.values())  # Latin alternatives included


def test_stored_word_forms_primed_at_once_equal_those_made_one_by_one() -> None:
    """db.search primes the candidates' words in one batch; each must match word by word."""
    from db import name_match
    from db.name_vocabulary import FEMALE_GIVEN, MALE_GIVEN, SURNAMES

    cyrillic = [w for pair in (*MALE_GIVEN, *FEMALE_GIVEN, *SURNAMES) for w in pair]
    spellings = [*cyrillic, *(names.translit(w).title() for w in cyrillic), "Cichanoŭski", "Herz"]
    name_match._STORED.clear()
    name_match.prime_stored(spellings)
    primed = {t: name_match._STORED[t] for s in spellings for t in names.tokens(s)}
    name_match._STORED.clear()
    assert primed == {t: name_match._stored(t) for t in primed}
    assert len(primed) > 100


_LETTERS = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўґєї"
    "abcdefghijklmnopqrstuvwxyzłśćźżńčšžěřůõäöüßçğışøåéèêáíóúý'-"
)


def _implied_held(token: str) -> None:
    from db.search_index import SPELLING_MARK, TRANSLIT_MARK, person_forms

    ascii_word = names.translit(token)
    if not ascii_word:
        return
    held = person_forms({token})
    assert TRANSLIT_MARK + ascii_word in held
    spelling, key = names.implied_keys(ascii_word)
    assert SPELLING_MARK + spelling in held, token
    assert not key or key in held, token


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LETTERS, min_size=1, max_size=14))
def test_a_transliterated_forms_keys_are_held_beside_it(token: str) -> None:
    """db.name_index checks a word's keys instead of its transliterated forms beside them
    (KeyIndex._covering_forms): the index must hold both keys of each form it holds."""
    for word in names.tokens(token.capitalize()) or [token]:
        _implied_held(word)


def test_the_spelling_tables_words_hold_their_transliterations_keys() -> None:
    from tests.data import heldout_spellings, real_world_spellings

    words = {w for c in heldout_spellings.cases() for w in names.tokens(c.query)}
    words |= {w for c in real_world_spellings.cases() for w in names.tokens(c.query)}
    assert len(words) > 500
    for word in words:
        _implied_held(word)
