"""How far an activity has come at a given day: counts of outcomes and the activity's state.

Shared by the terminal UI (state today) and the quarterly report (state at a quarter's end).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum

from ita_tui.model import PENDING, Activity, OutcomeProgress, Plan, Status
from ita_tui.records import record
from ita_tui.thai.calendar import FiscalYear, quarter_of


class ActivityState(StrEnum):
    COMPLETE = "complete"
    DUE = "due"  # the day lies inside the activity's period: work on it now
    OVERDUE = "overdue"  # its last quarter has ended with outcomes open
    NOT_STARTED = "not_started"  # its first quarter is later
    NO_OUTCOMES = "no_outcomes"  # it has no outcome yet: nothing to be done or complete


@record(frozen=True)
class Tally:
    """Outcomes done, applicable (total less not-applicable) and not applicable."""

    done: int = 0
    applicable: int = 0
    not_applicable: int = 0

    @property
    def total(self) -> int:
        return self.applicable + self.not_applicable

    @property
    def open(self) -> int:
        return self.applicable - self.done

    @property
    def complete(self) -> bool:
        """Every applicable outcome done (true of a count of none: see :func:`state_at`)."""
        return self.done == self.applicable

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.done + other.done,
            self.applicable + other.applicable,
            self.not_applicable + other.not_applicable,
        )


def tally(
    outcome_ids: Iterable[str],
    progress: Mapping[str, OutcomeProgress],
    as_of: dt.date | None = None,
) -> Tally:
    """Count outcomes; with ``as_of``, an outcome counts as done only if achieved by that day."""
    done = applicable = not_applicable = 0
    for outcome_id in outcome_ids:
        record = progress.get(outcome_id, PENDING)
        if record.status is Status.NOT_APPLICABLE:
            not_applicable += 1
            continue
        applicable += 1
        if record.status is Status.DONE and (as_of is None or record.is_done_by(as_of)):
            done += 1
    return Tally(done, applicable, not_applicable)


def activity_tally(
    activity: Activity, progress: Mapping[str, OutcomeProgress], as_of: dt.date | None = None
) -> Tally:
    return tally((o.id for o in activity.outcomes), progress, as_of)


def period_position(fiscal_year: int, day: dt.date) -> tuple[int, bool]:
    """Where ``day`` stands in a fiscal year: (quarter 0-5, whether that quarter has ended).

    0 means before the year began, 5 after it ended.
    """
    year = FiscalYear(fiscal_year)
    if day < year.start:
        return 0, False
    if day > year.end:
        return 5, True
    quarter = quarter_of(day)
    return quarter.number, day >= quarter.end


def activity_state(
    activity: Activity, counts: Tally, fiscal_year: int, day: dt.date
) -> ActivityState:
    """The state of an activity at the end of ``day``."""
    return state_at(activity, counts, period_position(fiscal_year, day))


def state_at(activity: Activity, counts: Tally, position: tuple[int, bool]) -> ActivityState:
    """:func:`activity_state` with the day's :func:`period_position` worked out once (a
    report asks it of every activity of the plan on the same day). An activity with no
    outcome is never complete: it has :attr:`ActivityState.NO_OUTCOMES`."""
    if counts.total == 0:
        return ActivityState.NO_OUTCOMES
    if counts.complete:
        return ActivityState.COMPLETE
    number, ended = position
    if activity.first_quarter > number:
        return ActivityState.NOT_STARTED
    if activity.last_quarter < number or (activity.last_quarter == number and ended):
        return ActivityState.OVERDUE
    return ActivityState.DUE


#: The order of urgency of the states, most urgent first.
URGENCY = (
    ActivityState.OVERDUE,
    ActivityState.DUE,
    ActivityState.NOT_STARTED,
    ActivityState.COMPLETE,
    ActivityState.NO_OUTCOMES,
)


def issue_state(states: Iterable[ActivityState]) -> ActivityState:
    """The state of an issue whose activities have ``states``: the most urgent of them;
    :attr:`ActivityState.NO_OUTCOMES` for an issue with no outcome in any activity."""
    found = set(states)
    return next((state for state in URGENCY if state in found), ActivityState.NO_OUTCOMES)


def plan_tally(
    plan: Plan, progress: Mapping[str, OutcomeProgress], as_of: dt.date | None = None
) -> Tally:
    return tally(plan.outcome_ids(), progress, as_of)
