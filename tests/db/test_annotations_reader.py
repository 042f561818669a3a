"""StoreReader: a read-only connection to the annotation store for a worker thread."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.annotations import AnnotationStore, EntityRef, ReaderSlot, StoreReader, open_store
from db.annotations.lookup import matching_entries, tag_use

REF = EntityRef("archive-1", "person", "p-1")
PASS = "correct horse battery"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AnnotationStore]:
    opened = open_store(tmp_path / "notes.sqlite", author="a")
    yield opened
    opened.close()


def test_a_reader_sees_what_was_committed_before_each_read(store: AnnotationStore) -> None:
    store.add_note(REF, "first")
    with store.reader() as reader:
        assert isinstance(reader, StoreReader)
        assert [a.body for a in reader.annotations_for(REF)] == ["first"]
        store.add_note(REF, "second")  # committed while the reader is open
        assert [a.body for a in reader.annotations_for(REF)] == ["first", "second"]
        store.create_tag("to verify")
        assert [t.name for t in reader.tags()] == ["to verify"]


def test_a_reader_cannot_write(store: AnnotationStore) -> None:
    store.add_note(REF, "kept")
    with store.reader() as reader:
        assert not hasattr(reader, "add_note")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("DELETE FROM annotations")
        reader.db.execute("PRAGMA query_only = 0")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("DELETE FROM annotations")  # mode=ro holds even then
    assert [a.body for a in store.annotations_for(REF)] == ["kept"]


def test_a_reader_works_on_another_thread_beside_the_writer(store: AnnotationStore) -> None:
    store.add_note(REF, "Zyxwordique on the worker")
    found: list[object] = []

    def work() -> None:
        with store.reader() as reader:  # opened, used and closed on this thread
            found.append(matching_entries(reader, REF.archive_id, "zyxword"))
            found.append(tag_use(reader, REF.archive_id))

    thread = threading.Thread(target=work)
    thread.start()
    store.add_note(REF, "a save meanwhile")  # WAL: the writer is not blocked
    thread.join()
    assert found == [{("person", "p-1")}, {}]


def test_a_reader_of_an_encrypted_store_uses_its_key(tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite"
    store = open_store(path, author="a", passphrase=PASS)
    try:
        store.add_note(REF, "encrypted note")
        with store.reader() as reader:
            assert [a.body for a in reader.annotations_for(REF)] == ["encrypted note"]
            with pytest.raises(sqlite3.OperationalError):
                reader.db.execute("DELETE FROM annotations")
    finally:
        store.close()
    assert b"encrypted note" not in path.read_bytes()


def test_a_closed_reader_is_closed(store: AnnotationStore) -> None:
    reader = store.reader()
    reader.close()
    with pytest.raises(sqlite3.ProgrammingError):
        reader.db.execute("SELECT 1")
    reader.close()  # twice is fine


def test_a_reader_slot_keeps_one_reader_per_store(tmp_path: Path) -> None:
    first = open_store(tmp_path / "one.sqlite", author="a")
    second = open_store(tmp_path / "two.sqlite", author="a")
    slot = ReaderSlot()
    try:
        reader = slot.get(first)
        assert slot.get(first) is reader  # reused while the store is the same
        other = slot.get(second)
        assert other is not reader
        assert other.path == second.path
        with pytest.raises(sqlite3.ProgrammingError):  # the first one was closed
            reader.db.execute("SELECT 1")
        slot.interrupt()  # nothing running: harmless
        slot.close()
        with pytest.raises(sqlite3.ProgrammingError):
            other.db.execute("SELECT 1")
        slot.close()  # twice is fine
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.mkdir(), "folder"),
        (lambda p: p.write_bytes(b""), "no annotation store here"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE notes (x)").connection.commit(),
            "not a Kartoteka annotation store",
        ),
    ],
    ids=["folder", "empty file", "another database"],
)
def test_a_reader_says_what_a_file_that_is_no_store_is(
    tmp_path: Path, make: Callable[[Path], object], words: str
) -> None:
    """Not "could not read the notes (no such table: tags) ... try again" (bench_hostile)."""
    from db.annotations.reader import open_reader
    from db.errors import KartotekaError

    path = tmp_path / "given.sqlite"
    make(path)
    before = sorted(tmp_path.iterdir())
    with pytest.raises(KartotekaError, match=words):
        open_reader(path)
    assert sorted(tmp_path.iterdir()) == before
