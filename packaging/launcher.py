"""The bundle's entry point: the `kartoteka` command (viewer.cli), frozen by PyInstaller."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
