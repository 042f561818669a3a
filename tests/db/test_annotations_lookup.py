"""Store reads for the people list: tag use, tagged entries, note search, entry -> people."""

from __future__ import annotations

from db.annotations import AnnotationStore, EntityRef, open_store
from db.annotations.lookup import matching_entries, tag_use, tagged_entries
from db.connection import Archive
from db.entries import people_of, people_of_entries
from db.names import fold_words

ARCHIVE = "archive-1"
PERSON = EntityRef(ARCHIVE, "person", "p-1")
OTHER = EntityRef(ARCHIVE, "person", "p-2")


def test_tag_use_and_tagged_entries(store: AnnotationStore) -> None:
    store.create_tag("to verify")
    store.create_tag("unused")
    tags = {t.name: t.id for t in store.tags()}
    store.tag_entry(PERSON, tags["to verify"])
    store.tag_entry(OTHER, tags["to verify"])
    store.tag_entry(EntityRef("archive-2", "person", "p-9"), tags["to verify"])
    assert tag_use(store) == {tags["to verify"]: 3}
    assert tag_use(store, ARCHIVE) == {tags["to verify"]: 2}
    assert tagged_entries(store, ARCHIVE) == {
        tags["to verify"]: {("person", "p-1"), ("person", "p-2")}
    }
    store.delete_tag(tags["to verify"])
    assert tagged_entries(store, ARCHIVE) == {}


def test_note_search_folds_case_accents_and_script(store: AnnotationStore) -> None:
    store.add_note(PERSON, "Перавезены ў Магілёў, у турму №4.")
    store.add_note(OTHER, "Released under the **amnesty**.")
    store.create_tag("Needs translation")
    store.tag_entry(EntityRef(ARCHIVE, "sentence", "s-1"), store.tags()[0].id)
    assert matching_entries(store, ARCHIVE, "магилев") == {("person", "p-1")}
    assert matching_entries(store, ARCHIVE, "Mogilev") == {("person", "p-1")}
    assert matching_entries(store, ARCHIVE, "AMNEST") == {("person", "p-2")}
    assert matching_entries(store, ARCHIVE, "amnesty OR турму") == {
        ("person", "p-1"),
        ("person", "p-2"),
    }
    assert matching_entries(store, ARCHIVE, "released -amnesty") == set()
    assert matching_entries(store, ARCHIVE, "translation") == {("sentence", "s-1")}
    assert matching_entries(store, ARCHIVE, "status:released amnesty") == set()
    assert matching_entries(store, "archive-2", "amnesty") == set()
    assert matching_entries(store, ARCHIVE, "") == set()


def test_note_search_among_10k_notes(store: AnnotationStore) -> None:
    """10,000 notes: an entry matches when every word starts a word of its notes.

    How long this takes is measured in bench/bench_annotations.py.
    """
    words = ["detained", "transferred", "colony", "appeal", "hearing", "lawyer", "visit"]
    for n in range(200):
        store.add_note(EntityRef(ARCHIVE, "person", f"p-{n}"), " ".join(words) + f" case{n}")
    store.db.execute(
        "INSERT INTO annotations SELECT a.id || '-' || x.value, archive_id, entity_type, "
        "entity_id || '-' || x.value, kind, body || ' extra' || x.value, field, original, "
        "tag_id, created_at, created_by, updated_at, updated_by, rev || x.value, deleted, "
        "date, date_earliest, date_latest, date_span, reason "
        "FROM annotations a, json_each('[" + ",".join(str(i) for i in range(49)) + "]') x"
    )
    assert len(store.annotations(ARCHIVE)) == 10_000
    found = matching_entries(store, ARCHIVE, "case17 extra3")

    def starts(word: str, query: str) -> bool:  # folded: "case117" is "case17" spelt double
        return fold_words(word)[0].startswith(fold_words(query)[0])

    cases = [n for n in range(200) if starts(f"case{n}", "case17")]
    extras = [x for x in range(49) if starts(f"extra{x}", "extra3")]
    assert {17, 117, 170, 179} <= set(cases)
    assert {3, 30, 39} <= set(extras)
    assert found == {("person", f"p-{n}-{x}") for n in cases for x in extras}


def test_people_of_entries(sample_archive: Archive) -> None:
    db = sample_archive.db
    sentence_id, person_id = db.execute("SELECT id, person_id FROM sentences LIMIT 1").fetchone()
    quote = db.execute(
        "SELECT q.id, q.speaker_id, s.person_id FROM quotes q "
        "JOIN quote_subjects s ON s.quote_id = q.id WHERE q.speaker_id IS NOT NULL LIMIT 1"
    ).fetchone()
    event_id, event_person = db.execute(
        "SELECT event_id, person_id FROM event_people LIMIT 1"
    ).fetchone()
    found = people_of_entries(
        db,
        [
            ("sentence", sentence_id),
            ("quote", quote[0]),
            ("event", event_id),
            ("person", person_id),
            ("person", "not-in-archive"),
            ("source", "whatever"),
        ],
    )
    assert found[("sentence", sentence_id)] == {person_id}
    assert {quote[1], quote[2]} <= found[("quote", quote[0])]
    assert event_person in found[("event", event_id)]
    assert found[("person", person_id)] == {person_id}
    assert ("person", "not-in-archive") not in found
    assert people_of(db, [("sentence", sentence_id)]) == {person_id}


def test_tag_people_counts_entries_for_their_people(sample_archive: Archive) -> None:
    from db.annotations import archive_identity
    from db.annotations.lookup import tag_people

    db = sample_archive.db
    archive_id = archive_identity(sample_archive)
    sentence_id, person_id = db.execute("SELECT id, person_id FROM sentences LIMIT 1").fetchone()
    other = db.execute("SELECT id FROM people WHERE id != ? LIMIT 1", (person_id,)).fetchone()[0]
    with open_store(sample_archive.path.with_name("tp.sqlite"), author="a") as store:
        store.create_tag("watch")
        tag_id = store.tags()[0].id
        store.tag_entry(EntityRef(archive_id, "sentence", sentence_id), tag_id)
        store.tag_entry(EntityRef(archive_id, "person", other), tag_id)
        store.tag_entry(EntityRef(archive_id, "person", "gone-from-archive"), tag_id)
        assert tag_people(store, archive_id, db) == {tag_id: {person_id, other}}


def test_existing_entries_finds_what_the_archive_holds(sample_archive: Archive) -> None:
    from db.entries import existing_entries

    db = sample_archive.db
    person = db.execute("SELECT id FROM people LIMIT 1").fetchone()[0]
    source = db.execute("SELECT id FROM sources LIMIT 1").fetchone()[0]
    asked = {("person", person), ("source", source), ("person", "gone"), ("other", "x")}
    assert existing_entries(db, asked) == {("person", person), ("source", source)}
