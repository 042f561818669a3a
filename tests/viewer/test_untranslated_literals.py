"""No English literal reaches a widget or the command's output without going through translation.

Last sessions found such strings one by one in the window walk ("…failed",
conflict names, the status bar); this scan catches the plain cases as code
is written: a string literal (or an f-string's literal text) with English
words, given directly to a Qt setter or constructor that shows it, a message
box, or the CLI's `out.write`/`err.write`. Text goes through `tr()`, a
`Context`, QT_TRANSLATE_NOOP tables or error kinds instead.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

VIEWER = Path(__file__).resolve().parents[2] / "viewer"

SHOWN_BY_SETTER = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "show_status",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "addItem",
    "setHtml",
    "setPlainText",
}
"""Methods whose first argument is shown to the user."""

SHOWN_BY_CONSTRUCTOR = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QAction",
    "QGroupBox",
    "QToolButton",
    "QMenu",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
"""QMessageBox's static functions: (parent, title, text)."""
FILE_DIALOGS = {"getSaveFileName", "getOpenFileName", "getExistingDirectory", "getText"}
"""(parent, caption, …): the caption is shown; the rest is a default name or a filter."""

ENGLISH = re.compile(r"[A-Za-z]{2,}")


def _literal_text(node: ast.expr) -> str:
    """The literal text of a string, an f-string or a `+` of them ("" for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) + _literal_text(node.right)
    return ""


def _english(node: ast.expr) -> str | None:
    text = _literal_text(node)
    bare = re.sub(r"<[^>]+>|\{[^}]*\}|&\w+;", "", text)  # markup and placeholders
    return text if ENGLISH.search(bare) else None


def _shown_args(call: ast.Call, path: Path) -> list[ast.expr]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name in SHOWN_BY_SETTER or name in SHOWN_BY_CONSTRUCTOR:
        return call.args[:1]
    if name == "addTab" or name == "setTabText":
        return call.args[1:2]
    if name in MESSAGE_BOXES:
        return call.args[1:3]
    if name in FILE_DIALOGS:
        return call.args[1:2]
    if path.name.startswith("cli") and name == "write":
        return call.args[:1]
    return []


def untranslated(root: Path = VIEWER) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for arg in _shown_args(node, path):
                    text = _english(arg)
                    if text is not None:
                        found.append(f"{path.relative_to(root)}:{node.lineno}: {text[:60]!r}")
    return found


def test_no_english_literal_is_shown_untranslated() -> None:
    assert untranslated() == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    """It can fail: each shape it looks for, written the old way, is found."""
    (tmp_path / "pane.py").write_text(
        "label.setText('Import failed')\n"
        "box = QLabel(f'{n} people found')\n"
        "QMessageBox.warning(self, 'Problem', text)\n"
        "tabs.addTab(page, 'Changed')\n"
        "label.setText(self.tr('Import failed'))\n"  # translated: fine
        "label.setText('')\n"
        "label.setText('—')\n",
        encoding="utf-8",
    )
    (tmp_path / "cli_x.py").write_text(
        "out.write(f'Wrote {path}\\n')\nout.write(CliText.tr('Wrote {path}'))\n"
        "out.write('Preview:\\n' + lines)\n",
        encoding="utf-8",
    )
    found = untranslated(tmp_path)
    assert [line.split(":")[:2] for line in found] == [
        ["cli_x.py", "1"],
        ["cli_x.py", "3"],
        ["pane.py", "1"],
        ["pane.py", "2"],
        ["pane.py", "3"],
        ["pane.py", "4"],
    ]
