from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.thai_calendar import (
    FiscalYear,
    Quarter,
    be_to_ce,
    ce_to_be,
    fiscal_year_of,
    format_date,
    format_quarter_range,
    month_name,
    parse_date,
    quarter_label,
    quarter_of,
    quarters_label,
    to_arabic_digits,
    to_thai_digits,
)


@pytest.mark.parametrize(
    ("day", "fy", "q"),
    [
        (dt.date(2024, 9, 30), 2567, 4),
        (dt.date(2024, 10, 1), 2568, 1),
        (dt.date(2024, 12, 31), 2568, 1),
        (dt.date(2025, 1, 1), 2568, 2),
        (dt.date(2025, 3, 31), 2568, 2),
        (dt.date(2025, 4, 1), 2568, 3),
        (dt.date(2025, 6, 30), 2568, 3),
        (dt.date(2025, 7, 1), 2568, 4),
        (dt.date(2025, 9, 30), 2568, 4),
        (dt.date(2024, 2, 29), 2567, 2),
    ],
)
def test_fiscal_year_and_quarter_at_the_edges(day: dt.date, fy: int, q: int) -> None:
    assert fiscal_year_of(day) == FiscalYear(fy)
    assert quarter_of(day) == Quarter(fy, q)


def test_quarter_ranges_of_fy_2568() -> None:
    year = FiscalYear(2568)
    assert (year.start, year.end) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    assert [(q.start, q.end) for q in year.quarters] == [
        (dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
        (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        (dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
    ]
    assert Quarter(2568, 4).next() == Quarter(2569, 1)
    assert Quarter(2568, 1).previous() == Quarter(2567, 4)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_every_day_lies_in_its_quarter_and_quarters_tile_the_year(day: dt.date) -> None:
    quarter = quarter_of(day)
    assert quarter.contains(day)
    assert fiscal_year_of(day).contains(day)
    assert quarter.next().start == quarter.end + dt.timedelta(days=1)


def test_quarter_number_is_checked() -> None:
    with pytest.raises(ValueError, match="not a quarter"):
        Quarter(2568, 5)


def test_be_ce_and_digits() -> None:
    assert ce_to_be(2025) == 2568 and be_to_ce(2568) == 2025
    assert to_thai_digits("2568-02-10") == "๒๕๖๘-๐๒-๑๐"
    assert to_arabic_digits("๙๐.๖๘ ผ่านดี") == "90.68 ผ่านดี"


@given(st.text())
def test_digit_conversion_round_trips(text: str) -> None:
    assert to_thai_digits(to_arabic_digits(to_thai_digits(text))) == to_thai_digits(text)
    assert to_arabic_digits(to_thai_digits(text)) == to_arabic_digits(text)


def test_month_names() -> None:
    assert month_name(1) == "มกราคม" and month_name(12, abbreviated=True) == "ธ.ค."
    with pytest.raises(ValueError):
        month_name(13)


def test_formatting_dates_and_quarters() -> None:
    assert format_date(dt.date(2025, 2, 10)) == "๑๐ ก.พ. ๒๕๖๘"
    assert format_date(dt.date(2025, 2, 10), digits="arabic") == "10 ก.พ. 2568"
    assert format_date(dt.date(2025, 2, 10), abbreviated=False) == "๑๐ กุมภาพันธ์ ๒๕๖๘"
    assert format_date(dt.date(2025, 2, 10), lang="en") == "10 Feb 2025"
    assert format_quarter_range(Quarter(2568, 2)) == "๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๘"
    assert format_quarter_range(Quarter(2568, 1), digits="arabic") == "1 ต.ค. – 31 ธ.ค. 2567"
    assert quarter_label(2) == "ไตรมาสที่ ๒" and quarter_label(2, lang="en") == "Q2"
    assert quarters_label([1, 2]) == "ไตรมาสที่ ๑ - ๒"
    assert quarters_label([3]) == "ไตรมาสที่ ๓"
    assert quarters_label([1, 2, 3, 4]) == "ตลอดทั้งปี"
    assert quarters_label([1, 2], lang="en") == "Q1–Q2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-02-10", dt.date(2025, 2, 10)),
        ("2568-02-10", dt.date(2025, 2, 10)),
        ("๒๕๖๘-๐๒-๑๐", dt.date(2025, 2, 10)),
        ("2567-02-29", dt.date(2024, 2, 29)),
        (" 2024-10-01 ", dt.date(2024, 10, 1)),
    ],
)
def test_parse_date_reads_be_and_ce(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2568-02-30", "2566-02-29", "10/02/2568", "", "tomorrow"])
def test_parse_date_rejects_clearly(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text)
