"""The deadline thread that keeps query time limits (db/deadlines.py)."""

from __future__ import annotations

import threading
import time

from db.deadlines import Deadlines


def test_a_deadline_fires_once_it_passes_in_order() -> None:
    deadlines = Deadlines()
    fired: list[str] = []
    done = threading.Event()
    now = time.monotonic()
    deadlines.add(now + 0.10, lambda: (fired.append("late"), done.set()))
    deadlines.add(now + 0.02, lambda: fired.append("early"))
    assert done.wait(5)
    assert fired == ["early", "late"]


def test_a_removed_deadline_never_fires() -> None:
    deadlines = Deadlines()
    fired: list[str] = []
    done = threading.Event()
    now = time.monotonic()
    # far enough ahead that a loaded machine cannot run it before it is removed
    token = deadlines.add(now + 0.5, lambda: fired.append("removed"))
    deadlines.remove(token)
    deadlines.add(now + 0.6, done.set)
    assert done.wait(5)
    time.sleep(0.05)
    assert fired == []
