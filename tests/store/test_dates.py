"""Plausible done-on dates: from the year before the fiscal year to a year from today."""

from __future__ import annotations

import datetime as dt

import pytest

from ita_tui.store.dates import implausible, plausible_range

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
