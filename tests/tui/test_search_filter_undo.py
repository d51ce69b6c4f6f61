"""Search, filter and undo on the main screen."""

from __future__ import annotations

from textual.widgets import Checkbox, Select

from ita_tui.model import Activity, Outcome, Status
from ita_tui.tui.dialogs.filter import FilterDialog
from ita_tui.tui.services.filtering import PlanFilter

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, current_id, goto


async def type_search(pilot, app, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    app.main.search_bar.input.insert_text_at_cursor(query)
    await pilot.pause()


async def test_search_highlights_counts_and_jumps_while_typing(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, app, "ออนไลน์")
        matches = app.view.matches
        assert {"1.1.2", "1.1.3"} <= matches
        assert current_id(app) == "1.1.2"  # the first matching outcome, already in view
        assert "๒ จาก ๖" in screen_text(app)  # where the cursor is among the matches


async def test_enter_lands_on_the_first_matching_outcome_in_tree_order(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "7.1")  # searching starts far down the tree
        await type_search(pilot, app, "คู่มือ")
        await pilot.press("enter")
        await pilot.pause()
        assert not app.main.search_bar.display
        assert current_id(app) == "1.1.1"
        assert app.main.plan_tree.has_focus


async def test_search_finds_steps_and_job_titles(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, app, "E-Service")  # only in a step of 1.1 and issue 2
        await pilot.press("enter")
        await pilot.pause()
        assert current_id(app) == "1.1"
        await pilot.press("escape")
        await type_search(pilot, app, "นักวิเคราะห์")  # a job title
        assert "1.3" in app.view.matches and "1.4" in app.view.matches
        assert "1.1" not in app.view.matches


async def test_search_ignores_digit_style(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, app, "5 งาน")  # the plan writes ๕ งาน
        assert "1.1.1" in app.view.matches


async def test_esc_in_the_box_cancels_and_goes_back(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "5.1")
        await type_search(pilot, app, "ทรัพย์สิน")
        assert current_id(app) != "5.1"
        await pilot.press("escape")
        await pilot.pause()
        assert current_id(app) == "5.1"
        assert app.view.matches == frozenset()


async def test_no_match_says_so(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, app, "ไม่มีคำนี้แน่นอน")
        assert "ไม่พบ" in screen_text(app)
        await pilot.press("enter")
        await pilot.press("n")  # nothing to step to: no crash, a note
        assert app.view.matches == frozenset()


async def test_next_match_wraps_around(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, app, "ออนไลน์")
        await pilot.press("enter")
        seen = [current_id(app)]
        for _ in range(len(app.view.matches)):
            await pilot.press("n")
            seen.append(current_id(app))
        assert seen[0] == seen[-1]
        assert set(seen) == set(app.view.matches)


async def test_filter_by_job_title_shows_exactly_its_activities(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        dialog = app.screen
        assert isinstance(dialog, FilterDialog)
        dialog.query_one("#quarter", Select).value = -1
        dialog.query_one("#job", Select).value = app.plan.job_titles().index("นิติกร")
        await pilot.click("#apply")
        await pilot.pause()
        tree = app.main.plan_tree
        shown = {
            node.data.id
            for line in range(tree.last_line + 1)
            if (node := tree.get_node_at_line(line)) is not None and isinstance(node.data, Activity)
        }
        expected = {a.id for _, a in app.plan.activities() if "นิติกร" in a.responsible}
        assert shown == expected
        assert "ผู้รับผิดชอบ: นิติกร" in screen_text(app)


async def test_filter_open_outcomes_only(make_app: MakeApp, fixture_progress) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.main.apply_filter(PlanFilter(open_only=True))
        await pilot.pause()
        tree = app.main.plan_tree
        # 1.2 is complete in the fixture: it is gone; 1.1 keeps only its open outcomes.
        assert tree.node_for("1.2") is None
        assert tree.select_id("1.1.3")
        assert tree.node_for("1.1.1") is None
        await pilot.pause()
        assert "เฉพาะที่ยังไม่เสร็จ" in screen_text(app)


async def test_filter_by_quarter_from_the_dialog(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        dialog = app.screen
        dialog.query_one("#quarter", Select).value = 3
        dialog.query_one("#open-only", Checkbox).value = True
        await pilot.click("#apply")
        await pilot.pause()
        flt = app.view.plan_filter
        assert flt == PlanFilter(quarter=3, open_only=True)
        for _, activity in app.plan.activities():
            node = app.main.plan_tree.node_for(activity.id)
            assert (node is not None) == (3 in activity.quarters)


async def test_a_ticked_outcome_stays_in_view_under_the_open_filter(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.main.apply_filter(PlanFilter(open_only=True))
        await goto(pilot, app, "2.1.3")
        await pilot.press("space")
        assert current_id(app) == "2.1.3"  # it does not vanish under the cursor


async def test_search_inside_a_filter_sees_only_what_is_shown(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.main.apply_filter(PlanFilter(quarter=3))
        await pilot.pause()
        await type_search(pilot, app, "คู่มือ")
        assert "1.1.1" not in app.view.matches  # 1.1 runs in Q1-Q2 only


async def test_undo_goes_back_as_far_as_the_session(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.4.1")
        await pilot.press("space")
        await goto(pilot, app, "1.4.2")
        await pilot.press("s", "s")
        await goto(pilot, app, "6.1.1")
        for _ in range(4):
            await pilot.press("ctrl+z")
        assert app.store.get("1.4.1").status is Status.PENDING
        assert app.store.get("1.4.2").status is Status.PENDING
        assert current_id(app) == "1.4.1"  # the cursor follows what was undone
        for _ in range(3):
            await pilot.press("ctrl+y")
        assert app.store.get("1.4.1").status is Status.DONE
        assert app.store.get("1.4.2").status is Status.DONE
        await pilot.press("ctrl+y")  # nothing left: a note, no change
        assert app.store.get("1.4.2").status is Status.DONE


async def test_a_new_change_clears_redo(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.4.3")
        await pilot.press("space", "ctrl+z", "s", "ctrl+y")
        assert app.store.get("1.4.3").status is Status.IN_PROGRESS


async def test_undo_restores_notes_and_evidence(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.3")
        app.main.change("3.1.3", note="ก่อน", evidence=("https://a",))
        app.main.change("3.1.3", note="หลัง", evidence=())
        await pilot.press("ctrl+z")
        record = app.store.get("3.1.3")
        assert record.note == "ก่อน" and record.evidence == ("https://a",)
        assert isinstance(app.plan.find("3.1.3"), Outcome)
