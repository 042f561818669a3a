"""`kartoteka install-desktop`: the menu entry, icon and AppStream data of a normal install.

Writes resources/desktop/kartoteka.desktop (with `Exec` pointing at this very
program), the icon and the metainfo into the user's XDG data folder, where
desktop environments and software centres look (freedesktop Desktop Entry and
Icon Theme specifications). Refused in portable mode: a menu entry on the
host is exactly the trace a portable copy must not leave. No Qt here.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from db import locations
from db.errors import KartotekaError
from db.resources import resources_dir

DESKTOP_ID = "kartoteka.desktop"
ICON_NAME = "kartoteka"


def desktop_dir() -> Path:
    return resources_dir() / "desktop"


def data_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    return Path(xdg) if xdg else Path.home() / ".local" / "share"


def program() -> Path:
    """The program a menu entry should start: the bundle's executable, or this script."""
    frozen = locations.app_dir()
    if frozen is not None:
        return Path(sys.executable).resolve()
    found = shutil.which("kartoteka")
    return Path(found).resolve() if found else Path(sys.argv[0]).resolve()


def targets(home: Path) -> dict[str, Path]:
    return {
        "desktop": home / "applications" / DESKTOP_ID,
        "icon": home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg",
        "metainfo": home / "metainfo" / "kartoteka.metainfo.xml",
    }


def entry_text(executable: Path) -> str:
    """The shipped entry with Exec and TryExec naming `executable`."""
    lines = []
    for line in (desktop_dir() / DESKTOP_ID).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={shlex.quote(str(executable))} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={executable}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(home: Path | None = None) -> dict[str, Path]:
    """Write the entry, icon and metainfo; returns where they went."""
    if locations.current().portable:
        raise KartotekaError(
            "this is a portable copy: a menu entry would be a trace on this computer. "
            "Delete the file `portable` beside the program to install it normally."
        )
    paths = targets(home or data_home())
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    paths["desktop"].write_text(entry_text(program()), encoding="utf-8")
    shutil.copyfile(desktop_dir() / f"{ICON_NAME}.svg", paths["icon"])
    shutil.copyfile(desktop_dir() / "kartoteka.metainfo.xml", paths["metainfo"])
    return paths


def uninstall(home: Path | None = None) -> list[Path]:
    removed = []
    for path in targets(home or data_home()).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
