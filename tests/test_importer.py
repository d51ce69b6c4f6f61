"""``ita-tui import``: a published ITA measures report -> a plan (ita_tui.importer)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_tui.importer import (
    ImportResult,
    NothingUsableError,
    ReportImportError,
    decode_report,
    import_report,
    parse_period,
    parse_report,
    render_plan_toml,
    split_numbered,
    split_responsible,
    summary,
)
from ita_tui.plan import load_plan, parse_plan
from ita_tui.thai_calendar import to_arabic_digits

FIXTURES = Path(__file__).parent / "fixtures" / "import"
SEED = FIXTURES / "saikhao_report.txt"
BUNDLED = Path(__file__).resolve().parents[1] / "measures.toml"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def bundled() -> dict[str, Any]:
    with BUNDLED.open("rb") as handle:
        return tomllib.load(handle)


def shape(plan: dict[str, Any]) -> list[Any]:
    """Everything the importer must reproduce: ids, titles, periods, quarters, responsible,
    steps and outcomes (ids and texts), in order."""
    return [
        (
            issue["id"],
            issue["title"],
            [
                (
                    a["id"],
                    a["title"],
                    a.get("period"),
                    a["quarters"],
                    a["responsible"],
                    a["steps"],
                    [(o["id"], o["text"]) for o in a["outcomes"]],
                )
                for a in issue["activities"]
            ],
        )
        for issue in plan["issues"]
    ]


def arabic(value: Any) -> Any:
    """``value`` with every text in it written in Arabic digits."""
    if isinstance(value, str):
        return to_arabic_digits(value)
    if isinstance(value, list | tuple):
        return type(value)(arabic(item) for item in value)
    if isinstance(value, dict):
        return {key: arabic(item) for key, item in value.items()}
    return value


def validated(result: ImportResult) -> Any:
    """The rendered plan, loaded by the plan loader (what ``ita-tui validate`` runs)."""
    return parse_plan(render_plan_toml(result).encode("utf-8"), "imported.toml")


def activity(result: ImportResult, activity_id: str) -> dict[str, Any]:
    return next(a for a in result.activities if a["id"] == activity_id)


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


def test_seed_guesses_are_comments_next_to_what_they_explain() -> None:
    result = parse_report(SEED.read_text(encoding="utf-8"))
    text = render_plan_toml(result)
    assert "# import: the title starts with a stray «.» in the report (kept verbatim)" in text
    assert "«หัวหน้าสำนักผู้อำนวยการกองทุกกอง» together: read as «หัวหน้าสำนัก» + «ผู้อำนวยการกองทุกกอง»" in text
    assert "continued by a «(ต่อ)» row at line 49: steps 8-12 and outcomes 7.1.8-7.1.12 come from it" in text
    assert "dates in it: 31 มีนาคม 2568, 17 พฤศจิกายน 2567, 11 ธันวาคม 2567" in text
    # each note sits inside the table it is about
    stray = text.index("stray «.»")
    assert text.rindex('[[issues.activities]]', 0, stray) < stray < text.index('id = "1.4"')


def test_seed_output_passes_validation() -> None:
    loaded = validated(parse_report(SEED.read_text(encoding="utf-8"), plan_id="saikhao-2568"))
    counts = loaded.plan.counts
    assert (counts.issues, counts.activities, counts.steps, counts.outcomes) == (7, 10, 59, 53)
    assert loaded.plan.id == "saikhao-2568"
    assert loaded.warnings == []
    assert loaded.plan.outcome_ids() == [
        o["id"] for i in bundled()["issues"] for a in i["activities"] for o in a["outcomes"]
    ]


def test_seed_in_arabic_digits() -> None:
    result = parse_report(to_arabic_digits(SEED.read_text(encoding="utf-8")))
    assert shape(result.plan) == arabic(shape(bundled()))
    assert result.plan["fiscal_year"] == 2568
    assert result.plan["ita"] == {"year": 2567, "score": 90.68, "level": "ผ่านดี"}


def test_seed_saved_from_a_spreadsheet_as_csv() -> None:
    """Quoted multi-line cells (one step per line), headings in column A, CRLF line ends."""
    raw = (FIXTURES / "saikhao_spreadsheet.csv").read_bytes()
    assert b"\r\n" in raw and b'"' in raw
    result = parse_report(decode_report(raw))
    assert shape(result.plan) == shape(bundled())
    assert result.plan["organisation"] == "เทศบาลตำบลทรายขาว"
    assert len(result.warnings) == 1


@pytest.mark.parametrize(
    ("prefix", "newline", "encoding"),
    [
        (b"\xef\xbb\xbf", "\r\n", "utf-8"),  # Notepad: BOM + Windows line endings
        (b"", "\r", "utf-8"),  # old Mac line endings
        (b"", "\r\n", "utf-16"),  # a spreadsheet's "Unicode text" (UTF-16 with BOM)
    ],
)
def test_bom_and_line_endings(tmp_path: Path, prefix: bytes, newline: str, encoding: str) -> None:
    text = SEED.read_text(encoding="utf-8").replace("\n", newline)
    src = tmp_path / "report.txt"
    src.write_bytes(prefix + text.encode(encoding))
    result = import_report(src, tmp_path / "plan.toml")
    assert shape(result.plan) == shape(bundled())
    assert result.plan["title"].startswith("รายงานผล")  # no BOM glued to the title


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


def test_an_extra_column_is_kept_as_comments() -> None:
    result = parse_report(read("extra_column.txt"))
    assert result.warnings == [
        "fiscal year: no dates after the ITA assessment year in the report: assumed 2568, the year "
        "after the assessment 2567 that the measures answer; pass --fiscal-year to choose",
        "line 6: column «งบประมาณ (บาท)» is not part of a plan: its text was kept as comments on "
        "activities 1.1, 1.2",
        "line 6: column «หมายเหตุ» is not part of a plan: its text was kept as comments on activities 1.1",
    ]
    assert activity(result, "1.1")["responsible"] == ["ผู้อำนวยการกองคลัง"]
    assert activity(result, "1.2")["quarters"] == [3, 4]
    text = render_plan_toml(result)
    assert "# import: column «งบประมาณ (บาท)»: ๕,๐๐๐" in text
    assert "# import: column «หมายเหตุ»: ดำเนินการแล้ว" in text
    assert result.plan["fiscal_year"] == 2568
    validated(result)


def test_continuation_rows_in_another_issue() -> None:
    result = parse_report(read("continuation.txt"))
    merged = activity(result, "2.1")
    assert merged["steps"] == ["ประเมินความเสี่ยง", "กำหนดมาตรการ", "รายงานผล", "เผยแพร่รายงาน", "ทบทวนมาตรการ"]
    assert [o["id"] for o in merged["outcomes"]] == ["2.1.1", "2.1.2", "2.1.3", "2.1.4"]
    assert merged["outcomes"][3]["text"] == "มีการทบทวนมาตรการ"
    assert result.notes["2.1"] == [
        "continued by a «(ต่อ)» row at line 12: steps 3-4 and outcome 2.1.3 come from it",
        "continued by a row with no number at line 13: step 5 and outcome 2.1.4 come from it",
    ]
    assert [a["id"] for a in result.activities] == ["1.1", "2.1", "2.2"]
    assert result.warnings == [
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


_MARKER = re.compile(r"^\(?[0-9๐-๙]{1,3}[.):]?$")
_HEADER_WORDS = ("ลำดับ", "มาตรการ/กิจกรรม")


@pytest.mark.parametrize(
    "name", ["saikhao_report.txt", "banmai_arabic.txt", "missing_periods.txt", "extra_column.txt", "continuation.txt"]
)
def test_no_text_is_dropped(name: str) -> None:
    """Every word of the report (bar table headers and item numbers) is in the plan or a comment."""
    source = read(name)
    rendered = render_plan_toml(parse_report(source))
    for line in source.split("\n"):
        if line.startswith(_HEADER_WORDS):
            continue
        for word in re.sub(r"</?p>", " ", line).split():
            if _MARKER.match(word) or word in ("(ต่อ)", "ประเด็นที่"):
                continue
            assert word in rendered, (name, word)


# --------------------------------------------------------------------------- edge cases


def test_rows_without_a_heading_and_without_outcomes_still_validate() -> None:
    text = "ลำดับ\tมาตรการ\tระยะเวลา\tผู้รับผิดชอบ\tสรุปผล\tผลลัพธ์\n1\tจัดทำคู่มือ\tไตรมาสที่ 1\tปลัด\t1. ร่างคู่มือ\t\n"
    result = parse_report(text, fiscal_year=2568)
    assert result.plan["issues"][0]["title"] == "ประเด็นที่ 1"
    assert activity(result, "1.1")["outcomes"] == [{"id": "1.1.1", "text": "จัดทำคู่มือ"}]
    assert result.plan["organisation"] == "ไม่ระบุ"
    assert any("no outcomes" in w for w in result.warnings)
    assert any("no «ประเด็นที่» heading" in w for w in result.warnings)
    assert any(w.startswith("organisation:") for w in result.warnings)
    validated(result)


OPENING = "รายงานผลการดำเนินการ\nเทศบาลตำบลทดสอบ อำเภอทดสอบ จังหวัดทดสอบ\n"


def test_repeated_numbers_are_renumbered_with_a_warning() -> None:
    rows = "ประเด็นที่ 1 ก\n1\tงาน ก\tไตรมาสที่ 1\tปลัด\t1. ทำ\t1) ได้\n1\tงาน ข\tไตรมาสที่ 2\tปลัด\t1. ทำ\t1) ได้\n"
    result = parse_report(OPENING + rows, fiscal_year=2568)
    assert [a["id"] for a in result.activities] == ["1.1", "1.2"]
    assert result.warnings == ["line 5: the row repeats number 1: numbered 2"]


def test_a_table_without_a_number_column() -> None:
    rows = (
        "ประเด็นที่ 1 ก\nมาตรการ/กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\tสรุปผล\tผลลัพธ์\n"
        "งาน ก\tไตรมาสที่ 1\tปลัด\t1. ทำ\t1) ได้\n"
        "\t\t\t2. ทำต่อ\t2) ได้อีก\n"
        "งาน ข\tไตรมาสที่ 2\tนิติกร\t1. ทำ\t1) ได้\n"
    )
    result = parse_report(OPENING + rows, fiscal_year=2568)
    assert [(a["id"], a["title"], len(a["steps"])) for a in result.activities] == [
        ("1.1", "งาน ก", 2),
        ("1.2", "งาน ข", 1),
    ]
    assert result.warnings == ["line 4: the table header has no column for number (its rows are numbered in order)"]


def test_outcomes_that_restart_are_renumbered() -> None:
    rows = "ประเด็นที่ 1 ก\n1\tงาน ก\tไตรมาสที่ 1\tปลัด\t1. ทำ\t3) ได้ 4) ดี\n"
    result = parse_report(OPENING + rows, fiscal_year=2568)
    assert [o["id"] for o in activity(result, "1.1")["outcomes"]] == ["1.1.1", "1.1.2"]
    assert result.warnings == ["line 4 (activity 1.1): outcomes numbered from 3 in the report: numbered from 1"]


def test_fiscal_year_and_plan_id_options() -> None:
    text = SEED.read_text(encoding="utf-8")
    result = parse_report(text, fiscal_year=2569, plan_id="saikhao-2569")
    assert (result.plan["fiscal_year"], result.plan["id"]) == (2569, "saikhao-2569")
    assert FISCAL_NOTE not in render_plan_toml(result)
    ce = parse_report(text, fiscal_year=2025)
    assert ce.plan["fiscal_year"] == 2568
    assert "--fiscal-year: 2025 read as C.E.: fiscal year 2568 B.E." in ce.warnings
    with pytest.raises(ReportImportError, match="not valid"):
        parse_report(text, plan_id="ทรายขาว")


FISCAL_NOTE = "the latest one the report's dates"


def test_plain_prose_is_not_usable() -> None:
    result = parse_report("สวัสดีครับ\nนี่ไม่ใช่รายงาน")
    assert not result.usable
    assert result.plan["intro"] == "นี่ไม่ใช่รายงาน"


# --------------------------------------------------------------------------- files


def test_import_writes_a_plan_that_loads(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "measures.toml"
    result = import_report(SEED, out, plan_id="saikhao-2568")
    loaded = load_plan(out)
    assert loaded.plan.counts.outcomes == 53
    assert result.source == "saikhao_report.txt"
    assert out.read_text(encoding="utf-8").startswith("# Plan imported by `ita-tui import` from saikhao_report.txt")
    assert [p.name for p in out.parent.iterdir()] == ["measures.toml"]  # no temp files left


def test_import_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "measures.toml"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(ReportImportError, match="already exists: use --force"):
        import_report(SEED, out)
    assert out.read_text(encoding="utf-8") == "keep me"
    result = import_report(SEED, out, force=True)
    assert load_plan(out).plan.counts.activities == 10
    assert summary(result, out) == (
        f"wrote {out}: 7 issues, 10 activities, 59 steps, 53 outcomes (fiscal year 2568, id ita-2568); "
        "1 warning(s), see the comments in the file"
    )
    with pytest.raises(ReportImportError, match="is a folder"):
        import_report(SEED, tmp_path, force=True)


def test_import_nothing_usable(tmp_path: Path) -> None:
    src = tmp_path / "notes.txt"
    src.write_text("บันทึกการประชุม\nไม่มีตาราง\n\nประเด็นที่ 1 หัวข้อ\nข้อความ", encoding="utf-8")
    out = tmp_path / "plan.toml"
    with pytest.raises(NothingUsableError, match="no measures found") as caught:
        import_report(src, out)
    assert not out.exists()
    assert any("line 5" in w for w in caught.value.warnings)


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_bytes(SEED.read_text(encoding="utf-8").encode("cp874"))
    with pytest.raises(ReportImportError, match=r"not UTF-8 text .*iconv -f CP874") as caught:
        import_report(src, tmp_path / "plan.toml")
    assert str(src) in caught.value.message
    with pytest.raises(ReportImportError, match="no such file"):
        import_report(tmp_path / "missing.txt", tmp_path / "plan.toml")


# --------------------------------------------------------------------------- pieces


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
    assert parse_period("ก.ค. - ต.ค.") == ([1, 4], "the month range runs past September into the next fiscal year")


def test_split_numbered_is_sequence_aware() -> None:
    cell = "๑) มีแผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ๒) เผยแพร่ข้อ ๑) - ๗) ณ วันที่ ๓๑ มีนาคม ๒๕๖๘ ๓) คะแนน ๙๐.๖๘"
    found = split_numbered(cell, ")")
    assert found.items == ["มีแผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "เผยแพร่ข้อ ๑) - ๗) ณ วันที่ ๓๑ มีนาคม ๒๕๖๘", "คะแนน ๙๐.๖๘"]
    steps = split_numbered("๑. จัดทำแผน พ.ศ.๒๕๖๘ ๒. รายงาน ๓.๕ ล้าน ๓. เผยแพร่", ".")
    assert steps.items == ["จัดทำแผน พ.ศ.๒๕๖๘", "รายงาน ๓.๕ ล้าน", "เผยแพร่"]


def test_split_numbered_variants() -> None:
    assert split_numbered("<p>1. ก</p> <p>2. ข</p>", ".").items == ["ก", "ข"]
    assert split_numbered("๘. ก ๙. ข ๑๐. ค", ".").first == 8
    assert split_numbered("(1) ก (2) ข", ")").items == ["ก", "ข"]
    assert split_numbered("1) ก 2) ข", ".").items == ["ก", "ข"]  # falls back to the other closer
    unnumbered = split_numbered("<p>ก</p><p>ข</p>", ".")
    assert (unnumbered.items, unnumbered.first) == (["ก", "ข"], None)
    lead = split_numbered("ดังนี้ 1. ก 2. ข", ".")
    assert (lead.lead, lead.items) == ("ดังนี้", ["ก", "ข"])


def test_split_responsible() -> None:
    assert split_responsible("เจ้าพนักงานธุรการ นิติกร หัวหน้าสำนักปลัด ปลัด")[0] == [
        "เจ้าพนักงานธุรการ",
        "นิติกร",
        "หัวหน้าสำนักปลัด",
        "ปลัด",
    ]
    titles, notes = split_responsible("หัวหน้าสำนักผู้อำนวยการกองทุกกอง")
    assert titles == ["หัวหน้าสำนัก", "ผู้อำนวยการกองทุกกอง"]
    assert len(notes) == 1
    assert split_responsible("ผู้อำนวยการกองทุกกอง") == (["ผู้อำนวยการกองทุกกอง"], [])
    assert split_responsible("หัวหน้าสำนักปลัดนิติกร")[0] == ["หัวหน้าสำนักปลัด", "นิติกร"]
    assert split_responsible("นิติกร\nปลัด อบต., และผู้อำนวยการกองคลัง")[0] == [
        "นิติกร",
        "ปลัด อบต.",
        "ผู้อำนวยการกองคลัง",
    ]
    assert split_responsible("หัวหน้าฝ่ายแผนงานพิเศษ")[0] == ["หัวหน้าฝ่ายแผนงานพิเศษ"]  # unknown: whole


# --------------------------------------------------------------------------- never crash

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
    result = parse_report(text, fiscal_year=None)
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
