"""The tree: lazy outcomes, repaint without rebuild, labels cut to fit with the cookie kept."""

from __future__ import annotations

import datetime as dt

import pytest
from rich.cells import cell_len
from textual.widgets import Tree

from ita_tui.model import Issue, Outcome
from ita_tui.tui.widgets import plan_tree
from ita_tui.tui.widgets.details import Details

from .conftest import MakeApp, screen_text
from .test_keys import goto


def tree_rows(text: str, width: int) -> list[str]:
    """The tree's part of each body row (left of the details pane's border)."""
    rows = text.splitlines()[2:-1]
    return [row[: row.find("▏")] if "▏" in row else row for row in rows]


async def test_outcomes_are_added_only_when_their_activity_opens(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        tree = app.main.plan_tree
        assert not any(isinstance(n.data, Outcome) for n in tree._by_id.values())
        await goto(pilot, app, "2.1")
        await pilot.press("right")
        outcome_nodes = [n for n in tree._by_id.values() if isinstance(n.data, Outcome)]
        assert {n.data.id for n in outcome_nodes if n.data} == {f"2.1.{i}" for i in range(1, 8)}


async def test_nodes_are_added_in_one_batch(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual's Tree drops its caches and lays out again after every node added; the plan
    tree adds a whole plan, or an activity's outcomes, and then does it once."""
    calls: list[int] = []
    original = Tree._invalidate

    def invalidate(self: Tree[object]) -> None:
        calls.append(len(self._tree_nodes))
        original(self)

    monkeypatch.setattr(Tree, "_invalidate", invalidate)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        tree = app.main.plan_tree
        assert len(tree._tree_nodes) == 1 + 7 + 10  # the root, issues, activities
        # Tree's own clear(), the batch, and Tree's mount and resize: not one per node
        assert len(calls) <= 5, calls
        await goto(pilot, app, "7.1")
        calls.clear()
        await pilot.press("right")  # 12 outcomes added
        await pilot.pause()
        assert len(calls) == 2  # opening it, then its outcomes in one batch
        lines = tree._tree_lines
        assert sum(isinstance(line.node.data, Outcome) for line in lines) == 12  # laid out
        assert "☐" in screen_text(app)  # and drawn


async def test_a_tick_repaints_lines_without_rebuilding_the_tree(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, app, "1.3.1")
        tree = app.main.plan_tree
        _ = tree.last_line
        lines_before = tree._tree_lines_cached
        await pilot.press("space")
        await pilot.pause()
        assert tree._tree_lines_cached is lines_before  # same layout object: no rebuild
        text = screen_text(app)
        assert "[๑/๒]" in text  # activity 1.3
        assert "[๑/๑๓]" in text  # issue 1
        assert "เสร็จ ๑/๕๓" in text  # header


async def test_labels_are_cut_to_the_tree_width_keeping_the_cookie(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        width = app.main.plan_tree.scrollable_content_region.width
        for row in tree_rows(screen_text(app), 80):
            stripped = row.rstrip()
            if not stripped:
                continue
            assert cell_len(stripped) <= width
            assert stripped.endswith("]"), row  # every issue and activity shows its [done/total]


async def test_state_colours_follow_the_quarter(make_app: MakeApp) -> None:
    # 10 Feb 2025 is Q2: 1.2 (Q1 only) is overdue, 1.1 (Q1-2) due, 3.1 (Q3-4?) not started.
    app = make_app()
    async with app.run_test(size=(80, 24)):
        tallies = app.view.tallies
        plan = app.plan
        states = {
            a.id: tallies.activity_state(a, app.view.today).value for _, a in plan.activities()
        }
        assert states["1.2"] == "overdue"
        assert states["1.1"] == "due"
        issue1 = plan.find("1")
        assert isinstance(issue1, Issue)
        assert tallies.issue_state(issue1, app.view.today).value == "overdue"


async def test_a_plan_whose_year_has_passed_says_so(make_app: MakeApp) -> None:
    app = make_app(today=dt.date(2026, 1, 5))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = screen_text(app).splitlines()[1]
        assert "ปีงบ ๒๕๖๙" in header


async def test_a_huge_plan_opens_with_its_issues_closed(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_tree, "OPEN_ISSUES_UP_TO", 5)  # the bundled plan has 10
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        tree = app.main.plan_tree
        assert tree.last_line == 6  # seven issue lines
        assert tree.select_id("3.1.2")  # search and undo still reach anything
        await pilot.pause()
        assert tree.current is not None and tree.current.id == "3.1.2"


async def test_start_up_shows_the_first_issue_without_a_flash_of_the_plan(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setting Tree.show_root in __init__ once made the hidden root "highlighted": the details
    pane drew the plan's summary for a frame after start-up, then the first issue again."""
    drawn: list[object] = []
    original = Details.update

    def update(self: Details) -> None:
        drawn.append(self.node)
        original(self)

    monkeypatch.setattr(Details, "update", update)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        first_issue = app.plan.issues[0]
        assert drawn == [first_issue]  # drawn once, and only the issue under the cursor
        assert app.main.plan_tree.current is first_issue
        # the search box is made on the first search, not at start-up
        assert not app.main.query("SearchBar")
        await pilot.press("slash")
        assert app.main.search_bar.input.has_focus
