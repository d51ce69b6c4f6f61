"""The report's "changes this quarter" lists each outcome's net change: its state when the
quarter began against its state when it ended. A tick undone within the quarter is no
change; the JSON keeps the full trail. Checked on random histories against a replay."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_tui.clock import clock_for
from ita_tui.model import PENDING, Activity, Issue, Outcome, OutcomeProgress, Plan, Status
from ita_tui.report import export
from ita_tui.report.model import build_report
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter

IDS = ("1.1.1", "1.1.2", "1.1.3")
PLAN = Plan(
    "net",
    "แผน",
    "เทศบาล",
    2568,
    (
        Issue(
            "1",
            "ประเด็น",
            (Activity("1.1", "กิจกรรม", (1, 2), (), (), tuple(Outcome(i, i) for i in IDS)),),
        ),
    ),
)
Q2 = Quarter(2568, 2)  # 1 Jan - 31 Mar 2025
TODAY = dt.date(2025, 6, 1)
THAI = dt.timezone(dt.timedelta(hours=7))
#: moments from before Q2 to after it, in UTC (the log's clock)
START = dt.datetime(2024, 12, 20, tzinfo=dt.UTC)

_step = st.tuples(
    st.sampled_from(IDS),
    st.integers(0, 100 * 24 * 12),  # five-minute steps from START: about 100 days
    st.sampled_from(list(Status)),
    st.sampled_from([None, dt.date(2025, 1, 15), dt.date(2025, 2, 1)]),
    st.sampled_from(["somchai", "malee", ""]),
    st.sampled_from([(), ("https://x.go.th/a",)]),
)


def _history(
    steps: list[tuple[str, int, Status, dt.date | None, str, tuple[str, ...]]],
) -> tuple[dict[str, OutcomeProgress], list[Change]]:
    """Changes in time order, each one's old the record its outcome had before it."""
    records: dict[str, OutcomeProgress] = {}
    changes: list[Change] = []
    for outcome_id, minutes, status, done_on, by, evidence in sorted(steps, key=lambda s: s[1]):
        at = START + dt.timedelta(minutes=5 * minutes)
        old = records.get(outcome_id, PENDING)
        new = OutcomeProgress(
            status, done_on if status is Status.DONE else None, evidence, "", by, at
        )
        records[outcome_id] = new
        changes.append(Change(at=at, by=by, outcome_id=outcome_id, old=old, new=new))
    return records, changes


def _replay(changes: list[Change], until: dt.date) -> dict[str, OutcomeProgress]:
    """Every outcome's record at the end of ``until`` (Thai time), replaying the log."""
    state = dict.fromkeys(IDS, PENDING)
    for change in changes:
        if change.at.astimezone(THAI).date() <= until:
            state[change.outcome_id] = change.new
    return state


def _standing(record: OutcomeProgress) -> tuple[Status, dt.date | None]:
    return record.status, record.done_on if record.status is Status.DONE else None


@settings(max_examples=150, deadline=None)
@given(st.lists(_step, max_size=25))
def test_the_net_list_is_the_difference_of_the_start_and_the_end(
    steps: list[tuple[str, int, Status, dt.date | None, str, tuple[str, ...]]],
) -> None:
    records, changes = _history(steps)
    report = build_report(PLAN, records, changes, Q2, TODAY)
    before = _replay(changes, Q2.start - dt.timedelta(days=1))
    after = _replay(changes, Q2.end)
    expected = {
        i: (_standing(before[i]), _standing(after[i]))
        for i in IDS
        if _standing(before[i]) != _standing(after[i])
    }
    got = {c.outcome_id: (_standing(c.start), _standing(c.end)) for c in report.net_changes}
    assert got == expected
    for change in report.net_changes:  # signed by whoever changed it in the quarter
        in_quarter = [c for c in report.changes if c.outcome_id == change.outcome_id]
        assert set(change.by) == {c.by for c in in_quarter}
        assert change.at == in_quarter[-1].at
    # the JSON keeps the full trail of the quarter
    data = json.loads(export(PLAN, records, changes, quarter=2, fmt="json", today=TODAY))
    assert len(data["changes"]) == len(report.changes)
    assert [c["outcome"] for c in data["net_changes"]] == [c.outcome_id for c in report.net_changes]


def test_a_tick_undone_the_same_day_is_not_listed() -> None:
    at = dt.datetime(2025, 2, 3, 2, 0, tzinfo=dt.UTC)
    done = OutcomeProgress(Status.DONE, dt.date(2025, 2, 3), (), "", "somchai", at)
    undone = OutcomeProgress(Status.PENDING, None, (), "", "malee", at + dt.timedelta(minutes=3))
    changes = [
        Change(at=at, by="somchai", outcome_id="1.1.1", old=PENDING, new=done),
        Change(
            at=at + dt.timedelta(minutes=3), by="malee", outcome_id="1.1.1", old=done, new=undone
        ),
    ]
    records = {"1.1.1": undone}
    text = export(PLAN, records, changes, quarter=2, fmt="text", today=TODAY, lang="en")
    section = text.split("Changes this quarter")[1].split("Notes")[0]
    assert "None." in section and "somchai" not in section
    data = json.loads(export(PLAN, records, changes, quarter=2, fmt="json", today=TODAY))
    assert [c["by"] for c in data["changes"]] == ["somchai", "malee"]  # the trail
    assert data["net_changes"] == []


def test_a_change_is_signed_with_every_name_that_made_it() -> None:
    at = dt.datetime(2025, 2, 3, 2, 0, tzinfo=dt.UTC)
    started = OutcomeProgress(Status.IN_PROGRESS, None, (), "", "somchai", at)
    done = OutcomeProgress(Status.DONE, dt.date(2025, 2, 4), (), "", "มาลี ใจดี", at)
    changes = [
        Change(at=at, by="somchai", outcome_id="1.1.2", old=PENDING, new=started),
        Change(
            at=at + dt.timedelta(days=1), by="มาลี ใจดี", outcome_id="1.1.2", old=started, new=done
        ),
    ]
    text = export(PLAN, {"1.1.2": done}, changes, quarter=2, fmt="text", today=TODAY)
    section = text.split("การเปลี่ยนแปลงในไตรมาสนี้")[1]
    assert "somchai" in section and "มาลี ใจดี" in section
    assert "ยังไม่ดำเนินการ → ดำเนินการแล้ว" in section  # start against end, in one row


def _zone_plan(zone: str) -> Plan:
    return Plan(PLAN.id, PLAN.title, PLAN.organisation, 2568, PLAN.issues, timezone=zone)


#: 00:30 on 1 April in Bangkok, 13:30 on 31 March in New York
LATE = dt.datetime(2025, 3, 31, 17, 30, tzinfo=dt.UTC)


def _late_change() -> tuple[dict[str, OutcomeProgress], list[Change]]:
    done = OutcomeProgress(Status.DONE, dt.date(2025, 3, 31), (), "", "somchai", LATE)
    return {"1.1.1": done}, [
        Change(at=LATE, by="somchai", outcome_id="1.1.1", old=PENDING, new=done)
    ]


def test_times_are_in_the_machines_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    records, changes = _late_change()
    text = export(PLAN, records, changes, quarter=2, fmt="text", today=TODAY, lang="en")
    assert "31 Mar 2025 13:30" in text and "(UTC-04:00)" in text  # a change of Q2 there
    data = json.loads(export(PLAN, records, changes, quarter=2, fmt="json", today=TODAY))
    assert data["changes"][0]["at"] == "2025-03-31T13:30:00-04:00"
    assert data["timezone"] is None


def test_the_plans_zone_is_used_wherever_the_report_is_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    if clock_for("Asia/Bangkok").missing:
        pytest.skip("no time-zone database on this machine")
    records, changes = _late_change()
    plan = _zone_plan("Asia/Bangkok")
    q2 = export(plan, records, changes, quarter=2, fmt="text", today=TODAY, lang="en")
    assert "somchai" not in q2.split("Changes this quarter")[1]  # 1 April there: Q3
    q3 = export(plan, records, changes, quarter=3, fmt="text", today=TODAY, lang="en")
    assert "1 Apr 2025 00:30" in q3 and "Asia/Bangkok (UTC+07:00)" in q3
    data = json.loads(export(plan, records, changes, quarter=3, fmt="json", today=TODAY))
    assert data["timezone"] == "Asia/Bangkok"


def test_a_zone_not_known_here_falls_back_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    records, changes = _late_change()
    plan = _zone_plan("Mars/Olympus")
    text = export(plan, records, changes, quarter=2, fmt="text", today=TODAY, lang="en")
    assert "“Mars/Olympus” is not known on this computer" in text
    assert "31 Mar 2025 13:30" in text  # the local time instead
    thai = export(plan, records, changes, quarter=2, fmt="text", today=TODAY)
    assert "ไม่พบเขตเวลา «Mars/Olympus»" in thai
