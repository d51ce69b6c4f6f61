"""Typed text is never thrown away: closing or quitting a changed editor asks first."""

from __future__ import annotations

import pytest

from ita_tui.tui.dialogs.confirm_discard import ConfirmDiscard
from ita_tui.tui.dialogs.edit_note import NoteDialog, TextDialog
from ita_tui.tui.dialogs.evidence import EvidenceDialog

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, goto


async def _type_note(pilot, app, key: str = "a") -> None:  # type: ignore[no-untyped-def]
    await goto(pilot, app, "1.4.2")
    await pilot.press(key)
    await pilot.press(*"abc", "enter", *"def")
    await pilot.pause()


async def test_esc_on_an_unchanged_editor_closes_at_once(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.4.2")
        await pilot.press("a", "escape")
        await pilot.pause()
        assert app.screen is app.main


@pytest.mark.parametrize("key", ["a", "v"])
async def test_esc_on_changed_text_asks_and_keep_editing_keeps_it(
    make_app: MakeApp, key: str
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_note(pilot, app, key)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        assert "แก้ต่อ" in screen_text(app)
        await pilot.press("escape")  # esc in the question = keep editing
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog if key == "a" else EvidenceDialog)
        assert "abc" in app.screen.query_one("#text").text  # type: ignore[attr-defined]
        assert app.store.get("1.4.2").note == ""


async def test_discard_throws_the_text_away_only_when_told(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_note(pilot, app)
        await pilot.click("#cancel")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.click("#discard")
        await pilot.pause()
        assert app.screen is app.main
        assert app.store.get("1.4.2").note == ""


async def test_save_in_the_question_saves(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_note(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#save")
        await pilot.pause()
        assert app.screen is app.main
        assert app.store.get("1.4.2").note == "abc\ndef"


async def test_ctrl_q_with_a_changed_note_asks_then_saves_and_quits(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_note(pilot, app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        assert "ก่อนออกจากโปรแกรม" in screen_text(app)
        await pilot.press("ctrl+q")  # asking again changes nothing
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.click("#save")
        await pilot.pause()
        await pilot.pause()
    assert app.return_code == 0
    assert app.store.get("1.4.2").note == "abc\ndef"
    assert app.store.path.is_file() and "abc" in app.store.path.read_text(encoding="utf-8")


async def test_ctrl_q_keep_editing_does_not_quit(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_note(pilot, app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#keep")
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        assert app.return_code is None


async def test_ctrl_q_discard_quits_without_the_note(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_note(pilot, app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#discard")
        await pilot.pause()
    assert app.return_code == 0
    assert app.store.get("1.4.2").note == ""
