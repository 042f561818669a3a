"""db.info: archive metadata, counts, the integrity check and the code labels."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import migrations as schema
from db import writer
from db.connection import Archive, open_archive
from db.errors import ArchiveDamagedError
from db.info import (
    ENTITY_TABLES,
    EVENT_KIND_LABELS,
    INVERSE_RELATION_LABELS,
    LANG_LABELS,
    ORG_KIND_LABELS,
    RELATION_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    SYSTEM_LABELS,
    TERM_KIND_LABELS,
    archive_info,
    label,
)
from tests.db.builders import FIXTURE_META, fixture_documents

PEOPLE = 10


@pytest.fixture(scope="module")
def fixture_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("info") / "fixture.db"
    writer.build(path, FIXTURE_META, fixture_documents(PEOPLE))
    return path


@pytest.fixture
def archive(fixture_path: Path) -> Iterator[Archive]:
    with open_archive(fixture_path) as a:
        yield a


def _edit(source: Path, target: Path, *statements: str) -> Path:
    """A copy of `source` changed with raw SQL (archives are read-only in db/)."""
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
    return target


def test_metadata_and_counts(archive: Archive, fixture_path: Path) -> None:
    info = archive_info(archive)
    assert info.path == str(fixture_path)
    assert (info.title, info.publisher) == ("Fixture archive", "Kartoteka tests")
    assert (info.edition, info.edition_date) == ("3", "2025-06-21")
    assert info.languages == ("en", "be", "ru")
    assert info.synthetic is True
    assert info.archive_id == "fixture-archive"
    assert info.schema_version == schema.SCHEMA_VERSION
    assert info.quick_check == "ok"
    docs = fixture_documents(PEOPLE)
    assert set(info.counts) == set(ENTITY_TABLES)
    for key in ("people", "organizations", "relations", "sentences", "quotes", "events"):
        assert info.counts[key] == len(docs[key]), key
    assert info.counts["person_names"] == sum(len(p["names"]) for p in docs["people"])
    assert info.counts["charges"] == sum(len(s["charges"]) for s in docs["sentences"])
    assert info.counts["figures"] == 0
    cited = ("people", "relations", "sentences", "quotes", "events")
    assert info.counts["citations"] == sum(
        len(d.get("citations") or ()) for key in cited for d in docs[key]
    )


def test_quick_check_can_be_skipped(archive: Archive) -> None:
    assert archive_info(archive, quick_check=False).quick_check == "not run"


def test_sparse_or_odd_metadata(fixture_path: Path, tmp_path: Path) -> None:
    path = _edit(
        fixture_path,
        tmp_path / "odd.db",
        "DELETE FROM meta WHERE key IN ('title', 'publisher', 'edition')",
        "UPDATE meta SET value = 'not json' WHERE key = 'languages'",
        "UPDATE meta SET value = '0' WHERE key = 'synthetic'",
    )
    with open_archive(path) as a:
        info = archive_info(a)
    assert info.title == "odd"  # the file name stands in for a missing title
    assert (info.publisher, info.edition) == (None, None)
    assert info.languages == ()
    assert info.synthetic is False


def test_real_damage_is_reported(fixture_path: Path, tmp_path: Path) -> None:
    """A NULL in a NOT NULL column is a true quick_check finding and is kept."""
    path = tmp_path / "null.db"
    shutil.copy(fixture_path, path)
    conn = sqlite3.connect(path)
    original = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    loose = original.replace("display_name TEXT NOT NULL", "display_name TEXT")
    conn.execute("PRAGMA writable_schema = ON")
    with conn:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'people'", [loose])
    conn.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE people SET display_name = NULL WHERE pk = 2")
    conn.execute("PRAGMA writable_schema = ON")
    with conn:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'people'", [original])
    conn.close()
    with pytest.raises(ArchiveDamagedError, match=r"NULL value in people\.display_name"):
        open_archive(path)  # a NULL written around NOT NULL is damage, not a 3.40 false alarm
    with open_archive(path, defer_checks=True) as a:
        assert "NULL value in people.display_name" in archive_info(a).quick_check


def test_corrupt_pages_never_escape_as_tracebacks(fixture_path: Path, tmp_path: Path) -> None:
    data = fixture_path.read_bytes()
    page = 4096
    outcomes = set()
    for n in range(1, len(data) // page):
        broken = bytearray(data)
        broken[n * page + 8 : n * page + 1000] = b"\xff" * 992
        path = tmp_path / f"broken-{n}.db"
        path.write_bytes(bytes(broken))
        try:
            with open_archive(path) as a:
                check = archive_info(a).quick_check
            outcomes.add("ok" if check == "ok" else "reported")
        except ArchiveDamagedError as exc:
            outcomes.add("damaged" if str(path) in str(exc) else f"unnamed: {exc}")
    assert outcomes & {"reported", "damaged"}
    assert {o for o in outcomes if o.startswith("unnamed")} == set()


@pytest.mark.parametrize(
    ("codes", "labels"),
    [
        (schema.PERSON_STATUSES, STATUS_LABELS),
        (schema.ROLES, ROLE_LABELS),
        (schema.EVENT_KINDS, EVENT_KIND_LABELS),
        (schema.NAME_SYSTEMS, SYSTEM_LABELS),
        (schema.ORG_KINDS, ORG_KIND_LABELS),
        (schema.TERM_KINDS, TERM_KIND_LABELS),
        (schema.RELATION_KINDS, RELATION_LABELS),
        (schema.RELATION_KINDS, INVERSE_RELATION_LABELS),
    ],
    ids=["status", "role", "event", "system", "org", "term", "relation", "inverse"],
)
def test_every_schema_code_has_a_label(codes: tuple[str, ...], labels: dict[str, str]) -> None:
    assert set(labels) == set(codes)
    assert all(text.strip() for text in labels.values())


def test_languages_of_the_data_have_labels(sample_archive: Archive) -> None:
    langs = {
        r[0]
        for table in ("person_names", "org_names", "quotes", "sources")
        for r in sample_archive.db.execute(f"SELECT DISTINCT lang FROM {table}")
        if r[0] is not None
    }
    langs |= {n["lang"] for p in fixture_documents(6)["people"] for n in p["names"]}
    assert langs - set(LANG_LABELS) == set()
    info = archive_info(sample_archive)
    assert set(info.languages) <= set(LANG_LABELS)
    assert info.quick_check == "ok"
    assert info.counts["people"] > 0


def test_label_falls_back_to_a_readable_code() -> None:
    assert label(STATUS_LABELS, "in_custody") == "In custody"
    assert label(STATUS_LABELS, "under_house_arrest") == "under house arrest"


def test_counts_come_from_the_analyze_record_unless_exact(
    fixture_path: Path, tmp_path: Path
) -> None:
    with open_archive(fixture_path) as a:
        recorded = archive_info(a, quick_check=False)
        exact = archive_info(a, quick_check=False, exact_counts=True)
    assert recorded.counts_recorded
    assert not exact.counts_recorded
    assert recorded.counts == exact.counts
    path = tmp_path / "stale.db"
    shutil.copy(fixture_path, path)
    conn = sqlite3.connect(path)
    with conn:  # a record that does not add up is what --check is for
        conn.execute("UPDATE sqlite_stat1 SET stat = '999 1' WHERE tbl = 'people'")
        conn.execute("UPDATE sqlite_stat1 SET stat = 'many 1' WHERE tbl = 'quotes'")
    conn.close()
    with open_archive(path, defer_checks=True) as a:
        info = archive_info(a, quick_check=False)
        assert info.counts["people"] == 999
        assert info.counts["quotes"] == exact.counts["quotes"]  # not a number: counted
        assert archive_info(a, quick_check=False, exact_counts=True).counts == exact.counts
