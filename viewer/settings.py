"""Typed QSettings (IniFormat) in one place: preferences apart from window state.

Tests pass their own file under tmp_path, so nothing touches the user's
settings. Values that QSettings cannot round-trip exactly through an INI file
(lists, dicts) are stored as JSON text. The file's folder comes from
db.locations (the per-user config folder, or the portable folder).

The recent searches and archives are not kept here: `Settings.history`
(viewer.discretion) holds them, and saves them in the annotation store when
"Remember recent searches and files" is on. Lists that older versions wrote
here are moved out when the file is opened.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from db import locations
from viewer.discretion import MAX_RECENT_FILES, MAX_RECENT_SEARCHES, RecentHistory

MAX_RECENT = MAX_RECENT_FILES
__all__ = ["MAX_RECENT", "MAX_RECENT_SEARCHES", "Settings", "default_settings_path"]
LEGACY_RECENT_KEYS = ("prefs/recent_searches", "prefs/recent_files")


def default_settings_path() -> Path:
    """Where the user's settings file lives (db.locations: config or portable folder)."""
    return locations.current().settings_file


class Settings:
    """Typed accessors over one INI file.

    "prefs/*" are the user's choices (sort order, recent files); "state/*" is
    window geometry and pane layout, which is safe to throw away.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.history = RecentHistory(self.remember_history())
        self._move_legacy_recent_lists()

    def _move_legacy_recent_lists(self) -> None:
        """Older versions kept the recent lists here in plain text: hand them over, delete them."""
        if not any(self._qs.contains(key) for key in LEGACY_RECENT_KEYS):
            return
        searches = self._json("prefs/recent_searches", [])
        files = self._json("prefs/recent_files", [])
        for text in reversed(searches if isinstance(searches, list) else []):
            if isinstance(text, str):
                self.history.add_search(text)
        for name in reversed(files if isinstance(files, list) else []):
            if isinstance(name, str) and name:
                self.history.add_file(Path(name))
        for key in LEGACY_RECENT_KEYS:
            self._qs.remove(key)
        self._qs.sync()

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
        """The archive to reopen at start; None when history is not remembered."""
        raw = self._qs.value("prefs/last_archive")
        if not self.remember_history():
            return None
        return Path(raw) if isinstance(raw, str) and raw else None

    def set_last_archive(self, path: Path | None) -> None:
        if path is None or not self.remember_history():
            self._qs.remove("prefs/last_archive")
            return
        self._qs.setValue("prefs/last_archive", str(path))

    def recent_files(self) -> list[Path]:
        return self.history.files()

    def add_recent_file(self, path: Path) -> None:
        self.history.add_file(path)

    def recent_searches(self) -> list[str]:
        """Searches that ran, most recent first (offered by the search box)."""
        return self.history.searches()

    def add_recent_search(self, text: str, *, replaces: str | None = None) -> None:
        """Put `text` first; `replaces` (an earlier, shorter stage of it) is dropped.

        Search-as-you-type runs "Ts", "Tsikh", "Tsikhanouski" in turn; the window
        passes the previous stage so that only the finished words are kept.
        """
        self.history.add_search(text, replaces=replaces)

    def remember_history(self) -> bool:
        """Whether recent searches and archives are kept across runs (off when portable)."""
        raw = self._qs.value("prefs/remember_history")
        if raw is None:
            return not locations.current().portable
        return raw is True or (isinstance(raw, str) and raw.lower() == "true")

    def set_remember_history(self, remember: bool) -> None:
        """Off deletes what was kept (the store's lists, the last archive); on keeps from now."""
        self._qs.setValue("prefs/remember_history", bool(remember))
        self.history.set_remember(bool(remember))
        if not remember:
            self._qs.remove("prefs/last_archive")
        self._qs.sync()

    def clear_history(self) -> None:
        """Clear history now: recent searches and archives, the last archive, dialog history."""
        self.history.clear()
        self._qs.remove("prefs/last_archive")
        self._qs.sync()

    def exact_spelling(self) -> bool:
        """Whether search matches names as written (no variants across scripts, no typos)."""
        raw = self._qs.value("prefs/exact_spelling", False)
        return raw is True or (isinstance(raw, str) and raw.lower() == "true")

    def set_exact_spelling(self, exact: bool) -> None:
        self._qs.setValue("prefs/exact_spelling", bool(exact))

    def envelope_language(self) -> str | None:
        """The Letters envelopes' language ("ru" or "be"); None: not chosen yet."""
        raw = self._qs.value("prefs/envelope_language")
        return raw if raw in ("ru", "be") else None

    def set_envelope_language(self, lang: str) -> None:
        if lang in ("ru", "be"):
            self._qs.setValue("prefs/envelope_language", lang)

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

    def names_script(self) -> str:
        """View ▸ Show names in: a db.records.NameScript value ("": the UI language's)."""
        raw = self._qs.value("prefs/names_script")
        return raw.strip() if isinstance(raw, str) else ""

    def set_names_script(self, script: str) -> None:
        self._qs.setValue("prefs/names_script", script.strip())

    # ----- window state -----------------------------------------------------

    def geometry(self) -> QByteArray | None:
        return self._bytes("state/geometry")

    def set_geometry(self, data: QByteArray) -> None:
        self._qs.setValue("state/geometry", data)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"state/splitter_{name}")

    def set_splitter_state(self, name: str, data: QByteArray | None) -> None:
        """None forgets it: the next window fits the default layout to its own size."""
        if data is None:
            self._qs.remove(f"state/splitter_{name}")
        else:
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
