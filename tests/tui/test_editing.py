"""Editing the plan in the app: every key, validation in the forms, undo/redo, the bundled
copy, the welcome, the plan list and a plan changed by another program."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, TextArea

from ita_tui.known_plans import known_plans_path, load_known, remember
from ita_tui.model import Activity, Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.plan.edit import Op, PlanEditor
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.confirm_delete import ConfirmDelete
from ita_tui.tui.dialogs.confirm_discard import ConfirmDiscard
from ita_tui.tui.dialogs.edit_activity import ActivityForm
from ita_tui.tui.dialogs.edit_issue import IssueForm
from ita_tui.tui.dialogs.edit_outcome import OutcomeForm
from ita_tui.tui.dialogs.edit_plan import PlanForm
from ita_tui.tui.dialogs.plan_list import PlanList
from ita_tui.tui.screens.welcome import WelcomeScreen

from .conftest import screen_text

SIZE = (80, 24)
Make = Callable[..., ItaApp]


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plans" / "saikhao.toml"
    path.parent.mkdir()
    shutil.copyfile(bundled_plan_path(), path)
    return path


async def goto(pilot: Pilot[int], app: ItaApp, node_id: str) -> None:
    assert app.main.plan_tree.select_id(node_id)
    await pilot.pause()


async def settle(pilot: Pilot[int], app: ItaApp) -> None:
    """Wait for the plan write (a worker thread) and the repaint after it."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def current_id(app: ItaApp) -> str | None:
    node = app.main.plan_tree.current
    return node.id if node is not None else None


async def test_r_edits_an_issue_title_and_keeps_the_rest_of_the_file(
    make: Make, plan_file: Path
) -> None:
    original = plan_file.read_text(encoding="utf-8")
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "2")
        await pilot.press("r")
        assert isinstance(app.screen, IssueForm)
        app.screen.query_one("#title", Input).value = "[bold]ประเด็นใหม่[/bold]"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert current_id(app) == "2"
        assert app.plan.find("2").title == "[bold]ประเด็นใหม่[/bold]"  # type: ignore[union-attr]
        assert "[bold]ประเด็นใหม่[/bold]" in screen_text(app)  # shown as typed, not as markup
    edited = plan_file.read_text(encoding="utf-8")
    changed = [
        (a, b) for a, b in zip(original.splitlines(), edited.splitlines(), strict=True) if a != b
    ]
    assert changed == [
        ('title = "การให้บริการและระบบ E-Service"', 'title = "[bold]ประเด็นใหม่[/bold]"')
    ]
    assert load_plan(plan_file).plan.find("2").title == "[bold]ประเด็นใหม่[/bold]"  # type: ignore[union-attr]


async def test_activity_form_refuses_empty_title_no_quarter_and_duplicate_job(
    make: Make, plan_file: Path
) -> None:
    before = plan_file.read_bytes()
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        await pilot.press("r")
        form = app.screen
        assert isinstance(form, ActivityForm)
        form.query_one("#title", Input).value = "  "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "A title is required" in screen_text(app)
        form.query_one("#title", Input).value = "Manuals"
        for n in (1, 2):
            form.query_one(f"#q{n}", Checkbox).value = False
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "A period with no quarter" in screen_text(app)
        form.query_one("#q3", Checkbox).value = True
        form.query_one("#responsible", TextArea).text = "นิติกร\nปลัด\nนิติกร"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Job title listed twice: นิติกร" in screen_text(app)
        assert app.screen is form  # still open: nothing written
        assert plan_file.read_bytes() == before
        form.query_one("#responsible", TextArea).text = "นิติกร\nปลัด"
        form.query_one("#steps", TextArea).text = "one\n\ntwo\n"
        form.query_one("#oit", Input).value = "O12"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    activity = load_plan(plan_file).plan.find("1.1")
    assert isinstance(activity, Activity)
    assert (
        activity.title,
        activity.quarters,
        activity.responsible,
        activity.steps,
        activity.oit,
    ) == (
        "Manuals",
        (3,),
        ("นิติกร", "ปลัด"),
        ("one", "two"),
        "O12",
    )


async def test_o_adds_an_outcome_after_this_one_and_O_adds_an_activity(
    make: Make, plan_file: Path
) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.2")
        await pilot.press("o")
        assert isinstance(app.screen, OutcomeForm)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "ต้องมีข้อความผลลัพธ์" in screen_text(app)  # empty text refused
        app.screen.query_one("#text", TextArea).text = "ผลลัพธ์ที่คณะกรรมการเพิ่ม"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        outcomes = app.plan.find("1.1").outcomes  # type: ignore[union-attr]
        new = outcomes[2]
        assert [o.id for o in outcomes[:2]] == ["1.1.1", "1.1.2"]
        assert new.text == "ผลลัพธ์ที่คณะกรรมการเพิ่ม" and new.number == "1.1.3"
        assert new.id not in {"1.1.3", "1.1.4", "1.1.5", "1.1.6"}  # a fresh key
        assert current_id(app) == new.id
        await goto(pilot, app, "2")
        await pilot.press("O")
        form = app.screen
        assert isinstance(form, ActivityForm)
        form.query_one("#title", Input).value = "กิจกรรมใหม่"
        form.query_one("#q4", Checkbox).value = True
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        issue = app.plan.find("2")
        added = issue.activities[-1]  # type: ignore[union-attr]
        assert (added.title, added.quarters, added.number) == ("กิจกรรมใหม่", (4,), "2.2")
        assert current_id(app) == added.id
    plan = load_plan(plan_file).plan
    assert plan.find(added.id) is not None and plan.find(new.id) is not None


async def test_delete_says_how_many_outcomes_with_progress_go_and_undo_brings_them_back(
    make: Make, plan_file: Path
) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        app.session.update("1.2.1", status=Status.DONE)
        app.session.update("1.2.2", note="ทำแล้ว")
        await goto(pilot, app, "1.2")
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmDelete)
        text = screen_text(app)
        assert "ผลลัพธ์ที่บันทึกความคืบหน้าแล้ว ๒ รายการ" in text
        await pilot.press("enter")  # the focused button is Cancel
        await pilot.pause()
        assert app.plan.find("1.2") is not None
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#delete")
        await settle(pilot, app)
        assert app.plan.find("1.2") is None
        assert load_plan(plan_file).plan.find("1.2") is None
        assert current_id(app) == "1.3"
        assert app.store.get("1.2.1").status is Status.DONE  # progress kept
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        assert app.plan.find("1.2") is not None
        assert current_id(app) == "1.2"
        assert plan_file.read_bytes() == bundled_plan_path().read_bytes()
        assert app.view.record("1.2.1").status is Status.DONE
        await pilot.press("ctrl+y")
        await settle(pilot, app)
        assert app.plan.find("1.2") is None


async def test_the_only_issue_cannot_be_deleted(make: Make, tmp_path: Path) -> None:
    path = tmp_path / "one.toml"
    path.write_text(
        'format = 1\nid = "one"\ntitle = "t"\norganisation = "o"\nfiscal_year = 2568\n\n'
        '[[issues]]\nid = "1"\ntitle = "i"\n\n[[issues.activities]]\nid = "1.1"\ntitle = "a"\n'
        'quarters = [1]\n\n[[issues.activities.outcomes]]\nid = "1.1.1"\ntext = "x"\n',
        encoding="utf-8",
    )
    app = make(path, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert current_id(app) == "1"
        await pilot.press("delete")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDelete)
        assert "only one here" in screen_text(app)


async def test_ctrl_down_and_up_move_among_siblings_and_undo(make: Make, plan_file: Path) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("ctrl+down")
        await settle(pilot, app)
        assert [o.id for o in app.plan.find("1.1").outcomes][:2] == ["1.1.2", "1.1.1"]  # type: ignore[union-attr]
        assert current_id(app) == "1.1.1"
        await pilot.press("ctrl+up")
        await settle(pilot, app)
        await pilot.press("ctrl+up")
        await pilot.pause()
        assert "อยู่ลำดับแรกแล้ว" in screen_text(app)
        assert plan_file.read_bytes() == bundled_plan_path().read_bytes()
        await pilot.press("ctrl+z", "ctrl+z")  # two undos: back to after the first move
        await settle(pilot, app)
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        assert plan_file.read_bytes() == bundled_plan_path().read_bytes()


async def test_P_edits_the_plan_fields(make: Make, plan_file: Path) -> None:
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        form = app.screen
        assert isinstance(form, PlanForm)
        form.query_one("#fiscal-year", Input).value = "25"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "The fiscal year is a B.E. year" in screen_text(app)
        form.query_one("#fiscal-year", Input).value = "๒๕๗๐"
        form.query_one("#ita-score", Input).value = "92.5"
        form.query_one("#district", Input).value = ""
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.plan.fiscal_year == 2570
        assert "2570" in screen_text(app)
    plan = load_plan(plan_file).plan
    assert plan.fiscal_year == 2570 and plan.ita is not None and plan.ita.score == 92.5
    assert plan.district == ""


async def test_undo_mixes_ticks_and_edits_in_order(make: Make, plan_file: Path) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("space")  # a tick
        await pilot.pause()
        await pilot.press("r")
        app.screen.query_one("#text", TextArea).text = "ข้อความใหม่"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.plan.find("1.1.1").text == "ข้อความใหม่"  # type: ignore[union-attr]
        await pilot.press("ctrl+z")  # the edit first
        await settle(pilot, app)
        assert app.plan.find("1.1.1").text != "ข้อความใหม่"  # type: ignore[union-attr]
        assert app.store.get("1.1.1").status is Status.DONE
        await pilot.press("ctrl+z")  # then the tick
        await settle(pilot, app)
        assert app.store.get("1.1.1").status is Status.PENDING
        await pilot.press("ctrl+y", "ctrl+y")
        await settle(pilot, app)
        assert app.store.get("1.1.1").status is Status.DONE
        assert app.plan.find("1.1.1").text == "ข้อความใหม่"  # type: ignore[union-attr]


async def test_first_edit_of_the_bundled_plan_makes_a_copy(
    make: Make, data_dir: Path, config_path: Path
) -> None:
    bundled_before = bundled_plan_path().read_bytes()
    app = make(None)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1")
        await pilot.press("r")
        app.screen.query_one("#title", Input).value = "แก้แล้ว"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        copy = data_dir / "plans" / "saikhao-2568.toml"
        assert app.plan_path == copy
        assert any(str(copy) in n.message and "ทำสำเนาไว้ที่" in n.message for n in app._notifications)
    assert bundled_plan_path().read_bytes() == bundled_before
    assert load_plan(copy).plan.find("1").title == "แก้แล้ว"  # type: ignore[union-attr]
    assert load_known(known_plans_path(config_path)).last == copy.resolve()


async def test_a_first_edit_with_a_copy_already_there_says_so_and_keeps_it(
    make: Make, data_dir: Path, config_path: Path
) -> None:
    copy = data_dir / "plans" / "saikhao-2568.toml"
    copy.parent.mkdir(parents=True)
    text = bundled_plan_path().read_text(encoding="utf-8")
    copy.write_text(
        text.replace("\n[[issues]]\n", "\n# a colleague's comment\n[[issues]]\n", 1),
        encoding="utf-8",
    )
    app = make(None, lang="en")  # the example itself (chosen in the list of plans)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1")
        await pilot.press("r")
        app.screen.query_one("#title", Input).value = "edited"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.plan_path == copy
        told = [str(n.message) for n in app._notifications]
        assert any("already exists at " + str(copy) in m for m in told), told
        assert not any("it was copied to" in m for m in told)
    written = copy.read_text(encoding="utf-8")
    assert "# a colleague's comment" in written  # the copy was kept, not copied over
    assert load_plan(copy).plan.find("1").title == "edited"  # type: ignore[union-attr]
    assert load_known(known_plans_path(config_path)).last == copy.resolve()


async def test_welcome_shows_over_the_example(make: Make) -> None:
    app = make(None, welcome=True, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        text = screen_text(app)
        assert "ita-tui import" in text and "ita-tui new" in text and "next-year" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main


async def test_plan_list_switches_plans_and_marks_missing_ones(
    make: Make, plan_file: Path, config_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.toml"
    text = bundled_plan_path().read_text(encoding="utf-8")
    other.write_text(
        text.replace('id = "saikhao-2568"', 'id = "other-2569"').replace(
            'organisation = "เทศบาลตำบลทรายขาว"', 'organisation = "เทศบาลตำบลอื่น"'
        ),
        encoding="utf-8",
    )
    registry = known_plans_path(config_path)
    remember(tmp_path / "gone.toml", registry)
    remember(other, registry)
    remember(plan_file, registry)
    app = make(plan_file, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PlanList)
        shown = screen_text(app)
        assert "missing" in shown and "open now" in shown and "เทศบาลตำบลอื่น" in shown
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.pause()
        assert app.plan.id == "other-2569"
        assert app.plan_path == other
        assert app.screen is app.main
        assert "เทศบาลตำบลอื่น" in screen_text(app)
    assert load_known(registry).last == other.resolve()


async def test_a_plan_changed_by_another_program_is_picked_up(make: Make, plan_file: Path) -> None:
    app = make(plan_file)
    app.poll_interval = 0.1
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        text = plan_file.read_text(encoding="utf-8")
        plan_file.write_text(
            text.replace('title = "การให้บริการและระบบ E-Service"', 'title = "แก้จากที่อื่น"'),
            encoding="utf-8",
        )
        stat = plan_file.stat()
        os.utime(plan_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        await pilot.pause(0.5)
        assert app.plan.find("2").title == "แก้จากที่อื่น"  # type: ignore[union-attr]
        assert current_id(app) == "1.1"
        assert "แก้จากที่อื่น" in screen_text(app)


async def test_edit_keys_in_help_and_palette_in_both_languages(make: Make, plan_file: Path) -> None:
    for lang, labels in (
        ("th", ("แก้ไข", "เพิ่ม", "เพิ่มย่อย", "ลบ", "เลื่อนขึ้น", "เลื่อนลง", "ข้อมูลแผน", "แผนงาน")),
        (
            "en",
            ("Edit", "Add", "Add child", "Delete", "Move up", "Move down", "Plan details", "Plans"),
        ),
    ):
        app = make(plan_file, lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await goto(pilot, app, "1.1")
            titles = [c.title for c in app.get_system_commands(app.main)]
            for label in labels:
                assert any(t.startswith(label + "  (") for t in titles), (lang, label)
            assert "r" in screen_text(app).splitlines()[-1]


@pytest.mark.parametrize(
    ("node", "key", "form"),
    [
        ("1.1.1", "พ", OutcomeForm),  # r
        ("1.1.1", "น", OutcomeForm),  # o
        ("1", "ฯ", ActivityForm),  # O
        ("1", "ญ", PlanForm),  # P
    ],
)
async def test_the_edit_keys_work_with_the_thai_layout_on(
    make: Make, plan_file: Path, node: str, key: str, form: type
) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, node)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, form)


async def test_progress_follows_a_moved_outcome(make: Make, plan_file: Path) -> None:
    """Progress is keyed by the outcome's key, which a move never rewrites: the tick moves
    with the outcome, and the number shown follows its new place."""
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("space")
        await pilot.press("ctrl+down")
        await settle(pilot, app)
        moved = app.plan.find("1.1.1")
        assert moved is not None and moved.number == "1.1.2"  # type: ignore[union-attr]
        assert app.view.record("1.1.1").status is Status.DONE
        assert app.view.record("1.1.2").status is Status.PENDING
        lines = screen_text(app).splitlines()
        assert any("☐ 1)" in line for line in lines) and any("☑ 2)" in line for line in lines)


async def test_a_broken_plan_file_from_elsewhere_is_reported_and_the_last_good_one_stays(
    make: Make, plan_file: Path
) -> None:
    app = make(plan_file, lang="en")
    app.poll_interval = 0.1
    async with app.run_test(size=SIZE) as pilot:
        before = app.plan
        plan_file.write_text("format = 1\nid = [broken\n", encoding="utf-8")
        await pilot.pause(0.6)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.plan is before
        assert any("cannot be used" in n.message for n in app._notifications)


async def test_an_edit_keeps_closed_issues_closed_and_open_activities_open(
    make: Make, plan_file: Path
) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        tree = app.main.plan_tree
        await goto(pilot, app, "1.1.1")  # opens activity 1.1
        tree.node_for("3").collapse()  # type: ignore[union-attr]
        await pilot.press("r")
        app.screen.query_one("#text", TextArea).text = "แก้"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert current_id(app) == "1.1.1"
        assert tree.node_for("1.1").is_expanded  # type: ignore[union-attr]
        assert not tree.node_for("3").is_expanded  # type: ignore[union-attr]
        assert tree.node_for("2").is_expanded  # type: ignore[union-attr]


async def test_an_edit_the_writer_refuses_says_why_in_thai_and_writes_nothing(
    make: Make, plan_file: Path
) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("r")
        app.screen.query_one("#text", TextArea).text = "ข้อความใหม่"
        # meanwhile a colleague removed the outcome
        text = plan_file.read_text(encoding="utf-8")
        start = text.index('[[issues.activities.outcomes]]\nid = "1.1.1"')
        end = text.index("[[issues.activities.outcomes]]", start + 10)
        plan_file.write_text(text[:start] + text[end:], encoding="utf-8")
        before = plan_file.read_bytes()
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert plan_file.read_bytes() == before
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("แก้ไขแผนไม่สำเร็จ") for m in messages), messages


async def test_hostile_plan_text_is_edited_as_data(make: Make, tmp_path: Path) -> None:
    """Markup stays literal; control codes from the plan or a paste are shown as symbols and
    never reach the terminal; a field left alone is left alone in the file."""
    from .conftest import INJECTION_PLAN, raw_output

    path = tmp_path / "inject.toml"
    path.write_text(INJECTION_PLAN, encoding="utf-8")
    app = make(path)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        await pilot.press("r")  # the activity: its step holds an ESC
        await pilot.pause()
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in raw_output(app))
        assert app.screen.query_one("#steps", TextArea).text == "␛[31mred step"
        app.screen.query_one("#title", Input).value = "[bold] แก้"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        activity = app.plan.find("1.1")
        assert activity.title == "[bold] แก้"  # type: ignore[union-attr]
        assert activity.steps == ("\x1b[31mred step",)  # type: ignore[union-attr]  # untouched
        await goto(pilot, app, "1.1.1")
        await pilot.press("r")
        await pilot.pause()
        area = app.screen.query_one("#text", TextArea)
        assert "␛]8;;http://evil␇link" in area.text
        app.screen.query_one("#oit", Input).value = "O1\x1b[2J"  # as a paste would
        await pilot.pause()
        assert app.screen.query_one("#oit", Input).value == "O1␛[2J"
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in raw_output(app))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "OIT" in screen_text(app) or "รหัส OIT" in screen_text(app)  # refused: not a code
        assert app.screen is not app.main


async def test_switching_plans_waits_for_unsaved_progress(
    make: Make, plan_file: Path, tmp_path: Path, failing_disk: list[bool]
) -> None:
    other = tmp_path / "other.toml"
    other.write_text(
        bundled_plan_path()
        .read_text(encoding="utf-8")
        .replace('id = "saikhao-2568"', 'id = "other-2569"'),
        encoding="utf-8",
    )
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("space")  # cannot be saved: the disk is failing
        await pilot.pause()
        from ita_tui.tui.services.plan_switch import switch_plan

        assert not switch_plan(app, other)
        await pilot.pause()
        assert app.plan.id == "saikhao-2568"
        assert any("not saved yet" in n.message for n in app._notifications), [
            n.message for n in app._notifications
        ]
        failing_disk[0] = False
        assert switch_plan(app, other)
        await pilot.pause()
        await pilot.pause()
        assert app.plan.id == "other-2569" and app.screen is app.main


async def test_an_undone_removal_comes_back_open_as_it_was(make: Make, plan_file: Path) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        tree = app.main.plan_tree
        await goto(pilot, app, "1.2.1")  # activity 1.2 open
        await goto(pilot, app, "1.2")
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#delete")
        await settle(pilot, app)
        assert app.plan.find("1.2") is None
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        assert current_id(app) == "1.2"
        assert tree.node_for("1.2").is_expanded  # type: ignore[union-attr]


async def test_P_on_a_plan_without_an_ita_result_and_filling_one_in(
    make: Make, tmp_path: Path
) -> None:
    path = tmp_path / "plain.toml"
    path.write_text(
        'format = 1\nid = "plain"\ntitle = "t"\norganisation = "o"\nfiscal_year = 2570\n\n'
        '[[issues]]\nid = "1"\ntitle = "i"\n\n[[issues.activities]]\nid = "1.1"\ntitle = "a"\n'
        'quarters = [1]\n\n[[issues.activities.outcomes]]\nid = "1.1.1"\ntext = "x"\n',
        encoding="utf-8",
    )
    app = make(path, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        form = app.screen
        form.query_one("#district", Input).value = "คลองท่อม"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.plan.district == "คลองท่อม" and app.plan.ita is None
        await pilot.press("P")
        form = app.screen
        form.query_one("#ita-year", Input).value = "2569"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.plan.ita is not None and app.plan.ita.year == 2569
        assert app.plan.ita.score is None  # to fill in later
        await pilot.press("P")
        app.screen.query_one("#ita-score", Input).value = "88.5"
        app.screen.query_one("#ita-level", Input).value = "ผ่าน"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    ita = load_plan(path).plan.ita
    assert ita is not None and (ita.year, ita.score, ita.level) == (2569, 88.5, "ผ่าน")


async def test_saving_a_form_left_alone_writes_nothing(make: Make, plan_file: Path) -> None:
    before = plan_file.read_bytes()
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        await pilot.press("r")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "Nothing changed" in screen_text(app)
    assert plan_file.read_bytes() == before


@pytest.mark.parametrize(
    ("lang", "said", "unsaid"),
    [
        ("th", "5 ไม่ใช่ไตรมาส (ไตรมาสคือ 1-4)", "is not a quarter"),
        ("en", "5 is not a quarter (1-4)", "ไม่ใช่ไตรมาส"),
    ],
)
async def test_a_plan_broken_by_another_program_is_explained_in_the_app_s_language(
    make: Make, plan_file: Path, lang: str, said: str, unsaid: str
) -> None:
    app = make(plan_file, lang=lang)
    app.poll_interval = 0.1
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await goto(pilot, app, "1.1")
        text = plan_file.read_text(encoding="utf-8")
        broken = text.replace("quarters = [1, 2]", "quarters = [1, 5]", 1)
        assert broken != text
        plan_file.write_text(broken, encoding="utf-8")
        stat = plan_file.stat()
        os.utime(plan_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        await pilot.pause(0.5)
        messages = " ".join(str(n.message) for n in app._notifications)
        assert said in messages and unsaid not in messages, messages
        assert current_id(app) == "1.1"  # the last good plan stays


# A plan save that fails, for whatever reason (here: as tomlkit 0.15 made every ITA score
# fail), never leaves the app waiting: it says why, the form stays open with what was
# typed, and the next save (or edit) goes ahead.

FAULT = "'Container' object has no attribute '_insert_after'"
WIDE = (100, 30)


def broken_writer(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Make every plan write fail as tomlkit 0.15 made them (a fault, not a refusal);
    returns the undo."""

    def apply(self: PlanEditor, op: Op) -> object:
        raise AttributeError(FAULT)

    monkeypatch.setattr(PlanEditor, "apply", apply)
    return monkeypatch.undo


def flat(app: ItaApp) -> str:
    return " ".join(screen_text(app).replace("│", " ").split())


@pytest.mark.parametrize(
    ("lang", "failed", "kept", "saving"),
    [
        ("en", "The plan was not changed", "What you typed is kept", "Saving the plan"),
        ("th", "แก้ไขแผนไม่สำเร็จ", "สิ่งที่พิมพ์ไว้ยังอยู่ครบ", "กำลังบันทึกแผน"),
    ],
)
async def test_P_and_a_save_that_fails_says_why_and_keeps_what_was_typed(
    make: Make,
    plan_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    failed: str,
    kept: str,
    saving: str,
) -> None:
    before = plan_file.read_bytes()
    mend = broken_writer(monkeypatch)
    app = make(plan_file, lang=lang)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("P")
        form = app.screen
        assert isinstance(form, PlanForm)
        form.query_one("#ita-score", Input).value = "89.5"
        form.query_one("#district", Input).value = "คลองท่อม"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        # not waiting any more, and says why, in the form and in a notice
        assert not app.main.editor.busy
        shown = flat(app)
        assert failed in shown and kept in shown and "AttributeError" in shown
        assert saving not in shown
        # the form is still open, with what was typed
        assert app.screen is form and not form.saving
        assert form.query_one("#ita-score", Input).value == "89.5"
        assert form.query_one("#district", Input).value == "คลองท่อม"
        assert plan_file.read_bytes() == before
        # once the writer works again, ctrl+s in the same form saves what was typed
        mend()
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.screen is app.main
        assert app.plan.ita is not None and app.plan.ita.score == 89.5
    plan = load_plan(plan_file).plan
    assert plan.ita is not None and plan.ita.score == 89.5 and plan.district == "คลองท่อม"


async def test_after_a_failed_save_the_next_edit_is_not_kept_waiting(
    make: Make, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken_writer(monkeypatch)
    app = make(plan_file, lang="en")
    async with app.run_test(size=WIDE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("r")
        form = app.screen
        assert isinstance(form, OutcomeForm)
        form.query_one("#text", TextArea).text = "ข้อความใหม่"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.screen is form and form.query_one("#text", TextArea).text == "ข้อความใหม่"
        await pilot.press("escape")  # given up: asked first, then the form closes
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.click("#discard")
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("r")  # the next edit opens at once (no "one moment")
        await pilot.pause()
        assert isinstance(app.screen, OutcomeForm)
        assert "One moment" not in flat(app)
