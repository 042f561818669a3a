"""What the list lists: one row per mode in `MODES` (people; letters to people in custody).

A mode says how to list the archive for a query on the worker and how to
read a page of rows. The browse controller asks the mode of the view state,
so another mode is a new row here and a model for its rows, not another
branch through the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from db.letters import recipients_query
from db.people import PeopleList, list_people, page_rows, pk_for_id
from db.records import PeopleQuery, PersonId, PersonRow
from viewer.translations import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class ListMode:
    """How one kind of list is read: the whole ordered list, a page, a person's place."""

    name: str
    title: str  # QT_TRANSLATE_NOOP("ListMode", …)
    list: Callable[[Database, PeopleQuery], PeopleList]
    rows: Callable[[Database, PeopleList, int, int], Sequence[PersonRow]]
    row_of: Callable[[Database, PeopleList, PersonId], int | None]
    own_list: bool = False
    """The mode shows a list of its own in the list's place (its controller reads it);
    the people list behind it stays as the search and filters make it, so the
    person a row of it shows is always one the People list can select."""
    people: Callable[[PeopleQuery], PeopleQuery] = lambda query: query
    """The people its rows are, as a query of the people list's (the timeline shows them)."""


def _person_row(db: Database, plist: PeopleList, person_id: PersonId) -> int | None:
    pk = pk_for_id(db, person_id)
    return None if pk is None else plist.index_of(db, pk)


PEOPLE = ListMode(
    "people", QT_TRANSLATE_NOOP("ListMode", "People"), list_people, page_rows, _person_row
)

LETTERS = ListMode(
    "letters",
    QT_TRANSLATE_NOOP("ListMode", "Letters"),
    list_people,
    page_rows,
    _person_row,
    own_list=True,
    people=recipients_query,
)
"""People in custody with their envelopes (viewer.controllers.letters, viewer.panes.letters)."""

MODES: dict[str, ListMode] = {mode.name: mode for mode in (PEOPLE, LETTERS)}


def mode_of(name: str) -> ListMode:
    """The mode called `name`; the people list for a name this build does not know."""
    return MODES.get(name, PEOPLE)
