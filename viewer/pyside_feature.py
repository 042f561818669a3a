"""A cheaper form of PySide6's per-import check, installed before the window's modules load.

Once PySide6 is imported it looks at every module imported after it
(PYSIDE-2029, `shibokensupport.feature.feature_imported`) to decide whether
the module may use `from __feature__ import ...`: it reads the module's
source with `inspect.getsource` and looks for the word "PySide6". Through
`inspect` and `linecache` that cost ~0.15 ms a module, ~50 ms of CPU for
the ~300 modules the window imports before its first list (sqlite-utils,
db/, viewer/). The same question answered from the file's bytes costs a
tenth of that. Same answer: the source is the file's text, and "PySide6" is
ASCII, so its bytes are in the file exactly when the word is in the text.
Modules without a `.py` file (built-ins, extensions, zip imports) still go
to PySide6's own check.

Kartoteka never uses `__feature__` (STYLE D7); the check stays, only cheaper.
If a PySide6 release moves or renames the function, nothing is replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  # installs shibokensupport.feature

_MARK = b"PySide6"
_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether `module`'s source file names PySide6 (`fallback` when it has no .py file)."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return _MARK in source.read()
        except OSError:
            pass
    return fallback(module)


def install() -> bool:
    """Answer PySide6's per-import question from the file's bytes; whether it is in place."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "kartoteka_fast", False):
        return True

    def check(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    check.kartoteka_fast = True  # type: ignore[attr-defined]
    check.original = original  # type: ignore[attr-defined]
    setattr(feature, _CHECK, check)
    return True


install()
