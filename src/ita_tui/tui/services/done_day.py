"""Which day an outcome is done on, so that the plan's own reports count it.

The quarterly report counts an outcome as done only if its ``done_on`` lies on or before
the quarter's last day (the as-of rule). A tick made after the plan's fiscal year has
ended would be dated today, and no report of that year would ever count it; so the app
asks for the date instead (:func:`outside_year`), and where the app's count (every
outcome ticked) and a report's count differ it says by how many (:func:`counted_by`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.records import record
from ita_tui.thai.calendar import FiscalYear


def outside_year(plan: Plan, day: dt.date) -> bool:
    """Whether an outcome done on ``day`` would count in none of the plan's reports.

    Only days after the fiscal year's end: an outcome done before the year began counts
    in every report of that year.
    """
    return day > FiscalYear(plan.fiscal_year).end


def year_end(plan: Plan) -> dt.date:
    return FiscalYear(plan.fiscal_year).end


@record(frozen=True)
class AsOfCount:
    """Outcomes done in the app, and how many of them a report as of ``day`` counts."""

    day: dt.date
    done: int
    counted: int

    @property
    def later(self) -> int:
        """Done, but after ``day``: the app counts them, the report does not."""
        return self.done - self.counted


def counted_by(plan: Plan, records: Mapping[str, OutcomeProgress], day: dt.date) -> AsOfCount:
    """Count the plan's done outcomes, and those done on or before ``day``."""
    done = counted = 0
    for outcome_id in plan.outcome_ids():
        progress = records.get(outcome_id)
        if progress is None or progress.status is not Status.DONE:
            continue
        done += 1
        if progress.is_done_by(day):
            counted += 1
    return AsOfCount(day, done, counted)
