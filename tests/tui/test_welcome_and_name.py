"""The welcome and the officer's name: both after the first screen, neither coming back.

The welcome shows over the bundled example once the first frame is on the terminal (it
used to be built and painted before it); dismissed, it is remembered in the settings.
Without ``ITA_TUI_USER`` and a remembered name, the app asks the officer's name (after
the welcome, if any): only a name closes the dialog, and it signs every change from then on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from ita_tui.config import Settings, load_settings
from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.store import ProgressStore
from ita_tui.store.change_log import read_log
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.name import NameDialog
from ita_tui.tui.screens.welcome import WelcomeScreen

from .conftest import TODAY, screen_text

SIZE = (80, 24)


class Watched(ItaApp):
    """Notes how many screens were up when Textual said the first frame was drawn."""

    at_first_frame: int | None = None

    def on_ready(self) -> None:  # Textual runs ItaApp's own handler after this one
        self.at_first_frame = len(self.screen_stack)


def build(
    data_dir: Path,
    config_path: Path,
    *,
    welcome: bool = False,
    settings: Settings | None = None,
    today: dt.date = TODAY,
) -> Watched:
    loaded = load_plan(bundled_plan_path())
    store = ProgressStore(data_dir, loaded.plan.id)
    store.load()
    app = Watched(
        loaded.plan,
        store,
        settings=settings or Settings(lang="en", digits="arabic"),
        data_dir=data_dir,
        today=today,
        config_path=config_path,
        plan_path=loaded.path,
        welcome=welcome,
    )
    app.cursor_blink = False
    return app


async def test_the_welcome_comes_after_the_first_frame_and_not_back(
    data_dir: Path, config_path: Path
) -> None:
    app = build(data_dir, config_path, welcome=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.at_first_frame == 1  # the first frame is the plan alone
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main
    assert load_settings(config_path).welcomed  # dismissed: remembered
    again = build(data_dir, config_path, welcome=True, settings=load_settings(config_path))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.screen is again.main  # the app was told to welcome, but it was dismissed


async def test_the_welcome_prints_commands_that_run_as_printed(
    data_dir: Path, config_path: Path
) -> None:
    app = build(data_dir, config_path, welcome=True, today=dt.date(2026, 12, 6))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = [line.strip(" │") for line in screen_text(app).splitlines()]
        # whole, each on one line of an 80-column terminal, and no path to the install
        assert "ita-tui import report.txt -o plan.toml" in lines
        assert 'ita-tui new plan.toml --organisation "Your office" --fiscal-year 2570' in lines
        assert "ita-tui next-year -o plan.toml" in lines
        assert "• roll this example into fiscal year 2570's plan" in lines
        assert str(bundled_plan_path().parent) not in screen_text(app)


async def test_the_name_is_asked_after_the_welcome_and_only_a_name_closes_it(
    data_dir: Path, config_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ITA_TUI_USER")
    app = build(data_dir, config_path, welcome=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.at_first_frame == 1
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NameDialog)
        assert dialog.query_one("#name", Input).value == ""  # prefilled with nothing
        await pilot.press("escape")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # esc and an empty name do not close it
        assert "Type your name" in str(dialog.query_one("#problem", Static).render())
        dialog.query_one("#name", Input).value = "  สมชาย ใจดี "
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main
        assert app.store.user == "สมชาย ใจดี"
        assert app.main.plan_tree.select_id("1.1.1")
        await pilot.press("space")
        await pilot.pause()
        app.main.save_pending()
    settings = load_settings(config_path)
    assert settings.user == "สมชาย ใจดี" and settings.welcomed
    [change] = read_log(app.store.log_path).changes
    assert change.by == "สมชาย ใจดี" and change.new.status is not Status.PENDING


async def test_no_name_is_asked_when_one_is_remembered_or_set_in_the_environment(
    data_dir: Path, config_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build(data_dir, config_path)  # ITA_TUI_USER=tester (the tests' own)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.screen is app.main and app.store.user == "tester"
    monkeypatch.delenv("ITA_TUI_USER")
    named = build(data_dir, config_path, settings=Settings(lang="en", user="สมหญิง"))
    async with named.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert named.screen is named.main
    asked: list[Any] = []
    fresh = build(data_dir, config_path)
    async with fresh.run_test(size=SIZE) as pilot:
        await pilot.pause()
        asked.append(fresh.at_first_frame)
        assert isinstance(fresh.screen, NameDialog)  # no welcome: the name straight away
    assert asked == [1]
