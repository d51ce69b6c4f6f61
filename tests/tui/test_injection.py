"""Plan and progress text is data: markup shows literally, escapes never reach the terminal."""

from __future__ import annotations

import pytest

from ita_tui.model import Plan
from ita_tui.tui.screens.help import HelpScreen

from .conftest import MakeApp, raw_output, screen_text
from .test_keys import SIZE, goto

CONTROL = [chr(c) for c in range(0x20) if c not in (0x0A,)] + ["\x7f", "\x9b"]


def assert_harmless(output: str) -> None:
    for char in CONTROL:
        assert char not in output, f"control character {char!r} reached the screen"


async def test_markup_in_titles_shows_literally(make_app: MakeApp, injection_plan: Plan) -> None:
    app = make_app(injection_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.pause()
        text = screen_text(app)
        assert "[@click=app.quit]x" in text
        assert "[bold]" in text
        assert "[@click=app.quit]org" in text
        assert "[@click=app.quit]outcome" in text
        assert "[link=https://evil.example]click me[/link]" in text
        await goto(pilot, app, "1.1")
        await pilot.pause()
        assert "[red]job[/red]" in screen_text(app)
        assert "[bold]plan[/bold]" in screen_text(app)


async def test_clicking_injected_markup_does_nothing(
    make_app: MakeApp, injection_plan: Plan
) -> None:
    app = make_app(injection_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.pause()
        rows = screen_text(app).splitlines()
        for y, row in enumerate(rows):
            x = row.find("[@click")
            if x >= 0:
                await pilot.click(offset=(x + 2, y))
                await pilot.pause()
        assert app.is_running and app.return_code is None


@pytest.mark.parametrize("node_id", ["1", "1.1", "1.1.1", "1.1.2"])
async def test_escape_characters_never_reach_the_terminal(
    make_app: MakeApp, injection_plan: Plan, node_id: str
) -> None:
    app = make_app(injection_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, app, node_id)
        await pilot.pause()
        output = raw_output(app)
        assert_harmless(output)
        assert "␛" in output  # ESC shown as a visible symbol instead


async def test_hostile_progress_text_is_harmless(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        app.main.change(
            "1.1.1",
            note="[@click=app.quit]note \x1b[2J\x07",
            evidence=("javascript:[b]x[/b]", "https://ok.example/\x1b]8;;x"),
        )
        await pilot.pause()
        text = screen_text(app)
        assert "[@click=app.quit]note" in text and "[b]x[/b]" in text
        assert_harmless(raw_output(app))


async def test_dialogs_show_hostile_titles_literally(
    make_app: MakeApp, injection_plan: Plan
) -> None:
    app = make_app(injection_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, app, "1.1.1")
        for key in ("a", "v", "d"):
            await pilot.press(key)
            await pilot.pause()
            assert "[@click=app.quit]outcome" in screen_text(app)
            assert_harmless(raw_output(app))
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert_harmless(raw_output(app))
        await pilot.press("escape")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert_harmless(raw_output(app))
