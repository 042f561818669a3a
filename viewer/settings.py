"""Typed QSettings (IniFormat) in one place: preferences apart from window state.

Tests pass their own file under tmp_path, so nothing touches the user's
settings. Values that QSettings cannot round-trip exactly through an INI file
(lists, dicts) are stored as JSON text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8
MAX_RECENT_SEARCHES = 15


def default_settings_path() -> Path:
    """Where the user's settings file lives (the platform's config folder)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or ".") / "kartoteka.ini"


class Settings:
    """Typed accessors over one INI file.

    "prefs/*" are the user's choices (sort order, recent files); "state/*" is
    window geometry and pane layout, which is safe to throw away.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # ----- helpers ----------------------------------------------------------

    def _json(self, key: str, default: Any) -> Any:
        raw = self._qs.value(key)
        if not isinstance(raw, str):
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def _set_json(self, key: str, value: Any) -> None:
        self._qs.setValue(key, json.dumps(value, ensure_ascii=False))

    def _bytes(self, key: str) -> QByteArray | None:
        raw = self._qs.value(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    # ----- preferences ------------------------------------------------------

    def last_archive(self) -> Path | None:
        raw = self._qs.value("prefs/last_archive")
        return Path(raw) if isinstance(raw, str) and raw else None

    def set_last_archive(self, path: Path | None) -> None:
        self._qs.setValue("prefs/last_archive", "" if path is None else str(path))

    def recent_files(self) -> list[Path]:
        raw = self._json("prefs/recent_files", [])
        if not isinstance(raw, list):
            return []
        return [Path(p) for p in raw if isinstance(p, str) and p][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        items = [p for p in self.recent_files() if p != path]
        self._set_json("prefs/recent_files", [str(p) for p in [path, *items][:MAX_RECENT]])

    def recent_searches(self) -> list[str]:
        """Searches that ran, most recent first (offered by the search box)."""
        raw = self._json("prefs/recent_searches", [])
        if not isinstance(raw, list):
            return []
        return [t for t in raw if isinstance(t, str) and t.strip()][:MAX_RECENT_SEARCHES]

    def add_recent_search(self, text: str, *, replaces: str | None = None) -> None:
        """Put `text` first; `replaces` (an earlier, shorter stage of it) is dropped.

        Search-as-you-type runs "Ts", "Tsikh", "Tsikhanouski" in turn; the window
        passes the previous stage so that only the finished words are kept.
        """
        text = text.strip()
        if not text:
            return
        items = [t for t in self.recent_searches() if t not in (text, replaces)]
        self._set_json("prefs/recent_searches", [text, *items][:MAX_RECENT_SEARCHES])

    def exact_spelling(self) -> bool:
        """Whether search matches names as written (no variants across scripts, no typos)."""
        raw = self._qs.value("prefs/exact_spelling", False)
        return raw is True or (isinstance(raw, str) and raw.lower() == "true")

    def set_exact_spelling(self, exact: bool) -> None:
        self._qs.setValue("prefs/exact_spelling", bool(exact))

    def sort(self) -> tuple[str, bool]:
        """The list's sort key (a db.records.SortKey value) and whether descending."""
        raw = self._json("prefs/sort", {})
        if not isinstance(raw, dict):
            return "name", False
        key = raw.get("key")
        return (key if isinstance(key, str) else "name"), bool(raw.get("descending", False))

    def set_sort(self, key: str, descending: bool) -> None:
        self._set_json("prefs/sort", {"key": key, "descending": descending})

    def author(self) -> str:
        """The name recorded with every annotation edit (set once in preferences)."""
        raw = self._qs.value("prefs/author")
        if isinstance(raw, str) and raw.strip():
            return raw.strip()
        return os.environ.get("USER") or os.environ.get("USERNAME") or "anonymous"

    def set_author(self, name: str) -> None:
        self._qs.setValue("prefs/author", name.strip())

    def annotation_store_path(self) -> Path | None:
        """The annotation store the user chose; None means the per-user default."""
        raw = self._qs.value("prefs/annotation_store")
        return Path(raw) if isinstance(raw, str) and raw else None

    def set_annotation_store_path(self, path: Path | None) -> None:
        self._qs.setValue("prefs/annotation_store", "" if path is None else str(path))

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks the archive; 0 (default) is never."""
        raw = self._qs.value("prefs/idle_lock_minutes")
        try:
            minutes = int(raw) if raw is not None else 0
        except (TypeError, ValueError):
            return 0
        return max(0, min(minutes, 24 * 60))

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self._qs.setValue("prefs/idle_lock_minutes", max(0, int(minutes)))

    def language(self) -> str:
        """The interface language the user chose ("be", "ru", "en"); "" follows the system."""
        raw = self._qs.value("prefs/language")
        return raw.strip() if isinstance(raw, str) else ""

    def set_language(self, code: str) -> None:
        self._qs.setValue("prefs/language", code.strip())

    # ----- window state -----------------------------------------------------

    def geometry(self) -> QByteArray | None:
        return self._bytes("state/geometry")

    def set_geometry(self, data: QByteArray) -> None:
        self._qs.setValue("state/geometry", data)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"state/splitter_{name}")

    def set_splitter_state(self, name: str, data: QByteArray) -> None:
        self._qs.setValue(f"state/splitter_{name}", data)

    def annotations_visible(self) -> bool:
        """Whether the annotations show below the record (View ▸ Annotations)."""
        raw = self._qs.value("state/annotations_visible", True)
        return raw is True or (isinstance(raw, str) and raw.lower() == "true")

    def set_annotations_visible(self, visible: bool) -> None:
        self._qs.setValue("state/annotations_visible", bool(visible))

    def timeline_zoom(self) -> dict[str, Any]:
        raw = self._json("state/timeline_zoom", {})
        return raw if isinstance(raw, dict) else {}

    def set_timeline_zoom(self, state: dict[str, Any]) -> None:
        self._set_json("state/timeline_zoom", state)
