"""Dossiers: the PDF read back with pypdf has the names, every citation number and the sources."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.annotations import EntityRef, open_store
from db.connection import Archive
from db.person import get_person
from db.records import PersonId
from viewer.cli import main
from viewer.dossier import DossierCancelledError, DossierOptions, build_html, write_dossier
from viewer.dossier.wording import DossierWording

SIARHEI = PersonId("p-tsikhanouski")
CYRILLIC = {"be": "Сяргей Ціханоўскі", "ru": "Сергей Тихановский", "en": "Сяргей Ціханоўскі"}
SHOWN = {"be": "Сяргей Ціханоўскі", "ru": "Сергей Тихановский", "en": "Siarhei Tsikhanouski"}
SOURCES = {"be": "Крыніцы", "ru": "Источники", "en": "Sources"}
TOTAL = {
    "be": "Агульны тэрмін: 19 гадоў 6 месяцаў",
    "ru": "Общий срок: 19 лет 6 месяцев",
    "en": "Total term: 19 years 6 months",
}


def _text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", ["be", "ru", "en"])
def test_one_person_pdf_reads_back(
    qapp: object, sample_archive: Archive, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / f"dossier-{lang}.pdf"
    report = write_dossier(
        sample_archive.db, [SIARHEI], out, DossierOptions(language=lang, as_of="2026-01-01")
    )
    assert report.people == 1
    assert report.pages >= 2
    text = _flat(_text(out))
    rec = get_person(sample_archive.db, SIARHEI)
    assert rec is not None
    assert CYRILLIC[lang] in text
    assert SHOWN[lang] in text
    assert SOURCES[lang] in text
    assert TOTAL[lang] in text
    for c in rec.citations:
        assert f"[{c.number}]" in text, c.number
    assert "Belarus frees opposition figure Siarhei Tsikhanouski in US-brokered deal" in text
    assert "s-tsikhanouski-2021" not in text  # no internal ids on paper
    assert f"{report.pages}" in text  # "Page 1 of N" in the language


def test_fonts_are_embedded(qapp: object, sample_archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    write_dossier(sample_archive.db, [SIARHEI], out, DossierOptions(language="be"))
    reader = PdfReader(out)
    embedded = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    embedded.add(str(descendant.get_object()["/BaseFont"]))
    assert any("NotoSans" in name for name in embedded), embedded


def test_many_people_contents_progress_and_order(
    qapp: object, sample_archive: Archive, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    ids = ["p-tsikhanouskaya", "p-missing", SIARHEI, "p-kalesnikava"]
    out = tmp_path / "many.pdf"
    report = write_dossier(
        sample_archive.db,
        ids,
        out,
        DossierOptions(language="ru"),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.people == 3
    assert report.missing == ("p-missing",)
    assert seen[-1] == (8, 8)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    reader = PdfReader(out)
    assert len(reader.pages) == report.pages
    contents = _flat(reader.pages[0].extract_text())
    assert "Содержание" in contents
    # the contents names each person with the page their section starts on
    for name in ("Светлана Тихановская", "Сергей Тихановский", "Мария Колесникова"):
        page = int(re.search(re.escape(name) + r" (\d+)", contents).group(1))  # type: ignore[union-attr]
        assert name in _flat(reader.pages[page - 1].extract_text())


def test_cancel_leaves_no_file(qapp: object, sample_archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(DossierCancelledError):
        write_dossier(
            sample_archive.db,
            [SIARHEI, "p-tsikhanouskaya", "p-kalesnikava"],
            out,
            cancelled=cancelled,
        )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_annotations_are_marked_as_the_archivists(
    qapp: object, sample_archive: Archive, tmp_path: Path
) -> None:
    archive_id = str(
        sample_archive.db.execute("SELECT value FROM meta WHERE key = 'archive_id'").fetchone()[0]
    )
    store = open_store(tmp_path / "notes.sqlite", author="alesia")
    try:
        store.add_note(EntityRef(archive_id, "person", SIARHEI), "Lawyer visit refused in May.")
        store.propose_correction(
            EntityRef(archive_id, "sentence", "s-tsikhanouski-2021"),
            "regime",
            "special regime",
            original="harshest possible conditions",
            reason="Verdict text, p. 2",
        )
        out = tmp_path / "notes.pdf"
        write_dossier(sample_archive.db, [SIARHEI], out, DossierOptions(annotations=store))
        plain = tmp_path / "plain.pdf"
        write_dossier(sample_archive.db, [SIARHEI], plain, DossierOptions())
    finally:
        store.close()
    text = _flat(_text(out))
    assert "Archivist's note — alesia" in text
    assert "Lawyer visit refused in May." in text
    assert "Archivist's proposed correction — alesia" in text
    assert "proposed: “special regime”" in text
    assert "Why: Verdict text, p. 2" in text
    assert "harshest possible conditions" in text  # the archive's value stays
    assert "alesia" not in _flat(_text(plain))


def test_section_html_escapes(qapp: object, sample_archive: Archive) -> None:
    rec = get_person(sample_archive.db, SIARHEI)
    assert rec is not None
    evil = rec.__class__(**{**{f: getattr(rec, f) for f in rec.__slots__}, "biography": "<b>x</b>"})
    html = build_html(evil, None, DossierWording("en"))
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_cli_dossier_and_sources(
    qapp: object, sample_archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.pdf"
    rc = main(["dossier", str(sample_archive_path), str(SIARHEI), "-o", str(out), "--lang", "be"])
    assert rc == 0
    assert "Сяргей Ціханоўскі" in _flat(_text(out))
    rc = main(["dossier", str(sample_archive_path), "p-nobody", "-o", str(tmp_path / "x.pdf")])
    assert rc == 1
    assert "none of the ids" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    missing_store = tmp_path / "no-store.sqlite"
    rc = main(
        [
            "dossier",
            str(sample_archive_path),
            str(SIARHEI),
            "-o",
            str(out),
            "--annotations",
            str(missing_store),
        ]
    )
    assert rc == 1
    assert not missing_store.exists()


def test_cli_sources_never_imports_qt(sample_archive_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.ris"
    code = (
        "import sys; from viewer.cli import main; "
        f"rc = main(['sources', {str(sample_archive_path)!r}, {str(out)!r}]); "
        "print('QT' if 'PySide6' in sys.modules else 'NOQT'); sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "NOQT"
    assert "TY  - NEWS" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x01" * 3000])
def test_cli_dossier_only_reads_the_store_it_is_given(
    qapp: object,
    sample_archive_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
) -> None:
    """`--annotations` of an empty file made a new store inside it; of a damaged one it would
    have been moved aside for a backup (bench/bench_hostile.py: store_empty)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    store = folder / "notes.sqlite"
    store.write_bytes(content)
    out = tmp_path / "d.pdf"
    argv = ["dossier", str(sample_archive_path), str(SIARHEI), "-o", str(out)]
    rc = main([*argv, "--annotations", str(store)])
    assert rc == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert [p.name for p in folder.iterdir()] == ["notes.sqlite"]
    assert store.read_bytes() == content
    assert not out.exists()


@pytest.mark.parametrize(
    ("lang", "said"), [("be_BY.UTF-8", "ніводнага з id"), ("ru_RU.UTF-8", "ни одного из id")]
)
def test_cli_dossier_of_nobody_is_said_in_the_users_language(
    qapp: object,
    sample_archive_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    said: str,
) -> None:
    """Third hostile sweep (issue 12): a dossier of ids the archive lacks said so in English
    under a Belarusian or Russian locale (the message had no kind, so nothing translated it)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    out = tmp_path / "x.pdf"
    assert main(["dossier", str(sample_archive_path), "p-nobody", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert said in err, err
    assert "none of the ids" not in err
    assert "p-nobody" in err
    assert str(out) in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_dossier_of_a_crowded_record_is_bounded_and_says_so(
    qapp: object, sample_archive_path: Path, tmp_path: Path
) -> None:
    """Third hostile sweep (issue 12): 100,000 events of one person made a dossier of 2,412
    pages in 46 s and 660 MB; it holds the record's first rows and names the rest."""
    from db.connection import open_archive
    from tests.data.hostile_third import bulk

    folder = tmp_path / "case"
    folder.mkdir()
    path = bulk("events", rows=1500)(sample_archive_path, folder)  # SECTION_LIMIT + 500
    out = tmp_path / "crowded.pdf"
    with open_archive(path) as archive:
        write_dossier(archive.db, [SIARHEI], out, DossierOptions(language="en"))
    text = _flat(_text(out))
    assert "not in this dossier (an export of the archive has them all)" in text
    assert "and 507 more" in text  # 1,507 events: the sample's 7 and 1,500
    assert "bulk event 1500" not in text  # the last (by date, then by row) is left out
