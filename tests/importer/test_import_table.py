"""Rows and columns (ita_tui.importer.table): CSV with quoted cells, header roles, extra columns."""

from __future__ import annotations

from importer_helpers import FIXTURES, OPENING, activity, bundled, read, shape, validated

from ita_tui.importer import decode_report, parse_report, render_plan_toml


def test_seed_saved_from_a_spreadsheet_as_csv() -> None:
    """Quoted multi-line cells (one step per line), headings in column A, CRLF line ends."""
    raw = (FIXTURES / "saikhao_spreadsheet.csv").read_bytes()
    assert b"\r\n" in raw and b'"' in raw
    result = parse_report(decode_report(raw))
    assert shape(result.plan) == shape(bundled())
    assert result.plan["organisation"] == "เทศบาลตำบลทรายขาว"
    assert len(result.warnings) == 1


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
    assert result.warnings == [
        "line 4: the table header has no column for number (its rows are numbered in order)",
        "line 6: a row with no number read as continuing 1.1: step 2 and outcome 1.1.2 come from it",
    ]
