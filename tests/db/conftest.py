"""Fixtures shared by the db tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.annotations import AnnotationStore, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AnnotationStore]:
    """A fresh annotation store of archivist "alesia", closed after the test."""
    s = open_store(tmp_path / "annotations.sqlite", author="alesia")
    yield s
    s.close()
