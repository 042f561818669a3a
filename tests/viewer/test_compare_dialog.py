"""File ▸ Compare with another edition…: the result, the "Changed since" chip, orphans, Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db.annotations.records import EntityRef
from db.connection import open_archive
from db.editions import EditionChanges, next_edition
from db.encryption import encrypt_archive
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.constraints import ChangedSince
from viewer.dialogs.compare import CompareDialog
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role
from viewer.tasks import Lane


@pytest.fixture
def new_edition(tmp_path: Path, sample_archive_path: Path) -> tuple[Path, EditionChanges]:
    """The sample with one person in seven changed in one way each, and one person added."""
    path = tmp_path / "edition-2.db"
    return path, next_edition(sample_archive_path, path, every=7, added=1, edition="2")


def _ids(window: MainWindow) -> set[str]:
    model = window.people_model
    return {model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())}


def _compared(qtbot: QtBot, window: MainWindow, other: Path) -> CompareDialog:
    dialogs = window.edition_dialogs
    dialogs.ask_other_edition = lambda: other  # type: ignore[method-assign]
    with qtbot.waitSignal(window.edition_dialogs.comparer.compared, timeout=WAIT_MS):
        window.action_map["compare"].trigger()
    assert dialogs.compare_dialog is not None
    return dialogs.compare_dialog


def test_the_dialog_lists_who_changed_and_the_chip_shows_exactly_them(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    path, known = new_edition
    window = make_main_window(path)
    everybody = _ids(window)
    dialog = _compared(qtbot, window, sample_archive_path)
    diff = dialog.comparison.diff
    assert diff.changed_ids() == known.changed_ids()
    with open_archive(path) as archive:
        changed = known.changed["status"]
        name = archive.db.execute(
            "SELECT display_name FROM people WHERE id = ?", (next(iter(changed)),)
        ).fetchone()[0]
    assert name in dialog.changed_view.toPlainText()
    assert "Added Person 1" in dialog.added_view.toPlainText()
    summary = dialog.findChild(QLabel, "CompareSummary")
    assert summary is not None
    assert "People added: 1, removed: " in summary.text()

    dialog.show_button.click()
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    chips = window.chip_bar.texts()
    assert len(chips) == 1
    assert chips[0].startswith("Changed since ")
    assert _ids(window) == set(known.changed_ids())

    window.chip_bar.chips()[0].click()  # removable like every filter
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    assert window.chip_bar.texts() == []
    assert _ids(window) == everybody


def test_changed_since_and_a_search_narrow_together(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    path, known = new_edition
    window = make_main_window(path)
    dialog = _compared(qtbot, window, sample_archive_path)
    dialog.show_button.click()
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    window.browse.search_now("Added")
    qtbot.waitUntil(
        lambda: window.browse.state.current_search() is not None and window.browse.settled(),
        timeout=WAIT_MS,
    )
    assert _ids(window) == set(known.added)
    kinds = [c.kind for c in window.browse.state.constraints]
    assert kinds == ["changed_since"]
    value = window.browse.state.constraints[0].value
    assert isinstance(value, ChangedSince)


def test_orphaned_annotations_are_explained_by_the_compare(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    path, known = new_edition
    window = make_main_window(path)
    qtbot.waitUntil(lambda: window.annotations.is_ready(), timeout=WAIT_MS)
    store, archive_id = window.annotations.store, window.annotations.archive_id
    assert store is not None
    assert archive_id is not None
    gone = sorted(known.changed["removed"])[0]
    store.add_note(EntityRef(archive_id, "person", gone), "Ask the family first.")
    dialog = _compared(qtbot, window, sample_archive_path)
    text = dialog.orphans_view.toPlainText()
    assert gone in text
    assert "removed in the new edition" in text
    assert (
        window.edition_dialogs.comparer.orphan_reason("person", gone)
        == "removed in the new edition"
    )
    shown: list[str] = []
    window.dialogs.show_text = lambda _title, html: shown.append(html)  # type: ignore[method-assign]
    window.action_map["orphans"].trigger()
    assert "removed in the new edition" in shown[0]


def test_an_encrypted_edition_asks_for_its_passphrase_then_compares(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
    tmp_path: Path,
) -> None:
    path, known = new_edition
    locked = tmp_path / "edition-1-encrypted.db"
    encrypt_archive(sample_archive_path, locked, "correct horse battery")
    window = make_main_window(path)
    dialogs = window.edition_dialogs
    dialogs.ask_other_edition = lambda: locked  # type: ignore[method-assign]
    with qtbot.waitSignal(window.edition_dialogs.comparer.passphrase_needed, timeout=WAIT_MS):
        window.action_map["compare"].trigger()
    prompt = dialogs.passphrase_dialog
    assert prompt is not None
    prompt.edit.setText("correct horse battery")
    with qtbot.waitSignal(window.edition_dialogs.comparer.compared, timeout=WAIT_MS):
        prompt.accept()
    assert dialogs.compare_dialog is not None
    assert dialogs.compare_dialog.comparison.diff.changed_ids() == known.changed_ids()
    assert dialogs.passphrase_dialog is None


def test_cancel_stops_the_comparison(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    path, _known = new_edition
    window = make_main_window(path)
    gate = threading.Event()
    window.tasks.run(
        lambda _c: gate.wait(30), key="test-gate", on_done=lambda _r: None, lane=Lane.EXPORT
    )
    dialogs = window.edition_dialogs
    assert dialogs.compare(sample_archive_path)
    progress = dialogs.progress_dialog
    assert progress is not None
    with qtbot.waitSignal(window.edition_dialogs.comparer.cancelled, timeout=WAIT_MS):
        progress.reject()
        gate.set()
    assert dialogs.progress_dialog is None
    assert dialogs.compare_dialog is None
    assert not window.edition_dialogs.comparer.is_comparing()


def test_people_are_named_as_the_list_names_them_and_dates_said(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    """Under Belarusian Cyrillic names the dialog said "Aliaksandr Lukashenka" (the list:
    "Аляксандр Лукашэнка") and "Status since: 2026-11-30 → 2020-08" in EDTF."""
    from db.records import NameScript
    from viewer.formatting import describe_date

    path, _known = new_edition
    window = make_main_window(path)
    window.browse.set_names(NameScript.BELARUSIAN)
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    model = window.people_model
    listed = {
        model.data(model.index(r, 0), Role.PERSON_ID): model.data(model.index(r, 0))
        for r in range(model.rowCount())
    }
    dialog = _compared(qtbot, window, sample_archive_path)
    text = dialog.changed_view.toPlainText() + dialog.added_view.toPlainText()
    people = (*dialog.comparison.diff.changed, *dialog.comparison.diff.added)
    assert people
    for person in people:
        assert person.display_name == listed[person.person_id]
        assert listed[person.person_id] in text
    assert "Lukashenka" not in text
    dates = [
        c
        for p in dialog.comparison.diff.changed
        for c in p.changes
        if c.change == "changed" and c.item.endswith("_edtf")
    ]
    assert dates
    for c in dates:
        assert c.new
        assert f"→ {c.new}" not in text  # not the EDTF
        assert f"→ {describe_date(c.new)}" in text


@pytest.mark.parametrize(
    ("code", "wrong"),
    [("be", ("Ад выданне", "пасля выданне")), ("ru", ("От издание", "после издание"))],
)
def test_the_edition_is_not_put_in_the_wrong_case(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
    code: str,
    wrong: tuple[str, str],
) -> None:
    """ "Ад выданне 2 …", "Змянілася пасля выданне 2": the edition's name is a nominative
    phrase, so the sentences around it take it after a colon."""
    from PySide6.QtCore import QCoreApplication

    from viewer import translations

    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, code)
    path, _known = new_edition
    window = make_main_window(path)
    dialog = _compared(qtbot, window, sample_archive_path)
    summary = dialog.findChild(QLabel, "CompareSummary")
    assert summary is not None
    assert wrong[0] not in summary.text()
    dialog.show_button.click()
    qtbot.waitUntil(window.browse.settled, timeout=WAIT_MS)
    chip = window.chip_bar.texts()[0]
    assert wrong[1] not in chip
    assert ": " in chip


def test_every_tab_stop_has_a_name_for_screen_readers(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    """The tabs and the lists in them were announced without a name."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    path, _known = new_edition
    window = make_main_window(path)
    dialog = _compared(qtbot, window, sample_archive_path)
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []
    assert dialog.changed_view.accessibleName().startswith("Changed (")


def test_entries_are_described_not_named_by_internal_id(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    """ "sentences removed: s-next-p-lukashenka", "relations added: rel-tsikhanouski-spouse"."""
    path, _known = new_edition
    window = make_main_window(path)
    dialog = _compared(qtbot, window, sample_archive_path)
    text = dialog.changed_view.toPlainText()
    changes = [c for p in dialog.comparison.diff.changed for c in p.changes]
    described = [c for c in changes if c.aspect in ("sentences", "events", "relations")]
    assert described
    for c in described:
        assert c.item not in text, c
    assert "sentence of " in text or "released" in text.lower()


def test_people_are_named_without_ids_and_changed_in_the_lists_order(
    qtbot: QtBot,
    make_main_window: WindowFactory,
    sample_archive_path: Path,
    new_edition: tuple[Path, EditionChanges],
) -> None:
    """The tabs said "Siarhei Tsikhanouski [p-tsikhanouski]", a relation "spouse of
    p-tsikhanouskaya", and Changed was sorted by first name while the list and the other
    tabs sort by surname."""
    import os

    path, _known = new_edition
    window = make_main_window(path)
    dialog = _compared(qtbot, window, sample_archive_path)
    diff = dialog.comparison.diff
    views = (dialog.changed_view, dialog.added_view, dialog.removed_view)
    text = "\n".join(v.toPlainText() for v in views)
    listed = (*diff.changed, *diff.added, *diff.removed)
    assert len({p.display_name for p in listed}) == len(listed)  # no namesakes here
    for person in listed:
        assert person.display_name in text
        assert person.person_id not in text
    relations = [c for p in diff.changed for c in p.changes if c.aspect == "relations"]
    assert relations
    for c in relations:
        other = (c.old or c.new or "").split(" | ")[1]
        assert other in diff.others
        assert other not in text
        assert diff.others[other] in dialog.changed_view.toPlainText()
    with open_archive(path) as archive:
        sort_names = dict(archive.db.execute("SELECT id, sort_name FROM people").fetchall())
    order = [p.person_id for p in diff.changed]
    assert len(order) > 2
    assert order == sorted(order, key=lambda pid: (sort_names[pid], pid))
    # no blank line between a person and their changes (there was one for the last person)
    dialog.show()
    document = dialog.changed_view.document()
    layout = document.documentLayout()
    block, gaps = document.begin(), []
    while block.isValid() and block.next().isValid():
        top, below = layout.blockBoundingRect(block), layout.blockBoundingRect(block.next())
        if " — " in block.text():  # a person's line; their first change follows
            gaps.append(round(below.top() - top.bottom()))
        block = block.next()
    assert len(gaps) == len(diff.changed)
    assert set(gaps) == {0}, gaps
    if os.environ.get("KARTOTEKA_SCREENSHOTS"):
        dialog.resize(640, 560)
        dialog.grab().save(str(Path(os.environ["KARTOTEKA_SCREENSHOTS"]) / "compare.png"))


def test_namesakes_are_told_apart_by_their_id() -> None:
    from db.diff import PersonRef
    from db.records import PersonId
    from viewer.dialogs.compare import refs_html

    html = refs_html(
        (
            PersonRef(PersonId("p-1"), "Ivan Ivanou"),
            PersonRef(PersonId("p-2"), "Ivan Ivanou"),
            PersonRef(PersonId("p-3"), "Ales Bialiatski"),
        ),
        linked=True,
    )
    assert "(p-1)" in html
    assert "(p-2)" in html
    assert "p-3)" not in html


def test_orphan_reasons_are_said_in_belarusian(qapp) -> None:  # type: ignore[no-untyped-def]
    """The Orphans tab showed db's English reasons ("removed in the new edition, with …")
    and the entry type's code ("sentence")."""
    from db.diff import GONE_TEXTS, GONE_WITH_PERSON, GoneReason
    from viewer import translations
    from viewer.dialogs.compare import orphans_html
    from viewer.gone_words import GONE_WORDS

    assert GONE_WORDS == GONE_TEXTS  # the same English, marked for lupdate
    reason = GoneReason.of(GONE_WITH_PERSON, person="Марыя Калеснікава", person_id="p-k")
    assert reason == "removed in the new edition, with Марыя Калеснікава (p-k)"
    translations.install(qapp, "be")
    try:
        page = orphans_html({("sentence", "s-1"): reason})
    finally:
        translations.install(qapp, "en")
    assert "выдалены ў новым выпуску разам з асобай Марыя Калеснікава (p-k)" in page
    assert "removed" not in page
    assert ">sentence<" not in page
