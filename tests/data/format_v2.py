"""Archives of format 1 (as the previous build wrote them) and documents using all of format 2.

`build_v1_archive` writes a real format 1 file: the schema of migration step
0001 only, the documents' format 1 fields, and format 1's derived data,
through the same writer functions the previous build used. `v2_documents`
is a small invented set that fills every field of every format 2 table,
with real PNG and JPEG bytes.
"""

from __future__ import annotations

import base64
import io
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PIL import Image
from sqlite_utils import Database

from db import migrations as schema
from db import writer


def build_v1_archive(
    path: Path, meta: Mapping[str, Any], docs: Mapping[str, Sequence[Any]]
) -> None:
    """Write `docs` as a finished format 1 archive (format 2 fields and lists left out)."""
    db = Database(sqlite3.connect(path, isolation_level=None))
    db.execute("PRAGMA journal_mode = DELETE")
    schema.apply(db, version=1)
    writer.set_meta(db, meta)
    with db.atomic():
        writer.write_documents(db, docs, version=1)
        writer.refresh_derived(db)
    writer.finish(db)
    db.close()


def image_bytes(
    fmt: str, size: tuple[int, int] = (12, 16), colour: tuple[int, int, int] = (90, 110, 130)
) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, fmt)
    return buf.getvalue()


def v2_documents() -> dict[str, Any]:
    """Interchange documents (JSON shape: attachment bytes as base64) using every format 2 field."""
    png = base64.b64encode(image_bytes("PNG")).decode("ascii")
    jpeg = base64.b64encode(image_bytes("JPEG", (20, 10))).decode("ascii")
    cite = [{"source_id": "src-list", "locator": "row 2"}]
    return {
        "format": "kartoteka-interchange",
        "version": 2,
        "meta": {"title": "Format 2 fixture", "languages": ["be", "ru"], "synthetic": True},
        "organizations": [
            {"id": "org-viasna", "name": "Viasna", "kind": "human_rights"},
            {"id": "org-court", "name": "Minsk City Court", "kind": "court", "city": "Minsk"},
            {"id": "org-supreme", "name": "Supreme Court", "kind": "court"},
            {
                "id": "org-ik3",
                "name": "Penal Colony No. 3",
                "kind": "prison",
                "city": "Vitsba",
                "facility_kind": "penal_colony",
                "address_ru": "ИК-3\nпос. Витьба\n211322, Витебская обл.",
                "address_be": "ПК-3\nпас. Віцьба\n211322, Віцебская вобл.",
            },
            {
                "id": "org-sizo1",
                "name": "Pre-trial Detention Centre No. 1",
                "kind": "prison",
                "facility_kind": "pretrial_detention_centre",
                "address_ru": "СИЗО-1\nул. Володарского, 2\n220030, г. Минск",
            },
        ],
        "sources": [{"id": "src-list", "title": "A list", "publisher_id": "org-viasna"}],
        "people": [
            {
                "id": "p-ales",
                "display_name": "Ales Kavalevich",
                "status": "in_custody",
                "birth": "1990-03-21",
                "names": [
                    {"name": "Алесь Кавалевіч", "lang": "be-Cyrl"},
                    {"name": "Алесь Ковалевич", "lang": "ru-Cyrl"},
                ],
                "roles": ["prisoner"],
                "citations": cite,
            },
            {"id": "p-pros", "display_name": "Petr Prakuror", "roles": ["prosecutor"]},
            {"id": "p-law", "display_name": "Lidziya Advakat", "roles": ["lawyer"]},
        ],
        "sentences": [
            {
                "id": "s-ales",
                "person_id": "p-ales",
                "court_id": "org-court",
                "date": "2022-02-17",
                "start": "2021-08-12",
                "term_months": 36,
                "prosecutor_id": "p-pros",
                "lawyer_id": "p-law",
                "charges": [{"article": "342"}],
                "citations": cite,
            }
        ],
        "appeals": [
            {
                "id": "a-ales",
                "sentence_id": "s-ales",
                "court_id": "org-supreme",
                "date": "2022-05-10",
                "outcome": "reduced",
                "term_months": 30,
                "note": "Six months off.",
                "citations": cite,
            }
        ],
        "recognitions": [
            {
                "id": "rec-ales",
                "person_id": "p-ales",
                "state": "recognized",
                "by_id": "org-viasna",
                "date": "2021-09",
                "note": "Joint statement.",
                "citations": cite,
            }
        ],
        "placements": [
            {
                "id": "pl-ales-1",
                "person_id": "p-ales",
                "facility_id": "org-sizo1",
                "start": "2021-08-12",
                "end": "2022-06",
                "citations": cite,
            },
            {
                "id": "pl-ales-2",
                "person_id": "p-ales",
                "facility_id": "org-ik3",
                "start": "2022-06",
                "incommunicado": True,
                "note": "No letters since autumn.",
                "citations": cite,
            },
        ],
        "attachments": [
            {
                "id": "ph-ales",
                "person_id": "p-ales",
                "media_type": "image/png",
                "caption": "Ales in 2020",
                "licence": "CC BY 4.0",
                "date": "2020",
                "data": png,
                "citations": cite,
            },
            {"id": "ph-ales-2", "person_id": "p-ales", "data": jpeg},
        ],
    }
