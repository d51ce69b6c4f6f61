"""The report's charts: the figures (ita_tui.charts), their SVG and the HTML page around them."""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ita_tui.charts import Slice, compute, month_ends
from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.report.document import Chart, build_document, text_bar
from ita_tui.report.labels import Words
from ita_tui.report.model import build_report
from ita_tui.report.render_svg import WIDTH, render_svg
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter

from .report_helpers import TODAY

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
REGENERATE = os.environ.get("ITA_TUI_REGEN_GOLDEN") == "1"
SVG = "{http://www.w3.org/2000/svg}"
Q2_END = dt.date(2025, 3, 31)


def _charts(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change], lang: str = "th"
) -> list[Chart]:
    report = build_report(plan, records, changes, Quarter(2568, 2), TODAY)
    document = build_document(report, Words(lang, "thai" if lang == "th" else "arabic"))
    section = next(s for s in document.sections if s.anchor == "charts")
    return [b for b in section.blocks if isinstance(b, Chart)]


# the figures --------------------------------------------------------------------------


def test_figures_of_the_fixture_agree_with_the_report(
    plan: Plan, records: dict[str, OutcomeProgress]
) -> None:
    figures = compute(plan, records, Q2_END)
    assert (figures.done, figures.applicable) == (8, 52)
    first = figures.issues[0]
    assert (first.done, first.due, first.overdue, first.not_yet) == (6, 3, 4, 0)
    assert figures.issues[1].not_applicable == 1
    assert sum(bar.total for bar in figures.issues) == 53
    # 1.1.4 was done on 1 April: not by the end of Q2
    assert [m.done for m in figures.months[:7]] == [0, 1, 3, 4, 5, 8, None]
    # Q1 activities (1.2: 3 outcomes) due in December, Q1-2 ones in March, the year's in September
    assert [m.planned for m in figures.months] == [0, 0, 3, 3, 3, 37, 37, 37, 37, 37, 37, 52]
    assert figures.jobs[0].overdue >= figures.jobs[-1].overdue
    overdue = [bar.overdue for bar in figures.jobs]
    assert overdue == sorted(overdue, reverse=True)
    lawyer = next(bar for bar in figures.jobs if bar.title == "นิติกร")
    assert (lawyer.overdue, lawyer.due) == (24, 0)


def test_each_outcome_is_in_exactly_one_slice(
    plan: Plan, records: dict[str, OutcomeProgress]
) -> None:
    for day in (dt.date(2024, 9, 1), dt.date(2024, 11, 15), Q2_END, dt.date(2025, 12, 1)):
        figures = compute(plan, records, day)
        for bar, issue in zip(figures.issues, plan.issues, strict=True):
            assert bar.total == sum(len(a.outcomes) for a in issue.activities)
            assert bar.total == sum(bar.count(part) for part in Slice)


def test_before_the_year_nothing_is_due_and_after_it_everything_open_is_overdue(
    plan: Plan, records: dict[str, OutcomeProgress]
) -> None:
    before = compute(plan, {}, dt.date(2024, 9, 1))
    assert all(bar.due == bar.overdue == 0 for bar in before.issues)
    assert all(m.done is None for m in before.months)
    after = compute(plan, records, dt.date(2025, 12, 1))
    assert all(bar.due == bar.not_yet == 0 for bar in after.issues)
    assert after.months[-1].done == 9


def test_month_ends_of_a_fiscal_year() -> None:
    ends = month_ends(2568)
    assert ends[0] == dt.date(2024, 10, 31) and ends[4] == dt.date(2025, 2, 28)
    assert ends[-1] == dt.date(2025, 9, 30) and len(ends) == 12


def test_text_bar_shows_every_part_and_never_overflows() -> None:
    assert text_bar([("done", 6), ("due", 3), ("overdue", 4)], 13) == "█████▒▒▒××××"
    assert text_bar([("done", 1), ("overdue", 99)], 100) == "█" + "×" * 11
    assert text_bar([("done", 0)], 0) == ""


# the SVG --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["th", "en"])
def test_svg_matches_its_golden_file(
    lang: str, plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    for chart in _charts(plan, records, changes, lang):
        path = GOLDEN / f"chart-{chart.anchor.removeprefix('chart-')}-{lang}.svg"
        svg = render_svg(chart) + "\n"
        if REGENERATE:
            path.write_text(svg, encoding="utf-8")
        assert path.read_text(encoding="utf-8") == svg, path.name


def _root(chart: Chart) -> ET.Element:
    root = ET.fromstring(render_svg(chart))
    assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}desc") is not None
    assert root.find(f"{SVG}title").text == chart.title  # type: ignore[union-attr]
    return root


def test_every_stacked_bar_is_as_long_as_its_figure(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    issues, _, jobs = _charts(plan, records, changes)
    figures = compute(plan, records, Q2_END)
    root = _root(issues)
    segments = root.findall(f".//{SVG}rect[@class='seg']")
    expected = [
        (part.value, bar.count(part), bar.count(part) * (WIDTH - 40) / bar.total)
        for bar in figures.issues
        for part in Slice
        if bar.count(part)
    ]
    assert len(segments) == len(expected)
    for rect, (token, value, width) in zip(segments, expected, strict=True):
        assert rect.get("data-series") == token
        assert int(rect.get("data-value", "")) == value
        assert float(rect.get("width", "")) == pytest.approx(width, abs=0.01)
    # the job titles' bars share one scale: the most open outcomes fill the width
    root = _root(jobs)
    top = max(bar.open for bar in figures.jobs)
    for rect in root.findall(f".//{SVG}rect[@class='seg']"):
        value = int(rect.get("data-value", ""))
        assert float(rect.get("width", "")) == pytest.approx(value * (WIDTH - 40) / top, abs=0.01)


def test_burnup_points_stand_at_their_figures(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    _, burnup, _ = _charts(plan, records, changes)
    root = _root(burnup)
    points = root.findall(f".//{SVG}circle[@class='point']")
    assert [int(p.get("data-value", "")) for p in points] == [0, 1, 3, 4, 5, 8]
    ys = [float(p.get("cy", "")) for p in points]
    zero, eight = ys[0], ys[-1]
    # y falls linearly with the value
    height_per_outcome = (zero - eight) / 8
    assert ys[2] == pytest.approx(zero - 3 * height_per_outcome, abs=0.02)
    lines = root.findall(f".//{SVG}polyline[@class='series']")
    assert [line.get("data-series") for line in lines] == ["done", "planned"]
    assert len(lines[1].get("points", "").split()) == 12
    assert root.find(f".//{SVG}line[@class='mark']") is not None


class _Audit(HTMLParser):
    """Every tag, and whatever could run or fetch: scripts, handlers, external references."""

    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "image", "img", "foreignobject"):
            self.bad.append(tag)
        if tag == "svg":
            self.svgs += 1
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.bad.append(f"{tag} {name}")
            if name in ("href", "xlink:href", "src") and not (
                value.startswith("#") or value.startswith(("https://", "mailto:"))
            ):
                self.bad.append(f"{tag} {name}={value}")
            if "url(" in value and not value.startswith("url(#"):
                self.bad.append(f"{tag} {name}={value}")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_html_charts_run_nothing_and_fetch_nothing(
    lang: str, plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    page = export(plan, records, changes, quarter=2, fmt="html", lang=lang, today=TODAY)
    audit = _Audit()
    audit.feed(page)
    assert audit.svgs == 3
    assert audit.bad == []
    assert "@import" not in page and "http://" not in page.split("<main>")[0]


def test_chart_figures_are_in_a_table_beside_each_svg(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    page = export(plan, records, changes, quarter=2, fmt="html", today=TODAY)
    for anchor in ("chart-issues", "chart-burnup", "chart-jobs"):
        figure = page[page.index(f'<figure class="chart" id="{anchor}">') :]
        figure = figure[: figure.index("</figure>")]
        assert "<svg" in figure and "<table>" in figure
    assert "TH Sarabun New" in page and "Laksaman" in page


def test_charts_follow_the_digits(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    thai = export(plan, records, changes, quarter=2, fmt="html", today=TODAY)
    arabic = export(plan, records, changes, quarter=2, fmt="html", digits="arabic", today=TODAY)
    assert ">๖/๑๓</text>" in thai and ">6/13</text>" in arabic
    assert ">ต.ค.</text>" in thai
    english = export(plan, records, changes, quarter=2, fmt="html", lang="en", today=TODAY)
    assert ">Oct</text>" in english and "due now" in english


def test_hostile_text_in_a_chart_is_escaped() -> None:
    from .report_helpers import hostile

    plan, records, changes = hostile()
    page = export(plan, records, changes, quarter=1, fmt="html", today=TODAY)
    audit = _Audit()
    audit.feed(page)
    assert audit.bad == []
    assert "&lt;script&gt;ปลัด&lt;/script&gt;" in page  # a job title, in the jobs chart


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_text_and_markdown_carry_the_same_figures(
    fmt: str, plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    text = export(plan, records, changes, quarter=2, fmt=fmt, digits="arabic", today=TODAY)
    assert "█████▒▒▒××××" in text  # issue 1: 6 done, 3 due, 4 overdue of 13
    assert "มี.ค. 2568" in text
