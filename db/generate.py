"""Synthetic archives of any size, for benchmarks, demos and tests at scale.

`generate_archive(out, people, seed=...)` writes a realistic but invented
archive: people with Belarusian and Russian Cyrillic names and five Latin
spellings each, sentences by generated courts and judges under real articles
of the Belarusian criminal code, quotes, dated events (precise, partial and
uncertain EDTF dates between 1990 and 2026), relations, statuses, regions and
citations to a few hundred generated sources. The metadata says
`synthetic: true`, so no one mistakes it for real records.

It is deterministic for a seed (one `random.Random`, nothing hashed) and fast
enough for a million people: rows are built as tuples and written with
`executemany` in one transaction, with the FTS triggers and the secondary
indexes dropped during the load and restored afterwards (FTS is rebuilt in
one pass, which is what the triggers would have produced row by row).
"""

from __future__ import annotations

import calendar
import functools
import json
import os
import queue
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from db import migrations as schema
from db import writer
from db.errors import KartotekaError, OutputError

Progress = Callable[[int, int], None]
Row = tuple[Any, ...]
_T = TypeVar("_T")

CHUNK = 5000
"""People generated and inserted per batch (bounds memory, paces progress)."""

FIRST_YEAR, LAST_YEAR = 1990, 2026

# ---------------------------------------------------------------------------
# Names. Given names are paired (Belarusian, Russian): the two forms are not
# letter-by-letter transliterations of each other (Сяргей/Сергей,
# Аляксандр/Александр), so no rule could derive one from the other.
# ---------------------------------------------------------------------------
MALE_GIVEN: tuple[tuple[str, str], ...] = (
    ("Аляксандр", "Александр"),
    ("Сяргей", "Сергей"),
    ("Андрэй", "Андрей"),
    ("Дзмітрый", "Дмитрий"),
    ("Уладзімір", "Владимир"),
    ("Мікалай", "Николай"),
    ("Віктар", "Виктор"),
    ("Павел", "Павел"),
    ("Алег", "Олег"),
    ("Ігар", "Игорь"),
    ("Юрый", "Юрий"),
    ("Аляксей", "Алексей"),
    ("Міхаіл", "Михаил"),
    ("Васіль", "Василий"),
    ("Максім", "Максим"),
    ("Яўген", "Евгений"),
    ("Анатоль", "Анатолий"),
    ("Раман", "Роман"),
    ("Іван", "Иван"),
    ("Пётр", "Пётр"),
    ("Антон", "Антон"),
    ("Вадзім", "Вадим"),
    ("Валянцін", "Валентин"),
    ("Генадзь", "Геннадий"),
    ("Ілья", "Илья"),
    ("Кірыла", "Кирилл"),
    ("Мікіта", "Никита"),
    ("Станіслаў", "Станислав"),
    ("Зміцер", "Дмитрий"),
    ("Арцём", "Артём"),
    ("Ігнат", "Игнат"),
    ("Эдуард", "Эдуард"),
    ("Руслан", "Руслан"),
)
FEMALE_GIVEN: tuple[tuple[str, str], ...] = (
    ("Марыя", "Мария"),
    ("Святлана", "Светлана"),
    ("Вольга", "Ольга"),
    ("Алена", "Елена"),
    ("Наталля", "Наталья"),
    ("Таццяна", "Татьяна"),
    ("Ірына", "Ирина"),
    ("Ганна", "Анна"),
    ("Кацярына", "Екатерина"),
    ("Юлія", "Юлия"),
    ("Людміла", "Людмила"),
    ("Вікторыя", "Виктория"),
    ("Валянціна", "Валентина"),
    ("Надзея", "Надежда"),
    ("Ксенія", "Ксения"),
    ("Дар'я", "Дарья"),
    ("Настасся", "Анастасия"),
    ("Алеся", "Олеся"),
    ("Марына", "Марина"),
    ("Лізавета", "Елизавета"),
    ("Галіна", "Галина"),
    ("Вераніка", "Вероника"),
    ("Яўгенія", "Евгения"),
    ("Любоў", "Любовь"),
    ("Зінаіда", "Зинаида"),
    ("Ала", "Алла"),
    ("Інэса", "Инесса"),
    ("Крысціна", "Кристина"),
    ("Паліна", "Полина"),
    ("Эла", "Элла"),
)

# Masculine surnames as (Belarusian, Russian) pairs: akanne and vowel shifts
# (Бабарыка/Бабарико, Калеснікаў/Колесников) are not rule-derivable either.
# Feminine forms follow from the endings (see `feminine_be`/`feminine_ru`).
_SURNAME_PAIRS = """
Ціханоўскі Тихановский|Бабарыка Бабарико|Калеснікаў Колесников|Бяляцкі Беляцкий
Статкевіч Статкевич|Лосік Лосик|Знак Знак|Лукашэвіч Лукашевич|Казлоў Козлов
Новікаў Новиков|Кавалёў Ковалёв|Макарэвіч Макаревич|Шаўчэнка Шевченко|Бандарэнка Бондаренко
Мельнік Мельник|Кавальчук Ковальчук|Ткачук Ткачук|Паўлючэнка Павлюченко|Грыцук Грицук
Сідарэнка Сидоренко|Васілеўскі Василевский|Ярашэвіч Ярошевич|Кулеш Кулеш|Лапцёнак Лаптёнок
Жук Жук|Шыманскі Шиманский|Дзмітрыеў Дмитриев|Радзіонаў Родионов|Гурыновіч Гуринович
Міхалевіч Михалевич|Пашкевіч Пашкевич|Багдановіч Богданович|Навумчык Наумчик|Дашкевіч Дашкевич
Сапега Сапега|Карповіч Карпович|Мацкевіч Мацкевич|Зянковіч Зенкович|Рудак Рудак
Хадановіч Ходанович|Бурак Бурак|Санько Санько|Кірэенка Кириенко|Лявонаў Леонов
Лабковіч Лобкович|Мароз Мороз|Палуян Полуян|Краўчанка Кравченко|Падалянка Подоленко
Сцяпанаў Степанов|Шарапа Шарапо|Ермаковіч Ермакович|Клімовіч Климович|Бусел Бусел
Лапацін Лопатин|Ляўчук Левчук|Лазарэвіч Лазаревич|Гаўрыленка Гавриленко|Скарына Скорина
Марцінкевіч Мартинкевич|Латышка Латышко|Прыходзька Приходько|Бутэвіч Бутевич|Вярцінскі Вертинский
Дубоўскі Дубовский|Абрамовіч Абрамович|Літвінаў Литвинов|Пазняк Позняк|Баранаўскі Барановский
Гарбуноў Горбунов|Зайцаў Зайцев|Фралоў Фролов|Чарнышоў Чернышёв|Мікулевіч Микулевич
Латушка Латушко|Шыбека Шибеко|Трусаў Трусов|Арлоў Орлов|Крывашэй Кривошей
Курловіч Курлович|Пракаповіч Прокопович|Булыга Булыга|Таранда Таранда|Станкевіч Станкевич
Кудрэвіч Кудревич|Навіцкі Новицкий|Жаброўскі Жабровский|Ануфрыеў Ануфриев|Пракопчык Прокопчик
Цімошык Тимошик|Сакалоўскі Соколовский|Ісаенка Исаенко|Сямашка Семашко|Кананчук Конончук
Кандрацюк Кондратюк|Шапавал Шаповал|Дзядок Дедок|Кудлацкі Кудлацкий|Барысевіч Борисевич
Лебедзеў Лебедев|Аляксееў Алексеев|Нікіцін Никитин|Сямёнаў Семёнов|Бялоў Белов
Зуеў Зуев|Хмель Хмель|Рабцэвіч Рабцевич|Кузьміч Кузьмич|Гуцько Гуцько
Грышкевіч Гришкевич|Мікалаеўскі Николаевский|Юшкевіч Юшкевич|Радзькоў Радьков|Сучок Сучок
Шаўчук Шевчук|Петрашэвіч Петрашевич|Цітоў Титов|Бабкоў Бобков|Пархімовіч Пархимович
Салавей Соловей|Плотнікаў Плотников|Ясінскі Ясинский|Ракіцкі Ракитский|Каралёў Королёв
Гусеў Гусев|Малашэнка Малашенко|Лісоўскі Лисовский|Вашкевіч Вашкевич|Тарасевіч Тарасевич
Чарняўскі Чернявский|Яроменка Яроменко|Лук'яновіч Лукьянович|Сівак Сивак|Дзенісенка Денисенко
Азарка Азарко|Кісялёў Киселёв|Мельнікаў Мельников|Шпакоўскі Шпаковский|Вайтовіч Войтович
Казакевіч Казакевич|Сушко Сушко|Грыгор'еў Григорьев|Зянько Зенько|Карпенка Карпенко
Рыжыкаў Рыжиков|Шкадун Шкодун|Сыракваша Сыроквашо|Кулікоўскі Куликовский|Андрэеў Андреев
Малчанаў Молчанов|Хоміч Хомич|Юркевіч Юркевич|Кірылаў Кириллов|Ціхановіч Тихонович
Лагвінец Логвинец|Грамыка Громыко|Курачкін Курочкин|Вінаградаў Виноградов|Рагачоў Рогачёв
"""
SURNAMES: tuple[tuple[str, str], ...] = tuple(
    (pair.split()[0], pair.split()[1])
    for pair in _SURNAME_PAIRS.replace("\n", "|").split("|")
    if pair.strip()
)

_FEM_BE: tuple[tuple[str, str], ...] = (
    ("скі", "ская"), ("цкі", "цкая"), ("аў", "ава"), ("оў", "ова"), ("ёў", "ёва"),
    ("еў", "ева"), ("ін", "іна"), ("ын", "ына"),
)  # fmt: skip
_FEM_RU: tuple[tuple[str, str], ...] = (
    ("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ёв", "ёва"), ("ев", "ева"),
    ("ин", "ина"), ("ын", "ына"),
)  # fmt: skip


def _feminine(name: str, rules: Sequence[tuple[str, str]]) -> str:
    for masc, fem in rules:
        if name.endswith(masc):
            return name[: -len(masc)] + fem
    return name  # -іч, -ка, -ук, -ак … do not change


def feminine_be(surname: str) -> str:
    """The feminine of a Belarusian surname: -скі -> -ская, -аў -> -ава, -ін -> -іна."""
    return _feminine(surname, _FEM_BE)


def feminine_ru(surname: str) -> str:
    """The feminine of a Russian surname: -ский -> -ская, -ов -> -ова, -ин -> -ина."""
    return _feminine(surname, _FEM_RU)


# ---------------------------------------------------------------------------
# Romanization. No installed library implements these systems: cyrtranslit's
# "by" is a scholarly transliteration (Sjarhej Cixanoŭski) and anyascii
# mixes Russian habits into Belarusian (Syargey), so small tables do it.
# ---------------------------------------------------------------------------
_VOWELS = set("аеёіоуыэюяАЕЁІОУЫЭЮЯ")
_SOFTENERS = set("ьЬ'’")
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "з": "z", "і": "i",
    "к": "k", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "ы": "y", "э": "e", "л": "l",
}  # fmt: skip
_PASSPORT = _COMMON | {
    "ж": "zh", "й": "i", "ў": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ь": "",
}  # fmt: skip
_BGN = _COMMON | {
    "ж": "zh", "й": "y", "ў": "w", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ь": "",
}  # fmt: skip
_LATIN_BE = _COMMON | {"ж": "ž", "й": "j", "ў": "ŭ", "х": "ch", "ц": "c", "ч": "č", "ш": "š"}
_SOFT = {"з": "ź", "с": "ś", "н": "ń", "ц": "ć", "л": "l"}  # consonant + ь, Łacinka
_SOFT_2007 = _SOFT | {"л": "ĺ"}

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip


def _cased(text: str, upper: bool) -> str:
    return text[:1].upper() + text[1:] if upper and text else text


def romanize_be(word: str, system: str) -> str:
    """One Belarusian Cyrillic word in a Latin system.

    `system` is "passport" (ICAO practice in Belarusian passports: Siarhei,
    Tsikhanouski), "bgn_pcgn" (Syarhey, Tsikhanowski), "lacinka" (classic
    Łacinka: Siarhiej, Cichanoŭski, Śviatłana without assimilative softness)
    or "national_2007" (the official Instruction: l for л, ĺ for ль).
    """
    out: list[str] = []
    lower = word.lower()
    for i, ch in enumerate(lower):
        upper = word[i] != ch
        prev = lower[i - 1] if i > 0 else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        initial = prev == "" or prev in _VOWELS or prev in _SOFTENERS or prev == "ў"
        if ch in _SOFTENERS:
            continue  # folded into the consonant before, or silent
        if ch in _IOTATED:
            base = _IOTATED[ch]
            if system == "passport":
                if prev == "":
                    piece = "y" + base
                elif ch == "е" and prev not in _VOWELS:
                    piece = "e"
                elif prev in "ая" and ch != "е":
                    piece = "y" + base
                else:
                    piece = "i" + base if ch != "е" else "ie"
            elif system == "bgn_pcgn":
                piece = "y" + base if (ch != "е" or initial) else "e"
            else:
                hard_l = system == "lacinka" and prev == "л"
                piece = base if hard_l else ("j" + base if initial else "i" + base)
            out.append(_cased(piece, upper))
            continue
        if system in ("lacinka", "national_2007") and nxt in _SOFTENERS and ch in _SOFT:
            out.append(_cased((_SOFT_2007 if system == "national_2007" else _SOFT)[ch], upper))
            continue
        if ch == "л" and system == "lacinka":
            after = lower[i + 2 : i + 3]
            palatal = nxt in "іеёюяь" or (nxt == "л" and after in "іеёюяь" and after != "")
            piece = "l" if palatal else "ł"
        else:
            table = {"passport": _PASSPORT, "bgn_pcgn": _BGN}.get(system, _LATIN_BE)
            piece = table.get(ch, ch)
        out.append(_cased(piece, upper))
    return "".join(out)


def romanize_ru(word: str) -> str:
    """One Russian Cyrillic word the way international media spell it (Sergei Tikhanovsky)."""
    lower = word.lower()
    if lower.endswith(("ий", "ый")):
        return romanize_ru(word[:-2]) + "y"
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i > 0 else ""
        if ch == "й" and prev == "е":
            piece = "i"  # Sergei, Alexei
        elif ch == "е" and (prev == "" or prev in "аеёиоуыэюяьъ"):
            piece = "ye"
        else:
            piece = _RU.get(ch, ch)
        out.append(_cased(piece, word[i] != ch))
    return "".join(out)


_BE_SYSTEMS: tuple[tuple[str, str], ...] = (
    ("passport", "be-Latn"),
    ("bgn_pcgn", "be-Latn"),
    ("lacinka", "be-Latn"),
    ("national_2007", "be-Latn"),
)


@dataclass(frozen=True, slots=True)
class NameForms:
    """Every spelling of one name part, computed once and reused by many people."""

    be: str
    ru: str
    latin: tuple[str, ...]  # in _BE_SYSTEMS order
    media: str


@functools.cache
def name_forms(be: str, ru: str) -> NameForms:
    return NameForms(
        be=be,
        ru=ru,
        latin=tuple(romanize_be(be, system) for system, _lang in _BE_SYSTEMS),
        media=romanize_ru(ru),
    )


# ---------------------------------------------------------------------------
# Places, institutions and the vocabulary of records.
# ---------------------------------------------------------------------------
REGIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Minsk", ("Minsk",)),
    ("Brest", ("Brest", "Pinsk", "Baranavichy", "Kobryn")),
    ("Homiel", ("Homiel", "Mazyr", "Rechytsa", "Zhlobin")),
    ("Hrodna", ("Hrodna", "Lida", "Slonim", "Vaukavysk")),
    ("Mahiliou", ("Mahiliou", "Babruisk", "Asipovichy", "Horki")),
    ("Minsk Region", ("Barysau", "Salihorsk", "Maladziechna", "Zhodzina")),
    ("Vitsebsk", ("Vitsebsk", "Orsha", "Polatsk", "Navapolatsk")),
)
REGION_WEIGHTS = (30, 10, 12, 10, 9, 16, 13)

ARTICLES: tuple[tuple[str, str], ...] = (
    ("342", "Organisation of or active participation in actions grossly violating public order"),
    ("361", "Calls for actions against the national security of the Republic of Belarus"),
    ("361-1", "Creation of or participation in an extremist formation"),
    ("361-4", "Facilitating extremist activity"),
    ("130", "Incitement of racial, national, religious or other social hatred"),
    ("293", "Mass riots"),
    ("369", "Insulting a government official"),
    ("368", "Insulting the President of the Republic of Belarus"),
    ("367", "Defamation of the President of the Republic of Belarus"),
    ("411", "Malicious disobedience to the requirements of the prison administration"),
    ("356", "High treason"),
    ("357", "Conspiracy to seize state power"),
    ("363", "Resistance to a police officer"),
    ("364", "Violence or threat of violence against a police officer"),
    ("370", "Desecration of state symbols"),
    ("243", "Tax evasion"),
)
ARTICLE_WEIGHTS = (40, 12, 10, 8, 9, 8, 12, 10, 4, 4, 2, 2, 5, 6, 3, 1)

REGIMES = ("general regime", "reinforced regime", "strict regime", "special regime", "prison")
COURT_DISTRICTS = (
    ("Maskouski District Court", "Minsk"),
    ("Frunzienski District Court", "Minsk"),
    ("Partyzanski District Court", "Minsk"),
    ("Savietski District Court", "Minsk"),
    ("Tsentralny District Court", "Minsk"),
    ("Leninski District Court", "Brest"),
    ("Tsentralny District Court", "Homiel"),
    ("Leninski District Court", "Hrodna"),
    ("Leninski District Court", "Mahiliou"),
    ("Kastrychnitski District Court", "Vitsebsk"),
    ("Barysau District Court", "Barysau"),
    ("Salihorsk District Court", "Salihorsk"),
)
PRISONS = (
    ("Penal Colony No. 1", "Navapolatsk"),
    ("Penal Colony No. 3", "Vitsba"),
    ("Penal Colony No. 4", "Homiel"),
    ("Penal Colony No. 15", "Mahiliou"),
    ("Penal Colony No. 17", "Shklou"),
    ("Women's Penal Colony No. 4", "Homiel"),
    ("Prison No. 1", "Hrodna"),
    ("Prison No. 8", "Zhodzina"),
    ("Pre-trial Detention Centre No. 1", "Minsk"),
    ("Akrestsin Street Detention Centre", "Minsk"),
)
MEDIA = (
    "Nasha Niva",
    "Zerkalo",
    "Belsat",
    "Euronews",
    "Radio Svaboda",
    "Charter 97",
    "Belarusian Association of Journalists",
    "Novy Chas",
)
HUMAN_RIGHTS = ("Viasna Human Rights Centre", "Belarusian Helsinki Committee", "Dissidentby")

QUOTES: tuple[tuple[str, str], ...] = (
    ("Я не прызнаю сваёй віны.", "be"),
    ("Мы вернемся домой свободными людьми.", "ru"),
    ("I do not regret anything I did.", "en"),
    ("Свабоду палітвязням!", "be"),
    ("Мне не дают писем уже полгода.", "ru"),
    ("My children write letters to me, but I do not know if they arrive.", "en"),
    ("Гэта быў не суд, а спектакль.", "be"),
    ("Я буду бороться за каждого политзаключённого.", "ru"),
    ("The verdict was written before the trial began.", "en"),
    ("Беларусь будзе свабоднай.", "be"),
    ("They can lock up people, but not ideas.", "en"),
    ("Я ни о чём не жалею.", "ru"),
)
VENUES = ("in court", "in a letter from prison", "told journalists", "in an interview", "online")

ROLE_CHOICES = ("activist", "journalist", "blogger", "politician", "lawyer", "candidate")
STATUSES = ("in_custody", "released", "in_exile", "deceased", "unknown")
STATUS_WEIGHTS = (45, 30, 15, 2, 8)

_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11)}


@dataclass(frozen=True, slots=True)
class _Org:
    id: str
    name: str
    kind: str
    city: str | None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def make_date(rng: random.Random, year: int) -> tuple[str, str, str]:
    """A date in `year`: mostly precise days, some months, seasons, years, approximations."""
    roll = rng.random()
    month = rng.randint(1, 12)
    if roll < 0.62:
        day = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        return day, day, day
    if roll < 0.82:
        text = f"{year}-{month:02d}"
        return text, f"{text}-01", f"{text}-{_last_day(year, month):02d}"
    if roll < 0.88:
        return str(year), f"{year}-01-01", f"{year}-12-31"
    if roll < 0.93:
        season = rng.randint(21, 23)
        first, last = _SEASONS[season]
        end = f"{year}-{last:02d}-{_last_day(year, last):02d}"
        return f"{year}-{season}", f"{year}-{first:02d}-01", end
    if roll < 0.96:  # about that month: EDTF widens "~" by a year either side
        last_day = min(_last_day(year, month), _last_day(year + 1, month))
        end = f"{year + 1}-{month:02d}-{last_day:02d}"
        return f"~{year}-{month:02d}", f"{year - 1}-{month:02d}-01", end
    if roll < 0.98:
        return f"{year}?", f"{year - 1}-01-01", f"{year + 1}-12-31"
    last = min(12, month + 2)
    end = f"{year}-{last:02d}-{_last_day(year, last):02d}"
    return f"{year}-{month:02d}/{year}-{last:02d}", f"{year}-{month:02d}-01", end


# ---------------------------------------------------------------------------
# Row builders. Column lists match db/migrations.py; one tuple per row.
# ---------------------------------------------------------------------------
_D = ("_edtf", "_earliest", "_latest")


def _cols(*names: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        out += [name + s for s in _D] if name.startswith("@") else [name]
    return tuple(c.lstrip("@") for c in out)


COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations": ("id", "name", "kind", "city", "country", "description"),
    "org_names": ("org_id", "name", "lang", "system"),
    "sources": _cols("id", "title", "publisher_id", "url", "@published", "lang"),
    "people": _cols(
        "id",
        "display_name",
        "sort_name",
        "gender",
        "region",
        "city",
        "status",
        "biography",
        "@birth",
        "@status_since",
    ),
    "person_names": ("person_id", "name", "lang", "system", "note"),
    "person_roles": ("person_id", "role"),
    "relations": _cols("id", "person_id", "kind", "other_person_id", "org_id", "@start", "note"),
    "sentences": _cols(
        "id",
        "person_id",
        "court_id",
        "judge_id",
        "@date",
        "term_kind",
        "term_months",
        "term_text",
        "regime",
        "in_absentia",
        "adds_to_id",
        "note",
    ),
    "charges": ("sentence_id", "position", "article", "article_text"),
    "quotes": _cols("id", "speaker_id", "text", "lang", "@date", "venue", "published_by_id"),
    "quote_subjects": ("quote_id", "person_id"),
    "events": _cols("id", "kind", "@date", "place", "org_id", "sentence_id", "description"),
    "event_people": ("event_id", "person_id", "role"),
    "citations": ("source_id", "entity_type", "entity_id", "locator", "confidence"),
}
"""Every table the generator fills, with its columns in tuple order."""

TABLE_ORDER = tuple(COLUMNS)


def insert_sql(table: str) -> str:
    cols = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _term_text(months: int, kind: str) -> str:
    if kind == "restricted_freedom":
        return f"{months // 12 or 1} years of restricted freedom"
    years, rest = divmod(months, 12)
    if rest == 0:
        return f"{years} years in prison" if years != 1 else "1 year in prison"
    if years == 0:
        return f"{rest} months in prison"
    return f"{years + rest / 12:g} years in prison"


class _Generator:
    """Holds the fixed pools (orgs, sources, judges) and emits rows per person."""

    def __init__(self, people: int, seed: int) -> None:
        self.people = people
        self.rng = random.Random(seed)
        self.orgs: list[_Org] = []
        self.courts: list[_Org] = []
        self.prisons: list[_Org] = []
        self.publishers: list[_Org] = []
        self._make_orgs()
        n_sources = max(20, min(400, people // 10))
        self.sources = [f"src-{i:04d}" for i in range(n_sources)]
        # judges are ordinary generated people with the role "judge"
        n_judges = max(3, min(300, people // 200))
        step = max(1, people // n_judges)
        self.judges = [self.person_id(i) for i in range(0, people, step)][:n_judges]
        self.judge_set = set(self.judges)
        self.regions = [r for r, _cities in REGIONS]
        self.cities = dict(REGIONS)
        self.article_cum = _cumulative(ARTICLE_WEIGHTS)
        self.region_cum = _cumulative(REGION_WEIGHTS)
        self.status_cum = _cumulative(STATUS_WEIGHTS)

    @staticmethod
    def person_id(i: int) -> str:
        return f"p-{i:07d}"

    def _make_orgs(self) -> None:
        regional = [f"{region} Regional Court" for region, _c in REGIONS[1:]]
        courts = [
            ("Supreme Court of Belarus", "Minsk"),
            ("Minsk City Court", "Minsk"),
            *((name, name.split()[0]) for name in regional),
            *((f"{name} of {city}", city) for name, city in COURT_DISTRICTS),
        ]
        for i, (name, city) in enumerate(courts):
            self.courts.append(_Org(f"org-court-{i:02d}", name, "court", city))
        for i, (name, city) in enumerate(PRISONS):
            self.prisons.append(_Org(f"org-prison-{i:02d}", f"{name}, {city}", "prison", city))
        for i, name in enumerate(MEDIA):
            self.publishers.append(_Org(f"org-media-{i:02d}", name, "media", None))
        for i, name in enumerate(HUMAN_RIGHTS):
            self.publishers.append(_Org(f"org-hr-{i:02d}", name, "human_rights", None))
        self.orgs = self.courts + self.prisons + self.publishers

    def fixed_rows(self) -> dict[str, list[Row]]:
        """Organizations and sources: the same few hundred rows at any size."""
        rng = self.rng
        rows: dict[str, list[Row]] = {t: [] for t in TABLE_ORDER}
        for org in self.orgs:
            country = "Belarus" if org.kind in ("court", "prison") else None
            desc = f"Synthetic {org.kind.replace('_', ' ')} for generated records."
            rows["organizations"].append((org.id, org.name, org.kind, org.city, country, desc))
            rows["org_names"].append((org.id, org.name, "en", "native"))
        topics = ("sentenced", "detained", "released", "on trial", "transferred", "pardoned")
        for i, sid in enumerate(self.sources):
            pub = self.publishers[i % len(self.publishers)]
            year = rng.randint(2005, LAST_YEAR)
            d = make_date(rng, year)
            title = f"{rng.choice(topics).capitalize()}: political case report no. {i + 1}"
            url = f"https://example.org/synthetic/{sid}"
            lang = rng.choice(("en", "be", "ru"))
            rows["sources"].append((sid, title, pub.id, url, *d, lang))
        return rows

    def _cite(self, rows: dict[str, list[Row]], entity_type: str, entity_id: str) -> None:
        rng = self.rng
        src = self.sources[int(rng.random() * len(self.sources))]
        conf = "high" if rng.random() < 0.8 else ("medium" if rng.random() < 0.7 else "low")
        locator = f"para. {rng.randint(1, 30)}" if rng.random() < 0.5 else None
        rows["citations"].append((src, entity_type, entity_id, locator, conf))

    def person_rows(self, start: int, stop: int) -> dict[str, list[Row]]:
        """All rows about people start..stop-1 (their sentences, quotes, events …)."""
        rows: dict[str, list[Row]] = {t: [] for t in TABLE_ORDER}
        for i in range(start, stop):
            self._person(i, rows)
        return rows

    def _person(self, i: int, rows: dict[str, list[Row]]) -> None:
        rng = self.rng
        rand = rng.random
        pid = self.person_id(i)
        female = rand() < 0.38
        given_be, given_ru = (FEMALE_GIVEN if female else MALE_GIVEN)[
            int(rand() * (len(FEMALE_GIVEN) if female else len(MALE_GIVEN)))
        ]
        sur_be, sur_ru = SURNAMES[int(rand() * len(SURNAMES))]
        if female:
            sur_be, sur_ru = feminine_be(sur_be), feminine_ru(sur_ru)
        g = name_forms(given_be, given_ru)
        s = name_forms(sur_be, sur_ru)
        display = f"{g.latin[0]} {s.latin[0]}"
        sort = f"{s.latin[0]} {g.latin[0]}".casefold()
        names = rows["person_names"]
        names.append((pid, f"{g.be} {s.be}", "be-Cyrl", "native", None))
        names.append((pid, f"{g.ru} {s.ru}", "ru-Cyrl", "native", None))
        for k, (system, lang) in enumerate(_BE_SYSTEMS):
            names.append((pid, f"{g.latin[k]} {s.latin[k]}", lang, system, None))
        names.append((pid, f"{g.media} {s.media}", "en", "russian_media", None))
        if rand() < 0.1:
            typo = s.latin[0].replace("kh", "k", 1).replace("ou", "o", 1)
            if typo != s.latin[0]:
                names.append((pid, f"{g.latin[0]} {typo}", "en", "alias", "misspelling"))

        region = self.regions[_pick(self.region_cum, rand() * 100)]
        cities = self.cities[region]
        city = cities[int(rand() * len(cities))]
        is_judge = pid in self.judge_set
        status = "unknown" if is_judge else STATUSES[_pick(self.status_cum, rand() * 100)]
        birth_year = rng.randint(1945, 2004)
        birth = make_date(rng, birth_year) if rand() < 0.85 else (None, None, None)

        if is_judge:
            rows["person_roles"].append((pid, "judge"))
            bio = f"Judge at a court in {city}. Synthetic record."
            rows["people"].append(
                (
                    pid,
                    display,
                    sort,
                    "female" if female else "male",
                    region,
                    city,
                    status,
                    bio,
                    *birth,
                    None,
                    None,
                    None,
                )
            )
            self._cite(rows, "person", pid)
            return
        rows["person_roles"].append((pid, "prisoner"))
        if rand() < 0.3:
            rows["person_roles"].append((pid, ROLE_CHOICES[int(rand() * len(ROLE_CHOICES))]))

        # sentences: 0-3, about 1.3 on average
        roll = rand()
        n_sent = 0 if roll < 0.15 else 1 if roll < 0.6 else 2 if roll < 0.95 else 3
        first_year = rng.randint(max(FIRST_YEAR, birth_year + 18), LAST_YEAR - 1)
        events = rows["events"]
        ev_people = rows["event_people"]
        n_ev = 0

        def event(
            kind: str,
            d: tuple[Any, Any, Any],
            place: str | None,
            org: str | None,
            sentence: str | None,
            desc: str,
        ) -> None:
            nonlocal n_ev
            eid = f"e-{i:07d}-{n_ev}"
            n_ev += 1
            events.append((eid, kind, *d, place, org, sentence, desc))
            ev_people.append((eid, pid, None))
            if rand() < 0.6:
                self._cite(rows, "event", eid)

        year = first_year
        event("detained", make_date(rng, year), city, None, None, f"{display} detained in {city}.")
        prev_sid: str | None = None
        last_year = year
        articles: list[str] = []
        for n in range(n_sent):
            year = min(LAST_YEAR, year + (0 if n == 0 else rng.randint(1, 3)))
            sid = f"s-{i:07d}-{n}"
            court = self.courts[int(rand() * len(self.courts))]
            judge = self.judges[int(rand() * len(self.judges))]
            d = make_date(rng, year)
            kind = "prison" if rand() < 0.85 else "restricted_freedom"
            months = rng.choice((6, 12, 18, 24, 30, 36, 48, 60, 72, 96, 120, 180, 216))
            absentia = 1 if rand() < 0.05 else 0
            adds = prev_sid if (n > 0 and rand() < 0.5) else None
            regime = REGIMES[int(rand() * len(REGIMES))] if kind == "prison" else None
            note = "Sentenced in absentia." if absentia else None
            rows["sentences"].append(
                (
                    sid,
                    pid,
                    court.id,
                    judge,
                    *d,
                    kind,
                    months,
                    _term_text(months, kind),
                    regime,
                    absentia,
                    adds,
                    note,
                )
            )
            n_charges = 1 + (rand() < 0.45) + (rand() < 0.15)
            seen: list[str] = []
            for _c in range(n_charges):
                art, text = ARTICLES[_pick(self.article_cum, rand() * 100)]
                if art not in seen:
                    rows["charges"].append((sid, len(seen), art, text))
                    seen.append(art)
            self._cite(rows, "sentence", sid)
            event(
                "sentenced",
                d,
                court.city,
                court.id,
                sid,
                f"{court.name} sentenced {display} to {_term_text(months, kind)} "
                f"under article {', '.join(seen)}.",
            )
            prev_sid = sid
            last_year = year
            articles += [a for a in seen if a not in articles]
        if n_sent and rand() < 0.25:
            prison = self.prisons[int(rand() * len(self.prisons))]
            event(
                "transferred",
                make_date(rng, last_year),
                prison.city,
                prison.id,
                None,
                f"{display} transferred to {prison.name}.",
            )
            rows["relations"].append(
                (f"r-{i:07d}-h", pid, "held_in", None, prison.id, None, None, None, None)
            )
        if status in ("released", "in_exile") and last_year < LAST_YEAR:
            ry = rng.randint(last_year + 1, LAST_YEAR)
            kind = "pardoned" if rand() < 0.3 else "released"
            event(kind, make_date(rng, ry), city, None, None, f"{display} {kind}.")
            if status == "in_exile":
                event(
                    "exiled",
                    make_date(rng, min(LAST_YEAR, ry + 1)),
                    None,
                    None,
                    None,
                    f"{display} left Belarus.",
                )
        if rand() < 0.5:
            event(
                "protest",
                make_date(rng, max(FIRST_YEAR, first_year - 1)),
                city,
                None,
                None,
                f"{display} took part in a protest in {city}.",
            )
        if n_ev < 4:
            event(
                "statement",
                make_date(rng, rng.randint(first_year, LAST_YEAR)),
                None,
                None,
                None,
                f"Statement by {display}.",
            )
        if status == "deceased":
            event("died", make_date(rng, LAST_YEAR), None, None, None, f"{display} died.")

        # quotes: about 2
        n_q = int(rand() * 5)
        for n in range(n_q):
            qid = f"q-{i:07d}-{n}"
            text, lang = QUOTES[int(rand() * len(QUOTES))]
            d = make_date(rng, rng.randint(first_year, LAST_YEAR))
            pub = self.publishers[int(rand() * len(self.publishers))]
            venue = VENUES[int(rand() * len(VENUES))]
            rows["quotes"].append((qid, pid, text, lang, *d, venue, pub.id))
            if i > 0 and rand() < 0.2:
                rows["quote_subjects"].append((qid, self.person_id(int(rand() * i))))
            self._cite(rows, "quote", qid)

        # relations to earlier people (so ids exist), about one in three
        if i > 1 and rand() < 0.35:
            other = self.person_id(int(rand() * i))
            if other not in self.judge_set and other != pid:
                kind = ("co_defendant", "spouse", "associate", "relative")[int(rand() * 4)]
                rows["relations"].append(
                    (f"r-{i:07d}-0", pid, kind, other, None, None, None, None, None)
                )

        status_since = make_date(rng, min(LAST_YEAR, last_year + 1))
        if n_sent:
            times = "once" if n_sent == 1 else f"{n_sent} times"
            record = f"Sentenced {times} under article {', '.join(articles)}."
        else:
            record = "Detained; not sentenced."
        bio = f"From {city} ({region}). {record} Synthetic record."
        rows["people"].append(
            (
                pid,
                display,
                sort,
                "female" if female else "male",
                region,
                city,
                status,
                bio,
                *birth,
                *status_since,
            )
        )
        self._cite(rows, "person", pid)


def _cumulative(weights: Sequence[int]) -> list[float]:
    total = 0.0
    out: list[float] = []
    for w in weights:
        total += w
        out.append(total)
    return out


def _pick(cumulative: Sequence[float], value: float) -> int:
    """Index of the bucket `value` (0..sum of weights) falls in."""
    scaled = value * cumulative[-1] / 100 if cumulative[-1] != 100 else value
    for i, edge in enumerate(cumulative):
        if scaled < edge:
            return i
    return len(cumulative) - 1


BULK_PRAGMAS = (
    "journal_mode = OFF",  # a crash discards the partial file anyway
    "synchronous = OFF",
    "cache_size = -262144",
    "temp_store = FILE",  # sorts for indexes and ranks spill to disk: memory stays bounded at 3M
    # the rows are valid by construction (tests run integrity_check, which
    # verifies every CHECK); each `IN (...)` check costs microseconds a row
    "ignore_check_constraints = ON",
)
"""Connection settings for the bulk load into the temporary file."""


def generate_rows(
    people: int, *, seed: int = 0, chunk: int = CHUNK
) -> Iterator[tuple[int, dict[str, list[Row]]]]:
    """The archive's rows in batches: (people done so far, rows per table).

    The first batch holds the organizations and sources. bench/ feeds the
    same rows to bare sqlite3 to measure the floor.
    """
    gen = _Generator(people, seed)
    yield 0, gen.fixed_rows()
    for start in range(0, people, chunk):
        stop = min(people, start + chunk)
        yield stop, gen.person_rows(start, stop)


def _prefetched(batches: Iterator[_T]) -> Iterator[_T]:
    """Run `batches` one step ahead in a thread.

    sqlite3 releases the GIL while SQLite works, so building the next batch
    in Python overlaps with inserting this one. Order (and so determinism)
    is unchanged: one producer, one queue.
    """
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def offer(message: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                box.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False  # the consumer has gone

    def produce() -> None:
        try:
            for item in batches:
                if not offer(("item", item)):
                    return
            offer(("end", None))
        except BaseException as exc:  # handed to the consumer, re-raised there
            offer(("error", exc))

    worker = threading.Thread(target=produce, name="generate-rows", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        worker.join()


def meta_for(people: int, seed: int) -> dict[str, Any]:
    return {
        "title": f"Synthetic archive: {people:,} people (seed {seed})",
        "publisher": "Kartoteka generator",
        "edition": "1",
        "languages": ["en", "be", "ru"],
        "synthetic": True,
        "archive_id": f"kartoteka-synthetic-{people}-{seed}",
    }


def _fts_tables() -> list[str]:
    return [f"{table}_fts" for table, _cols in schema.FTS_TABLES]


@dataclass(frozen=True, slots=True)
class Maintenance:
    """The SQL of the indexes and FTS triggers dropped for a bulk load."""

    indexes: tuple[str, ...]
    triggers: tuple[str, ...]


def suspend_maintenance(db: Database) -> Maintenance:
    """Drop the FTS triggers and secondary indexes; return their SQL to restore.

    Row-by-row trigger updates and index inserts cost far more than one
    rebuild after the load. The SQL comes from sqlite_master, so what is
    restored is exactly what the migrations (and sqlite-utils) created.
    """
    found = db.execute(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE sql IS NOT NULL AND (type = 'trigger' OR (type = 'index' AND tbl_name IN "
        "(SELECT value FROM json_each(:tables)))) ORDER BY type, name",
        {"tables": json.dumps(TABLE_ORDER)},
    ).fetchall()
    for kind, name, _sql in found:
        # names come from sqlite_master of the file this process just created
        db.execute(f'DROP {"TRIGGER" if kind == "trigger" else "INDEX"} "{name}"')
    return Maintenance(
        indexes=tuple(sql for kind, _n, sql in found if kind == "index"),
        triggers=tuple(sql for kind, _n, sql in found if kind == "trigger"),
    )


def rebuild_fts(db: Database) -> None:
    """Fill every FTS index from its content table in one pass."""
    for table, _cols in schema.FTS_TABLES:
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def generate_archive(
    out: Path,
    people: int,
    *,
    seed: int = 0,
    progress: Progress | None = None,
) -> None:
    """Write a synthetic archive of `people` people to `out` (atomically).

    `progress(done, total)` is called as work advances; `total` stays the same
    for the whole run (people inserted, then the indexing steps counted as
    the same number of units again).
    """
    if people < 1:
        raise KartotekaError(f"{out}: the number of people must be at least 1 (got {people}).")
    target = Path(out)
    if target.exists():
        raise OutputError(
            f"{target}: a file with this name already exists. "
            "Choose another name or remove the file first.",
            path=target,
        )
    total = people * 2

    def report(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)

    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    db = writer.create_archive(partial, meta_for(people, seed))
    try:
        for pragma in BULK_PRAGMAS:
            db.execute(f"PRAGMA {pragma}")
        saved = suspend_maintenance(db)
        report(0)
        conn = db.conn
        conn.execute("BEGIN")
        for done, rows in _prefetched(generate_rows(people, seed=seed)):
            for table in TABLE_ORDER:
                if rows[table]:
                    conn.executemany(insert_sql(table), rows[table])
            report(done)
        conn.execute("COMMIT")
        db.execute("PRAGMA ignore_check_constraints = OFF")
        step = people // 4
        conn.execute("BEGIN")
        for sql in saved.indexes:
            db.execute(sql)
        # before the triggers return: derived columns need no FTS updates
        writer.refresh_derived(db)
        report(people + step)
        rebuild_fts(db)
        for sql in saved.triggers:
            db.execute(sql)
        conn.execute("COMMIT")
        report(people + 2 * step)
        writer.finish(db, vacuum=False)
        report(total)
    except BaseException:
        db.close()
        partial.unlink(missing_ok=True)
        raise
    db.close()
    try:
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write the file ({exc.strerror}).") from exc
