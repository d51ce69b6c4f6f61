"""What the edit forms refuse, and what they hand to the plan writer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ita_tui.plan.edit import check_fields, normalise_fields
from ita_tui.tui.services import plan_forms as forms
from ita_tui.tui.services.plan_forms import ActivityFields, IssueFields, OutcomeFields, PlanFields

GOOD = ActivityFields("t", "ไตรมาสที่ ๑", (1,), ("นิติกร",), ("step",), "O1")


def test_activity_problems_in_order() -> None:
    assert forms.problem(GOOD) is None
    assert forms.problem(GOOD.__class__(" ", "", (1,), (), ())) == ("app.err.empty_title", {})
    assert forms.problem(ActivityFields("t", "ไตรมาสที่ ๑", (), (), ())) == (
        "app.err.period_no_quarter",
        {},
    )
    assert forms.problem(ActivityFields("t", "", (), (), ())) == ("app.err.no_quarter", {})
    assert forms.problem(ActivityFields("t", "", (2,), ("ปลัด", "นิติกร", "ปลัด "), ())) == (
        "app.err.duplicate_job",
        {"job": "ปลัด "},
    )
    assert forms.problem(ActivityFields("t", "", (2,), (), (), "O 1")) == ("app.err.oit", {})


def test_control_characters_are_refused_in_any_field() -> None:
    assert forms.problem(OutcomeFields("ok \x1b[2J")) == ("app.err.control", {})
    assert forms.problem(GOOD.__class__("t", "", (1,), ("a\x07",), ())) == ("app.err.control", {})
    assert forms.problem(OutcomeFields("tab\tis fine")) is None


def test_outcome_issue_and_plan_problems() -> None:
    assert forms.problem(OutcomeFields("  ")) == ("app.err.empty_text", {})
    assert forms.problem(OutcomeFields("x", "[bold]")) == ("app.err.oit", {})
    assert forms.problem(IssueFields("")) == ("app.err.empty_title", {})
    plan = PlanFields("อบต.", "", "", "แผน", "๒๕๖๙", "", "", "")
    assert forms.problem(plan) is None
    assert forms.problem(plan.__class__("", "", "", "แผน", "2569", "", "", "")) == (
        "app.err.empty_organisation",
        {},
    )
    assert forms.problem(PlanFields("o", "", "", "t", "69", "", "", "")) == (
        "app.err.fiscal_year",
        {},
    )
    assert forms.problem(PlanFields("o", "", "", "t", "2569", "2568", "", "")) is None
    assert forms.problem(PlanFields("o", "", "", "t", "2569", "", "90", "")) == (
        "app.err.ita_partial",
        {},
    )
    assert forms.problem(PlanFields("o", "", "", "t", "2569", "2568", "101", "")) == (
        "app.err.ita_score",
        {},
    )
    changes = dict(forms.plan_changes(PlanFields("o", "", "", "t", "๒๕๖๙", "2568", "90.5", "ดี")))
    assert changes["fiscal_year"] == 2569 and changes["ita.score"] == 90.5
    assert changes["district"] is None
    no_ita = dict(forms.plan_changes(PlanFields("o", "", "", "t", "2569", "", "", "")))
    assert not any(name.startswith("ita.") for name in no_ita)
    waiting = dict(forms.plan_changes(PlanFields("o", "", "", "t", "2570", "2569", "", "")))
    assert waiting["ita.year"] == 2569 and waiting["ita.score"] is None


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@given(
    title=texts,
    period=texts,
    quarters=st.sets(st.integers(1, 4)),
    jobs=st.lists(texts, max_size=4),
    steps=st.lists(texts, max_size=4),
)
def test_what_the_form_accepts_the_writer_accepts(
    title: str, period: str, quarters: set[int], jobs: list[str], steps: list[str]
) -> None:
    """The form never lets through an activity the plan writer would refuse."""
    fields = ActivityFields(
        title,
        period,
        tuple(sorted(quarters)),
        forms.lines("\n".join(jobs)),
        forms.lines("\n".join(steps)),
    )
    if forms.problem(fields) is None:
        written = normalise_fields("activity", dict(forms.changes(fields)))
        assert check_fields("activity", written) == []
