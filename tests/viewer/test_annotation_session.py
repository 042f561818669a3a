"""The annotation session: edits are undoable store transactions."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.annotations import EntityRef
from viewer.annotations.session import AnnotationSession


def _session(tmp_path: Path) -> AnnotationSession:
    session = AnnotationSession("tester")
    session.open(tmp_path / "notes.sqlite")
    session.set_archive("archive-1")
    return session


def test_an_edit_is_saved_undone_and_redone(qtbot: QtBot, tmp_path: Path) -> None:
    session = _session(tmp_path)
    ref = session.ref("person", "p-1")
    with qtbot.waitSignal(session.changed) as blocker:
        change = session.apply(lambda store: store.add_note(ref, "first"))
    assert change is not None
    assert ref in blocker.args[0]
    assert session.store is not None
    assert [a.body for a in session.store.annotations_for(ref)] == ["first"]

    session.undo_stack.undo()
    assert session.store.annotations_for(ref) == []
    session.undo_stack.redo()
    assert [a.body for a in session.store.annotations_for(ref)] == ["first"]
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert [a.body for a in session.store.annotations_for(ref)] == ["first"]
    session.close()


def test_a_refused_undo_drops_the_command_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    session = _session(tmp_path)
    ref = EntityRef("archive-1", "person", "p-1")
    change = session.apply(lambda store: store.add_note(ref, "v1"))
    assert change is not None
    assert session.store is not None
    note_id = session.store.annotations_for(ref)[0].id
    session.store.edit(note_id, "edited outside the undo stack")  # e.g. by an import
    with qtbot.waitSignal(session.failed):
        session.undo_stack.undo()
    assert [a.body for a in session.store.annotations_for(ref)] == ["edited outside the undo stack"]
    assert session.undo_stack.count() == 0
    session.close()


def test_changing_archive_clears_the_undo_stack(tmp_path: Path) -> None:
    session = _session(tmp_path)
    ref = session.ref("person", "p-1")
    session.apply(lambda store: store.add_note(ref, "x"))
    assert session.undo_stack.canUndo()
    session.set_archive("archive-2")
    assert not session.undo_stack.canUndo()
    session.close()
