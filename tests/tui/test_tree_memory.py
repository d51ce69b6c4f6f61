"""Reopening the app restores the cursor and the open branches, per plan."""

from __future__ import annotations

from ita_tui.plan_memory import TreeState, load_tree, save_tree

from .conftest import MakeApp
from .test_keys import SIZE, current_id, goto


async def test_the_cursor_and_open_branches_come_back(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.2")  # opens activity 3.1
        await goto(pilot, app, "1")
        await pilot.press("h")  # close issue 1
        await pilot.pause()
        await goto(pilot, app, "2.1")
        await pilot.press("l")  # open activity 2.1
        await pilot.pause()
        await goto(pilot, app, "2.1.3")
        await pilot.press("q")
        await pilot.pause()
    state = load_tree(app.memory_path)
    assert state.cursor == "2.1.3"
    assert state.expanded is not None
    assert "1" not in state.expanded and {"2", "2.1", "3.1"} <= set(state.expanded)
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert current_id(again) == "2.1.3"
        tree = again.main.plan_tree
        assert not tree.node_for("1").is_expanded  # type: ignore[union-attr]
        assert tree.node_for("3.1").is_expanded  # type: ignore[union-attr]
        assert tree.node_for("2.1").is_expanded  # type: ignore[union-attr]


async def test_first_run_opens_at_the_top(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert current_id(app) == "1"


async def test_ids_no_longer_in_the_plan_are_skipped(make_app: MakeApp) -> None:
    app = make_app()
    save_tree(app.memory_path, TreeState(cursor="9.9.9", expanded=("9", "9.1", "1.1")))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert current_id(app) == "1"
        assert app.main.plan_tree.node_for("1.1").is_expanded  # type: ignore[union-attr]


async def test_a_damaged_memory_file_opens_as_usual(make_app: MakeApp) -> None:
    app = make_app()
    app.memory_path.parent.mkdir(parents=True, exist_ok=True)
    app.memory_path.write_text("[[[ not toml", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert current_id(app) == "1"
