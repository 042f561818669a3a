"""Given names that are one name across languages, and their diminutives.

No letter rule turns Аляксандр into Олександр, Алесь or Саша, Вольга into
Ольга, or Зміцер into Дмитрий: they are the same name in Belarusian,
Russian and Ukrainian, or its everyday short form. Search (db.names) uses
this table to bridge them in a lower tier, and the generator
(db.name_vocabulary) draws its common given names from it.

Provenance: compiled by hand for Kartoteka from the standard East Slavic
name forms (the Belarusian, Russian and Ukrainian official forms of each
name as they appear in passports and in the media) and their common
diminutives and hypocoristics (Саша, Алесь, Маша, Валодзя, Эдик …), with
the Polish, German, Czech and French forms of the name where they are not a
transliteration of a Cyrillic form. Each line is one name:

    sex | Russian | Belarusian | Ukrainian | other full forms | diminutives

Forms are comma-separated; a field may be empty. A form may belong to two
names (Саша: Александр and Александра; Слава: every -слав name).
"""

from __future__ import annotations

from dataclasses import dataclass

_TABLE = """
m|Александр|Аляксандр, Алесь|Олександр|Aleksander, Alexander, Alexandre, Alexandr, Aleksandr|Саша, Сашка, Саня, Санька, Шура, Алесік, Алекс, Сашко, Олесь, Лесь, Алик
m|Алексей|Аляксей|Олексій|Aleksiej, Alexei, Alexej, Alexey, Alexis|Лёша, Алёша, Лёха, Лёшка, Олекса, Алик
m|Анатолий|Анатоль|Анатолій|Anatol, Anatole|Толя, Толик, Тоша
m|Андрей|Андрэй|Андрій|Andrzej, Andrej, André, Andreas|Андрюша, Андрюха, Андрусь, Андрэйка
m|Антон|Антон|Антон|Antoni, Antoine|Антоша, Тоша, Антось
m|Аркадий|Аркадзь|Аркадій|Arkadiusz|Аркаша, Аркадик
m|Арсений|Арсень|Арсеній||Арсюша, Сеня
m|Артём|Арцём|Артем|Artem, Artiom, Artyom|Тёма, Артёмка
m|Богдан|Багдан|Богдан|Bohdan|Богданчик, Даня
m|Борис|Барыс|Борис|Borys|Боря, Борька
m|Вадим|Вадзім|Вадим|Wadim|Вадик, Вадя
m|Валентин|Валянцін|Валентин|Walenty, Valentin|Валя, Валик
m|Валерий|Валерый|Валерій|Walery, Valery|Валера, Валерка
m|Василий|Васіль|Василь|Wasyl, Bazyli, Wassili|Вася, Васька, Васілёк
m|Виктор|Віктар|Віктор|Wiktor, Victor|Витя, Витёк, Віцька
m|Виталий|Віталь|Віталій|Witalij, Vitali|Виталик, Витя
m|Владимир|Уладзімір|Володимир|Włodzimierz, Wladimir, Vladimír, Waldemar|Володя, Вова, Вовка, Вовчик, Валодзя, Уладзік, Володька
m|Владислав|Уладзіслаў|Владислав|Władysław|Влад, Владик, Владя, Слава
m|Всеволод|Усевалад|Всеволод|Wsiewołod|Сева
m|Вячеслав|Вячаслаў|В'ячеслав|Wiaczesław, Wjatscheslaw|Слава, Славик, Вячик
m|Геннадий|Генадзь|Геннадій|Giennadij|Гена, Генка
m|Георгий|Георгій, Юрый|Георгій|Jerzy, Georg, Georges|Гоша, Жора, Гога
m|Герман|Герман|Герман|Herman|Гера
m|Глеб|Глеб|Гліб|Gleb|Глебушка
m|Григорий|Рыгор|Григорій|Grzegorz, Gregor|Гриша, Гриня, Рыгорка, Грыша
m|Даниил|Даніла, Данііл|Данило|Daniel, Danił|Даня, Данила, Данік
m|Денис|Дзяніс|Денис|Dionizy, Denis|Дениска, Дэн
m|Дмитрий|Дзмітрый, Зміцер|Дмитро|Dymitr, Dmitrij|Дима, Митя, Димка, Змітрок, Дзіма, Міця
m|Евгений|Яўген, Яўгені|Євген|Eugeniusz, Eugen, Eugène, Jewgeni|Женя, Жека, Женька
m|Егор|Ягор|Єгор|Jegor|Егорка, Ягорка, Гоша
m|Иван|Іван, Янка, Ян|Іван|Jan, Iwan, Johann, Jean, Jonas, Johannes, Juan, Giovanni, Иоганн, Вано, Jānis, Янис|Ваня, Ванька, Ванечка, Ясь, Івась
m|Игнат|Ігнат|Ігнат|Ignacy, Ignaz|Игнаша
m|Игорь|Ігар|Ігор|Igor|Игорёк, Гарик, Ігарок
m|Илья|Ілья|Ілля|Ilja|Илюша, Илюха, Ілька
m|Иосиф|Іосіф, Язэп, Юзаф|Йосип|Józef, Josef, Joseph, Осип, Yosef, Juozas, Giuseppe|Ося, Юзік
m|Кирилл|Кірыла, Кірыл|Кирило|Cyryl, Kyrill|Кирюша, Киря
m|Константин|Канстанцін, Кастусь|Костянтин|Konstanty, Konstantin|Костя, Костик, Кастусь
m|Лев|Леў|Лев, Левко|Lew, Leo, Léon, Levko|Лёва, Лёвушка
m|Леонид|Леанід|Леонід|Leonid|Лёня, Лёнька
m|Максим|Максім|Максим|Maksim, Maxim|Макс, Максимка, Максік
m|Матвей|Мацвей|Матвій|Mateusz, Matthäus|Матвейка, Мотя
m|Михаил|Міхаіл, Міхал|Михайло|Michał, Michail, Michael, Michel|Миша, Мишка, Міхась, Михась, Мішка
m|Никита|Мікіта|Микита|Nikita|Никитка, Кіта
m|Николай|Мікалай, Мікола|Микола|Mikołaj, Nikolaj, Nicolas, Nikolaus|Коля, Колька, Мікола, Колян
m|Олег|Алег|Олег|Oleg|Олежка, Алежка
m|Павел|Павел, Паўлюк|Павло|Paweł, Paul|Паша, Павлик, Пашка, Паўлік
m|Пётр|Пётр, Пятро|Петро|Piotr, Peter, Pierre|Петя, Петька, Пятрусь, Петрусь
m|Роман|Раман|Роман|Roman|Рома, Ромка, Ромчык
m|Ростислав|Расціслаў|Ростислав|Rościsław|Ростик, Слава
m|Руслан|Руслан|Руслан|Ruslan|Русик
m|Святослав|Святаслаў|Святослав|Światosław|Слава, Свят
m|Семён|Сямён, Сымон|Семен|Szymon, Simon|Сёма, Сеня
m|Сергей|Сяргей|Сергій|Siergiej, Sergej, Serge|Серёжа, Серый, Серж, Сярожа, Серёга, Сяржук
m|Станислав|Станіслаў|Станіслав|Stanisław|Стас, Слава, Стасік, Стась
m|Степан|Сцяпан, Сцефан|Степан|Stefan, Szczepan, Stephan|Стёпа, Стёпка
m|Тимофей|Цімафей|Тимофій|Tymoteusz, Timotheus|Тима, Тимоша
m|Тимур|Цімур|Тимур|Timur|Тима
m|Тихон|Ціхан|Тихон|Tichon|Тиша
m|Фёдор|Фёдар, Хведар|Федір|Teodor, Theodor, Fiodor|Федя, Федька
m|Филипп|Філіп|Пилип|Filip, Philipp, Philippe|Филя
m|Эдуард|Эдуард|Едуард|Edward, Eduard, Édouard|Эдик, Эдька
m|Юрий|Юрый|Юрій|Jerzy, Jurij, Youri|Юра, Юрка, Юрась, Юрачка
m|Яков|Якаў|Яків|Jakub, Jakob, Jacques, Jacob, Yaakov, Jokūbas|Яша, Яшка, Янкель, Yankel, Jankiel
m|Ярослав|Яраслаў|Ярослав|Jarosław|Ярик, Слава
m|Вениамин|Веніямін|Веніамін|Beniamin, Benjamin|Веня
m|Давид|Давід|Давид|Dawid, David|Дава, Додик
m|Захар|Захар|Захар|Zachariasz|Захарка
m|Марк|Марк|Марк|Marek|Марик
m|Назар|Назар|Назар|Nazar|Назарка
m|Платон|Платон|Платон|Platon|Тоша
m|Родион|Радзівон|Родіон|Rodion|Родя
m|Тарас|Тарас|Тарас|Taras|Тарасик
m|Эмиль|Эміль|Еміль|Emil|Миля
m|Исаак|Ісак, Ісаак|Ісаак|Isaac, Izaak, Yitzhak, Itzhak, Ицхак, Isacco|Ицик, Itzik, Изя
m|Абрам|Абрам|Абрам|Abraham, Avraham, Авраам, Abramo|Абраша, Avreml
m|Моисей|Майсей|Мойсей|Moses, Moshe, Mojżesz, Моше, Мовша, Moïse, Mose|Мойша, Moishe, Моня
m|Соломон|Саламон|Соломон|Salomon, Shlomo, Шломо, Shloyme, Шлойме, Szlama|Шлёма, Шлема, Моня
m|Хаим|Хаім|Хаїм|Chaim, Haim, Hayim, Хайм|Хаймке
m|Лейб|Лейб|Лейб|Leib, Leyb, Лейба, Lejb, Löb|Лейбл
m|Мордух|Мардух|Мордух|Mordechai, Mordecai, Мордехай, Мордко, Mordko|Мотл
m|Генрих|Генрых|Генріх|Heinrich, Henryk, Henri, Henry, Enrico|Heinz
m|Фридрих|Фрыдрых|Фрідріх|Friedrich, Fryderyk, Frédéric, Frederick, Federico|Фриц, Fritz
m|Карл|Карл|Карл|Karl, Karol, Charles, Carlo|Карлуша
m|Юлий|Юлій|Юлій|Julius, Juliusz, Jules, Giulio|Юлик
m|Эммануил|Эмануіл|Еммануїл|Emmanuel, Emanuel, Эммануэль|Моня
m|Казимир|Казімір|Казимир|Kazimierz, Kazimieras, Kasimir|Казик
m|Ефим|Яўхім|Юхим|Евфимий|Фима
m|Кузьма|Кузьма|Кузьма|Kosma, Cosmas, Косьма|Кузя
m|Фома|Хама, Тамаш|Хома|Tomasz, Thomas, Tomas, Томас|Фомка
m|Гавриил|Гаўрыла|Гаврило|Gabriel, Gawriel, Гаврила|Гаврюша
m|Габдулла|Габдула|Габдулла|Abdulla, Abdullah, Абдулла, Ğabdulla|
m|Мухаммед|Мухамед|Мухаммед|Muhammad, Mohammed, Mukhamed, Магомед, Мухамед, Muhammet, Mohamed|
m|Ахмед|Ахмед|Ахмед|Ahmed, Ahmad, Akhmed, Ахмет, Ahmet|
f|Александра|Аляксандра|Олександра|Aleksandra, Alexandra|Саша, Шура, Саня, Сашенька, Олеся
f|Алла|Ала|Алла|Ala|Аллочка
f|Алеся|Алеся|Олеся|Olesia|Леся, Алесечка
f|Анастасия|Анастасія, Настасся|Анастасія|Anastazja, Anastasia|Настя, Наста, Стася, Ася, Настасся
f|Анна|Ганна|Ганна|Anna, Hanna, Anne, Chana, Hannah, Хана|Аня, Анечка, Нюра, Ганка, Ганначка, Нюша
f|Валентина|Валянціна|Валентина|Walentyna|Валя, Валюша
f|Вера|Вера|Віра|Wiera, Vera|Верочка, Веруся
f|Вероника|Вераніка|Вероніка|Weronika, Véronique|Ника, Вера
f|Виктория|Вікторыя|Вікторія|Wiktoria, Victoria|Вика, Віка, Тори
f|Галина|Галіна|Галина|Halina|Галя, Галочка
f|Дарья|Дар'я, Дарʼя|Дарія, Дар'я|Daria, Darja|Даша, Дашка, Дашуля
f|Евгения|Яўгенія|Євгенія|Eugenia, Jewgenija|Женя, Женечка
f|Екатерина|Кацярына|Катерина|Katarzyna, Katharina, Catherine|Катя, Катюша, Каця, Кася, Катруся
f|Елена|Алена, Алёна|Олена|Helena, Jelena, Hélène|Лена, Леночка, Алёнка
f|Елизавета|Лізавета, Елізавета|Єлизавета|Elżbieta, Elisabeth, Élisabeth|Лиза, Лізка, Лизонька
f|Жанна|Жанна|Жанна|Joanna, Jeanne|Жанночка
f|Зинаида|Зінаіда|Зінаїда|Zinaida|Зина, Зінка
f|Инна|Іна|Інна|Inna|Инночка
f|Ирина|Ірына|Ірина|Irena, Irina, Irène|Ира, Ирка, Іра, Ірынка
f|Кристина|Крысціна|Христина|Krystyna, Christine|Кристя, Тина
f|Ксения|Ксенія|Ксенія|Ksenia, Xenia|Ксюша, Ксеня
f|Лариса|Ларыса|Лариса|Larysa|Лара, Лорик
f|Лилия|Лілія|Лілія|Lilia, Lilija|Лиля
f|Людмила|Людміла|Людмила|Ludmiła, Ludmilla|Люда, Мила, Людочка, Люся
f|Любовь|Любоў|Любов|Luba|Люба, Любочка
f|Марина|Марына|Марина|Maryna, Marina|Мариша, Маринка
f|Мария|Марыя|Марія|Maria, Marie, Maryja|Маша, Машка, Маня, Марийка, Маруся, Марыся
f|Марфа|Марфа|Марфа|Marta, Martha|Марфуша
f|Надежда|Надзея|Надія|Nadzieja|Надя, Надюша
f|Наталья|Наталля, Наталья|Наталія|Natalia, Natalja, Nathalie|Наташа, Ната, Натуся
f|Нина|Ніна|Ніна|Nina|Ниночка
f|Оксана|Аксана|Оксана|Oksana|Ксана, Оксанка
f|Ольга|Вольга|Ольга|Olga, Olha|Оля, Олечка, Воля
f|Полина|Паліна|Поліна|Paulina, Pauline|Поля, Полінка
f|Раиса|Раіса|Раїса|Raisa|Рая
f|Светлана|Святлана|Світлана|Swietłana, Swetlana|Света, Светка, Лана, Святланка
f|Софья|Соф'я, Сафія|Софія|Zofia, Sophia, Sophie|Соня, Софа
f|Тамара|Тамара|Тамара|Tamara|Тома
f|Татьяна|Таццяна|Тетяна|Tatiana, Tatjana|Таня, Танюша, Танька
f|Ульяна|Ульяна|Уляна|Julianna|Уля
f|Эльвира|Эльвіра|Ельвіра|Elwira|Эля
f|Юлия|Юлія|Юлія|Julia, Julija, Julie|Юля, Юлька
f|Яна|Яна|Яна|Jana|Яночка
f|Антонина|Антаніна|Антоніна|Antonina|Тоня
f|Валерия|Валерыя|Валерія|Waleria|Лера
f|Диана|Дзіяна|Діана|Diana|Дина
f|Ева|Ева|Єва|Ewa, Eva|Евочка
f|Майя|Мая|Майя|Maja|Майечка
f|Регина|Рэгіна|Регіна|Regina|Гина
f|Прасковья|Праскоўя, Параскева|Параска|Paraskewa, Praskovia|Параша, Паша
f|Пелагея|Палагея|Пелагея|Pelagia|Поля, Пелагейка
f|Агафья|Агата, Гапа|Агафія|Agata, Agathe|Агаша, Гаша
f|Евдокия|Аўдоцця, Еўдакія|Євдокія|Eudokia, Awdotia, Авдотья|Дуня, Дуняша
f|Матрёна|Мацяруна, Матруна|Мотрона|Matrona|Мотя, Матрёша
f|Ефросинья|Ефрасіння|Єфросинія|Eufrozyna, Euphrosyne, Ефросиния|Фрося
f|Аграфена|Аграфена|Агрипина|Agrypina, Агриппина|Груша, Граня
f|Фёкла|Тэкля|Текля|Tekla, Thekla, Фекла|Феклуша
f|Сара|Сара|Сара|Sarah, Sura, Сура, Sore|Сарочка
f|Ривка|Рыўка|Ривка|Rivka, Rebecca, Rywka, Ревекка, Рива|Ривочка
f|Фейга|Фейга|Фейга|Feige, Fejga, Фейге|
f|Эсфирь|Эсфір|Есфір|Esther, Ester, Эстер, Estera|Фира
f|Рахиль|Рахіль|Рахіль|Rachel, Rachela, Рахель, Рохл|Рахиля
f|Лея|Лея|Лея|Leah, Lea|
f|Голда|Голда|Голда|Golda, Golde|
f|Фатима|Фаціма|Фатіма|Fatıyma, Fatma|
f|Ядвига|Ядвіга|Ядвіга|Jadwiga, Hedwig, Jadvyga|Ядзя
f|Варвара|Варвара|Варвара|Barbara, Warwara|Варя
f|Клавдия|Клаўдзія|Клавдія|Klaudia, Claudia|Клава
f|Лидия|Лідзія|Лідія|Lidia, Lydia|Лида
f|Зоя|Зоя|Зоя|Zoe, Zoja|Зоенька
m|Франциск|Францішак, Франц|Франциск|Franciszek, Franz, František, François, Франтишек|Франак, Франусь, Франек
m|Леонтий|Лявон|Леонтій|Leon, Léon, Леон|Лёня
"""


@dataclass(frozen=True, slots=True)
class GivenName:
    """One name in its forms: full forms first, the Russian form at [0]."""

    sex: str  # "m" or "f"
    russian: str
    belarusian: tuple[str, ...]
    ukrainian: tuple[str, ...]
    other: tuple[str, ...]
    diminutives: tuple[str, ...]

    @property
    def full_forms(self) -> tuple[str, ...]:
        return (self.russian, *self.belarusian, *self.ukrainian, *self.other)


def _forms(field: str) -> tuple[str, ...]:
    return tuple(f.strip() for f in field.split(",") if f.strip())


def _parse(table: str) -> tuple[GivenName, ...]:
    out = []
    for line in table.strip().splitlines():
        sex, ru, be, uk, other, dim = line.split("|")
        out.append(GivenName(sex, ru.strip(), _forms(be), _forms(uk), _forms(other), _forms(dim)))
    return tuple(out)


GIVEN_NAMES: tuple[GivenName, ...] = _parse(_TABLE)
"""Every name of the table, in table order."""
