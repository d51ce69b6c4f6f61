"""The outstanding outcomes (issue 18): each written out once, then each job title with
how many it must act on and their numbers, not every outcome's text again."""

from __future__ import annotations

from collections import Counter

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.report.document import Lines, Subheading, Table, build_document
from ita_tui.report.labels import Words
from ita_tui.report.model import build_report
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter

from .report_helpers import TODAY


def test_each_open_outcome_once_and_each_job_title_with_its_numbers(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    report = build_report(plan, records, changes, Quarter(2568, 2), TODAY)
    document = build_document(report, Words("th", "arabic"))
    section = next(s for s in document.sections if s.anchor == "outstanding")
    tables = [b for b in section.blocks if isinstance(b, Table)]
    assert len(tables) == 2
    listed, by_job = tables
    open_ids = {i.outcome.id for g in report.outstanding for i in g.items}
    assert sorted(row[0] for row in listed.rows) == sorted(open_ids)  # each once
    # overdue first
    states = [row[4].kind for row in listed.rows]  # type: ignore[union-attr]
    assert states == sorted(states, key=lambda kind: kind != "overdue")
    # who must act, with each outcome
    first = next(i for g in report.outstanding for i in g.items)
    row = next(r for r in listed.rows if r[0] == first.outcome.id)
    assert isinstance(row[2], Lines) and row[2].items == first.activity.activity.responsible
    assert [s.text for s in section.blocks if isinstance(s, Subheading)] == ["แยกตามผู้รับผิดชอบ"]
    assert [r[0] for r in by_job.rows] == [g.title or "ไม่ระบุผู้รับผิดชอบ" for g in report.outstanding]
    for group, job in zip(report.outstanding, by_job.rows, strict=True):
        assert job[2] == ", ".join(i.outcome.id for i in group.items)
        count = str(len(group.items))
        assert job[1] == (f"{count} (เกินกำหนด {group.overdue})" if group.overdue else count)


def test_an_outcome_text_is_not_repeated_under_every_job_title(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    html = export(plan, records, changes, quarter=2, fmt="html", today=TODAY)
    section = html[html.index('<section id="outstanding">') :]
    section = section[: section.index("</section>")]
    report = build_report(plan, records, changes, Quarter(2568, 2), TODAY)
    items = {i.outcome.id: i.outcome.outcome.text for g in report.outstanding for i in g.items}
    shared = Counter(t for t in items.values() if not set("&'<>") & set(t))
    assert len(shared) > 20
    for text, times in shared.items():  # a text two outcomes share is written twice
        assert section.count(text) == times, text
