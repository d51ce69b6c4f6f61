"""While a dialog is open, the bottom line lists the dialog's keys, not the main screen's."""

from __future__ import annotations

import pytest

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, goto


@pytest.mark.parametrize(
    ("node", "key", "expected"),
    [
        ("1.1.1", "a", "ctrl+s บันทึก"),
        ("1.1.1", "v", "ctrl+s บันทึก"),
        ("1.1.1", "d", "enter บันทึก"),
        ("1", "e", "enter ส่งออก"),
        ("1", "f", "tab ช่องถัดไป"),
        ("1", "question_mark", "esc q ? ปิด"),
    ],
)
async def test_the_bottom_line_lists_the_dialogs_keys(
    make_app: MakeApp, node: str, key: str, expected: str
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, node)
        await pilot.press(key)
        await pilot.pause()
        last = screen_text(app).splitlines()[-1]
        assert expected in last, last
        assert "วิธีใช้" not in last and "t EN" not in last


async def test_english_dialog_keys(make_app: MakeApp) -> None:
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("a")
        await pilot.pause()
        assert "ctrl+s save  esc cancel" in screen_text(app).splitlines()[-1]
