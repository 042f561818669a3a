"""A third, independent sweep of hostile files in Kartoteka's own format (issue 12).

Each case takes a valid archive `good` and an empty `folder`, writes one
variant into the folder and returns the path to hand to the consumers. The
classes aim at what the earlier kits (hostile_archives, hostile_derived,
hostile_own_format, bench/bench_hostile.py) did not build:

* `version:` every format version this project shipped (a real format 1
  file, a first-release name index) and archives caught half-way through a
  migration (a step's tables there but its record or `user_version` not,
  and the other way round);
* `stale:` derived tables stale relative to the data (people added or
  renamed without a reindex), a reindex cut off half-way;
* `ids:` stable ids with RTL marks, zero-width characters, NUL, lone
  surrogates and 10 kB, written through every column that refers to them;
* `dates:` every date column of every base table holding the same wrong
  shape (slashes, dots, full-width digits, a time, letters, whitespace);
* `bulk:` 100,000 rows of one child table for one person;
* `cycle:` sentences adding to each other, a person related to themself.

`CASES` maps a case name to (class, builder).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.data.bad_archives import ARCHIVE_NAME
from tests.data.hostile_archives import run_loosened
from tests.data.hostile_own_format import _copy, _edit, _statements, loosen_everything

Builder = Callable[[Path, Path], Path]
_PERSON = (
    "(SELECT id FROM people p WHERE EXISTS (SELECT 1 FROM sentences s WHERE s.person_id = p.id) "
    "ORDER BY pk LIMIT 1)"
)
"""The person a case changes: the first with a sentence (Tsikhanouski in the sample)."""


def _plain(*statements: str) -> Builder:
    """Statements run on a plain connection (no definitions loosened)."""

    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        _edit(path, *statements)
        return path

    return build


# --- version: formats shipped, migrations half-done ----------------------------------------


def format_1(good: Path, folder: Path) -> Path:
    """A real format 1 file, as the previous build wrote it, from `good`'s data."""
    from db.connection import open_archive
    from db.exporting import export_archive
    from tests.data.format_v2 import build_v1_archive

    exported = folder.parent / f"{folder.name}-export.json"
    with open_archive(good) as archive:
        export_archive(archive, exported)
    import json

    docs = json.loads(exported.read_text())
    exported.unlink()
    path = folder / ARCHIVE_NAME
    build_v1_archive(path, docs.get("meta", {}), docs)
    return path


def first_release(good: Path, folder: Path) -> Path:
    """A format 1 file with the first release's per-spelling name index."""
    from tests.data.first_release import downgrade_search_index

    path = format_1(good, folder)
    downgrade_search_index(path)
    return path


VERSION_CASES: dict[str, Builder] = {
    "format_1": format_1,
    "first_release": first_release,
    # format 2 tables there, but the file says format 1 (a crash before the pragma)
    "half_v2_tables_version_1": _plain("PRAGMA user_version = 1"),
    # format 2 done, but the step's record lost (the record and the pragma disagree)
    "half_v2_unrecorded": _plain("DELETE FROM _sqlite_migrations WHERE name = '0002_format_v2'"),
    # derived steps ran, their records did not survive
    "half_derived_unrecorded": _plain("DELETE FROM _sqlite_migrations WHERE name LIKE 'derived_%'"),
    "half_search_keys_unrecorded": _plain(
        "DELETE FROM _sqlite_migrations WHERE name = '0003_search_keys'"
    ),
    # a step recorded whose tables are not there
    "half_derived_tables_gone": _plain(
        "DROP TABLE person_summary",
        "DROP TABLE person_name_order",
    ),
    # every step recorded twice (written around the unique index)
    "half_migrations_twice": _plain(
        'DROP INDEX "idx__sqlite_migrations_migration_set_name"',
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "SELECT migration_set, name, applied_at FROM _sqlite_migrations",
    ),
}


# --- stale derived data ------------------------------------------------------------------

NEW_NAME = "Zyxwvut Qwertyuiop"


def _add_person_raw(path: Path) -> None:
    run_loosened(
        path,
        loosen_everything,
        "INSERT INTO people (id, display_name, sort_name, status) "
        f"VALUES ('p-raw-added', '{NEW_NAME}', 'Qwertyuiop, Zyxwvut', 'in_custody')",
        "INSERT INTO person_names (person_id, name, lang, system) "
        f"VALUES ('p-raw-added', '{NEW_NAME}', 'en', 'passport')",
    )


def stale_person_added(good: Path, folder: Path) -> Path:
    """A person written with SQL, no derived rows (name index, ranks, summary)."""
    path = _copy(good, folder)
    _add_person_raw(path)
    return path


def stale_person_renamed(good: Path, folder: Path) -> Path:
    """The first person renamed with SQL: the name index still holds the old name."""
    path = _copy(good, folder)
    run_loosened(
        path,
        loosen_everything,
        f"UPDATE people SET display_name = '{NEW_NAME}' WHERE pk = (SELECT min(pk) FROM people)",
        f"UPDATE person_names SET name = '{NEW_NAME}' WHERE person_id = "
        "(SELECT id FROM people WHERE pk = (SELECT min(pk) FROM people))",
    )
    return path


STALE_CASES: dict[str, Builder] = {
    "stale_person_added": stale_person_added,
    "stale_person_renamed": stale_person_renamed,
    # a rebuild cut short: half of the by-person keys never written
    "stale_reindex_cut": _plain("DELETE FROM search_person_keys WHERE person_pk % 2 = 0"),
}


# --- ids with unusual characters ---------------------------------------------------------


def _text_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL%' AND name NOT LIKE '%_fts_%' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '\\_%' ESCAPE '\\'"
        )
    ]
    return [
        (t, c[1])
        for t in tables
        for c in conn.execute(f"PRAGMA table_info({t})")
        if c[2].upper() == "TEXT"
    ]


def _update(
    path: Path,
    columns_of: Callable[[sqlite3.Connection], list[tuple[str, str]]],
    template: str,
    *extra: str,
) -> None:
    """`template` ({t}: table, {c}: column) run for each column `columns_of` picks."""
    conn = sqlite3.connect(path)
    columns = columns_of(conn)
    conn.close()
    run_loosened(path, loosen_everything, *(template.format(t=t, c=c) for t, c in columns), *extra)


def renamed_id(new_sql: str) -> Builder:
    """The first person's id replaced by `new_sql` in every column that holds it."""

    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        conn = sqlite3.connect(path)
        old = conn.execute(f"SELECT {_PERSON}").fetchone()[0]
        conn.close()
        quoted = old.replace("'", "''")
        _update(path, _text_columns, f"UPDATE {{t}} SET {{c}} = {new_sql} WHERE {{c}} = '{quoted}'")
        return path

    return build


ID_CASES: dict[str, Builder] = {
    "id_rtl_marks": renamed_id("char(8207) || 'p-' || char(8238) || 'x' || char(8206)"),
    "id_zero_width": renamed_id("'p-' || char(8203) || char(8205) || char(65279) || 'x'"),
    "id_nul": renamed_id("'p-a' || char(0) || 'b'"),
    "id_lone_surrogate": renamed_id("'p-' || CAST(X'eda080' AS TEXT) || 'x'"),
    "id_ten_kb": renamed_id("'p-' || printf('%.10240c', 'x')"),
    "id_only_space": renamed_id("' '"),
    "id_newline": renamed_id("'p-a' || char(10) || 'b' || char(13)"),
}


# --- dates in every date column ----------------------------------------------------------

DATE_SHAPES: dict[str, str] = {
    "slashes": "2021/03/04",
    "dots": "04.03.2021",
    "fullwidth": "\uff12\uff10\uff12\uff11-03-04",
    "time": "2021-03-04T10:11:12Z",
    "letters": "March 2021",
    "spaces": " 2021-03-04 ",
    "short": "21-3-4",
    "year_zero_padded_long": "002021-03-04",
    "arabic_digits": "\u0662\u0660\u0662\u0661-\u0660\u0663-\u0660\u0664",
}


def _date_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [
        (t, c)
        for t, c in _text_columns(conn)
        if c.endswith(("_edtf", "_earliest", "_latest")) or c in ("edition_date",)
    ]


def dates_everywhere(shape: str) -> Builder:
    def build(good: Path, folder: Path) -> Path:
        path = _copy(good, folder)
        value = shape.replace("'", "''")
        _update(
            path,
            _date_columns,
            f"UPDATE {{t}} SET {{c}} = '{value}' WHERE {{c}} IS NOT NULL",
            f"UPDATE meta SET value = '{value}' WHERE key = 'edition_date'",
        )
        return path

    return build


DATE_CASES: dict[str, Builder] = {
    f"dates_{name}": dates_everywhere(shape) for name, shape in DATE_SHAPES.items()
}


# --- bulk: many rows for one person ------------------------------------------------------

BULK = 100_000
_BULK_SQL: dict[str, tuple[str, ...]] = {
    "events": (
        "INSERT INTO events (id, kind, date_edtf, date_earliest, date_latest, description) "
        "SELECT 'e-bulk-' || v, 'statement', '2021-01-01', '2021-01-01', '2021-01-01', "
        "'bulk event ' || v FROM {series}",
        "INSERT INTO event_people (event_id, person_id) SELECT 'e-bulk-' || v, {person} "
        "FROM {series}",
    ),
    "names": (
        "INSERT INTO person_names (person_id, name, lang, system) "
        "SELECT {person}, 'Alias' || v, 'en', 'alias' FROM {series}",
    ),
    "quotes": (
        "INSERT INTO quotes (id, speaker_id, text, lang) "
        "SELECT 'q-bulk-' || v, {person}, 'quote number ' || v, 'en' FROM {series}",
    ),
    "relations": (
        "INSERT INTO relations (id, person_id, kind, other_person_id) "
        "SELECT 'r-bulk-' || v, {person}, 'associate', {person} FROM {series}",
    ),
    "sentences": (
        "INSERT INTO sentences (id, person_id, term_kind, term_months, date_edtf, "
        "date_earliest, date_latest) "
        "SELECT 's-bulk-' || v, {person}, 'prison', 12, '2021-01-01', '2021-01-01', "
        "'2021-01-01' FROM {series}",
    ),
}


def bulk(*lists: str, rows: int = BULK) -> Builder:
    """`rows` more rows in each of `lists` ("events", "names", …) for one person."""
    series = (
        "(WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n "
        f"WHERE v < {rows}) SELECT v FROM n)"
    )
    return _statements(
        *(sql.format(series=series, person=_PERSON) for name in lists for sql in _BULK_SQL[name])
    )


BULK_CASES: dict[str, Builder] = {f"bulk_{name}": bulk(name) for name in _BULK_SQL}


# --- cycles ------------------------------------------------------------------------------

CYCLE_CASES: dict[str, Builder] = {
    "cycle_sentences_two": _statements(
        "UPDATE sentences SET adds_to_id = (SELECT id FROM sentences s2 WHERE s2.pk <> "
        "sentences.pk ORDER BY pk LIMIT 1) WHERE pk IN (SELECT pk FROM sentences ORDER BY pk "
        "LIMIT 2)",
    ),
    "cycle_person_related_to_self_all": _statements(
        "UPDATE relations SET other_person_id = person_id, org_id = NULL",
    ),
    "cycle_judge_is_defendant": _statements(
        "UPDATE sentences SET judge_id = person_id, prosecutor_id = person_id, "
        "lawyer_id = person_id",
    ),
}


CASES: dict[str, tuple[str, Builder]] = {
    **{n: ("version", b) for n, b in VERSION_CASES.items()},
    **{n: ("stale", b) for n, b in STALE_CASES.items()},
    **{n: ("ids", b) for n, b in ID_CASES.items()},
    **{n: ("dates", b) for n, b in DATE_CASES.items()},
    **{n: ("bulk", b) for n, b in BULK_CASES.items()},
    **{n: ("cycle", b) for n, b in CYCLE_CASES.items()},
}


def make(name: str, folder: Path, good: Path) -> Path:
    """Write case `name` into the empty `folder` from the valid archive `good`."""
    return CASES[name][1](good, folder)
