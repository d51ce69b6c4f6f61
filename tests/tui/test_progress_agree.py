"""The app, ``ita-tui status`` and every report format write the same percentages and the
same state names for one plan: 2 of 3 outcomes is 66% everywhere (rounded down, never
67%), 1 of 6 is 16%, and an issue or activity with no outcome is "no outcomes yet"
(ยังไม่มีผลลัพธ์), never 0/0, 100% or complete."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import time
from pathlib import Path

import pytest
from rich.console import Console

from ita_tui.clock import clock_for
from ita_tui.commands.status import render as render_status
from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.plan import parse_plan
from ita_tui.progress_words import state_name
from ita_tui.report import export
from ita_tui.state import ActivityState
from ita_tui.store.progress_file import render_progress

from .conftest import TODAY, MakeApp, screen_text
from .test_details import pane_lines
from .test_keys import goto

PLAN = (
    """\
format = 1
id = "agree"
title = "แผนทดสอบ"
organisation = "เทศบาลทดสอบ"
fiscal_year = 2568

[[issues]]
id = "1"
title = "สองในสาม"

[[issues.activities]]
id = "1.1"
title = "กิจกรรมสองในสาม"
quarters = [1, 2]
responsible = ["ปลัด"]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "หนึ่ง"

[[issues.activities.outcomes]]
id = "1.1.2"
text = "สอง"

[[issues.activities.outcomes]]
id = "1.1.3"
text = "สาม"

[[issues]]
id = "2"
title = "หนึ่งในหก"

[[issues.activities]]
id = "2.1"
title = "กิจกรรมหนึ่งในหก"
quarters = [2]
responsible = ["ปลัด"]
"""
    + "".join(
        f'\n[[issues.activities.outcomes]]\nid = "2.1.{n}"\ntext = "ผลลัพธ์ {n}"\n'
        for n in range(1, 7)
    )
    + """
[[issues]]
id = "3"
title = "ยังว่าง"

[[issues.activities]]
id = "3.1"
title = "กิจกรรมที่ยังไม่มีผลลัพธ์"
quarters = [3]
responsible = ["ปลัด"]
"""
)

AT = dt.datetime(2024, 11, 1, 3, 0, tzinfo=dt.UTC)
RECORDS = {
    oid: OutcomeProgress(Status.DONE, dt.date(2024, 11, 1), (), "", "somchai", AT)
    for oid in ("1.1.1", "1.1.2", "2.1.1")
}
NONE_YET = "ยังไม่มีผลลัพธ์"
#: what rounding to the nearest would write, and what a count of none used to
WRONG = ("๖๗%", "๑๗%", "๑๐๐%", "๐/๐", "ครบแล้ว")


def plan() -> Plan:
    loaded = parse_plan(PLAN.encode("utf-8"))
    assert loaded.plan is not None
    return loaded.plan


def test_every_report_format_agrees() -> None:
    for fmt in ("text", "md", "html"):
        out = export(plan(), RECORDS, [], quarter=2, fmt=fmt, today=TODAY)
        for right in ("๖๖%", "๑๖%", "๓๓%", NONE_YET, state_name(ActivityState.DUE, "th")):
            assert right in out, (fmt, right)
        for wrong in WRONG:
            assert wrong not in out, (fmt, wrong)
    data = json.loads(export(plan(), RECORDS, [], quarter=2, fmt="json", today=TODAY))
    issues = data["issues"]
    assert [i["totals"]["percent"] for i in issues] == [66, 16, None]
    assert data["totals"]["outcomes"]["percent"] == 33
    assert [a["state"] for i in issues for a in i["activities"]] == [
        "in_progress",
        "in_progress",
        "no_outcomes",
    ]
    assert data["totals"]["activities"]["no_outcomes"] == 1
    assert data["totals"]["activities"]["complete"] == 0  # the empty one is not complete


def test_status_agrees() -> None:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None, legacy_windows=False)
    render_status(console, plan(), dict(RECORDS), TODAY, "th")
    text = out.getvalue()
    for right in ("๖๖%", "๑๖%", "๓๓%", NONE_YET):
        assert right in text, right
    for wrong in WRONG:
        assert wrong not in text, wrong


async def test_the_app_agrees(make_app: MakeApp, tmp_path: Path) -> None:
    (tmp_path / "agree.progress.toml").write_text(
        render_progress("agree", RECORDS), encoding="utf-8"
    )
    app = make_app(plan(), folder=tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "๓๓%" in screen_text(app).splitlines()[1]  # the header's progress line
        seen = {}
        for node in ("1", "2", "3", "1.1", "3.1"):
            await goto(pilot, app, node)
            seen[node] = " ".join(pane_lines(app))
        assert "๖๖%" in seen["1"] and "๖๖%" in seen["1.1"]
        assert "๑๖%" in seen["2"]
        assert NONE_YET in seen["3"] and NONE_YET in seen["3.1"]
        assert state_name(ActivityState.DUE, "th") in seen["1.1"]
        for text in seen.values():
            for wrong in WRONG:
                assert wrong not in text
        await goto(pilot, app, "1")
        screen = screen_text(app)
        assert "[๒/๓]" in screen and "[–]" in screen  # the tree's counts
        for wrong in WRONG:
            assert wrong not in screen
        await pilot.press("g")  # the dashboard's bar per issue
        await pilot.pause()
        dashboard = screen_text(app)
        assert "๒/๓" in dashboard and NONE_YET in dashboard
        assert "๐/๐" not in dashboard


async def test_the_app_shows_times_in_the_reports_zone(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "ICT-7")  # the machine's local time: UTC+7
    time.tzset()
    try:
        (tmp_path / "agree.progress.toml").write_text(
            render_progress("agree", RECORDS), encoding="utf-8"
        )
        for zone, clock in (("", "๑๐:๐๐"), ("Asia/Tokyo", "๑๒:๐๐")):
            if zone and clock_for(zone).missing:
                continue  # no time-zone database here
            app = make_app(dataclasses.replace(plan(), timezone=zone), folder=tmp_path)
            async with app.run_test(size=(120, 30)) as pilot:
                await goto(pilot, app, "1.1.1")
                assert f"somchai เมื่อ ๑ พ.ย. ๒๕๖๗ {clock}" in " ".join(pane_lines(app))
    finally:
        monkeypatch.undo()
        time.tzset()
