"""Reviewing an imported plan in the app: ``i`` lists the importer's ``# import:`` notes (the
header says how many remain), ``enter`` goes to a note's item, ``x`` removes a note from the
file, and editing an item removes its notes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from ita_tui.importer import parse_report, render_plan_toml
from ita_tui.plan.import_notes import import_notes
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.import_notes import ImportNotesDialog

from .conftest import screen_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
SIZE = (100, 30)


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    text = (FIXTURES / "many_warnings.txt").read_text(encoding="utf-8")
    path = tmp_path / "plans" / "imported.toml"
    path.parent.mkdir()
    path.write_text(render_plan_toml(parse_report(text, plan_id="imported")), encoding="utf-8")
    return path


async def settle(pilot: Pilot[int], app: ItaApp) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_i_lists_the_notes_and_enter_goes_to_the_item(
    make: Callable[..., ItaApp], plan_file: Path
) -> None:
    notes = import_notes(plan_file.read_text(encoding="utf-8"))
    target = next(n for n in notes if n.item.count(".") == 1)
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert f"{len(notes)} import note(s) left to check" in screen_text(app)
        await pilot.press("i")
        assert isinstance(app.screen, ImportNotesDialog)
        options = app.screen.query_one(OptionList)
        assert options.option_count == len(notes)
        options.highlighted = notes.index(target)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ImportNotesDialog)
        current = app.main.plan_tree.current
        assert current is not None and current.id == target.item


async def test_x_removes_a_note_from_the_file(make: Callable[..., ItaApp], plan_file: Path) -> None:
    before = plan_file.read_text(encoding="utf-8")
    notes = import_notes(before)
    app = make(plan_file, lang="th")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i")
        assert isinstance(app.screen, ImportNotesDialog)
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == len(notes) - 1
        await pilot.press("escape")
        await pilot.pause()
        assert "ข้อสังเกตจากการนำเข้ารายงานที่ยังไม่ได้ตรวจ" in screen_text(app)
    after = plan_file.read_text(encoding="utf-8")
    assert [(n.text, n.item) for n in import_notes(after)] == [(n.text, n.item) for n in notes[1:]]


async def test_editing_an_item_removes_its_notes(
    make: Callable[..., ItaApp], plan_file: Path
) -> None:
    notes = import_notes(plan_file.read_text(encoding="utf-8"))
    item = next(n.item for n in notes if n.item.count(".") == 1)
    app = make(plan_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main.plan_tree.select_id(item)
        await pilot.pause()
        await pilot.press("r")
        app.screen.query_one("#title", Input).value = "มาตรการที่ตรวจแล้ว"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        left = import_notes(plan_file.read_text(encoding="utf-8"))
        assert not [n for n in left if n.item == item]
        assert app.main.header_bar.import_notes == len(left)
