"""The bundled sample: complete for the seed article, valid, built and cached safely."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from db import resources, sample
from db.connection import Archive, open_archive
from db.errors import KartotekaError
from db.validate import ENTITY_KEYS, validate_documents

ARTICLE_SOURCE = "src-euronews-2025-06-21"


@pytest.fixture(scope="module")
def docs() -> dict[str, Any]:
    return sample.sample_documents()


def _by_id(docs: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in docs[key]}


def test_sample_is_valid(docs: dict[str, Any]) -> None:
    assert validate_documents(docs) == []
    assert docs["meta"]["synthetic"] is False


def test_sample_has_the_articles_people_and_statuses(docs: dict[str, Any]) -> None:
    people = _by_id(docs, "people")
    assert set(people) == {
        "p-tsikhanouski",
        "p-tsikhanouskaya",
        "p-lukashenka",
        "p-kalesnikava",
        "p-putin",
        "p-trump",
        "p-kellogg",
    }
    assert (people["p-tsikhanouski"]["status"], people["p-tsikhanouski"]["status_since"]) == (
        "released",
        "2025-06-21",
    )
    assert people["p-tsikhanouskaya"]["status_since"] == "2020-08"
    assert people["p-tsikhanouskaya"]["status"] == "in_exile"
    assert people["p-kalesnikava"]["status"] == "in_custody"
    assert {"prisoner", "candidate", "blogger"} <= set(people["p-tsikhanouski"]["roles"])
    assert "head_of_state" in people["p-lukashenka"]["roles"]
    assert "envoy" in people["p-kellogg"]["roles"]


def test_tsikhanouski_has_every_spelling(docs: dict[str, Any]) -> None:
    names = {(n["name"], n["system"]) for n in _by_id(docs, "people")["p-tsikhanouski"]["names"]}
    spelled = {n for n, _ in names}
    assert {
        "Siarhei Tsikhanouski",
        "Сяргей Ціханоўскі",
        "Сергей Тихановский",
        "Siarhiej Cichanoŭski",
        "Siarhiej Cichanouski",
        "Siarhei Tsikhanowski",
        "Sergei Tikhanovsky",
        "Sergey Tikhanovskiy",
        "Sergej Tichanowski",
        "Siergiej Cichanouski",
        "Siergiej Cichanowski",
        "Siarhei Tsikanouski",
    } <= spelled
    assert ("Siarhei Tsikanouski", "alias") in names
    assert ("Siarhei Tsikhanowski", "bgn_pcgn") in names


def test_every_person_has_both_cyrillic_spellings(docs: dict[str, Any]) -> None:
    for person in docs["people"]:
        langs = {(n["lang"], n["system"]) for n in person["names"]}
        assert ("be-Cyrl", "native") in langs, person["id"]
        assert ("ru-Cyrl", "native") in langs, person["id"]


def test_sentences_quotes_and_figures_match_the_article(docs: dict[str, Any]) -> None:
    sentences = _by_id(docs, "sentences")
    first, added = sentences["s-tsikhanouski-2021"], sentences["s-tsikhanouski-2023"]
    assert first["term_months"] == 18 * 12
    assert added["term_months"] == 18
    assert added["adds_to_id"] == "s-tsikhanouski-2021"
    assert added["charges"][0]["article"] == "411"
    assert added["charges"][0]["article_text"] == "disobedience to prison administration"
    absentia = sentences["s-tsikhanouskaya-2023"]
    assert (absentia["term_months"], absentia["in_absentia"]) == (180, True)
    texts = " | ".join(q["text"] for q in docs["quotes"])
    for phrase in (
        "cannot be trusted",
        "is part of this war",
        "He’s a co-aggressor",
        "(The government) is producing",
        "My children write letters to him",
        "humane gesture",
        "gone astray",
    ):
        assert phrase in texts
    figures = {(f["qualifier"], f["value"], f.get("value_high")) for f in docs["figures"]}
    assert figures == {("over", 50000, None), ("at_least", 5472, None)} | {
        ("about", 300000, None),
        ("between", 15, 20),
    }
    released = _by_id(docs, "events")["e-tsikhanouski-released"]
    assert released["date"] == "2025-06-21"


def test_every_fact_cites_the_article(docs: dict[str, Any]) -> None:
    assert [s["id"] for s in docs["sources"]] == [ARTICLE_SOURCE]
    keys = ("people", "relations", "sentences", "quotes", "events", "figures")
    for key in (*keys, "recognitions", "placements", "appeals", "attachments"):
        for doc in docs[key]:
            sources = {c["source_id"] for c in doc.get("citations", ())}
            assert sources == {ARTICLE_SOURCE}, (key, doc["id"])
    assert "url" not in docs["sources"][0] or docs["sources"][0]["url"] is None


def test_built_sample_opens_and_is_searchable(sample_archive: Archive) -> None:
    db = sample_archive.db
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert meta["synthetic"] == "0"
    assert db.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 7
    hits = db.execute(
        "SELECT person_id FROM person_names WHERE pk IN "
        "(SELECT rowid FROM person_names_fts WHERE person_names_fts MATCH ?)",
        ["Ціханоўскі"],
    ).fetchall()
    assert ("p-tsikhanouski",) in hits
    # the release ends the sentence bar on the release day
    end = db.execute(
        "SELECT end_earliest FROM sentences WHERE id = 's-tsikhanouski-2021'"
    ).fetchone()[0]
    assert end == "2025-06-21"


def test_resources_dir_finds_the_checkout() -> None:
    assert (resources.resources_dir() / "sample" / "people.json").is_file()


def test_resources_dir_missing_is_a_plain_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "candidate_dirs", lambda: (tmp_path / "nowhere",))
    with pytest.raises(KartotekaError, match="resources folder is missing"):
        resources.resources_dir()


def test_default_sample_path_builds_once_and_rebuilds_when_resources_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "resources-copy"
    shutil.copytree(sample.sample_dir(), source)
    monkeypatch.setattr(sample, "sample_dir", lambda: source)
    monkeypatch.setenv(sample.CACHE_ENV, str(tmp_path / "cache"))

    first = sample.default_sample_path()
    assert first == tmp_path / "cache" / "sample.db"
    stat = first.stat()
    assert sample.default_sample_path() == first
    assert first.stat().st_mtime_ns == stat.st_mtime_ns  # reused, not rebuilt

    meta = source / "meta.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"1"', '"2"'), encoding="utf-8")
    again = sample.default_sample_path()
    with open_archive(again) as archive:
        edition = archive.db.execute("SELECT value FROM meta WHERE key = 'edition'").fetchone()
    assert edition == ("2",)
    cache = (tmp_path / "cache").iterdir()
    assert sorted(p.name for p in cache if p.name.startswith("sample.db")) == [
        "sample.db",
        "sample.db.sha256",
    ]


def test_default_sample_path_rebuilds_a_damaged_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(sample.CACHE_ENV, str(tmp_path))
    path = sample.default_sample_path()
    (tmp_path / "sample.db.sha256").write_text("stale\n", encoding="ascii")
    path.write_bytes(b"half a file")
    rebuilt = sample.default_sample_path()
    with open_archive(rebuilt) as archive:
        assert archive.db.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 7


def test_a_bad_sample_file_is_rejected_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "resources-copy"
    shutil.copytree(sample.sample_dir(), source)
    (source / "prisoners.json").write_text("[]", encoding="utf-8")
    monkeypatch.setattr(sample, "sample_dir", lambda: source)
    with pytest.raises(KartotekaError, match=r"prisoners\.json: unexpected sample file"):
        sample.sample_documents()


def test_sample_sections_are_all_present(docs: dict[str, Any]) -> None:
    assert set(ENTITY_KEYS) <= set(docs)


def test_custody_and_recognition_follow_the_article(docs: dict[str, Any]) -> None:
    placements = _by_id(docs, "placements")
    held = placements["pl-tsikhanouski"]
    assert (held["start"], held["end"]) == ("2020-21", "2025-06-21")  # arrested in spring
    assert held["incommunicado"] is True  # "not allowed to ... send letters, or receive letters"
    assert "para" in held["citations"][0]["locator"]
    kalesnikava = placements["pl-kalesnikava"]
    assert "end" not in kalesnikava  # still jailed when the article was written
    assert "facility_id" not in kalesnikava  # the article does not say where
    (recognition,) = docs["recognitions"]
    assert (recognition["person_id"], recognition["state"]) == ("p-tsikhanouski", "former")
    sentence = _by_id(docs, "sentences")["s-tsikhanouski-2021"]
    assert sentence["start"] == "2020-21"  # custody credited from the arrest
