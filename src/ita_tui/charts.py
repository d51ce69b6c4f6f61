"""The figures behind the charts: where the plan stands on one day, counted three ways.

One computation for every place that draws them: the report's HTML (SVG), text and
Markdown, and the app's dashboard. No words, no layout, no I/O.

* per issue: its outcomes split into done / due now / overdue / not yet due / not
  applicable on the day;
* the burn-up: for each month of the fiscal year, outcomes done by its end against what the
  plan's quarters call for by then (an activity's outcomes are due at the end of its last
  quarter);
* per job title: the open outcomes of activities that have begun, overdue ones first.

The as-of rule is the report's: an outcome counts as done only if achieved on or before the
day; outcomes marked not applicable are left out of every count but their own.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from ita_tui.model import PENDING, Activity, OutcomeProgress, Plan, Status
from ita_tui.records import record
from ita_tui.state import period_position
from ita_tui.thai.calendar import FiscalYear, Quarter


class Slice(StrEnum):
    """Where an outcome stands on the day (the parts of a stacked bar, in drawing order)."""

    DONE = "done"
    DUE = "due"  # open, its activity's period runs now
    OVERDUE = "overdue"  # open, its activity's last quarter has ended
    NOT_YET = "not_yet"  # open, its activity's first quarter is later
    NOT_APPLICABLE = "not_applicable"


SLICES: tuple[Slice, ...] = tuple(Slice)


@record(frozen=True)
class IssueBar:
    issue_id: str
    title: str
    done: int = 0
    due: int = 0
    overdue: int = 0
    not_yet: int = 0
    not_applicable: int = 0
    number: str = ""  # the number shown ("1"); the key is issue_id

    def count(self, part: Slice) -> int:
        return int(getattr(self, part.value))

    @property
    def total(self) -> int:
        return self.done + self.due + self.overdue + self.not_yet + self.not_applicable

    @property
    def applicable(self) -> int:
        return self.total - self.not_applicable


@record(frozen=True)
class MonthPoint:
    """One month of the fiscal year: outcomes done by its end (None for a month that has not
    begun on the day; the running month counts up to the day) and called for by its end."""

    month_end: dt.date
    done: int | None
    planned: int


@record(frozen=True)
class JobBar:
    title: str  # "" for activities that name no one
    overdue: int
    due: int

    @property
    def open(self) -> int:
        return self.overdue + self.due


@record(frozen=True)
class Figures:
    as_of: dt.date
    fiscal_year: int
    issues: tuple[IssueBar, ...]
    months: tuple[MonthPoint, ...]
    jobs: tuple[JobBar, ...]
    #: applicable outcomes of the whole plan (the top of the burn-up)
    applicable: int

    @property
    def done(self) -> int:
        return sum(bar.done for bar in self.issues)

    @property
    def overdue(self) -> int:
        return sum(bar.overdue for bar in self.issues)


def month_ends(fiscal_year: int) -> tuple[dt.date, ...]:
    """The last day of each month of the fiscal year, October first."""
    start = FiscalYear(fiscal_year).start
    ends = []
    for n in range(12):
        year = start.year + (start.month - 1 + n) // 12
        month = (start.month - 1 + n) % 12 + 1
        ends.append(dt.date(year, month, calendar.monthrange(year, month)[1]))
    return tuple(ends)


def _timing(activity: Activity, quarter: int, ended: bool) -> Slice:
    """Where an open outcome of ``activity`` stands when the day lies in ``quarter``."""
    if activity.first_quarter > quarter:
        return Slice.NOT_YET
    if activity.last_quarter < quarter or (activity.last_quarter == quarter and ended):
        return Slice.OVERDUE
    return Slice.DUE


def compute(
    plan: Plan,
    records: Mapping[str, OutcomeProgress],
    as_of: dt.date,
    *,
    fiscal_year: int | None = None,
) -> Figures:
    """The figures of ``plan`` on ``as_of`` (the quarters of ``fiscal_year``, default the plan's)."""
    year = plan.fiscal_year if fiscal_year is None else fiscal_year
    quarter, ended = period_position(year, as_of)
    ends = month_ends(year)
    done_by_month = [0] * 12  # outcomes achieved within each month (before: in the first)
    due_by_month = [0] * 12  # applicable outcomes whose activity is due within each month
    issues: list[IssueBar] = []
    jobs: dict[str, list[int]] = {title: [0, 0] for title in plan.job_titles()}
    applicable = 0
    # worked out once: each quarter's month of reckoning, and each month's place in the year
    due_months = {n: _month_index(ends, Quarter(year, n).end) for n in range(1, 5)}
    month_of = {(end.year, end.month): index for index, end in enumerate(ends)}
    for issue in plan.issues:
        counts = dict.fromkeys(SLICES, 0)
        for activity in issue.activities:
            timing = _timing(activity, quarter, ended)
            due_month = due_months[activity.last_quarter]
            begun = timing is not Slice.NOT_YET
            open_count = 0
            for outcome in activity.outcomes:
                entry = records.get(outcome.id, PENDING)
                status = entry.status
                if status is Status.NOT_APPLICABLE:
                    counts[Slice.NOT_APPLICABLE] += 1
                    continue
                applicable += 1
                if due_month is not None:
                    due_by_month[due_month] += 1
                if status is Status.DONE and entry.is_done_by(as_of):
                    counts[Slice.DONE] += 1
                    achieved = entry.achieved_on or as_of
                    index = month_of.get((achieved.year, achieved.month))
                    if index is None:
                        index = 0 if achieved < ends[0] else 11
                    done_by_month[index] += 1
                    continue
                counts[timing] += 1
                open_count += 1
            if begun and open_count:  # the activity's open outcomes, under each job title
                side = 0 if timing is Slice.OVERDUE else 1
                for title in activity.responsible or ("",):
                    jobs.setdefault(title, [0, 0])[side] += open_count
        issues.append(
            IssueBar(
                issue.id,
                issue.title,
                done=counts[Slice.DONE],
                due=counts[Slice.DUE],
                overdue=counts[Slice.OVERDUE],
                not_yet=counts[Slice.NOT_YET],
                not_applicable=counts[Slice.NOT_APPLICABLE],
                number=issue.number or issue.id,
            )
        )
    months: list[MonthPoint] = []
    done_total = planned_total = 0
    for index, end in enumerate(ends):
        done_total += done_by_month[index]
        planned_total += due_by_month[index]
        begun = end.replace(day=1) <= as_of
        months.append(MonthPoint(end, done_total if begun else None, planned_total))
    job_bars = [JobBar(title, pair[0], pair[1]) for title, pair in jobs.items() if sum(pair)]
    job_bars.sort(key=lambda bar: (-bar.overdue, -bar.open))
    return Figures(
        as_of=as_of,
        fiscal_year=year,
        issues=tuple(issues),
        months=tuple(months),
        jobs=tuple(job_bars),
        applicable=applicable,
    )


def _month_index(ends: tuple[dt.date, ...], day: dt.date) -> int | None:
    """Which month of the fiscal year ``day`` falls in, or None outside the year."""
    if day > ends[-1] or day < ends[0].replace(day=1):
        return None
    for index, end in enumerate(ends):
        if day <= end:
            return index
    return None
