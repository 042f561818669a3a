"""The Tags facet: counts tagged people, and checking a tag filters the people list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.viewer.annotation_helpers import (
    facet_row,
    fresh_store,
    listed_ids,
    open_window,
    store_of,
    wait_tag_count,
)
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role

__all__ = ["fresh_store"]  # the fixture, imported for pytest


def test_checking_a_tag_shows_only_tagged_people(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    assert not window.facets_pane.tag_view.isVisibleTo(window)  # no tags yet: hidden
    session = window.annotations
    archive = window.archive()
    assert archive is not None
    everybody = listed_ids(window)
    first, second = everybody[0], everybody[3]
    sentence_id, sentenced = archive.db.execute(
        "SELECT id, person_id FROM sentences WHERE person_id NOT IN (?, ?) LIMIT 1",
        (first, second),
    ).fetchone()

    assert session.apply(lambda store: store.create_tag("to verify", colour="#ff8800"))
    tag_id = store_of(window).tags()[0].id
    wait_tag_count(qtbot, window, tag_id, 0)
    assert window.facets_pane.tag_view.isVisibleTo(window)
    for ref in (session.ref("person", first), session.ref("person", second)):
        session.apply(lambda store, ref=ref: store.tag_entry(ref, tag_id))
    session.apply(lambda store: store.tag_entry(session.ref("sentence", sentence_id), tag_id))
    wait_tag_count(qtbot, window, tag_id, 3)  # the sentence's tag counts for its person

    model = window.facets_pane.tag_model
    index = model.index(facet_row(window, tag_id), 0)
    assert model.data(index, Qt.ItemDataRole.DecorationRole).name() == "#ff8800"
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert sorted(listed_ids(window)) == sorted([first, second, sentenced])
    assert window.current_query().tags == (tag_id,)

    # tagging one more person while the tag is checked updates the list
    third = next(p for p in reversed(everybody) if p not in (first, second, sentenced))
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        session.apply(lambda store: store.tag_entry(session.ref("person", third), tag_id))
    assert third in listed_ids(window)
    # undo removes them again
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        session.undo_stack.undo()
    assert third not in listed_ids(window)

    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        window.action_map["clear_filters"].trigger()
    assert listed_ids(window) == everybody


def test_tag_facet_intersects_with_the_search(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_box, "Kalesnikava")
    (found,) = listed_ids(window)
    session.apply(lambda store: store.create_tag("watch"))
    tag_id = store_of(window).tags()[0].id
    archive = window.archive()
    assert archive is not None
    other = archive.db.execute("SELECT id FROM people WHERE id != ? LIMIT 1", (found,)).fetchone()
    for person in (found, other[0]):
        session.apply(lambda store, p=person: store.tag_entry(session.ref("person", p), tag_id))
    wait_tag_count(qtbot, window, tag_id, 1)  # counted among the people the search found
    model = window.facets_pane.tag_model
    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        model.setData(
            model.index(facet_row(window, tag_id), 0),
            Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )
    assert listed_ids(window) == [found]


def _check_value(window: MainWindow, facet: str, value: str) -> None:
    model = window.facets_pane.models[facet]
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0), Role.VALUE) == value
    )
    model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_tag_counts_follow_the_other_filters(
    qtbot: QtBot, make_main_window: WindowFactory, sample_archive_path: Path, fresh_store: Path
) -> None:
    """Like the other facets: people matching every other filter who carry the tag."""
    window = open_window(make_main_window, sample_archive_path)
    session = window.annotations
    archive = window.archive()
    assert archive is not None
    rows = archive.db.execute(
        "SELECT status, MIN(id), MAX(id) FROM people GROUP BY status ORDER BY COUNT(*) DESC"
    ).fetchall()
    (status, one, two), (_other_status, three, _) = rows[0], rows[1]
    session.apply(lambda store: store.create_tag("watch"))
    tag_id = store_of(window).tags()[0].id
    for person in {one, two, three}:
        session.apply(lambda store, p=person: store.tag_entry(session.ref("person", p), tag_id))
    wait_tag_count(qtbot, window, tag_id, len({one, two, three}))

    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        _check_value(window, "statuses", status)
    wait_tag_count(qtbot, window, tag_id, len({one, two}))  # `three` has another status
    assert window.current_query().statuses == (status,)

    with qtbot.waitSignal(window.list_updated, timeout=WAIT_MS):
        window.action_map["clear_filters"].trigger()
    wait_tag_count(qtbot, window, tag_id, len({one, two, three}))
