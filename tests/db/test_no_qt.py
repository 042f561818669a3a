"""db/ must never import Qt: import every db module in a fresh interpreter and look."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import db

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import importlib, json, pkgutil, sys
import db
names = ["db"] + [m.name for m in pkgutil.walk_packages(db.__path__, "db.")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_every_db_module_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    expected = {m.name for m in pkgutil.walk_packages(db.__path__, "db.")}
    assert {"db.people", "db.person", "db.facets", "db.info", "db.writer"} <= expected
    assert set(report["imported"]) == expected | {"db"}
    assert report["qt"] == []
