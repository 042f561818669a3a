"""File ▸ Make a publishable copy…: choose what to leave out, see it, write the copy.

The dialog builds redaction rules from its choices (the same JSON as
`kartoteka publish --redact`, saved and loaded with the buttons below),
asks the `PublishController` for a preview whenever they change (computed
on the task runner: counts and some names), and writes the copy there with
progress and Cancel. The report at the end says what was left out, that the
self-check found no redacted value in any written byte, and the command
that serves the copy with Datasette. Annotations are never in a copy.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.errors import KartotekaError
from viewer.annotations.entries import field_label
from viewer.cli_reports import self_check_words
from viewer.dialogs.host import error_title
from viewer.dialogs.screen_fit import fit_on_screen
from viewer.error_text import error_text, translate
from viewer.error_words import os_error_text
from viewer.formatting import grouped
from viewer.translations import QT_TRANSLATE_NOOP, Context, table_label

if TYPE_CHECKING:
    from db.publish import PublishPreview, PublishReport, RedactionRules
    from db.publish.rules import PeopleFilter
    from viewer.controllers.publish import CurrentList, PublishChoices, PublishController

PREVIEW_DELAY_MS = 400
_ENTRIES = re.compile(r"\s*[,;\n]\s*")
"""Names contain spaces: entries (names or ids) are separated by commas or semicolons."""

PublishWords = Context("PublishWords")
"""Words of the publish dialog built outside its methods (lupdate reads `PublishWords.tr`)."""

ENTITY_TITLES: dict[str, str] = {
    "people": QT_TRANSLATE_NOOP("PublishWords", "People"),
    "sentences": QT_TRANSLATE_NOOP("PublishWords", "Sentences"),
    "appeals": QT_TRANSLATE_NOOP("PublishWords", "Appeals"),
    "events": QT_TRANSLATE_NOOP("PublishWords", "Events"),
    "quotes": QT_TRANSLATE_NOOP("PublishWords", "Quotes"),
    "relations": QT_TRANSLATE_NOOP("PublishWords", "Relations"),
    "placements": QT_TRANSLATE_NOOP("PublishWords", "Placements"),
    "recognitions": QT_TRANSLATE_NOOP("PublishWords", "Recognitions"),
    "sources": QT_TRANSLATE_NOOP("PublishWords", "Sources"),
    "organizations": QT_TRANSLATE_NOOP("PublishWords", "Organizations"),
    "figures": QT_TRANSLATE_NOOP("PublishWords", "Figures"),
    "attachments": QT_TRANSLATE_NOOP("PublishWords", "Attachments"),
    "citations": QT_TRANSLATE_NOOP("PublishWords", "Citations"),
    "letters": QT_TRANSLATE_NOOP("PublishWords", "Letters"),
}
"""Entity keys of the interchange format, in the order the field choices list them."""

STEPS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("PublishWords", "Opening the archive…"),
    "read": QT_TRANSLATE_NOOP("PublishWords", "Reading the archive…"),
    "redact": QT_TRANSLATE_NOOP("PublishWords", "Leaving out what was chosen…"),
    "build": QT_TRANSLATE_NOOP("PublishWords", "Writing the new archive…"),
    "export": QT_TRANSLATE_NOOP(
        "PublishWords", "Writing the Datasette, CSV, FollowTheMoney and Popolo files…"
    ),
    "check": QT_TRANSLATE_NOOP("PublishWords", "Checking every written byte for redacted values…"),
    "done": QT_TRANSLATE_NOOP("PublishWords", "Finishing…"),
}

ERROR_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Cannot make a publishable copy"),
    QT_TRANSLATE_NOOP("MainWindow", "Redaction rules are not valid"),
)
"""db.publish's error titles, translated where the dialog shows them."""

KEEP, DROP, YEAR = "", "drop", "year"


def entity_title(key: str) -> str:
    return table_label(PublishWords, ENTITY_TITLES, key, key)


def preview_lines(pv: PublishPreview) -> list[str]:
    """The preview in the UI language, one fact a line (db's own lines are English)."""
    out = [
        PublishWords.tr("People left out: {n} of {total}").format(
            n=grouped(pv.people_dropped), total=grouped(pv.people_total)
        )
    ]
    for rule, n in pv.people_by_rule.items():
        if rule == "ids":
            what = PublishWords.tr("by name or id")
        elif rule == "filter":
            what = PublishWords.tr("by the filter")
        else:
            what = PublishWords.tr("by the tag “{name}”").format(name=rule.removeprefix("tag:"))
        out.append("  " + PublishWords.tr("{what}: {n}").format(what=what, n=grouped(n)))
    if pv.people_examples:
        more = pv.people_dropped - len(pv.people_examples)
        names = ", ".join(pv.people_examples) + (f" … (+{grouped(more)})" if more > 0 else "")
        out.append("  " + PublishWords.tr("for example: {names}").format(names=names))
    for key, n in pv.dropped.items():
        if n and key != "people":
            out.append(
                PublishWords.tr("{what} left out: {n}").format(what=entity_title(key), n=grouped(n))
            )
    for name, n in pv.fields_changed.items():
        out.append(
            PublishWords.tr("Field “{field}”: {n} values left out or shortened").format(
                field=_field_text(name), n=grouped(n)
            )
        )
    if pv.citations_dropped:
        out.append(
            PublishWords.tr("Citations left out: {n}").format(n=grouped(pv.citations_dropped))
        )
    if pv.links_cut:
        out.append(
            PublishWords.tr("Links to what was left out, cut: {n}").format(n=grouped(pv.links_cut))
        )
    if pv.mentions_scrubbed:
        out.append(
            PublishWords.tr(
                "Names of people left out, replaced in the text that stays: {n}"
            ).format(n=grouped(pv.mentions_scrubbed))
        )
    if pv.possible_mentions:
        out.append(
            PublishWords.tr(
                "Please review: {n} text fields that stay may mention a person left out "
                "in another form (report.json lists them)."
            ).format(n=grouped(len(pv.possible_mentions)))
        )
    out.append(PublishWords.tr("Annotations: never included (they stay in your annotation store)."))
    return out


def _field_text(name: str) -> str:
    entity, _, column = name.partition(".")
    return f"{entity_title(entity)}: {field_label(column)}"


def datasette_command(report: PublishReport) -> str:
    """The command that serves the copy (paths quoted for a shell)."""
    archive = shlex.quote(str(report.archive_path))
    metadata = shlex.quote(str(report.out_dir / "metadata.yml"))
    return f"datasette {archive} -m {metadata}"


class PublishDialog(QDialog):
    """Choices, preview, output folder, progress and report of a publishable copy."""

    def __init__(
        self,
        controller: PublishController,
        source: Path,
        parent: QWidget | None = None,
        *,
        shown: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.source = source
        self._shown = shown  # (id, name) of the person in the record, for "Add"
        self.setObjectName("PublishDialog")
        self.setWindowTitle(self.tr("Make a publishable copy"))
        self.choices: PublishChoices | None = None
        self.preview: PublishPreview | None = None
        self.report: PublishReport | None = None
        self._loaded_filter: PeopleFilter | None = None  # a rules file's people.filter
        self._extra: dict[str, Any] = {}  # a rules file's source/organization ids, kept
        self._tag_boxes: dict[str, QCheckBox] = {}
        self._field_combos: dict[str, QComboBox] = {}
        self._publisher_boxes: dict[str, QCheckBox] = {}
        self._building = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._build()
        controller.choices_ready.connect(self._on_choices)
        controller.preview_ready.connect(self._on_preview)
        controller.preview_failed.connect(self._on_preview_failed)
        controller.progressed.connect(self._on_progressed)
        controller.published.connect(self._on_published)
        controller.cancelled.connect(self._on_cancelled)
        controller.failed.connect(self._on_failed)
        controller.request_choices()

    # ----- building -------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Writes a new, decrypted archive without what you leave out, ready to serve "
                "with Datasette or load into Aleph or Uwazi. The open archive is not changed. "
                "Annotations are never included."
            ),
            self,
        )
        intro.setWordWrap(True)

        people = QGroupBox(self.tr("People to leave out"), self)
        self.ids_edit = QLineEdit(people)
        self.ids_edit.setObjectName("PublishIds")
        self.ids_edit.setPlaceholderText(self.tr("names or ids, separated by commas"))
        self.ids_edit.setToolTip(
            self.tr("names as the archive spells them, or ids; separated by commas")
        )
        self.ids_edit.textChanged.connect(self.schedule_preview)
        self.current_box = QCheckBox(self.tr("The people of the current list"), people)
        self.current_box.setObjectName("PublishCurrentList")
        self.current_box.setEnabled(False)
        self.current_box.toggled.connect(self.schedule_preview)
        self.tags_row = QHBoxLayout()
        self.tags_label = QLabel(self.tr("Loading…"), people)
        self.tags_row.addWidget(self.tags_label)
        self.tags_row.addStretch(1)
        form = QGridLayout(people)
        by_id = QLabel(self.tr("By name or id:"), people)
        by_id.setBuddy(self.ids_edit)
        form.addWidget(by_id, 0, 0)
        self.add_shown_button = QPushButton(self.tr("Add the person shown"), people)
        self.add_shown_button.setObjectName("PublishAddShown")
        shown = self._shown
        self.add_shown_button.setEnabled(shown is not None)
        if shown is not None:
            self.add_shown_button.setToolTip(
                self.tr("Adds {name} by id: exact, even when others share the name.").format(
                    name=shown[1]
                )
            )
        self.add_shown_button.clicked.connect(self.add_shown)
        form.addWidget(self.ids_edit, 0, 1)
        shown_row = QHBoxLayout()  # below the field: in be/ru the button's words are long
        shown_row.addWidget(self.add_shown_button)
        shown_row.addStretch(1)
        form.addLayout(shown_row, 1, 1)
        form.addWidget(QLabel(self.tr("By tag:"), people), 2, 0)
        form.addLayout(self.tags_row, 2, 1)
        form.addWidget(self.current_box, 3, 0, 1, 2)

        self.fields_area = QScrollArea(self)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setMinimumHeight(120)
        self.fields_box = QGroupBox(self.tr("Fields to leave out"), self)
        QVBoxLayout(self.fields_box).addWidget(self.fields_area)

        self.sources_box = QGroupBox(self.tr("Sources to leave out, by publisher"), self)
        publishers = QWidget()
        self.sources_layout = QVBoxLayout(publishers)
        self.sources_layout.setContentsMargins(0, 0, 0, 0)
        self.sources_area = QScrollArea(self.sources_box)  # an archive may cite many publishers
        self.sources_area.setObjectName("PublishPublishers")
        self.sources_area.setWidgetResizable(True)
        self.sources_area.setFrameShape(QFrame.Shape.NoFrame)
        self.sources_area.setMinimumHeight(60)
        self.sources_area.viewport().setAutoFillBackground(False)
        publishers.setAutoFillBackground(False)
        self.sources_area.setWidget(publishers)
        self.sources_area.setAccessibleName(self.sources_box.title())
        QVBoxLayout(self.sources_box).addWidget(self.sources_area)

        other = QGroupBox(self.tr("Always"), self)
        self.annotations_box = QCheckBox(self.tr("Leave out annotations"), other)
        self.annotations_box.setObjectName("PublishAnnotations")
        self.annotations_box.setChecked(True)
        self.annotations_box.setEnabled(False)
        self.annotations_box.setToolTip(
            self.tr("A publishable copy never holds annotations; share them with Export.")
        )
        self.scrub_box = QCheckBox(
            self.tr("Replace the names of people left out in the text that stays"), other
        )
        self.scrub_box.setObjectName("PublishScrub")
        self.scrub_box.setChecked(True)
        self.scrub_box.toggled.connect(self.schedule_preview)
        always = QVBoxLayout(other)
        always.addWidget(self.annotations_box)
        always.addWidget(self.scrub_box)

        left = QVBoxLayout()
        left.addWidget(people)
        left.addWidget(self.fields_box, 2)
        left.addWidget(self.sources_box, 1)
        left.addWidget(other)

        self.preview_title = QLabel(self.tr("What will be left out"), self)
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("PublishPreview")
        self.preview_text.setReadOnly(True)
        self.preview_text.setPlainText(self.tr("Counting…"))
        self.preview_text.setMinimumWidth(380)
        self.preview_text.setAccessibleName(self.preview_title.text())
        out_row = QHBoxLayout()
        self.out_edit = QLineEdit(self)
        self.out_edit.setObjectName("PublishFolder")
        self.out_edit.setText(str(self.source.with_name(f"{self.source.stem}-published")))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        out_label = QLabel(self.tr("Write into the new or empty folder:"), self)
        out_label.setBuddy(self.out_edit)
        out_row.addWidget(out_label)
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        self.step_label = QLabel("", self)
        self.step_label.setObjectName("PublishStep")
        self.step_label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("PublishProgress")
        self.bar.setRange(0, 100)
        self.bar.hide()
        self.problem_label = QLabel("", self)
        self.problem_label.setObjectName("PublishProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # names a file may choose
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()

        right = QVBoxLayout()
        right.addWidget(self.preview_title)
        right.addWidget(self.preview_text, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.buttons = QDialogButtonBox(self)
        self.load_button = self.buttons.addButton(
            self.tr("Load rules…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("Save rules…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.publish_button = self.buttons.addButton(
            self.tr("Make the copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setObjectName("PublishButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.publish_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(out_row)
        layout.addWidget(self.step_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        fit_on_screen(self, 980, 680)

    def _on_choices(self, choices: PublishChoices) -> None:
        self._building = True
        self.choices = choices
        self.tags_label.setText("" if choices.tags else self.tr("No tags in the annotation store"))
        for name in choices.tags:
            box = QCheckBox(name, self)
            box.toggled.connect(self.schedule_preview)
            self.tags_row.insertWidget(self.tags_row.count() - 1, box)
            self._tag_boxes[name] = box
        self._show_current(choices.current)
        self._build_fields(choices.fields)
        if not choices.publishers:
            self.sources_layout.addWidget(QLabel(self.tr("No source names a publisher.")))
        for org_id, name, count in choices.publishers:
            box = QCheckBox(
                self.tr("{name} ({n} sources)", "", count).format(name=name, n=grouped(count))
            )
            box.toggled.connect(self.schedule_preview)
            self.sources_layout.addWidget(box)
            self._publisher_boxes[org_id] = box
        self.sources_layout.addStretch(1)
        self._building = False
        self.update_preview()

    def _show_current(self, current: CurrentList) -> None:
        if not current.chips:
            self.current_box.setText(self.tr("The people of the current list (no filter is on)"))
            self.current_box.setEnabled(False)
            return
        self.current_box.setText(
            self.tr(
                "The people of the current list: {chips} ({n} people)", "", current.count
            ).format(chips="; ".join(current.chips), n=grouped(current.count))
        )
        self.current_box.setEnabled(True)

    def _build_fields(self, fields: dict[str, tuple[str, ...]]) -> None:
        inner = QWidget(self.fields_area)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        order = list(ENTITY_TITLES)
        names = sorted(
            fields,
            key=lambda n: (
                order.index(n.partition(".")[0]) if n.partition(".")[0] in order else len(order),
                n,
            ),
        )
        row, entity = 0, ""
        for name in names:
            this = name.partition(".")[0]
            if this != entity:
                entity = this
                heading = QLabel(f"<b>{entity_title(entity)}</b>", inner)
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            label = QLabel(field_label(name.partition(".")[2]), inner)
            combo = QComboBox(inner)
            label.setBuddy(combo)
            combo.setAccessibleName(f"{entity_title(entity)}: {label.text()}")
            combo.setObjectName(f"PublishField:{name}")
            combo.addItem(self.tr("Keep"), KEEP)
            combo.addItem(self.tr("Leave out"), DROP)
            if YEAR in fields[name]:
                combo.addItem(self.tr("Year only"), YEAR)
            combo.currentIndexChanged.connect(self.schedule_preview)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self._field_combos[name] = combo
            row += 1
        self.fields_area.setWidget(inner)

    def add_shown(self) -> None:
        """Add the person shown in the record (by id) to the people left out."""
        if self._shown is None:
            return
        entries = [i for i in _ENTRIES.split(self.ids_edit.text().strip()) if i]
        if self._shown[0] not in entries:
            self.ids_edit.setText(", ".join([*entries, self._shown[0]]))

    # ----- the rules ------------------------------------------------------------------

    def rules_dict(self) -> dict[str, Any]:
        """The choices as a rules file (`kartoteka publish --redact`)."""
        ids = [i for i in _ENTRIES.split(self.ids_edit.text().strip()) if i]
        tags = [name for name, box in self._tag_boxes.items() if box.isChecked()]
        people: dict[str, Any] = {}
        people_filter = self._loaded_filter
        if self.current_box.isChecked() and self.current_box.isEnabled() and self.choices:
            current = self.choices.current
            ids += [i for i in current.person_ids if i not in ids]
            tags += [t for t in current.tags if t not in tags]
            if current.people_filter is not None:
                people_filter = current.people_filter
        if ids:
            people["ids"] = ids
        if tags:
            people["tags"] = tags
        if people_filter is not None and not people_filter.is_empty():
            people["filter"] = people_filter.as_json()
        rules: dict[str, Any] = {}
        if people:
            rules["people"] = people
        fields = {
            name: combo.currentData()
            for name, combo in self._field_combos.items()
            if combo.currentData()
        }
        if fields:
            rules["fields"] = fields
        publishers = [org for org, box in self._publisher_boxes.items() if box.isChecked()]
        sources = dict(self._extra.get("sources", {}))
        if publishers:
            sources["publishers"] = publishers
        if sources:
            rules["sources"] = sources
        if "organizations" in self._extra:
            rules["organizations"] = self._extra["organizations"]
        rules["annotations"] = "drop"
        rules["scrub_mentions"] = self.scrub_box.isChecked()
        return rules

    def rules(self) -> RedactionRules:
        """The choices as checked rules; RedactionRulesError says what is wrong."""
        from db.publish import parse_rules

        return parse_rules(self.rules_dict(), source=self.tr("The dialog's choices"))

    def set_rules(self, rules: RedactionRules) -> None:
        """Show the rules of a file: its ids, tags, filter, fields, publishers."""
        from db.publish import rules_json

        raw = rules_json(rules)
        self._building = True
        people = raw.get("people", {})
        self.ids_edit.setText(", ".join(people.get("ids", [])))
        for name in people.get("tags", []):
            if name not in self._tag_boxes:  # unknown here: the preview says so
                box = QCheckBox(name, self)
                box.toggled.connect(self.schedule_preview)
                self.tags_row.insertWidget(self.tags_row.count() - 1, box)
                self._tag_boxes[name] = box
        for name, box in self._tag_boxes.items():
            box.setChecked(name in people.get("tags", []))
        self._loaded_filter = rules.people_filter if not rules.people_filter.is_empty() else None
        self.current_box.setChecked(False)
        fields = raw.get("fields", {})
        for name, combo in self._field_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(fields.get(name, KEEP))))
        publishers = raw.get("sources", {}).get("publishers", [])
        for org, box in self._publisher_boxes.items():
            box.setChecked(org in publishers)
        self._extra = {}
        if rules.source_ids:
            self._extra["sources"] = {"ids": list(rules.source_ids)}
        if rules.organization_ids:
            self._extra["organizations"] = {"ids": list(rules.organization_ids)}
        self.scrub_box.setChecked(rules.scrub_mentions)
        self._building = False
        self.update_preview()

    def save_rules(self, path: Path) -> bool:
        try:
            rules = self.rules()
        except KartotekaError as exc:
            self._show_problem(error_text(exc))
            return False
        from db.publish import rules_json

        try:
            path.write_text(
                json.dumps(rules_json(rules), ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            self._show_problem(
                self.tr("{path}: cannot write the rules file ({why}).").format(
                    path=path, why=os_error_text(exc, translate)
                )
            )
            return False
        self.step_label.setText(self.tr("Rules saved to {path}.").format(path=path))
        return True

    def load_rules(self, path: Path) -> bool:
        from db.publish import load_rules

        try:
            rules = load_rules(path)
        except KartotekaError as exc:
            self._show_problem(error_text(exc))
            return False
        self.set_rules(rules)
        self.step_label.setText(self.tr("Rules loaded from {path}.").format(path=path))
        return True

    def ask_rules_path(self, saving: bool) -> Path | None:
        """The rules file to save or load (tests patch this)."""
        filters = self.tr("Redaction rules (*.json);;All files (*)")
        start = str(self.source.with_name(f"{self.source.stem}-redact.json"))
        if saving:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rules"), start, filters)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Load rules"), start, filters)
        return Path(path) if path else None

    def _on_save_clicked(self) -> None:
        path = self.ask_rules_path(True)
        if path is not None:
            self.save_rules(path)

    def _on_load_clicked(self) -> None:
        path = self.ask_rules_path(False)
        if path is not None:
            self.load_rules(path)

    # ----- preview ------------------------------------------------------------------

    def schedule_preview(self) -> None:
        if not self._building and self.report is None:
            self.preview_text.setPlainText(self.tr("Counting…"))
            self._timer.start()

    def update_preview(self) -> None:
        """Ask for the preview of the current choices now."""
        self._timer.stop()
        try:
            rules = self.rules()
        except KartotekaError as exc:
            self.preview = None
            self.preview_text.setPlainText(error_text(exc))
            return
        self.problem_label.hide()
        self.controller.request_preview(rules)

    def _on_preview(self, pv: PublishPreview) -> None:
        if self.report is not None:
            return
        self.preview = pv
        self.preview_text.setPlainText("\n".join(preview_lines(pv)))

    def _on_preview_failed(self, exc: KartotekaError) -> None:
        self.preview = None
        self.preview_text.setPlainText(error_text(exc))

    # ----- the copy -----------------------------------------------------------------

    def out_dir(self) -> Path:
        return Path(self.out_edit.text().strip()).expanduser()

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the publishable copy"), str(self.out_dir().parent)
        )
        if path:
            self.out_edit.setText(path)

    def start(self) -> bool:
        """Make the copy with the current choices; False when something is missing."""
        if not self.out_edit.text().strip():
            self._show_problem(self.tr("Choose a folder for the copy."))
            return False
        try:
            rules = self.rules()
        except KartotekaError as exc:
            self._show_problem(error_text(exc))
            return False
        if not self.controller.publish(rules, self.out_dir()):
            return False
        self.problem_label.hide()
        self.bar.setValue(0)
        self.bar.show()
        self.step_label.setText(PublishWords.tr(STEPS["open"]))
        self._set_running(True)
        return True

    def _set_running(self, running: bool) -> None:
        for widget in (self.publish_button, self.load_button, self.save_button, self.out_edit):
            widget.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.close_button.setEnabled(True)

    def _on_progressed(self, stage: str, share: float) -> None:
        text = STEPS.get(stage)
        if text is not None:
            self.step_label.setText(PublishWords.tr(text))
        self.bar.setValue(round(100 * min(max(share, 0.0), 1.0)))

    def _on_published(self, report: PublishReport) -> None:
        self.report = report
        self._set_running(False)
        self.publish_button.setEnabled(False)
        self.bar.setValue(100)
        self.step_label.setText(self.tr("The publishable copy is ready."))
        self.preview_title.setText(self.tr("Report"))
        self.preview_text.setPlainText("\n".join(self.report_lines(report)))

    def report_lines(self, report: PublishReport) -> list[str]:
        return [
            self.tr("Wrote a publishable copy to {folder}").format(folder=report.out_dir),
            self.tr("New archive id: {id}").format(id=report.archive_id),
            "",
            *preview_lines(report.preview),
            "",
            self.tr(
                "Self-check passed: none of the redacted values ({checked}) is in any written file."
            ).format(checked=self_check_words(report.self_check)),
            self.tr("Files: {files}").format(files=", ".join(report.files)),
            "",
            self.tr("Serve it with Datasette:"),
            datasette_command(report),
        ]

    def _on_cancelled(self) -> None:
        self._set_running(False)
        self.bar.hide()
        self.step_label.setText(self.tr("Cancelled. Nothing was written."))

    def _on_failed(self, exc: KartotekaError) -> None:
        self._set_running(False)
        self.bar.hide()
        self.step_label.setText("")
        self._show_problem(f"{error_title(exc)}: {error_text(exc)}")

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    def reject(self) -> None:
        """Close, or while the copy is written, Cancel it (the dialog stays until it stopped)."""
        if self.controller.is_publishing():
            self.step_label.setText(self.tr("Cancelling… the partial copy is being removed."))
            self.close_button.setEnabled(False)
            self.controller.cancel()
            return
        self.controller.cancel_preview()
        super().reject()
