"""What every controller is given: passed explicitly, never a global (git-cola's context)."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.settings import Settings
from viewer.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class AppContext:
    """The user's settings and the one background-task runner of a window."""

    settings: Settings
    tasks: TaskRunner
