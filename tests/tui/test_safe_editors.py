"""The note and evidence editors show file text harmlessly and never save control codes."""

from __future__ import annotations

import re
from pathlib import Path

from textual import events

from ita_tui.model import Plan
from ita_tui.tui.dialogs.edit_note import NoteDialog
from ita_tui.tui.dialogs.evidence import EvidenceDialog
from ita_tui.tui.widgets.safe_text_area import SafeTextArea, editable

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, goto

RAW = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e\u200b]")

NOTE = "hi \x1b]52;c;UE9JU09O\x07 then \x1b[2J\r\nline two \u202eevil \u200bzero"


def test_editable_text_shows_every_control_code_and_invisible_character() -> None:
    shown = editable(NOTE)
    assert RAW.search(shown) is None
    assert shown == "hi ␛]52;c;UE9JU09O␇ then ␛[2J\nline two \\u202eevil \\u200bzero"


async def test_note_editor_shows_planted_escapes_visibly_and_saves_none(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        app.main.change("1.1.1", note=NOTE)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        area = app.screen.query_one(SafeTextArea)
        assert RAW.search(area.text) is None
        assert "␛]52;c;UE9JU09O␇" in screen_text(app)
        await pilot.press("end", "!", "ctrl+s")
        await pilot.pause()
        saved = app.view.record("1.1.1").note
        assert saved.endswith("zero!")
        assert RAW.search(saved) is None
        assert "␛[2J" in saved


async def test_unchanged_editors_save_nothing(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        app.main.change("1.1.1", note=NOTE, evidence=("https://a.example/\x1b[31m",))
        await pilot.pause()
        before = app.view.record("1.1.1")
        for key in ("a", "v"):
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert app.view.record("1.1.1") == before


async def test_pasted_control_codes_become_visible(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceDialog)
        area = app.screen.query_one(SafeTextArea)
        area.post_message(events.Paste("https://x.example/\x1b[2J\r\nhttps://y.example/\u202e"))
        await pilot.pause()
        assert area.text == "https://x.example/␛[2J\nhttps://y.example/\\u202e"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.view.record("1.1.1").evidence == (
            "https://x.example/␛[2J",
            "https://y.example/\\u202e",
        )


async def test_injection_plan_titles_show_bidi_visibly(
    make_app: MakeApp, injection_plan: Plan
) -> None:
    app = make_app(injection_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, app, "1.1.1")
        app.main.change("1.1.1", note="a\u202eb\u200bc")
        await pilot.pause()
        text = screen_text(app)
        assert "a\\u202eb\\u200bc" in text
