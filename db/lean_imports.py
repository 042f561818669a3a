"""Importing sqlite-utils without numpy, for start-up paths that insert nothing numpy made.

sqlite-utils imports numpy (and pandas) if it can, only to map their types
when inserting; Kartoteka never inserts numpy values, and numpy's import is
a tenth of a second or more of CPU that the CLI's read commands and the
window's first list would otherwise wait for. numpy stays importable
afterwards (db.people and db.timeline import it where they first need it).
"""

from __future__ import annotations

import sys


def import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils with numpy and pandas hidden from it (no-op once it is imported)."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = {name: sys.modules.get(name) for name in ("numpy", "pandas")}
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name, module in hidden.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module
