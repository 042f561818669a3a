"""`kartoteka self-test`: a short real session in the window, to check an installation.

Opens the sample (or an archive), shows the window, searches, adds a note to
the first person found, exports the annotations and quits, driving the real
widgets (found by object name: SearchBox, NoteText, SaveNote, the
ExportAnnotationsDialog). Each step prints one JSON line with a wall-clock
time, so a caller measures launch-to-window (bench/bench_bundle.py) and a
test checks each step (tests/test_bundle.py, tests/test_no_trace.py).

By default everything it writes (settings, annotation store) goes to a
private temporary folder removed at exit, so running it never touches a
person's own notes. `--real` uses this installation's own settings and
store (db.locations), as a normal run would.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from viewer.ts_files import QT_TRANSLATE_NOOP

STEP_TIMEOUT_S = 60.0


class SelfTestError(Exception):
    """A step did not finish: the message says which (its English; `said` in the user's
    language, from the "CliText" strings marked here)."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values

    def said(self) -> str:
        from viewer.cli_words import CliText

        values = {k: CliText.tr(v) if k == "what" else v for k, v in self.values.items()}
        return CliText.tr(self.template).format(**values)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "self-test",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "a short session in the window (open, search, note, export, quit) to check Kartoteka",
        ),
    )
    p.add_argument(
        "--archive",
        type=Path,
        help=QT_TRANSLATE_NOOP("CliHelp", "archive to open (default: the sample)"),
    )
    p.add_argument(
        "--search", default="Тихановский", help=QT_TRANSLATE_NOOP("CliHelp", "what to search for")
    )
    p.add_argument(
        "--note",
        default="Kartoteka self-test note",
        help=QT_TRANSLATE_NOOP("CliHelp", "the note to add"),
    )
    p.add_argument(
        "--export",
        type=Path,
        metavar="OUT.json",
        help=QT_TRANSLATE_NOOP("CliHelp", "export the annotations here"),
    )
    p.add_argument(
        "--real",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "use this installation's settings and annotation store (default: a throwaway one)",
        ),
    )
    p.add_argument(
        "--only-start",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "quit as soon as the archive is listed"),
    )
    p.set_defaults(func=main)


def _emit(out: TextIO, step: str, **values: Any) -> None:
    out.write(json.dumps({"step": step, "at": time.time(), **values}, ensure_ascii=False) + "\n")
    out.flush()


def _wait(
    what: str,
    done: Callable[[], bool],
    timeout_s: float = STEP_TIMEOUT_S,
    shown: list[str] | None = None,
) -> None:
    """Run the event loop until `done()`; fail when the time is up or the window showed an
    error (`shown`: the texts of the error boxes dismissed meanwhile)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not done():
        if shown:
            raise SelfTestError(
                QT_TRANSLATE_NOOP("CliText", "the window showed an error: {reason}"),
                reason=shown[0],
            )
        if time.monotonic() > deadline:
            raise SelfTestError(
                QT_TRANSLATE_NOOP("CliText", "timed out waiting for: {what}"), what=what
            )
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _dismiss_error_box(shown: list[str]) -> None:
    """Close the error box on screen, if any, keeping its explanation in `shown`."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        shown.append(" ".join((box.informativeText() or box.text()).split()))
        box.done(QMessageBox.StandardButton.Ok.value)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """The session; returns 0, or raises SelfTestError naming the step that failed."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QPushButton

    from db import locations
    from viewer.app import application, build_window
    from viewer.settings import Settings

    scratch = None if args.real else locations.private_folder("kartoteka-selftest-")
    app = application()
    if scratch is None:
        settings = Settings()
    else:
        settings = Settings(scratch.path / "settings.ini")
        settings.set_annotation_store_path(scratch.path / "annotations.sqlite")
    settings.set_author("self-test")

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.at is None and event.type() == QEvent.Type.Paint:
                self.at = time.time()
            return False

    painted = FirstPaint()
    app.installEventFilter(painted)
    shown: list[str] = []
    watch = QTimer()
    # An error box is modal: its own event loop would hold every step's wait for good (an
    # archive the window refused kept `self-test --only-start` waiting forever). Each box
    # is noted and closed; the step waiting then fails with its text.
    watch.timeout.connect(lambda: _dismiss_error_box(shown))
    watch.start(50)

    def wait(what: str, done: Callable[[], bool]) -> None:
        _wait(what, done, shown=shown)

    window = build_window(args.archive, settings)
    window.show()
    try:
        wait(QT_TRANSLATE_NOOP("CliText", "the first paint"), lambda: painted.at is not None)
        app.removeEventFilter(painted)
        _emit(out, "painted", at_paint=painted.at)
        wait(
            QT_TRANSLATE_NOOP("CliText", "the archive's list"),
            lambda: window.is_ready() and window.archive() is not None,
        )
        wait(
            QT_TRANSLATE_NOOP("CliText", "the people in the list"),
            lambda: window.people_model.rowCount() > 0,
        )
        _emit(
            out,
            "listed",
            people=window.people_model.rowCount(),
            portable=locations.current().portable,
        )
        if args.only_start:
            return 0

        box = window.findChild(QLineEdit, "SearchBox")
        if box is None:
            raise SelfTestError(
                QT_TRANSLATE_NOOP("CliText", "no search box (SearchBox) in the window")
            )
        finished: list[str] = []
        window.search_finished.connect(lambda: finished.append("searched"))
        window.list_updated.connect(lambda: finished.append("listed"))
        box.setText(args.search)
        wait(
            QT_TRANSLATE_NOOP("CliText", "the search"),
            lambda: (
                "listed" in finished[finished.index("searched") :]
                if "searched" in finished
                else False
            ),
        )
        found = window.people_model.rowCount()
        _emit(out, "searched", text=args.search, found=found)
        if not found:
            raise SelfTestError(
                QT_TRANSLATE_NOOP("CliText", "the search for {text} found no one"),
                text=repr(args.search),
            )

        pane = window.findChild(QObject, "AnnotationsPane")
        wait(
            QT_TRANSLATE_NOOP("CliText", "a record to annotate"),
            lambda: pane is not None and pane.record() is not None,  # type: ignore[attr-defined]
        )
        text = window.findChild(QPlainTextEdit, "NoteText")
        save = window.findChild(QPushButton, "SaveNote")
        store = window.annotations.store
        if text is None or save is None or store is None:
            raise SelfTestError(
                QT_TRANSLATE_NOOP(
                    "CliText", "no note editor (NoteText, SaveNote) or no annotation store"
                )
            )
        text.setPlainText(args.note)
        save.click()
        wait(
            QT_TRANSLATE_NOOP("CliText", "the note to be saved"),
            lambda: any(a.body == args.note for a in store.annotations()),
        )
        _emit(out, "noted", store=str(store.path))

        if args.export is not None:
            window.action_map["export_annotations"].trigger()
            wait(
                QT_TRANSLATE_NOOP("CliText", "the export dialog"),
                lambda: window.findChild(QDialog, "ExportAnnotationsDialog") is not None,
            )
            dialog = window.findChild(QDialog, "ExportAnnotationsDialog")
            dialog.path_edit.setText(str(args.export))  # type: ignore[union-attr]
            report = dialog.export()  # type: ignore[union-attr]
            if report is None or not args.export.is_file():
                raise SelfTestError(
                    QT_TRANSLATE_NOOP("CliText", "the annotations were not exported to {path}"),
                    path=str(args.export),
                )
            dialog.close()  # type: ignore[union-attr]
            _emit(out, "exported", path=str(args.export), annotations=report.annotations)
    finally:
        watch.stop()
        window.save_settings()
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
        if scratch is not None:
            scratch.remove()
    _emit(out, "quit")
    return 0


def main(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The subcommand: exit code 0 when every step passed, 1 (with the step) otherwise."""
    try:
        return run(args, out)
    except SelfTestError as exc:
        from viewer.cli_words import CliText

        said = CliText.tr("{prog}: self-test failed: {reason}")
        err.write(said.format(prog="kartoteka", reason=exc.said()) + "\n")
        return 1
