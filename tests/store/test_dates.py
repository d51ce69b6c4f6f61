"""Plausible done-on dates: from the year before the fiscal year to a year from today."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.store.dates import example_day, implausible, plausible_range
from ita_tui.thai.calendar import FiscalYear

TODAY = dt.date(2025, 2, 10)


def test_the_range_for_fiscal_year_2568() -> None:
    assert plausible_range(2568, TODAY) == (dt.date(2024, 1, 1), dt.date(2026, 2, 10))


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (dt.date(1, 1, 1), False),
        (dt.date(2023, 12, 31), False),
        (dt.date(2024, 1, 1), True),
        (dt.date(2025, 2, 10), True),
        (dt.date(2026, 2, 10), True),
        (dt.date(2026, 2, 11), False),
        (dt.date(9999, 12, 31), False),
    ],
)
def test_implausible(day: dt.date, ok: bool) -> None:
    assert (implausible(day, 2568, TODAY) is None) is ok


def test_a_leap_day_today() -> None:
    assert plausible_range(2568, dt.date(2024, 2, 29))[1] == dt.date(2025, 2, 28)


@pytest.mark.parametrize(
    ("today", "example"),
    [
        (dt.date(2025, 2, 10), dt.date(2025, 2, 15)),  # in the year: the middle of today's quarter
        (dt.date(2024, 10, 1), dt.date(2024, 11, 15)),
        (dt.date(2025, 9, 30), dt.date(2025, 8, 15)),
        (dt.date(2026, 11, 30), dt.date(2025, 8, 15)),  # after it: its last quarter
        (dt.date(2023, 5, 1), dt.date(2024, 11, 15)),  # before it: its first quarter
    ],
)
def test_the_example_day_lies_in_the_plans_year(today: dt.date, example: dt.date) -> None:
    assert example_day(2568, today) == example


@given(st.integers(2500, 2700), st.dates(dt.date(1950, 1, 1), dt.date(2150, 12, 31)))
def test_the_example_day_is_always_in_the_plans_year(year: int, today: dt.date) -> None:
    assert FiscalYear(year).contains(example_day(year, today))
