"""Kartoteka's Datasette plugin: the app's name search and working row links on the web.

Installed with the package (entry point `kartoteka` in the `datasette` group;
`pip install 'kartoteka[publish]'` brings Datasette itself). For every
database served it

* registers `kartoteka_fold(text)` (db.names.fold: any script or
  romanization of a name to one Latin key) and `kartoteka_name_query(text)`
  (the FTS5 query over those keys) as SQL functions;
* adds the canned query `find_person_by_any_spelling` to databases that are
  Kartoteka archives, so `Тихановский`, `Tikhanovsky` or `Cichanoŭski` find
  Siarhei Tsikhanouski, ranked as the app ranks name hits: an exact spelling
  first, then by FTS5 rank, then by name;
* makes references by text `id` work as links. Datasette links a foreign key
  value to `/db/table/<value>`, but an archive's rows are addressed by their
  integer `pk`; the plugin links to `/-/kartoteka/db/table/<id>` instead,
  which redirects to the row (a stable link that survives new editions), and
  counts the "Links from other tables" on a row page by the row's `id`.

This module is only imported by Datasette; the app never imports it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

import markupsafe
from datasette import hookimpl
from datasette.utils import escape_sqlite, tilde_decode
from datasette.utils.asgi import Response

from db.names import fold_words

ROUTE_PREFIX = "/-/kartoteka"
CANNED_QUERY = "find_person_by_any_spelling"
MAX_QUERY_WORDS = 8

FIND_PERSON_SQL = """
select p.id, p.display_name, p.status, p.birth_year,
       group_concat(distinct s.name) as matched_spellings
from search_names_fts f
join search_names s on s.pk = f.rowid
join people p on p.pk = s.person_pk
where search_names_fts match kartoteka_name_query(:name)
group by p.pk
order by max(lower(s.name) = lower(trim(:name))) desc, min(f.rank), p.sort_name
limit 100
"""


NOTHING = "nothing NOT nothing"
"""A valid FTS5 query that matches no row (an empty query is a syntax error)."""


def name_query(text: str | None) -> str:
    """An FTS5 query over folded name keys: every word must match, the last as a prefix."""
    keys = fold_words(text or "")[:MAX_QUERY_WORDS]
    if not keys:
        return NOTHING
    return " ".join([*(f'"{k}"' for k in keys[:-1]), f'"{keys[-1]}"*'])


def fold_name(text: str | None) -> str:
    """`db.names.fold` as an SQL function (NULL stays NULL)."""
    return " ".join(fold_words(text)) if text is not None else ""


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("kartoteka_fold", 1, fold_name, deterministic=True)
    conn.create_function("kartoteka_name_query", 1, name_query, deterministic=True)


async def _is_archive(datasette: Any, database: str) -> bool:
    db = datasette.get_database(database)
    names = set(await db.table_names())
    return {"meta", "people", "search_names", "search_names_fts"} <= names


@hookimpl
def canned_queries(datasette: Any, database: str) -> Callable[[], Awaitable[dict[str, Any]]]:
    async def inner() -> dict[str, Any]:
        if not await _is_archive(datasette, database):
            return {}
        return {
            CANNED_QUERY: {
                "title": "Find a person by any spelling",
                "description": (
                    "Type a name in any script or romanization: Ціханоўскі, Тихановский, "
                    "Tsikhanouski, Tikhanovsky and Cichanoŭski find the same man. The last "
                    "word may be the start of a word."
                ),
                "sql": FIND_PERSON_SQL,
                "params": ["name"],
            }
        }

    return inner


_REFERENCES: dict[tuple[int, str, str], dict[str, str]] = {}
"""(Datasette instance, database, table) -> its references by id; render_cell runs per cell."""


async def _id_references(datasette: Any, database: str, table: str) -> dict[str, str]:
    """column -> table it references by text `id`, for one table (cached: schemas are fixed)."""
    key = (id(datasette), database, table)
    if key not in _REFERENCES:
        db = datasette.get_database(database)
        _REFERENCES[key] = {
            fk["column"]: fk["other_table"]
            for fk in await db.foreign_keys_for_table(table)
            if fk["other_column"] == "id"
        }
    return _REFERENCES[key]


def _stable_link(datasette: Any, database: str, table: str, entry_id: str) -> str:
    return str(datasette.urls.path(f"{ROUTE_PREFIX}/{database}/{table}/{entry_id}"))


@hookimpl
def render_cell(
    value: Any, column: str, table: str | None, database: str, datasette: Any
) -> Callable[[], Awaitable[markupsafe.Markup | None]] | None:
    if table is None or not isinstance(value, (dict, str)):
        return None

    async def inner() -> markupsafe.Markup | None:
        refs = await _id_references(datasette, database, table)
        if column not in refs:
            return None
        entry_id, label = (
            (value["value"], value["label"]) if isinstance(value, dict) else (value, value)
        )
        if entry_id is None:
            return None
        href = _stable_link(datasette, database, refs[column], str(entry_id))
        text = str(label or entry_id)
        return markupsafe.Markup('<a href="{}">{}</a>{}').format(
            href,
            text,
            markupsafe.Markup(" <em>{}</em>").format(entry_id) if text != entry_id else "",
        )

    return inner


async def _redirect_to_row(datasette: Any, request: Any) -> Response:
    database = request.url_vars["database"]
    table = request.url_vars["table"]
    entry_id = request.url_vars["id"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        return Response.text(f"No database {database!r}.", status=404)
    if table not in await db.table_names() or "id" not in await db.table_columns(table):
        return Response.text(f"No table {table!r} with stable ids in {database!r}.", status=404)
    sql = f"select pk from {escape_sqlite(table)} where id = :id"
    row = (await db.execute(sql, {"id": entry_id})).first()
    if row is None:
        return Response.text(f"No entry {entry_id!r} in {table!r}.", status=404)
    return Response.redirect(datasette.urls.row(database, table, str(row["pk"])))


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (
            rf"^{ROUTE_PREFIX}/(?P<database>[^/]+)/(?P<table>[^/]+)/(?P<id>[^/]+)$",
            _redirect_to_row,
        )
    ]


async def _incoming_by_id(
    datasette: Any, database: str, table: str, pk: str
) -> list[dict[str, Any]] | None:
    db = datasette.get_database(database)
    if "id" not in await db.table_columns(table):
        return None
    row = (
        await db.execute(f"select id from {escape_sqlite(table)} where pk = :pk", {"pk": pk})
    ).first()
    if row is None:
        return None
    entry_id = row["id"]
    incoming = (await db.get_all_foreign_keys())[table]["incoming"]
    hidden = set(await db.hidden_table_names())
    links = []
    for fk in incoming:
        if fk["other_table"] in hidden:
            continue
        key = entry_id if fk["column"] == "id" else pk
        sql = (
            f"select count(*) from {escape_sqlite(fk['other_table'])} "
            f"where {escape_sqlite(fk['other_column'])} = :key"
        )
        count = (await db.execute(sql, {"key": key})).first()[0]
        link = (
            datasette.urls.table(database, fk["other_table"])
            + "?"
            + urlencode({fk["other_column"]: key})
        )
        links.append({**fk, "count": count, "link": link})
    return links


@hookimpl
def extra_template_vars(
    view_name: str, database: str | None, table: str | None, request: Any, datasette: Any
) -> Callable[[], Awaitable[dict[str, Any]]] | None:
    if view_name != "row" or database is None or table is None or request is None:
        return None

    async def inner() -> dict[str, Any]:
        pks = request.url_vars.get("pks")
        if not pks or "," in pks:
            return {}
        links = await _incoming_by_id(datasette, database, table, tilde_decode(pks))
        return {} if links is None else {"foreign_key_tables": links}

    return inner
