"""Edit ▸ Tags…: every operation is an undoable store change, refusals say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.annotations import Tag
from tests.viewer.annotation_helpers import fresh_store, open_window, store_of
from tests.viewer.conftest import ErrorLog, WindowFactory
from viewer.annotations.tag_manager import TagManagerDialog
from viewer.mainwindow import MainWindow

__all__ = ["fresh_store"]


def _names(dialog: TagManagerDialog) -> list[str]:
    return [t.name for t in dialog.model.tags()]


def _dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> TagManagerDialog:
    window.action_map["tags"].trigger()
    (dialog,) = [d for d in window.open_dialogs() if isinstance(d, TagManagerDialog)]
    return dialog


def _answer(monkeypatch: pytest.MonkeyPatch, dialog: TagManagerDialog, **answers: object) -> None:
    for name, value in answers.items():
        monkeypatch.setattr(dialog, name, lambda *_a, v=value: v)


def test_create_rename_colour_delete_with_undo(
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    dialog = _dialog(window, monkeypatch)
    stack = window.annotations.undo_stack
    assert _names(dialog) == []
    assert not dialog.rename_button.isEnabled()

    _answer(monkeypatch, dialog, ask_name="  to   verify ")
    dialog.new_button.click()
    assert _names(dialog) == ["to verify"]
    assert dialog.selected_tag() is not None
    assert stack.undoText() == "Create tag"

    _answer(monkeypatch, dialog, ask_name="check sources")
    dialog.rename_button.click()
    assert _names(dialog) == ["check sources"]

    _answer(monkeypatch, dialog, ask_colour="#3366cc")
    dialog.colour_button.click()
    tag = dialog.selected_tag()
    assert tag is not None
    assert tag.colour == "#3366cc"
    assert dialog.model.data(dialog.model.index(0, 0), 1).name() == "#3366cc"  # swatch

    stack.undo()  # colour
    stack.undo()  # rename
    assert _names(dialog) == ["to verify"]
    assert dialog.model.tags()[0].colour is None
    stack.redo()
    assert _names(dialog) == ["check sources"]

    ref = window.annotations.ref("person", "p-tsikhanouski")
    window.annotations.apply(lambda store: store.tag_entry(ref, dialog.model.tags()[0].id))
    assert dialog.model.data(dialog.model.index(0, 1)) == "1"  # usage count follows
    dialog.select_tag(dialog.model.tags()[0].id)
    _answer(monkeypatch, dialog, confirm=False)
    dialog.delete_button.click()
    assert _names(dialog) == ["check sources"]
    _answer(monkeypatch, dialog, confirm=True)
    dialog.delete_button.click()
    assert _names(dialog) == []
    assert store_of(window).annotations_for(ref) == []
    stack.undo()
    assert _names(dialog) == ["check sources"]
    assert [a.kind for a in store_of(window).annotations_for(ref)] == ["tag"]


def test_merge_moves_the_uses_and_undo_splits_them_again(
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    for name in ("verify", "to check"):
        session.apply(lambda store, n=name: store.create_tag(n))
    tags = {t.name: t for t in store_of(window).tags()}
    one, two = session.ref("person", "p-tsikhanouski"), session.ref("person", "p-kalesnikava")
    session.apply(lambda store: store.tag_entry(one, tags["verify"].id))
    session.apply(lambda store: store.tag_entry(two, tags["to check"].id))
    dialog = _dialog(window, monkeypatch)
    dialog.select_tag(tags["to check"].id)
    chosen: list[list[Tag]] = []

    def pick(_source: Tag, choices: list[Tag]) -> Tag:
        chosen.append(choices)
        return tags["verify"]

    monkeypatch.setattr(dialog, "ask_target", pick)
    dialog.merge_button.click()
    assert [t.name for t in chosen[0]] == ["verify"]  # never itself
    assert _names(dialog) == ["verify"]
    assert dialog.model.data(dialog.model.index(0, 1)) == "2"
    assert "Merged “to check” into “verify”" in dialog.message.text()
    session.undo_stack.undo()
    assert sorted(_names(dialog)) == ["to check", "verify"]
    assert dialog.model.data(dialog.model.index(dialog.model.row_of(tags["verify"].id), 1)) == "1"


def test_duplicate_and_empty_names_are_refused_with_a_reason(
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    error_log: ErrorLog,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    window.annotations.apply(lambda store: store.create_tag("Verify"))
    dialog = _dialog(window, monkeypatch)
    before = window.annotations.undo_stack.count()
    _answer(monkeypatch, dialog, ask_name="verify")
    dialog.new_button.click()
    assert "already exists" in dialog.message.text()
    _answer(monkeypatch, dialog, ask_name="   ")
    dialog.new_button.click()
    assert dialog.message.text() == "A tag needs a name."
    assert _names(dialog) == ["Verify"]
    assert window.annotations.undo_stack.count() == before
    # a refusal by the store itself (here: a bad colour) is shown too, never a traceback
    dialog.select_tag(dialog.model.tags()[0].id)
    _answer(monkeypatch, dialog, ask_colour="red")
    dialog.colour_button.click()
    assert "is not a colour" in dialog.message.text()
    assert error_log
    assert "is not a colour" in error_log[-1][1]
