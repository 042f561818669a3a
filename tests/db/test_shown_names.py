"""Names in the reader's script: which spelling shows, fallbacks, be/ru collation."""

from __future__ import annotations

import pytest

from db import shown_names
from db.connection import Archive
from db.person import get_person
from db.records import NameScript, NameSpelling, OrgId, PersonId

BE, RU, LATIN, ARCHIVE = (
    NameScript.BELARUSIAN,
    NameScript.RUSSIAN,
    NameScript.LATIN,
    NameScript.ARCHIVE,
)


def _names(*rows: tuple[str, str, str]) -> list[NameSpelling]:
    return [NameSpelling(name=n, lang=lang, system=system) for n, lang, system in rows]


TSIKHANOUSKI = _names(
    ("Siarhei Tsikanouski", "en", "alias"),
    ("Сяргей Ціханоўскі", "be-Cyrl", "native"),
    ("Сергей Тихановский", "ru-Cyrl", "native"),
    ("Siarhiej Cichanoŭski", "be-Latn", "lacinka"),
    ("Siarhei Tsikhanouski", "be-Latn", "passport"),
    ("Sergei Tikhanovsky", "en", "russian_media"),
)


@pytest.mark.parametrize(
    ("script", "shown"),
    [
        (BE, "Сяргей Ціханоўскі"),
        (RU, "Сергей Тихановский"),
        (LATIN, "Siarhei Tsikhanouski"),
        (ARCHIVE, "S. Tsikhanouski"),
    ],
)
def test_each_script_picks_its_spelling(script: NameScript, shown: str) -> None:
    got = shown_names.choose_spelling(TSIKHANOUSKI, "S. Tsikhanouski", script)
    assert got.text == shown
    assert got.exact


def test_fallbacks_are_marked() -> None:
    only_ru = _names(
        ("Сергей Тихановский", "ru-Cyrl", "native"), ("Tikhanovsky", "en", "russian_media")
    )
    be = shown_names.choose_spelling(only_ru, "Tikhanovsky", BE)
    assert be.text == "Сергей Тихановский"
    assert not be.exact
    latin_only = _names(("Keith Kellogg", "en", "native"))
    assert shown_names.choose_spelling(latin_only, "Keith Kellogg", RU) == shown_names.ShownName(
        "Keith Kellogg", None, None, False
    )
    # no passport spelling: the person's own Latin name before the media one, never the alias
    no_passport = _names(
        ("Sergej Tichanowski", "de", "german"),
        ("Siarhei Tsikanouski", "en", "alias"),
        ("Siarhiej Cichanoŭski", "be-Latn", "national_2007"),
    )
    assert shown_names.choose_spelling(no_passport, "x", LATIN).text == "Siarhiej Cichanoŭski"
    alias_only = _names(("Siarhei Tsikanouski", "en", "alias"))
    got = shown_names.choose_spelling(alias_only, "Сяргей", LATIN)
    assert got.text == "Siarhei Tsikanouski"
    assert not got.exact


def test_the_letters_decide_the_script_not_the_tag() -> None:
    mistagged = _names(("Сяргей Ціханоўскі", "be-Latn", "passport"))
    assert shown_names.choose_spelling(mistagged, "S", LATIN).text == "S"
    assert shown_names.choose_spelling(mistagged, "S", BE).text == "Сяргей Ціханоўскі"


def test_no_spellings_at_all() -> None:
    assert shown_names.choose_spelling([], "Марыя Калеснікава", BE).exact
    assert not shown_names.choose_spelling([], "Maryia Kalesnikava", BE).exact
    assert shown_names.choose_spelling([], "Maryia Kalesnikava", LATIN).exact


def test_belarusian_and_russian_collation() -> None:
    words = ["Ўладзімір", "Уладзімір", "Ёсіф", "Ефім", "Іван", "Ігар", "Юрый", "Ярына", "Эдуард"]
    # in Belarusian ё and ў are letters of their own, after е and у; і sits where и would
    be = shown_names.sorted_by_name(words, str, BE)
    assert be == [
        "Ефім",
        "Ёсіф",
        "Іван",
        "Ігар",
        "Уладзімір",
        "Ўладзімір",
        "Эдуард",
        "Юрый",
        "Ярына",
    ]
    # in Russian ё sorts with е (Ёсиф before Ефим, by the next letter)
    assert shown_names.sorted_by_name(["Ефим", "Ёсиф"], str, RU) == ["Ёсиф", "Ефим"]
    assert shown_names.sorted_by_name(["Ефім", "Ёсіф"], str, BE) == ["Ефім", "Ёсіф"]
    # surname first: Алесь Бяляцкі sorts under Б
    assert shown_names.sorted_by_name(["Алесь Бяляцкі", "Віктар Бабарыка"], str, BE) == [
        "Віктар Бабарыка",
        "Алесь Бяляцкі",
    ]
    latin = shown_names.sorted_by_name(["Łukašenka", "Losik", "Lutz"], str, LATIN)
    assert latin == ["Losik", "Łukašenka", "Lutz"]


def test_script_for_language() -> None:
    assert shown_names.script_for_language("be") is BE
    assert shown_names.script_for_language("ru_RU") is RU
    assert shown_names.script_for_language("en") is LATIN


def test_record_in_script_names_everyone(sample_archive: Archive) -> None:
    rec = get_person(sample_archive.db, PersonId("p-tsikhanouski"))
    assert rec is not None
    be = shown_names.record_in_script(sample_archive.db, rec, BE)
    assert be.display_name == "Сяргей Ціханоўскі"
    courts = {s.court.name for s in be.sentences if s.court}
    assert courts == {"Гомельскі абласны суд"}
    others = {r.other_person.name for r in be.relations if r.other_person}
    assert "Святлана Ціханоўская" in others
    assert "Аляксандр Лукашэнка" in others
    people = {p.name for e in be.events for p in e.people}
    assert "Кіт Келаг" in people
    ru = shown_names.record_in_script(sample_archive.db, rec, RU)
    assert ru.display_name == "Сергей Тихановский"
    assert shown_names.record_in_script(sample_archive.db, rec, ARCHIVE) is rec
    assert rec.display_name == "Siarhei Tsikhanouski"  # the record itself is unchanged


def test_org_names(sample_archive: Archive) -> None:
    got = shown_names.org_names(
        sample_archive.db, [OrgId("org-vyasna"), OrgId("org-euronews"), OrgId("org-none")], RU
    )
    assert got[OrgId("org-vyasna")].text == "Правозащитный центр «Весна»"
    assert got[OrgId("org-euronews")].text == "Euronews"
    assert not got[OrgId("org-euronews")].exact
    assert OrgId("org-none") not in got


def test_timeline_items_name_the_person_in_the_script(sample_archive: Archive) -> None:
    """Transfers ("Name → facility") and the `who` of worded items follow the script too."""
    from db.records import PeopleQuery
    from db.shown_rows import items_in_script
    from db.timeline import timeline_items

    items = timeline_items(
        sample_archive.db, PeopleQuery(), start="1900-01-01", end="2100-12-31", limit=1000
    )
    mine = [i for i in items if i.person_ids[:1] == (PersonId("p-tsikhanouski"),)]
    transfers = [i for i in mine if " → " in i.label]
    assert transfers
    assert all(i.label.startswith("Siarhei Tsikhanouski → ") for i in transfers)
    shown = items_in_script(sample_archive.db, mine, NameScript.BELARUSIAN)
    labels = [i.label for i in shown if " → " in i.label]
    assert labels
    assert all(x.startswith("Сяргей Ціханоўскі → ") for x in labels)
    assert all(i.who in (None, "Сяргей Ціханоўскі") for i in shown)
    assert not any(i.label.startswith("Siarhei Tsikhanouski") for i in shown)
