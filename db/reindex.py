"""Rebuild an archive's derived data and name index into a new file (`kartoteka reindex`).

An archive written by an older Kartoteka keeps the name keys of that
version's folding rules (db.key_version), and may lack derived tables added
since (db.derived_schema). `reindex(src, out)` writes a copy of `src` to
`out` with every derived table recomputed by this build, the same way an
import does: the user's file is opened read-only and never written, the
copy is made under a read lock (no writer can change the file meanwhile),
triggers and views that are not this build's are dropped from the copy
before anything runs in it, and the result appears at `out` only once it is
complete (written beside it, then renamed). The format version stays: only
steps that add derived data run. An encrypted archive is rebuilt encrypted with
the same passphrase: its copy is ciphertext, written through SQLCipher with
temporary tables in memory, so no plaintext reaches the disk.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import key_version, private_copy, schema_check, search_index, writer
from db import migrations as schema
from db.cipher import cipher_connect
from db.connection import archive_key, open_archive, source_path
from db.errors import ErrorKind, OutputError


@dataclass(frozen=True, slots=True)
class ReindexReport:
    """What `reindex` did: the file written and the name index's version before and after."""

    out: Path
    before: key_version.StoredKeys
    after: key_version.StoredKeys
    notes: tuple[str, ...]

    def summary(self) -> str:
        was = {
            key_version.KeyState.CURRENT: "it was already current",
            key_version.KeyState.OLDER: "it was built by an older version",
            key_version.KeyState.NEWER: "it was built by a newer version",
            key_version.KeyState.UNREADABLE: "its recorded version could not be read",
        }[self.before.state]
        return f"Wrote {self.out}: the name index and derived tables rebuilt ({was})."


def _check_output(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise OutputError.of(ErrorKind.OUTPUT_EXISTS, out)
    if not out.parent.is_dir():
        raise OutputError.of(ErrorKind.OUTPUT_FOLDER_MISSING, out, folder=out.parent)


def _writable(tmp: Path, key: str | None) -> Database:
    """A writing connection to the copy: plain, or SQLCipher with `key` and no temp files."""
    if key is None:
        return Database(sqlite3.connect(tmp, isolation_level=None))
    conn = cipher_connect(str(tmp), key)
    conn.isolation_level = None
    conn.execute("PRAGMA temp_store = MEMORY")  # no decrypted temporary files
    return Database(conn)


def reindex(src: str | Path, out: str | Path, passphrase: str | None = None) -> ReindexReport:
    """Write `src` with its derived data rebuilt by this build to the new file `out`.

    Raises OutputError when `out` exists (so `src` itself is never the
    target) or cannot be written, and the opening errors of
    db.connection.open_archive for a `src` that cannot be read or is damaged
    (an encrypted one needs `passphrase`; the new file has the same one).
    """
    target = Path(out).expanduser().absolute()
    _check_output(target)
    tmp = target.with_name(f".{target.name}.reindex-{os.getpid()}.tmp")
    notes: list[str] = []
    with open_archive(src, passphrase) as archive:
        before = key_version.read(archive.db)
        key = archive_key(archive)
        conn = archive.db.conn
        conn.execute("BEGIN")  # a shared lock: no writer changes the file while it is copied
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            private_copy.copy_sparse(source_path(archive), tmp)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, target, cause=exc) from exc
        finally:
            conn.execute("COMMIT")
    db = _writable(tmp, key)
    with writer.swapped_in(db, tmp, target):
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA foreign_keys = OFF")
        notes.extend(schema_check.remove_foreign_sql(db))  # as db.importing does
        schema.apply(db, version=schema.archive_version(db))  # derived steps only
        search_index.restore_name_tables(db)  # a name index lost its tables: made anew
        db.execute("BEGIN")  # one transaction (sqlite-utils' atomic needs a stdlib connection)
        try:
            writer.refresh_derived(db)
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        after = key_version.read(db)
    return ReindexReport(out=target, before=before, after=after, notes=tuple(notes))
