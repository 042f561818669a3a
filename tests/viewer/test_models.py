"""PeopleModel and FacetModel on real archives, checked by qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.connection import Archive, open_archive
from db.facets import facet_counts
from db.people import get_rows, list_people, page_rows, total_people
from db.records import PeopleQuery, SortKey
from tests.db.builders import build_fixture_archive
from viewer import translations
from viewer.models.facets import FacetModel
from viewer.models.people import MATCH_COLUMN, PeopleModel, column_of, format_term
from viewer.models.roles import Role
from viewer.panes.facets import FacetsPane

BIG = 30
PAGE = 8  # four pages of BIG rows (building big fixtures is slow on this disk)


@pytest.fixture(scope="module")
def big_archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.db"
    return build_fixture_archive(path, people=BIG)


@pytest.fixture
def big_archive(big_archive_path: Path) -> Archive:
    archive = open_archive(big_archive_path)
    yield archive  # type: ignore[misc]
    archive.close()


def _model(archive: Archive, query: PeopleQuery, *, max_pages: int = 64) -> PeopleModel:
    model = PeopleModel(page_size=PAGE, max_pages=max_pages)
    model.set_list(archive.db, list_people(archive.db, query), query, total_people(archive.db))
    return model


def test_row_count_is_exact_and_rows_load_lazily_in_pages(big_archive: Archive) -> None:
    model = _model(big_archive, PeopleQuery())
    assert model.rowCount() == BIG
    assert model.pages_loaded == 0
    deep = BIG - 3
    name = model.data(model.index(deep, 0))
    assert model.pages_loaded == 1
    expected = get_rows(
        big_archive.db,
        list_people(big_archive.db, PeopleQuery()).pks(big_archive.db, deep, deep + 1),
    )
    assert name == expected[0].display_name
    model.data(model.index(deep - 1, 0))
    assert model.pages_loaded == 1  # same page, from the cache
    model.data(model.index(0, 0))
    assert model.pages_loaded == 2
    assert model.data(model.index(deep, 0), Role.PERSON_ID) == expected[0].id


def test_a_first_page_read_by_the_worker_is_shown_without_a_read(big_archive: Archive) -> None:
    query = PeopleQuery(sort=SortKey.NAME, descending=True)
    plist = list_people(big_archive.db, query)
    first = page_rows(big_archive.db, plist, 0, PAGE)
    model = PeopleModel(page_size=PAGE)
    model.set_list(big_archive.db, plist, query, total_people(big_archive.db), first)
    names = [model.data(model.index(row, 0)) for row in range(PAGE)]
    assert model.pages_loaded == 0
    assert names == [row.display_name for row in first]
    model.data(model.index(PAGE, 0))
    assert model.pages_loaded == 1
    assert (
        model.data(model.index(PAGE, 0))
        == page_rows(big_archive.db, plist, PAGE, PAGE + 1)[0].display_name
    )


def test_hot_roles_never_load_a_page(big_archive: Archive) -> None:
    model = _model(big_archive, PeopleQuery())
    status = column_of(SortKey.STATUS)
    assert model.data(model.index(PAGE * 3, status), Qt.ItemDataRole.ForegroundRole) is None
    assert model.pages_loaded == 0
    model.data(model.index(PAGE * 3, 0))
    assert model.data(model.index(PAGE * 3, status), Qt.ItemDataRole.ForegroundRole) is not None


def test_sort_runs_in_sql_and_keeps_the_filter(big_archive: Archive) -> None:
    query = PeopleQuery(statuses=("released",))
    model = _model(big_archive, query)
    count = model.rowCount()
    assert 0 < count < BIG
    model.sort(column_of(SortKey.BIRTH), Qt.SortOrder.DescendingOrder)
    assert model.query().sort == SortKey.BIRTH
    assert model.query().descending
    assert model.query().statuses == ("released",)
    assert model.rowCount() == count
    years = [model.data(model.index(r, 0), Role.RECORD).birth_year for r in range(count)]
    known = [y for y in years if y is not None]
    assert known == sorted(known, reverse=True)


def test_a_delegated_sort_is_asked_for_instead(big_archive: Archive) -> None:
    model = _model(big_archive, PeopleQuery())
    asked: list[tuple[SortKey, bool]] = []
    model.delegate_sort = True
    model.sort_requested.connect(lambda key, descending: asked.append((key, descending)))
    model.sort(column_of(SortKey.QUOTES), Qt.SortOrder.DescendingOrder)
    assert asked == [(SortKey.QUOTES, True)]
    assert model.query().sort == SortKey.NAME  # unchanged until the caller sets the list


def test_the_match_column_sorts_by_relevance(big_archive: Archive) -> None:
    model = _model(big_archive, PeopleQuery())
    asked: list[tuple[SortKey, bool]] = []
    model.delegate_sort = True
    model.sort_requested.connect(lambda key, descending: asked.append((key, descending)))
    model.sort(MATCH_COLUMN, Qt.SortOrder.AscendingOrder)
    assert asked == []  # no search shown: no Match column, nothing to sort by
    model.set_matches({})
    model.sort(MATCH_COLUMN, Qt.SortOrder.AscendingOrder)
    assert asked == [(SortKey.RELEVANCE, False)]


def test_row_of_finds_people_at_depth_and_misses_filtered_out(big_archive: Archive) -> None:
    model = _model(big_archive, PeopleQuery())
    person = model.person_at(BIG - 1)
    assert person is not None
    assert model.row_of(person.id) == BIG - 1
    filtered = _model(big_archive, PeopleQuery(statuses=("deceased",)))
    if person.status != "deceased":
        assert filtered.row_of(person.id) is None


def test_old_pages_are_dropped_beyond_the_cap(big_archive: Archive) -> None:
    model = _model(big_archive, PeopleQuery(), max_pages=2)
    for row in (0, PAGE, 2 * PAGE, 0):
        model.data(model.index(row, 0))
    assert model.pages_loaded == 4  # page 0 was evicted, then loaded again
    assert model.cached_person_at(PAGE) is None
    assert model.cached_person_at(2 * PAGE) is not None


def _tester(request: pytest.FixtureRequest) -> ModelTester:
    return ModelTester(request.config)


def test_people_model_passes_modeltester(
    qtbot: QtBot, request: pytest.FixtureRequest, big_archive: Archive
) -> None:
    """Checked fresh, after paging deep ("fetching more"), after a filter and cleared."""
    model = _model(big_archive, PeopleQuery())
    watcher = _tester(request)
    watcher.check(model, force_py=True)  # keeps watching every reset below
    for row in range(0, BIG, PAGE // 2):
        model.data(model.index(row, 0))
    _tester(request).check(model, force_py=True)
    query = PeopleQuery(statuses=("in_custody",), sort=SortKey.TERM, descending=True)
    model.set_list(big_archive.db, list_people(big_archive.db, query), query, BIG)
    assert 0 < model.rowCount() < BIG
    _tester(request).check(model, force_py=True)
    model.sort(column_of(SortKey.NAME), Qt.SortOrder.AscendingOrder)
    _tester(request).check(model, force_py=True)
    model.clear()
    _tester(request).check(model, force_py=True)


def test_format_term() -> None:
    assert format_term(None) == ""
    assert format_term(30) == "2 y 6 m"
    assert format_term(24) == "2 y"
    assert format_term(5) == "5 m"


def test_facet_model_checks_and_counts(
    qtbot: QtBot, qtmodeltester: ModelTester, big_archive: Archive
) -> None:
    facets = facet_counts(big_archive.db, PeopleQuery())
    model = FacetModel("statuses")
    model.set_values(facets.statuses)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(facets.statuses)
    first = facets.statuses[0]
    assert model.data(model.index(0, 0)) == first.label
    assert model.data(model.index(0, 0), Role.COUNT) == first.count
    with qtbot.waitSignal(model.selection_changed):
        assert model.setData(
            model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    assert model.checked() == (first.value,)
    # after filtering: the checked value stays listed even when it drops out
    model.set_values([v for v in facets.statuses if v.value != first.value])
    qtmodeltester.check(model, force_py=True)
    assert first.value in [v.value for v in model.values()]
    assert model.checked() == (first.value,)
    row = [v.value for v in model.values()].index(first.value)
    assert model.data(model.index(row, 0), Role.COUNT) == 0
    with qtbot.waitSignal(model.selection_changed):
        model.setData(model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == ()
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.setData(QModelIndex(), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


@pytest.mark.parametrize(
    ("code", "in_custody", "prisoner"),
    [("en", "In custody", "Political prisoner"), ("be", "Пад вартай", "Палітвязень")],
)
def test_statuses_and_roles_show_in_the_ui_language(
    qtbot: QtBot,
    qapp: QApplication,
    big_archive: Archive,
    code: str,
    in_custody: str,
    prisoner: str,
) -> None:
    """The list's status column and the status and role filters translate db's codes."""
    translations.install(qapp, code)
    query = PeopleQuery(statuses=("in_custody",))
    model = _model(big_archive, query)
    assert model.rowCount() > 0
    assert model.data(model.index(0, column_of(SortKey.STATUS))) == in_custody
    pane = FacetsPane()
    qtbot.addWidget(pane)
    pane.set_facets(facet_counts(big_archive.db, PeopleQuery()))
    labels = {v.value: v.label for v in pane.models["statuses"].values()}
    assert labels["in_custody"] == in_custody
    roles = {v.value: v.label for v in pane.models["roles"].values()}
    assert roles.get("prisoner", prisoner) == prisoner
    assert all(label != value for value, label in roles.items())


def test_the_facets_pane_makes_its_lists_in_pieces_when_asked(qtbot: QtBot) -> None:
    """Start-up builds the six lists over several turns (all at once: 15-25 ms of CPU)."""
    pane = FacetsPane(in_steps=True)
    qtbot.addWidget(pane)
    assert pane.views == {}
    pieces = 1 + sum(1 for _ in pane.steps)
    assert pieces >= 3
    whole = FacetsPane()
    qtbot.addWidget(whole)
    assert list(pane.views) == list(whole.views)
    assert pane.tag_view.isHidden()
    assert [view.parent() for view in pane.views.values()] == [pane.tag_view.parent()] * 5
