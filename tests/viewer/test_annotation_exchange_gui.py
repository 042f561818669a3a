"""Export and import dialogs: round trip, conflicts side by side, bad files, orphans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.annotations import AnnotationStore, EntityRef, open_store
from tests.viewer.annotation_helpers import fresh_store, open_window, store_of
from tests.viewer.conftest import WAIT_MS, ErrorLog, WindowFactory
from viewer.annotations import exchange_dialogs
from viewer.annotations.exchange_dialogs import ExportDialog, ImportPreviewDialog
from viewer.dialogs.text import TextDialog
from viewer.mainwindow import MainWindow

__all__ = ["fresh_store"]


def _only(window: MainWindow, kind: type) -> object:
    (dialog,) = [d for d in window.open_dialogs() if isinstance(d, kind)]
    return dialog


def _export(window: MainWindow, out: Path, **choose: bool) -> ExportDialog:
    window.action_map["export_annotations"].trigger()
    dialog = _only(window, ExportDialog)
    assert isinstance(dialog, ExportDialog)
    for name, on in choose.items():
        getattr(dialog, name).setChecked(on)
    dialog.path_edit.setText(str(out))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    return dialog


def _import(
    window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportPreviewDialog | None:
    monkeypatch.setattr(exchange_dialogs, "ask_open_path", lambda _parent: path)
    window.action_map["import_annotations"].trigger()
    found = [d for d in window.open_dialogs() if isinstance(d, ImportPreviewDialog)]
    return found[-1] if found else None


def _other_store(tmp_path: Path, name: str) -> AnnotationStore:
    return open_store(tmp_path / f"{name}.sqlite", author=name)


def test_export_then_import_into_another_store_round_trips(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    ref = session.ref("person", "p-tsikhanouski")
    session.apply(lambda store: store.add_note(ref, "Moved to Hlybokaye colony."))
    session.apply(lambda store: store.create_tag("to verify", colour="#ff8800"))
    tag_id = store_of(window).tags()[0].id
    session.apply(lambda store: store.tag_entry(ref, tag_id))
    out = tmp_path / "mine.json"
    dialog = _export(window, out)
    assert "Exported 2 annotations and 1 tags" in dialog.message.text()
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "kartoteka-annotations"
    plain = tmp_path / "plain.json"
    dialog.format_plain.setChecked(True)
    assert not dialog.scope_person.isEnabled()  # the plain copy is always everything
    dialog.path_edit.setText(str(plain))
    assert dialog.export() is not None
    assert json.loads(plain.read_text(encoding="utf-8"))["entries"][0]["tags"] == ["to verify"]

    # a second archivist (another store) imports the file through the dialog
    assert window.open_annotation_store(tmp_path / "colleague.sqlite")
    preview = _import(window, out, monkeypatch)
    assert preview is not None
    assert "3 to add" in preview.summary.text()  # a tag and two annotations (note, tag link)
    assert preview.apply_button.isEnabled()
    with qtbot.waitSignal(preview.imported):
        preview.apply_button.click()
    assert not preview.isVisible()
    colleague = store_of(window)
    assert [a.body for a in colleague.annotations_for(ref) if a.kind == "note"] == [
        "Moved to Hlybokaye colony."
    ]
    assert [t.name for t in colleague.tags()] == ["to verify"]
    # the import is one undoable step
    assert window.annotations.undo_stack.undoText() == "Import annotations"
    window.annotations.undo_stack.undo()
    assert colleague.annotations_for(ref) == []


def test_export_of_one_person_or_one_tag(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    tmp_path: Path,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    qtbot.waitUntil(lambda: window.detail_pane.record() is not None, timeout=WAIT_MS)
    record = window.detail_pane.record()
    assert record is not None
    shown = session.ref("person", record.id)
    other = session.ref("person", "p-putin" if record.id != "p-putin" else "p-kalesnikava")
    session.apply(lambda store: store.add_note(shown, "shown person's note"))
    session.apply(lambda store: store.add_note(other, "someone else's note"))
    session.apply(lambda store: store.create_tag("watch"))
    tag_id = store_of(window).tags()[0].id
    session.apply(lambda store: store.tag_entry(other, tag_id))

    def bodies(path: Path) -> list[str]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return sorted(a["body"] for a in doc["annotations"] if a["kind"] == "note")

    _export(window, tmp_path / "person.json", scope_person=True).close()
    assert bodies(tmp_path / "person.json") == ["shown person's note"]
    _export(window, tmp_path / "tag.json", scope_tag=True).close()
    assert bodies(tmp_path / "tag.json") == ["someone else's note"]


def _conflicting_files(
    window: MainWindow, tmp_path: Path
) -> tuple[Path, dict[str, str], EntityRef]:
    """Two notes and a tag edited on both sides since a common export."""
    session = window.annotations
    ref = session.ref("person", "p-tsikhanouski")
    for text in ("first note", "second note"):
        session.apply(lambda store, t=text: store.add_note(ref, t))
    session.apply(lambda store: store.create_tag("verify"))
    mine = store_of(window)
    session.apply(lambda store: store.tag_entry(ref, mine.tags()[0].id))
    common = tmp_path / "common.json"
    from db.annotations import export_annotations

    export_annotations(mine, common, archive_id=session.archive_id)
    with _other_store(tmp_path, "olga") as theirs:
        from db.annotations import apply_import, plan_import

        apply_import(theirs, plan_import(theirs, common))
        ids = {a.body: a.id for a in theirs.annotations(session.archive_id)}
        theirs.edit(ids["first note"], "first note, their version")
        theirs.edit(ids["second note"], "second note, their version")
        theirs.rename_tag(theirs.tags()[0].id, "verify (olga)")
        out = tmp_path / "theirs.json"
        export_annotations(theirs, out, archive_id=session.archive_id)
    notes = {a.body: a.id for a in mine.annotations(session.archive_id)}
    session.apply(lambda store: store.edit(notes["first note"], "first note, my version"))
    session.apply(lambda store: store.edit(notes["second note"], "second note, my version"))
    session.apply(lambda store: store.rename_tag(store.tags()[0].id, "verify (me)"))
    return out, notes, ref


def test_conflicts_are_shown_side_by_side_and_each_choice_applied(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    out, notes, ref = _conflicting_files(window, tmp_path)
    preview = _import(window, out, monkeypatch)
    assert preview is not None
    assert preview.conflict_model.rowCount() == 3
    assert not preview.apply_button.isEnabled()  # every conflict needs a decision
    assert "3 conflict(s) still need a decision" in preview.message.text()

    rows = {c.id: n for n, c in enumerate(preview.plan.conflicts)}
    preview.show_conflict(rows[notes["first note"]])
    assert preview.mine_text.toPlainText().startswith("first note, my version")
    assert preview.theirs_text.toPlainText().startswith("first note, their version")
    preview.choice_buttons["theirs"].click()
    preview.show_conflict(rows[notes["second note"]])
    preview.choice_buttons["both"].click()
    tag_row = next(n for n, c in enumerate(preview.plan.conflicts) if c.table == "tags")
    preview.show_conflict(tag_row)
    assert "verify (me)" in preview.mine_text.toPlainText()
    assert "verify (olga)" in preview.theirs_text.toPlainText()
    assert not preview.choice_buttons["both"].isEnabled()  # a tag cannot be doubled
    preview.choice_buttons["mine"].click()
    assert preview.apply_button.isEnabled()
    with qtbot.waitSignal(preview.imported):
        preview.apply_button.click()

    store = store_of(window)
    bodies = sorted(a.body for a in store.annotations_for(ref) if a.kind == "note")
    assert bodies == ["first note, their version", "second note, my version",
                      "second note, their version"]  # fmt: skip
    assert [t.name for t in store.tags()] == ["verify (me)"]


def test_cancel_writes_nothing(
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    out, _notes, _ref = _conflicting_files(window, tmp_path)
    before = store_of(window).annotations(window.annotations.archive_id, include_deleted=True)
    preview = _import(window, out, monkeypatch)
    assert preview is not None
    preview.choose_all("theirs")
    preview.buttons.button(preview.buttons.StandardButton.Cancel).click()
    assert not preview.isVisible()
    after = store_of(window).annotations(window.annotations.archive_id, include_deleted=True)
    assert after == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("this is not json", "not valid JSON"),
        ('{"format": "something else"}', "not a Kartoteka annotations export"),
        ('{"format": "kartoteka-annotations", "version": 99}', "newer Kartoteka"),
    ],
)
def test_a_bad_file_gives_a_clear_message(
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    fresh_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error_log: ErrorLog,
    content: str,
    expected: str,
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert _import(window, bad, monkeypatch) is None
    (title, text) = error_log[-1]
    assert title == "Cannot import annotations"
    assert expected in text


def test_orphans_are_listed_not_deleted(
    make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    gone = session.ref("person", "p-not-in-this-edition")
    session.apply(lambda store: store.add_note(gone, "about someone dropped from the archive"))
    session.apply(lambda store: store.add_note(session.ref("person", "p-putin"), "still here"))
    window.action_map["orphans"].trigger()
    page = _only(window, TextDialog)
    assert isinstance(page, TextDialog)
    text = page.browser.toPlainText()
    assert "p-not-in-this-edition" in text
    assert "about someone dropped" in text
    assert "still here" not in text
    assert len(store_of(window).annotations_for(gone)) == 1
