"""Shared test setup: Qt runs offscreen, gui tests are marked automatically."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# the sample archive cache, the checked-archives ledger and the per-user annotation
# store go to throwaway folders, never into the user's real cache or data
for _env, _prefix in (
    ("KARTOTEKA_CACHE_DIR", "kartoteka-test-cache-"),
    ("KARTOTEKA_DATA_DIR", "kartoteka-test-data-"),
):
    if _env not in os.environ:
        _folder = tempfile.mkdtemp(prefix=_prefix)
        os.environ[_env] = _folder
        atexit.register(shutil.rmtree, _folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _search_time_limits(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Accuracy tests must not depend on how loaded the machine is.

    A search cut short by its time limit returns what it found so far, so
    on a busy 2-core runner an accuracy test could fail for want of CPU.
    Budgets are measured in bench/, and the tests of the limit itself are
    marked `real_time_limits` or pass `time_limit_ms` explicitly.
    """
    if request.node.get_closest_marker("real_time_limits") is None:
        import db.search

        monkeypatch.setattr(db.search, "SEARCH_TIME_LIMIT_MS", 120_000)
        monkeypatch.setattr(db.search, "PRESENT_TIME_LIMIT_MS", 120_000)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "qtmodeltester" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def sample_archive_path(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The bundled sample archive, built once per test session from resources/sample."""
    from db.sample import build_sample

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    build_sample(path)
    return path


@pytest.fixture(scope="session")
def v2_archive_path(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An archive of tests.data.format_v2's documents (every format 2 field), built once."""
    import json

    from db.importing import import_files
    from tests.data.format_v2 import v2_documents

    folder = tmp_path_factory.mktemp("v2")
    src = folder / "in.json"
    src.write_text(json.dumps(v2_documents(), ensure_ascii=False), encoding="utf-8")
    import_files(folder / "v2.db", [src])
    return folder / "v2.db"


@pytest.fixture
def sample_archive(sample_archive_path):  # type: ignore[no-untyped-def]
    """An open read-only Archive on the sample; closed after the test."""
    from db.connection import open_archive

    archive = open_archive(sample_archive_path)
    yield archive
    archive.close()
