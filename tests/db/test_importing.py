"""db.importing: an import file that is a pipe, a device or a socket is refused unread.

Found by the third hostile sweep (issue 12): `kartoteka import NEW.db PIPE` waited
for a writer for good, and an import of /dev/zero (a link named `.json`) filled
13.8 GB of memory in 20 s; a pipe named `people.csv` in a CSV folder hung too.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from db.errors import KartotekaError
from db.importing import import_files


def _pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _link(path: Path, to: str) -> Path:
    path.symlink_to(to)
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda folder: _pipe(folder / "people.json"),
        lambda folder: _pipe(folder / "people.csv"),
        lambda folder: _pipe(folder / "bundle"),  # no suffix: the content would be sniffed
        lambda folder: _link(folder / "zero.json", os.devnull),
        # /dev/zero is the same kind of file (a device): not used here, as the old code read
        # it into memory without end
        lambda folder: _link(folder / "null.csv", os.devnull),
    ],
    ids=["pipe_json", "pipe_csv", "pipe_sniffed", "null_json", "null_csv"],
)
def test_an_import_file_that_is_no_file_is_refused_unread(tmp_path: Path, make: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    given = make(folder)  # type: ignore[operator]
    target = tmp_path / "new.db"
    refused_unread(lambda: import_files(target, [given]), given)
    assert not target.exists()


def test_a_pipe_inside_a_csv_folder_is_refused_unread(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    pipe = _pipe(folder / "people.csv")
    refused_unread(lambda: import_files(tmp_path / "new.db", [folder]), pipe)


def refused_unread(run: object, named: Path, kind: str = "import_not_a_file") -> None:
    """`run()` raises the plain refusal naming `named`; a hang is a failure, not a wait."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            run()  # type: ignore[operator]
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(60)
    if worker.is_alive():  # the old code waited for a writer: let it go, then fail
        for name in (named, *named.parent.glob("*")):
            if name.is_fifo():
                with open(name, "wb"):
                    pass
        worker.join(10)
        pytest.fail(f"{named} was still being read after 60 s")
    exc = outcome[0]
    assert isinstance(exc, KartotekaError), exc
    assert exc.kind is not None
    assert exc.kind.value == kind  # by value: the old code had no such kind
    assert str(named) in str(exc)
