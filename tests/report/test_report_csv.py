"""CSV: one row per outcome, UTF-8 with a BOM, read back by the csv module exactly."""

from __future__ import annotations

import csv
import io

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.report.model import STATE_NAMES, build_report
from ita_tui.report.render_csv import BOM, COLUMNS
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter

from .report_helpers import HOSTILE_NOTE, TODAY, hostile


def read(text: str) -> list[dict[str, str]]:
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text[len(BOM) :], newline="")))


def test_csv_round_trips_one_row_per_outcome(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    text = export(plan, records, changes, quarter=2, fmt="csv", lang="en", today=TODAY)
    assert "\r\n" in text and "\r\r\n" not in text
    rows = read(text)
    assert list(rows[0]) == list(COLUMNS)
    report = build_report(plan, records, changes, Quarter(2568, 2), TODAY)
    expected = [
        (issue, activity, outcome)
        for issue in report.issues
        for activity in issue.activities
        for outcome in activity.outcomes
    ]
    assert len(rows) == len(expected) == 53
    for row, (issue, activity, outcome) in zip(rows, expected, strict=True):
        assert row["issue_id"] == issue.id
        assert row["issue_title"] == issue.issue.title
        assert row["activity_id"] == activity.id
        assert row["activity_title"] == activity.activity.title
        assert row["outcome_id"] == outcome.id
        assert row["outcome_text"] == outcome.outcome.text
        assert row["period"] == activity.activity.period
        assert row["quarters"] == ",".join(str(q) for q in activity.activity.quarters)
        assert row["responsible"].split("\n") == list(activity.activity.responsible)
        assert row["activity_state"] == STATE_NAMES[activity.state]
        assert row["status"] == outcome.status.value
        assert row["done_on"] == (outcome.done_on.isoformat() if outcome.done_on else "")
    by_id = {row["outcome_id"]: row for row in rows}
    assert by_id["1.1.4"]["status"] == "pending"  # done on 1 April: not by 31 March
    assert by_id["1.1.4"]["done_on"] == ""
    assert by_id["1.3.1"]["done_on"] == "2025-03-31"
    assert by_id["2.1.7"]["status"] == "not_applicable"
    assert by_id["1.1.3"]["evidence"].split("\n") == [
        "https://www.saikhao.go.th/news/12?id=3&x=1",
        "javascript:alert(1)",
    ]


def test_csv_keeps_machine_digits_whatever_the_language(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    english = export(plan, records, changes, quarter=2, fmt="csv", lang="en", today=TODAY)
    for digits in ("thai", "arabic"):
        thai = export(
            plan, records, changes, quarter=2, fmt="csv", lang="th", digits=digits, today=TODAY
        )
        assert not any("๐" <= c <= "๙" for c in _numbers(thai))
        assert len(read(thai)) == len(read(english))


def _numbers(text: str) -> str:
    """The cells the report writes itself (numbers, ids, dates): never Thai digits."""
    rows = list(csv.reader(io.StringIO(text[len(BOM) :], newline="")))
    ours = (0, 3, 6, 11, 15, 16)  # issue/activity/outcome no., quarters, ISO and B.E. dates
    return "".join(row[i] for row in rows[1:] for i in ours)


def test_thai_csv_speaks_thai_for_excel(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    """Thai headers and states, and the B.E. date beside the ISO one (issue 18)."""
    text = export(plan, records, changes, quarter=2, fmt="csv", today=TODAY)  # Thai: default
    rows = read(text)
    header = list(rows[0])
    for name in ("ประเด็น", "มาตรการ/กิจกรรม", "ผลลัพธ์", "สถานะ", "วันที่แล้วเสร็จ"):
        assert name in header
    assert header.index("วันที่แล้วเสร็จ (พ.ศ.)") == header.index("วันที่แล้วเสร็จ") + 1
    by_id = {row["รหัสผลลัพธ์"]: row for row in rows}
    assert by_id["1.3.1"]["วันที่แล้วเสร็จ"] == "2025-03-31"
    assert by_id["1.3.1"]["วันที่แล้วเสร็จ (พ.ศ.)"] == "31 มี.ค. 2568"
    assert by_id["1.3.1"]["สถานะ"] == "ดำเนินการแล้ว"
    assert by_id["1.1.4"]["สถานะ"] == "ยังไม่ดำเนินการ"
    assert by_id["1.1.4"]["วันที่แล้วเสร็จ (พ.ศ.)"] == ""
    assert by_id["2.1.7"]["สถานะ"] == "ไม่เกี่ยวข้อง"
    assert {row["สถานะมาตรการ/กิจกรรม"] for row in rows} <= {  # as the app names them
        "แล้วเสร็จ",
        "ถึงกำหนดขณะนี้",
        "เกินกำหนด",
        "ยังไม่ถึงกำหนด",
        "ยังไม่มีผลลัพธ์",
    }
    # the same rows as the English file, cell for cell where the words do not differ
    english = read(export(plan, records, changes, quarter=2, fmt="csv", lang="en", today=TODAY))
    assert [r["outcome_text"] for r in english] == [r["ผลลัพธ์"] for r in rows]


def test_formulas_and_control_characters_are_made_harmless() -> None:
    plan, records, changes = hostile()
    rows = read(export(plan, records, changes, quarter=1, fmt="csv", lang="en", today=TODAY))
    by_id = {row["outcome_id"]: row for row in rows}
    assert by_id["1.1.2"]["outcome_text"] == "'@SUM(1+1)*cmd|' /C calc'!A0 และ -2+3"
    assert by_id["1.1.2"]["evidence"] == '\'=HYPERLINK("http://evil")'
    assert by_id["1.1.2"]["note"] == "'=1+1"
    assert by_id["1.1.1"]["responsible"].split("\n") == [
        "[red]นิติกร[/red]",
        "<script>ปลัด</script>",
        "'+SUM(A1:A9)",
    ]
    note = by_id["1.1.1"]["note"]
    assert "\x1b" not in note and "\x9b" not in note and "\x07" not in note
    assert note.split("\n")[0] == HOSTILE_NOTE.split("\n")[0]  # line breaks are kept
    # text that only looks odd is kept exactly
    assert by_id["1.1.3"]["outcome_text"].startswith("漢字")
