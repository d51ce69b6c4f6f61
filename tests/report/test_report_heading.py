"""The report's heading names one fiscal year: the year of the quarters (issue 11 §3).

The plan's own title names the ITA year its measures answer; it appears below the heading,
tied to that ITA result, never as the report's title.
"""

from __future__ import annotations

import re

import pytest

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.store.change_log import Change

from .report_helpers import TODAY

THAI_YEAR = re.compile(r"[๐-๙]{4}|\d{4}")


def _heading(text: str, fmt: str) -> str:
    if fmt == "html":
        return text[text.index("<h1>") : text.index('<dl class="facts">')]
    return "\n".join(text.splitlines()[: 3 if fmt == "text" else 5])


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_heading_names_only_the_fiscal_year_of_the_quarters(
    fmt: str,
    lang: str,
    plan: Plan,
    records: dict[str, OutcomeProgress],
    changes: list[Change],
) -> None:
    text = export(plan, records, changes, quarter=2, fmt=fmt, lang=lang, today=TODAY)
    heading = _heading(text, fmt)
    years = {y for y in THAI_YEAR.findall(heading)}
    assert years == ({"๒๕๖๘"} if lang == "th" else {"2568"})
    assert plan.title not in heading
    assert "รายงานผลการดำเนินการตามมาตรการ" in heading or "Report on carrying out" in heading
    assert ("รอบ ๖ เดือน" if lang == "th" else "6-month") in heading


@pytest.mark.parametrize("quarter, words", [(1, "ไตรมาสที่ ๑"), (4, "รอบ ๑๒ เดือน")])
def test_heading_names_the_round(
    quarter: int, words: str, plan: Plan, records: dict[str, OutcomeProgress]
) -> None:
    text = export(plan, records, [], quarter=quarter, today=TODAY)
    assert words in "\n".join(text.splitlines()[:2])


def test_plan_title_is_tied_to_the_ita_year_it_answers(
    plan: Plan, records: dict[str, OutcomeProgress]
) -> None:
    text = export(plan, records, [], quarter=2, fmt="md", today=TODAY)
    line = next(line for line in text.splitlines() if "มาตรการตามแผน" in line)
    assert "ประจำปีงบประมาณ ๒๕๖๗" in line
    assert "ผลการประเมิน ITA ปี พ.ศ. ๒๕๖๗" in line
