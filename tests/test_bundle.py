"""The Linux bundle, built by scripts/bundle and run as a person would, in a clean environment.

Built once per test run into a temporary folder (PyInstaller's cache there
too, so nothing from an earlier run is used), checked against its .sha256,
unpacked, and run with `env -i`-like variables, a fresh HOME and no Python on
the path: --version, a search on the sample it ships, and a window session in
portable mode that must leave the host folders empty. strace proves the
program reads nothing of this machine's Python or virtualenv.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path

import pytest

from tests.host_traces import clean_env, make_host, outside, run_traced, strace_works

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle is built for Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unpacked bundle folder (built from this checkout, verified by its checksum)."""
    work = tmp_path_factory.mktemp("bundle-work")
    out = tmp_path_factory.mktemp("bundle-out")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bundle.py"),
            "--work",
            str(work),
            "--out",
            str(out),
        ],
        check=True,
        timeout=900,
        capture_output=True,
    )
    (tarball,) = out.glob("kartoteka-*-linux-x86_64.tar.gz")
    line = (out / f"{tarball.name}.sha256").read_text(encoding="ascii")
    assert line == f"{hashlib.sha256(tarball.read_bytes()).hexdigest()}  {tarball.name}\n"
    unpacked = tmp_path_factory.mktemp("bundle-unpacked")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
        assert not [m.name for m in tar.getmembers() if m.issym() or m.islnk()]  # FAT32 sticks
        tar.extractall(unpacked, filter="data")
    (top,) = {n.split("/", 1)[0] for n in names}
    folder = unpacked / top
    assert (folder / "portable").is_file()
    return folder


def _forbidden() -> list[Path]:
    """This machine's Python and virtualenv: the bundle must not read anything there."""
    places = {Path(sys.prefix), Path(sys.base_prefix), Path(sysconfig.get_paths()["purelib"])}
    return sorted(p.resolve() for p in places)


def _reads(trace: Path) -> set[Path]:
    from tests.host_traces import _CALL, _STRING

    found: set[Path] = set()
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _CALL.match(line.strip())
        if match and match.group(1) in ("open", "openat", "stat", "newfstatat", "execve"):
            found |= {Path(s) for s in _STRING.findall(match.group(2)) if s.startswith("/")}
    return found


def test_version_and_search_need_no_python_here(bundle: Path, tmp_path: Path) -> None:
    host = make_host(tmp_path / "host")
    env = clean_env(host)
    env.pop("PYTHONDONTWRITEBYTECODE")
    version = subprocess.run(
        [str(bundle / "kartoteka"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("kartoteka 0.")
    sample = bundle / "_internal" / "kartoteka_resources" / "sample.db"
    trace = tmp_path / "search.trace"
    done, _ = run_traced(
        [str(bundle / "kartoteka"), "search", str(sample), "Тихановский", "--json"],
        env,
        tmp_path,
        trace,
    )
    assert done.returncode == 0, done.stderr
    hits = [json.loads(line) for line in done.stdout.splitlines()]
    assert hits[0]["id"] == "p-tsikhanouski"
    if strace_works():
        python_here = [
            p for p in _reads(trace) if any(f == p or f in p.parents for f in _forbidden())
        ]
        assert python_here == []


def test_window_session_in_portable_mode_leaves_no_trace(bundle: Path, tmp_path: Path) -> None:
    host = make_host(tmp_path / "host")
    env = clean_env(host)
    env.pop("PYTHONDONTWRITEBYTECODE")
    exported = bundle / "exported-notes.json"
    done, written = run_traced(
        [str(bundle / "kartoteka"), "self-test", "--real", "--export", str(exported)],
        env,
        tmp_path,
        tmp_path / "session.trace",
    )
    assert done.returncode == 0, done.stderr
    steps = [json.loads(line)["step"] for line in done.stdout.splitlines()]
    assert steps == ["painted", "listed", "searched", "noted", "exported", "quit"]
    assert json.loads(exported.read_text(encoding="utf-8"))["annotations"]
    assert host.files() == []
    data = bundle / "kartoteka-data"
    assert (data / "data" / "annotations.sqlite").is_file()
    assert list((data / "tmp").iterdir()) == []
    if written is not None and strace_works():
        assert outside(written, bundle) == []
