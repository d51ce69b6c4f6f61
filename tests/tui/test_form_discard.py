"""The plan forms keep what the officer typed: ``esc`` (or Cancel, ``ctrl+q``) on a changed
form asks keep editing, discard or save, as the note editor does; an unchanged form closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, TextArea

from ita_tui.plan import load_plan
from ita_tui.tui.dialogs.confirm_discard import ConfirmDiscard
from ita_tui.tui.dialogs.edit_activity import ActivityForm
from ita_tui.tui.dialogs.edit_form import EditForm
from ita_tui.tui.dialogs.edit_outcome import OutcomeForm
from ita_tui.tui.dialogs.edit_plan import PlanForm

from .conftest import screen_text
from .test_editing import SIZE, Make, goto, plan_file, settle

__all__ = ["plan_file"]  # fixtures

#: (node to stand on, keys that open the form)
FORMS = {
    "issue": ("2", ("r",)),
    "activity": ("1.1", ("r",)),
    "outcome": ("1.1.2", ("r",)),
    "new outcome": ("1.1.2", ("o",)),
    "new activity": ("2", ("O",)),
    "plan": ("1", ("P",)),
}


@pytest.mark.parametrize("form", list(FORMS))
async def test_esc_on_an_unchanged_form_closes_at_once(
    make: Make, plan_file: Path, form: str
) -> None:
    app = make(plan_file)
    node, keys = FORMS[form]
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, node)
        await pilot.press(*keys)
        await pilot.pause()
        assert isinstance(app.screen, EditForm)
        await pilot.press("tab", "escape")  # moving between fields changes nothing
        await pilot.pause()
        assert app.screen is app.main


async def _change(app, form: str) -> None:  # type: ignore[no-untyped-def]
    """Change one field of the open form the way typing would."""
    screen = app.screen
    if form in ("issue", "new activity"):
        screen.query_one("#title", Input).value = "หัวข้อที่พิมพ์"
    elif form == "activity":
        screen.query_one("#q1", Checkbox).value = not screen.query_one("#q1", Checkbox).value
    elif form in ("outcome", "new outcome"):
        screen.query_one("#text", TextArea).text = "ผลลัพธ์ที่พิมพ์"
    else:
        screen.query_one("#organisation", Input).value = "เทศบาลที่พิมพ์"


@pytest.mark.parametrize("form", list(FORMS))
async def test_esc_on_a_changed_form_asks_and_keep_editing_keeps_it(
    make: Make, plan_file: Path, form: str
) -> None:
    before = plan_file.read_bytes()
    app = make(plan_file)
    node, keys = FORMS[form]
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, node)
        await pilot.press(*keys)
        await pilot.pause()
        opened = app.screen
        await _change(app, form)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        assert "แก้ต่อ" in screen_text(app)
        await pilot.press("escape")  # esc in the question = keep editing
        await pilot.pause()
        assert app.screen is opened
        assert isinstance(opened, EditForm) and opened.edited
        assert opened.focused is not None  # typing goes on where it was
        await pilot.click("#cancel")  # Cancel asks too
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.click("#discard")
        await pilot.pause()
        assert app.screen is app.main
        await settle(pilot, app)
    assert plan_file.read_bytes() == before


async def test_save_in_the_question_saves_the_form(make: Make, plan_file: Path) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.2")
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#text", TextArea).text = "ผลลัพธ์ที่คณะกรรมการเพิ่ม"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#save")
        await settle(pilot, app)
        assert app.screen is app.main
    texts = [o.text for o in load_plan(plan_file).plan.find("1.1").outcomes]  # type: ignore[union-attr]
    assert "ผลลัพธ์ที่คณะกรรมการเพิ่ม" in texts


async def test_save_in_the_question_checks_like_ctrl_s(make: Make, plan_file: Path) -> None:
    before = plan_file.read_bytes()
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PlanForm)
        form.query_one("#fiscal-year", Input).value = "25"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#save")
        await pilot.pause()
        assert app.screen is form  # refused: the form stays open, saying why
        assert "The fiscal year is a B.E. year" in screen_text(app)
        assert form.query_one("#fiscal-year", Input).value == "25"
        form.query_one("#fiscal-year", Input).value = "2569"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#save")
        await settle(pilot, app)
        assert app.screen is app.main
        assert app.plan.fiscal_year == 2569
    assert plan_file.read_bytes() != before
    assert load_plan(plan_file).plan.fiscal_year == 2569


async def test_a_change_undone_by_hand_closes_at_once(make: Make, plan_file: Path) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1")
        await pilot.press("r")
        await pilot.pause()
        box = app.screen.query_one("#q1", Checkbox)
        box.value = not box.value
        box.value = not box.value
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main


async def test_ctrl_q_on_a_changed_form_asks_before_quitting(make: Make, plan_file: Path) -> None:
    before = plan_file.read_bytes()
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.2")
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, OutcomeForm)
        app.screen.query_one("#text", TextArea).text = "ข้อความใหม่"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        assert "ก่อนออกจากโปรแกรม" in screen_text(app)
        await pilot.click("#keep")
        await pilot.pause()
        assert isinstance(app.screen, OutcomeForm) and app.return_code is None
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#discard")
        await pilot.pause()
    assert app.return_code == 0
    assert plan_file.read_bytes() == before


async def test_a_new_activity_with_only_a_quarter_ticked_asks(make: Make, plan_file: Path) -> None:
    app = make(plan_file)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "2")
        await pilot.press("O")
        await pilot.pause()
        assert isinstance(app.screen, ActivityForm)
        app.screen.query_one("#q3", Checkbox).value = True
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
