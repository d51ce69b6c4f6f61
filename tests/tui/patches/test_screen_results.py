"""The first screen can be switched for another: fails if Textual's first screen comes with
a result callback (the patch can go), or if ``Screen._result_callbacks`` /
``_push_result_callback`` change."""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen

from ita_tui.tui.patches.screen_results import give_result_callback


class Plain(App[None]):
    pass


async def test_the_first_screen_has_no_result_callback_for_switch_screen_to_pop() -> None:
    app = Plain()
    async with app.run_test():
        assert app.screen._result_callbacks == []


async def test_given_an_empty_result_callback_the_first_screen_is_switched() -> None:
    app = Plain()
    async with app.run_test() as pilot:
        first = app.screen
        give_result_callback(first)
        give_result_callback(first)  # once is enough: not a second one
        assert len(first._result_callbacks) == 1
        other: Screen[None] = Screen()
        await app.switch_screen(other)
        await pilot.pause()
        assert app.screen is other
