"""The slow checks of an archive, run after it is shown: integrity, search indexes, duplicate ids.

`open_archive` checks the header and schema before returning; what reads the
whole file runs here, with a progress callback and cancellation, so the
viewer can show the list first and check on a worker (the CLI's `info
--check` shows a progress bar):

* `PRAGMA quick_check` through sqlcipher3's SQLite (3.44 or newer, bundled),
  which also verifies every FTS5 index on a read-only connection (Python's
  SQLite 3.40 can only do that through a writable one). Each problem line is
  sorted by the object it names: damage in the search index only disables
  search; anything else means the archive is damaged. "NULL value in t.c"
  lines are confirmed with `typeof()` (SQLite folds `IS NULL` to false on a
  NOT NULL column, and 3.40 misreports some WITHOUT ROWID tables).
* Each external-content FTS5 index must index as many rows as its table has
  (an FTS5 check does not compare the two).
* Stable ids must be unique: a duplicate written around the UNIQUE index
  passes quick_check (only the slower integrity_check sees it) and makes an
  export that cannot be imported back.

A finished run's outcome is kept with the open archive (`Archive.check_result`,
shared by `reopen()`) and in the ledger (db.ledger), so repeat opens of the
unchanged file skip it.
"""

from __future__ import annotations

import enum
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlite_utils import Database

from db import key_version, ledger, migrations, schema_check, sqlite_errors
from db.cipher import PageReads, cipher_connect, harden_cipher, raw_connection
from db.connection import OPEN_FILES, Archive, _decode_text, _signature, open_archive
from db.errors import TEXTS, ArchiveDamagedError, ArchiveMissingError, ErrorKind, KartotekaError
from db.findings import Finding, FindingKind, finding_params, sqlite_finding
from db.private_copy import BUSY_TIMEOUT_MS

if TYPE_CHECKING:
    from db.connection import _Source

CheckProgress = Callable[[int], None]
"""Called with the percent done (0 to 100), at most every PROGRESS_EVERY_S, on the check's
thread or (during quick_check) its watch thread; never twice at once, never going down."""

MAX_PROBLEMS = 200
"""quick_check stops after this many problems; the details list at most these."""
DETAIL_CHARS = 500
PROGRESS_EVERY_S = 0.1
PROGRESS_OPS = 1_000_000
"""SQLite steps between progress calls (~50 ms of work). Each call takes the GIL: every
20,000 steps (~1 ms), a check running for minutes at a million people took it a thousand
times a second from the window's thread. Cancel and the time limit do not wait for it:
`_Watch` interrupts the query."""
WATCH_EVERY_S = 0.05
"""How often `_Watch` asks whether the run was cancelled or is late, and (Linux) reports
quick_check's progress from the pages the check's thread has read (`ThreadReads`)."""
QUICK_CHECK_SHARE = 90
"""Percent of the progress bar for quick_check; the rest for the counts and ids."""
READS_PER_PAGE = 1.9
"""Pages quick_check reads from disk per page in use (it reads tables twice, FTS data again)."""
SEARCH_OWNER = re.compile(r'from table "([^"]+)"|in index (\S+)|^fts5: .*? table "?([^" ]+)"?')
TREE = re.compile(r"^Tree (\d+) page")
NULL_VALUE = re.compile(r"^NULL value in (\w+)\.(\w+)$")
CONTENT_TABLE = re.compile(r"""\bcontent=[\['"]?(\w+)""", re.IGNORECASE)


_E = TypeVar("_E", bound=KartotekaError)


class CheckStatus(enum.Enum):
    OK = "ok"
    SEARCH_UNAVAILABLE = "search"  # the archive reads fine; its search index does not
    DAMAGED = "damaged"  # results may be incomplete or wrong
    CANCELLED = "cancelled"  # `cancel()`: nothing recorded, run it again later
    TIMED_OUT = "timed_out"  # past `time_limit_ms`: nothing recorded


FINISHED = frozenset({CheckStatus.OK, CheckStatus.SEARCH_UNAVAILABLE, CheckStatus.DAMAGED})


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of the slow checks: a one-line summary, and the evidence behind "Details…"."""

    status: CheckStatus
    summary: str  # one line naming the file; what the banner or `kartoteka info` says
    details: tuple[str, ...] = ()  # every problem found, one line each
    search_problem: str | None = None  # Archive.search_problem once this is known
    from_ledger: bool = False  # an earlier check of the unchanged file, not this run
    seconds: float = 0.0
    kind: ErrorKind | None = None  # the summary's kind, so the window and the CLI word it
    params: tuple[tuple[str, str], ...] = ()  # its values (the file's path aside)

    def error(self, cls: type[_E], path: str | Path) -> _E:
        """The summary as an error of `cls` about `path`, with its kind and details."""
        if self.kind is None:
            return cls(self.summary, path=path, details=self.details)
        params: dict[str, Any] = dict(self.params)
        return cls.of(self.kind, path, details=self.details, **params)

    @property
    def finished(self) -> bool:
        """Whether the checks ran to the end (OK, SEARCH_UNAVAILABLE or DAMAGED)."""
        return self.status in FINISHED

    @property
    def damaged(self) -> bool:
        return self.status is CheckStatus.DAMAGED

    @property
    def ok(self) -> bool:
        return self.status is CheckStatus.OK

    @property
    def details_text(self) -> str:
        """What "Details…" shows: the summary, then every problem found, one per line."""
        return "\n".join((self.summary, *self.details))


def _worded(kind: ErrorKind, path: Path, **params: object) -> dict[str, Any]:
    """A CheckResult's summary and its kind: the English from db.errors.TEXTS."""
    values = {name: str(value) for name, value in params.items()}
    return {
        "summary": TEXTS[kind].format(path=path, **values),
        "kind": kind,
        "params": tuple(values.items()),
    }


def result_from_ledger(p: Path, outcome: str) -> CheckResult:
    """The result an earlier check of the unchanged file recorded (db.ledger keeps no text)."""
    if outcome == "ok":
        return CheckResult(
            CheckStatus.OK, f"{p}: checked before, no problems found.", from_ledger=True
        )
    if outcome == "search":
        worded = _worded(ErrorKind.SEARCH_DAMAGED_BEFORE, p)
        return CheckResult(
            CheckStatus.SEARCH_UNAVAILABLE,
            search_problem=worded["summary"],
            from_ledger=True,
            **worded,
        )
    return CheckResult(
        CheckStatus.DAMAGED,
        details=(Finding.of(FindingKind.CHECK_AGAIN),),
        from_ledger=True,
        **_worded(ErrorKind.CHECK_DAMAGED_BEFORE, p),
    )


class ThreadReads:
    """Pages one thread has read from the OS so far (Linux: `/proc/self/task/TID/io`).

    Readable from any thread without SQLite's connection lock: inside quick_check SQLite
    calls the progress handler once per page checked, not per VM step, so at a million
    people PROGRESS_OPS meant one call every ~150 s (the status bar stood at 0 % for
    267 s, then jumped to 27 %). `_Watch` reads this instead, every WATCH_EVERY_S, and the
    handler stays rare. `read()` is -1 where there is no such file.
    """

    def __init__(self, page_size: int) -> None:
        self._path = f"/proc/self/task/{threading.get_native_id()}/io"
        self._page = max(1, page_size)
        self._start = self._rchar()

    def _rchar(self) -> int:
        try:
            with open(self._path, "rb") as f:
                for line in f:
                    if line.startswith(b"rchar:"):
                        return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            return -1
        return -1

    def read(self) -> int:
        now = self._rchar()
        if now < 0 or self._start < 0:
            return -1
        return (now - self._start) // self._page


class _Stop(Exception):
    """The progress callback raised; re-raised by `run()` after SQLite stopped."""


class _Watch:
    """A thread that interrupts the check's query once it is cancelled or late.

    Asked every WATCH_EVERY_S, so stopping does not wait for the (rare) progress handler.
    """

    def __init__(self, check: ArchiveCheck, conn: sqlite3.Connection) -> None:
        self._check = check
        self._conn = conn
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kartoteka-check-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        check = self._check
        while not self._done.wait(WATCH_EVERY_S):
            try:
                asked = check._asked_to_stop is not None and check._asked_to_stop()
            except Exception:  # the caller's question failed: the progress handler raises it
                asked = False
            if asked:
                check._cancelled.set()
            late = check._deadline is not None and time.monotonic() > check._deadline
            if late and not check._cancelled.is_set():
                check._timed_out = True
            if asked or late or check._cancelled.is_set():
                self._conn.interrupt()  # again each time: one between two statements is lost
            elif not check._progress_from_watch():
                self._conn.interrupt()  # the progress callback raised: run() re-raises it


class ArchiveCheck:
    """One run of the slow checks of an open Archive.

    `run()` works on the calling thread (a worker) through its own
    connection, so the Archive stays usable meanwhile; `cancel()` may be
    called from any thread and makes `run()` return CANCELLED within a
    fraction of a second. `progress(percent)` is called on the running
    thread or its watch thread (see CheckProgress). Without `force`, a result
    already known (this process, or the ledger) is returned at once, except
    damage the ledger remembers (it keeps no details, so the checks run again
    to find them).
    """

    def __init__(
        self,
        archive: Archive,
        *,
        progress: CheckProgress | None = None,
        time_limit_ms: int | None = None,
        force: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.archive = archive
        self._progress = progress
        self._asked_to_stop = cancelled  # polled with the progress handler
        self._limit_ms = time_limit_ms
        self._force = force
        self._cancelled = threading.Event()
        self._conn: sqlite3.Connection | None = None
        self._deadline: float | None = None
        self._timed_out = False
        self._error: BaseException | None = None
        self._last_report = 0.0
        self._last_pct = -1
        self._reads: PageReads | None = None
        self._thread_reads: ThreadReads | None = None  # set while quick_check runs
        self._report_lock = threading.Lock()  # the running thread and _Watch both report
        self._expected_reads = 1
        self._started = 0.0

    def cancel(self) -> None:
        """Stop the run (from any thread); `run()` then returns CANCELLED."""
        self._cancelled.set()
        conn = self._conn
        if conn is not None:
            conn.interrupt()

    def _report(self, pct: int, *, force: bool = False) -> None:
        with self._report_lock:
            if self._progress is None or pct <= self._last_pct or self._error is not None:
                return
            now = time.monotonic()
            if not force and now - self._last_report < PROGRESS_EVERY_S:
                return
            self._last_report, self._last_pct = now, pct
            try:
                self._progress(pct)
            except Exception as exc:
                self._error = exc
                raise _Stop from exc

    def _progress_from_watch(self) -> bool:
        """quick_check's share by the pages its thread read (from `_Watch`); False when
        the progress callback raised."""
        reads = self._thread_reads
        count = reads.read() if reads is not None else -1
        if count < 0:
            return True
        try:
            self._report(int(min(count / self._expected_reads, 0.99) * QUICK_CHECK_SHARE))
        except _Stop:
            return False
        return True

    def _tick(self) -> int:
        """SQLite's progress handler: stop when cancelled or late; report progress."""
        if self._cancelled.is_set() or self._error is not None:
            return 1
        if self._asked_to_stop is not None and self._asked_to_stop():
            self._cancelled.set()
            return 1
        now = time.monotonic()
        if self._deadline is not None and now > self._deadline:
            self._timed_out = True
            return 1
        if self._progress is not None and now - self._last_report >= PROGRESS_EVERY_S:
            reads = self._reads.read() if self._reads is not None else -1
            if reads >= 0:
                share = reads / self._expected_reads
            else:  # no page counter: assume 150 MB/s
                share = (now - self._started) / max(1.0, self._expected_reads * 4096 / 150e6)
            try:
                self._report(int(min(share, 0.99) * QUICK_CHECK_SHARE))
            except _Stop:
                return 1
        return 0

    def _step(self) -> None:
        """Between two statements: stop when cancelled, asked to or late (an interrupt
        from `_Watch` between statements is lost, and the progress handler is rare)."""
        if self._tick():
            raise _Stop

    def run(self) -> CheckResult:
        source = self.archive._source
        known = source.check
        # damage remembered by the ledger comes without its details: those need a run
        reuse = known is not None and known.finished and not (known.from_ledger and known.damaged)
        if not self._force and known is not None and reuse:
            self._report(100, force=True)
            return known
        self._started = time.monotonic()
        if self._limit_ms is not None:
            self._deadline = self._started + self._limit_ms / 1000
        self._report(0, force=True)
        if self._asked_to_stop is not None and self._asked_to_stop():
            self._cancelled.set()
            return self._stopped()
        try:
            conn = _check_connection(source, self.archive.path)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if not source.read_path.exists():  # deleted or moved while open: not damage
                raise ArchiveMissingError.of(
                    ErrorKind.DELETED_WHILE_OPEN, self.archive.path
                ) from exc
            return self._finish(source, self._damaged([f"the file cannot be read: {exc}"]))
        self._conn = conn
        watch = _Watch(self, conn)
        try:
            if self._cancelled.is_set():
                conn.interrupt()
            conn.set_progress_handler(self._tick, PROGRESS_OPS)
            watch.start()
            result = self._checks(conn)
        except _Stop:
            result = None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if sqlite_errors.is_interrupt(exc) or self._cancelled.is_set():
                result = None
            else:
                result = self._damaged([f"the check could not finish: {exc}"])
        finally:
            watch.stop()
            self._conn = None
            OPEN_FILES.close_later(source.file_key, conn.close)
        if self._error is not None:
            raise self._error
        if result is None:
            result = self._stopped()
        return self._finish(source, result)

    def _stopped(self) -> CheckResult:
        p = self.archive.path
        if self._timed_out and not self._cancelled.is_set():
            limit = (self._limit_ms or 0) // 1000
            return CheckResult(
                CheckStatus.TIMED_OUT,
                seconds=time.monotonic() - self._started,
                **_worded(ErrorKind.CHECK_TIMEOUT, p, seconds=limit),
            )
        return CheckResult(
            CheckStatus.CANCELLED,
            seconds=time.monotonic() - self._started,
            **_worded(ErrorKind.CHECK_CANCELLED, p),
        )

    def _finish(self, source: _Source, result: CheckResult) -> CheckResult:
        if result.finished:
            source.check = result
            if source.fingerprint is not None and _signature(source.path) == source.signature:
                ledger.record(source.path, source.fingerprint, result.status.value)
            self._report(100, force=True)
        return result

    # --- the checks -------------------------------------------------------------

    def _checks(self, conn: sqlite3.Connection) -> CheckResult:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        self._expected_reads = max(1, int((pages - free) * READS_PER_PAGE))
        self._reads = PageReads(conn)
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        self._step()
        self._thread_reads = ThreadReads(page_size)  # this thread's reads, seen by _Watch
        try:
            quick = conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
        finally:
            self._thread_reads = None
        lines = [str(r[0]) for r in quick]
        self._report(QUICK_CHECK_SHARE, force=True)
        self._step()
        owners = _owners(conn)
        damage: list[str] = []
        search: list[str] = []
        for line in lines:
            if line == "ok":
                continue
            owner = _owner_of(line, owners)
            if owner is not None and schema_check.is_search_object(
                schema_check.SchemaObject("table", owner, owner, "")
            ):
                search.append(sqlite_finding(line))
            elif _real_problem(conn, line):
                damage.append(sqlite_finding(line))
        present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
        tables = [t for t in _id_tables() if t in present]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        constraints = [
            (table, exprs)
            for table, exprs in schema_check.check_constraints(_known_version(version)).items()
            if table in present and f"CHECK constraint failed in {table}" not in lines
        ]
        steps = len(tables) + len(constraints) + 1
        if not search:
            search.extend(_index_counts(conn, present))
        gaps = [] if search else name_index_gaps(conn, present)
        search.extend(gaps)
        done = 1
        self._report(QUICK_CHECK_SHARE + (100 - QUICK_CHECK_SHARE) // steps, force=True)
        for table, exprs in constraints:
            self._step()
            damage.extend(_failed_checks(conn, table, exprs))
            done += 1
            self._report(QUICK_CHECK_SHARE + (100 - QUICK_CHECK_SHARE) * done // steps, force=True)
        for table in tables:
            self._step()
            damage.extend(_id_problems(conn, table))
            done += 1
            self._report(QUICK_CHECK_SHARE + (100 - QUICK_CHECK_SHARE) * done // steps, force=True)
        self._step()
        damage.extend(rank_problems(conn, present))
        if damage:
            return self._damaged(damage + search)
        if search:
            worded = _worded(
                ErrorKind.NAME_INDEX_STALE if gaps else ErrorKind.SEARCH_INDEX_NOT_OURS,
                self.archive.path,
                problems=sqlite_errors.one_line(search[0], 160),
                command=key_version.reindex_command(self.archive.path),
                **finding_params(_cut(search[0], 160)),
            )
            return CheckResult(
                CheckStatus.SEARCH_UNAVAILABLE,
                details=_details(search),
                search_problem=worded["summary"],
                seconds=time.monotonic() - self._started,
                **worded,
            )
        return CheckResult(
            CheckStatus.OK,
            f"{self.archive.path}: the integrity check found no problems.",
            seconds=time.monotonic() - self._started,
        )

    def _damaged(self, problems: list[str]) -> CheckResult:
        first = sqlite_errors.one_line(problems[0], 160)
        n = len(problems)
        count = str(n) if n < MAX_PROBLEMS else f"{MAX_PROBLEMS}+"
        worded = _worded(
            ErrorKind.CHECK_FOUND_DAMAGE,
            self.archive.path,
            count=count,
            first=first,
            **finding_params(_cut(problems[0], 160)),  # so the viewer words it anew
        )
        return CheckResult(
            CheckStatus.DAMAGED,
            details=_details(problems),
            seconds=time.monotonic() - self._started,
            **worded,
        )


def check_archive(
    archive: Archive,
    *,
    progress: CheckProgress | None = None,
    time_limit_ms: int | None = None,
    force: bool = False,
) -> CheckResult:
    """Run the slow checks on the calling thread; see ArchiveCheck."""
    return ArchiveCheck(archive, progress=progress, time_limit_ms=time_limit_ms, force=force).run()


def run_background_checks(
    archive: Archive | str | Path,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    time_limit_ms: int | None = None,
    force: bool = False,
) -> CheckResult:
    """quick_check, the search-index checks and the id checks, for a worker thread.

    What the viewer runs after the list is shown. `archive` is an open
    Archive (the check reads through its own connection, so the Archive stays
    usable meanwhile) or a path, opened here without the slow checks and
    closed again. `progress(fraction)` gets 0.0 to 1.0 on the running thread
    (or its watch thread);
    `cancelled()` is asked every few thousand SQLite steps and, once True,
    stops the run within a fraction of a second (status CANCELLED, nothing
    recorded). `result.damaged` says whether to show the banner,
    `result.summary` its one line, `result.details_text` what "Details…"
    shows. Errors opening a path raise as `open_archive` raises them.
    """
    report: CheckProgress | None = None
    if progress is not None:
        sink = progress

        def report(pct: int) -> None:
            sink(pct / 100)

    def run(opened: Archive) -> CheckResult:
        return ArchiveCheck(
            opened,
            progress=report,
            time_limit_ms=time_limit_ms,
            force=force,
            cancelled=cancelled,
        ).run()

    if isinstance(archive, Archive):
        return run(archive)

    with open_archive(archive, defer_checks=True) as opened:
        return run(opened)


def _cut(line: str, limit: int) -> str:
    """`line` on one line of about `limit` characters; a Finding stays one (its values cut)."""
    return line.cut(limit) if isinstance(line, Finding) else sqlite_errors.one_line(line, limit)


def _details(lines: list[str]) -> tuple[str, ...]:
    return tuple(_cut(line, DETAIL_CHARS) for line in lines[:MAX_PROBLEMS])


def _check_connection(source: _Source, original: Path) -> sqlite3.Connection:
    """A hardened read-only sqlcipher3 connection to the file the archive reads."""
    conn = cipher_connect(source.uri, source.key, uri=True)
    try:
        harden_cipher(raw_connection(conn))
        conn.text_factory = _decode_text
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("PRAGMA cell_size_check = 1")
        conn.execute("PRAGMA mmap_size = 0")
        if source.encrypted:
            conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _owners(conn: sqlite3.Connection) -> dict[str, str]:
    """Root page numbers and index names -> the table they belong to."""
    owners: dict[str, str] = {}
    for name, table, root in conn.execute(
        "SELECT name, tbl_name, rootpage FROM sqlite_master WHERE type IN ('table', 'index')"
    ):
        owners[f"#{root}"] = str(table)
        owners[str(name)] = str(table)
    return owners


def _owner_of(line: str, owners: dict[str, str]) -> str | None:
    """The table a quick_check line is about, when it names one."""
    tree = TREE.match(line)
    if tree:
        return owners.get(f"#{tree.group(1)}")
    null = NULL_VALUE.match(line)
    if null:
        return null.group(1)
    match = SEARCH_OWNER.search(line)
    if match:
        name = next(g for g in match.groups() if g)
        return owners.get(name, name)
    return None


def _real_problem(conn: sqlite3.Connection, line: str) -> bool:
    """False for a "NULL value in t.c" line that a direct query does not confirm.

    SQLite 3.40 misreports NOT NULL columns of some WITHOUT ROWID tables;
    `typeof()` is used because SQLite folds `IS NULL` to false on a NOT NULL
    column, which would dismiss a real NULL written around the constraint.
    """
    match = NULL_VALUE.match(line)
    if match is None:
        return True
    table, column = match.groups()
    columns = {r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [table])}
    if column not in columns:
        return True
    # both names come from the file's schema, checked against this build's at open
    sql = f'SELECT EXISTS (SELECT 1 FROM "{table}" WHERE typeof("{column}") = \'null\')'
    return bool(conn.execute(sql).fetchone()[0])


def _known_version(version: int) -> int:
    return min(max(version, 1), migrations.SCHEMA_VERSION)


def _failed_checks(conn: sqlite3.Connection, table: str, exprs: tuple[str, ...]) -> list[str]:
    """The line quick_check would give if a row breaks one of `table`'s CHECK constraints.

    quick_check skips CHECK constraints on a read-only connection (SQLite does
    not parse them there), and every connection here is read-only. A CHECK
    passes on NULL, and so does `NOT (NULL)` here.
    """
    # this build's own SQL (db.schema_check): the file's table was compared with it at open
    where = " OR ".join(f"NOT ({expr})" for expr in exprs)
    found = conn.execute(f'SELECT 1 FROM "{table}" WHERE {where} LIMIT 1').fetchone()
    return [Finding.of(FindingKind.CHECK_FAILED, table=table)] if found else []


def _index_counts(conn: sqlite3.Connection, present: set[str]) -> list[str]:
    """External-content FTS5 indexes whose row count differs from their table's."""
    problems: list[str] = []
    for name in sorted(schema_check.fts_tables()):
        content = CONTENT_TABLE.search(schema_check.current()[name].sql)
        if content is None or name not in present or content.group(1) not in present:
            continue
        table = content.group(1)
        # both names come from this build's schema, never from the file
        rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        indexed = conn.execute(f"SELECT count(*) FROM {name}_docsize").fetchone()[0]
        if rows != indexed:
            problems.append(
                Finding.of(
                    FindingKind.INDEX_ROWS, index=name, indexed=indexed, table=table, rows=rows
                )
            )
    return problems


GAPS_LOOKED_AT = 1000
"""People without name keys whose names are folded to see whether they should have some."""


def name_index_gaps(conn: Database | sqlite3.Connection, present: set[str]) -> list[str]:
    """People the name index does not hold, though their name has words to index.

    db.writer rebuilds the index on every build and import; people written
    into the file with SQL (or a rebuild cut short) are missing from it, and
    name search then misses them without a word (the third hostile sweep:
    found only through the full-text index, and never by another spelling).
    One seek per person in `search_person_keys`; the two key tables must also
    hold the same rows. A name that folds to no key (only punctuation) is no gap.
    """
    from db.search_index import PERSON_KEYS_TABLE, person_forms

    if PERSON_KEYS_TABLE not in present or "search_keys" not in present:
        return []  # an older index (docs/SEARCH.md): key_version's notice covers it
    # both table names are this build's constants
    rows = conn.execute(
        f"SELECT p.pk, substr(p.display_name, 1, 200) FROM people p WHERE NOT EXISTS "
        f"(SELECT 1 FROM {PERSON_KEYS_TABLE} k WHERE k.person_pk = p.pk) LIMIT {GAPS_LOOKED_AT}"
    ).fetchall()
    missing = [pk for pk, name in rows if isinstance(name, str) and person_forms({name})]
    problems = []
    if missing:
        more = "+" if len(rows) == GAPS_LOOKED_AT else ""
        problems.append(f"{len(missing)}{more} people not in it, the first with pk {missing[0]}")
    keys = int(conn.execute("SELECT count(*) FROM search_keys").fetchone()[0])
    by_person = int(conn.execute(f"SELECT count(*) FROM {PERSON_KEYS_TABLE}").fetchone()[0])
    if keys != by_person:
        problems.append(f"search_keys holds {keys} keys, {PERSON_KEYS_TABLE} {by_person}")
    return problems


def _id_tables() -> list[str]:
    """Tables whose `id` is a stable, unique id (what annotations and imports refer to)."""
    return sorted(
        name
        for name, obj in schema_check.current().items()
        if obj.type == "table" and " id TEXT NOT NULL UNIQUE" in obj.sql
    )


def id_problems(db: Database | sqlite3.Connection) -> list[str]:
    """Stable ids used by more than one entry, missing, empty or not text, as plain sentences.

    Empty when every entry has an id of its own. Exporters refuse such an
    archive: its export could not be imported back (and an entry without an
    id cannot be written at all).
    """
    present = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master")}
    return [problem for t in _id_tables() if t in present for problem in _id_problems(db, t)]


def refuse_bad_ids(archive: Archive) -> None:
    """Raise ArchiveDamagedError if stable ids repeat or are missing (no export imports back)."""
    problems = id_problems(archive.db)
    if problems:
        raise ArchiveDamagedError.of(
            ErrorKind.DUPLICATE_IDS,
            archive.path,
            details=tuple(problems),
            problem=problems[0],
            count=len(problems),
            **cast("dict[str, Any]", finding_params(problems[0])),  # the viewer words it anew
        )


def rank_tables() -> dict[str, tuple[str, ...]]:
    """Each derived rank table and its rank columns (the unfiltered list reads rows by rank)."""
    from db.people import ORDER_COLUMNS, SUMMARY_RANK_COLUMNS
    from db.shown_names import NAME_ORDER_COLUMNS, NAME_ORDER_TABLE
    from db.summary import SUMMARY_TABLE

    return {
        "people_order": tuple(ORDER_COLUMNS.values()),
        NAME_ORDER_TABLE: tuple(NAME_ORDER_COLUMNS.values()),
        SUMMARY_TABLE: tuple(SUMMARY_RANK_COLUMNS.values()),
    }


def rank_problems(conn: Database | sqlite3.Connection, present: set[str]) -> list[str]:
    """Rank columns the list would read rows by that do not rank every person once.

    db.writer always writes them so. The list uses a rank column only when its
    lowest and highest ranks look right (db.people: two index lookups); in
    between, ranks that repeat or skip, or rows naming people who are not in
    the archive, would show a blank or doubled row or miss someone without a
    word. So each column that passes the cheap test gets the full one: one walk
    of its rank index (each rank must equal its position) and, per table, one
    seek per row for people not in the archive.
    """
    from db.people import ranks_span

    people = int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    problems: list[str] = []
    for table, columns in rank_tables().items():
        if table not in present:
            continue
        # table and column names come from this build's constants
        used = [c for c in columns if ranks_span(conn, table, c, people)]
        if table == "people_order" and "by_name" not in used:
            used = []  # the list uses people_order only when its name ranks look right
        if not used:
            continue  # the list sorts from the columns instead
        rows = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        strangers = int(
            conn.execute(
                f"SELECT count(*) FROM {table} o "
                "WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.pk = o.person_pk)"
            ).fetchone()[0]
        )
        if rows != people or strangers:
            problems.append(
                Finding.of(
                    FindingKind.RANK_ROWS,
                    table=table,
                    rows=rows,
                    people=people,
                    strangers=strangers,
                )
            )
            continue
        for column in used:
            misplaced = int(
                conn.execute(
                    f"SELECT count(*) FROM (SELECT {column} AS r, "
                    f"row_number() OVER (ORDER BY {column}) - 1 AS pos FROM {table}) "
                    "WHERE r IS NOT pos"
                ).fetchone()[0]
            )
            if misplaced:
                problems.append(
                    Finding.of(
                        FindingKind.RANK_ORDER,
                        table=table,
                        column=column,
                        people=people,
                        misplaced=misplaced,
                    )
                )
    return problems


def _id_problems(conn: Database | sqlite3.Connection, table: str) -> list[str]:
    # the table name comes from this build's schema; both scans walk the UNIQUE index
    rows = conn.execute(
        f"SELECT id, count(*) FROM {table} WHERE id IS NOT NULL "
        "GROUP BY id HAVING count(*) > 1 LIMIT 5"
    ).fetchall()
    problems: list[str] = [
        Finding.of(FindingKind.DUPLICATE_ID, table=table, id=repr(row[0]), count=row[1])
        for row in rows
    ]
    # written around NOT NULL and STRICT: an entry nothing can refer to or export
    unusable = int(
        conn.execute(
            f"SELECT count(*) FROM {table} WHERE id IS NULL OR typeof(id) <> 'text' OR id = ''"
        ).fetchone()[0]
    )
    if unusable:
        problems.append(Finding.of(FindingKind.NO_USABLE_ID, table=table, count=unusable))
    return problems
