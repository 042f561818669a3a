"""Finds the bundled resources/ folder, in a source checkout or an installed wheel.

The wheel force-includes the repository's resources/ as the top-level
`kartoteka_resources` folder beside the `db` package (see pyproject.toml), so
both layouts are looked up relative to this file, never the working directory.
"""

from __future__ import annotations

from pathlib import Path

from db.errors import ErrorKind, KartotekaError

INSTALLED_NAME = "kartoteka_resources"


def candidate_dirs() -> tuple[Path, ...]:
    """Where resources may live, most specific first."""
    root = Path(__file__).resolve().parent.parent
    return (root / "resources", root / INSTALLED_NAME)


def resources_dir() -> Path:
    """The resources folder; a plain error when the installation lacks it."""
    for path in candidate_dirs():
        if (path / "sample").is_dir():
            return path
    tried = ", ".join(str(p) for p in candidate_dirs())
    raise KartotekaError.of(ErrorKind.RESOURCES_MISSING, None, tried=tried)
