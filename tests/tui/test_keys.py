"""Every key of the main screen, pressed through Textual's pilot at 80x24."""

from __future__ import annotations

import datetime as dt

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from ita_tui.config import load_settings
from ita_tui.model import Activity, Issue, Outcome, Status
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.done_on import DoneOnDialog
from ita_tui.tui.dialogs.edit_note import NoteDialog
from ita_tui.tui.dialogs.evidence import EvidenceDialog
from ita_tui.tui.dialogs.export import ExportDialog
from ita_tui.tui.dialogs.filter import FilterDialog
from ita_tui.tui.screens.help import HelpScreen

from .conftest import TODAY, MakeApp, screen_text

SIZE = (80, 24)


async def goto(pilot: Pilot[int], app: ItaApp, node_id: str) -> None:
    assert app.main.plan_tree.select_id(node_id)
    await pilot.pause()


def current_id(app: ItaApp) -> str | None:
    node = app.main.plan_tree.current
    return node.id if node is not None else None


async def test_opens_with_issues_expanded_and_outcomes_closed(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = app.main.plan_tree
        assert current_id(app) == "1"
        lines = [tree.get_node_at_line(i) for i in range(tree.last_line + 1)]
        kinds = {type(node.data) for node in lines if node is not None}
        assert kinds == {Issue, Activity}  # every issue and activity, no outcome yet
        assert len(lines) == 7 + 10


async def test_j_k_and_arrows_move(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        assert current_id(app) == "1.1"
        await pilot.press("down")
        assert current_id(app) == "1.2"
        await pilot.press("k")
        assert current_id(app) == "1.1"
        await pilot.press("up")
        assert current_id(app) == "1"


async def test_l_h_and_right_left_expand_collapse(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        node = app.main.plan_tree.cursor_node
        assert node is not None and not node.is_expanded
        await pilot.press("l")
        assert node.is_expanded and len(node.children) == 5
        await pilot.press("l")  # on an open node: into its first child
        assert current_id(app) == "1.1.1"
        await pilot.press("h")  # on a leaf: to its parent
        assert current_id(app) == "1.1"
        await pilot.press("h")
        assert not node.is_expanded
        await pilot.press("right")
        assert node.is_expanded
        await pilot.press("left")
        assert not node.is_expanded


async def test_space_ticks_an_outcome_and_opens_a_parent(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.2")
        await pilot.press("space")
        assert app.main.plan_tree.cursor_node is not None
        assert app.main.plan_tree.cursor_node.is_expanded
        await pilot.press("space")
        assert not app.main.plan_tree.cursor_node.is_expanded
        await goto(pilot, app, "1.2.1")
        await pilot.press("space")
        record = app.store.get("1.2.1")
        assert record.status is Status.DONE and record.done_on == TODAY
        assert "☑" in screen_text(app)
        await pilot.press("space")
        assert app.store.get("1.2.1").status is Status.PENDING
        assert app.store.get("1.2.1").done_on is None


async def test_s_cycles_the_status(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.1")
        seen = []
        for _ in range(4):
            await pilot.press("s")
            seen.append(app.store.get("3.1.1").status)
        assert seen == [Status.IN_PROGRESS, Status.DONE, Status.NOT_APPLICABLE, Status.PENDING]


async def test_s_round_to_done_keeps_the_date_typed(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.1")
        await pilot.press("d")
        app.screen.query_one("#date", Input).value = "30/11/2567"  # Q1, not today's Q2
        await pilot.press("enter")
        await pilot.pause()
        typed = dt.date(2024, 11, 30)
        assert app.store.get("3.1.1").done_on == typed
        seen = []
        for _ in range(4):
            await pilot.press("s")
            await pilot.pause()
            record = app.store.get("3.1.1")
            seen.append((record.status, record.done_on))
        assert seen == [
            (Status.NOT_APPLICABLE, None),  # only a done outcome has a date on file
            (Status.PENDING, None),
            (Status.IN_PROGRESS, None),
            (Status.DONE, typed),
        ]
        await pilot.press("space", "space")  # unticked and ticked again: the same day
        await pilot.pause()
        assert app.store.get("3.1.1").done_on == typed
        await pilot.press("space", "d")
        await pilot.pause()
        assert app.screen.query_one("#date", Input).value == "30/11/2567"


async def test_s_round_to_done_after_the_year_keeps_the_date_without_asking(
    make_app: MakeApp,
) -> None:
    app = make_app(today=dt.date(2026, 11, 30))  # after the plan's fiscal year 2568
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.1")
        await pilot.press("d")
        app.screen.query_one("#date", Input).value = "2569-11-30"
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(4):
            await pilot.press("s")
            await pilot.pause()
        assert app.screen is app.main  # no "done on which day?": the day is known
        record = app.store.get("3.1.1")
        assert record.status is Status.DONE and record.done_on == dt.date(2026, 11, 30)


async def test_an_outcome_never_dated_is_done_today(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.1")
        for _ in range(2):
            await pilot.press("s")
        assert app.store.get("3.1.1").done_on == TODAY


async def test_outcome_keys_do_nothing_on_an_activity(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        for key in ("s", "d", "v", "a"):
            await pilot.press(key)
        assert isinstance(app.screen, type(app.main))
        assert dict(app.store.records) == {}


async def test_d_sets_the_date_done_in_buddhist_era(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.3.1")
        await pilot.press("d")
        assert isinstance(app.screen, DoneOnDialog)
        date_input = app.screen.query_one("#date", Input)
        assert date_input.value == "10/02/2568"  # today, as officers write it
        date_input.value = "๒๕๖๘-๐๑-๐๕"  # Thai digits work too
        await pilot.press("enter")
        await pilot.pause()
        record = app.store.get("1.3.1")
        assert record.status is Status.DONE and record.done_on == dt.date(2025, 1, 5)


async def test_d_accepts_common_era_and_refuses_nonsense(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.3.2")
        await pilot.press("d")
        date_input = app.screen.query_one("#date", Input)
        date_input.value = "2025-13-40"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DoneOnDialog)  # still open, error shown
        assert "2025-13-40" in screen_text(app)
        date_input.value = "2024-12-31"
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.get("1.3.2").done_on == dt.date(2024, 12, 31)


async def test_esc_cancels_a_dialog_without_a_change(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.3.2")
        for key, dialog in (("d", DoneOnDialog), ("v", EvidenceDialog), ("a", NoteDialog)):
            await pilot.press(key)
            assert isinstance(app.screen, dialog)
            await pilot.press("escape")
            await pilot.pause()
        assert dict(app.store.records) == {}


async def test_v_edits_evidence_links(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.4.1")
        await pilot.press("v")
        area = app.screen.query_one("#text", TextArea)
        area.text = (
            "https://saikhao.go.th/a\n\n  https://saikhao.go.th/b  \nhttps://saikhao.go.th/a\n"
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.get("1.4.1").evidence == (
            "https://saikhao.go.th/a",
            "https://saikhao.go.th/b",
        )
        assert "https://saikhao.go.th/b" in screen_text(app)


async def test_a_writes_a_multi_line_note(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.4.2")
        await pilot.press("a")
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"abc")
        await pilot.press("enter")
        await pilot.press(*"def")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.get("1.4.2").note == "abc\ndef"


async def test_slash_n_and_shift_n_search(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert app.main.search_bar.display
        # (the pilot cannot type Thai marks as keys; a terminal sends them as text)
        app.main.search_bar.input.insert_text_at_cursor("คู่มือ")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        first = current_id(app)
        assert first is not None and isinstance(app.plan.find(first), Outcome)
        await pilot.press("n")
        second = current_id(app)
        assert second != first
        await pilot.press("N")
        assert current_id(app) == first
        await pilot.press("f3")
        assert current_id(app) == second
        await pilot.press("shift+f3")
        assert current_id(app) == first
        await pilot.press("escape")  # clears the highlights
        assert app.view.pattern is None


async def test_f_and_c_filter_and_clear(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, FilterDialog)
        await pilot.click("#apply")
        await pilot.pause()
        # The dialog opens on today's quarter (Q2): only activities of Q2 remain.
        assert app.view.plan_filter.quarter == 2
        assert "ตัวกรอง" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert not app.view.plan_filter.active
        assert "ตัวกรอง" not in screen_text(app)


async def test_ctrl_z_and_ctrl_y_undo_and_redo(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "5.1.1")
        await pilot.press("space")
        await pilot.press("ctrl+z")
        assert app.store.get("5.1.1").status is Status.PENDING
        await pilot.press("ctrl+y")
        assert app.store.get("5.1.1").status is Status.DONE


async def test_e_opens_the_export_dialog(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)


async def test_t_switches_language_and_remembers_it(make_app: MakeApp, config_path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert "ปีงบประมาณ" in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        text = screen_text(app)
        assert "Fiscal year" in text and "Search" in text  # header and footer
        assert load_settings(config_path).lang == "en"
        await pilot.press("t")
        assert load_settings(config_path).lang == "th"


async def test_0_switches_digits_and_remembers_it(make_app: MakeApp, config_path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert "๒๕๖๘" in screen_text(app)
        await pilot.press("0")
        await pilot.pause()
        assert "2568" in screen_text(app) and "๒๕๖๘" not in screen_text(app)
        assert load_settings(config_path).digits == "arabic"


async def test_question_mark_and_f1_show_help(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            assert str(app.store.path) in screen_text(app) or "วิธีใช้" in screen_text(app)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, HelpScreen)


async def test_shift_j_and_k_scroll_the_details(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")  # six long steps: more than one screen of details
        details = app.main.details
        assert details.max_scroll_y > 0
        await pilot.press("J")
        await pilot.pause()
        assert details.scroll_y > 0
        await pilot.press("K")
        await pilot.pause()
        assert details.scroll_y == 0


async def test_q_quits(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_keys_work_with_the_thai_keyboard_layout(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("่")  # the j key
        assert current_id(app) == "1.1"
        await pilot.press("ส")  # l: open
        await pilot.press("่")
        assert current_id(app) == "1.1.1"
        await pilot.press("ห")  # s: status
        assert app.store.get("1.1.1").status is Status.IN_PROGRESS
        await pilot.press("ๆ")  # q
        await pilot.pause()
    assert app.return_code == 0


async def test_footer_shows_the_keys_of_the_context(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "เปิด/ปิด" in footer and "กรอง" in footer and "ติ๊ก" not in footer
        await goto(pilot, app, "1.1.1")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "ติ๊ก" in footer and "หลักฐาน" in footer and "ออก" in footer


async def test_the_command_palette_lists_the_actions(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        titles = [command.title for command in app.get_system_commands(app.main)]
        for label in ("ติ๊ก", "สถานะ", "ค้นหา", "กรอง", "เลิกทำ", "ส่งออก", "ออก"):
            assert any(title.startswith(label) for title in titles), label
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"ติ๊ก")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.get("1.1.1").status is Status.DONE


async def test_the_key_bar_keeps_help_and_quit_when_keys_do_not_fit(make_app: MakeApp) -> None:
    # English labels are longer than Thai ones: at 80 columns some keys must go, whole, and
    # never the two that lead to every other key and out of the app.
    for lang, expected in (("en", ("? Help", "q Quit")), ("th", ("? วิธีใช้", "q ออก"))):
        app = make_app(lang=lang, digits="arabic" if lang == "en" else "thai")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("down")  # an activity: the footer's longest list
            await pilot.pause()
            bottom = screen_text(app).splitlines()[-1]
            for key in expected:
                assert key in bottom, (lang, bottom)
            assert "…" not in bottom, (lang, bottom)
