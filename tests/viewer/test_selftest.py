"""`kartoteka self-test` on an archive the window refuses: one plain line, never a wait.

Found by the third hostile sweep (issue 12, bench/bench_hostile.py --class third
--viewer): the window shows a refused archive's message in a modal error box,
whose own event loop held the self-test's wait for the list for good, so
`self-test --only-start` on any archive the window refused never ended.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.hostile_third import make
from tests.host_traces import clean_env, make_host

ROOT = Path(__file__).resolve().parents[2]
LIMIT_S = 90
"""Far beyond the few seconds the refusal takes; on the old code the run never ended."""


def _self_test(tmp_path: Path, archive: Path) -> subprocess.CompletedProcess[str]:
    host = make_host(tmp_path / "host")
    env = clean_env(host, PYTHONPATH=str(ROOT), LANG="be_BY.UTF-8")
    argv = [sys.executable, "-m", "viewer", "self-test", "--archive", str(archive)]
    try:
        return subprocess.run(
            [*argv, "--only-start"],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=LIMIT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"self-test still waiting after {LIMIT_S} s on a refused archive")


@pytest.mark.parametrize("case", ["text_file", "half_v2_tables_version_1"])
def test_self_test_on_a_refused_archive_says_why_and_ends(
    tmp_path: Path, sample_archive_path: Path, case: str
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    if case == "text_file":
        archive = folder / "archive.db"
        archive.write_text("not an archive\n")
    else:  # format 2 tables in a file that says format 1 (a migration cut short)
        archive = make(case, folder, sample_archive_path)
    before = archive.read_bytes()
    done = _self_test(tmp_path, archive)
    assert done.returncode == 1, done.stderr
    said = [line for line in done.stderr.splitlines() if line.startswith("kartoteka:")]
    assert len(said) == 1, done.stderr
    assert "самаправерка не прайшла: акно паказала памылку" in said[0]
    assert str(archive) in said[0]
    assert "Traceback" not in done.stderr
    assert archive.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["archive.db"]


def test_self_test_still_passes_on_a_good_archive(
    tmp_path: Path, sample_archive_path: Path
) -> None:
    archive = tmp_path / "good.db"
    shutil.copyfile(sample_archive_path, archive)
    done = _self_test(tmp_path, archive)
    assert done.returncode == 0, done.stderr
    assert '"step": "listed"' in done.stdout
