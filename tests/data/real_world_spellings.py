"""A fourth table: real people's names as they are actually written in the wild (issue 11).

Written from how the press, passports, libraries, Łacinka writers, Polish,
German, French and Ukrainian media and people themselves write these names,
without looking at the folding rules or the other tables' queries. It is
scored in an archive of its own (bench/bench_names.py --table realworld):
the table's people, each stored once the way a documenter enters them
(Belarusian and Russian Cyrillic, one Latin form), among generated namesakes
and a few real ones (two Babarykas, two Losiks, two Navalnys, a husband and
wife Tsikhanouski).

Stored forms follow the documenters' habits, not one system: a short given
name when the person is known by it (Ales Bialiatski, Nasta Loika, Алесь
Беляцкий in the Russian form too), a second surname in brackets
(Katsiaryna Andreyeva (Bakhvalava)), a Polish Latin form for a Pole
(Andrzej Poczobut), Ukrainian national Latin for Ukrainians. Register
records (`#`) are Russian Cyrillic, surname first, with a patronymic.

Classes: press (English, German, French, Polish), passport (ICAO 9303,
BGN/PCGN, the Belarusian 2023 rules), Łacinka with and without diacritics,
scholarly (ISO 9, Library of Congress with its tie bars and breves), the
other language's form of the same person, Ukrainian forms, diminutives and
full forms of a short stored name, patronymics, initials, reversed order
with a comma, double surnames, women's surname forms, apostrophes, ё/е and
і/и/ў/у letter variants, typos seen in the press, missing spaces, all caps,
and declined forms (fleeting vowels among them: Дзядок → Дзядка).

Cases marked `ambiguous` are real spellings that a search cannot be sure of
(a Polonized surname that is another real surname; the Russian form that
differs in its root); each says why after `//`. They are scored and
reported apart.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.data.attested_spellings import Stored, parse
from tests.data.attested_spellings import documents as _documents
from tests.data.name_spellings import Case

_TABLE = """
@ rw-bialiatski | m | Ales Bialiatski | Алесь Бяляцкі | Алесь Беляцкий
english: Ales Byalyatski; Ales Bialiatsky; Ales Belyatsky; Ales Beliatski
polish: Aleś Bialacki; Ales Bialacki; Aleś Białacki
german: Ales Bjaljazki; Ales Beljazki; Ales Bjalazki
french: Alès Beliatski
lacinka: Aleś Bialacki
scholarly: Ales' Beljackij; Ales′ Bi͡ali͡at͡ski
ambiguous: Александр Беляцкий // his full name: the archive around him holds people named exactly Аляксандр Бяляцкі (generated namesakes), and he is stored as Алесь
ambiguous: Aliaksandr Bialiatski // the same: an exact namesake outranks the Ales the documenter stored
ambiguous: Alexander Bialiatski // the same, in English: Alexander is Аляксандр, which the namesakes hold as written
ukrainian: Алесь Біляцький; Ales Biliatskyi
declined: Бяляцкага; Беляцкого; Алеся Беляцкого; Alesia Bialackiego
initials: А. Бяляцкі; A. Bialiatski
ambiguous: Беляцкий А. В. // namesakes whose stored given name and patronymic both begin so are better answers than an Алесь with no patronymic
reversed: Bialiatski, Ales; Беляцкий, Алесь; BIALIATSKI Ales
typo: Ales Bialiatksi; Ales Bjaliatski; Ales Bialiatsk; Ales Bialiatskii
missing space: AlesBialiatski
patronymic: Алесь Викторович Беляцкий

@ rw-kalesnikava | f | Maryia Kalesnikava | Марыя Калеснікава | Мария Колесникова
english: Maria Kolesnikova; Mariya Kolesnikova; Maria Kalesnikava
german: Maria Kolesnikowa; Marija Kalesnikawa
polish: Maria Kolesnikowa; Maryja Kalesnikawa; Marja Kalesnikawa
french: Maria Kolesnikova
lacinka: Maryja Kaleśnikava; Maryja Kalesnikava
scholarly: Marija Kolesnikova; Marii͡a Kolesnikova
passport: Mariia Kolesnikova
declined: Колесниковой; Калеснікавай; Марии Колесниковой; Marii Kolesnikowej; Kolesnikowej
diminutive: Маша Колесникова; Masha Kalesnikava; Машы Калеснікавай
patronymic: Мария Александровна Колесникова; Колесникова Мария Александровна
reversed: Kolesnikova, Maria; KALESNIKAVA Maryia
typo: Maria Kolesnikva; Maria Kolesnikkova; Maria Kolesnicova; Марыя Калесьнікава
missing space: МарияКолесникова
caps: MARIA KOLESNIKOVA

@ rw-vbabaryka | m | Viktar Babaryka | Віктар Бабарыка | Виктор Бабарико
english: Viktor Babariko; Victor Babariko; Viktar Babaryka; Viktor Babaryka
german: Wiktor Babariko; Viktor Babariko
polish: Wiktar Babaryka; Wiktor Babaryko; Wiktor Babaryka
french: Viktor Babariko
lacinka: Viktar Babaryka
declined: Бабарыкі; Віктара Бабарыкі; Виктора Бабарико; Wiktara Babaryki; Бабарыку
patronymic: Виктор Дмитриевич Бабарико; Бабарико Виктор Дмитриевич
initials: В. Д. Бабарико; V. Babaryka; Бабарико В.Д.
typo: Viktor Babarico; Viktar Babarkya; Viktor Babaryko; Viktor Babrariko
diminutive: Витя Бабарико
caps: BABARYKA VIKTAR

@ rw-ebabaryka | m | Eduard Babaryka | Эдуард Бабарыка | Эдуард Бабарико
english: Eduard Babariko; Edward Babaryka
polish: Edward Babaryka; Edward Babaryko
french: Édouard Babariko
declined: Эдуарда Бабарико; Эдуарда Бабарыкі
diminutive: Эдик Бабарико; Edik Babaryka
patronymic: Эдуард Викторович Бабарико

@ rw-losik | m | Ihar Losik | Ігар Лосік | Игорь Лосик
english: Igor Losik; Ihar Losik
polish: Ihar Łosik; Igor Łosik
german: Igor Lossik; Ihar Lossik
french: Igor Lossik
passport: Igar Losik
scholarly: Igorʹ Losik; Igor' Losik
declined: Ігара Лосіка; Игоря Лосика; Ihara Łosika; Лосику
reversed: Losik, Ihar; Лосик Игорь Владимирович
typo: Ihar Loisk; Ihar Losyk; Igor Losick
ukrainian: Ігор Лосік; Ihor Losik

@ rw-dlosik | f | Darya Losik | Дар'я Лосік | Дарья Лосик
english: Daria Losik; Dariya Losik; Darja Losik
scholarly: Dar'ja Losik; Darʹi͡a Losik
lacinka: Darja Łosik
apostrophe: Дарʼя Лосік; Дар’я Лосік; Дарья Лосік; Дар'я Лосик
diminutive: Даша Лосик; Dasha Losik
declined: Дарьи Лосик; Дар'і Лосік

@ rw-pratasevich | m | Raman Pratasevich | Раман Пратасевіч | Роман Протасевич
english: Roman Protasevich; Roman Protasevitch
german: Roman Protassewitsch; Raman Pratassewitsch
polish: Raman Pratasiewicz; Roman Protasiewicz
lacinka: Raman Pratasievič; Raman Pratasevic
french: Roman Protassevitch
scholarly: Roman Protasevič
declined: Протасевича; Рамана Пратасевіча; Protasiewicza; Романа Протасевича
typo: Roman Protasevic; Roman Protasewich; Raman Pratasevish; Roman Prothasevich
diminutive: Рома Протасевич
patronymic: Роман Дмитриевич Протасевич
caps: PROTASEVICH ROMAN

@ rw-statkevich | m | Mikalai Statkevich | Мікалай Статкевіч | Николай Статкевич
english: Nikolai Statkevich; Nikolay Statkevich; Mikalai Statkevich
german: Nikolai Statkewitsch; Mikalaj Statkewitsch
polish: Mikałaj Statkiewicz; Nikołaj Statkiewicz; Mikołaj Statkiewicz
lacinka: Mikałaj Statkievič; Mikalaj Statkievic
french: Nikolaï Statkevitch
scholarly: Nikolaĭ Statkevich; Nikolaj Statkevič
declined: Статкевіча; Николая Статкевича; Statkiewicza
diminutive: Микола Статкевич; Mikola Statkevich; Коля Статкевич
initials: Н. В. Статкевич; M. Statkevich; Статкевич Н.
typo: Mikalai Statkevish; Nikolai Statkievich

@ rw-seviarynets | m | Pavel Seviarynets | Павел Севярынец | Павел Северинец
english: Pavel Sevyarynets; Pavel Severinets; Paval Seviarynets
polish: Paweł Siewiaryniec; Paweł Sewiaryniec
german: Pawel Sewerinez; Pawel Sewjarynez
lacinka: Paviel Sieviaryniec; Paviel Sieviarynec
french: Pavel Severinets
scholarly: Pavel Severinec
declined: Павла Севярынца; Павла Северинца; Pawła Siewiaryńca; Северинцу
typo: Pavel Severynets; Pavel Seviarinets; Pavel Sevjarynets

@ rw-znak | m | Maksim Znak | Максім Знак | Максим Знак
english: Maxim Znak; Maksim Znak
polish: Maksim Znak; Maksym Znak
declined: Максіма Знака; Максима Знака; Maksima Znaka; Знаку
diminutive: Макс Знак
patronymic: Максим Валерьевич Знак
initials: М. В. Знак; M. Znak
caps: MAKSIM ZNAK
typo: Maksim Znaak; Maksin Znak

@ rw-andreyeva | f | Katsiaryna Andreyeva (Bakhvalava) | Кацярына Андрэева (Бахвалава) | Екатерина Андреева (Бахвалова)
english: Katerina Andreeva; Ekaterina Andreyeva; Katsiaryna Bakhvalava; Yekaterina Bakhvalova; Kateryna Andreeva
german: Jekaterina Andrejewa; Kazjaryna Andrejewa
polish: Kaciaryna Andrejewa; Jekaterina Bachwałowa; Katarzyna Andrejewa
lacinka: Kaciaryna Andrejeva; Kaciaryna Bachvałava
diminutive: Катя Андреева; Katia Andreeva; Katya Andreeva
declined: Кацярыны Андрэевай; Екатерины Андреевой; Бахваловой; Andrejewej
double surname: Андреева-Бахвалова; Katsiaryna Andreyeva-Bakhvalava; Kaciaryna Andrejewa-Bachwałowa
typo: Katsiaryna Andreeyva; Katsyaryna Andreyeva

@ rw-alinevich | m | Ihar Alinevich | Ігар Аліневіч | Игорь Олиневич
english: Igor Olinevich; Ihar Alinevich
polish: Ihar Alinewicz; Igor Olinewicz
german: Igor Olinewitsch
lacinka: Ihar Alinievič
declined: Игоря Олиневича; Аліневіча
typo: Igor Olenevich; Ihar Alinevicz; Ihar Alinevih
letter variant: Ігар Алінєвіч; Игорь Алиневич

@ rw-sharenda | f | Palina Sharenda-Panasiuk | Паліна Шарэнда-Панасюк | Полина Шаренда-Панасюк
english: Polina Sharenda-Panasyuk; Palina Sharenda Panasiuk; Polina Sharenda-Panasiuk
double surname: Sharenda-Panasyuk; Panasiuk; Шаренда Панасюк; Шаренда-Панасюк Полина; Palina Panasiuk
polish: Palina Szarenda-Panasiuk; Polina Szarenda-Panasiuk
german: Polina Scharenda-Panasjuk
lacinka: Palina Šarenda-Panasiuk
declined: Паліны Шарэнды-Панасюк; Полины Шаренды-Панасюк
typo: Palina Sharenda-Panasjuk; Palina Sharneda-Panasiuk
missing space: Palina SharendaPanasiuk

@ rw-poczobut | m | Andrzej Poczobut | Андрэй Пачобут | Андрей Почобут
english: Andrzej Poczobut; Andrei Pochobut; Andrey Pachobut; Andrei Poczobut
other language form: Анджей Почобут; Анджэй Пачобут; Andrej Potschobut
french: Andrzej Poczobut
declined: Анджея Почобута; Andrzeja Poczobuta; Андрэя Пачобута; Andrzejowi Poczobutowi
typo: Andrzej Poczobutt; Andrzej Pocobut; Andrzej Poczbout

@ rw-rabkova | f | Marfa Rabkova | Марфа Рабкова | Марфа Рабкова
english: Marfa Rabkova
german: Marfa Rabkowa
polish: Marfa Rabkowa
declined: Марфы Рабковой; Марфы Рабковай; Marfy Rabkowej
patronymic: Марфа Николаевна Рабкова
typo: Marfa Rapkova; Marta Rabkova; Marfa Rabkovа
caps: RABKOVA MARFA
reversed: Rabkova, Marfa

@ rw-stefanovich | m | Valiantsin Stefanovich | Валянцін Стэфановіч | Валентин Стефанович
english: Valentin Stefanovich; Valiantsin Stefanovich
german: Walentin Stefanowitsch; Waljanzin Stefanowitsch
polish: Walancin Stefanowicz; Walenty Stefanowicz
lacinka: Valancin Stefanovič
french: Valentin Stefanovitch
ukrainian: Валентин Стефанович; Valentyn Stefanovych
declined: Валянціна Стэфановіча; Валентина Стефановича
initials: V. Stefanovich; Стефанович В.
typo: Valentin Stefanovic; Valiantsin Stefanovitch; Valiantin Stefanovich

@ rw-loika | f | Nasta Loika | Наста Лойка | Наста Лойко
english: Nasta Loika; Nastya Loiko; Anastasia Loiko; Anastasiya Loika
polish: Nasta Łojka; Nasta Lojka; Anastazja Łojka
german: Anastassija Loiko; Nasta Loika
lacinka: Nasta Łojka
russian form: Настя Лойко; Анастасия Лойко
declined: Насты Лойкі; Насти Лойко
typo: Nasta Lioka; Nasta Loyka

@ rw-dziadok | m | Mikalai Dziadok | Мікалай Дзядок | Николай Дедок
english: Nikolai Dedok; Mikola Dziadok; Nikolay Dedok
polish: Mikoła Dziadok; Mikałaj Dziadok
german: Nikolai Dedok; Mikola Dsjadok
lacinka: Mikałaj Dziadok
russian form: Микола Дедок
declined: Мікалая Дзядка; Николая Дедка; Mikoły Dziadka
typo: Mikola Dzyadok; Mikalai Dziadk

@ rw-kastusiou | m | Ryhor Kastusiou | Рыгор Кастусёў | Григорий Костусев
english: Grigory Kostusev; Ryhor Kastusyou
lacinka: Ryhor Kastusioŭ
polish: Ryhor Kastusiou; Grzegorz Kostusiew
scholarly: Grigorij Kostusev
passport: Ryhor Kastusiow
declined: Рыгора Кастусёва; Григория Костусева
letter variant: Рыгор Кастусеў; Григорий Костусёв
caps: KASTUSIOU RYHOR

@ rw-ivashin | m | Dzianis Ivashin | Дзяніс Івашын | Денис Ивашин
english: Denis Ivashin; Dzianis Ivashyn; Dzyanis Ivashin
polish: Dzianis Iwaszyn; Denis Iwaszyn
german: Denis Iwaschin
lacinka: Dzianis Ivašyn
french: Denis Ivachine
declined: Дзяніса Івашына; Дениса Ивашина
typo: Dzianis Ivahsin; Denis Ivasin
letter variant: Дзяніс Ивашын; Денис Івашин

@ rw-tsikhanouski | m | Siarhei Tsikhanouski | Сяргей Ціханоўскі | Сергей Тихановский
english: Sergei Tikhanovsky; Syarhei Tsikhanouski; Sergey Tikhanovskiy
german: Sergej Tichanowski
french: Sergueï Tikhanovski
polish: Siergiej Cichanouski; Siarhiej Cichanoŭski; Siarhiej Cichanouski
passport: Siargei Tsikhanowski
typo: Siarhei Tsikanouski; Siarhei Tsikhanousky; Sergei Tikhanovski
declined: Ціханоўскага; Тихановского; Siarhieja Cichanouskiego
diminutive: Серёжа Тихановский; Сережа Тихановский
patronymic: Сергей Леонидович Тихановский
ambiguous: Siergiej Ciechanowski // Ciechanowski is a common Polish surname in its own right: a Polonized form only a reader who knows the man makes
ambiguous: Сергей Леонидович // a given name and patronymic alone: the archive states no patronymic, so every Сергей is as good an answer

@ rw-tsikhanouskaya | f | Sviatlana Tsikhanouskaya | Святлана Ціханоўская | Светлана Тихановская
english: Svetlana Tikhanovskaya; Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaia
german: Swetlana Tichanowskaja
polish: Swiatłana Cichanouska; Swietłana Cichanowska
french: Svetlana Tikhanovskaïa
lacinka: Sviatłana Cichanoŭskaja
ukrainian: Світлана Тихановська; Svitlana Tykhanovska
declined: Ціханоўскай; Тихановской; Swiatłany Cichanouskiej
diminutive: Света Тихановская
caps: TSIKHANOUSKAYA
reversed: Tsikhanouskaya, Sviatlana

@ rw-lukashenka | m | Aliaksandr Lukashenka | Аляксандр Лукашэнка | Александр Лукашенко
english: Alexander Lukashenko; Aleksandr Lukashenko
german: Alexander Lukaschenko
polish: Aleksander Łukaszenka
french: Alexandre Loukachenko
ukrainian: Олександр Лукашенко
declined: Лукашэнкі; Лукашенку
initials: А. Г. Лукашенко
scholarly: Ali͡aksandr Lukashėnka

@ rw-kastsiuhova | f | Valeryia Kastsiuhova | Валерыя Касцюгова | Валерия Костюгова
english: Valeria Kostyugova; Valeriya Kostiugova
polish: Waleryja Kaściuhowa; Waleria Kostiugowa
german: Walerija Kostjugowa
lacinka: Valeryja Kaściuhova
declined: Касцюговай; Валерии Костюговой
typo: Valeria Kostyugva

@ rw-zhamchuzhny | m | Mikhail Zhamchuzhny | Міхаіл Жамчужны | Михаил Жемчужный
english: Mikhail Zhemchuzhny; Mikhail Zhamchuzhny; Mikhail Zhemchuzhnyi
german: Michail Schemtschuschny
polish: Michaił Żemczużny; Michaił Żamczużny
lacinka: Michaił Žamčužny
declined: Жемчужного; Міхаіла Жамчужнага
typo: Mikhail Zhemchuzny

@ rw-belavus | m | Pavel Belavus | Павел Белавус | Павел Белоус
english: Pavel Belavus; Pavel Belous
polish: Paweł Białous; Paweł Biełavus
lacinka: Paviel Bielavus
declined: Павла Белавуса; Белоуса
typo: Pavel Belavuss

@ rw-merkis | m | Yauhen Merkis | Яўген Меркіс | Евгений Меркис
english: Yevgeny Merkis; Evgenii Merkis; Yauhen Merkis
polish: Jauhien Merkis; Eugeniusz Merkis
german: Jewgeni Merkis
lacinka: Jaŭhien Mierkis
declined: Яўгена Меркіса; Евгения Меркиса
diminutive: Женя Меркис

@ rw-vinahradau | m | Pavel Vinahradau | Павел Вінаградаў | Павел Виноградов
english: Pavel Vinogradov; Pavel Vinahradau
german: Pawel Winogradow
polish: Paweł Winahradau; Paweł Winogradow
lacinka: Paviel Vinahradaŭ
declined: Paula Vinahradava; Павла Виноградова
ambiguous: Виноградова // the genitive of Виноградов is also the feminine surname: a woman named Виноградова matches it as written
typo: Pavel Vinogradv

@ rw-palchys | m | Eduard Palchys | Эдуард Пальчыс | Эдуард Пальчис
english: Eduard Palchis; Eduard Palchys; Edward Palchys
polish: Edward Palczys; Eduard Palczys
lacinka: Eduard Palčys
scholarly: Èduard Pal'čis
declined: Эдуарда Пальчиса
diminutive: Эдик Пальчис

@ rw-slaunikava | f | Iryna Slaunikava | Ірына Слаўнікава | Ирина Славникова
english: Irina Slavnikova; Iryna Slaunikava
polish: Iryna Sławnikawa; Iryna Slaunikawa
german: Irina Slawnikowa
lacinka: Iryna Słaŭnikava
declined: Ірыны Слаўнікавай; Ирины Славниковой
typo: Irina Slavnikva

@ rw-bantser | m | Ihar Bantser | Ігар Банцэр | Игорь Банцер
english: Igor Bantser; Ihar Bantsar
german: Igor Banzer
polish: Ihar Bancer
lacinka: Ihar Bancer
declined: Ігара Банцэра; Игоря Банцера

@ rw-navalny | m | Aleksei Navalnyi | Аляксей Навальны | Алексей Навальный
english: Alexei Navalny; Alexey Navalny; Aleksey Navalnyy
german: Alexej Nawalny
polish: Aleksiej Nawalny
french: Alexeï Navalny
czech: Alexej Navalnyj
scholarly: Aleksej Naval'nyj; Alekseĭ Navalʹnyĭ
ukrainian: Олексій Навальний; Oleksii Navalnyi
declined: Навального; Алексея Навального; Nawalnego
diminutive: Лёша Навальный; Lyosha Navalny
patronymic: Алексей Анатольевич Навальный
caps: NAVALNY

@ rw-navalnaya | f | Iuliia Navalnaia | Юлія Навальная | Юлия Навальная
english: Yulia Navalnaya; Yulia Navalnaja; Julia Navalnaya
german: Julija Nawalnaja
polish: Julia Nawalna
declined: Юлии Навальной; Navalnoj
scholarly: Ûliâ Naval'naâ

@ rw-kara-murza | m | Vladimir Kara-Murza | Уладзімір Кара-Мурза | Владимир Кара-Мурза
english: Vladimir Kara Murza; Vladimir Karamurza
german: Wladimir Kara-Murza
polish: Władimir Kara-Murza; Włodzimierz Kara-Murza
french: Vladimir Kara-Mourza
declined: Владимира Кара-Мурзы; Кара-Мурзу
diminutive: Володя Кара-Мурза
initials: V. Kara-Murza; В. Кара-Мурза

@ rw-yashin | m | Ilia Iashin | Ілья Яшын | Илья Яшин
english: Ilya Yashin; Ilia Yashin
german: Ilja Jaschin
polish: Ilja Jaszyn
french: Ilia Iachine
declined: Ильи Яшина; Яшыну
typo: Ilya Yahsin

@ rw-skochilenko | f | Aleksandra Skochilenko | Аляксандра Скачыленка | Александра Скочиленко
english: Alexandra Skochilenko; Sasha Skochilenko
german: Alexandra Skotschilenko
french: Alexandra Skotchilenko
polish: Aleksandra Skoczylenko
diminutive: Саша Скочиленко
declined: Александры Скочиленко

@ rw-berkovich | f | Evgeniia Berkovich | Яўгенія Беркавіч | Евгения Беркович
english: Yevgenia Berkovich; Evgenia Berkovich; Zhenya Berkovich
german: Jewgenija Berkowitsch
polish: Jewgienija Berkowicz
diminutive: Женя Беркович
declined: Евгении Беркович

@ rw-gershkovich | m | Evan Gershkovich | Эван Гершковіч | Эван Гершкович
german: Evan Gerschkowitsch
declined: Гершковича; Эвана Гершковича
typo: Evan Gerskovich; Evan Gershkovitch

@ rw-fadeeva | f | Kseniia Fadeeva | Ксенія Фадзеева | Ксения Фадеева
english: Ksenia Fadeyeva; Kseniya Fadeeva
german: Xenia Fadejewa; Ksenija Fadejewa
polish: Ksenia Fadiejewa
declined: Ксении Фадеевой
diminutive: Ксюша Фадеева

@ rw-pivovarov | m | Andrei Pivovarov | Андрэй Півавараў | Андрей Пивоваров
english: Andrei Pivovarov; Andrey Pivovarov
german: Andrej Piwowarow
polish: Andriej Piwowarow
declined: Андрея Пивоварова

@ rw-sentsov | m | Oleh Sentsov | Алег Сянцоў | Олег Сенцов
english: Oleg Sentsov
german: Oleg Senzow
polish: Ołeh Sencow; Oleg Sencow
french: Oleg Sentsov
declined: Олега Сенцова; Сенцову

@ rw-dzhelyal | m | Nariman Dzhelial | Нарыман Джэлял | Нариман Джелял
english: Nariman Dzhelyal; Nariman Celal
german: Nariman Dscheljal
polish: Nariman Dżelal
declined: Наримана Джеляла

@ rw-butkevych | m | Maksym Butkevych | Максім Буткевіч | Максим Буткевич
english: Maxim Butkevich; Maksym Butkevych
german: Maksym Butkewytsch
polish: Maksym Butkewycz
declined: Максима Буткевича

@ rw-kolchenko | m | Oleksandr Kolchenko | Аляксандр Кольчанка | Александр Кольченко
english: Alexander Kolchenko; Oleksandr Kolchenko
polish: Ołeksandr Kolczenko
german: Alexander Koltschenko
ukrainian: Олександр Кольченко
diminutive: Саша Кольченко; Sasha Kolchenko

@ rw-kozlovskyi | m | Ihor Kozlovskyi | Ігар Казлоўскі | Игорь Козловский
english: Igor Kozlovsky; Ihor Kozlovsky; Ihor Kozlovskyy
german: Ihor Koslowskyj
ukrainian: Ігор Козловський
declined: Игоря Козловского
ambiguous: Igor Kozłowski // the Polish surname Kozłowski is another family name: only the context makes it this man

@ rw-karpiuk | m | Mykola Karpiuk | Мікалай Карпюк | Николай Карпюк
english: Mykola Karpyuk; Nikolai Karpyuk
polish: Mykoła Karpiuk
ukrainian: Микола Карпюк
declined: Миколи Карпюка; Николая Карпюка

@ rw-chornovil | m | Viacheslav Chornovil | Вячаслаў Чарнавол | Вячеслав Черновол
ukrainian: В'ячеслав Чорновіл; V'iacheslav Chornovil; Vyacheslav Chornovil
german: Wjatscheslaw Tschornowil
declined: Вячеслава Черновола
ambiguous: Вячеслав Чорновил // the Russian press writes the Ukrainian surname both Чорновил and Черновол: the root vowel і/о differs (ikavism)

# rw-r-zhylka | m | Жилка Владимир Адамович
belarusian: Уладзімір Жылка; Uladzimir Zhylka
lacinka: Uładzimir Žyłka
initials: Жилка В. А.; Жылка У.
english: Vladimir Zhilka

# rw-r-charot | m | Чарот Михаил Семенович
belarusian: Міхась Чарот; Mikhas Charot; Міхаіл Чарот
english: Mikhail Charot
declined: Чарота

# rw-r-halubok | m | Голубок Владислав Иосифович
belarusian: Уладзіслаў Галубок; Uladzislau Halubok
polish: Władysław Hołubok
lacinka: Uładzisłaŭ Hałubok
initials: Голубок В. И.

# rw-r-ihnatouski | m | Игнатовский Всеволод Макарович
belarusian: Усевалад Ігнатоўскі; Usevalad Ihnatouski; Usievalad Ihnatouski
polish: Wsiewołod Ignatowski
english: Vsevolod Ignatovsky
lacinka: Usievaład Ihnatoŭski
declined: Игнатовского
"""


def _cases_and_reasons(text: str) -> tuple[str, dict[str, str]]:
    """The table without its `// reason` comments, and the reason of each ambiguous query."""
    lines, reasons = [], {}
    for line in text.splitlines():
        body, _sep, reason = line.partition("//")
        if reason:
            reasons[body.partition(":")[2].strip()] = reason.strip()
        lines.append(body.rstrip())
    return "\n".join(lines), reasons


_TEXT, AMBIGUOUS = _cases_and_reasons(_TABLE)
PEOPLE, CASES = parse(_TEXT)


def cases(*, ambiguous: bool = True) -> Iterator[Case]:
    """Every query of the table (class, query, the person it must find)."""
    yield from (c for c in CASES if ambiguous or c.kind != "ambiguous")


def documents(people: list[Stored] | None = None) -> list[dict[str, object]]:
    """The table's people as interchange documents (what the archive stores)."""
    return _documents(PEOPLE if people is None else people)
