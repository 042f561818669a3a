<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AnnotationEntries</name>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>приговор</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Человек: {name}</translation>
    </message>
    <message>
        <source>Sentence {when} — {term}</source>
        <translation>Приговор {when} — {term}</translation>
    </message>
    <message>
        <source>Quote “{text}”</source>
        <translation>Цитата «{text}»</translation>
    </message>
    <message>
        <source>Event {when} — {kind}</source>
        <translation>Событие {when} — {kind}</translation>
    </message>
    <message>
        <source>Facility: {name}</source>
        <translation>Учреждение: {name}</translation>
    </message>
    <message>
        <source>Source [{n}] {title}</source>
        <translation>Источник [{n}] {title}</translation>
    </message>
</context>
<context>
    <name>AnnotationSession</name>
    <message>
        <source>Annotations are locked: the annotation store is encrypted and its passphrase was not entered. Open it again with Edit ▸ Preferences.</source>
        <translation>Аннотации заблокированы: хранилище аннотаций зашифровано, а парольная фраза не введена. Откройте его снова через Правка ▸ Настройки.</translation>
    </message>
    <message>
        <source>Annotations are off: the annotation store could not be opened.</source>
        <translation>Аннотации отключены: не удалось открыть хранилище аннотаций.</translation>
    </message>
</context>
<context>
    <name>AnnotationStoreController</name>
    <message>
        <source>Annotations opened.</source>
        <translation>Аннотации открыты.</translation>
    </message>
</context>
<context>
    <name>AnnotationUndoController</name>
    <message>
        <source>Undone: {action}</source>
        <translation>Отменено: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Повторено: {action}</translation>
    </message>
    <message numerus="yes">
        <source>{done} ({count} person(s))</source>
        <translation>
            <numerusform>{done} ({count} человек)</numerusform>
            <numerusform>{done} ({count} человека)</numerusform>
            <numerusform>{done} ({count} человек)</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} — {people}</source>
        <translation>{done} — {people}</translation>
    </message>
    <message>
        <source>The search and filters were cleared to show this person.</source>
        <translation>Поиск и фильтры сброшены, чтобы показать этого человека.</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Why *{field}* should be “{value}”: {reason}</source>
        <translation>Почему *{field}* должно быть «{value}»: {reason}</translation>
    </message>
    <message>
        <source>by {who} on {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>, edited by {who} on {when}</source>
        <translation>; изменил(а) {who}, {when}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>(deleted tag)</source>
        <translation>(удалённый тег)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
</context>
<context>
    <name>AnnotationsPane</name>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Entry to annotate</source>
        <translation>Запись для аннотации</translation>
    </message>
    <message>
        <source>New notes, tags and corrections go to this entry</source>
        <translation>Новые заметки, теги и исправления добавляются к этой записи</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Propose correction…</source>
        <translation>Предложить исправление…</translation>
    </message>
    <message>
        <source>Your unsaved note on {name} is kept as a draft.</source>
        <translation>Ваша несохранённая заметка ({name}) сохранена как черновик.</translation>
    </message>
    <message>
        <source>Your unsaved note is back in the editor.</source>
        <translation>Ваша несохранённая заметка снова в редакторе.</translation>
    </message>
    <message>
        <source>Select a note or a correction to edit.</source>
        <translation>Выберите заметку или исправление для изменения.</translation>
    </message>
    <message>
        <source>Select an annotation to delete.</source>
        <translation>Выберите аннотацию для удаления.</translation>
    </message>
    <message>
        <source>Deleted (Undo brings it back).</source>
        <translation>Удалено (Отменить вернёт).</translation>
    </message>
    <message>
        <source>Select an annotation to see its history.</source>
        <translation>Выберите аннотацию, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>History — {what}</source>
        <translation>История — {what}</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Сначала выберите человека.</translation>
    </message>
    <message>
        <source>An unsaved note on {entry} from {when} was kept: “{start}”</source>
        <translation>Осталась несохранённая заметка ({entry}, {when}): «{start}»</translation>
    </message>
    <message>
        <source>(and {n} more)</source>
        <translation>(и ещё {n})</translation>
    </message>
    <message>
        <source>Open an archive to annotate it.</source>
        <translation>Откройте архив, чтобы добавлять аннотации.</translation>
    </message>
    <message>
        <source>Select a person to see and add notes.</source>
        <translation>Выберите человека, чтобы видеть и добавлять заметки.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No notes, tags or corrections on this person yet.</source>
        <translation>У этого человека пока нет заметок, тегов и исправлений.</translation>
    </message>
    <message>
        <source>Correction changed; the archive is unchanged.</source>
        <translation>Исправление изменено; архив не изменён.</translation>
    </message>
    <message>
        <source>Correction proposed; the archive is unchanged.</source>
        <translation>Исправление предложено; архив не изменён.</translation>
    </message>
</context>
<context>
    <name>AppealOutcomeLabel</name>
    <message>
        <source>upheld</source>
        <translation>оставлен в силе</translation>
    </message>
    <message>
        <source>term reduced</source>
        <translation>срок сокращён</translation>
    </message>
    <message>
        <source>term increased</source>
        <translation>срок увеличен</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>sent back for a new trial</source>
        <translation>направлен на новое рассмотрение</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ещё не рассмотрена</translation>
    </message>
    <message>
        <source>other outcome</source>
        <translation>иной исход</translation>
    </message>
</context>
<context>
    <name>ArchiveContents</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Spellings of people&apos;s names</source>
        <translation>Написания имён людей</translation>
    </message>
    <message>
        <source>Roles of people</source>
        <translation>Роли людей</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Spellings of organizations&apos; names</source>
        <translation>Написания названий организаций</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Приговоры</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Апелляции</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>People quotes are about</source>
        <translation>Люди, о которых цитаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>People in events</source>
        <translation>Участники событий</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Ссылки на источники</translation>
    </message>
    <message>
        <source>Recognitions as political prisoners</source>
        <translation>Признания политзаключёнными</translation>
    </message>
    <message>
        <source>Places of custody</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>Фото и вложения</translation>
    </message>
</context>
<context>
    <name>BannerBar</name>
    <message>
        <source>Notice about this archive</source>
        <translation>Замечание об этом архиве</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробности…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Закрыть замечание</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть заново</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <source>The search and filters were cleared to show this person.</source>
        <translation>Поиск и фильтры сброшены, чтобы показать этого человека.</translation>
    </message>
</context>
<context>
    <name>ChangeLabel</name>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation>Изменить цвет тега</translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation>Создать тег</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Удалить аннотацию</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Отбросить черновик</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Импортировать аннотации</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Объединить теги</translation>
    </message>
    <message>
        <source>Propose correction</source>
        <translation>Предложить исправление</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Снять тег</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Переименовать тег</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Отменить: {action}</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Действующие фильтры</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Очистить всё</translation>
    </message>
    <message>
        <source>Clear all filters and the search</source>
        <translation>Сбросить все фильтры и поиск</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Undo the last change to the filters</source>
        <translation>Вернуть последнее изменение фильтров</translation>
    </message>
    <message>
        <source>Showing everybody.</source>
        <translation>Показаны все.</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <source>Remove filter: {chip}</source>
        <translation>Убрать фильтр: {chip}</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>from {year}</source>
        <translation>с {year}</translation>
    </message>
    <message>
        <source>to {year}</source>
        <translation>по {year}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Изменилось после:</translation>
    </message>
    <message>
        <source>{title}: {value}</source>
        <translation>{title}: {value}</translation>
    </message>
    <message>
        <source>Search: “{text}” (exact spelling)</source>
        <translation>Поиск: «{text}» (точное написание)</translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation>Поиск: «{text}»</translation>
    </message>
</context>
<context>
    <name>CiteController</name>
    <message>
        <source>Citation copied ({format}).</source>
        <translation>Цитата скопирована ({format}).</translation>
    </message>
    <message numerus="yes">
        <source>{n} source(s) written to {name}.</source>
        <translation>
            <numerusform>{n} источник записан в {name}.</numerusform>
            <numerusform>{n} источника записаны в {name}.</numerusform>
            <numerusform>{n} источников записано в {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>&amp;This source: [{n}] {title}</source>
        <translation>&amp;Этот источник: [{n}] {title}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Every citation of this record ({n})</source>
        <translation>
            <numerusform>&amp;Все ссылки этой записи ({n})</numerusform>
            <numerusform>&amp;Все ссылки этой записи ({n})</numerusform>
            <numerusform>&amp;Все ссылки этой записи ({n})</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Те&amp;кст</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>С&amp;копировать</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Save citations</source>
        <translation>Сохранить цитаты</translation>
    </message>
    <message>
        <source>Text is for copying; choose CSL-JSON, RIS or BibTeX to save a file.</source>
        <translation>Текст — для копирования; чтобы сохранить файл, выберите CSL-JSON, RIS или BibTeX.</translation>
    </message>
    <message>
        <source>Copied as {format}.</source>
        <translation>Скопировано как {format}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} source(s) written to {name}.</source>
        <translation>
            <numerusform>{n} источник записан в {name}.</numerusform>
            <numerusform>{n} источника записаны в {name}.</numerusform>
            <numerusform>{n} источников записано в {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Kartoteka: an offline viewer for archives of political prisoners&apos; records. Run &apos;kartoteka&apos; alone to open the bundled sample archive, or &apos;kartoteka ARCHIVE&apos; to open an archive file. A first argument that is a subcommand name is always the subcommand (write &apos;kartoteka ./info&apos; to open a file named &apos;info&apos;).</source>
        <translation>Kartoteka: программа для просмотра архивов записей о политзаключённых без интернета. Запустите &apos;kartoteka&apos; без аргументов, чтобы открыть образец архива, или &apos;kartoteka ARCHIVE&apos;, чтобы открыть файл архива. Первый аргумент, совпадающий с названием команды, всегда означает команду (чтобы открыть файл с именем &apos;info&apos;, напишите &apos;kartoteka ./info&apos;).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <source>print the details of an error</source>
        <translation>вывести подробности ошибки</translation>
    </message>
    <message>
        <source>add Kartoteka to the desktop&apos;s menu (a normal install)</source>
        <translation>добавить Kartoteka в меню рабочего стола (обычная установка)</translation>
    </message>
    <message>
        <source>remove the menu entry again</source>
        <translation>убрать пункт меню</translation>
    </message>
    <message>
        <source>write a copy of an archive with its name index and derived tables rebuilt by this version (the archive itself is not changed)</source>
        <translation>записать копию архива с индексом имён и производными таблицами, перестроенными этой версией (сам архив не меняется)</translation>
    </message>
    <message>
        <source>the new archive file to create</source>
        <translation>новый файл архива, который нужно создать</translation>
    </message>
    <message>
        <source>passphrase of an encrypted ARCHIVE (asked otherwise); the new file keeps it</source>
        <translation>парольная фраза зашифрованного ARCHIVE (иначе её спросят); новый файл сохраняет её</translation>
    </message>
    <message>
        <source>write the bundled sample archive to a file</source>
        <translation>записать образец архива в файл</translation>
    </message>
    <message>
        <source>the archive file to create</source>
        <translation>файл архива, который нужно создать</translation>
    </message>
    <message>
        <source>write a synthetic archive (for tests and benchmarks)</source>
        <translation>записать синтетический архив (для тестов и замеров)</translation>
    </message>
    <message>
        <source>how many people</source>
        <translation>сколько людей</translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation>зерно случайности (по умолчанию 0)</translation>
    </message>
    <message>
        <source>add JSON or CSV files to an archive (created when it does not exist)</source>
        <translation>добавить файлы JSON или CSV в архив (создаётся, если его нет)</translation>
    </message>
    <message>
        <source>input format (default: by name, else by what the file holds; a CSV list with a &apos;Name and surname&apos; column is read as a Viasna-style list)</source>
        <translation>формат входных данных (по умолчанию: по имени, иначе по содержимому файла; список CSV со столбцом &apos;Name and surname&apos; читается как список в стиле «Весны»)</translation>
    </message>
    <message>
        <source>rewrite entries whose ids already exist</source>
        <translation>перезаписать записи, идентификаторы которых уже есть</translation>
    </message>
    <message>
        <source>write an archive&apos;s data as JSON or CSV</source>
        <translation>записать данные архива в JSON или CSV</translation>
    </message>
    <message>
        <source>a .json file, a .zip of CSV files, or a folder for CSV files</source>
        <translation>файл .json, архив .zip с файлами CSV или папка для файлов CSV</translation>
    </message>
    <message>
        <source>default: .json means JSON, else CSV</source>
        <translation>по умолчанию: .json означает JSON, иначе CSV</translation>
    </message>
    <message>
        <source>title, counts, schema version and (with --check) a health check</source>
        <translation>название, количества, версия схемы и (с --check) проверка целостности</translation>
    </message>
    <message>
        <source>one JSON object instead of text</source>
        <translation>один объект JSON вместо текста</translation>
    </message>
    <message>
        <source>run the full integrity check (reads the whole file; a progress bar on stderr)</source>
        <translation>выполнить полную проверку целостности (читает весь файл; индикатор хода в stderr)</translation>
    </message>
    <message>
        <source>find people by any spelling of a name, or by text</source>
        <translation>найти людей по любому написанию имени или по тексту</translation>
    </message>
    <message>
        <source>one JSON object per person found</source>
        <translation>один объект JSON на каждого найденного человека</translation>
    </message>
    <message>
        <source>default 20</source>
        <translation>по умолчанию 20</translation>
    </message>
    <message>
        <source>match the spelling as typed (no other scripts or romanizations)</source>
        <translation>искать написание точно как введено (без других алфавитов и латинизаций)</translation>
    </message>
    <message>
        <source>what changed between two editions of an archive</source>
        <translation>что изменилось между двумя выпусками архива</translation>
    </message>
    <message>
        <source>Compare an earlier edition OLD.db with a later one NEW.db: people added, removed and changed (status, sentences, appeals, releases, transfers, name spellings), matched by their stable ids.</source>
        <translation>Сравнить более ранний выпуск OLD.db с более поздним NEW.db: добавленные, удалённые и изменённые люди (статус, приговоры, обжалования, освобождения, этапирования, написания имени), сопоставленные по их постоянным идентификаторам.</translation>
    </message>
    <message>
        <source>the whole difference as one JSON object</source>
        <translation>вся разница одним объектом JSON</translation>
    </message>
    <message>
        <source>people listed per kind (text)</source>
        <translation>список людей по видам изменений (текст)</translation>
    </message>
    <message>
        <source>write a PDF dossier of one or more people (sources as numbered notes)</source>
        <translation>записать досье в PDF на одного или нескольких человек (источники — нумерованными примечаниями)</translation>
    </message>
    <message>
        <source>Write one PDF with a section per person: summary, every spelling of the name, sentences, quotes, events, relations and numbered sources. Works offline.</source>
        <translation>Записать один PDF с разделом на каждого человека: краткое содержание, все написания имени, приговоры, цитаты, события, связи и нумерованные источники. Работает без интернета.</translation>
    </message>
    <message>
        <source>person ids, e.g. p-tsikhanouski</source>
        <translation>идентификаторы людей, например p-tsikhanouski</translation>
    </message>
    <message>
        <source>default en</source>
        <translation>по умолчанию en</translation>
    </message>
    <message>
        <source>script of names (default: Cyrillic for be and ru, Latin passport for en)</source>
        <translation>алфавит имён (по умолчанию: кириллица для be и ru, паспортная латиница для en)</translation>
    </message>
    <message>
        <source>include the archivist&apos;s notes and proposed corrections from this store</source>
        <translation>включить заметки архивиста и предложенные исправления из этого хранилища</translation>
    </message>
    <message>
        <source>export sources as CSL-JSON (.json), RIS (.ris) or BibTeX (.bib)</source>
        <translation>экспортировать источники в CSL-JSON (.json), RIS (.ris) или BibTeX (.bib)</translation>
    </message>
    <message>
        <source>the format follows the extension</source>
        <translation>формат определяется расширением</translation>
    </message>
    <message>
        <source>only the sources cited in this person&apos;s record (repeatable)</source>
        <translation>только источники, на которые ссылается запись об этом человеке (можно повторять)</translation>
    </message>
    <message>
        <source>write an encrypted copy of an archive (opened only with its passphrase)</source>
        <translation>записать зашифрованную копию архива (открывается только с парольной фразой)</translation>
    </message>
    <message>
        <source>Write an encrypted copy of ARCHIVE to OUT.db. Keep the passphrase safe: without it the archive cannot be opened by anyone, including you. There is no recovery.</source>
        <translation>Записать зашифрованную копию ARCHIVE в OUT.db. Берегите парольную фразу: без неё архив не откроет никто, в том числе вы. Восстановить её невозможно.</translation>
    </message>
    <message>
        <source>the encrypted file to create</source>
        <translation>зашифрованный файл, который нужно создать</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of F instead of asking</source>
        <translation>прочитать парольную фразу из первой строки F, а не спрашивать</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted archive</source>
        <translation>сменить парольную фразу зашифрованного архива</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted ARCHIVE. The change is atomic: if it is interrupted, the archive opens with the old or the new passphrase.</source>
        <translation>Сменить парольную фразу зашифрованного ARCHIVE. Смена атомарна: если её прервать, архив открывается со старой или с новой парольной фразой.</translation>
    </message>
    <message>
        <source>the old passphrase</source>
        <translation>старая парольная фраза</translation>
    </message>
    <message>
        <source>the new passphrase</source>
        <translation>новая парольная фраза</translation>
    </message>
    <message>
        <source>write the letters list (people in custody, envelopes, birthdays) as CSV</source>
        <translation>записать список для писем (люди под стражей, конверты, дни рождения) в CSV</translation>
    </message>
    <message>
        <source>the CSV file to create</source>
        <translation>файл CSV, который нужно создать</translation>
    </message>
    <message>
        <source>envelope language (default ru)</source>
        <translation>язык конвертов (по умолчанию ru)</translation>
    </message>
    <message>
        <source>birthdays from month N on (default: this month)</source>
        <translation>дни рождения начиная с месяца N (по умолчанию: с этого месяца)</translation>
    </message>
    <message>
        <source>write a redacted copy to serve with Datasette or load into Aleph/Uwazi</source>
        <translation>записать очищенную копию для Datasette или для загрузки в Aleph/Uwazi</translation>
    </message>
    <message>
        <source>Write a redacted, decrypted copy of ARCHIVE into the new or empty folder OUT_DIR, with metadata.yml for Datasette, CSV files with datapackage.json, FollowTheMoney entities and Popolo JSON. Annotations are never included. The rules file says which people, fields and sources to leave out (docs/PUBLISHING.md).</source>
        <translation>Записать очищенную, расшифрованную копию ARCHIVE в новую или пустую папку OUT_DIR: metadata.yml для Datasette, файлы CSV с datapackage.json, сущности FollowTheMoney и Popolo JSON. Аннотации туда никогда не попадают. Файл правил определяет, каких людей, поля и источники исключить (docs/PUBLISHING.md).</translation>
    </message>
    <message>
        <source>the redaction rules</source>
        <translation>правила очистки</translation>
    </message>
    <message>
        <source>only say what would be dropped; write nothing</source>
        <translation>только сказать, что будет исключено; ничего не записывать</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>вывести отчёт в JSON</translation>
    </message>
    <message>
        <source>passphrase of an encrypted ARCHIVE</source>
        <translation>парольная фраза зашифрованного ARCHIVE</translation>
    </message>
    <message>
        <source>annotation store to look up the rules&apos; tags in (default: your own store)</source>
        <translation>хранилище аннотаций, где искать теги из правил (по умолчанию: ваше собственное)</translation>
    </message>
    <message>
        <source>a short session in the window (open, search, note, export, quit) to check Kartoteka</source>
        <translation>короткий сеанс в окне (открыть, поиск, заметка, экспорт, выход), чтобы проверить Kartoteka</translation>
    </message>
    <message>
        <source>archive to open (default: the sample)</source>
        <translation>архив, который открыть (по умолчанию: образец)</translation>
    </message>
    <message>
        <source>what to search for</source>
        <translation>что искать</translation>
    </message>
    <message>
        <source>the note to add</source>
        <translation>заметка, которую добавить</translation>
    </message>
    <message>
        <source>export the annotations here</source>
        <translation>экспортировать аннотации сюда</translation>
    </message>
    <message>
        <source>use this installation&apos;s settings and annotation store (default: a throwaway one)</source>
        <translation>использовать настройки и хранилище аннотаций этой установки (по умолчанию: временные)</translation>
    </message>
    <message>
        <source>quit as soon as the archive is listed</source>
        <translation>выйти, как только архив появится в списке</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>all {count} redacted values</source>
        <translation>
            <numerusform>все {count} исключённое значение</numerusform>
            <numerusform>все {count} исключённых значения</numerusform>
            <numerusform>все {count} исключённых значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest {count} of {total} redacted values</source>
        <translation>
            <numerusform>самое длинное {count} из {total} исключённых значений</numerusform>
            <numerusform>самые длинные {count} из {total} исключённых значений</numerusform>
            <numerusform>самые длинные {count} из {total} исключённых значений</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>{value} must be 1 or more</source>
        <translation>{value}: должно быть 1 или больше</translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation>(не установлено)</translation>
    </message>
    <message>
        <source>Wrote the sample archive to {path}</source>
        <translation>Образец архива записан в {path}</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Создание</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {count} synthetic people (seed {seed}), {size} MB in {seconds} s</source>
        <translation>
            <numerusform>Записано {path}: {count} синтетический человек (зерно {seed}), {size} МБ за {seconds} с</numerusform>
            <numerusform>Записано {path}: {count} синтетических человека (зерно {seed}), {size} МБ за {seconds} с</numerusform>
            <numerusform>Записано {path}: {count} синтетических человек (зерно {seed}), {size} МБ за {seconds} с</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>not run (use --check)</source>
        <translation>не проводилась (используйте --check)</translation>
    </message>
    <message>
        <source>(checked before; --check checks again)</source>
        <translation>(проверено ранее; --check проверит снова)</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} от {date}</translation>
    </message>
    <message>
        <source>yes (generated, not real records)</source>
        <translation>да (сгенерированы, не настоящие записи)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Archive id</source>
        <translation>Идентификатор архива</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Синтетический</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Entries (as recorded when the archive was written; --check counts them):</source>
        <translation>Записи (как записано при создании архива; --check пересчитает их):</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <source>No exact match — similar names:</source>
        <translation>Точных совпадений нет — похожие имена:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message numerus="yes">
        <source>only the first {count} people found are listed; more match (add words or filters, or list more with --limit).</source>
        <translation>
            <numerusform>показан только первый {count} найденный человек; подходит больше (добавьте слова или фильтры либо покажите больше через --limit).</numerusform>
            <numerusform>показаны только первые {count} найденных человека; подходит больше (добавьте слова или фильтры либо покажите больше через --limit).</numerusform>
            <numerusform>показаны только первые {count} найденных человек; подходит больше (добавьте слова или фильтры либо покажите больше через --limit).</numerusform>
        </translation>
    </message>
    <message>
        <source>{prog}: nothing found for {query}.</source>
        <translation>{prog}: по запросу {query} ничего не найдено.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Возможно, вы имели в виду {suggestion}?</translation>
    </message>
    <message>
        <source>Archive passphrase: </source>
        <translation>Парольная фраза архива: </translation>
    </message>
    <message>
        <source>Removed {path}</source>
        <translation>Удалено {path}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Записано {path}</translation>
    </message>
    <message>
        <source>unexpected argument {argument}. Usage: kartoteka [ARCHIVE] or kartoteka COMMAND ... (see kartoteka --help)</source>
        <translation>неожиданный аргумент {argument}. Использование: kartoteka [ARCHIVE] или kartoteka COMMAND ... (см. kartoteka --help)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {count} sources to {path}</source>
        <translation>
            <numerusform>Записан {count} источник в {path}</numerusform>
            <numerusform>Записано {count} источника в {path}</numerusform>
            <numerusform>Записано {count} источников в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{id}: no such person in {path}; left out</source>
        <translation>{id}: такого человека в {path} нет; пропущено</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {count} people, {pages} pages, {kb} KB in {seconds} s</source>
        <translation>
            <numerusform>Записано {path}: {count} человек, страниц: {pages}, {kb} КБ за {seconds} с</numerusform>
            <numerusform>Записано {path}: {count} человека, страниц: {pages}, {kb} КБ за {seconds} с</numerusform>
            <numerusform>Записано {path}: {count} человек, страниц: {pages}, {kb} КБ за {seconds} с</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the archive cannot be opened by anyone, including you. There is no recovery.</source>
        <translation>Берегите парольную фразу: без неё архив не откроет никто, в том числе вы. Восстановить её невозможно.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Введите её ещё раз: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Wrote the encrypted archive {path}.</source>
        <translation>Зашифрованный архив записан: {path}.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <source>Changed the passphrase of {path}.</source>
        <translation>Парольная фраза {path} изменена.</translation>
    </message>
    <message>
        <source>{value} is not a month number</source>
        <translation>{value} — не номер месяца</translation>
    </message>
    <message>
        <source>{value} is not a month (1 to 12)</source>
        <translation>{value} — не месяц (от 1 до 12)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {count} people in custody</source>
        <translation>
            <numerusform>Записано {file}: {count} человек под стражей</numerusform>
            <numerusform>Записано {file}: {count} человека под стражей</numerusform>
            <numerusform>Записано {file}: {count} человек под стражей</numerusform>
        </translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>организации</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>связи</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>приговоры</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>цитаты</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>обжалования</translation>
    </message>
    <message>
        <source>recognitions</source>
        <translation>признания</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>места содержания</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>вложения</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>the search index is unusable</source>
        <translation>поисковый индекс непригоден</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>прервана</translation>
    </message>
    <message>
        <source>not finished in time</source>
        <translation>не закончена вовремя</translation>
    </message>
    <message>
        <source>it was already current</source>
        <translation>он уже был актуален</translation>
    </message>
    <message>
        <source>it was built by an older version</source>
        <translation>он был построен более старой версией</translation>
    </message>
    <message>
        <source>it was built by a newer version</source>
        <translation>он был построен более новой версией</translation>
    </message>
    <message>
        <source>its recorded version could not be read</source>
        <translation>его записанную версию не удалось прочитать</translation>
    </message>
    <message>
        <source>{count} {entries}</source>
        <translation>{entries}: {count}</translation>
    </message>
    <message>
        <source>{count} {entries} replaced</source>
        <translation>{entries}, заменённые: {count}</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>нечего добавить</translation>
    </message>
    <message>
        <source>Created {file}: {counts}</source>
        <translation>Создано {file}: {counts}</translation>
    </message>
    <message>
        <source>Updated {file}: {counts}</source>
        <translation>Обновлено {file}: {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Wrote {file}: {counts}</source>
        <translation>Записано {file}: {counts}</translation>
    </message>
    <message>
        <source>Wrote {path}: the name index and derived tables rebuilt ({before}).</source>
        <translation>Записано {path}: индекс имён и производные таблицы перестроены ({before}).</translation>
    </message>
    <message>
        <source>{prog}: note: {text}</source>
        <translation>{prog}: примечание: {text}</translation>
    </message>
    <message>
        <source>{prog}: error: </source>
        <translation>{prog}: ошибка: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>(run with --verbose for the details)</source>
        <translation>(подробности — с --verbose)</translation>
    </message>
    <message>
        <source>Preview (nothing written):</source>
        <translation>Предпросмотр (ничего не записано):</translation>
    </message>
    <message>
        <source>People: {dropped} of {total} dropped</source>
        <translation>Люди: исключено {dropped} из {total}</translation>
    </message>
    <message>
        <source>selected by {rule}: {count}</source>
        <translation>выбрано по {rule}: {count}</translation>
    </message>
    <message>
        <source>{entries}: {count} dropped</source>
        <translation>{entries}: исключено {count}</translation>
    </message>
    <message>
        <source>Field {name}: {count} value(s) changed</source>
        <translation>Поле {name}: изменено значений — {count}</translation>
    </message>
    <message>
        <source>Citations: {count} dropped</source>
        <translation>Ссылки на источники: исключено {count}</translation>
    </message>
    <message>
        <source>Links to dropped entries cut: {count}</source>
        <translation>Удалено ссылок на исключённые записи: {count}</translation>
    </message>
    <message>
        <source>Name spellings replaced in free text: {count}</source>
        <translation>Заменено написаний имён в свободном тексте: {count}</translation>
    </message>
    <message>
        <source>Review: {count} kept text field(s) may still mention a dropped person in another form (see possible_mentions in the report)</source>
        <translation>Проверьте: в оставленных текстовых полях ({count}) ещё может упоминаться исключённый человек в другой форме (см. possible_mentions в отчёте)</translation>
    </message>
    <message>
        <source>Annotations: not included (they stay in your annotation store)</source>
        <translation>Аннотации: не включены (они остаются в вашем хранилище аннотаций)</translation>
    </message>
    <message>
        <source>Wrote a publishable copy to {path}</source>
        <translation>Копия для публикации записана в {path}</translation>
    </message>
    <message>
        <source>Archive: {file} (new archive id {id})</source>
        <translation>Архив: {file} (новый идентификатор архива {id})</translation>
    </message>
    <message>
        <source>Checked the written files for {what}: none found</source>
        <translation>Записанные файлы проверены на {what}: ничего не найдено</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>Файлы: {files}</translation>
    </message>
    <message>
        <source>Serve it: {command}</source>
        <translation>Чтобы открыть через Datasette: {command}</translation>
    </message>
    <message>
        <source>From edition {old} to edition {new}</source>
        <translation>От выпуска {old} до выпуска {new}</translation>
    </message>
    <message>
        <source>(different archive ids: not editions of one archive?)</source>
        <translation>(разные идентификаторы архивов: это не выпуски одного архива?)</translation>
    </message>
    <message>
        <source>People added: {added}, removed: {removed}, changed: {changed}</source>
        <translation>Люди: добавлено {added}, удалено {removed}, изменено {changed}</translation>
    </message>
    <message numerus="yes">
        <source>{category}: {count} people</source>
        <translation>
            <numerusform>{category}: {count} человек</numerusform>
            <numerusform>{category}: {count} человека</numerusform>
            <numerusform>{category}: {count} человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>… and {count} more (use --json for all)</source>
        <translation>… и ещё {count} (всё — с --json)</translation>
    </message>
    <message>
        <source>timed out waiting for: {what}</source>
        <translation>не дождался: {what}</translation>
    </message>
    <message>
        <source>the window showed an error: {reason}</source>
        <translation>окно показало ошибку: {reason}</translation>
    </message>
    <message>
        <source>the first paint</source>
        <translation>первой отрисовки окна</translation>
    </message>
    <message>
        <source>the archive&apos;s list</source>
        <translation>списка архива</translation>
    </message>
    <message>
        <source>the people in the list</source>
        <translation>людей в списке</translation>
    </message>
    <message>
        <source>no search box (SearchBox) in the window</source>
        <translation>в окне нет поля поиска (SearchBox)</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>поиска</translation>
    </message>
    <message>
        <source>the search for {text} found no one</source>
        <translation>поиск {text} никого не нашёл</translation>
    </message>
    <message>
        <source>a record to annotate</source>
        <translation>записи для аннотации</translation>
    </message>
    <message>
        <source>no note editor (NoteText, SaveNote) or no annotation store</source>
        <translation>нет редактора заметки (NoteText, SaveNote) или хранилища аннотаций</translation>
    </message>
    <message>
        <source>the note to be saved</source>
        <translation>сохранения заметки</translation>
    </message>
    <message>
        <source>the export dialog</source>
        <translation>окна экспорта</translation>
    </message>
    <message>
        <source>the annotations were not exported to {path}</source>
        <translation>аннотации не экспортированы в {path}</translation>
    </message>
    <message>
        <source>{prog}: self-test failed: {reason}</source>
        <translation>{prog}: самопроверка не прошла: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>edition {edition} of {date}</source>
        <translation>издание {edition} от {date}</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>издание {edition}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changed since {edition}</source>
        <translation>Изменилось после: {edition}</translation>
    </message>
    <message>
        <source>Changed ({n})</source>
        <translation>Изменённые ({n})</translation>
    </message>
    <message>
        <source>Added ({n})</source>
        <translation>Добавленные ({n})</translation>
    </message>
    <message>
        <source>Removed ({n})</source>
        <translation>Удалённые ({n})</translation>
    </message>
    <message>
        <source>Annotations left without an entry ({n})</source>
        <translation>Аннотации без записи ({n})</translation>
    </message>
    <message>
        <source>Show only these people in the list</source>
        <translation>Показать в списке только этих людей</translation>
    </message>
    <message>
        <source>The people added or changed since {edition}; the chip above the list removes it.</source>
        <translation>Люди, добавленные или изменённые после {edition}; чип над списком снимает этот фильтр.</translation>
    </message>
    <message>
        <source>From {old} ({file}) to this archive ({new}).</source>
        <translation>Сравнение: {old} ({file}) → этот архив ({new}).</translation>
    </message>
    <message>
        <source>People added: {a}, removed: {r}, changed: {c}.</source>
        <translation>Людей добавлено: {a}, удалено: {r}, изменено: {c}.</translation>
    </message>
    <message>
        <source>Changed, by kind: {parts}.</source>
        <translation>Изменения по видам: {parts}.</translation>
    </message>
    <message>
        <source>The two files have different archive ids: they may not be editions of one archive.</source>
        <translation>У двух файлов разные идентификаторы архива: возможно, это не издания одного архива.</translation>
    </message>
    <message>
        <source>What changed, by kind</source>
        <translation>Что изменилось, по видам</translation>
    </message>
</context>
<context>
    <name>CompareProgressDialog</name>
    <message>
        <source>Compare with another edition</source>
        <translation>Сравнить с другим изданием</translation>
    </message>
    <message>
        <source>Comparing with {name}…</source>
        <translation>Сравнение с {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>CompareWords</name>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>приговоры</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>апелляции</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>освобождения</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>этапы</translation>
    </message>
    <message>
        <source>recognitions</source>
        <translation>признания</translation>
    </message>
    <message>
        <source>name spellings</source>
        <translation>написания имени</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <source>details</source>
        <translation>сведения</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>связи</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>цитаты</translation>
    </message>
    <message>
        <source>Opening and checking the other edition…</source>
        <translation>Открывается и проверяется другое издание…</translation>
    </message>
    <message>
        <source>Looking up annotated entries…</source>
        <translation>Ищутся записи с аннотациями…</translation>
    </message>
    <message>
        <source>Comparing {what}…</source>
        <translation>Сравниваются {what}…</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{what} changed: {item}</source>
        <translation>{what}, изменено: {item}</translation>
    </message>
    <message>
        <source>{what} added: {item}</source>
        <translation>{what}, добавлено: {item}</translation>
    </message>
    <message>
        <source>{what} removed: {item}</source>
        <translation>{what}, удалено: {item}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <source>Every annotation belongs to an entry of this edition.</source>
        <translation>Каждая аннотация относится к записи этого издания.</translation>
    </message>
    <message>
        <source>Your annotations on these entries have no entry in this edition. They are kept in the store (Edit ▸ Orphaned annotations lists them).</source>
        <translation>Для ваших аннотаций к этим записям в этом издании нет записи. Они хранятся в хранилище (их перечисляет Правка ▸ Аннотации без записей).</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Никого.</translation>
    </message>
    <message>
        <source>sentence of {date}</source>
        <translation>приговор от {date}</translation>
    </message>
    <message>
        <source>appeal of {date}</source>
        <translation>обжалование от {date}</translation>
    </message>
    <message>
        <source>held from {date}</source>
        <translation>содержится с {date}</translation>
    </message>
</context>
<context>
    <name>ConfidenceLabel</name>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Propose a correction</source>
        <translation>Предложить исправление</translation>
    </message>
    <message>
        <source>Edit a proposed correction</source>
        <translation>Изменить предложенное исправление</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Предлагаемое значение</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Why, and from which source?</source>
        <translation>Почему и из какого источника?</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>Archive says:</source>
        <translation>В архиве:</translation>
    </message>
    <message>
        <source>Should be:</source>
        <translation>Должно быть:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <source>This entry has no field to correct.</source>
        <translation>В этой записи нет поля, которое можно исправить.</translation>
    </message>
    <message>
        <source>Type the value the field should have.</source>
        <translation>Введите значение, которое должно быть в поле.</translation>
    </message>
    <message>
        <source>That is already the archive&apos;s value.</source>
        <translation>Это уже значение в архиве.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>spring {year}</source>
        <translation>весна {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>лето {year}</translation>
    </message>
    <message>
        <source>autumn {year}</source>
        <translation>осень {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>зима {year}</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <translation>{decade}-е</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>около {date}</translation>
    </message>
    <message>
        <source>{date}?</source>
        <translation>{date}?</translation>
    </message>
    <message>
        <source>spring {year}</source>
        <comment>genitive</comment>
        <translation>весны {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <comment>genitive</comment>
        <translation>лета {year}</translation>
    </message>
    <message>
        <source>autumn {year}</source>
        <comment>genitive</comment>
        <translation>осени {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <comment>genitive</comment>
        <translation>зимы {year}</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <comment>genitive</comment>
        <translation>{decade}-х</translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <source>About Kartoteka</source>
        <translation>О программе Kartoteka</translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation>Об этом архиве</translation>
    </message>
    <message>
        <source>Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)</source>
        <translation>Архивы Kartoteka (*.db *.sqlite *.sqlite3 *.kartoteka);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <source>Archive info</source>
        <translation>Сведения об архиве</translation>
    </message>
    <message>
        <source>Annotations are off: the annotation store&apos;s passphrase was not entered. Nothing was changed; Edit ▸ Preferences asks again.</source>
        <translation>Аннотации отключены: парольная фраза хранилища аннотаций не введена. Ничего не изменено; Правка ▸ Настройки спросит снова.</translation>
    </message>
    <message>
        <source>No annotation store is open.</source>
        <translation>Хранилище аннотаций не открыто.</translation>
    </message>
    <message>
        <source>The annotations are now encrypted. Without the passphrase they cannot be opened.</source>
        <translation>Аннотации теперь зашифрованы. Без парольной фразы их не открыть.</translation>
    </message>
    <message>
        <source>The annotations&apos; passphrase was changed.</source>
        <translation>Парольная фраза аннотаций изменена.</translation>
    </message>
    <message>
        <source>Annotations restored from a backup</source>
        <translation>Аннотации восстановлены из резервной копии</translation>
    </message>
    <message>
        <source>{path}: the annotation store was damaged. The backup of {when} (UTC) has been restored; edits made after it are not in it. The damaged file was kept at {aside}.</source>
        <translation>{path}: хранилище аннотаций было повреждено. Восстановлена резервная копия от {when} (UTC); изменений, сделанных после неё, в ней нет. Повреждённый файл сохранён в {aside}.</translation>
    </message>
    <message>
        <source>Recent searches and archives cleared.</source>
        <translation>Недавние поиски и архивы очищены.</translation>
    </message>
    <message numerus="yes">
        <source>The archive will be locked after {n} minutes without input.</source>
        <translation>
            <numerusform>Архив будет заблокирован через {n} минуту без ввода.</numerusform>
            <numerusform>Архив будет заблокирован через {n} минуты без ввода.</numerusform>
            <numerusform>Архив будет заблокирован через {n} минут без ввода.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is no longer locked when idle.</source>
        <translation>Архив больше не блокируется при простое.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Saving an encrypted copy as {name}…</source>
        <translation>Сохраняется зашифрованная копия {name}…</translation>
    </message>
    <message>
        <source>Saved an encrypted copy as {path}. Without its passphrase it cannot be opened.</source>
        <translation>Зашифрованная копия сохранена как {path}. Без парольной фразы её не открыть.</translation>
    </message>
    <message>
        <source>Cancelled: no encrypted copy was written, and the archive is unchanged.</source>
        <translation>Отменено: зашифрованная копия не записана, архив не изменён.</translation>
    </message>
    <message>
        <source>Open an archive first; annotations belong to the entries of an archive.</source>
        <translation>Сначала откройте архив: аннотации относятся к записям архива.</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Аннотации без записей</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No problems found</source>
        <translation>Проблем не найдено</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не проводилась</translation>
    </message>
    <message>
        <source>Clear the search box</source>
        <translation>Очистить поле поиска</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>Перейти между панелями</translation>
    </message>
    <message>
        <source>Toggle a filter value</source>
        <translation>Включить или выключить значение фильтра</translation>
    </message>
    <message>
        <source>Record: next or previous link, follow it</source>
        <translation>Карточка: следующая или предыдущая ссылка, перейти по ней</translation>
    </message>
    <message>
        <source>Timeline: next or previous event, show its person</source>
        <translation>Хронология: следующее или предыдущее событие, показать его человека</translation>
    </message>
    <message>
        <source>Timeline: move in time, zoom, fit all</source>
        <translation>Хронология: движение во времени, масштаб, всё</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Недавние поиски</translation>
    </message>
    <message>
        <source>Exact spelling (the “Exact” check box beside the search box, Edit ▸ Exact spelling, {keys}): names are matched only as written in the archive — no variants across scripts or romanizations, no typos, no prefixes while typing. Case and accents still do not matter.</source>
        <translation>Точное написание (флажок «Точно» рядом с полем поиска, Правка ▸ Точное написание, {keys}): имена ищутся только так, как они записаны в архиве, — без вариантов в других алфавитах и латинизациях, без опечаток, без начал слов при наборе. Регистр и диакритика по-прежнему не важны.</translation>
    </message>
    <message>
        <source>While a search is shown, the list&apos;s Match column says where each person matched (and which spelling of the name), and the record marks the matched words.</source>
        <translation>Пока показаны результаты поиска, столбец «Совпадение» в списке говорит, где найден каждый человек (и какое написание имени), а в карточке отмечены найденные слова.</translation>
    </message>
    <message>
        <source>Down arrow in the empty search box lists recent searches; Esc clears the search.</source>
        <translation>Стрелка вниз в пустом поле поиска показывает недавние запросы; Esc очищает поиск.</translation>
    </message>
    <message>
        <source>When no one is found, the nearest stored spelling is offered above the list.</source>
        <translation>Если никого не найдено, над списком предлагается ближайшее написание из архива.</translation>
    </message>
    <message>
        <source>An offline viewer for archives of records about political prisoners.</source>
        <translation>Программа для просмотра архивов сведений о политзаключённых без интернета.</translation>
    </message>
    <message>
        <source>Archives are opened read-only. Kartoteka never uses the network: links are shown and can be copied, never opened.</source>
        <translation>Архивы открываются только для чтения. Kartoteka никогда не использует сеть: ссылки показываются и копируются, но никогда не открываются.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Лицензия: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Синтетические данные</translation>
    </message>
    <message>
        <source>yes — made up for testing</source>
        <translation>да — выдуманы для тестирования</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Версия формата</translation>
    </message>
    <message>
        <source>Archive id</source>
        <translation>Идентификатор архива</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Проверка целостности</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message numerus="yes">
        <source>{n} people · made on {date} from the archive “{archive}”</source>
        <translation>
            <numerusform>{n} человек · составлено {date} из архива «{archive}»</numerusform>
            <numerusform>{n} человека · составлено {date} из архива «{archive}»</numerusform>
            <numerusform>{n} человек · составлено {date} из архива «{archive}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Archivist&apos;s note — {author}, {date}</source>
        <translation>Заметка архивиста — {author}, {date}</translation>
    </message>
    <message>
        <source>Archivist&apos;s proposed correction — {author}, {date}</source>
        <translation>Исправление, предложенное архивистом — {author}, {date}</translation>
    </message>
    <message>
        <source>{field}: the archive says {original}; proposed: {proposed}</source>
        <translation>{field}: в архиве {original}; предложено: {proposed}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Почему: {reason}</translation>
    </message>
    <message>
        <source>Court: {court}</source>
        <translation>Суд: {court}</translation>
    </message>
    <message>
        <source>Judge: {judge}</source>
        <translation>Судья: {judge}</translation>
    </message>
    <message>
        <source>Article {article}: {text}</source>
        <translation>Статья {article}: {text}</translation>
    </message>
    <message>
        <source>Article {article}</source>
        <translation>Статья {article}</translation>
    </message>
    <message>
        <source>Born: {date}</source>
        <translation>Родился(-ась): {date}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Место: {place}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Роли: {roles}</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Приговоры</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>неизвестный автор</translation>
    </message>
    <message>
        <source>published by {org}</source>
        <translation>опубликовано: {org}</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>in absentia</source>
        <translation>заочно</translation>
    </message>
    <message>
        <source>Every spelling of the name</source>
        <translation>Все написания имени</translation>
    </message>
    <message>
        <source>… and {n} more, not in this dossier (an export of the archive has them all).</source>
        <translation>… и ещё {n}, в это досье не вошли (все есть в экспорте архива).</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>The person shown: {name}</source>
        <translation>Показанный человек: {name}</translation>
    </message>
    <message>
        <source>The person shown (no one is shown: choose a person in the list)</source>
        <translation>Показанный человек (никто не показан: выберите человека в списке)</translation>
    </message>
    <message numerus="yes">
        <source>The people selected ({n})</source>
        <translation>
            <numerusform>Выделенные люди ({n})</numerusform>
            <numerusform>Выделенные люди ({n})</numerusform>
            <numerusform>Выделенные люди ({n})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the list ({n})</source>
        <translation>
            <numerusform>Все в списке ({n})</numerusform>
            <numerusform>Все в списке ({n})</numerusform>
            <numerusform>Все в списке ({n})</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more people in the list (Ctrl+click, Shift+click).</source>
        <translation>Выделите в списке двух или больше людей (Ctrl+щелчок, Shift+щелчок).</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Список пуст.</translation>
    </message>
    <message>
        <source>Everyone in the list is selected.</source>
        <translation>Выделены все в списке.</translation>
    </message>
    <message>
        <source>Include my annotations (notes and corrections)</source>
        <translation>Включить мои аннотации (заметки и исправления)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Names in:</source>
        <translation>Имена:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>Whose dossier:</source>
        <translation>Чьё досье:</translation>
    </message>
    <message>
        <source>There is nobody to write a dossier of: the list is empty. Change the search or filters first.</source>
        <translation>Не на кого составлять досье: список пуст. Сначала измените поиск или фильтры.</translation>
    </message>
    <message>
        <source>A large dossier</source>
        <translation>Большое досье</translation>
    </message>
    <message numerus="yes">
        <source>This dossier is of {n} people: about {pages} pages, a PDF of about {size}. Writing it takes a long time (you can cancel it). Start?</source>
        <translation>
            <numerusform>Это досье на {n} человека: около {pages} страниц, PDF около {size}. Запись займёт много времени (её можно отменить). Начать?</numerusform>
            <numerusform>Это досье на {n} человека: около {pages} страниц, PDF около {size}. Запись займёт много времени (её можно отменить). Начать?</numerusform>
            <numerusform>Это досье на {n} человек: около {pages} страниц, PDF около {size}. Запись займёт много времени (её можно отменить). Начать?</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the PDF.</source>
        <translation>{path} — это папка. Выберите имя файла для PDF.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Папки {folder} не существует. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Choose another folder.</source>
        <translation>В папку {folder} нельзя записывать. Выберите другую папку.</translation>
    </message>
    <message>
        <source>{folder} has {free} free; this dossier needs about {size}. Free some space or choose another disk.</source>
        <translation>В {folder} свободно {free}, а этому досье нужно около {size}. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>Save dossier as PDF</source>
        <translation>Сохранить досье как PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Written: {name} ({pages} pages).</source>
        <translation>Записано: {name} (страниц: {pages}).</translation>
    </message>
    <message>
        <source>{n} people were not in the archive.</source>
        <translation>Людей, которых нет в архиве: {n}.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
    <message>
        <source>Printing is not available here; save as PDF instead.</source>
        <translation>Печать здесь недоступна; сохраните как PDF.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
    <message>
        <source>The people selected (select two or more in the list)</source>
        <translation>Выделенные люди (выделите в списке двоих и больше)</translation>
    </message>
</context>
<context>
    <name>EditionDialogs</name>
    <message>
        <source>Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)</source>
        <translation>Архивы Kartoteka (*.db *.sqlite *.sqlite3 *.kartoteka);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Compare with another edition</source>
        <translation>Сравнить с другим изданием</translation>
    </message>
</context>
<context>
    <name>EncryptProgressDialog</name>
    <message>
        <source>Save encrypted copy</source>
        <translation>Сохранить зашифрованную копию</translation>
    </message>
    <message>
        <source>Saving an encrypted copy as {name}…</source>
        <translation>Сохраняется зашифрованная копия {name}…</translation>
    </message>
    <message>
        <source>Cancelling… the partial copy is being removed.</source>
        <translation>Отмена… неполная копия удаляется.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message numerus="yes">
        <source>The passphrase is too short: use at least {n} characters (several unrelated words are easy to remember and hard to guess).</source>
        <translation>
            <numerusform>Парольная фраза слишком короткая: нужен хотя бы {n} символ (несколько не связанных между собой слов легко запомнить и трудно угадать).</numerusform>
            <numerusform>Парольная фраза слишком короткая: нужно хотя бы {n} символа (несколько не связанных между собой слов легко запомнить и трудно угадать).</numerusform>
            <numerusform>Парольная фраза слишком короткая: нужно хотя бы {n} символов (несколько не связанных между собой слов легко запомнить и трудно угадать).</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы различаются. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with the encrypted copy?</source>
        <translation>{path} уже существует. Заменить его зашифрованной копией?</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Блокировка при простое</translation>
    </message>
    <message>
        <source>Lock the archive after this many minutes without keyboard or mouse input
(0 = never):</source>
        <translation>Блокировать архив через столько минут без ввода с клавиатуры или мыши
(0 = никогда):</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{path}: no such file. Check the name and folder.</source>
        <translation>{path}: такого файла нет. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be reached ({reason}). Check the name and folder.</source>
        <translation>{path}: к файлу нельзя получить доступ ({reason}). Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not an archive file. Pick the .db file inside it.</source>
        <translation>{path}: это папка, а не файл архива. Выберите файл .db в ней.</translation>
    </message>
    <message>
        <source>{path}: this is not a regular file (it is a device, pipe or socket). Pick an archive file.</source>
        <translation>{path}: это не обычный файл (это устройство, канал или сокет). Выберите файл архива.</translation>
    </message>
    <message>
        <source>{path}: you do not have permission to read this file. Copy it somewhere you can read it, or ask the owner.</source>
        <translation>{path}: у вас нет права читать этот файл. Скопируйте его туда, где вы можете его читать, или обратитесь к владельцу.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({reason}). Copy it to this computer first.</source>
        <translation>{path}: файл нельзя прочитать ({reason}). Сначала скопируйте его на этот компьютер.</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes). It may have been copied incompletely; ask for the archive again.</source>
        <translation>{path}: файл пуст (0 байт). Возможно, его скопировали не полностью; попросите архив ещё раз.</translation>
    </message>
    <message>
        <source>{path}: this is a text file, not a Kartoteka archive. If it is an export (JSON or CSV), use Import instead.</source>
        <translation>{path}: это текстовый файл, а не архив Картотеки. Если это экспорт (JSON или CSV), воспользуйтесь импортом.</translation>
    </message>
    <message>
        <source>{path}: this is not a Kartoteka archive (not an SQLite database, and it does not look encrypted either). It may be damaged; check that you picked the right file.</source>
        <translation>{path}: это не архив Картотеки (не база SQLite и не похож на зашифрованный файл). Возможно, он повреждён; проверьте, тот ли файл вы выбрали.</translation>
    </message>
    <message>
        <source>{path}: the file is cut short ({size} bytes). It was probably copied incompletely; ask for the archive again.</source>
        <translation>{path}: файл обрезан ({size} байт). Скорее всего, его скопировали не полностью; попросите архив ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the archive&apos;s header is damaged (impossible page size {page_size}). Ask for a fresh copy of the archive.</source>
        <translation>{path}: заголовок архива повреждён (невозможный размер страницы {page_size}). Попросите свежую копию архива.</translation>
    </message>
    <message>
        <source>{path}: the archive&apos;s header is damaged or the file was made by a much newer SQLite. Ask for a fresh copy of the archive.</source>
        <translation>{path}: заголовок архива повреждён, или файл создан гораздо более новой версией SQLite. Попросите свежую копию архива.</translation>
    </message>
    <message>
        <source>{path}: the file is shorter than the archive it holds ({size} bytes). It was probably copied or downloaded incompletely; ask for the archive again.</source>
        <translation>{path}: файл короче архива, который в нём хранится ({size} байт). Скорее всего, его скопировали или скачали не полностью; попросите архив ещё раз.</translation>
    </message>
    <message>
        <source>{path}: this archive looks encrypted: enter its passphrase to open it. (If it is not encrypted, the file is damaged; ask for a fresh copy.)</source>
        <translation>{path}: этот архив, похоже, зашифрован: введите его пароль, чтобы открыть. (Если он не зашифрован, файл повреждён; попросите свежую копию.)</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open this archive (or the file is damaged). Nothing was changed; check the passphrase (and keyboard layout) and try again.</source>
        <translation>{path}: этот пароль не открывает архив (или файл повреждён). Ничего не изменено; проверьте пароль (и раскладку клавиатуры) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: this is an SQLite database, but not a Kartoteka archive (it lacks the archive&apos;s tables). Check that you picked the right file.</source>
        <translation>{path}: это база SQLite, но не архив Картотеки (в ней нет таблиц архива). Проверьте, тот ли файл вы выбрали.</translation>
    </message>
    <message>
        <source>{path}: this archive was made by a newer Kartoteka (format version {version}; this program reads up to {supported}). Update Kartoteka to open it.</source>
        <translation>{path}: этот архив создан более новой Картотекой (версия формата {version}; эта программа читает до {supported}). Обновите Картотеку, чтобы его открыть.</translation>
    </message>
    <message>
        <source>{path}: this file has the archive&apos;s tables but no format version, so it was not made by Kartoteka. Ask for an archive made by Kartoteka.</source>
        <translation>{path}: в этом файле есть таблицы архива, но нет версии формата, значит, он создан не Картотекой. Попросите архив, созданный Картотекой.</translation>
    </message>
    <message>
        <source>{path}: this file has a different layout than a Kartoteka archive ({problems}). It was made by another program or an incompatible version, or changed since; ask for an archive made by Kartoteka.</source>
        <translation>{path}: устройство этого файла отличается от архива Картотеки ({problems}). Он создан другой программой или несовместимой версией, либо изменён позже; попросите архив, созданный Картотекой.</translation>
    </message>
    <message>
        <source>{path}: the search index of this archive is damaged or not Kartoteka&apos;s ({problems}). Browsing works; search is unavailable. Ask for a fresh copy to search it.</source>
        <translation>{path}: поисковый указатель этого архива повреждён или сделан не Kartoteka ({problems}). Просматривать можно, искать — нет. Чтобы искать в нём, попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: name search is unavailable in this archive: its name index is missing ({tables}). Browsing works; search is unavailable. To search it, write a copy with the index rebuilt (this file is not changed): {command}; or ask for a fresh copy.</source>
        <translation>{path}: поиск по именам в этом архиве недоступен: в нём нет индекса имён ({tables}). Просматривать можно, искать — нет. Чтобы искать в нём, запишите копию с перестроенным индексом (этот файл не изменится): {command}; или попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: search is unavailable in this archive: its name index lacks people written without rebuilding it ({problems}). Browsing works. To search it, write a copy with the index rebuilt (this file is not changed): {command}; or ask for a fresh copy.</source>
        <translation>{path}: поиск в этом архиве недоступен: в индексе имён нет людей, записанных без его перестройки ({problems}). Просматривать можно. Чтобы искать в нём, запишите копию с перестроенным индексом (этот файл не изменится): {command}; или попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: the file is in use by another program that is changing it. Wait until it has finished (or close it there) and try again.</source>
        <translation>{path}: файл занят другой программой, которая его изменяет. Подождите, пока она закончит (или закройте его там), и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged and cannot be read ({reason}). Ask for a fresh copy of the archive.</source>
        <translation>{path}: архив повреждён, и его нельзя прочитать ({reason}). Попросите свежую копию архива.</translation>
    </message>
    <message>
        <source>{path}: part of the archive is damaged ({reason}). Ask for a fresh copy of the archive.</source>
        <translation>{path}: часть архива повреждена ({reason}). Попросите свежую копию архива.</translation>
    </message>
    <message>
        <source>{path}: a value in this archive is larger than {mb} MB and was not loaded. The archive may be damaged or made to cause trouble; ask its publisher.</source>
        <translation>{path}: значение в этом архиве больше {mb} МБ и не было загружено. Архив может быть повреждён или создан, чтобы навредить; обратитесь к тому, кто его выпустил.</translation>
    </message>
    <message>
        <source>{path}: the archive could not be read ({reason}). Check that the disk or stick is still attached and try again.</source>
        <translation>{path}: архив не удалось прочитать ({reason}). Проверьте, подключены ли ещё диск или флешка, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the query took longer than {ms} ms and was stopped. Narrow the filter or search and try again.</source>
        <translation>{path}: запрос длился дольше {ms} мс и был остановлен. Сузьте фильтр или поиск и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the query took longer than its time limit and was stopped. Narrow the filter or search and try again.</source>
        <translation>{path}: запрос длился дольше, чем разрешено, и был остановлен. Сузьте фильтр или поиск и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: checking the archive took longer than {seconds} s and was stopped. The file may be damaged or made to cause trouble.</source>
        <translation>{path}: проверка архива длилась дольше {seconds} с и была остановлена. Файл может быть повреждён или создан, чтобы навредить.</translation>
    </message>
    <message>
        <source>{path}: the temporary folder is full, so the private copy could not be finished. Free some space and try again.</source>
        <translation>{path}: временная папка переполнена, поэтому частную копию не удалось закончить. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists. Choose another name or remove the file first.</source>
        <translation>{path}: файл с таким именем уже есть. Выберите другое имя или сначала удалите файл.</translation>
    </message>
    <message>
        <source>{path}: the folder is not empty. Choose an empty or new folder.</source>
        <translation>{path}: папка не пуста. Выберите пустую или новую папку.</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path}: нельзя записать файл ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({reason}).</source>
        <translation>{path}: нельзя создать папку ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason}).</source>
        <translation>{path}: нельзя прочитать файл ({reason}).</translation>
    </message>
    <message>
        <source>{path}: this is not a file but a pipe, a device or a socket, so nothing was imported. Give a JSON or CSV file, a zip of CSV files or a folder of them.</source>
        <translation>{path}: это не файл, а канал (pipe), устройство или сокет, поэтому ничего не импортировано. Дайте файл JSON или CSV, zip с файлами CSV или папку с ними.</translation>
    </message>
    <message>
        <source>{path}: this is not a file but a pipe, a device or a socket, so it was not read and nothing was written. Give a file.</source>
        <translation>{path}: это не файл, а канал (pipe), устройство или сокет, поэтому он не прочитан и ничего не записано. Дайте файл.</translation>
    </message>
    <message>
        <source>{path}: cannot write the export ({reason}). Check that the folder exists, is writable and has free space.</source>
        <translation>{path}: нельзя записать экспорт ({reason}). Проверьте, существует ли папка, можно ли в неё писать и есть ли свободное место.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: такого файла нет.</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason}). Pick a Kartoteka annotations file (.json).</source>
        <translation>{path}: нельзя прочитать файл ({reason}). Выберите файл заметок Картотеки (.json).</translation>
    </message>
    <message>
        <source>{path}: this is not an annotations file (not valid JSON: {reason} at line {line}). Pick the file exported from Kartoteka.</source>
        <translation>{path}: это не файл заметок (неправильный JSON: {reason} в строке {line}). Выберите файл, экспортированный из Картотеки.</translation>
    </message>
    <message>
        <source>{path}: this JSON file is not a Kartoteka annotations export.</source>
        <translation>{path}: этот файл JSON не является экспортом заметок Картотеки.</translation>
    </message>
    <message>
        <source>{path}: the file was exported by a newer Kartoteka (format version {version}; this program reads up to {supported}). Update Kartoteka to import it.</source>
        <translation>{path}: файл экспортирован более новой Картотекой (версия формата {version}; эта программа читает до {supported}). Обновите Картотеку, чтобы его импортировать.</translation>
    </message>
    <message>
        <source>{path}: the archive holds a value Kartoteka does not write ({reason}), so it is damaged or was made to cause trouble. Nothing was written; ask for a fresh copy.</source>
        <translation>{path}: в архиве есть значение, которого Kartoteka не пишет ({reason}), значит, он повреждён или сделан, чтобы навредить. Ничего не записано; попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: this annotation store is encrypted: enter its passphrase to open it.</source>
        <translation>{path}: это хранилище заметок зашифровано: введите пароль, чтобы открыть его.</translation>
    </message>
    <message>
        <source>{path}: this annotation store is not encrypted, so it has no passphrase. Open it without one.</source>
        <translation>{path}: это хранилище заметок не зашифровано, поэтому пароля у него нет. Откройте его без пароля.</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open this annotation store (or the file is damaged). Nothing was changed; check the passphrase (and keyboard layout) and try again.</source>
        <translation>{path}: пароль не открывает это хранилище заметок (или файл повреждён). Ничего не изменено; проверьте пароль (и раскладку клавиатуры) и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path}: the passphrase is too short: use at least {chars} characters (several unrelated words are easy to remember and hard to guess).</source>
        <translation>{path}: пароль слишком короткий: используйте не меньше {chars} символов (несколько не связанных между собой слов легко запомнить и трудно угадать).</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not an annotation store.</source>
        <translation>{path}: это папка, а не хранилище заметок.</translation>
    </message>
    <message>
        <source>{path}: cannot create the annotation store there ({reason}). Choose a store in a folder you can write to.</source>
        <translation>{path}: невозможно создать здесь хранилище заметок ({reason}). Выберите хранилище в папке, в которую можно писать.</translation>
    </message>
    <message>
        <source>{path}: this SQLite file is not a Kartoteka annotation store (it has other tables). Pick another file, or let Kartoteka create a new store.</source>
        <translation>{path}: этот файл SQLite — не хранилище заметок Kartoteka (в нём другие таблицы). Выберите другой файл или позвольте Kartoteka создать новое хранилище.</translation>
    </message>
    <message>
        <source>{path}: these annotations were saved by a newer Kartoteka (format version {version}; this program reads up to {supported}). Update Kartoteka to open them; the file was not changed.</source>
        <translation>{path}: эти заметки сохранены более новой Kartoteka (версия формата {version}; эта программа читает до {supported}). Обновите Kartoteka, чтобы открыть их; файл не изменён.</translation>
    </message>
    <message>
        <source>{path}: this annotation store holds code Kartoteka never puts there ({names}); it could change or delete notes behind your back, so it was not opened and nothing in it was run or changed. Use your own store, or let Kartoteka create a new one.</source>
        <translation>{path}: в этом хранилище заметок есть код, который Kartoteka туда никогда не кладёт ({names}); он мог бы незаметно изменить или удалить заметки, поэтому хранилище не открыто и ничего в нём не запущено и не изменено. Пользуйтесь своим хранилищем или позвольте Kartoteka создать новое.</translation>
    </message>
    <message>
        <source>{path}: the annotation store is damaged and there is no good backup in {folder}. The file was left untouched; copy it somewhere safe and ask for help recovering it.</source>
        <translation>{path}: хранилище заметок повреждено, а в {folder} нет исправной резервной копии. Файл не тронут; скопируйте его в безопасное место и попросите помощи с восстановлением.</translation>
    </message>
    <message>
        <source>{path}: the file was deleted or moved while it was open, so it was not checked. What is shown stays readable until it is closed.</source>
        <translation>{path}: файл удалили или переместили, пока он был открыт, поэтому он не проверен. То, что показано, можно читать, пока его не закрыли.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: {problem} ({count} such problems in all), so an export of it could not be imported back. Ask for a fresh copy.</source>
        <translation>{path}: архив повреждён: {problem} (таких проблем всего: {count}), поэтому его экспорт нельзя было бы импортировать обратно. Попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: the archive&apos;s header says its text is not stored as UTF-8, as Kartoteka stores it, so every name would read as garbage. The header is damaged; ask for a fresh copy of the archive.</source>
        <translation>{path}: заголовок архива говорит, что текст в нём хранится не в UTF-8, как его хранит Kartoteka, поэтому все имена читались бы как мусор. Заголовок повреждён; попросите свежую копию архива.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: {problem} ({count} such problems in all). An export would hold entries no import takes back, so none was written. Ask for a fresh copy.</source>
        <translation>{path}: архив повреждён: {problem} (таких проблем всего: {count}). Экспорт содержал бы записи, которые ни один импорт не примет обратно, поэтому он не записан. Попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: {problem} ({count} such problems in all), so nothing was imported into it and it was not changed. Ask for a fresh copy.</source>
        <translation>{path}: архив повреждён: {problem} (таких проблем всего: {count}), поэтому в него ничего не импортировано и он не изменён. Попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: this is a folder (or another special file) where SQLite expects its own working file beside the archive, so the archive cannot be read safely. Move or rename it.</source>
        <translation>{path}: это папка (или другой особый файл) там, где SQLite ожидает свой рабочий файл рядом с архивом, поэтому архив нельзя безопасно прочитать. Переместите или переименуйте её.</translation>
    </message>
    <message>
        <source>{path}: this is a link to a file that cannot be reached ({reason}), so nothing was imported and the link was left as it is. Import into the file itself.</source>
        <translation>{path}: это ссылка на файл, до которого нельзя добраться ({reason}), поэтому ничего не импортировано, а ссылка осталась как была. Импортируйте в сам файл.</translation>
    </message>
    <message>
        <source>{path}: the archive file is read-only, so nothing was imported into it. Make it writable first, or import into a copy.</source>
        <translation>{path}: файл архива только для чтения, поэтому в него ничего не импортировано. Сначала разрешите запись в него или импортируйте в копию.</translation>
    </message>
    <message>
        <source>{path}: could not create a private working folder ({reason}). Check the temporary folder&apos;s free space and permissions.</source>
        <translation>{path}: не удалось создать личную рабочую папку ({reason}). Проверьте свободное место и права доступа во временной папке.</translation>
    </message>
    <message>
        <source>{path}: opening this archive needs a private working copy of {needed} MB, but the temporary folder ({folder}) has only {free} MB free. Free some space, or open the archive after it has been finished by the program that writes it.</source>
        <translation>{path}: чтобы открыть этот архив, нужна личная рабочая копия на {needed} МБ, а во временной папке ({folder}) свободно только {free} МБ. Освободите место или откройте архив, когда программа, которая его пишет, закончит.</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists; Kartoteka never overwrites it. Choose another name.</source>
        <translation>{path}: файл с таким именем уже есть; Kartoteka никогда его не перезаписывает. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{path}: this is the archive itself; an encrypted copy never replaces it. Choose another name.</source>
        <translation>{path}: это сам архив; зашифрованная копия никогда его не заменяет. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist. Create it or choose another.</source>
        <translation>{path}: папки {folder} нет. Создайте её или выберите другую.</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy could not be written ({reason}). Free some disk space or choose another folder.</source>
        <translation>{path}: зашифрованную копию не удалось записать ({reason}). Освободите место на диске или выберите другую папку.</translation>
    </message>
    <message>
        <source>{path}: there is no annotation store here. Check the name and folder.</source>
        <translation>{path}: здесь нет хранилища заметок. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>{path}: the annotation store cannot be read ({reason}); nothing was changed. Check the disk and try again.</source>
        <translation>{path}: хранилище заметок нельзя прочитать ({reason}); ничего не изменено. Проверьте диск и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: another program (or another Kartoteka window) has the annotation store open, so its passphrase was not changed. Close it there and try again.</source>
        <translation>{path}: хранилище заметок открыто в другой программе (или в другом окне Kartoteka), поэтому его пароль не изменён. Закройте его там и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy could not be written ({reason}); the store still opens as before. Free some disk space and try again.</source>
        <translation>{path}: зашифрованную копию не удалось записать ({reason}); хранилище открывается, как и раньше. Освободите место на диске и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so {doing} failed. Everything saved before is kept; free some space and save again.</source>
        <translation>{path}: диск переполнен, поэтому не удалось {doing}. Всё, что сохранено раньше, цело; освободите место и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the annotation store is on a read-only disk or folder, so {doing} failed. Your annotations can be read but not changed; make the folder writable or choose a store in another folder.</source>
        <translation>{path}: хранилище заметок лежит на диске или в папке только для чтения, поэтому не удалось {doing}. Ваши заметки можно читать, но не изменять; разрешите запись в папку или выберите хранилище в другой папке.</translation>
    </message>
    <message>
        <source>{path}: another program (or another Kartoteka window) is writing the annotations, so {doing} failed. Nothing was lost; try again in a moment.</source>
        <translation>{path}: другая программа (или другое окно Kartoteka) записывает заметки, поэтому не удалось {doing}. Ничего не потеряно; попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>{path}: the annotation store is damaged ({reason}). Close and reopen it to restore the newest good backup.</source>
        <translation>{path}: хранилище заметок повреждено ({reason}). Закройте и снова откройте его, чтобы восстановить самую новую исправную резервную копию.</translation>
    </message>
    <message>
        <source>{path}: the disk reported an error, so {doing} failed ({reason}). Everything saved before is kept; check the disk and save again.</source>
        <translation>{path}: диск сообщил об ошибке, поэтому не удалось {doing} ({reason}). Всё, что сохранено раньше, цело; проверьте диск и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>{path}: {doing} failed ({reason}). Everything saved before is kept; try again.</source>
        <translation>{path}: не удалось {doing} ({reason}). Всё, что сохранено раньше, цело; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the backup just written failed its check and was discarded. The store itself is unchanged; check the disk.</source>
        <translation>{path}: только что записанная резервная копия не прошла проверку и удалена. Само хранилище не изменено; проверьте диск.</translation>
    </message>
    <message>
        <source>{folder}: cannot write a backup of the annotations ({reason}). Your annotations are unchanged; free some disk space or check the folder.</source>
        <translation>{folder}: нельзя записать резервную копию заметок ({reason}). Ваши заметки не изменены; освободите место на диске или проверьте папку.</translation>
    </message>
    <message>
        <source>{path}: cannot read the archive&apos;s identity ({reason}). The archive may be damaged; ask for a fresh copy.</source>
        <translation>{path}: нельзя прочитать идентификатор архива ({reason}). Возможно, архив повреждён; попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: the archive has no identity (meta.archive_id), so annotations cannot be attached to it. Rebuild it with a current Kartoteka.</source>
        <translation>{path}: у архива нет идентификатора (meta.archive_id), поэтому к нему нельзя привязать заметки. Пересоберите его текущей версией Kartoteka.</translation>
    </message>
    <message>
        <source>{path}: the annotations file is damaged and was not imported: {problems}. Ask for a fresh export.</source>
        <translation>{path}: файл заметок повреждён и не импортирован: {problems}. Попросите свежий экспорт.</translation>
    </message>
    <message>
        <source>{path}: {count} conflict(s) need a decision before importing ({names}). Choose to keep yours, take theirs, or keep both.</source>
        <translation>{path}: перед импортом нужно разрешить конфликты (всего: {count}; {names}). Выберите: оставить свои, взять их или оставить оба.</translation>
    </message>
    <message>
        <source>{path}: the annotations changed since this import was planned. Nothing was imported; plan the import again.</source>
        <translation>{path}: заметки изменились после того, как импорт был подготовлен. Ничего не импортировано; подготовьте импорт ещё раз.</translation>
    </message>
    <message>
        <source>{path}: “{label}” cannot be undone because the annotation was changed since. Nothing was changed.</source>
        <translation>{path}: «{label}» нельзя отменить, потому что заметку с тех пор изменили. Ничего не изменено.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type a year (2024), a month (2024-05) or a day (2024-05-03); “~2024” means about 2024, “2024-05/2024-07” a span. Leave it empty for a note without a date. ({reason})</source>
        <translation>«{text}» — не дата. Введите год (2024), месяц (2024-05) или день (2024-05-03); «~2024» означает «около 2024», «2024-05/2024-07» — промежуток. Оставьте поле пустым для заметки без даты. ({reason})</translation>
    </message>
    <message>
        <source>A tag needs a name. Type one.</source>
        <translation>У тега должно быть название. Введите его.</translation>
    </message>
    <message>
        <source>A tag called “{name}” already exists. Pick another name, or merge the tags.</source>
        <translation>Тег «{name}» уже существует. Выберите другое название или объедините теги.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself. Pick another tag to merge it into.</source>
        <translation>Тег нельзя объединить с ним самим. Выберите другой тег, с которым его объединить.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour; use the form #rrggbb.</source>
        <translation>«{colour}» — не цвет; используйте форму #rrggbb.</translation>
    </message>
    <message>
        <source>The annotation {id} does not exist (it may have been deleted meanwhile). Reload and try again.</source>
        <translation>Заметки {id} нет (возможно, её тем временем удалили). Обновите и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The tag {id} does not exist (it may have been deleted meanwhile). Reload and try again.</source>
        <translation>Тега {id} нет (возможно, его тем временем удалили). Обновите и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {chars} characters (several unrelated words are easy to remember and hard to guess).</source>
        <translation>Пароль слишком короткий: используйте не меньше {chars} символов (несколько не связанных между собой слов легко запомнить и трудно угадать).</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy could not be read back ({reason}); nothing was changed. Free some disk space and try again.</source>
        <translation>{path}: зашифрованную копию не удалось прочитать после записи ({reason}); ничего не изменено. Освободите место на диске и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy was cancelled; nothing was written.</source>
        <translation>{path}: создание зашифрованной копии отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>{path}: this archive is not encrypted, so it has no passphrase to change. Use &apos;kartoteka encrypt&apos; to make an encrypted copy.</source>
        <translation>{path}: этот архив не зашифрован, поэтому менять нечего: пароля у него нет. Чтобы сделать зашифрованную копию, воспользуйтесь &apos;kartoteka encrypt&apos;.</translation>
    </message>
    <message>
        <source>{path}: an unfinished change ({name}) lies beside it; the passphrase was not changed. Open the archive once with Kartoteka elsewhere, or ask for a fresh copy.</source>
        <translation>{path}: рядом лежит незавершённое изменение ({name}); пароль не изменён. Откройте архив один раз в Kartoteka в другом месте или попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: the archive cannot be read ({reason}); the passphrase was not changed. Ask for a fresh copy.</source>
        <translation>{path}: архив нельзя прочитать ({reason}); пароль не изменён. Попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: the archive changed while the passphrase was being changed; nothing was changed. Try again.</source>
        <translation>{path}: архив изменился, пока менялся пароль; ничего не изменено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the re-encrypted copy could not be written ({reason}); the archive still opens with the old passphrase. Free some disk space and try again.</source>
        <translation>{path}: перешифрованную копию не удалось записать ({reason}); архив по-прежнему открывается старым паролем. Освободите место на диске и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: nothing was imported; fix these {count} problem(s) and try again:</source>
        <translation>{path}: ничего не импортировано; исправьте эти проблемы (всего: {count}) и попробуйте ещё раз:</translation>
    </message>
    <message>
        <source>{path}: import either JSON files or CSV files, not both at once.</source>
        <translation>{path}: импортируйте либо файлы JSON, либо файлы CSV, но не те и другие одновременно.</translation>
    </message>
    <message>
        <source>Unknown format {format}; use {choices}.</source>
        <translation>Неизвестный формат {format}; используйте {choices}.</translation>
    </message>
    <message>
        <source>{path}: this is a Kartoteka archive (an SQLite database), not an export. Open it in Kartoteka, or export it to JSON or CSV first and import that.</source>
        <translation>{path}: это архив Kartoteka (база данных SQLite), а не экспорт. Откройте его в Kartoteka или сначала экспортируйте в JSON или CSV и импортируйте результат.</translation>
    </message>
    <message>
        <source>{path}: cannot tell what this file holds (it is not JSON, CSV, a zip of CSV files or an archive). If it is an export, give its format with --format json or --format csv.</source>
        <translation>{path}: непонятно, что в этом файле (это не JSON, не CSV, не zip с файлами CSV и не архив). Если это экспорт, укажите его формат: --format json или --format csv.</translation>
    </message>
    <message>
        <source>{path}: cannot tell the format from the name; use .json (CSL-JSON), .ris or .bib, or name the format.</source>
        <translation>{path}: по имени нельзя определить формат; используйте .json (CSL-JSON), .ris или .bib, либо назовите формат.</translation>
    </message>
    <message>
        <source>Nothing to import: give at least one file.</source>
        <translation>Нечего импортировать: укажите хотя бы один файл.</translation>
    </message>
    <message>
        <source>{path}: cannot make a working copy next to the archive ({reason}). Free some disk space or check the folder&apos;s permissions.</source>
        <translation>{path}: нельзя сделать рабочую копию рядом с архивом ({reason}). Освободите место на диске или проверьте права доступа к папке.</translation>
    </message>
    <message>
        <source>{path}: the data refers to entries that do not exist: {problems}. Fix the files and try again.</source>
        <translation>{path}: данные ссылаются на записи, которых нет: {problems}. Исправьте файлы и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot export: no person with id {ids} in this archive. Check the ids.</source>
        <translation>Нельзя экспортировать: в этом архиве нет человека с id {ids}. Проверьте id.</translation>
    </message>
    <message>
        <source>Letters are written in Russian or Belarusian (&apos;ru&apos; or &apos;be&apos;), not {lang}.</source>
        <translation>Письма пишутся по-русски или по-белорусски (&apos;ru&apos; или &apos;be&apos;), а не {lang}.</translation>
    </message>
    <message>
        <source>A month is 1 to 12, not {month}.</source>
        <translation>Месяц — это число от 1 до 12, а не {month}.</translation>
    </message>
    <message>
        <source>{path}: the archive was locked; open it with its passphrase and compare again.</source>
        <translation>{path}: архив был заблокирован; откройте его с паролем и сравните ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the top level must be a JSON object. Check the redaction rules file.</source>
        <translation>{path}: на верхнем уровне должен быть объект JSON. Проверьте файл правил исключения.</translation>
    </message>
    <message>
        <source>{path}: the redaction rules have {count} problem(s): {problems}. Fix them and try again (nothing was written).</source>
        <translation>{path}: в правилах исключения есть проблемы (всего: {count}): {problems}. Исправьте их и попробуйте ещё раз (ничего не записано).</translation>
    </message>
    <message>
        <source>{path}: the rules file is not valid JSON ({reason}). Check the redaction rules file.</source>
        <translation>{path}: файл правил — неправильный JSON ({reason}). Проверьте файл правил исключения.</translation>
    </message>
    <message>
        <source>{path}: cannot read the rules file ({reason}). Check the name and folder.</source>
        <translation>{path}: нельзя прочитать файл правил ({reason}). Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>The redaction rules drop people by tag, but no annotation store was given to look the tags up in. Open the annotation store first.</source>
        <translation>Правила исключения исключают людей по тегам, но не указано хранилище заметок, где искать теги. Сначала откройте хранилище заметок.</translation>
    </message>
    <message>
        <source>No tag named {tags} in the annotation store; check the tag names in the redaction rules (nothing was written).</source>
        <translation>В хранилище заметок нет тега с названием {tags}; проверьте названия тегов в правилах исключения (ничего не записано).</translation>
    </message>
    <message>
        <source>{path}: the copy would hold entries that refer to missing ones ({problems}). The archive itself is inconsistent; ask for a fresh copy. Nothing was written.</source>
        <translation>{path}: в копии были бы записи, ссылающиеся на отсутствующие ({problems}). Сам архив противоречив; попросите свежую копию. Ничего не записано.</translation>
    </message>
    <message>
        <source>{path}: still holds a redacted value after redaction; nothing was published. Please report this as a bug.</source>
        <translation>{path}: после исключения всё ещё содержит исключённое значение; ничего не опубликовано. Пожалуйста, сообщите об этой ошибке разработчикам.</translation>
    </message>
    <message>
        <source>{path}: SQLite left {files} beside the copy; nothing was published. Check the disk and try again.</source>
        <translation>{path}: SQLite оставил рядом с копией {files}; ничего не опубликовано. Проверьте диск и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: the number of people must be at least 1 (got {count}).</source>
        <translation>{path}: число людей должно быть не меньше 1 (а не {count}).</translation>
    </message>
    <message>
        <source>Kartoteka&apos;s resources folder is missing (looked in: {tried}). The installation is incomplete; reinstall Kartoteka.</source>
        <translation>Нет папки ресурсов Kartoteka (искали в: {tried}). Установка неполная; переустановите Kartoteka.</translation>
    </message>
    <message>
        <source>{path}: cannot create the cache folder for the sample archive ({reason}). Set {env} to a writable folder.</source>
        <translation>{path}: нельзя создать папку кэша для образцового архива ({reason}). Укажите в {env} папку, в которую можно писать.</translation>
    </message>
    <message>
        <source>{path}: cannot write the sample archive ({reason}). Free some disk space or set {env} to a writable folder.</source>
        <translation>{path}: нельзя записать образцовый архив ({reason}). Освободите место на диске или укажите в {env} папку, в которую можно писать.</translation>
    </message>
    <message>
        <source>{path}: cannot read the passphrase file ({reason}). Check the name and folder.</source>
        <translation>{path}: нельзя прочитать файл с паролем ({reason}). Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>{path}: the passphrase file&apos;s first line is empty. Put the passphrase on its first line.</source>
        <translation>{path}: первая строка файла с паролем пуста. Запишите пароль в первую строку.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written. Type the same passphrase twice.</source>
        <translation>Два пароля не совпадают; ничего не записано. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>No passphrase was typed (no terminal?); use --passphrase-file for scripts.</source>
        <translation>Пароль не введён (нет терминала?); для скриптов используйте --passphrase-file.</translation>
    </message>
    <message>
        <source>{path}: no such file. Check the name, or run &apos;kartoteka --help&apos; for the commands ({commands}).</source>
        <translation>{path}: такого файла нет. Проверьте имя или запустите &apos;kartoteka --help&apos;, чтобы увидеть команды ({commands}).</translation>
    </message>
    <message>
        <source>{path}: the archive could not be read ({reason}). It may be damaged or made to cause trouble; ask for a fresh copy.</source>
        <translation>{path}: архив не удалось прочитать ({reason}). Возможно, он повреждён или создан, чтобы навредить; попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: cannot write the dossier ({reason}). Choose another folder or free some space.</source>
        <translation>{path}: нельзя записать досье ({reason}). Выберите другую папку или освободите место.</translation>
    </message>
    <message>
        <source>{path}: the dossier could not be started ({reason}). Check that Kartoteka is installed completely.</source>
        <translation>{path}: не удалось начать досье ({reason}). Проверьте, полностью ли установлена Kartoteka.</translation>
    </message>
    <message>
        <source>{path}: the dossier was not written: the program writing it stopped unexpectedly (exit code {code}{detail}). Try again; if it happens again, write fewer people at once and report the problem.</source>
        <translation>{path}: досье не записано: программа, которая его писала, неожиданно остановилась (код выхода {code}{detail}). Попробуйте ещё раз; если это повторится, записывайте меньше людей за раз и сообщите о проблеме.</translation>
    </message>
    <message>
        <source>{path}: none of the ids ({ids}) is in this archive, so nothing was written. Check the ids: &apos;kartoteka search&apos; shows each person&apos;s id.</source>
        <translation>{path}: ни одного из id ({ids}) нет в этом архиве, поэтому ничего не записано. Проверьте id: &apos;kartoteka search&apos; показывает id каждого человека.</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be written. Choose another folder or free some space.</source>
        <translation>{path}: PDF не удалось записать. Выберите другую папку или освободите место.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: the integrity check found problems ({count}; first: {first}). Results may be incomplete; ask for a fresh copy.</source>
        <translation>{path}: архив повреждён: проверка целостности нашла проблемы ({count}; первая: {first}). Результаты могут быть неполными; попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: an earlier check found this archive damaged; results may be incomplete. Ask for a fresh copy.</source>
        <translation>{path}: предыдущая проверка нашла, что этот архив повреждён; результаты могут быть неполными. Попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: an earlier check found the search index of this archive damaged or not Kartoteka&apos;s. Browsing works; search is unavailable. Ask for a fresh copy to search it.</source>
        <translation>{path}: предыдущая проверка нашла, что поисковый индекс этого архива повреждён или сделан не Kartoteka. Просматривать можно; поиск недоступен. Чтобы искать, попросите свежую копию.</translation>
    </message>
    <message>
        <source>{path}: the check was cancelled. Check the archive again when there is time.</source>
        <translation>{path}: проверка отменена. Проверьте архив ещё раз, когда будет время.</translation>
    </message>
    <message>
        <source>Each conflict is settled with “mine”, “theirs” or (for notes) “both”.</source>
        <translation>Каждый конфликт решается выбором «моё», «их» или (для заметок) «оба».</translation>
    </message>
    <message>
        <source>A correction needs the name of the field it corrects.</source>
        <translation>Для исправления нужно название поля, которое оно исправляет.</translation>
    </message>
    <message>
        <source>A tag on an entry has no text to edit.</source>
        <translation>У тега на записи нет текста, который можно править.</translation>
    </message>
    <message>
        <source>Only notes have a date; corrections do not.</source>
        <translation>Дата бывает только у заметок, у исправлений её нет.</translation>
    </message>
    <message>
        <source>Only corrections have a reason; notes do not.</source>
        <translation>Основание бывает только у исправлений, у заметок его нет.</translation>
    </message>
    <message>
        <source>“{type}” entries cannot be annotated; use one of: {choices}.</source>
        <translation>К записям типа «{type}» нельзя добавлять аннотации; используйте один из типов: {choices}.</translation>
    </message>
    <message>
        <source>An annotation needs the archive&apos;s id and the entry&apos;s id.</source>
        <translation>Для аннотации нужны идентификатор архива и идентификатор записи.</translation>
    </message>
    <message>
        <source>The archive is in use by another program. Wait a moment and try again.</source>
        <translation>Архив использует другая программа. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>The archive could not be read ({reason}). It may be damaged; ask for a fresh copy.</source>
        <translation>Не удалось прочитать архив ({reason}). Он может быть повреждён; попросите свежую копию.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск переполнен</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>квота на диске исчерпана</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск только для чтения</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>диск не удалось прочитать или записать</translation>
    </message>
    <message>
        <source>the file is too large for this disk (a FAT32 stick holds at most 4 GB)</source>
        <translation>файл слишком велик для этого диска (флешка FAT32 вмещает не больше 4 ГБ)</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>имя файла слишком длинное</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>дата пустая</translation>
    </message>
    <message>
        <source>it is too long to be a date</source>
        <translation>это слишком длинно для даты</translation>
    </message>
    <message>
        <source>Kartoteka cannot read it as a date</source>
        <translation>Kartoteka не может прочитать это как дату</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>она заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>reading the annotations</source>
        <translation>прочитать заметки</translation>
    </message>
    <message>
        <source>opening the annotations</source>
        <translation>открыть заметки</translation>
    </message>
    <message>
        <source>preparing the annotation store</source>
        <translation>подготовить хранилище заметок</translation>
    </message>
    <message>
        <source>saving the annotations</source>
        <translation>сохранить заметки</translation>
    </message>
    <message>
        <source>reading the recent searches</source>
        <translation>прочитать недавние поиски</translation>
    </message>
    <message>
        <source>saving the recent searches</source>
        <translation>сохранить недавние поиски</translation>
    </message>
    <message>
        <source>clearing the recent searches</source>
        <translation>очистить недавние поиски</translation>
    </message>
    <message>
        <source>tag “{name}”</source>
        <translation>тег «{name}»</translation>
    </message>
    <message>
        <source>note on {entry}</source>
        <translation>заметка: {entry}</translation>
    </message>
    <message>
        <source>correction on {entry}</source>
        <translation>исправление: {entry}</translation>
    </message>
    <message>
        <source>tag on {entry}</source>
        <translation>тег: {entry}</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>человек {id}</translation>
    </message>
    <message>
        <source>sentence {id}</source>
        <translation>приговор {id}</translation>
    </message>
    <message>
        <source>quote {id}</source>
        <translation>цитата {id}</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>событие {id}</translation>
    </message>
    <message>
        <source>source {id}</source>
        <translation>источник {id}</translation>
    </message>
    <message>
        <source>is required but empty or missing</source>
        <translation>обязательное, но пустое или отсутствует</translation>
    </message>
    <message>
        <source>{value} must be text</source>
        <translation>{value}: должен быть текст</translation>
    </message>
    <message>
        <source>{value} is not a usable id (no spaces at the ends, no &apos;;&apos;, tabs or line breaks)</source>
        <translation>{value} не может быть идентификатором (без пробелов по краям, без &apos;;&apos;, табуляций и переводов строки)</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} — не одно из: {choices}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>{value} is negative; a term cannot be below 0 months</source>
        <translation>{value} — отрицательное число; срок не может быть меньше 0 месяцев</translation>
    </message>
    <message>
        <source>{value} is not true/false (or 1/0)</source>
        <translation>{value} — не true/false (или 1/0)</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes (base64 in JSON, a file in CSV)</source>
        <translation>должны быть байты изображения (base64 в JSON, файл в CSV)</translation>
    </message>
    <message>
        <source>the top level must be an object of lists</source>
        <translation>верхний уровень должен быть объектом со списками</translation>
    </message>
    <message>
        <source>unknown section {value}; expected some of: {choices}</source>
        <translation>неизвестный раздел {value}; ожидаются: {choices}</translation>
    </message>
    <message>
        <source>section {value} must be a list</source>
        <translation>раздел {value} должен быть списком</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>{value} is not {expected}</source>
        <translation>{value} — не {expected}</translation>
    </message>
    <message>
        <source>{value} is newer than this Kartoteka reads ({supported}); update Kartoteka</source>
        <translation>{value} — новее, чем читает эта Kartoteka ({supported}); обновите Kartoteka</translation>
    </message>
    <message>
        <source>unknown key; expected some of: {choices}</source>
        <translation>неизвестный ключ; ожидаются: {choices}</translation>
    </message>
    <message>
        <source>must be a list of language codes, e.g. [&quot;en&quot;, &quot;be&quot;]</source>
        <translation>должен быть список кодов языков, например [&quot;en&quot;, &quot;be&quot;]</translation>
    </message>
    <message>
        <source>{value} must be true or false</source>
        <translation>{value}: должно быть true или false</translation>
    </message>
    <message>
        <source>{value} appears more than once in {section}</source>
        <translation>{value} встречается в {section} больше одного раза</translation>
    </message>
    <message>
        <source>{value} already exists in the archive; use another id, or import with replace to overwrite the existing entry</source>
        <translation>{value} уже есть в архиве; используйте другой идентификатор или импортируйте с --replace, чтобы перезаписать существующую запись</translation>
    </message>
    <message>
        <source>refers to {value}, which is neither in this import nor in the archive&apos;s {target}</source>
        <translation>ссылается на {value}, которого нет ни в этом импорте, ни в {target} архива</translation>
    </message>
    <message>
        <source>unknown field; expected some of: {choices}</source>
        <translation>неизвестное поле; ожидаются: {choices}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>a relation needs exactly one of other_person_id and org_id</source>
        <translation>у связи должно быть ровно одно из other_person_id и org_id</translation>
    </message>
    <message>
        <source>is required when qualifier is &apos;between&apos;</source>
        <translation>обязательно, когда qualifier — &apos;between&apos;</translation>
    </message>
    <message>
        <source>{high} is below value {value}</source>
        <translation>{high} меньше value {value}</translation>
    </message>
    <message>
        <source>a sentence cannot add to itself</source>
        <translation>приговор не может дополнять сам себя</translation>
    </message>
    <message>
        <source>{end} is before the start {start}</source>
        <translation>{end} раньше начала {start}</translation>
    </message>
    <message>
        <source>cannot be taken in: {reason}</source>
        <translation>нельзя принять: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>неправильный JSON ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text ({reason})</source>
        <translation>не текст в UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save it as CSV UTF-8</source>
        <translation>не текст в UTF-8 (байт {byte}); сохраните файл как CSV UTF-8</translation>
    </message>
    <message>
        <source>not a readable zip file ({reason})</source>
        <translation>не читаемый файл zip ({reason})</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes from {packed} packed (a zip bomb, or far too large); it was not unpacked. Unpack the zip yourself and import its files</source>
        <translation>распаковывается в более чем {limit} байт из {packed} сжатых (zip-бомба или слишком много данных); не распакован. Распакуйте zip сами и импортируйте его файлы</translation>
    </message>
    <message>
        <source>is encrypted or packed in a way Kartoteka does not read; unpack the zip yourself and import its files</source>
        <translation>зашифрован или сжат способом, который Kartoteka не читает; распакуйте zip сами и импортируйте его файлы</translation>
    </message>
    <message>
        <source>give either data or file, not both</source>
        <translation>укажите data или file, но не оба</translation>
    </message>
    <message>
        <source>must be a file name</source>
        <translation>должно быть имя файла</translation>
    </message>
    <message>
        <source>about {size} bytes is more than an attachment may have ({limit} bytes)</source>
        <translation>около {size} байт — больше, чем может иметь вложение ({limit} байт)</translation>
    </message>
    <message>
        <source>is not base64 text</source>
        <translation>не текст base64</translation>
    </message>
    <message>
        <source>cannot read the header ({reason})</source>
        <translation>не удаётся прочитать заголовок ({reason})</translation>
    </message>
    <message>
        <source>unknown column(s) {columns}; expected some of: {choices}</source>
        <translation>неизвестные столбцы {columns}; ожидаются: {choices}</translation>
    </message>
    <message>
        <source>{cells} cells but the header has {columns} columns (a missing quote around a comma?)</source>
        <translation>ячеек: {cells}, а в заголовке столбцов: {columns} (нет кавычек вокруг запятой?)</translation>
    </message>
    <message>
        <source>cannot read the row ({reason})</source>
        <translation>не удаётся прочитать строку ({reason})</translation>
    </message>
    <message>
        <source>unknown file name; expected some of: {choices}</source>
        <translation>неизвестное имя файла; ожидаются: {choices}</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>указан больше одного раза</translation>
    </message>
    <message>
        <source>must name an entry of {file} in this import (nested rows are imported together with their entry)</source>
        <translation>должно называть запись из {file} в этом импорте (вложенные строки импортируются вместе со своей записью)</translation>
    </message>
    <message>
        <source>must name an entry of {file} in this import (citations are imported together with what they cite)</source>
        <translation>должно называть запись из {file} в этом импорте (ссылки на источники импортируются вместе с тем, к чему они относятся)</translation>
    </message>
    <message>
        <source>{name} is a web address; Kartoteka never downloads anything. Save the image next to the import files and give its file name</source>
        <translation>{name} — веб-адрес; Kartoteka ничего не скачивает. Сохраните изображение рядом с файлами импорта и укажите имя его файла</translation>
    </message>
    <message>
        <source>{name} must be a file name inside the import&apos;s folder or zip (no absolute paths, no &apos;..&apos;)</source>
        <translation>{name} должно быть именем файла внутри папки или zip импорта (без абсолютных путей, без &apos;..&apos;)</translation>
    </message>
    <message>
        <source>{name} is not in {zip}</source>
        <translation>{name} нет в {zip}</translation>
    </message>
    <message>
        <source>{name}: no such file in {folder}</source>
        <translation>{name}: такого файла в {folder} нет</translation>
    </message>
    <message>
        <source>{size} bytes is more than an attachment may have ({limit} bytes)</source>
        <translation>{size} байт — больше, чем может иметь вложение ({limit} байт)</translation>
    </message>
    <message>
        <source>{value} is not a date (write 18.08.1978, 08.1978 or 1978)</source>
        <translation>{value} — не дата (пишите 18.08.1978, 08.1978 или 1978)</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>обязательное, но пустое</translation>
    </message>
    <message>
        <source>{value} is not a status this import knows (for example: Political prisoner, Палітвязень, Бывший политзаключённый)</source>
        <translation>{value} — статус, которого этот импорт не знает (например: Political prisoner, Палітвязень, Бывший политзаключённый)</translation>
    </message>
    <message>
        <source>not a list with a &apos;Name and surname&apos; column</source>
        <translation>не список со столбцом &apos;Name and surname&apos;</translation>
    </message>
    <message>
        <source>{place} row {row}</source>
        <translation>{place}, строка {row}</translation>
    </message>
    <message>
        <source>{place} line {line}</source>
        <translation>{place}, строка {line}</translation>
    </message>
    <message>
        <source>{where}, field {field}</source>
        <translation>{where}, поле {field}</translation>
    </message>
    <message>
        <source>{where}, column {field}</source>
        <translation>{where}, столбец {field}</translation>
    </message>
    <message>
        <source>the photo is not in this archive</source>
        <translation>этого фото нет в архиве</translation>
    </message>
    <message>
        <source>the file is larger than an archive may hold</source>
        <translation>файл больше, чем может хранить архив</translation>
    </message>
    <message>
        <source>the file is not a JPEG, PNG, GIF or WebP image</source>
        <translation>файл — не изображение JPEG, PNG, GIF или WebP</translation>
    </message>
    <message>
        <source>the file is another kind of image than the archive says</source>
        <translation>файл — изображение другого типа, чем указано в архиве</translation>
    </message>
    <message>
        <source>the image declares far too many pixels (it may be a decompression bomb)</source>
        <translation>изображение заявляет слишком много пикселей (возможно, это «декомпрессионная бомба»)</translation>
    </message>
    <message>
        <source>{table}: the id {id} is used by {count} entries</source>
        <translation>{table}: идентификатор {id} носят несколько записей ({count})</translation>
    </message>
    <message>
        <source>{table}: {count} entries have no usable id (missing, empty or not text)</source>
        <translation>{table}: записи без пригодного идентификатора ({count}: его нет, он пуст или не текст)</translation>
    </message>
    <message>
        <source>{table} has {rows} rows for the {people} people, {strangers} of them for people not in the archive</source>
        <translation>{table} содержит строк: {rows} на людей: {people}; из них для людей, которых нет в архиве: {strangers}</translation>
    </message>
    <message>
        <source>{table}.{column} does not rank each of the {people} people once ({misplaced} ranks repeat, skip or are not numbers)</source>
        <translation>{table}.{column} не даёт каждому из людей ({people}) одного места в порядке (места повторяются, пропущены или не числа: {misplaced})</translation>
    </message>
    <message>
        <source>CHECK constraint failed in {table}</source>
        <translation>запись в {table} нарушает правило формата архива</translation>
    </message>
    <message>
        <source>row {row} missing from index {index}</source>
        <translation>строки {row} нет в индексе {index}</translation>
    </message>
    <message>
        <source>wrong # of entries in index {index}</source>
        <translation>в индексе {index} неверное число записей</translation>
    </message>
    <message>
        <source>NULL value in {table}.{column}</source>
        <translation>{table}.{column} пусто там, где нужно значение</translation>
    </message>
    <message>
        <source>non-unique entry in index {index}</source>
        <translation>в индексе {index} дважды есть запись, которая должна быть единственной</translation>
    </message>
    <message>
        <source>{evidence}</source>
        <translation>SQLite сообщает: {evidence}</translation>
    </message>
    <message>
        <source>{index} indexes {indexed} rows but {table} has {rows}</source>
        <translation>{index} индексирует строк: {indexed}, а в {table} их {rows}</translation>
    </message>
    <message>
        <source>Check the archive again to see the problems.</source>
        <translation>Проверьте архив снова, чтобы увидеть проблемы.</translation>
    </message>
    <message>
        <source>No person with the id or name {people} in {file}; check the names and ids of the people to leave out (nothing was written).</source>
        <translation>В {file} нет человека с id или именем {people}; проверьте имена и id людей, которых нужно исключить (ничего не записано).</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} — это папка. Выберите имя файла.</translation>
    </message>
    <message>
        <source>{path}: exists and is not an empty folder. Choose a new or empty folder.</source>
        <translation>{path}: уже существует и не является пустой папкой. Выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>{path}: cannot write in {folder} ({reason}). Choose a folder you can write to.</source>
        <translation>{path}: нельзя писать в {folder} ({reason}). Выберите папку, в которую можно писать.</translation>
    </message>
    <message>
        <source>{path}: the publishable copy could not be written ({reason}); nothing was written. Free some space or choose another folder.</source>
        <translation>{path}: копию для публикации не удалось записать ({reason}); ничего не записано. Освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be decoded</source>
        <translation>изображение повреждено, его невозможно декодировать</translation>
    </message>
</context>
<context>
    <name>EventKindLabel</name>
    <message>
        <source>Detained</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Administrative detention</source>
        <translation>Административный арест</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Этапирование</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <source>Pardoned</source>
        <translation>Помилование</translation>
    </message>
    <message>
        <source>Exiled</source>
        <translation>Выезд из страны</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Протест</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ExactToggle</name>
    <message>
        <source>Exact</source>
        <translation>Точно</translation>
    </message>
    <message>
        <source>Exact spelling</source>
        <translation>Точное написание</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Kartoteka annotations (*.json);;All files (*)</source>
        <translation>Аннотации Kartoteka (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Экспорт аннотаций</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Импорт аннотаций</translation>
    </message>
    <message>
        <source>tag “{name}”</source>
        <translation>тег «{name}»</translation>
    </message>
    <message>
        <source>tag “{name}” on {entry}</source>
        <translation>тег «{name}» ({entry})</translation>
    </message>
    <message>
        <source>correction of {field} on {entry}: {body}</source>
        <translation>исправление поля «{field}» ({entry}): {body}</translation>
    </message>
    <message>
        <source>note on {entry}: {body}</source>
        <translation>заметка ({entry}): {body}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Tag “{name}”, colour {colour}</source>
        <translation>Тег «{name}», цвет {colour}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Почему: {reason}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annotations</source>
        <translation>Экспорт аннотаций</translation>
    </message>
    <message>
        <source>All annotations of this archive</source>
        <translation>Все аннотации этого архива</translation>
    </message>
    <message>
        <source>the person shown</source>
        <translation>показанный человек</translation>
    </message>
    <message>
        <source>Annotations of {name}</source>
        <translation>Аннотации: {name}</translation>
    </message>
    <message>
        <source>Entries tagged</source>
        <translation>Записи с тегом</translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Тег для экспорта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Exchange file, with history (another archivist can import it)</source>
        <translation>Файл обмена с историей (другой архивист может его импортировать)</translation>
    </message>
    <message>
        <source>Plain JSON for reading (cannot be imported)</source>
        <translation>Простой JSON для чтения (импортировать нельзя)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>File to write (.json)</source>
        <translation>Файл для записи (.json)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation>Сначала откройте архив.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>Exported {n} annotations and {t} tags to {path}.</source>
        <translation>Экспортировано в {path}: аннотаций — {n}, тегов — {t}.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>FacetsPane</name>
    <message>
        <source>None in this list</source>
        <translation>Нет в этом списке</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Criminal-code article</source>
        <translation>Статья УК</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Очистить всё</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Очистить все фильтры</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>С какого года</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>По какой год</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
</context>
<context>
    <name>FacilityKindLabel</name>
    <message>
        <source>Temporary detention facility</source>
        <translation>Изолятор временного содержания</translation>
    </message>
    <message>
        <source>Pre-trial detention centre</source>
        <translation>Следственный изолятор</translation>
    </message>
    <message>
        <source>Penal colony</source>
        <translation>Исправительная колония</translation>
    </message>
    <message>
        <source>Colony settlement</source>
        <translation>Колония-поселение</translation>
    </message>
    <message>
        <source>Open-type correctional institution</source>
        <translation>Исправительное учреждение открытого типа</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Тюрьма</translation>
    </message>
    <message>
        <source>Medical labour centre</source>
        <translation>Лечебно-трудовой профилакторий</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Психиатрическая больница</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind of term</source>
        <translation>Вид наказания</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Срок (месяцев)</translation>
    </message>
    <message>
        <source>Term as written</source>
        <translation>Срок (текстом)</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Где сказано</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Тип учреждения</translation>
    </message>
    <message>
        <source>Postal address (Russian)</source>
        <translation>Почтовый адрес (по-русски)</translation>
    </message>
    <message>
        <source>Postal address (Belarusian)</source>
        <translation>Почтовый адрес (по-белорусски)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Надёжность</translation>
    </message>
</context>
<context>
    <name>FileWatchController</name>
    <message>
        <source>This archive was deleted or moved on disk by another program. What is shown stays readable until you close it.</source>
        <translation>Этот архив удалила или переместила на диске другая программа. То, что показано, можно читать, пока вы его не закроете.</translation>
    </message>
    <message>
        <source>This archive was replaced on disk by another program.</source>
        <translation>Этот архив заменила на диске другая программа.</translation>
    </message>
    <message>
        <source>This archive was changed on disk by another program.</source>
        <translation>Этот архив изменила на диске другая программа.</translation>
    </message>
</context>
<context>
    <name>GoneWords</name>
    <message>
        <source>not in either edition</source>
        <translation>нет ни в одном выпуске</translation>
    </message>
    <message>
        <source>removed in the new edition</source>
        <translation>удалена в новом выпуске</translation>
    </message>
    <message>
        <source>removed in the new edition, with {name} ({id})</source>
        <translation>удалена в новом выпуске вместе с человеком {name} ({id})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>конфликт разрешён</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>tag {name}</source>
        <translation>тег {name}</translation>
    </message>
    <message>
        <source>(why: {reason})</source>
        <translation>(почему: {reason})</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>No revisions recorded.</source>
        <translation>Ни одной версии не записано.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Импорт аннотаций</translation>
    </message>
    <message>
        <source>From {file}: {a} to add, {c} to change, {d} to delete, {k} conflicts, {u} already here.</source>
        <translation>Из {file}: добавить — {a}, изменить — {c}, удалить — {d}, конфликтов — {k}, уже есть — {u}.</translation>
    </message>
    <message>
        <source>Added ({n})</source>
        <translation>Добавлено ({n})</translation>
    </message>
    <message>
        <source>Changed ({n})</source>
        <translation>Изменено ({n})</translation>
    </message>
    <message>
        <source>Deleted ({n})</source>
        <translation>Удалено ({n})</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Конфликты ({n})</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Ничего.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Оставить моё для всех</translation>
    </message>
    <message>
        <source>Take theirs for all</source>
        <translation>Взять их для всех</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this store)</source>
        <translation>&lt;b&gt;Моё&lt;/b&gt; (это хранилище)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (the file)</source>
        <translation>&lt;b&gt;Их&lt;/b&gt; (файл)</translation>
    </message>
    <message numerus="yes">
        <source>{n} conflict(s) still need a decision before importing.</source>
        <translation>
            <numerusform>{n} конфликт ещё требует решения перед импортом.</numerusform>
            <numerusform>{n} конфликта ещё требуют решения перед импортом.</numerusform>
            <numerusform>{n} конфликтов ещё требуют решения перед импортом.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Apply.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Применить».</translation>
    </message>
</context>
<context>
    <name>InverseRelationLabel</name>
    <message>
        <source>spouse of</source>
        <translation>муж или жена:</translation>
    </message>
    <message>
        <source>child of</source>
        <translation>ребёнок:</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>отец или мать:</translation>
    </message>
    <message>
        <source>relative of</source>
        <translation>родственник:</translation>
    </message>
    <message>
        <source>co-defendant of</source>
        <translation>подсудимый по тому же делу:</translation>
    </message>
    <message>
        <source>associate of</source>
        <translation>соратник:</translation>
    </message>
    <message>
        <source>campaign ally of</source>
        <translation>союзник по кампании:</translation>
    </message>
    <message>
        <source>opponent of</source>
        <translation>оппонент:</translation>
    </message>
    <message>
        <source>ally of</source>
        <translation>союзник:</translation>
    </message>
    <message>
        <source>advised by</source>
        <translation>советник:</translation>
    </message>
    <message>
        <source>tried by judge</source>
        <translation>судья по делу:</translation>
    </message>
    <message>
        <source>prosecuted by</source>
        <translation>прокурор по делу:</translation>
    </message>
    <message>
        <source>represented by lawyer</source>
        <translation>адвокат:</translation>
    </message>
    <message>
        <source>has member</source>
        <translation>участник:</translation>
    </message>
    <message>
        <source>led by</source>
        <translation>руководитель:</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>содержит:</translation>
    </message>
    <message>
        <source>employs</source>
        <translation>сотрудник:</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>связь:</translation>
    </message>
</context>
<context>
    <name>LanguageLabel</name>
    <message>
        <source>Belarusian</source>
        <translation>белорусский</translation>
    </message>
    <message>
        <source>Belarusian (Cyrillic)</source>
        <translation>белорусский (кириллица)</translation>
    </message>
    <message>
        <source>Belarusian (Latin)</source>
        <translation>белорусский (латиница)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Russian (Cyrillic)</source>
        <translation>русский (кириллица)</translation>
    </message>
    <message>
        <source>Russian (Latin)</source>
        <translation>русский (латиница)</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Ukrainian (Cyrillic)</source>
        <translation>украинский (кириллица)</translation>
    </message>
    <message>
        <source>Ukrainian (Latin)</source>
        <translation>украинский (латиница)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>литовский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
</context>
<context>
    <name>LettersController</name>
    <message>
        <source>The People list is shown again: the person chosen is not in the Letters list (not in custody, or further down than it has read).</source>
        <translation>Снова показан список «Люди»: выбранный человек не в списке «Письма» (не под стражей или дальше, чем список прочитан).</translation>
    </message>
    <message>
        <source>Letters to political prisoners — {date}</source>
        <translation>Письма политзаключённым — {date}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} people in custody.</source>
        <translation>
            <numerusform>Записан {file}: {n} человек под стражей.</numerusform>
            <numerusform>Записан {file}: {n} человека под стражей.</numerusform>
            <numerusform>Записан {file}: {n} человек под стражей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPane</name>
    <message>
        <source>Envelopes in Russian</source>
        <translation>Конверты по-русски</translation>
    </message>
    <message>
        <source>Envelopes in Belarusian</source>
        <translation>Конверты по-белорусски</translation>
    </message>
    <message>
        <source>Language of the envelopes</source>
        <translation>Язык конвертов</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Printable page…</source>
        <translation>Страница для печати…</translation>
    </message>
    <message>
        <source>The people in custody among those the search and filters select, birthdays of this month first.</source>
        <translation>Те, кто под стражей, среди выбранных поиском и фильтрами; сначала дни рождения этого месяца.</translation>
    </message>
    <message>
        <source>Letters — reading…</source>
        <translation>Письма — читается…</translation>
    </message>
    <message numerus="yes">
        <source>Letters — {n} people in custody</source>
        <translation>
            <numerusform>Письма — {n} человек под стражей</numerusform>
            <numerusform>Письма — {n} человека под стражей</numerusform>
            <numerusform>Письма — {n} человек под стражей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} people in custody</source>
        <translation>
            <numerusform>{n} человек под стражей</numerusform>
            <numerusform>{n} человека под стражей</numerusform>
            <numerusform>{n} человек под стражей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the letters list as CSV</source>
        <translation>Экспорт списка для писем в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the letters list as a printable page</source>
        <translation>Сохранить список для писем как страницу для печати</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Web pages (*.html)</source>
        <translation>Документы PDF (*.pdf);;Веб-страницы (*.html)</translation>
    </message>
</context>
<context>
    <name>LettersText</name>
    <message numerus="yes">
        <source>{n} people in custody</source>
        <translation>
            <numerusform>{n} человек под стражей</numerusform>
            <numerusform>{n} человека под стражей</numerusform>
            <numerusform>{n} человек под стражей</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: {date}</source>
        <translation>День рождения: {date}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Held in</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>held incommunicado: letters are not delivered</source>
        <translation>содержится в изоляции: письма не доходят</translation>
    </message>
    <message>
        <source>where they are held is not known</source>
        <translation>неизвестно, где содержится</translation>
    </message>
    <message>
        <source>the facility&apos;s postal address is not in the archive</source>
        <translation>почтового адреса учреждения нет в архиве</translation>
    </message>
    <message>
        <source>the address is only known in the other language</source>
        <translation>адрес известен только на другом языке</translation>
    </message>
    <message>
        <source>Belarusian address not in the archive; Russian shown</source>
        <translation>Белорусского адреса в архиве нет; показан русский</translation>
    </message>
    <message>
        <source>Russian address not in the archive; Belarusian shown</source>
        <translation>Русского адреса в архиве нет; показан белорусский</translation>
    </message>
</context>
<context>
    <name>ListMode</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Checking the archive…</source>
        <translation>Проверка архива…</translation>
    </message>
    <message>
        <source>Another program is writing this archive: making a private copy to read…</source>
        <translation>Другая программа записывает этот архив: создаётся частная копия для чтения…</translation>
    </message>
    <message>
        <source>Reading the list of people…</source>
        <translation>Читается список людей…</translation>
    </message>
    <message>
        <source>{stage} {percent} %</source>
        <translation>{stage} {percent} %</translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message>
        <source>Opening an archive</source>
        <translation>Открытие архива</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Открывается {name}</translation>
    </message>
    <message numerus="yes">
        <source>{n} s so far</source>
        <translation>
            <numerusform>уже {n} с</numerusform>
            <numerusform>уже {n} с</numerusform>
            <numerusform>уже {n} с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPane</name>
    <message>
        <source>Archive locked</source>
        <translation>Архив заблокирован</translation>
    </message>
    <message>
        <source>Open again…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>Открыть другой архив…</translation>
    </message>
    <message>
        <source>“{name}” was closed and its passphrase forgotten. Opening it again asks for the passphrase.</source>
        <translation>«{name}» закрыт, а его парольная фраза забыта. При повторном открытии нужно будет ввести парольную фразу.</translation>
    </message>
    <message>
        <source>“{name}” was closed. Nothing from it is on screen. It is not encrypted, so anyone with this computer can open the file itself.</source>
        <translation>«{name}» закрыт. На экране из него ничего нет. Он не зашифрован, поэтому любой, у кого есть доступ к этому компьютеру, может открыть сам файл.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Archive is damaged</source>
        <translation>Архив повреждён</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>Не удаётся открыть архив</translation>
    </message>
    <message>
        <source>Archive is in use</source>
        <translation>Архив занят</translation>
    </message>
    <message>
        <source>Cannot read archive</source>
        <translation>Не удаётся прочитать архив</translation>
    </message>
    <message>
        <source>Archive check took too long</source>
        <translation>Проверка архива заняла слишком много времени</translation>
    </message>
    <message>
        <source>Archive is encrypted</source>
        <translation>Архив зашифрован</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Неверная парольная фраза</translation>
    </message>
    <message>
        <source>Value too large</source>
        <translation>Слишком большое значение</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <source>Archive is too new</source>
        <translation>Архив слишком новый</translation>
    </message>
    <message>
        <source>Import rejected</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Not a Kartoteka archive</source>
        <translation>Это не архив Kartoteka</translation>
    </message>
    <message>
        <source>Not an archive file</source>
        <translation>Это не файл архива</translation>
    </message>
    <message>
        <source>Cannot write file</source>
        <translation>Не удаётся записать файл</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Query took too long</source>
        <translation>Запрос выполнялся слишком долго</translation>
    </message>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Архив не открыт</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>Kartoteka never changes the archive file.</source>
        <translation>Kartoteka никогда не изменяет файл архива.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>The new language takes effect when Kartoteka is started again.</source>
        <translation>Новый язык вступит в силу после перезапуска Kartoteka.</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>Нет недавних архивов</translation>
    </message>
    <message>
        <source>Cannot compare editions</source>
        <translation>Невозможно сравнить издания</translation>
    </message>
    <message>
        <source>Cannot make a publishable copy</source>
        <translation>Невозможно сделать копию для публикации</translation>
    </message>
    <message>
        <source>Redaction rules are not valid</source>
        <translation>Правила исключения неверны</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Остановить проверку</translation>
    </message>
    <message>
        <source>Cancel the archive check</source>
        <translation>Остановить проверку архива</translation>
    </message>
    <message>
        <source>Stop checking this archive for damage; browsing goes on.</source>
        <translation>Больше не проверять этот архив на повреждения; просматривать его можно дальше.</translation>
    </message>
</context>
<context>
    <name>MatchLevelLabel</name>
    <message>
        <source>as stored</source>
        <translation>как в архиве</translation>
    </message>
    <message>
        <source>in another script</source>
        <translation>другим алфавитом</translation>
    </message>
    <message>
        <source>another romanization</source>
        <translation>другая романизация</translation>
    </message>
    <message>
        <source>another spelling of the name</source>
        <translation>другое написание имени</translation>
    </message>
    <message>
        <source>another language&apos;s spelling</source>
        <translation>написание другого языка</translation>
    </message>
    <message>
        <source>the same name in another language</source>
        <translation>то же имя на другом языке</translation>
    </message>
    <message>
        <source>a declined form</source>
        <translation>склонённая форма</translation>
    </message>
    <message>
        <source>a short form of the name</source>
        <translation>краткая форма имени</translation>
    </message>
    <message>
        <source>the start of the name</source>
        <translation>начало имени</translation>
    </message>
    <message>
        <source>a typo</source>
        <translation>опечатка</translation>
    </message>
    <message>
        <source>the archive states no patronymic for this person</source>
        <translation>в архиве нет отчества этого человека</translation>
    </message>
    <message>
        <source>not among this person&apos;s names</source>
        <translation>нет среди имён этого человека</translation>
    </message>
</context>
<context>
    <name>MatchReason</name>
    <message>
        <source>{word}: {how}</source>
        <translation>{word}: {how}</translation>
    </message>
    <message>
        <source>{word} → {stored}: {how}</source>
        <translation>{word} → {stored}: {how}</translation>
    </message>
</context>
<context>
    <name>NameFallback</name>
    <message>
        <source>No Belarusian spelling in this archive; shown as the archive has it.</source>
        <translation>В архиве нет белорусского написания; показано так, как в архиве.</translation>
    </message>
    <message>
        <source>No Russian spelling in this archive; shown as the archive has it.</source>
        <translation>В архиве нет русского написания; показано так, как в архиве.</translation>
    </message>
    <message>
        <source>No Latin (passport) spelling in this archive; shown as the archive has it.</source>
        <translation>В архиве нет латинского (паспортного) написания; показано так, как в архиве.</translation>
    </message>
</context>
<context>
    <name>NameSystemLabel</name>
    <message>
        <source>native spelling</source>
        <translation>исходное написание</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>Łacinka</source>
        <translation>лацинка</translation>
    </message>
    <message>
        <source>national romanization</source>
        <translation>национальная латинизация</translation>
    </message>
    <message>
        <source>Russian-based (media)</source>
        <translation>на русской основе (СМИ)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкая транслитерация</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польская транслитерация</translation>
    </message>
    <message>
        <source>alias or variant</source>
        <translation>псевдоним или вариант</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Type a note… (*italic*, **bold**, “- ” for a list; Ctrl+Enter saves)</source>
        <translation>Напишите заметку… (*курсив*, **жирный**, «- » для списка; Ctrl+Enter сохраняет)</translation>
    </message>
    <message>
        <source>Date the note is about</source>
        <translation>Дата, к которой относится заметка</translation>
    </message>
    <message>
        <source>Date (optional)</source>
        <translation>Дата (необяз.)</translation>
    </message>
    <message>
        <source>The day, month or year the note is about: 2024-05-03, 2024-05 or 2024 (~2024 for about 2024). Dated notes appear on the timeline; leave it empty for a note without a date.</source>
        <translation>День, месяц или год, к которому относится заметка: 2024-05-03, 2024-05 или 2024 (~2024 — около 2024). Заметки с датой появляются на хронологии; оставьте пустым для заметки без даты.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Сохранить заметку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop editing and throw the text away</source>
        <translation>Прекратить правку и отбросить текст</translation>
    </message>
    <message>
        <source>Editing a note on {entry}</source>
        <translation>Правка заметки — {entry}</translation>
    </message>
    <message>
        <source>Recovered draft — not saved yet</source>
        <translation>Восстановленный черновик — ещё не сохранён</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Черновик не сохранён</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <source>Kept while locked — not saved yet</source>
        <translation>Сохранено во время блокировки — ещё не записано</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Сначала выберите человека.</translation>
    </message>
    <message>
        <source>Type a note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <source>Not saved — the date is not a date</source>
        <translation>Не сохранено — дата неправильная</translation>
    </message>
    <message>
        <source>Not saved — your text is still here</source>
        <translation>Не сохранено — ваш текст остался здесь</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>New note on {entry}</source>
        <translation>Новая заметка — {entry}</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Набор…</translation>
    </message>
</context>
<context>
    <name>OpenArchiveController</name>
    <message>
        <source>This archive is damaged: results may be incomplete.</source>
        <translation>Этот архив повреждён: результаты могут быть неполными.</translation>
    </message>
    <message>
        <source>The search index of this archive is damaged: browsing works, search does not.</source>
        <translation>Поисковый указатель этого архива повреждён: просматривать можно, искать — нет.</translation>
    </message>
    <message>
        <source>Another program was writing this archive, so Kartoteka reads a private copy of it ({size} in the temporary folder, deleted when it is closed).</source>
        <translation>Другая программа записывала этот архив, поэтому Kartoteka читает его частную копию ({size} во временной папке; удаляется, когда архив закрывают).</translation>
    </message>
    <message>
        <source>{file} beside the archive records an unfinished change; it was undone in Kartoteka&apos;s private copy (your files were not touched).</source>
        <translation>{file} рядом с архивом говорит о незавершённом изменении; оно отменено в частной копии Kartoteka (ваши файлы не тронуты).</translation>
    </message>
    <message>
        <source>{file} beside the archive records an unfinished change spanning several files; it was ignored, so the archive may look incomplete or half-changed.</source>
        <translation>{file} рядом с архивом говорит о незавершённом изменении в нескольких файлах; оно не учтено, поэтому архив может выглядеть неполным или изменённым наполовину.</translation>
    </message>
    <message>
        <source>{file} beside the archive is not a valid write-ahead log; it was ignored, so the most recent changes may be missing.</source>
        <translation>{file} рядом с архивом — не настоящий журнал упреждающей записи; он не учтён, поэтому последних изменений может не хватать.</translation>
    </message>
    <message>
        <source>{file} beside the archive ends in the middle of a change; the complete changes were used and the cut one ignored.</source>
        <translation>{file} рядом с архивом обрывается посреди изменения; применены все завершённые изменения, а оборванное не учтено.</translation>
    </message>
    <message>
        <source>{file} beside the archive holds changes that are not in the file itself; Kartoteka shows them, as SQLite would (your files were not touched).</source>
        <translation>{file} рядом с архивом содержит изменения, которых нет в самом файле; Kartoteka показывает их, как сделал бы SQLite (ваши файлы не тронуты).</translation>
    </message>
    <message>
        <source>The name index of {file} was built by an older version of Kartoteka, so name search may miss some spellings. To rebuild it into a new file (this one is not changed), run: {command}</source>
        <translation>Индекс имён {file} построен более старой версией Kartoteka, поэтому поиск по именам может не найти некоторые написания. Чтобы перестроить его в новый файл (этот не изменится), выполните: {command}</translation>
    </message>
    <message>
        <source>The name index of {file} was built by a newer version of Kartoteka, so name search may miss some spellings. To rebuild it into a new file (this one is not changed), run: {command}</source>
        <translation>Индекс имён {file} построен более новой версией Kartoteka, поэтому поиск по именам может не найти некоторые написания. Чтобы перестроить его в новый файл (этот не изменится), выполните: {command}</translation>
    </message>
    <message>
        <source>The name index of {file} records a version that cannot be read, so name search may miss some spellings. To rebuild it into a new file (this one is not changed), run: {command}</source>
        <translation>Индекс имён {file} содержит версию, которую нельзя прочитать, поэтому поиск по именам может не найти некоторые написания. Чтобы перестроить его в новый файл (этот не изменится), выполните: {command}</translation>
    </message>
</context>
<context>
    <name>OrgKindLabel</name>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Место заключения</translation>
    </message>
    <message>
        <source>Human rights organization</source>
        <translation>Правозащитная организация</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>Orphans</name>
    <message>
        <source>Every annotation belongs to an entry of this archive.</source>
        <translation>Каждая аннотация относится к записи этого архива.</translation>
    </message>
    <message>
        <source>tag “{name}”</source>
        <translation>тег «{name}»</translation>
    </message>
    <message>
        <source>correction of {field}: {body}</source>
        <translation>исправление поля {field}: {body}</translation>
    </message>
    <message numerus="yes">
        <source>{n} annotations refer to entries that are not in this edition of the archive. They are kept in the store and come back if an edition has the entries again.</source>
        <translation>
            <numerusform>{n} аннотация ссылается на записи, которых нет в этом издании архива. Она хранится в хранилище и вернётся, когда в издании снова появятся эти записи.</numerusform>
            <numerusform>{n} аннотации ссылаются на записи, которых нет в этом издании архива. Они хранятся в хранилище и вернутся, когда в издании снова появятся эти записи.</numerusform>
            <numerusform>{n} аннотаций ссылаются на записи, которых нет в этом издании архива. Они хранятся в хранилище и вернутся, когда в издании снова появятся эти записи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>To see why each entry is gone, use File ▸ Compare with another edition… with the earlier edition that had it.</source>
        <translation>Чтобы узнать, почему каждой записи нет, используйте Файл ▸ Сравнить с другим изданием… с более ранним изданием, в котором она была.</translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation>ещё не сравнивалось</translation>
    </message>
</context>
<context>
    <name>OutputText</name>
    <message>
        <source>Export the sources of the people in the list</source>
        <translation>Экспортировать источники людей из списка</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted archive</source>
        <translation>Зашифрованный архив</translation>
    </message>
    <message>
        <source>Enter passphrase</source>
        <translation>Введите парольную фразу</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; зашифрован. Введите его парольную фразу, чтобы открыть.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
</context>
<context>
    <name>PeopleListPane</name>
    <message>
        <source>People shown</source>
        <translation>Показанные люди</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No one found for “{text}”.</source>
        <translation>По запросу «{text}» никого не найдено.</translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Возможно, вы имели в виду {link}?</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Г. р.</translation>
    </message>
    <message>
        <source>Latest term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation>Последнее событие</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Total term</source>
        <translation>Общий срок</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Ожидаемый конец</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>{y} y {m} m</source>
        <translation>{y} г. {m} мес.</translation>
    </message>
    <message>
        <source>{y} y</source>
        <translation>{y} г.</translation>
    </message>
    <message>
        <source>{m} m</source>
        <translation>{m} мес.</translation>
    </message>
    <message>
        <source>Note or tag</source>
        <translation>Заметка или тег</translation>
    </message>
    <message>
        <source>matches the filters</source>
        <translation>соответствует фильтрам</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Why this person matched the search</source>
        <translation>Почему этот человек найден поиском</translation>
    </message>
    <message numerus="yes">
        <source>{total} people</source>
        <translation>
            <numerusform>{total} человек</numerusform>
            <numerusform>{total} человека</numerusform>
            <numerusform>{total} человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} people</source>
        <translation>
            <numerusform>{shown} из {total} человека</numerusform>
            <numerusform>{shown} из {total} человек</numerusform>
            <numerusform>{shown} из {total} человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Соответствие</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>{entry} (not shown above)</source>
        <translation>{entry} (не показано выше)</translation>
    </message>
    <message>
        <source>{entry}: this field is no longer in the record</source>
        <translation>{entry}: этого поля больше нет в карточке</translation>
    </message>
    <message numerus="yes">
        <source>{n} year(s)</source>
        <translation>
            <numerusform>{n} год</numerusform>
            <numerusform>{n} года</numerusform>
            <numerusform>{n} лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} month(s)</source>
        <translation>
            <numerusform>{n} месяц</numerusform>
            <numerusform>{n} месяца</numerusform>
            <numerusform>{n} месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>{entry}: this entry is no longer in the record</source>
        <translation>{entry}: этой записи больше нет в карточке</translation>
    </message>
    <message>
        <source>the archive said {was} when proposed, now {now}</source>
        <translation>в архиве было {was}, когда предложили, сейчас {now}</translation>
    </message>
    <message>
        <source>the archive says {was}</source>
        <translation>в архиве: {was}</translation>
    </message>
    <message>
        <source>⚑ Proposed — {field}: {value}</source>
        <translation>⚑ Предложено — {field}: {value}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>… and {n} more, not shown here (Copy record as text has them all).</source>
        <translation>… и ещё {n}, здесь не показаны (все есть в «Копировать запись как текст»).</translation>
    </message>
    <message>
        <source>… and {n} more, not shown here (an export of the archive has them all).</source>
        <translation>… и ещё {n}, здесь не показаны (все есть в экспорте архива).</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Приговоры</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>неизвестный автор</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Other proposed corrections</source>
        <translation>Другие предложенные исправления</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <source>in absentia</source>
        <translation>заочно</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Суд:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Судья:</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <source>born</source>
        <translation>род.</translation>
    </message>
    <message>
        <source>cite as…</source>
        <translation>цитировать как…</translation>
    </message>
    <message>
        <source>Held in:</source>
        <translation>Место содержания:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Почтовый адрес:</translation>
    </message>
    <message>
        <source>Prosecutor:</source>
        <translation>Прокурор:</translation>
    </message>
    <message>
        <source>Lawyer:</source>
        <translation>Адвокат:</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>dates unknown</source>
        <translation>даты неизвестны</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>a place the sources do not name</source>
        <translation>место, которое источники не называют</translation>
    </message>
    <message>
        <source>held incommunicado: letters are not delivered</source>
        <translation>содержится в изоляции: письма не доходят</translation>
    </message>
    <message>
        <source>recognized by {org}</source>
        <translation>признание: {org}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Custody and transfers</source>
        <translation>Содержание под стражей и этапы</translation>
    </message>
    <message>
        <source>Cannot display this photo: {problem}.</source>
        <translation>Невозможно показать это фото: {problem}.</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Фото загружается…</translation>
    </message>
    <message>
        <source>Appeal, {date}: {outcome}</source>
        <translation>Апелляция, {date}: {outcome}</translation>
    </message>
    <message>
        <source>(term now {n} months)</source>
        <translation>(срок теперь {n} мес.)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>(с {date})</translation>
    </message>
    <message>
        <source>licence: {licence}</source>
        <translation>лицензия: {licence}</translation>
    </message>
    <message>
        <source>cannot display: {problem}</source>
        <translation>невозможно показать: {problem}</translation>
    </message>
    <message>
        <source>Term counted from: {date}</source>
        <translation>Срок считается с: {date}</translation>
    </message>
    <message>
        <source>between {earliest} and {latest}</source>
        <translation>между {earliest} и {latest}</translation>
    </message>
    <message>
        <source>End of term: {date}</source>
        <translation>Конец срока: {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Born: {date}</source>
        <translation>Дата рождения: {date}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Место: {place}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Роли: {roles}</translation>
    </message>
    <message>
        <source>Held in: {place}</source>
        <translation>Место содержания: {place}</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Признание</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>{section}:</source>
        <translation>{section}:</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>опубликовал(а)</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>confidence:</source>
        <translation>надёжность:</translation>
    </message>
    <message>
        <source>copy URL</source>
        <translation>копировать URL</translation>
    </message>
    <message>
        <source>copy citation</source>
        <translation>копировать ссылку</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Person record</source>
        <translation>Карточка человека</translation>
    </message>
    <message>
        <source>Right and Left move between links; Enter follows one; Tab leaves the record</source>
        <translation>Вправо и Влево — от ссылки к ссылке; Enter открывает ссылку; Tab выходит из карточки</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>Выберите человека в списке.</translation>
    </message>
    <message>
        <source>Record copied as text.</source>
        <translation>Карточка скопирована как текст.</translation>
    </message>
    <message>
        <source>Citation [{n}] copied.</source>
        <translation>Ссылка [{n}] скопирована.</translation>
    </message>
    <message>
        <source>URL copied (not opened: Kartoteka works offline).</source>
        <translation>URL скопирован (не открыт: Kartoteka работает без сети).</translation>
    </message>
    <message>
        <source>Exact date (EDTF): {edtf}</source>
        <translation>Точная дата (EDTF): {edtf}</translation>
    </message>
    <message>
        <source>Show this person</source>
        <translation>Показать этого человека</translation>
    </message>
    <message>
        <source>Go to source {n}</source>
        <translation>Перейти к источнику {n}</translation>
    </message>
    <message>
        <source>Copy the URL (Kartoteka never opens it)</source>
        <translation>Копировать URL (Kartoteka никогда его не открывает)</translation>
    </message>
    <message>
        <source>Copy this citation</source>
        <translation>Копировать эту ссылку</translation>
    </message>
    <message>
        <source>Copy or save this citation as CSL-JSON, RIS or BibTeX</source>
        <translation>Скопировать или сохранить эту цитату в CSL-JSON, RIS или BibTeX</translation>
    </message>
    <message>
        <source>A correction of {field} is proposed (shown below it)</source>
        <translation>Предложено исправление поля «{field}» (показано ниже)</translation>
    </message>
    <message>
        <source>A correction of this value is proposed (shown below it)</source>
        <translation>К этому значению предложено исправление (показано ниже)</translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message>
        <source>{n} y</source>
        <translation>{n} г.</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} мес.</translation>
    </message>
    <message>
        <source>{term} ({kind})</source>
        <translation>{term} ({kind})</translation>
    </message>
    <message>
        <source>at least {term}</source>
        <translation>не менее {term}</translation>
    </message>
    <message>
        <source>{least} to {most}</source>
        <translation>от {least} до {most}</translation>
    </message>
    <message>
        <source>added to the sentence of {date}</source>
        <translation>добавлено к приговору от {date}</translation>
    </message>
    <message>
        <source>added to an earlier sentence</source>
        <translation>добавлено к предыдущему приговору</translation>
    </message>
    <message>
        <source>Total term: {term}</source>
        <translation>Общий срок: {term}</translation>
    </message>
    <message>
        <source>Served: {served}</source>
        <translation>Отбыто: {served}</translation>
    </message>
    <message>
        <source>Served: {served}, counted from the detention of {date}</source>
        <translation>Отбыто: {served}, считая с задержания ({date})</translation>
    </message>
    <message>
        <source>Served: {served}, counted from {date}</source>
        <translation>Отбыто: {served}, считая с начала срока ({date})</translation>
    </message>
    <message>
        <source>Served: {served}, counted from the sentence of {date}</source>
        <translation>Отбыто: {served}, считая с приговора ({date})</translation>
    </message>
    <message>
        <source>Expected end of term: {date}</source>
        <translation>Ожидаемый конец срока: {date}</translation>
    </message>
    <message>
        <source>Custody ended: {date}</source>
        <translation>Освобождён(-а): {date}</translation>
    </message>
    <message>
        <source>Held in: {place}</source>
        <translation>Место содержания: {place}</translation>
    </message>
    <message>
        <source>Held in: {place} (since {date})</source>
        <translation>Место содержания: {place} (с {date})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Status: {status} since {date}</source>
        <translation>Статус: {status} с {date}</translation>
    </message>
    <message>
        <source>Sentenced in absentia: nothing served</source>
        <translation>Осуждён(-а) заочно: срок не отбывается</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>{citation}, {publisher}</source>
        <translation>{citation}, {publisher}</translation>
    </message>
    <message>
        <source>{citation}, {date}</source>
        <translation>{citation}, {date}</translation>
    </message>
    <message>
        <source>{citation}, {locator}</source>
        <translation>{citation}, {locator}</translation>
    </message>
    <message>
        <source>{citation}.</source>
        <translation>{citation}.</translation>
    </message>
    <message>
        <source>{citation} {url}</source>
        <translation>{citation} {url}</translation>
    </message>
    <message>
        <source>{citation} (confidence: {confidence})</source>
        <translation>{citation} (достоверность: {confidence})</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message numerus="yes">
        <source>{n} year(s)</source>
        <translation>
            <numerusform>{n} год</numerusform>
            <numerusform>{n} года</numerusform>
            <numerusform>{n} лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} month(s)</source>
        <translation>
            <numerusform>{n} месяц</numerusform>
            <numerusform>{n} месяца</numerusform>
            <numerusform>{n} месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Annotation stores (*.sqlite *.db);;All files (*)</source>
        <translation>Хранилища аннотаций (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Recorded with every note you write</source>
        <translation>Записывается с каждой вашей заметкой</translation>
    </message>
    <message>
        <source>Per-user store</source>
        <translation>Хранилище пользователя</translation>
    </message>
    <message>
        <source>This file:</source>
        <translation>Этот файл:</translation>
    </message>
    <message>
        <source>Annotation store file</source>
        <translation>Файл хранилища аннотаций</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>Аннотации:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Минут простоя до блокировки</translation>
    </message>
    <message>
        <source>Lock when idle:</source>
        <translation>Блокировать при простое:</translation>
    </message>
    <message>
        <source>Remember recent searches and files</source>
        <translation>Запоминать недавние поиски и файлы</translation>
    </message>
    <message>
        <source>Kept only in the annotation store (encrypted when the store is). Turning this off deletes what was kept.</source>
        <translation>Хранится только в хранилище аннотаций (зашифрованным, если хранилище зашифровано). Если выключить, сохранённое будет удалено.</translation>
    </message>
    <message>
        <source>Clear history now</source>
        <translation>Очистить историю сейчас</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>Portable: settings, notes and caches stay in {folder}</source>
        <translation>Переносной режим: настройки, заметки и кэш остаются в {folder}</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>Only a new store can be created encrypted; the file must not exist yet.</source>
        <translation>Зашифрованным можно создать только новое хранилище; файла ещё не должно существовать.</translation>
    </message>
    <message>
        <source>Passphrase for the new store</source>
        <translation>Парольная фраза для нового хранилища</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <source>New store:</source>
        <translation>Новое хранилище:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <source>No annotation store is open.</source>
        <translation>Хранилище аннотаций не открыто.</translation>
    </message>
    <message>
        <source>The open store is encrypted.</source>
        <translation>Открытое хранилище зашифровано.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Изменить парольную фразу…</translation>
    </message>
    <message>
        <source>The open store is not encrypted.</source>
        <translation>Открытое хранилище не зашифровано.</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>Зашифровать…</translation>
    </message>
    <message>
        <source>Type your name: it is recorded with every annotation.</source>
        <translation>Введите своё имя: оно записывается с каждой аннотацией.</translation>
    </message>
    <message>
        <source>Choose a file for the annotations, or the per-user store.</source>
        <translation>Выберите файл для аннотаций или хранилище пользователя.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} — это папка; выберите имя файла.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <source>Annotation store</source>
        <translation>Хранилище аннотаций</translation>
    </message>
    <message>
        <source>Show names in</source>
        <translation>Показывать имена</translation>
    </message>
    <message>
        <source>Show names in:</source>
        <translation>Показывать имена:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>No one found for “{text}”.</source>
        <translation>По запросу «{text}» никого не найдено.</translation>
    </message>
    <message>
        <source>No exact match — similar names: {n}.</source>
        <translation>Точного совпадения нет — похожие имена: {n}.</translation>
    </message>
    <message>
        <source>Did you mean “{s}”?</source>
        <translation>Возможно, вы имели в виду «{s}»?</translation>
    </message>
    <message>
        <source>No one in the list. Clear the filters to see everybody.</source>
        <translation>В списке никого нет. Сбросьте фильтры, чтобы увидеть всех.</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>Выберите человека в списке.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Открывается {name}…</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Архив не открыт</translation>
    </message>
    <message>
        <source>{name} — Kartoteka</source>
        <translation>{name} — Kartoteka</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Открыт {name}.</translation>
    </message>
    <message>
        <source>Locked — Kartoteka</source>
        <translation>Заблокировано — Kartoteka</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Check cancelled: this archive was not checked for damage.</source>
        <translation>Проверка остановлена: этот архив не проверен на повреждения.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Make a publishable copy</source>
        <translation>Сделать копию для публикации</translation>
    </message>
    <message>
        <source>Writes a new, decrypted archive without what you leave out, ready to serve with Datasette or load into Aleph or Uwazi. The open archive is not changed. Annotations are never included.</source>
        <translation>Записывает новый, расшифрованный архив без того, что вы исключите, готовый для Datasette или загрузки в Aleph или Uwazi. Открытый архив не меняется. Аннотации никогда не включаются.</translation>
    </message>
    <message>
        <source>People to leave out</source>
        <translation>Кого исключить</translation>
    </message>
    <message>
        <source>The people of the current list</source>
        <translation>Людей текущего списка</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>By tag:</source>
        <translation>По тегу:</translation>
    </message>
    <message>
        <source>Fields to leave out</source>
        <translation>Какие поля исключить</translation>
    </message>
    <message>
        <source>Sources to leave out, by publisher</source>
        <translation>Какие источники исключить, по издателю</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>Leave out annotations</source>
        <translation>Исключить аннотации</translation>
    </message>
    <message>
        <source>A publishable copy never holds annotations; share them with Export.</source>
        <translation>Копия для публикации никогда не содержит аннотаций; делитесь ими через Экспорт.</translation>
    </message>
    <message>
        <source>Replace the names of people left out in the text that stays</source>
        <translation>Заменить имена исключённых людей в остающемся тексте</translation>
    </message>
    <message>
        <source>What will be left out</source>
        <translation>Что будет исключено</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Write into the new or empty folder:</source>
        <translation>Записать в новую или пустую папку:</translation>
    </message>
    <message>
        <source>Load rules…</source>
        <translation>Загрузить правила…</translation>
    </message>
    <message>
        <source>Save rules…</source>
        <translation>Сохранить правила…</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Сделать копию</translation>
    </message>
    <message>
        <source>No tags in the annotation store</source>
        <translation>В хранилище аннотаций нет тегов</translation>
    </message>
    <message>
        <source>No source names a publisher.</source>
        <translation>Ни у одного источника не указан издатель.</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({n} sources)</source>
        <translation>
            <numerusform>{name} ({n} источник)</numerusform>
            <numerusform>{name} ({n} источника)</numerusform>
            <numerusform>{name} ({n} источников)</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of the current list (no filter is on)</source>
        <translation>Людей текущего списка (фильтр не включён)</translation>
    </message>
    <message numerus="yes">
        <source>The people of the current list: {chips} ({n} people)</source>
        <translation>
            <numerusform>Людей текущего списка: {chips} ({n} человек)</numerusform>
            <numerusform>Людей текущего списка: {chips} ({n} человека)</numerusform>
            <numerusform>Людей текущего списка: {chips} ({n} человек)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
    <message>
        <source>The dialog&apos;s choices</source>
        <translation>Выбор в диалоге</translation>
    </message>
    <message>
        <source>{path}: cannot write the rules file ({why}).</source>
        <translation>{path}: невозможно записать файл правил ({why}).</translation>
    </message>
    <message>
        <source>Rules saved to {path}.</source>
        <translation>Правила сохранены в {path}.</translation>
    </message>
    <message>
        <source>Rules loaded from {path}.</source>
        <translation>Правила загружены из {path}.</translation>
    </message>
    <message>
        <source>Redaction rules (*.json);;All files (*)</source>
        <translation>Правила исключения (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Сохранить правила</translation>
    </message>
    <message>
        <source>Load rules</source>
        <translation>Загрузить правила</translation>
    </message>
    <message>
        <source>Folder for the publishable copy</source>
        <translation>Папка для копии для публикации</translation>
    </message>
    <message>
        <source>Choose a folder for the copy.</source>
        <translation>Выберите папку для копии.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The publishable copy is ready.</source>
        <translation>Копия для публикации готова.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Wrote a publishable copy to {folder}</source>
        <translation>Копия для публикации записана в {folder}</translation>
    </message>
    <message>
        <source>New archive id: {id}</source>
        <translation>Новый id архива: {id}</translation>
    </message>
    <message>
        <source>Self-check passed: none of the redacted values ({checked}) is in any written file.</source>
        <translation>Самопроверка пройдена: ни одного из исключённых значений ({checked}) нет ни в одном записанном файле.</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>Файлы: {files}</translation>
    </message>
    <message>
        <source>Serve it with Datasette:</source>
        <translation>Открыть через Datasette:</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cancelling… the partial copy is being removed.</source>
        <translation>Отмена… недописанная копия удаляется.</translation>
    </message>
    <message>
        <source>By name or id:</source>
        <translation>По имени или id:</translation>
    </message>
    <message>
        <source>names as the archive spells them, or ids; separated by commas</source>
        <translation>имена, как их пишет архив, или id; через запятую</translation>
    </message>
    <message>
        <source>Add the person shown</source>
        <translation>Добавить показанного человека</translation>
    </message>
    <message>
        <source>Adds {name} by id: exact, even when others share the name.</source>
        <translation>Добавляет {name} по id: точно, даже если такое же имя есть у других.</translation>
    </message>
    <message>
        <source>names or ids, separated by commas</source>
        <translation>имена или id через запятую</translation>
    </message>
</context>
<context>
    <name>PublishWords</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Приговоры</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Апелляции</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Признания</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Ссылки на источники</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Открывается архив…</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Читается архив…</translation>
    </message>
    <message>
        <source>Leaving out what was chosen…</source>
        <translation>Исключается выбранное…</translation>
    </message>
    <message>
        <source>Writing the new archive…</source>
        <translation>Записывается новый архив…</translation>
    </message>
    <message>
        <source>Writing the Datasette, CSV, FollowTheMoney and Popolo files…</source>
        <translation>Записываются файлы Datasette, CSV, FollowTheMoney и Popolo…</translation>
    </message>
    <message>
        <source>Checking every written byte for redacted values…</source>
        <translation>Каждый записанный байт проверяется на исключённые значения…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <source>People left out: {n} of {total}</source>
        <translation>Исключено людей: {n} из {total}</translation>
    </message>
    <message>
        <source>by the filter</source>
        <translation>по фильтру</translation>
    </message>
    <message>
        <source>by the tag “{name}”</source>
        <translation>по тегу «{name}»</translation>
    </message>
    <message>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <source>for example: {names}</source>
        <translation>например: {names}</translation>
    </message>
    <message>
        <source>{what} left out: {n}</source>
        <translation>{what} — исключено: {n}</translation>
    </message>
    <message>
        <source>Field “{field}”: {n} values left out or shortened</source>
        <translation>Поле «{field}»: исключено или сокращено значений: {n}</translation>
    </message>
    <message>
        <source>Citations left out: {n}</source>
        <translation>Исключено ссылок на источники: {n}</translation>
    </message>
    <message>
        <source>Links to what was left out, cut: {n}</source>
        <translation>Оборвано связей с исключённым: {n}</translation>
    </message>
    <message>
        <source>Names of people left out, replaced in the text that stays: {n}</source>
        <translation>Имена исключённых людей, заменённые в остающемся тексте: {n}</translation>
    </message>
    <message>
        <source>Please review: {n} text fields that stay may mention a person left out in another form (report.json lists them).</source>
        <translation>Проверьте: текстовых полей, которые остаются и могут упоминать исключённого человека в другой форме: {n} (их перечисляет report.json).</translation>
    </message>
    <message>
        <source>Annotations: never included (they stay in your annotation store).</source>
        <translation>Аннотации: никогда не включаются (они остаются в вашем хранилище аннотаций).</translation>
    </message>
    <message>
        <source>by name or id</source>
        <translation>по имени или id</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительскую папку</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показывать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
</context>
<context>
    <name>QueryNotes</name>
    <message>
        <source>The query was longer than {limit} characters; only the start was used.</source>
        <translation>Запрос длиннее {limit} знаков; искалось только его начало.</translation>
    </message>
    <message>
        <source>A quotation mark has no pair; the words were searched for without it.</source>
        <translation>У кавычки нет пары; слова искались без неё.</translation>
    </message>
    <message>
        <source>{field}:{value} is not known and was ignored (known: {known}).</source>
        <translation>{field}:{value} неизвестно и пропущено (известные: {known}).</translation>
    </message>
    <message>
        <source>year:{value} was ignored; write year:2021 or year:2020..2023.</source>
        <translation>year:{value} пропущено; пишите year:2021 или year:2020..2023.</translation>
    </message>
    <message>
        <source>NOT needs something to search for beside it; it was ignored.</source>
        <translation>Рядом с NOT должно быть то, что искать; NOT пропущено.</translation>
    </message>
    <message>
        <source>-{field}: cannot leave people out; {field}:{value} was used.</source>
        <translation>-{field}: не исключает людей; использовано {field}:{value}.</translation>
    </message>
    <message>
        <source>Only the first {limit} words were used.</source>
        <translation>Использованы только первые {limit} слов.</translation>
    </message>
    <message>
        <source>{operators} had nothing to join and was ignored; the words were searched for.</source>
        <translation>{operators} нечего было соединять, поэтому пропущено; искались слова.</translation>
    </message>
    <message>
        <source>Brackets and other symbols are not part of the search syntax; they were ignored.</source>
        <translation>Скобки и другие знаки не входят в синтаксис поиска; они пропущены.</translation>
    </message>
    <message>
        <source>No court is called {courts}.</source>
        <translation>Нет суда с названием {courts}.</translation>
    </message>
    <message>
        <source>The archive&apos;s search index of {table} is damaged, so that text was not searched; ask for a fresh copy.</source>
        <translation>Поисковый указатель архива по {table} повреждён, поэтому в этом тексте не искали; попросите свежую копию.</translation>
    </message>
    <message>
        <source>Too many records mention {words} to leave out everyone they name; some people listed may still be mentioned with it. Add words or filters to narrow the search.</source>
        <translation>Слишком много записей упоминает {words}, чтобы исключить всех, кого они называют; некоторые люди в списке могут упоминаться вместе с этим. Добавьте слова или фильтры, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>The search took too long and was stopped; the results may be incomplete. Add words or filters to narrow it.</source>
        <translation>Поиск длился слишком долго и был остановлен; результаты могут быть неполными. Добавьте слова или фильтры, чтобы сузить его.</translation>
    </message>
    <message>
        <source>Only the first {count} people found are listed; more match. Add words or filters to narrow the search.</source>
        <translation>В списке только первые {count} найденных человек; подходит больше. Добавьте слова или фильтры, чтобы сузить поиск.</translation>
    </message>
</context>
<context>
    <name>RecognitionLabel</name>
    <message>
        <source>Political prisoner</source>
        <translation>Политзаключённый</translation>
    </message>
    <message>
        <source>Former political prisoner</source>
        <translation>Бывший политзаключённый</translation>
    </message>
    <message>
        <source>Recognized as a political prisoner after release</source>
        <translation>Признан политзаключённым после освобождения</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <source>This person is not in the archive.</source>
        <translation>Этого человека нет в архиве.</translation>
    </message>
</context>
<context>
    <name>RegimeLabel</name>
    <message>
        <source>general regime</source>
        <translation>общий режим</translation>
    </message>
    <message>
        <source>reinforced regime</source>
        <translation>усиленный режим</translation>
    </message>
    <message>
        <source>strict regime</source>
        <translation>строгий режим</translation>
    </message>
    <message>
        <source>special regime</source>
        <translation>особый режим</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>тюремный режим</translation>
    </message>
</context>
<context>
    <name>RelationLabel</name>
    <message>
        <source>spouse of</source>
        <translation>муж или жена:</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>отец или мать:</translation>
    </message>
    <message>
        <source>child of</source>
        <translation>ребёнок:</translation>
    </message>
    <message>
        <source>relative of</source>
        <translation>родственник:</translation>
    </message>
    <message>
        <source>co-defendant of</source>
        <translation>подсудимый по тому же делу:</translation>
    </message>
    <message>
        <source>associate of</source>
        <translation>соратник:</translation>
    </message>
    <message>
        <source>campaign ally of</source>
        <translation>союзник по кампании:</translation>
    </message>
    <message>
        <source>opponent of</source>
        <translation>оппонент:</translation>
    </message>
    <message>
        <source>ally of</source>
        <translation>союзник:</translation>
    </message>
    <message>
        <source>advisor to</source>
        <translation>советник:</translation>
    </message>
    <message>
        <source>judge in the case of</source>
        <translation>судья по делу:</translation>
    </message>
    <message>
        <source>prosecutor in the case of</source>
        <translation>прокурор по делу:</translation>
    </message>
    <message>
        <source>lawyer of</source>
        <translation>адвокат:</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>участник:</translation>
    </message>
    <message>
        <source>leader of</source>
        <translation>руководитель:</translation>
    </message>
    <message>
        <source>held in</source>
        <translation>содержится в:</translation>
    </message>
    <message>
        <source>works for</source>
        <translation>работает в:</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>связь:</translation>
    </message>
</context>
<context>
    <name>RoleLabel</name>
    <message>
        <source>Political prisoner</source>
        <translation>Политзаключённый</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Политик</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Opposition leader</source>
        <translation>Лидер оппозиции</translation>
    </message>
    <message>
        <source>Blogger</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>Активист</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Чиновник</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Посланник</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>SaveEncryptedDialog</name>
    <message>
        <source>A lost passphrase means lost data: nobody — not you, not the Kartoteka developers — can open the encrypted copy without it. There is no recovery. Write it down and keep it somewhere safe.</source>
        <translation>Потерянная парольная фраза — потерянные данные: никто — ни вы, ни разработчики Kartoteka — не откроет зашифрованную копию без неё. Восстановить её невозможно. Запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <source>Save encrypted copy</source>
        <translation>Сохранить зашифрованную копию</translation>
    </message>
    <message>
        <source>Writes a new file that holds the whole archive encrypted with a passphrase. The open archive itself is not changed.</source>
        <translation>Создаёт новый файл со всем архивом, зашифрованным парольной фразой. Сам открытый архив не изменяется.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>Save encrypted copy as</source>
        <translation>Сохранить зашифрованную копию как</translation>
    </message>
    <message>
        <source>Kartoteka archives (*.db);;All files (*)</source>
        <translation>Архивы Kartoteka (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file name for the encrypted copy.</source>
        <translation>Выберите имя файла для зашифрованной копии.</translation>
    </message>
    <message>
        <source>This is the open archive itself; choose another file name.</source>
        <translation>Это сам открытый архив; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file name.</source>
        <translation>Это папка; выберите имя файла.</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} уже существует. Заменить его?</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search names, quotes, sentences (Ctrl+F)</source>
        <translation>Поиск по именам, цитатам, приговорам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <source>a name in any script or spelling: Ціханоўскі, Тихановский, Tsikhanowski, Cichanoŭski and Tikhanovsky find the same person</source>
        <translation>имя в любом письме и написании: Ціханоўскі, Тихановский, Tsikhanowski, Cichanoŭski и Tikhanovsky находят одного человека</translation>
    </message>
    <message>
        <source>all words must match (given name and surname in any order)</source>
        <translation>должны совпасть все слова (имя и фамилия в любом порядке)</translation>
    </message>
    <message>
        <source>words starting with “tsikh” (the last word is also matched as a prefix while you type)</source>
        <translation>слова, начинающиеся с «tsikh» (последнее слово, пока вы печатаете, тоже ищется как начало)</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>точная фраза</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>любое из двух слов</translation>
    </message>
    <message>
        <source>leave out people matching the word</source>
        <translation>исключить людей, у которых есть это слово</translation>
    </message>
    <message>
        <source>one or two wrong, missing, doubled or swapped letters are forgiven in names (such matches rank below exact ones)</source>
        <translation>в именах прощаются одна-две неверные, пропущенные, удвоенные или переставленные буквы (такие совпадения идут ниже точных)</translation>
    </message>
    <message>
        <source>the status: {codes}</source>
        <translation>статус: {codes}</translation>
    </message>
    <message>
        <source>a role: {codes}</source>
        <translation>роль: {codes}</translation>
    </message>
    <message>
        <source>where the words must be: {codes}, or an event kind such as kind:sentenced</source>
        <translation>где должны быть слова: {codes} или вид события, например kind:sentenced</translation>
    </message>
    <message>
        <source>a court by any spelling of its name</source>
        <translation>суд при любом написании его названия</translation>
    </message>
    <message>
        <source>a criminal-code article (342 also finds 342-1)</source>
        <translation>статья Уголовного кодекса (342 находит и 342-1)</translation>
    </message>
    <message>
        <source>something happened to the person in these years (also year:2021, year:..2021, year:2020..)</source>
        <translation>с человеком что-то произошло в эти годы (также year:2021, year:..2021, year:2020..)</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <source>Filters (combine them with words; repeat a filter to allow several values):</source>
        <translation>Фильтры (сочетайте их со словами; повторите фильтр, чтобы разрешить несколько значений):</translation>
    </message>
    <message>
        <source>Case, accents, stress marks, ё/е and look-alike Latin/Cyrillic letters never matter. A query that cannot be read as written is searched as plain words, and a note above the list says so.</source>
        <translation>Регистр, диакритика, ударения, ё/е и похожие латинские и кириллические буквы не имеют значения. Запрос, который нельзя прочитать как написано, ищется как простые слова, и заметка над списком об этом говорит.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{n} GB</source>
        <translation>{n} ГБ</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation>{n} Б</translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>На свободе</translation>
    </message>
    <message>
        <source>In exile</source>
        <translation>В эмиграции</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Умер(ла)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>StoreEncryption</name>
    <message>
        <source>A lost passphrase means lost notes: nobody — not you, not the Kartoteka developers — can open encrypted annotations without it. There is no recovery. Write it down and keep it somewhere safe.</source>
        <translation>Потерянная парольная фраза — потерянные заметки: никто — ни вы, ни разработчики Kartoteka — не откроет зашифрованные аннотации без неё. Восстановить её невозможно. Запишите её и храните в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>StoreEncryptionDialog</name>
    <message>
        <source>Change the annotations&apos; passphrase</source>
        <translation>Изменить парольную фразу аннотаций</translation>
    </message>
    <message>
        <source>The annotation store &lt;b&gt;{name}&lt;/b&gt; and its backups are rewritten with the new passphrase, each in one step: if Kartoteka is stopped midway, the store opens with the old or the new passphrase.</source>
        <translation>Хранилище аннотаций &lt;b&gt;{name}&lt;/b&gt; и его резервные копии перезаписываются с новой парольной фразой, каждое за один шаг: если Kartoteka остановится на середине, хранилище откроется со старой или с новой фразой.</translation>
    </message>
    <message>
        <source>Encrypt annotations</source>
        <translation>Зашифровать аннотации</translation>
    </message>
    <message>
        <source>The annotation store &lt;b&gt;{name}&lt;/b&gt; and its backups are rewritten encrypted with this passphrase, each in one step, and the plain files are removed. (Pieces of removed files may stay readable on the disk until they are overwritten.) From then on the notes open only with the passphrase.</source>
        <translation>Хранилище аннотаций &lt;b&gt;{name}&lt;/b&gt; и его резервные копии перезаписываются зашифрованными этой парольной фразой, каждое за один шаг, а незашифрованные файлы удаляются. (Фрагменты удалённых файлов могут оставаться читаемыми на диске, пока их не перезапишут.) После этого заметки открываются только с парольной фразой.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Изменить парольную фразу</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
</context>
<context>
    <name>StorePassphraseDialog</name>
    <message>
        <source>Encrypted annotations</source>
        <translation>Зашифрованные аннотации</translation>
    </message>
    <message>
        <source>The annotation store &lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to see and add notes. Cancel leaves annotations off; nothing is changed.</source>
        <translation>Хранилище аннотаций &lt;b&gt;{name}&lt;/b&gt; зашифровано. Введите его парольную фразу, чтобы видеть и добавлять заметки. «Отмена» оставляет аннотации отключёнными; ничего не меняется.</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>Тег для добавления</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить тег…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from this entry</source>
        <translation>Снять тег «{name}» с этой записи</translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation>Тег {name}</translation>
    </message>
    <message>
        <source>Type or choose a tag name first.</source>
        <translation>Сначала введите или выберите название тега.</translation>
    </message>
    <message>
        <source>Remove tag “{name}”</source>
        <translation>Снять тег «{name}»</translation>
    </message>
    <message>
        <source>Add tag “{name}”</source>
        <translation>Добавить тег «{name}»</translation>
    </message>
    <message>
        <source>Type a tag&apos;s name, then Enter adds it</source>
        <translation>Введите название тега и нажмите Enter, чтобы добавить</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation>Название тега:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Цвет тега</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Объединение тегов</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>Объединить «{name}» с:</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новый тег</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>Создан «{name}».</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Переименование тега</translation>
    </message>
    <message>
        <source>Renamed “{old}”.</source>
        <translation>«{old}» переименован.</translation>
    </message>
    <message>
        <source>“{name}” is now {colour}.</source>
        <translation>Цвет «{name}» теперь {colour}.</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Нет другого тега, с которым можно объединить.</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>«{source}» объединён с «{target}».</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “{name}” and remove it from {n} entries? (Undo brings it back.)</source>
        <translation>
            <numerusform>Удалить тег «{name}» и снять его с {n} записи? («Отменить» вернёт его.)</numerusform>
            <numerusform>Удалить тег «{name}» и снять его с {n} записей? («Отменить» вернёт его.)</numerusform>
            <numerusform>Удалить тег «{name}» и снять его с {n} записей? («Отменить» вернёт его.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» удалён.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Тегу нужно название.</translation>
    </message>
    <message>
        <source>A tag called “{name}” already exists. Pick another name, or merge the tags.</source>
        <translation>Тег «{name}» уже существует. Выберите другое название или объедините теги.</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использований</translation>
    </message>
    <message>
        <source>no colour</source>
        <translation>без цвета</translation>
    </message>
    <message numerus="yes">
        <source>{name}: on {n} entries; colour {colour}</source>
        <translation>
            <numerusform>{name}: на {n} записи; цвет {colour}</numerusform>
            <numerusform>{name}: на {n} записях; цвет {colour}</numerusform>
            <numerusform>{name}: на {n} записях; цвет {colour}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermKindLabel</name>
    <message>
        <source>prison</source>
        <translation>лишение свободы</translation>
    </message>
    <message>
        <source>restricted freedom</source>
        <translation>ограничение свободы</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>штраф</translation>
    </message>
    <message>
        <source>suspended sentence</source>
        <translation>условный срок</translation>
    </message>
    <message>
        <source>other penalty</source>
        <translation>другое наказание</translation>
    </message>
</context>
<context>
    <name>TimelineLabel</name>
    <message>
        <source>{name}: {what} ({by})</source>
        <translation>{name}: {what} ({by})</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Reading items…</source>
        <translation>Читаются элементы…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Show every item (0)</source>
        <translation>Показать все элементы (0)</translation>
    </message>
    <message>
        <source>No archive</source>
        <translation>Нет архива</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>person {id} (not in this archive)</source>
        <translation>человек {id} (нет в этом архиве)</translation>
    </message>
    <message>
        <source>No dated events</source>
        <translation>Нет событий с датами</translation>
    </message>
    <message numerus="yes">
        <source>{count} dated item(s)</source>
        <translation>
            <numerusform>{count} элемент с датой</numerusform>
            <numerusform>{count} элемента с датой</numerusform>
            <numerusform>{count} элементов с датой</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Custody, transfers</source>
        <translation>Содержание, этапы</translation>
    </message>
    <message>
        <source>Trial, sentence</source>
        <translation>Суд, приговор</translation>
    </message>
    <message>
        <source>Release, pardon</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <source>Exile</source>
        <translation>Эмиграция</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Высказывания</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Up and Down choose an event, Enter shows its person; Left and Right move in time; + and - zoom; 0 fits everything</source>
        <translation>Вверх и Вниз выбирают событие, Enter показывает его человека; Влево и Вправо двигают во времени; + и - масштаб; 0 — всё</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Признание</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <source>{kind}, {date}: {label}</source>
        <translation>{kind}, {date}: {label}</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Note · %1</source>
        <translation>Заметка · %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>О %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message numerus="yes">
        <source>{count} note(s)</source>
        <translation>
            <numerusform>{count} заметка</numerusform>
            <numerusform>{count} заметки</numerusform>
            <numerusform>{count} заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s)</source>
        <translation>
            <numerusform>{count} элемент</numerusform>
            <numerusform>{count} элемента</numerusform>
            <numerusform>{count} элементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} more item(s) in {lane} than rows to show them; zoom in to see them.</source>
        <translation>
            <numerusform>В «{lane}» на {count} элемент больше, чем строк для них; увеличьте масштаб, чтобы увидеть.</numerusform>
            <numerusform>В «{lane}» на {count} элемента больше, чем строк для них; увеличьте масштаб, чтобы увидеть.</numerusform>
            <numerusform>В «{lane}» на {count} элементов больше, чем строк для них; увеличьте масштаб, чтобы увидеть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) here</source>
        <translation>
            <numerusform>{count} элемент здесь</numerusform>
            <numerusform>{count} элемента здесь</numerusform>
            <numerusform>{count} элементов здесь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more; zoom in to see them</source>
        <translation>
            <numerusform>… и ещё {count}; увеличьте масштаб, чтобы увидеть их</numerusform>
            <numerusform>… и ещё {count}; увеличьте масштаб, чтобы увидеть их</numerusform>
            <numerusform>… и ещё {count}; увеличьте масштаб, чтобы увидеть их</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} item(s) here are drawn</source>
        <translation>
            <numerusform>Показан только первый {count} элемент здесь</numerusform>
            <numerusform>Показаны только первые {count} элемента здесь</numerusform>
            <numerusform>Показаны только первые {count} элементов здесь</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Открыть архив…</translation>
    </message>
    <message>
        <source>Open an archive file (.db)</source>
        <translation>Открыть файл архива (.db)</translation>
    </message>
    <message>
        <source>Archive &amp;info…</source>
        <translation>&amp;Сведения об архиве…</translation>
    </message>
    <message>
        <source>Metadata, counts and format version of the open archive</source>
        <translation>Метаданные, количества и версия формата открытого архива</translation>
    </message>
    <message>
        <source>Save &amp;encrypted copy…</source>
        <translation>Сохранить &amp;зашифрованную копию…</translation>
    </message>
    <message>
        <source>Write a copy of the open archive encrypted with a passphrase</source>
        <translation>Записать копию открытого архива, зашифрованную парольной фразой</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <source>Close the archive and forget its passphrase; nothing stays on screen</source>
        <translation>Закрыть архив и забыть его парольную фразу; на экране ничего не остаётся</translation>
    </message>
    <message>
        <source>Lock after i&amp;dle…</source>
        <translation>Блокировать при &amp;простое…</translation>
    </message>
    <message>
        <source>Lock the archive by itself after some minutes without input</source>
        <translation>Автоматически блокировать архив через несколько минут без ввода</translation>
    </message>
    <message>
        <source>Clear &amp;history now</source>
        <translation>Очистить ис&amp;торию сейчас</translation>
    </message>
    <message>
        <source>Forget the recent searches and archives, here and in the annotation store</source>
        <translation>Забыть недавние поиски и архивы — здесь и в хранилище аннотаций</translation>
    </message>
    <message>
        <source>E&amp;xport annotations…</source>
        <translation>&amp;Экспорт аннотаций…</translation>
    </message>
    <message>
        <source>Write annotations to a file to hand to another archivist</source>
        <translation>Записать аннотации в файл, чтобы передать другому архивисту</translation>
    </message>
    <message>
        <source>I&amp;mport annotations…</source>
        <translation>&amp;Импорт аннотаций…</translation>
    </message>
    <message>
        <source>Merge another archivist&apos;s annotations file, after a preview</source>
        <translation>Объединить файл аннотаций другого архивиста после предпросмотра</translation>
    </message>
    <message>
        <source>Make a &amp;publishable copy…</source>
        <translation>Сделать копию для &amp;публикации…</translation>
    </message>
    <message>
        <source>Write a redacted copy to serve with Datasette or load into Aleph or Uwazi</source>
        <translation>Записать копию без исключённого для Datasette или для загрузки в Aleph или Uwazi</translation>
    </message>
    <message>
        <source>Compare with another &amp;edition…</source>
        <translation>Сравнить с другим &amp;изданием…</translation>
    </message>
    <message>
        <source>What changed since an earlier edition of this archive: who and how</source>
        <translation>Что изменилось после более раннего издания этого архива: у кого и как</translation>
    </message>
    <message>
        <source>&amp;Print / Save dossier as PDF…</source>
        <translation>&amp;Печать / сохранить досье как PDF…</translation>
    </message>
    <message>
        <source>A printable dossier with numbered sources, of one person or many</source>
        <translation>Досье для печати с пронумерованными источниками, одного человека или многих</translation>
    </message>
    <message>
        <source>Export &amp;sources…</source>
        <translation>Экспорт &amp;источников…</translation>
    </message>
    <message>
        <source>The sources of the people in the list as CSL-JSON, RIS or BibTeX</source>
        <translation>Источники людей из списка в CSL-JSON, RIS или BibTeX</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last annotation edit</source>
        <translation>Отменить последнее изменение аннотаций</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo the annotation edit undone</source>
        <translation>Повторить отменённое изменение аннотаций</translation>
    </message>
    <message>
        <source>Copy record as &amp;text</source>
        <translation>Копировать карточку как &amp;текст</translation>
    </message>
    <message>
        <source>Copy the whole record of the person shown, with numbered sources</source>
        <translation>Копировать всю карточку показанного человека с пронумерованными источниками</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>Copy the source citation under the text cursor (or the first one)</source>
        <translation>Копировать ссылку на источник под курсором (или первую)</translation>
    </message>
    <message>
        <source>C&amp;ite as CSL-JSON, RIS or BibTeX…</source>
        <translation>Ц&amp;итировать как CSL-JSON, RIS или BibTeX…</translation>
    </message>
    <message>
        <source>Citations for a reference manager: one source or the whole record</source>
        <translation>Цитаты для менеджера библиографии: один источник или вся запись</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>По&amp;иск…</translation>
    </message>
    <message>
        <source>Search names, quotes and sentences</source>
        <translation>Поиск по именам, цитатам и приговорам</translation>
    </message>
    <message>
        <source>E&amp;xact spelling</source>
        <translation>Точное &amp;написание</translation>
    </message>
    <message>
        <source>Exact spelling: no variants across scripts and typos</source>
        <translation>Точное написание: без вариантов в других алфавитах и без опечаток</translation>
    </message>
    <message>
        <source>C&amp;lear filters and search</source>
        <translation>О&amp;чистить фильтры и поиск</translation>
    </message>
    <message>
        <source>Show everybody again</source>
        <translation>Снова показать всех</translation>
    </message>
    <message>
        <source>Undo &amp;filter change</source>
        <translation>Вернуть изменение &amp;фильтров</translation>
    </message>
    <message>
        <source>Bring back the search, filters and sort before the last change</source>
        <translation>Вернуть поиск, фильтры и порядок, которые были до последнего изменения</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>Т&amp;еги…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, merge and delete tags</source>
        <translation>Создавать, переименовывать, перекрашивать, объединять и удалять теги</translation>
    </message>
    <message>
        <source>&amp;Orphaned annotations…</source>
        <translation>Аннотации без &amp;записей…</translation>
    </message>
    <message>
        <source>Annotations whose entry is not in this edition of the archive (kept, never deleted)</source>
        <translation>Аннотации, чьей записи нет в этом издании архива (хранятся, никогда не удаляются)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Наст&amp;ройки…</translation>
    </message>
    <message>
        <source>Your name on annotations, and where annotations are stored</source>
        <translation>Ваше имя в аннотациях и место, где они хранятся</translation>
    </message>
    <message>
        <source>People &amp;list</source>
        <translation>Список &amp;людей</translation>
    </message>
    <message>
        <source>Person &amp;record</source>
        <translation>&amp;Карточка человека</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Фильтры</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Аннотации</translation>
    </message>
    <message>
        <source>Show or hide the annotations below the record</source>
        <translation>Показать или скрыть аннотации под карточкой</translation>
    </message>
    <message>
        <source>L&amp;etters to prisoners</source>
        <translation>&amp;Письма политзаключённым</translation>
    </message>
    <message>
        <source>List the people in custody with their postal addresses and birthdays, instead of the people list</source>
        <translation>Показать людей под стражей с почтовыми адресами и днями рождения вместо списка людей</translation>
    </message>
    <message>
        <source>Timeline zoom &amp;in</source>
        <translation>Хронология: &amp;увеличить</translation>
    </message>
    <message>
        <source>Timeline zoom &amp;out</source>
        <translation>Хронология: у&amp;меньшить</translation>
    </message>
    <message>
        <source>Timeline &amp;fit all</source>
        <translation>Хронология: &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Previous person viewed</source>
        <translation>Предыдущий просмотренный человек</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Next person viewed</source>
        <translation>Следующий просмотренный человек</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation>Синтаксис &amp;поиска</translation>
    </message>
    <message>
        <source>&amp;About Kartoteka</source>
        <translation>&amp;О программе Kartoteka</translation>
    </message>
    <message>
        <source>Show &amp;names in</source>
        <translation>Показывать &amp;имена</translation>
    </message>
    <message>
        <source>&amp;Belarusian Cyrillic</source>
        <translation>&amp;Белорусская кириллица</translation>
    </message>
    <message>
        <source>&amp;Russian Cyrillic</source>
        <translation>&amp;Русская кириллица</translation>
    </message>
    <message>
        <source>&amp;Latin (passport)</source>
        <translation>&amp;Латиница (паспорт)</translation>
    </message>
    <message>
        <source>As in the &amp;archive</source>
        <translation>Как в &amp;архиве</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>требуются следующие аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>пропущен явный аргумент %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидается не больше одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ожидаемое число аргументов: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ожидаемое число аргументов: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>неправильное значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>неправильный выбор: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (возможные: %(choices)s)</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>note_search</name>
    <message>
        <source>{n} more through notes or tags.</source>
        <translation>Ещё {n} — через заметки или теги.</translation>
    </message>
</context>
</TS>
