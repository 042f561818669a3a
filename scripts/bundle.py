"""Build the self-contained Linux bundle: dist/kartoteka-VERSION-linux-x86_64.tar.gz + .sha256.

    scripts/bundle [--out DIR] [--work DIR]

Stages the resources (the sample archive built from resources/sample, the
translations, icons, styles, the desktop entry, and DejaVu fonts that cover
Belarusian and Russian), freezes viewer.cli with PyInstaller
(packaging/kartoteka.spec), and packs one folder with a `portable` marker
beside the program. PyInstaller's cache goes to the work folder, so a build
never depends on what an earlier one left (docs/PACKAGING.md).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
FONT_LICENCE = Path("/usr/share/doc/fonts-dejavu-core/copyright")
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Used only on a computer without its own fontconfig set-up (viewer.host). -->
<fontconfig>
  <dir prefix="relative">.</dir>
  <cachedir prefix="xdg">fontconfig</cachedir>
</fontconfig>
"""
README = """Kartoteka {version}: an offline viewer for archives of political prisoners' records.

Start it:            ./kartoteka
On a FAT32 stick:    sh kartoteka.sh   (FAT keeps no "executable" flag)
Check it works:      ./kartoteka self-test
Search from a shell: ./kartoteka search ARCHIVE NAME

Portable mode is on: the file `portable` beside the program keeps every setting,
note, cache and temporary file in the folder `kartoteka-data` next to it, and
nothing in the home folder of the computer. Delete `portable` to keep them in
your home folder instead (a normal install).

Verify the download before you unpack it:  sha256sum -c {tarball}.sha256
More: docs/PACKAGING.md in the source, https is not needed for any of this.
"""
LAUNCHER = """#!/bin/sh
# Starts Kartoteka where the program file lost its executable flag (FAT32 sticks).
here=$(dirname "$0")
for loader in /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2; do
  if [ -x "$loader" ]; then exec "$loader" "$here/kartoteka" "$@"; fi
done
exec "$here/kartoteka" "$@"
"""
FIXED_MTIME = 1_700_000_000
"""Every file in the tarball gets this time (SOURCE_DATE_EPOCH overrides): same bytes each build."""


def stage_resources(stage: Path) -> None:
    """resources/ as the bundle ships it, with the sample archive built and the fonts."""
    from db.sample import SAMPLE_DB_NAME, build_sample

    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(ROOT / "resources", stage, ignore=shutil.ignore_patterns("README.md"))
    build_sample(stage / SAMPLE_DB_NAME)
    fonts = stage / "fonts"
    fonts.mkdir(exist_ok=True)  # resources/fonts (Noto Sans for dossiers) is there already
    for name in FONTS:
        source = FONT_DIR / name
        if not source.is_file():
            raise SystemExit(f"{source}: missing; scripts/setup.sh installs fonts-dejavu-core")
        shutil.copy(source, fonts / name)
    if FONT_LICENCE.is_file():
        shutil.copy(FONT_LICENCE, fonts / "LICENSE-DejaVu.txt")
    (fonts / "fonts.conf").write_text(FONTS_CONF, encoding="utf-8")


def freeze(stage: Path, work: Path) -> Path:
    """Run PyInstaller on packaging/kartoteka.spec; returns the built folder."""
    env = {
        **os.environ,
        "KARTOTEKA_STAGE": str(stage),
        "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache"),
        "PYTHONHASHSEED": "0",
    }
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "kartoteka.spec"),
        ],
        env=env,
        check=True,
        cwd=ROOT,
    )
    return work / "dist" / "kartoteka"


def assemble(built: Path, folder: Path, tarball: str, ver: str) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    shutil.move(str(built), folder)
    for link in [p for p in folder.rglob("*") if p.is_symlink()]:
        # PyInstaller links some libraries into _internal/ as well; their own rpaths find
        # them without the links, and FAT32 sticks cannot hold links (tests/test_bundle.py)
        link.unlink()
    (folder / "portable").write_text(
        "Portable mode: delete this file to keep settings and notes in the home folder.\n",
        encoding="utf-8",
    )
    (folder / "README.txt").write_text(README.format(version=ver, tarball=tarball), "utf-8")
    launcher = folder / "kartoteka.sh"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    launcher.chmod(0o755)


def scrub_runpaths(folder: Path) -> int:
    """Remove search paths of the build machine from the libraries (e.g. pyenv's lib/).

    A RUNPATH like <pyenv root>/versions/3.11.7/lib makes the loader look there on
    every computer (and names the build machine's folders); `$ORIGIN` entries stay.
    Returns how many files were changed.
    """
    changed = 0
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        paths = [
            entry
            for line in dynamic.splitlines()
            if "(RUNPATH)" in line or "(RPATH)" in line
            for entry in line.split("[", 1)[1].rstrip("]").split(":")
        ]
        keep = [p for p in paths if p.startswith("$ORIGIN")]
        if paths == keep:
            continue
        command = (
            ["patchelf", "--set-rpath", ":".join(keep)] if keep else ["patchelf", "--remove-rpath"]
        )
        subprocess.run([*command, str(path)], check=True)
        changed += 1
    return changed


def pack(folder: Path, tarball: Path) -> str:
    """A reproducible tar.gz of `folder` (sorted, fixed times and owners); returns its sha256."""
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", FIXED_MTIME))

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.mtime = mtime
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    paths = sorted(folder.rglob("*"))
    tmp = tarball.with_name(tarball.name + ".partial")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name, recursive=False, filter=normalise)
        for path in paths:
            tar.add(
                path,
                arcname=f"{folder.name}/{path.relative_to(folder)}",
                recursive=False,
                filter=normalise,
            )
    os.replace(tmp, tarball)
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    tarball.with_name(tarball.name + ".sha256").write_text(
        f"{digest}  {tarball.name}\n", encoding="ascii"
    )
    return digest


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bundle", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bundle", help="default: build/bundle/"
    )
    args = parser.parse_args(argv)
    if sys.platform != "linux" or platform.machine() != "x86_64":
        raise SystemExit("scripts/bundle builds the Linux x86_64 bundle; run it on such a machine.")
    started = time.monotonic()
    ver = version("kartoteka")
    name = f"kartoteka-{ver}-linux-x86_64"
    work: Path = args.work.absolute()
    out: Path = args.out.absolute()
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    stage = work / "stage"
    stage_resources(stage)
    built = freeze(stage, work)
    folder = work / name
    assemble(built, folder, f"{name}.tar.gz", ver)
    scrub_runpaths(folder)
    tarball = out / f"{name}.tar.gz"
    digest = pack(folder, tarball)
    print(
        f"Wrote {tarball} ({tarball.stat().st_size / 1e6:.1f} MB; "
        f"{folder_size(folder) / 1e6:.1f} MB unpacked) in {time.monotonic() - started:.0f} s\n"
        f"sha256 {digest}  (also in {tarball.name}.sha256)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
