"""The app's language and digits are reactive: setting them draws every label again; only
the ``t`` and ``0`` keys remember the choice in the config file. The plan is reactive too:
replacing it shows it, and never compares two plans."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ita_tui.config import load_settings
from ita_tui.model import Plan
from ita_tui.tui.services.plan_switch import replace_plan

from .conftest import MakeApp, screen_text
from .test_keys import SIZE


async def test_setting_the_language_relabels_the_screen_without_remembering_it(
    make_app: MakeApp, config_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert "ปีงบประมาณ" in screen_text(app)
        app.lang = "en"
        await pilot.pause()
        assert app.view.lang == "en"
        text = screen_text(app)
        assert "Fiscal year" in text and "Search" in text  # header and key bar
        assert load_settings(config_path).lang == "th"  # a run's choice, not remembered


async def test_setting_the_digits_relabels_the_screen_without_remembering_it(
    make_app: MakeApp, config_path: Path
) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        assert "๒๕๖๘" in screen_text(app)
        app.digits = "arabic"
        await pilot.pause()
        assert app.view.digits == "arabic"
        assert "2568" in screen_text(app) and "๒๕๖๘" not in screen_text(app)
        assert load_settings(config_path).digits == "thai"


async def test_replacing_the_plan_shows_it_with_the_cursor_on_the_item_given(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        tree = app.main.plan_tree
        assert tree.current is not None and tree.current.id == "1"

        def no_compare(self: Plan, other: object) -> bool:
            raise AssertionError("two plans compared")  # slow on a large plan

        monkeypatch.setattr(Plan, "__eq__", no_compare)
        issue = app.plan.issues[1]
        edited = replace(
            app.plan,
            organisation="Renamed council",
            issues=(
                app.plan.issues[0],
                replace(issue, title="A retitled issue"),
                *app.plan.issues[2:],
            ),
        )
        replace_plan(app, edited, focus=issue.id)  # nothing else: the watcher shows it
        await pilot.pause()
        assert app.plan is edited and app.view.plan is edited
        assert app.title == "ita-tui · Renamed council"
        assert tree.current is not None and tree.current.id == issue.id
        assert "A retitled issue" in screen_text(app)
