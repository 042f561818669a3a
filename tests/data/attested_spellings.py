"""A second, hand-written table of name spellings as the world writes them (issue 11).

tests/data/name_spellings.py produces its queries by rule from the stored
Cyrillic. This table is written by hand instead, the way newspapers,
registers, libraries and people write these names: English press (BGN/PCGN
and looser: Sergei/Sergey, -sky/-ski), Russian and Belarusian passports
(ICAO 9303, the Belarusian national system), Łacinka, Polish, German, French,
Czech/Slovak, Lithuanian, Spanish, Italian, Dutch, Ukrainian-mediated forms,
Hebrew/Yiddish-mediated Jewish names, Tatar names; surname first with and
without a comma; initials; declined forms; diminutives; one-slip typos; a
patronymic the archive lacks or one it has; hyphenated double surnames;
women's surname forms; ё/е, і/и, ў/у and apostrophes. No rule of db.names is
used to make them, so the table can catch the folding out.

Two groups of people are stored as a real archive would hold them:

* FIGURES: public figures of Belarus and Russia (and a few Soviet dissidents)
  with their passport Latin name and Belarusian and Russian Cyrillic names;
* RECORDS: register records in the Memorial style: Russian Cyrillic only,
  surname first, with a patronymic.

Each person's block lists the queries by class. `cases()` yields them as
tests.data.name_spellings.Case rows, so the same `evaluate`/`report` score
them; bench/bench_names.py --attested runs them inside a generated archive.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tests.data.name_spellings import Case

# Figure blocks: "@ id | sex | passport | Belarusian | Russian", then "class: q; q; q".
# Record blocks: "# id | sex | Russian surname first", then the same.
_TABLE = """
@ a-alexievich | f | Sviatlana Aliaksiyevich | Святлана Алексіевіч | Светлана Алексиевич
english: Svetlana Alexievich; Svetlana Aleksievich; Sviatlana Alexievich; Svetlana Alexiyevich
german: Swetlana Alexijewitsch; Swetlana Alexievich
polish: Swietłana Aleksijewicz; Swiatłana Aleksijewicz
french: Svetlana Alexievitch
czech: Světlana Alexijevičová; Svetlana Aleksijevič
lithuanian: Svetlana Aleksijevič
spanish: Svetlana Alexiévich; Svetlana Aleksiévich
italian: Svetlana Aleksievič
dutch: Svetlana Aleksijevitsj
lacinka: Śviatłana Aleksijevič; Sviatlana Aleksijevič
declined: Алексиевич; Святланы Алексіевіч; Svetlany Aleksijevičovej
surname first: Alexievich, Svetlana; Алексиевич Светлана Александровна
initials: S. Alexievich; Алексиевич С. А.
typo: Svetlana Alexievcih; Svetlana Alexievitch; Светлана Алексивеич
patronymic: Светлана Александровна Алексиевич; Svetlana Aleksandrovna Aleksievich

@ a-latushka | m | Pavel Latushka | Павел Латушка | Павел Латушко
english: Pavel Latushko; Pavel Latushka
polish: Paweł Łatuszka; Paweł Łatuszko
german: Pawel Latuschko; Pawel Latuschka
ukrainian: Павло Латушко; Pavlo Latushko
lacinka: Paviel Łatuška; Pavel Latuška
french: Pavel Latouchko
czech: Pavel Latuško
lithuanian: Pavelas Latuška
declined: Латушкі; Латушко; Pawła Łatuszki; Павла Латушки
surname first: Latushka Pavel; Латушко, Павел
initials: P. Latushka
typo: Pavel Latushla; Pavel Latuhska
patronymic: Павел Павлович Латушко

@ a-tsepkalo | m | Valery Tsapkala | Валерый Цапкала | Валерий Цепкало
english: Valery Tsepkalo; Valeriy Tsepkalo; Valery Tsapkala
german: Waleri Zepkalo; Walerij Zepkalo
polish: Walery Cepkało; Walerij Capkała
french: Valéri Tsepkalo; Valeri Tsepkalo
czech: Valerij Cepkalo
lacinka: Valer Capkała; Valery Capkala
spanish: Valeri Tsepkalo
declined: Цепкало; Валерыя Цапкалы
initials: V. Tsepkalo
typo: Valery Tsepaklo; Valeri Tzepkalo
diminutive: Валера Цепкало

@ a-vtsepkalo | f | Veranika Tsapkala | Вераніка Цапкала | Вероника Цепкало
english: Veronika Tsepkalo; Veronica Tsepkalo
german: Weronika Zepkalo
polish: Weronika Cepkało
french: Véronique Tsepkalo
czech: Veronika Cepkalová
lacinka: Vieranika Capkała
declined: Вероники Цепкало; Veroniky Cepkalové

@ a-shushkevich | m | Stanislau Shushkevich | Станіслаў Шушкевіч | Станислав Шушкевич
english: Stanislav Shushkevich; Stanislav Shushkevitch
polish: Stanisław Szuszkiewicz; Stanisław Szuszkewicz
german: Stanislaw Schuschkewitsch; Stanislau Schuschkewitsch
french: Stanislas Chouchkevitch; Stanislav Chouchkevitch
czech: Stanislav Šuškevič; Stanislau Šuškevič
lithuanian: Stanislavas Šuškevičius; Stanislovas Šuškevičius
lacinka: Stanisłaŭ Šuškievič
spanish: Stanislav Shushkévich
italian: Stanislaŭ Šuškevič
declined: Шушкевича; Шушкевіча; Szuszkiewicza; Schuschkewitschs
surname first: Шушкевич Станислав Станиславович; Shushkevich, Stanislav
initials: С. С. Шушкевич; S. Shushkevich
typo: Stanislav Shuskevich; Stanislav Shushkevic; Станислав Шушкевичь
patronymic: Stanislav Stanislavovich Shushkevich

@ a-pazniak | m | Zianon Pazniak | Зянон Пазняк | Зенон Позняк
english: Zenon Pozniak; Zianon Pazniak; Zenon Poznyak
polish: Zenon Poźniak; Zianon Paźniak
german: Senon Posnjak; Zenon Posnjak
lacinka: Zianon Paźniak
lithuanian: Zenonas Pozniakas
czech: Zenon Pozňak
declined: Пазняка; Позняка; Paźniaka; Zenona Poźniaka
surname first: Pazniak, Zianon
typo: Zenon Poznak; Zianon Paznyak

@ a-pushkin | m | Ales Pushkin | Алесь Пушкін | Алесь Пушкин
english: Ales Pushkin; Ales Pushkin
polish: Aleś Puszkin; Ales Puszkin
lacinka: Aleś Puškin
german: Ales Puschkin
french: Ales Pouchkine
declined: Алеся Пушкіна; Алеся Пушкина; Aleś Puszkina
diminutive: Alaksandr Pushkin; Аляксандр Пушкін
typo: Ales Puskhin

@ a-ebabaryka | m | Eduard Babaryka | Эдуард Бабарыка | Эдуард Бабарико
english: Eduard Babariko; Eduard Babaryka
polish: Edward Babaryka; Eduard Babaryko
german: Eduard Babariko
french: Édouard Babariko
diminutive: Edik Babaryka; Эдик Бабарико
declined: Эдуарда Бабарыкі; Эдуарда Бабарико
typo: Eduard Babryka

@ a-kastusiou | m | Ryhor Kastusiou | Рыгор Кастусёў | Григорий Костусев
english: Grigory Kostusev; Ryhor Kastusyou; Grigoriy Kostusev
lacinka: Ryhor Kastusioŭ
polish: Ryhor Kastusiou; Ryhor Kastusiow; Grzegorz Kostusiew
german: Grigori Kostussew; Ryhor Kastussjou
czech: Ryhor Kastusjoŭ
declined: Рыгора Кастусёва; Григория Костусева
typo: Ryhor Kastusio; Ryhor Kastisiou

@ a-autukhovich | m | Mikalai Autukhovich | Мікалай Аўтуховіч | Николай Автухович
english: Nikolai Avtukhovich; Mikalai Autukhovich; Mikola Autukhovich
polish: Mikałaj Autuchowicz; Mikołaj Awtuchowicz
lacinka: Mikałaj Aŭtuchovič
german: Nikolai Awtuchowitsch
czech: Mikalaj Aŭtuchovič
declined: Аўтуховіча; Автуховича; Autuchowicza
diminutive: Мікола Аўтуховіч; Kolya Avtukhovich
typo: Mikalai Autukovich

@ a-chultsova | f | Darya Chultsova | Дар'я Чульцова | Дарья Чульцова
english: Darya Chultsova; Daria Chultsova; Dar'ya Chul'tsova; Darya Chul’tsova
german: Darja Tschulzowa
polish: Daria Czulcowa; Darja Czulcowa
french: Daria Tchoultsova
czech: Darja Čulcovová; Darja Čulcova
lacinka: Darja Čulcova
diminutive: Dasha Chultsova; Даша Чульцова
declined: Дар'і Чульцовай; Дарьи Чульцовой
typo: Darya Chultosva

@ a-khodorkovsky | m | Mikhail Khodorkovskii | Міхаіл Хадаркоўскі | Михаил Ходорковский
english: Mikhail Khodorkovsky; Mikhail Khodorkovskiy
german: Michail Chodorkowski
polish: Michaił Chodorkowski; Michał Chodorkowski
french: Mikhaïl Khodorkovski
czech: Michail Chodorkovskij
spanish: Mijaíl Jodorkovski
italian: Michail Chodorkovskij
lithuanian: Michailas Chodorkovskis
dutch: Michail Chodorkovski
declined: Ходорковского; Ходорковскому; Chodorkowskiego; Хадаркоўскага
surname first: Khodorkovsky, Mikhail
initials: M. B. Khodorkovsky; Ходорковский М. Б.
typo: Mikhail Khodorkovksy; Mikhail Khodorovsky
patronymic: Mikhail Borisovich Khodorkovsky; Ходорковский Михаил Борисович

@ a-nemtsov | m | Boris Nemtsov | Барыс Нямцоў | Борис Немцов
english: Boris Nemtsov
german: Boris Nemzow
polish: Borys Niemcow; Borys Niemców
french: Boris Nemtsov
czech: Boris Němcov; Boris Nemcov
lithuanian: Borisas Nemcovas
spanish: Borís Nemtsov
italian: Boris Nemcov
lacinka: Barys Niamcoŭ
declined: Nemtsov's; Borysa Niemcowa; Бориса Немцова
surname first: Немцов Борис Ефимович
initials: Б. Е. Немцов
typo: Boris Nemstov; Boris Nemtsof
patronymic: Boris Yefimovich Nemtsov; Boris Jefimowitsch Nemzow

@ a-politkovskaya | f | Anna Politkovskaia | Ганна Паліткоўская | Анна Политковская
english: Anna Politkovskaya; Anna Politkovskaja
german: Anna Politkowskaja
polish: Anna Politkowska
french: Anna Politkovskaïa
czech: Anna Politkovská
lithuanian: Ana Politkovskaja
spanish: Anna Politkóvskaya
italian: Anna Politkovskaja
dutch: Anna Politkovskaja
ukrainian: Ганна Політковська; Hanna Politkovska
lacinka: Hanna Palitkoŭskaja
declined: Политковской; Паліткоўскай; Politkowskiej; Anny Politkovské
typo: Anna Politkovskya; Anna Polikovskaya
patronymic: Анна Степановна Политковская
diminutive: Аня Политковская

@ a-navalnaya | f | Iuliia Navalnaia | Юлія Навальная | Юлия Навальная
english: Yulia Navalnaya; Yulia Navalnaia; Yuliya Navalnaya; Julia Navalnaya
german: Julija Nawalnaja
polish: Julia Nawalna
french: Ioulia Navalnaïa
czech: Julija Navalná
lithuanian: Julija Navalnaja
spanish: Yulia Naválnaya
italian: Julija Naval'naja
ukrainian: Юлія Навальна
declined: Навальной; Julii Nawalnej
diminutive: Yulya Navalnaya
typo: Yulia Navanlaya

@ a-alyokhina | f | Mariia Alekhina | Марыя Алёхіна | Мария Алёхина
english: Maria Alyokhina; Mariya Alyokhina; Maria Alekhina
german: Maria Aljochina
polish: Maria Alochina; Maria Alochina
french: Maria Aliokhina
czech: Marija Aljochinová
spanish: María Aliójina
lithuanian: Marija Aliochina
diminutive: Masha Alyokhina; Маша Алёхина
declined: Алёхиной; Alochinej
typo: Maria Alyokina

@ a-tolokonnikova | f | Nadezhda Tolokonnikova | Надзея Талаконнікава | Надежда Толоконникова
english: Nadezhda Tolokonnikova; Nadya Tolokonnikova
german: Nadeschda Tolokonnikowa
polish: Nadieżda Tołokonnikowa
french: Nadejda Tolokonnikova
czech: Naděžda Tolokonnikovová
declined: Толоконниковой; Tolokonnikovej
typo: Nadya Tolokonikova; Nadezhda Tolokonnikva

@ a-sudalenka | m | Leanid Sudalenka | Леанід Судаленка | Леонид Судаленко
english: Leonid Sudalenko; Leanid Sudalenka
polish: Leanid Sudałenka
lacinka: Leanid Sudalenka
german: Leonid Sudalenko
declined: Леаніда Судаленкі; Леонида Судаленко
diminutive: Лёня Судаленко

@ a-bandarenka | m | Raman Bandarenka | Раман Бандарэнка | Роман Бондаренко
english: Roman Bondarenko; Raman Bandarenka
polish: Raman Bandarenka; Roman Bondarenko
lacinka: Raman Bandarenka
german: Roman Bondarenko
declined: Рамана Бандарэнкі; Романа Бондаренко
diminutive: Ромa Бондаренко

@ a-ashurak | m | Vitold Ashurak | Вітольд Ашурак | Витольд Ашурок
english: Vitold Ashurak; Vitold Ashurok
polish: Witold Aszurak
lacinka: Vitold Ašurak
german: Witold Aschurak
declined: Вітольда Ашурака; Witolda Aszuraka

@ a-sannikov | m | Andrei Sannikau | Андрэй Саннікаў | Андрей Санников
english: Andrei Sannikov; Andrey Sannikov
polish: Andrzej Sannikow; Andrej Sannikau
german: Andrej Sannikow
lacinka: Andrej Sańnikaŭ; Andrej Sannikaŭ
french: Andreï Sannikov
declined: Андрея Санникова; Андрэя Саннікава; Andrzeja Sannikowa
typo: Andrei Sanikov

@ a-khalip | f | Iryna Khalip | Ірына Халіп | Ирина Халип
english: Iryna Khalip; Irina Khalip
german: Irina Chalip
polish: Iryna Chalip
lacinka: Iryna Chalip
french: Irina Khalip
diminutive: Ира Халип
declined: Ірыны Халіп

@ a-radina | f | Natallia Radzina | Наталля Радзіна | Наталья Радина
english: Natalia Radina; Natalya Radina; Natallia Radzina
polish: Natalla Radzina; Natalia Radzina
lacinka: Natalla Radzina
german: Natalja Radina
diminutive: Наташа Радина
declined: Натальи Радиной; Наталлі Радзінай

@ a-niaklyaeu | m | Uladzimir Niakliaeu | Уладзімір Някляеў | Владимир Некляев
english: Vladimir Neklyayev; Uladzimir Niakliayeu; Vladimir Neklyaev
german: Wladimir Nekljajew
polish: Uładzimir Niaklajeu; Władimir Niekliajew
lacinka: Uładzimir Niakliajeŭ
french: Vladimir Nekliaïev
declined: Някляева; Некляева; Niaklajewa
diminutive: Володя Некляев

@ a-kozulin | m | Aliaksandr Kazulin | Аляксандр Казулін | Александр Козулин
english: Alexander Kozulin; Alyaksandr Kazulin; Aleksandr Kozulin
polish: Aleksander Kozulin; Alaksandr Kazulin
german: Alexander Kosulin
french: Alexandre Kozouline
lacinka: Alaksandr Kazulin
declined: Казуліна; Козулина
diminutive: Саша Козулин

@ a-bykau | m | Vasil Bykau | Васіль Быкаў | Василь Быков
english: Vasil Bykov; Vasil Bykaw; Vasily Bykov
german: Wassil Bykau; Wassil Bykow
polish: Wasil Bykau; Wasil Bykow
lacinka: Vasil Bykaŭ
french: Vassil Bykov
czech: Vasil Bykov
lithuanian: Vasilis Bykovas
declined: Васіля Быкава; Василия Быкова; Wasila Bykowa
diminutive: Вася Быков

@ a-sakharov | m | Andrei Sakharau | Андрэй Сахараў | Андрей Сахаров
english: Andrei Sakharov; Andrey Sakharov
german: Andrej Sacharow
polish: Andriej Sacharow
french: Andreï Sakharov
czech: Andrej Sacharov
lithuanian: Andrejus Sacharovas
spanish: Andréi Sájarov
italian: Andrej Sacharov
dutch: Andrej Sacharov
declined: Андрея Сахарова; Andrieja Sacharowa; Андрэя Сахарава
initials: A. D. Sakharov; Сахаров А. Д.
patronymic: Andrei Dmitrievich Sakharov

@ a-bonner | f | Alena Boner | Алена Бонэр | Елена Боннэр
english: Elena Bonner; Yelena Bonner
german: Jelena Bonner
polish: Jelena Bonner
french: Elena Bonner
ukrainian: Олена Боннер
diminutive: Лена Боннэр
patronymic: Елена Георгиевна Боннэр

@ a-solzhenitsyn | m | Aliaksandr Salzhanitsyn | Аляксандр Салжаніцын | Александр Солженицын
english: Aleksandr Solzhenitsyn; Alexander Solzhenitsyn
german: Alexander Solschenizyn
polish: Aleksander Sołżenicyn
french: Alexandre Soljenitsyne
czech: Alexandr Solženicyn
lithuanian: Aleksandras Solženicynas
spanish: Aleksandr Solzhenitsin
italian: Aleksandr Solženicyn
declined: Солженицына; Sołżenicyna
initials: А. И. Солженицын; A. Solzhenitsyn
typo: Alexander Solzhenitsin; Alexander Solzhenytsin

@ a-bukovsky | m | Uladzimir Bukouski | Уладзімір Букоўскі | Владимир Буковский
english: Vladimir Bukovsky
german: Wladimir Bukowski
polish: Władimir Bukowski
french: Vladimir Boukovski
czech: Vladimir Bukovskij
lithuanian: Vladimiras Bukovskis
declined: Буковского
diminutive: Volodya Bukovsky

@ a-gorbanevskaya | f | Natallia Harbaneuskaya | Наталля Гарбанеўская | Наталья Горбаневская
english: Natalya Gorbanevskaya; Natalia Gorbanevskaya
german: Natalja Gorbanewskaja
polish: Natalia Gorbaniewska
french: Natalia Gorbanevskaïa
czech: Natalja Gorbaněvská
declined: Горбаневской; Gorbaniewskiej

@ a-brodsky | m | Iosif Brodski | Іосіф Бродскі | Иосиф Бродский
english: Joseph Brodsky; Iosif Brodsky
german: Joseph Brodsky; Iossif Brodski
polish: Józef Brodski; Josif Brodski
french: Joseph Brodsky
czech: Josif Brodskij
lithuanian: Josifas Brodskis
declined: Бродского; Brodskiego
initials: И. А. Бродский; J. Brodsky
patronymic: Иосиф Александрович Бродский

@ a-edelstein | m | Iulii Edelshtein | Юлій Эдэльштэйн | Юлий Эдельштейн
english: Yuli Edelstein; Yuli-Yoel Edelstein; Yuli Edelshtein
german: Juli Edelstein
czech: Julij Edelštejn
hebrew: Yoel Edelstein
declined: Эдельштейна

@ a-slepak | m | Uladzimir Slepak | Уладзімір Слепак | Владимир Слепак
english: Vladimir Slepak
german: Wladimir Slepak
diminutive: Volodya Slepak

@ a-ponomarev | m | Lev Ponomarev | Леў Панамароў | Лев Пономарёв
english: Lev Ponomaryov; Lev Ponomarev; Lev Ponomariov
german: Lew Ponomarjow
polish: Lew Ponomariow
french: Lev Ponomarev
czech: Lev Ponomarjov
declined: Льва Пономарёва; Льва Пономарева
diminutive: Лёва Пономарёв

@ a-dmitriev | m | Iurii Dmitriev | Юрый Дзмітрыеў | Юрий Дмитриев
english: Yuri Dmitriev; Yury Dmitriyev; Yuriy Dmitriev
german: Juri Dmitrijew; Jurij Dmitrijew
polish: Jurij Dmitrijew; Jurij Dmitriew
french: Iouri Dmitriev
czech: Jurij Dmitrijev
lithuanian: Jurijus Dmitrijevas
declined: Юрия Дмитриева; Jurija Dmitrijewa
patronymic: Юрий Алексеевич Дмитриев; Дмитриев Юрий Алексеевич
diminutive: Юра Дмитриев

@ a-moskalev | m | Aleksei Moskalev | Аляксей Маскалёў | Алексей Москалёв
english: Alexei Moskalyov; Aleksei Moskalev; Alexey Moskalev
german: Alexej Moskaljow
polish: Aleksiej Moskalow
french: Alexeï Moskalev
declined: Алексея Москалёва

@ a-chanysheva | f | Liliia Chanysheva | Лілія Чанышава | Лилия Чанышева
english: Lilia Chanysheva; Liliya Chanysheva
german: Lilija Tschanyschewa
polish: Lilia Czanyszewa
french: Lilia Tchanycheva
czech: Lilija Čanyševová
tatar: Liliya Çanışeva
declined: Чанышевой

@ a-kuku | m | Emir-Usein Kuku | Эмір-Усеін Куку | Эмир-Усеин Куку
english: Emir-Usein Kuku; Emir Usein Kuku; Emir-Useyin Kuku
german: Emir-Ussein Kuku
french: Emir-Ousein Koukou
ukrainian: Емір-Усеїн Куку
tatar: Emir-Üsein Kuku
declined: Эмира-Усеина Куку

@ a-dadin | m | Ildar Dadin | Ільдар Дадзін | Ильдар Дадин
english: Ildar Dadin
french: Ildar Dadine
german: Ildar Dadin
declined: Дадина; Ильдара Дадина
tatar: İldar Dadin

@ a-kashapov | m | Rafis Kashapov | Рафіс Кашапаў | Рафис Кашапов
english: Rafis Kashapov
german: Rafis Kaschapow
polish: Rafis Kaszapow
tatar: Rafis Qaşapov
declined: Кашапова

@ a-kara-kolesnik | f | Maryia Kalesnik-Kara | Марыя Калеснік-Кара | Мария Колесник-Кара
english: Maria Kolesnik-Kara; Mariya Kolesnik Kara
polish: Maryja Kalesnik-Kara
german: Maria Kolesnik-Kara
hyphenated: Kalesnik-Kara; Колесник Кара; Kolesnik-Karа
declined: Марыі Калеснік-Кары

# r-mandelstam | m | Мандельштам Осип Эмильевич
english: Osip Mandelstam; Osip Mandelshtam; Osip Mandel'shtam; Osip Emilyevich Mandelstam
german: Ossip Mandelstam; Ossip Emiljewitsch Mandelstam
polish: Osip Mandelsztam
french: Ossip Mandelstam; Ossip Mandelchtam
czech: Osip Mandelštam
lithuanian: Osipas Mandelštamas
spanish: Ósip Mandelstam
italian: Osip Mandel'štam
surname first: Мандельштам О. Э.; Mandelstam, Osip; Mandelstam Osip Emilevich
initials: О. Э. Мандельштам; O. E. Mandelstam; O. Mandelstam
declined: Мандельштама; Осипа Мандельштама
typo: Osip Mandelshtam; Osip Mandelstamm; Осип Мандельштамм
given equivalent: Joseph Mandelstam; Iosif Mandelstam; Józef Mandelsztam

# r-babel | m | Бабель Исаак Эммануилович
english: Isaac Babel; Isaak Babel
german: Isaak Babel
polish: Izaak Babel
french: Isaac Babel
czech: Isaak Babel
hebrew: Yitzhak Babel
surname first: Бабель И. Э.; Babel, Isaac
initials: И. Э. Бабель; I. E. Babel
patronymic: Isaak Emmanuilovich Babel; Исаак Эммануилович Бабель
declined: Бабеля; Исаака Бабеля

# r-meyerhold | m | Мейерхольд Всеволод Эмильевич
english: Vsevolod Meyerhold; Vsevolod Meierkhol'd
german: Wsewolod Meyerhold
polish: Wsiewołod Meyerhold; Wsiewołod Mejerchold
french: Vsevolod Meyerhold
czech: Vsevolod Mejerchold
declined: Мейерхольда; Meyerholds
initials: В. Э. Мейерхольд
surname first: Мейерхольд, Всеволод Эмильевич

# r-vavilov | m | Вавилов Николай Иванович
english: Nikolai Vavilov; Nikolay Vavilov
german: Nikolai Wawilow
polish: Mikołaj Wawiłow; Nikołaj Wawiłow
french: Nicolas Vavilov; Nikolaï Vavilov
czech: Nikolaj Vavilov
ukrainian: Микола Вавилов
surname first: Вавилов Н. И.; Vavilov N.I.
initials: Н. И. Вавилов; N. I. Vavilov
declined: Николая Вавилова
typo: Nikolai Vavillov

# r-korolev | m | Королёв Сергей Павлович
english: Sergei Korolev; Sergey Korolyov; Sergei Korolyov
german: Sergej Koroljow
polish: Siergiej Korolow
french: Sergueï Korolev
czech: Sergej Koroljov
ukrainian: Сергій Корольов; Serhiy Korolyov
declined: Сергея Королёва; Сергея Королева
initials: С. П. Королёв; S. P. Korolev
diminutive: Серёжа Королёв

# r-tukhachevsky | m | Тухачевский Михаил Николаевич
english: Mikhail Tukhachevsky; Mikhail Tukhachevskii
german: Michail Tuchatschewski
polish: Michaił Tuchaczewski; Michał Tuchaczewski
french: Mikhaïl Toukhatchevski
czech: Michail Tuchačevskij
declined: Тухачевского
initials: М. Н. Тухачевский

# r-kharms | m | Ювачёв Даниил Иванович
english: Daniil Yuvachev; Daniil Iuvachev; Daniil Yuvachyov
german: Daniil Juwatschow
polish: Daniił Juwaczow
declined: Ювачёва
initials: Д. И. Ювачёв

# r-zinoviev | m | Зиновьев Григорий Евсеевич
english: Grigory Zinoviev; Grigori Zinovyev
german: Grigori Sinowjew
polish: Grzegorz Zinowiew
french: Grigori Zinoviev
czech: Grigorij Zinovjev
declined: Григория Зиновьева
initials: Г. Е. Зиновьев

# r-yagoda | m | Ягода Генрих Григорьевич
english: Genrikh Yagoda
german: Heinrich Jagoda; Genrich Jagoda
polish: Henryk Jagoda; Gienrich Jagoda
czech: Genrich Jagoda
declined: Генриха Ягоды

# r-kondratiev | m | Кондратьев Николай Дмитриевич
english: Nikolai Kondratiev; Nikolai Kondratyev
french: Nicolas Kondratieff
german: Nikolai Kondratjew
polish: Nikołaj Kondratiew
declined: Николая Кондратьева
initials: Н. Д. Кондратьев; N. D. Kondratiev

# r-bukharin | m | Бухарин Николай Иванович
english: Nikolai Bukharin
german: Nikolai Bucharin
polish: Mikołaj Bucharin
french: Nicolas Boukharine
czech: Nikolaj Bucharin
declined: Николая Бухарина

# r-mikhoels | m | Михоэлс Соломон Михайлович
english: Solomon Mikhoels
german: Salomon Michoels
polish: Salomon Michoels
yiddish: Shloyme Mikhoels; Shlomo Mikhoels
declined: Михоэлса
initials: С. М. Михоэлс

# r-markish | m | Маркиш Перец Давидович
english: Peretz Markish; Perets Markish
german: Perez Markisch
polish: Perec Markisz
yiddish: Peretz Markish
declined: Маркиша

# r-shapiro | m | Шапиро Абрам Моисеевич
english: Abram Shapiro; Abraham Shapiro
hebrew: Avraham Shapira
german: Abraham Schapiro
polish: Abram Szapiro
surname first: Шапиро А. М.; Shapiro, Abram
declined: Абрама Шапиро
patronymic: Abram Moiseevich Shapiro; Abram Moiseyevich Shapiro

# r-kaplan | f | Каплан Фейга Хаимовна
english: Feiga Kaplan; Feyga Kaplan
yiddish: Feige Kaplan; Fejga Kaplan
polish: Fejga Kapłan
surname first: Каплан Ф. Х.; Kaplan, Feiga
patronymic: Feiga Khaimovna Kaplan; Fejga Chaimowna Kaplan

# r-gurevich | m | Гуревич Хаим Лейбович
english: Khaim Gurevich; Chaim Gurevich
yiddish: Chaim Gurewitz; Haim Gurevitch
german: Chaim Gurewitsch
polish: Chaim Gurewicz
hebrew: Haim Gurevich
declined: Гуревича
patronymic: Khaim Leibovich Gurevich; Chaim Lejbowicz Gurewicz

# r-sultan-galiev | m | Султан-Галиев Мирсаид Хайдаргалиевич
english: Mirsaid Sultan-Galiev; Mirsaid Sultan-Galiyev; Mirsaid Sultangaliev
german: Mirsaid Sultan-Galijew; Mirsaid Sultangalijew
tatar: Mirsäyet Soltanğäliev
hyphenated: Sultan Galiev; Султангалиев; Султан Галиев
declined: Султан-Галиева

# r-ibragimov | m | Ибрагимов Галимджан Гирфанович
english: Galimdzhan Ibragimov; Galimjan Ibragimov
tatar: Ğälimcan İbrahimov; Galimjan Ibrahimov
german: Galimdschan Ibragimow
declined: Галимджана Ибрагимова

# r-khusainova | f | Хусаинова Фатима Габдулловна
english: Fatima Khusainova; Fatima Husainova
german: Fatima Chussainowa
polish: Fatima Chusainowa
tatar: Fatıyma Xösäyenova; Fatima Khusainova
surname first: Хусаинова Ф. Г.

# r-schmidt | m | Шмидт Иоганн Генрихович
english: Iogann Shmidt; Johann Schmidt
german: Johann Schmidt; Johann Heinrichowitsch Schmidt
polish: Johann Szmidt
declined: Иоганна Шмидта
initials: И. Г. Шмидт

# r-weber | m | Вебер Фридрих Адамович
english: Fridrikh Veber
german: Friedrich Weber
polish: Fryderyk Weber
declined: Фридриха Вебера

# r-berzins | m | Берзиньш Янис Карлович
english: Yanis Berzinsh; Janis Berzins
latvian: Jānis Bērziņš
german: Janis Bersinsch
declined: Берзиньша

# r-jankauskas | m | Янкаускас Йонас Антанович
english: Ionas Iankauskas; Yonas Yankauskas
lithuanian: Jonas Jankauskas
declined: Янкаускаса

# r-kowalski | m | Ковальский Станислав Иосифович
english: Stanislav Kovalsky
polish: Stanisław Kowalski
german: Stanislaw Kowalski
declined: Ковальского
initials: С. И. Ковальский

# r-taraszkiewicz | m | Тарашкевич Бронислав Адамович
english: Bronislav Tarashkevich
belarusian: Branislau Tarashkevich; Браніслаў Тарашкевіч
polish: Bronisław Taraszkiewicz
lacinka: Branisłaŭ Taraškievič
declined: Тарашкевича

# r-dubovka | m | Дубовка Владимир Николаевич
belarusian: Uladzimir Dubouka; Уладзімір Дубоўка
english: Vladimir Dubovka
polish: Władzimir Dubouka
declined: Дубовки; Уладзіміра Дубоўкі

# r-shevchenko | m | Шевченко Тарас Григорьевич
english: Taras Shevchenko
ukrainian: Тарас Шевченко; Taras Shevchenko
polish: Taras Szewczenko
german: Taras Schewtschenko
french: Taras Chevtchenko
czech: Taras Ševčenko
declined: Шевченка; Шевченко Тараса

# r-zerov | m | Зеров Николай Константинович
ukrainian: Микола Зеров; Mykola Zerov
polish: Mykoła Zerow
english: Nikolai Zerov
declined: Николая Зерова

# r-ivanova | f | Иванова Пелагея Фёдоровна
english: Pelageya Ivanova; Pelageia Ivanova
german: Pelageja Iwanowa
polish: Pelagia Iwanowa
surname first: Иванова П. Ф.; Ivanova, Pelageya Fedorovna
patronymic: Pelageya Fyodorovna Ivanova; Пелагея Федоровна Иванова
declined: Ивановой Пелагеи

# r-kuzmina | f | Кузьмина Прасковья Ефимовна
english: Praskovya Kuzmina; Praskovia Kuzmina; Praskov'ya Kuz'mina
german: Praskowja Kusmina
polish: Praskowia Kuźmina
diminutive: Параша Кузьмина
patronymic: Прасковья Ефимовна Кузьмина; Praskovya Yefimovna Kuzmina
surname first: Кузьмина П. Е.
typo: Praskovya Kuzmna

# r-solovyov | m | Соловьёв Фёдор Ефимович
english: Fyodor Solovyov; Fedor Solovev; Fyodor Soloviev
german: Fjodor Solowjow
polish: Fiodor Sołowjow
french: Fiodor Soloviev
czech: Fjodor Solovjov
patronymic: Фёдор Ефимович Соловьёв; Fyodor Yefimovich Solovyov
declined: Фёдора Соловьёва
initials: Ф. Е. Соловьёв

# r-matveeva | f | Матвеева Агафья Никитична
english: Agafya Matveeva; Agafia Matveyeva
german: Agafja Matwejewa
polish: Agafia Matwiejewa
patronymic: Agafya Nikitichna Matveyeva
surname first: Матвеева А. Н.

# r-kozlovskaya | f | Козловская Ядвига Станиславовна
english: Yadviga Kozlovskaya
polish: Jadwiga Kozłowska
german: Jadwiga Koslowskaja
lithuanian: Jadvyga Kozlovskaja
declined: Козловской

# r-lebedev | m | Лебедев Кузьма Прохорович
english: Kuzma Lebedev; Kuz'ma Lebedev
german: Kusma Lebedew
polish: Kuźma Lebiediew
patronymic: Kuzma Prokhorovich Lebedev
typo: Kuzma Lebedv

# r-khachaturian | m | Хачатурян Ашот Саркисович
english: Ashot Khachaturyan; Ashot Khachaturian
german: Aschot Chatschaturjan
polish: Aszot Chaczaturian
french: Achot Khatchatourian
armenian: Ashot Xachatryan
declined: Хачатуряна

# r-dzhaparidze | m | Джапаридзе Вано Шалвович
english: Vano Dzhaparidze; Vano Japaridze
german: Wano Dschaparidse
polish: Wano Dżaparidze
georgian: Vano Japaridze

# r-kim | m | Ким Ен Сун
english: Kim En Sun; Kim Yen Sun
korean: Kim Yong Sun

# r-grigorieva | f | Григорьева-Островская Анна Петровна
english: Anna Grigorieva-Ostrovskaya; Anna Grigoryeva-Ostrovskaya
hyphenated: Григорьева Островская; Ostrovskaya Anna; Grigorieva Anna
german: Anna Grigorjewa-Ostrowskaja
surname first: Григорьева-Островская А. П.

# r-muravyov | m | Муравьёв-Апостол Ипполит Матвеевич
english: Ippolit Muravyov-Apostol; Ippolit Muraviev-Apostol
german: Ippolit Murawjow-Apostol
french: Hippolyte Mouraviev-Apostol
hyphenated: Muravyov Apostol; Муравьев Апостол

# r-adamovich | m | Адамович Ян Францевич
english: Yan Adamovich; Jan Adamovich
polish: Jan Adamowicz
lithuanian: Jonas Adamavičius
belarusian: Ян Адамовіч; Janka Adamovich
declined: Адамовича
"""


@dataclass(frozen=True, slots=True)
class Stored:
    """A person of the table as the archive stores them."""

    id: str
    female: bool
    names: tuple[tuple[str, str, str], ...]  # (name, lang, system)
    display: str


def parse(text: str) -> tuple[list[Stored], list[Case]]:
    """The people and the cases of a table written in this module's block format."""
    people: list[Stored] = []
    table: list[Case] = []
    current = ""
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line[0] in "@#":
            fields = [f.strip() for f in line[1:].split("|")]
            current, sex = fields[0], fields[1]
            if line[0] == "@":
                passport, be, ru = fields[2:5]
                names = (
                    (be, "be-Cyrl", "native"),
                    (ru, "ru-Cyrl", "native"),
                    (passport, "be-Latn", "passport"),
                )
                people.append(Stored(current, sex == "f", names, passport))
                for stored in (passport, be, ru):
                    table.append(Case("stored", stored, current))
            else:
                register = fields[2]
                people.append(
                    Stored(current, sex == "f", ((register, "ru-Cyrl", "native"),), register)
                )
                table.append(Case("stored", register, current))
            continue
        kind, _sep, queries = line.partition(":")
        for query in queries.split(";"):
            if query.strip():
                table.append(Case(kind.strip(), query.strip(), current))
    return people, table


PEOPLE, CASES = parse(_TABLE)


def cases() -> Iterator[Case]:
    """Every query of the table (class, query, the person it must find)."""
    yield from CASES


def documents(people: list[Stored] | None = None) -> list[dict[str, object]]:
    """The table's people (or `people` of another table) as interchange documents."""
    return [
        {
            "id": p.id,
            "display_name": p.display,
            "gender": "female" if p.female else "male",
            "names": [{"name": n, "lang": lang, "system": s} for n, lang, s in p.names],
        }
        for p in (PEOPLE if people is None else people)
    ]
