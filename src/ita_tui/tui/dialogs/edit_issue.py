"""``r`` on an issue: its title; ``o`` on an issue: a new issue (its activities are added
with ``O`` afterwards)."""

from __future__ import annotations

from textual.app import ComposeResult

from ita_tui.model import Issue, Plan
from ita_tui.tui.dialogs.edit_form import EditForm
from ita_tui.tui.i18n import num
from ita_tui.tui.services.plan_forms import IssueFields


class IssueForm(EditForm[IssueFields]):
    BOX = "dialog -wide"

    def __init__(self, issue: Issue | None, plan: Plan | None) -> None:
        super().__init__()
        self.issue = issue
        self.new = issue is None

    def title_text(self) -> str:
        if self.issue is None:
            return self.t("app.form.new_issue")
        return self.t("app.form.edit_issue", n=num(self.issue.number or self.issue.id, self.digits))

    def body(self) -> ComposeResult:
        yield self.label("app.field.issue_title")
        yield self.line(self.issue.title if self.issue else "", id="title")

    def fields(self) -> IssueFields:
        return IssueFields(self.value("title"))
