"""A later edition of an archive with known changes, for diff tests and benchmarks.

`next_edition(src, dst)` copies an archive and changes one person in every
`every` (by their position in the file) in one way each: removed, status
changed, a new sentence, a release, a transfer, a new name spelling; and it
adds new people. It returns the ids it touched per kind of change, so a test
can check that `db.diff` finds exactly those. The changes are SQL statements
over the copy (as an editor's weekly update would be), followed by the usual
refresh of derived data.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import writer
from db.errors import ErrorKind, OutputError

KINDS = ("removed", "status", "sentences", "releases", "transfers", "names")
"""The changes made, each to the people whose `pk % every` is its position + 1."""


@dataclass(frozen=True, slots=True)
class EditionChanges:
    """The person ids `next_edition` changed, per kind of change (and the people it added)."""

    added: frozenset[str]
    changed: dict[str, frozenset[str]]  # kind (KINDS, and "relations") -> person ids

    def changed_ids(self) -> frozenset[str]:
        """People of the new edition that differ (added or changed, not removed)."""
        out = set(self.added)
        for kind, ids in self.changed.items():
            if kind != "removed":
                out |= ids
        return frozenset(out)


def _select(kind: str, every: int) -> str:
    return f"SELECT id FROM people WHERE pk % {every} = {KINDS.index(kind) + 1}"


_REMOVE = (
    "DELETE FROM charges WHERE sentence_id IN (SELECT id FROM sentences WHERE person_id IN gone)",
    "DELETE FROM appeals WHERE sentence_id IN (SELECT id FROM sentences WHERE person_id IN gone)",
    "UPDATE events SET sentence_id = NULL "
    "WHERE sentence_id IN (SELECT id FROM sentences WHERE person_id IN gone)",
    "UPDATE sentences SET adds_to_id = NULL "
    "WHERE adds_to_id IN (SELECT id FROM sentences WHERE person_id IN gone)",
    "DELETE FROM sentences WHERE person_id IN gone",
    "UPDATE sentences SET judge_id = NULL WHERE judge_id IN gone",
    "UPDATE sentences SET prosecutor_id = NULL WHERE prosecutor_id IN gone",
    "UPDATE sentences SET lawyer_id = NULL WHERE lawyer_id IN gone",
    "DELETE FROM recognitions WHERE person_id IN gone",
    "DELETE FROM placements WHERE person_id IN gone",
    "DELETE FROM attachments WHERE person_id IN gone",
    "DELETE FROM event_people WHERE person_id IN gone",
    "DELETE FROM relations WHERE person_id IN gone OR other_person_id IN gone",
    "DELETE FROM quote_subjects WHERE person_id IN gone",
    "UPDATE quotes SET speaker_id = NULL WHERE speaker_id IN gone",
    "DELETE FROM citations WHERE entity_type = 'person' AND entity_id IN gone",
    "DELETE FROM person_names WHERE person_id IN gone",
    "DELETE FROM person_roles WHERE person_id IN gone",
    "DELETE FROM people_order WHERE person_pk IN (SELECT pk FROM people WHERE id IN gone)",
    "DELETE FROM people WHERE id IN gone",
)


def _ids(conn: sqlite3.Connection, sql: str) -> frozenset[str]:
    return frozenset(str(r[0]) for r in conn.execute(sql))


def next_edition(
    src: Path,
    dst: Path,
    *,
    every: int = 100,
    added: int = 0,
    edition: str = "2",
    refresh: bool = True,
) -> EditionChanges:
    """Write `dst`: `src` with one person in `every` changed per kind, and `added` new people.

    `refresh=False` leaves the derived tables as they were (a benchmark of the
    diff, which never reads them, saves minutes at a million people).
    """
    if every < len(KINDS) + 1:
        raise ValueError(f"every must be at least {len(KINDS) + 1}")
    if dst.exists():
        raise OutputError.of(ErrorKind.OUTPUT_EXISTS, dst)
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN")
        changed = {kind: _ids(conn, _select(kind, every)) for kind in KINDS}
        gone = f"({_select('removed', every)})"
        # people who lose a relation because its other side is removed
        changed["relations"] = _ids(
            conn,
            f"SELECT person_id FROM relations WHERE other_person_id IN {gone} "
            f"UNION SELECT other_person_id FROM relations WHERE person_id IN {gone} "
            "AND other_person_id IS NOT NULL "
            f"EXCEPT {_select('removed', every)}",
        )
        tables = _ids(conn, "SELECT name FROM sqlite_master WHERE type = 'table'")
        for sql in _REMOVE:
            words = sql.split()
            if (words[2] if words[0] == "DELETE" else words[1]) not in tables:
                continue  # an older format without this table
            conn.execute(sql.replace("IN gone", f"IN {gone}"))
        conn.execute(
            "UPDATE people SET status = CASE status WHEN 'in_custody' THEN 'released' "
            "ELSE 'in_custody' END, status_since_edtf = '2026-11-30', "
            "status_since_earliest = '2026-11-30', status_since_latest = '2026-11-30' "
            f"WHERE id IN ({_select('status', every)})"
        )
        conn.execute(
            "INSERT INTO sentences (id, person_id, date_edtf, date_earliest, date_latest, "
            "term_kind, term_months, term_text) "
            "SELECT 's-next-' || id, id, '2026-11', '2026-11-01', '2026-11-30', 'prison', 12, "
            f"'1 year in prison' FROM people WHERE id IN ({_select('sentences', every)})"
        )
        for kind, event_kind in (("releases", "released"), ("transfers", "transferred")):
            conn.execute(
                "INSERT INTO events (id, kind, date_edtf, date_earliest, date_latest, description) "
                f"SELECT 'e-next-{event_kind}-' || id, '{event_kind}', '2026-11', '2026-11-01', "
                f"'2026-11-30', '{event_kind.capitalize()} (synthetic)' "
                f"FROM people WHERE id IN ({_select(kind, every)})"
            )
            conn.execute(
                "INSERT INTO event_people (event_id, person_id) "
                f"SELECT 'e-next-{event_kind}-' || id, id FROM people "
                f"WHERE id IN ({_select(kind, every)})"
            )
        conn.execute(
            "INSERT INTO person_names (person_id, name, lang, system) "
            "SELECT id, display_name || 'x', 'en', 'alias' FROM people "
            f"WHERE id IN ({_select('names', every)})"
        )
        if added:
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO people (id, display_name, sort_name, status) "
                "SELECT printf('p-next-%07d', i), printf('Added Person %d', i), "
                "printf('person %07d added', i), 'in_custody' FROM n",
                (added,),
            )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'edition'", (edition,))
        conn.execute("COMMIT")
        if refresh:
            db = Database(conn)
            with db.atomic():
                writer.refresh_derived(db)
            writer.finish(db, vacuum=False)
        new_ids = _ids(conn, "SELECT id FROM people WHERE id LIKE 'p-next-%'")
    except BaseException:
        conn.close()
        dst.unlink(missing_ok=True)
        raise
    conn.close()
    return EditionChanges(added=new_ids, changed=changed)
