"""Import of Viasna-style lists of political prisoners (headers in English, Russian, Belarusian).

The people below are invented; the rows follow the shape and wording of the
published lists (dates as 03.11.1985, charges as "ч. 1 ст. 342", penalties as
the court worded them, prisons as "ИК-4, г. Гомель").
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from db.connection import open_archive
from db.errors import ImportValidationError
from db.importing import import_files
from db.letters import letters_page
from db.person import get_person
from db.records import PersonId
from db.viasna import facility_kind, parse_articles, parse_date, parse_term

DATA = Path(__file__).parent.parent / "data" / "viasna"

EN = (DATA / "en.csv").read_text(encoding="utf-8")
RU = (DATA / "ru.csv").read_text(encoding="utf-8")
BE = (DATA / "be.csv").read_text(encoding="utf-8")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text", "rows"), [("en.csv", EN, 2), ("ru.csv", RU, 3), ("be.csv", BE, 2)]
)
def test_each_language_imports_people_with_their_facts(
    tmp_path: Path, name: str, text: str, rows: int
) -> None:
    report = import_files(tmp_path / "a.db", [_write(tmp_path, name, text)])
    assert report.added["people"] >= rows  # plus judges and prosecutors
    assert report.added["recognitions"] == rows
    with open_archive(tmp_path / "a.db") as archive:
        db = archive.db
        people = dict(
            db.execute(
                "SELECT id, status FROM people "
                "WHERE id NOT LIKE 'p-judge-%' AND id NOT LIKE 'p-prosecutor-%'"
            ).fetchall()
        )
        assert len(people) == rows
        # every fact cites the file at its row
        cited = db.execute(
            "SELECT DISTINCT locator FROM citations WHERE entity_type = 'person'"
        ).fetchall()
        assert {r[0] for r in cited} == {f"row {n}" for n in range(2, rows + 2)}


def test_russian_row_in_detail(tmp_path: Path) -> None:
    import_files(tmp_path / "a.db", [_write(tmp_path, "ru.csv", RU)])
    with open_archive(tmp_path / "a.db") as archive:
        pid = archive.db.execute(
            "SELECT id FROM people WHERE display_name = 'Ольга Ковалёва'"
        ).fetchone()[0]
        assert pid.startswith("p-")
        assert pid.endswith("-1985")
        rec = get_person(archive.db, PersonId(pid))
        assert rec is not None
        assert rec.status == "in_custody"
        assert rec.birth is not None
        assert rec.birth.edtf == "1985-11-03"
        assert [r.state for r in rec.recognitions] == ["recognized"]
        assert rec.recognitions[0].by is not None
        assert rec.recognitions[0].by.id == "org-viasna"
        (s,) = rec.sentences
        assert s.date is not None
        assert s.date.edtf == "2022-02-17"
        assert s.start is not None
        assert s.start.edtf == "2021-08-12"
        assert s.term_months == 36
        assert s.regime == "general regime"
        assert s.term_end_earliest == "2024-08-12"  # from detention, not from the verdict
        assert [c.article for c in s.charges] == ["342", "369"]
        assert s.court is not None
        assert s.court.name == "Суд Ленинского района г. Минска"
        assert s.judge is not None
        assert s.judge.name == "Ирина Петрова"
        assert s.prosecutor is not None
        assert s.prosecutor.name == "Сергей Новиков"
        assert rec.held_in is not None
        assert rec.held_in.facility is not None
        assert rec.held_in.facility.facility_kind == "penal_colony"
        names = {(n.name, n.lang) for n in rec.names}
        assert ("Ольга Ковалёва", "ru-Cyrl") in names


def test_partial_dates_restricted_freedom_and_after_release(tmp_path: Path) -> None:
    import_files(
        tmp_path / "a.db", [_write(tmp_path, "ru.csv", RU), _write(tmp_path, "be.csv", BE)]
    )
    with open_archive(tmp_path / "a.db") as archive:
        db = archive.db
        row = db.execute(
            "SELECT s.term_kind, s.term_months, s.date_edtf, s.start_edtf FROM sentences s "
            "JOIN people p ON p.id = s.person_id WHERE p.display_name = 'Дмитрий Зайцев'"
        ).fetchone()
        assert tuple(row) == ("restricted_freedom", 18, "2021-05", None)
        state = db.execute(
            "SELECT r.state, p.status FROM recognitions r JOIN people p ON p.id = r.person_id "
            "WHERE p.display_name = 'Ганна Сямашка'"
        ).fetchone()
        assert tuple(state) == ("recognized_after_release", "released")
        # the two files share one Viasna organization and each has its own source
        assert (
            db.execute("SELECT count(*) FROM organizations WHERE id = 'org-viasna'").fetchone()[0]
            == 1
        )
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 2
        # a person held in a pre-trial centre with no sentence yet is on the letters list
        page = letters_page(db, lang="be", month=1)
        assert {r.display_name for r in page.rows} == {
            "Ольга Ковалёва",
            "Наталья Мороз",
            "Алесь Шыманскі",
        }


def test_second_list_reuses_judges_prisons_and_viasna(tmp_path: Path) -> None:
    import_files(tmp_path / "a.db", [_write(tmp_path, "ru.csv", RU)])
    other = (
        RU.splitlines()[0]
        + "\nИгорь Лосев,Политзаключённый,1990,2022,ст. 342,2022-09,,2 года,"
        + 'Ирина Петрова,,"ИК-4, г. Гомель"\n'
    )
    report = import_files(tmp_path / "a.db", [_write(tmp_path, "more.csv", other)])
    assert report.added["people"] == 1  # the judge is already there
    assert report.added["organizations"] == 0


def test_bad_rows_are_named_by_row_and_header_and_nothing_is_written(tmp_path: Path) -> None:
    bad = (
        BE.splitlines()[0]
        + "\nЯн Бабок,Невядомы,весна,14.01.2023,,,,,,,\n,Палітвязень,1990,,,,,,,,\n"
    )
    target = tmp_path / "a.db"
    import_files(target, [_write(tmp_path, "en.csv", EN)])
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(ImportValidationError) as info:
        import_files(target, [_write(tmp_path, "bad.csv", bad)])
    text = "\n".join(info.value.problems)
    assert "bad.csv row 2, column Дата нараджэння: 'весна' is not a date" in text
    assert "bad.csv row 2, column Статус: 'Невядомы' is not a status" in text
    assert "bad.csv row 3, column Імя і прозвішча: is required" in text
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_the_same_list_twice_is_refused_like_any_repeated_id(tmp_path: Path) -> None:
    path = _write(tmp_path, "en.csv", EN)
    import_files(tmp_path / "a.db", [path])
    with pytest.raises(ImportValidationError, match="already exists in the archive"):
        import_files(tmp_path / "a.db", [path])
    report = import_files(tmp_path / "a.db", [path], replace=True)
    assert report.replaced["people"] == 2


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("03.11.1985", "1985-11-03"),
        ("3/1/2020", "2020-01-03"),
        ("08.1978", "1978-08"),
        ("1979", "1979"),
        ("2021-03", "2021-03"),
        ("spring", None),
    ],
)
def test_dates(text: str, edtf: str | None) -> None:
    assert parse_date(text) == edtf


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("ч. 1 ст. 342, ст. 369 УК", ["342", "369"]),
        ("Part 1 of Art. 342, Part 2 of Art. 293", ["342", "293"]),
        ("ч. 1 арт. 361-1, ч. 3 арт. 130", ["361-1", "130"]),
        ("", []),
    ],
)
def test_articles(text: str, articles: list[str]) -> None:
    assert parse_articles(text) == articles


@pytest.mark.parametrize(
    ("text", "kind", "months", "regime"),
    [
        ("3 years of imprisonment in a general-regime colony", "prison", 36, "general regime"),
        ("1,5 года ограничения свободы", "restricted_freedom", 18, None),
        (
            "6 гадоў пазбаўлення волі ва ўмовах узмоцненага рэжыму",
            "prison",
            72,
            "reinforced regime",
        ),
        ("2 года 6 месяцев колонии строгого режима", "prison", 30, "strict regime"),
        ("штраф", "fine", None, None),
    ],
)
def test_terms(text: str, kind: str, months: int | None, regime: str | None) -> None:
    term = parse_term(text)
    assert (term.kind, term.months, term.regime) == (kind, months, regime)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ИК-4, г. Гомель", "penal_colony"),
        ("СІЗА-1, г. Мінск", "pretrial_detention_centre"),
        ("Тюрьма № 8, г. Жодино", "prison"),
        ("Penal colony No. 4, Homiel", "penal_colony"),
        ("ЦИП на Окрестина", "temporary_detention"),
    ],
)
def test_facility_kinds(name: str, kind: str) -> None:
    assert facility_kind(name) == kind
