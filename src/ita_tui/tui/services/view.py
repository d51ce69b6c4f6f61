"""What every widget of the main screen reads from: the plan, live records and display choices.

One object, owned by the app, so that a tick, a language switch or a new search is seen
the same way by the tree, the details pane and the header.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

from ita_tui.model import PENDING, OutcomeProgress, Plan
from ita_tui.store import ProgressStore
from ita_tui.tui.services.filtering import PlanFilter, Visible, visible
from ita_tui.tui.services.tallies import Tallies


class View:
    """The plan, the store, counts, today, and how to show them (language, digits, search)."""

    def __init__(
        self,
        plan: Plan,
        store: ProgressStore,
        *,
        lang: str,
        digits: str,
        today: Callable[[], dt.date],
    ) -> None:
        self.plan = plan
        self.store = store
        self.lang = lang
        self.digits = digits
        self._today = today
        self.tallies = Tallies(plan, lambda: store.records)
        self.plan_filter = PlanFilter()
        self.shown: Visible = visible(plan, self.plan_filter, store.records)
        #: The search as a pattern for highlighting, and the ids that match it.
        self.pattern: re.Pattern[str] | None = None
        self.matches: frozenset[str] = frozenset()
        #: Per outcome, the last "changed meanwhile" notice (shown in its details).
        self.conflicts: dict[str, str] = {}

    @property
    def today(self) -> dt.date:
        return self._today()

    @property
    def records(self) -> Mapping[str, OutcomeProgress]:
        return self.store.records

    def record(self, outcome_id: str) -> OutcomeProgress:
        return self.store.records.get(outcome_id, PENDING)

    def apply_filter(self, plan_filter: PlanFilter) -> None:
        self.plan_filter = plan_filter
        self.shown = visible(self.plan, plan_filter, self.store.records)
