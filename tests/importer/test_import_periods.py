"""Period texts to quarters (ita_tui.importer.periods)."""

from __future__ import annotations

import pytest

from ita_tui.importer import parse_period


@pytest.mark.parametrize(
    ("period", "quarters"),
    [
        ("ไตรมาสที่ ๑ - ๒", [1, 2]),
        ("ไตรมาสที่ ๑-๒", [1, 2]),
        ("ไตรมาสที่ ๓", [3]),
        ("ไตรมาส ๒-๔", [2, 3, 4]),
        ("ไตรมาสที่ ๑ - ๔", [1, 2, 3, 4]),
        ("ไตรมาสที่ 1 และ 3", [1, 3]),
        ("ดำเนินการตลอดทั้งปี", [1, 2, 3, 4]),
        ("ตลอดปีงบประมาณ", [1, 2, 3, 4]),
        ("ต.ค. – ธ.ค.", [1]),
        ("ม.ค.-มี.ค. ๒๕๖๘", [2]),
        ("เม.ย. - มิ.ย.", [3]),
        ("ก.ค. – ก.ย. 2568", [4]),
        ("ตค. - ธค.", [1]),
        ("เมษายน - กันยายน 2568", [3, 4]),
        ("๑ ต.ค. ๒๕๖๗ - ๓๐ ก.ย. ๒๕๖๘", [1, 2, 3, 4]),
        ("Q2-Q3", [2, 3]),
        ("ไตรมาสที่ 1 2568", [1]),
        ("ตามความเหมาะสม", None),  # "มค" inside ตามความ is not January
        ("ไตรมาสที่ ๕", None),
        ("", None),
    ],
)
def test_parse_period(period: str, quarters: list[int] | None) -> None:
    assert parse_period(period)[0] == quarters


def test_parse_period_notes_a_range_past_september() -> None:
    assert parse_period("ก.ค. - ต.ค.") == (
        [1, 4],
        "the month range runs past September into the next fiscal year",
    )
