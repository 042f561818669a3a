"""db.phrases templates are marked for translation and translated in be and ru."""

from __future__ import annotations

import re

import pytest

from db import phrases
from db.connection import Archive
from db.records import PersonId
from db.summary import get_summary
from viewer import phrases as viewer_phrases
from viewer.dossier.wording import DossierWording
from viewer.translations import parse_ts, ts_path


def test_viewer_marks_every_db_template() -> None:
    assert set(viewer_phrases.PHRASES) | phrases.PLURAL == set(phrases.PHRASES)


@pytest.mark.parametrize("language", ["be", "ru"])
@pytest.mark.parametrize("context", ["Phrase", "Dossier"])
def test_every_template_is_translated(language: str, context: str) -> None:
    messages = parse_ts(ts_path(language))
    sources = {source for (ctx, source, _c) in messages if ctx == context}
    if context == "Phrase":
        assert set(phrases.PHRASES) <= sources
    for (ctx, source, _c), message in messages.items():
        if ctx == context:
            assert all(message.forms), source
            # the same slots, so .format() never fails or drops a value
            for form in message.forms:
                assert set(re.findall(r"\{\w+\}", form)) == set(re.findall(r"\{\w+\}", source))


@pytest.mark.parametrize("language", ["be", "ru"])
def test_summary_lines_have_no_english_words(
    qapp: object, sample_archive: Archive, language: str
) -> None:
    w = DossierWording(language)
    for pid in ("p-tsikhanouski", "p-tsikhanouskaya", "p-kalesnikava"):
        s = get_summary(sample_archive.db, PersonId(pid), "2026-01-01")
        assert s is not None
        for line in phrases.summary_lines(s, w.phrases):
            assert not re.search(r"[A-Za-z]", line), line


def test_ui_wording_follows_the_installed_language(qapp: object, sample_archive: Archive) -> None:
    from viewer import translations

    s = get_summary(sample_archive.db, PersonId("p-tsikhanouski"), "2026-01-01")
    assert s is not None
    try:
        translations.install(qapp, "ru")  # type: ignore[arg-type]
        assert phrases.total_term(s, viewer_phrases.ui_wording()) == "19 лет 6 месяцев"
    finally:
        translations.install(qapp, "en")  # type: ignore[arg-type]
    assert phrases.total_term(s, viewer_phrases.ui_wording()) == "19 years 6 months"
