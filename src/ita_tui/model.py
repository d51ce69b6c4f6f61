"""The domain: a Plan of Issues (ประเด็น) -> Activities (มาตรการ/กิจกรรม) -> Outcomes (ผลลัพธ์).

Plain frozen dataclasses with no I/O; the plan loader builds them, everything else reads them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import field
from enum import StrEnum

from ita_tui.records import record
from ita_tui.thai.calendar import FiscalYear, Quarter
from ita_tui.thai.digits import to_arabic_digits


class Status(StrEnum):
    """Where an outcome stands."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"

    def next(self) -> Status:
        """The next status in the cycle pending -> in progress -> done -> n/a -> pending."""
        order = list(Status)
        return order[(order.index(self) + 1) % len(order)]


@record(frozen=True)
class ItaResult:
    """The ITA assessment result the plan's measures answer."""

    year: int
    score: float | None  # None: not filled in yet (a plan rolled into the next year)
    level: str


@record(frozen=True)
class Outcome:
    id: str  # the permanent key: progress is recorded against it
    text: str
    oit: str | None = None
    number: str = ""  # the number shown ("1.2.3"), from its place in the plan


@record(frozen=True)
class Activity:
    id: str
    title: str
    quarters: tuple[int, ...]
    responsible: tuple[str, ...]
    steps: tuple[str, ...]
    outcomes: tuple[Outcome, ...]
    period: str = ""
    oit: str | None = None
    number: str = ""  # the number shown ("1.2"), from its place in the plan

    @property
    def first_quarter(self) -> int:
        return min(self.quarters)

    @property
    def last_quarter(self) -> int:
        return max(self.quarters)


@record(frozen=True)
class Issue:
    id: str  # the permanent key
    title: str
    activities: tuple[Activity, ...]
    number: str = ""  # the number shown ("1"), from its place in the plan

    def outcomes(self) -> Iterator[Outcome]:
        for activity in self.activities:
            yield from activity.outcomes


@record(frozen=True)
class Plan:
    id: str
    title: str
    organisation: str
    fiscal_year: int
    issues: tuple[Issue, ...]
    district: str = ""
    province: str = ""
    intro: str = ""
    ita: ItaResult | None = None
    #: The plan's key (``plan_key``): tells its progress from another plan's with the same
    #: id; "" for a plan without one (the bundled example, hand-written plans).
    key: str = ""
    #: the IANA zone its times are shown in (``Asia/Bangkok``); "" for the machine's own
    timezone: str = ""
    _index: dict[str, Issue | Activity | Outcome] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    _parents: dict[str, Activity] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )
    _numbers: dict[str, Issue | Activity | Outcome] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        for issue in self.issues:
            self._index[issue.id] = issue
            for activity in issue.activities:
                self._index[activity.id] = activity
                for outcome in activity.outcomes:
                    self._index[outcome.id] = outcome
                    self._parents[outcome.id] = activity

    @property
    def year(self) -> FiscalYear:
        return FiscalYear(self.fiscal_year)

    def quarter(self, number: int) -> Quarter:
        return Quarter(self.fiscal_year, number)

    def activities(self) -> Iterator[tuple[Issue, Activity]]:
        for issue in self.issues:
            for activity in issue.activities:
                yield issue, activity

    def outcomes(self) -> Iterator[Outcome]:
        for issue in self.issues:
            yield from issue.outcomes()

    def outcome_ids(self) -> list[str]:
        return [outcome.id for outcome in self.outcomes()]

    def find(self, node_id: str) -> Issue | Activity | Outcome | None:
        """The item whose permanent key is ``node_id``."""
        return self._index.get(node_id)

    def by_number(self, number: str) -> Issue | Activity | Outcome | None:
        """The item shown as ``number`` ("1.2.3"; Thai digits and spaces allowed)."""
        if not self._numbers:  # built on the first look-up: most uses never need it
            for node in self._index.values():
                self._numbers[node.number or node.id] = node
        return self._numbers.get(normalise_number(number))

    def lookup(self, text: str) -> Issue | Activity | Outcome | None:
        """What a person means by ``text``: the number shown first, else a permanent key."""
        return self.by_number(text) or self._index.get(text.strip())

    def issue_of(self, node_id: str) -> Issue | None:
        """The issue holding the item with key ``node_id`` (itself for an issue)."""
        for issue in self.issues:
            if issue.id == node_id:
                return issue
            for activity in issue.activities:
                if activity.id == node_id or any(o.id == node_id for o in activity.outcomes):
                    return issue
        return None

    def outcome(self, outcome_id: str) -> Outcome | None:
        node = self._index.get(outcome_id)
        return node if isinstance(node, Outcome) else None

    def activity_of(self, outcome_id: str) -> Activity | None:
        return self._parents.get(outcome_id)

    def job_titles(self) -> list[str]:
        """Every responsible job title, in order of first appearance."""
        seen: dict[str, None] = {}
        for _, activity in self.activities():
            for title in activity.responsible:
                seen.setdefault(title, None)
        return list(seen)

    @property
    def counts(self) -> PlanCounts:
        activities = [a for _, a in self.activities()]
        return PlanCounts(
            issues=len(self.issues),
            activities=len(activities),
            steps=sum(len(a.steps) for a in activities),
            outcomes=sum(len(a.outcomes) for a in activities),
        )


def normalise_number(text: str) -> str:
    """ "๑.๒.๓ " -> "1.2.3": Arabic digits, no spaces, no trailing dot or ")"."""
    return to_arabic_digits(text).replace(" ", "").strip().rstrip(".)")


@record(frozen=True)
class PlanCounts:
    issues: int
    activities: int
    steps: int
    outcomes: int


@record(frozen=True)
class OutcomeProgress:
    """What has been recorded about one outcome."""

    status: Status = Status.PENDING
    done_on: dt.date | None = None
    evidence: tuple[str, ...] = ()
    note: str = ""
    updated_by: str = ""
    updated_at: dt.datetime | None = None

    def is_done_by(self, day: dt.date) -> bool:
        """Done, and achieved on or before ``day`` (a missing date counts from the recording)."""
        if self.status is not Status.DONE:
            return False
        achieved = self.achieved_on
        return achieved is None or achieved <= day

    @property
    def achieved_on(self) -> dt.date | None:
        if self.status is not Status.DONE:
            return None
        if self.done_on is not None:
            return self.done_on
        return self.updated_at.date() if self.updated_at is not None else None


PENDING = OutcomeProgress()
