"""Helper for the kill test: encrypt an annotation store, saying when it starts and ends.

Run as `python -m tests.db.annotation_rekey_worker STORE NEW`; the test kills
it with SIGKILL at some moment and then opens the store. (The passphrase is a
test value; the viewer never passes one on a command line.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from db.annotations import change_store_passphrase


def main(argv: list[str]) -> int:
    path, new = argv
    print("ready", flush=True)
    change_store_passphrase(Path(path), None, new)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
