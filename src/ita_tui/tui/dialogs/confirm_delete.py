"""``delete``: asked before an item leaves the plan, saying what goes with it and how many
of those outcomes have recorded progress (kept, and back with ``ctrl+z``)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from ita_tui.tui.dialogs.dialog import Question
from ita_tui.tui.i18n import num


class ConfirmDelete(Question[bool]):
    ANSWERS = (
        ("app.dialog.cancel", "cancel", "primary", False),
        ("app.dialog.delete", "delete", "error", True),
    )

    def __init__(
        self, what: str, subject: str, activities: int, outcomes: int, recorded: int
    ) -> None:
        super().__init__()
        self.what = what
        self.subject = subject
        self.activities = activities
        self.outcomes = outcomes
        self.recorded = recorded

    def heading(self) -> Content:
        return self.c("app.delete.title", what=self.what)

    def body(self) -> ComposeResult:
        digits = self.digits
        yield Static(Content(self.subject), classes="dialog-subject")
        if self.activities:
            yield Static(
                self.c(
                    "app.delete.counts",
                    activities=num(self.activities, digits),
                    outcomes=num(self.outcomes, digits),
                )
            )
        elif self.outcomes > 1:
            yield Static(self.c("app.delete.counts_outcomes", outcomes=num(self.outcomes, digits)))
        if self.recorded:
            yield Static(
                self.c("app.delete.progress", n=num(self.recorded, digits)),
                id="delete-progress",
                classes="delete-warning",
            )
        else:
            yield Static(self.c("app.delete.no_progress"), id="delete-progress")
