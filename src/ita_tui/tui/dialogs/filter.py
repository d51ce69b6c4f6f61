"""``f``: show only one quarter's activities, one job title's, or open outcomes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Checkbox, Label, Select

from ita_tui.thai.calendar import quarter_label
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.labels import safe
from ita_tui.tui.services.filtering import PlanFilter

ANY = -1


class FilterDialog(Dialog[PlanFilter]):
    """Returns the filter chosen (an empty one clears), or None when cancelled."""

    def __init__(self, current: PlanFilter, jobs: list[str], this_quarter: int | None) -> None:
        super().__init__()
        self.current = current
        self.jobs = jobs
        self.this_quarter = this_quarter

    def compose(self) -> ComposeResult:
        lang, digits = self.lang, self.digits
        quarters: list[tuple[Content, int]] = [(self.c("app.filter.any_quarter"), ANY)]
        for number in range(1, 5):
            label = quarter_label(number, lang=lang, digits=digits)
            if number == self.this_quarter:
                label += " ◀"
            quarters.append((Content(label), number))
        jobs: list[tuple[Content, int]] = [(self.c("app.filter.any_job"), ANY)]
        jobs += [(Content(safe(job)), i) for i, job in enumerate(self.jobs)]
        current_job = self.jobs.index(self.current.job) if self.current.job in self.jobs else ANY
        if self.current.active:
            quarter = self.current.quarter if self.current.quarter is not None else ANY
        else:
            quarter = self.this_quarter if self.this_quarter is not None else ANY
        with Vertical(id="dialog", classes="dialog -narrow"):
            yield Label(self.c("app.filter.title"), classes="dialog-title")
            yield Label(self.c("app.filter.quarter"), classes="dialog-field")
            yield Select(quarters, value=quarter, allow_blank=False, id="quarter", compact=True)
            yield Label(self.c("app.filter.job"), classes="dialog-field")
            yield Select(jobs, value=current_job, allow_blank=False, id="job", compact=True)
            yield Checkbox(
                self.c("app.filter.open_only"), self.current.open_only, id="open-only", compact=True
            )
            with Horizontal(classes="dialog-buttons"):
                yield self.button("app.dialog.apply", id="apply", variant="primary")
                yield self.button("app.dialog.clear", id="clear")
                yield self.button("app.dialog.cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#quarter", Select).focus()

    def chosen(self) -> PlanFilter:
        quarter = self.query_one("#quarter", Select).value
        job = self.query_one("#job", Select).value
        return PlanFilter(
            quarter=quarter if isinstance(quarter, int) and quarter != ANY else None,
            job=self.jobs[job] if isinstance(job, int) and job != ANY else None,
            open_only=self.query_one("#open-only", Checkbox).value,
        )

    @on(Button.Pressed, "#apply")
    def _apply(self) -> None:
        self.dismiss(self.chosen())

    @on(Button.Pressed, "#clear")
    def _clear(self) -> None:
        self.dismiss(PlanFilter())

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
