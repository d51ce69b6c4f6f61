"""The quarterly report as data: the plan as it stood at the end of a quarter.

:func:`build_report` reads the plan, the progress records and the change log and answers,
once, every question the report asks; the renderers only lay the answers out. No I/O.

The as-of rule: the report describes the plan on its *as-of day*, the last day of the
quarter (or today, while the quarter is still running: figures never claim days that have
not happened yet). An outcome counts as done only if it was achieved on or before that day,
so a Q2 report regenerated in Q4 still says what was done by 31 March. The states of the
activities follow from the same day through :func:`ita_tui.state.activity_state`. Outcomes
marked not applicable are left out of every denominator and listed apart.

Open outcomes carry the status recorded by the as-of day, read from the change log
(``in progress`` set after the quarter ended does not show in that quarter's report).
Change times are read in one zone, the app's (:mod:`ita_tui.clock`): the machine's local
time, or the plan's ``timezone``; a change belongs to the quarter its day falls in there.

The changes of the quarter are kept twice: the full trail (:attr:`Report.changes`, every
entry of the log, for JSON) and the net change of each outcome (:attr:`Report.net_changes`):
its state when the quarter began against its state when it ended. An outcome ticked and
untouched again within the quarter did not change, and is not listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ita_tui.charts import Figures
from ita_tui.charts import compute as compute_figures
from ita_tui.clock import LOCAL, Clock, clock_for
from ita_tui.model import PENDING, Activity, Issue, Outcome, OutcomeProgress, Plan, Status
from ita_tui.state import ActivityState, Tally, period_position, state_at
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter

#: The order in which states are counted and listed.
STATE_ORDER = (
    ActivityState.COMPLETE,
    ActivityState.DUE,
    ActivityState.OVERDUE,
    ActivityState.NOT_STARTED,
    ActivityState.NO_OUTCOMES,
)

#: The name of each state in the report's machine formats and page classes.
STATE_NAMES = {
    ActivityState.COMPLETE: "complete",
    ActivityState.DUE: "in_progress",
    ActivityState.OVERDUE: "overdue",
    ActivityState.NOT_STARTED: "not_started",
    ActivityState.NO_OUTCOMES: "no_outcomes",
}


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    """One outcome as it stood on the as-of day."""

    outcome: Outcome
    status: Status
    #: the day it was achieved, only if that is on or before the as-of day
    done_on: dt.date | None
    evidence: tuple[str, ...]
    note: str

    @property
    def id(self) -> str:
        """The permanent key (progress is recorded against it)."""
        return self.outcome.id

    @property
    def number(self) -> str:
        """The number shown, from the outcome's place in the plan."""
        return self.outcome.number or self.outcome.id

    @property
    def is_open(self) -> bool:
        return self.status in (Status.PENDING, Status.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    activity: Activity
    tally: Tally
    state: ActivityState
    #: the last day of the activity's last quarter in the plan's fiscal year
    due: dt.date
    outcomes: tuple[OutcomeRow, ...]

    @property
    def id(self) -> str:
        return self.activity.id

    @property
    def number(self) -> str:
        return self.activity.number or self.activity.id


@dataclass(frozen=True, slots=True)
class IssueRow:
    issue: Issue
    tally: Tally
    activities: tuple[ActivityRow, ...]

    @property
    def id(self) -> str:
        return self.issue.id

    @property
    def number(self) -> str:
        return self.issue.number or self.issue.id


@dataclass(frozen=True, slots=True)
class Item:
    """An outcome together with the activity it belongs to (for the lists of the report)."""

    activity: ActivityRow
    outcome: OutcomeRow


@dataclass(frozen=True, slots=True)
class JobGroup:
    """The open outcomes one job title must act on, overdue ones first."""

    title: str  # "" for activities that name no one
    items: tuple[Item, ...]
    #: how many of them are overdue (they come first)
    overdue: int


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One entry of the change log, its time in the report's zone."""

    at: dt.datetime
    by: str
    outcome_id: str
    outcome: Outcome | None  # None when the plan no longer has that outcome
    old: OutcomeProgress
    new: OutcomeProgress


@dataclass(frozen=True, slots=True)
class NetChange:
    """How one outcome's record differs between the quarter's start and its end."""

    outcome_id: str
    outcome: Outcome | None  # None when the plan no longer has that outcome
    #: the record when the quarter began (before its first change in the quarter)
    start: OutcomeProgress
    #: the record when the quarter ended (after its last change in the quarter)
    end: OutcomeProgress
    #: the time of its last change in the quarter, in the report's zone
    at: dt.datetime
    #: the officers who changed it in the quarter, as the log names them, each once
    by: tuple[str, ...]


def _standing(record: OutcomeProgress) -> tuple[Status, dt.date | None]:
    """What a net change compares: the status, and the done date of a done outcome."""
    return record.status, record.done_on if record.status is Status.DONE else None


@dataclass(frozen=True)
class Report:
    plan: Plan
    quarter: Quarter
    as_of: dt.date
    generated: dt.date
    totals: Tally
    states: Mapping[ActivityState, int]
    issues: tuple[IssueRow, ...]
    outstanding: tuple[JobGroup, ...]
    done_in_quarter: tuple[Item, ...]
    not_applicable: tuple[Item, ...]
    changes: tuple[ChangeRow, ...]
    notes: tuple[Item, ...]
    #: the charts' figures on the as-of day (shared with the app's dashboard)
    figures: Figures
    #: each outcome whose status or done date the quarter changed (see the module)
    net_changes: tuple[NetChange, ...] = ()
    #: the zone the times are in
    clock: Clock = LOCAL

    @property
    def activity_count(self) -> int:
        return sum(self.states.values())

    @property
    def provisional(self) -> bool:
        """The quarter has not ended: the report tells how things stand so far."""
        return self.as_of < self.quarter.end

    @property
    def months(self) -> int:
        """The report's round, counted in months of the fiscal year: 3, 6, 9 or 12."""
        return 3 * self.quarter.number


def as_of_day(quarter: Quarter, today: dt.date) -> dt.date:
    """The quarter's last day, or today while the quarter has not ended."""
    return min(quarter.end, today)


class _History:
    """What the change log says each outcome's status was at the end of one day."""

    def __init__(self, log: list[tuple[dt.datetime, Change]], day: dt.date) -> None:
        self.before: dict[str, Status] = {}  # status set by the last change up to that day
        self.after: dict[str, Status] = {}  # status before the first change after it
        for at, change in sorted(log, key=lambda entry: entry[0]):
            if at.date() <= day:
                self.before[change.outcome_id] = change.new.status
            else:
                self.after.setdefault(change.outcome_id, change.old.status)

    def status(self, outcome_id: str, current: Status) -> Status:
        if outcome_id in self.before:
            return self.before[outcome_id]
        return self.after.get(outcome_id, current)


def outcome_row(
    outcome: Outcome, record: OutcomeProgress, as_of: dt.date, history: _History
) -> OutcomeRow:
    """An outcome as of the as-of day: the rule for done, the log for what was open."""
    status = record.status
    if status is Status.NOT_APPLICABLE:
        done_on = None
    elif record.is_done_by(as_of):
        status = Status.DONE
        done_on = record.achieved_on
    else:
        then = history.status(outcome.id, status)
        status = Status.IN_PROGRESS if then is Status.IN_PROGRESS else Status.PENDING
        done_on = None
    return OutcomeRow(outcome, status, done_on, record.evidence, record.note)


def _row_tally(rows: tuple[OutcomeRow, ...]) -> Tally:
    """What :func:`ita_tui.state.tally` counts as of the as-of day, read from the rows (a row
    is done exactly when its record was done by then)."""
    done = not_applicable = 0
    for row in rows:
        if row.status is Status.DONE:
            done += 1
        elif row.status is Status.NOT_APPLICABLE:
            not_applicable += 1
    return Tally(done, len(rows) - not_applicable, not_applicable)


def build_report(
    plan: Plan,
    records: Mapping[str, OutcomeProgress],
    changes: Iterable[Change],
    quarter: Quarter,
    today: dt.date,
) -> Report:
    """Everything the report says about ``quarter``, as of its end (or ``today``)."""
    as_of = as_of_day(quarter, today)
    clock = clock_for(plan.timezone)
    # each change with its time in the report's zone, worked out once
    log = [(clock.at(change.at), change) for change in changes]
    history = _History(log, as_of)
    issues: list[IssueRow] = []
    states = dict.fromkeys(STATE_ORDER, 0)
    # worked out once for the whole plan: where the day stands, and each quarter's last day
    position = period_position(plan.fiscal_year, as_of)
    ends = {n: Quarter(plan.fiscal_year, n).end for n in range(1, 5)}
    done_in_quarter: list[Item] = []
    not_applicable: list[Item] = []
    notes: list[Item] = []
    items: list[Item] = []
    first, last = quarter.start, quarter.end
    for issue in plan.issues:
        activities: list[ActivityRow] = []
        for activity in issue.activities:
            rows = tuple(
                [
                    outcome_row(o, records.get(o.id, PENDING), as_of, history)
                    for o in activity.outcomes
                ]
            )
            counts = _row_tally(rows)
            state = state_at(activity, counts, position)
            states[state] += 1
            activity_row = ActivityRow(activity, counts, state, ends[activity.last_quarter], rows)
            activities.append(activity_row)
            for row in rows:
                item = Item(activity_row, row)
                items.append(item)
                if row.done_on is not None and first <= row.done_on <= last:
                    done_in_quarter.append(item)
                elif row.status is Status.NOT_APPLICABLE:
                    not_applicable.append(item)
                if row.note and not row.note.isspace():
                    notes.append(item)
        issue_tally = sum((a.tally for a in activities), Tally())
        issues.append(IssueRow(issue, issue_tally, tuple(activities)))
    totals = sum((i.tally for i in issues), Tally())
    trail = _changes_in(plan, log, quarter)
    return Report(
        plan=plan,
        quarter=quarter,
        as_of=as_of,
        generated=today,
        totals=totals,
        states=states,
        issues=tuple(issues),
        outstanding=_outstanding(plan, items),
        done_in_quarter=tuple(done_in_quarter),
        not_applicable=tuple(not_applicable),
        changes=trail,
        notes=tuple(notes),
        figures=compute_figures(plan, records, as_of, fiscal_year=quarter.fiscal_year),
        net_changes=net_changes(trail),
        clock=clock,
    )


def _outstanding(plan: Plan, items: list[Item]) -> tuple[JobGroup, ...]:
    """Open outcomes of activities that have begun, under each job title that must act."""
    started = (ActivityState.OVERDUE, ActivityState.DUE)
    open_items = [i for i in items if i.outcome.is_open and i.activity.state in started]
    # overdue first, then in progress; plan order within each (the sort is stable)
    open_items.sort(key=lambda i: i.activity.state is not ActivityState.OVERDUE)
    groups: dict[str, list[Item]] = {title: [] for title in plan.job_titles()}
    overdue = ActivityState.OVERDUE
    for item in open_items:
        for title in item.activity.activity.responsible or ("",):
            groups.setdefault(title, []).append(item)
    return tuple(
        JobGroup(title, tuple(found), sum(item.activity.state is overdue for item in found))
        for title, found in groups.items()
        if found
    )


def _changes_in(
    plan: Plan, log: list[tuple[dt.datetime, Change]], quarter: Quarter
) -> tuple[ChangeRow, ...]:
    first, last = quarter.start, quarter.end
    rows = [
        ChangeRow(
            at=at,
            by=change.by,
            outcome_id=change.outcome_id,
            outcome=plan.outcome(change.outcome_id),
            old=change.old,
            new=change.new,
        )
        for at, change in log
        if first <= at.date() <= last
    ]
    rows.sort(key=lambda row: (row.at, row.outcome_id))
    return tuple(rows)


def net_changes(trail: tuple[ChangeRow, ...]) -> tuple[NetChange, ...]:
    """Each outcome's record before its first change of ``trail`` (the quarter's, in time
    order) against its record after its last one, listed only where the status or the
    done date differs; in the order of their last changes."""
    first: dict[str, ChangeRow] = {}
    last: dict[str, ChangeRow] = {}
    names: dict[str, dict[str, None]] = {}
    for row in trail:
        first.setdefault(row.outcome_id, row)
        last[row.outcome_id] = row
        names.setdefault(row.outcome_id, {})[row.by] = None
    found = [
        NetChange(
            outcome_id=outcome_id,
            outcome=end.outcome,
            start=first[outcome_id].old,
            end=end.new,
            at=end.at,
            by=tuple(names[outcome_id]),
        )
        for outcome_id, end in last.items()
        if _standing(first[outcome_id].old) != _standing(end.new)
    ]
    found.sort(key=lambda change: (change.at, change.outcome_id))
    return tuple(found)
