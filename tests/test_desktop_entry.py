"""The desktop entry, icon and AppStream metadata of a normal install (freedesktop rules)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from db import locations
from db.errors import KartotekaError
from viewer import desktop_entry
from viewer.cli import main

APPSTREAM_OVERRIDE = "--override=cid-desktopapp-is-not-rdns=info"
"""The project owns no domain to build a reverse-DNS id from (docs/PACKAGING.md)."""


def _validate(tool: str, *args: str) -> None:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (scripts/setup.sh test installs it)")
    done = subprocess.run([found, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_shipped_files_validate() -> None:
    folder = desktop_entry.desktop_dir()
    _validate("desktop-file-validate", str(folder / "kartoteka.desktop"))
    _validate(
        "appstreamcli",
        "validate",
        "--no-net",
        APPSTREAM_OVERRIDE,
        str(folder / "kartoteka.metainfo.xml"),
    )


def test_install_writes_a_valid_entry_that_starts_this_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.delenv(locations.PORTABLE_ENV, raising=False)
    assert main(["install-desktop"]) == 0
    paths = desktop_entry.targets(tmp_path / "share")
    assert all(p.is_file() for p in paths.values())
    text = paths["desktop"].read_text(encoding="utf-8")
    (exec_line,) = [line for line in text.splitlines() if line.startswith("Exec=")]
    program = Path(exec_line.removeprefix("Exec=").removesuffix(" %f").strip("'"))
    assert program.is_absolute()
    assert program == desktop_entry.program()
    _validate("desktop-file-validate", str(paths["desktop"]))
    assert main(["install-desktop", "--uninstall"]) == 0
    assert not any(p.exists() for p in paths.values())
    capsys.readouterr()


def test_portable_copy_refuses_to_leave_a_menu_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(locations.PORTABLE_ENV, str(tmp_path / "kartoteka-data"))
    with pytest.raises(KartotekaError, match="portable"):
        desktop_entry.install(tmp_path / "share")
    assert not (tmp_path / "share").exists()
