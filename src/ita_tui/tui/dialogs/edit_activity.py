"""``r`` on an activity: title, period, quarters (four check boxes), job titles and steps
(one per line) and OIT code; ``o`` / ``O``: a new activity."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Checkbox

from ita_tui.model import Activity
from ita_tui.tui.dialogs.edit_form import EditForm
from ita_tui.tui.i18n import num
from ita_tui.tui.services.plan_forms import ActivityFields, lines


class QuarterBox(Checkbox):
    """A check box whose mark is blank when off: told apart without colours too."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


class ActivityForm(EditForm[ActivityFields]):
    BOX = "dialog -wide -tall"

    def __init__(self, activity: Activity | None) -> None:
        super().__init__()
        self.activity = activity

    def title_text(self) -> str:
        if self.activity is None:
            return self.t("app.form.new_activity")
        return self.t(
            "app.form.edit_activity", n=num(self.activity.number or self.activity.id, self.digits)
        )

    def body(self) -> ComposeResult:
        activity = self.activity
        yield self.label("app.field.activity_title")
        yield self.line(activity.title if activity else "", id="title")
        yield self.label("app.field.period")
        yield self.line(activity.period if activity else "", id="period")
        yield self.label("app.field.quarters")
        quarters = activity.quarters if activity else ()
        with Horizontal(classes="edit-quarters"):
            for number in range(1, 5):
                yield QuarterBox(
                    self.c("app.field.quarter_n", n=num(number, self.digits)),
                    number in quarters,
                    id=f"q{number}",
                    classes="edit-field",
                    compact=True,
                )
        yield self.label("app.field.responsible")
        yield self.area("\n".join(activity.responsible) if activity else "", id="responsible")
        yield self.label("app.field.steps")
        yield self.area("\n".join(activity.steps) if activity else "", id="steps")
        yield self.label("app.field.oit")
        yield self.line((activity.oit or "") if activity else "", id="oit")

    def fields(self) -> ActivityFields:
        quarters = tuple(n for n in range(1, 5) if self.query_one(f"#q{n}", Checkbox).value)
        return ActivityFields(
            title=self.value("title"),
            period=self.value("period"),
            quarters=quarters,
            responsible=lines(self.value("responsible")),
            steps=lines(self.value("steps")),
            oit=self.value("oit").strip(),
        )
