"""The actions table: every action has a unique shortcut and a handler."""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from viewer.actions import ACTIONS, MENUS, key_sequence
from viewer.mainwindow import MainWindow


def test_every_action_has_a_unique_shortcut(qtbot: QtBot) -> None:
    keys = [
        key_sequence(spec).toString(QKeySequence.SequenceFormat.PortableText) for spec in ACTIONS
    ]
    assert all(keys), [s.name for s, k in zip(ACTIONS, keys, strict=True) if not k]
    assert len(set(keys)) == len(keys)
    assert {spec.menu for spec in ACTIONS} <= set(MENUS)


def test_every_action_has_a_handler_and_sits_in_a_menu(make_main_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_main_window()
    for spec in ACTIONS:
        action = window.action_map[spec.name]
        triggered = QMetaMethod.fromSignal(action.triggered)
        assert action.isSignalConnected(triggered), spec.name  # a controller or the window
        assert not action.shortcut().isEmpty()
        assert action in window.menus[spec.menu].actions()
