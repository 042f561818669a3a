"""A third table of name spellings: more real people, written after the search code (issue 11).

tests/data/attested_spellings.py was written alongside the folding rules it
tests. This table was written afterwards, the way the held-out check is
built, to catch what those rules miss: real people the code was never tuned
to, each with the spellings that media, passports (ICAO 9303), BGN/PCGN,
ISO 9, the Belarusian national systems, Łacinka, the Ukrainian national
system of 2010, Crimean Tatar, Tatar, Azerbaijani and Lithuanian Latin, and
the Polish, German, Czech, French and Dutch press give them: surname first,
initials, a patronymic present or absent, declined forms, diminutives,
one-slip typos and namesakes (two Gumilyovs, two Ginzburgs, an Orlov and
a Kovalev beside the first table's).

The people are stored the way the held-out archive stores them:

* FIGURES (`@`): Belarusian political prisoners and public figures,
  Russian, Ukrainian, Crimean Tatar, Chechen and Dagestani prisoners and
  journalists, with their passport Latin name and Belarusian and Russian
  Cyrillic names only;
* RECORDS (`#`): Soviet-era repressed people (Russians, Belarusians,
  Ukrainians, Jews, Tatars, Crimean Tatars, Lithuanians, Latvians,
  Georgians, Armenians, an Azerbaijani and a Pole) in the Memorial style:
  Russian Cyrillic only, surname first, with a patronymic where the record
  gives one.

The block format is attested_spellings'; tests/db/test_name_table.py runs
every case and bench/bench_names.py --table world prints the misses.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.data.attested_spellings import Stored, parse
from tests.data.attested_spellings import documents as _documents
from tests.data.name_spellings import Case

_TABLE = """
@ w-putsila | m | Stsiapan Putsila | Сцяпан Пуціла | Степан Путило
english: Stepan Putilo; Stsiapan Putsila
polish: Stepan Putiło; Ściapan Puciła
lacinka: Sciapan Puciła
french: Stepan Poutilo
declined: Степана Путило; Сцяпана Пуцілы
surname first: Putilo, Stepan
typo: Stepan Puttilo

@ w-sapega | f | Sofia Sapega | Сафія Сапега | Софья Сапега
english: Sofia Sapega; Sofiya Sapega; Sofya Sapega
polish: Sofia Sapiega; Zofia Sapiega
german: Sofia Sapega
declined: Софии Сапеги; Sofii Sapiegi
diminutive: Соня Сапега
typo: Sofia Sapgea

@ w-khizhynkova | f | Volha Khizhynkova | Вольга Хіжынкова | Ольга Хижинкова
english: Olga Khizhinkova; Volha Khizhynkova
german: Olga Chischinkowa
polish: Wolha Chiżynkowa; Olga Chiżynkowa
lacinka: Volha Chižynkova
declined: Вольгі Хіжынковай; Ольги Хижинковой
diminutive: Оля Хижинкова
typo: Olga Khizhnikova

@ w-dyleuski | m | Siarhei Dyleuski | Сяргей Дылеўскі | Сергей Дылевский
english: Sergei Dylevsky; Sergey Dylevskiy
german: Sergej Dylewski
polish: Siarhiej Dylewski; Siergiej Dylewski
lacinka: Siarhiej Dyleŭski
declined: Сергея Дылевского; Dylewskiego
typo: Siarhei Dyleuksi

@ w-kavalkova | f | Volha Kavalkova | Вольга Кавалькова | Ольга Ковалькова
english: Olga Kovalkova; Volha Kavalkova
german: Olga Kowalkowa
polish: Wolha Kawalkowa; Olga Kowalkowa
declined: Ольги Ковальковой; Вольгі Кавальковай
diminutive: Оля Ковалькова

@ w-milinkevich | m | Aliaksandr Milinkevich | Аляксандр Мілінкевіч | Александр Милинкевич
english: Alexander Milinkevich; Alyaksandr Milinkevich
german: Alexander Milinkewitsch; Aljaksandr Milinkewitsch
polish: Aleksander Milinkiewicz
french: Alexandre Milinkevitch
czech: Alexandr Milinkevič
lacinka: Alaksandar Milinkievič
declined: Милинкевича; Milinkiewicza; Аляксандра Мілінкевіча
diminutive: Ales Milinkevich
initials: A. Milinkevich
typo: Alexander Milinkevic

@ w-marynich | m | Mikhail Marynich | Міхаіл Марыніч | Михаил Маринич
english: Mikhail Marinich; Mikhail Marynich
polish: Michaił Marynicz; Michaił Marinicz
german: Michail Marinitsch
french: Mikhaïl Marinitch
declined: Михаила Маринича

@ w-karatkevich | m | Uladzimir Karatkevich | Уладзімір Караткевіч | Владимир Короткевич
english: Vladimir Korotkevich; Uladzimir Karatkevich
polish: Władimir Karatkiewicz; Uładzimir Karatkiewicz
lacinka: Uładzimir Karatkievič
german: Wladimir Korotkewitsch
czech: Uladzimir Karatkevič
declined: Караткевіча; Уладзіміра Караткевіча; Короткевича
diminutive: Володя Короткевич
surname first: Karatkevich, Uladzimir

@ w-baradulin | m | Ryhor Baradulin | Рыгор Барадулін | Григорий Бородулин
english: Ryhor Baradulin; Grigory Borodulin
polish: Ryhor Baradulin
german: Ryhor Baradulin; Grigori Borodulin
declined: Рыгора Барадуліна; Григория Бородулина

@ w-hilevich | m | Nil Hilevich | Ніл Гілевіч | Нил Гилевич
english: Nil Gilevich; Nil Hilevich
polish: Nił Hilewicz; Nił Gilewicz
lacinka: Nił Hilevič
german: Nil Gilewitsch
declined: Ніла Гілевіча

@ w-biabenin | m | Aleh Biabenin | Алег Бябенін | Олег Бебенин
english: Oleg Bebenin; Aleh Byabenin; Aleg Bebenin
polish: Aleh Biabienin; Oleg Biebienin
lacinka: Aleh Biabienin
french: Oleg Bebenine
declined: Олега Бебенина; Алега Бябеніна

@ w-sheremet | m | Pavel Sheremet | Павел Шарамет | Павел Шеремет
english: Pavel Sheremet; Pavel Sharamet
ukrainian: Павло Шеремет; Pavlo Sheremet
polish: Paweł Szeremet
german: Pawel Scheremet
french: Pavel Cheremet
declined: Павла Шеремета; Шарамета
typo: Pavel Sheremmet; Pavel Sheremed

@ w-zavadski | m | Dzmitry Zavadski | Дзмітрый Завадскі | Дмитрий Завадский
english: Dmitry Zavadsky; Dmitri Zavadski
polish: Dmitrij Zawadski; Dzmitryj Zawadski; Dmitrij Zawadzki
german: Dmitri Sawadski
lacinka: Dzmitryj Zavadski
declined: Дмитрия Завадского
diminutive: Дима Завадский

@ w-hanchar | m | Viktar Hanchar | Віктар Ганчар | Виктор Гончар
english: Viktor Gonchar; Viktar Hanchar
polish: Wiktar Hanczar; Wiktor Gonczar
german: Wiktor Gontschar
lacinka: Viktar Hančar
french: Viktor Gontchar
declined: Віктара Ганчара; Виктора Гончара

@ w-zakharanka | m | Yury Zakharanka | Юрый Захаранка | Юрий Захаренко
english: Yuri Zakharenko; Yuriy Zakharenko
polish: Jury Zacharanka; Jurij Zacharenko
german: Juri Sacharenko
lacinka: Jury Zacharanka
declined: Юрыя Захаранкі; Юрия Захаренко
surname first: Zakharenko, Yuri

@ w-krasouski | m | Anatol Krasouski | Анатоль Красоўскі | Анатолий Красовский
english: Anatoly Krasovsky; Anatol Krasouski
polish: Anatol Krasowski
german: Anatoli Krassowski
lacinka: Anatol Krasoŭski
declined: Анатоля Красоўскага; Красовского

@ w-tankachova | f | Alena Tankachova | Алена Танкачова | Елена Тонкачёва
english: Elena Tonkacheva; Yelena Tonkachyova
polish: Alena Tankaczowa; Jelena Tonkaczowa
german: Jelena Tonkatschowa
lacinka: Alena Tankačova
declined: Алены Танкачовай; Елены Тонкачёвой
diminutive: Лена Тонкачёва

@ w-palazhanka | f | Anastasiya Palazhanka | Анастасія Палажанка | Анастасия Положанко
english: Nasta Palazhanka; Anastasia Polozhanko
polish: Nasta Pałażanka
lacinka: Nasta Pałažanka
german: Nasta Palaschanka
diminutive: Настя Положанко; Наста Палажанка
declined: Насты Палажанкі

@ w-matskevich | m | Uladzimir Matskevich | Уладзімір Мацкевіч | Владимир Мацкевич
english: Vladimir Matskevich
polish: Uładzimir Mackiewicz; Włodzimierz Mackiewicz
german: Wladimir Mazkewitsch
lacinka: Uładzimir Mackievič
declined: Уладзіміра Мацкевіча
typo: Uladzimir Matskevic

@ w-mazheika | m | Pavel Mazheika | Павел Мажэйка | Павел Мажейко
english: Pavel Mazheiko; Pavel Mazheika
polish: Paweł Mażejka
german: Pawel Maschejko
lacinka: Paviel Mažejka
declined: Павла Мажэйкі; Мажейко

@ w-aliaksandrau | m | Andrei Aliaksandrau | Андрэй Аляксандраў | Андрей Александров
english: Andrey Alexandrov; Andrei Aleksandrov
polish: Andrej Aleksandrau; Andriej Aleksandrow
german: Andrei Alexandrow
lacinka: Andrej Alaksandraŭ
declined: Андрэя Аляксандрава; Андрея Александрова
typo: Andrei Aleksandrau

@ w-kuznechyk | m | Andrei Kuznechyk | Андрэй Кузнечык | Андрей Кузнечик
english: Andrey Kuznechik; Andrei Kuznechyk
polish: Andrej Kuznieczyk
german: Andrei Kusnetschik
lacinka: Andrej Kuzniečyk
declined: Андрэя Кузнечыка; Kuznieczyka

@ w-karnei | m | Ihar Karnei | Ігар Карней | Игорь Карней
english: Igor Karnei; Igor Karney
polish: Ihar Karniej
german: Igor Karnej
declined: Ігара Карнея; Игоря Карнея

@ w-barysevich | f | Katsiaryna Barysevich | Кацярына Барысевіч | Екатерина Борисевич
english: Katerina Borisevich; Ekaterina Borisevich; Katsyaryna Barysevich
polish: Kaciaryna Barysiewicz
german: Jekaterina Borissewitsch
lacinka: Kaciaryna Barysievič
diminutive: Катя Борисевич; Katya Borisevich
declined: Кацярыны Барысевіч; Екатерины Борисевич

@ w-chekina | f | Liudmila Chekina | Людміла Чэкіна | Людмила Чекина
english: Lyudmila Chekina; Ludmila Chekina
polish: Ludmiła Czekina
german: Ljudmila Tschekina
lacinka: Ludmiła Čekina
declined: Людмилы Чекиной
diminutive: Люда Чекина

@ w-zolatava | f | Maryna Zolatava | Марына Золатава | Марина Золотова
english: Marina Zolotova; Maryna Zolatava
polish: Maryna Zołatawa
german: Marina Solotowa
lacinka: Maryna Zołatava
declined: Марыны Золатавай; Марины Золотовой
typo: Marina Zolotva

@ w-ziankovich | m | Yury Ziankovich | Юрый Зянковіч | Юрий Зенкович
english: Yuri Zenkovich; Yury Ziankovich
polish: Jurij Zienkowicz; Jury Zienkowicz
german: Juri Senkowitsch
lacinka: Jury Ziankovič
declined: Юрия Зенковича

@ w-zalatarou | m | Mikita Zalatarou | Мікіта Залатароў | Никита Золотарёв
english: Nikita Zolotarev; Nikita Zolotaryov
polish: Mikita Załatarou; Nikita Zołotariow
german: Nikita Solotarjow
lacinka: Mikita Załataroŭ
declined: Мікіты Залатарова; Никиты Золотарёва

@ w-chapiuk | m | Andrei Chapiuk | Андрэй Чапюк | Андрей Чапюк
english: Andrei Chapyuk; Andrey Chapyuk
polish: Andrej Czapiuk
german: Andrei Tschapjuk
lacinka: Andrej Čapiuk
declined: Андрэя Чапюка

@ w-petrukhin | m | Siarhei Petrukhin | Сяргей Петрухін | Сергей Петрухин
english: Sergei Petrukhin; Sergey Petrukhin
polish: Siarhiej Pietruchin; Siergiej Pietruchin
german: Sergej Petruchin
declined: Сергея Петрухина
typo: Sergei Petrukin

@ w-borys | f | Anzhalika Borys | Анжаліка Борыс | Анжелика Борис
polish: Andżelika Borys
english: Anzhelika Borys; Angelika Borys
lacinka: Anžalika Borys
declined: Анжалікі Борыс; Andżeliki Borys
surname first: Borys, Andżelika

@ w-sokalau | m | Siarhei Sokalau-Voyush | Сяргей Сокалаў-Воюш | Сергей Соколов-Воюш
belarusian: Сяржук Сокалаў-Воюш; Siarzhuk Sokalau-Voyush
lacinka: Siaržuk Sokałaŭ-Vojuš
english: Sergei Sokolov-Voyush; Siarhei Sokalau
german: Sergej Sokolow-Wojusch
hyphenated: Сокалаў Воюш; Sokalau Voyush

@ w-petriychuk | f | Svetlana Petriichuk | Святлана Пятрыйчук | Светлана Петрийчук
english: Svetlana Petriychuk; Svetlana Petriichuk
german: Swetlana Petrijtschuk
polish: Swietłana Pietrijczuk
french: Svetlana Petriïtchouk
declined: Светланы Петрийчук
diminutive: Света Петрийчук

@ w-safronov | m | Ivan Safronov | Іван Сафронаў | Иван Сафронов
english: Ivan Safronov
german: Iwan Safronow
polish: Iwan Safronow
declined: Ивана Сафронова
typo: Ivan Safranov

@ w-kurmasheva | f | Alsu Kurmasheva | Алсу Курмашава | Алсу Курмашева
english: Alsu Kurmasheva
tatar: Alsu Qurmaşeva
german: Alsu Kurmaschewa
polish: Ałsu Kurmaszewa
french: Alsou Kourmacheva
declined: Алсу Курмашевой
surname first: Kurmasheva, Alsu

@ w-miftakhov | m | Azat Miftakhov | Азат Міфтахаў | Азат Мифтахов
english: Azat Miftakhov
tatar: Azat Miftaxov
german: Asat Miftachow
polish: Azat Miftachow
declined: Азата Мифтахова

@ w-titiev | m | Oiub Titiev | Аюб Ціціеў | Оюб Титиев
english: Oyub Titiev; Oyub Titiyev
german: Ojub Titijew
polish: Ojub Titijew
french: Oïoub Titiev
declined: Оюба Титиева
typo: Oyub Titeiv

@ w-musaeva | f | Zarema Musaeva | Зарэма Мусаева | Зарема Мусаева
english: Zarema Musayeva; Zarema Musaeva
german: Sarema Mussajewa
polish: Zarema Musajewa
french: Zarema Moussaïeva
declined: Заремы Мусаевой

@ w-estemirova | f | Natalia Estemirova | Наталля Эстэмірава | Наталья Эстемирова
english: Natalya Estemirova; Natalia Estemirova
german: Natalja Estemirowa
polish: Natalia Estemirowa
declined: Натальи Эстемировой
diminutive: Наташа Эстемирова

@ w-gadzhiev | m | Abdulmumin Gadzhiev | Абдулмумін Гаджыеў | Абдулмумин Гаджиев
english: Abdulmumin Gadzhiyev; Abdulmumin Gajiev
german: Abdulmumin Gadschijew
polish: Abdułmumin Gadżyjew
french: Abdoulmoumine Gadjiev
declined: Абдулмумина Гаджиева

@ w-melkonyants | m | Grigorii Melkoniants | Рыгор Мельканьянц | Григорий Мельконьянц
english: Grigory Melkonyants; Grigoriy Melkonyants
german: Grigori Melkonjanz
polish: Grigorij Mełkonianc
declined: Григория Мельконьянца
typo: Grigory Melkonyanc

@ w-roizman | m | Evgenii Roizman | Яўген Ройзман | Евгений Ройзман
english: Yevgeny Roizman; Evgeny Roizman; Yevgeniy Royzman
german: Jewgeni Roisman
polish: Jewgienij Rojzman
french: Evgueni Roïzman
declined: Евгения Ройзмана
diminutive: Женя Ройзман

@ w-favorskaya | f | Antonina Favorskaia | Антаніна Фаворская | Антонина Фаворская
english: Antonina Favorskaya
german: Antonina Faworskaja
declined: Антонины Фаворской
diminutive: Тоня Фаворская

@ w-ponomarenko | f | Mariia Ponomarenko | Марыя Панамаранка | Мария Пономаренко
english: Maria Ponomarenko; Mariya Ponomarenko
german: Marija Ponomarenko
ukrainian: Марія Пономаренко
diminutive: Маша Пономаренко
declined: Марии Пономаренко

@ w-kriger | m | Mikhail Kriger | Міхаіл Крыгер | Михаил Кригер
english: Mikhail Kriger; Michael Kriger
german: Michail Krieger; Michail Kriger
polish: Michaił Kriger
declined: Михаила Кригера

@ w-savchenko | f | Nadiia Savchenko | Надзея Саўчанка | Надежда Савченко
ukrainian: Надія Савченко; Nadiya Savchenko; Nadia Savchenko
english: Nadezhda Savchenko
german: Nadija Sawtschenko
polish: Nadia Sawczenko; Nadija Sawczenko
french: Nadia Savtchenko
czech: Naďa Savčenková
declined: Надежды Савченко; Надії Савченко
diminutive: Надя Савченко

@ w-sushchenko | m | Roman Sushchenko | Раман Сушчэнка | Роман Сущенко
ukrainian: Роман Сущенко
german: Roman Suschtschenko
polish: Roman Suszczenko
french: Roman Souchtchenko
czech: Roman Suščenko
declined: Романа Сущенко

@ w-aseyev | m | Stanislav Aseiev | Станіслаў Асееў | Станислав Асеев
ukrainian: Станіслав Асєєв; Stanislav Aseyev; Stanislav Asieiev
german: Stanislaw Assejew
polish: Stanisław Asiejew
french: Stanislav Asseïev
declined: Станислава Асеева

@ w-balukh | m | Volodymyr Balukh | Уладзімір Балух | Владимир Балух
ukrainian: Володимир Балух
english: Vladimir Balukh
german: Wolodymyr Baluch
polish: Wołodymyr Bałuch
declined: Владимира Балуха
diminutive: Володя Балух

@ w-yesypenko | m | Vladyslav Yesypenko | Уладзіслаў Есіпенка | Владислав Есипенко
ukrainian: Владислав Єсипенко
english: Vladislav Yesipenko
german: Wladyslaw Jessypenko
polish: Władysław Jesypenko
french: Vladyslav Iessypenko
declined: Владислава Есипенко

@ w-butkevych | m | Maksym Butkevych | Максім Буткевіч | Максим Буткевич
ukrainian: Максим Буткевич
english: Maksim Butkevich; Maxim Butkevich
german: Maksym Butkewytsch
polish: Maksym Butkiewicz
declined: Максима Буткевича

@ w-roshchyna | f | Viktoriia Roshchyna | Вікторыя Рошчына | Виктория Рощина
ukrainian: Вікторія Рощина; Viktoria Roshchyna
english: Viktoria Roshchina; Victoria Roshchyna
german: Viktorija Roschtschyna
polish: Wiktoria Roszczyna
french: Viktoria Rochtchyna
declined: Виктории Рощиной

@ w-dzhemilev | m | Mustafa Dzhemilev | Мустафа Джэмілеў | Мустафа Джемилев
crimean tatar: Mustafa Cemilev
english: Mustafa Jemilev; Mustafa Dzhemiliev
german: Mustafa Dschemilew
polish: Mustafa Dżemilew
french: Moustafa Djemilev
ukrainian: Мустафа Джемілєв
declined: Мустафы Джемилева

@ w-umerov | m | Ilmi Umerov | Ільмі Умераў | Ильми Умеров
crimean tatar: İlmi Ümerov
german: Ilmi Umerow
ukrainian: Ільмі Умеров
declined: Ильми Умерова

@ w-danylovych | f | Iryna Danylovych | Ірына Даніловіч | Ирина Данилович
ukrainian: Ірина Данилович
english: Irina Danilovich
german: Iryna Danylowytsch
polish: Iryna Danyłowycz
declined: Ирины Данилович

# w-florensky | m | Флоренский Павел Александрович
english: Pavel Florensky; Pavel Florenskii
german: Pawel Florenski
french: Paul Florensky
polish: Paweł Florenski
declined: Флоренского; Павла Флоренского
initials: П. А. Флоренский; P. A. Florensky
surname first: Florensky, Pavel

# w-gumilev | m | Гумилёв Николай Степанович
english: Nikolai Gumilev; Nikolay Gumilyov
german: Nikolai Gumiljow
french: Nikolaï Goumilev
polish: Mikołaj Gumilow; Nikołaj Gumilow
initials: Н. С. Гумилёв
patronymic: Николай Степанович Гумилёв
declined: Николая Гумилёва

# w-lgumilev | m | Гумилёв Лев Николаевич
english: Lev Gumilev; Lev Gumilyov
german: Lew Gumiljow
polish: Lew Gumilow
initials: Л. Н. Гумилёв
declined: Льва Гумилёва

# w-klyuev | m | Клюев Николай Алексеевич
english: Nikolai Klyuev; Nikolay Kliuev
german: Nikolai Kljujew
polish: Mikołaj Klujew
french: Nikolaï Kliouev
declined: Клюева

# w-shalamov | m | Шаламов Варлам Тихонович
english: Varlam Shalamov
german: Warlam Schalamow
french: Varlam Chalamov
polish: Warłam Szałamow
czech: Varlam Šalamov
declined: Варлама Шаламова
initials: В. Т. Шаламов

# w-eginzburg | f | Гинзбург Евгения Соломоновна
english: Evgenia Ginzburg; Yevgenia Ginzburg; Eugenia Ginzburg
german: Jewgenija Ginsburg
polish: Jewgienija Ginzburg
french: Evguénia Guinzbourg
declined: Евгении Гинзбург

# w-aginzburg | m | Гинзбург Александр Ильич
english: Alexander Ginzburg; Aleksandr Ginzburg
german: Alexander Ginsburg
french: Alexandre Guinzbourg
diminutive: Алик Гинзбург
initials: А. И. Гинзбург

# w-landau | m | Ландау Лев Давидович
english: Lev Landau
german: Lew Landau
declined: Льва Ландау
initials: Л. Д. Ландау

# w-tupolev | m | Туполев Андрей Николаевич
english: Andrei Tupolev; Andrey Tupolev
german: Andrei Tupolew
polish: Andriej Tupolew
french: Andreï Toupolev
declined: Андрея Туполева

# w-uborevich | m | Уборевич Иероним Петрович
english: Ieronim Uborevich; Yeronim Uborevich
lithuanian: Jeronimas Uborevičius
german: Ieronim Uborewitsch
polish: Hieronim Uborewicz
declined: Уборевича

# w-yakir | m | Якир Иона Эммануилович
english: Iona Yakir
german: Iona Jakir
polish: Jona Jakir
yiddish: Yona Yakir
declined: Ионы Якира
initials: И. Э. Якир

# w-blyukher | m | Блюхер Василий Константинович
english: Vasily Blyukher; Vasily Blücher; Vasiliy Bliukher
german: Wassili Blücher; Wassili Bljucher
french: Vassili Bliukher
polish: Wasilij Blucher
declined: Блюхера

# w-rudzutak | m | Рудзутак Ян Эрнестович
latvian: Jānis Rudzutaks
english: Yan Rudzutak; Jan Rudzutak
german: Jan Rudsutak
declined: Рудзутака

# w-eikhe | m | Эйхе Роберт Индрикович
latvian: Roberts Eihe
english: Robert Eikhe
german: Robert Eiche
polish: Robert Ejche

# w-stus | m | Стус Василий Семенович
ukrainian: Василь Стус; Vasyl Stus
english: Vasily Stus
german: Wassyl Stus
polish: Wasyl Stus
declined: Василя Стуса; Стуса
patronymic: Василь Семенович Стус

# w-chornovil | m | Чорновол Вячеслав Максимович
ukrainian: В'ячеслав Чорновіл; Viacheslav Chornovil; Vyacheslav Chornovil
german: Wjatscheslaw Tschornowil
polish: Wiaczesław Czornowił
declined: Чорновола

# w-svitlychny | m | Светличный Иван Алексеевич
ukrainian: Іван Світличний; Ivan Svitlychnyi; Ivan Svitlychny
english: Ivan Svetlichny
german: Iwan Switlytschnyj
polish: Iwan Swietliczny
declined: Светличного

# w-lukyanenko | m | Лукьяненко Лев Григорьевич
ukrainian: Левко Лук'яненко; Levko Lukianenko; Levko Lukyanenko
english: Lev Lukyanenko
german: Lewko Lukjanenko
polish: Łewko Łukjanenko

# w-pidmohylny | m | Подмогильный Валерьян Петрович
ukrainian: Валер'ян Підмогильний; Valerian Pidmohylny; Valerian Pidmohylnyi
english: Valerian Podmogilny
german: Walerjan Pidmohylnyj
declined: Подмогильного

# w-kulish | m | Кулиш Николай Гурьевич
ukrainian: Микола Куліш; Mykola Kulish
english: Nikolai Kulish
german: Mykola Kulisch
polish: Mykoła Kulisz
declined: Кулиша; Миколи Куліша

# w-grigorenko | m | Григоренко Петр Григорьевич
ukrainian: Петро Григоренко; Petro Hryhorenko
english: Pyotr Grigorenko; Petro Grigorenko; Petr Grigorenko
german: Pjotr Grigorenko
polish: Piotr Grigorenko
declined: Петра Григоренко
initials: П. Г. Григоренко

# w-marchenko | m | Марченко Анатолий Тихонович
english: Anatoly Marchenko; Anatolii Marchenko
german: Anatoli Martschenko
french: Anatoli Martchenko
polish: Anatolij Marczenko
declined: Анатолия Марченко

# w-yorlov | m | Орлов Юрий Федорович
english: Yuri Orlov; Yury Orlov; Iurii Orlov
german: Juri Orlow
polish: Jurij Orłow
declined: Юрия Орлова
initials: Ю. Ф. Орлов

# w-kovalev | m | Ковалев Сергей Адамович
english: Sergei Kovalev; Sergey Kovalyov
german: Sergej Kowaljow
polish: Siergiej Kowalow
french: Sergueï Kovalev
declined: Сергея Ковалева
initials: С. А. Ковалев

# w-bogoraz | f | Богораз Лариса Иосифовна
english: Larisa Bogoraz; Larissa Bogoraz
german: Larissa Bogoras
polish: Larysa Bogoraz
declined: Ларисы Богораз

# w-litvinov | m | Литвинов Павел Михайлович
english: Pavel Litvinov
german: Pawel Litwinow
polish: Paweł Litwinow
declined: Павла Литвинова
initials: П. М. Литвинов

# w-daniel | m | Даниэль Юлий Маркович
english: Yuli Daniel; Yuliy Daniel; Julius Daniel
german: Juli Daniel
polish: Julij Daniel
declined: Юлия Даниэля
initials: Ю. М. Даниэль

# w-sinyavsky | m | Синявский Андрей Донатович
english: Andrei Sinyavsky; Andrey Sinyavskiy
german: Andrei Sinjawski
french: André Siniavski; Andreï Siniavski
polish: Andriej Siniawski
declined: Синявского

# w-mendelevich | m | Менделевич Иосиф Моисеевич
english: Yosef Mendelevich; Iosif Mendelevich; Joseph Mendelevich
hebrew: Yosef Mendelevitch
german: Josef Mendelewitsch
declined: Менделевича

# w-zalmanson | f | Залмансон Сильва Иосифовна
english: Sylva Zalmanson; Silva Zalmanson
german: Silva Salmanson
declined: Сильвы Залмансон

# w-bergelson | m | Бергельсон Давид Рафаилович
yiddish: Dovid Bergelson; David Bergelson
polish: Dawid Bergelson
declined: Бергельсона

# w-kvitko | m | Квитко Лейб Моисеевич
yiddish: Leib Kvitko; Leyb Kvitko
english: Lev Kvitko
polish: Lejb Kwitko
german: Leib Kwitko

# w-fefer | m | Фефер Исаак Соломонович
yiddish: Itzik Feffer; Itsik Fefer
english: Isaak Fefer
german: Itzik Feffer
declined: Фефера

# w-kharik | m | Харик Изи Давидович
yiddish: Izi Kharik; Izzy Kharik
belarusian: Ізі Харык
polish: Izi Charik
declined: Харика

# w-zhylunovich | m | Жилунович Дмитрий Федорович
belarusian: Змітрок Жылуновіч; Zmitrok Zhylunovich; Dzmitry Zhylunovich
lacinka: Źmitrok Žyłunovič
english: Dmitry Zhilunovich
polish: Dmitrij Żyłunowicz
declined: Жилуновича

# w-lastouski | m | Ластовский Вацлав Юстинович
belarusian: Вацлаў Ластоўскі; Vatslau Lastouski
lacinka: Vacłaŭ Łastoŭski
polish: Wacław Łastowski
english: Vatslav Lastovsky; Vaclav Lastovski
declined: Ластовского; Вацлава Ластоўскага

# w-liosik | m | Лёсик Иосиф Юрьевич
belarusian: Язэп Лёсік; Yazep Lyosik; Jazep Liosik
lacinka: Jazep Losik
english: Iosif Lesik; Iosif Lyosik
declined: Лёсика

# w-haretski | m | Горецкий Максим Иванович
belarusian: Максім Гарэцкі; Maksim Haretski
lacinka: Maksim Harecki
english: Maxim Goretsky; Maksim Goretski
german: Maxim Gorezki
declined: Максіма Гарэцкага

# w-lutskevich | m | Луцкевич Антон Иванович
belarusian: Антон Луцкевіч; Anton Lutskevich
polish: Antoni Łuckiewicz
lacinka: Anton Luckievič
german: Anton Luzkewitsch
declined: Антона Луцкевича

# w-heniush | f | Гениуш Лариса Антоновна
belarusian: Ларыса Геніюш; Larysa Heniyush; Larysa Heniush
lacinka: Łarysa Hienijuš
polish: Łarysa Hienijusz; Larysa Geniusz
english: Larisa Geniush
german: Larissa Genijusch
declined: Ларысы Геніюш

# w-aliakhnovich | m | Олехнович Франтишек
belarusian: Францішак Аляхновіч; Frantsishak Aliakhnovich
lacinka: Francišak Alachnovič
polish: Franciszek Olechnowicz
english: Frantishek Olekhnovich
declined: Францішка Аляхновіча; Олехновича

# w-tamkevicius | m | Тамкявичюс Сигитас
lithuanian: Sigitas Tamkevičius; Sigitas Tamkevicius
english: Sigitas Tamkevichius
russian: Сигитас Тамкявичюс

# w-sadunaite | f | Садунайте Нийоле
lithuanian: Nijolė Sadūnaitė; Nijole Sadunaite
russian: Нийоле Садунайте

# w-gajauskas | m | Гаяускас Балис
lithuanian: Balys Gajauskas
english: Balys Gayauskas
russian: Балис Гаяускас

# w-tinchurin | m | Тинчурин Карим Галиевич
tatar: Kärim Tinçurin; Кәрим Тинчурин
english: Karim Tinchurin
german: Karim Tintschurin
declined: Карима Тинчурина

# w-chelebijikhan | m | Челебиджихан Номан
crimean tatar: Noman Çelebicihan
english: Noman Chelebijikhan; Noman Celebicihan; Numan Chelebidzhikhan
russian: Номан Челебиджихан
ukrainian: Номан Челебіджихан

# w-chobanzade | m | Чобан-заде Бекир Вагапович
crimean tatar: Bekir Çobanzade; Bekir Sıtkı Çobanzade
english: Bekir Chobanzade; Bekir Choban-zade
hyphenated: Чобанзаде; Чобан-заде Бекир

# w-javid | m | Джавид Гусейн Абдулла оглы
azerbaijani: Hüseyn Cavid; Huseyn Javid
english: Hussein Javid
russian: Гусейн Джавид
german: Hüseyn Dschawid
declined: Гусейна Джавида

# w-tabidze | m | Табидзе Тициан Юстинович
georgian: Titsian Tabidze
german: Tizian Tabidse
polish: Tycjan Tabidze
french: Titsian Tabidzé
declined: Тициана Табидзе

# w-javakhishvili | m | Джавахишвили Михаил
georgian: Mikheil Javakhishvili
english: Mikhail Dzhavakhishvili
german: Micheil Dschawachischwili
polish: Micheil Dżawachiszwili

# w-charents | m | Чаренц Егише Абгарович
armenian: Yeghishe Charents; Eghishe Charents
english: Yegishe Charents
german: Jeghische Tscharenz
french: Yéghiché Tcharents
polish: Jegisze Czarenc
declined: Егише Чаренца

# w-wandurski | m | Вандурский Витольд Юлианович
polish: Witold Wandurski
english: Vitold Vandursky
german: Witold Wandurski
declined: Вандурского
"""

PEOPLE, CASES = parse(_TABLE)


def cases() -> Iterator[Case]:
    """Every query of the table (class, query, the person it must find)."""
    yield from CASES


def documents() -> list[dict[str, object]]:
    """The table's people as interchange documents (what the archive stores)."""
    people: list[Stored] = PEOPLE
    return _documents(people)
