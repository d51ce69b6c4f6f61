"""Structure as real documents write it (ita_tui.importer.headings, preamble, fiscal_year):
heading words, OIT codes, organisations, the overall ITA score and level, the fiscal year."""

from __future__ import annotations

import pytest
from importer_helpers import SEED, bundled, shape

from ita_tui.importer import FiscalYearNeededError, parse_report
from ita_tui.importer.headings import heading, oit_codes
from ita_tui.thai.repair import repair_thai

HEADER = "ลำดับ\tมาตรการ/กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\tขั้นตอน\tผลลัพธ์"


def report(opening: str, body: str = "") -> str:
    body = body or f"ประเด็นที่ 1 ทดสอบ\n{HEADER}\n1\tกิจกรรม\tไตรมาส 1\tปลัด\t1. ทำ\t1) ได้"
    return opening + "\n" + body


@pytest.mark.parametrize("word", ["ประเด็นที่", "มิติที่", "ตัวชี้วัดที่", "ข้อ"])
def test_heading_words_keep_continuations_in_their_issue(word: str) -> None:
    text = SEED.read_text(encoding="utf-8").replace("ประเด็นที่ ", word + " ")
    result = parse_report(text)
    want = shape(bundled())
    assert [a[0] for i in shape(result.plan) for a in i[2]] == [a[0] for i in want for a in i[2]]
    seven = next(a for a in result.activities if a["id"] == "7.1")
    assert len(seven["steps"]) == 12 and len(seven["outcomes"]) == 12  # "(ต่อ)" stayed in 7.1
    assert len(next(a for a in result.activities if a["id"] == "1.1")["steps"]) == 6


def test_heading_forms() -> None:
    assert heading("มิติที่ ๓ การใช้งบประมาณ") == ("มิติที่", 3, "การใช้งบประมาณ")
    assert heading("ตัวชี้วัดที่ 9: การเปิดเผยข้อมูล") == ("ตัวชี้วัดที่", 9, "การเปิดเผยข้อมูล")
    assert heading("ข้อ 2 ความโปร่งใส") == ("ข้อ", 2, "ความโปร่งใส")
    assert heading("ข้อ ๑) - ๗) เผยแพร่") is None  # a reference, not a heading
    assert heading("ประเด็นที่ 0") is None


def test_oit_codes_are_kept_as_the_outcomes_oit() -> None:
    assert oit_codes("เผยแพร่ตามตัวชี้วัด O36 และ o37 (O๓๘)") == ["O36", "O37", "O38"]
    assert oit_codes("GO10 หรือ Oct") == []
    body = (
        f"ประเด็นที่ 1 ทดสอบ\n{HEADER}\n1\tเปิดเผยข้อมูล (O10)\tไตรมาส 1\tปลัด\t1. ทำ\t1) ได้ o36 2) ได้อีก\n"
    )
    result = parse_report(report("เทศบาลตำบลทดสอบ ปีงบประมาณ พ.ศ. 2568", body))
    activity = result.activities[0]
    first, second = activity["outcomes"]
    assert activity["oit"] == "O10"  # the title's code is the activity's own
    assert first["oit"] == "O36" and "oit" not in second
    from ita_tui.importer.render import render_plan_toml
    from ita_tui.plan.load import parse_plan

    plan = parse_plan(render_plan_toml(result).encode("utf-8")).plan
    assert plan.issues[0].activities[0].oit == "O10"
    assert [o.oit for o in plan.issues[0].activities[0].outcomes] == ["O36", None]


@pytest.mark.parametrize(
    ("opening", "organisation"),
    [
        ("เทศบาลเมืองกระบี่ อำเภอเมือง จังหวัดกระบี่", "เทศบาลเมืองกระบี่"),
        ("เทศบาลนครนนทบุรี", "เทศบาลนครนนทบุรี"),
        ("รายงานของ ทต.ทรายขาว", "ทต.ทรายขาว"),
        ("องค์การบริหารส่วนตำบลบ้านใหม่", "องค์การบริหารส่วนตำบลบ้านใหม่"),
        ("รายงาน อบต. บ้านใหม่ ตามแนวทางของกรมส่งเสริมการปกครองท้องถิ่น", "อบต. บ้านใหม่"),
        ("องค์การบริหารส่วนจังหวัดกระบี่", "องค์การบริหารส่วนจังหวัดกระบี่"),
        ("โรงพยาบาลคลองท่อม จังหวัดกระบี่", "โรงพยาบาลคลองท่อม"),
        ("โรงเรียนบ้านทรายขาว", "โรงเรียนบ้านทรายขาว"),
        ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่"),
        ("กรมบัญชีกลาง กระทรวงการคลัง", "กรมบัญชีกลาง"),
        ("สถาบันพระบรมราชชนก", "สถาบันพระบรมราชชนก"),
        ("รายงานผลการดำเนินการ", "ไม่ระบุ"),
    ],
)
def test_organisations(opening: str, organisation: str) -> None:
    result = parse_report(report(opening + "\nปีงบประมาณ พ.ศ. 2568"))
    assert result.plan["organisation"] == organisation
    warned = any("organisation not found" in w for w in result.warnings)
    assert warned == (organisation == "ไม่ระบุ")


ANALYSIS = """การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
เทศบาลตำบลทดสอบ
ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (IIT) คะแนน ๙๕.๑๒
ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (EIT) คะแนน ๘๑.๐๐
ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (OIT) ได้คะแนน ๗๐.๕๐
ผลการประเมินในภาพรวม ปี ๒๕๖๗ ได้คะแนน ๘๒.๓๕ คะแนน อยู่ในระดับ {level}"""


@pytest.mark.parametrize("level", ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"])
def test_the_overall_score_and_its_whole_level(level: str) -> None:
    result = parse_report(report(ANALYSIS.format(level=level)))
    assert result.plan["ita"] == {"year": 2567, "score": 82.35, "level": level}


def test_score_followed_by_its_level_beats_indicator_scores() -> None:
    opening = "เทศบาลตำบลทดสอบ ปีงบประมาณ พ.ศ. 2568\nIIT คะแนน 99.00 EIT คะแนน 97.00\nITA ปี 2567 คะแนน 91.25 ระดับ A"
    assert parse_report(report(opening)).plan["ita"] == {"year": 2567, "score": 91.25, "level": "A"}


def test_no_fiscal_year_in_the_document_asks_for_it() -> None:
    text = report("เทศบาลตำบลทดสอบ")
    with pytest.raises(FiscalYearNeededError, match="--fiscal-year"):
        parse_report(text)
    assert parse_report(text, fiscal_year=2570).plan["fiscal_year"] == 2570


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", 2569),
        ("รายงาน ณ วันที่ 15 ตุลาคม 2568", 2569),  # October opens the next fiscal year
        ("ผลการประเมิน ITA ปี 2568 ได้คะแนน 90.00 ระดับ ผ่านดี", 2569),
    ],
)
def test_fiscal_year_from_the_document(opening: str, year: int) -> None:
    assert parse_report(report("เทศบาลตำบลทดสอบ\n" + opening)).plan["fiscal_year"] == year


def test_repair_thai() -> None:
    assert repair_thai("ผ\uf70bาน") == ("ผ้าน", repair_thai("ผ\uf70bาน")[1])
    text, repair = repair_thai(
        "ท\u0e4d\u0e32 น\u0e49\u0e4d\u0e32 น\u0e4d\u0e49\u0e32 ท\u0e48\u0e35 ฝ\u0e48 าย"
    )
    assert text == "ทำ น้ำ น้ำ ที่ ฝ่าย"
    assert (repair.sara_am, repair.order, repair.spaces, repair.lost) == (3, 1, 1, 0)
    assert repair_thai("ก\ufffdข")[1].lost == 1
    plain = "ภาษาไทย ปกติ ๑๒๓ English"
    assert (
        repair_thai(plain) == (plain, repair_thai(plain)[1]) and not repair_thai(plain)[1].changed
    )


def test_an_analysis_table_in_the_opening_is_not_a_measure() -> None:
    opening = (
        "เทศบาลตำบลทดสอบ ปีงบประมาณ พ.ศ. 2568\n"
        "ลำดับ\tตัวชี้วัด\tคะแนน\n"
        "1\tการปฏิบัติหน้าที่ (IIT)\t95.12\n"
        "2\tการเปิดเผยข้อมูล (OIT)\t70.50\n"
        "ผลคะแนนในภาพรวม 92.35 อยู่ในระดับ ผ่านดีเยี่ยม"
    )
    result = parse_report(report(opening))
    assert [a["title"] for a in result.activities] == ["กิจกรรม"]
    assert result.plan["ita"]["score"] == 92.35 and result.plan["ita"]["level"] == "ผ่านดีเยี่ยม"
    assert not any("no «ประเด็นที่» heading" in w for w in result.warnings)
