"""The Letters list applies every chip: people in custody among those the search and filters select.

A filter shown above the list that does not narrow it is as wrong as one
that narrows it unseen (#10): the list, its title and the status bar must
all follow the chips, and the record must be a person of the list shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.connection import open_archive
from db.letters import count_recipients
from db.records import PeopleQuery
from tests.db.test_letters import archive_of
from tests.viewer.conftest import WAIT_MS, WindowFactory
from viewer.constraints import Constraint
from viewer.mainwindow import MainWindow
from viewer.models.roles import Role

SURNAMES = ("Abramenka", "Barysau", "Chernik", "Dubovik", "Jelisejeu", "Frolau", "Hurski")


def _docs() -> dict[str, Any]:
    """Seven people in custody (three bloggers) and two released bloggers."""
    people: list[dict[str, Any]] = []
    for i, surname in enumerate(SURNAMES):
        people.append(
            {
                "id": f"p-{surname.lower()}",
                "display_name": f"Ales {surname}",
                "status": "in_custody",
                "roles": ["blogger"] if i % 2 else ["activist"],
                "birth": f"19{70 + i}-0{1 + i}-1{i}",
            }
        )
    for surname in ("Kavalenka", "Lapko"):
        people.append(
            {
                "id": f"p-{surname.lower()}",
                "display_name": f"Ihar {surname}",
                "status": "released",
                "roles": ["blogger"],
            }
        )
    return {"people": people}


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return archive_of(tmp_path_factory.mktemp("letters_filters"), _docs())


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            window.browse.settled()
            and window.letters.settled()
            and window.record.settled()
            and not window.tasks.is_busy()
        ),
        timeout=WAIT_MS,
    )


def _letter_ids(window: MainWindow) -> list[str]:
    return [r.person_id for r in window.letters.model.rows()]


def _check_agrees(window: MainWindow, expected: set[str]) -> None:
    """The list, its title, the status bar and the record all say the same."""
    ids = _letter_ids(window)
    assert set(ids) == expected
    n = len(ids)
    assert window.letters_pane.title.text().endswith(f"{n} people in custody") or n == 1
    assert window.counts_label.text().startswith(f"{n} ")
    record = window.detail_pane.record()
    if ids:
        assert record is not None
        assert record.id in ids
    else:
        assert record is None


def _toggle_role(window: MainWindow, role: str) -> None:
    """Click the role's check box in the facets pane, as a user does."""
    model = window.facets_pane.models["roles"]
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, Role.VALUE) == role:
            checked = model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(f"no {role} in the roles facet")


def _chip(window: MainWindow, key: object) -> Any:
    return next(c for c in window.chip_bar.chips() if c.property("chip_key") == key)


def test_a_role_chip_narrows_the_letters_list_and_its_x_widens_it(
    qtbot: QtBot, make_main_window: WindowFactory, archive_path: Path
) -> None:
    window = make_main_window(archive_path)
    window.action_map["letters_mode"].trigger()
    _settle(qtbot, window)
    everyone = {f"p-{s.lower()}" for s in SURNAMES}
    _check_agrees(window, everyone)

    _toggle_role(window, "blogger")
    _settle(qtbot, window)
    bloggers = {f"p-{s.lower()}" for i, s in enumerate(SURNAMES) if i % 2}
    _check_agrees(window, bloggers)  # the released bloggers are not listed
    with open_archive(archive_path) as oracle:
        assert count_recipients(oracle.db, PeopleQuery(roles=("blogger",))) == len(bloggers)

    _chip(window, Constraint("roles", "blogger")).click()
    _settle(qtbot, window)
    _check_agrees(window, everyone)
    assert not window.chip_bar.chips()


def test_a_search_narrows_the_letters_list_and_clearing_it_widens_it(
    qtbot: QtBot, make_main_window: WindowFactory, archive_path: Path
) -> None:
    window = make_main_window(archive_path)
    window.browse.set_search_delay(5)
    window.action_map["letters_mode"].trigger()
    _settle(qtbot, window)

    window.search_box.setText("Barysau")
    _settle(qtbot, window)
    model = window.people_model
    found = {model.data(model.index(r, 0), Role.PERSON_ID) for r in range(model.rowCount())}
    assert "p-barysau" in found
    assert len(found) < len(SURNAMES)
    _check_agrees(window, found & {f"p-{s.lower()}" for s in SURNAMES})
    record = window.detail_pane.record()
    assert record is not None
    assert record.id == "p-barysau"

    window.search_box.setText("Lapko")  # released: nobody to write to, no record
    _settle(qtbot, window)
    _check_agrees(window, set())
    assert window.letters_pane.title.text().endswith("0 people in custody")

    _chip(window, "search").click()
    _settle(qtbot, window)
    _check_agrees(window, {f"p-{s.lower()}" for s in SURNAMES})

    # back to the People list: its count in the status bar, a record in it
    window.action_map["letters_mode"].trigger()
    _settle(qtbot, window)
    assert window.counts_label.text().startswith("9 ")
    assert window.detail_pane.record() is not None


def test_exports_write_the_list_the_chips_make(
    qtbot: QtBot, make_main_window: WindowFactory, archive_path: Path, tmp_path: Path
) -> None:
    window = make_main_window(archive_path)
    window.action_map["letters_mode"].trigger()
    _settle(qtbot, window)
    _toggle_role(window, "blogger")
    _settle(qtbot, window)
    out = tmp_path / "letters.csv"
    window.letters_pane.ask_path = lambda _kind: out  # type: ignore[method-assign]
    with qtbot.waitSignal(window.letters.written, timeout=WAIT_MS):
        window.letters_pane.csv_button.click()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 3
    assert "Ales Barysau" in out.read_text(encoding="utf-8-sig")
    assert "Ales Abramenka" not in out.read_text(encoding="utf-8-sig")
