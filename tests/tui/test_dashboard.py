"""``g``: the dashboard: charts of today's figures, jumps to the filtered tree, live updates."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from ita_tui.charts import compute
from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.store import ProgressStore
from ita_tui.tui.screens.dashboard import DashboardScreen
from ita_tui.tui.services.filtering import PlanFilter, visible
from ita_tui.tui.widgets.dashboard_chart import stacked

from .conftest import FIXTURE_RECORDS, TODAY, MakeApp

SIZES = [(80, 24), (120, 40)]


def _text(app: Any) -> str:
    options = app.screen.query_one(OptionList)
    return "\n".join(
        str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
    )


async def test_g_opens_the_dashboard_with_todays_figures(
    make_app: MakeApp, fixture_progress: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        assert screen.figures == compute(app.view.plan, app.view.records, TODAY)
        shown = _text(app)
        assert "ประเด็นที่ ๑" in shown and "ต.ค." in shown and "นิติกร" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, DashboardScreen)


async def test_thai_keyboard_opens_it_too(make_app: MakeApp, fixture_progress: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("เ")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


async def test_enter_on_an_issue_filters_the_tree_to_it(
    make_app: MakeApp, fixture_progress: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # the heading is skipped: issue 2
        await pilot.pause()
        assert app.view.plan_filter == PlanFilter(issue="2")
        assert [i.id for i in app.view.shown.issues] == ["2"]


async def test_enter_on_a_job_title_and_on_overdue(
    make_app: MakeApp, fixture_progress: Path
) -> None:
    day = dt.date(2025, 4, 10)  # Q3: the activities of Q1-2 with open outcomes are overdue
    app = make_app(today=day)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        options = screen.query_one(OptionList)
        first_job = options.get_option_index("job:0")
        options.highlighted = first_job
        await pilot.press("enter")
        await pilot.pause()
        job = compute(app.view.plan, app.view.records, day).jobs[0].title
        assert app.view.plan_filter == PlanFilter(job=job, open_only=True)
        await pilot.press("g")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        options.highlighted = options.get_option_index("overdue-all")
        await pilot.press("enter")
        await pilot.pause()
        assert app.view.plan_filter == PlanFilter(overdue_on=day)
        shown = app.view.shown
        assert shown.outcomes is not None
        plan = app.view.plan
        for outcome_id in shown.outcomes:
            activity = plan.activity_of(outcome_id)
            assert activity is not None and activity.last_quarter <= 2
            assert app.view.record(outcome_id).status in (Status.PENDING, Status.IN_PROGRESS)
        assert "1.1.3" in shown.outcomes


def test_overdue_filter_keeps_only_open_outcomes_of_ended_activities() -> None:
    plan = load_plan(bundled_plan_path()).plan
    shown = visible(plan, PlanFilter(overdue_on=dt.date(2025, 4, 10)), FIXTURE_RECORDS)
    assert shown.outcomes is not None
    assert "1.1.1" not in shown.outcomes  # done
    assert "1.1.4" in shown.outcomes  # 1.1 ended in Q2, still open
    assert "2.1.1" not in shown.outcomes  # 2.1 runs all year
    before = visible(plan, PlanFilter(overdue_on=dt.date(2024, 9, 1)), FIXTURE_RECORDS)
    assert before.issues == ()


async def test_a_tick_from_another_program_is_drawn(
    make_app: MakeApp, fixture_progress: Path, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        before = screen.figures
        assert before is not None
        other = ProgressStore(data_dir, app.view.plan.id)
        other.load()
        other.update("7.1.1", status=Status.DONE, done_on=TODAY, today=TODAY)
        screen.poll()
        await pilot.pause()
        after = screen.figures
        assert after is not None and after.done == before.done + 1
        assert after.issues[6].done == 1


def test_stacked_bar_keeps_its_width_and_shows_small_parts() -> None:
    from ita_tui.charts import Slice

    bar = stacked([(Slice.DONE, 1), (Slice.OVERDUE, 99)], 100, 20)
    assert bar.cell_len == 20 and bar.plain.startswith("█×")


def test_dashboard_draws_quickly_enough_to_measure() -> None:
    """Not a timed test: the benchmark measures the drawing; this checks it computes."""
    plan = load_plan(bundled_plan_path()).plan
    started = time.perf_counter()
    figures = compute(plan, FIXTURE_RECORDS, TODAY)
    assert figures.applicable == 52 and time.perf_counter() >= started


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_dashboard_snapshot(
    snap_compare: Any, make_app: MakeApp, fixture_progress: Path, lang: str, size: tuple[int, int]
) -> None:
    app = make_app(lang=lang, digits="thai" if lang == "th" else "arabic")
    assert snap_compare(app, press=["g"], terminal_size=size)


async def test_dashboard_is_in_the_command_palette(
    make_app: MakeApp, fixture_progress: Path
) -> None:
    from ita_tui.catalog import say

    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert any(title.startswith(say("app.key.dashboard", "en")) for title in titles)
