"""Kartoteka's Datasette plugin: the app's name search and working row links on the web.

Installed with the package (entry point `kartoteka` in the `datasette` group;
`pip install 'kartoteka[publish]'` brings Datasette itself). For every
database served it

* registers `kartoteka_fold(text)` (db.names.fold: any script or
  romanization of a name to one Latin key) and `kartoteka_search(text)` (the
  app's own name search, db.search, as a JSON list of [pk, spelling, why])
  as SQL functions;
* adds the canned query `find_person_by_any_spelling` to databases that are
  Kartoteka archives, so `Тихановский`, `Tikhanovsky`, `Cichanoŭski` or a
  typo find Siarhei Tsikhanouski, ranked exactly as the app ranks them;
* makes references by text `id` work as links. Datasette links a foreign key
  value to `/db/table/<value>`, but an archive's rows are addressed by their
  integer `pk`; the plugin links to `/-/kartoteka/db/table/<id>` instead,
  which redirects to the row (a stable link that survives new editions), and
  counts the "Links from other tables" on a row page by the row's `id`.

This module is only imported by Datasette; the app never imports it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import markupsafe
from datasette import hookimpl
from datasette.utils import escape_sqlite, tilde_decode
from datasette.utils.asgi import Response
from sqlite_utils import Database

from db.name_match import describe
from db.names import fold_words
from db.search import search

ROUTE_PREFIX = "/-/kartoteka"
CANNED_QUERY = "find_person_by_any_spelling"
MAX_QUERY_WORDS = 8

FIND_PERSON_SQL = """
select p.id, p.display_name, p.status, p.birth_year,
       json_extract(j.value, '$[1]') as matched_spelling,
       json_extract(j.value, '$[2]') as why
from json_each(kartoteka_search(:name)) j
join people p on p.pk = json_extract(j.value, '$[0]')
order by j.key
"""
"""The app's own name search (db.search: every script and romanization, typos,
declined forms, diminutives), in the app's order; `json_each` keeps that order."""

SEARCH_LIMIT = 100
SEARCH_TIME_LIMIT_MS = 2_000


def _unmarked(text: str) -> str:
    """A matched spelling without the [ ] marks db.search puts round matched words."""
    return text.replace("[", "").replace("]", "")


def fold_name(text: str | None) -> str:
    """`db.names.fold` as an SQL function (NULL stays NULL)."""
    return " ".join(fold_words(text)) if text is not None else ""


def _searcher(path: str | None) -> Callable[[str | None], str]:
    """`kartoteka_search(text)`: JSON [[pk, spelling, why], …] for the database at `path`.

    The search runs on a connection of its own (read-only, opened on first
    use per thread): SQLite functions must not run statements on the
    connection that is calling them.
    """
    local = threading.local()

    def connection() -> Database | None:
        if path is None:
            return None
        db = getattr(local, "db", None)
        if db is None:
            raw = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
            raw.execute("PRAGMA query_only = 1")
            db = local.db = Database(raw)
        return db

    def run(text: str | None) -> str:
        db = connection()
        if db is None or not (text or "").strip():
            return "[]"
        result = search(
            db, text or "", limit=SEARCH_LIMIT, time_limit_ms=SEARCH_TIME_LIMIT_MS, live=True
        )
        rows = [
            [
                hit.pk,
                _unmarked(hit.matched_text),
                describe(hit.name_match) if hit.name_match else "",
            ]
            for hit in result.hits
            if hit.field == "name"
        ]
        return json.dumps(rows, ensure_ascii=False)

    return run


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    conn.create_function("kartoteka_fold", 1, fold_name, deterministic=True)
    served = datasette.databases.get(database)
    conn.create_function("kartoteka_search", 1, _searcher(getattr(served, "path", None)))


async def _is_archive(datasette: Any, database: str) -> bool:
    db = datasette.get_database(database)
    names = set(await db.table_names())
    return {"meta", "people"} <= names and bool({"search_keys", "search_names"} & names)


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
