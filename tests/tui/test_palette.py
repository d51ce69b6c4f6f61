"""The command palette speaks the interface's language, Textual's own commands too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.command import CommandInput, CommandPalette

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, goto

TEXTUAL_ENGLISH = (
    "Search for commands",
    "Quit the application",
    "Change the current theme",
    "Screenshot",
    "Keys",
    "No matches found",
)


async def test_the_palette_is_thai_in_thai(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, app, "1.1.1")
        commands = list(app.get_system_commands(app.main))
        shown = " ".join(f"{c.title} {c.help}" for c in commands)
        for english in TEXTUAL_ENGLISH:
            assert english not in shown
        assert "ธีมสี" in shown and "ภาพหน้าจอ" in shown
        assert sum(c.title.startswith("ออก") for c in commands) == 1
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert CommandPalette.is_open(app)
        assert app.screen.query_one(CommandInput).placeholder == "ค้นหาคำสั่ง…"
        text = screen_text(app)
        assert "ค้นหาคำสั่ง" in text
        await pilot.press(*"zzqqxx")
        await pilot.pause(0.8)
        text = screen_text(app)
        assert "ไม่พบคำสั่ง" in text and "No matches" not in text


async def test_the_palette_is_english_in_english(make_app: MakeApp) -> None:
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one(CommandInput).placeholder == "Search for commands…"


async def test_theme_opens_a_thai_theme_search(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.search_themes()
        await pilot.pause()
        assert app.screen.query_one(CommandInput).placeholder == "ค้นหาธีมสี…"


async def test_screenshot_says_where_in_thai(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ita_tui.tui.dialogs.palette import save_screenshot

    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        save_screenshot(app)
        await pilot.pause()
        [svg] = list(tmp_path.glob("*.svg"))
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("บันทึกภาพหน้าจอแล้ว: ") and str(svg) in m for m in messages)
        save_screenshot(app, tmp_path / "missing")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(re.match("บันทึกภาพหน้าจอไม่ได้: ไม่พบ", m) for m in messages), messages
