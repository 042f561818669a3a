"""What can narrow the list, each kind in one table: how it filters and how its chip reads.

A `Constraint` is one active filter value ("Status: in custody", "Years
1989–1989", a tag). Every constraint in the view state is shown as a chip
above the list and can be removed there, so a filter the user cannot see
cannot exist. A new kind of filter (a "changed since" date, say) is a new row
in `KINDS`: how it changes the `PeopleQuery`, and what its chip says
("Changed since" an earlier edition is one: its value carries the people). Search
is not a constraint here: its text is the search box's and its result
arrives later (`viewer.view_state`), but it gets a chip too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from db.records import PeopleQuery, PersonId
from viewer import archive_labels
from viewer.translations import QT_TRANSLATE_NOOP, Context

Chips = Context("Chips")
"""Chip words (lupdate reads `Chips.tr`)."""

YearRange = tuple[int | None, int | None]


@dataclass(frozen=True, slots=True)
class ChangedSince:
    """The "Changed since" filter's value: the earlier edition and the people new or changed since.

    The ids travel in the value (as a search's result travels in its
    snapshot), so the state alone says what the list holds.
    """

    edition: str  # how the chip names the earlier edition
    person_ids: frozenset[PersonId]


Value = str | YearRange | ChangedSince


@dataclass(frozen=True, slots=True)
class Constraint:
    """One active filter: its kind (a `KINDS` key) and value (a code, an id, a year range)."""

    kind: str
    value: Value


@dataclass(frozen=True, slots=True)
class Chip:
    """One chip above the list: what removing it removes (`key`) and what it says."""

    key: Constraint | str  # a Constraint, or SEARCH_CHIP
    text: str
    pending: bool = False  # a search still running: shown in italics


SEARCH_CHIP = "search"
"""The key of the search's chip (removing it clears the search)."""

Labels = Mapping[tuple[str, str], str]
"""Display labels of values the archive names (court ids, tag ids), by (kind, value)."""


@dataclass(frozen=True, slots=True)
class ConstraintKind:
    """A kind of filter: its chip title, how values read and how they filter."""

    name: str
    title: str  # QT_TRANSLATE_NOOP("Chips", …)
    apply: Callable[[PeopleQuery, Sequence[Value]], PeopleQuery]
    label: Callable[[Value, Labels], str]
    single: bool = False  # one value at a time (a range), replaced rather than added


def _codes(values: Sequence[Value]) -> tuple[str, ...]:
    return tuple(v for v in values if isinstance(v, str))


def _field(name: str) -> Callable[[PeopleQuery, Sequence[Value]], PeopleQuery]:
    """Values OR-ed into one PeopleQuery field (`db.people` ANDs the fields)."""

    def apply(query: PeopleQuery, values: Sequence[Value]) -> PeopleQuery:
        return dataclasses.replace(query, **{name: _codes(values)})  # type: ignore[arg-type]

    return apply


def _years(query: PeopleQuery, values: Sequence[Value]) -> PeopleQuery:
    low, high = (None, None)
    for value in values:
        if isinstance(value, tuple):
            low, high = value
    return dataclasses.replace(query, year_from=low, year_to=high)


def _looked_up(kind: str) -> Callable[[Value, Labels], str]:
    def label(value: Value, labels: Labels) -> str:
        return labels.get((kind, str(value)), str(value))

    return label


def _coded(words: Callable[[str], str]) -> Callable[[Value, Labels], str]:
    def label(value: Value, _labels: Labels) -> str:
        return words(str(value))

    return label


def _changed_since(query: PeopleQuery, values: Sequence[Value]) -> PeopleQuery:
    ids: frozenset[PersonId] | None = None
    for value in values:
        if isinstance(value, ChangedSince):
            ids = value.person_ids
    if ids is None:
        return query
    return dataclasses.replace(query, only_ids=tuple(sorted(ids)))


def _edition_label(value: Value, _labels: Labels) -> str:
    return value.edition if isinstance(value, ChangedSince) else str(value)


def years_text(value: Value) -> str:
    """ "1989–1989", "from 1989", "to 2000" ("" for no range)."""
    if not isinstance(value, tuple):
        return str(value)
    low, high = value
    if low is not None and high is not None:
        return f"{low}–{high}"
    if low is not None:
        return Chips.tr("from {year}").format(year=low)
    if high is not None:
        return Chips.tr("to {year}").format(year=high)
    return ""


def _year_label(value: Value, _labels: Labels) -> str:
    return years_text(value)


KINDS: dict[str, ConstraintKind] = {
    kind.name: kind
    for kind in (
        ConstraintKind(
            "statuses",
            QT_TRANSLATE_NOOP("Chips", "Status"),
            _field("statuses"),
            _coded(archive_labels.status),
        ),
        ConstraintKind(
            "roles",
            QT_TRANSLATE_NOOP("Chips", "Role"),
            _field("roles"),
            _coded(archive_labels.role),
        ),
        ConstraintKind(
            "court_ids",
            QT_TRANSLATE_NOOP("Chips", "Court"),
            _field("court_ids"),
            _looked_up("court_ids"),
        ),
        ConstraintKind(
            "articles",
            QT_TRANSLATE_NOOP("Chips", "Article"),
            _field("articles"),
            _looked_up("articles"),
        ),
        ConstraintKind(
            "regions",
            QT_TRANSLATE_NOOP("Chips", "Region"),
            _field("regions"),
            _looked_up("regions"),
        ),
        ConstraintKind(
            "years", QT_TRANSLATE_NOOP("Chips", "Years"), _years, _year_label, single=True
        ),
        ConstraintKind(
            "tags", QT_TRANSLATE_NOOP("Chips", "Tag"), _field("tags"), _looked_up("tags")
        ),
        ConstraintKind(
            "changed_since",
            QT_TRANSLATE_NOOP("Chips", "Changed since"),
            _changed_since,
            _edition_label,
            single=True,
        ),
    )
}
"""Every kind of filter, in the order chips and facets show them."""


def apply_constraints(query: PeopleQuery, constraints: Sequence[Constraint]) -> PeopleQuery:
    """`query` narrowed by every constraint (each kind's field replaced by its values)."""
    for name, kind in KINDS.items():
        values = [c.value for c in constraints if c.kind == name]
        if values:
            query = kind.apply(query, values)
    return query


def values_of(constraints: Sequence[Constraint], kind: str) -> tuple[Value, ...]:
    return tuple(c.value for c in constraints if c.kind == kind)


def chip_text(constraint: Constraint, labels: Labels) -> str:
    """What a constraint's chip says: "Status: In custody", "Years 1989–1989"."""
    kind = KINDS.get(constraint.kind)
    if kind is None:
        return str(constraint.value)
    value = kind.label(constraint.value, labels)
    title = Chips.tr(kind.title)
    if kind.single:
        return f"{title} {value}"
    return Chips.tr("{title}: {value}").format(title=title, value=value)


def search_chip_text(text: str, exact: bool) -> str:
    """The search's chip: “Search: “Kalesnikava””, noting exact spelling."""
    if exact:
        return Chips.tr("Search: “{text}” (exact spelling)").format(text=text)
    return Chips.tr("Search: “{text}”").format(text=text)
