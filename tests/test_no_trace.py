"""No trace on the host: a whole window session (open, search, note, export, quit).

Portable mode: with HOME, every XDG_* folder and TMPDIR pointed at empty
folders, they are exactly empty afterwards, and (traced with strace) every
file the session wrote is under the portable folder.

Normal mode with "Remember recent searches and files" off: the searched name
is in no file at all; with it on, only in the annotation store.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.host_traces import clean_env, contains, make_host, outside, run_traced, strace_works

ROOT = Path(__file__).resolve().parents[1]
TYPO = "Tsihanouski"
"""What the session searches for: found by spelling variants, but in no archive file."""


def _session(*extra: str) -> list[str]:
    return [sys.executable, "-m", "viewer.cli", "self-test", "--real", "--search", TYPO, *extra]


def test_portable_session_leaves_nothing_on_the_host(tmp_path: Path) -> None:
    host = make_host(tmp_path / "host")
    portable = tmp_path / "stick" / "kartoteka-data"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = clean_env(host, KARTOTEKA_PORTABLE=str(portable), PYTHONPATH=str(ROOT))
    exported = portable.parent / "notes.json"
    done, written = run_traced(
        _session("--export", str(exported)), env, cwd, tmp_path / "trace.txt"
    )
    assert done.returncode == 0, done.stderr
    assert '"step": "exported"' in done.stdout
    assert '"portable": true' in done.stdout
    assert host.files() == []  # home, XDG folders and temp: exactly empty
    assert list(cwd.iterdir()) == []
    assert (portable / "data" / "annotations.sqlite").is_file()
    assert (portable / "config" / "kartoteka.ini").is_file()
    assert list((portable / "tmp").iterdir()) == []  # private files removed at exit
    assert contains(portable / "config", TYPO) == []  # not remembered by default
    if not strace_works():
        pytest.skip("strace is not available or not allowed here; folders checked only")
    assert written is not None
    assert outside(written, portable.parent) == []


@pytest.mark.parametrize("remember", [False, True])
def test_normal_session_keeps_the_searched_name_only_in_the_store(
    tmp_path: Path, remember: bool
) -> None:
    host = make_host(tmp_path / "host")
    settings = host.xdg["XDG_CONFIG_HOME"] / "Kartoteka" / "Kartoteka" / "kartoteka.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[prefs]\nremember_history={str(remember).lower()}\n", encoding="utf-8")
    env = clean_env(host, PYTHONPATH=str(ROOT))
    done, _ = run_traced(_session(), env, tmp_path, tmp_path / "trace.txt")
    assert done.returncode == 0, done.stderr
    store = host.xdg["XDG_DATA_HOME"] / "kartoteka" / "annotations.sqlite"
    assert store.is_file()
    found = [p for folder in host.folders() for p in contains(folder, TYPO)]
    if remember:  # the one file that can be encrypted (with its write-ahead log)
        assert found
        assert all(p.name.startswith(store.name) for p in found)
    else:
        assert found == []
    assert list(host.tmp.iterdir()) == []
