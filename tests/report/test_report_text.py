"""The text report: plain UTF-8, no escape sequences, every line within the width."""

from __future__ import annotations

import re
import unicodedata

import pytest

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.report.model import build_report
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter
from ita_tui.thai.wrap import atoms

from .report_helpers import TODAY, hostile


def display_width(line: str) -> int:
    """Cells on a terminal, worked out apart from Rich: marks take none, wide characters two."""
    width = 0
    for char in line:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def check(text: str, width: int) -> None:
    assert text.endswith("\n")
    assert not CONTROL.search(text), repr(CONTROL.search(text))
    for number, line in enumerate(text.splitlines(), 1):
        assert display_width(line) <= width, f"line {number} is {display_width(line)} wide"
        assert line == line.rstrip()
        # a box cell never begins with a mark cut off from its letter
        assert not re.search("[│ ][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", line), line


@pytest.mark.parametrize("width", [60, 72, 80, 100, 132, 200])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_line_fits_the_width(
    plan: Plan,
    records: dict[str, OutcomeProgress],
    changes: list[Change],
    width: int,
    lang: str,
) -> None:
    check(export(plan, records, changes, quarter=2, lang=lang, width=width, today=TODAY), width)


@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("quarter", [1, 2])
def test_a_hostile_plan_stays_within_the_width_and_harmless(width: int, quarter: int) -> None:
    plan, records, changes = hostile()
    text = export(plan, records, changes, quarter=quarter, width=width, today=TODAY)
    check(text, width)
    assert "\x1b" not in text and "\x9b" not in text
    assert "␛[2J" in text  # shown, never sent to the terminal


def test_markup_in_plan_text_shows_literally() -> None:
    plan, records, changes = hostile()
    text = export(plan, records, changes, quarter=1, width=200, today=TODAY)
    assert "[bold]แผน[/bold] [@click=app.quit]ออก[/]" in text
    assert "[red]นิติกร[/red]" in text
    assert "<script>alert('t')</script>" in text


def test_the_same_input_gives_the_same_bytes(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    first = export(plan, records, changes, quarter=2, today=TODAY)
    second = export(plan, dict(reversed(records.items())), changes, quarter=2, today=TODAY)
    assert first.encode() == second.encode()


def test_thai_and_arabic_digits(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    thai = export(plan, records, changes, quarter=2, today=TODAY)
    arabic = export(plan, records, changes, quarter=2, digits="arabic", today=TODAY)
    assert "ไตรมาสที่ ๒ (๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๘)" in thai
    assert "ไตรมาสที่ 2 (1 ม.ค. – 31 มี.ค. 2568)" in arabic
    # plan text is data: its own Thai digits stay as written either way
    assert "จำนวน ๕ งาน" in arabic
    english = export(plan, records, changes, quarter=2, lang="en", today=TODAY)
    assert "Q2 (1 Jan – 31 Mar 2025)" in english
    assert "10 Apr 2025 (B.E. 2568)" in english


@pytest.mark.parametrize("width", [60, 80])
def test_nothing_is_lost_at_narrow_widths(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change], width: int
) -> None:
    text = export(plan, records, changes, quarter=2, digits="arabic", width=width, today=TODAY)
    flat = re.sub(r"[\s│┃┌┐└┘├┤┬┴┼─═]", "", text)
    for _issue, activity in plan.activities():
        # the activity's id and the first words of its title are in the table
        assert f"{activity.id}" in flat
        first = re.sub(r"\s", "", atoms(activity.title)[0])[:4]
        assert first in flat, (activity.id, first)
    report = build_report(plan, records, changes, Quarter(2568, 2), TODAY)
    listed = [i for g in report.outstanding for i in g.items] + list(report.done_in_quarter)
    assert len(listed) > 40
    for item in listed:
        assert item.outcome.id in flat
