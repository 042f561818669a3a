"""The people list: filter and sort in SQL, then page through it cheaply.

The list model never holds rows for the whole archive. `list_people` returns a
`PeopleList`: the exact count plus a way to fetch the pks of any slice.

* Unfiltered lists read the ranks that db.writer precomputed in
  `people_order`, so rows N..N+k cost one index range scan at any depth
  (`WHERE by_name BETWEEN ? AND ?`); descending order is `count - 1 - rank`.
* Filtered lists run one SQL query that returns the matching pks in order
  into an `array('q')` (8 bytes a person), and slices are taken from it.

Rows for the visible slice then come from `get_rows` (`WHERE pk IN (...)`).

Filters combine with AND across kinds and OR within one kind. `tags` are
annotations, which live in a separate store: callers resolve tags to person
ids themselves and pass them as `only_ids` (this module ignores `tags`).
Every value is bound: lists travel as one JSON array read with `json_each`,
and the value lists drive the joins (CROSS JOIN fixes the loop order) so
that SQLite looks values up through the indexes instead of scanning.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from db.records import PeopleQuery, PersonId, PersonPk, PersonRow, SortKey
from db.untrusted import bounded, whole_number

if TYPE_CHECKING:  # numpy is imported where first needed: not before the list is shown
    import numpy as np
    import numpy.typing as npt

ORDER_COLUMNS: dict[SortKey, str] = {
    SortKey.NAME: "by_name",
    SortKey.STATUS: "by_status",
    SortKey.BIRTH: "by_birth",
    SortKey.TERM: "by_term",
    SortKey.LATEST_EVENT: "by_latest_event",
    SortKey.QUOTES: "by_quotes",
}
"""`people_order` column holding each sort key's 0-based rank (ties: sort_name, pk)."""

SUMMARY_RANK_COLUMNS: dict[SortKey, str] = {
    SortKey.TOTAL_TERM: "by_total_term",
    SortKey.EXPECTED_END: "by_expected_end",
}
"""`person_summary` rank columns (db.summary); archives without them sort by latest term."""

_SORT_TERMS: dict[SortKey, tuple[str, ...]] = {
    SortKey.NAME: (),
    SortKey.STATUS: ("p.status",),
    SortKey.BIRTH: ("p.birth_year IS NULL", "p.birth_year"),
    SortKey.TERM: ("p.latest_term_months IS NULL", "p.latest_term_months"),
    SortKey.LATEST_EVENT: ("p.latest_event_earliest IS NULL", "p.latest_event_earliest"),
    SortKey.QUOTES: ("p.quote_count",),
    SortKey.TOTAL_TERM: ("p.latest_term_months IS NULL", "p.latest_term_months"),
    SortKey.EXPECTED_END: ("p.latest_term_months IS NULL", "p.latest_term_months"),
}
"""The same orders from the people columns, for archives whose ranks are stale."""

_MAYBE_EMPTY: dict[SortKey, str] = {
    SortKey.BIRTH: "p.birth_year",
    SortKey.TERM: "p.latest_term_months",
    SortKey.LATEST_EVENT: "p.latest_event_earliest",
    SortKey.TOTAL_TERM: "p.latest_term_months",  # the fallback order (no summary ranks)
    SortKey.EXPECTED_END: "p.latest_term_months",
}
"""The value behind each order that some people lack; they rank last (NULLs at the end)."""
_SUMMARY_VALUES: dict[SortKey, str] = {
    SortKey.TOTAL_TERM: "o.total_term_months",
    SortKey.EXPECTED_END: "o.end_earliest",
}
"""The same for the summary table's ranks (`o` is person_summary)."""


def _empty_value(sort: SortKey, table: str) -> str | None:
    """The SQL value whose NULL puts a person in the empty tail of `sort` (None: never empty)."""
    from db.summary import SUMMARY_TABLE

    if table == SUMMARY_TABLE and sort in _SUMMARY_VALUES:
        return _SUMMARY_VALUES[sort]
    return _MAYBE_EMPTY.get(sort)


FACET_FILTERS = ("statuses", "court_ids", "articles", "regions", "roles", "years")
"""Names `people_filter(exclude=...)` accepts: the filters that are also facets."""

_ROW_COLUMNS = (
    "pk, id, display_name, status, birth_year, latest_term_months, "
    "latest_event_earliest, quote_count"
)


def _json(items: Sequence[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def people_filter(q: PeopleQuery, *, exclude: str | None = None) -> tuple[str, dict[str, Any]]:
    """The WHERE clauses (over `people p`) that select the people matching `q`.

    Returns `(sql, params)` with sql "1" when nothing filters. `exclude` drops
    one facet's own filter (one of FACET_FILTERS), which is what facet counts
    need. Shared with other readers so that every pane filters the same way.
    """
    if exclude is not None and exclude not in FACET_FILTERS:
        raise ValueError(f"unknown facet {exclude!r}; expected one of {FACET_FILTERS}")
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if q.statuses and exclude != "statuses":
        params["f_statuses"] = _json(q.statuses)
        clauses.append("p.status IN (SELECT value FROM json_each(:f_statuses))")
    if q.regions and exclude != "regions":
        params["f_regions"] = _json(q.regions)
        clauses.append("p.region IN (SELECT value FROM json_each(:f_regions))")
    if q.roles and exclude != "roles":
        params["f_roles"] = _json(q.roles)
        clauses.append(
            "p.id IN (SELECT r.person_id FROM json_each(:f_roles) j "
            "CROSS JOIN person_roles r ON r.role = j.value)"
        )
    if q.court_ids and exclude != "court_ids":
        params["f_courts"] = _json(q.court_ids)
        clauses.append(
            "p.id IN (SELECT s.person_id FROM json_each(:f_courts) j "
            "CROSS JOIN sentences s ON s.court_id = j.value)"
        )
    if q.articles and exclude != "articles":
        params["f_articles"] = _json(q.articles)
        clauses.append(
            "p.id IN (SELECT a.person_id FROM json_each(:f_articles) j "
            "CROSS JOIN person_articles a ON a.article = j.value)"
        )
    if (q.year_from is not None or q.year_to is not None) and exclude != "years":
        params["f_year_from"] = q.year_from if q.year_from is not None else -999_999
        params["f_year_to"] = q.year_to if q.year_to is not None else 999_999
        clauses.append(
            "p.id IN (SELECT person_id FROM person_years "
            "WHERE year BETWEEN :f_year_from AND :f_year_to)"
        )
    if q.only_ids is not None:
        params["f_only_ids"] = _json(q.only_ids)
        clauses.append("p.id IN (SELECT value FROM json_each(:f_only_ids))")
    return (" AND ".join(clauses) if clauses else "1"), params


def is_filtered(q: PeopleQuery) -> bool:
    """True when `q` narrows the list (`tags` alone do not: callers resolve them)."""
    return people_filter(q)[0] != "1"


def people_among(db: Database, q: PeopleQuery, ids: Sequence[str]) -> frozenset[PersonId]:
    """Those of `ids` (people of this archive) who match `q`.

    Looks up each of `ids` by its key rather than listing everyone `q`
    matches, so it costs what `ids` holds, not what the archive holds. For
    things kept outside the archive (dated notes) that must follow the list.
    """
    where, params = people_filter(q)
    among = {**params, "g_among": _json(ids)}
    sql = (
        "SELECT p.id FROM json_each(:g_among) j CROSS JOIN people p ON p.id = j.value "
        f"WHERE {where}"
    )
    return frozenset(PersonId(str(r[0])) for r in db.execute(sql, among))


@dataclass(frozen=True, slots=True, eq=False)
class PeopleList:
    """An ordered list of people: the exact count and cheap slices of pks.

    It holds no connection; every method takes the Database to read from, so
    a list made on a worker connection can be paged from another one.
    """

    count: int
    order_column: str
    descending: bool
    ordered_pks: array[int] | None = None  # None: read ranks from `order_table`
    order_table: str = "people_order"  # or a derived table of ranks (see _rank_source)
    known: int | None = None  # ranks 0..known-1 have a value, the rest are empty (None: all)

    def _rank_of_row(self, row: int) -> int:
        """The rank at list row `row`: descending reverses only the ranks that have a value,
        the empty ones stay last in their own (name) order."""
        if not self.descending:
            return row
        known = self.count if self.known is None else self.known
        return known - 1 - row if row < known else row

    def pks(self, db: Database, start: int, stop: int) -> list[PersonPk]:
        """Pks of rows `start`..`stop - 1` of the list (clamped to the list)."""
        start = max(0, start)
        stop = min(self.count, stop)
        if start >= stop:
            return []
        if self.ordered_pks is not None:
            return [PersonPk(pk) for pk in self.ordered_pks[start:stop]]
        known = self.count if self.known is None or not self.descending else self.known
        out: list[PersonPk] = []
        for part_start, part_stop in ((start, min(stop, known)), (max(start, known), stop)):
            if part_start >= part_stop:
                continue
            first, last = self._rank_of_row(part_start), self._rank_of_row(part_stop - 1)
            low, high = min(first, last), max(first, last)
            direction = "DESC" if first > last else "ASC"
            col = self.order_column  # from ORDER_COLUMNS, never user text
            sql = (
                f"SELECT person_pk FROM {self.order_table} WHERE {col} BETWEEN :low AND :high "
                f"ORDER BY {col} {direction}"
            )
            out += [
                PersonPk(r[0])
                for r in db.execute(sql, {"low": low, "high": high})
                if whole_number(r[0]) is not None
            ]
        return out

    def index_of(self, db: Database, pk: PersonPk) -> int | None:
        """Row of `pk` in this list, or None when the person is not in it."""
        if self.ordered_pks is not None:
            if not self.ordered_pks:
                return None
            import numpy as np

            found = np.flatnonzero(np.frombuffer(self.ordered_pks, dtype=np.int64) == pk)
            return int(found[0]) if found.size else None
        sql = f"SELECT {self.order_column} FROM {self.order_table} WHERE person_pk = :pk"
        row = db.execute(sql, {"pk": pk}).fetchone()
        rank = None if row is None else whole_number(row[0], minimum=0)  # the file's: untrusted
        if rank is None or rank >= self.count:
            return None
        return self._rank_of_row(rank)  # the mapping is its own inverse


def total_people(db: Database) -> int:
    """How many people the archive holds."""
    return int(db.execute("SELECT COUNT(*) FROM people").fetchone()[0])


def _ranks_complete(db: Database, count: int) -> bool:
    """Whether people_order ranks every person; db.writer always leaves it so.

    One index lookup (a COUNT would scan a million rows on every list): the
    ranks are unique and 0-based, so a missing or truncated rank table shows
    as a top rank other than count - 1.
    """
    return ranks_span(db, "people_order", "by_name", count)


def ranks_span(db: Database | sqlite3.Connection, table: str, column: str, count: int) -> bool:
    """Whether the ranks of `column` run from 0 to count - 1, as integers (two index lookups).

    Ranks from a file are untrusted: a negative, text or too high rank means the
    table was not written by Kartoteka, and the list is sorted from the columns
    instead. Duplicate or missing ranks in between are found by the archive's
    background checks (db.checks, "does not rank every person once").
    """
    # one aggregate per statement: SQLite answers a lone MIN or MAX from the index
    high = db.execute(f"SELECT MAX({column}) FROM {table}").fetchone()[0]
    low = db.execute(f"SELECT MIN({column}) FROM {table}").fetchone()[0]
    if not count:
        return high is None
    return type(low) is int and type(high) is int and low == 0 and high == count - 1


def _order_by(q: PeopleQuery, column: str | None, table: str) -> str:
    """ORDER BY terms. Descending reverses only the people with a value: the empty ones
    stay last, in the ascending (name) order, as the unfiltered ranks keep them."""
    direction = " DESC" if q.descending else ""
    sort = SortKey(q.sort)
    if column is not None:
        empty = _empty_value(sort, table) if q.descending else None
        if empty is not None:
            return (
                f"{empty} IS NULL, CASE WHEN {empty} IS NULL THEN o.{column} ELSE -o.{column} END"
            )
        return f"o.{column}{direction}"
    terms = (*_SORT_TERMS[sort], "p.sort_name", "p.pk")
    if not q.descending or not terms[0].endswith(" IS NULL"):
        return ", ".join(t + direction for t in terms)
    empty = terms[0]
    names = [f"CASE WHEN {empty} THEN {t} END" for t in ("p.sort_name", "p.pk")]
    return ", ".join(
        [empty, *(t + direction for t in terms[1:-2]), *names, *(t + direction for t in terms[-2:])]
    )


def _known_ranks(db: Database, table: str, column: str, empty: str, count: int) -> int:
    """How many ranks of `column` belong to people with a value (the empties rank last).

    A binary search over the rank index: about 20 lookups for a million people.
    """
    join = "" if table == "people" else " JOIN people p ON p.pk = o.person_pk"
    sql = f"SELECT {empty} IS NULL FROM {table} o{join} WHERE o.{column} = :rank"
    low, high = 0, count  # the first empty rank is in [low, high]
    while low < high:
        middle = (low + high) // 2
        row = db.execute(sql, {"rank": middle}).fetchone()
        if row is not None and row[0]:
            high = middle
        else:
            low = middle + 1
    return low


def _derived_ranks_complete(db: Database, table: str, column: str, count: int) -> bool:
    """Whether a derived rank table (from db.derived_schema) ranks every person."""
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    if db.execute(sql, [table]).fetchone() is None:
        return False
    return ranks_span(db, table, column, count)


def _rank_source(db: Database, q: PeopleQuery, count: int) -> tuple[str, str] | None:
    """(table, column) of the ranks that give `q`'s order, or None to sort from columns.

    Names sort in the shown script (db.shown_names) and the summary's orders
    come from db.summary's table; archives written before those tables
    existed sort by the archive's own name order and by latest term instead.
    """
    from db.shown_names import NAME_ORDER_COLUMNS, NAME_ORDER_TABLE
    from db.summary import SUMMARY_TABLE

    sort = SortKey(q.sort)
    derived: tuple[str, str] | None = None
    if sort is SortKey.NAME and q.names in NAME_ORDER_COLUMNS:
        derived = (NAME_ORDER_TABLE, NAME_ORDER_COLUMNS[q.names])
    elif sort in SUMMARY_RANK_COLUMNS:
        derived = (SUMMARY_TABLE, SUMMARY_RANK_COLUMNS[sort])
    if derived is not None and _derived_ranks_complete(db, *derived, count):
        return derived
    if not _ranks_complete(db, count):
        return None
    column = ORDER_COLUMNS.get(sort, ORDER_COLUMNS[SortKey.TERM])
    return "people_order", column


def parse_ints(text: object) -> npt.NDArray[np.int64]:
    """Comma-separated integers (as SQLite's group_concat makes them) as an array."""
    import numpy as np

    if not isinstance(text, str) or not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")  # text mode: one C loop


def _ordered_pks(db: Database, rows_sql: str, params: dict[str, Any]) -> array[int]:
    """The `pk` column of `rows_sql`, in its order, as one text parsed by numpy.

    SQLite concatenates the pks with the GIL released (a subquery with ORDER BY
    under an aggregate is not flattened, so its order holds); turning 450,000
    rows into Python ints one by one held the GIL for a tenth of a second while
    the window waited for it to paint.
    """
    text = db.execute(f"SELECT group_concat(pk) FROM ({rows_sql})", params).fetchone()[0]
    ordered = array("q")
    ordered.frombytes(parse_ints(text).tobytes())
    return ordered


def _ranked(db: Database, q: PeopleQuery, ids: Sequence[str]) -> PeopleList:
    """The people of `ids` matching `q`, in the order of `ids` (a search's ranking)."""
    where, params = people_filter(q)
    params["g_ranked"] = _json(ids)
    direction = " DESC" if q.descending else ""
    # an id named twice ranks where it was first named
    sql = (
        "SELECT p.pk FROM (SELECT value, min(key) AS rank FROM json_each(:g_ranked) "
        "GROUP BY value) j CROSS JOIN people p ON p.id = j.value "
        f"WHERE {where} ORDER BY j.rank{direction}"
    )
    ordered = _ordered_pks(db, sql, params)
    return PeopleList(
        count=len(ordered),
        order_column=ORDER_COLUMNS[SortKey.NAME],
        descending=q.descending,
        ordered_pks=ordered,
    )


def list_people(db: Database, q: PeopleQuery) -> PeopleList:
    """The people matching `q` in its sort order; see the module docstring.

    `SortKey.RELEVANCE` keeps the order of `only_ids` (a search ranks them);
    without `only_ids` it means the name order.
    """
    if q.sort == SortKey.RELEVANCE:
        if q.only_ids is not None:
            return _ranked(db, q, q.only_ids)
        q = replace(q, sort=SortKey.NAME)
    where, params = people_filter(q)
    count = total_people(db)
    source = _rank_source(db, q, count)
    table, col = source if source is not None else ("people_order", ORDER_COLUMNS[SortKey.NAME])
    if where == "1" and source is not None:
        empty = _empty_value(SortKey(q.sort), table) if q.descending else None
        known = _known_ranks(db, table, col, empty, count) if empty is not None else None
        return PeopleList(
            count=count, order_column=col, descending=q.descending, order_table=table, known=known
        )
    # CROSS JOIN keeps `people` (filtered through its indexes) as the outer
    # loop; otherwise SQLite walks the whole rank index to avoid a sort and
    # probes every person (1.4 s instead of 0.1 s at 200,000 people)
    join = f"CROSS JOIN {table} o ON o.person_pk = p.pk " if source is not None else ""
    order = _order_by(q, col if source is not None else None, table)
    sql = f"SELECT p.pk FROM people p {join}WHERE {where} ORDER BY {order}"
    ordered = _ordered_pks(db, sql, params)
    return PeopleList(
        count=len(ordered),
        order_column=col,
        descending=q.descending,
        ordered_pks=ordered,
        order_table=table,
    )


def _row(r: Sequence[Any]) -> PersonRow:
    return bounded(_row_of(r))  # a list cell with megabytes of text froze painting


def _row_of(r: Sequence[Any]) -> PersonRow:
    return PersonRow(
        pk=PersonPk(r[0]),
        id=PersonId(r[1]),
        display_name=r[2],
        status=r[3],
        birth_year=r[4],
        latest_term_months=r[5],
        latest_event=r[6],
        quote_count=r[7],
    )


def get_rows(db: Database, pks: Sequence[PersonPk]) -> list[PersonRow]:
    """The list rows for `pks`, in the order asked; unknown pks are skipped."""
    if not pks:
        return []
    sql = f"SELECT {_ROW_COLUMNS} FROM people WHERE pk IN (SELECT value FROM json_each(:pks))"
    found = {r[0]: _row(r) for r in db.execute(sql, {"pks": json.dumps([int(p) for p in pks])})}
    return [found[pk] for pk in pks if pk in found]


def page_rows(db: Database, plist: PeopleList, start: int, stop: int) -> list[PersonRow]:
    """Rows `start`..`stop - 1` of `plist`: a page of the list pane.

    The window reads the first page on its worker together with the list, so
    the first paint of a big archive does not wait for a cold read.
    """
    return get_rows(db, plist.pks(db, start, stop))


def pk_for_id(db: Database, person_id: PersonId) -> PersonPk | None:
    """The session-local pk of a person id, or None when there is no such person."""
    row = db.execute("SELECT pk FROM people WHERE id = :id", {"id": person_id}).fetchone()
    return None if row is None else PersonPk(row[0])


def id_for_pk(db: Database, pk: PersonPk) -> PersonId | None:
    """The stable id of the person at `pk`, or None."""
    row = db.execute("SELECT id FROM people WHERE pk = :pk", {"pk": pk}).fetchone()
    return None if row is None else PersonId(row[0])


def stored_display_name(db: Database, pk: PersonPk) -> str | None:
    """`people.display_name` as stored: None where a damaged file holds NULL (NOT NULL bypassed)."""
    row = db.execute("SELECT display_name FROM people WHERE pk = ?", [int(pk)]).fetchone()
    return None if row is None or row[0] is None else str(row[0])
