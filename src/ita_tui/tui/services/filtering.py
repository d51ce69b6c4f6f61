"""What the tree shows under a filter: one quarter's activities, one job title's, one
issue's, open outcomes, or the open outcomes of activities overdue on a day (the dashboard's
jumps).

Pure functions over the plan and the records; the tree asks them when it is (re)built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from ita_tui.model import PENDING, Activity, Issue, Outcome, OutcomeProgress, Plan, Status
from ita_tui.records import record
from ita_tui.state import period_position

OPEN_STATUSES = frozenset({Status.PENDING, Status.IN_PROGRESS})


@record(frozen=True)
class PlanFilter:
    """Which part of the plan to show; the default shows everything."""

    quarter: int | None = None
    job: str | None = None
    open_only: bool = False
    issue: str | None = None
    #: keep only activities overdue on this day (their last quarter of the plan's fiscal
    #: year has ended), and only their open outcomes
    overdue_on: dt.date | None = None

    @property
    def active(self) -> bool:
        return (
            self.quarter is not None
            or self.job is not None
            or self.open_only
            or self.issue is not None
            or self.overdue_on is not None
        )

    def keeps_activity(self, activity: Activity) -> bool:
        if self.quarter is not None and self.quarter not in activity.quarters:
            return False
        return self.job is None or self.job in activity.responsible


def is_open(record: OutcomeProgress) -> bool:
    return record.status in OPEN_STATUSES


@record(frozen=True)
class Visible:
    """A snapshot of what a filter lets through, taken when the filter is applied.

    Outcomes ticked afterwards stay in view (they do not vanish under the cursor) until
    the filter is applied again.
    """

    issues: tuple[Issue, ...]
    activities: frozenset[str]
    outcomes: frozenset[str] | None  # None: every outcome of a visible activity

    def activities_of(self, issue: Issue) -> Iterator[Activity]:
        return (a for a in issue.activities if a.id in self.activities)

    def outcomes_of(self, activity: Activity) -> Iterator[Outcome]:
        if self.outcomes is None:
            return iter(activity.outcomes)
        keep = self.outcomes
        return (o for o in activity.outcomes if o.id in keep)

    def keeps_outcome(self, outcome_id: str) -> bool:
        return self.outcomes is None or outcome_id in self.outcomes

    def walk(self) -> Iterator[Issue | Activity | Outcome]:
        """Every visible node in tree order."""
        for issue in self.issues:
            yield issue
            for activity in self.activities_of(issue):
                yield activity
                yield from self.outcomes_of(activity)


def _ended(activity: Activity, quarter: int, ended: bool) -> bool:
    """The activity's last quarter has ended (see :func:`ita_tui.state.activity_state`)."""
    return activity.last_quarter < quarter or (activity.last_quarter == quarter and ended)


def visible(plan: Plan, plan_filter: PlanFilter, records: Mapping[str, OutcomeProgress]) -> Visible:
    """The issues, activities and outcomes ``plan_filter`` keeps. Empty issues are dropped."""
    issues: list[Issue] = []
    activities: set[str] = set()
    open_only = plan_filter.open_only or plan_filter.overdue_on is not None
    outcomes: set[str] | None = set() if open_only else None
    position = (
        period_position(plan.fiscal_year, plan_filter.overdue_on)
        if plan_filter.overdue_on is not None
        else None
    )
    for issue in plan.issues:
        if plan_filter.issue is not None and issue.id != plan_filter.issue:
            continue
        kept = False
        for activity in issue.activities:
            if not plan_filter.keeps_activity(activity):
                continue
            if position is not None and not _ended(activity, *position):
                continue
            if outcomes is not None:
                open_ids = [o.id for o in activity.outcomes if is_open(records.get(o.id, PENDING))]
                if not open_ids:
                    continue
                outcomes.update(open_ids)
            activities.add(activity.id)
            kept = True
        if kept or (not plan_filter.active):
            issues.append(issue)
    return Visible(
        issues=tuple(issues),
        activities=frozenset(activities),
        outcomes=frozenset(outcomes) if outcomes is not None else None,
    )
