"""Helper for the kill test: change an archive's passphrase, saying when it starts and ends.

Run as `python -m tests.db.encryption_rekey_worker ARCHIVE OLD NEW`; the test
kills it with SIGKILL at some moment and then opens the archive. (The
passphrases are test values; the real CLI never takes them from argv.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from db.encryption import change_passphrase


def main(argv: list[str]) -> int:
    path, old, new = argv
    print("ready", flush=True)
    change_passphrase(Path(path), old, new)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
