"""db.untrusted.special_file, and the readers of a file a user names that ask it first.

Found by the third hostile sweep (issue 12): `publish --redact PIPE` waited for
good and `publish --redact /dev/zero` filled 8.8 GB of memory in 15 s; the
annotations exchange file (File ▸ Import annotations…) was read the same way.
"""

from __future__ import annotations

import os
from pathlib import Path

from db.annotations import open_store, plan_import
from db.publish.rules import load_rules
from tests.db.test_importing import refused_unread


def test_special_file_tells_pipes_and_devices_from_files_and_folders(tmp_path: Path) -> None:
    from db.untrusted import special_file

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "null.json"
    link.symlink_to(os.devnull)
    plain = tmp_path / "plain.json"
    plain.write_text("{}")
    assert special_file(pipe)
    assert special_file(link)
    assert not special_file(plain)
    assert not special_file(tmp_path)
    assert not special_file(tmp_path / "missing.json")  # its reader says it is missing


def test_redaction_rules_from_a_pipe_are_refused_unread(tmp_path: Path) -> None:
    pipe = tmp_path / "rules.json"
    os.mkfifo(pipe)
    refused_unread(lambda: load_rules(pipe), pipe, "input_not_a_file")


def test_an_annotations_exchange_file_from_a_pipe_is_refused_unread(tmp_path: Path) -> None:
    pipe = tmp_path / "notes.json"
    os.mkfifo(pipe)
    store = open_store(tmp_path / "store.sqlite", author="test")
    try:
        refused_unread(lambda: plan_import(store, pipe), pipe, "input_not_a_file")
    finally:
        store.close()
