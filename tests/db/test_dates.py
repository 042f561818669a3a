"""db.dates: EDTF parsing into day bounds, plain words, month arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import dates
from db.records import FuzzyDate


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2020", "2020-01-01", "2020-12-31"),
        ("2020-05", "2020-05-01", "2020-05-31"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2020-05-29", "2020-05-29", "2020-05-29"),
        ("2020-21", "2020-03-01", "2020-05-31"),  # spring
        ("2020-24", "2020-12-01", "2021-02-28"),  # winter runs into February
        ("197X", "1970-01-01", "1979-12-31"),
        ("2020-03/2020-05", "2020-03-01", "2020-05-31"),
        (" 2021-06 ", "2021-06-01", "2021-06-30"),
    ],
)
def test_parse_bounds(text: str, earliest: str, latest: str) -> None:
    fd = dates.parse(text)
    assert fd == FuzzyDate(text.strip(), earliest, latest)


@pytest.mark.parametrize("text", ["~1979", "1979~", "1979?", "%1979"])
def test_qualifiers_widen_the_bounds(text: str) -> None:
    fd = dates.parse(text)
    assert fd.earliest < "1979-01-01"
    assert fd.latest > "1979-12-31"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty date"),
        ("   ", "empty date"),
        ("yesterday", "'yesterday' is not an EDTF date"),
        ("2020-13", "'2020-13' is not an EDTF date"),
        ("2020-02-30", "'2020-02-30' is not an EDTF date"),
        ("2020-05/2020-03", "'2020-05/2020-03' ends before it starts"),
    ],
)
def test_bad_dates_are_named_in_the_message(text: str, words: str) -> None:
    with pytest.raises(dates.DateError, match="^" + words.replace("?", r"\?")):
        dates.parse(text)


def test_parse_optional_and_from_columns() -> None:
    assert dates.parse_optional(None) is None
    assert dates.parse_optional("  ") is None
    assert dates.parse_optional("2020") == dates.parse("2020")
    fd = dates.parse("2020-21")
    assert dates.from_columns(fd.edtf, fd.earliest, fd.latest) == fd
    assert dates.from_columns("2020", None, "2020-12-31") is None
    assert dates.from_columns(None, None, None) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2023", "2023"),
        ("2020-05", "May 2020"),
        ("2025-06-21", "21 June 2025"),
        ("2020-21", "spring 2020"),
        ("2020-22", "summer 2020"),
        ("2020-23", "autumn 2020"),
        ("~1979", "about 1979"),
        ("1979?", "1979?"),
        ("%1980", "about 1980?"),
        ("2020-03/2020-05", "March 2020 – May 2020"),
        ("../2020", "… – 2020"),
        ("2020/..", "2020 – …"),
    ],
)
def test_describe(text: str, words: str) -> None:
    assert dates.describe(text) == words


def test_describe_takes_fuzzy_dates_and_none() -> None:
    assert dates.describe(dates.parse("2020-21")) == "spring 2020"
    assert dates.describe(None) == ""


def test_describe_decade() -> None:
    assert dates.describe("197X") == "the 1970s"


def test_describe_date_with_time() -> None:
    assert dates.describe("2020-05-29T10:00:00") == "29 May 2020"


@pytest.mark.parametrize(
    ("day", "months", "result"),
    [
        ("2020-05-15", 0, "2020-05-15"),
        ("2020-01-31", 1, "2020-02-29"),  # clamped to the month's last day
        ("2021-01-31", 1, "2021-02-28"),
        ("2023-12-31", 18, "2025-06-30"),
        ("2020-03-31", -1, "2020-02-29"),
        ("2020-01-15", -1, "2019-12-15"),
        ("2021-12-14", 216, "2039-12-14"),
    ],
)
def test_add_months(day: str, months: int, result: str) -> None:
    assert dates.add_months(day, months) == result


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    months=st.integers(0, 600),
)
def test_add_months_lands_in_the_right_month(day: dt.date, months: int) -> None:
    out = dt.date.fromisoformat(dates.add_months(day.isoformat(), months))
    assert (out.year * 12 + out.month) - (day.year * 12 + day.month) == months
    assert out.day <= day.day
    assert out.day == day.day or out.month != (out + dt.timedelta(days=1)).month


_COMMON = [
    *(f"{q}{y}" for y in (1005, 1900, 1979, 2000, 2024) for q in "?~%"),
    *(f"{y}{q}" for y in (1005, 1900, 1979, 2000, 2024) for q in "?~%"),
    "1945-02/1945-04",
    "1946-12/1946-12",
    "2020/2021",
    "2020-21/2021-22",
    "2020-24/2021",
    "1945-02-03/1945-04",
    "2019-02-28/2019-03-01",
    "2024-02-29/2024-03",
    *(f"{q}{d}" for d in ("1947-08", "2004-03", "2004-01", "2004-12", "2003-02") for q in "?~%"),
    *(f"{d}{q}" for d in ("1947-08", "2004-03", "2004-01", "2004-12", "2003-02") for q in "?~%"),
    *(
        f"{q}{d}"
        for d in (
            "2004-06-11",
            "2004-03-31",
            "2004-02-29",
            "2003-01-31",
            "2000-12-31",
            "1999-01-01",
        )
        for q in "?~%"
    ),
    *(f"{d}{q}" for d in ("2004-06-11", "2004-03-31", "2004-02-29", "2003-12-31") for q in "?~%"),
]


@pytest.mark.parametrize("text", _COMMON)
def test_the_fast_path_gives_the_edtf_packages_bounds(text: str) -> None:
    import edtf

    assert dates._parse_common(text) is not None
    obj = edtf.parse_edtf(text)
    expected = (dates._iso(obj.lower_fuzzy()), dates._iso(obj.upper_fuzzy()))
    assert (
        dates.parse.__wrapped__(text).earliest,
        dates.parse.__wrapped__(text).latest,
    ) == expected


@pytest.mark.parametrize(
    "text", ["2024-02/2023-01", "?2024?", "0001?", "9999~", "1999-13/2000", "2020-21?", "2004-13~"]
)
def test_the_fast_path_leaves_the_rest_to_the_edtf_package(text: str) -> None:
    with pytest.raises(dates.DateError):
        dates.parse.__wrapped__(text)
