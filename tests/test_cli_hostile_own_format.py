"""The third hostile kit (tests/data/hostile_own_format.py) through the command line.

Every case runs through `info`, `search --json`, `export`, an import of that
export into a fresh archive and an import into the case itself, in child
processes (tests/data/hostile_own_format_sweep.py) whose peak RSS bounds
every command's memory. Cases are built from the three kinds of archive a
user meets: `build-sample`, `generate` and `import` output.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from db.connection import open_archive
from db.exporting import export_archive
from db.generate import generate_archive
from db.importing import import_files
from db.sample import build_sample
from tests.data.hostile_own_format import CASES

ROOT = Path(__file__).resolve().parent.parent
SWEEP = "tests.data.hostile_own_format_sweep"
MEMORY_LIMIT_MB = 1024
SECONDS_LIMIT = 10.0
"""CPU seconds a command may spend on a case (a hang, by wall time, is the sweep's LIMIT_S):
wall time measured 13 s for a 2 s command beside other jobs on two cores."""
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
OTHER_BASES = (
    "value_people_display_name_megabyte",
    "value_people_id_null",
    "value_people_status_nul",
    "sentence_of_nobody",
    "person_deleted_raw",
    "org_parent_cycle",
    "meta_empty",
    "fts_config_odd",
    "trigger_on_every_table",
    "header_utf16",
    "zero_middle_page",
    "symlink",
)
"""Cases also built from a generated and from an imported archive."""


def _bases(folder: Path) -> dict[str, Path]:
    sample = folder / "sample.db"
    build_sample(sample)
    generated = folder / "generated.db"
    generate_archive(generated, people=60, seed=3)
    exported = folder / "sample.json"
    with open_archive(sample) as archive:
        export_archive(archive, exported)
    imported = folder / "imported.db"
    import_files(imported, [exported])
    return {"sample": sample, "generated": generated, "imported": imported}


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("own-format")
    bases = _bases(root)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KARTOTEKA_CACHE_DIR": str(root / "cache"),
        "TMPDIR": str(root),
    }
    procs = []
    for label, base in bases.items():
        work = root / label
        work.mkdir()
        names = list(CASES) if label == "sample" else list(OTHER_BASES)
        errors = (root / f"{label}-stderr.txt").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", SWEEP, str(base), str(work), *names],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            cwd=ROOT,
        )
        procs.append((label, proc, errors))
    results: dict[str, Any] = {}
    for label, proc, errors in procs:
        out, _ = proc.communicate()
        errors.close()
        text = (root / f"{label}-stderr.txt").read_text(errors="replace")
        assert proc.returncode == 0, text[-3000:]
        results[label] = json.loads(out)
    return results


def _outcomes(swept: dict[str, Any]) -> list[tuple[str, str, str, list[Any]]]:
    return [
        (base, case, command, outcome)
        for base, cases in swept.items()
        for case, commands in cases.items()
        if not case.startswith("__")
        for command, outcome in commands.items()
    ]


def test_memory_stays_bounded(swept: dict[str, Any]) -> None:
    for base, cases in swept.items():
        assert cases["__rss_mb__"] <= MEMORY_LIMIT_MB, base


def test_every_command_ends_plainly_in_bounded_time(swept: dict[str, Any]) -> None:
    for base, case, command, outcome in _outcomes(swept):
        code, seconds, stdout, stderr, changed, left = outcome
        where = f"{base} / {case} / {command}"
        assert code in (0, 1), (where, code, stderr[-2000:])
        assert seconds < SECONDS_LIMIT, where
        assert "Traceback" not in stderr, where
        said = [line for line in stderr.splitlines() if not line.startswith("kartoteka: note:")]
        assert len(said) == (code == 1), (where, stderr)  # one line, however much is wrong
        for line in stderr.splitlines():
            assert line.startswith("kartoteka: ") or re.fullmatch(
                r"Checking: \d+% \(\d+s\)", line
            ), (where, line)
        assert not RAW_CONTROLS.search(stdout), where
        assert not RAW_CONTROLS.search(stderr), where
        assert not left, where  # a failed export leaves no file
        if command == "import into" and code == 0:
            continue  # the one command that writes the case's own file
        if command != "import export":
            assert not changed, where  # the user's folder and files as they were


def test_what_export_writes_imports_back(swept: dict[str, Any]) -> None:
    """An export that no import takes back is a failure in disguise."""
    for base, cases in swept.items():
        for case, commands in cases.items():
            if case.startswith("__") or commands["export"][0] != 0:
                continue
            assert commands["import export"][0] == 0, (base, case, commands["import export"][3])


def test_each_class_found_has_its_answer(swept: dict[str, Any]) -> None:
    sample = swept["sample"]

    def err(case: str, command: str) -> str:
        return str(sample[case][command][3])

    def code(case: str, command: str) -> object:
        return sample[case][command][0]

    # an id that is not there, or what no import would take: refused, named
    assert "no usable id" in err("value_people_id_null", "export")
    assert "no import takes back" in err("value_people_status_nul", "export")
    assert "no import takes back" in err("sentence_of_nobody", "export")
    # an import into an archive that was damaged before says so, and changes nothing
    assert "nothing was imported into it" in err("event_people_dangling", "import into")
    assert "None" not in err("event_people_dangling", "import into")
    # one damaged full-text index: the names still answer, with a note
    assert code("fts_config_odd", "search --json") == 0
    assert "Tsikhanouski" in sample["fts_config_odd"]["search --json"][2]
    assert "search index of people is damaged" in err("fts_config_odd", "search --json")
    # a megabyte name word: every command within the limit (the import took minutes)
    assert code("value_people_display_name_megabyte", "import into") == 0
    # links and read-only files are not replaced by the import
    assert code("symlink", "import into") == 0
    assert "link" in err("symlink_dangling", "import into")
    assert "read-only" in err("read_only_file", "import into")
    assert "not stored as UTF-8" in err("header_utf16", "info")
    assert "folder" in err("journal_is_folder", "info")
    assert err("trigger_on_every_table", "import into").count("\n") == 1
    # format 2 (bench/bench_hostile.py): a photo no import would take is named, not exported
    assert "decompression bomb" in err("photo_pixel_bomb", "export")
    assert "not a JPEG" in err("photo_not_image", "export")
