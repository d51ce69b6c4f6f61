from __future__ import annotations

import datetime as dt

import pytest

from ita_tui.model import Activity, Outcome, OutcomeProgress, Status
from ita_tui.state import ActivityState, Tally, activity_state, activity_tally, period_position

STAMP = dt.datetime(2025, 1, 5, tzinfo=dt.UTC)


def make_activity(quarters: tuple[int, ...], n: int = 2) -> Activity:
    return Activity(
        id="1.1",
        title="t",
        quarters=quarters,
        responsible=("นิติกร",),
        steps=(),
        outcomes=tuple(Outcome(id=f"1.1.{i}", text=f"o{i}") for i in range(1, n + 1)),
    )


def done(on: dt.date) -> OutcomeProgress:
    return OutcomeProgress(status=Status.DONE, done_on=on, updated_at=STAMP)


def test_tally_counts_done_as_of_a_day_and_leaves_out_not_applicable() -> None:
    activity = make_activity((1, 2), n=3)
    records = {
        "1.1.1": done(dt.date(2025, 3, 31)),
        "1.1.2": done(dt.date(2025, 4, 1)),
        "1.1.3": OutcomeProgress(status=Status.NOT_APPLICABLE),
    }
    assert activity_tally(activity, records) == Tally(done=2, applicable=2, not_applicable=1)
    assert activity_tally(activity, records, dt.date(2025, 3, 31)) == Tally(1, 2, 1)
    assert activity_tally(activity, records, dt.date(2025, 3, 30)) == Tally(0, 2, 1)


def test_done_without_a_date_counts_from_when_it_was_recorded() -> None:
    record = OutcomeProgress(status=Status.DONE, updated_at=STAMP)
    assert record.is_done_by(dt.date(2025, 1, 5))
    assert not record.is_done_by(dt.date(2025, 1, 4))


@pytest.mark.parametrize(
    ("quarters", "day", "state"),
    [
        ((1, 2), dt.date(2025, 2, 1), ActivityState.DUE),
        ((1, 2), dt.date(2025, 3, 31), ActivityState.OVERDUE),  # at the end of its last quarter
        ((1, 2), dt.date(2025, 3, 30), ActivityState.DUE),
        ((1,), dt.date(2025, 1, 1), ActivityState.OVERDUE),
        ((3,), dt.date(2025, 3, 31), ActivityState.NOT_STARTED),
        ((3,), dt.date(2025, 4, 1), ActivityState.DUE),
        ((1, 2, 3, 4), dt.date(2024, 9, 30), ActivityState.NOT_STARTED),  # before the year
        ((1, 2, 3, 4), dt.date(2025, 10, 1), ActivityState.OVERDUE),  # after the year
    ],
)
def test_activity_state(quarters: tuple[int, ...], day: dt.date, state: ActivityState) -> None:
    activity = make_activity(quarters)
    counts = activity_tally(activity, {})
    assert activity_state(activity, counts, 2568, day) is state


def test_complete_wins_over_period() -> None:
    activity = make_activity((1,), n=1)
    records = {"1.1.1": done(dt.date(2024, 11, 1))}
    counts = activity_tally(activity, records, dt.date(2024, 12, 31))
    assert activity_state(activity, counts, 2568, dt.date(2024, 12, 31)) is ActivityState.COMPLETE


def test_period_position() -> None:
    assert period_position(2568, dt.date(2024, 9, 30)) == (0, False)
    assert period_position(2568, dt.date(2024, 12, 31)) == (1, True)
    assert period_position(2568, dt.date(2025, 1, 1)) == (2, False)
    assert period_position(2568, dt.date(2025, 10, 1)) == (5, True)


def test_status_cycle() -> None:
    assert [Status.PENDING.next(), Status.IN_PROGRESS.next(), Status.DONE.next()] == [
        Status.IN_PROGRESS,
        Status.DONE,
        Status.NOT_APPLICABLE,
    ]
    assert Status.NOT_APPLICABLE.next() is Status.PENDING
