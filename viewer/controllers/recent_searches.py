"""Searches that found people, offered again by the search box.

Kept in the settings for now, behind this one small class, so where they
live can change (the annotation store, cleared on Lock) without touching
the search box or the browse flow.
"""

from __future__ import annotations

from viewer.settings import Settings


class RecentSearches:
    """The recent searches, most recent first; the stages of typing one collapse into it."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def items(self) -> list[str]:
        return self._settings.recent_searches()

    def remember(self, text: str) -> bool:
        """Keep `text` (it found people); False when it was a stage of the last one."""
        recent = self.items()
        last = recent[0] if recent else ""
        if last and last != text and last.casefold().startswith(text.casefold()):
            return False  # deleting letters of the last search: keep the longer one
        replaces = last if last and text.casefold().startswith(last.casefold()) else None
        self._settings.add_recent_search(text, replaces=replaces)
        return True
