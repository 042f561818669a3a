"""Hostile zips of CSV files given to import: bombs, encrypted or unknown members, bad streams.

Found by bench/bench_hostile.py (class `zip:`): a 1.5 MB zip holding a 1.5 GB
CSV file took the import past 1 GB of memory, and an encrypted member ended in
a traceback. Each now ends in the import's own message, naming the member.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from db.errors import ImportValidationError
from db.importing import ZIP_RATIO_MAX, ZIP_SMALL_BYTES, import_files
from db.problems import ProblemKind

PEOPLE = "id,display_name\np-zip-1,Zip Person\n"


def _bomb(path: Path) -> None:
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf,
        zf.open("people.csv", "w") as f,
    ):
        f.write(PEOPLE.encode())
        f.write(b"\n" * (ZIP_SMALL_BYTES + (1 << 20)))  # packs to a few kB


def _lying_sizes(path: Path) -> None:
    """The bomb again, claiming to be small: unpacked no further than it claims, then refused."""
    _bomb(path)
    data = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = data.find(sig)
        data[i + at : i + at + 4] = struct.pack("<I", 100)
    path.write_bytes(bytes(data))


def _flagged(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("people.csv", PEOPLE)
    data = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.find(sig) + at] |= 1  # "encrypted"
    path.write_bytes(bytes(data))


def _method(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("people.csv", PEOPLE)
    data = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        i = data.find(sig)
        data[i + at : i + at + 2] = struct.pack("<H", 99)  # AES
    path.write_bytes(bytes(data))


def _bad_stream(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("people.csv", PEOPLE * 50)
    data = bytearray(path.read_bytes())
    start = data.find(b"people.csv") + len("people.csv")
    data[start : start + 6] = b"\xff" * 6
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (_bomb, ProblemKind.ZIP_BOMB),
        (_lying_sizes, ProblemKind.NOT_ZIP),
        (_flagged, ProblemKind.ZIP_LOCKED),
        (_method, ProblemKind.ZIP_LOCKED),
        (_bad_stream, ProblemKind.NOT_ZIP),
    ],
    ids=["bomb", "bomb with lying sizes", "encrypted", "unknown method", "bad stream"],
)
def test_a_hostile_zip_is_refused_by_name(
    tmp_path: Path, make: Callable[[Path], None], kind: ProblemKind
) -> None:
    given = tmp_path / "given"
    given.mkdir()
    bundle = given / "bundle.zip"
    make(bundle)
    before = bundle.read_bytes()
    with pytest.raises(ImportValidationError) as caught:
        import_files(tmp_path / "new.db", [bundle])
    (problem,) = caught.value.problems
    assert getattr(problem, "kind", None) is kind
    assert "people.csv" in str(problem)
    assert not (tmp_path / "new.db").exists()
    assert [p.name for p in given.iterdir()] == ["bundle.zip"]
    assert bundle.read_bytes() == before


def test_a_well_packed_csv_still_imports(tmp_path: Path) -> None:
    """The ratio bound leaves room for CSV text, which packs far less than a bomb."""
    bundle = tmp_path / "bundle.zip"
    rows = "".join(f"p-{i},Person Number {i} of the list\n" for i in range(2000))
    with zipfile.ZipFile(bundle, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("people.csv", "id,display_name\n" + rows)
        info = zf.getinfo("people.csv")
    assert info.file_size < ZIP_RATIO_MAX * info.compress_size
    import_files(tmp_path / "new.db", [bundle])
