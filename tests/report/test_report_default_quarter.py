"""The default quarter: today's quarter inside the plan's fiscal year, else Q4 after it, Q1 before."""

from __future__ import annotations

import datetime as dt

import pytest

from ita_tui.model import Plan
from ita_tui.report import default_filename, default_quarter, format_for_path


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2024, 9, 30), 1),  # the day before FY 2568 begins: a future year
        (dt.date(2023, 1, 15), 1),
        (dt.date(2024, 10, 1), 1),  # the first day of FY 2568
        (dt.date(2024, 12, 31), 1),
        (dt.date(2025, 1, 1), 2),
        (dt.date(2025, 3, 31), 2),
        (dt.date(2025, 4, 1), 3),
        (dt.date(2025, 6, 30), 3),
        (dt.date(2025, 7, 1), 4),
        (dt.date(2025, 9, 30), 4),  # the last day of FY 2568
        (dt.date(2025, 10, 1), 4),  # the year has ended: its last quarter
        (dt.date(2030, 5, 5), 4),
    ],
)
def test_default_quarter_of_the_plans_year(plan: Plan, today: dt.date, expected: int) -> None:
    assert plan.fiscal_year == 2568
    assert default_quarter(plan, today) == expected


def test_default_quarter_follows_the_year_asked_for(plan: Plan) -> None:
    assert default_quarter(plan, dt.date(2025, 11, 1), year=2569) == 1  # inside FY 2569
    assert default_quarter(plan, dt.date(2025, 11, 1), year=2567) == 4  # long over
    assert default_quarter(plan, dt.date(2025, 11, 1), year=2570) == 1  # not begun


def test_default_file_names_sort_by_year_and_quarter(plan: Plan) -> None:
    assert default_filename(plan, 2, "html") == "saikhao-2568-Q2.html"
    assert default_filename(plan, 4, "text", year=2569) == "saikhao-2568-2569-Q4.txt"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("r.html", "html"),
        ("r.HTM", "html"),
        ("r.md", "md"),
        ("r.markdown", "md"),
        ("r.txt", "text"),
        ("r.csv", "csv"),
        ("r.json", "json"),
        ("r.pdf", None),
        ("report", None),
    ],
)
def test_format_from_a_file_name(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


@pytest.mark.parametrize(
    ("plan_id", "year", "fmt", "expected"),
    [
        ("ita-2570", 2570, "html", "ita-2570-Q2.html"),  # never ita-2570-ita-report-2570-Q2
        ("saikhao-2568", 2568, "html", "saikhao-2568-Q2.html"),
        ("saikhao", 2568, "md", "saikhao-2568-Q2.md"),  # the year added when the id lacks it
        ("saikhao-2568", 2569, "text", "saikhao-2568-2569-Q2.txt"),  # another year: both
        ("plan25680", 2568, "csv", "plan25680-2568-Q2.csv"),  # 2568 inside a longer number
        ("2568_saikhao", 2568, "json", "2568_saikhao-Q2.json"),
    ],
)
def test_default_file_names_never_repeat_the_year(
    plan: Plan, plan_id: str, year: int, fmt: str, expected: str
) -> None:
    renamed = Plan(plan_id, plan.title, plan.organisation, year, plan.issues)
    assert default_filename(renamed, 2, fmt) == expected
