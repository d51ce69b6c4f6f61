"""A key that does nothing where the cursor is says why."""

from __future__ import annotations

import pytest

from ita_tui.model import Status

from .conftest import MakeApp
from .test_keys import SIZE, goto


@pytest.mark.parametrize(
    ("key", "label"), [("d", "วันที่"), ("v", "หลักฐาน"), ("s", "สถานะ"), ("a", "หมายเหตุ")]
)
async def test_outcome_keys_on_an_issue_say_why(make_app: MakeApp, key: str, label: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1")
        await pilot.press(key)
        await pilot.pause()
        note = app.main.header_bar.note
        assert note.startswith(f"{key} ({label}) ใช้กับผลลัพธ์"), note
        assert app.screen is app.main and dict(app.store.records) == {}


async def test_thai_layout_key_says_why_too(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        await pilot.press("ก")  # d on the Thai layout
        await pilot.pause()
        assert "ใช้กับผลลัพธ์" in app.main.header_bar.note


async def test_c_without_a_filter_and_n_without_a_search_say_why(make_app: MakeApp) -> None:
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1")
        await pilot.press("c")
        await pilot.pause()
        assert app.main.header_bar.note == "No filter is on: f sets one"


async def test_a_key_that_acts_says_nothing_extra(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("s")
        await pilot.pause()
        assert app.store.get("1.1.1").status is Status.IN_PROGRESS
        assert "ใช้กับผลลัพธ์" not in app.main.header_bar.note


async def test_letters_typed_in_the_search_box_are_not_keys(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1")
        await pilot.press("slash", "d", "v", "s")
        await pilot.pause()
        assert app.main.search_query == "dvs"
        assert "ใช้กับผลลัพธ์" not in app.main.header_bar.note


async def test_space_on_an_activity_opens_it_without_a_reason(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.3")
        await pilot.press("space")
        await pilot.pause()
        assert app.main.plan_tree.node_for("1.3").is_expanded  # type: ignore[union-attr]
        assert "ใช้กับผลลัพธ์" not in app.main.header_bar.note
