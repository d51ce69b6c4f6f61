"""Done/total counts per activity, issue and plan, cached so a tick costs one activity's count.

The tree's cookies ``[3/5]`` and the header read from here on every repaint; a change to
one outcome invalidates only its activity, its issue and the total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from ita_tui.model import Activity, Issue, OutcomeProgress, Plan, Status
from ita_tui.state import ActivityState, Tally, activity_state, activity_tally, issue_state


class Tallies:
    """Cached :class:`Tally` of every activity and issue of ``plan`` over the live records."""

    def __init__(self, plan: Plan, records: Callable[[], Mapping[str, OutcomeProgress]]) -> None:
        self.plan = plan
        self._records = records
        self._issue_of: dict[str, Issue] = {}
        for issue in plan.issues:
            for activity in issue.activities:
                self._issue_of[activity.id] = issue
        self._outcome_count = sum(len(a.outcomes) for _, a in plan.activities())
        self._activities: dict[str, Tally] = {}
        self._issues: dict[str, Tally] = {}
        self._total: Tally | None = None

    def issue_of(self, activity: Activity) -> Issue:
        return self._issue_of[activity.id]

    def activity(self, activity: Activity) -> Tally:
        cached = self._activities.get(activity.id)
        if cached is None:
            cached = self._activities[activity.id] = activity_tally(activity, self._records())
        return cached

    def issue(self, issue: Issue) -> Tally:
        cached = self._issues.get(issue.id)
        if cached is None:
            cached = Tally()
            for activity in issue.activities:
                cached = cached + self.activity(activity)
            self._issues[issue.id] = cached
        return cached

    def total(self) -> Tally:
        """The whole plan, counted from the records (few) rather than the outcomes (many)."""
        if self._total is None:
            done = not_applicable = 0
            for outcome_id, record in self._records().items():
                if self.plan.outcome(outcome_id) is None:
                    continue  # kept for an outcome the plan no longer has
                if record.status is Status.NOT_APPLICABLE:
                    not_applicable += 1
                elif record.status is Status.DONE:
                    done += 1
            applicable = self._outcome_count - not_applicable
            self._total = Tally(done, applicable, not_applicable)
        return self._total

    def activity_state(self, activity: Activity, today: dt.date) -> ActivityState:
        return activity_state(activity, self.activity(activity), self.plan.fiscal_year, today)

    def issue_state(self, issue: Issue, today: dt.date) -> ActivityState:
        """An issue is as urgent as its most urgent activity (one with no outcome at all
        has :attr:`ActivityState.NO_OUTCOMES`)."""
        states = {self.activity_state(activity, today) for activity in issue.activities}
        return issue_state(states)

    def forget(self, outcome_ids: Iterable[str]) -> None:
        """Outcomes whose records changed: drop the counts that include them."""
        for outcome_id in outcome_ids:
            activity = self.plan.activity_of(outcome_id)
            if activity is None:
                continue
            self._activities.pop(activity.id, None)
            self._issues.pop(self._issue_of[activity.id].id, None)
            self._total = None

    def forget_all(self) -> None:
        self._activities.clear()
        self._issues.clear()
        self._total = None
