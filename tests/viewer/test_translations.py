"""Translations: complete .ts files, the .ts-reading translator, language choice, staleness."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

import db.errors
import db.info
import db.migrations
import db.name_match
import db.record_words
from db.generate import REGIMES
from viewer import archive_labels, translations
from viewer.error_titles import ERROR_TITLES
from viewer.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]
VIEWER = ROOT / "viewer"
TRANSLATED = ("be", "ru")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
UPDATE_SCRIPT = ROOT / "scripts" / "update_translations.py"

_PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")
_TAG = re.compile(r"</?\w+[^>]*>")
_ACCEL = re.compile(r"&(?!&)\S")


def _messages(path: Path) -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, numerus, translations) of every live message in `path`."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            out.append((name, message.findtext("source") or "", numerus, forms))
    return out


def _sorted(pattern: re.Pattern[str], text: str) -> list[str]:
    return sorted(pattern.findall(text))


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """`language("be")` installs a language; the source English is restored afterwards."""
    saved = QLocale()

    def use(choice: str) -> str:
        return translations.install(qapp, choice)

    yield use
    translations.uninstall(qapp)
    QLocale.setDefault(saved)


# ----- the files --------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_keeping_placeholders_tags_and_accelerators(
    code: str,
) -> None:
    messages = _messages(translations.ts_path(code))
    assert len(messages) > 300
    problems = []
    for context, source, numerus, forms in messages:
        expected = 3 if numerus else 1
        if len(forms) != expected or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r}: untranslated or missing plural forms")
            continue
        for text in forms:
            for what, pattern in (("placeholders", _PLACEHOLDER), ("HTML tags", _TAG)):
                if _sorted(pattern, text) != _sorted(pattern, source):
                    problems.append(f"{context}: {source!r}: {what} differ in {text!r}")
            if len(_ACCEL.findall(text)) != len(_ACCEL.findall(source)):
                problems.append(f"{context}: {source!r}: accelerator count differs in {text!r}")
    assert not problems, "\n".join(problems)


def test_english_file_holds_only_plural_forms() -> None:
    messages = _messages(translations.ts_path("en"))
    assert messages
    for _context, source, numerus, forms in messages:
        assert numerus
        assert len(forms) == 2, source
        assert all(forms), source


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("be", {1: 0, 21: 0, 101: 0, 2: 1, 4: 1, 22: 1, 0: 2, 5: 2, 11: 2, 12: 2, 14: 2, 111: 2}),
        ("ru", {1: 0, 31: 0, 3: 1, 24: 1, 10: 2, 13: 2, 25: 2, 1000: 2}),
        ("en", {1: 0, 0: 1, 2: 1, 21: 1}),
    ],
)
def test_plural_forms_follow_the_language(code: str, counts: dict[int, int]) -> None:
    assert {n: translations.plural_index(code, n) for n in counts} == counts


# ----- the translator -----------------------------------------------------------


def test_pyside_dispatches_translate_to_the_ts_translator(language) -> None:  # type: ignore[no-untyped-def]
    assert language("be") == "be"
    assert QCoreApplication.translate("actions", "&File") == "&Файл"
    people = [QCoreApplication.translate("PeopleText", "{total} people", "", n) for n in (1, 3, 5)]
    assert people == ["{total} асоба", "{total} асобы", "{total} асоб"]
    assert QCoreApplication.translate("actions", "not a message") == "not a message"


def test_english_gets_real_plurals(language) -> None:  # type: ignore[no-untyped-def]
    assert language("en") == "en"
    one, many = (QCoreApplication.translate("PeopleText", "{total} people", "", n) for n in (1, 2))
    assert (one, many) == ("{total} person", "{total} people")
    assert QCoreApplication.translate("actions", "&File") == "&File"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("be_BY", "be"), ("ru_RU", "ru"), ("ru_UA", "ru"), ("en_GB", "en"), ("pl_PL", "en")],
)
def test_the_default_follows_the_system_locale(system: str, expected: str) -> None:
    assert translations.resolve(translations.SYSTEM, QLocale(system)) == expected


def test_an_unknown_language_falls_back_to_english(language) -> None:  # type: ignore[no-untyped-def]
    assert translations.resolve("xx", QLocale("be_BY")) == "en"
    assert language("xx") == "en"
    assert QCoreApplication.translate("actions", "&Edit") == "&Edit"


def test_install_twice_does_not_stack_translators(qapp: QApplication, language) -> None:  # type: ignore[no-untyped-def]
    language("be")
    language("ru")
    assert QCoreApplication.translate("actions", "&Help") == "&Справка"
    ours = qapp.findChildren(translations.TsTranslator)
    assert [t.language() for t in ours if t.objectName()] == ["ru"]


def test_a_language_is_read_once_per_install(language, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Each install parses the .ts file once; lookups then answer from memory.

    How long a load takes is measured in bench/bench_viewer.py.
    """
    parsed: list[Path] = []
    parse_ts = translations.parse_ts

    def counting_parse(path: Path) -> dict[tuple[str, str, str], translations.Message]:
        parsed.append(path)
        return parse_ts(path)

    monkeypatch.setattr(translations, "parse_ts", counting_parse)
    for _ in range(5):
        assert language("be") == "be"
    for _ in range(100):
        assert QCoreApplication.translate("actions", "&Edit") == "&Праўка"
    assert parsed == [translations.ts_path("be")] * 5


# ----- the window -------------------------------------------------------------


def test_main_window_in_belarusian(make_main_window, language) -> None:  # type: ignore[no-untyped-def]
    language("be")
    window: MainWindow = make_main_window()
    titles = [m.title() for m in window.menus.values()]
    assert titles == ["&Файл", "&Праўка", "&Выгляд", "Пера&ход", "&Даведка"]
    assert window.search_box.placeholderText().startswith("Пошук па імёнах")
    assert window.action_map["open"].text() == "&Адкрыць архіў…"


def test_language_menu_saves_the_choice(make_main_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_main_window()
    names = [a.text() for a in window.language_actions.values()]
    assert names[:3] == ["English", "Беларуская", "Русский"]
    assert window.language_actions[translations.SYSTEM].isChecked()
    window.language_actions["ru"].trigger()
    assert window.settings.language() == "ru"
    assert window.language_actions["ru"].isChecked()
    assert "restart" in window.statusBar().currentMessage() or "started again" in (
        window.statusBar().currentMessage()
    )


# ----- staleness ----------------------------------------------------------------


def _update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", UPDATE_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lupdate_messages(tmp_path: Path) -> set[tuple[str, str]]:
    """What scripts/update_translations.py would extract now (lupdate + f-string calls)."""
    out = tmp_path / "kartoteka_be.ts"
    _update_script().run_lupdate([out])
    return {(c, s) for c, s, _n, _f in _messages(out)}


@pytest.mark.skipif(shutil.which(str(LUPDATE)) is None, reason="pyside6-lupdate not installed")
def test_ts_files_are_up_to_date_with_the_source(tmp_path: Path) -> None:
    """Fails when a string was added or changed in viewer/ without refreshing the .ts files.

    Refresh with `.venv/bin/python scripts/update_translations.py`, then translate.
    """
    fresh = _lupdate_messages(tmp_path)
    for code in TRANSLATED:
        shipped = {(c, s) for c, s, _n, _f in _messages(translations.ts_path(code))}
        missing = sorted(fresh - shipped)
        assert not missing, f"kartoteka_{code}.ts lacks (run lupdate, translate): {missing}"


def _runtime_contexts() -> set[str]:
    """Every context a string can be looked up in at run time: classes and named contexts."""
    names: set[str] = set()
    for path in VIEWER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                first = node.args[0]
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if (
                    # DossierWording.context: a context of the dossier's own language
                    called in ("translate", "QT_TRANSLATE_NOOP", "Context", "context")
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    names.add(first.value)
    return names


def test_every_context_is_one_the_app_looks_up() -> None:
    """lupdate names a context after the receiver of `x.tr(…)`; `parent.tr` in a function
    gives "parent", which nothing looks up at run time (use a `translations.Context`)."""
    known = _runtime_contexts()
    contexts = {c for c, _s, _n, _f in _messages(translations.ts_path("be"))}
    assert not contexts - known, sorted(contexts - known)


def test_context_objects_are_named_like_their_context() -> None:
    for path in VIEWER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and (
                    getattr(node.value.func, "id", "") == "Context"
                    or getattr(node.value.func, "attr", "") == "context"
                )
            ):
                target = node.targets[0]
                assert isinstance(target, ast.Name)
                arg = node.value.args[0]
                assert isinstance(arg, ast.Constant), path
                assert arg.value == target.id, path


DB_LABEL_TABLES: dict[str, dict[str, str]] = {
    "StatusLabel": db.info.STATUS_LABELS,
    "RoleLabel": db.info.ROLE_LABELS,
    "EventKindLabel": db.info.EVENT_KIND_LABELS,
    "NameSystemLabel": db.info.SYSTEM_LABELS,
    "LanguageLabel": db.info.LANG_LABELS,
    "OrgKindLabel": db.info.ORG_KIND_LABELS,
    "TermKindLabel": db.info.TERM_KIND_LABELS,
    "RelationLabel": db.info.RELATION_LABELS,
    "InverseRelationLabel": db.info.INVERSE_RELATION_LABELS,
    "RegimeLabel": {text: text for text in REGIMES},
    "ConfidenceLabel": {code: code for code in db.migrations.CONFIDENCES},
    "RecognitionLabel": db.record_words.RECOGNITION_STATE_WORDS,
    "AppealOutcomeLabel": db.record_words.APPEAL_OUTCOME_WORDS,
    "FacilityKindLabel": db.record_words.FACILITY_KIND_WORDS,
    "MatchLevelLabel": db.name_match.LEVEL_LABELS,
}
"""Each db label table (db.info's, the generator's regimes, the schema's confidences)
under the context the viewer translates it in."""


def test_every_db_label_table_is_translated_by_the_viewer() -> None:
    """Fails when db adds (or rewords) a label that viewer/archive_labels.py does not list."""
    tables = {
        name
        for name, value in vars(db.info).items()
        if name.endswith("_LABELS") and isinstance(value, dict)
    }
    covered = {name for name, value in vars(db.info).items() if value in DB_LABEL_TABLES.values()}
    assert tables <= covered, f"db.info tables the viewer does not translate: {tables - covered}"
    assert set(archive_labels.CONTEXTS) == set(DB_LABEL_TABLES)
    for context, db_table in DB_LABEL_TABLES.items():
        assert dict(archive_labels.CONTEXTS[context]) == db_table, context


@pytest.mark.parametrize(
    ("codes", "table"),
    [
        (db.migrations.PERSON_STATUSES, archive_labels.STATUS),
        (db.migrations.ROLES, archive_labels.ROLE),
        (db.migrations.NAME_SYSTEMS, archive_labels.SYSTEM),
        (db.migrations.ORG_KINDS, archive_labels.ORG_KIND),
        (db.migrations.RELATION_KINDS, archive_labels.RELATION),
        (db.migrations.RELATION_KINDS, archive_labels.INVERSE_RELATION),
        (db.migrations.TERM_KINDS, archive_labels.TERM_KIND),
        (db.migrations.EVENT_KINDS, archive_labels.EVENT_KIND),
        (db.migrations.CONFIDENCES, archive_labels.CONFIDENCE),
    ],
)
def test_every_code_the_schema_allows_has_a_translated_label(
    codes: tuple[str, ...], table: dict[str, str]
) -> None:
    assert set(codes) <= set(table), sorted(set(codes) - set(table))


@pytest.mark.parametrize("code", TRANSLATED)
def test_archive_labels_are_in_the_ts_files_under_their_context(code: str) -> None:
    shipped = {(c, s) for c, s, _n, _f in _messages(translations.ts_path(code))}
    wanted = {(c, text) for c, table in archive_labels.CONTEXTS.items() for text in table.values()}
    assert not wanted - shipped, sorted(wanted - shipped)


def test_archive_labels_show_in_the_chosen_language(language) -> None:  # type: ignore[no-untyped-def]
    assert archive_labels.status("released") == "Released"
    assert archive_labels.event_kind("released") == "Released"
    language("be")
    assert archive_labels.status("released") == "На волі"
    assert archive_labels.event_kind("released") == "Вызваленне"
    assert archive_labels.role("prisoner") == "Палітвязень"
    assert archive_labels.relation("spouse", inverse=True).startswith("муж")
    assert archive_labels.regime("strict regime") == "строгі рэжым"
    assert archive_labels.regime("harshest possible conditions") == "harshest possible conditions"
    assert archive_labels.status("in_hiding") == "in hiding"  # unknown code: readable, as db's
    language("ru")
    assert archive_labels.status("in_custody") == "Под стражей"
    assert archive_labels.language("be-Latn") == "белорусский (латиница)"


def test_error_titles_are_marked_for_translation() -> None:
    titles = {
        cls.title
        for _name, cls in inspect.getmembers(db.errors, inspect.isclass)
        if isinstance(getattr(cls, "title", None), str)
    }
    assert titles <= set(ERROR_TITLES), sorted(titles - set(ERROR_TITLES))


def test_every_store_change_label_is_translated_for_the_edit_menu(language) -> None:  # type: ignore[no-untyped-def]
    """The Edit menu shows the store's change labels; a new label must join the table."""
    from viewer.annotations.session import CHANGE_LABELS, change_text

    source = "\n".join(p.read_text("utf-8") for p in (ROOT / "db" / "annotations").glob("*.py"))
    used = set(re.findall(r'(?:label=|_write\(\s*)"([A-Z][^"]*)"', source))
    assert used
    assert used <= set(CHANGE_LABELS)
    language("be")
    assert change_text("Add note") == "Дадаць нататку"
    assert change_text("Undo Add note") == "Адмяніць: Дадаць нататку"
    assert change_text("Something new") == "Something new"  # unknown: shown as the store says


def test_every_revision_action_and_entry_type_has_a_label() -> None:
    """The history's Action column and the import preview name what the store writes."""
    from db.annotations import ENTITY_TYPES
    from viewer.annotations.entries import ENTITY_LABELS
    from viewer.annotations.history_dialog import ACTION_LABELS

    source = "\n".join(p.read_text("utf-8") for p in (ROOT / "db" / "annotations").glob("*.py"))
    actions = set(re.findall(r'_write\(\s*\w+,\s*"(\w+)"', source))
    actions |= set(re.findall(r'_write\(\s*"[^"]*",\s*"(\w+)"', source))
    actions |= set(re.findall(r'action="(\w+)"', source))
    assert {"create", "edit", "delete", "undo", "import", "resolve"} <= actions
    assert actions <= set(ACTION_LABELS), sorted(actions - set(ACTION_LABELS))
    assert set(ENTITY_TYPES) == set(ENTITY_LABELS)


def test_history_and_import_preview_in_belarusian(language) -> None:  # type: ignore[no-untyped-def]
    from db.annotations import HistoryEntry
    from db.annotations.records import Rev
    from viewer.annotations.exchange_dialogs import conflict_text, describe
    from viewer.annotations.history_dialog import history_html

    language("be")
    before = {"kind": "correction", "field": "region", "original": "Homiel", "body": "Minsk"}
    after = {**before, "reason": "court record", "deleted": 1}
    entry = HistoryEntry(
        rev=Rev("r2"),
        change_id="c2",
        item_table="annotations",
        item_id="a1",
        action="delete",
        author="Alena",
        at="2026-06-21T10:00:00+00:00",
        before=before,
        after=after,
    )
    page = history_html([entry], {})
    for words in ("Калі", "Дзеянне", "выдалена", "Рэгіён: Homiel → Minsk", "(чаму: court record)"):
        assert words in page, words
    assert "region" not in page
    assert "When" not in page
    row = {**before, "entity_type": "sentence", "entity_id": "s-7", "updated_by": "Alena"}
    assert describe(row, {}) == "выпраўленне поля «Рэгіён» (прысуд s-7): Minsk"
    assert conflict_text({**row, "reason": "court record"}, {}).startswith(
        "Minsk\n\nЧаму: court record"
    )
    assert history_html([], {}).count("Ніводнай версіі не запісана.") == 1


class _Spy(QTranslator):
    """Records what Qt asks translators for, answering nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


def test_qt_words_we_translate_are_the_words_qt_asks_for(qapp: QApplication) -> None:
    """viewer/qt_strings.py holds exactly what Qt asks for its buttons and edit menus."""
    from viewer import qt_strings

    spy = _Spy()
    QCoreApplication.installTranslator(spy)
    try:
        box = QDialogButtonBox()
        for button in QDialogButtonBox.StandardButton:
            if button.value and button not in (
                QDialogButtonBox.StandardButton.FirstButton,
                QDialogButtonBox.StandardButton.LastButton,
            ):
                box.addButton(button)
        for editor in (QLineEdit(), QPlainTextEdit(), QTextBrowser()):
            editor.createStandardContextMenu().deleteLater()
        dialog = QFileDialog(None, "x", str(ROOT), "JSON (*.json)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.deleteLater()
    finally:
        QCoreApplication.removeTranslator(spy)
    ours = {
        "QPlatformTheme": set(qt_strings.STANDARD_BUTTONS),
        "QLineEdit": set(qt_strings.LINE_EDIT_MENU),
        "QWidgetTextControl": set(qt_strings.TEXT_EDIT_MENU + qt_strings.LINK_MENU),
        "QFileDialog": set(qt_strings.FILE_DIALOG),
    }
    for context, words in ours.items():
        asked = {source for c, source in spy.asked if c == context}
        assert asked, context
        if context == "QFileDialog":  # its shortcuts and a column menu's prefix stay Qt's
            asked -= {"Alt+Left", "Alt+Right", "Alt+Up", "Show "}
            assert {"&Look in:", "File &name:", "Files of &type:"} <= asked
            assert asked <= words | {"All Files (*)"}, sorted(asked - words)
            continue
        assert asked <= words, (context, sorted(asked - words))
    assert {"Cancel", "Close", "Save", "Apply", "&Yes", "&No"} <= ours["QPlatformTheme"]
    assert {"Cu&t", "&Copy", "&Paste"} <= ours["QLineEdit"] & ours["QWidgetTextControl"]


@pytest.mark.parametrize(("code", "close"), [("be", "Закрыць"), ("ru", "Закрыть")])
def test_standard_buttons_speak_the_language(language, code: str, close: str) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Belarusian qtbase translation; ours covers its buttons."""
    language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    button = box.button(QDialogButtonBox.StandardButton.Close)
    assert button is not None
    assert button.text() == close


def test_text_field_menus_speak_belarusian(language) -> None:  # type: ignore[no-untyped-def]
    language("be")
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    menu.deleteLater()
    assert "&Капіяваць" in texts
    assert "&Уставіць" in texts
    assert not {"&Copy", "&Paste"} & set(texts)


def test_file_sizes_are_in_the_reader_s_language(language) -> None:  # type: ignore[no-untyped-def]
    """A size inside a Russian sentence is "7,5 ГБ", not "7.5 GB" (a mixed-language line)."""
    from viewer.formatting import file_size_text

    assert file_size_text(7.5 * 1024**3) == "7.5 GB"
    language("ru")
    assert file_size_text(7.5 * 1024**3) == "7,5 ГБ"
    assert file_size_text(40 * 1024) == "40 КБ"
    language("be")
    assert file_size_text(812 * 1024**2) == "812 МБ"


@pytest.mark.parametrize(
    ("choice", "widget_word", "wrong_word"),
    [("en", "check box", "button"), ("be", "сцяжок", "кнопка"), ("ru", "флажок", "кнопка")],
)
def test_search_help_calls_exact_a_check_box(language, choice, widget_word, wrong_word) -> None:  # type: ignore[no-untyped-def]
    """The toolbar's Exact became a check box; the help named it a button in every language."""
    from viewer.dialogs.text import search_help_html

    language(choice)
    text = search_help_html()
    assert widget_word in text
    assert wrong_word not in text.lower()
