"""db.locations: one decision of where files live, portable mode, crash-swept temp folders."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from db import locations
from db.annotations import default_store_path
from db.connection import cache_dir as ledger_cache_dir
from db.sample import cache_dir as sample_cache_dir

ROOT = Path(__file__).resolve().parents[2]


def test_normal_mode_follows_xdg_and_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(locations.PORTABLE_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    found = locations.current()
    assert not found.portable
    # the folder QStandardPaths.AppConfigLocation gave the settings before
    assert found.settings_file == tmp_path / "conf" / "Kartoteka" / "Kartoteka" / "kartoteka.ini"
    monkeypatch.setenv(locations.CACHE_ENV, str(tmp_path / "c"))
    monkeypatch.setenv(locations.DATA_ENV, str(tmp_path / "d"))
    found = locations.current()
    assert (found.cache, found.data) == (tmp_path / "c", tmp_path / "d")


def test_portable_folder_holds_everything_and_wins_over_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "stick" / "kartoteka-data"
    monkeypatch.setenv(locations.PORTABLE_ENV, str(root))
    monkeypatch.setenv(locations.CACHE_ENV, str(tmp_path / "elsewhere"))
    monkeypatch.setenv(locations.DATA_ENV, str(tmp_path / "elsewhere"))
    found = locations.current()
    assert found.portable
    assert found.portable_root == root
    for folder in (found.config, found.cache, found.data, found.temp, found.qt_config):
        assert folder.is_relative_to(root)
    variables = locations.portable_environment(found)
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR"):
        assert Path(variables[name]).is_relative_to(root)
    assert "XDG_RUNTIME_DIR" not in variables  # the display's sockets stay where they are
    monkeypatch.delenv(locations.PORTABLE_ENV)
    assert locations.portable_environment(locations.current()) == {}


def test_db_modules_ask_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(locations.PORTABLE_ENV, str(tmp_path / "p"))
    assert ledger_cache_dir() == sample_cache_dir() == tmp_path / "p" / "cache"
    assert default_store_path().parent == tmp_path / "p" / "data"


@pytest.mark.parametrize(
    ("beside", "portable"),
    [(None, False), ("portable", True), ("kartoteka-data/", True), ("portable/", False)],
)
def test_frozen_program_is_portable_with_a_marker_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beside: str | None, portable: bool
) -> None:
    exe = tmp_path / "kartoteka"
    exe.write_bytes(b"")
    if beside is not None and beside.endswith("/"):
        (tmp_path / beside.rstrip("/")).mkdir()
    elif beside is not None:
        (tmp_path / beside).write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(locations.PORTABLE_ENV, raising=False)
    found = locations.current()
    assert found.portable is portable
    if portable:
        assert found.portable_root == tmp_path / "kartoteka-data"


def test_private_folder_is_private_and_removed(tmp_path: Path) -> None:
    folder = locations.private_folder()
    try:
        assert stat.S_IMODE(folder.path.stat().st_mode) == 0o700
        assert (folder.path / locations.OWNER_LOCK).is_file()
    finally:
        folder.remove()
    assert not folder.path.exists()


CHILD = textwrap.dedent(
    """
    import os, sys, time
    from db import locations
    folder = locations.private_folder()
    (folder.path / "archive.db").write_bytes(b"secret")
    print(folder.path, flush=True)
    if sys.argv[1] == "crash":
        os._exit(9)  # no atexit: as after a crash or a kill
    time.sleep(60)
    """
)


def _child(mode: str, temp: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(ROOT)}
    env.pop(locations.PORTABLE_ENV, None)
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, mode], env=env, stdout=subprocess.PIPE, text=True
    )


def test_next_start_sweeps_folders_of_a_crashed_run_only(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    (temp / "kartoteka-not-ours").mkdir()  # no owner lock: some other folder, kept
    crashed = _child("crash", temp)
    assert crashed.stdout is not None
    crashed_folder = Path(crashed.stdout.readline().strip())
    assert crashed.wait(timeout=60) == 9
    assert crashed_folder.is_dir()  # left behind by the crash …
    alive = _child("live", temp)
    crashed.stdout.close()
    try:
        assert alive.stdout is not None
        alive_folder = Path(alive.stdout.readline().strip())
        alive.stdout.close()
        # … and removed by the next start, which keeps the running one's folder
        assert not crashed_folder.exists()
        assert alive_folder.is_dir()
        assert locations.sweep_stale(temp) == []
        assert (temp / "kartoteka-not-ours").is_dir()
    finally:
        alive.kill()
        alive.wait(timeout=60)
    assert locations.sweep_stale(temp) == [alive_folder]


def test_enter_portable_mode_points_libraries_into_the_folder(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import json, os, tempfile
        from db import locations
        found = locations.enter_portable_mode()
        print(json.dumps({
            "tmp": tempfile.gettempdir(),
            "runtime": os.environ["XDG_RUNTIME_DIR"],
            "cache": os.environ["XDG_CACHE_HOME"],
        }))
        """
    )
    root = tmp_path / "kartoteka-data"
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), locations.PORTABLE_ENV: str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    import json

    seen = json.loads(out)
    assert all(Path(v).is_relative_to(root) for v in seen.values())
    assert not Path(seen["runtime"]).exists()  # removed at exit
    assert sorted(p.name for p in root.iterdir()) == ["cache", "config", "data", "tmp", "xdg"]
    assert list((root / "tmp").iterdir()) == []
