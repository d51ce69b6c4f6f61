"""The importer never crashes on odd text: property tests over parse_report and render_plan_toml."""

from __future__ import annotations

import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_helpers import SEED, validated

from ita_tui.importer import FiscalYearNeededError, parse_report, render_plan_toml

FRAGMENTS = [
    "ประเด็นที่ ๑ ",
    "ประเด็นที่ 2: ",
    "ลำดับ\tมาตรการ/กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\tสรุปผล\tผลลัพธ์",
    "๑",
    "1.",
    "(ต่อ)",
    "ไตรมาสที่ ๑ - ๒",
    "ต.ค. – ธ.ค.",
    "ตลอดทั้งปี",
    "ปลัด",
    "หัวหน้าสำนักผู้อำนวยการกองทุกกอง",
    "๑. ทำ",
    "๒. ต่อ",
    "๑) ได้",
    "3) ข้อ ๑) - ๗)",
    "<p>",
    "</p>",
    '"',
    "เทศบาลตำบลทดสอบ",
    "คะแนน ๙๙.๙ ระดับ ผ่าน",
    "ปีงบประมาณ ๒๕๖๘",
    "๑ ต.ค. ๒๕๖๗",
    "\x00",
    "\x1b[31m",
    "#",
    "'''",
    "\\",
    "\ufeff",
]
SEPARATORS = ["\t", "\n", " ", ",", "\r\n", ""]


def check_never_crashes(text: str) -> None:
    try:
        result = parse_report(text, fiscal_year=None)
    except FiscalYearNeededError as exc:  # measures but no year: asked for, never guessed
        assert "--fiscal-year" in exc.message
        result = parse_report(text, fiscal_year=2568)
    rendered = render_plan_toml(result)
    tomllib.loads(rendered)
    if result.usable:
        validated(result)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_crashes(text: str) -> None:
    check_never_crashes(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=40))
def test_report_like_text_never_crashes(parts: list[tuple[str, str]]) -> None:
    check_never_crashes("".join(fragment + separator for fragment, separator in parts))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mangled_seed_never_crashes(data: st.DataObject) -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    index = data.draw(st.integers(0, len(lines) - 1))
    lines[index] = data.draw(st.text(max_size=200))
    check_never_crashes("\n".join(lines))
