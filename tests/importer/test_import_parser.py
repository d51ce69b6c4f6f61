"""The parser (ita_tui.importer.parser): whole reports -> issues and activities, warnings, notes."""

from __future__ import annotations

from importer_helpers import OPENING, SEED, activity, arabic, bundled, read, shape, validated

from ita_tui.importer import parse_report, render_plan_toml
from ita_tui.thai.digits import to_arabic_digits

# --------------------------------------------------------------------------- the seed


def test_seed_reproduces_the_bundled_plan_exactly() -> None:
    result = parse_report(SEED.read_text(encoding="utf-8"))
    expected = bundled()
    assert shape(result.plan) == shape(expected)
    for key in ("title", "organisation", "district", "province", "fiscal_year", "intro", "ita"):
        assert result.plan[key] == expected[key], key
    assert result.counts() == {"issues": 7, "activities": 10, "steps": 59, "outcomes": 53}


def test_seed_warns_only_about_the_duplicated_issue_title() -> None:
    result = parse_report(SEED.read_text(encoding="utf-8"))
    assert result.warnings == [
        "line 28: the report gives this issue the same title as issue 3 (kept verbatim): check its activities"
    ]
    assert result.unplaced == []


def test_seed_in_arabic_digits() -> None:
    result = parse_report(to_arabic_digits(SEED.read_text(encoding="utf-8")))
    assert shape(result.plan) == arabic(shape(bundled()))
    assert result.plan["fiscal_year"] == 2568
    assert result.plan["ita"] == {"year": 2567, "score": 90.68, "level": "ผ่านดี"}


# --------------------------------------------------------------------------- hand-made variants


def test_another_municipality_in_arabic_digits() -> None:
    result = parse_report(read("banmai_arabic.txt"))
    assert result.warnings == []
    plan = result.plan
    assert (plan["organisation"], plan["district"], plan["province"]) == (
        "องค์การบริหารส่วนตำบลบ้านใหม่",
        "อำเภอเมืองเชียงใหม่",
        "จังหวัดเชียงใหม่",
    )
    assert plan["fiscal_year"] == 2568
    assert plan["ita"] == {"year": 2567, "score": 78.25, "level": "ผ่าน"}
    assert [(a["id"], a["period"], a["quarters"]) for a in result.activities] == [
        ("1.1", "ไตรมาส 2-4", [2, 3, 4]),
        ("1.2", "ตลอดปีงบประมาณ", [1, 2, 3, 4]),
        ("1.3", "ต.ค. – ธ.ค. 2567", [1]),
        ("2.1", "ไตรมาสที่ 3", [3]),
        ("2.2", "ม.ค. - มิ.ย. 2568", [2, 3]),
    ]
    assert plan["issues"][1]["title"] == "การป้องกันการทุจริต"  # "ประเด็นที่ 2: …"
    assert activity(result, "1.1")["steps"][1] == "เผยแพร่ข้อมูลตามแบบ OIT ภายในวันที่ 30 เมษายน 2568"
    assert activity(result, "2.1")["outcomes"][1] == {
        "id": "2.1.2",
        "text": "มีมาตรการจัดการความเสี่ยงตามข้อ 1)",
    }
    validated(result)


def test_missing_periods_warn_precisely_and_assume_the_whole_year() -> None:
    result = parse_report(read("missing_periods.txt"))
    assert result.warnings == [
        "line 6 (activity 1.1): no period (ระยะเวลา) in the report: assumed the whole year, quarters [1, 2, 3, 4]",
        "line 7 (activity 1.2): period «ตามความเหมาะสม» not recognised: assumed the whole year, "
        "quarters [1, 2, 3, 4]",
        "line 10: the table header has no column for period",
        "line 11 (activity 2.1): no period (ระยะเวลา) in the report: assumed the whole year, quarters [1, 2, 3, 4]",
    ]
    assert [a["quarters"] for a in result.activities] == [[1, 2, 3, 4]] * 3
    assert "period" not in activity(result, "1.1")
    assert activity(result, "1.2")["period"] == "ตามความเหมาะสม"  # kept verbatim
    text = render_plan_toml(result)
    assert text.count("assumed the whole year") == 3
    validated(result)


def test_continuation_rows_in_another_issue() -> None:
    result = parse_report(read("continuation.txt"))
    merged = activity(result, "2.1")
    assert merged["steps"] == [
        "ประเมินความเสี่ยง",
        "กำหนดมาตรการ",
        "รายงานผล",
        "เผยแพร่รายงาน",
        "ทบทวนมาตรการ",
    ]
    assert [o["id"] for o in merged["outcomes"]] == ["2.1.1", "2.1.2", "2.1.3", "2.1.4"]
    assert merged["outcomes"][3]["text"] == "มีการทบทวนมาตรการ"
    assert result.notes["2.1"] == [
        "continued by a «(ต่อ)» row at line 12: steps 3-4 and outcome 2.1.3 come from it",
        "continued by a row with no number at line 13: step 5 and outcome 2.1.4 come from it",
    ]
    assert [a["id"] for a in result.activities] == ["1.1", "2.1", "2.2"]
    assert result.warnings == [
        "line 13: a row with no number read as continuing 2.1: step 5 and outcome 2.1.4 come from it",
        "line 14: «(ต่อ)» row with no earlier activity 2 in this issue to continue: read as a new activity",
        "line 16: not a heading or a measure row, kept as a comment: "
        "«ลงชื่อ นายสมชาย ใจดี ปลัดองค์การบริหารส่วนตำบลนาดี»",
    ]
    assert activity(result, "2.2")["title"] == "ส่งเสริมวัฒนธรรมสุจริต"
    assert result.notes["2.2"] == [
        "«(ต่อ)» row with no earlier activity 2 in this issue to continue: read as a new activity"
    ]
    text = render_plan_toml(result)
    assert "#   line 16: ลงชื่อ นายสมชาย ใจดี ปลัดองค์การบริหารส่วนตำบลนาดี" in text
    validated(result)


# --------------------------------------------------------------------------- edge cases


def test_rows_without_a_heading_and_without_outcomes_still_validate() -> None:
    text = (
        "ลำดับ\tมาตรการ\tระยะเวลา\tผู้รับผิดชอบ\tสรุปผล\tผลลัพธ์\n1\tจัดทำคู่มือ\tไตรมาสที่ 1\tปลัด\t1. ร่างคู่มือ\t\n"
    )
    result = parse_report(text, fiscal_year=2568)
    assert result.plan["issues"][0]["title"] == "ประเด็นที่ 1"
    assert activity(result, "1.1")["outcomes"] == [{"id": "1.1.1", "text": "จัดทำคู่มือ"}]
    assert result.plan["organisation"] == "ไม่ระบุ"
    assert any("no outcomes" in w for w in result.warnings)
    assert any("no «ประเด็นที่» heading" in w for w in result.warnings)
    assert any(w.startswith("organisation:") for w in result.warnings)
    validated(result)


def test_repeated_numbers_are_renumbered_with_a_warning() -> None:
    rows = "ประเด็นที่ 1 ก\n1\tงาน ก\tไตรมาสที่ 1\tปลัด\t1. ทำ\t1) ได้\n1\tงาน ข\tไตรมาสที่ 2\tปลัด\t1. ทำ\t1) ได้\n"
    result = parse_report(OPENING + rows, fiscal_year=2568)
    assert [a["id"] for a in result.activities] == ["1.1", "1.2"]
    assert result.warnings == ["line 5: the row repeats number 1: numbered 2"]


def test_outcomes_that_restart_are_renumbered() -> None:
    rows = "ประเด็นที่ 1 ก\n1\tงาน ก\tไตรมาสที่ 1\tปลัด\t1. ทำ\t3) ได้ 4) ดี\n"
    result = parse_report(OPENING + rows, fiscal_year=2568)
    assert [o["id"] for o in activity(result, "1.1")["outcomes"]] == ["1.1.1", "1.1.2"]
    assert result.warnings == [
        "line 4 (activity 1.1): outcomes numbered from 3 in the report: numbered from 1"
    ]
