"""The fixed progress fixture of the report tests: the bundled plan, worked through FY 2568.

Chosen to sit on every edge the report must get right:

* done on the last day of Q1 (1.1.1, 31 Dec 2024) and on the first day of Q2 (1.1.2,
  1 Jan 2025); done on the last day of Q2 (1.3.1, 31 Mar 2025) and on the first day of Q3
  (1.1.4, 1 Apr 2025: not done in a Q2 report, whenever it is made);
* done in Q2 but recorded in Q3 (4.1.1: done_on 20 Mar 2025, ticked on 2 Apr 2025);
* set in progress during Q2 (2.1.1) and only after Q2 ended (7.1.1: pending in Q2);
* not applicable (2.1.7), and a note on it;
* ticked and unticked again on 3 March 2025 (3.1.1): no change of Q2, though the log has two;
* a note and evidence written to hurt: markup, HTML, control characters, a javascript: link.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ita_tui.model import PENDING, OutcomeProgress, Plan, Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.store.change_log import Change, change_to_json
from ita_tui.store.progress_file import render_progress

PLAN_PATH = bundled_plan_path()
#: The day the golden reports are generated: 10 April 2568, early in Q3.
TODAY = dt.date(2025, 4, 10)
UTC = dt.UTC

HOSTILE_NOTE = (
    "[bold]ตัวหนา[/bold] [@click=app.quit]ออก[/]\n"
    "<script>alert('x')</script> & <b>html</b>\n"
    "\x1b[31mแดง\x1b[0m \x07bell \x9bcsi"
)
HOSTILE_EVIDENCE = ("https://www.saikhao.go.th/news/12?id=3&x=1", "javascript:alert(1)")

# (outcome, status, done_on, evidence, note, recorded by, recorded at (UTC))
_STEPS: tuple[
    tuple[str, Status, dt.date | None, tuple[str, ...], str, str, dt.datetime], ...
] = (
    ("1.2.1", Status.DONE, dt.date(2024, 11, 20), ("https://www.saikhao.go.th/risk-2568",), "",
     "somchai", dt.datetime(2024, 11, 20, 3, 15, tzinfo=UTC)),
    ("1.2.2", Status.DONE, dt.date(2024, 12, 10), ("https://www.saikhao.go.th/complaints",), "",
     "somchai", dt.datetime(2024, 12, 10, 4, 0, tzinfo=UTC)),
    ("1.1.1", Status.DONE, dt.date(2024, 12, 31), ("https://www.saikhao.go.th/manuals",), "",
     "malee", dt.datetime(2024, 12, 31, 9, 30, tzinfo=UTC)),
    ("2.1.1", Status.IN_PROGRESS, None, (), "", "malee",
     dt.datetime(2025, 1, 6, 2, 0, tzinfo=UTC)),
    ("1.1.2", Status.DONE, dt.date(2025, 1, 1), ("https://www.facebook.com/saikhao/posts/1",),
     "เผยแพร่ทางเว็บไซต์และเฟซบุ๊กของเทศบาล", "malee",
     dt.datetime(2025, 1, 2, 1, 0, tzinfo=UTC)),
    ("2.1.7", Status.NOT_APPLICABLE, None, (), "ปีนี้ไม่มีข้อมูลสถิติที่ต้องเผยแพร่แยก",
     "somchai", dt.datetime(2025, 2, 3, 7, 45, tzinfo=UTC)),
    ("1.1.3", Status.DONE, dt.date(2025, 2, 14), HOSTILE_EVIDENCE, HOSTILE_NOTE, "somchai",
     dt.datetime(2025, 2, 14, 8, 0, tzinfo=UTC)),
    # ticked by mistake and unticked the same day: in the JSON's trail, not a change of Q2
    ("3.1.1", Status.DONE, dt.date(2025, 3, 3), (), "", "somchai",
     dt.datetime(2025, 3, 3, 2, 0, tzinfo=UTC)),
    ("3.1.1", Status.PENDING, None, (), "", "malee",
     dt.datetime(2025, 3, 3, 2, 5, tzinfo=UTC)),
    ("1.3.1", Status.DONE, dt.date(2025, 3, 31), ("https://www.saikhao.go.th/ita/o36",), "",
     "malee", dt.datetime(2025, 3, 31, 10, 0, tzinfo=UTC)),
    # 23:30 Thai time on 31 March (16:30 UTC): still a change of Q2
    ("5.1.2", Status.DONE, dt.date(2025, 3, 31), ("https://www.saikhao.go.th/egp/2568-q2",), "",
     "somchai", dt.datetime(2025, 3, 31, 16, 30, tzinfo=UTC)),
    # 00:30 Thai time on 1 April (17:30 UTC on 31 March): a change of Q3, not of Q2
    ("1.1.4", Status.DONE, dt.date(2025, 4, 1), ("https://www.saikhao.go.th/dos-donts",), "",
     "malee", dt.datetime(2025, 3, 31, 17, 30, tzinfo=UTC)),
    ("4.1.1", Status.DONE, dt.date(2025, 3, 20), ("https://www.saikhao.go.th/assets-manual",),
     "บันทึกย้อนหลัง: ทำเสร็จตั้งแต่เดือนมีนาคม", "malee",
     dt.datetime(2025, 4, 2, 3, 0, tzinfo=UTC)),
    ("7.1.1", Status.IN_PROGRESS, None, (), "", "somchai",
     dt.datetime(2025, 4, 5, 2, 0, tzinfo=UTC)),
)  # fmt: skip


def fixture() -> tuple[dict[str, OutcomeProgress], list[Change]]:
    """The progress records and the change log, as the store would have left them."""
    records: dict[str, OutcomeProgress] = {}
    changes: list[Change] = []
    for outcome_id, status, done_on, evidence, note, by, at in _STEPS:
        old = records.get(outcome_id, PENDING)
        new = OutcomeProgress(status, done_on, evidence, note, by, at)
        records[outcome_id] = new
        changes.append(Change(at=at, by=by, outcome_id=outcome_id, old=old, new=new))
    return records, changes


def write_fixture(folder: Path, plan_id: str = "saikhao-2568") -> None:
    """The fixture as the files of a data folder (for the command-line tests)."""
    records, changes = fixture()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{plan_id}.progress.toml").write_text(
        render_progress(plan_id, records), encoding="utf-8"
    )
    (folder / f"{plan_id}.changes.jsonl").write_text(
        "".join(change_to_json(c) + "\n" for c in changes), encoding="utf-8"
    )


def bundled_plan() -> Plan:
    return load_plan(PLAN_PATH).plan


#: A plan written to hurt every format: markup, HTML, control characters, formulas, very
#: long unbroken text, piles of combining marks. (TOML writes control characters as \u.)
HOSTILE_PLAN = r"""
id = "hostile"
title = "[bold]แผน[/bold] [@click=app.quit]ออก[/] </title><script>alert('t')</script>"
organisation = "<b>เทศบาล</b> \u001b[2J\u001b]0;pwned\u0007"
district = "=cmd|' /C calc'!A0"
province = "จังหวัด | ไปป์ *ดอกจัน* _ขีด_ `โค้ด` # หัว"
fiscal_year = 2568

[ita]
year = 2567
score = 12.5
level = "<script>x</script>"

[[issues]]
id = "1"
title = "<img src=x onerror=alert(1)> \u009b31m ประเด็น"

[[issues.activities]]
id = "1.1"
title = "กิจกรรมยาวมากไม่มีช่องว่างเลยสักนิดเดียวกิจกรรมยาวมากไม่มีช่องว่างเลยสักนิดเดียวกิจกรรมยาวมากไม่มีช่องว่างเลย"
quarters = [1, 2]
responsible = ["[red]นิติกร[/red]", "<script>ปลัด</script>", "+SUM(A1:A9)"]
steps = ["ขั้น\u001b[31m"]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "ก็็็็็็็็็็็็็็็็็็็็็็็็็็็็็็็็็ ผลลัพธ์ https://example.go.th/a/very/long/path/that/never/ends/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

[[issues.activities.outcomes]]
id = "1.1.2"
text = "@SUM(1+1)*cmd|' /C calc'!A0 และ -2+3"

[[issues.activities.outcomes]]
id = "1.1.3"
text = "漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字 wide"
"""


def hostile() -> tuple[Plan, dict[str, OutcomeProgress], list[Change]]:
    """The hostile plan with hostile progress: done in Q1, evidence and notes to hurt."""
    from ita_tui.plan import parse_plan

    plan = parse_plan(HOSTILE_PLAN.encode("utf-8")).plan
    at = dt.datetime(2024, 11, 2, 3, 0, tzinfo=UTC)
    records = {
        "1.1.1": OutcomeProgress(
            Status.DONE, dt.date(2024, 11, 1), HOSTILE_EVIDENCE, HOSTILE_NOTE, "<b>x</b>", at
        ),
        "1.1.2": OutcomeProgress(
            Status.IN_PROGRESS, None, ('=HYPERLINK("http://evil")',), "=1+1", "\x1b[2J", at
        ),
    }
    changes = [
        Change(at=at, by="\x1b[2J<script>", outcome_id=k, old=PENDING, new=v)
        for k, v in records.items()
    ]
    return plan, records, changes
