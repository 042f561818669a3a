"""What leaves the window, and in which script: names, citations, dossiers (issue 13).

Built and connected by viewer.window_parts after the other parts: the View ▸
Show names in submenu (the view state's `names`, saved in the settings), the
CiteController behind Edit ▸ Copy citation / Cite as… and File ▸ Export
sources…, and the DossierController behind File ▸ Print / Save dossier as
PDF…. The window only holds the `OutputParts`; the flows are the controllers'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from db.citations import FORMATS
from db.records import NameScript, PersonId
from viewer.actions import build_names_menu
from viewer.controllers.cite import CiteController, format_name
from viewer.controllers.context import AppContext
from viewer.controllers.dossier import DossierController
from viewer.dialogs.save_path import ask_replace, with_suffix_asking
from viewer.error_text import error_text
from viewer.translations import LANGUAGES, Context

if TYPE_CHECKING:
    from viewer.mainwindow import MainWindow
    from viewer.view_state import ViewState

OutputText = Context("OutputText")
"""Strings of this module (lupdate reads `OutputText.tr`)."""


@dataclass(slots=True)
class OutputParts:
    """The names menu's actions, and the cite and dossier controllers of one window."""

    names_actions: dict[str, QAction]
    cite: CiteController
    dossier: DossierController
    dialogs: list[QWidget] = field(default_factory=list)


def build_output(w: MainWindow) -> OutputParts:
    context = AppContext(w.settings, w.tasks)
    names = build_names_menu(w.menus, str(w.browse.state.names), w)
    cite = CiteController(context, w.browse, w)
    dossier = DossierController(context, w.archive, lambda: w.annotations.store, w)
    return OutputParts(names, cite, dossier)


def wire_output(w: MainWindow) -> None:
    """Connect the names menu, the cite and dossier actions, and their messages."""
    parts = w.output
    for value, action in parts.names_actions.items():
        action.triggered.connect(lambda _on=False, v=value: w.browse.set_names(NameScript(v)))

    def follow_names(_old: ViewState, new: ViewState) -> None:
        action = parts.names_actions.get(str(new.names))
        if action is not None and not action.isChecked():
            action.setChecked(True)

    w.browse.state_changed.connect(follow_names)
    w.dialogs.names_chosen.connect(lambda v: w.browse.set_names(NameScript(v)))  # Preferences
    parts.cite.message.connect(w.show_status)
    parts.cite.failed.connect(lambda exc: w.show_status(error_text(exc), 10_000))
    parts.cite.export_failed.connect(w.dialogs.show_error)  # file, what is wrong, what to do
    a = w.action_map
    a["cite"].triggered.connect(lambda: open_cite_dialog(w))
    w.detail_pane.cite_requested.connect(lambda: open_cite_dialog(w))  # a source's "cite as…"
    a["dossier"].triggered.connect(lambda: open_dossier_dialog(w))
    a["export_sources"].triggered.connect(lambda: export_sources(w))
    w.record.record_changed.connect(lambda *_: update_output_actions(w))
    w.lock_flow.about_to_lock.connect(parts.dossier.cancel)  # Lock: nothing goes on writing
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(parts.dossier.cancel)
    update_output_actions(w)


def update_output_actions(w: MainWindow) -> None:
    record = w.detail_pane.record()
    w.action_map["cite"].setEnabled(record is not None and bool(record.citations))
    w.action_map["dossier"].setEnabled(w.archive() is not None)
    w.action_map["export_sources"].setEnabled(w.archive() is not None)


def ui_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def open_cite_dialog(w: MainWindow) -> QWidget | None:
    """Edit ▸ Cite as…: the source under the cursor (or the first) or the whole record."""
    from viewer.dialogs.cite import CiteDialog

    record, chosen = w.detail_pane.record(), w.detail_pane.citation_to_copy()
    if record is None or chosen is None:
        return None
    dialog = CiteDialog(w.output.cite, chosen, record.citations, w)
    w.dialogs.show_dialog(dialog)
    return dialog


def open_dossier_dialog(w: MainWindow) -> QWidget | None:
    """File ▸ Print / Save dossier as PDF…: the person shown, the selection, or the list."""
    from viewer.dialogs.dossier import DossierDialog

    if w.archive() is None:
        return None
    record = w.detail_pane.record()
    person = (PersonId(record.id), record.display_name) if record is not None else None
    listed = w.people_model.count()
    selection: tuple[PersonId, ...] = ()
    ranges = w.list_pane.table.selectionModel().selection()
    selected = sum(r.bottom() - r.top() + 1 for r in (ranges.at(i) for i in range(ranges.size())))
    if 1 < selected < listed:  # all selected (Ctrl+A) is the list: no million ids read here
        selection = w.list_pane.selected_person_ids()
    dialog = DossierDialog(
        w.output.dossier,
        person=person,
        selection=selection,
        query=w.people_model.query(),
        listed=listed,
        everyone_selected=selected > 1 and selected >= listed,
        language=ui_language(),
        names=w.browse.state.names,
        has_annotations=w.annotations.store is not None,
        parent=w,
    )
    w.dialogs.show_dialog(dialog)
    return dialog


def ask_sources_path(parent: QWidget) -> tuple[Path, str] | None:
    """Where File ▸ Export sources… writes, and in which format (from the filter or suffix)."""
    filters = {f"{format_name(fmt)} (*{ext})": fmt for fmt, ext in FORMATS.items()}
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        OutputText.tr("Export the sources of the people in the list"),
        "sources.json",
        ";;".join(filters),
    )
    if not name:
        return None
    path = Path(name)
    by_suffix = {ext: fmt for fmt, ext in FORMATS.items()}
    fmt = by_suffix.get(path.suffix.lower()) or filters.get(chosen, "csl-json")
    asked = with_suffix_asking(path, (FORMATS[fmt],), lambda p: ask_replace(parent, p))
    return None if asked is None else (asked, fmt)


def export_sources(w: MainWindow, answer: tuple[Path, str] | None = None) -> None:
    """File ▸ Export sources…: every source the people in the list cite."""
    if w.archive() is None:
        return
    if answer is None:
        answer = ask_sources_path(w)
    if answer is not None:
        w.output.cite.export_sources(*answer)
