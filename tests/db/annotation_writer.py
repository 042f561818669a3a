"""Writer process for the kill test: saves annotations, printing each acknowledged save.

Usage: python tests/db/annotation_writer.py STORE COUNT RUN

Every fourth save edits the note saved before it, so both inserts and
updates are killed mid-flight. A line "<annotation id> <rev>" is printed
(and flushed) only after the save returned, i.e. after its COMMIT returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.annotations import EntityRef, open_store


def main(argv: list[str]) -> int:
    path, count, run = argv[1], int(argv[2]), argv[3]
    store = open_store(path, author=f"writer-{run}")
    print("ready", flush=True)
    last: str | None = None
    for i in range(count):
        if last is not None and i % 4 == 3:
            change = store.edit(last, f"run {run} edit {i} " + "ж" * (i % 97))
        else:
            ref = EntityRef("kill-test", "person", f"p-{i % 50}")
            change = store.add_note(ref, f"run {run} note {i} " + "x" * (i % 211))
        row = change.rows[0]
        last = row.id
        print(row.id, row.after["rev"], flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
