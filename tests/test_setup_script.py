"""scripts/setup.sh installs only when pyproject.toml, itself or the system packages changed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FAKE_PYTHON = """#!/bin/sh
# stands in for .venv/bin/python: logs pip calls, answers the version question
case "$*" in
  *pip*) echo "$*" >> "$LOG" ;;
  *) echo "3.11.7 fake-venv" ;;
esac
"""
FAKE_DPKG_QUERY = """#!/bin/sh
for p in "$@"; do case "$p" in -*) ;; *) echo "$p install ok $STATE" ;; esac; done
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A folder with setup.sh, pyproject.toml, a fake venv and fake dpkg tools on PATH."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    venv = tmp_path / ".venv" / "bin"
    venv.mkdir(parents=True)
    tools = tmp_path / "tools"
    tools.mkdir()
    for path, text in (
        (venv / "python", FAKE_PYTHON),
        (tools / "dpkg-query", FAKE_DPKG_QUERY),
        (tools / "dpkg", "#!/bin/sh\nexit 0\n"),  # every package is installed
    ):
        path.write_text(text, encoding="utf-8")
        path.chmod(0o755)
    return tmp_path


def _setup(checkout: Path, mode: str = "", state: str = "installed") -> list[str]:
    """Run setup.sh; returns the pip calls it made."""
    log = checkout / "pip.log"
    log.unlink(missing_ok=True)
    env = {
        "PATH": f"{checkout / 'tools'}:{os.environ['PATH']}",
        "LOG": str(log),
        "STATE": state,
    }
    args = ["bash", str(checkout / "scripts" / "setup.sh"), *([mode] if mode else [])]
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=60)
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_setup_runs_only_when_something_changed(checkout: Path) -> None:
    assert _setup(checkout, "test") == ["-m pip install -q -e .[test]"]
    assert _setup(checkout, "test") == []  # nothing changed: no pip at all
    assert _setup(checkout) == []  # a test set-up covers a plain start
    assert _setup(checkout, "bundle") == []
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + "\n# changed\n")
    assert _setup(checkout) == ["-m pip install -q -e ."]
    assert _setup(checkout) == []
    assert _setup(checkout, "test") == ["-m pip install -q -e .[test]"]  # plain does not cover it
    assert _setup(checkout, state="half-installed") == ["-m pip install -q -e ."]
