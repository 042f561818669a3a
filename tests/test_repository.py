"""The repository itself: what a merge or a careless commit can leave behind.

Several people merge into main every day; a conflict marker left in a README
or a machine's home folder written into a doc is easy to miss in review.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".yml", ".yaml", ".json", ".cfg", ".spec", ".sh"}
CONFLICT = re.compile(r"^(<{7}|>{7})( |$)|^={7}$", re.M)


def _tracked_text_files() -> list[Path]:
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout (e.g. an unpacked source archive)")
    names = [n for n in out.decode().split("\0") if n]
    paths = [ROOT / n for n in names]
    return [
        p
        for p in paths
        if p.is_file() and (p.suffix in TEXT_SUFFIXES or p.parent.name == "scripts")
    ]


def test_no_conflict_markers_are_committed() -> None:
    left = [
        str(p.relative_to(ROOT))
        for p in _tracked_text_files()
        if CONFLICT.search(p.read_text(encoding="utf-8", errors="replace"))
    ]
    assert left == []


def test_the_conflict_pattern_would_catch_a_real_marker() -> None:
    marker = "<" * 7 + " HEAD\nours\n" + "=" * 7 + "\ntheirs\n" + ">" * 7 + " branch\n"
    assert len(CONFLICT.findall(marker)) == 3
    assert not CONFLICT.search("Heading\n=======\n".replace("=======", "=" * 8))
