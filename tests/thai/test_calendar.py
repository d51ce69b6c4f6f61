from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.thai.calendar import (
    DateError,
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
    slash_date,
)
from ita_tui.thai.digits import to_arabic_digits, to_thai_digits


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


@pytest.mark.parametrize(
    "text",
    [
        "10/02/2568",
        "10/2/2568",
        "๑๐/๐๒/๒๕๖๘",
        "10-02-2568",
        "10.02.2568",
        "10 / 02 / 2025",
        "2568/02/10",
        "10 ก.พ. 2568",
        "10 ก.พ 2568",
        "10 กพ. 2568",
        "10 กพ 2568",
        "10 ก. พ. 2568",
        "10ก.พ.2568",
        "๑๐ ก.พ. ๒๕๖๘",
        "10 กุมภาพันธ์ 2568",
        "10 กุมภาพันธ์ พ.ศ. 2568",
        "10 ก.พ. พ.ศ.2568",
        "10 ก.พ. พศ 2568",
        "วันที่ 10 กุมภาพันธ์ 2568",
        "10 กุมภาพันธ์ 2025",
        "10 Feb 2025",
        "10 february 2025",
        "  10   ก.พ.   2568  ",
    ],
)
def test_parse_date_reads_the_ways_officers_write(text: str) -> None:
    assert parse_date(text) == dt.date(2025, 2, 10)


def test_every_thai_month_is_read_full_and_abbreviated() -> None:
    for number in range(1, 13):
        for form in (month_name(number), month_name(number, abbreviated=True)):
            assert parse_date(f"1 {form} 2568").month == number
            assert parse_date(f"1 {form.replace('.', '')} 2568").month == number


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2568-02-30", "day"),
        ("2566-02-29", "day"),
        ("31/02/2568", "day"),
        ("0/02/2568", "day"),
        ("31 เม.ย. 2568", "day"),
        ("10/13/2568", "month"),
        ("2568-00-10", "month"),
        ("10/02/0000", "year"),
        ("", "empty"),
        ("   ", "empty"),
        ("tomorrow", "form"),
        ("10/02/68", "form"),
        ("10 กข 2568", "form"),
        ("2568-02-10 10:00", "form"),
    ],
)
def test_parse_date_rejects_clearly(text: str, code: str) -> None:
    with pytest.raises(DateError, match="is not a date") as caught:
        parse_date(text)
    assert caught.value.code == code
    assert isinstance(caught.value, ValueError)


def test_a_day_past_the_months_end_says_how_long_the_month_is() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("31/02/2568")
    assert (caught.value.month, caught.value.ce, caught.value.days) == (2, 2025, 28)


def _written(day: dt.date, form: int, buddhist: bool, thai: bool, sep: str) -> str:
    """``day`` in one of the ways the parser reads (B.E. needs a C.E. year of 1857 or later)."""
    year = ce_to_be(day.year) if buddhist else day.year
    month = day.month
    texts = [
        f"{year:04d}-{month:02d}-{day.day:02d}",
        f"{day.day}{sep}{month}{sep}{year:04d}",
        f"{day.day:02d}{sep}{month:02d}{sep}{year:04d}",
        f"{day.day} {month_name(month, abbreviated=True)} {year:04d}",
        f"{day.day} {month_name(month, abbreviated=True).replace('.', '')} {year:04d}",
        f"{day.day} {month_name(month)} {year:04d}",
        f"{day.day} {month_name(month)} พ.ศ. {year:04d}"
        if buddhist
        else f"{day.day} {month_name(month)} {year:04d}",
    ]
    text = texts[form]
    return to_thai_digits(text) if thai else text


@given(
    st.dates(min_value=dt.date(1857, 1, 1), max_value=dt.date(2399, 12, 31)),
    st.integers(0, 6),
    st.booleans(),
    st.booleans(),
    st.sampled_from("/-."),
)
def test_any_date_written_any_way_reads_back(
    day: dt.date, form: int, buddhist: bool, thai: bool, sep: str
) -> None:
    assert parse_date(_written(day, form, buddhist, thai, sep)) == day


@given(st.dates(min_value=dt.date(1857, 1, 1), max_value=dt.date(2399, 12, 31)))
def test_the_dates_the_app_shows_read_back(day: dt.date) -> None:
    for digits in ("thai", "arabic"):
        for abbreviated in (True, False):
            shown = format_date(day, digits=digits, abbreviated=abbreviated)
            assert parse_date(shown) == day
        assert parse_date(slash_date(day, digits=digits)) == day
    assert parse_date(format_date(day, lang="en")) == day


@given(st.text(max_size=40))
def test_garbage_raises_only_the_parsers_error(text: str) -> None:
    try:
        day = parse_date(text)
    except DateError as exc:
        assert exc.code in {"empty", "form", "month", "year", "day"}
    else:  # what it read is a date the text names
        assert str(day.day) in to_arabic_digits(text)


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙/-. กพมคยศวันที่.", max_size=20))
def test_near_dates_raise_only_the_parsers_error(text: str) -> None:
    try:
        day = parse_date(text)
    except DateError as exc:
        assert exc.code in {"empty", "form", "month", "year", "day"}
    else:  # what it read is a date the text names
        assert str(day.day) in to_arabic_digits(text)
