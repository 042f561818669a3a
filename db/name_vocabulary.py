"""A realistic name vocabulary for generated archives, built by rules (no data files, no network).

Search must be measured on the names a real archive holds: hundreds of
thousands of surnames in a long, Zipf-like tail, given names that are mostly
a few dozen common ones and then tens of thousands of rare ones, patronymics,
double-barrelled surnames and apostrophes. `NameVocabulary` builds such a
lexicon deterministically:

* surnames of Belarusian, Russian, Ukrainian, Polish, Lithuanian, Jewish and
  Tatar origin, each from curated roots (real surname roots: trades,
  animals, places, given names) and the suffixes of its origin (-ovich,
  -ski, -enka, -uk, -chyk; -ov, -in; -enko, -chuk; -icz; -as, -ienė;
  -man, -berg, -stein; -ov, -ullin …), then from compound and syllable-built
  roots for the long tail (>= 400,000 distinct masculine forms);
* their Belarusian forms by the regular Russian→Belarusian correspondences
  (akanne, ць/дзь, ў, э/ы after hard consonants, the apostrophe), Ukrainian
  forms by the Russian→Ukrainian ones, Polish and Lithuanian Latin forms;
* given names: the curated table (db.given_names) first, then Polish,
  Lithuanian, Jewish and Tatar names and rare two-part Slavic and Turkic
  names (>= 20,000), and patronymics derived from the male names.

`pick_person(rng, female)` draws one person's spellings: ranks follow a
Zipf–Mandelbrot law (the most common surname is about 0.5 % of people),
1 in 200 surnames is double-barrelled, a quarter of the people have their
native spellings in register order (Surname Given Patronymic), a few are
register records with a Russian spelling only, as in Soviet-era lists.
Origins are invented for generated people; nothing here describes real ones.
"""

from __future__ import annotations

import bisect
import functools
import random
from collections.abc import Sequence
from dataclasses import dataclass

from db.given_names import GIVEN_NAMES
from db.names import sort_key
from db.romanize import BE_SYSTEMS, feminine_be, feminine_ru, name_forms, romanize_ru


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


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


# ---------------------------------------------------------------------------
# Roots (Russian Cyrillic) and suffixes by origin.
# ---------------------------------------------------------------------------
_SLAVIC_ROOTS = """
Иван Петр Сидор Павл Михайл Никит Андре Алексе Степан Федор Григор Кузьм Макар Тарас
Семен Юр Борис Глеб Данил Егор Захар Игнат Кирилл Лукьян Матве Назар Остап Прокоп Роман
Савел Тимоше Трофим Филипп Харитон Яков Емельян Аверьян Ульян Зинов Ананий Дарьин Марьин
Ковал Кузнец Мельник Ткач Швец Бондар Гончар Пастух Рыбак Столяр Плотник Коваль Кравец
Пекар Мельнич Гребен Сапож Кожем Кучер Мороз Снег Лед Град Гром Ветр Дубр Лес Бор Поле
Волк Медвед Лис Заяц Зайц Козл Баран Бык Кот Конь Жеребц Орл Сокол Ворон Голуб Соловь
Воробь Журавл Лебед Гус Утк Сорок Галк Дрозд Синиц Щегл Чиж Карп Щук Окун Сом Линь Ерш
Жук Муха Комар Пчел Шмел Рак Бобр Барсук Ежов Крот Хомяк Белк Соболь Куниц Горностай
Бел Черн Сер Рыж Рус Сив Кудр Лыс Горб Крив Мал Велик Толст Тонк Долг Корот Стар Нов
Добр Зл Тих Гром Весел Быстр Смирн Храбр Умн Глух Слеп Хром Шепел Рябц Ряб Кос Сух Мокр
Дуб Берез Осин Лип Клен Ясен Вяз Сосн Ел Рябин Калин Малин Вишн Груш Яблон Орех Хмел
Камен Песк Глин Болот Озер Рек Брод Мост Гор Дол Яр Луг Сад Двор Хат Дом Пол Стол Лав
Кол Кругл Гвозд Молот Топор Нож Серп Кос Плуг Бор Сох Ков Цеп Колес Воз Сан Лодк
Хлеб Каш Пирог Блин Сыр Масл Мед Соль Квас Пив Вин Сал Мяс Рыб Гриб Ягод Калач Бубл
Лукаш Статкев Бабар Колесник Тихан Беляц Лос Знак Новик Шевч Бондаренк Мельнич Ковальч
Сидоренк Василев Ярошев Кулеш Лаптен Шиман Радион Гурин Михалев Пашкев Богданов Наумч
Дашкев Сапег Карпов Мацкев Зенков Рудак Ходанов Бурак Санько Кириенк Леонов Лобков
Полуян Кравченк Подолен Степанов Шарап Ермаков Климов Бусел Лопатин Левчук Лазарев
Гавриленк Скорин Мартинкев Латышк Приходьк Бутев Вертин Дубов Абрамов Литвин Позняк
Барановс Горбун Зайцев Фролов Чернышев Микулев Латушк Шибек Трусов Орлов Кривош Курлов
Прокопов Булыг Таранд Станкев Кудрев Новицк Жабров Ануфри Прокопч Тимошик Соколов Исаенк
Семашк Кононч Кондратюк Шаповал Дедок Кудлацк Борисев Лебедев Алексеев Никитин Белов
Зуев Хмел Рабцев Кузьмич Гуцьк Гришкев Николаев Юшкев Радьков Сучок Шевчук Петрашев
Титов Бобков Пархимов Соловей Плотников Ясинск Ракитск Королев Гусев Малашенк Лисовск
Вашкев Тарасев Чернявск Яроменк Сивак Денисенк Азарк Киселев Шпаков Войтов Казакев
Сушк Григорьев Зеньк Карпенк Рыжиков Шкодун Сыроквашо Куликов Андреев Молчанов Хомич
Юркев Кириллов Тихонов Логвинец Громык Курочкин Виноградов Рогачев
"""
_PREFIXES = [
    "Бело",
    "Черно",
    "Ново",
    "Старо",
    "Добро",
    "Криво",
    "Мало",
    "Велико",
    "Золото",
    "Серебро",
    "Медно",
    "Желто",
    "Красно",
    "Сине",
    "Широко",
    "Высоко",
    "Долго",
    "Быстро",
    "Тихо",
    "Свето",
    "Темно",
    "Полу",
    "Перво",
    "Двое",
    "Трое",
    "Семи",
    "Сорок",
    "Мясо",
    "Рыбо",
]
_SYLLABLE_ONSETS = _words(
    "б б в в г д д ж з к к л л м м н н п п р р с с т т ф х ц ч ш бр вр гр др кр пр тр бл гл "
    "кл пл сл зв св ст ск сп см сн шт шк хв хр дз"
)
_SYLLABLE_VOWELS = ("а", "а", "о", "о", "е", "е", "и", "у", "я")
_SYLLABLE_CODAS = ("", "", "", "", "н", "р", "л", "к", "ш", "м", "с", "т", "ч", "д", "в")
_NO_IOTATION = set("кгхжшчц")

# (suffix, weight) by origin; a root takes a suffix in Russian spelling
_SUFFIXES: dict[str, tuple[tuple[str, int], ...]] = {
    "be": (
        ("ович", 10), ("евич", 6), ("ский", 8), ("цкий", 2), ("енко", 6), ("ук", 6),
        ("чук", 3), ("ик", 4), ("чик", 3), ("ок", 2), ("онок", 2), ("еня", 1), ("ко", 3),
        ("ец", 3), ("ов", 5), ("ев", 2), ("ин", 2), ("ач", 1), ("ун", 1), ("ыга", 1),
    ),
    "ru": (("ов", 20), ("ев", 8), ("ин", 8), ("ский", 4), ("ых", 1), ("ович", 1), ("ский", 1)),
    "uk": (("енко", 12), ("чук", 6), ("юк", 4), ("ук", 4), ("ко", 3), ("ец", 2), ("ский", 4),
           ("ишин", 1), ("ак", 2), ("ей", 1)),
    "pl": (("ский", 8), ("цкий", 3), ("ович", 4), ("евич", 3), ("ик", 2), ("ак", 2), ("ек", 2),
           ("чик", 2), ("ут", 1), ("ель", 1)),
}  # fmt: skip
_JEWISH_ROOTS = [
    "Гольд",
    "Розен",
    "Зильбер",
    "Вайн",
    "Шпиль",
    "Фельд",
    "Грин",
    "Блюм",
    "Лев",
    "Рабин",
    "Шапир",
    "Лифш",
    "Гурв",
    "Бер",
    "Штерн",
    "Шварц",
    "Вайс",
    "Гельф",
    "Кауф",
    "Гинз",
    "Зелен",
    "Эпш",
    "Клейн",
    "Фрид",
    "Рот",
    "Кац",
    "Бройд",
    "Липш",
    "Мил",
    "Шлом",
    "Хаим",
    "Мендел",
    "Гершен",
    "Шмул",
    "Зус",
    "Файн",
    "Гер",
    "Берк",
    "Лейб",
    "Брод",
    "Винер",
    "Розенфельд",
    "Ландау",
    "Цукер",
    "Цирюл",
    "Эйдель",
]
_JEWISH_SUFFIXES = (
    ("ман", 6), ("берг", 5), ("штейн", 5), ("баум", 2), ("фельд", 2), ("блат", 1),
    ("ович", 4), ("зон", 2), ("ер", 2), ("ский", 3), ("ин", 2), ("ич", 1),
)  # fmt: skip
_TATAR_ROOTS = (
    (
        "Ахмет Гарип Саф Хабибулл Гали Шарип Мустафа Джемил Чубар Умер Кадыр Ибрагим Абдулл "
        "Юсуп Вали Зарип Нурулл Латып Мингаз Фаттах Сабир Рахим Рашид Хайрулл Файзулл Мухамет "
        "Гайнулл Закир Шакир Ильяс Исмаил Ислам Сейтумер Асан Осман Меджит Аблязиз Кurban"
    )
    .replace("Кurban", "Курбан")
    .split()
)
_TATAR_SUFFIXES = (("ов", 8), ("ев", 3), ("ин", 4), ("уллин", 2), ("ьянов", 1), ("оглу", 1))
_LT_ROOTS = [
    "Казлауск",
    "Петрауск",
    "Янкауск",
    "Станкевич",
    "Василяуск",
    "Жукауск",
    "Буткев",
    "Паулауск",
    "Урбон",
    "Кавалиауск",
    "Римкев",
    "Лукошев",
    "Садауск",
    "Шимкус",
    "Балтрун",
    "Адамкус",
    "Навицк",
    "Грибауск",
    "Мажейк",
    "Вайткус",
    "Юркен",
    "Ясюнас",
    "Каминск",
    "Масюлис",
    "Сабонис",
    "Будрис",
    "Даугел",
    "Мартинайт",
    "Бразаускас",
    "Валанчюн",
]
_LT_SUFFIXES = (("ас", 6), ("ис", 4), ("ус", 2), ("ене", 1), ("айтис", 2), ("онис", 1))

_ORIGINS = ("be", "ru", "uk", "pl", "lt", "jewish", "tatar")
_ORIGIN_WEIGHTS = (46, 26, 10, 7, 3, 5, 3)


def _weighted(rng: random.Random, choices: Sequence[tuple[str, int]]) -> str:
    total = sum(w for _c, w in choices)
    roll = rng.random() * total
    for choice, w in choices:
        roll -= w
        if roll < 0:
            return choice
    return choices[-1][0]


# ---------------------------------------------------------------------------
# Russian -> Belarusian / Ukrainian forms, Polish and Lithuanian Latin forms.
# ---------------------------------------------------------------------------
_HARD = set("жшчцр")
_RU_VOWELS = set("аеёиоуыэюя")
_LABIALS = set("бпвмфр")


def be_from_ru(word: str) -> str:
    """The Belarusian form of a Russian name by the regular correspondences.

    и -> і (ы after hard consonants), е -> э after hard consonants, щ -> шч,
    ть/ди -> ць/дзі, unstressed о -> а (the stress is taken on the last
    syllable's о, else none), в after a vowel before a consonant or at the
    end -> ў, -ий/-ый -> -і/-ы, ь before a vowel after б п в м ф р -> '.
    Approximate, as any rule is; enough to give generated names real shapes.
    """
    lower = word.lower()
    if lower.endswith(("ский", "цкий")):
        lower = lower[:-2] + "і"
    elif lower.endswith(("ий", "ый")):
        lower = lower[:-2] + ("ы" if lower[-3:-2] in _HARD else "і")
    out: list[str] = []
    stressed = lower.rfind("о")
    for i, ch in enumerate(lower):
        prev = out[-1][-1] if out and out[-1] else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if ch == "щ":
            out.append("шч")
        elif ch == "и":
            out.append("ы" if prev in _HARD else "і")
        elif ch == "е" and prev in _HARD:
            out.append("э")
        elif ch == "о" and i != stressed:
            out.append("а")
        elif ch == "т" and nxt in "ьеёиюя":
            out.append("ц")
        elif ch == "д" and nxt in "ьеёиюя":
            out.append("дз")
        elif ch == "в" and prev in _RU_VOWELS and (nxt == "" or nxt not in _RU_VOWELS):
            out.append("ў")
        elif (ch == "ь" and prev in _LABIALS and nxt in "еёюя") or ch == "ъ":
            out.append("'")
        elif ch == "р" and nxt == "ь":
            out.append("р")
        elif ch == "ь" and prev == "р":
            continue
        else:
            out.append(ch)
    result = "".join(out)
    return result[:1].upper() + result[1:]


def uk_from_ru(word: str) -> str:
    """The Ukrainian form of a Russian name: ы -> и, и -> і, э -> е, initial е -> є, ё -> ьо."""
    lower = word.lower()
    if lower.endswith("ский"):
        lower = lower[:-4] + "ський"
    elif lower.endswith("цкий"):
        lower = lower[:-4] + "цький"
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        if ch == "и" and not (lower.endswith("ий") and i == len(lower) - 2):
            out.append("и" if prev in "жчшщц" else "і")
        elif ch == "ы":
            out.append("и")
        elif ch == "э":
            out.append("е")
        elif ch == "е" and (i == 0 or prev in _RU_VOWELS):
            out.append("є")
        elif ch == "ё":
            out.append("ьо" if prev not in _RU_VOWELS else "йо")
        elif ch == "ъ":
            out.append("'")
        else:
            out.append(ch)
    result = "".join(out)
    return result[:1].upper() + result[1:]


_PL = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "ie", "ё": "io", "ж": "ż",
    "з": "z", "и": "i", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz",
    "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "'": "",
}  # fmt: skip


def polish_from_ru(word: str) -> str:
    """A Polish spelling of a name of Polish origin written in Russian (Почобут -> Poczobut)."""
    lower = word.lower()
    if lower.endswith("ский"):
        return polish_from_ru(word[:-4]) + "ski"
    if lower.endswith("цкий"):
        return polish_from_ru(word[:-4]) + "cki"
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if ch in "еёюя" and (i == 0 or prev in _RU_VOWELS):
            piece = {"е": "je", "ё": "jo", "ю": "ju", "я": "ja"}[ch]
        elif ch in "еёюя" and prev in "жшчщц":
            piece = {"е": "e", "ё": "o", "ю": "u", "я": "a"}[ch]
        elif ch == "л" and nxt in "ьеёиюя":
            piece = "l"
        elif ch == "и" and prev in "жшчщц":
            piece = "y"
        elif ch == "в" and nxt == "" and prev in _RU_VOWELS:
            piece = "w"
        else:
            piece = _PL.get(ch, ch)
        out.append(piece)
    result = "".join(out).replace("owicz", "owicz")
    return result[:1].upper() + result[1:]


_LT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "č",
    "ш": "š", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def lithuanian_from_ru(word: str) -> str:
    """The Lithuanian spelling of a Lithuanian surname written in Russian (Казлаускас)."""
    out = "".join(_LT.get(ch, ch) for ch in word.lower())
    out = out.replace("ene", "ienė") if out.endswith("ene") else out
    return out[:1].upper() + out[1:]


def _fix_ru(word: str) -> str:
    """Russian spelling rules where a root meets a suffix (Ковальев, Чикович)."""
    for a, b in (
        ("ьов", "ьёв"),
        ("йов", "ев"),
        ("жов", "жов"),
        ("цов", "цов"),
        ("ьин", "ьин"),
        ("чов", "чёв"),
        ("шов", "шов"),
        ("ыов", "ыев"),
        ("иов", "иев"),
        ("аов", "аев"),
        ("еов", "еев"),
        ("уов", "уев"),
        ("оов", "оев"),
        ("яов", "яев"),
        ("юов", "юев"),
        ("ьс", "с"),
        ("ьк", "к"),
        ("ийск", "ийск"),
        ("ыск", "ск"),
        ("иск", "ск"),
    ):
        word = word.replace(a, b)
    return word


# ---------------------------------------------------------------------------
# The lexicon.
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Surname:
    """One masculine surname: Russian and Belarusian Cyrillic, origin, Latin native form."""

    ru: str
    be: str
    origin: str
    native_latin: str | None = None  # Polish or Lithuanian spelling
    uk: str | None = None


@dataclass(frozen=True, slots=True)
class Given:
    ru: str
    be: str
    female: bool


SURNAME_TARGET = 400_000
"""Distinct masculine surnames in the lexicon (about 230,000 appear among 1M people)."""
GIVEN_TARGET = 24_000
"""Distinct given names in the lexicon."""
ZIPF_S, ZIPF_Q = 0.9, 10.0
"""Zipf–Mandelbrot exponent and offset of surname ranks: p(r) ∝ (r + q)^-s."""
COMMON_GIVEN_SHARE = 0.95
"""Share of people whose given name comes from the common (curated) names."""


def _syllable_root(rng: random.Random) -> str:
    """A root of one to three open syllables and a coda, by Slavic phonotactics."""
    parts = []
    for _ in range(rng.choice((1, 2, 2, 2, 3))):
        onset = rng.choice(_SYLLABLE_ONSETS)
        vowel = rng.choice(_SYLLABLE_VOWELS)
        if vowel == "я" and onset[-1] in _NO_IOTATION:
            vowel = "а"
        parts.append(onset + vowel)
    root = "".join(parts) + rng.choice(_SYLLABLE_CODAS)
    return root[:1].upper() + root[1:]


def _ru_surname(root: str, origin: str, rng: random.Random) -> str:
    """The Russian spelling of a surname of `origin` built on `root`."""
    if origin == "jewish":
        return _fix_ru(root + _weighted(rng, _JEWISH_SUFFIXES))
    if origin == "tatar":
        return _fix_ru(root + _weighted(rng, _TATAR_SUFFIXES))
    if origin == "lt":
        return root + _weighted(rng, _LT_SUFFIXES)
    return _fix_ru(root + _weighted(rng, _SUFFIXES[origin]))


@functools.lru_cache(maxsize=100_000)
def _tail_surname(rank: int) -> tuple[str, str]:
    """The surname at a rank beyond the curated ones: a syllable-built root, from the rank alone.

    Built on demand, so that a small archive does not pay for the whole lexicon.
    Two ranks may meet on one spelling now and then; that only merges their shares.
    """
    rng = random.Random(rank * 7919 + 20261206)
    origin = rng.choices(_ORIGINS, _ORIGIN_WEIGHTS)[0]
    return _ru_surname(_syllable_root(rng), origin, rng), origin


@functools.lru_cache(maxsize=100_000)
def surname_forms(ru: str, origin: str) -> Surname:
    """Every form of one surname (computed when first drawn, then cached)."""
    be = be_from_ru(ru)
    if origin == "pl":
        return Surname(ru, be, origin, polish_from_ru(ru))
    if origin == "lt":
        return Surname(ru, be, origin, lithuanian_from_ru(ru))
    if origin == "uk":
        return Surname(ru, be, origin, uk=uk_from_ru(ru))
    return Surname(ru, be, origin)


def _curated_surnames() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(Russian spelling, origin) of the surnames built on real roots, most common first;
    and the real Belarusian forms of the seed surnames, which no rule derives."""
    rng = random.Random(20261206)
    out: list[tuple[str, str]] = [(ru, "be") for _be, ru in SURNAMES]
    seen = {ru for ru, _o in out}
    roots = _SLAVIC_ROOTS.split()
    compound = [p + r.lower() for p in _PREFIXES for r in roots[:120]]
    sources: list[tuple[Sequence[str], str | None]] = [
        (roots, None),
        (_JEWISH_ROOTS, "jewish"),
        (_TATAR_ROOTS, "tatar"),
        (_LT_ROOTS, "lt"),
        (compound, None),
    ]
    slavic = ("be", "ru", "uk", "pl")
    slavic_weights = [w for o, w in zip(_ORIGINS, _ORIGIN_WEIGHTS, strict=True) if o in slavic]
    # real roots with suffixes of their origin first (the common names), then
    # compound roots; the long tail is built per rank (`_tail_surname`)
    for pool, fixed in sources:
        for root in pool:
            for _ in range(4 if fixed is None else 3):
                origin = fixed or rng.choices(slavic, slavic_weights)[0]
                ru = _ru_surname(root, origin, rng)
                if ru not in seen:
                    seen.add(ru)
                    out.append((ru, origin))
    return out, {ru: be for be, ru in SURNAMES}


_POLISH_GIVEN = (
    "Казимеж Збигнев Тадеуш Войцех Кшиштоф Рышард Мечислав Бронислав Чеслав Анджей|Ядвига "
    "Данута Божена Гражина Ванда Тереза Иоланта Агнешка Малгожата Беата"
)
_LT_GIVEN = (
    "Альгирдас Витаутас Йонас Пятрас Антанас Кястутис Миндаугас Гедиминас Дарюс Римантас|"
    "Рута Аушра Дайва Юрате Эгле Лайма Бируте Алдона Вида Далия"
)
_JEWISH_GIVEN = (
    "Хаим Мойше Шмуэль Ицхак Менахем Борух Зелик Залман Шлойме Авраам Исаак Моисей Арон Гирш "
    "Лейба Янкель Нахман Рувим Соломон Эфраим|Рахиль Сара Двойра Эстер Фейга Гита Хая Рива "
    "Ента Голда Бейла Фрума Сима Роза Фаина Ида Дора Берта Цецилия Лея"
)
_TATAR_GIVEN = (
    "Рустам Ильдар Наиль Ринат Айдар Марат Рафаэль Ахтем Нариман Эмир Сервер Решат Ильми Рефат "
    "Мустафа Тагир Фарид Рамиль Дамир Азат|Гульнара Зарема Лейла Диляра Альфия Гузель Эльмира "
    "Лиля Айгуль Резеда Зульфия Ляйсан Алсу Фатима Эльвира Сабина Лилия Гульшат Айсылу Миляуша"
)
_SLAVIC_FIRST = _words(
    "Бори Добро Радо Мило Свято Яро Влади Мече Брати Любо Все Ста Бого Веле Горо Дари Мстис Прибы Твердо Ходо"
)
_SLAVIC_SECOND = _words("слав мир мил бор вит гост дан волод полк сил")
_TURKIC_FIRST = _words(
    "Абдул Ах Ал Гуль Зуль Иль Кам Мин Нур Рам Риф Саб Тим Фар Хай Шам Эль Ай Бул Рус Зар Дин Ил Ир Ис Мур Рин Сал"
)
_TURKIC_SECOND = _words(
    "ат ар ур из ил им дар зат шат нур бек хан улла зян ия ида ира нара зада шан гуль"
)
_RARE_ENDINGS_M = ("ан", "ар", "ий", "ей", "ор", "он", "ет", "ас")
_RARE_ENDINGS_F = ("ия", "ина", "ета", "ора", "ана", "еля", "иса", "ада")


def _curated_given() -> list[Given]:
    """The curated and compound given names (the rare tail is built per index)."""
    out: list[Given] = []
    seen: set[str] = set()

    def add(ru: str, be: str | None, female: bool) -> None:
        if ru not in seen:
            seen.add(ru)
            out.append(Given(ru, be or be_from_ru(ru), female))

    for be, ru in MALE_GIVEN:
        add(ru, be, False)
    for be, ru in FEMALE_GIVEN:
        add(ru, be, True)
    for name in GIVEN_NAMES:
        add(name.russian, name.belarusian[0] if name.belarusian else None, name.sex == "f")
    for block in (_POLISH_GIVEN, _LT_GIVEN, _JEWISH_GIVEN, _TATAR_GIVEN):
        males, females = block.split("|")
        for ru in males.split():
            add(ru, None, False)
        for ru in females.split():
            add(ru, None, True)
    for a in _SLAVIC_FIRST:
        for b in _SLAVIC_SECOND:
            add(a + b, None, False)
            add(a + b + "а", None, True)
    for a in _TURKIC_FIRST:
        for b in _TURKIC_SECOND:
            add(a + b, None, b.endswith(("а", "ия", "гуль")))
    return out


@functools.lru_cache(maxsize=50_000)
def _tail_given(index: int, female: bool) -> Given:
    """A rare given name, from its index alone (syllables and a name ending)."""
    rng = random.Random(index * 104729 + (1 if female else 0))
    stem = _syllable_root(rng)
    ru = stem + rng.choice(_RARE_ENDINGS_F if female else _RARE_ENDINGS_M)
    return Given(ru, be_from_ru(ru), female)


@functools.lru_cache(maxsize=50_000)
def patronymic(given_ru: str, given_be: str, female: bool) -> tuple[str, str]:
    """(Russian, Belarusian) patronymic from a father's given name (Сергеевич, Сяргеевіч)."""
    ends = {
        "ru": (
            ("й", "евич", "евна"),
            ("ь", "евич", "евна"),
            ("а", "ич", "ична"),
            ("я", "ич", "ична"),
        ),
        "be": (
            ("й", "евіч", "еўна"),
            ("ь", "евіч", "еўна"),
            ("а", "іч", "ічна"),
            ("я", "іч", "ічна"),
        ),
    }
    plain = {"ru": ("ович", "овна"), "be": ("авіч", "аўна")}

    def one(name: str, lang: str) -> str:
        for end, m, f in ends[lang]:
            if name.endswith(end):
                return name[:-1] + (f if female else m)
        m, f = plain[lang]
        return name + (f if female else m)

    return one(given_ru, "ru"), one(given_be, "be")


class _Zipf:
    """Ranks drawn with probability ∝ (rank + q)^-s, by bisection of the cumulative weights."""

    def __init__(self, n: int, s: float, q: float) -> None:
        total = 0.0
        cum: list[float] = []
        for r in range(1, n + 1):
            total += (r + q) ** -s
            cum.append(total)
        self.cum = cum
        self.total = total

    def draw(self, u: float) -> int:
        return min(len(self.cum) - 1, bisect.bisect_left(self.cum, u * self.total))


@dataclass(frozen=True, slots=True)
class PersonNames:
    """One generated person's names: display, sort key, and (name, lang, system, note) rows."""

    display: str
    sort: str
    rows: tuple[tuple[str, str, str, str | None], ...]


class NameVocabulary:
    """The lexicon and its sampler (build once per process: `vocabulary()`)."""

    def __init__(self, surnames: int = SURNAME_TARGET, given: int = GIVEN_TARGET) -> None:
        self.curated_surnames, self._seed_be = _curated_surnames()
        self.surname_count = max(surnames, len(self.curated_surnames))
        curated = _curated_given()
        self.male = [g for g in curated if not g.female]
        self.female = [g for g in curated if g.female]
        self.given_count = max(given, len(curated))
        # the rare tail of each sex, beyond the curated names
        self._tail = {
            False: max(0, (self.given_count - len(curated)) // 2),
            True: max(0, (self.given_count - len(curated)) // 2),
        }
        self._surname_zipf = _Zipf(self.surname_count, ZIPF_S, ZIPF_Q)
        self._common = {
            False: _Zipf(min(80, len(self.male)), 1.1, 1.0),
            True: _Zipf(min(70, len(self.female)), 1.1, 1.0),
        }

    def surname_at(self, rank: int) -> tuple[str, str]:
        """(Russian spelling, origin) of the surname at a 0-based rank."""
        if rank < len(self.curated_surnames):
            return self.curated_surnames[rank]
        return _tail_surname(rank)

    def _given(self, rng: random.Random, female: bool) -> Given:
        pool = self.female if female else self.male
        if rng.random() < COMMON_GIVEN_SHARE:
            return pool[self._common[female].draw(rng.random())]
        index = int(rng.random() * (len(pool) + self._tail[female]))
        return pool[index] if index < len(pool) else _tail_given(index, female)

    def _surname(self, rng: random.Random) -> Surname:
        ru, origin = self.surname_at(self._surname_zipf.draw(rng.random()))
        seed_be = self._seed_be.get(ru)
        if seed_be is not None:
            return Surname(ru, seed_be, origin)
        return surname_forms(ru, origin)

    def pick_person(self, rng: random.Random, female: bool) -> PersonNames:
        """Draw one person's given name, surname, patronymic and spellings."""
        g = self._given(rng, female)
        s = self._surname(rng)
        sur_ru, sur_be = s.ru, s.be
        if rng.random() < 0.005:  # double-barrelled
            other = self._surname(rng)
            sur_ru, sur_be = f"{sur_ru}-{other.ru}", f"{sur_be}-{other.be}"
        if female:
            sur_ru = "-".join(feminine_ru(p) for p in sur_ru.split("-"))
            sur_be = "-".join(feminine_be(p) for p in sur_be.split("-"))
        father = self._given(rng, False)
        pat_ru, pat_be = patronymic(father.ru, father.be, female)
        style = rng.random()
        if style < 0.03:  # a register record: Russian Cyrillic only, surname first
            text = f"{sur_ru} {g.ru} {pat_ru}"
            return PersonNames(text, sort_key(text), ((text, "ru-Cyrl", "native", None),))
        gf = name_forms(g.be, g.ru)
        sf = name_forms(sur_be, sur_ru)
        rows: list[tuple[str, str, str, str | None]] = []
        if style < 0.28:  # native spellings as registers and courts write them
            rows.append((f"{sur_be} {gf.be} {pat_be}", "be-Cyrl", "native", None))
            rows.append((f"{sur_ru} {gf.ru} {pat_ru}", "ru-Cyrl", "native", None))
        else:
            rows.append((f"{gf.be} {sf.be}", "be-Cyrl", "native", None))
            rows.append((f"{gf.ru} {sf.ru}", "ru-Cyrl", "native", None))
        for k, (system, lang) in enumerate(BE_SYSTEMS):
            rows.append((f"{gf.latin[k]} {sf.latin[k]}", lang, system, None))
        rows.append((f"{gf.media} {sf.media}", "en", "russian_media", None))
        if s.native_latin is not None and "-" not in sur_ru:
            lang, system = ("pl", "polish") if s.origin == "pl" else ("lt", "other")
            native = s.native_latin if not female else _latin_feminine(s.native_latin, s.origin)
            rows.append((f"{romanize_ru(g.ru)} {native}", lang, system, None))
        if s.uk is not None and "-" not in sur_ru:
            uk = s.uk if not female else feminine_ru(s.uk).replace("ськая", "ська")
            rows.append((f"{g.ru} {uk}", "uk-Cyrl", "native", None))
        if rng.random() < 0.1:
            typo = sf.latin[0].replace("kh", "k", 1).replace("ou", "o", 1)
            if typo != sf.latin[0]:
                rows.append((f"{gf.latin[0]} {typo}", "en", "alias", "misspelling"))
        display = f"{gf.latin[0]} {sf.latin[0]}"
        return PersonNames(display, sort_key(display), tuple(rows))


def _latin_feminine(name: str, origin: str) -> str:
    if origin == "pl":
        for masc, fem in (("ski", "ska"), ("cki", "cka")):
            if name.endswith(masc):
                return name[: -len(masc)] + fem
        return name
    for masc in ("as", "is", "us"):
        if name.endswith(masc):
            return name[: -len(masc)] + "ienė"
    return name


@functools.cache
def vocabulary() -> NameVocabulary:
    """The one lexicon of this process (deterministic; built in a few seconds)."""
    return NameVocabulary()
