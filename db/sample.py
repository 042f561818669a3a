"""The bundled sample archive: readable JSON in resources/sample, built on demand.

The JSON files are the source of truth (reviewable in a diff); the SQLite
file is derived. `default_sample_path()` keeps a built copy in the user cache
and rebuilds it whenever the JSON, the schema or the writer changed, which a
content hash stored beside the file tells.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from db import derived_schema, locations, writer
from db import migrations as schema
from db.errors import ErrorKind, KartotekaError, OutputError
from db.resources import resources_dir
from db.validate import ENTITY_KEYS, check_documents

SAMPLE_DB_NAME = "sample.db"
CACHE_ENV = locations.CACHE_ENV
"""Environment variable that overrides the cache folder (tests, portable use)."""


def sample_dir() -> Path:
    return resources_dir() / "sample"


def _sample_files() -> list[Path]:
    return sorted(sample_dir().glob("*.json"))


def sample_documents() -> dict[str, Any]:
    """The sample in the interchange layout: `meta` plus one list per entity.

    Each file in resources/sample is named after its section (people.json,
    events.json, meta.json …).
    """
    docs: dict[str, Any] = {}
    for path in _sample_files():
        section = path.stem
        if section not in ENTITY_KEYS and section != "meta":
            raise KartotekaError(
                f"{path}: unexpected sample file; name it after one of: "
                f"meta, {', '.join(ENTITY_KEYS)}.",
                path=path,
            )
        try:
            docs[section] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KartotekaError.of(ErrorKind.IMPORT_UNREADABLE, path, reason=exc) from exc
    return docs


def sample_hash() -> str:
    """A digest of everything the built sample depends on."""
    digest = hashlib.sha256()
    digest.update(f"schema {schema.SCHEMA_VERSION}\n".encode())
    inputs = [*_sample_files(), Path(writer.__file__), Path(schema.__file__), Path(__file__)]
    inputs += derived_schema.source_files()
    for path in inputs:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def build_sample(out: Path, *, overwrite: bool = False) -> None:
    """Validate the sample JSON and write it as an archive at `out` (atomically)."""
    docs = sample_documents()
    check_documents(docs, source="resources/sample")
    meta = docs.get("meta") or {}
    entities = {key: docs.get(key, []) for key in ENTITY_KEYS}
    writer.build(out, meta, entities, overwrite=overwrite)


def cache_dir() -> Path:
    return locations.current().cache


def shipped_sample_path() -> Path | None:
    """The sample archive built into a frozen bundle (scripts/bundle), if this is one.

    A bundle cannot rebuild it (its modules are not files to hash) and never
    changes, so its prebuilt copy is used as it is.
    """
    if locations.app_dir() is None:
        return None
    shipped = resources_dir() / SAMPLE_DB_NAME
    return shipped if shipped.is_file() else None


def default_sample_path() -> Path:
    """The built sample in the user cache; (re)built when missing or stale.

    A frozen bundle uses the copy it ships (`shipped_sample_path`).

    The archive is written under a temporary name and renamed, and its hash
    file only after it, so a crash leaves either the old pair or a mismatch
    that forces a rebuild, never a half-written archive that looks current.
    """
    shipped = shipped_sample_path()
    if shipped is not None:
        return shipped
    folder = cache_dir()
    target = folder / SAMPLE_DB_NAME
    stamp = folder / f"{SAMPLE_DB_NAME}.sha256"
    wanted = sample_hash()
    if target.is_file() and stamp.is_file():
        try:
            if stamp.read_text(encoding="ascii").strip() == wanted:
                return target
        except (OSError, UnicodeDecodeError):
            pass  # unreadable stamp: rebuild
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError.of(
            ErrorKind.SAMPLE_CACHE_NOT_MADE, folder, env=CACHE_ENV, cause=exc
        ) from exc
    tmp = folder / f".{SAMPLE_DB_NAME}.{os.getpid()}.tmp"
    tmp_stamp = folder / f".{SAMPLE_DB_NAME}.sha256.{os.getpid()}.tmp"
    try:
        build_sample(tmp, overwrite=True)
        os.replace(tmp, target)
        tmp_stamp.write_text(wanted + "\n", encoding="ascii")
        os.replace(tmp_stamp, stamp)
    except OSError as exc:
        raise OutputError.of(
            ErrorKind.SAMPLE_NOT_WRITTEN, target, env=CACHE_ENV, cause=exc
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
        tmp_stamp.unlink(missing_ok=True)
    return target
