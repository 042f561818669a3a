"""Refresh resources/translations/*.ts from the strings in viewer/ (then translate the new ones).

    .venv/bin/python scripts/update_translations.py

Runs pyside6-lupdate over viewer/ for every language file (Belarusian and
Russian in full; English with plural forms only). lupdate's Python parser
does not look inside f-strings, where this code often calls `tr()` (e.g.
f"<h2>{PersonDetail.tr('Names')}</h2>"); those calls are found with `ast`
and handed to lupdate as QT_TRANSLATE_NOOP lines in a throwaway file, so
nothing generated is kept. Exits non-zero if lupdate fails.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWER = ROOT / "viewer"
TS_DIR = ROOT / "resources" / "translations"
FULL = ("be", "ru")
PLURAL_ONLY = ("en",)
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
OPTIONS = ("-extensions", "py", "-no-obsolete", "-locations", "none", "-source-language", "en")


class _FStringCalls(ast.NodeVisitor):
    """`tr()`/`translate()` calls with literal text that sit inside f-strings."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.depth = 0  # how many f-strings enclose the node
        self.found: list[tuple[str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_Call(self, node: ast.Call) -> None:
        if self.depth:
            message = _message(node, self.classes[-1] if self.classes else "")
            if message is not None:
                self.found.append(message)
        self.generic_visit(node)


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _message(call: ast.Call, enclosing_class: str) -> tuple[str, str] | None:
    """(context, source) of a translating call, as Qt will look it up; None otherwise."""
    func = call.func
    if not isinstance(func, ast.Attribute) or not call.args:
        return None
    if func.attr == "tr":
        source = _text(call.args[0])
        receiver = func.value
        if source is None or not isinstance(receiver, ast.Name):
            return None
        return (enclosing_class if receiver.id == "self" else receiver.id), source
    if func.attr == "translate" and len(call.args) >= 2:
        context, source = _text(call.args[0]), _text(call.args[1])
        return (context, source) if context is not None and source is not None else None
    return None


def fstring_messages(root: Path = VIEWER) -> list[tuple[str, str]]:
    """Messages lupdate cannot see because they are inside f-strings, in file order."""
    found: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*.py")):
        visitor = _FStringCalls()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found += [m for m in visitor.found if m not in found]
    return found


def run_lupdate(targets: list[Path], *, plural_only: bool = False, root: Path = VIEWER) -> None:
    """lupdate `root` plus its f-string messages into the .ts files `targets`."""
    with tempfile.TemporaryDirectory(prefix="kartoteka-lupdate-") as tmp:
        extra = Path(tmp) / "fstring_messages.py"
        extra.write_text(
            "".join(f"QT_TRANSLATE_NOOP({c!r}, {s!r})\n" for c, s in fstring_messages(root)),
            encoding="utf-8",
        )
        command = [str(LUPDATE), *OPTIONS, "-silent", str(root), str(extra)]
        if plural_only:
            command.append("-pluralonly")
        command += ["-ts", *map(str, targets)]
        subprocess.run(command, check=True, timeout=120)


def main() -> int:
    run_lupdate([TS_DIR / f"kartoteka_{code}.ts" for code in FULL])
    run_lupdate([TS_DIR / f"kartoteka_{code}.ts" for code in PLURAL_ONLY], plural_only=True)
    print(f"updated {', '.join(FULL + PLURAL_ONLY)} in {TS_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
