"""Pieces of work run one per turn of the event loop, with the other timers running between."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from viewer.turns import Turns, next_turn


def _heartbeat(log: list[str]) -> QTimer:
    """A timer as bench_stalls.py's heartbeat is (2 ms, precise): it notes its ticks."""
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(2)
    timer.timeout.connect(lambda: log.append("tick"))
    timer.start()
    return timer


def _work(log: list[str], name: str) -> None:
    """A piece that takes longer than the heartbeat's interval."""
    end = time.perf_counter() + 0.005
    while time.perf_counter() < end:
        pass
    log.append(name)


def test_other_timers_run_between_two_pieces(qtbot: QtBot) -> None:
    """Chained zero-timeout single shots ran back to back, a timer never between them."""
    log: list[str] = []
    turns = Turns()
    beat = _heartbeat(log)
    for name in ("one", "two", "three"):
        turns.add(lambda name=name: _work(log, name))
    qtbot.waitUntil(lambda: turns.pending() == 0)
    beat.stop()
    pieces = [entry for entry in log if entry != "tick"]
    assert pieces == ["one", "two", "three"]
    between = log[log.index("one") + 1 : log.index("three")]
    assert between.count("tick") >= 2  # a tick after "one" and one after "two"
    assert between.index("two") > 0


def test_flush_runs_what_is_left_at_once_in_order(qtbot: QtBot) -> None:
    done: list[str] = []
    turns = Turns()
    turns.add(lambda: done.append("a"))
    turns.add(lambda: (done.append("b"), turns.add(lambda: done.append("c"))))
    turns.flush()
    assert done == ["a", "b", "c"]
    qtbot.wait(20)  # the timer armed for "a" finds nothing left to run
    assert done == ["a", "b", "c"]


def test_dropped_calls_never_run(qtbot: QtBot) -> None:
    done: list[str] = []
    turns = Turns()
    turns.add(lambda: done.append("a"))
    turns.drop()
    qtbot.wait(20)
    assert done == []
    assert turns.pending() == 0


def test_next_turn_is_dropped_with_its_context(qtbot: QtBot) -> None:
    done: list[str] = []
    context = QObject()
    next_turn(context, lambda: done.append("late"))
    context.deleteLater()
    qtbot.wait(20)
    assert done == []


def test_a_call_that_raises_leaves_the_rest_to_run(qtbot: QtBot) -> None:
    done: list[str] = []
    turns = Turns()

    def bug() -> None:
        raise RuntimeError("a bug")

    turns.add(bug)
    turns.add(lambda: done.append("after"))
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: done == ["after"])
    assert [type(exc) for _cls, exc, _tb in raised] == [RuntimeError]
