<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnnotationUndoController</name>
    <message numerus="yes">
        <source>{done} ({count} person(s))</source>
        <translation>
            <numerusform>{done} ({count} person)</numerusform>
            <numerusform>{done} ({count} people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiteController</name>
    <message numerus="yes">
        <source>{n} source(s) written to {name}.</source>
        <translation>
            <numerusform>{n} source written to {name}.</numerusform>
            <numerusform>{n} sources written to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message numerus="yes">
        <source>&amp;Every citation of this record ({n})</source>
        <translation>
            <numerusform>&amp;Every citation of this record ({n})</numerusform>
            <numerusform>&amp;Every citation of this record ({n})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} source(s) written to {name}.</source>
        <translation>
            <numerusform>{n} source written to {name}.</numerusform>
            <numerusform>{n} sources written to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>all {count} redacted values</source>
        <translation>
            <numerusform>all {count} redacted value</numerusform>
            <numerusform>all {count} redacted values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest {count} of {total} redacted values</source>
        <translation>
            <numerusform>the longest {count} of {total} redacted values</numerusform>
            <numerusform>the longest {count} of {total} redacted values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first {count} people found are listed; more match (add words or filters, or list more with --limit).</source>
        <translation>
            <numerusform>only the first {count} person found is listed; more match (add words or filters, or list more with --limit).</numerusform>
            <numerusform>only the first {count} people found are listed; more match (add words or filters, or list more with --limit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {count} synthetic people (seed {seed}), {size} MB in {seconds} s</source>
        <translation>
            <numerusform>Wrote {path}: {count} synthetic person (seed {seed}), {size} MB in {seconds} s</numerusform>
            <numerusform>Wrote {path}: {count} synthetic people (seed {seed}), {size} MB in {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {count} sources to {path}</source>
        <translation>
            <numerusform>Wrote {count} source to {path}</numerusform>
            <numerusform>Wrote {count} sources to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {count} people, {pages} pages, {kb} KB in {seconds} s</source>
        <translation>
            <numerusform>Wrote {path}: {count} person, {pages} pages, {kb} KB in {seconds} s</numerusform>
            <numerusform>Wrote {path}: {count} people, {pages} pages, {kb} KB in {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {count} people in custody</source>
        <translation>
            <numerusform>Wrote {file}: {count} person in custody</numerusform>
            <numerusform>Wrote {file}: {count} people in custody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{category}: {count} people</source>
        <translation>
            <numerusform>{category}: {count} person</numerusform>
            <numerusform>{category}: {count} people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message numerus="yes">
        <source>The archive will be locked after {n} minutes without input.</source>
        <translation>
            <numerusform>The archive will be locked after {n} minute without input.</numerusform>
            <numerusform>The archive will be locked after {n} minutes without input.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message numerus="yes">
        <source>{n} people · made on {date} from the archive “{archive}”</source>
        <translation>
            <numerusform>{n} person · made on {date} from the archive “{archive}”</numerusform>
            <numerusform>{n} people · made on {date} from the archive “{archive}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message numerus="yes">
        <source>The people selected ({n})</source>
        <translation>
            <numerusform>The person selected ({n})</numerusform>
            <numerusform>The people selected ({n})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone in the list ({n})</source>
        <translation>
            <numerusform>Everyone in the list ({n})</numerusform>
            <numerusform>Everyone in the list ({n})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This dossier is of {n} people: about {pages} pages, a PDF of about {size}. Writing it takes a long time (you can cancel it). Start?</source>
        <translation>
            <numerusform>This dossier is of {n} person: about {pages} pages, a PDF of about {size}. Writing it takes a long time (you can cancel it). Start?</numerusform>
            <numerusform>This dossier is of {n} people: about {pages} pages, a PDF of about {size}. Writing it takes a long time (you can cancel it). Start?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message numerus="yes">
        <source>The passphrase is too short: use at least {n} characters (several unrelated words are easy to remember and hard to guess).</source>
        <translation>
            <numerusform>The passphrase is too short: use at least {n} character (several unrelated words are easy to remember and hard to guess).</numerusform>
            <numerusform>The passphrase is too short: use at least {n} characters (several unrelated words are easy to remember and hard to guess).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>{n} conflict(s) still need a decision before importing.</source>
        <translation>
            <numerusform>{n} conflict still needs a decision before importing.</numerusform>
            <numerusform>{n} conflicts still need a decision before importing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersController</name>
    <message numerus="yes">
        <source>Wrote {file}: {n} people in custody.</source>
        <translation>
            <numerusform>Wrote {file}: {n} person in custody.</numerusform>
            <numerusform>Wrote {file}: {n} people in custody.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPane</name>
    <message numerus="yes">
        <source>Letters — {n} people in custody</source>
        <translation>
            <numerusform>Letters — {n} person in custody</numerusform>
            <numerusform>Letters — {n} people in custody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} people in custody</source>
        <translation>
            <numerusform>{n} person in custody</numerusform>
            <numerusform>{n} people in custody</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersText</name>
    <message numerus="yes">
        <source>{n} people in custody</source>
        <translation>
            <numerusform>{n} person in custody</numerusform>
            <numerusform>{n} people in custody</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message numerus="yes">
        <source>{n} s so far</source>
        <translation>
            <numerusform>{n} s so far</numerusform>
            <numerusform>{n} s so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphans</name>
    <message numerus="yes">
        <source>{n} annotations refer to entries that are not in this edition of the archive. They are kept in the store and come back if an edition has the entries again.</source>
        <translation>
            <numerusform>{n} annotation refers to entries that are not in this edition of the archive. It is kept in the store and comes back if an edition has the entries again.</numerusform>
            <numerusform>{n} annotations refer to entries that are not in this edition of the archive. They are kept in the store and come back if an edition has the entries again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message numerus="yes">
        <source>{total} people</source>
        <translation>
            <numerusform>{total} person</numerusform>
            <numerusform>{total} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} people</source>
        <translation>
            <numerusform>{shown} of {total} person</numerusform>
            <numerusform>{shown} of {total} people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message numerus="yes">
        <source>{n} year(s)</source>
        <translation>
            <numerusform>{n} year</numerusform>
            <numerusform>{n} years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} month(s)</source>
        <translation>
            <numerusform>{n} month</numerusform>
            <numerusform>{n} months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message numerus="yes">
        <source>{n} year(s)</source>
        <translation>
            <numerusform>{n} year</numerusform>
            <numerusform>{n} years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} month(s)</source>
        <translation>
            <numerusform>{n} month</numerusform>
            <numerusform>{n} months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>{name} ({n} sources)</source>
        <translation>
            <numerusform>{name} ({n} source)</numerusform>
            <numerusform>{name} ({n} sources)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The people of the current list: {chips} ({n} people)</source>
        <translation>
            <numerusform>The people of the current list: {chips} ({n} person)</numerusform>
            <numerusform>The people of the current list: {chips} ({n} people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <source>Delete the tag “{name}” and remove it from {n} entries? (Undo brings it back.)</source>
        <translation>
            <numerusform>Delete the tag “{name}” and remove it from {n} entry? (Undo brings it back.)</numerusform>
            <numerusform>Delete the tag “{name}” and remove it from {n} entries? (Undo brings it back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message numerus="yes">
        <source>{name}: on {n} entries; colour {colour}</source>
        <translation>
            <numerusform>{name}: on {n} entry; colour {colour}</numerusform>
            <numerusform>{name}: on {n} entries; colour {colour}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message numerus="yes">
        <source>{count} dated item(s)</source>
        <translation>
            <numerusform>{count} dated item</numerusform>
            <numerusform>{count} dated items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>{count} note(s)</source>
        <translation>
            <numerusform>{count} note</numerusform>
            <numerusform>{count} notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s)</source>
        <translation>
            <numerusform>{count} item</numerusform>
            <numerusform>{count} items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} more item(s) in {lane} than rows to show them; zoom in to see them.</source>
        <translation>
            <numerusform>{count} more item in {lane} than rows to show them; zoom in to see them.</numerusform>
            <numerusform>{count} more items in {lane} than rows to show them; zoom in to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) here</source>
        <translation>
            <numerusform>{count} item here</numerusform>
            <numerusform>{count} items here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more; zoom in to see them</source>
        <translation>
            <numerusform>… and {count} more; zoom in to see it</numerusform>
            <numerusform>… and {count} more; zoom in to see them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} item(s) here are drawn</source>
        <translation>
            <numerusform>Only the first {count} item here is drawn</numerusform>
            <numerusform>Only the first {count} items here are drawn</numerusform>
        </translation>
    </message>
</context>
</TS>
