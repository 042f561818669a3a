"""db.exporting's streaming export: the very bytes of the in-memory path, a batch at a time.

The in-memory path (`read_documents` + `write_documents_to`, json.dumps with indent 2) is
the reference: every archive kind, whole or chosen people, JSON, zip of CSV or folder.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import exporting
from db.connection import Archive, open_archive
from db.exporting import export_archive, read_documents, write_documents_to
from db.generate import generate_archive
from db.records import PersonId

_ARCHIVES = ("sample_archive_path", "v2_archive_path", "generated_path")
_OUTPUTS = ("out.json", "out.zip", "folder")


@pytest.fixture(scope="module")
def generated_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("generated") / "g.db"
    generate_archive(path, 300)
    return path


def _most_linked_person(archive: Archive) -> str:
    """The person with the most relations, events and quotes (what an export pulls in)."""
    row = archive.db.execute(
        "SELECT person_id, count(*) AS n FROM ("
        " SELECT person_id FROM relations UNION ALL SELECT other_person_id FROM relations"
        " UNION ALL SELECT person_id FROM event_people UNION ALL SELECT speaker_id FROM quotes"
        " UNION ALL SELECT person_id FROM sentences"
        ") WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY n DESC, person_id LIMIT 1"
    ).fetchone()
    return str(row[0])


def _files(root: Path) -> dict[str, bytes]:
    if root.suffix == ".zip":
        with zipfile.ZipFile(root) as zf:
            return {n: zf.read(n) for n in zf.namelist()}
    if root.is_file():
        return {root.name: root.read_bytes()}
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _export_both(
    path: Path, tmp_path: Path, name: str, chosen: bool, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, bytes], dict[str, bytes], list[int]]:
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    fmt = "json" if name.endswith(".json") else "csv"
    seen: list[int] = []
    check = exporting.certainly_valid

    def counted(key: str, batch: list[dict[str, Any]], *args: Any) -> bool:
        seen.append(len(batch))
        return check(key, batch, *args)

    with open_archive(path) as archive:
        ids = [PersonId(_most_linked_person(archive))] if chosen else None
        write_documents_to(read_documents(archive.db, ids), before / name, fmt)
        monkeypatch.setattr(exporting, "BATCH_ROWS", 3)
        monkeypatch.setattr(exporting, "ATTACHMENT_BATCH_ROWS", 2)
        monkeypatch.setattr(exporting, "certainly_valid", counted)
        export_archive(archive, after / name, person_ids=ids)
    return _files(before / name), _files(after / name), seen


@pytest.mark.parametrize("chosen", [False, True], ids=["whole", "chosen people"])
@pytest.mark.parametrize("name", _OUTPUTS)
@pytest.mark.parametrize("fixture", _ARCHIVES)
def test_an_export_writes_the_bytes_of_the_in_memory_path_a_batch_at_a_time(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fixture: str,
    name: str,
    chosen: bool,
) -> None:
    """The export reads rows as tuples, checks a batch column by column and encodes JSON
    itself (a third of the time it took): not one byte may differ. An export of chosen
    people held every document they pull in (relations, events and quotes can pull in
    much of an archive): now their ids, and their documents a batch at a time."""
    path = request.getfixturevalue(fixture)
    old, new, seen = _export_both(path, tmp_path, name, chosen, monkeypatch)
    assert old == new
    assert seen
    assert max(seen) <= 3


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
    | st.binary(max_size=8)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
        | st.dictionaries(st.integers() | st.booleans() | st.none(), inner, min_size=1, max_size=2)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.sampled_from((0, 2, 4)))
def test_the_json_of_an_entry_is_json_dumps_s(value: Any, level: int) -> None:
    assert exporting._json_doc(value, level) == exporting._json_at(value, level)
