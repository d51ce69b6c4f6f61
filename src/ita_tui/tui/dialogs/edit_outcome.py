"""``r`` on an outcome: its text and OIT code; ``o`` / ``O``: a new outcome."""

from __future__ import annotations

from textual.app import ComposeResult

from ita_tui.model import Outcome
from ita_tui.tui.dialogs.edit_form import EditForm
from ita_tui.tui.i18n import num
from ita_tui.tui.services.plan_forms import OutcomeFields


class OutcomeForm(EditForm[OutcomeFields]):
    BOX = "dialog -wide"

    def __init__(self, outcome: Outcome | None) -> None:
        super().__init__()
        self.outcome = outcome

    def title_text(self) -> str:
        if self.outcome is None:
            return self.t("app.form.new_outcome")
        return self.t(
            "app.form.edit_outcome", n=num(self.outcome.number or self.outcome.id, self.digits)
        )

    def body(self) -> ComposeResult:
        outcome = self.outcome
        yield self.label("app.field.outcome_text")
        yield self.area(outcome.text if outcome else "", id="text").add_class("-short")
        yield self.label("app.field.oit")
        yield self.line((outcome.oit or "") if outcome else "", id="oit")

    def fields(self) -> OutcomeFields:
        text = " ".join(self.value("text").split())  # one line in the plan
        return OutcomeFields(text, self.value("oit").strip())
