"""``P``: the plan's own fields: organisation, district, province, title, fiscal year and
the ITA result (year, score, level)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid

from ita_tui.model import Plan
from ita_tui.tui.dialogs.edit_form import EditForm
from ita_tui.tui.services.plan_forms import PlanFields

FIELDS = (
    ("organisation", "app.field.organisation"),
    ("district", "app.field.district"),
    ("province", "app.field.province"),
    ("title", "app.field.plan_title"),
    ("fiscal-year", "app.field.fiscal_year"),
    ("ita-year", "app.field.ita_year"),
    ("ita-score", "app.field.ita_score"),
    ("ita-level", "app.field.ita_level"),
)


def _score(value: float) -> str:
    return f"{value:g}"


class PlanForm(EditForm[PlanFields]):
    BOX = "dialog -wide"

    def __init__(self, plan: Plan) -> None:
        super().__init__()
        self.plan = plan

    def title_text(self) -> str:
        return self.t("app.form.edit_plan")

    def body(self) -> ComposeResult:
        plan = self.plan
        ita = plan.ita
        values = {
            "organisation": plan.organisation,
            "district": plan.district,
            "province": plan.province,
            "title": plan.title,
            "fiscal-year": str(plan.fiscal_year),
            "ita-year": str(ita.year) if ita else "",
            "ita-score": _score(ita.score) if ita and ita.score is not None else "",
            "ita-level": ita.level if ita else "",
        }
        with Grid(id="plan-grid"):
            for name, label in FIELDS:
                yield self.label(label)
                yield self.line(values[name], id=name)

    def fields(self) -> PlanFields:
        return PlanFields(
            organisation=self.value("organisation"),
            district=self.value("district"),
            province=self.value("province"),
            title=self.value("title"),
            fiscal_year=self.value("fiscal-year"),
            ita_year=self.value("ita-year"),
            ita_score=self.value("ita-score"),
            ita_level=self.value("ita-level"),
        )
