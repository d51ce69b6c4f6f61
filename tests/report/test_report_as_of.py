"""The as-of rule: the report tells the plan as it stood on the quarter's last day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.plan import parse_plan
from ita_tui.report import export
from ita_tui.report.model import Report, build_report
from ita_tui.state import ActivityState, plan_tally
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter

from .report_helpers import TODAY

Records = dict[str, OutcomeProgress]


def build(
    plan: Plan, records: Records, changes: list[Change], number: int, today: dt.date
) -> Report:
    return build_report(plan, records, changes, Quarter(2568, number), today)


def status_of(report: Report, outcome_id: str) -> Status:
    for issue in report.issues:
        for activity in issue.activities:
            for outcome in activity.outcomes:
                if outcome.id == outcome_id:
                    return outcome.status
    raise KeyError(outcome_id)


def test_done_on_the_last_day_of_q1_counts_in_q1_and_the_first_day_of_q2_does_not(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    q1 = build(plan, records, changes, 1, TODAY)
    assert q1.as_of == dt.date(2024, 12, 31)
    assert status_of(q1, "1.1.1") is Status.DONE  # done 31 Dec 2024
    assert status_of(q1, "1.1.2") is Status.PENDING  # done 1 Jan 2025
    assert [i.outcome.id for i in q1.done_in_quarter] == ["1.1.1", "1.2.1", "1.2.2"]


def test_done_on_the_first_day_of_q3_is_not_done_in_the_q2_report(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    q2 = build(plan, records, changes, 2, TODAY)
    assert status_of(q2, "1.3.1") is Status.DONE  # 31 Mar 2025
    assert status_of(q2, "1.1.4") is Status.PENDING  # 1 Apr 2025
    q3 = build(plan, records, changes, 3, dt.date(2025, 7, 1))
    assert status_of(q3, "1.1.4") is Status.DONE


def test_done_is_counted_by_done_on_not_by_when_it_was_recorded(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    q2 = build(plan, records, changes, 2, TODAY)
    # 4.1.1 was done on 20 March and ticked on 2 April
    assert status_of(q2, "4.1.1") is Status.DONE
    assert "4.1.1" in [i.outcome.id for i in q2.done_in_quarter]
    assert q2.totals.done == plan_tally(plan, records, q2.as_of).done == 8


def test_a_q2_report_made_in_q4_says_what_was_done_by_31_march(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    later = dict(records)
    later["7.1.2"] = OutcomeProgress(
        Status.DONE, dt.date(2025, 8, 1), (), "", "malee", dt.datetime(2025, 8, 1, tzinfo=dt.UTC)
    )
    later["2.1.1"] = replace(later["2.1.1"], status=Status.DONE, done_on=dt.date(2025, 7, 7))
    first = export(plan, records, changes, quarter=2, today=dt.date(2025, 4, 1))
    again = export(plan, later, changes, quarter=2, today=dt.date(2025, 9, 20))
    different = [
        (a, b) for a, b in zip(first.splitlines(), again.splitlines(), strict=True) if a != b
    ]
    # the date generated, and the reporter's date on the sign-off block
    assert len(different) == 2
    assert "วันที่จัดทำรายงาน" in different[0][0]
    assert different[1][0].strip().startswith("วันที่ ๑ เม.ย.")


def test_open_outcomes_show_the_status_recorded_by_the_quarters_end(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    q2 = build(plan, records, changes, 2, TODAY)
    assert status_of(q2, "2.1.1") is Status.IN_PROGRESS  # set on 6 Jan 2025
    assert status_of(q2, "7.1.1") is Status.PENDING  # set in progress on 5 Apr 2025
    q3 = build(plan, records, changes, 3, dt.date(2025, 7, 1))
    assert status_of(q3, "7.1.1") is Status.IN_PROGRESS


def test_not_applicable_is_left_out_of_every_denominator_and_listed(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    q2 = build(plan, records, changes, 2, TODAY)
    assert (q2.totals.applicable, q2.totals.not_applicable) == (52, 1)
    assert [i.outcome.id for i in q2.not_applicable] == ["2.1.7"]
    activity = next(a for a in q2.issues[1].activities if a.id == "2.1")
    assert (activity.tally.applicable, activity.tally.not_applicable) == (6, 1)


def test_changes_of_the_quarter_are_read_in_the_local_time(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    # the report tests' local time is Thai time (conftest)
    q2 = build(plan, records, changes, 2, TODAY)
    ids = [c.outcome_id for c in q2.changes]
    assert "5.1.2" in ids  # 23:30 on 31 March, Thai time (16:30 UTC)
    assert "1.1.4" not in ids  # 00:30 on 1 April, Thai time (17:30 UTC on 31 March)
    assert ids == ["1.1.2", "2.1.1", "2.1.7", "1.1.3", "3.1.1", "3.1.1", "1.3.1", "5.1.2"]
    assert all(c.at.utcoffset() == dt.timedelta(hours=7) for c in q2.changes)
    # the tick of 3.1.1 undone the same day is in the trail, not among the net changes
    net = [c.outcome_id for c in q2.net_changes]
    assert net == ["1.1.2", "2.1.1", "2.1.7", "1.1.3", "1.3.1", "5.1.2"]


def test_outstanding_lists_open_outcomes_by_job_title_overdue_first(
    plan: Plan, records: Records, changes: list[Change]
) -> None:
    q2 = build(plan, records, changes, 2, TODAY)
    assert [g.title for g in q2.outstanding] == [
        t for t in plan.job_titles() if any(g.title == t for g in q2.outstanding)
    ]
    for group in q2.outstanding:
        states = [item.activity.state for item in group.items]
        assert states == sorted(states, key=lambda s: s is not ActivityState.OVERDUE)
        for item in group.items:
            assert item.outcome.is_open
            assert group.title in item.activity.activity.responsible
            assert item.activity.state in (ActivityState.OVERDUE, ActivityState.DUE)
    lawyer = next(g for g in q2.outstanding if g.title == "นิติกร")
    assert {i.activity.id for i in lawyer.items} == {"1.1", "1.2", "1.3", "6.1", "7.1"}


STATES_PLAN = """\
id = "states"
title = "t"
organisation = "o"
fiscal_year = 2568
[[issues]]
id = "1"
title = "i"
[[issues.activities]]
id = "1.1"
title = "Q1 only"
quarters = [1]
[[issues.activities.outcomes]]
id = "1.1.1"
text = "x"
[[issues.activities]]
id = "1.2"
title = "Q1-Q2"
quarters = [1, 2]
[[issues.activities.outcomes]]
id = "1.2.1"
text = "x"
[[issues.activities]]
id = "1.3"
title = "Q2-Q3"
quarters = [2, 3]
[[issues.activities.outcomes]]
id = "1.3.1"
text = "x"
[[issues.activities]]
id = "1.4"
title = "Q3-Q4"
quarters = [3, 4]
[[issues.activities.outcomes]]
id = "1.4.1"
text = "x"
[[issues.activities]]
id = "1.5"
title = "Q1, done in Q1"
quarters = [1]
[[issues.activities.outcomes]]
id = "1.5.1"
text = "x"
"""


def states_at(number: int, today: dt.date) -> dict[str, ActivityState]:
    plan = parse_plan(STATES_PLAN.encode()).plan
    done = OutcomeProgress(Status.DONE, dt.date(2024, 11, 1))
    report = build_report(plan, {"1.5.1": done}, [], Quarter(2568, number), today)
    return {a.id: a.state for i in report.issues for a in i.activities}


def test_activity_states_at_the_end_of_q2() -> None:
    assert states_at(2, dt.date(2025, 5, 1)) == {
        "1.1": ActivityState.OVERDUE,  # its last quarter ended before Q2
        "1.2": ActivityState.OVERDUE,  # its last quarter, Q2, has ended with outcomes open
        "1.3": ActivityState.DUE,  # Q2 lies inside its period and the period goes on
        "1.4": ActivityState.NOT_STARTED,  # its first quarter is later
        "1.5": ActivityState.COMPLETE,
    }


def test_a_running_quarter_is_reported_as_of_today_and_says_so() -> None:
    plan = parse_plan(STATES_PLAN.encode()).plan
    report = build_report(plan, {}, [], Quarter(2568, 2), dt.date(2025, 2, 15))
    assert report.as_of == dt.date(2025, 2, 15)
    assert report.provisional
    states = {a.id: a.state for i in report.issues for a in i.activities}
    assert states["1.2"] is ActivityState.DUE  # Q2 is not over: not overdue yet
    text = export(plan, {}, [], quarter=2, today=dt.date(2025, 2, 15))
    assert "ไตรมาสนี้ยังไม่สิ้นสุด" in text
    assert re.search(r"ข้อมูล ณ วันที่\s+๑๕ ก\.พ\. ๒๕๖๘\n", text)


def test_a_done_on_date_after_today_is_not_counted_yet() -> None:
    plan = parse_plan(STATES_PLAN.encode()).plan
    future = OutcomeProgress(Status.DONE, dt.date(2025, 3, 1))
    report = build_report(plan, {"1.3.1": future}, [], Quarter(2568, 2), dt.date(2025, 2, 15))
    assert report.totals.done == 0


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_the_report_of_a_later_fiscal_year_counts_every_open_activity_overdue(
    number: int,
) -> None:
    plan = parse_plan(STATES_PLAN.encode()).plan
    report = build_report(plan, {}, [], Quarter(2569, number), dt.date(2026, 10, 1))
    assert report.quarter.start == Quarter(2569, number).start
    assert {a.state for i in report.issues for a in i.activities} == {ActivityState.OVERDUE}
