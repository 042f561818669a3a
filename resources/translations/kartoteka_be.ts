<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>AnnotationEntries</name>
    <message>
        <source>person</source>
        <translation>асоба</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>прысуд</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цытата</translation>
    </message>
    <message>
        <source>event</source>
        <translation>падзея</translation>
    </message>
    <message>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>арганізацыя</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>сувязь</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>паказчык</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата невядомая</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Асоба: {name}</translation>
    </message>
    <message>
        <source>Sentence {when} — {term}</source>
        <translation>Прысуд {when} — {term}</translation>
    </message>
    <message>
        <source>Quote “{text}”</source>
        <translation>Цытата «{text}»</translation>
    </message>
    <message>
        <source>Event {when} — {kind}</source>
        <translation>Падзея {when} — {kind}</translation>
    </message>
    <message>
        <source>Facility: {name}</source>
        <translation>Установа: {name}</translation>
    </message>
    <message>
        <source>Source [{n}] {title}</source>
        <translation>Крыніца [{n}] {title}</translation>
    </message>
</context>
<context>
    <name>AnnotationSession</name>
    <message>
        <source>Annotations are locked: the annotation store is encrypted and its passphrase was not entered. Open it again with Edit ▸ Preferences.</source>
        <translation>Анатацыі заблакаваныя: сховішча анатацый зашыфраванае, а парольную фразу не ўвялі. Адкрыйце яго зноў праз Праўка ▸ Налады.</translation>
    </message>
    <message>
        <source>Annotations are off: the annotation store could not be opened.</source>
        <translation>Анатацыі выключаныя: не ўдалося адкрыць сховішча анатацый.</translation>
    </message>
</context>
<context>
    <name>AnnotationStoreController</name>
    <message>
        <source>Annotations opened.</source>
        <translation>Анатацыі адкрытыя.</translation>
    </message>
</context>
<context>
    <name>AnnotationUndoController</name>
    <message>
        <source>Undone: {action}</source>
        <translation>Адменена: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Паўторана: {action}</translation>
    </message>
    <message numerus="yes">
        <source>{done} ({count} person(s))</source>
        <translation>
            <numerusform>{done} ({count} чалавек)</numerusform>
            <numerusform>{done} ({count} чалавекі)</numerusform>
            <numerusform>{done} ({count} чалавек)</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} — {people}</source>
        <translation>{done} — {people}</translation>
    </message>
    <message>
        <source>The search and filters were cleared to show this person.</source>
        <translation>Пошук і фільтры скінутыя, каб паказаць гэтага чалавека.</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Why *{field}* should be “{value}”: {reason}</source>
        <translation>Чаму *{field}* мусіць быць «{value}»: {reason}</translation>
    </message>
    <message>
        <source>by {who} on {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>, edited by {who} on {when}</source>
        <translation>; змяніў(-ла) {who}, {when}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пуста)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нататка</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тэг</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Выпраўленне</translation>
    </message>
    <message>
        <source>(deleted tag)</source>
        <translation>(выдалены тэг)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Чаму:</translation>
    </message>
</context>
<context>
    <name>AnnotationsPane</name>
    <message>
        <source>Annotations</source>
        <translation>Анатацыі</translation>
    </message>
    <message>
        <source>Entry to annotate</source>
        <translation>Запіс для анатацыі</translation>
    </message>
    <message>
        <source>New notes, tags and corrections go to this entry</source>
        <translation>Новыя нататкі, тэгі і выпраўленні дадаюцца да гэтага запісу</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Адкінуць</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Рэдагаваць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Гісторыя…</translation>
    </message>
    <message>
        <source>Propose correction…</source>
        <translation>Прапанаваць выпраўленне…</translation>
    </message>
    <message>
        <source>Your unsaved note on {name} is kept as a draft.</source>
        <translation>Вашу незахаваную нататку ({name}) захавана як чарнавік.</translation>
    </message>
    <message>
        <source>Your unsaved note is back in the editor.</source>
        <translation>Ваша незахаваная нататка зноў у рэдактары.</translation>
    </message>
    <message>
        <source>Select a note or a correction to edit.</source>
        <translation>Выберыце нататку або выпраўленне, каб рэдагаваць.</translation>
    </message>
    <message>
        <source>Select an annotation to delete.</source>
        <translation>Выберыце анатацыю, каб выдаліць.</translation>
    </message>
    <message>
        <source>Deleted (Undo brings it back).</source>
        <translation>Выдалена (Адмяніць вяртае).</translation>
    </message>
    <message>
        <source>Select an annotation to see its history.</source>
        <translation>Выберыце анатацыю, каб убачыць яе гісторыю.</translation>
    </message>
    <message>
        <source>History — {what}</source>
        <translation>Гісторыя — {what}</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Спачатку выберыце асобу.</translation>
    </message>
    <message>
        <source>An unsaved note on {entry} from {when} was kept: “{start}”</source>
        <translation>Засталася незахаваная нататка ({entry}, {when}): «{start}»</translation>
    </message>
    <message>
        <source>(and {n} more)</source>
        <translation>(і яшчэ {n})</translation>
    </message>
    <message>
        <source>Open an archive to annotate it.</source>
        <translation>Адкрыйце архіў, каб дадаваць анатацыі.</translation>
    </message>
    <message>
        <source>Select a person to see and add notes.</source>
        <translation>Выберыце асобу, каб бачыць і дадаваць нататкі.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No notes, tags or corrections on this person yet.</source>
        <translation>Пра гэтую асобу пакуль няма нататак, тэгаў і выпраўленняў.</translation>
    </message>
    <message>
        <source>Correction changed; the archive is unchanged.</source>
        <translation>Выпраўленне зменена; архіў не зменены.</translation>
    </message>
    <message>
        <source>Correction proposed; the archive is unchanged.</source>
        <translation>Выпраўленне прапанавана; архіў не зменены.</translation>
    </message>
</context>
<context>
    <name>AppealOutcomeLabel</name>
    <message>
        <source>upheld</source>
        <translation>пакінуты ў сіле</translation>
    </message>
    <message>
        <source>term reduced</source>
        <translation>тэрмін зменшаны</translation>
    </message>
    <message>
        <source>term increased</source>
        <translation>тэрмін павялічаны</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>адменены</translation>
    </message>
    <message>
        <source>sent back for a new trial</source>
        <translation>вернуты на новы разгляд</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>яшчэ не разгледжаная</translation>
    </message>
    <message>
        <source>other outcome</source>
        <translation>іншы вынік</translation>
    </message>
</context>
<context>
    <name>ArchiveContents</name>
    <message>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <source>Spellings of people&apos;s names</source>
        <translation>Напісанні імёнаў людзей</translation>
    </message>
    <message>
        <source>Roles of people</source>
        <translation>Ролі людзей</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Арганізацыі</translation>
    </message>
    <message>
        <source>Spellings of organizations&apos; names</source>
        <translation>Напісанні назваў арганізацый</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Сувязі</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Прысуды</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Абвінавачванні</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Апеляцыі</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цытаты</translation>
    </message>
    <message>
        <source>People quotes are about</source>
        <translation>Людзі, пра якіх цытаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>People in events</source>
        <translation>Удзельнікі падзей</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Лічбы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Спасылкі на крыніцы</translation>
    </message>
    <message>
        <source>Recognitions as political prisoners</source>
        <translation>Прызнанні палітвязнямі</translation>
    </message>
    <message>
        <source>Places of custody</source>
        <translation>Месцы ўтрымання</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>Фота і далучаныя файлы</translation>
    </message>
</context>
<context>
    <name>BannerBar</name>
    <message>
        <source>Notice about this archive</source>
        <translation>Заўвага пра гэты архіў</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Падрабязнасці…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Закрыць заўвагу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Адкрыць нанова</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Адхіліць</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <source>The search and filters were cleared to show this person.</source>
        <translation>Пошук і фільтры скінутыя, каб паказаць гэтага чалавека.</translation>
    </message>
</context>
<context>
    <name>ChangeLabel</name>
    <message>
        <source>Add note</source>
        <translation>Дадаць нататку</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Дадаць тэг</translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation>Змяніць колер тэга</translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation>Стварыць тэг</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Выдаліць анатацыю</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Выдаліць тэг</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Адкінуць чарнавік</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Змяніць нататку</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Імпартаваць анатацыі</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Аб’яднаць тэгі</translation>
    </message>
    <message>
        <source>Propose correction</source>
        <translation>Прапанаваць выпраўленне</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Зняць тэг</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Перайменаваць тэг</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Захаваць чарнавік</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Адмяніць: {action}</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Дзейныя фільтры</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Ачысціць усё</translation>
    </message>
    <message>
        <source>Clear all filters and the search</source>
        <translation>Скінуць усе фільтры і пошук</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Вярнуць</translation>
    </message>
    <message>
        <source>Undo the last change to the filters</source>
        <translation>Вярнуць апошнюю змену фільтраў</translation>
    </message>
    <message>
        <source>Showing everybody.</source>
        <translation>Паказаныя ўсе.</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Прыбраць гэты фільтр</translation>
    </message>
    <message>
        <source>Remove filter: {chip}</source>
        <translation>Прыбраць фільтр: {chip}</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>from {year}</source>
        <translation>з {year}</translation>
    </message>
    <message>
        <source>to {year}</source>
        <translation>па {year}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Гады</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тэг</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Змянілася пасля:</translation>
    </message>
    <message>
        <source>{title}: {value}</source>
        <translation>{title}: {value}</translation>
    </message>
    <message>
        <source>Search: “{text}” (exact spelling)</source>
        <translation>Пошук: «{text}» (дакладнае напісанне)</translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation>Пошук: «{text}»</translation>
    </message>
</context>
<context>
    <name>CiteController</name>
    <message>
        <source>Citation copied ({format}).</source>
        <translation>Цытата скапіравана ({format}).</translation>
    </message>
    <message numerus="yes">
        <source>{n} source(s) written to {name}.</source>
        <translation>
            <numerusform>{n} крыніца запісана ў {name}.</numerusform>
            <numerusform>{n} крыніцы запісаны ў {name}.</numerusform>
            <numerusform>{n} крыніц запісана ў {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite</source>
        <translation>Цытаваць</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>&amp;This source: [{n}] {title}</source>
        <translation>&amp;Гэтая крыніца: [{n}] {title}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Every citation of this record ({n})</source>
        <translation>
            <numerusform>&amp;Усе спасылкі гэтага запісу ({n})</numerusform>
            <numerusform>&amp;Усе спасылкі гэтага запісу ({n})</numerusform>
            <numerusform>&amp;Усе спасылкі гэтага запісу ({n})</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Тэ&amp;кст</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>С&amp;капіраваць</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Захаваць…</translation>
    </message>
    <message>
        <source>Save citations</source>
        <translation>Захаваць цытаты</translation>
    </message>
    <message>
        <source>Text is for copying; choose CSL-JSON, RIS or BibTeX to save a file.</source>
        <translation>Тэкст — для капіравання; каб захаваць файл, выберыце CSL-JSON, RIS або BibTeX.</translation>
    </message>
    <message>
        <source>Copied as {format}.</source>
        <translation>Скапіравана як {format}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} source(s) written to {name}.</source>
        <translation>
            <numerusform>{n} крыніца запісана ў {name}.</numerusform>
            <numerusform>{n} крыніцы запісаны ў {name}.</numerusform>
            <numerusform>{n} крыніц запісана ў {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Kartoteka: an offline viewer for archives of political prisoners&apos; records. Run &apos;kartoteka&apos; alone to open the bundled sample archive, or &apos;kartoteka ARCHIVE&apos; to open an archive file. A first argument that is a subcommand name is always the subcommand (write &apos;kartoteka ./info&apos; to open a file named &apos;info&apos;).</source>
        <translation>Kartoteka: праграма для прагляду архіваў запісаў пра палітвязняў без інтэрнэту. Запусціце &apos;kartoteka&apos; без аргументаў, каб адкрыць узорны архіў, або &apos;kartoteka ARCHIVE&apos;, каб адкрыць файл архіва. Першы аргумент, які супадае з назвай каманды, заўсёды азначае каманду (каб адкрыць файл з назвай &apos;info&apos;, напішыце &apos;kartoteka ./info&apos;).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>паказаць версію і выйсці</translation>
    </message>
    <message>
        <source>print the details of an error</source>
        <translation>вывесці падрабязнасці памылкі</translation>
    </message>
    <message>
        <source>add Kartoteka to the desktop&apos;s menu (a normal install)</source>
        <translation>дадаць Kartoteka ў меню працоўнага стала (звычайная ўстаноўка)</translation>
    </message>
    <message>
        <source>remove the menu entry again</source>
        <translation>прыбраць пункт меню</translation>
    </message>
    <message>
        <source>write a copy of an archive with its name index and derived tables rebuilt by this version (the archive itself is not changed)</source>
        <translation>запісаць копію архіва з індэксам імёнаў і вытворнымі табліцамі, перабудаванымі гэтай версіяй (сам архіў не змяняецца)</translation>
    </message>
    <message>
        <source>the new archive file to create</source>
        <translation>новы файл архіва, які трэба стварыць</translation>
    </message>
    <message>
        <source>passphrase of an encrypted ARCHIVE (asked otherwise); the new file keeps it</source>
        <translation>парольная фраза зашыфраванага ARCHIVE (інакш яе спытаюць); новы файл захоўвае яе</translation>
    </message>
    <message>
        <source>write the bundled sample archive to a file</source>
        <translation>запісаць узорны архіў у файл</translation>
    </message>
    <message>
        <source>the archive file to create</source>
        <translation>файл архіва, які трэба стварыць</translation>
    </message>
    <message>
        <source>write a synthetic archive (for tests and benchmarks)</source>
        <translation>запісаць штучны архіў (для тэстаў і вымярэнняў)</translation>
    </message>
    <message>
        <source>how many people</source>
        <translation>колькі людзей</translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation>зерне выпадковасці (па змаўчанні 0)</translation>
    </message>
    <message>
        <source>add JSON or CSV files to an archive (created when it does not exist)</source>
        <translation>дадаць файлы JSON або CSV у архіў (ствараецца, калі яго няма)</translation>
    </message>
    <message>
        <source>input format (default: by name, else by what the file holds; a CSV list with a &apos;Name and surname&apos; column is read as a Viasna-style list)</source>
        <translation>фармат уваходных даных (па змаўчанні: па назве, інакш па змесціве файла; спіс CSV са слупком &apos;Name and surname&apos; чытаецца як спіс у стылі «Вясны»)</translation>
    </message>
    <message>
        <source>rewrite entries whose ids already exist</source>
        <translation>перапісаць запісы, ідэнтыфікатары якіх ужо ёсць</translation>
    </message>
    <message>
        <source>write an archive&apos;s data as JSON or CSV</source>
        <translation>запісаць даныя архіва ў JSON або CSV</translation>
    </message>
    <message>
        <source>a .json file, a .zip of CSV files, or a folder for CSV files</source>
        <translation>файл .json, архіў .zip з файламі CSV або папка для файлаў CSV</translation>
    </message>
    <message>
        <source>default: .json means JSON, else CSV</source>
        <translation>па змаўчанні: .json азначае JSON, іначай CSV</translation>
    </message>
    <message>
        <source>title, counts, schema version and (with --check) a health check</source>
        <translation>назва, колькасці, версія схемы і (з --check) праверка цэласнасці</translation>
    </message>
    <message>
        <source>one JSON object instead of text</source>
        <translation>адзін аб&apos;ект JSON замест тэксту</translation>
    </message>
    <message>
        <source>run the full integrity check (reads the whole file; a progress bar on stderr)</source>
        <translation>правесці поўную праверку цэласнасці (чытае ўвесь файл; паказчык ходу ў stderr)</translation>
    </message>
    <message>
        <source>find people by any spelling of a name, or by text</source>
        <translation>знайсці людзей па любым напісанні імя або па тэксце</translation>
    </message>
    <message>
        <source>one JSON object per person found</source>
        <translation>адзін аб&apos;ект JSON на кожную знойдзеную асобу</translation>
    </message>
    <message>
        <source>default 20</source>
        <translation>па змаўчанні 20</translation>
    </message>
    <message>
        <source>match the spelling as typed (no other scripts or romanizations)</source>
        <translation>шукаць напісанне дакладна як уведзена (без іншых алфавітаў і лацінізацый)</translation>
    </message>
    <message>
        <source>what changed between two editions of an archive</source>
        <translation>што змянілася паміж двума выпускамі архіва</translation>
    </message>
    <message>
        <source>Compare an earlier edition OLD.db with a later one NEW.db: people added, removed and changed (status, sentences, appeals, releases, transfers, name spellings), matched by their stable ids.</source>
        <translation>Параўнаць ранейшы выпуск OLD.db з пазнейшым NEW.db: дададзеныя, выдаленыя і змененыя асобы (статус, прысуды, абскарджанні, вызваленні, этапаванні, напісанні імя), супастаўленыя па іх пастаянных ідэнтыфікатарах.</translation>
    </message>
    <message>
        <source>the whole difference as one JSON object</source>
        <translation>уся розніца адным аб&apos;ектам JSON</translation>
    </message>
    <message>
        <source>people listed per kind (text)</source>
        <translation>спіс асоб па відах змяненняў (тэкст)</translation>
    </message>
    <message>
        <source>write a PDF dossier of one or more people (sources as numbered notes)</source>
        <translation>запісаць дасье ў PDF на адну або некалькі асоб (крыніцы — нумараванымі заўвагамі)</translation>
    </message>
    <message>
        <source>Write one PDF with a section per person: summary, every spelling of the name, sentences, quotes, events, relations and numbered sources. Works offline.</source>
        <translation>Запісаць адзін PDF з раздзелам на кожную асобу: кароткі змест, усе напісанні імя, прысуды, цытаты, падзеі, сувязі і нумараваныя крыніцы. Працуе без інтэрнэту.</translation>
    </message>
    <message>
        <source>person ids, e.g. p-tsikhanouski</source>
        <translation>ідэнтыфікатары асоб, напрыклад p-tsikhanouski</translation>
    </message>
    <message>
        <source>default en</source>
        <translation>па змаўчанні en</translation>
    </message>
    <message>
        <source>script of names (default: Cyrillic for be and ru, Latin passport for en)</source>
        <translation>алфавіт імёнаў (па змаўчанні: кірыліца для be і ru, пашпартная лацінка для en)</translation>
    </message>
    <message>
        <source>include the archivist&apos;s notes and proposed corrections from this store</source>
        <translation>уключыць нататкі архівіста і прапанаваныя выпраўленні з гэтага сховішча</translation>
    </message>
    <message>
        <source>export sources as CSL-JSON (.json), RIS (.ris) or BibTeX (.bib)</source>
        <translation>экспартаваць крыніцы ў CSL-JSON (.json), RIS (.ris) або BibTeX (.bib)</translation>
    </message>
    <message>
        <source>the format follows the extension</source>
        <translation>фармат вызначаецца пашырэннем</translation>
    </message>
    <message>
        <source>only the sources cited in this person&apos;s record (repeatable)</source>
        <translation>толькі крыніцы, на якія спасылаецца запіс пра гэтую асобу (можна паўтараць)</translation>
    </message>
    <message>
        <source>write an encrypted copy of an archive (opened only with its passphrase)</source>
        <translation>запісаць зашыфраваную копію архіва (адкрываецца толькі з парольнай фразай)</translation>
    </message>
    <message>
        <source>Write an encrypted copy of ARCHIVE to OUT.db. Keep the passphrase safe: without it the archive cannot be opened by anyone, including you. There is no recovery.</source>
        <translation>Запісаць зашыфраваную копію ARCHIVE у OUT.db. Беражыце парольную фразу: без яе архіў не адкрые ніхто, у тым ліку вы. Аднавіць яе немагчыма.</translation>
    </message>
    <message>
        <source>the encrypted file to create</source>
        <translation>зашыфраваны файл, які трэба стварыць</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of F instead of asking</source>
        <translation>прачытаць парольную фразу з першага радка F, а не пытаць</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted archive</source>
        <translation>змяніць парольную фразу зашыфраванага архіва</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted ARCHIVE. The change is atomic: if it is interrupted, the archive opens with the old or the new passphrase.</source>
        <translation>Змяніць парольную фразу зашыфраванага ARCHIVE. Змена атамарная: калі яе перапыніць, архіў адкрываецца са старой або з новай парольнай фразай.</translation>
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
        <translation>запісаць спіс для лістоў (людзі пад вартай, канверты, дні нараджэння) у CSV</translation>
    </message>
    <message>
        <source>the CSV file to create</source>
        <translation>файл CSV, які трэба стварыць</translation>
    </message>
    <message>
        <source>envelope language (default ru)</source>
        <translation>мова канвертаў (па змаўчанні ru)</translation>
    </message>
    <message>
        <source>birthdays from month N on (default: this month)</source>
        <translation>дні нараджэння пачынаючы з месяца N (па змаўчанні: з гэтага месяца)</translation>
    </message>
    <message>
        <source>write a redacted copy to serve with Datasette or load into Aleph/Uwazi</source>
        <translation>запісаць ачышчаную копію для Datasette або для загрузкі ў Aleph/Uwazi</translation>
    </message>
    <message>
        <source>Write a redacted, decrypted copy of ARCHIVE into the new or empty folder OUT_DIR, with metadata.yml for Datasette, CSV files with datapackage.json, FollowTheMoney entities and Popolo JSON. Annotations are never included. The rules file says which people, fields and sources to leave out (docs/PUBLISHING.md).</source>
        <translation>Запісаць ачышчаную, расшыфраваную копію ARCHIVE у новую або пустую папку OUT_DIR: metadata.yml для Datasette, файлы CSV з datapackage.json, сутнасці FollowTheMoney і Popolo JSON. Анатацыі туды ніколі не трапляюць. Файл правілаў вызначае, якіх асоб, палі і крыніцы выключыць (docs/PUBLISHING.md).</translation>
    </message>
    <message>
        <source>the redaction rules</source>
        <translation>правілы ачысткі</translation>
    </message>
    <message>
        <source>only say what would be dropped; write nothing</source>
        <translation>толькі сказаць, што будзе выключана; нічога не запісваць</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>вывесці справаздачу ў JSON</translation>
    </message>
    <message>
        <source>passphrase of an encrypted ARCHIVE</source>
        <translation>парольная фраза зашыфраванага ARCHIVE</translation>
    </message>
    <message>
        <source>annotation store to look up the rules&apos; tags in (default: your own store)</source>
        <translation>сховішча анатацый, дзе шукаць тэгі з правілаў (па змаўчанні: ваша ўласнае)</translation>
    </message>
    <message>
        <source>a short session in the window (open, search, note, export, quit) to check Kartoteka</source>
        <translation>кароткі сеанс у акне (адкрыць, пошук, нататка, экспарт, выхад), каб праверыць Kartoteka</translation>
    </message>
    <message>
        <source>archive to open (default: the sample)</source>
        <translation>архіў, які адкрыць (па змаўчанні: узорны)</translation>
    </message>
    <message>
        <source>what to search for</source>
        <translation>што шукаць</translation>
    </message>
    <message>
        <source>the note to add</source>
        <translation>нататка, якую дадаць</translation>
    </message>
    <message>
        <source>export the annotations here</source>
        <translation>экспартаваць анатацыі сюды</translation>
    </message>
    <message>
        <source>use this installation&apos;s settings and annotation store (default: a throwaway one)</source>
        <translation>выкарыстоўваць налады і сховішча анатацый гэтай устаноўкі (па змаўчанні: часовыя)</translation>
    </message>
    <message>
        <source>quit as soon as the archive is listed</source>
        <translation>выйсці, як толькі архіў з&apos;явіцца ў спісе</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>all {count} redacted values</source>
        <translation>
            <numerusform>усе {count} выключанае значэнне</numerusform>
            <numerusform>усе {count} выключаныя значэнні</numerusform>
            <numerusform>усе {count} выключаных значэнняў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest {count} of {total} redacted values</source>
        <translation>
            <numerusform>найдаўжэйшае {count} з {total} выключаных значэнняў</numerusform>
            <numerusform>найдаўжэйшыя {count} з {total} выключаных значэнняў</numerusform>
            <numerusform>найдаўжэйшыя {count} з {total} выключаных значэнняў</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не цэлы лік</translation>
    </message>
    <message>
        <source>{value} must be 1 or more</source>
        <translation>{value}: павінна быць 1 або больш</translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation>(не ўсталявана)</translation>
    </message>
    <message>
        <source>Wrote the sample archive to {path}</source>
        <translation>Узорны архіў запісаны ў {path}</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Стварэнне</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {count} synthetic people (seed {seed}), {size} MB in {seconds} s</source>
        <translation>
            <numerusform>Запісана {path}: {count} штучная асоба (зерне {seed}), {size} МБ за {seconds} с</numerusform>
            <numerusform>Запісана {path}: {count} штучныя асобы (зерне {seed}), {size} МБ за {seconds} с</numerusform>
            <numerusform>Запісана {path}: {count} штучных асоб (зерне {seed}), {size} МБ за {seconds} с</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>not run (use --check)</source>
        <translation>не праводзілася (выкарыстоўвайце --check)</translation>
    </message>
    <message>
        <source>(checked before; --check checks again)</source>
        <translation>(праверана раней; --check праверыць зноў)</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} ад {date}</translation>
    </message>
    <message>
        <source>yes (generated, not real records)</source>
        <translation>так (створаны, не сапраўдныя запісы)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Archive id</source>
        <translation>Ідэнтыфікатар архіва</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мовы</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Штучны</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версія схемы</translation>
    </message>
    <message>
        <source>Entries (as recorded when the archive was written; --check counts them):</source>
        <translation>Запісы (як запісана пры стварэнні архіва; --check пералічыць іх):</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Запісы:</translation>
    </message>
    <message>
        <source>No exact match — similar names:</source>
        <translation>Дакладных супадзенняў няма — падобныя імёны:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без імя)</translation>
    </message>
    <message numerus="yes">
        <source>only the first {count} people found are listed; more match (add words or filters, or list more with --limit).</source>
        <translation>
            <numerusform>паказаны толькі першы {count} знойдзены чалавек; падыходзіць больш (дадайце словы або фільтры, або пакажыце больш праз --limit).</numerusform>
            <numerusform>паказаны толькі першыя {count} знойдзеныя асобы; падыходзіць больш (дадайце словы або фільтры, або пакажыце больш праз --limit).</numerusform>
            <numerusform>паказаны толькі першыя {count} знойдзеных асоб; падыходзіць больш (дадайце словы або фільтры, або пакажыце больш праз --limit).</numerusform>
        </translation>
    </message>
    <message>
        <source>{prog}: nothing found for {query}.</source>
        <translation>{prog}: па запыце {query} нічога не знойдзена.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Магчыма, вы мелі на ўвазе {suggestion}?</translation>
    </message>
    <message>
        <source>Archive passphrase: </source>
        <translation>Парольная фраза архіва: </translation>
    </message>
    <message>
        <source>Removed {path}</source>
        <translation>Выдалена {path}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Запісана {path}</translation>
    </message>
    <message>
        <source>unexpected argument {argument}. Usage: kartoteka [ARCHIVE] or kartoteka COMMAND ... (see kartoteka --help)</source>
        <translation>нечаканы аргумент {argument}. Выкарыстанне: kartoteka [ARCHIVE] або kartoteka COMMAND ... (гл. kartoteka --help)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {count} sources to {path}</source>
        <translation>
            <numerusform>Запісана {count} крыніца ў {path}</numerusform>
            <numerusform>Запісана {count} крыніцы ў {path}</numerusform>
            <numerusform>Запісана {count} крыніц у {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{id}: no such person in {path}; left out</source>
        <translation>{id}: такой асобы ў {path} няма; прапушчана</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {count} people, {pages} pages, {kb} KB in {seconds} s</source>
        <translation>
            <numerusform>Запісана {path}: {count} асоба, старонак: {pages}, {kb} КБ за {seconds} с</numerusform>
            <numerusform>Запісана {path}: {count} асобы, старонак: {pages}, {kb} КБ за {seconds} с</numerusform>
            <numerusform>Запісана {path}: {count} асоб, старонак: {pages}, {kb} КБ за {seconds} с</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the archive cannot be opened by anyone, including you. There is no recovery.</source>
        <translation>Беражыце парольную фразу: без яе архіў не адкрые ніхто, у тым ліку вы. Аднавіць яе немагчыма.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Увядзіце яе яшчэ раз: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Wrote the encrypted archive {path}.</source>
        <translation>Зашыфраваны архіў запісаны: {path}.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Цяперашняя парольная фраза: </translation>
    </message>
    <message>
        <source>Changed the passphrase of {path}.</source>
        <translation>Парольная фраза {path} зменена.</translation>
    </message>
    <message>
        <source>{value} is not a month number</source>
        <translation>{value} — не нумар месяца</translation>
    </message>
    <message>
        <source>{value} is not a month (1 to 12)</source>
        <translation>{value} — не месяц (ад 1 да 12)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {count} people in custody</source>
        <translation>
            <numerusform>Запісана {file}: {count} асоба пад вартай</numerusform>
            <numerusform>Запісана {file}: {count} асобы пад вартай</numerusform>
            <numerusform>Запісана {file}: {count} асоб пад вартай</numerusform>
        </translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>арганізацыі</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>крыніцы</translation>
    </message>
    <message>
        <source>people</source>
        <translation>асобы</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>сувязі</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>прысуды</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>цытаты</translation>
    </message>
    <message>
        <source>events</source>
        <translation>падзеі</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>лічбы</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>абскарджанні</translation>
    </message>
    <message>
        <source>recognitions</source>
        <translation>прызнанні</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>месцы ўтрымання</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>укладанні</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>у парадку</translation>
    </message>
    <message>
        <source>the search index is unusable</source>
        <translation>пошукавы індэкс непрыдатны</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>пашкоджаны</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>спынена</translation>
    </message>
    <message>
        <source>not finished in time</source>
        <translation>не скончана ў час</translation>
    </message>
    <message>
        <source>it was already current</source>
        <translation>ён ужо быў актуальны</translation>
    </message>
    <message>
        <source>it was built by an older version</source>
        <translation>ён быў пабудаваны старэйшай версіяй</translation>
    </message>
    <message>
        <source>it was built by a newer version</source>
        <translation>ён быў пабудаваны навейшай версіяй</translation>
    </message>
    <message>
        <source>its recorded version could not be read</source>
        <translation>яго запісаную версію не ўдалося прачытаць</translation>
    </message>
    <message>
        <source>{count} {entries}</source>
        <translation>{entries}: {count}</translation>
    </message>
    <message>
        <source>{count} {entries} replaced</source>
        <translation>{entries}, замененыя: {count}</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>няма чаго дадаць</translation>
    </message>
    <message>
        <source>Created {file}: {counts}</source>
        <translation>Створана {file}: {counts}</translation>
    </message>
    <message>
        <source>Updated {file}: {counts}</source>
        <translation>Абноўлена {file}: {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічога</translation>
    </message>
    <message>
        <source>Wrote {file}: {counts}</source>
        <translation>Запісана {file}: {counts}</translation>
    </message>
    <message>
        <source>Wrote {path}: the name index and derived tables rebuilt ({before}).</source>
        <translation>Запісана {path}: індэкс імёнаў і вытворныя табліцы перабудаваныя ({before}).</translation>
    </message>
    <message>
        <source>{prog}: note: {text}</source>
        <translation>{prog}: заўвага: {text}</translation>
    </message>
    <message>
        <source>{prog}: error: </source>
        <translation>{prog}: памылка: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>(run with --verbose for the details)</source>
        <translation>(падрабязнасці — з --verbose)</translation>
    </message>
    <message>
        <source>Preview (nothing written):</source>
        <translation>Папярэдні прагляд (нічога не запісана):</translation>
    </message>
    <message>
        <source>People: {dropped} of {total} dropped</source>
        <translation>Асобы: выключана {dropped} з {total}</translation>
    </message>
    <message>
        <source>selected by {rule}: {count}</source>
        <translation>выбрана па {rule}: {count}</translation>
    </message>
    <message>
        <source>{entries}: {count} dropped</source>
        <translation>{entries}: выключана {count}</translation>
    </message>
    <message>
        <source>Field {name}: {count} value(s) changed</source>
        <translation>Поле {name}: зменена значэнняў — {count}</translation>
    </message>
    <message>
        <source>Citations: {count} dropped</source>
        <translation>Спасылкі на крыніцы: выключана {count}</translation>
    </message>
    <message>
        <source>Links to dropped entries cut: {count}</source>
        <translation>Выдалена спасылак на выключаныя запісы: {count}</translation>
    </message>
    <message>
        <source>Name spellings replaced in free text: {count}</source>
        <translation>Заменена напісанняў імёнаў у вольным тэксце: {count}</translation>
    </message>
    <message>
        <source>Review: {count} kept text field(s) may still mention a dropped person in another form (see possible_mentions in the report)</source>
        <translation>Праверце: у пакінутых тэкставых палях ({count}) яшчэ можа згадвацца выключаная асоба ў іншай форме (гл. possible_mentions у справаздачы)</translation>
    </message>
    <message>
        <source>Annotations: not included (they stay in your annotation store)</source>
        <translation>Анатацыі: не ўключаны (яны застаюцца ў вашым сховішчы анатацый)</translation>
    </message>
    <message>
        <source>Wrote a publishable copy to {path}</source>
        <translation>Копія для публікацыі запісана ў {path}</translation>
    </message>
    <message>
        <source>Archive: {file} (new archive id {id})</source>
        <translation>Архіў: {file} (новы ідэнтыфікатар архіва {id})</translation>
    </message>
    <message>
        <source>Checked the written files for {what}: none found</source>
        <translation>Запісаныя файлы правераны на {what}: нічога не знойдзена</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>Файлы: {files}</translation>
    </message>
    <message>
        <source>Serve it: {command}</source>
        <translation>Каб адкрыць праз Datasette: {command}</translation>
    </message>
    <message>
        <source>From edition {old} to edition {new}</source>
        <translation>Ад выпуску {old} да выпуску {new}</translation>
    </message>
    <message>
        <source>(different archive ids: not editions of one archive?)</source>
        <translation>(розныя ідэнтыфікатары архіваў: гэта не выпускі аднаго архіва?)</translation>
    </message>
    <message>
        <source>People added: {added}, removed: {removed}, changed: {changed}</source>
        <translation>Асобы: дададзена {added}, выдалена {removed}, зменена {changed}</translation>
    </message>
    <message numerus="yes">
        <source>{category}: {count} people</source>
        <translation>
            <numerusform>{category}: {count} асоба</numerusform>
            <numerusform>{category}: {count} асобы</numerusform>
            <numerusform>{category}: {count} асоб</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дададзена</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Выдалена</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… і яшчэ {count}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Зменена</translation>
    </message>
    <message>
        <source>added</source>
        <translation>дададзена</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>выдалена</translation>
    </message>
    <message>
        <source>… and {count} more (use --json for all)</source>
        <translation>… і яшчэ {count} (усё — з --json)</translation>
    </message>
    <message>
        <source>timed out waiting for: {what}</source>
        <translation>не дачакаўся: {what}</translation>
    </message>
    <message>
        <source>the window showed an error: {reason}</source>
        <translation>акно паказала памылку: {reason}</translation>
    </message>
    <message>
        <source>the first paint</source>
        <translation>першага малявання акна</translation>
    </message>
    <message>
        <source>the archive&apos;s list</source>
        <translation>спіса архіва</translation>
    </message>
    <message>
        <source>the people in the list</source>
        <translation>людзей у спісе</translation>
    </message>
    <message>
        <source>no search box (SearchBox) in the window</source>
        <translation>у акне няма поля пошуку (SearchBox)</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>пошуку</translation>
    </message>
    <message>
        <source>the search for {text} found no one</source>
        <translation>пошук {text} нікога не знайшоў</translation>
    </message>
    <message>
        <source>a record to annotate</source>
        <translation>запісу для анатацыі</translation>
    </message>
    <message>
        <source>no note editor (NoteText, SaveNote) or no annotation store</source>
        <translation>няма рэдактара нататкі (NoteText, SaveNote) або сховішча анатацый</translation>
    </message>
    <message>
        <source>the note to be saved</source>
        <translation>захавання нататкі</translation>
    </message>
    <message>
        <source>the export dialog</source>
        <translation>акна экспарту</translation>
    </message>
    <message>
        <source>the annotations were not exported to {path}</source>
        <translation>анатацыі не экспартаваны ў {path}</translation>
    </message>
    <message>
        <source>{prog}: self-test failed: {reason}</source>
        <translation>{prog}: самаправерка не прайшла: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>edition {edition} of {date}</source>
        <translation>выданне {edition} ад {date}</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>выданне {edition}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changed since {edition}</source>
        <translation>Змянілася пасля: {edition}</translation>
    </message>
    <message>
        <source>Changed ({n})</source>
        <translation>Змененыя ({n})</translation>
    </message>
    <message>
        <source>Added ({n})</source>
        <translation>Дададзеныя ({n})</translation>
    </message>
    <message>
        <source>Removed ({n})</source>
        <translation>Выдаленыя ({n})</translation>
    </message>
    <message>
        <source>Annotations left without an entry ({n})</source>
        <translation>Анатацыі без запісу ({n})</translation>
    </message>
    <message>
        <source>Show only these people in the list</source>
        <translation>Паказаць у спісе толькі гэтых людзей</translation>
    </message>
    <message>
        <source>The people added or changed since {edition}; the chip above the list removes it.</source>
        <translation>Людзі, дададзеныя або змененыя пасля {edition}; чып над спісам здымае гэты фільтр.</translation>
    </message>
    <message>
        <source>From {old} ({file}) to this archive ({new}).</source>
        <translation>Параўнанне: {old} ({file}) → гэты архіў ({new}).</translation>
    </message>
    <message>
        <source>People added: {a}, removed: {r}, changed: {c}.</source>
        <translation>Людзей дададзена: {a}, выдалена: {r}, зменена: {c}.</translation>
    </message>
    <message>
        <source>Changed, by kind: {parts}.</source>
        <translation>Змены па відах: {parts}.</translation>
    </message>
    <message>
        <source>The two files have different archive ids: they may not be editions of one archive.</source>
        <translation>У двух файлаў розныя ідэнтыфікатары архіва: магчыма, гэта не выданні аднаго архіва.</translation>
    </message>
    <message>
        <source>What changed, by kind</source>
        <translation>Што змянілася, па відах</translation>
    </message>
</context>
<context>
    <name>CompareProgressDialog</name>
    <message>
        <source>Compare with another edition</source>
        <translation>Параўнаць з іншым выданнем</translation>
    </message>
    <message>
        <source>Comparing with {name}…</source>
        <translation>Параўнанне з {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасаванне…</translation>
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
        <translation>прысуды</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>апеляцыі</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>вызваленні</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>этапы</translation>
    </message>
    <message>
        <source>recognitions</source>
        <translation>прызнанні</translation>
    </message>
    <message>
        <source>name spellings</source>
        <translation>напісанні імя</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>ролі</translation>
    </message>
    <message>
        <source>details</source>
        <translation>звесткі</translation>
    </message>
    <message>
        <source>events</source>
        <translation>падзеі</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>сувязі</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>цытаты</translation>
    </message>
    <message>
        <source>Opening and checking the other edition…</source>
        <translation>Адкрываецца і правяраецца іншае выданне…</translation>
    </message>
    <message>
        <source>Looking up annotated entries…</source>
        <translation>Шукаюцца запісы з анатацыямі…</translation>
    </message>
    <message>
        <source>Comparing {what}…</source>
        <translation>Параўноўваюцца {what}…</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{what} changed: {item}</source>
        <translation>{what}, зменена: {item}</translation>
    </message>
    <message>
        <source>{what} added: {item}</source>
        <translation>{what}, дададзена: {item}</translation>
    </message>
    <message>
        <source>{what} removed: {item}</source>
        <translation>{what}, выдалена: {item}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… і яшчэ {n}.</translation>
    </message>
    <message>
        <source>Every annotation belongs to an entry of this edition.</source>
        <translation>Кожная анатацыя належыць запісу гэтага выдання.</translation>
    </message>
    <message>
        <source>Your annotations on these entries have no entry in this edition. They are kept in the store (Edit ▸ Orphaned annotations lists them).</source>
        <translation>Для вашых анатацый да гэтых запісаў у гэтым выданні няма запісу. Яны захоўваюцца ў сховішчы (іх пералічвае Праўка ▸ Анатацыі без запісаў).</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Нікога.</translation>
    </message>
    <message>
        <source>sentence of {date}</source>
        <translation>прысуд ад {date}</translation>
    </message>
    <message>
        <source>appeal of {date}</source>
        <translation>абскарджанне ад {date}</translation>
    </message>
    <message>
        <source>held from {date}</source>
        <translation>утрымліваецца з {date}</translation>
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
        <translation>сярэдняя</translation>
    </message>
    <message>
        <source>low</source>
        <translation>нізкая</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Propose a correction</source>
        <translation>Прапанаваць выпраўленне</translation>
    </message>
    <message>
        <source>Edit a proposed correction</source>
        <translation>Змяніць прапанаванае выпраўленне</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Прапанаванае значэнне</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму</translation>
    </message>
    <message>
        <source>Why, and from which source?</source>
        <translation>Чаму і з якой крыніцы?</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Прапанаваць</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Запіс:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>Archive says:</source>
        <translation>У архіве:</translation>
    </message>
    <message>
        <source>Should be:</source>
        <translation>Мусіць быць:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Чаму:</translation>
    </message>
    <message>
        <source>This entry has no field to correct.</source>
        <translation>У гэтым запісе няма поля, якое можна выправіць.</translation>
    </message>
    <message>
        <source>Type the value the field should have.</source>
        <translation>Увядзіце значэнне, якое мусіць мець поле.</translation>
    </message>
    <message>
        <source>That is already the archive&apos;s value.</source>
        <translation>Гэта ўжо значэнне ў архіве.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пуста)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>spring {year}</source>
        <translation>вясна {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>лета {year}</translation>
    </message>
    <message>
        <source>autumn {year}</source>
        <translation>восень {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>зіма {year}</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <translation>{decade}-я</translation>
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
        <translation>каля {date}</translation>
    </message>
    <message>
        <source>{date}?</source>
        <translation>{date}?</translation>
    </message>
    <message>
        <source>spring {year}</source>
        <comment>genitive</comment>
        <translation>вясны {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <comment>genitive</comment>
        <translation>лета {year}</translation>
    </message>
    <message>
        <source>autumn {year}</source>
        <comment>genitive</comment>
        <translation>восені {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <comment>genitive</comment>
        <translation>зімы {year}</translation>
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
        <translation>Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Сінтаксіс пошуку</translation>
    </message>
    <message>
        <source>About Kartoteka</source>
        <translation>Пра Kartoteka</translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation>Пра гэты архіў</translation>
    </message>
    <message>
        <source>Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)</source>
        <translation>Архівы Kartoteka (*.db *.sqlite *.sqlite3 *.kartoteka);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Адкрыць архіў</translation>
    </message>
    <message>
        <source>Archive info</source>
        <translation>Звесткі пра архіў</translation>
    </message>
    <message>
        <source>Annotations are off: the annotation store&apos;s passphrase was not entered. Nothing was changed; Edit ▸ Preferences asks again.</source>
        <translation>Анатацыі выключаныя: парольную фразу сховішча анатацый не ўвялі. Нічога не зменена; Праўка ▸ Налады спытае зноў.</translation>
    </message>
    <message>
        <source>No annotation store is open.</source>
        <translation>Сховішча анатацый не адкрытае.</translation>
    </message>
    <message>
        <source>The annotations are now encrypted. Without the passphrase they cannot be opened.</source>
        <translation>Анатацыі цяпер зашыфраваныя. Без парольнай фразы іх не адкрыць.</translation>
    </message>
    <message>
        <source>The annotations&apos; passphrase was changed.</source>
        <translation>Парольная фраза анатацый зменена.</translation>
    </message>
    <message>
        <source>Annotations restored from a backup</source>
        <translation>Анатацыі адноўленыя з рэзервовай копіі</translation>
    </message>
    <message>
        <source>{path}: the annotation store was damaged. The backup of {when} (UTC) has been restored; edits made after it are not in it. The damaged file was kept at {aside}.</source>
        <translation>{path}: сховішча анатацый было пашкоджана. Адноўлена рэзервовая копія ад {when} (UTC); змен, зробленых пасля яе, у ёй няма. Пашкоджаны файл захаваны ў {aside}.</translation>
    </message>
    <message>
        <source>Recent searches and archives cleared.</source>
        <translation>Нядаўнія пошукі і архівы ачышчаны.</translation>
    </message>
    <message numerus="yes">
        <source>The archive will be locked after {n} minutes without input.</source>
        <translation>
            <numerusform>Архіў будзе заблакаваны праз {n} хвіліну без уводу.</numerusform>
            <numerusform>Архіў будзе заблакаваны праз {n} хвіліны без уводу.</numerusform>
            <numerusform>Архіў будзе заблакаваны праз {n} хвілін без уводу.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is no longer locked when idle.</source>
        <translation>Архіў больш не блакуецца пры бяздзейнасці.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Нічога не захавана.</translation>
    </message>
    <message>
        <source>Saving an encrypted copy as {name}…</source>
        <translation>Захоўваецца зашыфраваная копія {name}…</translation>
    </message>
    <message>
        <source>Saved an encrypted copy as {path}. Without its passphrase it cannot be opened.</source>
        <translation>Зашыфраваная копія захаваная як {path}. Без парольнай фразы яе не адкрыць.</translation>
    </message>
    <message>
        <source>Cancelled: no encrypted copy was written, and the archive is unchanged.</source>
        <translation>Скасавана: зашыфраваная копія не запісаная, архіў не зменены.</translation>
    </message>
    <message>
        <source>Open an archive first; annotations belong to the entries of an archive.</source>
        <translation>Спачатку адкрыйце архіў: анатацыі належаць да запісаў архіва.</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Анатацыі без запісаў</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>No problems found</source>
        <translation>Праблем не знойдзена</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не праводзілася</translation>
    </message>
    <message>
        <source>Clear the search box</source>
        <translation>Ачысціць поле пошуку</translation>
    </message>
    <message>
        <source>Move between panes</source>
        <translation>Перайсці паміж панэлямі</translation>
    </message>
    <message>
        <source>Toggle a filter value</source>
        <translation>Уключыць або выключыць значэнне фільтра</translation>
    </message>
    <message>
        <source>Record: next or previous link, follow it</source>
        <translation>Картка: наступная ці папярэдняя спасылка, перайсці па ёй</translation>
    </message>
    <message>
        <source>Timeline: next or previous event, show its person</source>
        <translation>Храналогія: наступная ці папярэдняя падзея, паказаць яе чалавека</translation>
    </message>
    <message>
        <source>Timeline: move in time, zoom, fit all</source>
        <translation>Храналогія: рух у часе, маштаб, усё</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Нядаўнія пошукі</translation>
    </message>
    <message>
        <source>Exact spelling (the “Exact” check box beside the search box, Edit ▸ Exact spelling, {keys}): names are matched only as written in the archive — no variants across scripts or romanizations, no typos, no prefixes while typing. Case and accents still do not matter.</source>
        <translation>Дакладнае напісанне (сцяжок «Дакладна» побач з полем пошуку, Праўка ▸ Дакладнае напісанне, {keys}): імёны шукаюцца толькі так, як яны запісаныя ў архіве — без варыянтаў у іншых пісьменствах і лацінізацыях, без памылак друку, без пачаткаў слоў падчас уводу. Рэгістр і дыякрытыка па-ранейшаму не маюць значэння.</translation>
    </message>
    <message>
        <source>While a search is shown, the list&apos;s Match column says where each person matched (and which spelling of the name), and the record marks the matched words.</source>
        <translation>Пакуль паказаны вынікі пошуку, слупок «Супадзенне» ў спісе кажа, дзе знойдзена кожная асоба (і якое напісанне імя), а ў картцы пазначаныя знойдзеныя словы.</translation>
    </message>
    <message>
        <source>Down arrow in the empty search box lists recent searches; Esc clears the search.</source>
        <translation>Стрэлка ўніз у пустым полі пошуку паказвае нядаўнія пошукі; Esc ачышчае пошук.</translation>
    </message>
    <message>
        <source>When no one is found, the nearest stored spelling is offered above the list.</source>
        <translation>Калі нікога не знойдзена, над спісам прапануецца найбліжэйшае напісанне з архіва.</translation>
    </message>
    <message>
        <source>An offline viewer for archives of records about political prisoners.</source>
        <translation>Праграма для прагляду архіваў звестак пра палітвязняў без інтэрнэту.</translation>
    </message>
    <message>
        <source>Archives are opened read-only. Kartoteka never uses the network: links are shown and can be copied, never opened.</source>
        <translation>Архівы адкрываюцца толькі для чытання. Kartoteka ніколі не выкарыстоўвае сетку: спасылкі паказваюцца і капіююцца, але ніколі не адкрываюцца.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Ліцэнзія: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Выданне</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мовы</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Сінтэтычныя даныя</translation>
    </message>
    <message>
        <source>yes — made up for testing</source>
        <translation>так — выдуманыя для тэставання</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Версія фармату</translation>
    </message>
    <message>
        <source>Archive id</source>
        <translation>Ідэнтыфікатар архіва</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Праверка цэласнасці</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Змест</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Dossier</source>
        <translation>Дасье</translation>
    </message>
    <message numerus="yes">
        <source>{n} people · made on {date} from the archive “{archive}”</source>
        <translation>
            <numerusform>{n} чалавек · складзена {date} з архіва «{archive}»</numerusform>
            <numerusform>{n} чалавекі · складзена {date} з архіва «{archive}»</numerusform>
            <numerusform>{n} чалавек · складзена {date} з архіва «{archive}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Старонка {page} з {pages}</translation>
    </message>
    <message>
        <source>Archivist&apos;s note — {author}, {date}</source>
        <translation>Нататка архівіста — {author}, {date}</translation>
    </message>
    <message>
        <source>Archivist&apos;s proposed correction — {author}, {date}</source>
        <translation>Выпраўленне, прапанаванае архівістам — {author}, {date}</translation>
    </message>
    <message>
        <source>{field}: the archive says {original}; proposed: {proposed}</source>
        <translation>{field}: у архіве {original}; прапанавана: {proposed}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Чаму: {reason}</translation>
    </message>
    <message>
        <source>Court: {court}</source>
        <translation>Суд: {court}</translation>
    </message>
    <message>
        <source>Judge: {judge}</source>
        <translation>Суддзя: {judge}</translation>
    </message>
    <message>
        <source>Article {article}: {text}</source>
        <translation>Артыкул {article}: {text}</translation>
    </message>
    <message>
        <source>Article {article}</source>
        <translation>Артыкул {article}</translation>
    </message>
    <message>
        <source>Born: {date}</source>
        <translation>Нарадзіўся(-лася): {date}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Месца: {place}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Ролі: {roles}</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Прысуды</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>невядомы аўтар</translation>
    </message>
    <message>
        <source>published by {org}</source>
        <translation>апублікавана: {org}</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цытаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Сувязі</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <source>in absentia</source>
        <translation>завочна</translation>
    </message>
    <message>
        <source>Every spelling of the name</source>
        <translation>Усе напісанні імя</translation>
    </message>
    <message>
        <source>… and {n} more, not in this dossier (an export of the archive has them all).</source>
        <translation>… і яшчэ {n}, у гэтае дасье не ўвайшлі (усе ёсць у экспарце архіва).</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Біяграфія</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Змест</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Дасье</translation>
    </message>
    <message>
        <source>The person shown: {name}</source>
        <translation>Паказаны чалавек: {name}</translation>
    </message>
    <message>
        <source>The person shown (no one is shown: choose a person in the list)</source>
        <translation>Паказаны чалавек (нікога не паказана: выберыце чалавека ў спісе)</translation>
    </message>
    <message numerus="yes">
        <source>The people selected ({n})</source>
        <translation>
            <numerusform>Вылучаныя людзі ({n})</numerusform>
            <numerusform>Вылучаныя людзі ({n})</numerusform>
            <numerusform>Вылучаныя людзі ({n})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the list ({n})</source>
        <translation>
            <numerusform>Усе ў спісе ({n})</numerusform>
            <numerusform>Усе ў спісе ({n})</numerusform>
            <numerusform>Усе ў спісе ({n})</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more people in the list (Ctrl+click, Shift+click).</source>
        <translation>Вылучыце ў спісе двух ці больш людзей (Ctrl+пстрычка, Shift+пстрычка).</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Спіс пусты.</translation>
    </message>
    <message>
        <source>Everyone in the list is selected.</source>
        <translation>Вылучаныя ўсе ў спісе.</translation>
    </message>
    <message>
        <source>Include my annotations (notes and corrections)</source>
        <translation>Уключыць мае анатацыі (нататкі і папраўкі)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Захаваць як PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкаваць…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Names in:</source>
        <translation>Імёны:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Папера:</translation>
    </message>
    <message>
        <source>Whose dossier:</source>
        <translation>Чыё дасье:</translation>
    </message>
    <message>
        <source>There is nobody to write a dossier of: the list is empty. Change the search or filters first.</source>
        <translation>Няма, на каго складаць дасье: спіс пусты. Спачатку змяніце пошук або фільтры.</translation>
    </message>
    <message>
        <source>A large dossier</source>
        <translation>Вялікае дасье</translation>
    </message>
    <message numerus="yes">
        <source>This dossier is of {n} people: about {pages} pages, a PDF of about {size}. Writing it takes a long time (you can cancel it). Start?</source>
        <translation>
            <numerusform>Гэтае дасье — на {n} чалавека: каля {pages} старонак, PDF каля {size}. Запіс зойме шмат часу (яго можна скасаваць). Пачаць?</numerusform>
            <numerusform>Гэтае дасье — на {n} чалавекі: каля {pages} старонак, PDF каля {size}. Запіс зойме шмат часу (яго можна скасаваць). Пачаць?</numerusform>
            <numerusform>Гэтае дасье — на {n} чалавек: каля {pages} старонак, PDF каля {size}. Запіс зойме шмат часу (яго можна скасаваць). Пачаць?</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the PDF.</source>
        <translation>{path} — гэта папка. Выберыце імя файла для PDF.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Папкі {folder} не існуе. Выберыце іншую папку.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Choose another folder.</source>
        <translation>У папку {folder} нельга запісваць. Выберыце іншую папку.</translation>
    </message>
    <message>
        <source>{folder} has {free} free; this dossier needs about {size}. Free some space or choose another disk.</source>
        <translation>У {folder} вольна {free}, а гэтаму дасье патрэбна каля {size}. Вызваліце месца або выберыце іншы дыск.</translation>
    </message>
    <message>
        <source>Save dossier as PDF</source>
        <translation>Захаваць дасье як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запіс {name}…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Падрыхтоўка старонак…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасаванне…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Written: {name} ({pages} pages).</source>
        <translation>Запісана: {name} (старонак: {pages}).</translation>
    </message>
    <message>
        <source>{n} people were not in the archive.</source>
        <translation>Людзей, якіх няма ў архіве: {n}.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Скасавана; файл не запісаны.</translation>
    </message>
    <message>
        <source>Printing is not available here; save as PDF instead.</source>
        <translation>Друк тут недаступны; захавайце як PDF.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Адпраўлена на друк.</translation>
    </message>
    <message>
        <source>The people selected (select two or more in the list)</source>
        <translation>Вылучаныя людзі (вылучыце ў спісе двух і больш)</translation>
    </message>
</context>
<context>
    <name>EditionDialogs</name>
    <message>
        <source>Kartoteka archives (*.db *.sqlite *.sqlite3 *.kartoteka);;All files (*)</source>
        <translation>Архівы Kartoteka (*.db *.sqlite *.sqlite3 *.kartoteka);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Compare with another edition</source>
        <translation>Параўнаць з іншым выданнем</translation>
    </message>
</context>
<context>
    <name>EncryptProgressDialog</name>
    <message>
        <source>Save encrypted copy</source>
        <translation>Захаваць зашыфраваную копію</translation>
    </message>
    <message>
        <source>Saving an encrypted copy as {name}…</source>
        <translation>Захоўваецца зашыфраваная копія {name}…</translation>
    </message>
    <message>
        <source>Cancelling… the partial copy is being removed.</source>
        <translation>Скасаванне… няпоўная копія выдаляецца.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message numerus="yes">
        <source>The passphrase is too short: use at least {n} characters (several unrelated words are easy to remember and hard to guess).</source>
        <translation>
            <numerusform>Парольная фраза занадта кароткая: патрэбны прынамсі {n} сімвал (некалькі не звязаных паміж сабой слоў лёгка запомніць і цяжка адгадаць).</numerusform>
            <numerusform>Парольная фраза занадта кароткая: патрэбныя прынамсі {n} сімвалы (некалькі не звязаных паміж сабой слоў лёгка запомніць і цяжка адгадаць).</numerusform>
            <numerusform>Парольная фраза занадта кароткая: патрэбна прынамсі {n} сімвалаў (некалькі не звязаных паміж сабой слоў лёгка запомніць і цяжка адгадаць).</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольныя фразы адрозніваюцца. Увядзіце адну і тую ж фразу двойчы.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Замяніць файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with the encrypted copy?</source>
        <translation>{path} ужо існуе. Замяніць яго зашыфраванай копіяй?</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Блакаванне пры бяздзейнасці</translation>
    </message>
    <message>
        <source>Lock the archive after this many minutes without keyboard or mouse input
(0 = never):</source>
        <translation>Блакаваць архіў праз столькі хвілін без уводу з клавіятуры або мышы
(0 = ніколі):</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{path}: no such file. Check the name and folder.</source>
        <translation>{path}: такога файла няма. Праверце назву і папку.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be reached ({reason}). Check the name and folder.</source>
        <translation>{path}: да файла нельга дабрацца ({reason}). Праверце назву і папку.</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not an archive file. Pick the .db file inside it.</source>
        <translation>{path}: гэта папка, а не файл архіва. Выберыце файл .db у ёй.</translation>
    </message>
    <message>
        <source>{path}: this is not a regular file (it is a device, pipe or socket). Pick an archive file.</source>
        <translation>{path}: гэта не звычайны файл (гэта прылада, канал або сокет). Выберыце файл архіва.</translation>
    </message>
    <message>
        <source>{path}: you do not have permission to read this file. Copy it somewhere you can read it, or ask the owner.</source>
        <translation>{path}: у вас няма дазволу чытаць гэты файл. Скапіруйце яго туды, дзе вы можаце яго чытаць, або звярніцеся да ўладальніка.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read ({reason}). Copy it to this computer first.</source>
        <translation>{path}: файл нельга прачытаць ({reason}). Спачатку скапіруйце яго на гэты камп’ютар.</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes). It may have been copied incompletely; ask for the archive again.</source>
        <translation>{path}: файл пусты (0 байтаў). Магчыма, яго скапіравалі не цалкам; папрасіце архіў яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: this is a text file, not a Kartoteka archive. If it is an export (JSON or CSV), use Import instead.</source>
        <translation>{path}: гэта тэкставы файл, а не архіў Картатэкі. Калі гэта экспарт (JSON або CSV), скарыстайцеся імпартам.</translation>
    </message>
    <message>
        <source>{path}: this is not a Kartoteka archive (not an SQLite database, and it does not look encrypted either). It may be damaged; check that you picked the right file.</source>
        <translation>{path}: гэта не архіў Картатэкі (не база SQLite і не падобны на зашыфраваны файл). Магчыма, ён пашкоджаны; праверце, ці той файл вы выбралі.</translation>
    </message>
    <message>
        <source>{path}: the file is cut short ({size} bytes). It was probably copied incompletely; ask for the archive again.</source>
        <translation>{path}: файл абрэзаны ({size} байтаў). Хутчэй за ўсё, яго скапіравалі не цалкам; папрасіце архіў яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the archive&apos;s header is damaged (impossible page size {page_size}). Ask for a fresh copy of the archive.</source>
        <translation>{path}: загаловак архіва пашкоджаны (немагчымы памер старонкі {page_size}). Папрасіце свежую копію архіва.</translation>
    </message>
    <message>
        <source>{path}: the archive&apos;s header is damaged or the file was made by a much newer SQLite. Ask for a fresh copy of the archive.</source>
        <translation>{path}: загаловак архіва пашкоджаны, або файл зроблены значна навейшай версіяй SQLite. Папрасіце свежую копію архіва.</translation>
    </message>
    <message>
        <source>{path}: the file is shorter than the archive it holds ({size} bytes). It was probably copied or downloaded incompletely; ask for the archive again.</source>
        <translation>{path}: файл карацейшы за архіў, які ў ім захоўваецца ({size} байтаў). Хутчэй за ўсё, яго скапіравалі або спампавалі не цалкам; папрасіце архіў яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: this archive looks encrypted: enter its passphrase to open it. (If it is not encrypted, the file is damaged; ask for a fresh copy.)</source>
        <translation>{path}: гэты архіў, падобна, зашыфраваны: увядзіце яго пароль, каб адкрыць. (Калі ён не зашыфраваны, файл пашкоджаны; папрасіце свежую копію.)</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open this archive (or the file is damaged). Nothing was changed; check the passphrase (and keyboard layout) and try again.</source>
        <translation>{path}: гэты пароль не адкрывае архіў (або файл пашкоджаны). Нічога не зменена; праверце пароль (і раскладку клавіятуры) і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: this is an SQLite database, but not a Kartoteka archive (it lacks the archive&apos;s tables). Check that you picked the right file.</source>
        <translation>{path}: гэта база SQLite, але не архіў Картатэкі (у ёй няма табліц архіва). Праверце, ці той файл вы выбралі.</translation>
    </message>
    <message>
        <source>{path}: this archive was made by a newer Kartoteka (format version {version}; this program reads up to {supported}). Update Kartoteka to open it.</source>
        <translation>{path}: гэты архіў зроблены навейшай Картатэкай (версія фармату {version}; гэтая праграма чытае да {supported}). Абнавіце Картатэку, каб яго адкрыць.</translation>
    </message>
    <message>
        <source>{path}: this file has the archive&apos;s tables but no format version, so it was not made by Kartoteka. Ask for an archive made by Kartoteka.</source>
        <translation>{path}: у гэтым файле ёсць табліцы архіва, але няма версіі фармату, значыць, ён зроблены не Картатэкай. Папрасіце архіў, зроблены Картатэкай.</translation>
    </message>
    <message>
        <source>{path}: this file has a different layout than a Kartoteka archive ({problems}). It was made by another program or an incompatible version, or changed since; ask for an archive made by Kartoteka.</source>
        <translation>{path}: будова гэтага файла не такая, як у архіва Картатэкі ({problems}). Ён зроблены іншай праграмай або несумяшчальнай версіяй, або зменены пасля; папрасіце архіў, зроблены Картатэкай.</translation>
    </message>
    <message>
        <source>{path}: the search index of this archive is damaged or not Kartoteka&apos;s ({problems}). Browsing works; search is unavailable. Ask for a fresh copy to search it.</source>
        <translation>{path}: пошукавы індэкс гэтага архіва пашкоджаны або зроблены не Kartoteka ({problems}). Праглядаць можна, шукаць — не. Каб шукаць у ім, папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: name search is unavailable in this archive: its name index is missing ({tables}). Browsing works; search is unavailable. To search it, write a copy with the index rebuilt (this file is not changed): {command}; or ask for a fresh copy.</source>
        <translation>{path}: пошук па імёнах у гэтым архіве недаступны: у ім няма імяннога індэкса ({tables}). Праглядаць можна, шукаць — не. Каб шукаць у ім, запішыце копію з перабудаваным індэксам (гэты файл не змяняецца): {command}; або папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: search is unavailable in this archive: its name index lacks people written without rebuilding it ({problems}). Browsing works. To search it, write a copy with the index rebuilt (this file is not changed): {command}; or ask for a fresh copy.</source>
        <translation>{path}: пошук у гэтым архіве недаступны: у імянным індэксе няма асоб, запісаных без яго перабудовы ({problems}). Праглядаць можна. Каб шукаць у ім, запішыце копію з перабудаваным індэксам (гэты файл не змяняецца): {command}; або папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: the file is in use by another program that is changing it. Wait until it has finished (or close it there) and try again.</source>
        <translation>{path}: файл заняты іншай праграмай, якая яго змяняе. Пачакайце, пакуль яна скончыць (або зачыніце яго там), і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged and cannot be read ({reason}). Ask for a fresh copy of the archive.</source>
        <translation>{path}: архіў пашкоджаны, і яго нельга прачытаць ({reason}). Папрасіце свежую копію архіва.</translation>
    </message>
    <message>
        <source>{path}: part of the archive is damaged ({reason}). Ask for a fresh copy of the archive.</source>
        <translation>{path}: частка архіва пашкоджана ({reason}). Папрасіце свежую копію архіва.</translation>
    </message>
    <message>
        <source>{path}: a value in this archive is larger than {mb} MB and was not loaded. The archive may be damaged or made to cause trouble; ask its publisher.</source>
        <translation>{path}: значэнне ў гэтым архіве большае за {mb} МБ і не было загружана. Архіў можа быць пашкоджаны або зроблены, каб нашкодзіць; звярніцеся да таго, хто яго выдаў.</translation>
    </message>
    <message>
        <source>{path}: the archive could not be read ({reason}). Check that the disk or stick is still attached and try again.</source>
        <translation>{path}: архіў не ўдалося прачытаць ({reason}). Праверце, ці дыск або флэшка яшчэ падключаныя, і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the query took longer than {ms} ms and was stopped. Narrow the filter or search and try again.</source>
        <translation>{path}: запыт доўжыўся больш за {ms} мс і быў спынены. Звузьце фільтр або пошук і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the query took longer than its time limit and was stopped. Narrow the filter or search and try again.</source>
        <translation>{path}: запыт доўжыўся больш, чым дазволена, і быў спынены. Звузьце фільтр або пошук і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: checking the archive took longer than {seconds} s and was stopped. The file may be damaged or made to cause trouble.</source>
        <translation>{path}: праверка архіва доўжылася больш за {seconds} с і была спынена. Файл можа быць пашкоджаны або зроблены, каб нашкодзіць.</translation>
    </message>
    <message>
        <source>{path}: the temporary folder is full, so the private copy could not be finished. Free some space and try again.</source>
        <translation>{path}: часовая папка перапоўненая, таму прыватную копію не ўдалося дарабіць. Вызваліце месца і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: папкі {folder} не існуе.</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists. Choose another name or remove the file first.</source>
        <translation>{path}: файл з такой назвай ужо ёсць. Выберыце іншую назву або спачатку выдаліце файл.</translation>
    </message>
    <message>
        <source>{path}: the folder is not empty. Choose an empty or new folder.</source>
        <translation>{path}: папка не пустая. Выберыце пустую або новую папку.</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason}).</source>
        <translation>{path}: нельга запісаць файл ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({reason}).</source>
        <translation>{path}: нельга стварыць папку ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason}).</source>
        <translation>{path}: нельга прачытаць файл ({reason}).</translation>
    </message>
    <message>
        <source>{path}: this is not a file but a pipe, a device or a socket, so nothing was imported. Give a JSON or CSV file, a zip of CSV files or a folder of them.</source>
        <translation>{path}: гэта не файл, а канал (pipe), прылада або сокет, таму нічога не імпартавана. Дайце файл JSON або CSV, zip з файламі CSV або папку з імі.</translation>
    </message>
    <message>
        <source>{path}: this is not a file but a pipe, a device or a socket, so it was not read and nothing was written. Give a file.</source>
        <translation>{path}: гэта не файл, а канал (pipe), прылада або сокет, таму ён не прачытаны і нічога не запісана. Дайце файл.</translation>
    </message>
    <message>
        <source>{path}: cannot write the export ({reason}). Check that the folder exists, is writable and has free space.</source>
        <translation>{path}: нельга запісаць экспарт ({reason}). Праверце, ці папка існуе, ці ў яе можна пісаць і ці ёсць вольнае месца.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: такога файла няма.</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason}). Pick a Kartoteka annotations file (.json).</source>
        <translation>{path}: нельга прачытаць файл ({reason}). Выберыце файл нататак Картатэкі (.json).</translation>
    </message>
    <message>
        <source>{path}: this is not an annotations file (not valid JSON: {reason} at line {line}). Pick the file exported from Kartoteka.</source>
        <translation>{path}: гэта не файл нататак (няправільны JSON: {reason} у радку {line}). Выберыце файл, экспартаваны з Картатэкі.</translation>
    </message>
    <message>
        <source>{path}: this JSON file is not a Kartoteka annotations export.</source>
        <translation>{path}: гэты файл JSON не з’яўляецца экспартам нататак Картатэкі.</translation>
    </message>
    <message>
        <source>{path}: the file was exported by a newer Kartoteka (format version {version}; this program reads up to {supported}). Update Kartoteka to import it.</source>
        <translation>{path}: файл экспартаваны навейшай Картатэкай (версія фармату {version}; гэтая праграма чытае да {supported}). Абнавіце Картатэку, каб яго імпартаваць.</translation>
    </message>
    <message>
        <source>{path}: the archive holds a value Kartoteka does not write ({reason}), so it is damaged or was made to cause trouble. Nothing was written; ask for a fresh copy.</source>
        <translation>{path}: у архіве ёсць значэнне, якога Kartoteka не піша ({reason}), значыць, ён пашкоджаны або зроблены, каб нашкодзіць. Нічога не запісана; папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: this annotation store is encrypted: enter its passphrase to open it.</source>
        <translation>{path}: гэта сховішча нататак зашыфраванае: увядзіце пароль, каб адкрыць яго.</translation>
    </message>
    <message>
        <source>{path}: this annotation store is not encrypted, so it has no passphrase. Open it without one.</source>
        <translation>{path}: гэта сховішча нататак не зашыфраванае, таму пароля ў яго няма. Адкрыйце яго без пароля.</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open this annotation store (or the file is damaged). Nothing was changed; check the passphrase (and keyboard layout) and try again.</source>
        <translation>{path}: пароль не адкрывае гэта сховішча нататак (або файл пашкоджаны). Нічога не зменена; праверце пароль (і раскладку клавіятуры) і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>{path}: the passphrase is too short: use at least {chars} characters (several unrelated words are easy to remember and hard to guess).</source>
        <translation>{path}: пароль занадта кароткі: ужывайце не менш за {chars} знакаў (некалькі не звязаных паміж сабой слоў лёгка запомніць і цяжка адгадаць).</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not an annotation store.</source>
        <translation>{path}: гэта папка, а не сховішча нататак.</translation>
    </message>
    <message>
        <source>{path}: cannot create the annotation store there ({reason}). Choose a store in a folder you can write to.</source>
        <translation>{path}: немагчыма стварыць тут сховішча нататак ({reason}). Выберыце сховішча ў папцы, у якую можна пісаць.</translation>
    </message>
    <message>
        <source>{path}: this SQLite file is not a Kartoteka annotation store (it has other tables). Pick another file, or let Kartoteka create a new store.</source>
        <translation>{path}: гэты файл SQLite — не сховішча нататак Kartoteka (у ім іншыя табліцы). Выберыце іншы файл або дазвольце Kartoteka стварыць новае сховішча.</translation>
    </message>
    <message>
        <source>{path}: these annotations were saved by a newer Kartoteka (format version {version}; this program reads up to {supported}). Update Kartoteka to open them; the file was not changed.</source>
        <translation>{path}: гэтыя нататкі захаваныя навейшай Kartoteka (версія фармату {version}; гэтая праграма чытае да {supported}). Абнавіце Kartoteka, каб адкрыць іх; файл не зменены.</translation>
    </message>
    <message>
        <source>{path}: this annotation store holds code Kartoteka never puts there ({names}); it could change or delete notes behind your back, so it was not opened and nothing in it was run or changed. Use your own store, or let Kartoteka create a new one.</source>
        <translation>{path}: у гэтым сховішчы нататак ёсць код, які Kartoteka туды ніколі не кладзе ({names}); ён мог бы непрыкметна змяніць або выдаліць нататкі, таму сховішча не адкрыта і нічога ў ім не запушчана і не зменена. Карыстайцеся сваім сховішчам або дазвольце Kartoteka стварыць новае.</translation>
    </message>
    <message>
        <source>{path}: the annotation store is damaged and there is no good backup in {folder}. The file was left untouched; copy it somewhere safe and ask for help recovering it.</source>
        <translation>{path}: сховішча нататак пашкоджанае, а ў {folder} няма спраўнай рэзервовай копіі. Файл не кранулі; скапіруйце яго ў бяспечнае месца і папрасіце дапамогі з аднаўленнем.</translation>
    </message>
    <message>
        <source>{path}: the file was deleted or moved while it was open, so it was not checked. What is shown stays readable until it is closed.</source>
        <translation>{path}: файл выдалілі або перамясцілі, пакуль ён быў адкрыты, таму ён не правераны. Тое, што паказана, можна чытаць, пакуль яго не закрылі.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: {problem} ({count} such problems in all), so an export of it could not be imported back. Ask for a fresh copy.</source>
        <translation>{path}: архіў пашкоджаны: {problem} (такіх праблем усяго: {count}), таму яго экспарт нельга было б імпартаваць назад. Папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: the archive&apos;s header says its text is not stored as UTF-8, as Kartoteka stores it, so every name would read as garbage. The header is damaged; ask for a fresh copy of the archive.</source>
        <translation>{path}: загаловак архіва кажа, што тэкст у ім захоўваецца не ў UTF-8, як яго захоўвае Kartoteka, таму ўсе імёны чыталіся б як смецце. Загаловак пашкоджаны; папрасіце свежую копію архіва.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: {problem} ({count} such problems in all). An export would hold entries no import takes back, so none was written. Ask for a fresh copy.</source>
        <translation>{path}: архіў пашкоджаны: {problem} (такіх праблем усяго: {count}). Экспарт утрымліваў бы запісы, якія ніводзін імпарт не прыме назад, таму ён не запісаны. Папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: {problem} ({count} such problems in all), so nothing was imported into it and it was not changed. Ask for a fresh copy.</source>
        <translation>{path}: архіў пашкоджаны: {problem} (такіх праблем усяго: {count}), таму ў яго нічога не імпартавана і ён не зменены. Папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: this is a folder (or another special file) where SQLite expects its own working file beside the archive, so the archive cannot be read safely. Move or rename it.</source>
        <translation>{path}: гэта папка (ці іншы асаблівы файл) там, дзе SQLite чакае свой працоўны файл побач з архівам, таму архіў нельга бяспечна прачытаць. Перамясціце яе або дайце ёй іншую назву.</translation>
    </message>
    <message>
        <source>{path}: this is a link to a file that cannot be reached ({reason}), so nothing was imported and the link was left as it is. Import into the file itself.</source>
        <translation>{path}: гэта спасылка на файл, да якога нельга дабрацца ({reason}), таму нічога не імпартавана, а спасылка засталася як была. Імпартуйце ў сам файл.</translation>
    </message>
    <message>
        <source>{path}: the archive file is read-only, so nothing was imported into it. Make it writable first, or import into a copy.</source>
        <translation>{path}: файл архіва толькі для чытання, таму ў яго нічога не імпартавана. Спачатку дазвольце запіс у яго або імпартуйце ў копію.</translation>
    </message>
    <message>
        <source>{path}: could not create a private working folder ({reason}). Check the temporary folder&apos;s free space and permissions.</source>
        <translation>{path}: не ўдалося стварыць асабістую працоўную папку ({reason}). Праверце вольнае месца і правы доступу ў часовай папцы.</translation>
    </message>
    <message>
        <source>{path}: opening this archive needs a private working copy of {needed} MB, but the temporary folder ({folder}) has only {free} MB free. Free some space, or open the archive after it has been finished by the program that writes it.</source>
        <translation>{path}: каб адкрыць гэты архіў, патрэбна асабістая працоўная копія на {needed} МБ, а ў часовай папцы ({folder}) вольна толькі {free} МБ. Вызваліце месца або адкрыйце архіў, калі праграма, што яго піша, скончыць.</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists; Kartoteka never overwrites it. Choose another name.</source>
        <translation>{path}: файл з такой назвай ужо ёсць; Kartoteka ніколі яго не перазапісвае. Выберыце іншую назву.</translation>
    </message>
    <message>
        <source>{path}: this is the archive itself; an encrypted copy never replaces it. Choose another name.</source>
        <translation>{path}: гэта сам архіў; зашыфраваная копія ніколі яго не замяняе. Выберыце іншую назву.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist. Create it or choose another.</source>
        <translation>{path}: папкі {folder} няма. Стварыце яе або выберыце іншую.</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy could not be written ({reason}). Free some disk space or choose another folder.</source>
        <translation>{path}: зашыфраваную копію не ўдалося запісаць ({reason}). Вызваліце месца на дыску або выберыце іншую папку.</translation>
    </message>
    <message>
        <source>{path}: there is no annotation store here. Check the name and folder.</source>
        <translation>{path}: тут няма сховішча нататак. Праверце назву і папку.</translation>
    </message>
    <message>
        <source>{path}: the annotation store cannot be read ({reason}); nothing was changed. Check the disk and try again.</source>
        <translation>{path}: сховішча нататак нельга прачытаць ({reason}); нічога не зменена. Праверце дыск і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: another program (or another Kartoteka window) has the annotation store open, so its passphrase was not changed. Close it there and try again.</source>
        <translation>{path}: сховішча нататак адкрыта ў іншай праграме (або ў іншым акне Kartoteka), таму яго пароль не зменены. Зачыніце яго там і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy could not be written ({reason}); the store still opens as before. Free some disk space and try again.</source>
        <translation>{path}: зашыфраваную копію не ўдалося запісаць ({reason}); сховішча адкрываецца, як і раней. Вызваліце месца на дыску і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so {doing} failed. Everything saved before is kept; free some space and save again.</source>
        <translation>{path}: дыск перапоўнены, таму не ўдалося {doing}. Усё, што захавана раней, цэлае; вызваліце месца і захавайце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the annotation store is on a read-only disk or folder, so {doing} failed. Your annotations can be read but not changed; make the folder writable or choose a store in another folder.</source>
        <translation>{path}: сховішча нататак ляжыць на дыску або ў папцы толькі для чытання, таму не ўдалося {doing}. Вашы нататкі можна чытаць, але не змяняць; дазвольце запіс у папку або выберыце сховішча ў іншай папцы.</translation>
    </message>
    <message>
        <source>{path}: another program (or another Kartoteka window) is writing the annotations, so {doing} failed. Nothing was lost; try again in a moment.</source>
        <translation>{path}: іншая праграма (або іншае акно Kartoteka) запісвае нататкі, таму не ўдалося {doing}. Нічога не страчана; паспрабуйце яшчэ раз праз хвіліну.</translation>
    </message>
    <message>
        <source>{path}: the annotation store is damaged ({reason}). Close and reopen it to restore the newest good backup.</source>
        <translation>{path}: сховішча нататак пашкоджанае ({reason}). Зачыніце і адкрыйце яго зноў, каб аднавіць найноўшую спраўную рэзервовую копію.</translation>
    </message>
    <message>
        <source>{path}: the disk reported an error, so {doing} failed ({reason}). Everything saved before is kept; check the disk and save again.</source>
        <translation>{path}: дыск паведаміў пра памылку, таму не ўдалося {doing} ({reason}). Усё, што захавана раней, цэлае; праверце дыск і захавайце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: {doing} failed ({reason}). Everything saved before is kept; try again.</source>
        <translation>{path}: не ўдалося {doing} ({reason}). Усё, што захавана раней, цэлае; паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the backup just written failed its check and was discarded. The store itself is unchanged; check the disk.</source>
        <translation>{path}: толькі што запісаная рэзервовая копія не прайшла праверку і выдалена. Само сховішча не зменена; праверце дыск.</translation>
    </message>
    <message>
        <source>{folder}: cannot write a backup of the annotations ({reason}). Your annotations are unchanged; free some disk space or check the folder.</source>
        <translation>{folder}: нельга запісаць рэзервовую копію нататак ({reason}). Вашы нататкі не зменены; вызваліце месца на дыску або праверце папку.</translation>
    </message>
    <message>
        <source>{path}: cannot read the archive&apos;s identity ({reason}). The archive may be damaged; ask for a fresh copy.</source>
        <translation>{path}: нельга прачытаць ідэнтыфікатар архіва ({reason}). Магчыма, архіў пашкоджаны; папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: the archive has no identity (meta.archive_id), so annotations cannot be attached to it. Rebuild it with a current Kartoteka.</source>
        <translation>{path}: у архіва няма ідэнтыфікатара (meta.archive_id), таму да яго нельга прывязаць нататкі. Пабудуйце яго наноў бягучай версіяй Kartoteka.</translation>
    </message>
    <message>
        <source>{path}: the annotations file is damaged and was not imported: {problems}. Ask for a fresh export.</source>
        <translation>{path}: файл нататак пашкоджаны і не імпартаваны: {problems}. Папрасіце свежы экспарт.</translation>
    </message>
    <message>
        <source>{path}: {count} conflict(s) need a decision before importing ({names}). Choose to keep yours, take theirs, or keep both.</source>
        <translation>{path}: перад імпартам трэба вырашыць канфлікты (усяго: {count}; {names}). Выберыце: пакінуць свае, узяць іх або пакінуць абодва.</translation>
    </message>
    <message>
        <source>{path}: the annotations changed since this import was planned. Nothing was imported; plan the import again.</source>
        <translation>{path}: нататкі змяніліся пасля таго, як імпарт быў падрыхтаваны. Нічога не імпартавана; падрыхтуйце імпарт яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: “{label}” cannot be undone because the annotation was changed since. Nothing was changed.</source>
        <translation>{path}: «{label}» нельга адмяніць, бо нататку з таго часу змянілі. Нічога не зменена.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type a year (2024), a month (2024-05) or a day (2024-05-03); “~2024” means about 2024, “2024-05/2024-07” a span. Leave it empty for a note without a date. ({reason})</source>
        <translation>«{text}» — не дата. Увядзіце год (2024), месяц (2024-05) або дзень (2024-05-03); «~2024» азначае «каля 2024», «2024-05/2024-07» — прамежак. Пакіньце поле пустым для нататкі без даты. ({reason})</translation>
    </message>
    <message>
        <source>A tag needs a name. Type one.</source>
        <translation>У тэга павінна быць назва. Увядзіце яе.</translation>
    </message>
    <message>
        <source>A tag called “{name}” already exists. Pick another name, or merge the tags.</source>
        <translation>Тэг «{name}» ужо існуе. Выберыце іншую назву або аб’яднайце тэгі.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself. Pick another tag to merge it into.</source>
        <translation>Тэг нельга аб’яднаць з ім самім. Выберыце іншы тэг, з якім яго аб’яднаць.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour; use the form #rrggbb.</source>
        <translation>«{colour}» — не колер; ужывайце форму #rrggbb.</translation>
    </message>
    <message>
        <source>The annotation {id} does not exist (it may have been deleted meanwhile). Reload and try again.</source>
        <translation>Нататкі {id} няма (магчыма, яе тым часам выдалілі). Абнавіце і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>The tag {id} does not exist (it may have been deleted meanwhile). Reload and try again.</source>
        <translation>Тэга {id} няма (магчыма, яго тым часам выдалілі). Абнавіце і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {chars} characters (several unrelated words are easy to remember and hard to guess).</source>
        <translation>Пароль занадта кароткі: ужывайце не менш за {chars} знакаў (некалькі не звязаных паміж сабой слоў лёгка запомніць і цяжка адгадаць).</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy could not be read back ({reason}); nothing was changed. Free some disk space and try again.</source>
        <translation>{path}: зашыфраваную копію не ўдалося прачытаць пасля запісу ({reason}); нічога не зменена. Вызваліце месца на дыску і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy was cancelled; nothing was written.</source>
        <translation>{path}: стварэнне зашыфраванай копіі скасавана; нічога не запісана.</translation>
    </message>
    <message>
        <source>{path}: this archive is not encrypted, so it has no passphrase to change. Use &apos;kartoteka encrypt&apos; to make an encrypted copy.</source>
        <translation>{path}: гэты архіў не зашыфраваны, таму мяняць у яго няма чаго: пароля няма. Каб зрабіць зашыфраваную копію, скарыстайцеся &apos;kartoteka encrypt&apos;.</translation>
    </message>
    <message>
        <source>{path}: an unfinished change ({name}) lies beside it; the passphrase was not changed. Open the archive once with Kartoteka elsewhere, or ask for a fresh copy.</source>
        <translation>{path}: побач ляжыць незавершаная змена ({name}); пароль не зменены. Адкрыйце архіў адзін раз у Kartoteka ў іншым месцы або папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: the archive cannot be read ({reason}); the passphrase was not changed. Ask for a fresh copy.</source>
        <translation>{path}: архіў нельга прачытаць ({reason}); пароль не зменены. Папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: the archive changed while the passphrase was being changed; nothing was changed. Try again.</source>
        <translation>{path}: архіў змяніўся, пакуль мяняўся пароль; нічога не зменена. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the re-encrypted copy could not be written ({reason}); the archive still opens with the old passphrase. Free some disk space and try again.</source>
        <translation>{path}: перашыфраваную копію не ўдалося запісаць ({reason}); архіў па-ранейшаму адкрываецца старым паролем. Вызваліце месца на дыску і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: nothing was imported; fix these {count} problem(s) and try again:</source>
        <translation>{path}: нічога не імпартавана; выправіце гэтыя праблемы (усяго: {count}) і паспрабуйце яшчэ раз:</translation>
    </message>
    <message>
        <source>{path}: import either JSON files or CSV files, not both at once.</source>
        <translation>{path}: імпартуйце альбо файлы JSON, альбо файлы CSV, але не тыя і другія адначасова.</translation>
    </message>
    <message>
        <source>Unknown format {format}; use {choices}.</source>
        <translation>Невядомы фармат {format}; ужывайце {choices}.</translation>
    </message>
    <message>
        <source>{path}: this is a Kartoteka archive (an SQLite database), not an export. Open it in Kartoteka, or export it to JSON or CSV first and import that.</source>
        <translation>{path}: гэта архіў Kartoteka (база даных SQLite), а не экспарт. Адкрыйце яго ў Kartoteka або спачатку экспартуйце ў JSON ці CSV і імпартуйце вынік.</translation>
    </message>
    <message>
        <source>{path}: cannot tell what this file holds (it is not JSON, CSV, a zip of CSV files or an archive). If it is an export, give its format with --format json or --format csv.</source>
        <translation>{path}: незразумела, што ў гэтым файле (гэта не JSON, не CSV, не zip з файламі CSV і не архіў). Калі гэта экспарт, пакажыце яго фармат: --format json або --format csv.</translation>
    </message>
    <message>
        <source>{path}: cannot tell the format from the name; use .json (CSL-JSON), .ris or .bib, or name the format.</source>
        <translation>{path}: па назве нельга вызначыць фармат; ужывайце .json (CSL-JSON), .ris або .bib, або назавіце фармат.</translation>
    </message>
    <message>
        <source>Nothing to import: give at least one file.</source>
        <translation>Няма чаго імпартаваць: укажыце хоць адзін файл.</translation>
    </message>
    <message>
        <source>{path}: cannot make a working copy next to the archive ({reason}). Free some disk space or check the folder&apos;s permissions.</source>
        <translation>{path}: нельга зрабіць працоўную копію побач з архівам ({reason}). Вызваліце месца на дыску або праверце правы доступу да папкі.</translation>
    </message>
    <message>
        <source>{path}: the data refers to entries that do not exist: {problems}. Fix the files and try again.</source>
        <translation>{path}: даныя спасылаюцца на запісы, якіх няма: {problems}. Выправіце файлы і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>Cannot export: no person with id {ids} in this archive. Check the ids.</source>
        <translation>Нельга экспартаваць: у гэтым архіве няма чалавека з id {ids}. Праверце id.</translation>
    </message>
    <message>
        <source>Letters are written in Russian or Belarusian (&apos;ru&apos; or &apos;be&apos;), not {lang}.</source>
        <translation>Лісты пішуцца па-руску або па-беларуску (&apos;ru&apos; або &apos;be&apos;), а не {lang}.</translation>
    </message>
    <message>
        <source>A month is 1 to 12, not {month}.</source>
        <translation>Месяц — гэта лік ад 1 да 12, а не {month}.</translation>
    </message>
    <message>
        <source>{path}: the archive was locked; open it with its passphrase and compare again.</source>
        <translation>{path}: архіў быў заблакаваны; адкрыйце яго з паролем і параўнайце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the top level must be a JSON object. Check the redaction rules file.</source>
        <translation>{path}: на верхнім узроўні павінен быць аб’ект JSON. Праверце файл правіл выключэння.</translation>
    </message>
    <message>
        <source>{path}: the redaction rules have {count} problem(s): {problems}. Fix them and try again (nothing was written).</source>
        <translation>{path}: у правілах выключэння ёсць праблемы (усяго: {count}): {problems}. Выправіце іх і паспрабуйце яшчэ раз (нічога не запісана).</translation>
    </message>
    <message>
        <source>{path}: the rules file is not valid JSON ({reason}). Check the redaction rules file.</source>
        <translation>{path}: файл правіл — няправільны JSON ({reason}). Праверце файл правіл выключэння.</translation>
    </message>
    <message>
        <source>{path}: cannot read the rules file ({reason}). Check the name and folder.</source>
        <translation>{path}: нельга прачытаць файл правіл ({reason}). Праверце назву і папку.</translation>
    </message>
    <message>
        <source>The redaction rules drop people by tag, but no annotation store was given to look the tags up in. Open the annotation store first.</source>
        <translation>Правілы выключэння выключаюць людзей па тэгах, але не ўказана сховішча нататак, дзе шукаць тэгі. Спачатку адкрыйце сховішча нататак.</translation>
    </message>
    <message>
        <source>No tag named {tags} in the annotation store; check the tag names in the redaction rules (nothing was written).</source>
        <translation>У сховішчы нататак няма тэга з назвай {tags}; праверце назвы тэгаў у правілах выключэння (нічога не запісана).</translation>
    </message>
    <message>
        <source>{path}: the copy would hold entries that refer to missing ones ({problems}). The archive itself is inconsistent; ask for a fresh copy. Nothing was written.</source>
        <translation>{path}: у копіі былі б запісы, што спасылаюцца на адсутныя ({problems}). Сам архіў супярэчлівы; папрасіце свежую копію. Нічога не запісана.</translation>
    </message>
    <message>
        <source>{path}: still holds a redacted value after redaction; nothing was published. Please report this as a bug.</source>
        <translation>{path}: пасля выключэння ўсё яшчэ ўтрымлівае выключанае значэнне; нічога не апублікавана. Калі ласка, паведаміце пра гэту памылку распрацоўшчыкам.</translation>
    </message>
    <message>
        <source>{path}: SQLite left {files} beside the copy; nothing was published. Check the disk and try again.</source>
        <translation>{path}: SQLite пакінуў побач з копіяй {files}; нічога не апублікавана. Праверце дыск і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <source>{path}: the number of people must be at least 1 (got {count}).</source>
        <translation>{path}: колькасць людзей павінна быць не менш за 1 (а не {count}).</translation>
    </message>
    <message>
        <source>Kartoteka&apos;s resources folder is missing (looked in: {tried}). The installation is incomplete; reinstall Kartoteka.</source>
        <translation>Няма папкі рэсурсаў Kartoteka (шукалі ў: {tried}). Усталяванне няпоўнае; усталюйце Kartoteka наноў.</translation>
    </message>
    <message>
        <source>{path}: cannot create the cache folder for the sample archive ({reason}). Set {env} to a writable folder.</source>
        <translation>{path}: нельга стварыць папку кэша для ўзорнага архіва ({reason}). Укажыце ў {env} папку, у якую можна пісаць.</translation>
    </message>
    <message>
        <source>{path}: cannot write the sample archive ({reason}). Free some disk space or set {env} to a writable folder.</source>
        <translation>{path}: нельга запісаць узорны архіў ({reason}). Вызваліце месца на дыску або ўкажыце ў {env} папку, у якую можна пісаць.</translation>
    </message>
    <message>
        <source>{path}: cannot read the passphrase file ({reason}). Check the name and folder.</source>
        <translation>{path}: нельга прачытаць файл з паролем ({reason}). Праверце назву і папку.</translation>
    </message>
    <message>
        <source>{path}: the passphrase file&apos;s first line is empty. Put the passphrase on its first line.</source>
        <translation>{path}: першы радок файла з паролем пусты. Запішыце пароль у першы радок.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written. Type the same passphrase twice.</source>
        <translation>Два паролі не супадаюць; нічога не запісана. Увядзіце адзін і той жа пароль двойчы.</translation>
    </message>
    <message>
        <source>No passphrase was typed (no terminal?); use --passphrase-file for scripts.</source>
        <translation>Пароль не ўведзены (няма тэрмінала?); для скрыптоў ужывайце --passphrase-file.</translation>
    </message>
    <message>
        <source>{path}: no such file. Check the name, or run &apos;kartoteka --help&apos; for the commands ({commands}).</source>
        <translation>{path}: такога файла няма. Праверце назву або запусціце &apos;kartoteka --help&apos;, каб убачыць каманды ({commands}).</translation>
    </message>
    <message>
        <source>{path}: the archive could not be read ({reason}). It may be damaged or made to cause trouble; ask for a fresh copy.</source>
        <translation>{path}: архіў не ўдалося прачытаць ({reason}). Магчыма, ён пашкоджаны або зроблены, каб нашкодзіць; папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: cannot write the dossier ({reason}). Choose another folder or free some space.</source>
        <translation>{path}: нельга запісаць дасье ({reason}). Выберыце іншую папку або вызваліце месца.</translation>
    </message>
    <message>
        <source>{path}: the dossier could not be started ({reason}). Check that Kartoteka is installed completely.</source>
        <translation>{path}: не ўдалося пачаць дасье ({reason}). Праверце, ці Kartoteka ўсталявана цалкам.</translation>
    </message>
    <message>
        <source>{path}: the dossier was not written: the program writing it stopped unexpectedly (exit code {code}{detail}). Try again; if it happens again, write fewer people at once and report the problem.</source>
        <translation>{path}: дасье не запісана: праграма, якая яго пісала, нечакана спынілася (код выхаду {code}{detail}). Паспрабуйце яшчэ раз; калі гэта паўторыцца, запісвайце менш людзей за раз і паведаміце пра праблему.</translation>
    </message>
    <message>
        <source>{path}: none of the ids ({ids}) is in this archive, so nothing was written. Check the ids: &apos;kartoteka search&apos; shows each person&apos;s id.</source>
        <translation>{path}: ніводнага з id ({ids}) няма ў гэтым архіве, таму нічога не запісана. Праверце id: &apos;kartoteka search&apos; паказвае id кожнай асобы.</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be written. Choose another folder or free some space.</source>
        <translation>{path}: PDF не ўдалося запісаць. Выберыце іншую папку або вызваліце месца.</translation>
    </message>
    <message>
        <source>{path}: the archive is damaged: the integrity check found problems ({count}; first: {first}). Results may be incomplete; ask for a fresh copy.</source>
        <translation>{path}: архіў пашкоджаны: праверка цэласнасці знайшла праблемы ({count}; першая: {first}). Вынікі могуць быць няпоўнымі; папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: an earlier check found this archive damaged; results may be incomplete. Ask for a fresh copy.</source>
        <translation>{path}: ранейшая праверка знайшла, што гэты архіў пашкоджаны; вынікі могуць быць няпоўнымі. Папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: an earlier check found the search index of this archive damaged or not Kartoteka&apos;s. Browsing works; search is unavailable. Ask for a fresh copy to search it.</source>
        <translation>{path}: ранейшая праверка знайшла, што пошукавы індэкс гэтага архіва пашкоджаны або зроблены не Kartoteka. Праглядаць можна; пошук недаступны. Каб шукаць, папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>{path}: the check was cancelled. Check the archive again when there is time.</source>
        <translation>{path}: праверка скасавана. Праверце архіў яшчэ раз, калі будзе час.</translation>
    </message>
    <message>
        <source>Each conflict is settled with “mine”, “theirs” or (for notes) “both”.</source>
        <translation>Кожны канфлікт вырашаецца выбарам «маё», «іхняе» або (для нататак) «абодва».</translation>
    </message>
    <message>
        <source>A correction needs the name of the field it corrects.</source>
        <translation>Для выпраўлення патрэбна назва поля, якое яно выпраўляе.</translation>
    </message>
    <message>
        <source>A tag on an entry has no text to edit.</source>
        <translation>У тэга на запісе няма тэксту, які можна правіць.</translation>
    </message>
    <message>
        <source>Only notes have a date; corrections do not.</source>
        <translation>Дата бывае толькі ў нататак, у выпраўленняў яе няма.</translation>
    </message>
    <message>
        <source>Only corrections have a reason; notes do not.</source>
        <translation>Падстава бывае толькі ў выпраўленняў, у нататак яе няма.</translation>
    </message>
    <message>
        <source>“{type}” entries cannot be annotated; use one of: {choices}.</source>
        <translation>Да запісаў тыпу «{type}» нельга дадаваць анатацыі; выкарыстоўвайце адзін з тыпаў: {choices}.</translation>
    </message>
    <message>
        <source>An annotation needs the archive&apos;s id and the entry&apos;s id.</source>
        <translation>Для анатацыі патрэбны ідэнтыфікатар архіва і ідэнтыфікатар запісу.</translation>
    </message>
    <message>
        <source>The archive is in use by another program. Wait a moment and try again.</source>
        <translation>Архіў выкарыстоўвае іншая праграма. Пачакайце крыху і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>The archive could not be read ({reason}). It may be damaged; ask for a fresh copy.</source>
        <translation>Не ўдалося прачытаць архіў ({reason}). Ён можа быць пашкоджаны; папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дыск перапоўнены</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>квота на дыску вычарпаная</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ забаронены</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>дыск толькі для чытання</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>няма такога файла або папкі</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>частка шляху не з’яўляецца папкай</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>дыск не ўдалося прачытаць або запісаць</translation>
    </message>
    <message>
        <source>the file is too large for this disk (a FAT32 stick holds at most 4 GB)</source>
        <translation>файл завялікі для гэтага дыска (флэшка FAT32 змяшчае не больш за 4 ГБ)</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>назва файла задоўгая</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>гэта папка</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>дата пустая</translation>
    </message>
    <message>
        <source>it is too long to be a date</source>
        <translation>гэта задоўга для даты</translation>
    </message>
    <message>
        <source>Kartoteka cannot read it as a date</source>
        <translation>Kartoteka не можа прачытаць гэта як дату</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>яна канчаецца раней, чым пачынаецца</translation>
    </message>
    <message>
        <source>reading the annotations</source>
        <translation>прачытаць нататкі</translation>
    </message>
    <message>
        <source>opening the annotations</source>
        <translation>адкрыць нататкі</translation>
    </message>
    <message>
        <source>preparing the annotation store</source>
        <translation>падрыхтаваць сховішча нататак</translation>
    </message>
    <message>
        <source>saving the annotations</source>
        <translation>захаваць нататкі</translation>
    </message>
    <message>
        <source>reading the recent searches</source>
        <translation>прачытаць нядаўнія пошукі</translation>
    </message>
    <message>
        <source>saving the recent searches</source>
        <translation>захаваць нядаўнія пошукі</translation>
    </message>
    <message>
        <source>clearing the recent searches</source>
        <translation>ачысціць нядаўнія пошукі</translation>
    </message>
    <message>
        <source>tag “{name}”</source>
        <translation>тэг «{name}»</translation>
    </message>
    <message>
        <source>note on {entry}</source>
        <translation>нататка: {entry}</translation>
    </message>
    <message>
        <source>correction on {entry}</source>
        <translation>выпраўленне: {entry}</translation>
    </message>
    <message>
        <source>tag on {entry}</source>
        <translation>тэг: {entry}</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>асоба {id}</translation>
    </message>
    <message>
        <source>sentence {id}</source>
        <translation>прысуд {id}</translation>
    </message>
    <message>
        <source>quote {id}</source>
        <translation>цытата {id}</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>падзея {id}</translation>
    </message>
    <message>
        <source>source {id}</source>
        <translation>крыніца {id}</translation>
    </message>
    <message>
        <source>is required but empty or missing</source>
        <translation>абавязковае, але пустое або адсутнічае</translation>
    </message>
    <message>
        <source>{value} must be text</source>
        <translation>{value}: павінен быць тэкст</translation>
    </message>
    <message>
        <source>{value} is not a usable id (no spaces at the ends, no &apos;;&apos;, tabs or line breaks)</source>
        <translation>{value} не можа быць ідэнтыфікатарам (без прабелаў па краях, без &apos;;&apos;, табуляцый і разрываў радка)</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} — не адно з: {choices}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не цэлы лік</translation>
    </message>
    <message>
        <source>{value} is negative; a term cannot be below 0 months</source>
        <translation>{value} — адмоўны лік; тэрмін не можа быць менш за 0 месяцаў</translation>
    </message>
    <message>
        <source>{value} is not true/false (or 1/0)</source>
        <translation>{value} — не true/false (або 1/0)</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes (base64 in JSON, a file in CSV)</source>
        <translation>павінны быць байты выявы (base64 у JSON, файл у CSV)</translation>
    </message>
    <message>
        <source>the top level must be an object of lists</source>
        <translation>верхні ўзровень павінен быць аб&apos;ектам са спісамі</translation>
    </message>
    <message>
        <source>unknown section {value}; expected some of: {choices}</source>
        <translation>невядомы раздзел {value}; чакаюцца: {choices}</translation>
    </message>
    <message>
        <source>section {value} must be a list</source>
        <translation>раздзел {value} павінен быць спісам</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>павінна быць аб&apos;ектам</translation>
    </message>
    <message>
        <source>{value} is not {expected}</source>
        <translation>{value} — не {expected}</translation>
    </message>
    <message>
        <source>{value} is newer than this Kartoteka reads ({supported}); update Kartoteka</source>
        <translation>{value} — навейшая, чым чытае гэтая Kartoteka ({supported}); абнавіце Kartoteka</translation>
    </message>
    <message>
        <source>unknown key; expected some of: {choices}</source>
        <translation>невядомы ключ; чакаюцца: {choices}</translation>
    </message>
    <message>
        <source>must be a list of language codes, e.g. [&quot;en&quot;, &quot;be&quot;]</source>
        <translation>павінен быць спіс кодаў моў, напрыклад [&quot;en&quot;, &quot;be&quot;]</translation>
    </message>
    <message>
        <source>{value} must be true or false</source>
        <translation>{value}: павінна быць true або false</translation>
    </message>
    <message>
        <source>{value} appears more than once in {section}</source>
        <translation>{value} сустракаецца ў {section} больш за адзін раз</translation>
    </message>
    <message>
        <source>{value} already exists in the archive; use another id, or import with replace to overwrite the existing entry</source>
        <translation>{value} ужо ёсць у архіве; выкарыстайце іншы ідэнтыфікатар або імпартуйце з --replace, каб перапісаць існы запіс</translation>
    </message>
    <message>
        <source>refers to {value}, which is neither in this import nor in the archive&apos;s {target}</source>
        <translation>спасылаецца на {value}, якога няма ні ў гэтым імпарце, ні ў {target} архіва</translation>
    </message>
    <message>
        <source>unknown field; expected some of: {choices}</source>
        <translation>невядомае поле; чакаюцца: {choices}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>павінна быць спісам</translation>
    </message>
    <message>
        <source>a relation needs exactly one of other_person_id and org_id</source>
        <translation>у сувязі павінна быць роўна адно з other_person_id і org_id</translation>
    </message>
    <message>
        <source>is required when qualifier is &apos;between&apos;</source>
        <translation>абавязковае, калі qualifier — &apos;between&apos;</translation>
    </message>
    <message>
        <source>{high} is below value {value}</source>
        <translation>{high} меншае за value {value}</translation>
    </message>
    <message>
        <source>a sentence cannot add to itself</source>
        <translation>прысуд не можа дапаўняць сам сябе</translation>
    </message>
    <message>
        <source>{end} is before the start {start}</source>
        <translation>{end} раней за пачатак {start}</translation>
    </message>
    <message>
        <source>cannot be taken in: {reason}</source>
        <translation>нельга прыняць: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>няправільны JSON ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text ({reason})</source>
        <translation>не тэкст у UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save it as CSV UTF-8</source>
        <translation>не тэкст у UTF-8 (байт {byte}); захавайце файл як CSV UTF-8</translation>
    </message>
    <message>
        <source>not a readable zip file ({reason})</source>
        <translation>не чытэльны файл zip ({reason})</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes from {packed} packed (a zip bomb, or far too large); it was not unpacked. Unpack the zip yourself and import its files</source>
        <translation>распакоўваецца ў больш як {limit} байт з {packed} сціснутых (zip-бомба або зашмат даных); не распакаваны. Распакуйце zip самі і імпартуйце яго файлы</translation>
    </message>
    <message>
        <source>is encrypted or packed in a way Kartoteka does not read; unpack the zip yourself and import its files</source>
        <translation>зашыфраваны або сціснуты спосабам, якога Kartoteka не чытае; распакуйце zip самі і імпартуйце яго файлы</translation>
    </message>
    <message>
        <source>give either data or file, not both</source>
        <translation>пакажыце data або file, але не абодва</translation>
    </message>
    <message>
        <source>must be a file name</source>
        <translation>павінна быць назва файла</translation>
    </message>
    <message>
        <source>about {size} bytes is more than an attachment may have ({limit} bytes)</source>
        <translation>каля {size} байт — больш, чым можа мець укладанне ({limit} байт)</translation>
    </message>
    <message>
        <source>is not base64 text</source>
        <translation>не тэкст base64</translation>
    </message>
    <message>
        <source>cannot read the header ({reason})</source>
        <translation>не ўдаецца прачытаць загаловак ({reason})</translation>
    </message>
    <message>
        <source>unknown column(s) {columns}; expected some of: {choices}</source>
        <translation>невядомыя слупкі {columns}; чакаюцца: {choices}</translation>
    </message>
    <message>
        <source>{cells} cells but the header has {columns} columns (a missing quote around a comma?)</source>
        <translation>ячэек: {cells}, а ў загалоўку слупкоў: {columns} (няма двукоссяў вакол коскі?)</translation>
    </message>
    <message>
        <source>cannot read the row ({reason})</source>
        <translation>не ўдаецца прачытаць радок ({reason})</translation>
    </message>
    <message>
        <source>unknown file name; expected some of: {choices}</source>
        <translation>невядомая назва файла; чакаюцца: {choices}</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>пададзены больш за адзін раз</translation>
    </message>
    <message>
        <source>must name an entry of {file} in this import (nested rows are imported together with their entry)</source>
        <translation>павінна называць запіс з {file} у гэтым імпарце (укладзеныя радкі імпартуюцца разам са сваім запісам)</translation>
    </message>
    <message>
        <source>must name an entry of {file} in this import (citations are imported together with what they cite)</source>
        <translation>павінна называць запіс з {file} у гэтым імпарце (спасылкі на крыніцы імпартуюцца разам з тым, да чаго яны)</translation>
    </message>
    <message>
        <source>{name} is a web address; Kartoteka never downloads anything. Save the image next to the import files and give its file name</source>
        <translation>{name} — вэб-адрас; Kartoteka нічога не спампоўвае. Захавайце выяву побач з файламі імпарту і пакажыце назву яе файла</translation>
    </message>
    <message>
        <source>{name} must be a file name inside the import&apos;s folder or zip (no absolute paths, no &apos;..&apos;)</source>
        <translation>{name} павінна быць назвай файла ўнутры папкі або zip імпарту (без абсалютных шляхоў, без &apos;..&apos;)</translation>
    </message>
    <message>
        <source>{name} is not in {zip}</source>
        <translation>{name} няма ў {zip}</translation>
    </message>
    <message>
        <source>{name}: no such file in {folder}</source>
        <translation>{name}: такога файла ў {folder} няма</translation>
    </message>
    <message>
        <source>{size} bytes is more than an attachment may have ({limit} bytes)</source>
        <translation>{size} байт — больш, чым можа мець укладанне ({limit} байт)</translation>
    </message>
    <message>
        <source>{value} is not a date (write 18.08.1978, 08.1978 or 1978)</source>
        <translation>{value} — не дата (пішыце 18.08.1978, 08.1978 або 1978)</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>абавязковае, але пустое</translation>
    </message>
    <message>
        <source>{value} is not a status this import knows (for example: Political prisoner, Палітвязень, Бывший политзаключённый)</source>
        <translation>{value} — статус, якога гэты імпарт не ведае (напрыклад: Political prisoner, Палітвязень, Бывший политзаключённый)</translation>
    </message>
    <message>
        <source>not a list with a &apos;Name and surname&apos; column</source>
        <translation>не спіс са слупком &apos;Name and surname&apos;</translation>
    </message>
    <message>
        <source>{place} row {row}</source>
        <translation>{place}, радок {row}</translation>
    </message>
    <message>
        <source>{place} line {line}</source>
        <translation>{place}, радок {line}</translation>
    </message>
    <message>
        <source>{where}, field {field}</source>
        <translation>{where}, поле {field}</translation>
    </message>
    <message>
        <source>{where}, column {field}</source>
        <translation>{where}, слупок {field}</translation>
    </message>
    <message>
        <source>the photo is not in this archive</source>
        <translation>гэтага фота няма ў архіве</translation>
    </message>
    <message>
        <source>the file is larger than an archive may hold</source>
        <translation>файл большы, чым можа захоўваць архіў</translation>
    </message>
    <message>
        <source>the file is not a JPEG, PNG, GIF or WebP image</source>
        <translation>файл — не выява JPEG, PNG, GIF ці WebP</translation>
    </message>
    <message>
        <source>the file is another kind of image than the archive says</source>
        <translation>файл — выява іншага тыпу, чым піша архіў</translation>
    </message>
    <message>
        <source>the image declares far too many pixels (it may be a decompression bomb)</source>
        <translation>выява заяўляе занадта шмат пікселяў (магчыма, гэта «дэкампрэсійная бомба»)</translation>
    </message>
    <message>
        <source>{table}: the id {id} is used by {count} entries</source>
        <translation>{table}: ідэнтыфікатар {id} маюць некалькі запісаў ({count})</translation>
    </message>
    <message>
        <source>{table}: {count} entries have no usable id (missing, empty or not text)</source>
        <translation>{table}: запісы без прыдатнага ідэнтыфікатара ({count}: яго няма, ён пусты або не тэкст)</translation>
    </message>
    <message>
        <source>{table} has {rows} rows for the {people} people, {strangers} of them for people not in the archive</source>
        <translation>{table} мае радкоў: {rows} на асоб: {people}; з іх для асоб, якіх няма ў архіве: {strangers}</translation>
    </message>
    <message>
        <source>{table}.{column} does not rank each of the {people} people once ({misplaced} ranks repeat, skip or are not numbers)</source>
        <translation>{table}.{column} не дае кожнай з асоб ({people}) аднаго месца ў парадку (месцы, што паўтараюцца, прапушчаны або не лікі: {misplaced})</translation>
    </message>
    <message>
        <source>CHECK constraint failed in {table}</source>
        <translation>запіс у {table} парушае правіла фармату архіва</translation>
    </message>
    <message>
        <source>row {row} missing from index {index}</source>
        <translation>радка {row} няма ў індэксе {index}</translation>
    </message>
    <message>
        <source>wrong # of entries in index {index}</source>
        <translation>у індэксе {index} няправільная колькасць запісаў</translation>
    </message>
    <message>
        <source>NULL value in {table}.{column}</source>
        <translation>{table}.{column} пустое там, дзе патрэбна значэнне</translation>
    </message>
    <message>
        <source>non-unique entry in index {index}</source>
        <translation>у індэксе {index} двойчы ёсць запіс, які мусіць быць адзіным</translation>
    </message>
    <message>
        <source>{evidence}</source>
        <translation>SQLite паведамляе: {evidence}</translation>
    </message>
    <message>
        <source>{index} indexes {indexed} rows but {table} has {rows}</source>
        <translation>{index} індэксуе радкоў: {indexed}, а ў {table} іх {rows}</translation>
    </message>
    <message>
        <source>Check the archive again to see the problems.</source>
        <translation>Праверце архіў зноў, каб убачыць праблемы.</translation>
    </message>
    <message>
        <source>No person with the id or name {people} in {file}; check the names and ids of the people to leave out (nothing was written).</source>
        <translation>У {file} няма чалавека з id або імем {people}; праверце імёны і id людзей, якіх трэба выключыць (нічога не запісана).</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} — гэта папка. Выберыце назву файла.</translation>
    </message>
    <message>
        <source>{path}: exists and is not an empty folder. Choose a new or empty folder.</source>
        <translation>{path}: ужо існуе і не з’яўляецца пустой папкай. Выберыце новую або пустую папку.</translation>
    </message>
    <message>
        <source>{path}: cannot write in {folder} ({reason}). Choose a folder you can write to.</source>
        <translation>{path}: нельга пісаць у {folder} ({reason}). Выберыце папку, у якую можна пісаць.</translation>
    </message>
    <message>
        <source>{path}: the publishable copy could not be written ({reason}); nothing was written. Free some space or choose another folder.</source>
        <translation>{path}: копію для публікацыі не ўдалося запісаць ({reason}); нічога не запісана. Вызваліце месца або выберыце іншую папку.</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be decoded</source>
        <translation>выява пашкоджаная, яе немагчыма раскадаваць</translation>
    </message>
</context>
<context>
    <name>EventKindLabel</name>
    <message>
        <source>Detained</source>
        <translation>Затрыманне</translation>
    </message>
    <message>
        <source>Administrative detention</source>
        <translation>Адміністрацыйны арышт</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Абвінавачванне</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>Прысуд</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Этапаванне</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Вызваленне</translation>
    </message>
    <message>
        <source>Pardoned</source>
        <translation>Памілаванне</translation>
    </message>
    <message>
        <source>Exiled</source>
        <translation>Выезд з краіны</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Смерць</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Выбары</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Пратэст</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
</context>
<context>
    <name>ExactToggle</name>
    <message>
        <source>Exact</source>
        <translation>Дакладна</translation>
    </message>
    <message>
        <source>Exact spelling</source>
        <translation>Дакладнае напісанне</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Kartoteka annotations (*.json);;All files (*)</source>
        <translation>Анатацыі Kartoteka (*.json);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Экспарт анатацый</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Імпарт анатацый</translation>
    </message>
    <message>
        <source>tag “{name}”</source>
        <translation>тэг «{name}»</translation>
    </message>
    <message>
        <source>tag “{name}” on {entry}</source>
        <translation>тэг «{name}» ({entry})</translation>
    </message>
    <message>
        <source>correction of {field} on {entry}: {body}</source>
        <translation>выпраўленне поля «{field}» ({entry}): {body}</translation>
    </message>
    <message>
        <source>note on {entry}: {body}</source>
        <translation>нататка ({entry}): {body}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Tag “{name}”, colour {colour}</source>
        <translation>Тэг «{name}», колер {colour}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Чаму: {reason}</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>не вырашана</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(выдалена)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annotations</source>
        <translation>Экспарт анатацый</translation>
    </message>
    <message>
        <source>All annotations of this archive</source>
        <translation>Усе анатацыі гэтага архіва</translation>
    </message>
    <message>
        <source>the person shown</source>
        <translation>паказаная асоба</translation>
    </message>
    <message>
        <source>Annotations of {name}</source>
        <translation>Анатацыі: {name}</translation>
    </message>
    <message>
        <source>Entries tagged</source>
        <translation>Запісы з тэгам</translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Тэг для экспарту</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>Exchange file, with history (another archivist can import it)</source>
        <translation>Файл абмену з гісторыяй (іншы архівіст можа яго імпартаваць)</translation>
    </message>
    <message>
        <source>Plain JSON for reading (cannot be imported)</source>
        <translation>Просты JSON для чытання (імпартаваць нельга)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Экспарт у файл</translation>
    </message>
    <message>
        <source>File to write (.json)</source>
        <translation>Файл для запісу (.json)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Агляд…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспартаваць</translation>
    </message>
    <message>
        <source>Open an archive first.</source>
        <translation>Спачатку адкрыйце архіў.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберыце файл для запісу.</translation>
    </message>
    <message>
        <source>Exported {n} annotations and {t} tags to {path}.</source>
        <translation>Экспартавана ў {path}: анатацый — {n}, тэгаў — {t}.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Value</source>
        <translation>Значэнне</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Асобы</translation>
    </message>
</context>
<context>
    <name>FacetsPane</name>
    <message>
        <source>None in this list</source>
        <translation>Няма ў гэтым спісе</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Criminal-code article</source>
        <translation>Артыкул КК</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтры</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Ачысціць усё</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Ачысціць усе фільтры</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тэгі</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Гады</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>З якога года</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Па які год</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любы</translation>
    </message>
</context>
<context>
    <name>FacilityKindLabel</name>
    <message>
        <source>Temporary detention facility</source>
        <translation>Ізалятар часовага ўтрымання</translation>
    </message>
    <message>
        <source>Pre-trial detention centre</source>
        <translation>Следчы ізалятар</translation>
    </message>
    <message>
        <source>Penal colony</source>
        <translation>Папраўчая калонія</translation>
    </message>
    <message>
        <source>Colony settlement</source>
        <translation>Калонія-пасяленне</translation>
    </message>
    <message>
        <source>Open-type correctional institution</source>
        <translation>Папраўчая ўстанова адкрытага тыпу</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Турма</translation>
    </message>
    <message>
        <source>Medical labour centre</source>
        <translation>Лячэбна-працоўны прафілакторый</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Псіхіятрычная бальніца</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Месца ўтрымання</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Статус з</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Біяграфія</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind of term</source>
        <translation>Від пакарання</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Тэрмін (месяцаў)</translation>
    </message>
    <message>
        <source>Term as written</source>
        <translation>Тэрмін (тэкстам)</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Рэжым</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Суддзя</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Абвінавачванні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тэкст</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Аўтар</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Дзе сказана</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Тып падзеі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Тып установы</translation>
    </message>
    <message>
        <source>Postal address (Russian)</source>
        <translation>Паштовы адрас (па-руску)</translation>
    </message>
    <message>
        <source>Postal address (Belarusian)</source>
        <translation>Паштовы адрас (па-беларуску)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Дата публікацыі</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Надзейнасць</translation>
    </message>
</context>
<context>
    <name>FileWatchController</name>
    <message>
        <source>This archive was deleted or moved on disk by another program. What is shown stays readable until you close it.</source>
        <translation>Гэты архіў выдаліла або перамясціла на дыску іншая праграма. Тое, што паказана, можна чытаць, пакуль вы яго не зачыніце.</translation>
    </message>
    <message>
        <source>This archive was replaced on disk by another program.</source>
        <translation>Гэты архіў замяніла на дыску іншая праграма.</translation>
    </message>
    <message>
        <source>This archive was changed on disk by another program.</source>
        <translation>Гэты архіў змяніла на дыску іншая праграма.</translation>
    </message>
</context>
<context>
    <name>GoneWords</name>
    <message>
        <source>not in either edition</source>
        <translation>няма ні ў адным выпуску</translation>
    </message>
    <message>
        <source>removed in the new edition</source>
        <translation>выдалены ў новым выпуску</translation>
    </message>
    <message>
        <source>removed in the new edition, with {name} ({id})</source>
        <translation>выдалены ў новым выпуску разам з асобай {name} ({id})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>створана</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>зменена</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>выдалена</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>адменена</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>аб&apos;яднана</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпартавана</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>канфлікт вырашаны</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чарнавік</translation>
    </message>
    <message>
        <source>tag {name}</source>
        <translation>тэг {name}</translation>
    </message>
    <message>
        <source>(why: {reason})</source>
        <translation>(чаму: {reason})</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(выдалена)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дзеянне</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стала</translation>
    </message>
    <message>
        <source>No revisions recorded.</source>
        <translation>Ніводнай версіі не запісана.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Keep mine</source>
        <translation>Пакінуць маё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Узяць іхняе</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Пакінуць абодва</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Імпарт анатацый</translation>
    </message>
    <message>
        <source>From {file}: {a} to add, {c} to change, {d} to delete, {k} conflicts, {u} already here.</source>
        <translation>З {file}: дадаць — {a}, змяніць — {c}, выдаліць — {d}, канфліктаў — {k}, ужо ёсць — {u}.</translation>
    </message>
    <message>
        <source>Added ({n})</source>
        <translation>Дададзена ({n})</translation>
    </message>
    <message>
        <source>Changed ({n})</source>
        <translation>Зменена ({n})</translation>
    </message>
    <message>
        <source>Deleted ({n})</source>
        <translation>Выдалена ({n})</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Канфлікты ({n})</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Нічога.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Маё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Іхняе</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Пакінуць маё для ўсіх</translation>
    </message>
    <message>
        <source>Take theirs for all</source>
        <translation>Узяць іхняе для ўсіх</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this store)</source>
        <translation>&lt;b&gt;Маё&lt;/b&gt; (гэтае сховішча)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (the file)</source>
        <translation>&lt;b&gt;Іхняе&lt;/b&gt; (файл)</translation>
    </message>
    <message numerus="yes">
        <source>{n} conflict(s) still need a decision before importing.</source>
        <translation>
            <numerusform>{n} канфлікт яшчэ патрабуе рашэння перад імпартам.</numerusform>
            <numerusform>{n} канфлікты яшчэ патрабуюць рашэння перад імпартам.</numerusform>
            <numerusform>{n} канфліктаў яшчэ патрабуюць рашэння перад імпартам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Apply.</source>
        <translation>Нічога не запісваецца, пакуль вы не націсніце «Ужыць».</translation>
    </message>
</context>
<context>
    <name>InverseRelationLabel</name>
    <message>
        <source>spouse of</source>
        <translation>муж або жонка:</translation>
    </message>
    <message>
        <source>child of</source>
        <translation>дзіця:</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>бацька або маці:</translation>
    </message>
    <message>
        <source>relative of</source>
        <translation>сваяк:</translation>
    </message>
    <message>
        <source>co-defendant of</source>
        <translation>падсудны ў той жа справе:</translation>
    </message>
    <message>
        <source>associate of</source>
        <translation>паплечнік:</translation>
    </message>
    <message>
        <source>campaign ally of</source>
        <translation>саюзнік па кампаніі:</translation>
    </message>
    <message>
        <source>opponent of</source>
        <translation>апанент:</translation>
    </message>
    <message>
        <source>ally of</source>
        <translation>саюзнік:</translation>
    </message>
    <message>
        <source>advised by</source>
        <translation>дарадца:</translation>
    </message>
    <message>
        <source>tried by judge</source>
        <translation>суддзя па справе:</translation>
    </message>
    <message>
        <source>prosecuted by</source>
        <translation>пракурор па справе:</translation>
    </message>
    <message>
        <source>represented by lawyer</source>
        <translation>адвакат:</translation>
    </message>
    <message>
        <source>has member</source>
        <translation>удзельнік:</translation>
    </message>
    <message>
        <source>led by</source>
        <translation>кіраўнік:</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>утрымлівае:</translation>
    </message>
    <message>
        <source>employs</source>
        <translation>супрацоўнік:</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>сувязь:</translation>
    </message>
</context>
<context>
    <name>LanguageLabel</name>
    <message>
        <source>Belarusian</source>
        <translation>беларуская</translation>
    </message>
    <message>
        <source>Belarusian (Cyrillic)</source>
        <translation>беларуская (кірыліца)</translation>
    </message>
    <message>
        <source>Belarusian (Latin)</source>
        <translation>беларуская (лацінка)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>руская</translation>
    </message>
    <message>
        <source>Russian (Cyrillic)</source>
        <translation>руская (кірыліца)</translation>
    </message>
    <message>
        <source>Russian (Latin)</source>
        <translation>руская (лацінка)</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украінская</translation>
    </message>
    <message>
        <source>Ukrainian (Cyrillic)</source>
        <translation>украінская (кірыліца)</translation>
    </message>
    <message>
        <source>Ukrainian (Latin)</source>
        <translation>украінская (лацінка)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>англійская</translation>
    </message>
    <message>
        <source>German</source>
        <translation>нямецкая</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польская</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>літоўская</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французская</translation>
    </message>
</context>
<context>
    <name>LettersController</name>
    <message>
        <source>The People list is shown again: the person chosen is not in the Letters list (not in custody, or further down than it has read).</source>
        <translation>Зноў паказаны спіс «Асобы»: абраны чалавек не ў спісе «Лісты» (не пад вартай або далей, чым спіс прачытаны).</translation>
    </message>
    <message>
        <source>Letters to political prisoners — {date}</source>
        <translation>Лісты палітвязням — {date}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {n} people in custody.</source>
        <translation>
            <numerusform>Запісаны {file}: {n} чалавек пад вартай.</numerusform>
            <numerusform>Запісаны {file}: {n} чалавекі пад вартай.</numerusform>
            <numerusform>Запісаны {file}: {n} чалавек пад вартай.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPane</name>
    <message>
        <source>Envelopes in Russian</source>
        <translation>Канверты па-руску</translation>
    </message>
    <message>
        <source>Envelopes in Belarusian</source>
        <translation>Канверты па-беларуску</translation>
    </message>
    <message>
        <source>Language of the envelopes</source>
        <translation>Мова канвертаў</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспарт у CSV…</translation>
    </message>
    <message>
        <source>Printable page…</source>
        <translation>Старонка для друку…</translation>
    </message>
    <message>
        <source>The people in custody among those the search and filters select, birthdays of this month first.</source>
        <translation>Тыя, хто пад вартай, сярод абраных пошукам і фільтрамі; спачатку дні нараджэння гэтага месяца.</translation>
    </message>
    <message>
        <source>Letters — reading…</source>
        <translation>Лісты — чытаецца…</translation>
    </message>
    <message numerus="yes">
        <source>Letters — {n} people in custody</source>
        <translation>
            <numerusform>Лісты — {n} чалавек пад вартай</numerusform>
            <numerusform>Лісты — {n} чалавекі пад вартай</numerusform>
            <numerusform>Лісты — {n} чалавек пад вартай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} people in custody</source>
        <translation>
            <numerusform>{n} чалавек пад вартай</numerusform>
            <numerusform>{n} чалавекі пад вартай</numerusform>
            <numerusform>{n} чалавек пад вартай</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the letters list as CSV</source>
        <translation>Экспарт спісу для лістоў у CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the letters list as a printable page</source>
        <translation>Захаваць спіс для лістоў як старонку для друку</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Web pages (*.html)</source>
        <translation>Дакументы PDF (*.pdf);;Вэб-старонкі (*.html)</translation>
    </message>
</context>
<context>
    <name>LettersText</name>
    <message numerus="yes">
        <source>{n} people in custody</source>
        <translation>
            <numerusform>{n} чалавек пад вартай</numerusform>
            <numerusform>{n} чалавекі пад вартай</numerusform>
            <numerusform>{n} чалавек пад вартай</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: {date}</source>
        <translation>Дзень нараджэння: {date}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Атрымальнік</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Дзень нараджэння</translation>
    </message>
    <message>
        <source>Held in</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Папярэджанні</translation>
    </message>
    <message>
        <source>held incommunicado: letters are not delivered</source>
        <translation>трымаюць у ізаляцыі: лісты не даходзяць</translation>
    </message>
    <message>
        <source>where they are held is not known</source>
        <translation>невядома, дзе ўтрымліваецца</translation>
    </message>
    <message>
        <source>the facility&apos;s postal address is not in the archive</source>
        <translation>паштовага адраса ўстановы няма ў архіве</translation>
    </message>
    <message>
        <source>the address is only known in the other language</source>
        <translation>адрас вядомы толькі на іншай мове</translation>
    </message>
    <message>
        <source>Belarusian address not in the archive; Russian shown</source>
        <translation>Беларускага адраса ў архіве няма; паказаны рускі</translation>
    </message>
    <message>
        <source>Russian address not in the archive; Belarusian shown</source>
        <translation>Рускага адраса ў архіве няма; паказаны беларускі</translation>
    </message>
</context>
<context>
    <name>ListMode</name>
    <message>
        <source>People</source>
        <translation>Асобы</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Лісты</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Checking the archive…</source>
        <translation>Праверка архіва…</translation>
    </message>
    <message>
        <source>Another program is writing this archive: making a private copy to read…</source>
        <translation>Іншая праграма запісвае гэты архіў: робіцца прыватная копія для чытання…</translation>
    </message>
    <message>
        <source>Reading the list of people…</source>
        <translation>Чытаецца спіс людзей…</translation>
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
        <translation>Адкрыццё архіва</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход працы</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Адкрываецца {name}</translation>
    </message>
    <message numerus="yes">
        <source>{n} s so far</source>
        <translation>
            <numerusform>ужо {n} с</numerusform>
            <numerusform>ужо {n} с</numerusform>
            <numerusform>ужо {n} с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPane</name>
    <message>
        <source>Archive locked</source>
        <translation>Архіў заблакаваны</translation>
    </message>
    <message>
        <source>Open again…</source>
        <translation>Адкрыць зноў…</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>Адкрыць іншы архіў…</translation>
    </message>
    <message>
        <source>“{name}” was closed and its passphrase forgotten. Opening it again asks for the passphrase.</source>
        <translation>«{name}» закрыты, а яго парольная фраза забытая. Пры паўторным адкрыцці трэба будзе ўвесці парольную фразу.</translation>
    </message>
    <message>
        <source>“{name}” was closed. Nothing from it is on screen. It is not encrypted, so anyone with this computer can open the file itself.</source>
        <translation>«{name}» закрыты. На экране з яго нічога няма. Ён не зашыфраваны, таму любы, хто мае доступ да гэтага камп’ютара, можа адкрыць сам файл.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Archive is damaged</source>
        <translation>Архіў пашкоджаны</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>Немагчыма адкрыць архіў</translation>
    </message>
    <message>
        <source>Archive is in use</source>
        <translation>Архіў заняты</translation>
    </message>
    <message>
        <source>Cannot read archive</source>
        <translation>Немагчыма прачытаць архіў</translation>
    </message>
    <message>
        <source>Archive check took too long</source>
        <translation>Праверка архіва заняла зашмат часу</translation>
    </message>
    <message>
        <source>Archive is encrypted</source>
        <translation>Архіў зашыфраваны</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Няправільная парольная фраза</translation>
    </message>
    <message>
        <source>Value too large</source>
        <translation>Завялікае значэнне</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Файл не знойдзены</translation>
    </message>
    <message>
        <source>Archive is too new</source>
        <translation>Архіў занадта новы</translation>
    </message>
    <message>
        <source>Import rejected</source>
        <translation>Імпарт адхілены</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Not a Kartoteka archive</source>
        <translation>Гэта не архіў Kartoteka</translation>
    </message>
    <message>
        <source>Not an archive file</source>
        <translation>Гэта не файл архіва</translation>
    </message>
    <message>
        <source>Cannot write file</source>
        <translation>Немагчыма запісаць файл</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасавана</translation>
    </message>
    <message>
        <source>Query took too long</source>
        <translation>Запыт доўжыўся занадта доўга</translation>
    </message>
    <message>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Адкрыць &amp;нядаўнія</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Асноўная панэль інструментаў</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Архіў не адкрыты</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>толькі чытанне</translation>
    </message>
    <message>
        <source>Kartoteka never changes the archive file.</source>
        <translation>Kartoteka ніколі не змяняе файл архіва.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выконваецца</translation>
    </message>
    <message>
        <source>The new language takes effect when Kartoteka is started again.</source>
        <translation>Новая мова з’явіцца пасля перазапуску Kartoteka.</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>Няма нядаўніх архіваў</translation>
    </message>
    <message>
        <source>Cannot compare editions</source>
        <translation>Немагчыма параўнаць выданні</translation>
    </message>
    <message>
        <source>Cannot make a publishable copy</source>
        <translation>Немагчыма зрабіць копію для публікацыі</translation>
    </message>
    <message>
        <source>Redaction rules are not valid</source>
        <translation>Правілы выключэння няправільныя</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Спыніць праверку</translation>
    </message>
    <message>
        <source>Cancel the archive check</source>
        <translation>Спыніць праверку архіва</translation>
    </message>
    <message>
        <source>Stop checking this archive for damage; browsing goes on.</source>
        <translation>Больш не правяраць гэты архіў на пашкоджанні; праглядаць яго можна далей.</translation>
    </message>
</context>
<context>
    <name>MatchLevelLabel</name>
    <message>
        <source>as stored</source>
        <translation>як у архіве</translation>
    </message>
    <message>
        <source>in another script</source>
        <translation>іншым алфавітам</translation>
    </message>
    <message>
        <source>another romanization</source>
        <translation>іншая раманізацыя</translation>
    </message>
    <message>
        <source>another spelling of the name</source>
        <translation>іншае напісанне імя</translation>
    </message>
    <message>
        <source>another language&apos;s spelling</source>
        <translation>напісанне іншай мовы</translation>
    </message>
    <message>
        <source>the same name in another language</source>
        <translation>тое ж імя на іншай мове</translation>
    </message>
    <message>
        <source>a declined form</source>
        <translation>скланёная форма</translation>
    </message>
    <message>
        <source>a short form of the name</source>
        <translation>скарочаная форма імя</translation>
    </message>
    <message>
        <source>the start of the name</source>
        <translation>пачатак імя</translation>
    </message>
    <message>
        <source>a typo</source>
        <translation>памылка друку</translation>
    </message>
    <message>
        <source>the archive states no patronymic for this person</source>
        <translation>архіў не ўтрымлівае імя па бацьку гэтага чалавека</translation>
    </message>
    <message>
        <source>not among this person&apos;s names</source>
        <translation>няма сярод імёнаў гэтага чалавека</translation>
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
        <translation>У архіве няма беларускага напісання; паказана так, як у архіве.</translation>
    </message>
    <message>
        <source>No Russian spelling in this archive; shown as the archive has it.</source>
        <translation>У архіве няма рускага напісання; паказана так, як у архіве.</translation>
    </message>
    <message>
        <source>No Latin (passport) spelling in this archive; shown as the archive has it.</source>
        <translation>У архіве няма лацінскага (пашпартнага) напісання; паказана так, як у архіве.</translation>
    </message>
</context>
<context>
    <name>NameSystemLabel</name>
    <message>
        <source>native spelling</source>
        <translation>арыгінальнае напісанне</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>пашпарт</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>Łacinka</source>
        <translation>лацінка</translation>
    </message>
    <message>
        <source>national romanization</source>
        <translation>нацыянальная лацінізацыя</translation>
    </message>
    <message>
        <source>Russian-based (media)</source>
        <translation>на рускай аснове (СМІ)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>нямецкая транслітарацыя</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польская транслітарацыя</translation>
    </message>
    <message>
        <source>alias or variant</source>
        <translation>псеўданім або варыянт</translation>
    </message>
    <message>
        <source>other</source>
        <translation>іншае</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note text</source>
        <translation>Тэкст нататкі</translation>
    </message>
    <message>
        <source>Type a note… (*italic*, **bold**, “- ” for a list; Ctrl+Enter saves)</source>
        <translation>Напішыце нататку… (*курсіў*, **тлусты**, «- » для спіса; Ctrl+Enter захоўвае)</translation>
    </message>
    <message>
        <source>Date the note is about</source>
        <translation>Дата, да якой адносіцца нататка</translation>
    </message>
    <message>
        <source>Date (optional)</source>
        <translation>Дата (неабав.)</translation>
    </message>
    <message>
        <source>The day, month or year the note is about: 2024-05-03, 2024-05 or 2024 (~2024 for about 2024). Dated notes appear on the timeline; leave it empty for a note without a date.</source>
        <translation>Дзень, месяц або год, да якога адносіцца нататка: 2024-05-03, 2024-05 або 2024 (~2024 — каля 2024). Нататкі з датай з’яўляюцца на храналогіі; пакіньце пустым для нататкі без даты.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Захаваць нататку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Stop editing and throw the text away</source>
        <translation>Спыніць рэдагаванне і адкінуць тэкст</translation>
    </message>
    <message>
        <source>Editing a note on {entry}</source>
        <translation>Рэдагаванне нататкі — {entry}</translation>
    </message>
    <message>
        <source>Recovered draft — not saved yet</source>
        <translation>Адноўлены чарнавік — яшчэ не захаваны</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Чарнавік не захаваны</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Чарнавік захаваны</translation>
    </message>
    <message>
        <source>Kept while locked — not saved yet</source>
        <translation>Захавана падчас блакавання — яшчэ не запісана</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Спачатку выберыце асобу.</translation>
    </message>
    <message>
        <source>Type a note first.</source>
        <translation>Спачатку напішыце нататку.</translation>
    </message>
    <message>
        <source>Not saved — the date is not a date</source>
        <translation>Не захавана — дата няправільная</translation>
    </message>
    <message>
        <source>Not saved — your text is still here</source>
        <translation>Не захавана — ваш тэкст застаўся тут</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Захавана</translation>
    </message>
    <message>
        <source>New note on {entry}</source>
        <translation>Новая нататка — {entry}</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Увод…</translation>
    </message>
</context>
<context>
    <name>OpenArchiveController</name>
    <message>
        <source>This archive is damaged: results may be incomplete.</source>
        <translation>Гэты архіў пашкоджаны: вынікі могуць быць няпоўнымі.</translation>
    </message>
    <message>
        <source>The search index of this archive is damaged: browsing works, search does not.</source>
        <translation>Пашкоджаны пошукавы паказальнік гэтага архіва: праглядаць можна, шукаць — не.</translation>
    </message>
    <message>
        <source>Another program was writing this archive, so Kartoteka reads a private copy of it ({size} in the temporary folder, deleted when it is closed).</source>
        <translation>Іншая праграма запісвала гэты архіў, таму Kartoteka чытае яго прыватную копію ({size} у часовай папцы; выдаляецца, калі архіў зачыняюць).</translation>
    </message>
    <message>
        <source>{file} beside the archive records an unfinished change; it was undone in Kartoteka&apos;s private copy (your files were not touched).</source>
        <translation>{file} побач з архівам сведчыць пра незавершаную змену; яна адменена ў прыватнай копіі Kartoteka (вашы файлы не кранутыя).</translation>
    </message>
    <message>
        <source>{file} beside the archive records an unfinished change spanning several files; it was ignored, so the archive may look incomplete or half-changed.</source>
        <translation>{file} побач з архівам сведчыць пра незавершаную змену ў некалькіх файлах; яе не ўлічана, таму архіў можа выглядаць няпоўным або змененым напалову.</translation>
    </message>
    <message>
        <source>{file} beside the archive is not a valid write-ahead log; it was ignored, so the most recent changes may be missing.</source>
        <translation>{file} побач з архівам — не сапраўдны журнал папераджальнага запісу; яго не ўлічана, таму апошніх змен можа не хапаць.</translation>
    </message>
    <message>
        <source>{file} beside the archive ends in the middle of a change; the complete changes were used and the cut one ignored.</source>
        <translation>{file} побач з архівам абрываецца пасярэдзіне змены; ужыты ўсе завершаныя змены, а абарваную не ўлічана.</translation>
    </message>
    <message>
        <source>{file} beside the archive holds changes that are not in the file itself; Kartoteka shows them, as SQLite would (your files were not touched).</source>
        <translation>{file} побач з архівам мае змены, якіх няма ў самім файле; Kartoteka паказвае іх, як зрабіў бы SQLite (вашы файлы не кранутыя).</translation>
    </message>
    <message>
        <source>The name index of {file} was built by an older version of Kartoteka, so name search may miss some spellings. To rebuild it into a new file (this one is not changed), run: {command}</source>
        <translation>Імянны індэкс {file} пабудаваны старэйшай версіяй Kartoteka, таму пошук па імёнах можа не знайсці некаторыя напісанні. Каб перабудаваць яго ў новы файл (гэты не змяняецца), выканайце: {command}</translation>
    </message>
    <message>
        <source>The name index of {file} was built by a newer version of Kartoteka, so name search may miss some spellings. To rebuild it into a new file (this one is not changed), run: {command}</source>
        <translation>Імянны індэкс {file} пабудаваны навейшай версіяй Kartoteka, таму пошук па імёнах можа не знайсці некаторыя напісанні. Каб перабудаваць яго ў новы файл (гэты не змяняецца), выканайце: {command}</translation>
    </message>
    <message>
        <source>The name index of {file} records a version that cannot be read, so name search may miss some spellings. To rebuild it into a new file (this one is not changed), run: {command}</source>
        <translation>Імянны індэкс {file} мае версію, якую нельга прачытаць, таму пошук па імёнах можа не знайсці некаторыя напісанні. Каб перабудаваць яго ў новы файл (гэты не змяняецца), выканайце: {command}</translation>
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
        <translation>Месца зняволення</translation>
    </message>
    <message>
        <source>Human rights organization</source>
        <translation>Праваабарончая арганізацыя</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Дзяржаўны орган</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Міжнародная арганізацыя</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партыя</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
</context>
<context>
    <name>Orphans</name>
    <message>
        <source>Every annotation belongs to an entry of this archive.</source>
        <translation>Кожная анатацыя належыць да запісу гэтага архіва.</translation>
    </message>
    <message>
        <source>tag “{name}”</source>
        <translation>тэг «{name}»</translation>
    </message>
    <message>
        <source>correction of {field}: {body}</source>
        <translation>выпраўленне поля {field}: {body}</translation>
    </message>
    <message numerus="yes">
        <source>{n} annotations refer to entries that are not in this edition of the archive. They are kept in the store and come back if an edition has the entries again.</source>
        <translation>
            <numerusform>{n} анатацыя спасылаецца на запісы, якіх няма ў гэтым выданні архіва. Яна захоўваецца ў сховішчы і вернецца, калі ў выданні зноў з’явяцца гэтыя запісы.</numerusform>
            <numerusform>{n} анатацыі спасылаюцца на запісы, якіх няма ў гэтым выданні архіва. Яны захоўваюцца ў сховішчы і вернуцца, калі ў выданні зноў з’явяцца гэтыя запісы.</numerusform>
            <numerusform>{n} анатацый спасылаюцца на запісы, якіх няма ў гэтым выданні архіва. Яны захоўваюцца ў сховішчы і вернуцца, калі ў выданні зноў з’явяцца гэтыя запісы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation>Ідэнтыфікатар запісу</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Анатацыя</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Аўтар</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму</translation>
    </message>
    <message>
        <source>To see why each entry is gone, use File ▸ Compare with another edition… with the earlier edition that had it.</source>
        <translation>Каб даведацца, чаму кожнага запісу няма, скарыстайце Файл ▸ Параўнаць з іншым выданнем… з ранейшым выданнем, у якім ён быў.</translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation>яшчэ не параўноўвалася</translation>
    </message>
</context>
<context>
    <name>OutputText</name>
    <message>
        <source>Export the sources of the people in the list</source>
        <translation>Экспартаваць крыніцы людзей са спісу</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted archive</source>
        <translation>Зашыфраваны архіў</translation>
    </message>
    <message>
        <source>Enter passphrase</source>
        <translation>Увядзіце парольную фразу</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; зашыфраваны. Увядзіце яго парольную фразу, каб адкрыць.</translation>
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
        <translation>Паказаныя асобы</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Парадак</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Асобы</translation>
    </message>
    <message>
        <source>No one found for “{text}”.</source>
        <translation>Па запыце «{text}» нікога не знойдзена.</translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Магчыма, вы мелі на ўвазе {link}?</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Г. н.</translation>
    </message>
    <message>
        <source>Latest term</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation>Апошняя падзея</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цытаты</translation>
    </message>
    <message>
        <source>Total term</source>
        <translation>Агульны тэрмін</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Чаканы канец</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Біяграфія</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Прысуд</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Абвінавачанне</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цытата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Падзея</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтры</translation>
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
        <translation>Нататка або тэг</translation>
    </message>
    <message>
        <source>matches the filters</source>
        <translation>адпавядае фільтрам</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Супадзенне</translation>
    </message>
    <message>
        <source>Why this person matched the search</source>
        <translation>Чаму гэтая асоба адпавядае пошуку</translation>
    </message>
    <message numerus="yes">
        <source>{total} people</source>
        <translation>
            <numerusform>{total} асоба</numerusform>
            <numerusform>{total} асобы</numerusform>
            <numerusform>{total} асоб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} people</source>
        <translation>
            <numerusform>{shown} з {total} асобы</numerusform>
            <numerusform>{shown} з {total} асоб</numerusform>
            <numerusform>{shown} з {total} асоб</numerusform>
        </translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Адпаведнасць</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>{entry} (not shown above)</source>
        <translation>{entry} (не паказана вышэй)</translation>
    </message>
    <message>
        <source>{entry}: this field is no longer in the record</source>
        <translation>{entry}: гэтага поля больш няма ў картцы</translation>
    </message>
    <message numerus="yes">
        <source>{n} year(s)</source>
        <translation>
            <numerusform>{n} год</numerusform>
            <numerusform>{n} гады</numerusform>
            <numerusform>{n} гадоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} month(s)</source>
        <translation>
            <numerusform>{n} месяц</numerusform>
            <numerusform>{n} месяцы</numerusform>
            <numerusform>{n} месяцаў</numerusform>
        </translation>
    </message>
    <message>
        <source>{entry}: this entry is no longer in the record</source>
        <translation>{entry}: гэтага запісу больш няма ў картцы</translation>
    </message>
    <message>
        <source>the archive said {was} when proposed, now {now}</source>
        <translation>у архіве было {was}, калі прапанавалі, цяпер {now}</translation>
    </message>
    <message>
        <source>the archive says {was}</source>
        <translation>у архіве: {was}</translation>
    </message>
    <message>
        <source>⚑ Proposed — {field}: {value}</source>
        <translation>⚑ Прапанавана — {field}: {value}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пуста)</translation>
    </message>
    <message>
        <source>… and {n} more, not shown here (Copy record as text has them all).</source>
        <translation>… і яшчэ {n}, тут не паказаныя (усе ёсць у «Капіяваць запіс як тэкст»).</translation>
    </message>
    <message>
        <source>… and {n} more, not shown here (an export of the archive has them all).</source>
        <translation>… і яшчэ {n}, тут не паказаныя (усе ёсць у экспарце архіва).</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Дата невядомая</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Сувязі</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Прысуды</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>невядомы аўтар</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цытаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <source>Other proposed corrections</source>
        <translation>Іншыя прапанаваныя выпраўленні</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>прапанавана</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>прычына не пазначана</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Чаму:</translation>
    </message>
    <message>
        <source>in absentia</source>
        <translation>завочна</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Суд:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Суддзя:</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <source>since</source>
        <translation>з</translation>
    </message>
    <message>
        <source>born</source>
        <translation>нар.</translation>
    </message>
    <message>
        <source>cite as…</source>
        <translation>цытаваць як…</translation>
    </message>
    <message>
        <source>Held in:</source>
        <translation>Месца ўтрымання:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Паштовы адрас:</translation>
    </message>
    <message>
        <source>Prosecutor:</source>
        <translation>Пракурор:</translation>
    </message>
    <message>
        <source>Lawyer:</source>
        <translation>Адвакат:</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата невядомая</translation>
    </message>
    <message>
        <source>dates unknown</source>
        <translation>даты невядомыя</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>з {date}</translation>
    </message>
    <message>
        <source>a place the sources do not name</source>
        <translation>месца, якое крыніцы не называюць</translation>
    </message>
    <message>
        <source>held incommunicado: letters are not delivered</source>
        <translation>трымаюць у ізаляцыі: лісты не даходзяць</translation>
    </message>
    <message>
        <source>recognized by {org}</source>
        <translation>прызнанне: {org}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>цяпер</translation>
    </message>
    <message>
        <source>Custody and transfers</source>
        <translation>Утрыманне пад вартай і этапы</translation>
    </message>
    <message>
        <source>Cannot display this photo: {problem}.</source>
        <translation>Немагчыма паказаць гэта фота: {problem}.</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Фота загружаецца…</translation>
    </message>
    <message>
        <source>Appeal, {date}: {outcome}</source>
        <translation>Апеляцыя, {date}: {outcome}</translation>
    </message>
    <message>
        <source>(term now {n} months)</source>
        <translation>(тэрмін цяпер {n} мес.)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фота</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>(з {date})</translation>
    </message>
    <message>
        <source>licence: {licence}</source>
        <translation>ліцэнзія: {licence}</translation>
    </message>
    <message>
        <source>cannot display: {problem}</source>
        <translation>немагчыма паказаць: {problem}</translation>
    </message>
    <message>
        <source>Term counted from: {date}</source>
        <translation>Тэрмін лічыцца з: {date}</translation>
    </message>
    <message>
        <source>between {earliest} and {latest}</source>
        <translation>паміж {earliest} і {latest}</translation>
    </message>
    <message>
        <source>End of term: {date}</source>
        <translation>Канец тэрміну: {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Born: {date}</source>
        <translation>Дата нараджэння: {date}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Месца: {place}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Ролі: {roles}</translation>
    </message>
    <message>
        <source>Held in: {place}</source>
        <translation>Месца ўтрымання: {place}</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Імёны</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Прызнанне</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Зняволенне</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фота</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Біяграфія</translation>
    </message>
    <message>
        <source>{section}:</source>
        <translation>{section}:</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>апублікаваў(-ла)</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>З:</translation>
    </message>
    <message>
        <source>confidence:</source>
        <translation>надзейнасць:</translation>
    </message>
    <message>
        <source>copy URL</source>
        <translation>капіяваць URL</translation>
    </message>
    <message>
        <source>copy citation</source>
        <translation>капіяваць спасылку</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Person record</source>
        <translation>Картка асобы</translation>
    </message>
    <message>
        <source>Right and Left move between links; Enter follows one; Tab leaves the record</source>
        <translation>Управа і Улева — ад спасылкі да спасылкі; Enter адкрывае спасылку; Tab выходзіць з карткі</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>Выберыце асобу ў спісе.</translation>
    </message>
    <message>
        <source>Record copied as text.</source>
        <translation>Картка скапіявана як тэкст.</translation>
    </message>
    <message>
        <source>Citation [{n}] copied.</source>
        <translation>Спасылка [{n}] скапіявана.</translation>
    </message>
    <message>
        <source>URL copied (not opened: Kartoteka works offline).</source>
        <translation>URL скапіяваны (не адкрыты: Kartoteka працуе без сеткі).</translation>
    </message>
    <message>
        <source>Exact date (EDTF): {edtf}</source>
        <translation>Дакладная дата (EDTF): {edtf}</translation>
    </message>
    <message>
        <source>Show this person</source>
        <translation>Паказаць гэтую асобу</translation>
    </message>
    <message>
        <source>Go to source {n}</source>
        <translation>Перайсці да крыніцы {n}</translation>
    </message>
    <message>
        <source>Copy the URL (Kartoteka never opens it)</source>
        <translation>Капіяваць URL (Kartoteka ніколі яго не адкрывае)</translation>
    </message>
    <message>
        <source>Copy this citation</source>
        <translation>Капіяваць гэтую спасылку</translation>
    </message>
    <message>
        <source>Copy or save this citation as CSL-JSON, RIS or BibTeX</source>
        <translation>Скапіраваць ці захаваць гэтую цытату ў CSL-JSON, RIS ці BibTeX</translation>
    </message>
    <message>
        <source>A correction of {field} is proposed (shown below it)</source>
        <translation>Прапанавана выпраўленне поля «{field}» (паказана ніжэй)</translation>
    </message>
    <message>
        <source>A correction of this value is proposed (shown below it)</source>
        <translation>Да гэтага значэння прапанавана выпраўленне (паказана ніжэй)</translation>
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
        <translation>не менш за {term}</translation>
    </message>
    <message>
        <source>{least} to {most}</source>
        <translation>ад {least} да {most}</translation>
    </message>
    <message>
        <source>added to the sentence of {date}</source>
        <translation>дададзена да прысуду ад {date}</translation>
    </message>
    <message>
        <source>added to an earlier sentence</source>
        <translation>дададзена да ранейшага прысуду</translation>
    </message>
    <message>
        <source>Total term: {term}</source>
        <translation>Агульны тэрмін: {term}</translation>
    </message>
    <message>
        <source>Served: {served}</source>
        <translation>Адбыта: {served}</translation>
    </message>
    <message>
        <source>Served: {served}, counted from the detention of {date}</source>
        <translation>Адбыта: {served}, лічачы ад затрымання ({date})</translation>
    </message>
    <message>
        <source>Served: {served}, counted from {date}</source>
        <translation>Адбыта: {served}, лічачы ад пачатку тэрміну ({date})</translation>
    </message>
    <message>
        <source>Served: {served}, counted from the sentence of {date}</source>
        <translation>Адбыта: {served}, лічачы ад прысуду ({date})</translation>
    </message>
    <message>
        <source>Expected end of term: {date}</source>
        <translation>Чаканы канец тэрміну: {date}</translation>
    </message>
    <message>
        <source>Custody ended: {date}</source>
        <translation>Вызвалены(-ая): {date}</translation>
    </message>
    <message>
        <source>Held in: {place}</source>
        <translation>Месца ўтрымання: {place}</translation>
    </message>
    <message>
        <source>Held in: {place} (since {date})</source>
        <translation>Месца ўтрымання: {place} (з {date})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Status: {status} since {date}</source>
        <translation>Статус: {status} з {date}</translation>
    </message>
    <message>
        <source>Sentenced in absentia: nothing served</source>
        <translation>Асуджаны(-ая) завочна: тэрмін не адбываецца</translation>
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
        <translation>{citation} (дакладнасць: {confidence})</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата невядомая</translation>
    </message>
    <message numerus="yes">
        <source>{n} year(s)</source>
        <translation>
            <numerusform>{n} год</numerusform>
            <numerusform>{n} гады</numerusform>
            <numerusform>{n} гадоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} month(s)</source>
        <translation>
            <numerusform>{n} месяц</numerusform>
            <numerusform>{n} месяцы</numerusform>
            <numerusform>{n} месяцаў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Annotation stores (*.sqlite *.db);;All files (*)</source>
        <translation>Сховішчы анатацый (*.sqlite *.db);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваша імя</translation>
    </message>
    <message>
        <source>Recorded with every note you write</source>
        <translation>Запісваецца з кожнай вашай нататкай</translation>
    </message>
    <message>
        <source>Per-user store</source>
        <translation>Сховішча карыстальніка</translation>
    </message>
    <message>
        <source>This file:</source>
        <translation>Гэты файл:</translation>
    </message>
    <message>
        <source>Annotation store file</source>
        <translation>Файл сховішча анатацый</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Агляд…</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваша імя:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>Анатацыі:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколі</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Хвілін бяздзейнасці да блакавання</translation>
    </message>
    <message>
        <source>Lock when idle:</source>
        <translation>Блакаваць пры бяздзейнасці:</translation>
    </message>
    <message>
        <source>Remember recent searches and files</source>
        <translation>Памятаць нядаўнія пошукі і файлы</translation>
    </message>
    <message>
        <source>Kept only in the annotation store (encrypted when the store is). Turning this off deletes what was kept.</source>
        <translation>Захоўваецца толькі ў сховішчы анатацый (зашыфраваным, калі сховішча зашыфраванае). Калі выключыць, захаванае будзе выдалена.</translation>
    </message>
    <message>
        <source>Clear history now</source>
        <translation>Ачысціць гісторыю зараз</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Гісторыя:</translation>
    </message>
    <message>
        <source>Portable: settings, notes and caches stay in {folder}</source>
        <translation>Партатыўны рэжым: налады, нататкі і кэш застаюцца ў {folder}</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашыфраваць парольнай фразай</translation>
    </message>
    <message>
        <source>Only a new store can be created encrypted; the file must not exist yet.</source>
        <translation>Зашыфраваным можна стварыць толькі новае сховішча; файла яшчэ не павінна існаваць.</translation>
    </message>
    <message>
        <source>Passphrase for the new store</source>
        <translation>Парольная фраза для новага сховішча</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Паўтарыце парольную фразу</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Паўтарыце яе</translation>
    </message>
    <message>
        <source>New store:</source>
        <translation>Новае сховішча:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шыфраванне:</translation>
    </message>
    <message>
        <source>No annotation store is open.</source>
        <translation>Сховішча анатацый не адкрытае.</translation>
    </message>
    <message>
        <source>The open store is encrypted.</source>
        <translation>Адкрытае сховішча зашыфраванае.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Змяніць парольную фразу…</translation>
    </message>
    <message>
        <source>The open store is not encrypted.</source>
        <translation>Адкрытае сховішча не зашыфраванае.</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>Зашыфраваць…</translation>
    </message>
    <message>
        <source>Type your name: it is recorded with every annotation.</source>
        <translation>Увядзіце сваё імя: яно запісваецца з кожнай анатацыяй.</translation>
    </message>
    <message>
        <source>Choose a file for the annotations, or the per-user store.</source>
        <translation>Выберыце файл для анатацый або сховішча карыстальніка.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} — гэта папка; выберыце імя файла.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папкі {path} не існуе.</translation>
    </message>
    <message>
        <source>Annotation store</source>
        <translation>Сховішча анатацый</translation>
    </message>
    <message>
        <source>Show names in</source>
        <translation>Паказваць імёны</translation>
    </message>
    <message>
        <source>Show names in:</source>
        <translation>Паказваць імёны:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>No one found for “{text}”.</source>
        <translation>Па запыце «{text}» нікога не знойдзена.</translation>
    </message>
    <message>
        <source>No exact match — similar names: {n}.</source>
        <translation>Дакладнага супадзення няма — падобныя імёны: {n}.</translation>
    </message>
    <message>
        <source>Did you mean “{s}”?</source>
        <translation>Магчыма, вы мелі на ўвазе «{s}»?</translation>
    </message>
    <message>
        <source>No one in the list. Clear the filters to see everybody.</source>
        <translation>У спісе нікога няма. Скіньце фільтры, каб убачыць усіх.</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>Выберыце асобу ў спісе.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Адкрываецца {name}…</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Архіў не адкрыты</translation>
    </message>
    <message>
        <source>{name} — Kartoteka</source>
        <translation>{name} — Kartoteka</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Адкрыта {name}.</translation>
    </message>
    <message>
        <source>Locked — Kartoteka</source>
        <translation>Заблакавана — Kartoteka</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблакавана</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Па&amp;ўтарыць</translation>
    </message>
    <message>
        <source>Check cancelled: this archive was not checked for damage.</source>
        <translation>Праверка спынена: гэты архіў не правераны на пашкоджанні.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Make a publishable copy</source>
        <translation>Зрабіць копію для публікацыі</translation>
    </message>
    <message>
        <source>Writes a new, decrypted archive without what you leave out, ready to serve with Datasette or load into Aleph or Uwazi. The open archive is not changed. Annotations are never included.</source>
        <translation>Запісвае новы, расшыфраваны архіў без таго, што вы выключыце, гатовы для Datasette або загрузкі ў Aleph ці Uwazi. Адкрыты архіў не змяняецца. Анатацыі ніколі не ўключаюцца.</translation>
    </message>
    <message>
        <source>People to leave out</source>
        <translation>Каго выключыць</translation>
    </message>
    <message>
        <source>The people of the current list</source>
        <translation>Людзей бягучага спіса</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>By tag:</source>
        <translation>Па тэгу:</translation>
    </message>
    <message>
        <source>Fields to leave out</source>
        <translation>Якія палі выключыць</translation>
    </message>
    <message>
        <source>Sources to leave out, by publisher</source>
        <translation>Якія крыніцы выключыць, па выдаўцы</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Заўсёды</translation>
    </message>
    <message>
        <source>Leave out annotations</source>
        <translation>Выключыць анатацыі</translation>
    </message>
    <message>
        <source>A publishable copy never holds annotations; share them with Export.</source>
        <translation>Копія для публікацыі ніколі не змяшчае анатацый; дзяліцеся імі праз Экспарт.</translation>
    </message>
    <message>
        <source>Replace the names of people left out in the text that stays</source>
        <translation>Замяніць імёны выключаных людзей у тэксце, які застаецца</translation>
    </message>
    <message>
        <source>What will be left out</source>
        <translation>Што будзе выключана</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Падлік…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Агляд…</translation>
    </message>
    <message>
        <source>Write into the new or empty folder:</source>
        <translation>Запісаць у новую або пустую папку:</translation>
    </message>
    <message>
        <source>Load rules…</source>
        <translation>Загрузіць правілы…</translation>
    </message>
    <message>
        <source>Save rules…</source>
        <translation>Захаваць правілы…</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Зрабіць копію</translation>
    </message>
    <message>
        <source>No tags in the annotation store</source>
        <translation>У сховішчы анатацый няма тэгаў</translation>
    </message>
    <message>
        <source>No source names a publisher.</source>
        <translation>Ні ў адной крыніцы не названы выдавец.</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({n} sources)</source>
        <translation>
            <numerusform>{name} ({n} крыніца)</numerusform>
            <numerusform>{name} ({n} крыніцы)</numerusform>
            <numerusform>{name} ({n} крыніц)</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of the current list (no filter is on)</source>
        <translation>Людзей бягучага спіса (фільтр не ўключаны)</translation>
    </message>
    <message numerus="yes">
        <source>The people of the current list: {chips} ({n} people)</source>
        <translation>
            <numerusform>Людзей бягучага спіса: {chips} ({n} чалавек)</numerusform>
            <numerusform>Людзей бягучага спіса: {chips} ({n} чалавекі)</numerusform>
            <numerusform>Людзей бягучага спіса: {chips} ({n} чалавек)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Пакінуць</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Выключыць</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Толькі год</translation>
    </message>
    <message>
        <source>The dialog&apos;s choices</source>
        <translation>Выбар у дыялогу</translation>
    </message>
    <message>
        <source>{path}: cannot write the rules file ({why}).</source>
        <translation>{path}: немагчыма запісаць файл правілаў ({why}).</translation>
    </message>
    <message>
        <source>Rules saved to {path}.</source>
        <translation>Правілы захаваны ў {path}.</translation>
    </message>
    <message>
        <source>Rules loaded from {path}.</source>
        <translation>Правілы загружаны з {path}.</translation>
    </message>
    <message>
        <source>Redaction rules (*.json);;All files (*)</source>
        <translation>Правілы выключэння (*.json);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Захаваць правілы</translation>
    </message>
    <message>
        <source>Load rules</source>
        <translation>Загрузіць правілы</translation>
    </message>
    <message>
        <source>Folder for the publishable copy</source>
        <translation>Папка для копіі для публікацыі</translation>
    </message>
    <message>
        <source>Choose a folder for the copy.</source>
        <translation>Выберыце папку для копіі.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>The publishable copy is ready.</source>
        <translation>Копія для публікацыі гатовая.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Справаздача</translation>
    </message>
    <message>
        <source>Wrote a publishable copy to {folder}</source>
        <translation>Копія для публікацыі запісана ў {folder}</translation>
    </message>
    <message>
        <source>New archive id: {id}</source>
        <translation>Новы id архіва: {id}</translation>
    </message>
    <message>
        <source>Self-check passed: none of the redacted values ({checked}) is in any written file.</source>
        <translation>Самаправерка пройдзена: ніводнага з выключаных значэнняў ({checked}) няма ні ў адным запісаным файле.</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>Файлы: {files}</translation>
    </message>
    <message>
        <source>Serve it with Datasette:</source>
        <translation>Адкрыць праз Datasette:</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Скасавана. Нічога не запісана.</translation>
    </message>
    <message>
        <source>Cancelling… the partial copy is being removed.</source>
        <translation>Скасаванне… недапісаная копія выдаляецца.</translation>
    </message>
    <message>
        <source>By name or id:</source>
        <translation>Па імені або id:</translation>
    </message>
    <message>
        <source>names as the archive spells them, or ids; separated by commas</source>
        <translation>імёны, як іх піша архіў, або id; праз коску</translation>
    </message>
    <message>
        <source>Add the person shown</source>
        <translation>Дадаць паказанага чалавека</translation>
    </message>
    <message>
        <source>Adds {name} by id: exact, even when others share the name.</source>
        <translation>Дадае {name} па id: дакладна, нават калі такое ж імя ёсць у іншых.</translation>
    </message>
    <message>
        <source>names or ids, separated by commas</source>
        <translation>імёны або id праз коску</translation>
    </message>
</context>
<context>
    <name>PublishWords</name>
    <message>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Прысуды</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Апеляцыі</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цытаты</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Сувязі</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Месцы ўтрымання</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Прызнанні</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Арганізацыі</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Лічбы</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Далучэнні</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Спасылкі на крыніцы</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Лісты</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Адкрываецца архіў…</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Чытаецца архіў…</translation>
    </message>
    <message>
        <source>Leaving out what was chosen…</source>
        <translation>Выключаецца выбранае…</translation>
    </message>
    <message>
        <source>Writing the new archive…</source>
        <translation>Запісваецца новы архіў…</translation>
    </message>
    <message>
        <source>Writing the Datasette, CSV, FollowTheMoney and Popolo files…</source>
        <translation>Запісваюцца файлы Datasette, CSV, FollowTheMoney і Popolo…</translation>
    </message>
    <message>
        <source>Checking every written byte for redacted values…</source>
        <translation>Кожны запісаны байт правяраецца на выключаныя значэнні…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Завяршэнне…</translation>
    </message>
    <message>
        <source>People left out: {n} of {total}</source>
        <translation>Выключана людзей: {n} з {total}</translation>
    </message>
    <message>
        <source>by the filter</source>
        <translation>па фільтры</translation>
    </message>
    <message>
        <source>by the tag “{name}”</source>
        <translation>па тэгу «{name}»</translation>
    </message>
    <message>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <source>for example: {names}</source>
        <translation>напрыклад: {names}</translation>
    </message>
    <message>
        <source>{what} left out: {n}</source>
        <translation>{what} — выключана: {n}</translation>
    </message>
    <message>
        <source>Field “{field}”: {n} values left out or shortened</source>
        <translation>Поле «{field}»: выключана або скарочана значэнняў: {n}</translation>
    </message>
    <message>
        <source>Citations left out: {n}</source>
        <translation>Выключана спасылак на крыніцы: {n}</translation>
    </message>
    <message>
        <source>Links to what was left out, cut: {n}</source>
        <translation>Абрэзана сувязяў з выключаным: {n}</translation>
    </message>
    <message>
        <source>Names of people left out, replaced in the text that stays: {n}</source>
        <translation>Імёны выключаных людзей, замененыя ў тэксце, які застаецца: {n}</translation>
    </message>
    <message>
        <source>Please review: {n} text fields that stay may mention a person left out in another form (report.json lists them).</source>
        <translation>Праверце: тэкставых палёў, якія застаюцца і могуць згадваць выключанага чалавека ў іншай форме: {n} (іх пералічвае report.json).</translation>
    </message>
    <message>
        <source>Annotations: never included (they stay in your annotation store).</source>
        <translation>Анатацыі: ніколі не ўключаюцца (яны застаюцца ў вашым сховішчы анатацый).</translation>
    </message>
    <message>
        <source>by name or id</source>
        <translation>па імені або id</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Дыск</translation>
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
        <translation>&amp;Глядзець у:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Назва файла:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тып файлаў:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбраць</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Бацькоўская папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Стварыць папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Спіс</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Падрабязна</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перайсці ў бацькоўскую папку</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Стварыць новую папку</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Паказаць спісам</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Паказаць падрабязна</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бакавая панэль</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Месцы і закладкі</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Паказваць &amp;схаваныя файлы</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перайменаваць</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ужо ёсць.
Замяніць яго?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Зменены</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Камп&apos;ютар</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Тып</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Добра</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыць</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыць без захавання</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Па&amp;ўтарыць</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Выразаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Захаваць усе</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Так для &amp;ўсіх</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е для ўсіх</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Перапыніць</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Не зважаць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Адкінуць</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ужыць</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Вярнуць прадвызначанае</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Па&amp;ўтарыць</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Выразаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Капіяваць &amp;спасылку</translation>
    </message>
</context>
<context>
    <name>QueryNotes</name>
    <message>
        <source>The query was longer than {limit} characters; only the start was used.</source>
        <translation>Запыт даўжэйшы за {limit} знакаў; шукалася толькі яго пачатак.</translation>
    </message>
    <message>
        <source>A quotation mark has no pair; the words were searched for without it.</source>
        <translation>Двукоссе не мае пары; словы шукаліся без яго.</translation>
    </message>
    <message>
        <source>{field}:{value} is not known and was ignored (known: {known}).</source>
        <translation>{field}:{value} невядома і прапушчана (вядомыя: {known}).</translation>
    </message>
    <message>
        <source>year:{value} was ignored; write year:2021 or year:2020..2023.</source>
        <translation>year:{value} прапушчана; пішыце year:2021 або year:2020..2023.</translation>
    </message>
    <message>
        <source>NOT needs something to search for beside it; it was ignored.</source>
        <translation>Побач з NOT павінна быць тое, што шукаць; NOT прапушчана.</translation>
    </message>
    <message>
        <source>-{field}: cannot leave people out; {field}:{value} was used.</source>
        <translation>-{field}: не выключае людзей; ужыта {field}:{value}.</translation>
    </message>
    <message>
        <source>Only the first {limit} words were used.</source>
        <translation>Ужыты толькі першыя {limit} слоў.</translation>
    </message>
    <message>
        <source>{operators} had nothing to join and was ignored; the words were searched for.</source>
        <translation>{operators} не было чаго злучаць, таму прапушчана; шукаліся словы.</translation>
    </message>
    <message>
        <source>Brackets and other symbols are not part of the search syntax; they were ignored.</source>
        <translation>Дужкі і іншыя знакі не ўваходзяць у сінтаксіс пошуку; яны прапушчаны.</translation>
    </message>
    <message>
        <source>No court is called {courts}.</source>
        <translation>Няма суда з назвай {courts}.</translation>
    </message>
    <message>
        <source>The archive&apos;s search index of {table} is damaged, so that text was not searched; ask for a fresh copy.</source>
        <translation>Пошукавы індэкс архіва па {table} пашкоджаны, таму ў гэтым тэксце не шукалася; папрасіце свежую копію.</translation>
    </message>
    <message>
        <source>Too many records mention {words} to leave out everyone they name; some people listed may still be mentioned with it. Add words or filters to narrow the search.</source>
        <translation>Занадта шмат запісаў згадвае {words}, каб пакінуць па-за спісам усіх, каго яны называюць; некаторыя асобы ў спісе могуць быць згаданыя разам з гэтым. Дадайце словы або фільтры, каб звузіць пошук.</translation>
    </message>
    <message>
        <source>The search took too long and was stopped; the results may be incomplete. Add words or filters to narrow it.</source>
        <translation>Пошук доўжыўся занадта доўга і быў спынены; вынікі могуць быць няпоўныя. Дадайце словы або фільтры, каб звузіць яго.</translation>
    </message>
    <message>
        <source>Only the first {count} people found are listed; more match. Add words or filters to narrow the search.</source>
        <translation>У спісе толькі першыя {count} знойдзеных асоб; падыходзіць больш. Дадайце словы або фільтры, каб звузіць пошук.</translation>
    </message>
</context>
<context>
    <name>RecognitionLabel</name>
    <message>
        <source>Political prisoner</source>
        <translation>Палітвязень</translation>
    </message>
    <message>
        <source>Former political prisoner</source>
        <translation>Былы палітвязень</translation>
    </message>
    <message>
        <source>Recognized as a political prisoner after release</source>
        <translation>Прызнаны палітвязнем пасля вызвалення</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <source>This person is not in the archive.</source>
        <translation>Гэтай асобы няма ў архіве.</translation>
    </message>
</context>
<context>
    <name>RegimeLabel</name>
    <message>
        <source>general regime</source>
        <translation>агульны рэжым</translation>
    </message>
    <message>
        <source>reinforced regime</source>
        <translation>узмоцнены рэжым</translation>
    </message>
    <message>
        <source>strict regime</source>
        <translation>строгі рэжым</translation>
    </message>
    <message>
        <source>special regime</source>
        <translation>асаблівы рэжым</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>турэмны рэжым</translation>
    </message>
</context>
<context>
    <name>RelationLabel</name>
    <message>
        <source>spouse of</source>
        <translation>муж або жонка:</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>бацька або маці:</translation>
    </message>
    <message>
        <source>child of</source>
        <translation>дзіця:</translation>
    </message>
    <message>
        <source>relative of</source>
        <translation>сваяк:</translation>
    </message>
    <message>
        <source>co-defendant of</source>
        <translation>падсудны ў той жа справе:</translation>
    </message>
    <message>
        <source>associate of</source>
        <translation>паплечнік:</translation>
    </message>
    <message>
        <source>campaign ally of</source>
        <translation>саюзнік па кампаніі:</translation>
    </message>
    <message>
        <source>opponent of</source>
        <translation>апанент:</translation>
    </message>
    <message>
        <source>ally of</source>
        <translation>саюзнік:</translation>
    </message>
    <message>
        <source>advisor to</source>
        <translation>дарадца:</translation>
    </message>
    <message>
        <source>judge in the case of</source>
        <translation>суддзя ў справе:</translation>
    </message>
    <message>
        <source>prosecutor in the case of</source>
        <translation>пракурор у справе:</translation>
    </message>
    <message>
        <source>lawyer of</source>
        <translation>адвакат:</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>удзельнік:</translation>
    </message>
    <message>
        <source>leader of</source>
        <translation>кіраўнік:</translation>
    </message>
    <message>
        <source>held in</source>
        <translation>утрымліваецца ў:</translation>
    </message>
    <message>
        <source>works for</source>
        <translation>працуе ў:</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>сувязь:</translation>
    </message>
</context>
<context>
    <name>RoleLabel</name>
    <message>
        <source>Political prisoner</source>
        <translation>Палітвязень</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Палітык</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандыдат</translation>
    </message>
    <message>
        <source>Opposition leader</source>
        <translation>Лідар апазіцыі</translation>
    </message>
    <message>
        <source>Blogger</source>
        <translation>Блогер</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>Актывіст</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналіст</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Суддзя</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Пракурор</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Чыноўнік</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Кіраўнік дзяржавы</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Пасланнік</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Сваяк</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
</context>
<context>
    <name>SaveEncryptedDialog</name>
    <message>
        <source>A lost passphrase means lost data: nobody — not you, not the Kartoteka developers — can open the encrypted copy without it. There is no recovery. Write it down and keep it somewhere safe.</source>
        <translation>Страчаная парольная фраза — страчаныя даныя: ніхто — ні вы, ні распрацоўшчыкі Kartoteka — не адкрые зашыфраваную копію без яе. Аднавіць яе немагчыма. Запішыце яе і захоўвайце ў надзейным месцы.</translation>
    </message>
    <message>
        <source>Save encrypted copy</source>
        <translation>Захаваць зашыфраваную копію</translation>
    </message>
    <message>
        <source>Writes a new file that holds the whole archive encrypted with a passphrase. The open archive itself is not changed.</source>
        <translation>Стварае новы файл з усім архівам, зашыфраваным парольнай фразай. Сам адкрыты архіў не змяняецца.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Агляд…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Захаваць як:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Паўтарыце:</translation>
    </message>
    <message>
        <source>Save encrypted copy as</source>
        <translation>Захаваць зашыфраваную копію як</translation>
    </message>
    <message>
        <source>Kartoteka archives (*.db);;All files (*)</source>
        <translation>Архівы Kartoteka (*.db);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file name for the encrypted copy.</source>
        <translation>Выберыце імя файла для зашыфраванай копіі.</translation>
    </message>
    <message>
        <source>This is the open archive itself; choose another file name.</source>
        <translation>Гэта сам адкрыты архіў; выберыце іншае імя файла.</translation>
    </message>
    <message>
        <source>This is a folder; choose a file name.</source>
        <translation>Гэта папка; выберыце імя файла.</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>Replace the file?</source>
        <translation>Замяніць файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} ужо існуе. Замяніць яго?</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search names, quotes, sentences (Ctrl+F)</source>
        <translation>Пошук па імёнах, цытатах, прысудах (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <source>a name in any script or spelling: Ціханоўскі, Тихановский, Tsikhanowski, Cichanoŭski and Tikhanovsky find the same person</source>
        <translation>імя ў любым пісьме і напісанні: Ціханоўскі, Тихановский, Tsikhanowski, Cichanoŭski і Tikhanovsky знаходзяць аднаго чалавека</translation>
    </message>
    <message>
        <source>all words must match (given name and surname in any order)</source>
        <translation>павінны супасці ўсе словы (імя і прозвішча ў любым парадку)</translation>
    </message>
    <message>
        <source>words starting with “tsikh” (the last word is also matched as a prefix while you type)</source>
        <translation>словы, што пачынаюцца з «tsikh» (апошняе слова, пакуль вы пішаце, таксама шукаецца як пачатак)</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>дакладная фраза</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>любое з двух слоў</translation>
    </message>
    <message>
        <source>leave out people matching the word</source>
        <translation>выключыць людзей, у якіх ёсць гэтае слова</translation>
    </message>
    <message>
        <source>one or two wrong, missing, doubled or swapped letters are forgiven in names (such matches rank below exact ones)</source>
        <translation>у імёнах даруюцца адна-дзве няправільныя, прапушчаныя, падвоеныя або пераменяныя месцамі літары (такія супадзенні ідуць ніжэй за дакладныя)</translation>
    </message>
    <message>
        <source>the status: {codes}</source>
        <translation>статус: {codes}</translation>
    </message>
    <message>
        <source>a role: {codes}</source>
        <translation>роля: {codes}</translation>
    </message>
    <message>
        <source>where the words must be: {codes}, or an event kind such as kind:sentenced</source>
        <translation>дзе павінны быць словы: {codes} або від падзеі, напрыклад kind:sentenced</translation>
    </message>
    <message>
        <source>a court by any spelling of its name</source>
        <translation>суд пры любым напісанні яго назвы</translation>
    </message>
    <message>
        <source>a criminal-code article (342 also finds 342-1)</source>
        <translation>артыкул Крымінальнага кодэкса (342 знаходзіць і 342-1)</translation>
    </message>
    <message>
        <source>something happened to the person in these years (also year:2021, year:..2021, year:2020..)</source>
        <translation>з чалавекам нешта адбылося ў гэтыя гады (таксама year:2021, year:..2021, year:2020..)</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Сінтаксіс пошуку</translation>
    </message>
    <message>
        <source>Filters (combine them with words; repeat a filter to allow several values):</source>
        <translation>Фільтры (спалучайце іх са словамі; паўтарыце фільтр, каб дазволіць некалькі значэнняў):</translation>
    </message>
    <message>
        <source>Case, accents, stress marks, ё/е and look-alike Latin/Cyrillic letters never matter. A query that cannot be read as written is searched as plain words, and a note above the list says so.</source>
        <translation>Вялікія і малыя літары, дыякрытыкі, націскі, ё/е і падобныя лацінскія і кірылічныя літары не маюць значэння. Запыт, які нельга прачытаць як напісана, шукаецца як простыя словы, і заўвага над спісам пра гэта кажа.</translation>
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
        <translation>Пад вартай</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>На волі</translation>
    </message>
    <message>
        <source>In exile</source>
        <translation>У эміграцыі</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Памёр(-ла)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невядома</translation>
    </message>
</context>
<context>
    <name>StoreEncryption</name>
    <message>
        <source>A lost passphrase means lost notes: nobody — not you, not the Kartoteka developers — can open encrypted annotations without it. There is no recovery. Write it down and keep it somewhere safe.</source>
        <translation>Страчаная парольная фраза — страчаныя нататкі: ніхто — ні вы, ні распрацоўшчыкі Kartoteka — не адкрые зашыфраваныя анатацыі без яе. Аднавіць яе немагчыма. Запішыце яе і захоўвайце ў надзейным месцы.</translation>
    </message>
</context>
<context>
    <name>StoreEncryptionDialog</name>
    <message>
        <source>Change the annotations&apos; passphrase</source>
        <translation>Змяніць парольную фразу анатацый</translation>
    </message>
    <message>
        <source>The annotation store &lt;b&gt;{name}&lt;/b&gt; and its backups are rewritten with the new passphrase, each in one step: if Kartoteka is stopped midway, the store opens with the old or the new passphrase.</source>
        <translation>Сховішча анатацый &lt;b&gt;{name}&lt;/b&gt; і яго рэзервовыя копіі перазапісваюцца з новай парольнай фразай, кожнае за адзін крок: калі Kartoteka спыніцца пасярэдзіне, сховішча адкрыецца са старой або з новай фразай.</translation>
    </message>
    <message>
        <source>Encrypt annotations</source>
        <translation>Зашыфраваць анатацыі</translation>
    </message>
    <message>
        <source>The annotation store &lt;b&gt;{name}&lt;/b&gt; and its backups are rewritten encrypted with this passphrase, each in one step, and the plain files are removed. (Pieces of removed files may stay readable on the disk until they are overwritten.) From then on the notes open only with the passphrase.</source>
        <translation>Сховішча анатацый &lt;b&gt;{name}&lt;/b&gt; і яго рэзервовыя копіі перазапісваюцца зашыфраванымі гэтай парольнай фразай, кожнае за адзін крок, а незашыфраваныя файлы выдаляюцца. (Кавалкі выдаленых файлаў могуць заставацца чытэльнымі на дыску, пакуль іх не перазапішуць.) Пасля гэтага нататкі адкрываюцца толькі з парольнай фразай.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Цяперашняя парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Цяперашняя парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Паўтарыце новую парольную фразу</translation>
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
        <translation>Паўтарыце:</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Змяніць парольную фразу</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Зашыфраваць</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Увядзіце цяперашнюю парольную фразу.</translation>
    </message>
</context>
<context>
    <name>StorePassphraseDialog</name>
    <message>
        <source>Encrypted annotations</source>
        <translation>Зашыфраваныя анатацыі</translation>
    </message>
    <message>
        <source>The annotation store &lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to see and add notes. Cancel leaves annotations off; nothing is changed.</source>
        <translation>Сховішча анатацый &lt;b&gt;{name}&lt;/b&gt; зашыфраванае. Увядзіце яго парольную фразу, каб бачыць і дадаваць нататкі. «Скасаваць» пакідае анатацыі выключанымі; нічога не змяняецца.</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tags:</source>
        <translation>Тэгі:</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>Тэг для дадання</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Дадаць тэг…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Дадаць тэг</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from this entry</source>
        <translation>Зняць тэг «{name}» з гэтага запісу</translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation>Тэг {name}</translation>
    </message>
    <message>
        <source>Type or choose a tag name first.</source>
        <translation>Спачатку ўвядзіце або выберыце назву тэга.</translation>
    </message>
    <message>
        <source>Remove tag “{name}”</source>
        <translation>Зняць тэг «{name}»</translation>
    </message>
    <message>
        <source>Add tag “{name}”</source>
        <translation>Дадаць тэг «{name}»</translation>
    </message>
    <message>
        <source>Type a tag&apos;s name, then Enter adds it</source>
        <translation>Увядзіце назву тэга і націсніце Enter, каб дадаць</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>Тэгі</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новы…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пера&amp;назваць…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Колер…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Аб’яднаць з…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation>Назва тэга:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Колер тэга</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Аб’яднанне тэгаў</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>Аб’яднаць «{name}» з:</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новы тэг</translation>
    </message>
    <message>
        <source>Created “{name}”.</source>
        <translation>Створаны «{name}».</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Перайменаванне тэга</translation>
    </message>
    <message>
        <source>Renamed “{old}”.</source>
        <translation>«{old}» перайменаваны.</translation>
    </message>
    <message>
        <source>“{name}” is now {colour}.</source>
        <translation>Колер «{name}» цяпер {colour}.</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Няма іншага тэга, з якім можна аб’яднаць.</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>«{source}» аб’яднаны з «{target}».</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “{name}” and remove it from {n} entries? (Undo brings it back.)</source>
        <translation>
            <numerusform>Выдаліць тэг «{name}» і зняць яго з {n} запісу? («Адмяніць» верне яго.)</numerusform>
            <numerusform>Выдаліць тэг «{name}» і зняць яго з {n} запісаў? («Адмяніць» верне яго.)</numerusform>
            <numerusform>Выдаліць тэг «{name}» і зняць яго з {n} запісаў? («Адмяніць» верне яго.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» выдалены.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Тэгу патрэбная назва.</translation>
    </message>
    <message>
        <source>A tag called “{name}” already exists. Pick another name, or merge the tags.</source>
        <translation>Тэг «{name}» ужо існуе. Выберыце іншую назву або аб’яднайце тэгі.</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Tag</source>
        <translation>Тэг</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Выкарыстанняў</translation>
    </message>
    <message>
        <source>no colour</source>
        <translation>без колеру</translation>
    </message>
    <message numerus="yes">
        <source>{name}: on {n} entries; colour {colour}</source>
        <translation>
            <numerusform>{name}: на {n} запісе; колер {colour}</numerusform>
            <numerusform>{name}: на {n} запісах; колер {colour}</numerusform>
            <numerusform>{name}: на {n} запісах; колер {colour}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermKindLabel</name>
    <message>
        <source>prison</source>
        <translation>пазбаўленне волі</translation>
    </message>
    <message>
        <source>restricted freedom</source>
        <translation>абмежаванне волі</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>штраф</translation>
    </message>
    <message>
        <source>suspended sentence</source>
        <translation>умоўны тэрмін</translation>
    </message>
    <message>
        <source>other penalty</source>
        <translation>іншае пакаранне</translation>
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
        <translation>Чытаюцца элементы…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Паменшыць (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Павялічыць (+)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Усё</translation>
    </message>
    <message>
        <source>Show every item (0)</source>
        <translation>Паказаць усе элементы (0)</translation>
    </message>
    <message>
        <source>No archive</source>
        <translation>Няма архіва</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>person {id} (not in this archive)</source>
        <translation>асоба {id} (няма ў гэтым архіве)</translation>
    </message>
    <message>
        <source>No dated events</source>
        <translation>Няма падзей з датамі</translation>
    </message>
    <message numerus="yes">
        <source>{count} dated item(s)</source>
        <translation>
            <numerusform>{count} элемент з датай</numerusform>
            <numerusform>{count} элементы з датай</numerusform>
            <numerusform>{count} элементаў з датай</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Detention</source>
        <translation>Затрыманне</translation>
    </message>
    <message>
        <source>Custody, transfers</source>
        <translation>Утрыманне, этапы</translation>
    </message>
    <message>
        <source>Trial, sentence</source>
        <translation>Суд, прысуд</translation>
    </message>
    <message>
        <source>Release, pardon</source>
        <translation>Вызваленне</translation>
    </message>
    <message>
        <source>Exile</source>
        <translation>Эміграцыя</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Выказванні</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <source>Up and Down choose an event, Enter shows its person; Left and Right move in time; + and - zoom; 0 fits everything</source>
        <translation>Уверх і Уніз выбіраюць падзею, Enter паказвае яе чалавека; Улева і Управа рухаюць у часе; + і - маштаб; 0 — усё</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Прысуд</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нататка</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Прызнанне</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Апеляцыя</translation>
    </message>
    <message>
        <source>{kind}, {date}: {label}</source>
        <translation>{kind}, {date}: {label}</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>да %1</translation>
    </message>
    <message>
        <source>Note · %1</source>
        <translation>Нататка · %1</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Пра %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message numerus="yes">
        <source>{count} note(s)</source>
        <translation>
            <numerusform>{count} нататка</numerusform>
            <numerusform>{count} нататкі</numerusform>
            <numerusform>{count} нататак</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s)</source>
        <translation>
            <numerusform>{count} элемент</numerusform>
            <numerusform>{count} элементы</numerusform>
            <numerusform>{count} элементаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} more item(s) in {lane} than rows to show them; zoom in to see them.</source>
        <translation>
            <numerusform>У «{lane}» на {count} элемент больш, чым радкоў для іх; павялічце маштаб, каб убачыць.</numerusform>
            <numerusform>У «{lane}» на {count} элементы больш, чым радкоў для іх; павялічце маштаб, каб убачыць.</numerusform>
            <numerusform>У «{lane}» на {count} элементаў больш, чым радкоў для іх; павялічце маштаб, каб убачыць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) here</source>
        <translation>
            <numerusform>{count} элемент тут</numerusform>
            <numerusform>{count} элементы тут</numerusform>
            <numerusform>{count} элементаў тут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more; zoom in to see them</source>
        <translation>
            <numerusform>… і яшчэ {count}; павялічце маштаб, каб убачыць іх</numerusform>
            <numerusform>… і яшчэ {count}; павялічце маштаб, каб убачыць іх</numerusform>
            <numerusform>… і яшчэ {count}; павялічце маштаб, каб убачыць іх</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} item(s) here are drawn</source>
        <translation>
            <numerusform>Намаляваны толькі першы {count} элемент тут</numerusform>
            <numerusform>Намаляваны толькі першыя {count} элементы тут</numerusform>
            <numerusform>Намалявана толькі першых {count} элементаў тут</numerusform>
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
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Пера&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Адкрыць архіў…</translation>
    </message>
    <message>
        <source>Open an archive file (.db)</source>
        <translation>Адкрыць файл архіва (.db)</translation>
    </message>
    <message>
        <source>Archive &amp;info…</source>
        <translation>&amp;Звесткі пра архіў…</translation>
    </message>
    <message>
        <source>Metadata, counts and format version of the open archive</source>
        <translation>Метаданыя, колькасці і версія фармату адкрытага архіва</translation>
    </message>
    <message>
        <source>Save &amp;encrypted copy…</source>
        <translation>Захаваць за&amp;шыфраваную копію…</translation>
    </message>
    <message>
        <source>Write a copy of the open archive encrypted with a passphrase</source>
        <translation>Запісаць копію адкрытага архіва, зашыфраваную парольнай фразай</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блакаваць</translation>
    </message>
    <message>
        <source>Close the archive and forget its passphrase; nothing stays on screen</source>
        <translation>Закрыць архіў і забыць яго парольную фразу; на экране нічога не застаецца</translation>
    </message>
    <message>
        <source>Lock after i&amp;dle…</source>
        <translation>Блакаваць пры б&amp;яздзейнасці…</translation>
    </message>
    <message>
        <source>Lock the archive by itself after some minutes without input</source>
        <translation>Аўтаматычна блакаваць архіў праз некалькі хвілін без уводу</translation>
    </message>
    <message>
        <source>Clear &amp;history now</source>
        <translation>Ачысціць &amp;гісторыю зараз</translation>
    </message>
    <message>
        <source>Forget the recent searches and archives, here and in the annotation store</source>
        <translation>Забыць нядаўнія пошукі і архівы — тут і ў сховішчы анатацый</translation>
    </message>
    <message>
        <source>E&amp;xport annotations…</source>
        <translation>&amp;Экспарт анатацый…</translation>
    </message>
    <message>
        <source>Write annotations to a file to hand to another archivist</source>
        <translation>Запісаць анатацыі ў файл, каб перадаць іншаму архівісту</translation>
    </message>
    <message>
        <source>I&amp;mport annotations…</source>
        <translation>&amp;Імпарт анатацый…</translation>
    </message>
    <message>
        <source>Merge another archivist&apos;s annotations file, after a preview</source>
        <translation>Аб’яднаць файл анатацый іншага архівіста пасля папярэдняга прагляду</translation>
    </message>
    <message>
        <source>Make a &amp;publishable copy…</source>
        <translation>Зрабіць копію для &amp;публікацыі…</translation>
    </message>
    <message>
        <source>Write a redacted copy to serve with Datasette or load into Aleph or Uwazi</source>
        <translation>Запісаць копію без выключанага для Datasette або для загрузкі ў Aleph ці Uwazi</translation>
    </message>
    <message>
        <source>Compare with another &amp;edition…</source>
        <translation>Параўнаць з іншым &amp;выданнем…</translation>
    </message>
    <message>
        <source>What changed since an earlier edition of this archive: who and how</source>
        <translation>Што змянілася пасля ранейшага выдання гэтага архіва: у каго і як</translation>
    </message>
    <message>
        <source>&amp;Print / Save dossier as PDF…</source>
        <translation>&amp;Друк / захаваць дасье як PDF…</translation>
    </message>
    <message>
        <source>A printable dossier with numbered sources, of one person or many</source>
        <translation>Дасье для друку з пранумараванымі крыніцамі, аднаго чалавека ці многіх</translation>
    </message>
    <message>
        <source>Export &amp;sources…</source>
        <translation>Экспарт &amp;крыніц…</translation>
    </message>
    <message>
        <source>The sources of the people in the list as CSL-JSON, RIS or BibTeX</source>
        <translation>Крыніцы людзей са спісу ў CSL-JSON, RIS ці BibTeX</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйсці</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>Undo the last annotation edit</source>
        <translation>Адмяніць апошнюю змену анатацый</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Па&amp;ўтарыць</translation>
    </message>
    <message>
        <source>Redo the annotation edit undone</source>
        <translation>Паўтарыць адмененую змену анатацый</translation>
    </message>
    <message>
        <source>Copy record as &amp;text</source>
        <translation>Капіяваць картку як т&amp;экст</translation>
    </message>
    <message>
        <source>Copy the whole record of the person shown, with numbered sources</source>
        <translation>Капіяваць усю картку паказанай асобы з пранумараванымі крыніцамі</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>Капіяваць &amp;спасылку</translation>
    </message>
    <message>
        <source>Copy the source citation under the text cursor (or the first one)</source>
        <translation>Капіяваць спасылку на крыніцу пад курсорам (або першую)</translation>
    </message>
    <message>
        <source>C&amp;ite as CSL-JSON, RIS or BibTeX…</source>
        <translation>Ц&amp;ытаваць як CSL-JSON, RIS ці BibTeX…</translation>
    </message>
    <message>
        <source>Citations for a reference manager: one source or the whole record</source>
        <translation>Цытаты для мэнэджара бібліяграфіі: адна крыніца ці ўвесь запіс</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Пошук…</translation>
    </message>
    <message>
        <source>Search names, quotes and sentences</source>
        <translation>Пошук па імёнах, цытатах і прысудах</translation>
    </message>
    <message>
        <source>E&amp;xact spelling</source>
        <translation>Да&amp;кладнае напісанне</translation>
    </message>
    <message>
        <source>Exact spelling: no variants across scripts and typos</source>
        <translation>Дакладнае напісанне: без варыянтаў у іншых пісьменствах і без памылак</translation>
    </message>
    <message>
        <source>C&amp;lear filters and search</source>
        <translation>А&amp;чысціць фільтры і пошук</translation>
    </message>
    <message>
        <source>Show everybody again</source>
        <translation>Зноў паказаць усіх</translation>
    </message>
    <message>
        <source>Undo &amp;filter change</source>
        <translation>Вярнуць змену &amp;фільтраў</translation>
    </message>
    <message>
        <source>Bring back the search, filters and sort before the last change</source>
        <translation>Вярнуць пошук, фільтры і парадак, якія былі да апошняй змены</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Тэгі…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, merge and delete tags</source>
        <translation>Ствараць, перайменоўваць, перафарбоўваць, аб’ядноўваць і выдаляць тэгі</translation>
    </message>
    <message>
        <source>&amp;Orphaned annotations…</source>
        <translation>Анатацыі без &amp;запісаў…</translation>
    </message>
    <message>
        <source>Annotations whose entry is not in this edition of the archive (kept, never deleted)</source>
        <translation>Анатацыі, чыйго запісу няма ў гэтым выданні архіва (захоўваюцца, ніколі не выдаляюцца)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налады…</translation>
    </message>
    <message>
        <source>Your name on annotations, and where annotations are stored</source>
        <translation>Ваша імя ў анатацыях і месца, дзе яны захоўваюцца</translation>
    </message>
    <message>
        <source>People &amp;list</source>
        <translation>Спіс &amp;асоб</translation>
    </message>
    <message>
        <source>Person &amp;record</source>
        <translation>&amp;Картка асобы</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Храналогія</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Фільтры</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Анатацыі</translation>
    </message>
    <message>
        <source>Show or hide the annotations below the record</source>
        <translation>Паказаць або схаваць анатацыі пад карткай</translation>
    </message>
    <message>
        <source>L&amp;etters to prisoners</source>
        <translation>&amp;Лісты палітвязням</translation>
    </message>
    <message>
        <source>List the people in custody with their postal addresses and birthdays, instead of the people list</source>
        <translation>Паказаць людзей пад вартай з паштовымі адрасамі і днямі нараджэння замест спісу людзей</translation>
    </message>
    <message>
        <source>Timeline zoom &amp;in</source>
        <translation>Храналогія: &amp;павялічыць</translation>
    </message>
    <message>
        <source>Timeline zoom &amp;out</source>
        <translation>Храналогія: п&amp;аменшыць</translation>
    </message>
    <message>
        <source>Timeline &amp;fit all</source>
        <translation>Храналогія: &amp;усё</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Previous person viewed</source>
        <translation>Папярэдняя прагледжаная асоба</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>На&amp;перад</translation>
    </message>
    <message>
        <source>Next person viewed</source>
        <translation>Наступная прагледжаная асоба</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation>Сінтаксіс &amp;пошуку</translation>
    </message>
    <message>
        <source>&amp;About Kartoteka</source>
        <translation>П&amp;ра Kartoteka</translation>
    </message>
    <message>
        <source>Show &amp;names in</source>
        <translation>Паказваць &amp;імёны</translation>
    </message>
    <message>
        <source>&amp;Belarusian Cyrillic</source>
        <translation>&amp;Беларуская кірыліца</translation>
    </message>
    <message>
        <source>&amp;Russian Cyrillic</source>
        <translation>&amp;Руская кірыліца</translation>
    </message>
    <message>
        <source>&amp;Latin (passport)</source>
        <translation>&amp;Лацінка (пашпарт)</translation>
    </message>
    <message>
        <source>As in the &amp;archive</source>
        <translation>Як у &amp;архіве</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у сістэме</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>выкарыстанне: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>пазіцыйныя аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>паказаць гэтую даведку і выйсці</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: памылка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>патрэбныя наступныя аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>патрэбны адзін з аргументаў %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспазнаныя аргументы: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельга разам з аргументам %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>прапушчаны яўны аргумент %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>чакаецца адзін аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>чакаецца не больш за адзін аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>чакаецца хаця б адзін аргумент</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>колькасць чаканых аргументаў: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>колькасць чаканых аргументаў: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неадназначны параметр: %(option)s можа азначаць %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>няправільнае значэнне %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>няправільны выбар: %(value)r (выберыце з %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>невядомая каманда %(parser_name)r (магчымыя: %(choices)s)</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>нечаканы параметр: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не ўдаецца адкрыць &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>note_search</name>
    <message>
        <source>{n} more through notes or tags.</source>
        <translation>Яшчэ {n} — праз нататкі або тэгі.</translation>
    </message>
</context>
</TS>
