"""File ▸ Export annotations… and File ▸ Import annotations… (with a preview).

Export writes all annotations of the open archive, the shown person's, or
one tag's, as an exchange file (importable, with history) or as plain JSON
for reading. Import first plans (`plan_import` writes nothing), then shows
what would be added, changed and deleted, and each conflict side by side
with a choice per conflict; only Apply writes, as one undoable store change.
File choosers are module functions (`ask_save_path`, `ask_open_path`) so
tests replace them instead of clicking through native dialogs.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.annotations import (
    AnnotationStoreError,
    Conflict,
    EntityRef,
    ExportReport,
    ImportPlan,
    Resolution,
    apply_import,
    export_annotations,
    export_plain_json,
    plan_import,
)
from db.records import PersonRecord
from viewer.annotations.entries import entity_label, field_label
from viewer.annotations.session import AnnotationSession
from viewer.error_text import error_text
from viewer.translations import QT_TRANSLATE_NOOP, Context

AnyIndex = QModelIndex | QPersistentModelIndex
JSON_FILTER = QT_TRANSLATE_NOOP("Exchange", "Kartoteka annotations (*.json);;All files (*)")
RESOLUTIONS: tuple[tuple[Resolution, str], ...] = (
    ("mine", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Keep mine")),
    ("theirs", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Take theirs")),
    ("both", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Keep both")),
)

Exchange = Context("Exchange")
"""Strings of the module-level helpers (lupdate reads `Exchange.tr`)."""


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to export; replaced in tests."""
    path, _ = QFileDialog.getSaveFileName(
        parent, Exchange.tr("Export annotations"), suggested, Exchange.tr(JSON_FILTER)
    )
    return Path(path) if path else None


def ask_open_path(parent: QWidget) -> Path | None:
    """Which exchange file to import; replaced in tests."""
    path, _ = QFileDialog.getOpenFileName(
        parent, Exchange.tr("Import annotations"), "", Exchange.tr(JSON_FILTER)
    )
    return Path(path) if path else None


def describe(row: Mapping[str, object], tag_names: Mapping[str, str]) -> str:
    """One line for a tag or annotation row of an exchange plan."""
    if "entity_type" not in row:
        return Exchange.tr("tag “{name}”").format(name=row.get("name"))
    entry = f"{entity_label(str(row.get('entity_type')))} {row.get('entity_id')}"
    kind = row.get("kind")
    if kind == "tag":
        name = tag_names.get(str(row.get("tag_id")), str(row.get("tag_id")))
        return Exchange.tr("tag “{name}” on {entry}").format(name=name, entry=entry)
    body = " ".join(str(row.get("body") or "").split())
    if len(body) > 80:
        body = body[:79] + "…"
    if kind == "correction":
        field = field_label(str(row.get("field") or ""))
        text = Exchange.tr("correction of {field} on {entry}: {body}")
        return text.format(field=field, entry=entry, body=body)
    return Exchange.tr("note on {entry}: {body}").format(entry=entry, body=body)


def conflict_text(row: Mapping[str, object], tag_names: Mapping[str, str]) -> str:
    """The full side of a conflict, as shown in its column."""
    who = f"{row.get('updated_by')}, {str(row.get('updated_at') or '')[:19].replace('T', ' ')}"
    if row.get("deleted"):
        return f"{Exchange.tr('(deleted)')}\n\n— {who}"
    if "entity_type" not in row:
        colour = row.get("colour") or Exchange.tr("none")
        tag = Exchange.tr("Tag “{name}”, colour {colour}")
        tag = tag.format(name=row.get("name"), colour=colour)
        return f"{tag}\n\n— {who}"
    if row.get("kind") == "tag":
        return f"{describe(row, tag_names)}\n\n— {who}"
    if row.get("reason"):  # a correction's reason is part of what conflicts
        why = Exchange.tr("Why: {reason}").format(reason=row.get("reason"))
        return f"{row.get('body')}\n\n{why}\n\n— {who}"
    return f"{row.get('body')}\n\n— {who}"


def plan_tag_names(session: AnnotationSession, plan: ImportPlan) -> dict[str, str]:
    """Tag names to describe plan rows: the store's, then the incoming file's."""
    names: dict[str, str] = {}
    if session.store is not None:
        names.update({t.id: t.name for t in session.store.tags(include_deleted=True)})
    for row in plan.additions:
        if "entity_type" not in row:
            names[str(row["id"])] = str(row["name"])
    return names


class ExportDialog(QDialog):
    """Choose what to export and the format, then write the file.

    Signals:
        exported(object): the ExportReport of a written file.
    """

    exported = Signal(object)

    def __init__(
        self,
        session: AnnotationSession,
        person: tuple[str, Collection[EntityRef]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`person` is the shown person's name and their entries (person, sentences …)."""
        super().__init__(parent)
        self.session = session
        self.person = person
        self.setObjectName("ExportAnnotationsDialog")
        self.setWindowTitle(self.tr("Export annotations"))

        self.scope_all = QRadioButton(self.tr("All annotations of this archive"), self)
        name = person[0] if person else self.tr("the person shown")
        self.scope_person = QRadioButton(self.tr("Annotations of {name}").format(name=name), self)
        self.scope_tag = QRadioButton(self.tr("Entries tagged"), self)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Tag to export"))
        if session.store is not None:
            for tag in session.store.tags():
                self.tag_combo.addItem(tag.name, tag.id)
        self.scope_all.setChecked(True)
        self.scope_person.setEnabled(person is not None)
        self.scope_tag.setEnabled(self.tag_combo.count() > 0)
        self.tag_combo.setEnabled(False)
        self.scope_tag.toggled.connect(self.tag_combo.setEnabled)
        self.scopes = QButtonGroup(self)
        for button in (self.scope_all, self.scope_person, self.scope_tag):
            self.scopes.addButton(button)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.scope_tag)
        tag_row.addWidget(self.tag_combo, 1)
        scope_box = QGroupBox(self.tr("What"), self)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.scope_all)
        scope_layout.addWidget(self.scope_person)
        scope_layout.addLayout(tag_row)

        self.format_exchange = QRadioButton(
            self.tr("Exchange file, with history (another archivist can import it)"), self
        )
        self.format_plain = QRadioButton(
            self.tr("Plain JSON for reading (cannot be imported)"), self
        )
        self.format_exchange.setChecked(True)
        self.format_plain.toggled.connect(self._on_format_toggled)
        format_box = QGroupBox(self.tr("Format"), self)
        format_layout = QVBoxLayout(format_box)
        format_layout.addWidget(self.format_exchange)
        format_layout.addWidget(self.format_plain)

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Export to file"))
        self.path_edit.setPlaceholderText(self.tr("File to write (.json)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names a file may choose
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(format_box)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _on_format_toggled(self, plain: bool) -> None:
        # the plain copy is always the whole archive: it is for reading, not exchange
        if plain:
            self.scope_all.setChecked(True)
        self.scope_person.setEnabled(not plain and self.person is not None)
        self.scope_tag.setEnabled(not plain and self.tag_combo.count() > 0)

    def _on_browse_clicked(self) -> None:
        path = ask_save_path(self, self.path_edit.text() or "annotations.json")
        if path is not None:
            self.path_edit.setText(str(path))

    def export(self) -> ExportReport | None:
        """Write the file; the result (or the reason it failed) is shown in the dialog."""
        store, archive_id = self.session.store, self.session.archive_id
        text = self.path_edit.text().strip()
        if store is None or archive_id is None:
            self._say(self.tr("Open an archive first."), error=True)
            return None
        if not text:
            self._say(self.tr("Choose the file to write."), error=True)
            return None
        path = Path(text).expanduser()
        try:
            if self.format_plain.isChecked():
                report = export_plain_json(store, path, archive_id=archive_id)
            elif self.scope_person.isChecked() and self.person is not None:
                report = export_annotations(
                    store, path, archive_id=archive_id, entities=self.person[1]
                )
            elif self.scope_tag.isChecked() and self.tag_combo.currentData():
                report = export_annotations(
                    store, path, archive_id=archive_id, tag_id=str(self.tag_combo.currentData())
                )
            else:
                report = export_annotations(store, path, archive_id=archive_id)
        except AnnotationStoreError as exc:
            self._say(error_text(exc), error=True)
            return None
        self._say(
            self.tr("Exported {n} annotations and {t} tags to {path}.").format(
                n=report.annotations, t=report.tags, path=report.path
            )
        )
        self.exported.emit(report)
        return report

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)


class ConflictListModel(QAbstractListModel):
    """Conflicts of an import plan with the choice made for each (None: undecided)."""

    def __init__(
        self, conflicts: tuple[Conflict, ...], names: Mapping[str, str], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.names = names
        self.choices: dict[str, Resolution] = {}

    def set_choice(self, row: int, choice: Resolution) -> None:
        self.choices[self.conflicts[row].id] = choice
        index = self.index(row, 0)
        self.dataChanged.emit(
            index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole]
        )

    def undecided(self) -> int:
        return sum(1 for c in self.conflicts if c.id not in self.choices)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        choice = self.choices.get(conflict.id)
        if role == Qt.ItemDataRole.DisplayRole:
            label = dict(RESOLUTIONS).get(choice) if choice else None
            said = (
                QCoreApplication.translate("ImportPreviewDialog", label)
                if label
                else Exchange.tr("undecided")
            )
            return f"[{said}]  {describe(conflict.mine, self.names)}"
        if role == Qt.ItemDataRole.ForegroundRole and choice is None:
            return QColor("#b00020")
        return None


class ImportPreviewDialog(QDialog):
    """What an import would do; Apply writes it (one undoable change), Cancel writes nothing.

    Signals:
        imported(object): the Change that was applied.
    """

    imported = Signal(object)

    def __init__(
        self, session: AnnotationSession, plan: ImportPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.plan = plan
        self.setObjectName("ImportPreviewDialog")
        self.setWindowTitle(self.tr("Import annotations"))
        names = plan_tag_names(session, plan)
        deletions = {rc.id for rc in plan.deletions}
        changed = [rc for rc in plan.changes if rc.id not in deletions]

        self.summary = summary = QLabel(
            self.tr(
                "From {file}: {a} to add, {c} to change, {d} to delete, {k} conflicts, "
                "{u} already here."
            ).format(
                file=Path(plan.source).name,
                a=len(plan.additions),
                c=len(changed),
                d=len(deletions),
                k=len(plan.conflicts),
                u=plan.unchanged,
            ),
            self,
        )
        summary.setObjectName("ImportSummary")
        summary.setWordWrap(True)

        self.tabs = QTabWidget(self)
        lists = (
            (self.tr("Added ({n})"), [describe(r, names) for r in plan.additions]),
            (self.tr("Changed ({n})"), [describe(rc.after, names) for rc in changed]),
            (
                self.tr("Deleted ({n})"),
                [describe(rc.before or rc.after, names) for rc in plan.deletions],
            ),
        )
        self.conflict_model = ConflictListModel(plan.conflicts, names, self)
        if plan.conflicts:
            self.tabs.addTab(
                self._conflicts_page(names),
                self.tr("Conflicts ({n})").format(n=len(plan.conflicts)),
            )
        for title, lines in lists:
            view = QPlainTextEdit("\n".join(lines) or self.tr("Nothing."), self)
            view.setReadOnly(True)
            view.setAccessibleName(title.format(n=len(lines)))
            self.tabs.addTab(view, title.format(n=len(lines)))

        self.message = QLabel(self)
        self.message.setObjectName("ImportMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names a file may choose
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        session.failed.connect(self._on_session_failed)
        if plan.conflicts:
            self.conflict_view.setCurrentIndex(self.conflict_model.index(0, 0))
        self._update_state()

    def _conflicts_page(self, names: Mapping[str, str]) -> QWidget:
        page = QWidget(self)
        self.conflict_view = QListView(page)
        self.conflict_view.setModel(self.conflict_model)
        self.conflict_view.setAccessibleName(self.tr("Conflicts"))
        self.conflict_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflict_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conflict_view.selectionModel().currentChanged.connect(self._on_conflict_current)
        self._names = names

        self.mine_text = QPlainTextEdit(page)
        self.theirs_text = QPlainTextEdit(page)
        for edit, name in (
            (self.mine_text, self.tr("Mine")),
            (self.theirs_text, self.tr("Theirs")),
        ):
            edit.setReadOnly(True)
            edit.setAccessibleName(name)
        self.choice_buttons: dict[Resolution, QRadioButton] = {}
        self.choice_group = QButtonGroup(page)
        self.choice_group.setExclusive(False)  # so that "undecided" can be shown
        choice_row = QHBoxLayout()
        for value, label in RESOLUTIONS:
            button = QRadioButton(self.tr(label), page)
            button.clicked.connect(lambda _checked=False, v=value: self.choose(v))
            self.choice_buttons[value] = button
            self.choice_group.addButton(button)
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        all_mine = QPushButton(self.tr("Keep mine for all"), page)
        all_theirs = QPushButton(self.tr("Take theirs for all"), page)
        for push in (all_mine, all_theirs):
            push.setAutoDefault(False)  # Enter must not settle every conflict at once
        all_mine.clicked.connect(lambda: self.choose_all("mine"))
        all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        choice_row.addWidget(all_mine)
        choice_row.addWidget(all_theirs)

        sides = QGridLayout()
        sides.addWidget(QLabel(self.tr("<b>Mine</b> (this store)"), page), 0, 0)
        sides.addWidget(QLabel(self.tr("<b>Theirs</b> (the file)"), page), 0, 1)
        sides.addWidget(self.mine_text, 1, 0)
        sides.addWidget(self.theirs_text, 1, 1)
        detail = QWidget(page)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(sides, 1)
        detail_layout.addLayout(choice_row)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.conflict_view)
        splitter.addWidget(detail)
        splitter.setSizes([110, 260])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    # ----- public API -------------------------------------------------------

    def show_conflict(self, row: int) -> None:
        self.conflict_view.setCurrentIndex(self.conflict_model.index(row, 0))

    def current_conflict(self) -> int:
        return self.conflict_view.currentIndex().row() if self.plan.conflicts else -1

    def choose(self, choice: Resolution) -> None:
        """Settle the conflict shown ("both" only for notes: a tag cannot be doubled)."""
        row = self.current_conflict()
        if row < 0:
            return
        self.conflict_model.set_choice(row, choice)
        self._show_choice(row)
        self._update_state()

    def choose_all(self, choice: Resolution) -> None:
        for row in range(len(self.plan.conflicts)):
            self.conflict_model.set_choice(row, choice)
        self._show_choice(self.current_conflict())
        self._update_state()

    def resolutions(self) -> dict[str, Resolution]:
        return dict(self.conflict_model.choices)

    def apply(self) -> bool:
        """Import as planned with the chosen resolutions; True when it was written."""
        if self.conflict_model.undecided():
            self._update_state()
            return False
        resolutions = self.resolutions()
        plan = self.plan
        change = self.session.apply(lambda store: apply_import(store, plan, resolutions))
        if change is None:
            self.message.setStyleSheet("color: #b00020;")
            self.apply_button.setEnabled(False)  # the reason came through session.failed
            return False
        self.imported.emit(change)
        self.accept()
        return True

    # ----- internals --------------------------------------------------------

    def _on_conflict_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        conflict = self.plan.conflicts[current.row()]
        self.mine_text.setPlainText(conflict_text(conflict.mine, self._names))
        self.theirs_text.setPlainText(conflict_text(conflict.theirs, self._names))
        self.choice_buttons["both"].setEnabled(conflict.table == "annotations")
        self._show_choice(current.row())

    def _show_choice(self, row: int) -> None:
        if row < 0:
            return
        choice = self.conflict_model.choices.get(self.plan.conflicts[row].id)
        for value, button in self.choice_buttons.items():
            button.setChecked(value == choice)

    def _update_state(self) -> None:
        undecided = self.conflict_model.undecided()
        self.apply_button.setEnabled(undecided == 0)
        if undecided:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(
                self.tr(
                    "{n} conflict(s) still need a decision before importing.", "", undecided
                ).format(n=undecided)
            )
        else:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Nothing is written until you press Apply."))

    def _on_session_failed(self, exc: object) -> None:
        if self.isVisible():
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(exc))


def plan_file(session: AnnotationSession, path: Path) -> ImportPlan:
    """Plan an import (writes nothing); raises ExchangeFileError for a bad file."""
    if session.store is None:
        raise AnnotationStoreError("No annotation store is open, so nothing can be imported.")
    return plan_import(session.store, path)


def person_entries(
    session: AnnotationSession, record: PersonRecord | None
) -> tuple[str, frozenset[EntityRef]] | None:
    """The shown person's name and entries: the person, sentences, quotes, events, relations."""
    if record is None or session.archive_id is None:
        return None
    refs = {session.ref("person", record.id)}
    refs.update(session.ref("sentence", s.id) for s in record.sentences if s.person.id == record.id)
    refs.update(session.ref("quote", q.id) for q in record.quotes)
    refs.update(session.ref("event", e.id) for e in record.events)
    refs.update(session.ref("relation", r.id) for r in record.relations)
    return record.display_name, frozenset(refs)
