"""``delete``: asked before an item leaves the plan, saying what goes with it and how many
of those outcomes have recorded progress (kept, and back with ``ctrl+z``)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, Static

from ita_tui.tui.i18n import num
from ita_tui.tui.screens.dialog import Dialog


class ConfirmDelete(Dialog[bool]):
    def __init__(
        self, what: str, subject: str, activities: int, outcomes: int, recorded: int
    ) -> None:
        super().__init__()
        self.what = what
        self.subject = subject
        self.activities = activities
        self.outcomes = outcomes
        self.recorded = recorded

    def compose(self) -> ComposeResult:
        digits = self.digits
        with Vertical(id="dialog", classes="dialog -narrow -error"):
            yield Label(self.c("delete.title", what=self.what), classes="dialog-title")
            yield Static(Content(self.subject), classes="dialog-subject")
            if self.activities:
                yield Static(
                    self.c(
                        "delete.counts",
                        activities=num(self.activities, digits),
                        outcomes=num(self.outcomes, digits),
                    )
                )
            elif self.outcomes > 1:
                yield Static(self.c("delete.counts_outcomes", outcomes=num(self.outcomes, digits)))
            if self.recorded:
                yield Static(
                    self.c("delete.progress", n=num(self.recorded, digits)),
                    id="delete-progress",
                    classes="delete-warning",
                )
            else:
                yield Static(self.c("delete.no_progress"), id="delete-progress")
            with Horizontal(classes="dialog-buttons"):
                yield self.button("dialog.cancel", id="cancel", variant="primary")
                yield self.button("dialog.delete", id="delete", variant="error")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed, "#cancel")
    def _keep(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#delete")
    def _delete(self) -> None:
        self.dismiss(True)
