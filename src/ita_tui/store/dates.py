"""Which ``done_on`` dates are plausible for a plan: from the year before its fiscal year
began to a year from today. Anything else is a typing slip (``0001-01-01``, ``9999-12-31``)."""

from __future__ import annotations

import datetime as dt

from ita_tui.thai.calendar import FiscalYear, be_to_ce, quarter_of


def plausible_range(fiscal_year: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day a done-on date may be, for a plan of B.E. ``fiscal_year``."""
    first = dt.date(max(1, be_to_ce(fiscal_year - 1)), 1, 1)
    try:
        last = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        last = today.replace(year=today.year + 1, day=28)
    return first, last


def implausible(day: dt.date, fiscal_year: int, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """None if ``day`` is plausible, else the range it should lie in."""
    first, last = plausible_range(fiscal_year, today)
    return None if first <= day <= last else (first, last)


def example_day(fiscal_year: int, today: dt.date) -> dt.date:
    """A day to show as an example of a date for a plan of B.E. ``fiscal_year``: the middle
    of today's quarter while that year runs, else of its last quarter (a year past) or its
    first (a year to come) - always inside the plan's year."""
    year = FiscalYear(fiscal_year)
    if year.contains(today):
        quarter = quarter_of(today)
    else:
        quarter = year.quarter(4 if today > year.end else 1)
    return quarter.start.replace(month=quarter.start.month + 1, day=15)
